"""Near misses of the rules merged in the last session, written as English users write: an
English contraction ("You've") is no Turkish "ve", a list of departments ("Production, QC and
Regulatory Affairs") no town in Quebec, a degree's "2023 - to date" runs to now as a job's
does, and a year before "current projects" or "present value models" opens no job."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.extract.foreign import in_another_language
from mlcareer.extract.language_words import WORD
from mlcareer.extract.northern import inflecting_languages, northern_line
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _terms(posting: Profile) -> set[str]:
    return {req.jd_text for req in posting.requirements}


def _skill_lines(profile: Profile, skill_id: str) -> list[int]:
    return [m.line for s in profile.skills if s.id == skill_id for m in s.mentions]


# --- an English contraction's "'ve" is no Turkish "and" ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- You've shipped models with Zorbling in production",
        "- We’ve built our platform on Zorbling",
        "- Ideally you've used Zorbling before",
    ],
)
def test_an_english_contraction_keeps_a_term_asked(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(f"ML Engineer\n\nRequirements\n{line}\n- 3+ years of Python\n", "posting")
    assert "Zorbling" in _terms(posting)


@pytest.mark.parametrize(
    "line", ["You've shipped models", "We've built it", "they'll ship it", "we're hiring"]
)
def test_an_english_contraction_marks_no_northern_line(line: str) -> None:
    assert not northern_line(line)
    assert inflecting_languages(line) == frozenset()


def test_a_long_line_of_contractions_is_read_as_fast_as_plain_words() -> None:
    def seconds(line: str) -> float:
        started = time.process_time()
        WORD.findall(line)
        return time.process_time() - started

    hostile = "we've they'll I'd x'" * 2000
    plain = "we ve they ll I d x " * 2000
    seconds(plain)  # warm up
    # the best of three runs each, so that a busy machine's pause is no failure
    assert min(seconds(hostile) for _ in range(3)) < 3 * min(seconds(plain) for _ in range(3))


def test_an_english_posting_of_contractions_is_in_english() -> None:
    text = "ML Engineer\nRequirements\n- You've shipped models\n- We've built a platform\n"
    assert not in_another_language(text)


@pytest.mark.parametrize(
    "line",
    [
        "Python ve SQL bilgisi",  # the Turkish "and" standing as a word
        "Veri analizi ve raporlama",
    ],
)
def test_the_turkish_and_still_marks_its_line(line: str) -> None:
    assert "tr" in inflecting_languages(line)


# --- a list of departments is no town in Quebec ----------------------------------------------


@pytest.mark.parametrize(
    "duty",
    [
        "- Rotated through Production, QC and Regulatory Affairs.",
        "- Supported Manufacturing, QC or Packaging teams.",
        "- Owned Sampling, QC and Release for the biologics line.",
        "- Production, QC or Packaging support on night shifts",
    ],
)
def test_qc_between_departments_is_quality_control(profile_of: ProfileOf, duty: str) -> None:
    text = f"Lab Data Analyst\n\nResponsibilities\n{duty}\n- Python and SQL\n"
    assert _skill_lines(profile_of(text, "posting"), "quality-control"), duty


@pytest.mark.parametrize(
    "place",
    [
        "Offices in Laval, QC and Toronto, ON.",
        "Hybrid from Montreal, QC or Ottawa, ON",
        "Based in Gatineau, QC and Kingston, Ontario",
        "Location: Montreal, QC or Remote",
        "Montreal, QC and Toronto",
        "Hybrid role in Sherbrooke, QC and Ottawa.",
        "Lanternfish Games - Montreal, QC or Remote",
    ],
)
def test_quebec_before_another_place_is_still_no_quality_control(
    profile_of: ProfileOf, place: str
) -> None:
    text = f"Data Scientist\n{place}\n\nResponsibilities\n- Build data models.\n"
    assert _skill_lines(profile_of(text, "posting"), "quality-control") == [], place


# --- a degree's dates "to date" run to now --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "MSc Data Science, University of Leeds, 2023 - to date",
        "MSc Data Science, University of Leeds, 2023 to date",
        "MSc Data Science, University of Leeds, Sep 2024 – till date",
    ],
)
def test_a_degree_dated_to_date_is_under_way(profile_of: ProfileOf, line: str) -> None:
    text = f"Ana Silva\n\nEDUCATION\n{line}\nBSc Mathematics, University of Leeds, 2018 - 2021\n"
    degrees = profile_of(text, "resume").education.degrees
    master = [d for d in degrees if d.level == "master"]
    assert master and master[0].in_progress, line


@pytest.mark.parametrize(
    "line",
    [
        "MSc Data Science, University of Leeds, 2019 - 2021; thesis cited to date",
        "MSc Data Science, University of Leeds, 2021. Defence date to be set 2022",
    ],
)
def test_a_finished_degree_with_the_word_date_is_finished(profile_of: ProfileOf, line: str) -> None:
    text = f"Ana Silva\n\nEDUCATION\n{line}\n"
    [master] = profile_of(text, "resume").education.degrees
    assert not master.in_progress, line


# --- "present" and "current" before their noun in a sentence end no range --------------------

_JOB = "Senior Data Scientist, Northwind Insurance\nJan 2021 - Present\n"


@pytest.mark.parametrize(
    "bullet",
    [
        "- Migrated 2018 - current projects to Airflow",
        "- Refactored 2019 - present value models in Python",
        "- Reconciled budget 2023 - actual spend for finance",
    ],
)
def test_a_now_word_before_its_noun_opens_no_job(profile_of: ProfileOf, bullet: str) -> None:
    text = f"Tom Baker\n\nEXPERIENCE\n{_JOB}{bullet}\n"
    experience = profile_of(text, "resume").experience
    assert [r.text for r in experience.ranges] == ["Jan 2021 - Present"], bullet


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Volunteer mentor 2019 - present at Code Club", "2019 - present"),
        ("worked at acme 2019 - present as a data scientist", "2019 - present"),
        ("Data Scientist, Acme 2019 - present building models", "2019 - present"),
        ("Mentor, Code Club, 2018 - current", "2018 - current"),
        ("Analyst at Acme from 2020 - present leading pricing", "2020 - present"),
    ],
)
def test_a_now_word_ending_a_range_still_ends_it(
    profile_of: ProfileOf, line: str, expected: str
) -> None:
    text = f"Tom Baker\n\nEXPERIENCE\n{line}\n"
    assert [r.text for r in profile_of(text, "resume").experience.ranges] == [expected], line


# --- a backlog's "Kafka stories" are about the tool -------------------------------------------


@pytest.mark.parametrize(
    "duty",
    [
        "- Groom Kafka stories in the Jira backlog with the platform team",
        "- Write Kafka stories and acceptance criteria for the streaming epic",
    ],
)
def test_kafka_stories_in_a_backlog_name_the_tool(profile_of: ProfileOf, duty: str) -> None:
    text = f"Platform Engineer\n\nResponsibilities\n{duty}\n- Python and SQL\n"
    assert _skill_lines(profile_of(text, "posting"), "kafka"), duty


@pytest.mark.parametrize(
    "line",
    [
        "- We read Kafka stories in our monthly book club",
        "- Our editors love Kafka's stories and long walks",
    ],
)
def test_kafka_stories_of_a_book_club_are_still_literature(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Tour Guide\n\nAbout us\n{line}\n- Guide visitors in English\n"
    assert _skill_lines(profile_of(text, "posting"), "kafka") == [], line
