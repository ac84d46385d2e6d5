"""mlcareer: offline, deterministic resume vs job-description analysis for ML careers.

The public API is imported lazily so that `import mlcareer` (and `mlcareer --help`) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "analyze", "extract", "load_taxonomy"]

if TYPE_CHECKING:
    from .api import analyze, extract
    from .taxonomy import load_taxonomy


def __getattr__(name: str) -> Any:
    if name in ("analyze", "extract"):
        from . import api

        return getattr(api, name)
    if name == "load_taxonomy":
        from .taxonomy import load_taxonomy

        return load_taxonomy
    raise AttributeError(name)
