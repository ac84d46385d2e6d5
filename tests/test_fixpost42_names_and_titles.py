"""Review fixes: a product's part after a first name that is a tool's ("Ray Datasets"), a
hook closed by "!" on the first line, a later "Role:" line naming another opening, and SLAM
written in title case."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile, Requirement

ProfileOf = Callable[..., Profile]

_BODY = "\n\nAbout the role\nYou will work on our platform.\n\nRequirements\n- 3+ years of work\n"


def in_resume(profile_of: ProfileOf, line: str) -> set[str]:
    resume = f"Jane Doe\n\nExperience\nEngineer, Acme Corp, 2019 - 2024\n- {line}\n"
    return {hit.id for hit in profile_of(resume, doc_type="resume").skills}


def _asked(profile_of: ProfileOf, posting: str) -> dict[str, Requirement]:
    return {r.name: r for r in profile_of(posting, doc_type="posting").requirements}


@pytest.mark.parametrize(
    ("line", "tool"),
    [
        ("Worked with Ray Datasets to scale preprocessing", "ray"),
        ("Worked with Dash Bio components for genomics dashboards", "plotly-dash"),
    ],
)
def test_a_products_part_after_working_with_is_the_tool(
    profile_of: ProfileOf, line: str, tool: str
) -> None:
    assert tool in in_resume(profile_of, line)


@pytest.mark.parametrize(
    ("title", "tool"),
    [
        ("Engineers who hate YAML, rejoice!", "YAML"),
        ("Do you love Python and want to grow as an Engineer!", "Python"),
    ],
)
def test_a_hook_closed_by_an_exclamation_is_no_title(
    profile_of: ProfileOf, title: str, tool: str
) -> None:
    assert _asked(profile_of, title + _BODY)[tool].importance == "mentioned"


def test_a_later_role_line_names_another_opening(profile_of: ProfileOf) -> None:
    posting = (
        "Acme Corp\n\nRole: Data Engineer\nLocation: Remote\n\nAbout the role\n"
        "You will work on our platform.\n\nOther openings\nRole: Java Developer\n\n"
        "Requirements\n- 3+ years of professional experience\n"
    )
    java = _asked(profile_of, posting).get("Java")
    assert java is None or java.importance != "required"


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("Implemented Visual Slam on embedded boards", "Visual Slam"),
        ("Implemented Graph Slam for drones", "Slam"),
        ("Simultaneous localization and mapping for warehouse robots", "Simultaneous"),
    ],
)
def test_slam_in_title_case_or_written_out_is_found_whole(
    profile_of: ProfileOf, line: str, written: str
) -> None:
    resume = f"Jane Doe\n\nExperience\nEngineer, Acme Corp, 2019 - 2024\n- {line}\n"
    hits = {hit.id: hit for hit in profile_of(resume, doc_type="resume").skills}
    assert hits["slam"].mentions[0].text.startswith(written)


@pytest.mark.parametrize(
    "line", ["Slam dunk contest winner, mapping the court", "Won the Grand Slam draw at the club"]
)
def test_slam_the_word_stays_no_slam(profile_of: ProfileOf, line: str) -> None:
    assert "slam" not in in_resume(profile_of, line)
