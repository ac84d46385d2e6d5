"""Work periods: date ranges in every common form, merged into years, and a seniority level."""

from __future__ import annotations

import re

from ..models import DateRange, Experience, LevelId, Section
from .lines import LineIndex

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR4 = r"(?:19[5-9]\d|20[0-4]\d)"
_DATE = (
    rf"(?:{_MONTH},?\s*(?:{_YEAR4}|['’]\d{{2}}|\d{{2}}(?!\d))"
    rf"|{_SEASON}\s+{_YEAR4}"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.\-]\s*{_YEAR4}"
    rf"|{_YEAR4}\s*[/.\-]\s*(?:0?[1-9]|1[0-2])(?!\d)"
    rf"|(?:0?[1-9]|1[0-2])/\d{{2}}(?!\d)"
    rf"|{_YEAR4})"
)
_NOW = (
    r"(?:present|current(?:ly)?|now|today|date|to\s+date|till\s+date|till\s+now|ongoing"
    r"|onwards|continuing)"
)
_SEP = r"\s*(?:-|–|—|−|~|to|until|till|through|thru)\s*"

RANGE = re.compile(
    rf"(?<![\w/.])(?P<start>{_DATE}){_SEP}(?P<end>{_DATE}|{_NOW})(?![\w/])"
    rf"|(?<![\w/.])(?:since|from)\s+(?P<since>{_DATE})(?![\w/])"
    rf"|(?<![\w/.])(?P<onward>{_DATE})\s*(?:onwards|-\s*(?:present|now))(?![\w/])",
    re.I,
)

_TITLE_LEVELS: list[tuple[LevelId, re.Pattern[str]]] = [
    (
        "senior",
        re.compile(
            r"\b(?:senior|sr\.?|lead|principal|staff|head of|director|manager"
            r"|architect|vp)\b",
            re.I,
        ),
    ),
    ("intern", re.compile(r"\b(?:intern|internship|trainee|apprentice)\b", re.I)),
    ("entry", re.compile(r"\b(?:junior|jr\.?|associate|graduate|entry[- ]level)\b", re.I)),
]
_SUPERVISES = re.compile(
    r"\b(?:mentor(?:ed|ing)?|supervis(?:ed|ing)|manag(?:ed|ing) a team"
    r"|led a team|team lead|led (?:a |the )?(?:group|squad|team))\b",
    re.I,
)
_STATED_YEARS = re.compile(
    r"\b(\d{1,2})\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:\w+\s+){0,3}"
    r"experience",
    re.I,
)


def _year(text: str, as_of: int) -> int:
    digits = int(text.strip("'’"))
    if digits >= 100:
        return digits
    year = 2000 + digits
    return year - 100 if year > as_of // 12 + 1 else year


def _month_index(text: str, as_of: int, is_end: bool) -> int | None:
    """Parse one date as year*12 + month-1; a bare year is January (start) or December (end)."""
    lowered = re.sub(r"\s+", " ", text.lower().strip())
    if re.fullmatch(_NOW, lowered, re.I):
        return as_of
    default_month = 12 if is_end else 1
    if named := re.fullmatch(rf"({_MONTH}),? ?(\d{{4}}|['’]?\d{{2}})", lowered):
        month = MONTHS[named.group(1).rstrip(".")[:3]]
        return _year(named.group(2), as_of) * 12 + month - 1
    if season := re.fullmatch(rf"({_SEASON}) (\d{{4}})", lowered):
        return int(season.group(2)) * 12 + SEASONS[season.group(1)] - 1
    if month_first := re.fullmatch(r"(\d{1,2}) ?[/.\-] ?(\d{4}|\d{2})", lowered):
        month = int(month_first.group(1))
        return _year(month_first.group(2), as_of) * 12 + month - 1
    if year_first := re.fullmatch(r"(\d{4}) ?[/.\-] ?(\d{1,2})", lowered):
        return int(year_first.group(1)) * 12 + int(year_first.group(2)) - 1
    if re.fullmatch(r"\d{4}", lowered):
        return int(lowered) * 12 + default_month - 1
    return None


def find_ranges(lines: LineIndex, sections: list[Section], as_of: int) -> list[DateRange]:
    ranges: list[DateRange] = []
    for found in RANGE.finditer(lines.text):
        start_text = found.group("start") or found.group("since") or found.group("onward")
        end_text = found.group("end") or "present"
        start = _month_index(start_text, as_of, is_end=False)
        end = _month_index(end_text, as_of, is_end=True)
        if start is None or end is None or end < start or end - start > 50 * 12:
            continue
        ongoing = end == as_of and bool(re.fullmatch(_NOW, end_text.strip(), re.I))
        ranges.append(
            DateRange(
                text=found.group().strip(),
                start=start,
                end=min(end, as_of),
                ongoing=ongoing,
                line=lines.line_of(found.start()),
                section=lines.section_of(found.start(), sections),
            )
        )
    return ranges


def merged_months(ranges: list[DateRange]) -> int:
    """Total months covered, counting overlapping periods once (inclusive of both ends)."""
    total, current_start, current_end = 0, None, None
    for item in sorted(ranges, key=lambda r: (r.start, r.end)):
        if current_end is None or item.start > current_end + 1:
            if current_end is not None and current_start is not None:
                total += current_end - current_start + 1
            current_start, current_end = item.start, item.end
        else:
            current_end = max(current_end, item.end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start + 1
    return total


def _work_ranges(ranges: list[DateRange], lines: LineIndex, has_sections: bool) -> list[DateRange]:
    """Ranges that describe work: not education, not publications, not projects."""
    from .education import degree_in_line

    excluded = {"education", "publications", "certifications", "awards", "projects"}
    work = []
    for item in ranges:
        if item.section in excluded:
            continue
        if item.section is None and degree_in_line(lines.line_text(item.line)):
            continue
        if has_sections and item.section not in ("experience", None, "summary"):
            continue
        work.append(item)
    return work


def level_for(years: float, titles: list[str], text: str) -> tuple[LevelId, list[str]]:
    evidence = [f"{years:g} years of work in dated roles"]
    title_levels = []
    for title in titles:
        for level, pattern in _TITLE_LEVELS:
            if pattern.search(title):
                title_levels.append(level)
                evidence.append(f"title: {title.strip()[:80]}")
                break
    supervises = _SUPERVISES.search(text)
    if supervises:
        evidence.append(f"scope: {supervises.group()}")
    if years >= 5 or (years >= 3 and ("senior" in title_levels[:1] or supervises)):
        return "senior", evidence
    if years >= 2:
        return "mid", evidence
    if years < 1 and (not title_levels or title_levels[0] == "intern"):
        return ("intern" if title_levels else "entry"), evidence
    return "entry", evidence


def resume_experience(lines: LineIndex, sections: list[Section], as_of: int) -> Experience:
    ranges = find_ranges(lines, sections, as_of)
    work = _work_ranges(ranges, lines, bool(sections))
    months = merged_months(work)
    years = round(months / 12, 1)
    if not work:
        stated = [int(m.group(1)) for m in _STATED_YEARS.finditer(lines.text)]
        years = float(max(stated)) if stated else 0.0
    titles = _titles_near(work, lines)
    level, evidence = level_for(years, titles, lines.text)
    return Experience(
        years=years, ranges=ranges, titles=titles, level=level, level_evidence=evidence
    )


def _titles_near(ranges: list[DateRange], lines: LineIndex) -> list[str]:
    """The job title is usually on the range's own line or the line above it."""
    titles: list[str] = []
    for item in sorted(ranges, key=lambda r: -r.end):
        own = lines.line_text(item.line).replace(item.text, "").strip(" |,-–—()\t")
        above = lines.line_text(item.line - 1).strip() if item.line > 1 else ""
        candidate = own if len(own) > 3 else above
        if candidate and candidate not in titles:
            titles.append(candidate[:120])
    return titles
