"""A mail saved as .eml (a recruiter's message, a job forwarded by a friend, a board's alert):
its sender and subject as a mail's header lines ("From: ...", "Subject: ..."), which name the
job as a forwarded mail's do, then its text: the plain part, else the HTML part read as a saved
page is. Its encodings (quoted-printable, base64, a charset) are undone; attachments are not
read, with a warning that names them (an attached posting or resume is a file of its own)."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from pathlib import Path

from .. import regex_cache
from ..errors import DocumentError
from ..models import Document
from .cleaning import clean_text
from .html_text import page_text
from .limits import Limits
from .readers import read_bytes, shown

_HEADERS = ("From", "Subject", "Date")  # the lines a forwarded mail's header shows
# A job board's alert, which lists several jobs: "3 new Data Scientist jobs in Austin", "Jobs
# for you", "Your job alert for ML Engineer"
_ALERT_SUBJECT = regex_cache.compile(
    r"\b\d+\+?\s+(?:new\s+)?(?:[\w/+-]+\s+){0,5}?jobs\b|\bjobs\s+for\s+you\b|\bjob\s+alert\b",
    re.I,
)
ALERT = "the mail is a job board's alert listing several jobs: they are read as one posting"


def read_eml(path: Path, limits: Limits) -> Document:
    raw, more = read_bytes(path, limits.max_bytes)
    warnings = ["the mail was cut short: only its first part is read"] if more else []
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage):  # (the default policy always makes one)
        raise DocumentError(f"{shown(path)}: not a mail", "save the message again as .eml")
    body = _body_text(message)
    if body is None:
        raise DocumentError(
            f"{shown(path)}: the mail has no text part",
            "save the attachment it carries and pass that file",
        )
    if _ALERT_SUBJECT.search(str(message["Subject"] or "")):
        warnings.append(f"{ALERT}; save the one you want from its page")
    attached = [name for part in message.iter_attachments() if (name := part.get_filename())]
    if attached:
        warnings.append(f"attachments not read: {', '.join(attached)} (pass each as a file)")
    head = [
        f"{name}: {' '.join(str(value).split())}" for name in _HEADERS if (value := message[name])
    ]
    text, edits = clean_text("\n".join([*head, "", body]), warnings, limits)
    return Document(path=str(path), format="eml", text=text, warnings=warnings, edits=edits)


def _body_text(message: EmailMessage) -> str | None:
    """The mail's text: its plain part, else its HTML part as a page shows it; None without
    either."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return None
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # a charset Python does not know, a broken encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return None
    return page_text(content) if part.get_content_subtype() == "html" else content
