"""An application's questions saved with the resume (a job board's "Easy Apply" export, a
form's answers pasted below the CV): a question answered "No" denies the skill or the degree it
names; a question answered "Yes", or one unanswered, is read as before."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, analyze
from mlcareer.extract.answered import answered_no, answered_years
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

RESUME = (
    "Work experience\nMachine Learning Engineer\nBluepeak Labs\nMar 2022 - Present\n"
    "Built ranking models in PyTorch.\n\n"
    "Education\nUniversity of Washington\nBachelor of Science - BS, Computer Science\n"
    "2015 - 2019\n\nAdditional Questions\n"
)


def _negated(profile: Profile) -> dict[str, bool]:
    return {hit.name: all(m.negated for m in hit.mentions) for hit in profile.skills}


@pytest.mark.parametrize(
    "answer",
    [
        "Do you have experience with Java?\nNo",
        "Do you have experience with Java? No",
        "How many years of work experience do you have with Java?\n0",
        "Have you used Java in production?\nno.",
    ],
)
def test_resumes3_a_question_answered_no_denies_its_skill(
    profile_of: ProfileOf, answer: str
) -> None:
    negated = _negated(profile_of(RESUME + answer + "\n", "resume"))
    assert negated["Java"] is True
    assert negated["PyTorch"] is False


@pytest.mark.parametrize(
    "answer",
    [
        "Do you have experience with Java?\nYes",
        "How many years of work experience do you have with Java?\n4",
        "Do you have experience with Java?",  # unanswered
        # the next line is no answer but the next question
        "Do you have experience with Java?\nNo sponsorship needed for Kubernetes work",
    ],
)
def test_resumes3_a_question_answered_yes_keeps_its_skill(
    profile_of: ProfileOf, answer: str
) -> None:
    assert _negated(profile_of(RESUME + answer + "\n", "resume"))["Java"] is False


def test_resumes3_a_degree_asked_about_and_answered_no_is_not_held(
    profile_of: ProfileOf,
) -> None:
    text = RESUME + "Have you completed the following level of education: Master's Degree?\nNo\n"
    education = profile_of(text, "resume").education
    assert education.highest == "bachelor"
    assert [d.level for d in education.degrees] == ["bachelor"]


def test_resumes3_a_degree_asked_about_and_answered_yes_is_held(profile_of: ProfileOf) -> None:
    text = RESUME + "Have you completed the following level of education: Master's Degree?\nYes\n"
    assert profile_of(text, "resume").education.highest == "master"


def _titles(profile: Profile) -> list[str]:
    return [job.title for job in profile.experience.jobs]


@pytest.mark.parametrize("place", ["Seattle, Washington", "Austin, Texas", "Albany, New York"])
def test_resumes3_a_town_and_its_state_written_out_is_no_title(
    profile_of: ProfileOf, place: str
) -> None:
    text = RESUME.replace("Bluepeak Labs\n", f"Bluepeak Labs\n{place}\n")
    assert _titles(profile_of(text, "resume")) == ["Machine Learning Engineer"]


@pytest.mark.parametrize(
    "line",
    [
        "Washington Analytics Engineer",  # a title naming a state's name first
        "Data Scientist, Texas",  # a title with its state: a title still
    ],
)
def test_resumes3_a_title_naming_a_state_stays_the_title(profile_of: ProfileOf, line: str) -> None:
    text = f"Work experience\n{line}\nMar 2022 - Present\nBuilt ranking models in PyTorch.\n"
    assert _titles(profile_of(text, "resume")) == [line]


YEARS_POSTING = "Machine Learning Engineer\n\nRequirements\n- 5+ years of experience with Scala\n"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("How many years of work experience do you have with Scala?\n2", ("related", 0.4)),
        ("How many years of work experience do you have with Scala? 2", ("related", 0.4)),
        ("How many years of work experience do you have with Scala?\n6", ("matched", 1.0)),
        # a question of no years: its answer is no time, the career times Scala as before
        ("How many Scala services have you shipped?\n2", ("related", 0.96)),
    ],
)
def test_resumes3_years_answered_to_a_question_time_its_skill(
    tmp_path: Path, options: Options, answer: str, verdict: tuple[str, float]
) -> None:
    (tmp_path / "cv.txt").write_text(RESUME + answer + "\n", encoding="utf-8")
    (tmp_path / "jd.txt").write_text(YEARS_POSTING, encoding="utf-8")
    report = analyze(tmp_path / "cv.txt", tmp_path / "jd.txt", options)
    [scala] = [m for m in report.matched + report.missing if m.name == "Scala"]
    assert (scala.status, scala.credit) == verdict


def _best_of_three(read: Callable[[str], object], text: str) -> float:
    times = []
    for _ in range(3):
        start = time.process_time()
        read(text)
        times.append(time.process_time() - start)
    return min(times)


def test_resumes3_long_hostile_question_lines_are_read_as_fast_as_plain_ones() -> None:
    hostile = ("How many years " + "x?" * 100 + " \t" * 400 + "\n") * 40
    plain = ("How many years " + "did you build for the search team " * 30 + "?\n") * 40
    plain = plain[: len(hostile)]
    for read in (answered_no, lambda text: answered_years(text, 0)):
        assert _best_of_three(read, hostile) / _best_of_three(read, plain) < 5
