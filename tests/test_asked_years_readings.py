"""Years a posting asks, as a careful reader takes them: the employer's own age is no ask,
counts may be written in words in several languages, a vague count ("several years") hints
at a level without a number, years only preferred still tell the seniority, and an ask
written beside an equal-opportunity statement is kept."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.requirements import level_from_years
from mlcareer.formats.common import years_asked

from .conftest import invoke
from .posting_helpers import ProfileOf, listed
from .posting_helpers import posting_info as _posting

_listed = partial(listed, title="Data Scientist")


# The employer's age, in a requirements list or a short post, asks nothing of the candidate.
EMPLOYER_AGE = [
    _listed("Con más de 15 años en el mercado, somos líderes del sector", "Python y SQL"),
    _listed("We have been around 10 yrs and keep growing", "SQL and Tableau"),
    _listed("We have been in business for 12 years", "SQL and Tableau"),
    "Looking for a data analyst, SQL + Tableau. We have been around 10 yrs, remote ok\n",
    "Data scientist Python/SQL. We've been in business 10 yrs\n",
    "Fondée il y a 10 ans, notre startup cherche un data scientist (Python, SQL)\n",
    "Data scientist Python/SQL. Forte de 10 ans d'expérience, notre startup recrute\n",
    "Buscamos científico de datos (Python, SQL). Con más de 15 años de experiencia en el "
    "sector, somos líderes\n",
    "Hiring a data engineer (Spark, SQL). With over 20 years in logistics, our company moves "
    "goods across Europe\n",
]


@pytest.mark.parametrize("text", EMPLOYER_AGE)
def test_the_employers_age_is_no_ask(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(text, "posting")
    assert profile.posting is not None and profile.posting.years_required is None
    assert all(req.years is None for req in profile.requirements)


# ... while the same counts asked of the candidate still are
CANDIDATE_YEARS = [
    (_listed("10 ans d'expérience en Python"), 10.0),
    ("Buscamos científico de datos con más de 3 años de experiencia en Python\n", 3.0),
    (_listed("With 5+ years of Python, you will own our pipelines"), 5.0),
    (_listed("5+ years of Python; we work in small teams"), 5.0),
    (_listed("We need someone with 4 years of SQL"), 4.0),
]


@pytest.mark.parametrize(("text", "years"), CANDIDATE_YEARS)
def test_years_asked_of_the_candidate_stay(profile_of: ProfileOf, text: str, years: float) -> None:
    assert _posting(profile_of, text).years_required == years


# Counts written in words, in the languages postings are written in
WORDED_COUNTS = [
    ("deux ans d'expérience en Python", 2.0),
    ("trois années d'expérience en Python", 3.0),
    ("tres años de experiencia en Python", 3.0),
    ("dos años de experiencia con Python", 2.0),
    ("zwei Jahre Berufserfahrung mit Python", 2.0),
    ("mindestens drei Jahren Erfahrung mit Python", 3.0),
    ("fünf Jahre Erfahrung mit Python", 5.0),
    ("tre anni di esperienza in Python", 3.0),
    ("dois anos de experiência com Python", 2.0),
    ("two+ years of experience with Python", 2.0),
    ("a couple of years of experience with Python", 2.0),
    ("a couple years of Python experience", 2.0),
]


@pytest.mark.parametrize(("item", "years"), WORDED_COUNTS)
def test_a_count_in_words_is_asked(profile_of: ProfileOf, item: str, years: float) -> None:
    profile = profile_of(_listed(item, "SQL"), "posting")
    assert profile.posting is not None and profile.posting.years_required == years
    assert {req.id: req.years for req in profile.requirements}["python"] == years


def test_a_month_before_years_is_no_count(profile_of: ProfileOf) -> None:
    """'Sept' is a month in English, not the French seven."""
    text = _listed("Worked Sept 2019 - 2 years in total of Python", "SQL")
    assert _posting(profile_of, text).years_required != 7.0


RESUME_TWO_YEARS = (
    "Sam Lee\nsam@example.com\n\nExperience\nData Analyst, Acme Corp    Jan 2024 - Nov 2026\n"
    "- Built reports in Python and SQL\n\nSkills\nPython, SQL\n"
)


def test_years_only_preferred_still_tell_the_level(profile_of: ProfileOf) -> None:
    posting = _posting(profile_of, _listed("Python and SQL", "5-7 years preferred"))
    assert posting.years_required is None
    assert posting.years_preferred == 5.0
    assert (posting.level, posting.level_source) == ("senior", "5+ years preferred")


def test_required_years_set_the_level_before_preferred_ones(profile_of: ProfileOf) -> None:
    text = _listed("3+ years of experience with Python", "5+ years of experience preferred")
    posting = _posting(profile_of, text)
    assert (posting.years_required, posting.years_preferred) == (3.0, 5.0)
    assert (posting.level, posting.level_source) == ("mid", "3+ years asked")


def test_preferred_years_are_reported_and_advised_on(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(RESUME_TWO_YEARS, "resume")
    posting = profile_of(_listed("Python and SQL", "5-7 years preferred"), "posting")
    report = compare(resume, posting, options)
    assert report.experience["preferred_years"] == 5.0
    assert report.experience["required_years"] is None
    experience = next(c for c in report.components if c.name == "experience")
    assert experience.value < 1.0 and "5+ years preferred" in experience.detail
    advice = [s.message for s in report.suggestions if s.kind == "experience"]
    assert any("prefers 5+ years" in message for message in advice)


# A count with no figure hints at the level, not at a number of years
SOME_YEARS = [
    ("several years of experience with Python", "mid"),
    ("multiple years of experience with Python", "mid"),
    ("a few years of Python experience", "mid"),
    ("mehrjährige Berufserfahrung mit Python", "mid"),
    ("mehrere Jahre Erfahrung mit Python", "mid"),
    ("plusieurs années d'expérience en Python", "mid"),
    ("varios años de experiencia en Python", "mid"),
    ("langjährige Berufserfahrung mit Python", "senior"),
    ("many years of experience with Python", "senior"),
]


@pytest.mark.parametrize(("item", "level"), SOME_YEARS)
def test_years_without_a_figure_hint_at_the_level(
    profile_of: ProfileOf, item: str, level: str
) -> None:
    posting = _posting(profile_of, _listed(item, "SQL"))
    assert posting.years_required is None
    assert posting.level == level
    assert posting.level_source is not None and level_from_years(posting.level_source)


NO_LEVEL_HINT = [
    _listed("Python", "Forecast several years of sales data with SQL"),
    _listed("Python", "We have several years of history in retail"),
    _listed("Python", "Several years of experience is not required"),
]


@pytest.mark.parametrize("text", NO_LEVEL_HINT)
def test_other_vague_years_hint_at_nothing(profile_of: ProfileOf, text: str) -> None:
    posting = _posting(profile_of, text)
    assert posting.level is None


def test_a_titles_level_outranks_a_vague_count(profile_of: ProfileOf) -> None:
    text = "Senior Data Scientist\n\nRequirements\n- several years of experience with Python\n"
    posting = _posting(profile_of, text)
    assert (posting.level, posting.level_source) == ("senior", "title: Senior Data Scientist")


@pytest.mark.parametrize(
    ("required", "preferred", "shown"),
    [
        (None, 5.0, "5+ preferred"),
        (3.0, 5.0, "3+; 5+ preferred"),
        (3.0, None, "3+"),
        (None, None, "-"),
    ],
)
def test_the_years_row_shows_preferred_years(
    required: float | None, preferred: float | None, shown: str
) -> None:
    assert years_asked({"required_years": required, "preferred_years": preferred}) == shown


def test_extract_shows_the_years_a_posting_prefers(write: Callable[[str, str], Path]) -> None:
    path = write("jd.txt", _listed("Python and SQL", "5-7 years preferred"))
    result = invoke("extract", path, "--as", "posting", "--no-color")
    assert result.exit_code == 0
    assert "asks for: 5+ preferred years" in result.output


# An ask written in the same sentence as an equal-opportunity statement, after a semicolon
BOILERPLATE_WITH_ASK = [
    "Data Scientist. We are an equal opportunity employer and value diversity; must have 3+ "
    "years of experience with Python.\n",
    _listed("SQL")
    + "\nWe are an equal opportunity employer and value diversity; must have 3+ years of "
    "Python.\n",
    "Data Scientist\n\nWe are an equal opportunity employer and value diversity; must have 3+ "
    "years of Python experience.\nSQL a plus.\n",
]


@pytest.mark.parametrize("text", BOILERPLATE_WITH_ASK)
def test_an_ask_beside_boilerplate_is_kept(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(text, "posting")
    assert profile.posting is not None and profile.posting.years_required == 3.0
    python = next(req for req in profile.requirements if req.id == "python")
    assert (python.importance, python.years) == ("required", 3.0)


BOILERPLATE_ALONE = [
    "Data Scientist\n\nRequirements\n- SQL\n\nWe are an equal opportunity employer; all "
    "qualified applicants will receive consideration without regard to age or 10 years of "
    "Python history.\n",
    "Data Scientist\n\nRequirements\n- SQL\n\nAcme is an equal opportunity employer; we are "
    "a Python shop.\n",
]


@pytest.mark.parametrize("text", BOILERPLATE_ALONE)
def test_boilerplate_without_an_ask_asks_nothing(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(text, "posting")
    assert profile.posting is not None and profile.posting.years_required is None
    assert [req.id for req in profile.requirements] == ["sql"]


def test_a_term_asked_beside_boilerplate_is_kept(profile_of: ProfileOf) -> None:
    text = _listed(
        "SQL", "We are an equal opportunity employer; must have hands-on experience with Quillmesh"
    )
    asked = {req.jd_text: req.importance for req in profile_of(text, "posting").requirements}
    assert asked.get("Quillmesh") == "required"


PHD_RESUME = (
    "Dana Roe\ndana@example.com\n\nExperience\nMachine Learning Engineer, Acme Corp    "
    "Nov 2025 - Nov 2026\n- Built ranking models in Python and PyTorch\n\nEducation\n"
    "PhD in Computer Science, State University    Sep 2019 - Jun 2024\n"
    "BSc in Mathematics, City College    2015 - 2019\n\nSkills\nPython, PyTorch\n"
)
PHD_COUNTS = [
    "3+ years of research experience (a PhD counts)",
    "3+ years of experience in machine learning research, PhD included",
    "3+ years of research experience, including your PhD",
]


@pytest.mark.parametrize("item", PHD_COUNTS)
def test_a_posting_may_count_the_phd_toward_its_years(profile_of: ProfileOf, item: str) -> None:
    posting = _posting(profile_of, _listed(item, "Python"))
    assert (posting.years_required, posting.phd_counts) == (3.0, True)
    assert posting.degree_required is None  # the PhD counts toward the years; it is not asked


def test_the_resumes_phd_is_dated(profile_of: ProfileOf) -> None:
    phd = next(d for d in profile_of(PHD_RESUME, "resume").education.degrees if d.level == "phd")
    assert phd.dates is not None and phd.dates.text == "Sep 2019 - Jun 2024"


def _experience_detail(profile_of: ProfileOf, options: Options, item: str) -> tuple[float, str]:
    resume = profile_of(PHD_RESUME, "resume")
    report = compare(resume, profile_of(_listed(item, "Python"), "posting"), options)
    experience = next(c for c in report.components if c.name == "experience")
    return experience.value, experience.detail


def test_the_phd_counts_toward_years_when_the_posting_says_so(
    profile_of: ProfileOf, options: Options
) -> None:
    value, detail = _experience_detail(profile_of, options, PHD_COUNTS[0])
    assert value == 1.0
    assert "4.8 of PhD" in detail


def test_the_phd_is_no_years_of_work_otherwise(profile_of: ProfileOf, options: Options) -> None:
    value, detail = _experience_detail(profile_of, options, "3+ years of experience with Python")
    assert value < 1.0 and "PhD" not in detail
