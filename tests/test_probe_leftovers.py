"""Misreadings that probes of small postings and resumes found, each pinned by small texts
written here."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile, SkillMatch

ProfileOf = Callable[..., Profile]

_BODY = (
    "Location: Remote\n\nWe build things for our customers.\nRequirements:\n- Good communication\n"
)


@pytest.mark.parametrize("label", ["Position", "Role", "Job Role", "Job Title"])
@pytest.mark.parametrize("banner", ["Job Description\n", ""])
def test_a_labelled_position_is_the_title(profile_of: ProfileOf, label: str, banner: str) -> None:
    text = f"{banner}{label}: Lead ML Engineer\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title == "Lead ML Engineer"
    assert posting.level == "senior"
    assert posting.role == "ml-engineer"
    assert posting.technical


@pytest.mark.parametrize("value", ["Full-time", "Remote", "2 openings", "Permanent"])
def test_a_position_label_naming_no_job_is_no_title(profile_of: ProfileOf, value: str) -> None:
    text = f"Job Description\nPosition: {value}\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title is None


def test_a_role_id_label_stays_the_role(profile_of: ProfileOf) -> None:
    text = f"Title: Data Analyst, Integrity\nRole: data-analyst\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title == "Data Analyst, Integrity"
    assert posting.role == "data-analyst"


def test_a_title_label_wins_over_a_role_label(profile_of: ProfileOf) -> None:
    text = f"Title: Senior Data Engineer\nRole: Platform Engineer\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title == "Senior Data Engineer"


def test_a_label_line_naming_no_job_is_not_the_title_line(profile_of: ProfileOf) -> None:
    text = f"Position: Full-time\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title is None


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Data Scientist: Ranking", "Data Scientist: Ranking"),
        ("Company: Acme\nSenior Data Engineer", "Senior Data Engineer"),
        # the hiring call before the title is no part of it (test_informal_postings)
        ("Hiring: Senior Data Engineer", "Senior Data Engineer"),
    ],
)
def test_a_field_line_keeps_a_title_after_it(profile_of: ProfileOf, first: str, title: str) -> None:
    posting = profile_of(f"{first}\n\n{_BODY}", doc_type="posting").posting
    assert posting is not None
    assert posting.title == title


_ALGORITHMS_ASKED = (
    "Data Scientist\n\nRequirements\n- Solid grasp of machine learning algorithms\n"
    "- Python and SQL\n"
)


def _asked_match(
    profile_of: ProfileOf, options: Options, cv: str, posting: str, skill: str
) -> SkillMatch:
    resume = profile_of("Sam Ortiz\nsam@example.com\n\n" + cv, "resume")
    report = compare(resume, profile_of(posting, "posting"), options)
    [found] = [m for m in report.matched + report.missing if m.id == skill]
    return found


@pytest.mark.parametrize(
    "work",
    [
        "Built churn models with random forests and gradient boosting",
        "Segmented customers with k-means",
        "Trained SVMs and logistic regression baselines",
        "Ranked leads with XGBoost",
    ],
)
def test_named_algorithms_show_ml_algorithms(
    profile_of: ProfileOf, options: Options, work: str
) -> None:
    cv = f"Experience\nData Scientist, Acme, Jan 2019 - Present\n- {work}\n"
    found = _asked_match(profile_of, options, cv, _ALGORITHMS_ASKED, "ml-algorithms")
    assert found.status == "implied"
    assert found.credit > 0


@pytest.mark.parametrize(
    "work", ["Built models with scikit-learn and PyTorch", "Cleaned data with pandas"]
)
def test_ml_tools_alone_do_not_show_ml_algorithms(
    profile_of: ProfileOf, options: Options, work: str
) -> None:
    cv = f"Experience\nData Scientist, Acme, Jan 2019 - Present\n- {work}\n"
    found = _asked_match(profile_of, options, cv, _ALGORITHMS_ASKED, "ml-algorithms")
    assert found.status == "missing"


def _mentions(profile: Profile, skill: str) -> list[str]:
    return [m.text for hit in profile.skills if hit.id == skill for m in hit.mentions]


_NAME = "Sam Ortiz\nsam@example.com\n\n"


@pytest.mark.parametrize(
    "entry",
    [
        "J. Doe. Modelling reader interest. In Proceedings of UMAP 2016.",
        "J. Doe. Session-aware ranking. UMAP 2019, pp. 10-18.",
        "J. Doe. Session-aware ranking. UMAP '19.",
        "J. Doe. Reader interest. In Proceedings of the UMAP conference.",
    ],
)
def test_a_venues_acronym_in_publications_is_no_tool(profile_of: ProfileOf, entry: str) -> None:
    text = f"{_NAME}Publications\n- {entry}\n"
    assert _mentions(profile_of(text, "resume"), "umap") == []


@pytest.mark.parametrize(
    "text",
    [
        "Publications\n- J. Doe. Fast UMAP embeddings of single cells. Bioinformatics 2020.\n",
        "Skills\nPython, UMAP, t-SNE\n",
        "Experience\nData Scientist, Acme, 2019 - 2021\n- Reduced dimensions with UMAP\n",
    ],
)
def test_umap_the_tool_stays(profile_of: ProfileOf, text: str) -> None:
    assert _mentions(profile_of(_NAME + text, "resume"), "umap") == ["UMAP"]


def _asked(profile: Profile) -> dict[str, str]:
    return {r.id: r.importance for r in profile.requirements}


_ML_POSTING = "Machine Learning Engineer\n\nResponsibilities\n- {}\n\nRequirements\n- Python\n"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Partner with data science partners to ship models", "data-science"),
        ("Work with our data science partners on feature pipelines", "data-science"),
        ("Work closely with the data science team", "data-science"),
        ("Collaborate with data science and engineering teams", "data-science"),
        ("Partner with security and legal on data privacy reviews", "cybersecurity"),
        ("Partner with legal and security on privacy reviews", "cybersecurity"),
        ("Work with security to review cloud launches", "cybersecurity"),
    ],
)
def test_a_department_worked_with_is_no_ask(profile_of: ProfileOf, line: str, skill: str) -> None:
    asked = _asked(profile_of(_ML_POSTING.format(line), "posting"))
    assert skill not in asked
    assert asked["python"] == "required"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience with cloud security tools", "cybersecurity"),
        ("Experience working with security tools for cloud systems", "cybersecurity"),
        ("Work with security best practices for cloud systems", "cybersecurity"),
        ("Experience working with data science libraries", "data-science"),
        ("Strong data science skills", "data-science"),
        ("Experience working with data science to drive decisions", "data-science"),
    ],
)
def test_a_field_worked_in_stays_an_ask(profile_of: ProfileOf, line: str, skill: str) -> None:
    assert skill in _asked(profile_of(_ML_POSTING.format(line), "posting"))


_FUNCTIONAL_POSTING = "Senior Data Scientist\n\nRequirements\n- Python\n- SQL\n- Tableau\n"
_WORK_HISTORY = (
    "Work History\nSenior Data Scientist, Acme Retail, 2018 - 2024\n"
    "Data Analyst, Beta Corp, 2016 - 2018\n"
)


def _told_to_show(profile_of: ProfileOf, options: Options, cv: str) -> list[str]:
    """The skills a report asks to show in an experience bullet."""
    resume = profile_of(_NAME + cv, "resume")
    report = compare(resume, profile_of(_FUNCTIONAL_POSTING, "posting"), options)
    # one line names them all when there are several: "Python, SQL and Tableau appear only ..."
    listed = [
        s.message.split(" appear")[0] for s in report.suggestions if s.kind == "show-in-experience"
    ]
    return [name for names in listed for name in re.split(r", | and ", names)]


_WORK_BULLETS = (
    "- Built demand forecasting models in Python that cut stockouts by 15%\n"
    "- Designed SQL pipelines feeding weekly Tableau dashboards for 40 stores\n"
)
_WRAPPED_BULLETS = (
    "- Built demand forecasting models in Python that\n  cut stockouts by 15%\n"
    "- Designed SQL pipelines feeding weekly Tableau\n  dashboards for 40 stores\n"
)


@pytest.mark.parametrize("heading", ["Core Competencies", "Selected Accomplishments"])
@pytest.mark.parametrize("bullets", [_WORK_BULLETS, _WRAPPED_BULLETS])
def test_work_bullets_of_a_functional_resume_show_the_work(
    profile_of: ProfileOf, options: Options, heading: str, bullets: str
) -> None:
    cv = f"{heading}\n{bullets}\n{_WORK_HISTORY}"
    assert _told_to_show(profile_of, options, cv) == []


@pytest.mark.parametrize(
    "listed",
    [
        "- Python, SQL, Tableau\n",
        "- Python (8 years), SQL (6 years), Tableau (4 years)\n",
        "- Skilled in Python, SQL and Tableau\n",
        "- Experienced in Python (8 years), SQL (6 years) and Tableau\n",
        "- Certified in Python, SQL and Tableau since 2019\n",
        "- Python\n- SQL\n- Tableau 2023\n",
    ],
)
def test_a_bare_list_of_competencies_still_gets_the_advice(
    profile_of: ProfileOf, options: Options, listed: str
) -> None:
    cv = f"Core Competencies\n{listed}\n{_WORK_HISTORY}"
    assert _told_to_show(profile_of, options, cv) == ["Python", "SQL", "Tableau"]


_AI_POSTING = "ML Engineer\n\nRequirements\n- {}\n- Python\n"


@pytest.mark.parametrize(
    ("line", "product"),
    [
        ("Experience with Google Cloud AI Platform", "vertex-ai"),
        ("Experience with Vertex AI Platform pipelines", "vertex-ai"),
        ("Models served on Cloud AI Platform", "vertex-ai"),
        ("Experience with Google Cloud AI services", "gcp"),
        ("Experience with AWS AI services", "aws"),
    ],
)
def test_ai_in_a_vendors_product_is_the_product(
    profile_of: ProfileOf, line: str, product: str
) -> None:
    asked = _asked(profile_of(_AI_POSTING.format(line), "posting"))
    assert product in asked
    assert "artificial-intelligence" not in asked


@pytest.mark.parametrize(
    "line",
    [
        "Experience shipping Enterprise AI products",
        "Background in Healthcare AI",
        "Experience with Cloud AI solutions",
        "Experience with AWS and AI",
        "Deploy AI models on Google Cloud",
    ],
)
def test_ai_the_field_stays(profile_of: ProfileOf, line: str) -> None:
    assert "artificial-intelligence" in _asked(profile_of(_AI_POSTING.format(line), "posting"))


def _shown(profile: Profile) -> set[str]:
    """The skills a resume shows: those with a mention not denied."""
    return {hit.id for hit in profile.skills if any(not m.negated for m in hit.mentions)}


_ANALYST = "Experience\nData Analyst, Acme, 2019 - 2022\n- {}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Built Excel reports for finance; no SQL databases used",
        "No SQL database work",
        "Reports built in Excel, no SQL databases needed",
        "No SQL databases were involved",
    ],
)
def test_no_sql_databases_used_is_a_denial(profile_of: ProfileOf, line: str) -> None:
    shown = _shown(profile_of(_NAME + _ANALYST.format(line), "resume"))
    assert not shown & {"nosql", "sql", "databases"}


@pytest.mark.parametrize(
    "line",
    [
        "Managed SQL and no SQL databases used by 40 services",
        "Tuned SQL and no SQL databases",
        "Tuned SQL, no SQL databases",
        "No SQL databases: MongoDB, Cassandra",
    ],
)
def test_no_sql_databases_named_stays_nosql(profile_of: ProfileOf, line: str) -> None:
    assert "nosql" in _shown(profile_of(_NAME + _ANALYST.format(line), "resume"))


@pytest.mark.parametrize(
    "line",
    ["Experience with SQL and no SQL databases", "Knowledge of relational and no SQL databases"],
)
def test_a_posting_naming_no_sql_databases_asks_nosql(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert "nosql" in _asked(profile_of(text, "posting"))
