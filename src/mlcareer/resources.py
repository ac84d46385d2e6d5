"""Where the bundled data lives: inside the wheel, or in the source tree for editable installs."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DATA = Path(__file__).resolve().parent / "data"
_SOURCE_DATA = Path(__file__).resolve().parents[2] / "data"


def data_dir() -> Path:
    """The folder holding skills.yaml and job_descriptions/."""
    return _PACKAGE_DATA if _PACKAGE_DATA.is_dir() else _SOURCE_DATA


def data_path(*parts: str) -> Path:
    return data_dir().joinpath(*parts)
