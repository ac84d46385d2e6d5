"""A module-level name is bound once: a second `_CLAUSE_END = ...` further down a module
silently replaced the first for every function above it too (a bracketed "(5+ years)" read to
the line's end)."""

from __future__ import annotations

import ast
from pathlib import Path

import mlcareer

SOURCE = Path(mlcareer.__file__).parent


def _rebound(tree: ast.Module) -> list[str]:
    """Names assigned twice at module level, except a binding that extends itself
    (`_SEP = rf"(?:{_SEP}|...)"`)."""
    seen: set[str] = set()
    twice = []
    for node in tree.body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen and target.id not in used:
                    twice.append(f"{target.id} (line {node.lineno})")
                seen.add(target.id)
    return twice


def test_no_module_binds_a_name_twice() -> None:
    found = {
        str(path.relative_to(SOURCE)): names
        for path in sorted(SOURCE.rglob("*.py"))
        if (names := _rebound(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse('A = 1\ndef f():\n    return A\nA = 2\nB = "x"\nB = f"{B}y"\n')
    assert _rebound(tree) == ["A (line 4)"]
