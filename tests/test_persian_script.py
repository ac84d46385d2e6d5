"""Persian and Dari documents: the zero-width non-joiner (U+200C) inside a Persian word is
spelling, not hidden text; the headings of a Persian resume and posting open their sections,
written with the Persian or the Arabic "ی" and "ک", with the joiner, a space or neither."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line

from .posting_helpers import ProfileOf

_INVISIBLE_WARNING = "removed invisible formatting characters (zero-width, bidi)"


def test_persian_joiner_inside_a_word_warns_of_nothing(profile_of: ProfileOf) -> None:
    cv = "مهارت\u200cها\nPython, SQL\nزبان\u200cها\nانگلیسی: خوب\n"
    assert _INVISIBLE_WARNING not in profile_of(cv, "resume").warnings


def test_persian_joiner_between_latin_letters_still_warns(profile_of: ProfileOf) -> None:
    cv = "Skills\nPy\u200cthon, SQL\nمهارت\u200cها\n"
    assert _INVISIBLE_WARNING in profile_of(cv, "resume").warnings


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("سوابق کاری", "experience"),
        ("سوابق شغلی", "experience"),
        ("تجربه کاری", "experience"),
        ("تحصیلات", "education"),
        ("سوابق تحصیلی", "education"),
        ("مهارت\u200cها", "skills"),
        ("مهارتها", "skills"),
        ("مهارت ها", "skills"),
        ("مهارت\u200cهای فنی", "skills"),
        ("زبان\u200cها", "languages"),
        ("پروژه\u200cها", "projects"),
        ("خلاصه", "summary"),
        ("درباره من", "summary"),
        ("گواهینامه\u200cها", "certifications"),
        # the Arabic "ي" and "ك" a Persian text typed on an Arabic keyboard has
        ("سوابق كاري", "experience"),
        ("مهارتهاي فني", "skills"),
    ],
)
def test_persian_resume_heading_opens_its_section(
    profile_of: ProfileOf, heading: str, section: str
) -> None:
    cv = f"علی رضایی\n\n{heading}\nPython, PyTorch, SQL\n"
    names = [found.name for found in profile_of(cv, "resume").sections]
    assert section in names


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("الزامات", "requirements"),
        ("شرایط احراز", "requirements"),
        ("مهارت\u200cهای مورد نیاز", "requirements"),
        ("شرح وظایف", "responsibilities"),
        ("مزایا", "benefits"),
        ("درباره ما", "company"),
        ("امتیاز محسوب می\u200cشود", "preferred"),
    ],
)
def test_persian_posting_heading_opens_its_section(
    profile_of: ProfileOf, heading: str, section: str
) -> None:
    posting = f"استخدام مهندس یادگیری ماشین\n\n{heading}\n- Python\n- PyTorch\n"
    names = [found.name for found in profile_of(posting, "posting").sections]
    assert section in names


def test_persian_sentence_is_no_heading(profile_of: ProfileOf) -> None:
    # a line that only holds a heading's word among others opens nothing
    cv = "علی رضایی\n\nمهارت‌ها\nPython\nتحصیلات من در دانشگاه تهران بود\n"
    names = [found.name for found in profile_of(cv, "resume").sections]
    assert names == ["skills"]


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("کارشناسی مهندسی کامپیوتر - دانشگاه تهران، ۱۳۹۲ - ۱۳۹۶", "bachelor"),
        ("کارشناسی ارشد هوش مصنوعی، دانشگاه صنعتی شریف", "master"),
        ("کارشناسیارشد مهندسی نرم‌افزار", "master"),
        ("كارشناسي ارشد آمار", "master"),
        ("فوق لیسانس علوم کامپیوتر", "master"),
        ("دکتری یادگیری ماشین، دانشگاه صنعتی امیرکبیر", "phd"),
        ("دکترای آمار", "phd"),
        ("لیسانس کمپیوتر ساینس - پوهنتون کابل", "bachelor"),
        ("ماستری تکنالوژی معلوماتی", "master"),
    ],
)
def test_persian_degree_is_read(line: str, degree: str) -> None:
    assert degree_in_line(line) == degree


@pytest.mark.parametrize(
    "line",
    [
        "دکتر علی رضایی، مدیر فنی",  # the title Dr. before a name
        "کارشناس ارشد داده در دیجی‌کالا",  # a senior data specialist's title
        "کارشناس یادگیری ماشین",  # an ML specialist
        "پژوهشگر پسادکتری در دانشگاه تهران",  # a postdoc
        "مهندس ارشد یادگیری ماشین",  # a senior engineer
    ],
)
def test_persian_degree_lookalike_is_no_degree(line: str) -> None:
    assert degree_in_line(line) is None


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("پروژه\u200cهای Pythonی", "python"),  # a Persian suffix glued to the name
        ("ساخت مدل\u200cها با\u200cPyTorch", "pytorch"),  # a preposition before it
        ("استقرار روی Kubernetes\u200cها", "kubernetes"),
        ("سرویس\u200cهای Dockerی", "docker"),
        ("کار با TensorFlowو Keras", "tensorflow"),  # "and" glued to it
    ],
)
def test_persian_latin_name_glued_to_persian_is_read(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    cv = f"علی رضایی\n\nسوابق کاری\nمهندس داده - اسنپ\n- {line}\n"
    profile = profile_of(cv, "resume")
    assert skill in {hit.id for hit in profile.skills}
    assert _INVISIBLE_WARNING not in profile.warnings


def test_persian_glue_rule_leaves_latin_words_whole(profile_of: ProfileOf) -> None:
    # no Persian letter: "Pythonic" and "Dockerfile" are no Python and no Docker
    cv = "Jane Doe\n\nExperience\nData Engineer, Acme\n- Wrote Pythonic code and a Dockerfile\n"
    ids = {hit.id for hit in profile_of(cv, "resume").skills}
    assert "python" not in ids
