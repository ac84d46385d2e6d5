"""Work periods: date ranges in every common form, merged into years, and a seniority level."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from .. import regex_cache
from ..documents.cleaning import EAST_ASIAN_LETTERS
from ..documents.labels import FLATTENED_LINE
from ..documents.sections import POSTING_SECTIONS, heading_name
from ..models import DateRange, LevelId, Section
from .education import (
    degree_in_line,
    local_span,
    school_job_beside,
    under_teaching,
)
from .importance import Gated, is_table_row, lower_case_only, lowered_alike
from .junk_terms import US_STATE_NAMES
from .lines import LineIndex, plain
from .mideast_months import english_months, name_start
from .now_words import EAST_ASIAN_NOW, ENGLISH_NOW, EUROPEAN_NOW, MIDEAST_NOW, SEASIA_NOW
from .numbers import (
    CODE_LETTERS,
    ERA_INITIAL_DATE,
    ERA_YEAR,
    FIRM_CODE_LETTERS,
    era_month_index,
    era_year,
)
from .rirekisho import Pair, joining_title, one_date_pairs
from .seasia import malay_line
from .titles import ENTRY_RANK, INTERN_RANK, SENIOR_RANK, own_words, without_place
from .wording import is_occupation

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_ENGLISH_MONTHS = (
    "january february march april june july august september october november december".split()
)
# Month names in Romanian and Estonian, which set them before the year as English does
# ("martie 2020", "jaanuar 2019"); abbreviations only where they are no common word
ROMANIAN_ESTONIAN_MONTHS = {
    **dict.fromkeys(("ianuarie", "ian", "jaanuar"), 1),
    **dict.fromkeys(("februarie", "veebruar"), 2),
    **dict.fromkeys(("martie", "märts"), 3),
    **dict.fromkeys(("aprilie", "aprill"), 4),
    **dict.fromkeys(("iunie", "iun", "juuni"), 6),
    **dict.fromkeys(("iulie", "iul", "juuli"), 7),
    **dict.fromkeys(("septembrie",), 9),
    **dict.fromkeys(("octombrie", "oktoober"), 10),
    **dict.fromkeys(("noiembrie",), 11),
    **dict.fromkeys(("decembrie", "detsember"), 12),
}
# Indonesian and Malay month names not spelled as German or Dutch ones are ("Januari",
# "Juni", "Mei"): "Maret" and the Malay "Mac", "Agustus", "Ogos", "Desember", "Disember"
INDONESIAN_MALAY_MONTHS = {
    **dict.fromkeys(("maret", "mac"), 3),
    **dict.fromkeys(("julai",), 7),
    **dict.fromkeys(("agustus", "agu", "agt", "ogos", "ogo"), 8),
    **dict.fromkeys(("nopember", "nop"), 11),
    **dict.fromkeys(("desember", "disember"), 12),
}
# Hungarian month names, which follow the year and its dot ("2019. március")
HUNGARIAN_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            *("január", "február", "március", "április", "május", "június", "július"),
            *("augusztus", "szeptember", "október", "november", "december"),
        ),
        1,
    )
}
# Turkish month names, set before the year ("Ocak 2020"), with the dotless "ı" as "i": case
# folding reads "MAYIS", "Mayıs" and "mayis" alike
TURKISH_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            *("ocak", "şubat", "mart", "nisan", "mayis", "haziran", "temmuz", "ağustos"),
            *("eylül", "ekim", "kasim", "aralik"),
        ),
        1,
    )
}
# Russian and Ukrainian month names, set before the year in the nominative ("Март 2019",
# "січень 2020"), the genitive ("с марта 2020", "з січня 2020") or the locative ("в марте
# 2019", "у березні 2019"), and abbreviations that are no common word ("сент. 2018", "вер.
# 2018"; not "лист", a letter, nor "лип", a lime tree)
CYRILLIC_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "январь января январе янв січень січня січні січ",
            "февраль февраля феврале фев февр лютий лютого лютому лют",
            "март марта марте мар березень березня березні бер",
            "апрель апреля апреле апр квітень квітня квітні квіт",
            "май мая мае травень травня травні трав",
            "июнь июня июне июн червень червня червні черв",
            "июль июля июле июл липень липня липні",
            "август августа августе авг серпень серпня серпні серп",
            "сентябрь сентября сентябре сен сент вересень вересня вересні вер",
            "октябрь октября октябре окт жовтень жовтня жовтні жовт",
            "ноябрь ноября ноябре ноя нояб листопад листопада листопаді",
            "декабрь декабря декабре дек грудень грудня грудні груд",
        ),
        1,
    )
    for name in names.split()
}
# Month names and abbreviations in German, French, Italian, Spanish, Portuguese and Dutch. Like
# the English ones, they make a date only with a year or in a range ("Mai 2019", "März – Juni
# 2021"; not "Mars").
EUROPEAN_MONTHS = {
    **dict.fromkeys(("januar", "jänner", "janvier", "janv", "janeiro", "januari"), 1),
    **dict.fromkeys(("gennaio", "gen", "enero", "ene"), 1),
    **dict.fromkeys(("februar", "februari", "febrero", "febbraio", "fevereiro"), 2),
    **dict.fromkeys(("février", "fevrier", "févr", "fevr", "fév", "fev"), 2),
    **dict.fromkeys(("märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "maart", "mrt"), 3),
    **dict.fromkeys(("avril", "avr", "aprile", "abril", "abr"), 4),
    **dict.fromkeys(("mai", "maggio", "mag", "mayo", "maio", "mei"), 5),
    **dict.fromkeys(("juni", "juin", "giugno", "giu", "junio", "junho"), 6),
    **dict.fromkeys(("juli", "juillet", "juil", "luglio", "lug", "julio", "julho"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "ago", "augustus"), 8),
    **dict.fromkeys(
        ("septembre", "settembre", "sett", "set", "septiembre", "setiembre", "setembro"), 9
    ),
    **dict.fromkeys(
        ("oktober", "okt", "octobre", "ottobre", "ott", "octubre", "outubro", "out"), 10
    ),
    **dict.fromkeys(("novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("dezember", "dez", "décembre", "decembre", "déc", "dicembre", "dic"), 12),
    **dict.fromkeys(("diciembre", "dezembro"), 12),
    **ROMANIAN_ESTONIAN_MONTHS,
    **INDONESIAN_MALAY_MONTHS,
    **HUNGARIAN_MONTHS,
    **TURKISH_MONTHS,
    **CYRILLIC_MONTHS,
}


_Trie = dict[str, "_Trie"]  # letter -> what may follow; "" marks the end of a word


def trie_pattern(words: list[str]) -> str:
    """A pattern for exactly these words that branches letter by letter, longest first. The
    regex engine tries a plain alternation's words one by one at every position: with a hundred
    month names, the scan for where dates start took three times as long."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: _Trie) -> str:
    options = [re.escape(letter) + _branches(child) for letter, child in node.items() if letter]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
    if "" not in node:
        return body
    return f"{body}?" if len(options) > 1 else f"(?:{body})?"


_MONTH_NAMES = sorted({*MONTHS, *_ENGLISH_MONTHS, *EUROPEAN_MONTHS})
_MONTH_WORD = trie_pattern(_MONTH_NAMES)
_MONTH = rf"{_MONTH_WORD}\.?"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR4 = r"(?:19[5-9]\d|20[0-4]\d)"
# A winter written with both years it straddles: "Winter 2016/17", "Winter 2018/2019"
_WINTER_SPLIT_YEAR = r"(?<=winter[ \t]\d{4})/(?:\d{4}|\d{2})(?!\d)"
_SEASON_YEAR = rf"(?:{_YEAR4}(?:{_WINTER_SPLIT_YEAR})?|['’]\d{{2}}(?!\d))"
# A season after its year, as a form's columns or a table sort them: "2023 Summer", "2020 Fall
# - 2021 Spring"; only where the date ends (the line, a mark, a dash or a gap), not before
# words that go on ("in 2019 Spring Boot services"); after a comma only another term
# ("2020 Fall, 2021 Spring"), not a list of tools ("the 2016 Spring, Struts and JSP stack")
_YEAR_SEASON = (
    rf"{_YEAR4}[ \t]+{_SEASON}"
    rf"(?=[ \t]*(?:[\n;|)\]–—-]|\Z)|[ \t]{{2,}}|\t|,[ \t]*(?:\d|{_SEASON}\b|\n|\Z))"
)
# One season in several years: "Summers 2019 & 2020", "Summer 2019, 2020 and 2021"
_SEASON_JOINER = r"[ \t]*(?:,|&|\+|and\b)[ \t]*(?:and[ \t]+)?"
# ... whose last year opens no range of its own: "Summer 2018, 2019 - Present" is a summer
# and a job from 2019
_OPENS_RANGE = r"[ \t]*(?:[-–—~]|(?:to|till|until|through)\b)"
_SEASONS = (
    rf"{_SEASON}s?[ \t]+(?:of[ \t]+)?{_YEAR4}"
    rf"(?:{_SEASON_JOINER}{_YEAR4}(?!\d)(?!{_OPENS_RANGE}))+"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_NUM_MONTH = r"(?:0?[1-9]|1[0-2])"
# "4 Sep 2003", "Sep 4, 2003", "Jan-2015", "May'16", "Jan’ 2015", "Sept. 2015", "Nov, 2014",
# and with the Spanish or Portuguese "de" (or "del") before the year: "março de 2020".
# Spaces are bounded and stay on the line: two unbounded runs around an optional character
# backtrack quadratically on a long run of blanks.
_MONTH_OF = r"(?:[ \t]{1,3}del?(?=[ \t]))?"
_MONTH_DATE = (
    rf"(?:{_DAY}[ \-/.]{{1,2}})?{_MONTH}{_MONTH_OF}"
    rf"[ \t]{{0,3}}[,\-/.'’]?[ \t]{{0,3}}(?:{_DAY},?[ \t]{{1,3}})?(?:{_YEAR4}|\d{{2}})(?!\d)"
)
# "Q3 2020", "Q3'20", "2020 Q3": a quarter starts a range on its first month, ends it on its last;
# so does a half-year: "H2 2014 - H1 2015"
_PART_OF_YEAR = r"(?:Q[1-4]|[1-4]Q|H[12])"  # finance writes a quarter's number first: "3Q21"
_QUARTER_DATE = (
    rf"{_PART_OF_YEAR}[ \t\-/]?(?:{_YEAR4}|['’]?\d{{2}})(?!\d)"
    rf"|{_YEAR4}[ \t\-/]?{_PART_OF_YEAR}(?!\w)"
)
_QUARTER = regex_cache.compile(r"(?<![a-z])q([1-4])(?!\d)|(?<!\d)([1-4])q(?![a-z])", re.I)
_HALF = regex_cache.compile(r"(?<![a-z])h([12])(?!\d)", re.I)
# A Hungarian date: the year, a dot, the month in figures or words and, after figures, a dot
# ("2019. 03.", "2019.03.", "2019. március"); not a day after it ("2019. 03. 15.")
_HUNGARIAN_MONTH_WORD = "|".join(HUNGARIAN_MONTHS)
_HUNGARIAN_DATE = (
    rf"{_YEAR4}\.[ \t]?(?:{_NUM_MONTH}\.(?![ \t]?\d)|(?:{_HUNGARIAN_MONTH_WORD})(?![^\W\d_]))"
)
# The Russian and Ukrainian "year" after a date ("2020 г.", "2018–2021 гг.", "2020 р.",
# "марта 2020 года", "2020 року")
_YEAR_WORD = r"(?:[ \t]?(?:гг?|рр?)\.|[ \t](?:года|году|року|році)(?![^\W\d_]))"
# A Japanese era's year and month: "令和2年4月" is April 2020, "平成31年3月" March 2019, a
# fiscal year ("令和2年度", April 2020 to March 2021), the era's initial ("H30.4", "R2年4月")
_ERA_DATE = rf"{ERA_YEAR}(?:度|[ \t]?{_NUM_MONTH}[ \t]?月)?|{ERA_INITIAL_DATE}"
# A fiscal year, read as its calendar year: "FY2020", "FY 2021", "FY22" (in capitals)
_FISCAL_YEAR = rf"(?-i:FY)[ \t]?(?:{_YEAR4}|\d{{2}}(?!\d))"
_DATE = (
    rf"(?:{_MONTH_DATE}"
    rf"|{_QUARTER_DATE}"
    rf"|{_SEASON}\s+(?:of\s+)?{_SEASON_YEAR}"
    rf"|{_YEAR_SEASON}"
    rf"|(?:{_NUM_MONTH}[/.\-]{_DAY}|{_DAY}[/.\-]{_NUM_MONTH})[/.\-]{_YEAR4}"
    rf"|{_NUM_MONTH}\s*[/.\-]\s*{_YEAR4}"
    # year, month and day with one separator: "2019-07-15", "2019.07.15", "2019/07/15"; not a
    # version's or an address's fourth number ("2021.03.31.2"), though a sentence's full stop
    rf"|{_YEAR4}(?:-{_NUM_MONTH}-{_DAY}|\.{_NUM_MONTH}\.{_DAY}|/{_NUM_MONTH}/{_DAY})(?!\.?\d)"
    rf"|{_YEAR4}\s*[/.\-]\s*{_NUM_MONTH}(?![\d/.\-])"
    # ... also before a dash that opens the end, with two digits for the month, as East Asian
    # CVs write it ("2018.07-2020.01", "2018.07-至今"); not a full date ("2019-07-15") nor
    # versions and decimals ("PyCharm 2019.3-2020.1", "1998.5-2000.0")
    rf"|{_YEAR4}[/.\-](?:0[1-9]|1[0-2])(?=-(?!\d{{1,2}}(?!\d)))"
    rf"|{_HUNGARIAN_DATE}"
    rf"|{_NUM_MONTH}/\d{{2}}(?!\d)"
    # Chinese and Japanese: "2019年4月", "2019年", a Japanese fiscal year "2019年度"
    rf"|{_YEAR4}\s?年(?:度|\s?{_NUM_MONTH}\s?月)?"
    rf"|{_YEAR4}\s?년(?:\s?{_NUM_MONTH}\s?월)?"  # Korean: "2019년 3월", "2019년"
    rf"|{_ERA_DATE}"
    rf"|{_FISCAL_YEAR}"
    rf"|{_YEAR4}"
    rf"|['’]\d{{2}}(?!\d))"
    rf"{_YEAR_WORD}?"
)
# A Chinese, Japanese or Korean letter, which a CV glues to a range's dates
# ("字节跳动2019.03-至今算法工程师"), and the words for "to" between the dates
# ("2018年7月至2020年1月", "2019年4月から"), and the full-width tilde
_EAST_ASIAN = f"[{EAST_ASIAN_LETTERS}]"
_EAST_ASIAN_SEP = r"\s*(?:至|から|～|〜)\s*"
_NOW = (
    rf"(?:{ENGLISH_NOW}|currently|date|(?:to|till)\s*date|till\s+(?:now|today)"
    r"|still(?:\s+working)?|continue"  # Indian English: "Mar 2016 to still"
    r"|cont(?:['’]?d)?\.?"  # "2020 - Cont.", "2020 - cont'd" (continuing)
    r"|tb[ad]"  # an end not yet set: "Aug 2021 - TBD", "2022 - TBA"
    # "2019 - Pres.", "Oct 2019 - Curr.", "2019 - up to now"; not a president's "Pres. of"
    r"|pres(?!\.?[ \t]+of\b)\.?|curr\.?|nowadays|up\s*to\s+(?:now|date|present|today)"
    rf"|ongoing|onwards?|continuing|the\s+present|{EUROPEAN_NOW}|{EAST_ASIAN_NOW}|{SEASIA_NOW}"
    rf"|{MIDEAST_NOW})"
)
# Dashes of every kind, arrows ("→", as Notion writes a range of dates, and a typed "->") and
# words ("bis", "à", "al", "hasta", "até", "tot"). A run of spaces
# stands for a dash lost in text extraction; it needs a clear end ("2005  Present", not "1999
# Date of birth").
# A dash may come before the word: "Oct 2011 – till 2016". A form labels the ends, as federal
# resumes do: "From: 11/03/2019 To: Present", "Start Date: 06/15/2015 End Date: 10/31/2019".
# The Spanish, Portuguese and Italian "a" (Italian "ad" before a vowel) stands between two
# dates as "to" does ("jul. 2016 a dez. 2017", "da marzo 2020 a oggi"), as English writes no
# "a" there; before a bare year, only when the year ends the piece ("de 2015 a 2018", not "in
# 2019 a 2020 roadmap").
_ROMANCE_TO = (
    r"(?-i:a|ad)(?=[ \t]+(?:[^\W\d_]|\d{1,2}[/.\-]"
    rf"|{_YEAR4}(?=[ \t]*(?:[\n,;|)\]]|\Z))))"
)
_SEP = (
    r"\s*(?:(?:-{1,2}>?|[–—―‒−~→⟶])(?:\s*(?:to|till|until|upto)(?=\s))?"
    r"|(?:to|until|till|through|thru|upto|bis|à|al|hasta|até|tot|til|по|до"
    r"|ו?עד|إلى|الى|حتى|تا|έως|εως|μέχρι|μεχρι)(?:[ \t]*:)?"  # Hebrew, Arabic, Persian, Greek
    rf"|{_ROMANCE_TO}"
    r"|end(?:ing)?(?:[ \t]+date)?[ \t]*:)\s*"
)
_SEP = rf"(?:{_SEP}|{_EAST_ASIAN_SEP})"
# ... as does a tab, which splits the cells of a table: "Jan 2021<tab>Present" under "From | To"
_GAP_SEP = r"(?:[ \t]{2,}|\t)"
_GAP_NOW = (
    r"(?:present|current|ongoing|till\s+date|to\s+date|till\s+now|heute|aktuell"
    r"|aujourd['’]hui|présent|oggi|presente|actualidad|atual|hoje|heden|nykyhetki|současnost"
    r"|pågående|súčasnosť)"
)
# Words that open a range running to the present: "since 2019", "seit 03/2021", "depuis 2021".
# Russian "с" ("с 2019 г."), Ukrainian "з", "із", "від"
_SINCE_WORDS = (
    "since",
    "from",
    "seit",
    "depuis",
    "desde",
    "sinds",
    "dal",
    "с",
    "со",
    "з",
    "із",
    "від",
)
_SINCE = rf"(?:{'|'.join(_SINCE_WORDS)})"
_END = rf"(?:(?![\w/])|(?={_EAST_ASIAN}))"

# An end month whose year a narrow table cell wrapped to the next line: "Jul 2018 – Feb\n2021"
_WRAPPED_END = rf"{_MONTH}[ \t]*\n[ \t]*{_YEAR4}(?!\d)"

# An end a study is due to reach, named so: "2019 - Expected 2021", "Sept 2019 - Anticipated
# May 2021", "2024 – exp. 2026"
_EXPECTED_END = r"(?:expected|anticipated|exp\.|est\.)[ \t]*(?::[ \t]*)?"
# Academic years, each written with the next year's digits: "2019/20 - 2021/22", "2019-2020 to
# 2021-2022", "2019–20 to 2021–22". One range, read as whole years from the first year written
# to the last ("2019 - 2022"), as bare years are; each names the year after its own, which
# tells it from two years apart ("2019-2021 - 2022-2023" is no academic year). The end may
# repeat the label of the academic or school year: "AY 2019-20 to AY 2021-22", "SY 2019-2020 -
# SY 2021-2022".
_YEAR_LABEL = r"(?:(?-i:AY|SY)[ \t]?)?"
_ACADEMIC_YEAR = (
    trie_pattern(
        [
            f"{year}{mark}{following}"
            for year in range(1950, 2049)
            for mark in "/-–"
            for following in (f"{(year + 1) % 100:02d}", f"{year + 1}")
        ]
    )
    + r"(?![\d/])"
)

RANGE = regex_cache.compile(
    rf"(?<![\w/.])(?P<academic>{_ACADEMIC_YEAR}){_SEP}{_YEAR_LABEL}(?P<academic_end>{_ACADEMIC_YEAR})"
    rf"{_END}"
    rf"|(?:(?<![\w/.'’])|(?<={_EAST_ASIAN}))(?P<start>{_DATE}|{_MONTH}(?=\s*[-–]\s*{_MONTH})"
    rf"|{_SEASON}(?=\s*[-–]\s*{_SEASON}\s))"
    rf"(?:{_SEP}(?:{_EXPECTED_END})?(?P<end>{_DATE}|{_NOW}|{_WRAPPED_END})"
    rf"|{_GAP_SEP}(?P<gap_end>{_DATE}|{_GAP_NOW})){_END}"
    # "Between 2019 and 2021", "between March 2019 and June 2021"
    rf"|(?<![\w/.])between\s+(?P<between>{_DATE})\s+and\s+(?P<between_end>{_DATE}|{_NOW}){_END}"
    rf"|(?<![\w/.]){_SINCE}\s+(?P<since>{_DATE}){_END}"
    rf"(?!{_YEAR_WORD}?{_SEP}(?:\d|(?:{_NOW}|{_MONTH})(?![^\W\d_])))"
    # "In 2019 I moved to Berlin and have worked at Acme since." (_HELD_SINCE_THEN)
    rf"|(?<=\bin[ \t])(?P<held_from>{_YEAR4})(?=,?[ \t]+I\b[^.;!?\n]{{0,150}}?[ \t]"
    r"(?P<held_since>(?:ever[ \t]+)?since(?:[ \t]+then)?)[ \t]*(?:[.;!]|$))"
    rf"|(?<![\w/.])(?P<onward>{_DATE})\s*(?:onwards?|[-–]\s*(?:present|now))(?![\w/])"
    rf"|(?<![\w/.])(?P<open>{_DATE})\s*[-–—]\s*(?=$|\n|[ \t]{{2,}}|[)\]|])"
    rf"|(?<![\w/.])(?P<short>{_YEAR4})\s?[-–/]\s?(?P<short_end>\d{{2}}|(?<=/){_YEAR4})(?![\w/.%-])"
    rf"|(?<![\w/.])(?P<glued>{_YEAR4})(?P<glued_end>{_YEAR4})(?![\w/])"
    rf"|(?<![\w/.])(?P<seasons>{_SEASONS})(?![\w/])"
    rf"|(?<![\w/.])(?P<season>{_SEASON}\s+(?:of\s+)?{_SEASON_YEAR}|{_YEAR_SEASON})(?![\w/])"
    # newest first: "Present – 2021", "Current - Mar 2019" (and "היום - 2019": mideast_months)
    rf"|(?<![\w/.])(?:present|current|now|today){_SEP}(?P<back_to>{_DATE}){_END}",
    re.I,
)

# Where a range may start: a word that opens with a digit or an apostrophe ("'16"), a month's
# name (never followed by a letter in a range), a season, "since" or its kin, a quarter. RANGE
# is tried only there, which is much faster than searching. It opens after no word character
# but an East Asian letter ("2019年3月"): one lookbehind at each character, not two.
_RANGE_START = regex_cache.compile(
    rf"(?<![^\W{EAST_ASIAN_LETTERS}])"
    rf"(?:[\d'’]|{_MONTH_WORD}(?![^\W\d_])|{_SEASON}|{_SINCE}(?=\s)|between(?=\s)|q[1-4]|h[12]"
    rf"|{ERA_YEAR}"
    r"|fy(?=[ \t]?\d)"  # a fiscal year: "FY2020 - FY2022"
    r"|[rhs]\d{1,2}[.年]"  # an era's initial, "H30.4" (ERA_INITIAL_DATE tells it in capitals)
    r"|present|current|now|today)",
    re.I,
)


# _RANGE_START for lower-cased text (lowered_alike), where it finds the same places: matching
# letters as written is about twice as fast as re.I's case-blind matching.
_LOWER_RANGE_START = (
    regex_cache.compile(_RANGE_START.pattern, _RANGE_START.flags & ~re.I)
    if lower_case_only(_RANGE_START.pattern)
    else None
)


# How every range that opens on a digit opens: a year ("2019", "2019.03", "2019 Q3", "2019年"),
# or a day or month's number before a separator ("03/2019", "3 - 2019") or, after one or two
# separators, a month's name ("4 Sep 2003", "1st-Jan 2020"). RANGE, tried at a number that
# opens none of these ("9 years", "17%", "512"), fails after trying each of its alternatives
# case-blind; this costs a fraction of that (tests/test_speedext_fast_paths.py compares).
_MONTH_INITIALS = "".join(sorted({name[0] for name in _MONTH_NAMES}))
_DIGIT_OPENING = regex_cache.compile(
    r"(?:19[5-9]|20[0-4])\d|[1-4]q(?![a-z])|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    rf"(?:[ \-/.]{{1,2}}[{re.escape(_MONTH_INITIALS)}]|\s*[/.\-])",
    re.I,
)


def _may_open_a_range(text: str, at: int) -> bool:
    """Whether a range may open at `at`, where _RANGE_START found a place: a number must open
    as _DIGIT_OPENING says (every other place may open one)."""
    return not text[at].isdecimal() or _DIGIT_OPENING.match(text, at) is not None


def search_range(text: str, position: int) -> re.Match[str] | None:
    """RANGE.search(text, position), trying only the places a range can start; Hebrew, Arabic
    and Greek month names read as English ones (the match's string is then that rewrite)."""
    text = english_months(text)
    lowered = lowered_alike(text) if _LOWER_RANGE_START else None
    starts = (
        _LOWER_RANGE_START.finditer(lowered, position)
        if _LOWER_RANGE_START and lowered is not None
        else _RANGE_START.finditer(text, position)
    )
    for candidate in starts:
        if not _may_open_a_range(text, candidate.start()):
            continue
        found = RANGE.match(text, candidate.start())
        if (
            found
            and not _an_english_word_first(found)
            and not _an_era_initial_abroad(found)
            and not _an_article_after_a_year(found)
            and not _an_adjective_in_prose(found)
            and not _the_computer_mac(found)
        ):
            return found
    return None


_ERA_INITIAL = regex_cache.compile(ERA_INITIAL_DATE)
_JAPANESE_LETTER = regex_cache.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def _an_era_initial_abroad(found: re.Match[str]) -> bool:
    """Whether the range has an era's initial ("R2.4") in a text with no Japanese in it, where
    it is a version or a name ("releases R2.4 - R3.1", "S3.4 - S3.5 tiers")."""
    return (
        _ERA_INITIAL.search(found.string, found.start(), found.end()) is not None
        and _JAPANESE_LETTER.search(found.string) is None
    )


_ROMANCE_TO_ALONE = regex_cache.compile(r"\s*(?:a|ad)\s*")


def _an_article_after_a_year(found: re.Match[str]) -> bool:
    """A bare year, then "a" and a month in figures: the English article ("In 2019 a 10/2020
    deadline"), as a Romance range joins dates of one precision ("2015 a 2018", "03/2015 a
    10/2020")."""
    start, end = found.group("start"), found.group("end")
    if not (start and end and end[0].isdigit() and _BARE_YEAR.fullmatch(start)):
        return False
    between = found.string[found.end("start") : found.start("end")]
    return bool(_ROMANCE_TO_ALONE.fullmatch(between)) and not _BARE_YEAR.fullmatch(end)


# "Present", "current" (and the Spanish "actual") in lower case before a noun of their own, the
# range mid-sentence after a word: "Migrated 2018 - current projects", "Refactored 2019 -
# present value models"; not before a word that goes on about the job ("2019 - present at Code
# Club", "present building models"), nor after "from" ("from 2020 - present leading pricing")
_ADJECTIVE_NOW = frozenset(("present", "current", "actual"))
_NOUN_AFTER = regex_cache.compile(r"[ \t]+([a-z]+)(?![\w'’-])")
_WORD_BEFORE = regex_cache.compile(r"(?<![\w'’-])([A-Za-z][a-z]*)[ \t]+\Z")
_NO_NOUN = frozenset(
    "at as in on of for with by via and or to the a an from since while until where when who"
    " which that under within".split()
)
_NO_PROSE = frozenset("from since between during over in period".split())


def _an_adjective_in_prose(found: re.Match[str]) -> bool:
    """Whether the range's end is an adjective of the sentence it stands in, not "now" (see
    _ADJECTIVE_NOW)."""
    if found.group("end") not in _ADJECTIVE_NOW:
        return False
    noun = _NOUN_AFTER.match(found.string, found.end())
    if noun is None or noun.group(1) in _NO_NOUN or noun.group(1).endswith("ing"):
        return False
    line_start = found.string.rfind("\n", 0, found.start()) + 1
    before = _WORD_BEFORE.search(found.string[max(line_start, found.start() - 40) : found.start()])
    return before is not None and before.group(1).lower() not in _NO_PROSE


# Short month names of Spanish, Portuguese, Italian and Romanian that English spells as words:
# in prose "phased out 2019 - 2021", "a test set 2019-2021", "5 years ago, 2019", "worked with
# Ian 2019 - 2021" name no month.
_ENGLISH_HOMOGRAPH = regex_cache.compile(
    r"(?:set|out|ago|gen|ian)(?![^\W\d_])(?P<mark>[./])?", re.I
)
_NAMED_END = regex_cache.compile(
    rf"(?<![^\W\d_])(?:{_MONTH_WORD}|{EUROPEAN_NOW})(?![^\W\d_])", re.I
)


def _an_english_word_first(found: re.Match[str]) -> bool:
    """Whether the range opens on a month spelled like an English word that dates nothing
    here: it needs its abbreviation's dot or slash ("set. 2018", "out/2019"; not after a word,
    as in "rolled it out. 2020") or a month or a "today" of the CV's language at the other end
    ("Set 2018 - Out 2020", "ago 2017 - actualidad"), or "since" or its kin before it."""
    if found.group("since"):
        return False  # "desde set. 2019": the word before makes it a date
    opening = next((name for name in ("start", "onward", "open") if found.group(name)), None)
    if opening is None:
        return False
    homograph = _ENGLISH_HOMOGRAPH.match(found.string, found.start(opening))
    if homograph is None:
        return False
    end = found.group("end") or found.group("gap_end") or ""
    if _NAMED_END.search(end):
        return False
    line_start = found.string.rfind("\n", 0, homograph.start()) + 1
    before = found.string[line_start : homograph.start()]
    after_a_word = before[-1:] in (" ", "\t") and before.rstrip(" \t")[-1:].isalpha()
    return not homograph.group("mark") or after_a_word


# The Malay "Mac" (March), which English writes for the computer ("Windows and Mac 2019 -
# 2021"), and what marks it a month: a month's name or a Malay or Indonesian "now" at the
# range's other end ("Mac 2019 - Ogos 2021", "Mac 2021 - kini")
_MAC = regex_cache.compile(r"mac(?![^\W\d_])", re.I)
_MALAY_END = regex_cache.compile(
    rf"(?<![^\W\d_])(?:{_MONTH_WORD}|sekarang|kini|saat[ \t]+ini)(?![^\W\d_])", re.I
)


def _the_computer_mac(found: re.Match[str]) -> bool:
    """Whether the range opens on "Mac" on an English line, the other end no month's name
    nor a Malay "now" (see _MAC)."""
    opening = next((name for name in ("start", "onward", "open") if found.group(name)), None)
    if opening is None or _MAC.match(found.string, found.start(opening)) is None:
        return False
    if _MALAY_END.search(found.group("end") or found.group("gap_end") or ""):
        return False
    line_start = found.string.rfind("\n", 0, found.start()) + 1
    line_end = found.string.find("\n", found.end())
    return not malay_line(found.string[line_start : None if line_end < 0 else line_end])


# The ranks a title names (titles.SENIOR_RANK and the others); any manager leads people.
_TITLE_LEVELS: list[tuple[LevelId, re.Pattern[str]]] = [
    ("senior", regex_cache.compile(rf"\b(?:{SENIOR_RANK}|manager)\b", re.I)),
    ("intern", regex_cache.compile(rf"\b(?:{INTERN_RANK})\b", re.I)),
    ("entry", regex_cache.compile(rf"\b(?:{ENTRY_RANK})\b", re.I)),
]


def lower_folded(text: str) -> str:
    """The text in lower case, Turkish "İ" and "ı" read as "i" ("EKİM", "Kasım")."""
    return text.lower().replace("\u0307", "").replace("ı", "i")


def month_number(word: str) -> int:
    """1-12 for a month's name or abbreviation in any of the languages read: "Sept.", "März"."""
    word = lower_folded(word).rstrip(".")
    return EUROPEAN_MONTHS.get(word) or MONTHS[word[:3]]


def _year(text: str, as_of: int) -> int:
    digits = int(text.strip("'’"))
    if digits >= 100:
        return digits
    year = 2000 + digits
    return year - 100 if year > as_of // 12 + 1 else year


_YEAR_FIRST = regex_cache.compile(r"\s*\d{4}\D")  # "2019-07-15": the year, then its month


def _day_first(*texts: str, document: bool = False) -> bool:
    """Whether the numeric dates of a range read day/month/year. A number above 12 decides for
    both ends ("04-09-2003 to 19-12-2007"); otherwise the month comes first ("06/15/2019"),
    except with dots, the European way ("04.09.2003"), or in a document whose other dates
    read day first (`document`: "01/09/2021 – Present" over "01/09/2019 – 31/08/2021")."""
    dates = [t for t in texts if len(re.findall(r"\d+", t)) == 3 and not _YEAR_FIRST.match(t)]
    numbers = [[int(n) for n in re.findall(r"\d+", t)] for t in dates]
    if any(first > 12 for first, _, _ in numbers):
        return True
    if any(second > 12 for _, second, _ in numbers):
        return False
    return any("." in t for t in dates) or (document and bool(dates))


# A numeric date with its day and month before a four-digit year: "31/08/2021", "06.15.2019"
_NUMERIC_DATE = regex_cache.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}(?![\d/.-])")


def _document_day_first(text: str) -> bool:
    """Whether the document's numeric dates read day first: one has a day above 12 before its
    month ("31/08/2021", a birth date "14/03/1992") and none a day above 12 after it."""
    pairs = [(int(m.group(1)), int(m.group(2))) for m in _NUMERIC_DATE.finditer(text)]
    day_first = any(first > 12 >= second for first, second in pairs)
    return day_first and not any(second > 12 >= first for first, second in pairs)


def _month_index(text: str, as_of: int, day_first: bool = False) -> int | None:
    """Parse one date as year*12 + month-1. A bare year is January, at either end: "2018 -
    2021" reads as three years, as people count it; _span widens a single-year range."""
    lowered = " ".join(lower_folded(text).split())
    if re.fullmatch(_NOW, lowered):
        return as_of
    if (japanese := _japanese_month(lowered)) is not None:
        return japanese
    numbers = re.findall(r"\d+", lowered)
    if not numbers:
        return None
    if quarter := _QUARTER.search(lowered):
        year = re.findall(r"\d+", _QUARTER.sub(" ", lowered))[-1]
        number = quarter.group(1) or quarter.group(2)
        return _year(year, as_of) * 12 + (int(number) - 1) * 3
    if half := _HALF.search(lowered):
        year = re.findall(r"\d+", _HALF.sub(" ", lowered))[-1]
        return _year(year, as_of) * 12 + (int(half.group(1)) - 1) * 6
    if named := re.search(_MONTH, lowered):
        return _year(numbers[-1], as_of) * 12 + month_number(named.group()) - 1
    if season := re.search(_SEASON, lowered):  # a winter's split year starts in its first
        return _year(numbers[0], as_of) * 12 + SEASONS[season.group()] - 1
    values = [int(n) for n in numbers]
    if len(values) == 3 and len(numbers[0]) == 4:  # the year, the month, then the day
        return values[0] * 12 + values[1] - 1
    if len(values) == 3:  # month and day in either order, then the year
        first, second, year = values
        month = second if (day_first or first > 12) and second <= 12 else first
        return year * 12 + month - 1
    if len(values) == 2 and len(numbers[0]) == 4:
        return values[0] * 12 + values[1] - 1
    if len(values) == 2:
        return _year(numbers[1], as_of) * 12 + values[0] - 1
    return _year(numbers[0], as_of) * 12


def _japanese_month(lowered: str) -> int | None:
    """year*12 + month-1 of a date in a Japanese era ("令和2年4月", "h30.4") or of a fiscal
    year's first month, April ("2020年度", "令和2年度"); None for any other date."""
    era = era_year(lowered)
    fiscal = 3 if "年度" in lowered else 0
    if era:
        return era_month_index(era) + fiscal
    numbers = re.findall(r"\d+", lowered)
    return int(numbers[0]) * 12 + fiscal if fiscal and numbers else None


def _has_day(text: str) -> bool:
    """A date precise to the day ("15 May 1990"): with a gap for a dash, it is a lone date."""
    numbers = len(re.findall(r"\d+", text))
    return numbers >= 3 or (numbers == 2 and bool(re.search(_MONTH, text, re.I)))


# A bare year after "since"/"from" dates a role only on a header line ("Acme, since 2019"),
# not in a bullet or in prose going on after it ("cut costs 20% from 2019 levels").
_BULLET_START = regex_cache.compile(r"[ \t]*(?:[-*•·▪●►✓➢◦]|\d{1,2}[.)])[ \t]")
_HEADER_END = regex_cache.compile(r"[ \t]*(?:$|[,;|)\]–—-])|[ \t]{2,}")


# A first-person resume's sentence of the job held up to now: "I have worked at Feedzai since
# 2019", "I've been with Acme since 2021" (an employer's name after "at"/"with"/"for"), "I have
# served as CTO since"; not a tool used ("I have worked with Python since"), a person ("been
# with my partner") or an unpaid part ("served as a reviewer for NeurIPS since 2016")
_UNPAID_PART = (
    r"(?:reviewer|referee|volunteer|member|mentor|judge|ambassador|trustee|juror|chair)s?\b"
)
_HELD = (
    r"(?:(?:been[ \t]+(?:at|with|working[ \t]+(?:at|for))|worked[ \t]+(?:at|for))[ \t]+"
    r"(?:the[ \t]+)?(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b)(?-i:[A-Z])"
    rf"|(?:been[ \t]+(?:serving|working)|worked|served)[ \t]+as\b(?![^.;!?\n]*\b{_UNPAID_PART})"
    r"|been[ \t]+employed\b)[^.;!?\n]*\Z"
)
_HELD_SINCE = regex_cache.compile(rf"\bI(?:['’]ve|[ \t]+have)[ \t]+{_HELD}")
# ... told after the year it began, "since" closing the sentence: "In 2019 I moved to Berlin and
# have worked at Acme since.", "In 2021 I joined Acme, where I've been working as a lead ever
# since then."
_HELD_SINCE_THEN = regex_cache.compile(rf"(?:\bhave|['’]ve)[ \t]+{_HELD}")
# ... and only where "In" opens the sentence: a line's start, after a bullet or after a
# sentence's end; not a year inside one ("Born in 1985, I grew up in Leeds and have worked at
# Siemens since.", "I finished school in 2010, I then ...").
_SENTENCE_OPENING = regex_cache.compile(
    r"(?:[^\n]*[.!?;:])?[ \t]*(?:(?:[-*•·▪●►✓➢◦–—>→]|\d{1,2}[.)])[ \t]+)?"
)


def _dates_a_role(found: re.Match[str]) -> bool:
    """Whether a "since"/"from" date is a role's start rather than a year named in prose."""
    if re.search(r"[a-z]|\d\D+\d", found.group("since"), re.I):
        return True  # a month or a full date: "since March 2020"
    left, right = local_span(found.string, found.start(), found.end())
    if _HELD_SINCE.search(found.string, left, found.start()):
        return True
    if _BULLET_START.match(found.string, left, found.start()):
        return False
    return bool(_HEADER_END.match(found.string[found.end() : right]))


# What may stand before "between" on a job's line: nothing ("Between 2019 and 2021" opening
# the line), a header's mark ("Analyst, Acme, between"), or capitalised names joined by small
# words ("Analyst at Acme between"); never a bullet's or a sentence's lowercase words.
_HEADER_BEFORE_BETWEEN = regex_cache.compile(
    r"[ \t]*(?:(?:[^\n]*(?:[,|(@–—]|[ \t]-|[ \t]{2,}|\t)"
    r"|(?:(?:[A-Z][\w.&'’-]*|at|of|for|and|the|in|&)[ \t]+)+)[ \t]*)?"
)
# A bullet of any kind, also a dash, an arrow or a letter "o" written as one
_ANY_BULLET = regex_cache.compile(r"[ \t]*(?:[-*•·▪●►✓➢◦–—➤>→]|o(?=[ \t])|\d{1,2}[.)])[ \t]")
# ... and after the range: the line's end, or a mark with a name, a date or nothing after it;
# not a sentence going on ("between 2015 and 2020, by region", "; led 4 analysts").
_HEADER_AFTER_BETWEEN = regex_cache.compile(
    r"[ \t]*(?:$|(?:[,;|)\]–—-]|[ \t]{2,})[ \t]*(?:$|[^a-z\s]))"
)


def _held_from_opening(found: re.Match[str]) -> bool:
    """Whether "In YYYY" opens a sentence that tells of a job held since then."""
    left = local_span(found.string, found.start(), found.end())[0]
    in_start = found.start() - len("in ")
    if not _SENTENCE_OPENING.fullmatch(found.string, left, in_start):
        return False
    return bool(_HELD_SINCE_THEN.search(found.string, found.end(), found.start("held_since")))


def _between_dates_a_role(found: re.Match[str]) -> bool:
    """Whether "between" and its two dates date a role, as they do on a job's line where
    nothing but a mark or a cell follows ("Analyst, Acme, between 2019 and 2021"); not in a
    bullet or a sentence ("- Cut costs between 2015 and 2016 levels"), nor without a year of
    four digits ("split between 10/90 and 20/80")."""
    if not _FOUR_DIGITS.search(found.group("between")):
        return False
    left, right = local_span(found.string, found.start(), found.end())
    if _ANY_BULLET.match(found.string, left, found.start()):
        return False
    if not _HEADER_BEFORE_BETWEEN.fullmatch(found.string, left, found.start()):
        return False
    return bool(_HEADER_AFTER_BETWEEN.match(found.string[found.end() : right]))


def _span(
    found: re.Match[str], as_of: int, day_first_document: bool = False
) -> tuple[int, int, bool] | None:
    """Start month, end month and whether the range is ongoing, before any sanity check;
    `day_first_document` when the document's other numeric dates read day first."""
    if found.group("since") and not _dates_a_role(found):
        return None
    if found.group("held_from") and not _held_from_opening(found):
        return None
    if found.group("season"):
        start = _month_index(found.group("season"), as_of)
        return None if start is None else (start, start + 2, False)
    if found.group("glued") or found.group("academic") or found.group("short"):
        return _years_span(found)
    if found.group("between") and not _between_dates_a_role(found):
        return None
    start_text, end_text = _end_texts(found)
    day_first = _day_first(start_text, end_text, document=day_first_document)
    end = _month_index(end_text, as_of, day_first)
    start = _month_index(start_text, as_of, day_first)
    if start is None and end is not None:  # "June - Aug 2013", "Spring–Summer 2022"
        start = _first_of_two(start_text, end)
    if start is None or end is None or (found.group("gap_end") and _has_day(start_text)):
        return None
    if end < start and found.group("end") and not _NOW_RE.fullmatch(end_text.strip()):
        start, end = end, start  # newest first: "Dec 2023 – Mar 2021"
        if _BARE_YEAR.fullmatch(start_text):
            end += 11  # "2023 - 2021" ends with 2023
    end += _to_last_month(end_text)
    if end == start and _BARE_YEAR.fullmatch(end_text):
        end += 11  # "2019 - 2019" counts as that year; "Jun 2023 - Jun 2023" is one month
    return start, end, bool(re.fullmatch(_NOW, " ".join(end_text.lower().split())))


_FULL_SLASHED = regex_cache.compile(r"\d{4}/\d{4}")  # "2016/2017", which may be versions


def _years_span(found: re.Match[str]) -> tuple[int, int, bool] | None:
    """The span of a range written in years alone, glued ("20192021"), as academic years
    ("2019/20 - 2021/22") or with the end's last two digits ("2018-19")."""
    if found.group("glued"):
        first, last = int(found.group("glued")), int(found.group("glued_end"))
        return (first * 12, _year_end(first, last), False) if last - first <= 15 else None
    if found.group("academic"):
        if _FULL_SLASHED.match(found.group("academic")) and not _stands_as_date(found):
            return None  # versions: "SQL Server 2016/2017 - 2019/2020"
        # either order: newest first, "2021/22 - 2019/20", reads the same
        first, later = sorted(int(found.group(name)[:4]) for name in ("academic", "academic_end"))
        return (first * 12, _year_end(first, later + 1), False) if later - first < 15 else None
    first, written = int(found.group("short")), found.group("short_end")
    if len(written) == 4:  # an academic year, "2019/2020"; not versions ("2016/2019")
        academic = int(written) == first + 1 and _stands_as_date(found)
        return (first * 12, _year_end(first, first + 1), False) if academic else None
    last = first // 100 * 100 + int(written)
    last += 100 if last < first else 0
    return (first * 12, _year_end(first, last), False) if last - first <= 10 else None


# What stands before a date on its line: nothing but a bullet, or a mark that sets it apart
# ("Tutor, Porto | 2019/2020", "BSc, 2019/2020"); not a product's name ("SQL Server 2016/2017")
_BEFORE_DATE = regex_cache.compile(
    r"(?:^[ \t]*(?:[-*•·][ \t]*)?|[,|(\[:;–—\t][ \t]*|[ \t]-[ \t]*|[ \t]{2,})\Z"
)


def _stands_as_date(found: re.Match[str]) -> bool:
    """Whether a range stands where a line puts its date, not after a word on it."""
    start = found.start()
    line_start = found.string.rfind("\n", 0, start) + 1
    return _BEFORE_DATE.search(found.string[line_start:start]) is not None


def _first_of_two(start_text: str, end: int) -> int | None:
    """The month a yearless month or season opens a range in, before its end's month: "June"
    in "June - Aug 2013"; "Winter" in "Winter–Spring 2020", the December before."""
    lowered = start_text.lower()
    if named := re.match(_MONTH, lowered):
        month = month_number(named.group())
    elif season := re.match(_SEASON, lowered):
        month = SEASONS[season.group()]
    else:
        return None
    start = end // 12 * 12 + month - 1
    return start - 12 if start > end else start


def _to_last_month(end_text: str) -> int:
    """The months from an end's first month to its last: a fiscal year's ("2020年度", to the
    next March), a quarter's, a half-year's ("H2 2020"; not Heisei's second year, "H2.9")."""
    if "年度" in end_text:
        return 11
    if era_year(end_text):
        return 0
    if _QUARTER.search(end_text):
        return 2
    return 5 if _HALF.search(end_text) else 0


_BARE_YEAR = regex_cache.compile(r"\s*(?:\d{4}|['’]\d{2})\s*")
_NOW_RE = regex_cache.compile(_NOW, re.I)


def _year_end(first: int, last: int) -> int:
    """The end month of a range of bare years: January of the last year, or December when
    the range stays within one year."""
    return last * 12 + (11 if last == first else 0)


class Found(NamedTuple):
    range: DateRange
    start: int
    end: int
    ends_later: bool = False  # written to end over a year after the as-of month
    # one of a season's later years, listed with the one before: "2020" in "Summers 2019 & 2020"
    listed_on: bool = False
    # dates a promotion within a job: "- Promoted to Senior Engineer (2022 - Present)"
    promotion: bool = False


# How far past the as-of month a job's written end may be ("Postdoc, 2025 - 2027"); a range
# ending later and naming no role dates something else: a passport's or a visa's validity.
_PLANNED_MONTHS = 12


# A code's letters right before a number: "EN 1990 - 1999" numbers parts of a standard
_CODE_BEFORE = regex_cache.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(CODE_LETTERS - FIRM_CODE_LETTERS))}) \Z"
)
# ... unless they follow a job's title as its employer: "Technical Editor, IEEE 2016 - 2020",
# "Research Engineer | SAE", "Standards Officer at ISO" (not "ISO 9001, EN 1990 - 1999")
_TITLE_BEFORE = regex_cache.compile(r"([A-Za-z]+)[ \t]*(?:[,|@]|\b[Aa]t\b)[ \t]*\Z")


def _numbers_a_code(text: str, start: int) -> bool:
    """The range at `start` numbers parts of a code named right before it."""
    coded = _CODE_BEFORE.search(text, max(0, start - 6), start)
    if coded is None:
        return False
    line_start = text.rfind("\n", 0, coded.start()) + 1
    title = _TITLE_BEFORE.search(text, max(line_start, coded.start() - 40), coded.start())
    return title is None or not is_occupation(title.group(1))


def _end_texts(found: re.Match[str]) -> tuple[str, str]:
    """The texts of a range's start and end ("present" when it names none)."""
    start_text = found.group("start") or found.group("since") or found.group("onward")
    start_text = start_text or found.group("held_from")
    start_text = start_text or found.group("open") or found.group("back_to")
    start_text = start_text or found.group("between") or ""
    end_text = found.group("end") or found.group("gap_end") or found.group("between_end")
    return start_text, end_text or "present"


def _range_hits(lines: LineIndex, sections: list[Section], as_of: int) -> list[Found]:
    """Every date range, its numeric dates read day first when the range cannot tell and the
    document's other dates do (a Europass CV's "01/09/2021 – Present")."""
    found_ranges, undecided = _scanned_ranges(lines, sections, as_of, False)
    if undecided and _document_day_first(lines.text):
        found_ranges, _ = _scanned_ranges(lines, sections, as_of, True)
    return _with_promotions(found_ranges, lines, sections, as_of)


# A promotion told with the one date it took effect, in a job's bullet or line: "- Promoted to
# Senior Engineer (2022)", "Promoted to Lead Data Scientist (Mar 2021)", "Promoted to Senior
# Engineer in 2022", "Promoted to Staff Engineer, March 2023"
_PROMOTION_DATE = rf"(?:{_MONTH}[ \t]{{0,3}}[,'’]?[ \t]{{0,3}})?{_YEAR4}|{_NUM_MONTH}[/.]{_YEAR4}"
_DATED_PROMOTION = regex_cache.compile(
    r"^[ \t]*(?:[-*•·▪●►✓➢◦][ \t]+)?(?:promoted|promotion)[ \t]+(?:to|as)[ \t]+[^\n();]{2,80}?"
    rf"[ \t]*(?:\([ \t]*(?P<date>{_PROMOTION_DATE})[ \t]*\)"
    rf"|(?:,|[ \t](?:in|since|from|on|as[ \t]+of|effective))[ \t]+(?P<told>{_PROMOTION_DATE}))"
    r"[ \t.;]*$",
    re.I | re.M,
)


_JOB_RANGES_BACK = 3  # the ranges before a promotion among which its job's is looked for


def _with_promotions(
    hits: list[Found], lines: LineIndex, sections: list[Section], as_of: int
) -> list[Found]:
    """The ranges found, and for each promotion dated once within a job's range, the later
    title's range: from that date to the job's end ("Jan 2018 - Jul 2023", then "- Promoted to
    Senior Engineer (2021)": 2021 to Jul 2023, held at the same employer)."""
    promoted: list[Found] = []
    starts = [hit.start for hit in hits]
    for told in _DATED_PROMOTION.finditer(lines.text):
        date = "date" if told.group("date") else "told"
        start = _month_index(told.group(date), as_of)
        before = bisect.bisect_left(starts, told.start())
        job = next(
            (
                hit
                for hit in reversed(hits[max(0, before - _JOB_RANGES_BACK) : before])
                if start is not None and hit.range.start <= start <= hit.range.end
            ),
            None,
        )
        if job is None or start is None:
            continue
        begin, end = told.span(date)
        item = job.range.model_copy(
            update={
                "text": lines.written[begin:end],
                "start": start,
                "line": lines.line_of(begin),
                "section": lines.section_of(begin, sections),
            }
        )
        promoted.append(Found(item, begin, end, job.ends_later, promotion=True))
    return sorted([*hits, *promoted], key=lambda hit: hit.start) if promoted else hits


def _scanned_ranges(
    lines: LineIndex, sections: list[Section], as_of: int, day_first: bool
) -> tuple[list[Found], bool]:
    """The ranges read with `day_first` for the document, and whether a numeric one could
    read either way."""
    found_ranges: list[Found] = []
    undecided = False
    position = 0
    while found := search_range(lines.text, position):
        if found.group("seasons"):
            position = found.end()
            found_ranges.extend(_season_hits(found, lines, sections, as_of))
            continue
        span = _span(found, as_of, day_first)
        coded = _numbers_a_code(lines.text, found.start())
        if span is None or coded or span[1] < span[0] or span[1] - span[0] > 50 * 12:
            # A rejected range's end date may start the next one: "May 2009  Jan 2001 - Dec 2004".
            position = found.end("start") if found.group("start") else found.end()
            continue
        position = found.end()
        found_ranges.append(_found(found, found.start(), found.end(), span, lines, sections, as_of))
        undecided = undecided or _either_order(*_end_texts(found))
    return found_ranges, undecided


def _found(
    found: re.Match[str],
    begin: int,
    end_at: int,
    span: tuple[int, int, bool],
    lines: LineIndex,
    sections: list[Section],
    as_of: int,
) -> Found:
    """The range found between `begin` and `end_at` of the match's string, over `span`."""
    start, end, ongoing = span
    if found.string is not lines.text:  # a Hebrew, Arabic or Greek month read in English
        begin = name_start(lines.text, found.string, begin)
    item = DateRange(
        text=_as_written(lines, begin, end_at),
        start=start,
        end=min(end, as_of),
        ongoing=ongoing and end == as_of,
        line=lines.line_of(begin),
        section=lines.section_of(begin, sections),
    )
    promotion = _PROMOTION_LINE.match(lines.text, lines.line_start(item.line)) is not None
    return Found(item, begin, end_at, end > as_of + _PLANNED_MONTHS, promotion=promotion)


_FOUR_DIGITS = regex_cache.compile(r"\d{4}")


def _season_hits(
    found: re.Match[str], lines: LineIndex, sections: list[Section], as_of: int
) -> list[Found]:
    """Each year of one season told for several ("Summers 2019 & 2020") as that season's
    range: the first written with the season's name ("Summers 2019"), each later one as its
    year ("2020"), so that the job holds two summers, not the year between them."""
    named = re.match(_SEASON, found.group("seasons"), re.I)
    month = SEASONS[named.group().lower()] if named else 1
    hits: list[Found] = []
    for year in _FOUR_DIGITS.finditer(found.string, found.start(), found.end()):
        begin = year.start() if hits else found.start()
        start = int(year.group()) * 12 + month - 1
        span = (start, start + 2, False)
        hit = _found(found, begin, year.end(), span, lines, sections, as_of)
        hits.append(hit._replace(listed_on=bool(hits)))
    return hits


def _either_order(start_text: str, end_text: str) -> bool:
    """Whether a range's numeric dates read one way month first, another day first."""
    return _day_first(start_text, end_text) != _day_first(start_text, end_text, document=True)


def _as_written(lines: LineIndex, begin: int, end: int) -> str:
    """The range as the document wrote it: a rewrite's padding stands where the written date
    opens ("  Jun." for a Thai "มิ.ย.") or goes on ("10/21 " for a Persian "1400/7"), so the
    date is taken from there."""
    written, text = lines.written, lines.text
    if written is not text:
        begin = name_start(written, text, begin)
        while end < len(text) and text[end] == " " and not written[end].isspace():
            end += 1
    return written[begin:end].strip()


def _as_read(hit: Found, lines: LineIndex) -> str:
    """The range as it stands in the text the readers take: a Thai or Persian CV's dates in
    the common era (its `text` is as written)."""
    if lines.written is lines.text:
        return hit.range.text
    return lines.text[hit.start : hit.end].strip()


def dated_work(
    lines: LineIndex, sections: list[Section], as_of: int
) -> tuple[list[Found], list[Found]]:
    """Every date range found, and those that date work; `sections` as resume_sections
    gives them."""
    hits = _range_hits(lines, sections, as_of)
    pairs = one_date_pairs(lines.text)
    if not pairs:
        return hits, _work_ranges(hits, lines, sections)
    jobs, studies = (
        [_paired_hit(pair, lines, sections, as_of) for pair in pairs if pair.kind == kind]
        for kind in ("job", "study")
    )
    hits = sorted([*hits, *jobs], key=lambda hit: hit.start)
    work = _work_ranges(hits, lines, sections)
    return sorted([*hits, *studies], key=lambda hit: hit.start), work


def _paired_hit(pair: Pair, lines: LineIndex, sections: list[Section], as_of: int) -> Found:
    """A rirekisho's job or study (rirekisho.one_date_pairs) as a range found: a job's on its
    joining line, a study's on its graduation's line, where the degree is named."""
    end = as_of if pair.last is None else min(pair.last, as_of)
    at = pair.start if pair.kind == "job" else pair.closing
    item = DateRange(
        text=pair.text,
        start=pair.first,
        end=end,
        ongoing=pair.last is None,
        line=lines.line_of(at),
        section=lines.section_of(at, sections),
    )
    return Found(item, pair.start, pair.end)


def merged_months(ranges: list[DateRange]) -> int:
    """Total months covered, counting overlapping periods once (inclusive of both ends)."""
    total, current_start, current_end = 0, None, None
    # A range that starts after the as-of month ("Summer 2027") is a plan, not time worked.
    for item in sorted((r for r in ranges if r.start <= r.end), key=lambda r: (r.start, r.end)):
        if current_end is None or item.start > current_end + 1:
            if current_end is not None and current_start is not None:
                total += current_end - current_start + 1
            current_start, current_end = item.start, item.end
        else:
            current_end = max(current_end, item.end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start + 1
    return total


def weighted_months(
    ranges: list[tuple[DateRange, float]], pooled: frozenset[int] = frozenset(), pool: float = 1.0
) -> float:
    """Months of work, each counted once at most and as much as the jobs held in it filled
    it (each range with its share of a full week: see hours.py): a half-time job's month
    counts a half, two half-time jobs' together a whole one, as does a full-time job's beside
    another. The ranges at the indexes `pooled` fill at most `pool` of a month together (a
    student's posts, each credited at half: two internships at once are one month at half,
    not a whole one). With every share 1, merged_months."""
    if all(share == 1.0 for _, share in ranges):  # nearly every resume: no month by month
        months = merged_months([item for item, _ in ranges])
        return float(months) if months else 0  # what the sum below gives: 1.0 a month
    filled: dict[int, float] = {}
    within: dict[int, float] = {}  # the pooled ranges' shares
    for index, (item, share) in enumerate(ranges):
        into = within if index in pooled else filled
        for month in range(item.start, item.end + 1):
            into[month] = into.get(month, 0.0) + share
    worked = dict.fromkeys([*filled, *within])  # in the order filled (the sum's float is one)
    return sum(
        min(1.0, filled.get(month, 0.0) + min(pool, within.get(month, 0.0))) for month in worked
    )


# A role named beside a degree makes the line a job: "Doctoral Researcher", "MBA Intern".
_ROLE_WORD = regex_cache.compile(
    r"\b(?:researcher|assistant|associate|fellow|intern|engineer|scientist|analyst|manager"
    r"|developer|consultant|lecturer|instructor|tutor|teacher|educator|professor|principal"
    r"|coach|counsel+or|officer|coordinator|director|administrator|specialist|supervisor"
    r"|technician|designer|architect|programmer|working\s+student|werkstudent(?:in)?"
    r"|praktikant(?:in)?"
    # the same trades in Spanish, Portuguese, French and Italian CVs: "Ingeniero en Sistemas,
    # Banco Andino" under Experiencia is a job, whose title is also a degree's name
    r"|ingenier[oa]|engenheir[oa]|ing[ée]nieure?|ingegnere|analista|desarrollador[a]?"
    r"|cient[ií]fic[oa]|cientista|consultor[a]?|desenvolvedor[a]?|d[ée]veloppeu(?:r|se)"
    r"|sviluppat(?:ore|rice)|pesquisador[a]?|investigador[a]?|chercheu(?:r|se)"
    r"|ricercat(?:ore|rice)|gerente|coordenador[a]?|coordinador[a]?"
    # ... in Russian and Ukrainian CVs, in any case ("Стажёр-аналитик", "Інженер з даних"); not
    # "специалист", also a five-year degree's name
    r"|аналити?к\w*|аналітик\w*|инженер\w*|інженер\w*|разработчик\w*|розробник\w*"
    r"|программист\w*|програміст\w*|стаж[её]р\w*|стажист\w*|руководител\w*|керівник\w*"
    r"|исследовател\w*|дослідник\w*|преподавател\w*|викладач\w*|тимлид\w*)s?\b",
    re.I,
)


def _is_study(line: str, section: str | None, lines: LineIndex, number: int) -> bool:
    """A dated degree line is study, in any section; outside the education section a role
    named on the line makes it a job ("Degree Apprentice, BSc Software Engineering, BT"), as
    does a teacher's title beside a high school's line (line `number`)."""
    level = degree_in_line(line)
    if not level:
        return False
    if section is None:
        return True
    if level == "secondary" and school_job_beside(lines, number):
        return False
    return not (_names_a_role(line, None) or _WORK_PLACEMENT.search(line))


# Work done while studying, named beside the degree it leads to: "Degree Apprentice",
# "Apprentice (BSc Digital Degree Apprenticeship)", "MEng Placement Student", "Industrial
# Placement"
_WORK_PLACEMENT = regex_cache.compile(
    r"\b(?:apprentice(?:ship)?|trainee(?:ship)?|placement|co-?op)s?\b", re.I
)


# Time away from work, and training, dated among jobs: "Career break (family care)",
# "Sabbatical", "Parental leave", "Data Science Immersive, Codeway Bootcamp", and time at
# home ("Full-time parent", "Stay-at-home mom", "Homemaker", "Family caregiver"); not a paid
# carer's job ("Home Health Caregiver") nor one facing parents ("Parent Liaison"), nor a trade
# plied at a family care practice ("Registered Nurse, Family Care Clinic").
_TIME_AWAY = regex_cache.compile(
    r"\b(?:career\s+(?:break|gap|pause)|sabbatical|gap\s+year|employment\s+gap"
    r"|(?:parental|maternity|paternity|family|medical|personal)\s+leave|boot\s?camp"
    r"|(?:full[- ]time|stay[- ]at[- ]home)\s+(?:parent|mom|mum|dad|mother|father|carer"
    r"|caregiver)|homemaker|family\s+(?:care(?:giv(?:ing|ers?))?|carers?)"
    # time taken to care or to raise children: "Time out to care for family", "Time off to
    # raise my children", "Break to care for a parent", "Caring responsibilities"
    r"|(?:time\s+(?:out|off|away)|break)\s+(?:from\s+work\s+)?to\s+(?:care|raise|look\s+after)"
    r"|caring\s+responsibilit(?:y|ies))\b",
    re.I,
)
_NOT_WORK = Gated(
    _TIME_AWAY,
    regex_cache.compile("career|sabbatical|gap|leave|camp|full|home|family|time|break|caring"),
)


# An aside on a job's dates about time within it: "(incl. 6 months parental leave)"
_ASIDE = regex_cache.compile(
    r"\((?:incl(?:uding|\.)?|with|during|excl(?:uding|\.)?|plus)\b[^()]*\)", re.I
)


def _time_off(hit: Found, lines: LineIndex, next_start: int | None = None) -> bool:
    """A break or a bootcamp named beside the range, or on the line above a range that stands
    alone; a role named there makes it work ("Instructor, Data Science Bootcamp"). A break
    named after the range and before the next one (`next_start`) is that one's: "Jan 2019 -
    Present (parental leave Apr 2021 - Oct 2021)"."""
    left, right = local_span(lines.text, hit.start, hit.end)
    if next_start is not None and next_start < right:
        right = hit.end
    named = _ASIDE.sub(" ", lines.text[left:right])
    if len(named.replace(_as_read(hit, lines), "").strip(" |,-–—()\t")) <= 3 and hit.range.line > 1:
        named = lines.line_text(hit.range.line - 1)
    if _VOLUNTEERING.search(named):
        return True  # unpaid, whatever the role, as under a Volunteering heading
    if not _NOT_WORK.search(named) or _ROLE_WORD.search(named):
        return False
    # a trade beside the words ("Registered Nurse, Family Care Clinic") names a job
    return not _names_occupation(_NOT_WORK.sub(" ", named))


# A role held as a volunteer: "Volunteer Tutor", "Data Analyst (Volunteer)"; not a paid job
# leading volunteers ("Volunteer Coordinator", "Volunteer Services Manager") nor an employer
# named for them ("Volunteers of America").
_AS_A_VOLUNTEER = regex_cache.compile(
    r"\bvolunteer(?:ing)?\b(?!\s+(?:coordinator|manager|director|services|program|engagement"
    r"|relations|recruit\w*|management|lead|supervisor|administrator|officer|specialist"
    r"|resources)\b)",
    re.I,
)
_VOLUNTEERING = Gated(_AS_A_VOLUNTEER, regex_cache.compile("volunteer"))


def _dated_work(hit: Found, line: str, title: tuple[str, int] | None) -> bool:
    """Whether a range ending years from now dates work: under the work heading, as every
    range there does, or beside a role's name (a postdoc's fixed term)."""
    return hit.range.section == "experience" or _names_a_role(line, title)


def _names_a_role(line: str, title: tuple[str, int] | None) -> bool:
    """A role named on the range's line or in its title: "Postdoctoral Researcher"."""
    named = line if title is None else f"{line} {title[0]}"
    return bool(_ROLE_WORD.search(named)) or any(map(is_occupation, named.split()))


# What a line of prose holds after the dates that open it: words in lower case, none a name or
# a link to an employer ("2019 -> 2021 revenue grew 3x under my pricing work"), not a job's
# title or employer ("2019 - 2021 data scientist at a bank", "2019 - 2021 Acme, analyst")
_PROSE_AFTER = regex_cache.compile(
    r"[ \t]+(?!(?:at|in|with|for|as|on)\b)[a-z][^\sA-Z]*(?:[ \t]+[^\sA-Z]+){2,}[ \t]*"
)


# Words of paid work a terse job line may hold without a role: "2019 - 2021 freelance
# consulting for small shops", "worked nights stocking shelves"
_WORK_DONE = regex_cache.compile(
    r"\b(?:freelanc\w*|consult\w*|contract\w*|self-employed|employed|worked|working)\b", re.I
)


# The writer speaking of themselves: "after my retention models"
_FIRST_PERSON = regex_cache.compile(r"\b(?:i|my|me|we|our)\b", re.I)


def _opens_prose(hit: Found, lines: LineIndex, left: int, right: int) -> bool:
    """Dates that open a line of prose outside the work section, which name no role nor work:
    a time the sentence speaks of, not a job's. Outside any known heading (no heading, or one
    not known) the line must also speak in the first person: a resume without headings lists
    its jobs on lines of plain words ("2019 - 2021 freelance consulting for small shops")."""
    if hit.range.section == "experience":
        return False
    if lines.text[left : hit.start].strip(" \t-*•·▪●►✓➢◦"):
        return False  # words before the dates: a job's header ("Analyst, Acme, 2019 - 2021")
    after = lines.text[hit.end : right]
    if not _PROSE_AFTER.fullmatch(after) or _WORK_DONE.search(after):
        return False
    if hit.range.section is None and not _FIRST_PERSON.search(after):
        return False
    return not _names_a_role(after, None)


# A bullet's sentence around a range: lower-case words run up to the dates ("- Fixed an outage
# logged as") and go on after them (" in the incident tracker.")
_WORDS_BEFORE = regex_cache.compile(r"(?:\S+[ \t]+){2,}[a-z]+[ \t]+")
_WORDS_AFTER = regex_cache.compile(r"[ \t]+[a-z][\w'-]*(?:[ \t]+\S+)+")


def _told_in_a_bullet(hit: Found, lines: LineIndex, left: int, right: int) -> bool:
    """Dates told inside a bullet's sentence, words on both sides, which name no role nor paid
    work before the dates: an event in the job above ("- Fixed an outage logged as 2021-03-31
    - 2021-04-02 in the incident tracker."), not a job of its own."""
    if lines.text.rfind("\n", 0, hit.start) + 1 != left or right - left > FLATTENED_LINE:
        return False  # a stretch of a flattened line: a pasted resume's
    bullet = _BULLET_START.match(lines.text, left, hit.start)
    if bullet is None:
        return False
    before = lines.text[bullet.end() : hit.start]
    if not _WORDS_BEFORE.fullmatch(before) or not _WORDS_AFTER.fullmatch(
        lines.text, hit.end, right
    ):
        return False
    return not _WORK_DONE.search(before) and not _names_a_role(before, None)


# A placement with an employer, work wherever it is listed: a US service member's "SkillBridge
# Internship, Northwind Data" under "Training", an apprenticeship under "Certifications"
_PLACEMENT = regex_cache.compile(r"\b(?:internship|apprenticeship|skillbridge)\b", re.I)


# ... not a course that prepares for one: "Internship Readiness Program (online course)"
_A_COURSE = regex_cache.compile(
    r"\b(?:courses?|coursework|readiness|prep|preparation|certificate|workshops?|classes"
    r"|curriculum|mooc)\b",
    re.I,
)


def _placement(text: str, left: int, right: int) -> bool:
    """The dated line text[left:right] names a placement with an employer (_PLACEMENT), not
    a course (_A_COURSE)."""
    return (
        _PLACEMENT.search(text, left, right) is not None
        and _A_COURSE.search(text, left, right) is None
    )


def _work_ranges(hits: list[Found], lines: LineIndex, sections: list[Section]) -> list[Found]:
    """Ranges that describe work: not education, publications, projects, breaks or bootcamps."""
    has_sections = bool(sections)
    excluded = {"education", "publications", "certifications", "awards", "projects"}
    work: list[Found] = []
    titled: Titled = {}
    unheaded_jobs = not any(section.name == "experience" for section in sections)
    for index, hit in enumerate(hits):
        section = hit.range.section
        left, right = local_span(lines.text, hit.start, hit.end)
        placement = section == "certifications" and _placement(lines.text, left, right)
        placement = placement or (
            unheaded_jobs and section == "projects" and _job_under_projects(hit, lines)
        )
        if section in excluded and not placement:
            continue
        next_start = hits[index + 1].start if index + 1 < len(hits) else None
        study = _is_study(lines.text[left:right], section, lines, hit.range.line)
        study = study and not under_teaching(hit.start, sections)  # "Lincoln High School"
        if study or _time_off(hit, lines, next_start) or _opens_prose(hit, lines, left, right):
            continue
        if (
            work
            and work[-1].range.section == section
            and _told_in_a_bullet(hit, lines, left, right)
        ):
            continue  # an event in the dated job above
        if has_sections and section not in ("experience", None, "summary") and not placement:
            continue
        if work and _within_job(hit, work[-1], lines):
            continue
        # A role whose title says it was held as a volunteer, wherever the title stands
        # (above the employer's line, below the dates), is unpaid, as when the dates' own
        # line says so.
        title = title_of(hit, lines)
        if hit.ends_later and not _dated_work(hit, lines.text[left:right], title):
            continue
        studied = _studied_under(hit, title, lines) and not under_teaching(hit.start, sections)
        if studied or _due_to_end(hit, lines.text[left:right], title):
            continue
        if title is None or not _VOLUNTEERING.search(title[0]):
            work.append(hit)
            titled[id(hit)] = title
    _LAST_TITLED[:] = [(lines, list(work), titled)]  # titles_of(work) asks no title again
    return work


def _studied_under(hit: Found, title: tuple[str, int] | None, lines: LineIndex) -> bool:
    """Dates alone on their line under a degree's line, which date the studies: "2019 - 2021"
    under "MSc Computer Science, State University" (a role named there makes it a job)."""
    if title is None or title[1] == hit.range.line:
        return False
    return _is_study(title[0], hit.range.section, lines, title[1])


_EXPECTED_WORD = regex_cache.compile(_EXPECTED_END, re.I)


def _due_to_end(hit: Found, line: str, title: tuple[str, int] | None) -> bool:
    """A range whose end is said to be expected ("2019 - Expected 2021") dates studies due to
    end then, also under the work heading ("CS Student, ETH Zurich  Sep 2023 - Expected
    2027", "Georgia Tech, Computer Science ..."), unless a job is named beside it: a role
    ("Postdoctoral Researcher, 2025 - expected 2027"), a rank, an office ("Founder, Stealth
    Startup  Jan 2024 - Expected 2026"), a placement ("Apprenticeship, Siemens") or paid work
    ("freelance consulting")."""
    if not _EXPECTED_WORD.search(hit.range.text):
        return False
    named = line if title is None else f"{line} {title[0]}"
    job_words = (_OFFICE, _PLACEMENT, _WORK_DONE)
    return not (names_a_role(named) or any(words.search(named) for words in job_words))


# A project's own words in its title line: "Capstone Project: Data Analyst Toolkit", "LLM Agent
# for Travel Planning", "Customer Support Agent Chatbot" (an agent or assistant that is built)
_PROJECT_WORD = regex_cache.compile(
    r"\b(?:projects?|capstone|thesis|dissertation|hackathon|prototype|app|dashboard|model"
    r"|chatbot|bot|classifier|detector|recommender|simulator|tracker|generator|pipeline"
    r"|(?:llm|ai|rag|voice|chat|gpt)[ \t-]+(?:agent|assistant)s?|(?:agent|assistant)s?[ \t]+for)\b",
    re.I,
)


def _job_under_projects(hit: Found, lines: LineIndex) -> bool:
    """A dated job below a "Projects" heading on a CV with no experience heading: its title
    names an occupation or a role and an employer beside it ("Data Analyst, Brightline
    Logistics"), and no project ("Churn Model for Acme Analytics")."""
    title = title_of(hit, lines)
    if title is None or _PROJECT_WORD.search(title[0]) or not names_a_job(title[0]):
        return False
    return bool(_EMPLOYER_BESIDE.search(title[0]))


# A title's employer beside it: "Data Analyst, Brightline", "Analyst at Harbor Bank", "Analyst |
# Harbor Bank"; or the employer's line above the title's
_EMPLOYER_BESIDE = regex_cache.compile(r"[,|\u2014\u2013]|\s(?:at|@|-)\s")


# A line that tells of time within a job rather than opening one: a bullet ("- Seconded to the
# Brussels office, 2016 - 2017"), or a deployment's ("Deployment: Kandahar, 2014 - 2015",
# "Deployed to Iraq"); not a job's title ("Deployment Engineer, Beta Systems, 2016 - 2018")
_DEPLOYED = r"deployed\b|deployments?(?:[ \t]+(?:to|in|at|with)\b|(?![ \t]*[^\W\d_]))"
_BULLET_OR_DEPLOYMENT = regex_cache.compile(
    rf"(?:{_BULLET_START.pattern})?[ \t]*(?P<deployed>{_DEPLOYED})|{_BULLET_START.pattern}", re.I
)


def within_job_line(text: str) -> re.Match[str] | None:
    """The start of a line telling of time within a job (see _BULLET_OR_DEPLOYMENT), its
    "deployed" group set on a deployment's line; None for any other line."""
    return _BULLET_OR_DEPLOYMENT.match(text)


def _within_job(hit: Found, job: Found, lines: LineIndex) -> bool:
    """A range dated inside the job dated above it, on a line telling of time within that job,
    which names no role of its own (a deployment may: "Deployed to Iraq as squad leader"): the
    job's, not another ("- Senior Data Analyst (2018 - 2021)" under "Acme, 2015 - 2021" is)."""
    inside = job.range.start <= hit.range.start and hit.range.end <= job.range.end
    if not inside or job.range.line >= hit.range.line:
        return False
    within = within_job_line(lines.line_text(hit.range.line))
    if within is None:
        return _a_piece_of_work(_own_words(hit, lines))
    return bool(within.group("deployed")) or not names_a_role(_own_words(hit, lines))


# A company's legal form or kind, anywhere on a line: "Gamma Labs, 2022 - 2023"
_FIRM_WORD = regex_cache.compile(
    r"\b(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|PLC|AG|SE|Pvt|Co|Technologies|Labs"
    r"|Services|Solutions|Group|Bank|University)\b"
)


def _a_piece_of_work(own: str) -> bool:
    """A line set as no title (lower-case words in it) naming no role, firm nor paid work:
    a project inside the job dated above ("Deployment of models, 2022 - 2023: moved ...")."""
    return (
        bool(_LOWER_WORD.search(own))
        and not names_a_role(own)
        and not _FIRM_WORD.search(own)
        and not _WORK_DONE.search(own)
    )


# A range's length, which LinkedIn prints beside it: "(4 years 11 months)", "7 mos"
_DURATION = regex_cache.compile(
    r"\(?\s*(?:\d+\s*(?:years?|yrs?|months?|mos?)\s*){1,2}\)?|less than a year", re.I
)


# Lines beside a range that are no title: an address, or a field with its value
_NOT_A_TITLE = regex_cache.compile(
    r"\b\d{5}(?:-\d{4})?\b|\bUnited States\b|^(?:hours|salary|series|grade)[\w/ ]{0,30}:\s"
    r"|\b\d+\s+\w+(?:\s+\w+)?\s+(?:Street|St|Avenue|Ave|Road|Rd|Blvd|Drive|Dr|Lane|Way)\b",
)
# A form's field, not a title: "Highest Federal Grade Held: GS-12", "Hours per week: 40",
# "Pay Plan: GS, Grade: 13"
_FORM_FIELD = regex_cache.compile(
    r"[\w/'’ ]{0,30}\b(?:grade|series|salary|hours|supervisor|clearance|station|address"
    r"|phone|e-?mail|held|citizenship|status|preference|pay\s*plan)\b[\w/ ]{0,20}:\s",
    re.I,
)
_LABELLED = Gated(
    _FORM_FIELD,
    regex_cache.compile(
        "grade|series|salary|hours|supervisor|clearance|station|address|phone|mail|held"
        "|citizenship|status|preference|plan"
    ),
)
_BELOW = 3  # lines after a range where a title may stand when the line above is no title
_FIELDS_BELOW = 8  # ... past a form's fields ("Salary: ...", "Hours per week: 40", "Grade: ...")
# A line that is only a US town and state: "Washington, DC", "McLean, VA 22102 United States"
_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
    " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
)
# ... its code or its name written out ("Seattle, Washington", as a job board's form sets it)
_US_PLACE = regex_cache.compile(
    rf"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,\s*(?:{'|'.join(_US_STATES.split())}|{US_STATE_NAMES})"
    r"(?:\s+\d{5}(?:-\d{4})?)?(?:,?\s+(?:United States|USA))?\s*"
)
# A title set as one, every longer word capitalised: "Senior Data Scientist", "Head of Data";
# not a line of prose ("Led a team of five engineers")
_TITLE_CASE = regex_cache.compile(r"[A-Z][^\n]*")
_LOWER_WORD = regex_cache.compile(r"\b[a-z][a-z]{3,}\b")


def _set_as_title(text: str) -> bool:
    return bool(_TITLE_CASE.fullmatch(text)) and not _LOWER_WORD.search(text)


# Where a title line goes on to its employer and town: "Staff ML Engineer, Parcelwise Inc.,
# San Francisco, CA", "Data Engineer · Nubeflux · Madrid"
_TITLE_PART = regex_cache.compile(r",\s|\s[·|—–@]\s|\s-\s|\sat\s")


def title_below(lines: LineIndex, line: int, own: str = "") -> int | None:
    """A title on one of the lines after a range, when the line above the range is an address
    or a field ("810 Vermont Avenue NW" above "03/2019 - Present", "Hours per week: 40" and
    then "Data Scientist", as federal resumes are set out), or when neither the range's line
    nor the one above names a role ("Experience" or a company's name, then "Jan 2021 -
    Present", then "Senior Data Scientist")."""
    above = lines.line_above(line)
    above_text = lines.line_text(above) if above is not None else ""
    addressed = bool(_NOT_A_TITLE.search(above_text))
    if not addressed and (names_a_role(own) or names_a_role(above_text)):
        return None
    if _PLACEMENT.search(own):
        return None  # "Apprenticeship, Contoso Analytics": the placement is its own title
    budget = _BELOW
    lengthed = False  # the line before is the job's length ("3 years 6 months")
    for number in range(line + 1, min(len(lines), line + _FIELDS_BELOW) + 1):
        text = lines.line_text(number).strip()
        if not text and lengthed:
            lengthed = False  # hh.ru sets the employer apart from the dates and length
            continue
        if not text or text.startswith(("-", "•", "*")) or search_range(text, 0):
            return None
        lengthed = bool(_DURATION.fullmatch(text))
        if lengthed or _form_field(text) or _ends_on_a_site(text):
            continue  # the employer's town and site: "London, acme.co.uk"
        head = _TITLE_PART.split(text, maxsplit=1)[0]
        words = re.findall(r"[A-Za-z]+", head)
        if len(words) <= 6 and not _NOT_A_TITLE.search(text) and _a_title_below(words, head):
            return number if addressed or _set_as_title(text) else None
        budget -= 1
        if not budget:
            return None
    return None


# A web site's address: "acmeanalytics.co.uk", "www.acme.com"
_WEB_SITE = regex_cache.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,6}){1,2}/?")


def _ends_on_a_site(text: str) -> bool:
    """A line whose last word is a web site's address: "London, acmeanalytics.co.uk"."""
    return "." in text and bool(_WEB_SITE.fullmatch(text.rsplit(None, 1)[-1].lstrip(",(")))


def _a_title_below(words: list[str], head: str) -> bool:
    """Words that name a job by its occupation, or a rank alone ("Head of Analytics",
    "Team Lead") set out as a title."""
    return any(map(is_occupation, words)) or (_set_as_title(head) and names_a_role(head))


def fields_below(lines: LineIndex, line: int) -> list[int]:
    """The lines of a form's fields right after a range's line ("Hours per week: 20", "Salary:
    ...", "Grade: GS-12"), as federal resumes set them out under each job's dates."""
    found = []
    for number in range(line + 1, min(len(lines), line + _FIELDS_BELOW) + 1):
        text = lines.line_text(number).strip()
        if not text or not _form_field(text) or search_range(text, 0):
            break
        found.append(number)
    return found


# A federal job's series and grade alone on their line, below its dates: "GS-1560-13"
_BARE_GRADE = regex_cache.compile(r"GS-?\d{4}-\d{1,2}")


def _form_field(text: str) -> bool:
    """A form's field or terms of work: "Hours per week: 40", "Supervisor: ...", "40 hours
    per week", "GS-1560-13"."""
    labelled = _LABELLED.match(text) or _NOT_A_TITLE.search(text) or _BARE_GRADE.fullmatch(text)
    return bool(labelled) or not _LETTER_OR_DIGIT.search(_EMPLOYMENT.sub(" ", text))


def title_level(title: str) -> LevelId | None:
    """The level a title's rank names: "Senior ..." senior, "... Intern" intern."""
    own = own_words(title)
    return next((level for level, pattern in _TITLE_LEVELS if pattern.search(own)), None)


@lru_cache(maxsize=4096)  # asked of the same lines for each range, title and job
def names_a_role(text: str) -> bool:
    """Whether a line names a job: an occupation ("Engineer"), a role ("Fellow") or a rank
    ("Head of Data")."""
    return (
        _names_occupation(text)
        or bool(_ROLE_WORD.search(text))
        or any(pattern.search(text) for _, pattern in _TITLE_LEVELS)
    )


def names_a_job(text: str) -> bool:
    """Whether a line names a job by an occupation or a role ("Engineering Manager"), not by a
    rank alone, which a club's offices share ("Team Lead, RoboHawks")."""
    return _names_occupation(text) or bool(_ROLE_WORD.search(text))


def title_above(lines: LineIndex, line: int) -> int | None:
    """The line above a role's dates that holds its title: the one just above (past one blank
    line in a double-spaced document), or the one above that when only it names a role ("NLP
    Engineer", then "Acme GmbH, Hamburg", then "Mar 2022 – Present"); None at the top."""
    above = lines.line_above(line)
    if above is not None and heading_name(lines.line_text(above).strip()) is not None:
        return None  # "Experience", then the first job's dates: no title above them
    if above is not None and above > 1 and _place_line(lines.line_text(above)):
        above = lines.line_above(above)  # an agency, its address, then the dates
    if above is not None and above > 1 and not names_a_role(lines.line_text(above)):
        text = lines.line_text(above - 1).strip()
        if text and not _BULLET_START.match(text) and not search_range(text, 0):
            return above - 1 if names_a_role(text) else above
    return above


def _place_line(text: str) -> bool:
    """A line that is only an address or a US town: no title, but the title may be above."""
    text = text.strip()
    return bool(_US_PLACE.fullmatch(text) or _NOT_A_TITLE.search(text)) and not names_a_role(text)


# Terms of employment beside a range, which are no title: "(part-time, 20 h/week)", "Remote"
_TERMS_OF_EMPLOYMENT = regex_cache.compile(
    r"(?:part|full)[- ]?time|freelance|contract|remote|hybrid|on[- ]?site|temporary|seasonal"
    r"|teilzeit|vollzeit|\d{1,2}(?:[.,]\d)?\s*(?:h|hrs?|hours?|std\.?|stunden)\s*"
    r"(?:/|per|a|pro)\s*(?:week|wk|woche)",
    re.I,
)
_EMPLOYMENT = Gated(
    _TERMS_OF_EMPLOYMENT,
    regex_cache.compile(
        "time|freelance|contract|remote|hybrid|site|temporary|seasonal|teilzeit|vollzeit|week"
        "|wk|woche"
    ),
)
_LETTER_OR_DIGIT = regex_cache.compile(r"[^\W_]")


def _no_title(text: str) -> bool:
    """A length ("4 yrs"), a form's field, terms of employment or a first-person sentence:
    no job title."""
    bare = not _LETTER_OR_DIGIT.search(_EMPLOYMENT.sub(" ", text))
    return bare or bool(
        _DURATION.fullmatch(text) or _LABELLED.match(text) or _WRITER_SPEAKS.search(text)
    )


# A resume's prose about its writer beside a date: "I'm a data scientist who likes messy data.
# I have been ...", "I joined Acme"; not a title's rung ("Software Engineer I, Acme")
_WRITER_SPEAKS = regex_cache.compile(
    r"(?:^|[.!?]\s+)I\s|\bI(?:['’](?:m|ve|d)|\s+(?:am|have|had|was|worked|led|joined|spent))\b"
)


# A bracket the dates emptied, round or square: "(Jan 2020 - Present)", and the
# "[ 01/04/2021 – Current ]" Europass's editor sets before each job
_EMPTY_BRACKETS = regex_cache.compile(r"\(\s*\)|\[\s*\]")
# The separator the dates left behind inside a bracket: "(contract, )", "(; part-time)"
_LEFT_SEPARATOR = regex_cache.compile(r"\s*[,;|·–—-]+\s*(?=\))|(?<=\()\s*[,;|·–—-]+\s*")


# A bracket of a post's terms or years only, whose other dates were read apart: "PHYS 101
# Teaching Assistant (Fall 2021, Fall 2022)" leaves "(Fall 2021)" beside the second's range
_TERM_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_TERM = rf"(?:{_TERM_SEASON}s?[ \t]+)?(?:19|20)\d\d(?:[ \t]+{_TERM_SEASON}\b)?"
_JOINER = r"(?:,|;|&|and\b)"
_TERMS_BRACKET = regex_cache.compile(
    rf"\([ \t]*(?:{_JOINER}[ \t]*)?{_TERM}(?:[ \t]*{_JOINER}[ \t]*{_TERM})*"
    rf"(?:[ \t]*{_JOINER})?[ \t]*\)",
    re.I,
)


# ... and the other terms of a list left at the stretch's end or start: "Research Intern | ,
# Summer 2020" (after "Summer 2019"), "& 2020 | Research Intern" (after "Summers 2019"),
# "Research Intern | Summers 2019 &" (before "2020")
_TERMS_LEFT = regex_cache.compile(
    rf"(?:[ \t]*(?:{_JOINER}[ \t]*{_TERM}|{_TERM}[ \t]*{_JOINER}))+[ \t]*\Z"
    rf"|\A(?:[ \t]*{_JOINER}[ \t]*{_TERM})+",
    re.I,
)


# A word that places an entry in time before its title: "Earlier: Research Assistant, ..."
_WHEN_LABEL = regex_cache.compile(r"[ \t]*(?:earlier|previously|prior|before that)[ \t]*:", re.I)


def _trimmed(text: str) -> str:
    """A stretch beside a range without the marks around it, and without a bracket at either
    end that opens or closes nothing: "(Jan 2020 - Present)" and its empty "()" go, "Meta AI
    (FAIR)" keeps its own, and "(contract, Jan 2020 - Present)" leaves "(contract)"."""
    text = _EMPTY_BRACKETS.sub(" ", _LEFT_SEPARATOR.sub("", text))
    if "(" in text:
        text = _TERMS_BRACKET.sub(" ", text)  # the other terms of the post: "(Fall 2021, )"
    text = _TERMS_LEFT.sub("", text)
    if (when := _WHEN_LABEL.match(text)) is not None:
        text = text[when.end() :]
    while True:
        before = text
        # ... and a bullet's mark and colon before ("- 2019-21: Lead"; not "Dates:" after)
        text = text.strip(" |,-–—·\t").lstrip(":*• \t")
        if text.endswith(")") and text.count(")") > text.count("("):
            text = text[:-1]
        if text.startswith("(") and text.count("(") > text.count(")"):
            text = text[1:]
        if text == before:
            promoted = _PROMOTED.match(text)
            return _PROMOTION_WHEN.sub("", text[promoted.end() :]) if promoted else text


# A promotion told in a job's bullet: "- Promoted to Senior Data Scientist (2022 - Present)"
# names the later title held at the same employer, not a title "Promoted to ..."; also told
# as "Promoted twice, to ...", "Received a promotion to ...", "Earned promotion to ..."
_PROMOTED = regex_cache.compile(
    r"^(?:(?:was|got|received|earned|won)[ \t]+(?:an?[ \t]+)?(?:early[ \t]+)?)?"
    r"(?:promoted|promotion)(?:[ \t]+(?:twice|again|early|internally))?[ \t]*,?[ \t]*"
    r"(?:to|as)[ \t]+(?=\S)",
    re.I,
)
# ... opening a line, after a bullet's mark: the dates on it are the promotion's
_PROMOTION_LINE = regex_cache.compile(
    rf"[ \t]*(?:[-*•·▪●►✓➢◦][ \t]+)?(?:{_PROMOTED.pattern.removeprefix('^')})", re.I
)


# What a promotion's title leaves where its date was taken out: "Senior Engineer in", a colon
_PROMOTION_WHEN = regex_cache.compile(
    r"(?:[ \t]+(?:in|since|from|on|as[ \t]+of|effective))?[ \t:]*\Z", re.I
)


def _title_cell(text: str, row: bool = False) -> str:
    """A table row's cell that holds the title, as DOCX tables read ("Data Engineer, Acme\t
    Built Kafka pipelines"), or a Markdown table's (`row`: "| Data Engineer | Acme |"): the
    first cell that names an occupation, else the first that names a role, a rank or an
    office (a company's name may hold one: "Principal Financial Group\tData Analyst"), else
    the first. A Markdown cell's escaped bar ("Data Scientist \\| ML") is the cell's own."""
    bar = "|" if row else "\t"
    if bar not in text:
        return text
    split = [part.replace("\\|", "|") for part in _CELL_BAR.split(text)] if row else text.split(bar)
    cells = [cell for cell in map(_trimmed, split) if cell]
    named = [cell for cell in cells if names_a_role(cell) or _OFFICE.search(cell)]
    return next((cell for cell in named if _names_occupation(cell)), (named or cells or [""])[0])


_CELL_BAR = regex_cache.compile(r"(?<!\\)\|")  # a Markdown cell's bar, not an escaped one
# An office that titles a row as a role would: "Founder & CEO", "Co-founder", "Owner"
_OFFICE = regex_cache.compile(r"\b(?:co-?founder|founder|owner|ceo|cto|cfo|coo|president)\b", re.I)


def _names_occupation(text: str) -> bool:
    return any(is_occupation(word) for word in re.findall(r"[A-Za-z]+", text))


_TITLE_WORDS = 14  # "Senior Data Scientist, Search and Ranking, Acme GmbH, Berlin (Remote)"


def _run_on(candidate: str, lines: LineIndex, line: int) -> bool:
    """A stretch of a flattened line (a resume scraped into one line) beside a range, whose
    jobs, skills and duties run on without a break, is no title."""
    run_on = len(candidate.split(maxsplit=_TITLE_WORDS)) > _TITLE_WORDS
    return run_on and len(lines.line_text(line)) > FLATTENED_LINE


# A form's row label for dates alone beside a range: "Dates:", "Period:", "From - To:"; not a
# title set before its dates with a colon ("Data Scientist: 2019 - 2021")
_ROW_LABEL = regex_cache.compile(
    r"(?:dates?|period|duration|from(?:\s*[-/]\s*to)?|time|zeitraum|période|periodo|fechas?"
    r"|datas?|date)\s*(?:\([\w /-]{0,20}\))?\s*:",
    re.I,
)
# The row a CV form gives a job's title in, under its dates (Europass: "Dates: 09/2021 -
# present", then "Occupation or position held: Data Scientist")
_POSITION_ROW = regex_cache.compile(
    r"(?:occupation or position held|position held|position(?:\s+title)?|job title|title|role)"
    r"\s*:\s*(?P<title>\S.*)",
    re.I,
)


# An applicant-tracking site's profile sets each field's label on a line over its value
# ("Job Title", then "Machine Learning Engineer", then "Company", ..., "From", "06/2022")
_STACKED_TITLE_LABEL = regex_cache.compile(r"(?:job|position)\s+title|position|title", re.I)
_STACKED_ABOVE = 12  # lines of a job's fields above its dates
_FIELD_LABELS = {None, *POSTING_SECTIONS}  # "Company", "Location": a posting's words only


def _stacked_title(lines: LineIndex, line: int) -> tuple[str, int] | None:
    """The title under its label line ("Job Title") among the fields above a range's line,
    in the same block (no blank line, heading or other range between). The label is looked
    for first: most resumes have none."""
    for number in range(line - 1, max(0, line - _STACKED_ABOVE - 1), -1):
        text = lines.line_text(number).strip()
        if not text:
            return None
        if _STACKED_TITLE_LABEL.fullmatch(text) and number + 1 < line:
            if not _one_block(lines, number + 1, line):
                return None
            title = lines.line_text(number + 1).strip()
            return (title[:120], number + 1) if title and not _no_title(title) else None
    return None


def _one_block(lines: LineIndex, first: int, end: int) -> bool:
    """Whether lines first..end-1 hold no resume's heading ("Work Experience 2"), range nor
    bullet (a job's line of work: a project's "Title" inside the job above is no field)."""
    for number in range(first, end):
        text = lines.line_text(number)
        if _BULLET_START.match(text):
            return False
        text = text.strip()
        if heading_name(text) not in _FIELD_LABELS or search_range(text, 0):
            return False
    return True


def _position_row(lines: LineIndex, line: int) -> tuple[str, int] | None:
    """The title a form's position row gives, in the rows after a range's line and before a
    blank line or another range."""
    for number in range(line + 1, min(len(lines), line + _FIELDS_BELOW) + 1):
        text = lines.line_text(number).strip()
        if not text or search_range(text, 0):
            return None
        if row := _POSITION_ROW.fullmatch(text):
            return row["title"].strip()[:120], number
    return None


# Where a resume pasted into a web form as a few long lines breaks between its parts: an
# inline bullet, a sentence's stop before a capital, a label ("Experience:") or a heading in
# capitals ("EXPERIENCE Staff ML Engineer, Acme, 2021 - Present • Built ..."); not the dot of an
# abbreviation or of a short title or place ("B.S.", "Sr. Data Scientist", "St. Jude Clinic")
_NO_STOP_AFTER = r"(?<!\.[A-Z])(?<!\b(?:Sr|Jr|Dr|Mr|Ms|St|Mt|Ft))(?<!\bMgr)"
_PASTED_BREAK = regex_cache.compile(
    r"\s[•▪◦‣●]\s|[!?;]\s+(?=[A-Z])|" + _NO_STOP_AFTER + r"\.\s+(?=[A-Z])|"
    r"\b[A-Z][a-z]+(?:\s[A-Z]?[a-z]+)?:\s|\b(?P<caps>[A-Z]{4,})\s"
)


def _a_break(found: re.Match[str]) -> bool:
    return not found["caps"] or heading_name(found["caps"]) is not None


def _flattened_at(text: str, at: int) -> bool:
    """Whether offset `at` stands on a flattened line (a whole resume, or much of one)."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    return line_end - text.rfind("\n", 0, at) - 1 > FLATTENED_LINE


def _pasted_stretch(text: str, left: int, right: int, hit: Found) -> tuple[int, int]:
    """Of the stretch `left`..`right` around a range on a flattened line, the part between the
    breaks nearest the range that a form's pasted text keeps (_PASTED_BREAK)."""
    before = [b.end() for b in _PASTED_BREAK.finditer(text, left, hit.start) if _a_break(b)]
    after = (b.start() for b in _PASTED_BREAK.finditer(text, hit.end, right) if _a_break(b))
    return (before[-1] if before else left), next(after, right)


_SMALL_TITLE_WORDS = frozenset({"of", "and", "&", "for", "in", "the", "to"})


def _title_tail(own: str) -> str:
    """A title run on from the bullet before it in a pasted line, without the bullet's words:
    "Mentored two engineers Junior Data Analyst, Prairie Labs" -> "Junior Data Analyst,
    Prairie Labs"."""
    head, comma, rest = own.partition(",")
    if _set_as_title(head):
        return own
    words = head.split()
    start = len(words)
    while start and (words[start - 1][0].isupper() or words[start - 1] in _SMALL_TITLE_WORDS):
        start -= 1
    while start < len(words) and words[start] in _SMALL_TITLE_WORDS:
        start += 1
    tail = " ".join(words[start:])
    return tail + comma + rest if tail and _names_occupation(tail) else own


def _own_words(hit: Found, lines: LineIndex) -> str:
    """What a range's line (or stretch) says beside the range; on a line of a resume pasted
    into a form, only its part between the nearest breaks, without a bullet run on before."""
    left, right = local_span(lines.text, hit.start, hit.end)
    pasted = _flattened_at(lines.text, hit.start)
    if pasted:
        left, right = _pasted_stretch(lines.text, left, right, hit)
    own = _trimmed(lines.text[left:right].replace(_as_read(hit, lines), ""))
    return _title_tail(own) if pasted else own


def dated_rows(hits: list[Found], lines: LineIndex) -> dict[int, DateRange]:
    """The rows a form's "Dates:" row dates, by their line: those after it up to a blank line
    or another range (Europass: "Dates: 09/2015 - 07/2018", then "Title of qualification
    awarded: ..."), each dated by the nearest such row above it."""
    rows: dict[int, DateRange] = {}
    for hit in hits:
        if not _ROW_LABEL.fullmatch(_own_words(hit, lines)):
            continue
        line = hit.range.line
        for number in range(line + 1, min(len(lines), line + _FIELDS_BELOW) + 1):
            text = lines.line_text(number).strip()
            if not text or search_range(text, 0):
                break
            rows[number] = hit.range
    return rows


def title_of(hit: Found, lines: LineIndex) -> tuple[str, int] | None:
    """A range's job title and its line. The title is usually beside the range (same line or
    stretch) or above it; a place beside the range ("Oslo · 2020 – Present") leaves the title
    to the line above."""
    line = hit.range.line
    if (joined := _joining_title(lines, line)) is not None:
        return joined
    if (stacked := _stacked_title(lines, line)) is not None:
        return stacked
    own = _own_words(hit, lines)
    if _ROW_LABEL.fullmatch(own):  # "Dates: 01/2020 - present"
        if (row := _position_row(lines, line)) is not None:
            return row
        own = ""
    above_line = title_above(lines, line)
    if (below := title_below(lines, line, own)) is not None:
        above_line = below
    above = lines.line_text(above_line).strip() if above_line is not None else ""
    own = _before_first_person(_title_cell(own, is_table_row(lines.line_text(line))))
    above = _before_first_person(_title_cell(_unlabelled(above), is_table_row(above)))
    own_title = len(own) > 3 and not _no_title(own) and not _WRITERS_SENTENCE.match(own)
    own_title = own_title and (names_a_role(own) or not names_a_role(above))
    candidate = without_place(plain(own if own_title else above))
    if not candidate or _no_title(candidate) or _run_on(candidate, lines, line):
        return None
    return candidate[:120], line if own_title or above_line is None else above_line


def _unlabelled(text: str) -> str:
    """A title line's value without its form's label: "Title: IT Specialist" (a federal
    resume's job block) gives "IT Specialist"."""
    row = _POSITION_ROW.fullmatch(text)
    return row["title"].strip() if row else text


# Where a title's line goes on as the writer's sentence: "as a Director, I led ...", "; I
# built ...", ", where I ...", " wherein I ..."
_FIRST_PERSON_CLAUSE = regex_cache.compile(
    r"[ \t]*(?:[,;][ \t]*(?:where(?:in)?[ \t]+)?|[ \t]+where(?:in)?[ \t]+)I\b(?!['’.-])"
)


# A line that is the writer's own sentence once its dates are taken out: "In  I moved to
# Berlin and have worked at Acme since." names no title
_WRITERS_SENTENCE = regex_cache.compile(r"[ \t]*(?:In[ \t]+)?I[ \t]+[a-z]")


def _before_first_person(text: str) -> str:
    """The title before the writer's sentence that goes on after it, when that part names a
    role ("as a Director - Business Development, I led teams" gives "as a Director - Business
    Development"); else the text as it is."""
    clause = _FIRST_PERSON_CLAUSE.search(text)
    if clause is None or not names_a_role(text[: clause.start()]):
        return text
    # the mark the dates left before the sentence goes too: "Analyst, Acme, , I led"
    return text[: clause.start()].rstrip(" \t,;|–—-")


def _joining_title(lines: LineIndex, line: int) -> tuple[str, int] | None:
    """A rirekisho's job's title and its line (rirekisho.joining_title), on its joining
    line `line`, or on the line below when that names the role."""
    if "入" not in lines.line_text(line):
        return None
    below = lines.line_text(line + 1) if line < len(lines) else ""
    joined = joining_title(lines.text, lines.line_start(line), below)
    if joined is None:
        return None
    title, from_below = joined
    return title[:120], line + 1 if from_below else line


Titled = dict[int, tuple[str, int] | None]  # id() of a range's hit -> its title and line


def titles_of(hits: list[Found], lines: LineIndex) -> Titled:
    """Each range's job title and its line, found once: the employer rule and the experience
    step ask about the same document's jobs one after the other."""
    for seen_lines, seen_hits, titled in _LAST_TITLED:
        same = seen_lines is lines and len(seen_hits) == len(hits)
        if same and all(a is b for a, b in zip(seen_hits, hits, strict=True)):
            return titled
    titled = {id(hit): title_of(hit, lines) for hit in hits}
    _LAST_TITLED[:] = [(lines, list(hits), titled)]  # kept alive: no id() is reused meanwhile
    return titled


# The lines, the hits and the titles last found
_LAST_TITLED: list[tuple[LineIndex, list[Found], Titled]] = []


def titles_near(hits: list[Found], titled: Titled) -> list[str]:
    """The jobs' titles, newest first, each once; of two ending together, the one started
    later ("Senior Engineer" promoted to in 2022 within "Engineer, 2019 - Present"), and of two
    started together too, a promotion's."""
    titles: dict[str, None] = {}  # in order, each once
    for hit in sorted(hits, key=lambda h: (-h.range.end, -h.range.start, not h.promotion)):
        found = titled[id(hit)]
        if found is not None:
            titles.setdefault(found[0])
    return list(titles)
