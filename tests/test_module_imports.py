"""Each module imports on its own, whatever was imported before: a library user may start
from any of them, and an import cycle shows only when the cycle's second module comes first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import mlcareer

PACKAGE = Path(mlcareer.__file__).parent
# Forget every mlcareer module before importing the next one, in one interpreter (spaCy and
# the other libraries stay loaded, so this takes a second, not a minute).
SCRIPT = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "mlcareer" or m.startswith("mlcareer.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as error:
        failed.append(f"{name}: {type(error).__name__}: {error}")
print("\\n".join(failed))
"""


def _module_names() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__main__":
            continue  # it runs the command line
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_imports_first() -> None:
    names = _module_names()
    assert "mlcareer.literal_match" in names
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *names], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""
