"""A resume's line opened by a question on another matter ("Open to relocation? Yes. US
citizen, no sponsorship required.") states what its words state, as before a careers site's
questions were read; a question on work rights states only its answer. Texts written for these
tests."""

from __future__ import annotations

import pytest

from mlcareer.extract.work_authorization import resume_need


@pytest.mark.parametrize(
    "line",
    [
        "Open to relocation? Yes. US citizen, no sponsorship required.",
        "Willing to travel? Yes - authorized to work in the US without sponsorship",
    ],
)
def test_review_prev2_another_question_leaves_the_line_read(line: str) -> None:
    need = resume_need(f"Pat Green\nBoston, MA\n{line}\n")
    assert need is not None and need.status == "authorized"


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Will you now or in the future require sponsorship? No", "authorized"),
        ("Will you now or in the future require sponsorship?", None),
    ],
)
def test_review_prev2_a_work_rights_question_states_its_answer(
    line: str, status: str | None
) -> None:
    need = resume_need(f"Pat Green\n{line}\n")
    assert (need and need.status) == status
