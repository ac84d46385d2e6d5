"""Errors raised by the library. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class MlcareerError(Exception):
    """Base class: a problem the user can fix, with a hint saying how."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class DocumentError(MlcareerError):
    """An input document is missing, unreadable, unsupported or has no text."""

    exit_code = 3


class TaxonomyError(MlcareerError):
    """The skill taxonomy file is invalid. `problems` lists every error with its location."""

    exit_code = 4

    def __init__(self, message: str, hint: str = "", problems: list[str] | None = None) -> None:
        super().__init__(message, hint)
        self.problems = problems or []


class UsageError(MlcareerError):
    """Options that do not fit together, or a bad value the argument parser cannot catch."""

    exit_code = 2
