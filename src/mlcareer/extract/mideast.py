"""A posting's lines written in Hebrew, Arabic (Urdu and Persian too) or Greek: the common words of
their asks ("at least", "experience", "years", "knowledge", "good"), which name no requirement
of their own ("خبرة لا تقل عن" before "3 سنوات", "τουλάχιστον" before "3 χρόνια εμπειρία")."""

from __future__ import annotations

from functools import lru_cache

from .. import regex_cache
from ..documents.mideast_headings import fold_script

# A letter of the Greek, Hebrew or Arabic script
_SCRIPT_LETTER = regex_cache.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0590-\u05ff\u0600-\u06ff]")
# A word of those scripts (Hebrew's geresh and gershayim inside one: "ת״א")
_WORD = regex_cache.compile(r"[^\W\d_]+(?:[\"'״׳][^\W\d_]+)?")

_COMMON = frozenset(
    fold_script(word)
    for word in (
        # Hebrew: at least, years of experience, with, in, knowledge, familiarity, level
        "לפחות מינימום שנות שנים שנה ניסיון נסיון של עם ידע היכרות הכרות ברמה רמה גבוהה טובה"
        " חובה יתרון עבודה או ו"
        # Arabic: experience not less than, years, at least, in, with, knowledge, mastery
        " خبرة الخبرة لا تقل عن سنوات سنة أعوام على الأقل في مع من و أو معرفة إتقان اتقان"
        " إجادة اجادة يفضل ميزة إضافية جيدة جيد ممتازة مجال"
        # Urdu, in the same script: language, command of, on, experience, years, at least,
        # of, in, and, or, skill, good, necessary, preferred, knowledge
        " زبان پر عبور تجربہ سال کم از کا کی کے میں اور یا مہارت اچھی بہترین ضروری لازمی"
        " ترجیح علم"
        # Persian: at least, year(s), record of work, experience, in the field of, familiarity
        # with, command of, and, or, a plus, is counted, required, preferred, related
        " حداقل سال سابقه کار کاری تجربه در زمینه آشنایی با تسلط بر به و یا امتیاز محسوب میشود"
        " الزامی ضروری مرتبط مسلط"
        # ... and a man's conscription status, which an Iranian posting asks as eligibility,
        # no skill: "پایان خدمت یا معافیت دائم برای آقایان", "داشتن کارت پایان خدمت",
        # "معافیت از خدمت سربازی", "وضعیت نظام وظیفه مشخص"
        " پایان خدمت معافیت دائم کارت داشتن برای آقایان از سربازی نظام وظیفه وضعیت مشخص"
        " دارای"
        # Greek: at least, years, experience, in, with, and, or, knowledge, very good
        " τουλάχιστον χρόνια χρόνων έτη ετών εμπειρία εμπειρίας σε στο στη στην με και ή"
        " γνώση γνώσεις άριστη πολύ καλή απαραίτητη επιθυμητή του της των"
    ).split()
)


def mideast_line(line: str) -> bool:
    """Whether the line holds a Hebrew, Arabic or Greek letter."""
    return not line.isascii() and _SCRIPT_LETTER.search(line) is not None


@lru_cache(maxsize=4096)
def common_words(term: str) -> bool:
    """Whether a term is only common words of a Hebrew, Arabic or Greek ask: "خبرة لا تقل
    عن", "τουλάχιστον"; not a name in Latin letters nor a phrase with a word of its own."""
    words = _WORD.findall(term)
    return bool(words) and all(fold_script(word.lower()) in _COMMON for word in words)
