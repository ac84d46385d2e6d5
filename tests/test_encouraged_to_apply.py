"""A skill whose holders are "encouraged to apply" is a wish, not a requirement; a group
encouraged to apply with no skill named asks nothing."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf

_POSTING = "Data Scientist\n\nRequirements\n- Python and SQL\n- {item}\n"


def _importance(profile_of: ProfileOf, item: str) -> dict[str, str]:
    profile = profile_of(_POSTING.format(item=item), doc_type="posting")
    return {r.id: r.importance for r in profile.requirements}


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Applicants with Kubernetes experience are encouraged to apply", "kubernetes"),
        ("Candidates with a background in Kafka are strongly encouraged to apply.", "kafka"),
        ("Those who know Docker are encouraged to apply", "docker"),
    ],
)
def test_a_skill_whose_holders_are_encouraged_to_apply_is_preferred(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    asked = _importance(profile_of, item)
    assert asked[skill] == "preferred", asked
    assert asked["python"] == "required"


def test_a_group_encouraged_to_apply_asks_nothing_new(profile_of: ProfileOf) -> None:
    asked = _importance(profile_of, "Veterans and career changers are encouraged to apply")
    assert asked == {"python": "required", "sql": "required"}
