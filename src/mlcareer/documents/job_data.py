"""A job posting's structured data in a saved page: the schema.org JobPosting that careers sites
and job boards set in a <script type="application/ld+json"> for search engines. A page drawn by
JavaScript may show nothing else, so its title, terms and description are laid out as the
lines of a posting's text: the title, then its terms as a header's fields ("Location: Austin,
TX"), then the description."""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable, Iterator
from typing import Any, TypeGuard

from .. import regex_cache

# schema.org's employment types, as a posting writes them
_EMPLOYMENT_TYPES = {
    "full_time": "Full-time",
    "part_time": "Part-time",
    "contractor": "Contract",
    "temporary": "Temporary",
    "intern": "Internship",
    "volunteer": "Volunteer",
    "per_diem": "Per diem",
}
# Its credential categories, in a posting's words (its degree words find the degree)
_CREDENTIALS = {
    "high school": "High school diploma",
    "associate degree": "Associate degree",
    "bachelor degree": "Bachelor's degree",
    "postgraduate degree": "Postgraduate degree",
    "professional certificate": "Professional certificate",
}
_PER = {"hour": "an hour", "day": "a day", "week": "a week", "month": "a month", "year": "a year"}
_MONTHS_A_YEAR = 12
_MOST_PAY = 1e12  # no pay in any currency is this many: a slip or a placeholder
_DECIMAL = regex_cache.compile(r"\d+(?:\.\d+)?")  # "36", "18.5": a count of months
_MOST_MONTHS = 600  # more experience than fifty years is no posting's ask but a slip
# An HTML tag's start, in a description that is markup rather than plain text
_TAG = regex_cache.compile(r"<[A-Za-z/!]")
_ESCAPES = 2  # times a description's markup may be escaped over
_WORD = regex_cache.compile(r"\w+")
_SHINGLE = 3  # words in a run compared between the page's body and the description


def job_posting(scripts: list[str]) -> dict[str, Any] | None:
    """The first JobPosting in the page's JSON-LD scripts that has a title or a description,
    wherever it stands (alone, in a list, in an "@graph"); None without one. A script that is
    not JSON, or nested deeper than the JSON reader goes, is passed over."""
    for script in scripts:
        try:
            data = json.loads(script, strict=False)  # raw line breaks inside strings
        except (ValueError, RecursionError):
            continue
        if (posting := posting_in(data)) is not None:
            return posting
    return None


def posting_in(data: Any) -> dict[str, Any] | None:
    """The first JobPosting in parsed JSON-LD that has a title or a description; None
    without one."""
    for node in _nodes(data):
        if a_job_posting(node) and (node.get("title") or node.get("description")):
            return node
    return None


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every object in `data`, outer ones first (a walk without recursion)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def a_job_posting(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "JobPosting" for k in kinds)


def posting_header(posting: dict[str, Any]) -> str:
    """The posting's title and its terms as a header's fields, a line each."""
    lines = [_text(posting.get("title"))]
    lines.extend(f"{label}: {value}" for label, value in _fields(posting) if value)
    return "\n".join(line for line in lines if line)


def posting_body(posting: dict[str, Any], lay_out: Callable[[str], str]) -> str:
    """The posting's description (markup laid out by `lay_out`, the page reader's), then the
    responsibilities and qualifications it gives apart, under their headings."""
    parts = [_described(posting.get("description"), lay_out)]
    for heading in ("Responsibilities", "Qualifications"):
        if text := _described(posting.get(heading.lower()), lay_out):
            parts.append(f"{heading}\n\n{text}")
    return "\n\n".join(part.strip() for part in parts if part.strip())


def _fields(posting: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        ("Company", _name(posting.get("hiringOrganization"))),
        ("Location", _location(posting)),
        ("Employment type", _employment(posting.get("employmentType"))),
        ("Salary", _salary(posting.get("baseSalary"))),
        ("Posted", _text(posting.get("datePosted")).split("T", 1)[0]),
        ("Skills", _listed(posting.get("skills"))),
        ("Experience", _experience(posting.get("experienceRequirements"))),
        ("Education", _education(posting.get("educationRequirements"))),
    ]


def _text(value: Any) -> str:
    """A value as one line of plain text: entities decoded, spaces collapsed."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    return " ".join(html.unescape(str(value)).split())


def _listed(value: Any) -> str:
    values = value if isinstance(value, list) else [value]
    return ", ".join(text for v in values if (text := _text(v) or _name(v)))


def _name(value: Any) -> str:
    return _text(value.get("name")) if isinstance(value, dict) else _text(value)


def _location(posting: dict[str, Any]) -> str:
    """Its places' towns, regions and countries; "Remote" for work from home, with the
    country it is open to."""
    places = posting.get("jobLocation")
    found = [_place(place) for place in (places if isinstance(places, list) else [places])]
    if _text(posting.get("jobLocationType")).upper() == "TELECOMMUTE":
        where = _listed(posting.get("applicantLocationRequirements"))
        found.append(f"Remote ({where})" if where else "Remote")
    return "; ".join(dict.fromkeys(place for place in found if place))


def _place(place: Any) -> str:
    if not isinstance(place, dict):
        return _text(place)
    address = place.get("address")
    if not isinstance(address, dict):
        return _text(address) or _name(place)
    parts = [address.get(key) for key in ("addressLocality", "addressRegion", "addressCountry")]
    return ", ".join(dict.fromkeys(text for part in parts if (text := _name(part))))


def _employment(value: Any) -> str:
    values = value if isinstance(value, list) else [value]
    kinds = [_text(v) for v in values]
    return ", ".join(_EMPLOYMENT_TYPES.get(k.lower(), k) for k in kinds if k)


def _salary(amount: Any) -> str:
    """ "$190,000 - $260,000 a year", "CAD 85,000 a year"; "" without an amount."""
    if not isinstance(amount, dict):
        return _text(amount)
    value = amount.get("value")
    currency = _text(amount.get("currency"))
    if not isinstance(value, dict):
        value = {"value": value}
    numbers = [_amount(value.get(key)) for key in ("minValue", "maxValue", "value")]
    shown = list(dict.fromkeys(n for n in numbers if n))
    if not shown:
        return ""
    sign, code = ("$", "") if currency == "USD" else ("", f"{currency} " if currency else "")
    per = _PER.get(_text(value.get("unitText")).lower(), "")
    return code + " - ".join(f"{sign}{n}" for n in shown) + (f" {per}" if per else "")


def _amount(number: Any) -> str:
    if isinstance(number, str):
        try:
            number = float(number.replace(",", ""))
        except ValueError:
            return ""
    if not _positive(number) or number >= _MOST_PAY:
        return ""
    return f"{number:,.0f}" if number == int(number) else f"{number:,.2f}"


def _experience(value: Any) -> str:
    """ "3 years" for 36 months of experience asked; a sentence as written."""
    if not isinstance(value, dict):
        return _text(value)
    months = value.get("monthsOfExperience")
    if isinstance(months, str):
        months = float(months) if _DECIMAL.fullmatch(months.strip()) else None
    if not _positive(months) or months > _MOST_MONTHS:
        return _text(value.get("description"))
    if months < _MONTHS_A_YEAR:
        return f"{months:g} months"
    years = round(months / _MONTHS_A_YEAR, 1)
    return f"{years:g} year" + ("s" if years != 1 else "")


def _positive(number: Any) -> TypeGuard[float]:
    """Whether `number` is a number above zero, not NaN nor infinity (which JSON's reader
    lets through, and "nan" and "inf" read as)."""
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        return False
    return math.isfinite(number) and number > 0


def _education(value: Any) -> str:
    values = value if isinstance(value, list) else [value]
    named = []
    for item in values:
        category = _text(item.get("credentialCategory")) if isinstance(item, dict) else ""
        named.append(_CREDENTIALS.get(category.lower(), category) or _name(item))
    return ", ".join(dict.fromkeys(name for name in named if name))


def _described(value: Any, lay_out: Callable[[str], str]) -> str:
    """A description's text: markup laid out by `lay_out` (the markup may come escaped,
    "&lt;p&gt;", even twice, "&amp;lt;p&amp;gt;"); plain text with its own line breaks as
    written."""
    if not isinstance(value, str) or not value.strip():
        return ""
    value = _unescaped_markup(value)
    if _TAG.search(value):
        return lay_out(value)
    return "\n".join(" ".join(line.split()) for line in html.unescape(value).splitlines())


def _unescaped_markup(value: str) -> str:
    """`value` unescaped as often as it takes to show markup's tags; as it is when no
    unescaping shows any."""
    unescaped = value
    for _ in range(_ESCAPES + 1):
        if _TAG.search(unescaped):
            return unescaped
        unescaped = html.unescape(unescaped)
    return value


def shows(body: str, described: str) -> bool:
    """Whether the page's `body` shows most of the posting's `described` text (half its runs
    of words or more, each line's own), or more words than it: then the page shows a posting
    of its own, which the reader sees."""
    wanted = _shingles(described)
    if not wanted:
        return True
    shown = _shingles(body)
    more_words = len(_WORD.findall(body)) >= len(_WORD.findall(described))
    return more_words or 2 * len(wanted & shown) >= len(wanted)


def _shingles(text: str) -> set[tuple[str, ...]]:
    """The runs of words in each line of `text` (a shorter line is one run)."""
    runs: set[tuple[str, ...]] = set()
    for line in text.casefold().splitlines():
        words = _WORD.findall(line)
        runs.update(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))
        if 0 < len(words) < _SHINGLE:
            runs.add(tuple(words))
    return runs
