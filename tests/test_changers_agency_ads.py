"""Agency job ads and graduate schemes: the client's investors, the school grades asked and a
returnship's time away."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> dict[str, str]:
    return {req.name: req.importance for req in profile.requirements}


AD = """\
Machine Learning Engineer - Fintech - London

Our client, a leading fintech scale-up {backed}, is looking for a Machine Learning Engineer.

Key Skills:
- 3+ years of commercial experience in machine learning
- Strong Python and SQL
{line}
"""


@pytest.mark.parametrize(
    "backed", ["backed by top-tier VCs", "funded by leading VCs and angels", "with two VCs"]
)
def test_changers_venture_capitalists_are_no_version_control(
    profile_of: ProfileOf, backed: str
) -> None:
    asked = _asked(profile_of(AD.format(backed=backed, line=""), "posting"))
    assert "Version control" not in asked
    assert asked["Python"] == "required"


@pytest.mark.parametrize(
    "line",
    ["- Experience with a VCS such as Git or SVN", "- Version control (VCS)", "- vcs, git, jira"],
)
def test_changers_a_version_control_system_is_still_asked(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of(AD.format(backed="backed by VCs", line=line), "posting"))
    assert asked["Version control"] == "required"
