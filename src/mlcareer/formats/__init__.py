"""Output formats. One registry per kind of result feeds the CLI's --format choices.

Each entry names its module and function; the module is imported only when that format is
used, so `--format json` never pays for rich."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ..models import Failure, Profile, Report

ReportFormatter = Callable[[Report, bool], str]
ProfileFormatter = Callable[[list[Profile | Failure], bool], str]


class LazyRegistry(Mapping[str, Any]):
    """name -> formatter, from 'module:function' strings resolved on first use."""

    def __init__(self, entries: dict[str, str]) -> None:
        self._entries = entries

    def __getitem__(self, name: str) -> Any:
        module, function = self._entries[name].split(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


REPORT_FORMATS: Mapping[str, ReportFormatter] = LazyRegistry(
    {
        "terminal": "terminal:render_report",
        "json": "json_format:render_report",
        "markdown": "markdown:render_report",
        "html": "html:render_report",
    }
)

PROFILE_FORMATS: Mapping[str, ProfileFormatter] = LazyRegistry(
    {
        "terminal": "terminal:render_profiles",
        "json": "json_format:render_profiles",
        "jsonl": "json_format:render_profiles_jsonl",
    }
)
