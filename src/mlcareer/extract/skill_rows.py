"""A table of skills with the years each was used, set without a heading ("Python | 2012 -
2024", "SQL<tab>2014 - 2024", a Word table's cells joined by tabs): each row names a skill
and its years of use, not a job titled "Python". Rows of companies named like their products,
whose years follow one another ("Databricks | 2019 - 2022" / "Snowflake | 2016 - 2019"), list
employers."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from .. import regex_cache
from ..models import DateRange, SkillHit
from .experience import Found, merged_months
from .lines import LineIndex

# What parts a row's cells: blanks, bars, slashes, colons, commas and dashes
_CELL_MARKS = regex_cache.compile(r"[\s|/:,;–—-]*")
_NAME_MARKS = regex_cache.compile(r"[\s|/:,;–—-]+")


def without_skill_rows(work: list[Found], lines: LineIndex, skills: list[SkillHit]) -> list[Found]:
    """The work ranges but those of a table of skills: two or more rows next to each other,
    each only skill names before its range and nothing after it. One such line alone may be
    an employer's ("Databricks  2019 - 2022" over a title): it stays work; so do such rows
    that open the EXPERIENCE section, before any other job ("Databricks | 2019 - 2022" /
    "Snowflake | 2016 - 2019"): employers listed with their years."""
    spans = _skill_spans(skills)
    rows = {hit.range.line for hit in work if _a_skill_row(hit, lines, spans.get(hit.range.line))}
    beside = {line for line in rows if line - 1 in rows or line + 1 in rows}
    beside -= _employers_rows(work, beside, skills)
    jobs = [hit.range.line for hit in work if _at_work(hit) and hit.range.line not in beside]
    first_job = min(jobs, default=len(lines) + 1)
    return [
        hit
        for hit in work
        if hit.range.line not in beside or (_at_work(hit) and hit.range.line < first_job)
    ]


# Months two jobs listed one after the other may share: a handover
_HANDOVER_MONTHS = 3
# Products that bear the name of their maker, a company people work at: a row naming one may
# be a job there. Other products are named after no employer of their own ("AWS", "Power BI",
# "BigQuery"), and tools an analyst lists by the years used ("Tableau", "Looker") rarely are
# one: their rows are skills.
_MAKERS_NAMES = frozenset(
    {
        *("databricks", "snowflake", "cloudera", "datadog", "mongodb", "confluent", "teradata"),
        *("informatica", "fivetran", "airbyte", "datarobot", "salesforce", "sap", "servicenow"),
        *("workday", "hubspot", "gitlab", "github", "neo4j", "couchbase", "cockroachdb"),
        *("pinecone", "weaviate", "vercel", "netlify"),
    }
)
# Tools named after the company that made them, which an analyst lists by the years used: a
# row naming one is an employer's only in a run of rows naming a maker ("Tableau | 2013 - 2018"
# / "Salesforce | 2018 - 2024"), not among tools alone ("Tableau" / "Looker")
_MAKERS_TOO = frozenset({"tableau", "looker", "alteryx", "qlik", "splunk"})


def _employers_rows(work: list[Found], rows: set[int], skills: list[SkillHit]) -> set[int]:
    """The rows of each run of adjacent rows that lists employers: every name on them is a
    company's (a maker's among them), and their years follow one another, as jobs do (a
    table's skills are used side by side: their years overlap)."""
    makers = {m.line for hit in skills if hit.id in _MAKERS_NAMES for m in hit.mentions}
    companies = makers | {m.line for hit in skills if hit.id in _MAKERS_TOO for m in hit.mentions}
    firms = _MAKERS_NAMES | _MAKERS_TOO
    others = {m.line for hit in skills if hit.id not in firms for m in hit.mentions}
    ranges: defaultdict[int, list[DateRange]] = defaultdict(list)
    for hit in work:
        if hit.range.line in rows:
            ranges[hit.range.line].append(hit.range)
    employers: set[int] = set()
    for run in _runs(sorted(rows)):
        dated = sorted((found for line in run for found in ranges[line]), key=lambda r: r.start)
        named = all(line in companies and line not in others for line in run)
        named = named and any(line in makers for line in run)
        if named and all(b.start >= a.end - _HANDOVER_MONTHS for a, b in pairwise(dated)):
            employers |= set(run)
    return employers


def _runs(lines: list[int]) -> list[list[int]]:
    """Sorted line numbers in runs of adjacent lines."""
    runs: list[list[int]] = []
    for line in lines:
        if runs and runs[-1][-1] == line - 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _at_work(hit: Found) -> bool:
    return hit.range.section == "experience"


def _skill_spans(skills: list[SkillHit]) -> dict[int, list[tuple[int, int]]]:
    """Where each line's skill mentions stand, by line."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for mention in (m for hit in skills for m in hit.mentions):
        spans.setdefault(mention.line, []).append((mention.start, mention.end))
    return spans


def _a_skill_row(hit: Found, lines: LineIndex, spans: list[tuple[int, int]] | None) -> bool:
    """The range's line holds skill names, then the range, then nothing but a cell's marks."""
    if not spans:
        return False
    start = lines.line_start(hit.range.line)
    end = start + len(lines.line_text(hit.range.line))
    if not _CELL_MARKS.fullmatch(lines.text, hit.end, end):
        return False
    named = [(s - start, e - start) for s, e in spans if e <= hit.start]
    return bool(named) and _only_names(lines.text[start : hit.start], named)


def _only_names(before: str, named: list[tuple[int, int]]) -> bool:
    """Whether the text before a range holds nothing but the named spans and cell marks."""
    rest = list(before)
    for start, end in named:
        rest[start:end] = " " * (end - start)
    return _NAME_MARKS.sub("", "".join(rest)) == ""


def row_years(line: str, span: tuple[int, int], ranges: list[DateRange]) -> float:
    """The years a skill was used, as a row of a skills table gives them ("Python | 2012 -
    2024"): the range on its line, when the skill alone stands before it and nothing after.
    `span` is the skill's place in the line, `ranges` the date ranges found on that line."""
    if len(ranges) != 1 or not _CELL_MARKS.fullmatch(line[: span[0]]):
        return 0.0
    at = line.find(ranges[0].text, span[1])
    if at == -1 or not _CELL_MARKS.fullmatch(line, span[1], at):
        return 0.0
    if not _CELL_MARKS.fullmatch(line, at + len(ranges[0].text)):
        return 0.0
    return merged_months(ranges) / 12
