"""A posting's lines written in another language than English: German (german.py), French,
Spanish, Italian or Portuguese (romance.py). Their common words, which a sentence or an item
capitalises as its language does, name no requirement of their own."""

from __future__ import annotations

from . import german, romance


def common_words(line: str, term: str) -> bool:
    """Whether a term found on the line is only common words of the line's language: "Tage
    Urlaub" on a German line, "Au moins" or "Experiencia mínima de" on a French or a Spanish
    one; never a term of an English line."""
    if german.german_line(line) and german.common_words(term):
        return True
    return romance.romance_line(line) and romance.common_words(term)
