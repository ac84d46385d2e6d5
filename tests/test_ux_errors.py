"""Error lines a user reads: plain words, not a library's message wrapped in brackets."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .conftest import invoke


def test_ux_junk_named_pdf_says_why_in_plain_words(tmp_path: Path) -> None:
    junk = tmp_path / "resume.pdf"
    junk.write_bytes(os.urandom(2048).replace(b"%PDF", b"%PDX"))
    result = invoke("extract", junk, "--format", "json")
    assert result.exit_code == 3
    error = json.loads(result.stdout)["error"]
    assert error == f"{junk}: not a readable PDF (data format error)", error
    assert "PDFium" not in result.stderr and "Failed to load" not in result.stderr
