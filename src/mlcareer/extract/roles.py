"""Roles a posting asks time in: "4 years as a Business Systems Analyst".

A requirement line that asks for years as a role names the role as the requirement. This
module finds such a role on a line, cuts its title out of the words around it, and splits a
title that offers alternatives ("Hadoop Developer / Bigdata Developer").
"""

from __future__ import annotations

import re

from .. import regex_cache
from ..documents.sections import ITEM_MARK
from ..literal_match import PM_TITLES
from .importance import Gated
from .wording import HEAD_END, adjective, is_occupation

# "4 years as a Business Systems Analyst" asks for time in a role: the role is the requirement.
_TIME_AS_A_ROLE = regex_cache.compile(
    r"\b(?:(?:years?|yrs?|experience"
    # French, Spanish, Portuguese: "3 ans d'expérience en tant que Data Engineer", "2 años
    # como ML Engineer"
    r"|ans|années|años|anos|expérience|experiencia|experiência)\b[^.;]{0,30}?"
    # "in the position of Data Scientist", "in the role of ..."
    r"(?<!as well )\b(?:as|in\s+the\s+(?:position|role|capacity)\s+of|comme|en\s+tant\s+que|como)"
    # Italian "come" after Italian words only ("3 anni di esperienza come Data Engineer"), not
    # the English verb ("Years of experience don't come first")
    r"|(?:anni|esperienza)\b[^.;]{0,30}?\bcome"
    # German and Dutch "als" after their own words ("2 Jahre Berufserfahrung als Data
    # Scientist", "3 jaar ervaring als ML Engineer"); "als" is also their "than", so the
    # role must end on an occupation (_not_a_role)
    r"|(?:jahre?n?|berufserfahrung|erfahrung|jaar|jaren|ervaring)\b[^.;]{0,30}?\b(?P<als>als))"
    r"\s+(?:an?\s+|une?\s+|una?\s+|eine?n?\s+|een\s+)?"
    r"(?!an?\s|well\b|part\s+of\b|needed\b|required\b|necessary\b|such\b"  # "as part of a team"
    # "as described above", "as outlined below", "as follows": a reference to the text
    r"|(?:described|outlined|defined|listed|noted|stated|specified|shown|above|below|follows)\b)"
    # A dot ends the role unless it closes "Sr."/"Jr." or sits inside a word ("I.T.").
    r"(?P<role>[A-Za-z](?:[^.;,()]|(?<=Sr)\.|(?<=Jr)\.|\.(?=[A-Za-z])|(?<=\.[A-Z])\.){2,80})",
    re.I,
)
# Every role after a time holds one of these words, "ans", "anni" and "anos" as whole words
# (as the pattern reads them): not the "ans" of "plans" or "transform"
_ROLE_LINE = Gated(
    _TIME_AS_A_ROLE,
    regex_cache.compile(
        r"year|yr|experience|\bans\b|années|años|\banni\b|\banos\b|expérience|experiencia"
        r"|esperienza|experiência|jahr|erfahrung|jaar|jaren|ervaring"
    ),
)
# "Software as a Service" names a delivery model, not a role; "software as a medical device"
# (SaMD) a kind of product
_AS_A_SERVICE = regex_cache.compile(
    r"\b(?:software|platform|infrastructure|data)\s+as\s+an?\s+$", re.I
)
_SOFTWARE_AS_A = regex_cache.compile(r"\bsoftware\s+as\s+an?\s+$", re.I)
# "infrastructure as code", "policy as code": a practice, not a role; "defined as experience:
# 1) ...", as a federal vacancy defines its specialized experience: what counts, not a role
_AS_CODE = regex_cache.compile(r"code\b|(?:experience|work|knowledge|skills?)\b", re.I)

# "roles such as Data Analyst" names roles; "tools such as Jira" names examples
_SUCH_AS = regex_cache.compile(r"(\w+)\s+such\s+as\s+(?:an?\s+)?$", re.I)
_ROLE_NOUNS = {"role", "roles", "position", "positions", "title", "titles", "capacity", "job"}


def role_asked(line: str) -> str | None:
    """The title of the role a line asks time in, or None: '4 years as a Business Systems
    Analyst' -> 'Business Systems Analyst'."""
    role = next((r for r in _ROLE_LINE.finditer(line) if not _not_a_role(line, r)), None)
    if role is None:
        return _titles_before_similar_role(line) or _title_before_role(line)
    title = _role_title(role.group("role"))
    start = line.find(title, role.start("role"))
    end = _listed_titles_end(line, start + len(title)) if start != -1 else None
    return line[start:end] if end is not None else title


# "2 years of experience in a Data Scientist role": a title in capitals before "role"
_IN_A_TITLED_ROLE = Gated(
    regex_cache.compile(
        r"\b(?:years?|yrs?|experience)\b[^.;]{0,30}?\bin\s+(?:an?|the)\s+"
        r"(?P<title>(?-i:[A-Z])[\w+/&-]*(?:[ \t]+(?-i:[A-Z])[\w+/&-]*){0,5})"
        r"[ \t]+(?:role|position|capacity)\b",
        re.I,
    ),
    regex_cache.compile(r"\b(?:role|position|capacity)\b"),
)


def _title_before_role(line: str) -> str | None:
    """The title of "in a Data Scientist role", when its last word is an occupation; not a
    role described ("in a Python-heavy role")."""
    found = _IN_A_TITLED_ROLE.search(line)
    if found is None or not is_occupation(found.group("title").split()[-1]):
        return None
    return found.group("title")


# ", BI developer, or data analyst": another title in a list of the roles asked
_NEXT_TITLE = regex_cache.compile(
    r"\s*(?:,\s*(?P<comma_or>(?:or|and/or)\s+)?|\s+(?P<or>or|and/or)\s+)(?:an?\s+)?"
    r"(?P<title>[A-Za-z][^,.;()]{1,40})",
    re.I,
)


# "..., BI Developer or similar role": the list of the roles offered ends. It opens where a
# run of spaces does (after a title's last word), and the spaces after the comma go with it:
# a long run is neither tried from each of its spaces nor split between two optional ones.
_SIMILAR_ROLE = regex_cache.compile(
    r"(?<!\s)\s*(?:,\s*)?(?:or|and/or)\s+(?:an?\s+|any\s+)?(?:similar|equivalent|comparable|related|other)"
    r"\s+(?:roles?|positions?|titles?|capacity|capacities|jobs?)\b",
    re.I,
)
_AS_A = regex_cache.compile(r"\b(?:as|in)\s+(?:an?\s+)?", re.I)  # "as a", "in a" before the titles
# a list item's mark before the titles
_ITEM_OPENING = regex_cache.compile(rf"\s*(?:{ITEM_MARK}\s*)?")
_TITLE_SPLIT = regex_cache.compile(
    r"\s*,\s*(?:(?:and/)?or\s+)?(?:an?\s+)?|\s+(?:and/)?or\s+(?:an?\s+)?", re.I
)


def _listed_titles_end(line: str, at: int) -> int | None:
    """Where a list of titles offered as alternatives ends ("an analytics engineer, BI
    developer, or data analyst"; "a Data Analyst, BI Developer or similar role"), or None when
    no such list follows the first title."""
    listed = False
    while not (listed and _SIMILAR_ROLE.match(line, at)):
        found = _NEXT_TITLE.match(line, at)
        title = _role_title(found.group("title")) if found else ""
        if found is None or not title or not is_occupation(title.split()[-1]):
            return None
        at = found.start("title") + len(title)
        if found.group("comma_or") or found.group("or"):
            return at
        listed = True
    return at


def _titles_before_similar_role(line: str) -> str | None:
    """The titles a line offers before "or similar role" without asking time in them ("- Data
    Analyst, BI Developer or similar role", "Background as a data analyst, or a similar
    position"): each piece of the list is a whole title."""
    similar = _SIMILAR_ROLE.search(line)
    if similar is None:
        return None
    opening = [*_AS_A.finditer(line, 0, similar.start())]
    marked = _ITEM_OPENING.match(line)  # always matches, perhaps nothing
    start = opening[-1].end() if opening else marked.end() if marked else 0
    titles = line[start : similar.start()]
    pieces = _TITLE_SPLIT.split(titles)
    # each a whole title, opening with a letter as in _ROLE_LINE (not "(IoT) ... engineer")
    if not all(
        p[:1].isalpha() and _role_title(p) == p and is_occupation(p.split()[-1]) for p in pieces
    ):
        return None
    return titles


def _not_a_role(line: str, role: re.Match[str]) -> bool:
    """'tools such as Jira' names examples, not a role ('roles such as Data Analyst' does);
    'Software as a Service' names a delivery model; 'infrastructure as code' a practice;
    'defined as experience' what counts."""
    such = _SUCH_AS.search(line, 0, role.start("role"))
    if such and such.group(1).lower() not in _ROLE_NOUNS:
        return True
    if role.group("als") and not is_occupation(_role_title(role.group("role")).split()[-1]):
        return True  # "Erfahrung mit Docker als Plattform": "as" a thing, not a role held
    return _as_a_service(line, role) or bool(_AS_CODE.match(role.group("role")))


def _as_a_service(line: str, role: re.Match[str]) -> bool:
    start = role.start("role")
    if _SOFTWARE_AS_A.search(line, 0, start):
        return True  # "software as a medical device": what the software is, never a role
    return line[start : start + 7].lower() == "service" and bool(
        _AS_A_SERVICE.search(line, 0, start)
    )


_ROLE_END = regex_cache.compile(
    r"\s+(?:for|with|in|at|within|including|or above|and above|must|required|preferred"
    r"|minimum|is|are|using|where|who|to|\d+\+?\s*(?:years?|yrs?))\b.*$"
    # a posting's reference number after the title: "- Req ID: 1534", "- 82772"
    r"|\s+[-–]\s*(?:req(?:uisition)?\b|job\s+id\b|id\b|[A-Za-z_]*\d{3,}).*$",
    re.I,
)
_TITLE_JOINERS = {"of", "and", "or", "&", "/", "-", "–", "for", "in", "the", "a"}
# "Network Engineer 4"
_GRADE_NUMBER = regex_cache.compile(r"[\s-]+(?:level\s*)?\d+(?:/\d+)?$", re.I)


# After a role's occupation, a dash and a clause asking something of its own: "Incident
# Response Specialist - IAT Level III Cert required" (not a qualifier of the role: "Geography
# Teacher - Postsecondary", "Camera Operator - Television")
_DASH_THEN_ASK = regex_cache.compile(
    r"[ \t][-–—][ \t](?=[^-–—]*?\b(?:required|mandatory|must|cert(?:s|ified|ification)?"
    r"|licen[cs]ed?|clearance)\b)",
    re.I,
)


def _before_another_ask(text: str) -> str:
    """The role's words before a dash that opens another ask (_DASH_THEN_ASK)."""
    dash = _DASH_THEN_ASK.search(text)
    if dash is None or not any(map(is_occupation, text[: dash.start()].split()[-2:])):
        return text
    return text[: dash.start()]


def _role_title(text: str) -> str:
    """'Medical Appliance Technician must.' -> 'Medical Appliance Technician'; a Title Case
    title ends at the first lowercase word that is not a joiner ('... Architect overseeing')."""
    words = _ROLE_END.sub("", _before_another_ask(text)).split()[:8]
    opening = next((i for i, w in enumerate(words[:3]) if w[:1].isupper()), 0)
    if opening and all(adjective(w) for w in words[:opening]):
        words = words[
            opening:
        ]  # "dedicated Cloud Network Engineer", not "machine learning Engineer"
    if words and words[0][:1].isupper():
        kept: list[str] = []
        for word in words:
            if not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _TITLE_JOINERS):
                break
            kept.append(word)
        while kept and kept[-1].lower() in _TITLE_JOINERS:
            kept.pop()
        # "Advertising and promotions managers"; a title that is already whole ("Supervisor
        # managing warehouse workers") is not extended
        reach = 0 if is_occupation(kept[0] if kept else "") else _people_reach(words)
        if len(kept) == 1 and reach:
            kept = words[: reach + 1]
        elif len(kept) == 1:  # sentence case: "Computer systems analysts"
            for word in words[1:4]:
                lowered = word.lower()
                if (
                    not word.isalpha()
                    or lowered in HEAD_END | _TITLE_JOINERS
                    or lowered.endswith(("ing", "ed"))
                ):
                    break
                kept.append(word)
        words = kept or words
    else:  # "pest-control worker satisfactorily deploying ...": the title ends after its
        words = _lowercase_title(words)  # occupation, where an adverb or a verb begins
    return _GRADE_NUMBER.sub("", " ".join(words)).strip(" -–")


def _lowercase_title(words: list[str]) -> list[str]:
    """'nurse practitioner', 'assistant manager' stay whole: after its occupation a title
    goes on only with another one. 'pest-control worker satisfactorily deploying ...',
    'supervisor of a team', 'social worker child welfare' end after the occupation."""
    seen_occupation = False
    for index, word in enumerate(words):
        if seen_occupation and not is_occupation(word):
            return words[:index]
        seen_occupation = seen_occupation or is_occupation(word)
    return words


def _people_reach(words: list[str]) -> int:
    """Index of an occupation that closes a lowercase title within a few words ("Textile -
    apparel - and furnishings workers", "Certified nursing assistant"), or 0."""
    for index, word in enumerate(words[1:7], start=1):
        lowered = word.lower()
        if is_occupation(lowered):
            return index
        if not (word.isalpha() or word in ("-", "–", "&", "/")) or lowered in HEAD_END - {"and"}:
            return 0
        if lowered in _TITLE_JOINERS - {"and", "or", "&", "/", "-", "–"} or lowered == "between":
            return 0  # "Architect of various projects"
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if lowered.endswith(("ing", "ed")) and not is_occupation(following):
            return 0  # "... managing warehouse workers"; not "nursing assistant"
    return 0


_ARTICLE = regex_cache.compile(r"^an?\s+", re.I)
_RANKS = frozenset("senior sr sr. junior jr jr. lead principal staff mid-level".split())


def role_alternatives(title: str) -> list[str]:
    """Titles a role offers as alternatives: "Hadoop Developer / Bigdata Developer", "Data
    Analyst or Data Scientist or ML Engineer" and "Data Analyst/Scientist" give each;
    "Senior or Staff Software Engineer" gives "Senior Software Engineer" and "Staff Software
    Engineer"; "Electrical/Firmware Engineer" is one title."""
    pieces = re.split(r"\s*/\s*|\s*,\s*(?:(?:and/)?or\s+)?|\s+(?:and/)?or\s+", title)
    parts = [_ARTICLE.sub("", part).split() for part in pieces]
    if len(parts) < 2 or not all(parts):
        return []
    *leading, last = parts
    if all(len(p) == 1 and p[0].lower() in _RANKS for p in leading) and last[0].lower() in _RANKS:
        return [" ".join([p[0], *last[1:]]) for p in leading] + [" ".join(last)]
    first = parts[0]
    if len(first) < 2 or not all(is_occupation(p[-1]) or _title_acronym(p) for p in parts):
        return []
    # "Data Analyst/Scientist": a one-word title shares the first one's words; an acronym
    # ("Sous Chef or CDP") is a whole title
    return [" ".join(p if len(p) > 1 or _title_acronym(p) else [*first[:-1], p[0]]) for p in parts]


# A field's acronym in a title and its words: "ML Engineer" is a "Machine Learning Engineer"
_FIELD_WORDS = {
    "ML": "machine learning",
    "AI": "artificial intelligence",
    "NLP": "natural language processing",
    "BI": "business intelligence",
    "QA": "quality assurance",
    "UX": "user experience",
}
_FIELD_ACRONYM = regex_cache.compile(rf"\b(?:{'|'.join(_FIELD_WORDS)})\b")
_FIELD_SPELLED = regex_cache.compile(rf"\b(?:{'|'.join(_FIELD_WORDS.values())})\b", re.I)
_ACRONYM_OF = {words: acronym for acronym, words in _FIELD_WORDS.items()}


def field_spellings(title: str) -> list[str]:
    """The title with its field's acronym spelled out, or its field's words as the acronym:
    "ML engineer" -> "machine learning engineer", "Machine Learning Engineer" -> "ML
    Engineer"; none when it names no such field."""
    spelled = _FIELD_ACRONYM.sub(lambda found: _FIELD_WORDS[found.group()], title)
    short = _FIELD_SPELLED.sub(
        lambda found: _ACRONYM_OF[regex_cache.matched_key(found.group())], title
    )
    return [form for form in dict.fromkeys((spelled, short)) if form != title]


# A title's own acronym and the titles it stands for: a posting's "2+ years as a technical
# PM" is met by a "Product Manager" (or a program or project manager: the posting's "PM" does
# not say which). Acronyms whose initials spell the title out are found without this.
_TITLE_WORDS = {
    "PM": PM_TITLES,
    "APM": ("associate product manager",),
    "SWE": ("software engineer",),
    "SDE": ("software development engineer", "software engineer"),
    "MLE": ("machine learning engineer", "ML engineer"),
}
_TITLE_ACRONYM = regex_cache.compile(rf"\b(?:{'|'.join(_TITLE_WORDS)})\b")


def title_spellings(title: str) -> list[str]:
    """The title with its own acronym spelled out, once per title it stands for: "technical
    PM" -> "technical product manager", ...; none when it holds no such acronym."""
    found = _TITLE_ACRONYM.search(title)
    if found is None:
        return []
    before, after = title[: found.start()], title[found.end() :]
    return [f"{before}{words}{after}" for words in _TITLE_WORDS[found.group()]]


_ACRONYM = regex_cache.compile(r"[A-Z]{2,5}")
# Acronyms of fields, not of people: "Data Scientist / ML" offers no job called "ML"
FIELD_ACRONYMS = frozenset(
    {"AI", "ML", "DL", "NLP", "CV", "BI", "IT", "HR", "UX", "UI", "SEO", "SEM", "CRM", "ERP"}
    | {"GIS", "CAD", "IOT", "AR", "VR", "EHS", "HSE", "SAP", "AWS", "GCP", "SQL", "ETL"}
)


def _title_acronym(part: list[str]) -> bool:
    """A title written as its acronym: "CDP" (chef de partie), "LPN", "CPA"; not a field's
    ("ML", "BI")."""
    return len(part) == 1 and bool(_ACRONYM.fullmatch(part[0])) and part[0] not in FIELD_ACRONYMS
