"""Import spaCy without its command line. spaCy's package imports `spacy.cli.info` for its
`spacy.info()` helper, and that imports the whole `spacy.cli` package: every training, project
and download command, with typer, weasel, jinja2 and a YAML file parsed on import, about a third
of importing spaCy. mlcareer uses none of it, so spaCy is imported with stand-ins for those two
modules, which are taken out again afterwards: `import spacy.cli` later gets the real one."""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

CLI_MODULES = ("spacy.cli", "spacy.cli.info")


def info(*args: Any, **kwargs: Any) -> Any:
    """spacy.info, imported when first called."""
    from spacy.cli.info import info as real_info

    return real_info(*args, **kwargs)


def _stand_ins() -> dict[str, types.ModuleType]:
    cli = types.ModuleType(CLI_MODULES[0])
    cli.__path__ = []  # a package, so that spaCy's `from .cli.info import info` looks inside
    cli_info = types.ModuleType(CLI_MODULES[1])
    cli_info.info = info  # type: ignore[attr-defined]
    return {cli.__name__: cli, cli_info.__name__: cli_info}


def import_spacy() -> None:
    """Import spaCy once, without spacy.cli; a no-op when spaCy is already imported."""
    if "spacy" in sys.modules:
        return
    stand_ins = _stand_ins()
    for name, module in stand_ins.items():
        sys.modules.setdefault(name, module)
    try:
        importlib.import_module("spacy")
    except ImportError:  # a spaCy whose package needs more of its CLI: import it as it is
        for name in [name for name in sys.modules if name.split(".")[0] == "spacy"]:
            del sys.modules[name]
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    importlib.import_module("spacy")


import_spacy()
