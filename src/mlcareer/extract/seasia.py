"""Lines written in Vietnamese, Indonesian or Malay, and Thai, and the common words of their
asks. A Vietnamese item capitalises its opening syllable and the syllables of a field's name
("Tốt nghiệp Đại học chuyên ngành Công nghệ thông tin"), an Indonesian one its opening verb
("Menguasai Python"): such words name no requirement of their own. Thai, written without
spaces, names its terms in Latin letters ("มีความรู้ Python"); a run of Thai names none."""

from __future__ import annotations

import re

from .. import regex_cache
from .language_words import COUNT, holds_a_marker

# Letters only Vietnamese writes: "ă", "ơ", "ư", "đ" and the vowels with a dot below, a hook
# or a tone over a circumflex or a breve (U+1EA0-U+1EF9)
_VIETNAMESE_LETTERS = regex_cache.compile(r"[ăâđơưĂĐƠƯ\u1ea0-\u1ef9]")
# A Vietnamese syllable, any case: its opening consonants, its vowels (with their marks) and
# its closing consonants. "Khoa", "Công", "Tiếng", "Anh" are; "Spark", "Kafka", "Docker" not.
_VOWELS = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_SYLLABLE = regex_cache.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_VOWELS}]{{1,3}}"
    r"(?:ng|nh|ch|[cmnpt])?",
    re.I,
)
_THAI = regex_cache.compile(r"[\u0e00-\u0e7f]")

# Words that mark a line as Indonesian or Malay, none of them an English word, in lower case
# as they stand mid-sentence; and the words of a posting's asks in any case ("Minimal 2
# tahun", "Menguasai Python", "Diutamakan")
_FUNCTION_WORDS = frozenset(
    "dan yang dengan untuk atau dari pada dalam serta sebagai secara bisa dapat juga maupun"
    " memiliki mampu mempunyai menggunakan bekerja berbahasa tahun bulan sekarang kini".split()
)
_ASKING_WORDS = frozenset(
    "pengalaman berpengalaman menguasai memahami mengerti lulusan pendidikan jurusan"
    " diutamakan minimal sekurang-kurangnya setidaknya kemampuan keahlian kemahiran"
    " pemahaman pengetahuan fasih lancar baik diutamakan mahir".split()
)
# Words of these languages that open an item or name a field ("Ilmu Komputer", "Teknik
# Informatika", "Bahasa Inggris"), common words though alone they mark no line
_OTHER_COMMON_WORDS = frozenset(
    "ilmu komputer teknik informatika sistem informasi statistika matematika bahasa inggris"
    " indonesia melayu mandarin jepang sains sarjana muda universitas universiti setara"
    " jurusan bidang terkait tim kerja sama aktif lisan tulisan".split()
)
_COMMON_WORDS = _FUNCTION_WORDS | _ASKING_WORDS | _OTHER_COMMON_WORDS
# The affixes of Indonesian and Malay verbs and nouns: "Menguasai", "Memahami",
# "Berpengalaman", "Diutamakan", "Kemampuan", "Pengetahuan"
# "Diutamakan", "Kemampuan", "Pengetahuan" (not "Terraform", "Metabase", "Pentaho")
_AFFIXED = regex_cache.compile(
    r"me(?:ng|ny|m|n)[a-z]{3,}|ber[a-z]{3,}|(?:ke|pe(?:ng|ny|m|n|r)?)[a-z]{3,}an"
    r"|[a-z]{3,}(?:kan|nya)"
)


def vietnamese_line(line: str) -> bool:
    """Whether the line holds a letter only Vietnamese writes."""
    return bool(_VIETNAMESE_LETTERS.search(line))


def malay_line(line: str) -> bool:
    """Whether the line reads as Indonesian or Malay: it holds one of their function words in
    lower case, or one of their asking words in any case."""
    return holds_a_marker(line, _FUNCTION_WORDS, _ASKING_WORDS)


def thai_line(line: str) -> bool:
    """Whether the line holds Thai letters."""
    return bool(_THAI.search(line))


def common_words(line: str, term: str) -> bool:
    """Whether a term found on the line is only words of the line's language: Thai letters on
    any line; syllables on a Vietnamese line ("Công", "Ít nhất", "Tiếng Anh"); common or
    affixed words on an Indonesian or Malay one ("Menguasai", "Minimal 2", "Ilmu Komputer").
    Never "AWS", "NeurIPS", "Zorblex" or "Kafka"."""
    if _THAI.search(term):
        return True
    words = term.split()
    if not words or any(word.isupper() and len(word) > 1 for word in words):
        return False
    if vietnamese_line(line) and all(_SYLLABLE.fullmatch(word) for word in words):
        return True
    return malay_line(line) and all(_malay_word(word) for word in words)


def _malay_word(word: str) -> bool:
    """A count, a common word, or an affixed word written as a common word is (in lower case
    or capitalised only as an item opens)."""
    if COUNT.fullmatch(word):
        return True
    if not word.isalpha() or word[1:] != word[1:].lower():
        return False
    lowered = word.lower()
    return lowered in _COMMON_WORDS or bool(_AFFIXED.fullmatch(lowered))
