"""A return on sales spelt out beside its "ROS" is a sales figure, not the robots' ROS."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "item",
    [
        "Experience with ROS (return on sales) reporting in Python",
        "Track return on sales (ROS) and margin in Python dashboards",
    ],
)
def test_review_prev3_a_return_on_sales_is_no_ros(profile_of: ProfileOf, item: str) -> None:
    posting = f"Data Analyst\n\nRequirements\n- {item}\n"
    assert "ros" not in {req.id for req in profile_of(posting, "posting").requirements}


def test_review_prev3_the_robots_ros_beside_python_still_reads(profile_of: ProfileOf) -> None:
    # near miss: the robots' ROS with its own words
    posting = "Robotics Engineer\n\nRequirements\n- Experience with ROS nodes in Python\n"
    assert "ros" in {req.id for req in profile_of(posting, "posting").requirements}
