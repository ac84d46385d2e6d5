"""Postings4: a posting saved as a mail (.eml): a recruiter's message, a job forwarded, a job
board's alert. Its subject names the job, its encodings are undone, its HTML part is read as a
page when it has no plain one, and attachments and alerts are warned about."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mlcareer.api import extract
from mlcareer.documents import read_document
from mlcareer.errors import DocumentError

POSTING = (
    "Hi Dana,\n\nSharing a role I think fits you.\n\nRequirements\n"
    "- 4+ years of experience building ML systems in production with Python\n"
    "- Hands-on with Kubeflow and Terraform\n\nNice to have\n- Experience with Ray\n"
)


def _mail(path: Path, subject: str, plain: str | None, html: str | None = None) -> Path:
    message = EmailMessage()
    message["From"] = "Sam Recruiter <sam@quuxtalent.example>"
    message["To"] = "dana@example.com"
    message["Subject"] = subject
    if plain is not None:
        message.set_content(plain, cte="quoted-printable")
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html", cte="base64")
        else:
            message.add_alternative(html, subtype="html")
    path.write_bytes(message.as_bytes())
    return path


def test_postings4_a_recruiters_mail_is_read_as_its_posting(tmp_path: Path) -> None:
    path = _mail(tmp_path / "role.eml", "Fwd: Senior MLOps Engineer - Remote", POSTING)
    profile = extract(path, doc_type="posting")
    assert profile.posting is not None
    assert profile.posting.title == "Senior MLOps Engineer"
    assert profile.posting.years_required == 4
    asked = {req.id: req.importance for req in profile.requirements}
    assert asked["kubeflow"] == "required"
    assert asked["ray"] == "preferred"
    assert profile.format == "eml"
    assert profile.warnings == []


def test_postings4_a_mail_with_only_html_is_read_as_a_page(tmp_path: Path) -> None:
    html = (
        "<html><body><p>Hi Dana,</p><h3>Requirements</h3><ul>"
        "<li>3+ years of Python</li><li>Experience with dbt and Snowflake</li></ul>"
        "<h3>Nice to have</h3><ul><li>Looker</li></ul></body></html>"
    )
    path = _mail(tmp_path / "role.eml", "Analytics Engineer role at Quuxco", None, html)
    text = read_document(path).text
    assert "<li>" not in text and "- Experience with dbt and Snowflake" in text
    asked = {req.id: req.importance for req in extract(path, doc_type="posting").requirements}
    assert asked["dbt"] == "required"
    assert asked["looker"] == "preferred"


def test_postings4_a_mails_plain_part_is_read_before_its_html(tmp_path: Path) -> None:
    path = _mail(tmp_path / "role.eml", "Data Engineer", POSTING, "<p>Quuxhtmlonly</p>")
    text = read_document(path).text
    assert "Kubeflow" in text and "Quuxhtmlonly" not in text


def test_postings4_a_mails_attachment_is_named_not_read(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "sam@quuxtalent.example"
    message["Subject"] = "Data Scientist"
    message.set_content(POSTING)
    message.add_attachment(b"%PDF-1.4 Quuxattached", "application", "pdf", filename="jd.pdf")
    path = tmp_path / "role.eml"
    path.write_bytes(message.as_bytes())
    document = read_document(path)
    assert "Quuxattached" not in document.text
    assert any("jd.pdf" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    ("subject", "alert"),
    [
        ("3 new Machine Learning Engineer jobs in Austin, TX", True),
        ("Jobs for you: Data Scientist", True),
        ("Your job alert for MLOps Engineer", True),
        # a single role's subject is no alert
        ("Senior Data Engineer (3 days in office)", False),
        ("Re: ML Engineer - 2 openings on our team", False),
    ],
)
def test_postings4_a_job_boards_alert_is_warned_about(
    subject: str, alert: bool, tmp_path: Path
) -> None:
    path = _mail(tmp_path / "alert.eml", subject, POSTING)
    warned = any("alert" in warning for warning in read_document(path).warnings)
    assert warned is alert


def test_postings4_a_mail_without_text_is_a_clean_error(tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Data Scientist"
    message.add_attachment(b"%PDF-1.4", "application", "pdf", filename="jd.pdf")
    path = tmp_path / "role.eml"
    path.write_bytes(message.as_bytes())
    with pytest.raises(DocumentError, match="no text part"):
        read_document(path)
