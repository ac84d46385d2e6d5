"""The cache only ever saves time: broken, unwritable or disabled, results stay the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlcareer import cache


def test_round_trip_and_corrupt_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLCAREER_CACHE_DIR", str(tmp_path))
    cache.store("k", {"a": [1, 2]})
    assert cache.load("k") == {"a": [1, 2]}
    (tmp_path / "k.json").write_text("{not json", encoding="utf-8")
    assert cache.load("k") is None
    cache.store("bad", {1, 2})  # not JSON: ignored, and no temporary file is left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.json"]


def test_disabled_and_unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLCAREER_NO_CACHE", "1")
    cache.store("k", 1)
    assert cache.load("k") is None
    monkeypatch.delenv("MLCAREER_NO_CACHE")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("MLCAREER_CACHE_DIR", str(blocker / "sub"))
    cache.store("k", 1)  # cannot create the folder: silently skipped
    assert cache.load("k") is None
