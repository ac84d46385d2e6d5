"""Properties that hold for any text: no crash but DocumentError, offsets that index the text,
scores within 0-100, and the same output for the same input."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from mlcareer import suggest
from mlcareer.api import Options, compare
from mlcareer.documents import read_document
from mlcareer.errors import DocumentError
from mlcareer.extract import education, extract_profile, seasia_degrees
from mlcareer.extract.experience import RANGE, search_range
from mlcareer.models import Profile

from .hostile_corpus import GOOD_POSTING

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Words that make skills, headings, dates and degrees appear, glued by hostile separators.
WORDS = [
    "Python",
    "PyTorch",
    "SQL",
    "C++",
    "R",
    "Go",
    "machine learning",
    "Kubernetes",
    "no experience with",
    "Skills",
    "Experience",
    "Education",
    "Requirements",
    "Jan 2020 - Present",
    "2019–2021",
    "5+ years",
    "MSc",
    "PhD in Physics",
    "Engineer | Acme",
]
SEPARATORS = [" ", ", ", "\n", "\r\n", "\t", " / ", "•", "\u200b", "\x00", "\u202e", "-", ":"]
SEPARATORS += ["\u00a0", ",\u202f", "\u2009"]  # other spaces
SEPARATORS += ["\x1b[31m", "\x1b]8;;x\x07", "\u009b1m", "\x1b", "x" * 1100]  # escapes; a cut
pieces = st.tuples(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.text(max_size=8)),
    st.sampled_from(SEPARATORS),
).map("".join)
resume_texts = st.lists(pieces, max_size=60).map("".join)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("properties")


@pytest.fixture(scope="module")
def posting(folder: Path, options: Options) -> Profile:
    path = folder / "posting.txt"
    path.write_text(GOOD_POSTING, encoding="utf-8")
    return extract_profile(read_document(path), options.taxonomy, options.as_of, "posting")


def profile_from(folder: Path, raw: bytes, options: Options) -> Profile | None:
    """The resume profile of a .txt holding `raw`, or None when it is not a readable file."""
    path = folder / "resume.txt"
    path.write_bytes(raw)
    try:
        document = read_document(path, options.limits)
    except DocumentError as error:
        assert error.exit_code == 3 and error.hint
        return None
    return extract_profile(document, options.taxonomy, options.as_of, "resume")


@PROPERTY_SETTINGS
@given(text=st.text(max_size=400))
def test_any_unicode_text_gives_a_profile_or_a_document_error(
    folder: Path, options: Options, text: str
) -> None:
    profile_from(folder, text.encode("utf-8", "surrogatepass"), options)


@PROPERTY_SETTINGS
@given(raw=st.binary(max_size=400))
def test_any_bytes_give_a_profile_or_a_document_error(
    folder: Path, options: Options, raw: bytes
) -> None:
    profile_from(folder, raw, options)


@PROPERTY_SETTINGS
@given(text=resume_texts)
def test_mention_offsets_index_the_text_they_came_from(
    folder: Path, options: Options, text: str
) -> None:
    profile = profile_from(folder, text.encode("utf-8", "surrogatepass"), options)
    if profile is None:
        return
    for hit in profile.skills:
        for mention in hit.mentions:
            assert profile.text[mention.start : mention.end] == mention.text
            assert profile.text.count("\n", 0, mention.start) + 1 == mention.line
    for section in profile.sections:
        assert 0 <= section.start <= section.end <= len(profile.text)


@PROPERTY_SETTINGS
@given(text=resume_texts)
def test_extract_json_offsets_index_the_file_content(
    folder: Path, options: Options, text: str
) -> None:
    """CONTRACT.md: for a UTF-8 .txt file, content[start:end] == text in extract's JSON, however
    much the text was repaired (controls, escapes, zero-width characters, cut lines)."""
    from mlcareer.formats.json_format import profile_object

    assume(not any(0xD800 <= ord(c) <= 0xDFFF for c in text))  # a UTF-8 file
    profile = profile_from(folder, text.encode("utf-8"), options)
    assume(profile is not None and not any("read as" in w for w in profile.warnings))
    assert profile is not None
    content = (folder / "resume.txt").read_text(encoding="utf-8-sig")
    record = profile_object(profile)
    for hit in record["skills"]:
        for mention in hit["mentions"]:
            assert content[mention["start"] : mention["end"]] == mention["text"]
    for section in record["sections"]:
        assert 0 <= section["start"] <= section["end"] <= len(content)


@PROPERTY_SETTINGS
@given(text=resume_texts)
def test_scores_lie_between_0_and_100(
    folder: Path, options: Options, posting: Profile, text: str
) -> None:
    profile = profile_from(folder, text.encode("utf-8", "surrogatepass"), options)
    if profile is None:
        return
    report = compare(profile, posting, options)
    assert 0 <= report.score <= 100
    for component in report.components:
        assert 0 <= component.value <= 1
        assert 0 <= component.points <= component.weight + 1e-9


@PROPERTY_SETTINGS
@given(text=resume_texts)
def test_the_same_input_gives_the_same_output(
    folder: Path, options: Options, posting: Profile, text: str
) -> None:
    raw = text.encode("utf-8", "surrogatepass")
    first, second = profile_from(folder, raw, options), profile_from(folder, raw, options)
    if first is None or second is None:
        assert first is second is None
        return
    assert first.model_dump() == second.model_dump()
    assert compare(first, posting, options) == compare(second, posting, options)


DATE_PIECES = [
    "Jan", "Sept.", "May", "2019", "'16", "’19", "03/2020", "12/21", "2019-21", "20192021", "4",
    "1st", "Summer", "of", "since", "from", "to", "date", "Present", "now", "onwards", "-", "–",
    "/", ".", "(", ")", "|", "x", "a1", "_", "März", "Mai", "mars", "Juni", "Okt.", "févr.",
    "gennaio", "Dezember", "01.2021", "heute", "bis", "seit", "depuis", "desde", "dal", "al",
    "aujourd'hui", "oggi", "actualidad", "presente", "nu", "à",
    "SINCE", "DEZEMBER", "ſince", "\u212a", "İ", "ı", "Σ",
]  # fmt: skip
date_texts = st.lists(
    st.tuples(st.sampled_from(DATE_PIECES), st.sampled_from(["", " ", "  ", "\n"])).map("".join),
    max_size=12,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=date_texts, position=st.integers(min_value=0, max_value=6))
@example(text="ſince 2019", position=0)  # re.I reads "ſ" as "s"; lower case keeps it
@example(text="SEPT. 2019 - PRESENT", position=0)
def test_the_fast_range_search_finds_what_the_full_search_finds(text: str, position: int) -> None:
    full, fast = RANGE.search(text, position), search_range(text, position)
    assert (full and (full.span(), full.groupdict())) == (fast and (fast.span(), fast.groupdict()))


NAME_PIECES = [
    "Go",
    "go",
    "C",
    "C++",
    "C#",
    "AWS SageMaker",
    "AWS",
    "-",
    "_",
    "é",
    "1",
    "²",
    "½",
    " ",
    "\n",
]
name_texts = st.lists(st.sampled_from(NAME_PIECES), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(
    text=name_texts,
    name=st.sampled_from(NAME_PIECES[:6]),
    start=st.integers(min_value=0, max_value=12),
    end=st.integers(min_value=0, max_value=40),
)
def test_a_name_found_as_written_is_what_the_whole_word_pattern_finds(
    text: str, name: str, start: int, end: int
) -> None:
    pattern = re.compile(r"(?<![\w+#])" + re.escape(name) + r"(?![\w+#-])")
    expected = pattern.search(text, start, end) is not None
    assert suggest._written_in(text, name, start, end) is expected


DEGREE_PIECES = [
    "PhD", "Ph.D.", "M.Sc.", "MS", "Masters", "master's", "in", "of", "Bachelor", "BS", "B.Tech",
    "Scrum", "High School", "A-level", "a level", "O levels", "Diploma", "MBA", "graduated",
    "İ", "ß", "K", "Computer Science", "Boston,", "MA", "(", ")", ",", "/", "or", "12th", "GED",
    "Laurea", "Magistrale", "Licence", "en", "Dipl.-Inf.", "Diplom-", "Dr.-Ing.", "Dr. rer. nat.",
    "Hans Müller", "Ingénieur", "diplômé", "Máster", "DOCTORAT",
]  # fmt: skip
degree_texts = st.lists(
    st.tuples(st.sampled_from(DEGREE_PIECES), st.sampled_from(["", " ", "  ", "\n"])).map("".join),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=degree_texts)
def test_degrees_found_in_lower_case_are_those_found_ignoring_case(text: str) -> None:
    fast = education.degree_mentions(text)
    with patch.dict(education._LOWER_CASE_PATTERNS, clear=True):  # every pattern as written
        assert fast == education.degree_mentions(text)


TOKEN_PIECES = [
    "Python", "C++", "We're", "e.g.", "Node.js/SQL", "-", "•SQL", "(R)", "3+", "yrs.", "Inc.",
    ":)", "don't", "\xa0", "\\n", "a", "J.", "R.", "https://x.io/a", "'s", "2019–2021", ",",
    "'", "’", "—", "(C++)", "C++,", "'C++'", "—C++", "(", ")", ".", ":", "''", "'Python'",
]  # fmt: skip
token_texts = st.lists(
    st.tuples(
        st.sampled_from(TOKEN_PIECES), st.sampled_from(["", " ", "  ", "\n", "\n\n", "\t", " \n"])
    ).map("".join),
    max_size=14,
).map("".join)


@functools.cache
def _tokenizers() -> tuple[Any, Any]:
    """Ours, and one with the special-case rules ours drops for the cache's sake put back:
    those for line breaks, tabs and spaces, and those the affix rules repeat."""
    from mlcareer.extract.nlp import blank_english

    ours, with_rules = blank_english(), blank_english()
    rules = dict(with_rules.tokenizer.rules)
    spacy_rules = with_rules.Defaults.tokenizer_exceptions
    initials = re.compile(r"[A-Z]\.")  # dropped to change tokens: "R." ends a sentence
    dropped = [k for k in spacy_rules if k not in rules and not initials.fullmatch(k)]
    rules.update({text: spacy_rules[text] for text in dropped})
    with_rules.tokenizer.rules = rules
    return ours, with_rules


def _tokens(doc: Any) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.whitespace_, t.norm_, t.idx) for t in doc]


def test_the_rules_the_affixes_repeat_are_dropped() -> None:
    ours, with_rules = _tokenizers()
    for text in ("C++", "'", "’", "—"):
        assert text not in ours.tokenizer.rules and text in with_rules.tokenizer.rules
    # a rule that splits ("don't"), or keeps whole what the affix rules split ("e.g."), stays
    assert {"don't", "e.g.", "Inc.", "):"} <= set(ours.tokenizer.rules)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(token_texts, min_size=1, max_size=4))
def test_the_tokenizer_splits_as_with_all_the_rules(texts: list[str]) -> None:
    """Line breaks, tabs and spaces, and texts the affix rules keep whole anyway, have no
    special-case rule, so that spaCy keeps caching a document's words after them; tokens are
    those the rules gave, also when the cache answers (each text tokenized twice, after the
    others)."""
    from mlcareer.extract.nlp import UNCACHING_RULES

    ours, with_rules = _tokenizers()
    assert not UNCACHING_RULES & set(ours.tokenizer.rules)
    for text in [*texts, *texts]:
        assert _tokens(ours.make_doc(text)) == _tokens(with_rules.make_doc(text))


@functools.cache
def _ours_and_full() -> tuple[Any, Any]:
    import spacy

    from mlcareer.extract.nlp import blank_english

    return blank_english(), spacy.blank("en")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(token_texts, min_size=1, max_size=4))
def test_words_read_as_with_all_of_spacys_attributes(texts: list[str]) -> None:
    """The tokenizer's vocabulary computes only the word attributes mlcareer reads: each has
    the value spaCy's full English vocabulary gives it."""
    ours, full = _ours_and_full()
    for token in ours.make_doc("\n".join(texts)):
        word = full.vocab[token.text]
        assert (token.lower_, token.is_alpha, token.is_space) == (
            word.lower_,
            word.is_alpha,
            word.is_space,
        )


CLEANING_PIECES = [
    "Python", " ", "\n", "\t", "\x1b[31m", "\x1b]8;;x\x07", "\x9b1m", "\x90ab\x9c", "\x85", "\x00",
    "\u200b", "\u202e", "\ufeff", "\u00a0", "\u3000", "&amp;", "&nbsp;", "&#x41;", "&foo;", "&",
    "\ufb01", "\u00ad", "é", "–", "ť", "\x7f", "[", "]", "(https://x.io)", "(www.x.io)",
    "\u2011", "\u2010",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(CLEANING_PIECES), max_size=10).map("".join))
def test_the_quick_search_finds_where_the_first_repair_can_start(text: str) -> None:
    """_remove_unseen searches from the first character a repair can start with, which is
    never after the first repair."""
    from mlcareer.documents.cleaning import _REMOVED, _REMOVED_START

    full, quick = _REMOVED.search(text), _REMOVED_START.search(text)
    if full is not None:
        assert quick is not None and quick.start() <= full.start()


DEGREE_WORD_PIECES = [
    "degree", "Degree", "DEGREE", "high ", "High ", "some ", "great ", "advanced ", "graduate ",
    "a ", " in ", "in ", " (MS) in ", " (or PhD) ", "x", "_", "1", "\n", " ", "-", "degrees",
]  # fmt: skip
# The pattern as it was written before the word came first (see education.DEGREE_PATTERNS)
LOOKBEHINDS_FIRST = re.compile(
    r"(?<!high )(?<!some )(?<!great )(?<!advanced )(?<!graduate )\bdegree"
    r"(?=\s+(?:\([^()]*\)\s*)?in\s)",
    re.I,
)


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(DEGREE_WORD_PIECES), max_size=10).map("".join))
def test_a_degree_of_no_named_level_is_found_where_it_was(text: str) -> None:
    """The bare "degree" pattern, reordered for speed, matches where it matched before, in
    the text as written and lower-cased (degree_mentions searches that without re.I)."""
    level, pattern = education.DEGREE_PATTERNS[-1]
    fast = education._LOWER_CASE_PATTERNS[len(education.DEGREE_PATTERNS) - 1]
    spans = [m.span() for m in LOOKBEHINDS_FIRST.finditer(text)]
    assert level == "bachelor"
    assert [m.span() for m in pattern.finditer(text)] == spans
    assert [m.span() for m in fast.finditer(text.lower())] == spans


ACRONYM_PIECES = [
    "MS", "MSc", "MA", "ME", "MFA", "MD", "MPH", "BS", "BSc", "BA", "BE", "BEng", "A-level",
    "O levels", "A level", "x", "_", "1", "é", "AMS", "in", "of", "degree", "(", "or", "PhD", "/",
    ",", "-", ".", ":", "Computer", "\n", " ", "  ", "Ing", "Mgr", "Bc", "Dipl", "en",
    "Master", "master", "Bachelor", "bachelor", "Scrum ", "scrum ", " i ", "I", "i", "statistikk",
    "Hogeschool", "HBO", "本科", "博士", "后", "硕士", "학사", "전문", "박사",
    "王", "年", "伦", "2015", "후", "보", "팀", "欧阳", "统计",
    "DI", "FM", "FT", "KTM", "TkT", " tai ", "-tutkinto", "tiede",
    "BTS", "DUT", "L3", "M1", "M2", " SIO", " & ", "Université", " informatique",
    "S1", "S2", "S3", "Minimal ", "Teknik", "S.Kom.", "M.Kom.", "SPM", "STPM", "AWS", "S1/",
    "A Levels", "G.C.E. ", "GCE", "A/L", "O/L", "N", "Advanced Level", "(",
]  # fmt: skip
# The acronym patterns as they were written before the first letter came first
BOUNDARY_FIRST = [
    re.compile(rf"\b(?:MS|MA|ME|MSc)\b{education._ACRONYM_CUE}"),
    re.compile(rf"\bMD\b(?={education._MD_CUE}|{education._MD_LOOSE_CUE})"),
    re.compile(rf"\bMFA\b(?={education._STRONG_CUE})"),
    re.compile(rf"\b(?<!-)Ing\.(?![ \t]+(?:en|de|del)\b)(?!{education._DUTCH_HBO_LATER})|\bMgr\."),
    re.compile(rf"\bBc\.(?!\w)|\b(?<!-)Ing\.(?={education._DUTCH_HBO_LATER})"),
    re.compile(rf"\b(?:DI|FM|KTM)\b{education._FINNISH_CUE}"),
    re.compile(rf"\bFT\b{education._FINNISH_CUE}"),
    re.compile(rf"\b(?<![Ss]crum )[Mm]aster{education._NORDIC_FIELD}"),
    re.compile(rf"\b[Bb]achelor{education._NORDIC_FIELD}"),
    re.compile(rf"\b(?:BS|BE|BA|BSc|BEng)\b{education._ACRONYM_CUE}"),
    re.compile(rf"\b(?:BTS|DUT)\b{education._TWO_YEAR_CUE}"),
    re.compile(
        rf"(?<!/)\bL3\b{education._FRENCH_CUE}"
        rf"|(?<!/)\bM1\b(?!{education._M1_AND_M2}){education._FRENCH_CUE}"
    ),
    re.compile(
        rf"(?<!/)\bM2\b{education._FRENCH_CUE}|(?<!/)\bM1{education._M1_AND_M2}{education._FRENCH_CUE}"
    ),
    # Chinese, Japanese and Korean degrees need no boundary; the Korean bachelor's its lookbehind
    re.compile(
        rf"(?<!{education._LONE_HAN})(?<!{education._TWO_LETTER_SURNAME})博士(?![后後伦倫])"
        r"|박사(?![ \t]?후(?!보))"
    ),
    re.compile(r"硕士|碩士|修士|석사"),
    re.compile(r"本科|学士|學士|(?<!전문)학사(?!지원|행정|관리|운영|팀)"),
    re.compile(r"短期大学|短大|大专|大專|전문대|전문학사|초대졸"),  # junior colleges'
    # Indonesian levels with their cue, a graduate's title after the name, Malaysia's SPM
    *(
        re.compile(
            rf"\bS(?:{seasia_degrees._S_BEFORE}{d}"
            rf"|{seasia_degrees._S_SLASHED_BEFORE}{d}{seasia_degrees._S_RUN_END}"
            rf"|{seasia_degrees._MINIMAL_BEFORE}{d}(?!\d){seasia_degrees._MINIMAL_AFTER}"
            rf"|{d}{seasia_degrees._S_AFTER})(?!\d)"
        )
        for d in "321"
    ),
    re.compile(r"(?:(?<=[,(] )|(?<=[,(]))M\.(?:Kom|Si|Stat|Cs|T)\."),
    re.compile(r"(?:(?<=[,(] )|(?<=[,(]))S\.(?:Kom|T|Si|Stat|Mat|E)\."),
    re.compile(r"\bST?PM\b(?![-/])"),
    re.compile(r"\b[AO][- ][Ll]evels?\b"),
    re.compile(
        r"\bG\.?[ \t]?C\.?[ \t]?E\.?[ \t]*\(?"
        r"(?:[AO][ \t]?/[ \t]?L\b|(?:Advanced|Ordinary)[ \t]+Level)"
        r"|(?<![\w/])[AO]/L(?![\w/])"
    ),
]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(ACRONYM_PIECES), max_size=12).map("".join))
@example(text="Minimal S1/")
def test_the_acronym_patterns_match_where_the_word_boundary_first_matched(text: str) -> None:
    """The all-caps degree patterns open with a letter for speed, and match where the patterns
    opening with a word boundary matched."""
    acronyms = [p for _, p in education.DEGREE_PATTERNS if not p.flags & re.I]
    assert len(acronyms) == len(BOUNDARY_FIRST)
    for fast, slow in zip(acronyms, BOUNDARY_FIRST, strict=True):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


DEGREE_WORD_OPENINGS = [
    "Ph.D.", "P. H. D", "phd", "Doctorate", "D.Phil", "Dr.-Ing.", "Dr. rer. nat.", "Doctorat",
    "Master's", "masters", "Masters of", "M.Sc.", "M.S.", "MEng", "M.Tech", "M.A", "MBA", "LL.M",
    "Post-graduate", "PGDM", "P.G. Diploma", "Diplom-Informatiker (Dipl.-Inf.)", "Dipl.-Ing.",
    "Laurea Magistrale", "Máster", "Ingénieur diplômé", "Bachelor's", "B.Sc", "B.Tech", "B.A",
    "BBA", "undergraduate", "Graduated", "graduate", "Any Graduate", "4-year degree",
    "Licence en", "Grado en", "Associate's degree", "A.A.S.", "Diploma", "HND", "High School",
    "Higher Secondary", "Sr. Secondary", "HSC", "H.S.C", "S.S.L.C", "GCSE", "Matriculation",
    "10+2", "Class XII", "Std. 10th", "Grade: 12", "XIIth", "12th", "Intermediate (",
    "Board of Intermediate", "Scrum ", "post ", "post-", "under", "in", "of", "degree", "/",
    "(", ",", "-", ".", ":", "x", "_", "1", "é", "İ", "or", "June 2019", "Computer Science",
    "Mathematics", "with a degree in", "Program", "student", "degree in", "degree (MS) in",
]  # fmt: skip
degree_word_texts = st.lists(
    st.tuples(st.sampled_from(DEGREE_WORD_OPENINGS), st.sampled_from(["", " ", "\n"])).map("".join),
    max_size=10,
).map("".join)
WORD_LISTS = [
    education._PHD_WORDS,
    education._MASTER_WORDS,
    education._BACHELOR_WORDS,
    education._ASSOCIATE_WORDS,
    education._SECONDARY_WORDS,
]


@settings(max_examples=600, deadline=None)
@given(text=degree_word_texts)
@example(text="Scrum Master of ceremonies; M.Sc. in Physics, Post-graduate Diploma")
@example(text="B.Tech (2014), Class XII: 2010, graduated in June 2013; Any Graduate / MBA")
@example(text="Certified Scrum Masters of Agile; post graduate / MBA, post-graduate/PG")
def test_the_degree_words_opening_on_a_letter_match_where_the_word_boundary_first_did(
    text: str,
) -> None:
    """Each alternative of a degree pattern opens on its first letter for speed, and the
    pattern matches where \\b(?:words) matches, as written and lower-cased."""
    in_use = {pattern for _, pattern in education.DEGREE_PATTERNS}
    for words in WORD_LISTS:
        fast = re.compile(education.open_on_letter(words), re.I)
        slow = re.compile(rf"\b(?:{words})", re.I)
        assert fast in in_use
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
        lowered = text.lower()
        fast, slow = re.compile(fast.pattern), re.compile(slow.pattern)
        assert [m.span() for m in fast.finditer(lowered)] == [
            m.span() for m in slow.finditer(lowered)
        ]


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(degree_word_texts, degree_texts))
@example(text="Senior Data Scientist, Boston, MA, USA")
@example(text="A degree in physics or a related field")
@example(text="MS or PhD in Computer Science")
def test_the_search_for_any_degree_word_misses_none(text: str) -> None:
    """degree_mentions returns at once when one search finds no degree word or acronym; it
    finds what the patterns tried one by one find."""
    always = re.compile("")
    with patch.multiple(education, _ANY_WORD=always, _ANY_ACRONYM=always):
        one_by_one = education.degree_mentions(text)
    assert education.degree_mentions(text) == one_by_one


def test_a_degree_word_must_open_on_a_letter() -> None:
    with pytest.raises(ValueError, match="open on a letter"):
        education.open_on_letter(r"ph\.?d|(?:under)?graduate")


CUE_WORD_PIECES = [
    "You will", "you'll", "WE ARE", "Apply", "benefits", "Preferred", "a must", "Resume", "my",
    "I have", "PRESENT", "2019 - 2021", "2020 to date", "ann@x.io", "Ann.Lee@Mail.COM",
    "linkedin.com/in/ann", "GitHub.com", " ", "\n", ",", "ſ", "K", "İ", "ı", "Σ", "ΑΣ", "ß",
    "ẞ", "é", "x", "–", "reſume", "lınkedin.com/in/b", "lin\u212aedin.com/in/c", "İ have",
    "ΑΣ@x.io", "Dear Hiring Manager", "dear", "I'm writing to apply", "i'm", "needed",
    "Send your rate", "Ideal freelancer", "Need someone",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(CUE_WORD_PIECES), max_size=10).map(" ".join))
def test_the_kind_cue_words_are_those_re_i_finds(text: str) -> None:
    """The posting and resume cue words, searched in lower-cased text, are those the
    case-insensitive patterns find in the text as written."""
    from mlcareer.extract import POSTING_WORDS, RESUME_WORDS, _cue_words

    expected = (
        {w.lower() for w in POSTING_WORDS.findall(text)},
        {w.lower() for w in RESUME_WORDS.findall(text)},
    )
    assert _cue_words(text) == expected


IMPORTANCE_PIECES = [
    "not required", "NOT Required", "No", "no less", "not only", "don't", "don’t", "Doesn’T",
    "Must", "MUST HAVE", "preferred", "A PLUS", "nice-to-have", "Nice To Have", "it helps",
    "would really help", "plus", "Ideal", "Familiarity", "First Experience", "exposure",
    "training provided", "We'll train", "Access To", "To apply,", "Cover Letter", "send your CV",
    "résumé", "RÉSUMÉ", "Equal Opportunity", "E-Verify", "requires", "Vital", "seeking",
    "someone with", "Candidates", "you", "Proficient In", "strong", "Python", "Kafka", "Spark",
    "None Required", "is", "Also", "skills", "ſ", "K", "İ", "ı", "Σ", "ΑΣ", "ß", "ẞ", "é", "É",
    "reſume", "requıred", "mu\u212aT", "µ", ".", ",", ";", ":", ")", "(", "-", "\n", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from(IMPORTANCE_PIECES), max_size=12).map(" ".join),
    cut=st.integers(0, 40),
)
def test_the_importance_cues_are_those_re_i_finds(text: str, cut: int) -> None:
    """The cue patterns of importance.py, searched without re.I in the text _case_free picks,
    find what they find with re.I in the text as written, from any offset."""
    from mlcareer.extract.importance import _ANY_CASE, _blank, _case_free

    searched, patterns = _case_free(text)
    assert len(searched) == len(text)
    pos = min(cut, len(text))
    for fast, pattern in zip(patterns, _ANY_CASE, strict=True):
        expected = [m.span() for m in pattern.finditer(text, pos)]
        assert [m.span() for m in fast.finditer(searched, pos)] == expected
        assert fast.sub(_blank, searched) == pattern.sub(_blank, text).lower() or (
            patterns is _ANY_CASE
        )


def test_the_importance_cues_keep_re_i_when_they_name_a_capital() -> None:
    from mlcareer.extract.importance import _LOWER_CASE, lower_case_only

    assert lower_case_only(r"\bno\b\W[’']résumé\s")
    assert not lower_case_only(r"\bAWS\b")
    assert not lower_case_only(r"(?-i:aws)")
    assert not lower_case_only("reſume")
    assert not lower_case_only("µs")
    assert lower_case_only("mile widziane|pożądane|obowiązkowe")  # Polish letters fold simply
    assert not lower_case_only("ıava")  # the dotless i folds with "I", whose lower case is "i"
    assert not lower_case_only("Żaden")
    assert all(not pattern.flags & re.I for pattern in _LOWER_CASE)


TITLE_NAMES = ["Go", "GO", "Java", "Spark", "Kafka", "Machine Learning", "R&D", "Straße"]
TITLE_NAMES += ["ſpark", "\u212aafka", "İava", "Iıava", "Σigma", "µs", "Go-to", "éclair"]
# The names as written and as re.I finds them otherwise folded, and what may stand around them
TITLE_PIECES = [*TITLE_NAMES, "go", "Go-to-Market", "JAVA", "iiava", "ıava", "SPARK", "spark"]
TITLE_PIECES += ["\u212aafka", "kafka", "machine learning", "STRASSE", "straße", "σigma", "ςigma"]
TITLE_PIECES += ["μs", "Éclair", "&", "-", "_", " ", "/", "1", "é", "Engineer"]


@settings(max_examples=500, deadline=None)
@example(title="Java& Go-Java Engineer", name="Java", jd_text="Go")  # joined on both sides
@example(title="GoGo_Go (Go) Engineer", name="Go", jd_text="Go")  # whole at its last place
@given(
    title=st.lists(st.sampled_from(TITLE_PIECES), max_size=8).map("".join),
    name=st.sampled_from(TITLE_NAMES),
    jd_text=st.one_of(
        st.sampled_from(TITLE_NAMES),
        st.lists(st.sampled_from(TITLE_PIECES), max_size=3).map("".join),
    ),
)
def test_a_title_names_a_skill_where_the_whole_word_search_finds_it(
    title: str, name: str, jd_text: str
) -> None:
    """named_in_title skips the search only where it cannot find the words: the same answer
    as searching every name and wording with its whole-word pattern."""
    from mlcareer.models import SkillMatch
    from mlcareer.scoring import _SHORT_NAME, named_in_title, title_names_a_role

    def searched(words: str) -> bool:
        flags = 0 if len(words) <= _SHORT_NAME else re.I
        pattern = rf"(?<![\w&-]){re.escape(words)}(?![\w&-])"
        return len(words) >= 2 and re.search(pattern, title, flags) is not None

    skill = SkillMatch(
        id="x", name=name, importance="required", jd_text=jd_text, status="missing", credit=0.0
    )
    role = bool(title) and title_names_a_role(title)  # "Python Software Foundation" is none
    assert named_in_title(skill, title) is (role and (searched(name) or searched(jd_text)))


_SPELLING_WORDS = st.sampled_from(
    "organise organised organisation analysing analyses licence licences programme colour "
    "colourful behavioural anaesthetist paediatric enterprise supervised expertise otherwise "
    "e-mail e-discovery modelling centre the is this rise denise optimisation 2organised "
    "travelled catalogue x-ray re-organise".split()
)


@given(words=st.lists(st.one_of(_SPELLING_WORDS, st.text("aeiorsyz-lnt ", max_size=12))))
@example(words=["organised2", "colour-coded", "e-mail,", "(licence)"])
def test_british_spellings_are_found_as_word_by_word(words: list[str]) -> None:
    """The one-pass search for British spellings changes exactly what a word-by-word reading
    does."""
    from mlcareer.spelling import american, american_by_word

    text = " ".join(words)
    assert american(text) == american_by_word(text)
