"""Misreadings earlier sessions left alone, second pass: each pinned by small texts written
here, with a near miss that must keep its reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.checks import lint_rules
from mlcareer.extract.skills import NegationIndex
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _posting(body: str) -> str:
    return f"Machine Learning Engineer\n\nRequirements\n- 3+ years of Python\n{body}"


def _choices(profile: Profile) -> dict[str, str | None]:
    """Requirement id -> the wording of the choice it belongs to."""
    return {req.id: req.choice for req in profile.requirements}


# 2. Spoken languages listed before a final "or" are one choice


@pytest.mark.parametrize(
    "line",
    [
        "- Fluent in English, French or German\n",
        "- Business-level Spanish, Portuguese or Italian\n",
    ],
)
def test_languages_listed_before_a_final_or_are_one_choice(
    profile_of: ProfileOf, line: str
) -> None:
    choices = _choices(profile_of(_posting(line), "posting"))
    languages = {k: v for k, v in choices.items() if k.startswith("lang-")}
    assert len(languages) == 3
    assert len(set(languages.values())) == 1
    assert None not in languages.values()


def test_a_language_joined_by_and_stays_asked_on_its_own(profile_of: ProfileOf) -> None:
    choices = _choices(
        profile_of(_posting("- Fluent in English and French or German\n"), "posting")
    )
    assert choices["lang-english"] is None
    assert choices["lang-french"] == choices["lang-german"] == "French or German"


def test_a_tool_listed_before_languages_of_another_kind_stays_apart(
    profile_of: ProfileOf,
) -> None:
    # only close items join a choice written without a comma before its "or"
    choices = _choices(profile_of(_posting("- Excel, English or German\n"), "posting"))
    assert choices["excel"] is None
    assert choices["lang-english"] == choices["lang-german"] == "English or German"


# 3. An endorsement's skills vouched for are the person's


def _skill_ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


_RESUME_HEAD = (
    "Dana Kim\ndana@example.com\n\nExperience\nData Analyst, Acme Corp, Jan 2019 - Present\n"
)


def test_the_skills_an_endorsement_is_for_are_shown(profile_of: ProfileOf) -> None:
    resume = profile_of(
        _RESUME_HEAD
        + "- Built weekly reports\n\nEndorsed by colleagues for Python and SQL expertise\n",
        "resume",
    )
    assert {"python", "sql"} <= _skill_ids(resume)


def test_who_endorsed_and_where_they_work_still_name_no_skill(profile_of: ProfileOf) -> None:
    resume = profile_of(
        _RESUME_HEAD + "- Built weekly reports\n\nSkills\nForecasting\n"
        "Endorsed by 4 colleagues at Databricks for SQL\n"
        "Endorsed by 12 colleagues at Zentro Logistics\n",
        "resume",
    )
    found = _skill_ids(resume)
    assert "sql" in found
    assert not found & {"databricks", "logistics"}


# 4. A negation word glued by a hyphen into a compound denies nothing


def _negated(profile: Profile) -> dict[str, bool]:
    return {hit.id: all(m.negated for m in hit.mentions) for hit in profile.skills}


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Migrated the reporting store from no-SQL to SQL", "sql"),
        ("Built no-code ML pipelines with Python", "python"),
        ("Analysed not-for-profit donor data in Tableau", "tableau"),
    ],
)
def test_a_hyphenated_no_denies_nothing(profile_of: ProfileOf, bullet: str, skill: str) -> None:
    negated = _negated(profile_of(f"{_RESUME_HEAD}- {bullet}\n", "resume"))
    assert negated[skill] is False


@pytest.mark.parametrize("bullet", ["No Java experience", "Not Java, but Python", "No - Java"])
def test_a_plain_no_still_denies(profile_of: ProfileOf, bullet: str) -> None:
    assert _negated(profile_of(f"{_RESUME_HEAD}- {bullet}\n", "resume"))["java"] is True


# 5. A negated list keeps its -ing noun items when it ends with "or"


def _denied_words(text: str, words: list[str]) -> list[bool]:
    index = NegationIndex(text)
    return [index.is_negated(text.index(w), text.index(w) + len(w)) for w in words]


@pytest.mark.parametrize(
    "text",
    [
        "Shipped models without SDLC, testing frameworks or CI.",
        "Worked without Go, distributed systems or Kafka.",
        "Never used SDLC, testing frameworks, or CI in production.",
    ],
)
def test_every_item_of_a_negated_or_list_is_denied(text: str) -> None:
    items = ("SDLC", "testing frameworks", "CI", "Go", "distributed systems", "Kafka")
    assert all(_denied_words(text, [w for w in items if w in text]))


_TERMS_POSTING = "QA Engineer\n\nRequirements\n- Testing frameworks\n- CI\n"


@pytest.mark.parametrize(
    ("bullet", "shown"),
    [
        ("Shipped models without SDLC, testing frameworks or CI", set()),
        ("Shipped models with SDLC, testing frameworks and CI", {"testing frameworks", "ci"}),
    ],
)
def test_terms_in_a_negated_list_are_not_shown(
    profile_of: ProfileOf, options: Options, bullet: str, shown: set[str]
) -> None:
    resume = profile_of(f"{_RESUME_HEAD}- {bullet}\n", "resume")
    report = compare(resume, profile_of(_TERMS_POSTING, "posting"), options)
    matched = {m.jd_text.lower() for m in report.matched if m.id.startswith("term:")}
    assert matched == shown


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Led without formal authority, aligning product, design and data science.", "design"),
        ("Never missed a deadline, shipping models, SQL and Spark jobs.", "SQL"),
        ("Started without any prior Java, learned Scala and Go.", "Scala"),
    ],
)
def test_a_clause_after_the_negation_is_not_denied(text: str, kept: str) -> None:
    assert _denied_words(text, [kept]) == [False]


# 6. A master's preferred after an accepted or required bachelor's


@pytest.mark.parametrize(
    "line",
    [
        "- BS is fine, MS preferred\n",
        "- BS required, MS preferred\n",
        "- Bachelor's is fine; a Master's preferred\n",
    ],
)
def test_a_preferred_ms_after_a_comma_is_preferred(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(_posting(line), "posting").posting
    assert posting is not None
    assert (posting.degree_required, posting.degree_preferred) == ("bachelor", "master")


def test_a_state_after_a_town_is_still_no_degree(profile_of: ProfileOf) -> None:
    resume = profile_of(
        _RESUME_HEAD + "- Built weekly reports\n\nEducation\n"
        "BS Biology, Jackson State University, Jackson, MS, 2015\n",
        "resume",
    )
    assert resume.education.highest == "bachelor"


# 7. A "Tertiary Qualifications" heading with its years is still a heading


@pytest.mark.parametrize(
    "heading", ["Tertiary Qualifications (2015-2019)", "Tertiary Qualifications 2015 - 2019"]
)
def test_a_dated_tertiary_heading_names_no_degree(profile_of: ProfileOf, heading: str) -> None:
    text = (
        f"Jordan Lee\njordan@example.com\n\n{heading}\n"
        "Diploma of Information Technology, TAFE NSW, 2019\n\n"
        "Experience\nIT Support Officer, Acme Pty Ltd, 2019 - 2023\n- Fixed laptops\n"
    )
    assert profile_of(text, "resume").education.highest == "associate"


def test_a_dated_tertiary_degree_with_a_field_is_a_degree(profile_of: ProfileOf) -> None:
    text = (
        "Jordan Lee\njordan@example.com\n\nEducation\n"
        "Tertiary degree in Statistics (2015-2019)\n\n"
        "Experience\nAnalyst, Acme Pty Ltd, 2019 - 2023\n- Built reports\n"
    )
    assert profile_of(text, "resume").education.highest == "bachelor"


# 8. A functional resume's themed bullets show its skills at work


_FUNCTIONAL = (
    "Priya Nair\npriya@example.com | +44 7700 900123\n\nCore Competencies\n"
    "Python, SQL, Tableau, Spark, Airflow\n\nAnalytics\n"
    "- Built demand forecasting models in Python that cut stockouts by 15%\n"
    "- Designed Tableau dashboards used by 40 store managers every week\n"
    "- Wrote SQL pipelines that cut the monthly close from 6 days to 2\n\n"
    "Data Engineering\n- Migrated 30 nightly batch jobs to Spark\n"
    "- Scheduled 120 Airflow workflows with 99.9% success\n\n"
    "Employment History\nSenior Data Scientist, Northwind Retail, 2019 - Present\n"
    "Data Analyst, Contoso Stores, 2016 - 2019\n\nEducation\nMSc Statistics, 2016\n"
)


def _listed_only_rule(resume: Profile) -> tuple[bool, str]:
    [rule] = [r for r in lint_rules(resume) if r.name == "skills-in-experience"]
    return rule.passed, rule.message


def test_a_functional_resumes_work_bullets_show_its_skills(profile_of: ProfileOf) -> None:
    passed, message = _listed_only_rule(profile_of(_FUNCTIONAL, "resume"))
    assert passed, message


def test_skills_only_listed_still_fail_the_rule(profile_of: ProfileOf) -> None:
    listed = (
        "Priya Nair\npriya@example.com\n\nCore Competencies\n"
        "Python, SQL, Tableau, Spark, Airflow\n\nHighlights\n- Python (8 years), SQL, Tableau\n"
        "- Experienced in Spark and Airflow since 2016\n\n"
        "Employment History\nSenior Data Scientist, Northwind Retail, 2019 - Present\n"
    )
    passed, _ = _listed_only_rule(profile_of(listed, "resume"))
    assert not passed


def _results_rule(resume: Profile) -> tuple[bool, str]:
    [rule] = [r for r in lint_rules(resume) if r.name == "measurable-results"]
    return rule.passed, rule.message


def test_a_functional_resumes_work_bullets_carry_its_results(profile_of: ProfileOf) -> None:
    passed, message = _results_rule(profile_of(_FUNCTIONAL, "resume"))
    assert passed, message
    assert message.startswith("5 of 5")


def test_themed_bullets_without_figures_still_fail_the_results_rule(
    profile_of: ProfileOf,
) -> None:
    plain = _FUNCTIONAL.replace("15%", "a lot").replace("40 ", "all ").replace("6 days to 2", "")
    plain = plain.replace("30 ", "the ").replace("120 ", "many ").replace(" with 99.9% success", "")
    passed, message = _results_rule(profile_of(plain, "resume"))
    assert not passed
    assert message.startswith("0 of 5")


def test_experience_bullets_are_counted_before_any_elsewhere(profile_of: ProfileOf) -> None:
    text = _FUNCTIONAL.replace(
        "Data Analyst, Contoso Stores, 2016 - 2019\n",
        "Data Analyst, Contoso Stores, 2016 - 2019\n- Maintained the weekly report\n",
    )
    passed, message = _results_rule(profile_of(text, "resume"))
    assert not passed
    assert message.startswith("0 of 1")


# 9. "Personal Profile" heads a resume's summary


def test_personal_profile_heads_a_resumes_summary(profile_of: ProfileOf) -> None:
    text = (
        "Sam Carter\nsam@example.co.uk\n\nPersonal Profile\n"
        "Analytical graduate keen to build a career in data science.\n\n"
        "Experience\nData Analyst, Acme Ltd, 2021 - 2024\n- Built reports in Python\n\n"
        "Education\nBSc Mathematics, University of York, 2021\n"
    )
    sections = {s.heading: s.name for s in profile_of(text, "resume").sections}
    assert sections.get("Personal Profile") == "summary"


def test_a_personal_profile_after_the_work_heads_personal_details(profile_of: ProfileOf) -> None:
    text = (
        "Ravi Kumar\nravi@example.com\n\nExperience\n"
        "Software Engineer, Infosys, Jun 2019 - Present\n- Built REST APIs in Java\n\n"
        "Personal Profile\nDate of Birth: 12 May 1997\nPassport: valid 2018 - 2028\n"
        "Languages Known: English, Hindi\n"
    )
    resume = profile_of(text, "resume")
    sections = {s.heading: s.name for s in resume.sections}
    assert sections.get("Personal Profile") == "contact"
    # the passport's years are no job
    assert [r.text for r in resume.experience.ranges if r.section == "experience"] == [
        "Jun 2019 - Present"
    ]
    assert resume.experience.years < 9
    assert {"lang-english", "lang-hindi"} <= _skill_ids(resume)


def test_a_postings_personal_profile_opens_no_summary(profile_of: ProfileOf) -> None:
    text = (
        "Data Analyst\n\nRequirements\n- SQL\n\nPersonal Profile\n"
        "- Confident presenting to stakeholders\n"
    )
    sections = [s.name for s in profile_of(text, "posting").sections]
    assert "summary" not in sections
