"""A teaching assistant's semesters on one line (structure26): one post, its title without the
other semester, counted as a student's post at half its time (as a working student's is), not as
a job of its own years. A TA post is academic work done while studying, part-time: it shows
experience, but a careful reader does not add its calendar time to a career's years."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .timing import fastest

ProfileOf = Callable[..., Profile]

_CV = (
    "Lena Fischer\n\nExperience\nSoftware Engineer, Nordwind GmbH\nMar 2023 - Present\n"
    "- Built Python services.\n\nTeaching\n{line}\n- Led lab sections for 40 students.\n\n"
    "Education\nB.Sc. Physics, TU Munich, 2023\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "PHYS 101 Teaching Assistant (Fall 2021, Fall 2022)",
        "PHYS 101 Teaching Assistant (Fall 2021 and Spring 2022)",
    ],
)
def test_structure26_semesters_make_one_post(profile_of: ProfileOf, line: str) -> None:
    experience = profile_of(_CV.format(line=line), "resume").experience
    assert experience.titles == ["Software Engineer, Nordwind GmbH", "PHYS 101 Teaching Assistant"]
    software = next(job for job in experience.jobs if job.title.startswith("Software"))
    assert experience.years - software.years < 0.5  # the semesters at half their time
    assert any("student post" in note for note in experience.level_evidence)


def test_structure26_bracket_with_more_than_dates_stays(profile_of: ProfileOf) -> None:
    # near miss: a bracket that says more than the terms is the title's own
    text = (
        "Lena Fischer\n\nExperience\nData Analyst (2019 cohort, remote)\nJan 2020 - Dec 2021\n"
        "- SQL reports.\n"
    )
    titles = profile_of(text, "resume").experience.titles
    assert titles == ["Data Analyst (2019 cohort, remote)"]


def test_structure26_long_bracket_of_terms_stays_fast() -> None:
    # the pipeline reads each "Fall 2021" as a date, slow of its own on such a line; the
    # bracket's pattern, tried on every stretch beside a range, must stay linear
    from mlcareer.extract.experience import _TERMS_BRACKET

    hostile = "(" + "Fall 2021 and " * 4000 + "x)"
    plain = "(" + "a" * (len(hostile) - 2) + ")"
    slow = fastest(lambda: _TERMS_BRACKET.sub(" ", hostile))
    assert slow < 5 * fastest(lambda: _TERMS_BRACKET.sub(" ", plain)) + 0.01
