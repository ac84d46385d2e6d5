"""Work skipped (speed2) changes nothing: each shortcut finds exactly what the search it
shortens finds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given

from mlcareer.extract import education

from .test_speedext2_fast_paths import DEGREE_PIECES, SETTINGS, texts

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


# --- degree words: only the parts whose letter opens a word of the text are searched ----------


def test_every_degree_word_part_opens_a_word_on_its_first_character() -> None:
    assert all(education._opens_a_word(part.pattern) for part in education._ANY_WORD_PARTS)
    # lookalikes: a lookbehind for something else, or none, does not say so
    assert not education._opens_a_word(r"p(?<!\sp)hd")
    assert not education._opens_a_word(r"phd")
    assert not education._opens_a_word(r"p(?<!\wq)hd")
    assert not education._opens_a_word(r"degree(?<=\bdegre)")
    assert not education._opens_a_word(r"(?:phd|msc)")
    assert education._opens_a_word(r"2(?<!ratio\s2)(?<![\w.:]2):1")


@SETTINGS
@given(text=texts(DEGREE_PIECES))
@example(text="master's degree in physics, ms/phd, 2:1 or above in maths, ph.d. ph.d.")
@example(text="a 2:1 degree or higher in x; degree: mathematics; bachelor i matematikk")
@example(text="высшее образование, бакалавр, ön lisans, 10+2, xth, ncea, diplom-ingenieur")
@example(text="xphd _phd 2phd é-cole école d'ingénieurs 4-year degree")
def test_degree_words_of_the_opened_letters_start_where_all_parts_do(text: str) -> None:
    lowered = text.lower()
    assert education._degree_word_starts(lowered) == education._starts_of_any(
        education._ANY_WORD_PARTS, lowered
    )


def test_the_example_documents_degree_words_start_where_all_parts_do() -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        lowered = path.read_text(encoding="utf-8").lower()
        for text in (lowered, *lowered.splitlines()):
            assert education._degree_word_starts(text) == education._starts_of_any(
                education._ANY_WORD_PARTS, text
            )
