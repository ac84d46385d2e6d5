"""The rich terminal report. Document text is always wrapped in Text objects, never parsed as
markup, so a resume containing "[bold red]" or escape sequences prints as plain characters."""

from __future__ import annotations

import io
import os
import shutil
import sys
import unicodedata
from collections.abc import Iterable

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..authorization import need_shown, stance_shown
from ..documents.readers import shown
from ..models import (
    Failure,
    PostingInfo,
    Profile,
    Report,
    SalaryContext,
    Signals,
    SkillMatch,
)
from .common import (
    PROFILE_PREFIX,
    asked_and_preferred,
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
    snippet,
    unscored_note,
    weight_text,
    years_asked,
    years_shown,
)
from .whole_words import WholeWords

BAND_STYLE = {"strong": "bold green", "good": "green", "fair": "yellow", "weak": "red"}
STATUS_STYLE = {"matched": "green", "implied": "cyan", "related": "yellow", "missing": "red"}
WIDTH = 100  # when the output is not a terminal: files, pipes, tests
MIN_WIDTH, MAX_WIDTH = 40, 160  # narrow: tables turn into records (whole_words.py)


def output_width(pipe_width: int = WIDTH) -> int:
    """The width asked by COLUMNS, else the terminal's when printing to one, else
    `pipe_width` (a file or a pipe); within reason."""
    if sys.stdout.isatty():
        columns = shutil.get_terminal_size((WIDTH, 24)).columns  # reads COLUMNS first
    else:
        columns = _columns_asked() or pipe_width
    return max(MIN_WIDTH, min(MAX_WIDTH, columns))


def _columns_asked() -> int:
    """COLUMNS as a positive whole number ("COLUMNS=80 mlcareer match ... > report.txt"),
    else 0: unset, empty or not a number is no ask."""
    value = os.environ.get("COLUMNS", "").strip()
    return int(value) if value.isascii() and value.isdigit() else 0


def render_parts(parts: Iterable[RenderableType], color: bool) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=output_width(),
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,  # an explicit --color wins over NO_COLOR, as no-color.org asks
        highlight=False,
        emoji=False,
        markup=False,
    )
    for part in parts:
        console.print(WholeWords(part) if isinstance(part, Table) else part)
    return fit_to_stdout(buffer.getvalue() if color else without_padding(buffer.getvalue()))


def _ascii_line(character: str) -> str:
    """A box-drawing character's ASCII stand-in: a line's "-" or "|", a corner's or a
    junction's "+"."""
    name = unicodedata.name(character, "")
    if " AND " in name or " ARC " in name:
        return "+"
    if name.endswith("HORIZONTAL"):
        return "-"
    return "|" if name.endswith("VERTICAL") else "+"


_ASCII_BOXES = {code: _ascii_line(chr(code)) for code in range(0x2500, 0x2580)} | {0x2026: "..."}


def fit_to_stdout(text: str) -> str:
    """The drawn report as standard output can encode it: its boxes in ASCII where they
    cannot be (a report redirected to a file on Windows is written in the ANSI code page,
    where each "│" would become the escape "\\u2502"). Other characters it cannot encode
    are escaped as before (output.escape_unencodable)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        "\u2502\u2501".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return text.translate(_ASCII_BOXES)
    return text


def without_padding(text: str) -> str:
    """Rich pads titles and wrapped lines to the full width: blanks a saved or piped report
    need not keep."""
    return "\n".join(line.rstrip() for line in text.split("\n"))


# The band of a score with no component: the posting asked for nothing that could be read
NOT_SCORED = "NOTHING TO SCORE"


def _header(report: Report) -> Panel:
    title = Text(f"{report.score:.1f} / 100  ", style="bold")
    if report.components:
        title.append(report.band.upper(), style=BAND_STYLE.get(report.band, ""))
    else:
        title.append(NOT_SCORED, style="bold yellow")
    body = Text()
    body.append("resume   ", style="dim")
    body.append(shown(report.resume) + "\n")
    body.append(f"{asker(report):<9}", style="dim")
    body.append(shown(report.jd.removeprefix(PROFILE_PREFIX)))
    posting_title = report.experience.get("posting_title")
    if posting_title:
        body.append(f"  ({posting_title})")
    return Panel(Group(title, body), title="mlcareer match", title_align="left", expand=True)


def _components(report: Report) -> RenderableType:
    if not report.components:  # an empty table would read as a broken report
        return Text("Score breakdown: nothing to score (see the warning above).")
    note = unscored_note(report.components)
    table = Table(
        title="Score breakdown",
        title_justify="left",
        caption=Text(note) if note else None,
        caption_justify="left",
        expand=True,
    )
    table.add_column("component")
    table.add_column("weight", justify="right")
    table.add_column("met", justify="right")
    table.add_column("points", justify="right")
    table.add_column("detail")
    for c in report.components:
        table.add_row(
            c.name, weight_text(c.weight), f"{c.value:.0%}", f"{c.points:.1f}", Text(c.detail)
        )
    return table


def _skills(report: Report) -> list[RenderableType]:
    """The Matched and Missing tables, or a line for either that would be empty."""
    if not report.matched and not report.missing:
        return [Text(f"Skills: the {asker(report)} names none, so none is matched or missing.")]
    if not report.matched:
        none = f"Matched: the resume shows none of the skills the {asker(report)} asks for."
        return [Text(none, style="red"), _missing(report.missing, asker(report))]
    return [_matched(report.matched), _missing(report.missing, asker(report))]


def _matched(matches: list[SkillMatch]) -> Table:
    table = Table(title=f"Matched ({len(matches)})", title_justify="left", expand=True)
    # too narrow for a name's longest word, the table turns into records (WholeWords)
    table.add_column("skill", ratio=3, overflow="fold")
    table.add_column("asked as", ratio=3, overflow="fold")
    table.add_column("how", max_width=16)
    table.add_column("resume evidence", ratio=6)
    for m in matches:
        how = Text(m.status, style=STATUS_STYLE[m.status])
        how.append(how_detail(m))
        evidence = m.evidence[0] if m.evidence else None
        shown = Text(
            f"line {evidence.line}: {snippet(evidence.text, evidence.column)}" if evidence else ""
        )
        table.add_row(Text(m.name), Text(f"{m.wording} ({m.importance})"), how, shown)
    return table


def _missing(matches: list[SkillMatch], who: str = "posting") -> RenderableType:
    if not matches:
        return Text(f"Missing: nothing the {who} asks for is missing.", style="green")
    table = Table(title=f"Missing ({len(matches)})", title_justify="left", expand=True)
    table.add_column("importance")
    table.add_column("skill")
    table.add_column(f"{who}'s wording")
    order = {"required": 0, "preferred": 1, "mentioned": 2}
    for m in sorted(matches, key=lambda m: order[m.importance]):
        style = "red" if m.importance == "required" else "yellow"
        name = Text(m.name)
        if m.note:
            name.append(f" ({m.note})", style="dim")
        table.add_row(Text(m.importance, style=style), name, Text(m.wording))
    return WholeWords(table, headline=1)


def _side_by_side(report: Report) -> Table:
    table = Table(title="Education and experience", title_justify="left", expand=True)
    table.add_column("")
    table.add_column(f"{asker(report)} asks")
    table.add_column("resume shows")
    edu, exp = report.education, report.experience
    table.add_row("degree", Text(degree_asked(edu)), Text(degree_shown(edu)))
    table.add_row("years", years_asked(exp), years_shown(exp, report.level_evidence))
    table.add_row("level", Text(level_asked(exp)), Text(level_shown(exp)))
    if fit := report.work_authorization:
        table.add_row(
            "work authorization", Text(stance_shown(fit.posting)), Text(need_shown(fit.resume))
        )
    if report.level_evidence:
        table.add_row("level evidence", "", Text("; ".join(report.level_evidence)))
    return table


def signals_panel(signals: Signals) -> Panel:
    """ML evidence beyond skills: publications, research links, GitHub, Kaggle, degree field."""
    rows = signal_lines(signals)
    body = Text()
    for label, value in rows:
        body.append(f"{label:<16}", style="dim")
        body.append(value + "\n")
    if not rows:
        body.append("No publications, research links, GitHub, Kaggle or open-source work found.")
    body.rstrip()
    return Panel(body, title="ML evidence", title_align="left")


def salary_text(salary: SalaryContext) -> Text:
    """One line of salary context, marked as a reference figure."""
    line = Text("salary reference ", style="dim")
    line.append(f"{salary_figure(salary)}; see 'mlcareer salary'")
    return line


def _suggestions(report: Report) -> RenderableType:
    body = Text()
    for i, s in enumerate(report.suggestions, 1):
        body.append(f"{i}. ")
        body.append(s.message + "\n")
    if more := more_advice(report.suggestions_left_out):
        body.append(more, style="dim")
    body.rstrip()  # no blank line before the panel's bottom edge
    return Panel(body or Text("No changes to suggest."), title="What to change", title_align="left")


def render_report(report: Report, color: bool = False) -> str:
    parts: list[RenderableType] = [
        _header(report),
        *_warning_lines(report, headline=True),
        *_roles_note(report),
        *_authorization_note(report),
        _components(report),
        *_skills(report),
        _side_by_side(report),
        signals_panel(report.signals),
        _suggestions(report),
    ]
    if report.salary:
        parts.append(salary_text(report.salary))
    parts += _warning_lines(report, headline=False)
    return render_parts(parts, color)


def _warning_lines(report: Report, headline: bool) -> list[Text]:
    """The report's warnings: those that the score measures little (the same file twice,
    swapped files, a posting that asks nothing) right below it, the others at the end."""
    style = "bold yellow" if headline else "yellow"
    return [Text(f"warning: {w}", style=style) for w in report.warnings_where(headline)]


def _roles_note(report: Report) -> list[Text]:
    """Which of the posting's several roles was scored, right below the score."""
    note = roles_note(report.posting_roles)
    if note is None:
        return []
    line = Text("roles: ", style="bold")
    line.append(note)
    return [line]


def _authorization_note(report: Report) -> list[Text]:
    """The conflict on work authorization, right below the score: a fact to check first."""
    fit = report.work_authorization
    if fit is None or fit.conflict is None:
        return []
    note = Text("work authorization: ", style="bold yellow")
    note.append(fit.conflict)
    return [note]


def _requirements_table(profile: Profile) -> WholeWords:
    """A posting's requirements as the match reads them: how much each is wanted, the
    posting's words, the years asked and the choice it belongs to."""
    table = Table(expand=True, show_header=True)
    table.add_column("importance")
    table.add_column("requirement")
    table.add_column("posting's wording")
    table.add_column("years", justify="right")
    table.add_column("one of")
    order = {"required": 0, "preferred": 1, "mentioned": 2}
    for req in sorted(profile.requirements, key=lambda r: (order[r.importance], r.line)):
        name = req.name if req.known else f"{req.name} (not in taxonomy)"
        table.add_row(
            req.importance,
            Text(name),
            Text(req.wording),
            f"{req.years:g}+" if req.years else "",
            Text(req.choice or ""),
        )
    return WholeWords(table, headline=1)


def _profile_panel(profile: Profile) -> RenderableType:
    if profile.posting:
        return _posting_panel(profile)
    table = Table(expand=True, show_header=True)
    table.add_column("skill")
    table.add_column("kind")
    table.add_column("category")
    table.add_column("as written", overflow="fold")
    for hit in profile.skills:
        written = sorted({" ".join(m.text.split()) for m in hit.mentions})  # one line each
        table.add_row(
            Text(hit.name),
            hit.kind,
            hit.category,
            Text(", ".join(written) + f"  ×{len(hit.mentions)}"),
        )
    facts = Text()
    facts.append(f"{profile.doc_type}, {profile.format}, {profile.text_chars} characters\n")
    facts.append(f"education: {profile.education.highest or 'none found'}")
    if profile.education.field:
        facts.append(f" ({profile.education.field})")
    exp = profile.experience
    technical = exp.relevant_years
    in_tech = "" if technical in (None, exp.years) else f" ({technical:g} in technical roles)"
    years = "years not stated (no dates on the jobs)" if exp.undated else f"{exp.years:g} years"
    facts.append(f"\nexperience: {years}{in_tech}, level {exp.level or 'unknown'}")
    ranges = ", ".join(r.text for r in profile.experience.ranges)
    if ranges:
        facts.append(f"\ndate ranges: {ranges}")
    if profile.work_authorization is not None:
        facts.append(f"\nwork authorization: {need_shown(profile.work_authorization)}")
    _append_warnings(facts, profile)
    found: RenderableType = WholeWords(table) if profile.skills else Text("skills: none found")
    return Panel(Group(facts, found), title=Text(shown(profile.path)), title_align="left")


def _posting_panel(profile: Profile) -> RenderableType:
    """What a posting asks: years, degree and level, then its requirements (its skills as
    found are in --format json)."""
    facts = Text(f"{profile.doc_type}, {profile.format}, {profile.text_chars} characters")
    roles = [(role, role.profile) for role in profile.roles if role.profile is not None]
    if not roles:
        facts.append("\n")
        facts.append_text(_asks(profile))
    if profile.work_authorization is not None:
        facts.append(f"\nwork authorization: {stance_shown(profile.work_authorization)}")
    _append_warnings(facts, profile)
    parts: list[RenderableType] = [facts]
    if not roles and profile.requirements:
        parts.append(_requirements_table(profile))
    for role, part in roles:  # a posting of several roles: what each asks, as match reads it
        heading = Text(f"\nrole: {role.title} (line {role.line})", style="bold")
        parts.append(Text("\n").join([heading, _asks(part)]))
        if part.requirements:
            parts.append(_requirements_table(part))
    return Panel(Group(*parts), title=Text(shown(profile.path)), title_align="left")


def _asks(profile: Profile) -> Text:
    """The years, degree and level a posting asks, and how many requirements of each kind."""
    p = profile.posting or PostingInfo()
    degree = {
        "required": p.degree_required,
        "preferred": p.degree_preferred,
        "alternative": p.degree_alternative,
    }
    years = asked_and_preferred(p.years_required, p.years_preferred)
    req = profile.requirements
    return Text(
        f"asks for: {years} years, degree {degree_asked(degree)}, level {p.level or '-'}\n"
        f"requirements: {sum(r.importance == 'required' for r in req)} required, "
        f"{sum(r.importance == 'preferred' for r in req)} preferred, "
        f"{sum(r.importance == 'mentioned' for r in req)} mentioned"
    )


def _append_warnings(facts: Text, profile: Profile) -> None:
    """The document's warnings (an encoding guess, a cut text, hidden PDF text)."""
    for warning in profile.warnings:
        facts.append(f"\nwarning: {warning}", style="yellow")


def render_profiles(items: list[Profile | Failure], color: bool = False) -> str:
    parts: list[RenderableType] = []
    for item in items:
        if isinstance(item, Failure):
            name = shown(item.path)  # the error names the file already, most of the time
            parts.append(Text(f"{name}: {item.error.removeprefix(name + ': ')}", style="red"))
        else:
            parts.append(_profile_panel(item))
    return render_parts(parts, color)
