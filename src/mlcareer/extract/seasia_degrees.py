"""Degrees named in Vietnamese, Indonesian, Malay and Thai (education.DEGREE_PATTERNS takes
them in). A Vietnamese "Kỹ sư" is a five-year engineering degree, read at a bachelor's level,
and only with a school on its line: alone it is an engineer's job ("Kỹ sư Dữ liệu"). An
Indonesian "Sarjana" is a bachelor's (S1), a Malaysian "Ijazah Sarjana" a master's and its
"Ijazah Sarjana Muda" a bachelor's; "S1", "S2", "S3" are read only beside a field, a school or
a word that asks for them ("minimal S1"), as "S3" alone is Amazon's storage."""

from __future__ import annotations

import re

from .. import regex_cache
from ..models import DegreeLevel

# Case-blind patterns, written in lower case (education runs them on lower-cased text); each
# is searched only in a text that may_hold() says may hold one
_PHD = r"tiến[ \t]+sĩ\b|ปริญญาเอก"
_MASTER = (
    r"thạc[ \t]+sĩ\b|ปริญญาโท|pasca[ \t]?sarjana\b"
    r"|ijazah[ \t]+sarjana\b(?![ \t]+muda)"
)
_BACHELOR = (
    r"cử[ \t]+nhân\b|k[ỹĩ][ \t]+sư\b(?=[^\n]{0,80}?(?:đại[ \t]+học|học[ \t]+viện|university))"
    r"|tốt[ \t]+nghiệp[ \t]+đại[ \t]+học\b|trình[ \t]+độ[ \t]+đại[ \t]+học\b"
    r"|bằng[ \t]+đại[ \t]+học\b"
    r"|ปริญญาตรี|sarjana[ \t]+muda\b|s(?<!pascas)(?<!pasca s)(?<!ijazah s)arjana\b"
)
_SECONDARY = (
    r"sijil[ \t]+(?:pelajaran|tinggi[ \t]+persekolahan)[ \t]+malaysia\b"
    r"|trung[ \t]+học[ \t]+phổ[ \t]+thông\b|มัธยมศึกษาตอนปลาย"
)
# Strings one of which every match of a case-blind pattern holds, as lower-cased
_NEEDED = ("sarjana", "ijazah", "sijil")

# Case-sensitive: an Indonesian graduate's title after the name ("Budi, S.Kom.", "(M.Kom.)"),
# the levels S1, S2, S3 with a cue, and Malaysia's school certificates (SPM, STPM)
_AFTER_A_NAME = r"(?:(?<=[,(] {letter})|(?<=[,(]{letter}))"
_S_FIELD = (
    r"Teknik|Ilmu|Sistem|Matematika|Statistika|Informatika|Fisika|Manajemen|Ekonomi|Sains"
    r"|Komputer|Akuntansi|Sarjana|Magister|Doktor|Universitas|Institut"
)
# Levels side by side ("S1/S2", "S1/S2/S3") are degrees where their run ends on a cue: a
# field, a school, an Indonesian word, "degree", "in" before a name, a mark or the line's end
# (not "S1/S2/S3 incidents", "S2/S3 support tiers": severities and tiers)
_S_RUN_END = (
    r"(?=(?:[ \t]*/[ \t]*S[123]\b)?[ \t]*(?:\n|$|[-–,;.()]|/(?![ \t]*S[123]\b)"
    rf"|(?:{_S_FIELD}|semua|dari|di|dengan|jurusan|bidang|atau|sederajat|setara|degree)\b"
    r"|in[ \t]+[A-Z]))"
)
_S_AFTER = rf"(?=[ \t]*/[ \t]*S[123]\b{_S_RUN_END}|[ \t]*[-–,(]?[ \t]*(?:{_S_FIELD})\b)"
_S_BEFORE = r"(?:(?<=ulusan S)|(?<=endidikan S)|(?<=enjang S)|(?<=elar S))"
_S_SLASHED_BEFORE = r"(?:(?<=S1/S)|(?<=S1 / S)|(?<=S2/S)|(?<=S2 / S))"
# ... and after "minimal", an English word too, only where the level's ask ends or goes on
# in Indonesian ("Minimal S1/D3", "minimal S1 semua jurusan"; not "a minimal S3 footprint")
_MINIMAL_BEFORE = r"(?<=inimal S)"
_MINIMAL_AFTER = (
    r"(?=[ \t]*(?:\n|$|[/,;.()]|(?:semua|dari|di|dengan|jurusan|bidang|atau|sederajat"
    r"|setara)\b))"
)


def _s_level(digit: str) -> str:
    return (
        rf"S(?<!\wS)(?:{_S_BEFORE}{digit}|{_S_SLASHED_BEFORE}{digit}{_S_RUN_END}"
        rf"|{_MINIMAL_BEFORE}{digit}(?!\d){_MINIMAL_AFTER}"
        rf"|{digit}{_S_AFTER})(?!\d)"
    )


SEASIA_DEGREE_PATTERNS: list[tuple[DegreeLevel, re.Pattern[str]]] = [
    ("phd", regex_cache.compile(_PHD, re.I)),
    ("master", regex_cache.compile(_MASTER, re.I)),
    ("bachelor", regex_cache.compile(_BACHELOR, re.I)),
    ("secondary", regex_cache.compile(_SECONDARY, re.I)),
    ("phd", regex_cache.compile(_s_level("3"))),
    ("master", regex_cache.compile(_s_level("2"))),
    ("bachelor", regex_cache.compile(_s_level("1"))),
    (
        "master",
        regex_cache.compile(rf"M{_AFTER_A_NAME.format(letter='M')}\.(?:Kom|Si|Stat|Cs|T)\."),
    ),
    (
        "bachelor",
        regex_cache.compile(rf"S{_AFTER_A_NAME.format(letter='S')}\.(?:Kom|T|Si|Stat|Mat|E)\."),
    ),
    ("secondary", regex_cache.compile(r"S(?<!\wS)T?PM\b(?![-/])")),
]


# A letter only Vietnamese writes (seasia.py's), or a Thai one
_VIETNAMESE_OR_THAI = regex_cache.compile(r"[ăâđơưĂĐƠƯ\u1ea0-\u1ef9\u0e00-\u0e7f]")


def may_hold(text: str, lowered: str) -> bool:
    """Whether the text may name a degree a case-blind pattern here finds: it holds a
    Vietnamese or a Thai letter, or one of the Malay words every other match holds."""
    if any(word in lowered for word in _NEEDED):
        return True
    return not text.isascii() and _VIETNAMESE_OR_THAI.search(text) is not None
