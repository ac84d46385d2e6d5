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
from .readers import decode_bytes, read_bytes, refuse_misnamed, shown

_HEADERS = ("From", "Subject", "Date")  # the lines a forwarded mail's header shows
# A job board's alert, which lists several jobs: "3 new Data Scientist jobs in Austin", "Jobs
# for you", "Your job alert for ML Engineer"; not a day's number before a dash ("Re: our call
# on Dec 3 - ML jobs at Acme": each word after the count opens on a letter or a digit)
_ALERT_SUBJECT = regex_cache.compile(
    r"\b\d+\+?\s+(?:new\s+)?(?:\w[\w/+-]*\s+){0,5}?jobs\b|\bjobs\s+for\s+you\b|\bjob\s+alert\b"
    # "Data Scientist at Quuxco and 9 more jobs", "New jobs matching your search", "Jobs you
    # may be interested in", "Recommended jobs", "Your daily job digest"
    r"|\band\s+\d+\s+more\b|\bnew\s+jobs\b|\bjobs\s+(?:you|that)\s+(?:may|might|could)\b"
    r"|\brecommended\s+jobs\b|\bjob\s+(?:digest|matches|recommendations)\b",
    re.I,
)
# ... or, whatever its subject, a body with a link to each of its jobs: "View job", "Apply
# now", "Easy Apply", "See details" on lines of their own
_JOB_LINK = regex_cache.compile(
    r"^[ \t\W]*(?:view|see|apply(?:[ \t]+now)?|easy[ \t]+apply)(?:[ \t]+(?:the[ \t]+)?"
    r"(?:job|details|role|posting|position))?[ \t\W]*$",
    re.I | re.M,
)
_JOB_LINKS = 2  # jobs an alert lists at least, each with a title line before its link
_BARE_LINKS = 3  # ... or links however titled: one posting has a button at top and bottom
# A job card's title line: short, no list item and no sentence ("ML Engineer - Zorblex Labs")
_CARD_WORDS = 10
_LIST_MARK = regex_cache.compile(r"^[ \t]*(?:[-*•·▪●►✓]|\d{1,2}[.)])[ \t]")
_LETTER_RUN = regex_cache.compile(r"[^\W\d_]+")  # a word's letters ("Engineer" of "Engineer2")
ALERT = "the mail is a job board's alert listing several jobs: they are read as one posting"


def read_eml(path: Path, limits: Limits) -> Document:
    raw, more = read_bytes(path, limits.max_bytes)
    refuse_misnamed(path, raw)
    warnings = ["the mail was cut short: only its first part is read"] if more else []
    try:
        head, body, attached, subject = _parts(raw, path, warnings)
    except _MAIL_FAULTS as fault:  # the email package fails on some malformed mails
        raise DocumentError(
            f"{shown(path)}: not a readable mail ({type(fault).__name__})",
            "save the message again as .eml, or copy its text into a .txt file",
        ) from None
    if body is None:
        raise DocumentError(
            f"{shown(path)}: the mail has no text part",
            "save the attachment it carries and pass that file",
        )
    if not body.strip():
        raise DocumentError(f"{shown(path)}: the mail's text is empty", "pass the posting itself")
    if _ALERT_SUBJECT.search(subject) or _lists_jobs(body):
        warnings.append(f"{ALERT}; save the one you want from its page")
    if attached:
        warnings.append(f"attachments not read: {', '.join(attached)} (pass each as a file)")
    text, edits = clean_text("\n".join([*head, "", body]), warnings, limits)
    return Document(path=str(path), format="eml", text=text, warnings=warnings, edits=edits)


def _lists_jobs(body: str) -> bool:
    """Whether a body links to several jobs: three job links or more, or two or more each
    after a job's own title line ("Data Scientist - Quuxco" then "View job"); one posting's
    "Apply now" above its text and again below it is one job's."""
    links = list(_JOB_LINK.finditer(body))
    if len(links) >= _BARE_LINKS:
        return True
    if len(links) < _JOB_LINKS:
        return False
    titles: set[str] = set()
    start = 0
    for link in links:
        title = _card_title(body[start : link.start()])
        if title is None or title in titles:
            return False
        titles.add(title)
        start = link.end()
    return True


def _card_title(block: str) -> str | None:
    """The first line of a job's card that names an occupation ("ML Engineer - Zorblex")."""
    from ..extract.wording import is_occupation  # only for a mail with job links

    for line in block.splitlines():
        words = _LETTER_RUN.findall(line)
        short = len(line.split()) <= _CARD_WORDS and not line.rstrip().endswith(".")
        if short and not _LIST_MARK.match(line) and any(map(is_occupation, words)):
            return " ".join(line.split()).lower()
    return None


# What the email package raises on malformed mails ("From: noreply@", a multipart with no
# boundary lines): a mail that cannot be read is a document error, not a crash
_MAIL_FAULTS = (AttributeError, IndexError, KeyError, LookupError, TypeError, ValueError)
# An address in a header line ("<jane@mba.com>", "careers@phd.org"): its domain may look like a
# degree and names nothing the reader needs, so only the part before the "@" is kept
_ADDRESS = regex_cache.compile(r"<[^<>\s]*@[^<>\s]*>|[^\s<>]+@[^\s<>]+")


def _local_part(address: re.Match[str]) -> str:
    """An address's part before the "@" ("careers" of "<careers@mba.com>")."""
    return " " + address.group().strip("<>").split("@", 1)[0] + " "


def _parts(
    raw: bytes, path: Path, warnings: list[str]
) -> tuple[list[str], str | None, list[str], str]:
    """The mail's header lines, its text (with the text of any message forwarded inside it),
    the names of its attachments and its subject."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage):  # (the default policy always makes one)
        raise ValueError("not a mail")
    body = _body_text(message, path, warnings)
    forwarded = [
        "\n".join([*_header_lines(inner), "", text])
        for part in message.walk()
        if part.get_content_type() == "message/rfc822"
        for inner in part.get_payload() or []
        if isinstance(inner, EmailMessage) and (text := _body_text(inner, path, warnings))
    ]
    if forwarded:
        body = "\n\n".join([body or "", *forwarded])
    attached = [  # a message forwarded as an attachment is read above
        file
        for part in message.iter_attachments()
        if part.get_content_type() != "message/rfc822" and (file := part.get_filename())
    ]
    return _header_lines(message), body, attached, str(message["Subject"] or "")


def _header_lines(message: EmailMessage) -> list[str]:
    """A mail's sender, subject and date as a forwarded mail shows them ("Subject: ...")."""
    head = []
    for name in _HEADERS:
        shown_value = " ".join(_ADDRESS.sub(_local_part, str(message[name] or "")).split())
        if shown_value:
            head.append(f"{name}: {shown_value}")
    return head


def _body_text(message: EmailMessage, path: Path, warnings: list[str]) -> str | None:
    """The mail's text: its plain part, else (or when the plain part is blank or a stub much
    shorter than it) its HTML part as a page shows it; None without either."""
    plain = _part_text(message.get_body(preferencelist=("plain",)), path, warnings)
    html = _part_text(message.get_body(preferencelist=("html",)), path, warnings)
    if html is not None and (plain is None or len(plain.strip()) * 2 < len(html.strip())):
        return html
    return plain


def _part_text(part: object, path: Path, warnings: list[str]) -> str | None:
    """A text part's content, decoded; when its bytes are not in the charset it names, decoded
    as a text file's are (UTF-8, UTF-16, else Windows-1252 with a warning)."""
    if not isinstance(part, EmailMessage):
        return None
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # a charset Python does not know, a broken encoding
        content = None
    if not isinstance(content, str) or "\ufffd" in content:
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            return None
        content = decode_bytes(path, payload, warnings)
    return page_text(content) if part.get_content_subtype() == "html" else content
