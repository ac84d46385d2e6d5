"""The document readers' patterns written in the code go through the regex cache: a literal
pattern handed to re.findall or re.sub inside a function is compiled anew by every run."""

from __future__ import annotations

import ast
from pathlib import Path

from mlcareer.documents.mail import _card_title

DOCUMENTS = Path(__file__).resolve().parents[1] / "src" / "mlcareer" / "documents"
_RE_CALLS = {"search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}


def _literal_pattern_calls(path: Path) -> list[str]:
    """Calls such as re.findall(r"[A-Za-z]+", text): a pattern written in the code, used raw."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _RE_CALLS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_document_readers_write_no_raw_literal_pattern() -> None:
    found = [
        call for path in sorted(DOCUMENTS.rglob("*.py")) for call in _literal_pattern_calls(path)
    ]
    assert found == []


def test_a_job_card_title_is_its_first_short_line_naming_an_occupation() -> None:
    block = "Hello Sam,\n- 3 openings near you\nData Engineer2 - Quillfeather Labs\nAustin, TX\n"
    assert _card_title(block) == "data engineer2 - quillfeather labs"
    assert _card_title("We think this role fits you well.\nAustin, TX\n") is None
