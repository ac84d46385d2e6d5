"""A word in the other grammatical number, for phrases that a posting and a resume write in
different numbers ("data pipelines" / "data pipeline", "computers" / "computer")."""

from __future__ import annotations

MIN_CHARS = 4  # shorter words ("API", "bus", "gas") keep their one form


def is_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def other_number(word: str) -> str | None:
    """'pipelines' -> 'pipeline', 'technology' -> 'technologies', 'switches' -> 'switch';
    None for short or non-alphabetic words and for words that only look plural ('analysis')."""
    if len(word) < MIN_CHARS or not word.isalpha():
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]
    if word.endswith(("x", "ch", "sh", "ss")):
        return word + "es"
    if word.endswith("s"):
        return word[:-1] if is_plural(word) else None
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
