"""Version control's long names are read in any case ("Version Control: Git" inside a bullet,
"VERSION CONTROL", a label in a flattened skills line) while venture capitalists ("backed by
top-tier VCs") name none: a guard that made every spelling case-sensitive had lost the first
three. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


@pytest.mark.parametrize(
    "text",
    [
        "Ana Howell\n\nExperience\nDeveloper, Acme, 2019 - 2022\n- Version Control: Git\n",
        "Ana Howell\n\nExperience\nDeveloper, Acme, 2019 - 2022\n- Strong VERSION CONTROL skills\n",
        "Ana Howell  Skills  Languages: C#, Java  Version Control: Git, Mercurial, SVN  "
        "Databases: Oracle, SQL\n",
    ],
)
def test_version_control_in_any_case(profile_of: ProfileOf, text: str) -> None:
    assert "Version control" in {skill.name for skill in profile_of(text, "resume").skills}
