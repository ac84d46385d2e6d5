"""The cache only ever saves time: broken, unwritable or disabled, results stay the same."""

from __future__ import annotations

import hashlib
import json
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


@pytest.mark.parametrize("entry", [[], [[1, 2, 3]], [["python", False, [[]]]]])
def test_patterns_of_the_wrong_shape_are_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: object
) -> None:
    import spacy

    from mlcareer.extract.nlp import TOKENIZER_VERSION, SkillMatcher
    from mlcareer.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    monkeypatch.setenv("MLCAREER_CACHE_DIR", str(tmp_path))
    key = f"patterns-{taxonomy.sha256[:32]}-spacy-{spacy.about.__version__}-tok{TOKENIZER_VERSION}"
    (tmp_path / f"{key}.json").write_text(json.dumps(entry), encoding="utf-8")
    matcher = SkillMatcher(taxonomy)
    found = {m.skill_id for m in matcher.find(matcher.tokenize("Python and SQL"))}
    assert {"python", "sql"} <= found


def test_a_taxonomy_entry_of_the_wrong_shape_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mlcareer.taxonomy import load_taxonomy

    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "skills:\n  - {id: zorblax, name: Zorblax, kind: technical, category: x}\n",
        encoding="utf-8",
    )
    cached = tmp_path / "cache"
    cached.mkdir()
    monkeypatch.setenv("MLCAREER_CACHE_DIR", str(cached))
    key = f"taxonomy-{hashlib.sha256(mine.read_bytes()).hexdigest()[:32]}"
    (cached / f"{key}.json").write_text('{"skills": [{"id": "x"}]}', encoding="utf-8")
    assert "zorblax" in load_taxonomy(mine).skills


def test_salaries_come_from_the_cache_without_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every report carries salary context: once cached, reading it needs no YAML parser."""
    import subprocess
    import sys

    from mlcareer.salaries import load_salaries

    monkeypatch.setenv("MLCAREER_CACHE_DIR", str(tmp_path))
    expected = load_salaries().model_dump_json()
    code = (
        "import sys\nfrom mlcareer import salaries\nsalaries.load_salaries.cache_clear()\n"
        "print(salaries.load_salaries().model_dump_json())\nprint('yaml' in sys.modules)"
    )
    for _ in range(2):  # the first run fills the cache, the second reads it
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.splitlines()
    assert out == [expected, "False"]


def test_a_write_keeps_only_the_entries_of_its_kind_used_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.setenv("MLCAREER_CACHE_DIR", str(tmp_path))
    keep = cache.KEEP_PER_KIND
    for number in range(keep):  # taxonomy versions written one after another
        cache.store(f"taxonomy-{number:02d}", number)
        os.utime(tmp_path / f"taxonomy-{number:02d}.json", (1_000 + number, 1_000 + number))
    cache.store_bytes("regexes-cpython", b"x")  # another kind is never counted with them
    cache.load("taxonomy-00")  # reading the oldest marks it used: it stays
    cache.store("taxonomy-new", "newest")
    names = sorted(p.name for p in tmp_path.iterdir())
    taxonomies = [name for name in names if name.startswith("taxonomy-")]
    assert len(taxonomies) == keep
    assert {"taxonomy-00.json", "taxonomy-new.json", "regexes-cpython.bin"} <= set(names)
    assert "taxonomy-01.json" not in names  # the least recently used went first
    assert cache.load("taxonomy-new") == "newest"
