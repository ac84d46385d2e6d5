"""Work skipped (speed2) changes nothing: each shortcut finds exactly what the search it
shortens finds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given

from mlcareer.documents import sections
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


# --- headings: marks stripped only from a line that opens or ends with one; notes, CJK labels,
# East Asian brackets and Russian totals looked for only where their characters stand --------

HEADING_PIECES = [
    *("Experience", "EXPERIENCE", "Work Experience", "Skills", "Education", "Publications"),
    *("## ", "# ", "**", "===", "~~~", "+++", ":", ":briefcase:", ":rocket: ", "🎁 ", " ✅", "."),
    *("学歴", "工作经历", "【学歴】", "［職歴］", "Опыт работы", " — 5 лет 2 месяца", "İ", "ı"),
    *("(selected)", "(Python, SQL)", "(KSAs)", "Knowledge, Skills and Abilities", " / ", " | "),
    *("Responsibilites", "Requirments", "Expereince", "Eductaion", "Work Experience 1", "¿", "¡"),
    *("S K I L L S", "P ROJECTS", "\n", "\t", "  ", "-", "•", "*", "Qué ofrecemos?"),
    "What you'll do",
]


@SETTINGS
@given(text=texts(HEADING_PIECES))
@example(text=":rocket: Skills :rocket:")
@example(text="Skills\n")
@example(text="  Experience ✅")
@example(text="")
def test_marks_are_stripped_as_the_whole_pattern_strips_them(text: str) -> None:
    assert sections._without_marks(text) == sections._STRIP.sub("", text)


def _heading_name_as_first_written(line: str) -> str | None:
    """heading_name without the gates on ASCII lines and on brackets (the search as written)."""

    def named(line: str) -> str | None:
        if len(line) > 60:
            return None
        name = sections._one_heading(line)
        if (
            name is None
            and sections._SMALL_CAPS_INITIAL.search(line)
            and not sections._LOWER_LETTER.search(line)
        ):
            name = sections._one_heading(sections._SMALL_CAPS_INITIAL.sub(r"\g<initial>", line))
        if name is None and (words := sections._cjk_labelled_words(line)):
            name = sections._one_heading(words)
        if name is None and (bracketed := sections._EAST_ASIAN_BRACKETS.fullmatch(line)):
            name = sections._one_heading(bracketed["words"])
        if name is None and ("/" in line or "|" in line):
            parts = {
                sections._lookup(sections.heading_key(part))
                for part in sections._BILINGUAL.split(line)
            }
            name = parts.pop() if len(parts) == 1 else None
        if name is None and (total := sections._TOTAL_TIME.search(line)):
            name = sections._one_heading(line[: total.start()])
        if name is None and (numbered := sections._NUMBERED_BLOCK.fullmatch(line)):
            numbered_name = sections._one_heading(numbered["words"])
            name = numbered_name if numbered_name in sections._NUMBERED_BLOCKS else None
        return name

    name = named(line)
    noted = sections._NOTE.fullmatch(line)
    if name is None and noted and not sections._names_something(noted):
        name = named(noted["words"])
    return name


@SETTINGS
@given(text=texts(HEADING_PIECES))
@example(text="学歴 / Education")
@example(text="【学歴】")
@example(text="Опыт работы — 5 лет 2 месяца")
@example(text="Publications (selected)")
@example(text="Work Experience 1")
def test_headings_are_named_as_without_the_gates(text: str) -> None:
    line = text.strip()
    assert sections.heading_name.__wrapped__(line) == _heading_name_as_first_written(line)


def test_a_misspelt_heading_is_read_among_the_same_candidates() -> None:
    for key in ("responsibilites", "requirments", "expereince work", "eductaion and training"):
        choices = [k for k in sections._LOOKUP if k[0] == key[0] and abs(len(k) - len(key)) <= 2]
        indexed = [k for k in sections._LOOKUP_BY_FIRST[key[0]] if abs(len(k) - len(key)) <= 2]
        assert indexed == choices
    assert sections._misspelt_heading("responsibilites") == "responsibilities"
