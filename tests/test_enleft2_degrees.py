"""A posting's degrees: a supervisor of doctorates is a job, not a degree asked ("Experience as
a PhD supervisor is a plus"); a degree restated by an acronym with brackets inside ("Bachelor
of Engineering (Honours) (BE(Hons))") is one degree."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, listed, posting_info


@pytest.mark.parametrize(
    "item",
    [
        "Experience as a PhD supervisor is a plus",
        "PhD supervisor experience is a plus",
        "Experience as a PhD-supervisor is a plus",
        "Experience supervising PhD students is a plus",
        "Prior PhD supervision is a plus",
    ],
)
def test_enleft2_a_phd_supervisor_asks_no_phd(profile_of: ProfileOf, item: str) -> None:
    info = posting_info(profile_of, listed("Master's degree in Computer Science", item))
    assert info.degree_required == "master"
    assert info.degree_preferred is None


@pytest.mark.parametrize(
    "item",
    [
        "PhD is a plus",
        "A PhD (supervised research in ML) is a plus",
        "PhD in Statistics or Machine Learning is a plus",
    ],
)
def test_enleft2_a_phd_wished_for_is_still_preferred(profile_of: ProfileOf, item: str) -> None:
    info = posting_info(profile_of, listed("Master's degree in Computer Science", item))
    assert info.degree_preferred == "phd"


def _levels(profile_of: ProfileOf, education: str) -> list[str]:
    text = f"Ana Souza\n\nEducation\n{education}\n\nSkills\nPython, SQL\n"
    return [d.level for d in profile_of(text, doc_type="resume").education.degrees]


@pytest.mark.parametrize(
    ("education", "levels"),
    [
        (
            "Bachelor of Engineering (Honours) (BE(Hons)), University of Auckland, 2014 - 2017",
            ["bachelor"],
        ),
        ("Bachelor of Engineering (Hons) (BE Hons), University of Auckland, 2017", ["bachelor"]),
        ("Bachelor of Engineering (BE(Hons)), University of Auckland, 2017", ["bachelor"]),
        ("Bachelor of Science (Honours) (BSc), University of Otago, 2016", ["bachelor"]),
        ("Master of Engineering (ME(Hons)), University of Auckland, 2019", ["master"]),
        # two degrees of one level on a line stay two
        (
            "Bachelor of Commerce (Hons) and Bachelor of Science (BSc(Hons)), Otago, 2016",
            ["bachelor", "bachelor"],
        ),
        (
            "Bachelor of Engineering (Honours) (BE(Hons)), Master of Engineering (ME), 2019",
            ["bachelor", "master"],
        ),
    ],
)
def test_enleft2_a_degree_restated_with_its_honours_is_one(
    profile_of: ProfileOf, education: str, levels: list[str]
) -> None:
    assert _levels(profile_of, education) == levels
