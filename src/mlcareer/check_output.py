"""What `mlcareer check` prints: rule lines (text), one JSON document (json: an object for one
resume, an array for several), one object per line (jsonl) or rule lines whose failures and
warnings are GitHub Actions workflow commands (github: annotations on the run and the pull
request). The documents' warnings go to stderr in every format, as `warning: ...` lines (as
`::warning` commands in github), and into each JSON record."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

from .checks import RuleResult
from .cli_errors import print_error
from .documents.readers import shown
from .errors import MlcareerError
from .output import write_stdout

Record = dict[str, Any]


def _say(line: str) -> None:
    write_stdout(line + "\n")


@dataclass
class CheckOutput:
    format: str  # text, json or jsonl
    named: bool  # several resumes: each line and error names its resume
    jd: str | None
    records: list[Record] = field(default_factory=list)  # json: printed at the end
    said: set[str] = field(default_factory=set)  # warnings printed, each once

    def result(
        self,
        resume: Path,
        rules: list[RuleResult],
        score: float | None,
        warnings: list[str],
        role: str | None = None,
    ) -> None:
        """One resume's rules; `role`: the one checked, of a posting of several roles (JSON
        names it; a warning says it in every format)."""
        self._warn(resume, warnings)
        if self.format in ("text", "github"):
            self._text(resume, rules, score)
            return
        passed = all(r.passed for r in rules)
        record: Record = {
            "resume": str(resume),
            "jd": self.jd,
            "score": score,
            "passed": passed,
            "rules": [r.model_dump() for r in rules],
            "warnings": warnings,
        }
        if role is not None:
            record["role"] = role
        self._record(record)

    def unreadable(self, resume: Path, error: MlcareerError) -> None:
        """A resume that could not be read: its record (JSON) or error lines; the run goes on.
        With several resumes, a JSON record says it all (a summary line follows)."""
        if self.format == "github":
            _say(_annotation("error", resume, "unreadable", f"{error.message} ({error.hint})"))
        elif self.format != "text":
            base = {"resume": str(resume), "jd": self.jd}
            self._record({**base, "error": error.message, "hint": error.hint})
            if self.named:
                return
        if self.named:
            name = shown(resume)
            print_error(error.message.removeprefix(name + ": "), error.hint, prefix=f"{name}: ")
        else:
            print_error(error.message, error.hint)

    def unreadable_posting(self, jd: Path, error: MlcareerError) -> None:
        """A posting that could not be read, which stops the run: in github an annotation on
        it, as an unreadable resume gets, and in JSON its record (`resume` null, no resume was
        checked); the error and hint lines follow on stderr."""
        if self.format == "github":
            _say(_annotation("error", jd, "unreadable", f"{error.message} ({error.hint})"))
        elif self.format in ("json", "jsonl"):
            record = {"resume": None, "jd": self.jd or str(jd)}
            self._record({**record, "error": error.message, "hint": error.hint})
            self.finish()

    def finish(self) -> None:
        if self.format == "json" and self.records:
            value = self.records if self.named else self.records[0]
            _say(json.dumps(value, ensure_ascii=False, indent=2))

    def _record(self, record: Record) -> None:
        if self.format == "jsonl":
            _say(json.dumps(record, ensure_ascii=False))
        else:
            self.records.append(record)

    def _prefix(self, resume: Path) -> str:
        return f"{shown(resume)}: " if self.named else ""  # a name may hold escape codes

    def _warn(self, resume: Path, warnings: list[str]) -> None:
        """`warning:` lines on stderr; the posting's are the same for every resume, and are
        said once, without a resume's name."""
        for warning in warnings:
            posting = warning.startswith("posting: ")
            line = f"{'' if posting else self._prefix(resume)}warning: {shown(warning)}"
            if self.format == "github":
                about = Path(self.jd) if posting and self.jd else resume
                line = _annotation("warning", about, "document", warning)
            if line not in self.said:
                typer.echo(line, err=True)
            if posting:
                self.said.add(line)

    def _text(self, resume: Path, rules: list[RuleResult], score: float | None) -> None:
        prefix = self._prefix(resume)
        for r in rules:
            label = "FAIL" if not r.passed else "warn" if r.warning else "ok  "
            told = (not r.passed or r.warning) and r.fix
            message = r.message + (f" (fix: {r.fix})" if told else "")
            if self.format == "github" and label != "ok  ":
                level = "error" if label == "FAIL" else "warning"
                _say(_annotation(level, resume, r.name, message))
            else:
                _say(f"{prefix}{label} {r.name}: {message}")
        if score is not None:
            _say(f"{prefix}score {score:.1f}")


def _annotation(level: str, path: Path, rule: str, message: str) -> str:
    """A GitHub Actions workflow command ("::error file=cv.md,title=...::message") that the
    runner shows on the file, in the run and in the pull request's checks."""
    title = f"title={_property(shown(f'mlcareer check {rule}'))}"
    where = "" if str(path) == "-" else f"file={_property(shown(path))},"  # "-": piped, no file
    # a file name or a document's words may hold control characters that drive a terminal
    lines = message.split("\n")
    return f"::{level} {where}{title}::{_data(chr(10).join(shown(line) for line in lines))}"


def _data(text: str) -> str:
    """A command's message, escaped as the runner reads it back (a newline would end it)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A command's property value: its ':' and ',' would end the value."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")
