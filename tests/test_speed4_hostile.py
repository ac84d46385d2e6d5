"""Hostile input stays linear: a posting of many blank or "OR" lines below a degree, and a
text of random letters from five scripts, read within a bound measured against a plain text
of the same length (best of three, so a busy machine slows both alike)."""

from __future__ import annotations

import random
import time

from mlcareer.api import Options
from mlcareer.extract import extract_profile
from mlcareer.models import Document

_OPTIONS = Options()

# Letters of five scripts (Latin, Cyrillic, Greek, Hebrew, Arabic), spaces and punctuation
_SCRIPTS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "אבגדהוזחטיכלמנסעפצקרשתםןףץ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآ",
)
_PUNCTUATION = " " * 12 + ".,;:-()!?/–\n"
_ENGLISH_WORDS = (
    "we build data pipelines and models for our customers with Python SQL and cloud tools "
    "the team ships reports every week and reviews code together in a friendly office"
).split()


def _seconds(text: str, kind: str) -> float:
    """The best of three readings of `text` as a `kind`, each new to the per-line caches."""
    timings = []
    for run in range(3):
        document = Document(path="hostile.txt", format="txt", text=f"{text}\nrun {run}")
        started = time.process_time()
        extract_profile(document, _OPTIONS.taxonomy, _OPTIONS.as_of, kind)  # type: ignore[arg-type]
        timings.append(time.process_time() - started)
    return min(timings)


def _five_scripts(size: int, seed: int) -> str:
    chance = random.Random(seed)
    letters = "".join(_SCRIPTS)
    return "".join(
        chance.choice(letters) if chance.random() < 0.8 else chance.choice(_PUNCTUATION)
        for _ in range(size)
    )


def _plain_english(size: int, seed: int) -> str:
    chance = random.Random(seed)
    lines: list[str] = []
    while sum(len(line) + 1 for line in lines) < size:
        lines.append(" ".join(chance.choice(_ENGLISH_WORDS) for _ in range(chance.randint(8, 16))))
    return "\n".join(lines)[:size]


def test_speed4_blank_lines_below_a_degree_are_read_in_linear_time() -> None:
    # each line below a required degree looked back over every line up to it: quadratic
    blanks = " \n" * 3000
    degree = f"Requirements\n- Bachelor's degree in Computer Science required\n{blanks}Python\n"
    plain = f"Requirements\n- Python skills are required for this work\n{blanks}Python\n"
    assert _seconds(degree, "posting") < 3 * _seconds(plain, "posting") + 0.05


def test_speed4_or_lines_below_a_degree_are_read_in_linear_time() -> None:
    ors = "OR\n" * 3000
    degree = f"Requirements\n- Bachelor's degree in Computer Science required\n{ors}Python\n"
    plain = f"Requirements\n- Python skills are required for this work\n{ors}Python\n"
    assert _seconds(degree, "posting") < 3 * _seconds(plain, "posting") + 0.05


def test_speed4_random_letters_of_five_scripts_read_about_as_fast_as_english() -> None:
    size = 30_000
    hostile = _five_scripts(size, seed=7)
    plain = _plain_english(size, seed=7)
    for kind in ("posting", "resume"):
        assert _seconds(hostile, kind) < 4 * _seconds(plain, kind) + 0.05, kind


def test_speed4_an_or_below_a_degree_still_offers_the_alternative() -> None:
    # the lines between are still read: "OR" alone between the degree and its alternative
    text = (
        "Requirements\n"
        "- Bachelor's degree in Computer Science required\n"
        "\n"
        "OR\n"
        "\n"
        "- Equivalent combination of education and experience\n"
    )
    document = Document(path="jd.txt", format="txt", text=text)
    profile = extract_profile(document, _OPTIONS.taxonomy, _OPTIONS.as_of, "posting")
    assert profile.posting is not None
    assert profile.posting.degree_required == "bachelor"
    assert (
        profile.posting.degree_alternative == "Equivalent combination of education and experience"
    )


def test_speed4_a_line_between_still_keeps_the_alternative_apart() -> None:
    text = (
        "Requirements\n"
        "- Bachelor's degree in Computer Science required\n"
        "- Python\n"
        "OR\n"
        "- Equivalent combination of education and experience\n"
    )
    document = Document(path="jd.txt", format="txt", text=text)
    profile = extract_profile(document, _OPTIONS.taxonomy, _OPTIONS.as_of, "posting")
    assert profile.posting is not None
    assert profile.posting.degree_alternative is None
