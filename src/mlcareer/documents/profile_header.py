"""A profile saved as PDF from a professional network reads its sidebar (contact, top skills,
languages, certifications, honours) before its main column, which opens with the writer's
name, headline and location above "Summary" or "Experience". A careful reader takes those
lines for the profile's header, not the last items of the sidebar's last section: the name is
the line whose letters the profile's address spells ("Dana Oyelaran", ".../in/danaoyelaran")."""

from __future__ import annotations

import re
import unicodedata

from .. import regex_cache
from ..models import Section

# The profile's own address in its contact section: "www.linkedin.com/in/danaoyelaran"
_PROFILE_ADDRESS = regex_cache.compile(r"linkedin\.com/in/([\w%-]{3,100})", re.I)
_MAIN_OPENINGS = frozenset({"summary", "experience"})
_HEADER_LINES = 6  # lines above the main column's first heading where the name may stand
_NAME_WORDS = 5  # a name's most words
_LEAST_LETTERS = 4  # letters of the address or the name that tell them apart from chance
_NON_LETTERS = regex_cache.compile(r"[^a-z]+")


def header_apart(text: str, sections: list[Section]) -> list[Section]:
    """The sections, the sidebar's last ended above the main column's name when the first
    section is the contact one holding the profile's address, and a line just above the main
    column's first heading is the name its address spells."""
    if len(sections) < 3 or sections[0].name != "contact":
        return sections
    contact = sections[0]
    address = _PROFILE_ADDRESS.search(text, contact.start, contact.end)
    if address is None:
        return sections
    spelled = _letters(address.group(1))
    main = next((i for i, s in enumerate(sections) if s.name in _MAIN_OPENINGS), 0)
    if main < 2 or len(spelled) < _LEAST_LETTERS:
        return sections
    sidebar = sections[main - 1]
    lines_above = text[sidebar.start : sections[main].start].splitlines(keepends=True)
    at = sections[main].start
    for line in reversed(lines_above[1:][-_HEADER_LINES:]):
        at -= len(line)
        if _spells_the_name(line, spelled):
            sidebar.end = at
            break
    return sections


def _letters(words: str) -> str:
    """The words' letters in lower case, without accents: "José Núñez" -> "josenunez"."""
    plain = unicodedata.normalize("NFKD", words.casefold())
    return _NON_LETTERS.sub("", plain.encode("ascii", "ignore").decode())


def _spells_the_name(line: str, spelled: str) -> bool:
    """The line is a short name whose letters open the address's, or the address's its
    ("danaoyelaran", "dana-oyelaran-4b2a19")."""
    words = line.split()
    if not 2 <= len(words) <= _NAME_WORDS:
        return False  # a name has two words at least: not a skill ("Rust" in /in/rustacean-dev)
    name = _letters(line)
    if len(name) < _LEAST_LETTERS:
        return False
    return spelled.startswith(name) or name.startswith(spelled)
