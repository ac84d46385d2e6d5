"""Edges of the experience read for the score: merged months, and a school-leaver for a
student's posting. Each test fails when its rule is bent by one step."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.api import Options, compare
from mlcareer.extract.experience import merged_months
from mlcareer.models import DateRange, Profile

ProfileOf = Callable[..., Profile]


def _months(*spans: tuple[int, int]) -> int:
    return merged_months([DateRange(text="", start=a, end=b, line=1) for a, b in spans])


def test_audit4_merged_months_count_overlaps_once() -> None:
    jan_2018, dec_2023 = 2018 * 12, 2023 * 12 + 11
    assert _months((jan_2018, dec_2023)) == 72
    # a job held inside another adds nothing, wherever it ends
    assert _months((jan_2018, dec_2023), (jan_2018 + 14, jan_2018 + 17)) == 72
    # a range whose start lies past its end (planned past the as-of month) is no time
    assert _months((jan_2018, dec_2023), (dec_2023 + 7, dec_2023)) == 72
    assert _months((jan_2018, jan_2018 + 5), (jan_2018 + 6, jan_2018 + 11)) == 12


def test_audit4_a_side_job_inside_a_longer_one_adds_no_years(profile_of: ProfileOf) -> None:
    cv = (
        "Experience\nData Engineer, Acme, Jan 2018 - Dec 2023\n- Built pipelines in Python\n"
        "Teaching Assistant, State University, Mar 2019 - Jun 2019\n- Graded SQL homework\n"
    )
    assert profile_of(cv, "resume").experience.years == 6.0


def test_audit4_a_school_leaver_is_not_turned_away_as_a_graduate(
    profile_of: ProfileOf, options: Options
) -> None:
    # a posting for current students turns away finished degrees, not a secondary diploma
    posting = profile_of(
        "Data Intern\n\nRequirements\n- Currently enrolled in a Bachelor's program\n- Python\n",
        "posting",
        name="j.txt",
    )
    resume = profile_of(
        "Education\nHigh School Diploma, Lincoln High School, 2025\n\nSkills\nPython\n",
        "resume",
        name="r.txt",
    )
    part = next(c for c in compare(resume, posting, options).components if c.name == "education")
    assert part.value > 0 and "finished" not in part.detail
