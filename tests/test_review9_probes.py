"""Adversarial readings of rules added for students, international postings and product
managers: the everyday senses of their words, and close variants they should still read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile


@pytest.mark.parametrize(
    "line",
    [
        "- Willing to work night shifts (6:30 PM - 3:30 AM)",
        "- Shift timings: 2 PM to 11 PM",
        "- Available for calls until 7pm",
    ],
)
def test_a_time_of_day_names_no_term(profile_of: Callable[..., Profile], line: str) -> None:
    # with "PM" met by a project manager, a shift's hours would otherwise be a skill held
    posting = profile_of(f"Data Analyst\n\nRequirements\n- SQL\n{line}\n", "posting")
    terms = {r.jd_text for r in posting.requirements}
    assert not terms & {"PM", "AM", "pm"}


def test_a_pm_asked_as_a_title_is_still_a_term(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of("Data Analyst\n\nRequirements\n- SQL\n- Experience as a PM\n", "posting")
    assert "PM" in {r.jd_text for r in posting.requirements}


@pytest.mark.parametrize(
    "line",
    [
        "- Mode: Hybrid (3 days in office)",
        "- Mode of Working: Hybrid",
        "- Interview Mode: Virtual",
        "- Mode - Work from office",
    ],
)
def test_how_the_work_is_done_is_no_analytics_tool(
    profile_of: Callable[..., Profile], line: str
) -> None:
    posting = profile_of(f"Data Analyst\n\nRequirements\n- SQL\n{line}\n", "posting")
    assert [r.jd_text for r in posting.requirements] == ["SQL"]


def test_mode_beside_a_bi_tool_is_still_the_tool(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of("Data Analyst\n\nRequirements\n- SQL\n- Mode or Looker\n", "posting")
    assert [r.id for r in posting.requirements] == ["sql", "mode-analytics", "looker"]


@pytest.mark.parametrize(
    "line",
    [
        "- Amplitude and phase noise characterisation of RF front ends",
        "- Amplitude modulation and demodulation in DSP firmware",
        "- Amplitude estimation for radar events tracking",
    ],
)
def test_a_signals_amplitude_is_no_analytics_tool(
    profile_of: Callable[..., Profile], line: str
) -> None:
    posting = profile_of(f"RF Engineer\n\nRequirements\n- MATLAB\n{line}\n", "posting")
    assert "amplitude" not in [r.id for r in posting.requirements]
    resume = profile_of(
        f"Dana Okafor\n\nEXPERIENCE\nRF Engineer — Orbitcart\nMar 2021 – Present\n{line}\n",
        "resume",
    )
    assert "amplitude" not in [s.id for s in resume.skills]


def test_amplitude_for_product_funnels_is_the_tool(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Product Analyst\n\nRequirements\n- SQL\n- Amplitude and Mixpanel for funnels\n", "posting"
    )
    assert "amplitude" in [r.id for r in posting.requirements]


@pytest.mark.parametrize(
    "line",
    [
        "- Segment users and analyse event data to find drivers of retention",
        "- Segment customers by behaviour using event tracking data",
        "- Segment the user base and define tracking plans with engineering",
    ],
)
def test_segment_the_verb_is_no_cdp(profile_of: Callable[..., Profile], line: str) -> None:
    posting = profile_of(f"Product Analyst\n\nRequirements\n- SQL\n{line}\n", "posting")
    assert "segment" not in [r.id for r in posting.requirements]
    resume = profile_of(
        f"Dana Okafor\n\nEXPERIENCE\nProduct Analyst — Orbitcart\nMar 2021 – Present\n{line}\n",
        "resume",
    )
    assert "segment" not in [s.id for s in resume.skills]


def test_segment_the_tool_for_event_tracking(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Product Analyst\n\nRequirements\n- SQL\n- Segment event tracking and Amplitude\n",
        "posting",
    )
    assert "segment" in [r.id for r in posting.requirements]


def _education(profile_of: Callable[..., Profile], entry: str) -> list[tuple[str, bool]]:
    resume = profile_of(
        "Jane Roe\n\nEXPERIENCE\nData Scientist — Orbitcart\nJan 2014 - Present\n\n"
        f"EDUCATION\n{entry}\n",
        "resume",
    )
    return [(d.level, d.in_progress) for d in resume.education.degrees]


@pytest.mark.parametrize(
    "entry",
    [
        "B.S. Biology Student Athlete of the Year, State University 2012",
        "BA Economics Student Exchange Programme, Sciences Po 2011",
        "M.S. Data Science Student Mentor, State University 2014",
    ],
)
def test_a_students_honour_or_post_after_a_held_degree_is_no_study(
    profile_of: Callable[..., Profile], entry: str
) -> None:
    assert all(not pending for _, pending in _education(profile_of, entry))


def test_a_degree_named_a_students_is_still_in_progress(
    profile_of: Callable[..., Profile],
) -> None:
    # near miss: the student of the degree, at a school
    assert _education(profile_of, "M.S. Data Science student at State University") == [
        ("master", True)
    ]


_PART_TIME_STUDENT = """Jane Roe

EXPERIENCE
{title}
Jan 2018 - Present
- Built Python tools for signalling data

EDUCATION
MSc Data Science (part-time), expected June 2027
"""


@pytest.mark.parametrize(
    ("title", "intern"),
    [
        # a graduate scheme's post is a full job, not a university's post for its students
        ("Graduate Assistant Engineer — Network Rail", False),
        ("Graduate Assistant Manager — Riverside Hotels", False),
        ("Graduate Assistant — Department of Statistics", True),
    ],
)
def test_a_graduate_schemes_post_is_no_students_job(
    profile_of: Callable[..., Profile], title: str, intern: bool
) -> None:
    resume = profile_of(_PART_TIME_STUDENT.format(title=title), "resume")
    assert (resume.experience.level == "intern") is intern


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("- Shrink models at a compression ratio of 2:1 in production", None),
        ("- Keep a ratio 2:1 in the replay buffer", None),
        ("- A 2:1 or above in Computer Science", "bachelor"),  # near miss: the degree class
    ],
)
def test_a_ratio_is_no_degree_class(
    profile_of: Callable[..., Profile], line: str, degree: str | None
) -> None:
    posting = profile_of(
        f"Machine Learning Engineer\n\nRequirements\n- Python\n{line}\n", "posting"
    )
    assert posting.posting is not None
    assert posting.posting.degree_required == degree
