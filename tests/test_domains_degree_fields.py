"""A bare "MS" or "BS" before a field of ML in industry ("MS Data Science", "MS Biostatistics",
"MS Robotics") names a degree in an entry of its own, as one before "Computer Science" does;
a state's code or a tool before the same words ("Jackson, MS Health Department", "MS Data
Access Components") does not. Each text is a small case written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _degrees(profile_of: ProfileOf, entry: str) -> list[str]:
    resume = (
        "Jane Doe\n\nExperience\nAnalyst, Acme Corp, 2019 - 2024\n- Built models\n\n"
        f"Education\n{entry}\n"
    )
    return [degree.level for degree in profile_of(resume, doc_type="resume").education.degrees]


@pytest.mark.parametrize(
    ("entry", "level"),
    [
        ("MS Data Science, Columbia University, 2017", "master"),
        ("MS Biostatistics, Boston University, 2018", "master"),
        ("MS Financial Engineering, Stevens Institute of Technology, 2017", "master"),
        ("MS Robotics, University of Michigan, 2015", "master"),
        ("MS Health Informatics | Purdue University | 2017", "master"),
        ("BS Actuarial Science, Purdue University, 2017", "bachelor"),
        ("2013 - 2015  MS Atmospheric Science", "master"),
        ("- MS Operations Research, Cornell University, 2015", "master"),
    ],
)
def test_a_bare_acronym_before_an_industry_field_is_a_degree(
    profile_of: ProfileOf, entry: str, level: str
) -> None:
    assert _degrees(profile_of, entry) == [level]


@pytest.mark.parametrize(
    "entry",
    [
        "Jackson, MS Health Department, 2019",
        "Relocated from Jackson, MS Health Department contract work",
        "Data Analyst, Boston, MA Data Team lead",
        "Moved to Portland, ME Operations hub",
        "Exported reports to MS Data Access Components",
        "MS Data Access Components",
        "BA Data Migration Lead, Acme Corp, 2019",
    ],
)
def test_a_state_or_a_tool_before_those_words_is_no_degree(
    profile_of: ProfileOf, entry: str
) -> None:
    assert _degrees(profile_of, entry) == []


@pytest.mark.parametrize(
    "item", ["MS Data Science or a related field", "MS Biostatistics preferred"]
)
def test_a_posting_asks_a_degree_in_an_industry_field(profile_of: ProfileOf, item: str) -> None:
    posting = f"Data Scientist\n\nRequirements\n- {item}\n"
    assert profile_of(posting, doc_type="posting").education.highest == "master"


@pytest.mark.parametrize(
    "entry", ["M.S. Data Science student | mei@example.edu", "MS Data Science student | Columbia"]
)
def test_a_student_of_an_industry_field_studies_for_a_masters(
    profile_of: ProfileOf, entry: str
) -> None:
    assert _degrees(profile_of, entry) == ["master"]
