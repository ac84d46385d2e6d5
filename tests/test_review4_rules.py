"""Review of the letter-years, hire's-duties, venue, Nordic-range and degree-title rules: their
near misses (years of study or of a hobby, a list of qualifications under "The successful
candidate will:", a workshop someone ran, "NU" for a university, a Dutch "Ing.") and a heading
check that read a line with a long run of blanks in quadratic time."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_key
from mlcareer.extract.education import degree_in_line
from mlcareer.models import Profile

from .posting_helpers import asked

ProfileOf = Callable[..., Profile]

_LETTER = (
    "Jane Doe\njane.doe@example.com\n\nDear Hiring Manager,\n\n{sentence}, building dashboards "
    "in Tableau and writing SQL.\n\nSincerely,\nJane Doe\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "For the past four years I have been working toward my PhD in physics",
        "I have been working on my doctoral thesis for the last 5 years",
        "I have been an active member of a Kaggle team for the past 6 years",
        "I have been a volunteer at the food bank for the past 6 years",
        "I have been a stay-at-home parent for the last 7 years",
        "I have been an avid reader of your blog for the past 5 years",
    ],
)
def test_a_letters_years_of_study_or_pastime_are_no_work(
    profile_of: ProfileOf, sentence: str
) -> None:
    assert profile_of(_LETTER.format(sentence=sentence), "resume").experience.years == 0.0


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("I have been a data engineer at Acme for the last 6 years", 6.0),
        ("For the past three years I have been a research assistant at a lab", 3.0),
        ("For the past 4 years I have been working on forecasting at Acme", 4.0),
    ],
)
def test_a_letters_years_in_a_role_still_count(
    profile_of: ProfileOf, sentence: str, years: float
) -> None:
    assert profile_of(_LETTER.format(sentence=sentence), "resume").experience.years == years


_HIRE_WILL = "Data Scientist\n\nThe successful candidate will:\n{items}\n"


@pytest.mark.parametrize(
    "items",
    [
        "- Strong experience with Stan\n- A PhD in Statistics",
        "- 3+ years of Stan",
        "- Experience with Stan",
        "- Proficiency in Stan",
        "- Must have experience with Stan",
        "- Excellent skills in Stan",
    ],
)
def test_qualifications_under_what_the_hire_will_are_asked(
    profile_of: ProfileOf, items: str
) -> None:
    found = asked(profile_of, _HIRE_WILL.format(items=items))
    assert found["stan"].section == "requirements"


def test_being_responsible_for_work_is_a_duty(profile_of: ProfileOf) -> None:
    items = "- Be responsible for building models in Stan\n- Work with the team"
    found = asked(profile_of, _HIRE_WILL.format(items=items))
    assert found["stan"].section == "responsibilities"


_WORK = "Jane Doe\n\nEXPERIENCE\nData Engineer, Acme\nJan 2020 - Present\n- {bullet}\n"


@pytest.mark.parametrize(
    "bullet",
    [
        "Ran a Workshop on Docker and Kubernetes for 40 engineers",
        "Taught an Internal Workshop on Docker and Kubernetes",
    ],
)
def test_a_workshop_someone_ran_names_its_skills(profile_of: ProfileOf, bullet: str) -> None:
    skills = {skill.id for skill in profile_of(_WORK.format(bullet=bullet), "resume").skills}
    assert {"docker", "kubernetes"} <= skills


def test_a_venue_named_by_its_article_still_gives_no_skill(profile_of: ProfileOf) -> None:
    # the rule kept: "the Workshop on ..." is a meeting's name
    bullet = "Presented at the Workshop on Docker Security, 2022"
    skills = {skill.id for skill in profile_of(_WORK.format(bullet=bullet), "resume").skills}
    assert "docker" not in skills


def test_a_universitys_nu_is_no_range_to_today(profile_of: ProfileOf) -> None:
    cv = "Experience\nResearch Assistant, Northeastern University\nSummer 2019 - NU\n- Python\n"
    assert not any(found.ongoing for found in profile_of(cv, "resume").experience.ranges)


@pytest.mark.parametrize("end", ["nu", "Nu"])
def test_a_swedish_or_dutch_nu_still_runs_to_today(profile_of: ProfileOf, end: str) -> None:
    cv = f"Arbetslivserfarenhet\nData Scientist, Acme\n2019 – {end}\n- Python\n"
    [found] = profile_of(cv, "resume").experience.ranges
    assert found.ongoing


@pytest.mark.parametrize(
    "line",
    [
        "Ing. Electrical Engineering, Hogeschool Utrecht, 2018",
        "Ing. in Technische Informatica (HBO), 2016",
        "Ing. Mechatronics, Fontys University of Applied Sciences",
    ],
)
def test_a_dutch_ing_is_a_bachelors(line: str) -> None:
    assert degree_in_line(line) == "bachelor"


def test_a_czech_ing_is_still_a_masters() -> None:
    assert degree_in_line("Ing. Informatika, ČVUT v Praze, 2015") == "master"


def test_a_heading_check_reads_a_long_blank_run_in_linear_time() -> None:
    line = "The successful candidate will" + " " * 50_000 + "x"
    began = time.process_time()
    assert heading_key(line).endswith("will x")
    assert time.process_time() - began < 1.0


def test_a_venue_after_a_paper_in_prose_still_gives_no_skill(profile_of: ProfileOf) -> None:
    # near miss: "a" before other words than the venue's own
    bullet = "Published a paper in the Journal of Data Science, 2022"
    skills = {skill.id for skill in profile_of(_WORK.format(bullet=bullet), "resume").skills}
    assert "data-science" not in skills
