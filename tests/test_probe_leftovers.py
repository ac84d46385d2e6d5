"""Misreadings that probes of small postings and resumes found: a title given by a
"Position:" or "Role:" label. Each text is a small case written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_BODY = (
    "Location: Remote\n\nWe build things for our customers.\nRequirements:\n- Good communication\n"
)


@pytest.mark.parametrize("label", ["Position", "Role", "Job Role", "Job Title"])
@pytest.mark.parametrize("banner", ["Job Description\n", ""])
def test_a_labelled_position_is_the_title(profile_of: ProfileOf, label: str, banner: str) -> None:
    text = f"{banner}{label}: Lead ML Engineer\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title == "Lead ML Engineer"
    assert posting.level == "senior"
    assert posting.role == "ml-engineer"
    assert posting.technical


@pytest.mark.parametrize("value", ["Full-time", "Remote", "2 openings", "Permanent"])
def test_a_position_label_naming_no_job_is_no_title(profile_of: ProfileOf, value: str) -> None:
    text = f"Job Description\nPosition: {value}\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title is None


def test_a_role_id_label_stays_the_role(profile_of: ProfileOf) -> None:
    text = f"Title: Data Analyst, Integrity\nRole: data-analyst\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title == "Data Analyst, Integrity"
    assert posting.role == "data-analyst"


def test_a_title_label_wins_over_a_role_label(profile_of: ProfileOf) -> None:
    text = f"Title: Senior Data Engineer\nRole: Platform Engineer\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title == "Senior Data Engineer"


def test_a_label_line_naming_no_job_is_not_the_title_line(profile_of: ProfileOf) -> None:
    text = f"Position: Full-time\n{_BODY}"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title is None


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Data Scientist: Ranking", "Data Scientist: Ranking"),
        ("Company: Acme\nSenior Data Engineer", "Senior Data Engineer"),
        ("Hiring: Senior Data Engineer", "Hiring: Senior Data Engineer"),
    ],
)
def test_a_field_line_keeps_a_title_after_it(profile_of: ProfileOf, first: str, title: str) -> None:
    posting = profile_of(f"{first}\n\n{_BODY}", doc_type="posting").posting
    assert posting is not None
    assert posting.title == title
