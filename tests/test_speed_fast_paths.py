"""Searches made cheaper (speed) find exactly what the plain searches find."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given

from mlcareer.extract import education

from .test_speedext2_fast_paths import DEGREE_PIECES, SETTINGS, texts

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


# --- degree words: each of _ANY_WORD's alternatives searched on its own -------------------------


def test_any_word_parts_are_its_alternatives() -> None:
    assert "|".join(part.pattern for part in education._ANY_WORD_PARTS) == (
        education._ANY_WORD.pattern
    )
    assert all(part.flags == education._ANY_WORD.flags for part in education._ANY_WORD_PARTS)


@SETTINGS
@given(text=texts(DEGREE_PIECES))
@example(text="master's degree in physics, ms/phd, 2:1 or above in maths, ph.d. ph.d.")
@example(text="a 2:1 degree or higher in x; degree: mathematics; bachelor i matematikk")
@example(text="высшее образование, бакалавр, ön lisans, 10+2, xth, ncea, diplom-ingenieur")
def test_degree_words_searched_part_by_part_start_where_the_alternation_does(text: str) -> None:
    lowered = text.lower()
    assert education._starts_of_any(education._ANY_WORD_PARTS, lowered) == education._starts(
        education._ANY_WORD, lowered
    )


def test_the_example_resumes_degree_words_start_where_the_alternation_does() -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        lowered = path.read_text(encoding="utf-8").lower()
        wide = education._starts(education._ANY_WORD, lowered)
        assert wide and education._starts_of_any(education._ANY_WORD_PARTS, lowered) == wide
