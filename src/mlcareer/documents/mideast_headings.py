"""The headings of resumes and job postings written in Hebrew, Arabic and Greek (AllJobs,
Drushim, Bayt, Wuzzuf, Kariera.gr), as sections.heading_key folds them: Greek without its
accents ("ΕΚΠΑΙΔΕΥΣΗ" and "Εκπαίδευση" alike), Arabic without hamza on its alef and without
short vowels ("الإنجليزية" and "الانجليزية" alike), and "؟" read as "?". Each tuple names one
section; sections.HEADINGS takes them in."""

from __future__ import annotations

# Greek vowels with an accent or a diaeresis, Arabic alef with a hamza or a madda, the Arabic
# question mark; Arabic short vowels and the tatweel (a stretching stroke) dropped
_FOLDS = str.maketrans(
    "άέήίόύώϊϋΐΰأإآ؟",
    "αεηιουωιυιυااا?",
    "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640",
)


def fold_script(key: str) -> str:
    """A lower-cased heading with Greek accents and Arabic hamza and vowels folded away."""
    return key.translate(_FOLDS)


def _folded(*phrases: str) -> tuple[str, ...]:
    return tuple(fold_script(phrase) for phrase in phrases)


# Military and national service, a resume's section ("שירות צבאי" / "IDF, Unit 8200, 2014-2017"):
# its dated lines are work; in a posting the words are an ask, as "Military service" is
MILITARY_HEADINGS = _folded(
    *("שירות צבאי", "שירות לאומי", "שירות צבאי / לאומי"),
    *("الخدمة العسكرية", "στρατιωτική θητεία", "στρατιωτικές υποχρεώσεις"),
)

MIDEAST_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": _folded(
        *("תקציר", "פרופיל", "פרופיל אישי", "על עצמי", "סיכום"),
        *("نبذة عني", "نبذة شخصية", "الملخص", "الملف الشخصي", "ملخص مهني", "الهدف الوظيفي"),
        *("προφίλ", "σύνοψη", "σχετικά με εμένα", "περίληψη"),
    ),
    "skills": _folded(
        *("כישורים", "מיומנויות", "כישורים טכניים", "מיומנויות טכניות", "ידע טכני"),
        *("טכנולוגיות", "ידע מקצועי"),
        *("المهارات", "المهارات التقنية", "المهارات الفنية", "مهارات", "المهارات الشخصية"),
        *("δεξιότητες", "τεχνικές δεξιότητες", "ικανότητες", "γνώσεις", "τεχνικές γνώσεις"),
    ),
    "experience": _folded(
        *("ניסיון תעסוקתי", "ניסיון מקצועי", "ניסיון", "ניסיון בעבודה", "היסטוריה תעסוקתית"),
        *MILITARY_HEADINGS,
        *("الخبرة العملية", "الخبرات العملية", "الخبرة المهنية", "الخبرات المهنية", "الخبرات"),
        *("الخبرة", "الخبرات السابقة"),
        *("επαγγελματική εμπειρία", "εμπειρία", "εργασιακή εμπειρία"),
    ),
    "education": _folded(
        *("השכלה", "השכלה אקדמית", "לימודים"),
        *("التعليم", "المؤهلات العلمية", "المؤهل العلمي", "التحصيل العلمي", "الدراسة"),
        *("εκπαίδευση", "σπουδές", "ακαδημαϊκή εκπαίδευση"),
    ),
    "languages": _folded(
        *("שפות",),
        *("اللغات",),
        *("γλώσσες", "ξένες γλώσσες"),
    ),
    "projects": _folded("פרויקטים", "المشاريع", "έργα"),
    "certifications": _folded("הסמכות", "תעודות", "الشهادات", "الشهادات المهنية", "πιστοποιήσεις"),
    "company": _folded(
        *("על החברה", "קצת עלינו", "מי אנחנו"),
        *("عن الشركة", "من نحن", "نبذة عن الشركة"),
        *("η εταιρεία", "σχετικά με εμάς", "ποιοι είμαστε"),
    ),
    "responsibilities": _folded(
        *("תיאור התפקיד", "תחומי אחריות", "תיאור משרה", "מה תעשו", "מה תעשה"),
        *("الوصف الوظيفي", "المسؤوليات", "المهام", "المهام والمسؤوليات", "المهام الوظيفية"),
        *("περιγραφή θέσης", "αρμοδιότητες", "καθήκοντα", "περιγραφή εργασίας"),
    ),
    "requirements": _folded(
        *("דרישות", "דרישות התפקיד", "דרישות המשרה", "דרישות חובה", "כישורים נדרשים"),
        *("المتطلبات", "متطلبات الوظيفة", "المؤهلات المطلوبة", "المؤهلات", "الشروط"),
        *("المهارات المطلوبة",),
        *("απαιτήσεις", "απαιτούμενα προσόντα", "προσόντα", "απαραίτητα προσόντα"),
        *("τι ζητάμε", "ζητούμενα προσόντα"),
    ),
    "preferred": _folded(
        *("יתרון", "יתרונות", "יהווה יתרון", "נחשב יתרון"),
        *("ميزة إضافية", "مميزات إضافية", "يفضل", "يعتبر ميزة"),
        *("επιθυμητά προσόντα", "θα εκτιμηθούν", "θα εκτιμηθεί", "επιθυμητά"),
    ),
    "benefits": _folded(
        *("אנחנו מציעים", "מה אנחנו מציעים", "הטבות"),
        *("نقدم لك", "ما نقدمه", "المزايا", "ماذا نقدم?"),
        *("προσφέρουμε", "τι προσφέρουμε", "παροχές"),
    ),
}
