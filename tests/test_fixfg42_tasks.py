"""An activity shown as a task done only by its own noun ending its phrase: "Conducted 40
candidate interviews" shows Interviewing; "Conducted market research" shows no Marketing."""

from __future__ import annotations

import pytest

from mlcareer.literal_match import find_reworded, resume_text


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Regularization", "- Carried out regular inspections of the drug trolley."),
        ("Virtualization", "- Conducted virtual interviews with families."),
        ("Engineering", "- Performed engine checks on the ambulance fleet."),
        ("Clustering", "- Performed cluster audits across three wards."),
        ("Accounting", "- Conducted account reviews for suppliers."),
        ("Personalization", "- Carried out personal care for residents."),
        ("Coordination", "- Performed coordinate measurements on a CMM."),
        ("Recruiting", "- Conducted recruit inspections at basic training."),
        ("Coaching", "- Carried out coach inspections at the depot."),
        ("Tokenization", "- Performed token transfers for clients."),
        ("Optimization", "- Conducted optimal route checks."),
        ("Marketing", "- Conducted market research for the board."),
        ("Repairing", "- Performed checks on repairs to the lifts."),  # the task is checks
    ],
)
def test_a_word_of_equal_stem_or_a_noun_naming_another_task_shows_no_activity(
    term: str, line: str
) -> None:
    assert find_reworded(term, resume_text(line + "\n")) is None


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Interviewing", "- Conducted candidate interviews by phone and video."),
        ("Interviewing", "- Conducted 40 candidate interviews."),
        ("Repairing", "- Performed minor electrical repairs."),
        ("Auditing", "- Carried out routine and ad hoc audits."),
        ("Dispatching", "- Carried out urgent dispatches for two clinics."),
    ],
)
def test_the_activitys_own_noun_shows_it_a_few_words_after_the_verb(term: str, line: str) -> None:
    assert find_reworded(term, resume_text(line + "\n")) is not None
