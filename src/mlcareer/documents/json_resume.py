"""A resume kept as a JSON Resume file (jsonresume.org's open schema: "basics", "work",
"education", "skills"...), as developers keep a resume.json in a repository, laid out as the
text of a resume that the extractors read: a heading line per section, a job as "Position,
Company" over its dates ("Apr 2019 - Present") and its bullets, a degree as "Master of Science
in Statistics, University, 2015 - 2017", skills as "Name: keyword, keyword". A schema.org
JobPosting saved as JSON, or a job saved from a job board's API (job_boards.py), is laid out
as a saved page's posting data is (job_data.py). Mention
offsets index the laid-out text. A null anywhere is a field left out; a field of the wrong
kind (a list for a name, text for a list of jobs) is an error that names it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from .. import regex_cache
from ..errors import DocumentError
from ..models import Document
from .cleaning import clean_text
from .html_text import data_posting_text
from .job_boards import board_posting, jobs_in
from .job_data import a_job_posting, posting_in
from .limits import Limits
from .readers import decode_bytes, read_bytes, refuse_misnamed, shown

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# An ISO 8601 date as the schema writes it: "2019", "2019-04", "2019-04-01" (a time may follow)
_ISO_DATE = regex_cache.compile(r"(\d{4})(?:-(\d{1,2})(?:-\d{1,2}(?:T[\d:.+Z-]*)?)?)?")
# Python reads no whole number of more digits than sys.get_int_max_str_digits() allows
_TOO_LONG = "a number too long to read"
_SCHEMA_HINT = "fix the field as jsonresume.org/schema describes it"
Entry = dict[str, Any]


class _Misshapen(Exception):
    """A field whose value is of the wrong kind: `where` names it ("work[2].position")."""

    def __init__(self, where: str, value: Any, wanted: str) -> None:
        super().__init__(f"{where} is {_kind(value)}, not {wanted}")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def _text(entry: Entry, key: str, where: str) -> str:
    """A field's text on one line; "" when it is absent or null."""
    return _scalar(entry.get(key), f"{where}.{key}")


def _scalar(value: Any, where: str) -> str:
    """A value's text on one line; "" for null. A number is written out (a "score" of 3.8, a
    year); a list, an object or true/false is an error."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _Misshapen(where, value, "text")
    return " ".join(str(value).split())


def _paragraphs(entry: Entry, key: str, where: str) -> list[str]:
    """A long text field's lines ("summary", "description"), its own line breaks kept."""
    value = entry.get(key)
    if isinstance(value, str):
        return [line for raw in value.splitlines() if (line := " ".join(raw.split()))]
    text = _text(entry, key, where)
    return [text] if text else []


def _strings(entry: Entry, key: str, where: str) -> list[str]:
    """A list of texts ("highlights", "keywords"); nulls in it are left out, and one text
    alone stands for a list of one."""
    value = entry.get(key)
    if not isinstance(value, list):
        if isinstance(value, dict):
            raise _Misshapen(f"{where}.{key}", value, "a list of texts")
        return _paragraphs(entry, key, where)
    texts = (_scalar(item, f"{where}.{key}[{index}]") for index, item in enumerate(value))
    return [text for text in texts if text]


def _entries(data: Entry, key: str, within: str = "") -> list[tuple[str, Entry]]:
    """A section's entries (each an object) with where each stands ("work[2]", under
    `within`: "basics.profiles[0]"), nulls left out."""
    value = data.get(key)
    where = f"{within}.{key}" if within else key
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Misshapen(where, value, "a list")
    found = []
    for index, item in enumerate(value):
        if item is not None and not isinstance(item, dict):
            raise _Misshapen(f"{where}[{index}]", item, "an object")
        if item:
            found.append((f"{where}[{index}]", item))
    return found


def _date(value: str) -> str:
    """An ISO date as a resume writes it: "2019-04-01" -> "Apr 2019", "2019" as it is; a date
    written otherwise ("Spring 2019") as written."""
    found = _ISO_DATE.fullmatch(value)
    if found is None:
        return value
    year, month = found.group(1), found.group(2)
    if month is None or not 1 <= int(month) <= len(_MONTHS):
        return year if month is None else value
    return f"{_MONTHS[int(month) - 1]} {year}"


def _dates(entry: Entry, where: str, years_only: bool = False) -> str:
    """ "Apr 2019 - Present" from its startDate and endDate ("Present" without an end);
    "2015 - 2017" for `years_only`; the end alone when there is no start."""
    start, end = _text(entry, "startDate", where), _text(entry, "endDate", where)
    if years_only:
        start, end = (_year(date) for date in (start, end))
    start, end = _date(start), _date(end)
    if not start:
        return end
    return f"{start} - {end or 'Present'}"


def _year(date: str) -> str:
    found = _ISO_DATE.fullmatch(date)
    return found.group(1) if found else date


def _joined(*parts: str, between: str = ", ") -> str:
    return between.join(part for part in parts if part)


def _bullets(texts: list[str]) -> list[str]:
    return [f"- {text}" for text in texts]


def _role(where: str, entry: Entry, employer: str) -> list[str]:
    """A job or a volunteer post: "Position, Company", its dates, then its summary and
    highlights as bullets."""
    # the schema's "name" was "company" (and "organization" for volunteering) in its first
    # version, which many files still follow
    named = _text(entry, employer, where) or _text(entry, "company", where)
    lines = [_joined(_text(entry, "position", where), named), _dates(entry, where)]
    texts = _paragraphs(entry, "summary", where) + _strings(entry, "highlights", where)
    return lines + _bullets(texts)


def _job(where: str, entry: Entry) -> list[str]:
    return _role(where, entry, "name")


def _volunteering(where: str, entry: Entry) -> list[str]:
    return _role(where, entry, "organization")


def _schooling(where: str, entry: Entry) -> list[str]:
    """ "Master of Science in Statistics, University, 2015 - 2017", its score and courses."""
    degree = _joined(_text(entry, "studyType", where), _text(entry, "area", where), between=" in ")
    lines = [_joined(degree, _text(entry, "institution", where), _dates(entry, where, True))]
    if score := _text(entry, "score", where):
        lines.append(f"Grade: {score}")
    if courses := _strings(entry, "courses", where):
        lines.append(f"Courses: {', '.join(courses)}")
    return lines


def _award(where: str, entry: Entry) -> list[str]:
    date = _date(_text(entry, "date", where))
    line = _joined(_text(entry, "title", where), _text(entry, "awarder", where), date)
    return [line, *_bullets(_paragraphs(entry, "summary", where))]


def _certificate(where: str, entry: Entry) -> list[str]:
    date = _date(_text(entry, "date", where))
    return [_joined(_text(entry, "name", where), _text(entry, "issuer", where), date)]


def _publication(where: str, entry: Entry) -> list[str]:
    date = _date(_text(entry, "releaseDate", where))
    line = _joined(_text(entry, "name", where), _text(entry, "publisher", where), date)
    return [line, *_bullets(_paragraphs(entry, "summary", where))]


def _keyworded(where: str, entry: Entry) -> list[str]:
    """A skill or an interest: "Name: keyword, keyword". A skill's level is left out: the
    schema's own example rates skills "Master", which is no degree."""
    keywords = ", ".join(_strings(entry, "keywords", where))
    name = _text(entry, "name", where)
    return [f"{name}: {keywords}" if name and keywords else name or keywords]


def _language(where: str, entry: Entry) -> list[str]:
    """ "English (Native speaker)"."""
    language, fluency = _text(entry, "language", where), _text(entry, "fluency", where)
    return [f"{language} ({fluency})" if language and fluency else language]


def _project(where: str, entry: Entry) -> list[str]:
    lines = [_text(entry, "name", where), _dates(entry, where)]
    texts = _paragraphs(entry, "description", where) + _strings(entry, "highlights", where)
    lines += _bullets(texts)
    if keywords := _strings(entry, "keywords", where):
        lines.append(f"Technologies: {', '.join(keywords)}")
    return lines


Layout = Callable[[str, Entry], list[str]]
# Each section of the schema: its heading in the text, how an entry is laid out, and whether
# its entries stand apart (a blank line between them) or are a list's lines
_SECTIONS: dict[str, tuple[str, Layout, bool]] = {
    "work": ("Experience", _job, True),
    "volunteer": ("Volunteer Experience", _volunteering, True),
    "education": ("Education", _schooling, True),
    "awards": ("Awards", _award, False),
    "certificates": ("Certifications", _certificate, False),
    "publications": ("Publications", _publication, False),
    "skills": ("Skills", _keyworded, False),
    "languages": ("Languages", _language, False),
    "interests": ("Interests", _keyworded, False),
    "projects": ("Projects", _project, True),
}
# Keys that make an object a JSON Resume (with "basics" and the sections above)
_RESUME_KEYS = frozenset({"basics", "references", "meta", *_SECTIONS})


def _section(data: Entry, key: str) -> str:
    heading, layout, apart = _SECTIONS[key]
    blocks = [
        "\n".join(line for line in layout(where, entry) if line)
        for where, entry in _entries(data, key)
    ]
    body = ("\n\n" if apart else "\n").join(block for block in blocks if block)
    return f"{heading}\n{body}" if body else ""


def _header(data: Entry) -> str:
    """The name, headline, contact details, place and profiles, then the summary."""
    basics = data.get("basics")
    if basics is None:
        return ""
    if not isinstance(basics, dict):
        raise _Misshapen("basics", basics, "an object")
    where = "basics"
    contact = [_text(basics, key, where) for key in ("email", "phone", "url", "website")]
    lines = [_text(basics, "name", where), _text(basics, "label", where)]
    lines += [_joined(*contact, between=" | "), _place(basics)]
    for place, profile in _entries(basics, "profiles", where):
        network = _text(profile, "network", place)
        link = _text(profile, "url", place) or _text(profile, "username", place)
        lines.append(f"{network}: {link}" if network and link else link)
    head = "\n".join(line for line in lines if line)
    summary = "\n".join(_paragraphs(basics, "summary", where))
    return _joined(head, f"Summary\n{summary}" if summary else "", between="\n\n")


def _place(basics: Entry) -> str:
    location = basics.get("location")
    if location is None or isinstance(location, str):
        return _text(basics, "location", "basics")
    if not isinstance(location, dict):
        raise _Misshapen("basics.location", location, "an object")
    keys = ("city", "region", "countryCode")
    return _joined(*(_text(location, key, "basics.location") for key in keys))


def resume_text(data: Entry) -> str:
    """A JSON Resume laid out as a resume's text: the basics first, then the sections in the
    file's order."""
    parts = [_header(data)] + [_section(data, key) for key in data if key in _SECTIONS]
    return "\n\n".join(part for part in parts if part) + "\n"


def _laid_out(data: Any) -> tuple[str, Literal["resume", "posting"]]:
    """The text of a JSON Resume, of a job saved from a job board's API (job_boards.py), or
    of a JobPosting wherever it stands in the JSON-LD, and which of the two it is. An object
    that is no JobPosting but has a JSON Resume's sections is the resume, whatever its own
    fields hold (a posting aimed at, kept under "meta"). A list (or a board's listing) of
    one resume or one job is that one."""
    data = _only_item(data)
    if _is_resume(data):
        return resume_text(data), "resume"
    if (board := board_posting(data)) is not None:
        return data_posting_text(board), "posting"
    posting = posting_in(data)
    if posting is not None:
        return data_posting_text(posting), "posting"
    if not isinstance(data, dict):
        raise _NotOurs(f"a JSON {_kind(data).removeprefix('a ')}")
    raise _NotOurs("a JSON object with none of a JSON Resume's sections")


class _NotOurs(Exception):
    """JSON that is neither a JSON Resume nor a JobPosting."""


class _Several(Exception):
    """A list of several resumes, or a job board's listing of several jobs."""


def _is_resume(data: Any) -> bool:
    return isinstance(data, dict) and not a_job_posting(data) and bool(_RESUME_KEYS & data.keys())


def _only_item(data: Any) -> Any:
    """The one item of a list, or of a job board's listing, that holds one (nulls left out);
    `data` itself otherwise. Several resumes or board jobs name no one document: _Several."""
    items = jobs_in(data)
    if items is None:
        return data
    items = [item for item in items if item is not None]
    if len(items) == 1:
        return items[0]
    if resumes := sum(_is_resume(item) for item in items):
        raise _Several(f"a JSON list of {resumes} resumes")
    if jobs := sum(board_posting(item) is not None for item in items):
        raise _Several(f"a job board's list of {jobs} jobs")
    return data


def looks_like_json(raw: bytes) -> bool:
    """Whether piped bytes are JSON: an object or a list that parses whole."""
    if not raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return False
    try:
        json.loads(raw)
    except (ValueError, RecursionError):
        return False
    return True


def read_json(path: Path, limits: Limits) -> Document:
    """A JSON Resume or a JobPosting saved as JSON, laid out as a document's text."""
    warnings: list[str] = []
    raw, more = read_bytes(path, limits.max_bytes)
    refuse_misnamed(path, raw)
    decoded = decode_bytes(path, raw, warnings, complete=not more)
    try:
        data = json.loads(decoded, strict=False)  # raw line breaks inside strings
    except RecursionError as e:
        raise DocumentError(
            f"{shown(path)}: the JSON is nested too deeply to read", _SCHEMA_HINT
        ) from e
    except ValueError as e:  # JSONDecodeError, or a number too long to read
        where = f"line {e.lineno}: {e.msg}" if isinstance(e, json.JSONDecodeError) else _TOO_LONG
        raise DocumentError(
            f"{shown(path)}: not valid JSON ({where.splitlines()[0]})",
            "check the file with a JSON linter, e.g. 'python -m json.tool resume.json'",
        ) from e
    try:
        laid_out, kind = _laid_out(data)
    except _NotOurs as e:
        raise DocumentError(
            f"{shown(path)}: {e}, neither a JSON Resume nor a schema.org JobPosting",
            "pass a resume.json (jsonresume.org) or a posting's JobPosting data",
        ) from e
    except _Several as e:
        raise DocumentError(
            f"{shown(path)}: {e}, not one document",
            "save each resume or job as a file of its own ('mlcareer batch' takes folders)",
        ) from e
    except _Misshapen as e:
        raise DocumentError(f"{shown(path)}: the JSON Resume's {e}", _SCHEMA_HINT) from e
    text, edits = clean_text(laid_out, warnings, limits)
    return Document(
        path=str(path), format="json", text=text, warnings=warnings, edits=edits, kind=kind
    )
