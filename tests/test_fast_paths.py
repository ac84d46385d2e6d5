"""Shortcuts taken for speed find exactly what the searches they stand in for find."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mlcareer import extract
from mlcareer.documents import labels, sections
from mlcareer.extract import (
    foreign,
    german,
    importance,
    junk_terms,
    level,
    mideast,
    northern,
    romance,
    seasia,
    signals,
    skills,
    wraps,
)
from mlcareer.extract.lines import LineIndex, matches_from

FAST_PATH_SETTINGS = settings(max_examples=300, deadline=None)

# Pieces that spell what the searches look for, in other cases, cut short or glued to other
# words, and the letters whose upper and lower case fold unlike str.lower ("ſ", Kelvin's "\u212a").
SEPARATORS = [" ", "  ", "\n", "\t", "-", ".", ";", ",", "(", ")", "'", "’", "", "x"]
LEVEL_PIECES = [
    *("mentored", "Mentoring", "MENTOR", "mentored by", "supervised", "SUPERVISES", "Supervise"),
    *("semi-supervised", "supervised learning", "ſupervised", "3", "two", "junior", "engineers"),
    *("interns", "a team of", "team lead", "Team Lead", "my team lead", "the team lead"),
    *("led a team", "Led The Squad", "led group", "led a", "led the", "managed a team"),
    *("Managing A Team", "manag", "İ", "K", "\u212a", "ı", "Σ", "skilled", "team", "a"),
]
SIGNAL_PIECES = [
    *("NeurIPS", "ICML", "ACL", "paper", "Kaggle", "kaggle", "Grandmaster", "expert", "top"),
    *("5%", "10.5 %", "competition", "open-source", "Open Source", "contributor to", "merged"),
    *("pull requests", "PRs", "accepted", "arXiv:", "2101.12345", "arxiv.org/abs/2101.1"),
    *("scholar.google.com/x", "github.com/ada", "GitHub.com/ada/repo", "ſ", "K", "\u212a", "İ"),
    *("ARXIV:2101.12345", "KAGGLE expert", "Open Source", "maintainer of", "Landed 3 PRs"),
    *("PR merged", "pull requests accepted", "ı", "NIPS", "CoRL-", "(ICLR)", "github.com/"),
]
NEGATION_PIECES = [
    *("no", "No", "NOT", "not only", "never", "Without", "lacking", "n't", "isn’t", "none"),
    *("except", "exception of", "but", "However", "WHILE", "though", "ſ", "K", "\u212a", "İ"),
    *("ı", "Σ"),
    *("Java", "notable", "known", "minus", "ok", "excluding", "Unfamiliar", "missing", "lacks"),
    *("although", "butter", "nonetheless", "whiles", "(", ")", ":", ".", "\n"),
]


def texts(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(pieces), st.text(max_size=3))
    return st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)).map("".join), max_size=12).map(
        "".join
    )


def spans(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


@FAST_PATH_SETTINGS
@given(text=texts(LEVEL_PIECES))
@example(text="Led a Squad of four")
@example(text="ſupervised two engineers")
def test_the_supervision_shortcut_finds_what_the_search_finds(text: str) -> None:
    assert spans(level.supervision(text)) == spans(level._SUPERVISES.search(text))


@FAST_PATH_SETTINGS
@given(text=texts(SIGNAL_PIECES))
def test_a_pattern_found_on_a_line_is_found_in_the_whole_text(text: str) -> None:
    patterns = [signals._VENUE, signals._ARXIV, signals._SCHOLAR, signals._GITHUB]
    patterns += [signals._KAGGLE_TIER, signals._TOP_PERCENT, signals._OPEN_SOURCE]
    for pattern in patterns:
        on_a_line = any(pattern.search(line) for line in text.split("\n"))
        assert not on_a_line or signals._anywhere(pattern, text), pattern.pattern


@FAST_PATH_SETTINGS
@given(text=texts(SIGNAL_PIECES))
@example(text="x\nKAGGLE expert\nſ open-source")
def test_the_lines_searched_for_signals_hold_every_line_that_matches(text: str) -> None:
    lines = LineIndex(text)
    patterns = [signals._VENUE, signals._ARXIV, signals._SCHOLAR, signals._GITHUB]
    patterns += [signals._KAGGLE_TIER, signals._TOP_PERCENT, signals._OPEN_SOURCE]
    for pattern in patterns:
        searched = list(signals._lines_to_search(lines, pattern))
        assert searched == sorted(set(searched)), pattern.pattern
        matching = [n for n, line in enumerate(text.split("\n"), 1) if pattern.search(line)]
        assert set(matching) <= set(searched), (pattern.pattern, text)


def _needs_what_it_finds(text: str) -> None:
    patterns = [signals._VENUE, signals._ARXIV, signals._SCHOLAR, signals._GITHUB]
    patterns += [signals._KAGGLE_TIER, signals._TOP_PERCENT, signals._OPEN_SOURCE]
    for pattern in patterns:
        found = pattern.search(text) is not None
        assert signals._anywhere(pattern, text) == found, (pattern.pattern, text)


@FAST_PATH_SETTINGS
@given(text=texts(SIGNAL_PIECES))
@example(text="contrıbutor to numpy")  # a dotless i: no lower-case shortcut
def test_a_pattern_matches_only_where_the_text_has_the_words_it_needs(text: str) -> None:
    _needs_what_it_finds(text)


def test_each_signal_piece_alone_and_beside_another_is_found_as_searched() -> None:
    for piece in SIGNAL_PIECES:
        for other in ["", *SIGNAL_PIECES]:
            _needs_what_it_finds(f"{piece} {other}")


@FAST_PATH_SETTINGS
@given(text=texts(NEGATION_PIECES))
@example(text="no ſkills, but İ know Java")
@example(text="no õ ")  # a Portuguese line's "no" (in the) denies nothing
def test_the_negation_index_finds_what_the_case_blind_patterns_find(text: str) -> None:
    index = skills.NegationIndex(text)
    assert index.ends == [m.span() for m in skills.CLAUSE_END.finditer(text)]
    assert index.cues == [
        m.span() for m in skills.NEGATION.finditer(text) if not _portuguese_no(text, m)
    ]


def _portuguese_no(text: str, cue: re.Match[str]) -> bool:
    """The cue is "no" on a line that reads as Portuguese."""
    line = text[text.rfind("\n", 0, cue.start()) + 1 :].split("\n", 1)[0]
    return cue.group().lower() == "no" and romance.portuguese_line(line)


def test_the_signals_found_on_lines_are_still_found() -> None:
    text = (
        "Jane Doe\ngithub.com/janedoe\nKaggle Grandmaster; top 2% in a Kaggle competition\n"
        "Paper at NeurIPS 2021\nContributor to scikit-learn\n"
    )
    found = signals.find_signals(text, [], [])
    assert [(s.kind, s.value) for s in found.items] == [
        ("publication-venue", "NeurIPS"),
        ("github-profile", "github.com/janedoe"),
        ("kaggle", "Kaggle Grandmaster"),
        ("kaggle", "top 2%"),
        ("open-source", "Contributor to"),
    ]


@FAST_PATH_SETTINGS
@given(text=texts([*SEPARATORS, "\r\n", "\n\n", "line"]))
def test_a_line_is_the_text_between_its_newlines(text: str) -> None:
    index = LineIndex(text)
    for line in range(1, len(index) + 1):
        start = index.line_start(line)
        end = index.line_start(line + 1) - 1 if line < len(index) else len(text)
        assert index.line_text(line) == text[start:end]
        assert "\n" not in index.line_text(line)
    # out of range as before: line 0 cuts from the last line's start to the last character
    assert index.line_text(0) == text[index.line_start(len(index)) : -1]


@cache  # built once: it is asked for again by every example
def _flat_posting_label() -> re.Pattern[str]:
    """The posting label pattern as one flat alternation of its phrases, longest first."""
    phrases = "|".join(labels._phrase_pattern(p) for p in labels._POSTING_PHRASES)
    return re.compile(rf"(?<= )(?:{phrases})(?:(?P<colon> ?:) |(?= (?-i:[A-Z0-9])))", re.I)


LABEL_PIECES = [
    *labels._POSTING_PHRASES,
    *(p.upper() for p in labels._POSTING_PHRASES),
    *(p.title() for p in labels._POSTING_PHRASES),
    *("What You'll Do", "what you’ll do", "About Us", "ABOUT THE ROLE", "Requirements"),
    *(":", " :", "Python", "we", "3", "ſ", "K", "İ", "ı"),
]


@FAST_PATH_SETTINGS
@given(text=texts(LABEL_PIECES))
@example(text="Docker Requirements: SQL Nice to have Python")
@example(text="Docker Compensation And Benefits We pay")
def test_the_label_pattern_grouped_by_letter_finds_what_the_flat_one_finds(text: str) -> None:
    flat = _flat_posting_label()
    found = [(m.span(), m.group("colon")) for m in labels._POSTING_LABEL.finditer(text)]
    assert found == [(m.span(), m.group("colon")) for m in flat.finditer(text)]


def test_a_capital_k_keeps_the_lower_case_shortcut() -> None:
    """A plain "K" lower-cases like any letter; only the Kelvin sign folds unlike its lower
    case (re.I reads it as a "k" either way, but it is kept out for safety)."""
    from mlcareer.extract.importance import lowered_alike

    assert lowered_alike("Kafka and Kubernetes") == "kafka and kubernetes"
    assert lowered_alike("273 \u212a") is None


CUE_PIECES = [
    *("no", "not", "n't", "n’t", "none required", "unnecessary", "no need to", "not only"),
    *("don't need", "will not use", "doesn’t require", "is not required", "knowledge", "know"),
    *("required", "needed", "a must", "expected", "training provided", "we'll train", "gain"),
    *("access to", "opportunities to", "we offer", "perks include", "you will learn", "offers"),
    *("training within 30 days of hire", "upon hiring", "during onboarding", "cover letter"),
    *("to apply, please", "how to apply", "apply online", "submit your resume", "e-mail a cv"),
    *("share links to", "provide code samples", "python", "sql", "nnot", "ino", "anot"),
    *("even if you have never", "even if you've never", "never", "unever", "we'll teach"),
    *("encouraged to learn", "can be learned on the job", "will be taught on the job"),
]


@FAST_PATH_SETTINGS
@given(text=texts(CUE_PIECES), start=st.integers(0, 40), length=st.integers(0, 80))
@example(text="we do not need sql", start=0, length=80)
@example(text="xno need to", start=1, length=80)  # "no" inside a word: no negation
def test_the_quick_cue_searches_miss_nothing_the_full_ones_find(
    text: str, start: int, length: int
) -> None:
    lowered = text.lower()
    lower_case = importance._LOWER_CASE
    assert not lower_case.negated.flags & re.I  # else the shortcut is never taken
    end = start + length
    if lower_case.negated.search(lowered, start, end):
        assert importance._may_negate(lowered, lower_case, start, end)
    if lower_case.offered.search(lowered, start, end) or lower_case.applying.search(
        lowered, start, end
    ):
        assert importance._may_offer_or_apply(lowered, lower_case, start, end)


SPELLING_PIECES = [
    *("Colour", "organised", "e-mail", "E-Discovery", "licence", "analysing", "programme"),
    *("behavioural", "enterprise", "modelling", "x-ray", "re-organise", "İ", "ſ", "\u212a"),
    *("\n", "\n\n", "-", "e-\nmail", "colour\nful", "(", "Python", ".", "•", "; ", "?\n", "|"),
    *("C++", "C#", " ", "\t", "\r", "\x85", "\u2028"),
]


@FAST_PATH_SETTINGS
@given(text=texts(SPELLING_PIECES))
@example(text="e-\nmail organised\ncolour")
def test_a_resume_text_normalised_at_once_is_its_lines_normalised(text: str) -> None:
    from mlcareer.literal_match import Line, normalise, normalise_line, resume_text

    found = resume_text(text)
    assert found.normal == f" {normalise(text)} "
    by_line = [(n, raw, normalise_line(raw)) for n, raw in enumerate(text.split("\n"), 1)]
    assert found.lines == tuple(Line(n, raw.strip(), f" {got} ") for n, raw, got in by_line if got)


CONTRAST_PIECES = [
    *(";", " - ", " – ", "—", " —", "- ", "hands-on", "But", "BUT", "but", "whereas", "While"),
    *("HOWEVER", "although", "though", "thought", "butter", "Python", "sql", "(", ")", "."),
    *("e.g.", "!", "?", "Sr.", "ſ", "\u212a", "İ", "ı", "\t", "\n"),
]


@FAST_PATH_SETTINGS
@given(line=texts(CONTRAST_PIECES))
@example(line="Python - SQL")
@example(line="Python, BUT not Java")
def test_the_contrast_and_sentence_shortcuts_find_what_the_searches_find(line: str) -> None:
    found = tuple(m.span() for m in importance._CONTRAST.finditer(line))
    assert importance._may_contrast(line) or not found
    assert importance._contrasts.__wrapped__(line) == found
    if not importance._SENTENCE_END.search(line):
        assert importance._sentence_ends.__wrapped__(line) == ()


GATED_PIECES = [
    *("See how you compare", "120 other APPLICANTS", "Try Premium", "reactivate premium"),
    *("Easy Apply", "Promoted by hirer", "Actively recruiting", "authorized to work"),
    *("Authorised to live and work", "eligible to work", "entitled to work", "permitted to"),
    *("right to work", "Graduated", "graduating in May", "Class of", "2019", "2027"),
    *("Equal Opportunity", "equal employment opportunity", "affirmative action", "E-Verify"),
    *("without regard to", "Qualified applicants will receive", "reasonable accommodation"),
    *("protected veteran", "drug-free workplace", "Currently enrolled", "actively pursuing"),
    *("presently studying", "you're enrolled", "who are currently studying", "must be a"),
    *("full-time student", "currently a second-year student", "enrolled in a degree program"),
    *("returning to school", "are a current PhD student", "pursuing a degree", "or later"),
    *("expected graduation date in", "immatrikuliert", "du studierst", "laufendes Studium"),
    *("attending", "registered", "matriculated", "İ", "ı", "ſ", "\u212a", "work", "to"),
    *("working rights", "WORK RIGHTS", "citizens or permanent residents", "Citizen", "be an"),
    *("are U.S.", "Australian", "be", "citizens"),
]


@cache
def _gates() -> list[Any]:
    from mlcareer.extract import enrollment, literal

    return [literal._JOB_BOARD, literal._ELIGIBILITY, literal._BOILERPLATE, enrollment._ENROLLED]


@FAST_PATH_SETTINGS
@given(text=texts(GATED_PIECES))
def test_a_pattern_gated_on_words_finds_what_its_pattern_finds(text: str) -> None:
    for gate in _gates():
        assert spans(gate.search(text)) == spans(gate.compiled.search(text)), gate.pattern


def test_each_gated_piece_alone_and_beside_another_is_found_as_searched() -> None:
    for gate in _gates():
        for piece in GATED_PIECES:
            for other in ["", *GATED_PIECES]:
                text = f"{piece} {other}"
                assert spans(gate.search(text)) == spans(gate.compiled.search(text)), text


ADDRESS_PIECES = [
    *("github.com/ada", "www.acme.io/jobs", "https://x.io/a/b", "careers.acme.io/recruiting"),
    *("ASP.NET/C#", "vb.net/x", "ADO.NET/SQL", "socket.io/WebSockets", "CI/CD", "a.b.c/d"),
    *("ada@example.com", "ml.team@acme.co.uk", "@handle", "x@y", "/", "@", ".com/", "\n", " "),
]


@FAST_PATH_SETTINGS
@given(text=texts(ADDRESS_PIECES))
@example(text="see\n.com/x and asp\n.net/y")
def test_addresses_found_line_by_line_are_those_of_the_whole_text(text: str) -> None:
    paths = [skills._path_of(m) for m in skills._ADDRESS_PATH.finditer(text)]
    mails = [m.span() for m in skills._EMAIL.finditer(text)]
    assert skills.address_parts(text) == sorted(paths + mails)


VERSION_PIECES = [
    *("Java8", "PostgreSQL15", "GATK4", "S3", "EC2", "Python3.11", "C++17", "C#10", "R2D2"),
    *("2019", "v2", "Q1", "abc123", "x", "Spark", "3", "\n", " ", "-", "_", "ǅ", "٣", "Abc٣"),
]


@FAST_PATH_SETTINGS
@given(text=texts(VERSION_PIECES))
@example(text="Java\n8 and Java8")
def test_versioned_names_found_line_by_line_are_those_of_the_whole_text(text: str) -> None:
    from mlcareer.extract import nlp
    from mlcareer.extract.lines import finditer_on_lines

    def found(matches: Any) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(), m.group(1)) for m in matches]

    whole = found(nlp._VERSIONED.finditer(text))
    assert found(finditer_on_lines(nlp._VERSIONED, text, nlp._GLUED_DIGIT)) == whole


# The repairs cleaning makes, and what looks like one but is text
REPAIR_PIECES = [
    *("Python", " ", "\n", "\t", "\x1b[31m", "\x1b]8;;x\x07", "\x9b1m", "\x90ab\x9c", "\x85"),
    *("\x00", "\u200b", "\u202e", "\ufeff", "\u00a0", "\u3000", "&amp;", "&nbsp;", "&#x41;"),
    *("&foo;", "&", "\ufb01", "\u00ad", "é", "–", "\x7f", "[", "]", "(https://x.io)", "*", "**"),
    *("_", "__", "*bold*", "_it_", "<br>", "<li>", "</td>", "<b>", "â€¢", "Ã©", "Â", "Â\xa0"),
    *("ï‚·", "â¢", "ðŸš€", "[link](x)", "a_b", "2*3", "\u2011", "\u2010"),
]


@FAST_PATH_SETTINGS
@given(text=st.lists(st.sampled_from(REPAIR_PIECES), max_size=12).map("".join))
@example(text="a *b* _c_ [x](https://x.io) &amp; \x1b[31m")
def test_the_repairs_tried_at_their_first_characters_are_those_the_search_finds(text: str) -> None:
    from mlcareer.documents import cleaning

    def found(matches: Any) -> list[tuple[int, int, str | None]]:
        return [(*m.span(), m.lastgroup) for m in matches]

    assert found(cleaning._repairs(text)) == found(cleaning._REMOVED.finditer(text))


@FAST_PATH_SETTINGS
@given(
    text=texts(
        ["A-level", "A level", "O levels", "AO-level", "a-level", "BA", "xA-level", "A-Levels"]
    )
)
def test_the_a_and_o_levels_as_two_alternatives_find_what_the_class_finds(text: str) -> None:
    from mlcareer.extract import education

    with_a_class = re.compile(r"[AO](?<!\w[AO])[- ][Ll]evels?\b")
    (pattern,) = [p for _, p in education.DEGREE_PATTERNS if "[Ll]evels?" in p.pattern]
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in with_a_class.finditer(text)
    ]


WRAP_PIECES = [
    *("\n", " ", "\t", "  \n", "\r\n", "word", "Word", "o", "(x)", "(a(b)", ","),
    *(")", "9", "É"),
]


@FAST_PATH_SETTINGS
@given(text=st.lists(st.sampled_from(WRAP_PIECES), max_size=16).map("".join))
@example(text="models with Machine \n  Learning and\n  (XGBoost)\nA\nb")
def test_wraps_tried_at_line_breaks_are_those_found_at_every_character(text: str) -> None:
    for pattern in (wraps._WRAP, wraps._CAPITAL_WRAP):
        fast = [(m.span(), m.span(1)) for m in wraps.at_breaks(pattern, text)]
        assert fast == [(m.span(), m.span(1)) for m in pattern.finditer(text)], pattern.pattern


ORG_PIECES = [
    *("Department", "dept.", "SCHOOL", "Faculty", "chair", "professor", "of", "OF", "For"),
    *("for", "the", "THE", "\n", " ", "\t", "\u00a0", "\u2003", "x", "İ", "ſ", "K", "forecast"),
]


@FAST_PATH_SETTINGS
@given(text=st.lists(st.sampled_from(ORG_PIECES), max_size=10).map("".join))
@example(text="Department of\n")
@example(text="School for THE\u00a0")
def test_the_unit_before_a_name_is_found_as_the_search_finds_it(text: str) -> None:
    assert skills._org_unit_before(text) == bool(skills.ORG_UNIT_BEFORE.search(text))


MARK_PIECES = [
    *("#", ":", "...", "…", "if you", "you also have", "you have", "SKILLS", "word", "Word"),
    *(" ", "\n", "\t", "\U0001f680", "\ufe0f", "\u200d", "\u2192", ")", "!", ".", "É", "é", "e"),
    *("u", "2", "-"),
]


@FAST_PATH_SETTINGS
@given(line=st.lists(st.sampled_from(MARK_PIECES), max_size=8).map("".join))
@example(line="What you have:\n")
@example(line="Bonus points if you\n")
@example(line="AND\n")
@example(line="Ideally you also have")
@example(line="Read on...\n")
def test_a_marked_heading_is_found_as_the_search_finds_it(line: str) -> None:
    assert sections._marked(line) == bool(sections._MARKED.search(line))


YEARS_PIECES = [
    *("Six", "SIX", "two", "5", "12", "+", "years", "YRS", "Year'", "experience", "EXPERIENCE"),
    *("with", "Over", "than", "of", "IN", "and a half", "plus", "hands-on", "\u212a", "Σ"),
    *(" ", "\n", "-", "\t"),
]


@FAST_PATH_SETTINGS
@given(text=texts(YEARS_PIECES))
@example(text="over SIX YEARS of \u212a work")  # a Kelvin sign: no lower-case shortcut
def test_stated_years_are_counted_as_the_case_blind_search_counts_them(text: str) -> None:
    counts = [level._stated_count(m) for m in level._STATED_YEARS.finditer(text)]
    kept = [years for years in counts if years <= level.MAX_STATED_YEARS]
    labelled = level._LABELLED_DURATION.search(text)
    if not labelled:  # no "Experience: 4 years" among the pieces: the stated counts alone
        assert level._stated_years(text) == (round(max(kept), 1) if kept else 0.0)


CUE_PIECES = [
    *("curriculum vitae", "resume", "present", "linkedin.com/in/x", "github.com", "i am", "my"),
    *("i have", "2019", "1998", "20", "19", "-", "–", "to", "current", "date", "@", "a@b.co"),
    *("jo.doe+x@mail.com", "_", ".", "+", "é", "\u0663", "\u00b2", "\u0301", "\u00b7", "ab1"),
    *("academy", "x@", "@y.z", "my@home.org"),
    *("dear", "hiring", "manager", "i'm", "writing", "to apply", "dear search committees"),
]


@FAST_PATH_SETTINGS
@given(text=texts(CUE_PIECES))
@example(text="my@home.org 2019 - present")
@example(text="1998 - 2019")
@example(text="é\u0663_jo@x.io")
def test_resume_cue_words_tried_at_their_openings_are_those_found(text: str) -> None:
    pattern = extract._LOWERED_RESUME_WORDS
    starts = extract._resume_word_starts(text)
    found = [m.group() for m in matches_from(pattern, text, starts)]
    assert found == pattern.findall(text)


COLLEAGUE_PIECES = [
    *("report to", "Reporting directly to", "REPORTS TO", "closely with", "cloſely with"),
    *("Led by", "headed BY", "together with", "Maria Lopez", ",", "(", "Head", "of", "AI", "VP"),
    *("Director", "Sue", "the", "our", "Chief", "\u212a", "reporter", "misled by"),
    *("present to", "Presenting findings to", "partner with", "COLLABORATE closely with"),
    *("liaise with", "representing", "partnership"),
]


@FAST_PATH_SETTINGS
@given(text=texts(COLLEAGUE_PIECES))
@example(text="Work cloſely with Tom Baker (Director of Data)")
@example(text="reporting to Maria Lopez, Head of AI; led by our VP")
def test_colleague_titles_tried_at_their_cues_are_those_found(text: str) -> None:
    spans = [m.span("who") for m in junk_terms._COLLEAGUE_TITLE.finditer(text)]
    assert junk_terms.colleague_titles(text) == spans


# Words that open or complete a match of one of the Gated patterns (importance.Gated), in other
# cases, cut short, and the letters that fold unlike their lower case
SEARCH_GATE_PIECES = [
    *("5+ years", "3y+", "4 YOE", "two (2) years", "five-plus YRS", "2-year", "10 years ago"),
    *("3-5 yrs", "Y+", "Years", "yr", "Yoe", "knowledge of", "Know-how in", "KNOW how with"),
    *("skill set in", "skillset of", "skills in", "craft at", "adept at", "comfortable writing"),
    *("confident using", "attention to safety", "track record of", "Exposures to", "eye for"),
    *("Familiarization with", "sense of", "competence in", "fluent in", "range of", "types of"),
    *("Contact", "write to", "reach out to", "e-mail us at", "mail to", "questions to"),
    *("send your CV to", "submit applications to", "forward résumés to", "DIRECT questions to"),
    *("address enquiries to", "Direct your CV to", "our", "the", "experience as an", "yrs as"),
    *("e.g.", "E. g.", "eg.", "such as", "Like", "for example", "For Instance", "years as a"),
    *("or", "OR", "/", "and/or", "Python", "analyst", "ſ", "\u212a", "İ", "ı", "Σ", "K"),
    *("part-time", "Full time", "freelance", "Contract", "REMOTE", "hybrid", "on-site", "onsite"),
    *("temporary", "seasonal", "Teilzeit", "VOLLZEIT", "20 h/week", "20 hrs per wk", "40 Std."),
    *("pro Woche", "Hours per week: 20", "0.5 FTE", "FTE: 50%", "60% fte", "career break"),
    *("Sabbatical", "gap year", "employment gap", "parental leave", "Bootcamp", "boot camp"),
    *("Volunteer", "volunteering", "Grade: GS-12", "Salary:", "E-mail: ", "Phone : ", "held"),
    *("Series", "status", "Citizenship", "clearance", "station", "address", "supervisor"),
    *("Full-time parent", "Stay-at-home MOM", "Homemaker", "family caregiver", "Family carers"),
]


@cache  # the modules are walked once, not for each example
def _search_gates() -> list[Any]:
    """Every Gated pattern of the extraction modules."""
    import importlib
    import pkgutil

    gates = []
    for module in pkgutil.iter_modules(extract.__path__):
        found = vars(importlib.import_module(f"mlcareer.extract.{module.name}")).values()
        gates += [value for value in found if isinstance(value, importance.Gated)]
    return list({id(gate): gate for gate in gates}.values())


def _as_searched(gate: Any, text: str, at: int) -> None:
    pattern, name = gate.compiled, gate.pattern[:40]
    assert spans(gate.search(text)) == spans(pattern.search(text)), name
    assert spans(gate.search(text, at)) == spans(pattern.search(text, at)), name
    assert spans(gate.search(text, 0, at)) == spans(pattern.search(text, 0, at)), name
    assert spans(gate.match(text, at)) == spans(pattern.match(text, at)), name
    assert [m.span() for m in gate.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert gate.sub(" ", text, 1) == pattern.sub(" ", text, 1), name


def test_the_gated_patterns_are_found() -> None:
    names = {gate.pattern[:12] for gate in _search_gates()}
    assert len(names) >= 14  # years, lead-ins, terms of employment, hours, ...: see their modules


@FAST_PATH_SETTINGS
@given(text=texts(SEARCH_GATE_PIECES), at=st.integers(min_value=-2, max_value=40))
@example(text="Knowledge of Kafka; 5+ years as a Data Engineer", at=3)
@example(text="ſuch as Spark (e.g., Flink)", at=0)
def test_a_gated_pattern_finds_what_its_pattern_finds(text: str, at: int) -> None:
    for gate in _search_gates():
        _as_searched(gate, text, at)


def test_each_gate_piece_alone_and_beside_another_is_found_as_searched() -> None:
    for gate in _search_gates():
        for piece in SEARCH_GATE_PIECES:
            for other in ["", *SEARCH_GATE_PIECES]:
                _as_searched(gate, f"{piece} {other}", 1)


def _month_by_month(ranges: list[tuple[Any, float]]) -> float:
    """experience.weighted_months as first written: every month of every range filled."""
    filled: dict[int, float] = {}
    for item, share in ranges:
        for month in range(item.start, item.end + 1):
            filled[month] = filled.get(month, 0.0) + share
    return sum(min(1.0, share) for share in filled.values())


_BOUNDS = st.tuples(st.integers(23_900, 24_400), st.integers(-3, 130))
_SHARE = st.sampled_from([1.0, 1.0, 1.0, 0.5, 0.75, 0.6, 0.3, 0.1])


@FAST_PATH_SETTINGS
@given(rows=st.lists(st.tuples(_BOUNDS, _SHARE), max_size=8))
@example(rows=[((24_000, 5), 1.0), ((24_006, 0), 1.0)])  # adjacent: one run of months
@example(rows=[((24_000, -2), 1.0)])  # a range ending before it starts fills no month
def test_weighted_months_are_those_filled_month_by_month(
    rows: list[tuple[tuple[int, int], float]],
) -> None:
    from mlcareer.extract.experience import weighted_months
    from mlcareer.models import DateRange

    ranges = [
        (DateRange(text="x", start=start, end=start + length, line=1), share)
        for (start, length), share in rows
    ]
    found, expected = weighted_months(ranges), _month_by_month(ranges)
    assert (found, type(found)) == (expected, type(expected))


WISH_PIECES = [
    *("eager to learn", "Keen to", "hoping to pick up", "I'd love to", "I’D LIKE to work with"),
    *("would welcome the chance to", "looking forward to working with", "open to learning"),
    *("Interested in", "curious about", "seeking a role using", "Goal: learn", "goals:"),
    *("Next on my list:", "wish list:", "currently learning", "Am Learning:", "taking a course in"),
    *("studying for the", "enrolled in an online", "course", "Learning Spark through Coursera"),
    *("Preparing for the CKA", "preparing for the cka exam", "CKA", "."),
    *("In Search of a role using", "in\tsearch of an internship with", "ready to use", "team"),
    *("\t- Learning:", "• learning", "I’m learning", "AM LEARNING", "Machine", "still exploring"),
    *(
        "My goal is to learn",
        "long-term aim is to",
        "passionate about learning",
        "Next on my radar:",
    ),
    *(
        "attending the",
        "Enrolling in a",
        "bootcamp",
        "plan to learn:",
        "open to",
        "Looking Forward",
    ),
    *("now learning", "Presently exploring", "actively self-learning", "i'm also learning"),
    *("Kubernetes", "Spark", "\n", " ", "\t", ":", ",", "İ", "ı", "ſ", "\u212a", "K", "Σ"),
]


@FAST_PATH_SETTINGS
@given(text=texts(WISH_PIECES))
def test_wishes_found_in_lower_case_are_those_the_case_blind_search_finds(text: str) -> None:
    from mlcareer.extract import wishes

    for gated in (wishes._WISH, wishes._LEARNING, wishes._IN_A_COURSE):
        found = [m.span() for m in wishes._cue_matches(gated, text)]
        assert found == [m.span() for m in gated.compiled.finditer(text)], gated.pattern[:40]


def test_each_wish_piece_alone_and_beside_another_is_found_as_searched() -> None:
    from mlcareer.extract import wishes

    for gated in (wishes._WISH, wishes._LEARNING, wishes._IN_A_COURSE):
        for piece in WISH_PIECES:
            for other in ["", *WISH_PIECES]:
                text = f"{piece} {other}"
                found = [m.span() for m in wishes._cue_matches(gated, text)]
                assert found == [m.span() for m in gated.compiled.finditer(text)], text


# Words that mark a line as German, French/Spanish/Italian/Portuguese or Dutch/Scandinavian/
# Polish, in other cases and beside English words, names and addresses that hold them.
LANGUAGE_PIECES = [
    *("und", "Und", "UND", "mit", "MIT", "Kenntnisse", "kenntnisse", "Erfahrung", "für"),
    *("avec", "Avec", "vous", "Expérience", "EXPÉRIENCE", "años", "Años", "los", "della"),
    *("och", "Och", "een", "Een", "erfaring", "Minimaal", "się", "Znajomość", "ZNAJOMOŚĆ"),
    *("Python", "AWS", "PyTorch", "Zorblex", "de", "van", "der", "du", "in", "a", "web.mit.edu"),
    *("x@mit", "mit/lab", "und.", "avec3", "İ", "K", "\u212a", "ſ", "Σ", "3", "5+"),
]


def _plain_marks(line: str, module: Any) -> bool:
    """The language check as first written: a word of the line is a marker."""
    words = german.WORD.findall(line)
    return any(w in module._FUNCTION_WORDS or w.lower() in module._ASKING_WORDS for w in words)


def _terms_first(line: str, term: str) -> bool:
    """foreign.common_words as first written, the term's words read before the line's (the
    South-East Asian check reads both at once, as foreign.common_words does)."""
    return (
        (german.common_words(term) and german.german_line(line))
        or (romance.common_words(term) and romance.romance_line(line))
        or (mideast.common_words(term) and mideast.mideast_line(line))
        or (northern.common_words(term) and northern.northern_line(line))
        or seasia.common_words(line, term)
    )


@FAST_PATH_SETTINGS
@given(line=texts(LANGUAGE_PIECES), term=texts(LANGUAGE_PIECES))
@example(line="Kenntnisse in Python und AWS", term="Kenntnisse")
@example(line="Au moins 3 ans avec Python", term="Au moins")
@example(line="Minst 3 års erfarenhet och Python", term="Minst")
@example(line="", term="\u0e00 ")
def test_a_lines_language_read_from_its_words_once_is_read_as_word_by_word(
    line: str, term: str
) -> None:
    assert german.german_line(line) == _plain_marks(line, german)
    assert romance.romance_line(line) == _plain_marks(line, romance)
    assert northern.northern_line(line) == _plain_marks(line, northern)
    assert foreign.common_words(line, term) == _terms_first(line, term)


def test_the_wraps_read_for_one_text_never_serve_another() -> None:
    """A text's wrap breaks are remembered for its wishes and its studies: a text read before,
    wrapped otherwise, leaves them as they are."""
    from mlcareer.extract import wishes

    wrapped = "Summary\nKeen to\nlearn Rust and Go in production\n"
    apart = "Summary\nKeen to\n\nlearn Rust and Go in production\n"
    studying = "Summary\nCurrently\nlearning Rust and Go\n"
    for _ in range(2):
        assert [wrapped[s:e].strip() for s, e in wishes.wished_spans(wrapped)] == [
            "Rust and Go in production"
        ]
        assert wishes.wished_spans(apart) == []
        assert wishes.wished_spans(studying) == []
        assert wishes._wrapped_objects(wishes._learning_cues, studying) != []


def test_a_terms_spellings_are_remembered_apart_as_a_role_and_as_a_term() -> None:
    from mlcareer import match

    for _ in range(2):
        as_a_role = match._term_forms("ML engineer", True)
        assert as_a_role == ("ML engineer", "machine learning engineer")
        assert match._term_forms("ML engineer", False) == ("ML engineer",)


def test_a_pair_scores_alike_whichever_posting_came_before(tmp_path: Path) -> None:
    """What scoring remembers of a posting's terms (spellings, stems) never reaches another
    posting's pairs: each row is the same whichever posting was scored before."""
    from mlcareer.api import Options, compare, extract

    resume = tmp_path / "cv.txt"
    resume.write_text(
        "Jo Doe\nEXPERIENCE\nMachine Learning Engineer, Acme, 2019 - 2024\n"
        "- Managed time across data analysis projects\nSKILLS\nPython, Zorblex, Quuxdb\n"
    )
    postings = []
    for n, asks in enumerate(("Zorblex and time management", "Quuxdb and data analysis")):
        path = tmp_path / f"jd{n}.txt"
        path.write_text(f"ML Engineer\nRequirements:\n- 3+ years as an ML engineer\n- {asks}\n")
        postings.append(path)
    options = Options(as_of=2025 * 12)

    def row(posting: Path) -> str:
        cv, jd = extract(resume, options, "resume"), extract(posting, options, "posting")
        return compare(cv, jd, options).model_dump_json()

    in_order = [row(posting) for posting in postings]
    assert [row(posting) for posting in reversed(postings)] == in_order[::-1]
    assert in_order[0] != in_order[1]
