"""A self-contained HTML report: one file, inline CSS, no scripts, every document string
escaped with html.escape."""

from __future__ import annotations

from html import escape

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

CSS = """
body{font:15px/1.45 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;
color:#1d2330}
h1{font-size:1.4rem;margin-bottom:.2rem}.meta{color:#5b6475;font-size:.9rem}
.score{font-size:2.6rem;font-weight:700}.band{display:inline-block;padding:.15rem .6rem;
border-radius:1rem;color:#fff;font-weight:600;margin-left:.6rem;vertical-align:middle}
.strong{background:#1f8a4c}.good{background:#4a9d3f}.fair{background:#c58a00}
.weak{background:#c0392b}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border-bottom:1px solid #e3e6ec;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f7fa}.bar{background:#e3e6ec;border-radius:4px;height:10px;width:120px}
.fill{background:#3b6fd8;height:10px;border-radius:4px}.required{color:#c0392b;font-weight:600}
.preferred{color:#b07600}.mentioned{color:#5b6475}.evidence{color:#3d4556;font-size:.9rem}
li{margin:.3rem 0}.warn{background:#fff6e0;border-left:4px solid #c58a00;padding:.5rem .75rem}
"""


def _rows(cells: list[list[str]]) -> str:
    return "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)


def _matched(matches: list[SkillMatch]) -> str:
    rows = []
    for m in matches:
        how = escape(m.status + how_detail(m))
        evidence = (
            (f"<span class=evidence>line {m.evidence[0].line}: {escape(m.evidence[0].text)}</span>")
            if m.evidence
            else ""
        )
        rows.append(
            [escape(m.name), f"{escape(m.wording)} <small>({m.importance})</small>", how, evidence]
        )
    return (
        "<table><tr><th>skill</th><th>asked as</th><th>how</th><th>resume evidence</th>"
        f"</tr>{_rows(rows)}</table>"
    )


def _missing(matches: list[SkillMatch], who: str = "posting") -> str:
    if not matches:
        return f"<p>Nothing the {who} asks for is missing.</p>"
    order = {"required": 0, "preferred": 1, "mentioned": 2}
    rows = [
        [
            f"<span class={m.importance}>{m.importance}</span>",
            escape(m.name) + (f" <small>({escape(m.note)})</small>" if m.note else ""),
            escape(m.wording),
        ]
        for m in sorted(matches, key=lambda m: order[m.importance])
    ]
    return (
        f"<table><tr><th>importance</th><th>skill</th><th>{who}'s wording</th></tr>"
        f"{_rows(rows)}</table>"
    )


def _evidence(report: Report) -> str:
    """Level evidence, ML evidence beyond skills and the salary reference, when present."""
    parts = []
    if report.level_evidence:
        parts.append(
            f"<p class=meta>Level evidence: {escape('; '.join(report.level_evidence))}</p>"
        )
    rows = [[escape(label), escape(value)] for label, value in signal_lines(report.signals)]
    if rows:
        parts.append(f"<h2>ML evidence</h2><table>{_rows(rows)}</table>")
    if report.salary:
        s = report.salary
        parts.append(f"<p class=meta>Salary reference {escape(salary_figure(s))}</p>")
    return "\n".join(parts)


def _suggestions(report: Report) -> str:
    """The numbered changes, the count of those past the cap, or that there are none."""
    if not report.suggestions:
        return "<p>No changes to suggest.</p>"
    items = "".join(f"<li>{escape(s.message)}</li>" for s in report.suggestions)
    more = more_advice(report.suggestions_left_out)
    return f"<ol>{items}</ol>" + (f"<p class=meta>{escape(more)}</p>" if more else "")


def _note(report: Report) -> str:
    note = unscored_note(report.components)
    return f"<p class=meta>{escape(note)}</p>" if note else ""


def _roles_note(report: Report) -> str:
    """Which of the posting's several roles was scored, right below the score."""
    note = roles_note(report.posting_roles)
    return "" if note is None else f"<p><strong>Roles:</strong> {escape(note)}</p>\n"


def _authorization_note(report: Report) -> str:
    """The conflict on work authorization, right below the score: a fact to check first."""
    fit = report.work_authorization
    if fit is None or fit.conflict is None:
        return ""
    return f"<p class=warn><strong>Work authorization:</strong> {escape(fit.conflict)}</p>\n"


def _warnings(report: Report) -> str:
    """The documents' warnings, worded as at the end of the terminal report."""
    rest = report.warnings_where(headline=False)
    if not rest:
        return ""
    items = "".join(f"<li>{escape(shown(w))}</li>" for w in rest)
    return f"<h2>Warnings</h2><ul class=warn>{items}</ul>\n"


def _headline_warnings(report: Report) -> str:
    """The warnings that the score measures little, right below it."""
    return "".join(
        f"<p class=warn><strong>Warning:</strong> {escape(shown(w))}</p>\n"
        for w in report.warnings_where(headline=True)
    )


def render_report(report: Report, color: bool = False) -> str:
    components = [
        [
            escape(c.name),
            weight_text(c.weight),
            f"<div class=bar><div class=fill style='width:{c.value:.0%}'></div></div>"
            f"<small>{c.value:.0%}</small>",  # the figure too, as the other formats print it
            f"{c.points:.1f}",
            escape(c.detail),
        ]
        for c in report.components
    ]
    edu, exp = report.education, report.experience
    side = [
        [
            "degree",
            escape(degree_asked(edu)),
            escape(degree_shown(edu)),
        ],
        [
            "years",
            escape(years_asked(exp)),
            escape(years_shown(exp, report.level_evidence)),
        ],
        [
            "level",
            escape(level_asked(exp)),
            escape(level_shown(exp)),
        ],
    ]
    if fit := report.work_authorization:
        side.append(
            [
                "work authorization",
                escape(stance_shown(fit.posting)),
                escape(need_shown(fit.resume)),
            ]
        )
    suggestions = _suggestions(report)
    evidence = _evidence(report)
    warnings = _warnings(report)
    notes = _headline_warnings(report) + _roles_note(report) + _authorization_note(report)
    band = escape(report.band)
    asked_by = (
        f"{asker(report).capitalize()}: {escape(shown(report.jd.removeprefix(PROFILE_PREFIX)))}"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>mlcareer report</title><style>{CSS}</style></head><body>
<h1>Resume match report</h1>
<p class=meta>Resume: {escape(shown(report.resume))}<br>{asked_by}</p>
<p><span class=score>{report.score:.1f}</span> / 100 <span class="band {band}">{band}</span></p>
{notes}<h2>Score breakdown</h2>
<table><tr><th>component</th><th>weight</th><th>met</th><th>points</th><th>detail</th></tr>
{_rows(components)}</table>{_note(report)}
<h2>Matched ({len(report.matched)})</h2>{_matched(report.matched)}
<h2>Missing ({len(report.missing)})</h2>{_missing(report.missing, asker(report))}
<h2>Education and experience</h2>
<table><tr><th></th><th>{asker(report)} asks</th><th>resume shows</th></tr>{_rows(side)}</table>
{evidence}
<h2>What to change</h2>{suggestions}{warnings}
<p class=meta>mlcareer {escape(report.tool_version)}, taxonomy {escape(report.taxonomy.version)}
({escape(report.taxonomy.sha256[:12])})</p>
</body></html>
"""
