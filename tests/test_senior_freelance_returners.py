"""Documents of senior people, freelancers and returners: staff, principal and manager
resumes, contractors' gigs and clients, career breaks and part-time work, and the postings
that ask for them (management, contract terms, returnships)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "away",
    [
        "Full-time parent",
        "Stay-at-home parent",
        "Stay at home mom",
        "Homemaker",
        "Full-time carer for a parent",
        "Family caregiving",
    ],
)
def test_time_at_home_dated_among_jobs_is_not_work(profile_of: ProfileOf, away: str) -> None:
    resume = profile_of(
        "EXPERIENCE\n"
        "Data Scientist, Quill Insurance                     Mar 2023 - Present\n"
        "- Built claims models with XGBoost and SQL\n\n"
        f"{away}                                       Jan 2020 - Feb 2023\n"
        "- Completed the fast.ai course and a Kaggle competition\n\n"
        "Data Analyst, Harbor Bank                           Jun 2015 - Dec 2019\n"
        "- Credit risk reporting in SQL\n",
        "resume",
    )
    # Mar 2023 - Nov 2026 and Jun 2015 - Dec 2019; the three years at home are not counted
    assert resume.experience.years == pytest.approx(8.3, abs=0.1)
    assert [job.title for job in resume.experience.jobs] == [
        "Data Scientist, Quill Insurance",
        "Data Analyst, Harbor Bank",
    ]


@pytest.mark.parametrize(
    "title", ["Caregiver, Sunrise Home Care", "Home Health Caregiver", "Parent Liaison, Oak School"]
)
def test_a_paid_care_or_parent_facing_job_is_still_work(profile_of: ProfileOf, title: str) -> None:
    resume = profile_of(f"EXPERIENCE\n{title}                 Jan 2020 - Dec 2022\n", "resume")
    assert resume.experience.years == pytest.approx(3.0, abs=0.1)


def _missing(profile_of: ProfileOf, options: Options, resume: str, posting: str) -> list[str]:
    jd = profile_of(posting, "posting", "jd.txt")
    return [m.jd_text for m in compare(profile_of(resume, "resume"), jd, options).missing]


def test_years_asked_of_a_choice_do_not_fall_on_one_of_its_skills_asked_elsewhere(
    profile_of: ProfileOf, options: Options
) -> None:
    # "12+ years of machine learning or data science" is met by twelve years of either; ML
    # asked again on its own line is asked without years, not for twelve years of ML alone
    posting = (
        "Director of Machine Learning\n\nQualifications\n"
        "- 12+ years of experience in machine learning or data science\n"
        "- Proven track record of delivering ML products at scale\n"
    )
    jd = profile_of(posting, "posting", "jd.txt")
    [ml] = [r for r in jd.requirements if r.id == "machine-learning"]
    assert ml.years is None
    resume = (
        "EXPERIENCE\n"
        "Head of Data Science, Northbeam, 2020 - Present\n- Led data science for pricing\n"
        "Director of Machine Learning, Carrow Media, 2017 - 2020\n- Shipped ML products\n"
        "Senior Data Scientist, Carrow Media, 2012 - 2017\n- Data science for subscriptions\n"
    )
    assert _missing(profile_of, options, resume, posting) == []


def test_years_asked_on_a_skills_own_line_still_count_beside_a_choice(
    profile_of: ProfileOf,
) -> None:
    jd = profile_of(
        "Requirements\n- 5+ years of Python\n- Python or Scala for data pipelines\n",
        "posting",
        "jd.txt",
    )
    [python] = [r for r in jd.requirements if r.id == "python"]
    assert python.years == 5


def _skill_ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


@pytest.mark.parametrize(
    "line",
    [
        "Selected clients: Databricks, Snowflake, Tableau, Monzo",
        "Clients include Databricks, Snowflake and Tableau.",
        "Key clients - Databricks, Snowflake, Tableau",
        "- Client: Snowflake (via Harvey Nash)",
        "Built churn models (clients: Databricks, Snowflake, Tableau)",
    ],
)
def test_a_consultants_clients_are_not_skills(profile_of: ProfileOf, line: str) -> None:
    resume = profile_of(
        "EXPERIENCE\nFreelance ML Consultant | Self-employed | Apr 2019 - Present\n"
        f"{line}\n- Built churn models in Python\n",
        "resume",
    )
    assert _skill_ids(resume) & {"databricks", "snowflake", "tableau"} == set()
    assert "python" in _skill_ids(resume)


def test_skills_after_a_clients_list_still_count(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "EXPERIENCE\nML Consultant | Self-employed | Apr 2019 - Present\n"
        "Client: Monzo - built dashboards in Tableau; pipelines on Databricks\n"
        "- Customer churn models for clients in retail, in Python and Snowflake\n",
        "resume",
    )
    assert {"tableau", "databricks", "snowflake", "python"} <= _skill_ids(resume)


@pytest.mark.parametrize(
    "terms",
    [
        "Rate: $90-110/hour on 1099. Day rate for UK contractors: GBP 650 (Outside IR35).",
        "Day rate: £600-£700 (Outside IR35)",
        "IR35 status: Outside",
        "- Outside IR35, 6-month initial contract",
        "- Inside IR35 via an umbrella company",
        "- Engagement: 1099 contractor, day rate negotiable",
        "Engagement: 6-month contract for a fintech client",
        "Contract length: 6 months, extension likely. Day rate £650 Outside IR35.",
    ],
)
def test_a_contracts_terms_ask_for_nothing(profile_of: ProfileOf, terms: str) -> None:
    posting = profile_of(
        "Machine Learning Engineer (Contract)\n\nRequirements\n- Python and PyTorch\n\n"
        f"Nice to have\n- Docker\n{terms}\n",
        "posting",
        "jd.txt",
    )
    assert [r.jd_text for r in posting.requirements] == ["Python", "PyTorch", "Docker"]


@pytest.mark.parametrize(
    "bullet",
    [
        "- Managed a team of 12 ML engineers across two squads",
        "- Managed teams of data scientists in London and Austin",
        "- Line managed 6 engineers; ran their performance reviews",
    ],
)
def test_a_managers_bullet_shows_people_management(
    profile_of: ProfileOf, options: Options, bullet: str
) -> None:
    posting = "Engineering Manager, ML\n\nRequirements\n- People management experience required\n"
    resume = f"EXPERIENCE\nEngineering Manager, Brightwell, 2019 - Present\n{bullet}\n"
    jd = profile_of(posting, "posting", "jd.txt")
    report = compare(profile_of(resume, "resume"), jd, options)
    [shown] = [m for m in report.matched if m.id == "team-management"]
    assert shown.credit == 1.0
    assert shown.evidence[0].text == bullet


def test_managing_managers_is_asked_and_met_by_a_manager_of_managers(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = (
        "Engineering Director\n\nQualifications\n"
        "- People management experience required\n"
        "- Experience managing managers is strongly preferred\n"
    )
    jd = profile_of(posting, "posting", "jd.txt")
    assert {r.id: r.importance for r in jd.requirements}["managing-managers"] == "preferred"
    manager = (
        "EXPERIENCE\nHead of Data Science, Northbeam, 2020 - Present\n"
        "- Managed managers of four teams, 25 people in all\n"
    )
    assert _missing(profile_of, options, manager, posting) == []
    lead = "EXPERIENCE\nStaff ML Engineer, Larkspur, 2018 - Present\n- Tech lead for ranking\n"
    assert "managing managers" in _missing(profile_of, options, lead, posting)


def test_a_doing_whose_object_was_dropped_asks_for_no_term(profile_of: ProfileOf) -> None:
    # "leading cross-team [projects]" names no thing a resume could show in those words
    line = "- Track record of leading cross-team technical projects and mentoring engineers"
    posting = profile_of(f"Staff ML Engineer\n\nRequirements\n- Python\n{line}\n", "posting")
    assert [r.jd_text for r in posting.requirements if not r.known] == []


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        ("- Deliver ML products at scale", []),
        ("- Hire ML engineers and build the team", []),
        ("- Experience owning a P&L", ["P&L"]),
        ("- Experience hiring and growing engineering teams", ["hiring"]),
    ],
)
def test_a_managers_duties_ask_for_no_verb_alone(
    profile_of: ProfileOf, line: str, terms: list[str]
) -> None:
    posting = profile_of(f"ML Engineering Manager\n\nRequirements\n- Python\n{line}\n", "posting")
    assert [r.jd_text for r in posting.requirements if not r.known] == terms


@pytest.mark.parametrize(
    ("bullet", "skill", "named"),
    [
        ("- Owned a $3M annual budget for compute", "budgeting", "Owned a $3M annual budget"),
        ("- Managed a €250k budget across two teams", "budgeting", "Managed a €250k budget"),
        (
            "- Managed a 12-person team of ML engineers",
            "team-management",
            "Managed a 12-person team",
        ),
        ("- Owned the $1.5 million budget", "budgeting", "Owned the $1.5 million budget"),
    ],
)
def test_an_amount_inside_a_skills_phrase_keeps_it(
    profile_of: ProfileOf, bullet: str, skill: str, named: str
) -> None:
    resume = profile_of(f"EXPERIENCE\nDirector of ML, Carrow, 2017 - 2020\n{bullet}\n", "resume")
    [hit] = [h for h in resume.skills if h.id == skill]
    assert [m.text for m in hit.mentions] == [named]


def test_a_budget_asked_to_own_is_budgeting(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineering Director\n\nRequirements\n- Own a budget of $8M for compute\n", "posting"
    )
    assert [r.id for r in posting.requirements] == ["budgeting"]


@pytest.mark.parametrize(
    "line",
    [
        "- Partner with data science leadership on priorities",
        "- Work with engineering leadership to set the roadmap",
        "- Collaborate closely with product leadership",
    ],
)
def test_the_leaders_a_manager_works_with_are_not_asked(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(f"Engineering Manager\n\nRequirements\n- Python\n{line}\n", "posting")
    assert [r.id for r in posting.requirements] == ["python"]


def test_leadership_of_teams_is_still_asked(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineering Manager\n\nRequirements\n- Python\n- Proven leadership of ML teams\n",
        "posting",
    )
    assert "leadership" in [r.id for r in posting.requirements]


@pytest.mark.parametrize("field", ["Level: Staff", "Level: L6 (Staff)", "Level: Manager"])
def test_a_level_field_naming_a_rung_above_senior_is_senior(
    profile_of: ProfileOf, field: str
) -> None:
    posting = profile_of(
        f"Machine Learning Engineer\n\n{field}\n\nRequirements\n- Python\n", "posting"
    )
    assert posting.posting is not None
    assert posting.posting.level == "senior"
    assert posting.posting.level_source == field


def test_a_staff_title_of_a_trade_is_no_level(profile_of: ProfileOf) -> None:
    posting = profile_of("Staff Accountant\n\nRequirements\n- Excel\n", "posting")
    assert posting.posting is not None
    assert posting.posting.level is None


@pytest.mark.parametrize(
    "line",
    [
        "- A career break of 2 years or more",
        "- You have had a career gap of at least 18 months",
        "- Time away from the workforce (a sabbatical or a career pause) of 2+ years",
    ],
)
def test_a_returnships_break_is_eligibility_not_a_skill(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(
        f"Data Science Returnship\n\nWho should apply\n{line}\n- Working knowledge of SQL\n",
        "posting",
    )
    assert [r.id for r in posting.requirements if r.id != "data-science"] == ["sql"]
