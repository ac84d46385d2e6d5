"""A British degree class ("2:1", "2.1 or equivalent") before a long run of blanks is read in
linear time: the blanks around "or better" and before "in" had been split every way."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_mentions

from .timing import fastest


def _best_of_three(text: str) -> float:
    return fastest(lambda: degree_mentions(text))


@pytest.mark.parametrize(
    "opening",
    ["2:1", "2:1 (or above)", "2.1 or equivalent", "2:1 or better"],
)
def test_a_degree_class_before_a_long_run_of_blanks_is_read_in_linear_time(opening: str) -> None:
    blanks = " " * 30_000
    hostile = f"{opening}{blanks}x"
    plain = f"{'y' * len(opening)}{blanks}x"
    assert _best_of_three(hostile) < 5 * _best_of_three(plain) + 0.05


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("2:1 in Computer Science, University of Leeds", "bachelor"),
        ("2:1 (or above) in Mathematics", "bachelor"),
        ("A 2.1 or equivalent in Statistics", "bachelor"),
        ("2:1 (Hons) in Physics", "bachelor"),
    ],
)
def test_a_degree_class_still_names_its_degree(line: str, level: str) -> None:
    assert [found[0] for found in degree_mentions(line)] == [level]
