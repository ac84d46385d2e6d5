"""Ctrl-C in a long batch: exit 130, `error: interrupted`, and a hint saying what was kept
(the streamed rows, each complete, or nothing: a ranking is written whole or not at all)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mlcareer import batch as batch_module
from mlcareer.cli import app

ROOT = Path(__file__).resolve().parents[1]
RESUME = ROOT / "examples" / "data-analyst.txt"
POSTING = ROOT / "data" / "job_descriptions" / "data-analyst.txt"


def _interrupted_after(rows: int) -> Any:
    """An engine that gives `rows` rows, then is interrupted as by Ctrl-C."""

    def rows_then_ctrl_c() -> Iterator[tuple[int, dict[str, Any]]]:
        for i in range(rows):
            yield i, {"resume": f"cv{i}.txt", "jd": "jd.txt", "score": 50.0, "missing": []}
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def engine(*args: Any, **kwargs: Any) -> Iterator[Iterator[tuple[int, dict[str, Any]]]]:
        yield rows_then_ctrl_c()

    return engine


def _batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: int, *args: str) -> Any:
    monkeypatch.setattr(batch_module, "engine_rows", _interrupted_after(rows))
    argv = ["batch", "--resumes", str(RESUME), "--jds", str(POSTING), *args]
    return CliRunner().invoke(app, [*argv, "--as-of", "2026-11"])


def test_ux2_an_interrupted_stream_says_how_many_rows_it_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "scores.jsonl"
    result = _batch(tmp_path, monkeypatch, 3, "-f", "jsonl", "--stream", "-o", str(target))
    assert result.exit_code == 130
    assert result.stderr.splitlines() == [
        "error: interrupted",
        f"hint: the 3 rows scored before it stand in {target}, complete",
    ]
    assert [json.loads(line)["resume"] for line in target.read_text().splitlines()] == [
        "cv0.txt",
        "cv1.txt",
        "cv2.txt",
    ]


def test_ux2_an_interrupted_stream_to_stdout_counts_one_row_in_the_singular(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _batch(tmp_path, monkeypatch, 1, "-f", "csv", "--stream")
    assert result.exit_code == 130
    assert result.stdout.splitlines()[0].startswith("rank,resume,jd,")
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr.splitlines()[1] == (
        "hint: the 1 row scored before it stands on standard output, complete"
    )


def test_ux2_an_interrupted_ranking_writes_nothing_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ranking.csv"
    result = _batch(tmp_path, monkeypatch, 5, "-f", "csv", "-o", str(target))
    assert result.exit_code == 130 and not target.exists()
    assert result.stderr.splitlines()[1].startswith("hint: nothing was written: a ranking needs")
