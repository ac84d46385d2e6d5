"""Markdown report, for a pull request or an issue. Document text is escaped so that it can
never become a link, an image, HTML or table structure."""

from __future__ import annotations

from .. import regex_cache
from ..authorization import need_shown, stance_shown
from ..documents.readers import shown
from ..models import Report, SkillMatch
from .common import (
    PROFILE_PREFIX,
    asker,
    degree_asked,
    degree_shown,
    how_detail,
    level_asked,
    level_shown,
    more_advice,
    roles_note,
    salary_figure,
    signal_lines,
    unscored_note,
    weight_text,
    years_asked,
    years_shown,
)

_SPECIAL = regex_cache.compile(r"([\\`*_{}\[\]()#+!|~-])")
_BACKTICK_RUNS = regex_cache.compile(r"`+")
# Angle brackets and ampersands become entities: no renderer reads "&lt;script" as a tag.
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str) -> str:
    """Escape Markdown syntax and HTML, and keep the text on one line, without controls."""
    return _SPECIAL.sub(r"\\\1", shown(" ".join(text.split())).translate(_ENTITIES))


def code(path: str) -> str:
    """A path as a code span, on one line and without control characters. A backtick in it
    stays: the span is fenced by more backticks than its longest run, and spaced from them."""
    text = shown(" ".join(path.split()))
    fence = "`" * (max(map(len, _BACKTICK_RUNS.findall(text)), default=0) + 1)
    space = " " if "`" in text else ""  # "`` a`b ``": the renderer drops one space each side
    return f"{fence}{space}{text}{space}{fence}"


def _matched_rows(matches: list[SkillMatch]) -> list[str]:
    if not matches:
        return ["None."]
    rows = ["| skill | asked as | how | resume evidence |", "|---|---|---|---|"]
    for m in matches:
        how = escape(m.status + how_detail(m))
        evidence = f"line {m.evidence[0].line}: {escape(m.evidence[0].text)}" if m.evidence else ""
        rows.append(
            f"| {escape(m.name)} | {escape(m.wording)} ({m.importance}) | {how} | {evidence} |"
        )
    return rows


def _missing_rows(matches: list[SkillMatch], who: str = "posting") -> list[str]:
    rows = [f"| importance | skill | {who}'s wording |", "|---|---|---|"]
    order = {"required": 0, "preferred": 1, "mentioned": 2}
    for m in sorted(matches, key=lambda m: order[m.importance]):
        note = f" ({escape(m.note)})" if m.note else ""
        rows.append(f"| {m.importance} | {escape(m.name)}{note} | {escape(m.wording)} |")
    return rows


def _component_rows(report: Report) -> list[str]:
    if not report.components:  # an empty table would read as a broken report
        return ["Nothing to score (see the warning above)."]
    return [
        "| component | weight | met | points | detail |",
        "|---|---:|---:|---:|---|",
        *(
            f"| {c.name} | {weight_text(c.weight)} | {c.value:.0%} | {c.points:.1f} |"
            f" {escape(c.detail)} |"
            for c in report.components
        ),
    ]


def _warning_lines(report: Report) -> list[str]:
    """The documents' warnings (a guess at the encoding, hidden PDF text, files given the
    wrong way round), worded as at the end of the terminal report."""
    rest = report.warnings_where(headline=False)
    if not rest:
        return []
    return ["### Warnings", "", *(f"- {escape(w)}" for w in rest), ""]


def _evidence_lines(report: Report) -> list[str]:
    """ML evidence beyond skills and the salary reference, when there are any."""
    rows = signal_lines(report.signals)
    lines = ["### ML evidence", "", *(f"- {label}: {escape(value)}" for label, value in rows), ""]
    if report.salary:
        s = report.salary
        lines += [f"Salary reference {escape(salary_figure(s))}", ""]
    return lines if rows or report.salary else []


def _roles_note(report: Report) -> list[str]:
    """Which of the posting's several roles was scored, right below the score."""
    note = roles_note(report.posting_roles)
    return [] if note is None else [f"> **Roles:** {escape(note)}", ""]


def _authorization_note(report: Report) -> list[str]:
    """The conflict on work authorization, right below the score: a fact to check first."""
    fit = report.work_authorization
    if fit is None or fit.conflict is None:
        return []
    return [f"> **Work authorization:** {escape(fit.conflict)}", ""]


def _authorization_row(report: Report) -> list[str]:
    """Both sides of work authorization in the side-by-side table, when either is stated."""
    fit = report.work_authorization
    if fit is None:
        return []
    asked, shown = escape(stance_shown(fit.posting)), escape(need_shown(fit.resume))
    return [f"| work authorization | {asked} | {shown} |"]


def render_report(report: Report, color: bool = False) -> str:
    edu, exp = report.education, report.experience
    years = years_shown(exp, report.level_evidence)
    lines = [
        f"## mlcareer: {report.score:.1f} / 100 ({report.band})",
        "",
        f"Resume: {code(report.resume)}  ",
        f"{asker(report).capitalize()}: {code(report.jd.removeprefix(PROFILE_PREFIX))}",
        "",
        *(f"**Warning:** {escape(w)}\n" for w in report.warnings_where(headline=True)),
        *_roles_note(report),
        *_authorization_note(report),
        "### Score breakdown",
        "",
        *_component_rows(report),
        *(["", note] if (note := unscored_note(report.components)) else []),
        "",
        f"### Matched ({len(report.matched)})",
        "",
        *_matched_rows(report.matched),
        "",
        f"### Missing ({len(report.missing)})",
        "",
        *(
            _missing_rows(report.missing, asker(report))
            if report.missing
            else ["Nothing is missing."]
        ),
        "",
        "### Education and experience",
        "",
        f"| | {asker(report)} asks | resume shows |",
        "|---|---|---|",
        f"| degree | {escape(degree_asked(edu))} | {escape(degree_shown(edu))} |",
        f"| years | {escape(years_asked(exp))} | {escape(years)} |",
        f"| level | {escape(level_asked(exp))} | {escape(level_shown(exp))} |",
        *_authorization_row(report),
        "",
        *(
            [f"Level evidence: {escape('; '.join(report.level_evidence))}", ""]
            if report.level_evidence
            else []
        ),
        *_evidence_lines(report),
        "### What to change",
        "",
        *(f"{i}. {escape(s.message)}" for i, s in enumerate(report.suggestions, 1)),
        *([] if report.suggestions else ["No changes to suggest."]),
        *(["", escape(more)] if (more := more_advice(report.suggestions_left_out)) else []),
        "",
        *_warning_lines(report),
        f"<sub>mlcareer {report.tool_version}, taxonomy {escape(report.taxonomy.version)} "
        f"({report.taxonomy.sha256[:12]})</sub>",
        "",
    ]
    return "\n".join(lines)
