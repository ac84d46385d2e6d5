"""A degree's acronym or name standing for something else on an English line: Microsoft
before its tool after a slash or comma ("MS/Excel", "MS, Excel"), the illness ME/CFS, a
business analyst beside business intelligence ("BA/BI team"), and a depth of work
("PhD-level problems"); the degrees written so still ask them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .posting_helpers import listed, posting_info

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "item",
    [
        "Proficient in MS/Excel and Python",
        "Advanced MS, Excel and PowerPoint skills",
        "Python for ME/CFS research cohorts",
        "Work with the BA/BI team using Python",
        "Tackle PhD-level problems with Python",
        "Comfortable with PhD level research problems in NLP",
    ],
)
def test_a_degrees_lookalike_asks_no_degree(profile_of: ProfileOf, item: str) -> None:
    posting = profile_of(listed(item, "SQL"), "posting")
    assert posting.education.degrees == []
    info = posting.posting
    assert info is not None
    assert (info.degree_required, info.degree_preferred) == (None, None)


@pytest.mark.parametrize(
    ("item", "level"),
    [
        ("MS/PhD in Computer Science", "master"),
        ("BS/MS in Statistics", "bachelor"),
        ("BA/BSc in Economics", "bachelor"),
        ("ME/MTech in Computer Science", "master"),
        ("MS, Computer Science or a related field", "master"),
        ("MS/MBA preferred", "master"),
        ("BS/CS or a related degree", "bachelor"),
        ("MS, Project Management or Operations Research", "master"),
        ("A PhD-level degree in Physics", "phd"),
        ("PhD level education in statistics", "phd"),
        ("PhD in Machine Learning", "phd"),
    ],
)
def test_a_degree_written_beside_another_still_asks(
    profile_of: ProfileOf, item: str, level: str
) -> None:
    info = posting_info(profile_of, listed(item, "Python"))
    assert level in (info.degree_required, info.degree_preferred)


def test_a_resumes_bullet_of_ba_and_bi_claims_no_degree(profile_of: ProfileOf) -> None:
    text = (
        "Jane Doe\n\nExperience\nAnalyst, Gamma, Portland, ME, 2016 - 2019\n"
        "- BA/BI reporting in MS/Excel\n\nEducation\nBS in Statistics, Tufts University, 2016\n"
    )
    resume = profile_of(text, "resume")
    assert [d.level for d in resume.education.degrees] == ["bachelor"]
    assert resume.education.degrees[0].field == "statistics"
