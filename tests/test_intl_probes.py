"""Readings of British, European, Indian and Australian CVs and postings, and of product
manager and analytics postings, found by probing documents of those kinds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, analyze
from mlcareer.models import Profile

from .conftest import AS_OF


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_years_written_with_a_possessive_apostrophe_name_no_term(
    profile_of: Callable[..., Profile], apostrophe: str
) -> None:
    # "3+ years' experience building ..." is the British way to write "3+ years of experience"
    posting = profile_of(
        "Machine Learning Engineer\n\nWhat you'll need\n"
        f"- 3+ years{apostrophe} experience building and deploying machine learning models\n"
        "- Python\n",
        "posting",
    )
    assert [r.name for r in posting.requirements] == ["Model deployment", "Python"]
    assert posting.requirements[0].years == 3.0


@pytest.mark.parametrize(
    ("line", "preferred"),
    [
        ("- A 2:1 or above in Computer Science or Mathematics; an MSc is desirable", "master"),
        ("- A First or 2:1 in Computer Science, Physics or similar", None),
        ("- 2.1 or higher in a numerate subject", None),
        ("- A 2:1 (Hons) in Statistics", None),
    ],
)
def test_a_british_degree_class_without_the_word_degree_asks_a_bachelors(
    profile_of: Callable[..., Profile], line: str, preferred: str | None
) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n{line}\n- Python\n", "posting")
    assert posting.posting is not None
    assert posting.posting.degree_required == "bachelor"
    assert posting.posting.degree_preferred == preferred
    assert "First" not in [r.name for r in posting.requirements]


@pytest.mark.parametrize(
    "line",
    ["- Upgraded services from Python 2.1 in 2019", "- Team sync at 2:10 in London"],
)
def test_numbers_like_a_degree_class_ask_no_degree(
    profile_of: Callable[..., Profile], line: str
) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n{line}\n- Python\n", "posting")
    assert posting.posting is not None
    assert posting.posting.degree_required is None


@pytest.mark.parametrize("verb", ["Dockerised", "Dockerized", "dockerising", "Dockerizing"])
def test_a_verb_made_of_docker_shows_docker(profile_of: Callable[..., Profile], verb: str) -> None:
    resume = profile_of(
        "Arjun K\n\nINTERNSHIPS\nML Intern, Zentrix, May 2023 - Jul 2023\n"
        f"- Built a Flask API and {verb} the model\n",
        "resume",
    )
    assert "docker" in [s.id for s in resume.skills]


PM_POSTING = (
    "Senior Product Manager, AI Platform\n\nWhat you'll bring\n"
    "- 5+ years of product management experience, including 2+ years as a technical {title} "
    "on ML or data products\n- SQL\n"
)


@pytest.mark.parametrize(
    ("title", "held"),
    [
        ("PM", "Senior Product Manager, Machine Learning"),
        ("PM", "Technical Program Manager"),
        ("TPM", "Technical Product Manager"),
        ("SWE", "Software Engineer II"),
    ],
)
def test_a_title_asked_as_its_acronym_is_shown_by_the_title_spelled_out(
    write: Callable[[str, str], Path], title: str, held: str
) -> None:
    resume = write(
        "resume.txt",
        f"Dana Okafor\n\nEXPERIENCE\n{held} — Orbitcart\nMar 2021 – Present\n"
        "- Ran A/B tests in SQL\n",
    )
    posting = write("posting.txt", PM_POSTING.format(title=title))
    report = analyze(resume, posting, Options(as_of=AS_OF))
    asked = [m for m in report.matched + report.missing if m.id.startswith("role:")]
    assert [(m.jd_text, m.status) for m in asked] == [(title, "matched")]


def test_a_title_acronym_is_not_shown_by_another_title(write: Callable[[str, str], Path]) -> None:
    resume = write(
        "resume.txt",
        "Dana Okafor\n\nEXPERIENCE\nData Analyst — Orbitcart\nMar 2021 – Present\n- SQL reports\n",
    )
    posting = write("posting.txt", PM_POSTING.format(title="PM"))
    report = analyze(resume, posting, Options(as_of=AS_OF))
    assert [m.jd_text for m in report.missing if m.id.startswith("role:")] == ["PM"]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Built funnel and retention analysis using Amplitude and Mixpanel", "amplitude"),
        ("- Built funnel and retention analysis using Amplitude and Mixpanel", "mixpanel"),
        ("- Instrumented product events in PostHog", "posthog"),
        ("- Self-serve analytics in Mode for PMs and analysts, beside Looker", "mode-analytics"),
        ("- Analyses in Hex notebooks on Snowflake", "hex"),
        ("- Event tracking with Segment and RudderStack", "segment"),
        ("- Event tracking with Segment and RudderStack", "rudderstack"),
        ("- Wrote PRDs for an LLM support assistant", "product-requirements-documents"),
        ("- Conducted user research interviews with 40 customers", "user-research"),
    ],
)
def test_product_and_analytics_tools_are_known(
    profile_of: Callable[..., Profile], line: str, skill: str
) -> None:
    resume = profile_of(
        f"Dana Okafor\n\nEXPERIENCE\nProduct Manager — Orbitcart\nMar 2021 – Present\n{line}\n",
        "resume",
    )
    assert skill in [s.id for s in resume.skills]


@pytest.mark.parametrize(
    "line",
    [
        "- Measured signal Amplitude and phase on the oscilloscope",
        "- Work Mode: Hybrid; SQL and Tableau dashboards",
        "- Dark Mode for the analytics dashboard",
        "- Segment customers by churn risk with SQL",
        "- Hex editor and assembly debugging",
        "- Data structures: Stack, Queue, Heap, Trie",
    ],
)
def test_everyday_senses_of_those_names_are_no_tools(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(
        f"Dana Okafor\n\nEXPERIENCE\nAnalyst — Orbitcart\nMar 2021 – Present\n{line}\n", "resume"
    )
    tools = {"amplitude", "mode-analytics", "segment", "hex", "heap-analytics"}
    assert tools.isdisjoint(s.id for s in resume.skills)


def test_a_skills_list_names_mode_the_tool(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Tomas Ryan\n\nSKILLS\nSQL, dbt, Looker, BigQuery, Airflow, Python, Git, Power BI, Mode\n",
        "resume",
    )
    assert "mode-analytics" in [s.id for s in resume.skills]


@pytest.mark.parametrize(
    ("need", "stance", "conflict"),
    [
        (
            "Canadian Permanent Resident (PR holder)",
            "Australian citizens or permanent residents",
            True,
        ),
        ("Permanent resident of Canada", "Australian citizens or permanent residents", True),
        ("Australian permanent resident", "Australian citizens or permanent residents", False),
        ("Green card holder", "Australian citizens or permanent residents", False),  # not named
        ("Canadian Permanent Resident", "citizens or permanent residents", False),
    ],
)
def test_a_permanent_residence_of_another_country_conflicts(
    write: Callable[[str, str], Path], need: str, stance: str, conflict: bool
) -> None:
    resume = write(
        "resume.txt",
        f"Priya Nair\nToronto, ON | {need}\n\nEXPERIENCE\n"
        "Data Scientist, Maplestone Bank, Jun 2023 – Present\n- Python and SQL\n",
    )
    posting = write(
        "posting.txt",
        f"Data Scientist\n\nAbout you\n- Python and SQL\n\nApplicants must be {stance}.\n",
    )
    fit = analyze(resume, posting, Options(as_of=AS_OF)).work_authorization
    assert fit is not None and fit.resume is not None
    assert fit.resume.status == "permanent-resident"
    assert (fit.conflict is not None) == conflict


ML_RESUME = (
    "Jonas Becker\n\nEXPERIENCE\nMachine Learning Engineer, Datenwerk AG, 10.2018 – 09.2020\n"
    "- PyTorch models in Python\n"
)


@pytest.mark.parametrize(
    "pay",
    [
        "Salary: £55,000 - £70,000 + benefits",
        "€65k–€80k gross per year",
        "CTC: 12 LPA - 18 LPA",
        "Compensation: CAD 120,000 - 140,000",
        "Salary: 90.000 EUR per year",
    ],
)
def test_a_posting_paying_in_another_currency_gets_no_us_salary_reference(
    write: Callable[[str, str], Path], pay: str
) -> None:
    posting = write(
        "posting.txt", f"Machine Learning Engineer\n{pay}\n\nRequirements\n- Python\n- PyTorch\n"
    )
    report = analyze(write("resume.txt", ML_RESUME), posting, Options(as_of=AS_OF))
    assert report.salary is None


@pytest.mark.parametrize(
    "pay", ["Salary: $140,000 - $180,000 + equity", "", "Budget: 5,000 GPU hours a month"]
)
def test_a_posting_paying_in_dollars_or_silent_keeps_the_reference(
    write: Callable[[str, str], Path], pay: str
) -> None:
    posting = write(
        "posting.txt", f"Machine Learning Engineer\n{pay}\n\nRequirements\n- Python\n- PyTorch\n"
    )
    report = analyze(write("resume.txt", ML_RESUME), posting, Options(as_of=AS_OF))
    assert report.salary is not None and report.salary.currency == "USD"


@pytest.mark.parametrize(
    ("closing", "years"),
    [
        ("Freshers with strong projects may also apply.", None),
        ("New graduates are welcome to apply.", None),
        ("Freshers can apply.", None),
        ("We are open to recent graduates.", None),
        ("You will mentor new graduates joining the team.", 2.0),
        ("", 2.0),
        # a refusal of newcomers keeps the years asked (found by review)
        ("This role is not open to freshers.", 2.0),
        ("We are not welcoming new grads for this role.", 2.0),
        ("No freshers, only experienced candidates can apply.", 2.0),
        # welcoming new colleagues into the team is no invitation to apply
        ("Help welcome new graduates into the team each September.", 2.0),
        # near misses: invitations still waive them
        ("Freshers with strong projects can also apply, not only graduates.", None),
        ("We welcome freshers with a strong portfolio.", None),
        ("Open to recent graduates.", None),
    ],
)
def test_years_asked_are_waived_where_freshers_are_welcome(
    profile_of: Callable[..., Profile], closing: str, years: float | None
) -> None:
    posting = profile_of(
        "Machine Learning Engineer\nLocation: Bangalore/Bengaluru\nExperience: 2+ yrs exp\n\n"
        f"Skills Required\n- Python and PyTorch\n\n{closing}\n",
        "posting",
    )
    assert posting.posting is not None
    assert posting.posting.years_required == years


@pytest.mark.parametrize(
    "line",
    [
        "- Immediate joiners preferred",
        "- Notice period: max 30 days",
        "- Candidates with a notice period of 60 days or less",
        "- Early joiners will be given preference",
    ],
)
def test_when_one_can_join_names_no_term(profile_of: Callable[..., Profile], line: str) -> None:
    posting = profile_of(f"Data Analyst\n\nMust Have\n- SQL\n{line}\n", "posting")
    assert [r.name for r in posting.requirements] == ["SQL"]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("- Educated to degree level in a quantitative subject", "bachelor"),
        ("- Degree educated (or equivalent) in Computer Science", "bachelor"),
        ("- A degree-level qualification in Statistics", "bachelor"),
        ("- Educated to Masters level in Data Science", "master"),
        ("- Educated to Master's degree level in Data Science", "master"),
    ],
)
def test_a_british_posting_asks_a_degree_by_its_level(
    profile_of: Callable[..., Profile], line: str, level: str
) -> None:
    posting = profile_of(f"Data Scientist\n\nEssential\n{line}\n- Python\n", "posting")
    assert posting.posting is not None
    assert posting.posting.degree_required == level


@pytest.mark.parametrize("title", ["Product Analyst", "Senior Product Analyst, Growth"])
def test_a_product_analysts_posting_is_technical_work(
    profile_of: Callable[..., Profile], title: str
) -> None:
    posting = profile_of(
        f"{title}\n\nRequirements\n- Advanced SQL is essential\n- Python or R\n", "posting"
    )
    assert posting.posting is not None and posting.posting.technical


def test_a_product_managers_posting_without_a_technical_word_is_not(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of("Product Manager\n\nRequirements\n- Roadmaps\n- SQL\n", "posting")
    assert posting.posting is not None and not posting.posting.technical
