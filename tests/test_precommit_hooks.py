"""The pre-commit hooks pick up resume files in every format mlcareer reads, and only those."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from mlcareer.documents import READERS

HOOKS = yaml.safe_load((Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text())


@pytest.mark.parametrize("hook", HOOKS, ids=[hook["id"] for hook in HOOKS])
def test_each_hook_takes_every_readable_resume_and_nothing_else(hook: dict[str, str]) -> None:
    files = re.compile(hook["files"])
    for suffix in READERS:
        assert files.search(f"docs/resume{suffix}"), suffix
        assert files.search(f"CV-2026{suffix.upper()}"), suffix
    for other in ("resume.doc", "resume.rtf", "notes/resume.pdf.bak", "my-resume.pdf"):
        assert not files.search(other), other
