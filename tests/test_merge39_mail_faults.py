"""Mails that broke the .eml reader or misled it (found by a review): a malformed sender that
made the email package fail, a blank or stub plain part beside the HTML posting, a mail of
headers only, a posting forwarded as an attached message, bytes not in the charset named, and
an address whose domain looks like a degree. Real .eml files written here."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mlcareer.api import extract
from mlcareer.documents import read_document
from mlcareer.errors import DocumentError

_HTML = (
    "<html><body><p>We are hiring a senior data engineer for our Lisbon office.</p>"
    "<h2>Requirements</h2><ul><li>5+ years of Python</li><li>Spark and Airflow</li>"
    "<li>Experience running batch pipelines for analytics teams</li></ul></body></html>"
)


def _message(subject: str = "Senior Data Engineer at Acme") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Jane Recruiter <jane@quux.example>"
    message["Subject"] = subject
    return message


def test_a_malformed_sender_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.eml"
    path.write_bytes(b"From: noreply@\nSubject: Data Engineer\n\nRequirements\n- Python\n")
    with pytest.raises(DocumentError, match="not a readable mail"):
        read_document(path)


@pytest.mark.parametrize("plain", ["\n", "Your mail program does not show HTML.\n"])
def test_a_blank_or_stub_plain_part_yields_to_the_html_posting(tmp_path: Path, plain: str) -> None:
    message = _message()
    message.set_content(plain)
    message.add_alternative(_HTML, subtype="html")
    path = tmp_path / "role.eml"
    path.write_bytes(message.as_bytes())
    asked = {req.id for req in extract(path, doc_type="posting").requirements}
    assert {"python", "apache-spark", "airflow"} <= asked


def test_a_mail_of_headers_only_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.eml"
    path.write_bytes(b"From: Jane <jane@quux.example>\nSubject: Data Engineer\n\n\n")
    with pytest.raises(DocumentError, match="empty"):
        read_document(path)


def test_a_posting_forwarded_as_an_attached_message_is_read(tmp_path: Path) -> None:
    inner = _message("Machine Learning Engineer")
    inner.set_content("Requirements\n- 3+ years of PyTorch\n- Kubernetes\n")
    outer = _message("Fwd: a role for you")
    outer.set_content("Thought you'd like this one.\n")
    outer.add_attachment(inner)
    path = tmp_path / "fwd.eml"
    path.write_bytes(outer.as_bytes())
    asked = {req.id for req in extract(path, doc_type="posting").requirements}
    assert {"pytorch", "kubernetes"} <= asked


def test_bytes_not_in_the_named_charset_are_read_as_windows_1252(tmp_path: Path) -> None:
    body = "Requirements\n- Python\n- Based in M\xfcnchen\n".encode("cp1252")
    head = b"From: Jane <jane@quux.example>\nSubject: Data Engineer\n"
    head += b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    path = tmp_path / "latin.eml"
    path.write_bytes(head + body)
    document = read_document(path)
    assert "München" in document.text
    assert any("Windows-1252" in warning for warning in document.warnings)


def test_an_addresss_domain_is_no_degree(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "careers@mba.example"
    message["Subject"] = "Data Engineer"
    message.set_content("Requirements\n- Python and SQL\n")
    path = tmp_path / "mba.eml"
    path.write_bytes(message.as_bytes())
    posting = extract(path, doc_type="posting").posting
    assert posting is not None and posting.degree_required is None
