"""Output formats. One registry per kind of result feeds the CLI's --format choices."""

from __future__ import annotations

from collections.abc import Callable

from ..models import Failure, Profile, Report
from . import html, json_format, markdown, terminal

ReportFormatter = Callable[[Report, bool], str]
ProfileFormatter = Callable[[list[Profile | Failure], bool], str]

REPORT_FORMATS: dict[str, ReportFormatter] = {
    "terminal": terminal.render_report,
    "json": json_format.render_report,
    "markdown": markdown.render_report,
    "html": html.render_report,
}

PROFILE_FORMATS: dict[str, ProfileFormatter] = {
    "terminal": terminal.render_profiles,
    "json": json_format.render_profiles,
    "jsonl": json_format.render_profiles_jsonl,
}
