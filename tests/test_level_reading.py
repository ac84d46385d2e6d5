"""How a resume's and a posting's level are read: rank words in titles, their look-alikes
("Senior Living Caregiver", "Lead Generation Specialist") and scope ("mentored by")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "bullet",
    [
        "- Mentored by a senior engineer while building my first ranking model",
        "- Was mentored by the team lead on code review",
    ],
)
def test_being_mentored_is_no_scope_of_a_senior(profile_of: ProfileOf, bullet: str) -> None:
    resume = profile_of(
        f"Experience\nMachine Learning Engineer, Oakridge\nJan 2023 - Present\n{bullet}\n"
        "- Trained PyTorch ranking models\n",
        "resume",
    )
    assert resume.experience.all_work_level == "mid"  # as a sales posting reads it
    assert not any(e.startswith("scope:") for e in resume.experience.level_evidence)

