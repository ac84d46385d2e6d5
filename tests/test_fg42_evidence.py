"""A posting's skill shown by a resume in another form of its words: an activity by its noun
as a task done ("Carried out repairs" for "Repairing"), a quality by its adjective said of the
writer ("exceptionally patient" for "Patience")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.literal_match import find_reworded, resume_text, without_kind
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]
MissingOf = Callable[[str, str], list[str]]


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Repairing", "- Carried out repairs on forklifts and pallet jacks"),
        ("Repairing skills", "- Skilled in carrying out minor repairs"),
        ("Auditing", "- Performed quarterly audits of twelve stores"),
        ("Interviewing", "- Conducted candidate interviews for the night shift"),
        ("Inspection", "- Undertook weekly inspections of scaffolding"),
    ],
)
def test_an_activity_is_shown_by_its_noun_as_a_task_done(term: str, line: str) -> None:
    assert find_reworded(term, resume_text(line + "\n")) is not None


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Repairing", "- Managed the repairs budget for two depots"),  # someone else's work
        ("Repairing", "- Carried the repairs kit between sites"),  # no "out": carried a thing
        ("Repairing", "- Never carried out repairs myself"),  # denied
        ("Auditing", "- Prepared files for external audits"),  # no verb of doing before it
        ("Instructing", "- Carried out instructions from the site manager"),  # told to do
        ("Ordering", "- Carried out orders from the duty officer"),
    ],
)
def test_a_noun_of_the_activity_without_a_verb_of_doing_shows_nothing(term: str, line: str) -> None:
    assert find_reworded(term, resume_text(line + "\n")) is None


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Patience", "- Exceptionally patient and calm under stress."),
        ("Patience", "- Known for being patient with first-time customers"),
        ("Diligence", "- Very diligent and punctual"),
        ("Persistence", "- Remained persistent in following up overdue accounts"),
    ],
)
def test_a_quality_is_shown_by_its_adjective_said_of_the_writer(term: str, line: str) -> None:
    assert find_reworded(term, resume_text(line + "\n")) is not None


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Patience", "- Improved patient care and updated patient records"),  # the noun's use
        ("Patience", "- Daily patient rounds on the ward"),  # "-ly" word before a noun
        ("Patience", "- Not very patient with slow tools"),  # denied
        ("Patience", "- Cared for a patient and her family"),  # no degree nor "be" before it
    ],
)
def test_the_adjective_before_a_noun_or_denied_shows_no_quality(term: str, line: str) -> None:
    assert find_reworded(term, resume_text(line + "\n")) is None


def test_a_posting_asking_patience_finds_it_in_a_patient_writer(missing_of: MissingOf) -> None:
    asked = "- Patience\n- Repairing skills\n"
    shown = "- Remained patient and friendly with every caller\n- Carried out repairs on tills\n"
    assert missing_of(asked, shown) == []


def test_a_posting_asking_patience_misses_it_in_patient_records(missing_of: MissingOf) -> None:
    asked = "- Patience\n"
    shown = "- Kept patient records up to date\n"
    assert missing_of(asked, shown) == ["Patience"]


@pytest.mark.parametrize(
    ("term", "rest"),
    [
        ("UML languages", "UML"),
        ("source code repositories", "source code"),
    ],
)
def test_languages_and_repositories_name_a_kind_a_resume_leaves_out(term: str, rest: str) -> None:
    assert rest in without_kind(term)


@pytest.mark.parametrize("term", ["query languages", "foreign languages", "data repositories"])
def test_a_kind_after_a_short_or_everyday_word_stays(term: str) -> None:
    assert without_kind(term) == []
