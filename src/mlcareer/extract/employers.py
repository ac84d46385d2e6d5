"""A resume's employers: a company named on a job's heading ("Research Scientist, OpenAI",
"Senior Data Engineer at Databricks") says where someone worked, not what they used; so does a
skill's word inside a company's name ("Tata Consultancy Services", "Zentro Logistics ·
Full-time"), a profile export's endorsement ("Endorsed by 12 colleagues at Zentro
Logistics"), and a referee's lines on a References page. The same name in a bullet or a
skills list still counts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .. import regex_cache
from ..documents.sections import CV_REFEREES, ITEM_MARK, heading_key, heading_name
from ..models import Mention, Section, SkillHit
from .experience import Found, titles_of
from .lines import LineIndex
from .skills import FIELD_CATEGORIES, without_mentions
from .wording import ADJECTIVE_LIKE, adjective, did, is_occupation, verb

# Skills a heading may name as the job's field or language ("Software Engineer, Machine
# Learning", "Translator, German"), not as its employer
_NO_EMPLOYERS = FIELD_CATEGORIES | {"programming-languages", "soft-skills", "spoken-languages"}
# Open platforms no company is named after: after a title they name the job's field or team
# ("Software Engineer, Android", "Research Engineer, PyTorch"), which the person works on.
_PLATFORMS = frozenset(
    {
        *("android", "ios", "linux", "windows", "macos", "unix", "kubernetes", "react"),
        *("flutter", "tensorflow", "pytorch", "jax", "keras", "scikit-learn", "apache-spark"),
        *("kafka", "hadoop", "ros", "llvm", "postgresql"),
    }
)
# Products of a field's kind that are also their makers' names: "Quant Developer, Bloomberg"
_FIRMS_PRODUCTS = frozenset({"bloomberg-terminal", "refinitiv"})
# What parts a heading's title, employer, place and dates: commas, bars, dots, spaced dashes,
# tabs, wide gaps, brackets, "at" and "@"
_CELL_BREAK = regex_cache.compile(
    r"[,|·•;()\[\]\t]|[ \t][-–—][ \t]|[ \t]{2,}|@|(?<=[ \t])at(?=[ \t])"
)
# A company's legal form or kind after its name: "SAP SE", "Databricks, Inc.", "Snowflake Labs"
_LEGAL_FORM = regex_cache.compile(
    r"[ \t]+(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|PLC|AG|SE|S\.?A|Pvt|B\.?V|Oy|AB|Co"
    r"|Technologies|Labs)\.?$"
)
# A company's name by its last word ("Tata Consultancy Services", "Acme Data Solutions") or
# by the kind of job a profile export writes after it ("Zentro Logistics · Full-time")
_COMPANY_END = regex_cache.compile(r"[ \t](?:Services|Solutions)$")
# ... or by "AI" after its own proper words, on a line of its own ("Acme AI | Boston, MA");
# not a field's ("Clinical AI", "Applied AI"), whose first word describes
_AI_FIRM = regex_cache.compile(r"[ \t]AI$")
_EMPLOYMENT_KIND = regex_cache.compile(
    r"[ \t]*·[ \t]*(?:Full-time|Part-time|Contract|Internship|Freelance|Self-employed"
    r"|Apprenticeship|Seasonal|Temporary|Permanent)\b"
)
_ITEM = regex_cache.compile(r"\s*(?:[-*•·▪●►✓➢◦]|\d{1,2}[.)])\s")
# A heading's words at most: "Senior Data Scientist, Search and Ranking, Acme GmbH, Berlin
# (Remote)  Jan 2020 – Present"; a longer line runs on (a flattened PDF's jobs and skills)
_HEADING_WORDS = 16


def _cells(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """The spans of a heading line's parts, trimmed, each without a legal form after it."""
    start = 0
    for found in [*_CELL_BREAK.finditer(text), None]:
        end = found.start() if found else len(text)
        cell = text[start:end]
        core = _LEGAL_FORM.sub("", cell.rstrip(" \t.")).strip()
        if core:
            at = start + cell.index(core)
            yield offset + at, offset + at + len(core)
        start = found.end() if found else end


def _company_names(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """The spans of a heading line's parts that are a company's name by their form: a legal
    form or a company's word at their end, or a profile export's kind of job after them; a
    part naming an occupation is the job's title ("Data Solutions Architect")."""
    start = 0
    for found in [*_CELL_BREAK.finditer(text), None]:
        end = found.start() if found else len(text)
        cell = text[start:end].strip(" \t.")
        words = cell.split()
        named = (
            _LEGAL_FORM.search(cell)
            or _COMPANY_END.search(cell)
            or (found is not None and _EMPLOYMENT_KIND.match(text, found.start()))
            or (_AI_FIRM.search(cell) and all(map(_proper, words[:-1])))
        )
        if named and len(words) > 1 and not any(is_occupation(w) for w in words):
            at = start + text[start:end].index(cell)
            yield offset + at, offset + at + len(cell)
        start = found.end() if found else end


# The words at most a company's name sets before the field it is named for ("Cascade
# Logistics", "Blue Harbor Robotics")
_NAME_WORDS = 3
# A heading line of its own that names a company's team and the field it works in, not a
# company named for its field ("Blue Harbor Computer Vision"): a large maker's name first
# ("Amazon Alexa Speech Recognition", "Google Maps Computer Vision") or a team's word
_TEAM_MAKERS = frozenset(
    """
    amazon google microsoft apple meta facebook ibm nvidia intel adobe oracle netflix uber
    spotify samsung salesforce linkedin twitter baidu alibaba tencent bytedance huawei sony
    """.split()
)
_TEAM_WORDS = frozenset("team teams group lab labs division unit squad".split())


def _names_a_team(words: list[str]) -> bool:
    """Whether a heading's words before its field name a company's team."""
    lowered = [word.lower().strip(",.:") for word in words]
    return bool(lowered) and (lowered[0] in _TEAM_MAKERS or bool(_TEAM_WORDS & set(lowered)))


def _named_for_a_field(
    text: str,
    offset: int,
    fields: list[tuple[int, int]],
    named: list[tuple[int, int]],
    beside_title: int = 0,
) -> Iterator[tuple[int, int]]:
    """The spans of a title line's parts that are a company named for its field: proper
    words before a field's name that ends the part, beside a part naming an occupation
    ("Data Analyst II, Cascade Logistics") or, on a heading line of its own beside the
    job's title line, a part naming none ("Northwind Robotics, Berlin" over "Software
    Engineer") whose field has at most `beside_title` words, unless the part names a team
    ("Amazon Alexa Speech Recognition"). Not a part that is the field
    alone ("Research Engineer, Robotics"), nor one whose words describe or name a skill
    ("Applied Robotics", "Supply Chain Logistics"): the job's own field. `named`: every
    skill's span on the line."""
    cells = list(_cells(text, offset))
    titles = {c for c in cells if any(is_occupation(w) for w in _words(text, offset, c))}
    for start, end in cells:
        by_title = bool(titles - {(start, end)})
        if not by_title and not (beside_title and (start, end) not in titles):
            continue  # no other part names the job
        for field_start, field_end in fields:
            words = text[start - offset : field_start - offset].split()
            field_words = len(text[field_start - offset : field_end - offset].split())
            own_line = field_words <= beside_title and not _names_a_team(words)
            if (
                (by_title or own_line)
                and field_end == end
                and start < field_start
                and len(words) <= _NAME_WORDS
                and all(map(_proper, words))
                and not any(start <= s < field_start for s, _ in named)
            ):
                yield start, end


def _proper(word: str) -> bool:
    """A capitalised word that may be a company's own ("Cascade", "Northwind"): not one that
    describes ("Applied", "Statistical") nor an occupation."""
    describes = adjective(word) or word.lower().endswith(ADJECTIVE_LIKE)
    return word[0].isupper() and not describes and not is_occupation(word)


def _words(text: str, offset: int, span: tuple[int, int]) -> list[str]:
    return text[span[0] - offset : span[1] - offset].split()


# The most words of a field that ends a company's name on a line above a job's title and
# dates ("Acme Computer Vision"), and on one between them ("Blue Harbor Robotics"), where a
# team's longer field is more often its own ("Siri Speech Recognition")
_FIELD_WORDS_ABOVE = 8
_FIELD_WORDS_BETWEEN = 1


def _heading_lines(lines: LineIndex, work: list[Found]) -> tuple[set[int], dict[int, int]]:
    """The lines of each dated job's heading: from its title to its dates, and the line just
    above and below them, list items aside ("Databricks" over "Data Engineer  2019"); and
    those of them beside a title line that names an occupation where a company's name may
    stand ("Northwind Robotics" over "Software Engineer"), with the most words of the field
    that may end it there. Not a line below both: a team's or a field's ("Mobile Robotics")."""
    titled = titles_of(work, lines)
    headings: set[int] = set()
    beside: dict[int, int] = {}
    for hit in work:
        found = titled[id(hit)]
        first, last = sorted((found[1] if found else hit.range.line, hit.range.line))
        occupied = found is not None and any(map(is_occupation, found[0].split()))
        for number in range(max(1, first - 1), min(len(lines), last + 1) + 1):
            text = lines.line_text(number)
            if not _ITEM.match(text) and len(text.split(None, _HEADING_WORDS)) <= _HEADING_WORDS:
                headings.add(number)
                if occupied and found is not None and number != found[1] and number < last:
                    most = _FIELD_WORDS_ABOVE if number < first else _FIELD_WORDS_BETWEEN
                    beside[number] = max(beside.get(number, 0), most)
    return headings, beside


def may_name_a_company(hit: SkillHit) -> bool:
    """A product a company may be named after (Databricks, Snowflake), not a field, a
    language or an open platform; a firm's product of a field's kind (Bloomberg)."""
    if hit.id in _FIRMS_PRODUCTS:
        return True
    return hit.category not in _NO_EMPLOYERS and hit.id not in _PLATFORMS


def _employer_spans(
    skills: list[SkillHit], lines: LineIndex, headings: set[int], beside: dict[int, int]
) -> set[tuple[int, int]]:
    """Where a heading line's part is a product's name and nothing else (none on a line with
    two such parts, a list of tools: "Databricks, Snowflake"), or a company's name by its form
    that a skill's name stands within ("Tata Consultancy Services")."""
    named: dict[int, list[tuple[int, int]]] = {}  # products, by line
    within: dict[int, list[tuple[int, int]]] = {}  # any skill, by line
    fields: dict[int, list[tuple[int, int]]] = {}  # fields of work, by line
    for hit in skills:
        product = may_name_a_company(hit)
        for mention in hit.mentions:
            if mention.line in headings:
                within.setdefault(mention.line, []).append((mention.start, mention.end))
                if product:
                    named.setdefault(mention.line, []).append((mention.start, mention.end))
                if hit.category in FIELD_CATEGORIES:
                    fields.setdefault(mention.line, []).append((mention.start, mention.end))
    spans: set[tuple[int, int]] = set()
    for number, found in named.items():
        text, offset = lines.line_text(number), lines.line_start(number)
        whole = set(_cells(text, offset)).intersection(found)
        if len(whole) == 1:
            spans |= whole
    for number, found in within.items():
        text, offset = lines.line_text(number), lines.line_start(number)
        spans |= {
            (start, end)
            for start, end in _company_names(text, offset)
            if any(start <= s and e <= end and (s, e) != (start, end) for s, e in found)
        }
    for number, found in fields.items():
        text, offset = lines.line_text(number), lines.line_start(number)
        spans |= set(_named_for_a_field(text, offset, found, within[number], beside.get(number, 0)))
    return spans


def without_employers(
    skills: list[SkillHit], lines: LineIndex, work: list[Found]
) -> tuple[list[SkillHit], list[tuple[int, int]]]:
    """The resume's skills less their mentions as the employer of a job dated by `work` (and
    what such a name names within it: Azure in "Azure Databricks"), a skill left with none
    dropped; and where those employers are named."""
    headings, beside = _heading_lines(lines, work)
    spans = _employer_spans(skills, lines, headings, beside) if headings else set()
    if not spans:
        return skills, []
    kept = without_mentions(skills, lambda m: any(s <= m.start and m.end <= e for s, e in spans))
    return kept, sorted(spans)


# A profile export's endorsements under a skill: who vouched for it and where they work
# ("Endorsed by 12 colleagues at Zentro Logistics", "3 endorsements"), bulleted or not
_ENDORSEMENT = regex_cache.compile(
    rf"[ \t]*(?:{ITEM_MARK}[ \t]*)?(?:endorsed[ \t]+by\b|\d+[ \t]+endorsements?\b)", re.I
)
# What an endorsement is for, which names the person's own skills ("Endorsed by colleagues
# for Python and SQL expertise"), up to where the endorsers are named again ("... for SQL at
# Acme", "..., who ..."); a comma between its skills goes on ("for Python, SQL and Spark")
_VOUCHED_FOR = regex_cache.compile(
    r"\bfor[ \t]+(.+?)(?=,?[ \t]+(?:at|by|from|who)\b|[;(]|,[ \t]*$|$)", re.I
)


def _vouching(line: str, at: int, end: int) -> bool:
    """Whether line[at:end] stands in an endorsement's line outside what it is for."""
    found = _ENDORSEMENT.match(line)
    if found is None:
        return False
    vouched = _VOUCHED_FOR.search(line, found.end())
    return vouched is None or not vouched.start(1) <= at < end <= vouched.end(1)


def without_endorsements(skills: list[SkillHit], lines: LineIndex) -> list[SkillHit]:
    """The resume's skills less their mentions on an endorsement's line, but for what it is
    for; a skill left with none dropped."""

    def vouching(mention: Mention) -> bool:
        start = lines.line_start(mention.line)
        line = lines.line_text(mention.line)
        return _vouching(line, mention.start - start, mention.end - start)

    return without_mentions(skills, vouching)


# A consultant's or contractor's clients, listed after a label: "Selected clients: Monzo,
# Databricks", "Clients include Ocado and Snowflake.", "Key clients - HSBC", "(client:
# Salesforce)". The list runs to the end of its sentence, a semicolon, a bracket or a spaced
# dash ("Client: Monzo - built dashboards in Tableau" used Tableau).
_CLIENTS_LABEL = regex_cache.compile(
    r"(?:^[ \t]*(?:[-*•·▪●►✓➢◦][ \t]*)?|(?<=[(.;:])[ \t]*)"
    r"(?:(?:selected|key|notable|major|past|recent|main|some|our|my)[ \t]+)?clients?"
    r"(?:[ \t]+(?:include[sd]?|included|served|such[ \t]+as)[ \t]*:?|[ \t]*:|[ \t]+[-–—])[ \t]*",
    re.I,
)
_CLIENTS_END = regex_cache.compile(r"[;()]|[ \t][-–—][ \t]|\.(?:\s|$)|$")
# A comma before the next word: a list's next name, or what was done for the client ("Client:
# Acme Bank, built fraud models with XGBoost")
_COMMA_WORD = regex_cache.compile(r",[ \t]*([A-Za-z]+)")


def _client_lists(line: str) -> Iterator[tuple[int, int]]:
    """The spans of a line's lists of clients."""
    for label in _CLIENTS_LABEL.finditer(line):
        found = _CLIENTS_END.search(line, label.end())
        end = found.start() if found else len(line)
        yield label.end(), _deed_after(line, label.end(), end)


def _deed_after(line: str, start: int, end: int) -> int:
    """Where the list between `start` and `end` goes on to what was done: at a comma before a
    verb ("..., built fraud models"); `end` when it never does."""
    for comma in _COMMA_WORD.finditer(line, start, end):
        if did(comma[1]) or verb(comma[1]):
            return comma.start()
    return end


def without_clients(skills: list[SkillHit], lines: LineIndex) -> list[SkillHit]:
    """The resume's skills less their mentions in a list of clients: a client's name says
    for whom someone worked, not what they used; a skill left with none dropped."""

    def a_client(mention: Mention) -> bool:
        start = lines.line_start(mention.line)
        line = lines.line_text(mention.line)
        if "client" not in line.lower():
            return False
        at, end = mention.start - start, mention.end - start
        return any(s <= at and end <= e for s, e in _client_lists(line))

    return without_mentions(skills, a_client)


def referees_spans(sections: list[Section]) -> list[tuple[int, int]]:
    """Where a resume's References page stands: its lines are the referees' ("VP Engineering,
    led our Kubernetes team", "PhD in Machine Learning"), not the writer's."""
    return [
        (section.start, section.end)
        for section in sections
        if heading_key(section.heading) in CV_REFEREES
    ]


# A recruiting agency's notice on the candidate's spec sheet: "presented by Nexus Talent,
# acting as an employment agency", "Please do not contact the candidate directly", "This CV
# has been submitted by ...". Its paragraph (the agency's address, its own specialisms: "Java
# | .NET | SAP recruitment specialists") is the agency's, not the candidate's.
_AGENCY_NOTICE = regex_cache.compile(
    r"\bact(?:ing|s)?\s+as\s+an?\s+employment\s+(?:agency|business)\b"
    r"|\bdo\s+not\s+(?:contact|approach)\s+(?:the|this)\s+candidate\b"
    r"|\bthis\s+(?:cv|profile|resume|candidate\s+profile)\s+(?:has\s+been|was|is)\s+"
    r"(?:presented|submitted|supplied|provided)\s+by\b",
    re.I,
)
# A word each notice holds, for a quick look before the search
_NOTICE_WORDS = ("employment", "candidate", "this cv", "this profile", "this resume")
_BLANK_LINE = regex_cache.compile(r"\n[ \t]*\n")
_NOTICE_REACH = 600  # characters of the notice's paragraph read on either side of it


def agency_notice_spans(text: str) -> list[tuple[int, int]]:
    """Where a recruiting agency's notice stands on a spec sheet: the paragraph around
    _AGENCY_NOTICE, between blank lines within _NOTICE_REACH characters (or the text's end;
    else the notice's own line)."""
    lowered = text.lower()
    if not any(word in lowered for word in _NOTICE_WORDS):
        return []  # nearly every document: a substring test each, not the search
    spans = []
    for notice in _AGENCY_NOTICE.finditer(text):
        floor = max(0, notice.start() - _NOTICE_REACH)
        blanks = [gap.end() for gap in _BLANK_LINE.finditer(text, floor, notice.start())]
        start = blanks[-1] if blanks else text.rfind("\n", floor, notice.start()) + 1
        gap = _BLANK_LINE.search(text, notice.end(), notice.end() + _NOTICE_REACH)
        if gap is not None:
            end = gap.start()
        elif len(text) - notice.end() <= _NOTICE_REACH:
            end = len(text)  # a footer closing the text
        else:  # no blank line to end it: only its own line
            end = line_end if (line_end := text.find("\n", notice.end())) >= 0 else len(text)
        spans.append(_without_candidates_lines(text, start, notice.start(), notice.end(), end))
    return spans


# A line's label before its colon: "Profile: Senior data engineer ..." -> "Profile"
_LABEL = regex_cache.compile(r"[^:\n]{1,30}(?=:)")


def _a_candidates_line(line: str) -> bool:
    """Whether a line of the notice's paragraph opens the candidate's own part: a heading
    ("Key Skills") or a heading's label ("Profile: Senior data engineer ...")"""
    line = line.strip()
    label = _LABEL.match(line)
    if heading_name(line) is not None:
        return True
    return label is not None and heading_name(label[0]) is not None


def _without_candidates_lines(
    text: str, start: int, notice_start: int, notice_end: int, end: int
) -> tuple[int, int]:
    """The notice's paragraph start:end less the candidate's part beside it: what follows
    the candidate's heading or labelled line above the notice, what precedes such a line
    below it (a spec sheet's notice right above "Profile: ...")."""
    at = text.find("\n", notice_end, end)
    while at >= 0:
        line_end = text.find("\n", at + 1, end)
        if _a_candidates_line(text[at + 1 : line_end if line_end >= 0 else end]):
            end = at
            break
        at = line_end
    at = text.rfind("\n", start, notice_start)
    while at >= start:
        if _a_candidates_line(text[max(start, text.rfind("\n", start, at) + 1) : at]):
            return at + 1, end
        at = text.rfind("\n", start, at)
    return start, end


# A Europass CV's line under a job naming its employer's industry: "Business or sector
# Information and communication"
_SECTOR_LINE = regex_cache.compile(r"^[ \t]*business or sector\b[^\n]*", re.I | re.M)


def sector_line_spans(text: str) -> list[tuple[int, int]]:
    """Where a Europass CV names an employer's business or sector: no skill of the writer."""
    if "ector" not in text and "ECTOR" not in text:
        return []  # nearly every document: a substring test each, not the search
    return [found.span() for found in _SECTOR_LINE.finditer(text)]


def without_referees(skills: list[SkillHit], spans: list[tuple[int, int]]) -> list[SkillHit]:
    """The skills, without the mentions that stand on a References page."""
    return without_mentions(skills, lambda m: any(s <= m.start and m.end <= e for s, e in spans))


def not_a_referees(spans: list[tuple[int, int]]) -> Callable[[LineIndex, int, int], bool]:
    """Whether a degree named at start:end is the writer's: not on a References page."""
    return lambda _lines, start, end: not any(s <= start and end <= e for s, e in spans)
