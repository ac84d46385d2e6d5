"""A job board's alert is told by a link under each of its jobs' titles, not by one
posting's "Apply now" button shown above its text and again below it."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mlcareer.documents import read_document


def _warnings(tmp_path: Path, body: str) -> list[str]:
    message = EmailMessage()
    message["From"] = "talent@brightwave.example"
    message["Subject"] = "An opening at Brightwave"
    message.set_content(body)
    path = tmp_path / "mail.eml"
    path.write_bytes(message.as_bytes())
    return read_document(path).warnings


ONE_POSTING = (
    "Machine Learning Engineer - Brightwave\n\nApply now\n\n"
    "What you will do\nShip ranking models.\n\nWhat we ask\n- 4+ years of Go\n- Kafka\n\n"
    "Apply now\n"
)


def test_one_postings_button_above_and_below_is_no_alert(tmp_path: Path) -> None:
    assert not any("several jobs" in w for w in _warnings(tmp_path, ONE_POSTING))


@pytest.mark.parametrize(
    "body",
    [
        "Platform Engineer - Brightwave\nGo, Kafka\nApply now\n\n"
        "Data Analyst - Lumen Freight\nSQL, Looker\nApply now\n",
        "Apply now\n\nShip ranking models.\n\nApply now\n\nWe ask for Go.\n\nApply now\n",
    ],
)
def test_links_under_several_jobs_are_an_alert(tmp_path: Path, body: str) -> None:
    assert any("several jobs" in w for w in _warnings(tmp_path, body))
