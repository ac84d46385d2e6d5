"""Refresh the `mlcareer --help` block in README.md from the real CLI (tests/test_readme.py
checks that they agree)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
MARKER = "$ mlcareer --help\n"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    start = text.index(MARKER) + len(MARKER)
    end = text.index("```", start)
    help_text = CliRunner().invoke(app, ["--help"], terminal_width=80, prog_name="mlcareer").stdout
    README.write_text(text[:start] + help_text.strip("\n") + "\n" + text[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
