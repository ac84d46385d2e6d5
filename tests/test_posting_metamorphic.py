"""Metamorphic checks of a posting's requirements: edits that keep what a posting asks for
(layout, wording, boilerplate) must not change the requirements read, and softening a
requirement never makes it weigh more."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlcareer.api import Options, compare
from mlcareer.models import Profile

from .conftest import invoke

ProfileOf = Callable[..., Profile]
Asked = dict[str, tuple[str, float | None]]

POSTING = """Title: Data Engineer

About us
Acme helps growers plan their harvest.

Requirements
- 3+ years of experience with Python
- Strong SQL and Apache Spark
- Experience with Airflow & Kafka
- Bachelor's degree in Computer Science

Nice to have
- Docker is a plus
- Kubernetes
"""

RESUME = """Jo Rivera

Skills
Python, Docker

Experience
Data Engineer, Acme Corp
Jan 2019 - Present
- Built batch pipelines in Python

Education
BSc Computer Science, 2018
"""


def asked(profile_of: ProfileOf, text: str) -> Asked:
    profile = profile_of(text, doc_type="posting", name="jd.txt")
    return {r.id: (r.importance, r.years) for r in profile.requirements}


def one_ask(profile_of: ProfileOf, line: str, section: str = "Requirements") -> Asked:
    """The requirements of a posting whose only other item is Python."""
    return asked(profile_of, f"Title: Data Engineer\n\n{section}\n- Python\n{line}\n")


LAYOUTS: dict[str, Callable[[str], str]] = {
    "html entities": lambda t: t.replace("&", "&amp;").replace("'", "&#39;"),
    "no-break space entities": lambda t: t.replace("Apache Spark", "Apache&nbsp;Spark"),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "star bullets": lambda t: t.replace("\n- ", "\n* "),
    "round bullets": lambda t: t.replace("\n- ", "\n• "),
    "numbered": lambda t: t.replace("\n- ", "\n1. "),
    "trailing spaces": lambda t: t.replace("\n", "   \n"),
    "smart quotes": lambda t: t.replace("'", "\u2019"),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "bold headings": lambda t: t.replace("Requirements\n", "**REQUIREMENTS**\n"),
}


@pytest.mark.parametrize("name", LAYOUTS)
def test_layout_never_changes_the_requirements(profile_of: ProfileOf, name: str) -> None:
    assert asked(profile_of, LAYOUTS[name](POSTING)) == asked(profile_of, POSTING)


def test_an_html_entity_is_read_as_its_character(
    profile_of: ProfileOf, write: Callable[[str, str], Path]
) -> None:
    """Text copied from a web page keeps "&amp;": it joins two asks, not a third ("amp")."""
    text = "Title: Data Engineer\n\nRequirements\n- Python &amp; SQL\n- R&amp;D with Spark\n"
    profile = profile_of(text, doc_type="posting", name="jd.txt")
    assert {r.id for r in profile.requirements} == {"python", "sql", "apache-spark", "term:r-d"}
    # offsets still point into the file as written
    result = invoke("extract", write("jd.txt", text), "--format", "json")
    [spark] = [s for s in json.loads(result.stdout)["skills"] if s["id"] == "apache-spark"]
    mention = spark["mentions"][0]
    assert text[mention["start"] : mention["end"]] == mention["text"] == "Spark"


BOILERPLATE = [
    "Benefits\n- Health insurance\n- A learning budget for courses on Python and AWS\n",
    "Acme is an equal opportunity employer. All qualified applicants will receive"
    " consideration without regard to race, religion or veteran status.\n",
    "Salary: $140,000 - $180,000 per year plus equity\n",
    "How to apply\nSend your resume and a link to your GitHub profile to jobs@acme.example.\n",
]


@pytest.mark.parametrize("block", BOILERPLATE)
def test_boilerplate_adds_no_requirement(profile_of: ProfileOf, block: str) -> None:
    before = asked(profile_of, POSTING)
    after = asked(profile_of, f"{POSTING}\n{block}")
    assert {k: v for k, v in after.items() if v[0] != "mentioned"} == before


@pytest.mark.parametrize(
    "line",
    [
        "- Optional: Docker",
        "- Docker (ideal)",
        "- Docker would be ideal",
        "- Ideal: Docker",
        "- Docker - bonus points",
        "- Docker, bonus points",
        "- Docker (not required)",
        "- Docker is a plus",
        "- Nice to have: Docker",
    ],
)
def test_a_softening_cue_never_leaves_a_skill_required(profile_of: ProfileOf, line: str) -> None:
    """Beside a skill in the requirements, a cue makes it preferred or drops it, and names
    nothing of its own ("Optional" and "points" are no requirements)."""
    found = one_ask(profile_of, line)
    assert found.pop("python") == ("required", None)
    assert found in ({}, {"docker": ("preferred", None)})


def test_the_ideal_candidate_is_no_preference(profile_of: ProfileOf) -> None:
    assert one_ask(profile_of, "- The ideal candidate has Docker")["docker"][0] == "required"


@pytest.mark.parametrize(
    "line",
    [
        "- {s} (3+ years)",
        "- 3+ years of {s}",
        "- {s}: 3+ yrs",
        "- You have 3+ years of {s}",
        "- {s} (min. 3 years)",
        "- {s} 3+ years",
        "- Three or more years of {s}",
        "- {s}: 3 years or more",
        "- Experience with {s} (3+ years)",
        "- {s} (3y+)",
    ],
)
@pytest.mark.parametrize("skill", ["Python", "R", "Go"])
def test_a_reworded_years_ask_is_the_same_requirement(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    """The same ask however it is written, for a plain name and for guarded one-word names."""
    found = asked(profile_of, f"Title: Data Engineer\n\nRequirements\n{line.format(s=skill)}\n")
    skill_id = skill.lower()
    assert found == {skill_id: ("required", 3.0)}


@pytest.mark.parametrize("line", ["- Experience with R", "- Knowledge of Go", "- R experience"])
def test_a_guarded_name_that_is_the_whole_ask_is_required(profile_of: ProfileOf, line: str) -> None:
    found = asked(
        profile_of, f"Title: Data Engineer\n\nRequirements\n{line}\n- Communication skills\n"
    )
    assert len(found) == 2 and all(v == ("required", None) for v in found.values())


def test_a_split_bullet_asks_for_the_same_things(profile_of: ProfileOf) -> None:
    one = "Title: Data Engineer\n\nRequirements\n- Python, SQL and Spark\n"
    three = "Title: Data Engineer\n\nRequirements\n- Python\n- SQL\n- Spark\n"
    assert asked(profile_of, one) == asked(profile_of, three)


def test_an_ask_made_twice_weighs_once(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of(RESUME, doc_type="resume", name="resume.txt")
    once = profile_of(POSTING, doc_type="posting", name="jd.txt")
    twice = profile_of(
        POSTING.replace("- Kubernetes\n", "- Kubernetes\n- Experience with Apache Spark\n"),
        doc_type="posting",
        name="jd.txt",
    )
    assert compare(resume, once, options).score == compare(resume, twice, options).score


def _moved_to_nice_to_have(text: str, item: str) -> str:
    return text.replace(f"{item}\n", "").replace("Nice to have\n", f"Nice to have\n{item}\n")


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(item=st.sampled_from(["- Strong SQL and Apache Spark", "- Experience with Airflow & Kafka"]))
def test_moving_a_missing_skill_to_nice_to_have_never_costs_points(
    profile_of: ProfileOf, options: Options, item: str
) -> None:
    resume = profile_of(RESUME, doc_type="resume", name="resume.txt")
    before = profile_of(POSTING, doc_type="posting", name="jd.txt")
    moved = profile_of(_moved_to_nice_to_have(POSTING, item), doc_type="posting", name="jd.txt")
    moved_ids = {r.id for r in before.requirements if r.line == POSTING.split("\n").index(item) + 1}
    assert moved_ids and all(
        r.importance == "preferred" for r in moved.requirements if r.id in moved_ids
    )
    assert compare(resume, moved, options).score >= compare(resume, before, options).score


def test_a_degree_moved_to_nice_to_have_still_counts_at_half_weight(
    profile_of: ProfileOf, options: Options
) -> None:
    degree = "- Bachelor's degree in Computer Science"
    moved = profile_of(_moved_to_nice_to_have(POSTING, degree), doc_type="posting", name="jd.txt")
    holder = profile_of(RESUME, doc_type="resume", name="resume.txt")
    report = compare(holder, moved, options)
    education = next(c for c in report.components if c.name == "education")
    assert education.detail == "prefers bachelor, resume shows bachelor" and education.value == 1
    asked = compare(holder, profile_of(POSTING, doc_type="posting", name="jd.txt"), options)
    required = next(c for c in asked.components if c.name == "education")
    assert education.weight < required.weight
    # a resume without the degree loses less when the degree is only preferred
    without = profile_of(RESUME.split("Education")[0], doc_type="resume", name="r.txt")
    short_moved = next(
        c for c in compare(without, moved, options).components if c.name == "education"
    )
    assert short_moved.value < 1 and short_moved.weight == education.weight


def test_a_version_beside_a_skill_is_no_term_of_its_own(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "Title: Data Engineer\n\nRequirements\n- Python 3.x (3+ years)\n")
    assert found == {"python": ("required", 3.0)}


def test_a_preferred_degree_offers_its_alternative_as_a_required_one_does(
    profile_of: ProfileOf, options: Options
) -> None:
    """ "Bachelor's ... or equivalent practical experience" moved to nice to have: years of
    work still meet it, so softening the ask never costs one without the degree points."""
    asked = "Title: Data Engineer\n\nRequirements\n- 3+ years of Python and SQL\n"
    degree = "- Bachelor's degree in Computer Science or equivalent practical experience\n"
    required = profile_of(asked + degree, doc_type="posting", name="jd.txt")
    preferred = profile_of(asked + "\nNice to have\n" + degree, doc_type="posting", name="p.txt")
    resume = profile_of(
        "Experience\nData Engineer, Acme Corp    Jan 2017 - Dec 2024\n"
        "- Built Python and SQL pipelines\n",
        doc_type="resume",
        name="r.txt",
    )
    education = next(
        c for c in compare(resume, preferred, options).components if c.name == "education"
    )
    assert education.value == 1.0
    assert education.detail.startswith("prefers bachelor or equivalent practical experience")
    assert compare(resume, preferred, options).score >= compare(resume, required, options).score
