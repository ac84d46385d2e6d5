"""Date forms a CV uses that once dated nothing: a season after its year ("2023 Summer"), an
end not yet set ("Aug 2021 - TBD"), one season in several years ("Summers 2019 & 2020"), and
a promotion dated by one year in a bracket ("Promoted to Senior Engineer (2022)"), which is a
later title in the same job, from that year to the job's end."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .resume_helpers import range_months

ProfileOf = Callable[..., Profile]


def _resume(entry: str) -> str:
    return (
        "Ines Carvalho\n\nEXPERIENCE\n\n"
        f"{entry}\n- Trained forecasting models in Python.\n\n"
        "EDUCATION\nBSc Statistics, University of Porto, 2016\n"
    )


@pytest.mark.parametrize(
    ("dates", "months"),
    [
        ("2023 Summer", [("2023-06", "2023-08")]),
        ("2022 Fall", [("2022-09", "2022-11")]),
        ("2020 Fall - 2021 Spring", [("2020-09", "2021-03")]),
        ("Summers 2019 & 2020", [("2019-06", "2019-08"), ("2020-06", "2020-08")]),
        (
            "Summer 2019, 2020 and 2021",
            [("2019-06", "2019-08"), ("2020-06", "2020-08"), ("2021-06", "2021-08")],
        ),
        ("Winters of 2018 and 2019", [("2018-12", "2019-02"), ("2019-12", "2020-02")]),
    ],
)
def test_resumes5_season_forms(shared_profile_of: ProfileOf, dates: str, months: list) -> None:
    profile = shared_profile_of(_resume(f"Forecasting Intern, Lisbon Transit\n{dates}"), "resume")
    assert range_months(profile) == months
    assert [job.title for job in profile.experience.jobs] == ["Forecasting Intern, Lisbon Transit"]


@pytest.mark.parametrize(
    "line",
    [
        "Forecasting Intern, Lisbon Transit | Summers 2019 & 2020",
        "Summers 2019 & 2020 | Forecasting Intern, Lisbon Transit",
        "Forecasting Intern, Lisbon Transit | Summer 2019, Summer 2020",
    ],
)
def test_resumes5_a_list_of_seasons_leaves_no_piece_in_the_title(
    shared_profile_of: ProfileOf, line: str
) -> None:
    """The title beside a list of seasons is the title alone, not "... | & 2020", and the job
    is told apart from others (its dates sharing a line are one job's list)."""
    jobs = shared_profile_of(_resume(line), "resume").experience.jobs
    assert [job.title for job in jobs] == ["Forecasting Intern, Lisbon Transit"]
    assert jobs[0].years == 0.5


def test_resumes5_a_year_before_words_that_go_on_is_no_season(
    shared_profile_of: ProfileOf,
) -> None:
    text = _resume(
        "Data Engineer, Lisbon Transit\nJan 2018 - Dec 2020\n- Moved in 2019 Spring Boot"
    )
    assert range_months(shared_profile_of(text, "resume")) == [("2018-01", "2020-12")]


@pytest.mark.parametrize("end", ["TBD", "TBA", "tbd"])
def test_resumes5_an_end_to_be_set_runs_to_now(shared_profile_of: ProfileOf, end: str) -> None:
    profile = shared_profile_of(
        _resume(f"Data Scientist, Lisbon Transit\nAug 2021 - {end}"), "resume"
    )
    (found,) = profile.experience.ranges
    assert found.start == 2021 * 12 + 7
    assert found.ongoing


def _promotion(bracket: str, job_dates: str = "Jan 2018 - Jul 2023") -> str:
    return (
        "Ines Carvalho\n\nEXPERIENCE\n\n"
        f"Software Engineer, Tailspin Systems\n{job_dates}\n- Built REST services in Java.\n"
        f"- Promoted to Senior Engineer ({bracket})\n- Led a team of four.\n\n"
        "EDUCATION\nBSc Computer Science, University of Porto, 2017\n"
    )


@pytest.mark.parametrize(
    ("bracket", "job_dates", "later"),
    [
        ("2021", "Jan 2018 - Jul 2023", ("2021-01", "2023-07")),
        ("Mar 2022", "Jan 2018 - Jul 2023", ("2022-03", "2023-07")),
        ("03/2022", "Jan 2018 - Jul 2023", ("2022-03", "2023-07")),
    ],
)
def test_resumes5_a_promotion_dated_once_is_a_later_title_of_the_job(
    profile_of: ProfileOf, bracket: str, job_dates: str, later: tuple[str, str]
) -> None:
    profile = profile_of(_promotion(bracket, job_dates), "resume")
    assert range_months(profile) == [("2018-01", "2023-07"), later]
    titles = [job.title for job in profile.experience.jobs]
    assert titles == ["Software Engineer, Tailspin Systems", "Senior Engineer"]
    assert profile.experience.years == 5.6  # the promotion adds no time of its own


def test_resumes5_a_promotion_in_an_ongoing_job_is_ongoing(profile_of: ProfileOf) -> None:
    profile = profile_of(_promotion("2022", "Jan 2018 - Present"), "resume")
    later = profile.experience.ranges[1]
    assert later.start == 2022 * 12
    assert later.ongoing


def test_resumes5_a_promotion_outside_its_job_dates_nothing(profile_of: ProfileOf) -> None:
    """A year the job's range does not hold dates nothing: there is no job to promote in."""
    profile = profile_of(_promotion("2025"), "resume")
    assert range_months(profile) == [("2018-01", "2023-07")]


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        # read before, pinned here: "now" words, numeric months, quarters, academic years
        ("2019–now", "2019-01", None),
        ("since 03/2021", "2021-03", None),
        ("03.2019 – 11.2021", "2019-03", "2021-11"),
        ("Q3 2020 – Q1 2022", "2020-07", "2022-03"),
        ("2019/20", "2019-01", "2020-01"),
        ("Mar 2019 to date", "2019-03", None),
        ("2019 - till now", "2019-01", None),
        # read now: an academic year with both years in full, "present" and "current" cut short,
        # "up to now", "nowadays"
        ("2019/2020", "2019-01", "2020-01"),
        ("2019 – Pres.", "2019-01", None),
        ("Jan 2019 - Pres", "2019-01", None),
        ("Oct 2019 - Curr.", "2019-10", None),
        ("2019 - up to now", "2019-01", None),
        ("2019 – nowadays", "2019-01", None),
    ],
)
def test_resumes5_other_date_forms(
    shared_profile_of: ProfileOf, dates: str, start: str, end: str | None
) -> None:
    profile = shared_profile_of(_resume(f"Data Scientist, Lisbon Transit\n{dates}"), "resume")
    (found,) = profile.experience.ranges
    assert f"{found.start // 12}-{found.start % 12 + 1:02d}" == start
    if end is None:
        assert found.ongoing
    else:
        assert f"{found.end // 12}-{found.end % 12 + 1:02d}" == end


@pytest.mark.parametrize(
    "line", ["- Upgraded Windows Server 2016/2019 hosts", "- 2019 - Pres. of the Chess Club"]
)
def test_resumes5_versions_and_a_president_date_nothing(
    shared_profile_of: ProfileOf, line: str
) -> None:
    text = _resume(f"Data Scientist, Lisbon Transit\nJan 2018 - Dec 2020\n{line}")
    assert range_months(shared_profile_of(text, "resume")) == [("2018-01", "2020-12")]
