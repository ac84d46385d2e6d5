"""Resume date forms once left unread or misread (dates41): "Between 2019 and 2021" on a job's
line, a study's range ending on an expected year ("2019 - Expected 2021"), academic years as one
range ("2019/20 - 2021/22"), a promotion dated "in 2022", and dates alone under a degree's line,
which date studies, not work."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .resume_helpers import range_months

ProfileOf = Callable[..., Profile]


def _resume(entry: str, education: str = "BSc Physics, Lakeside University, 2012 - 2016") -> str:
    return (
        "Tomas Berg\n\nEXPERIENCE\n"
        f"{entry}\n- Wrote data pipelines in Python.\n\n"
        f"EDUCATION\n{education}\n"
    )


@pytest.mark.parametrize(
    ("entry", "months"),
    [
        ("Backend Developer, Fjord Systems\nBetween 2019 and 2021", ("2019-01", "2021-01")),
        ("Backend Developer, Fjord Systems, between 2019 and 2021", ("2019-01", "2021-01")),
        ("Backend Developer, Fjord Systems\nBetween Mar 2019 and Jun 2021", ("2019-03", "2021-06")),
        ("Backend Developer, Fjord Systems\nbetween 2020 and present", ("2020-01", "2026-11")),
        # academic years: one range over the years written, not two with a gap
        ("Backend Developer, Fjord Systems\n2019/20 - 2021/22", ("2019-01", "2022-01")),
        ("Backend Developer, Fjord Systems\n2019-20 – 2021-22", ("2019-01", "2022-01")),
        ("Backend Developer, Fjord Systems\n2019/2020 to 2021/2022", ("2019-01", "2022-01")),
        ("Backend Developer, Fjord Systems\n2021/22 - 2019/20", ("2019-01", "2022-01")),
        ("Backend Developer, Fjord Systems\nAY 2019-20 to AY 2021-22", ("2019-01", "2022-01")),
        ("Backend Developer, Fjord Systems\nSY 2019-2020 – SY 2021-2022", ("2019-01", "2022-01")),
    ],
)
def test_dates41_job_range_forms(
    profile_of: ProfileOf, entry: str, months: tuple[str, str]
) -> None:
    profile = profile_of(_resume(entry), "resume")
    assert range_months(profile)[0] == months
    assert profile.experience.titles == ["Backend Developer, Fjord Systems"]


def test_dates41_academic_years_count_once(profile_of: ProfileOf) -> None:
    experience = profile_of(
        _resume("Backend Developer, Fjord Systems\n2019/20 - 2021/22"), "resume"
    ).experience
    assert experience.years == pytest.approx(3.1, abs=0.05)  # as "2019 - 2022" reads


def test_dates41_years_apart_are_no_academic_year(profile_of: ProfileOf) -> None:
    # near miss: each pair two years apart, two ranges of their own
    profile = profile_of(_resume("Backend Developer, Fjord Systems\n2016-2018 - 2019-2021"))
    assert ("2019-01", "2022-01") not in range_months(profile)
    assert ("2016-01", "2021-01") not in range_months(profile)


@pytest.mark.parametrize(
    "entry",
    [
        # in a bullet or a sentence, "between" dates no job
        "Backend Developer, Fjord Systems\nJan 2022 - Present\n- Cut costs between 2015 and 2016"
        " levels",
        "Backend Developer, Fjord Systems\nJan 2022 - Present\nBetween 2019 and 2021 I ran the"
        " support desk.",
        # no year of four digits: shares, not dates
        "Backend Developer, Fjord Systems\nJan 2022 - Present\nTime split between 10/90 and 20/80",
    ],
)
def test_dates41_between_in_prose_dates_nothing(profile_of: ProfileOf, entry: str) -> None:
    profile = profile_of(_resume(entry), "resume")
    assert range_months(profile)[:1] == [("2022-01", "2026-11")]
    assert len(profile.experience.ranges) == 2  # the job's and the degree's
    assert profile.experience.years == pytest.approx(4.9, abs=0.05)


@pytest.mark.parametrize(
    ("education", "months", "in_progress"),
    [
        (
            "MSc Computer Science, Lakeside University\n2019 - Expected 2021",
            ("2019-01", "2021-01"),
            False,
        ),
        (
            "MSc Computer Science, Lakeside University, 2019 – Expected May 2021",
            ("2019-01", "2021-05"),
            False,
        ),
        (
            "MSc Computer Science, Lakeside University\nSept 2019 - Anticipated 2021",
            ("2019-09", "2021-01"),
            False,
        ),
        (
            "MSc Computer Science, Lakeside University\nSep 2025 - Expected May 2027",
            ("2025-09", "2026-11"),
            True,
        ),
    ],
)
def test_dates41_expected_end_dates_the_studies(
    profile_of: ProfileOf, education: str, months: tuple[str, str], in_progress: bool
) -> None:
    profile = profile_of(_resume("Backend Developer, Fjord Systems\nJan 2022 - Present", education))
    degree = profile.education.degrees[0]
    assert degree.dates is not None
    assert (degree.dates.start, degree.dates.end) == (
        int(months[0][:4]) * 12 + int(months[0][5:]) - 1,
        int(months[1][:4]) * 12 + int(months[1][5:]) - 1,
    )
    assert degree.in_progress is in_progress
    assert profile.experience.years == pytest.approx(4.9, abs=0.05)  # the job's alone


@pytest.mark.parametrize("headed", [True, False])
@pytest.mark.parametrize("end", ["Expected 2021", "2021"])
def test_dates41_dates_under_a_degree_are_no_work(
    profile_of: ProfileOf, headed: bool, end: str
) -> None:
    # without headings, dates alone under a degree's line date the studies
    text = (
        "Tomas Berg\n\n"
        + ("EXPERIENCE\n" if headed else "")
        + "Backend Developer, Fjord Systems\nJan 2022 - Present\n- Wrote pipelines in Python.\n\n"
        + ("EDUCATION\n" if headed else "")
        + f"MSc Computer Science, Lakeside University\n2019 - {end}\n"
    )
    experience = profile_of(text, "resume").experience
    assert experience.titles == ["Backend Developer, Fjord Systems"]
    assert experience.years == pytest.approx(4.9, abs=0.05)


def test_dates41_expected_end_beside_a_role_is_work(profile_of: ProfileOf) -> None:
    # near miss: a fixed-term post named beside its expected end is a job
    text = _resume("Postdoctoral Researcher, Lakeside University\nJan 2025 - expected Dec 2027")
    experience = profile_of(text, "resume").experience
    assert experience.titles == ["Postdoctoral Researcher, Lakeside University"]
    assert experience.years == pytest.approx(1.9, abs=0.05)


@pytest.mark.parametrize(
    ("promotion", "start"),
    [
        ("- Promoted to Senior Engineer in 2025", "2025-01"),
        ("- Promoted to Senior Engineer in March 2025", "2025-03"),
        ("- Promoted to Senior Engineer, Mar 2025", "2025-03"),
        ("- Promoted to Senior Engineer (2025)", "2025-01"),
    ],
)
def test_dates41_promotion_dated_once_is_the_latest_title(
    profile_of: ProfileOf, promotion: str, start: str
) -> None:
    text = _resume(f"Software Engineer, Fjord Systems\n2023 - Present\n{promotion}")
    profile = profile_of(text, "resume")
    experience = profile.experience
    assert experience.titles == ["Senior Engineer", "Software Engineer, Fjord Systems"]
    assert (start, "2026-11") in range_months(profile)
    assert experience.years == pytest.approx(3.9, abs=0.05)  # one job's time, once
    assert experience.level == "senior"  # 3+ years, the newest title senior


def test_dates41_promotion_told_in_a_sentence_stays_unread(profile_of: ProfileOf) -> None:
    # near miss: words after the date: the line tells more than the promotion's date
    text = _resume(
        "Software Engineer, Fjord Systems\n2023 - Present\n"
        "- Promoted to Senior Engineer in 2025 after leading the billing rewrite"
    )
    experience = profile_of(text, "resume").experience
    assert experience.titles == ["Software Engineer, Fjord Systems"]
    assert experience.level == "mid"


def test_dates41_versions_are_no_academic_years(profile_of: ProfileOf) -> None:
    # near miss: a product's versions after its name, as "SQL Server 2016/2017" alone reads
    text = _resume(
        "Backend Developer, Fjord Systems\nJan 2022 - Present\n"
        "- Upgraded SQL Server 2016/2017 - 2019/2020 clusters"
    )
    profile = profile_of(text, "resume")
    assert range_months(profile)[:1] == [("2022-01", "2026-11")]
    assert len(profile.experience.ranges) == 2  # the job's and the degree's


@pytest.mark.parametrize("heading", ["EXPERIENCE\n", ""])
def test_dates41_post_titled_above_a_degree_line_is_work(
    profile_of: ProfileOf, heading: str
) -> None:
    # near miss: the role's title above the degree programme's line makes the dates a job's
    text = (
        f"Tomas Berg\n\n{heading}Graduate Teaching Assistant\n"
        "MSc Computer Science, Lakeside University\nSep 2019 - Jun 2021\n- Taught Python labs\n"
    )
    experience = profile_of(text, "resume").experience
    assert experience.titles == ["Graduate Teaching Assistant"]
    assert experience.jobs[0].years == pytest.approx(1.8, abs=0.05)
