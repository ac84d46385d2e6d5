"""Work authorization, as each document states it: a posting's stance on visa sponsorship and
citizenship ("We are unable to sponsor visas", "US citizenship required", "Visa sponsorship
available"), a resume's need ("Requires H-1B sponsorship", "F-1 OPT", "Green card holder").

Nothing is guessed: a document that does not say is unknown, whatever its names, schools or
countries. Company boilerplate ("without regard to citizenship status") is no stance, and
"W2 only, no C2C" is about the contract, not the visa. A clearance stays a skill the posting
asks for (the taxonomy's clearances); only the citizenship a posting states is read here."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import regex_cache
from ..models import WorkAuthorization, WorkStatus
from .importance import Gated
from .lines import plain

_Rule = re.Pattern[str] | Gated  # a pattern, or one searched only in words that hold its word

# A negation before a verb: "will not", "can't", "cannot", "unable to", "never" (not the
# "or not" of "whether or not you need sponsorship", nor "not sure whether you need it")
_NOT = r"(?:\bcan\s?not|(?<!\bor\s)\bnot(?!\s+sure\b)|n['’]t|\bunable\s+to|\bnever)"
# Words between a negation and its verb: "not now or in the future require"
_FEW = r"(?:[\w,'’-]+\s+){0,8}?"

# A visa or temporary status, as a resume or posting names it
VISA_CODE = (
    r"(?:h-?1-?b|h-?4(?:\s+ead)?|f-?1(?:\s+(?:stem\s+)?(?-i:OPT|CPT))?|(?-i:STEM\s+OPT)|j-?1"
    r"|l-?1[ab]?|o-?1a?|e-?3|(?-i:TN|OPT|CPT|EAD))(?![\w-])"
)
_VISA = regex_cache.compile(r"\b" + VISA_CODE, re.I)
# Its spelling in reports: "H1B" and "h-1b" read "H-1B"
_VISA_NAMES = {
    "H1B": "H-1B",
    "H4": "H-4",
    "H4EAD": "H-4 EAD",
    "F1": "F-1",
    "F1OPT": "F-1 OPT",
    "F1CPT": "F-1 CPT",
    "F1STEMOPT": "F-1 STEM OPT",
    "J1": "J-1",
    "L1": "L-1",
    "L1A": "L-1A",
    "L1B": "L-1B",
    "O1": "O-1",
    "O1A": "O-1A",
    "E3": "E-3",
}

# Countries and nationalities named before "citizen": the name a report gives each, the word
# for its people, and how documents write either; a capitalised word alone is not enough
# ("Senior Citizens", "Citizen Data Scientist"). Names that are also places or words of other
# senses ("Georgia", "Jordan", "Chad") are left out.
_NATIONS: dict[str, tuple[str, str]] = {
    # the abbreviations in capitals: "join us" names no country
    "US": ("US", r"(?-i:U\.?\s?S\.?(?:A\.?)?)|united\s+states(?:\s+of\s+america)?|american"),
    "UK": ("UK", r"(?-i:U\.?K\.?)|british|united\s+kingdom"),
    "EU": ("EU", r"(?-i:E\.?U\.?)|european(?:\s+union)?"),
    "Canada": ("Canadian", r"canadian|canada"),
    "Australia": ("Australian", r"australian|australia"),
    "New Zealand": ("New Zealand", r"new\s+zealand(?:er)?"),
    "India": ("Indian", r"indian|india"),
    "China": ("Chinese", r"chinese|china"),
    "Mexico": ("Mexican", r"mexican|mexico"),
    "Germany": ("German", r"german|germany"),
    "France": ("French", r"french|france"),
    "Ireland": ("Irish", r"irish|ireland"),
    "Singapore": ("Singaporean", r"singaporean|singapore"),
    "Brazil": ("Brazilian", r"brazilian|brazil"),
    "Japan": ("Japanese", r"japanese|japan"),
    "South Korea": ("South Korean", r"(?:south\s+)?korean|south\s+korea|republic\s+of\s+korea"),
    "Taiwan": ("Taiwanese", r"taiwanese|taiwan"),
    "Italy": ("Italian", r"italian|italy"),
    "Spain": ("Spanish", r"spanish|spain"),
    "Portugal": ("Portuguese", r"portuguese|portugal"),
    "Netherlands": ("Dutch", r"dutch|(?:the\s+)?netherlands"),
    "Belgium": ("Belgian", r"belgian|belgium"),
    "Switzerland": ("Swiss", r"swiss|switzerland"),
    "Austria": ("Austrian", r"austrian|austria"),
    "Sweden": ("Swedish", r"swedish|sweden"),
    "Norway": ("Norwegian", r"norwegian|norway"),
    "Denmark": ("Danish", r"danish|denmark"),
    "Finland": ("Finnish", r"finnish|finland"),
    "Poland": ("Polish", r"polish|poland"),
    "Ukraine": ("Ukrainian", r"ukrainian|ukraine"),
    "Romania": ("Romanian", r"romanian|romania"),
    "Greece": ("Greek", r"greek|greece"),
    "Israel": ("Israeli", r"israeli|israel"),
    "Nigeria": ("Nigerian", r"nigerian|nigeria"),
    "Kenya": ("Kenyan", r"kenyan|kenya"),
    "South Africa": ("South African", r"south\s+african?"),
    "Egypt": ("Egyptian", r"egyptian|egypt"),
    "Pakistan": ("Pakistani", r"pakistani|pakistan"),
    "Bangladesh": ("Bangladeshi", r"bangladeshi|bangladesh"),
    "Sri Lanka": ("Sri Lankan", r"sri\s+lankan?"),
    "Nepal": ("Nepali", r"nepal(?:i|ese)?"),
    "Philippines": ("Filipino", r"filipin[oa]|philippines?"),
    "Vietnam": ("Vietnamese", r"vietnamese|viet\s?nam"),
    "Indonesia": ("Indonesian", r"indonesian|indonesia"),
    "Malaysia": ("Malaysian", r"malaysian|malaysia"),
    "Argentina": ("Argentine", r"argentin(?:e|ian|a)"),
    "Colombia": ("Colombian", r"colombian|colombia"),
    "Chile": ("Chilean", r"chilean|chile"),
    "Turkey": ("Turkish", r"turkish|t[uü]rkiye|turkey"),
    # the Gulf, and its council as one (like the EU)
    "UAE": ("Emirati", r"(?-i:U\.?A\.?E\.?)|emirati|united\s+arab\s+emirates"),
    "Saudi Arabia": ("Saudi", r"saudi(?:\s+arabian?)?|(?-i:KSA)"),
    "Qatar": ("Qatari", r"qatari?"),
    "Kuwait": ("Kuwaiti", r"kuwaiti?"),
    "Bahrain": ("Bahraini", r"bahraini?"),
    "Oman": ("Omani", r"omani?"),
    "GCC": ("GCC", r"(?-i:GCC)"),
}
_COUNTRY_NAMES = {name: pattern for name, (_, pattern) in _NATIONS.items()}


def people_of(name: str) -> str:
    """The word for a country's people, by the name a report gives the country ("Germany" ->
    "German"); an unknown name as it is."""
    return _NATIONS[name][0] if name in _NATIONS else name


_COUNTRY = "(?:" + "|".join(_COUNTRY_NAMES.values()) + ")"
_COUNTRIES = {
    name: regex_cache.compile(rf"(?:{pattern})", re.I) for name, pattern in _COUNTRY_NAMES.items()
}
_COUNTRY_WORD = regex_cache.compile(rf"\b{_COUNTRY}(?!\w)", re.I)
# "US citizen", "US/Canadian citizen" (found at its last name: the clause quoted holds the
# others, and a run of names tried from each of its names was read in quadratic time),
# "citizen of the United States": one person's, not the "Indian citizens" a project served
_CITIZEN_OF = (
    rf"\b{_COUNTRY}\s+(?:dual\s+)?citizen(?:ship)?\b"
    rf"|\bcitizen(?:ship)?\s+of\s+(?:the\s+)?{_COUNTRY}(?!\w)"
)

# --- postings ----------------------------------------------------------------------------

# What a posting sponsors or not: nothing said ("We do not sponsor."), or visas and the people
# who need them, not "conference travel"
_SPONSORED = (
    r"(?=\s*(?:$|[.,;:!)]|(?:visas?|h-?1-?bs?|applicants|candidates|employment|individuals|anyone"
    r"|work|immigration|at|for|now|in|any|new|foreign|international|green|this|these|those"
    r"|people|employees)\b|or\s+(?:transfer|take\s+over|assume)\b))"
)
# "(Sponsorship) will not be considered in hiring decisions" weighs nothing against anyone
_NOT_WEIGHED = (
    r"(?!\s+(?:in|when|during|as|against|differently|negatively|a\s+(?:negative|factor))\b)"
)
_NO_SPONSORSHIP = regex_cache.compile(
    # "will not sponsor", "unable to sponsor", "not able to offer visa sponsorship"
    _NOT + r"\s+(?:(?:be\s+)?(?:able|willing|open|in\s+a\s+position)\s+to\s+|currently\s+"
    r"|presently\s+|now\s+)?(?:sponsor(?:ing)?\b"
    + _SPONSORED
    + r"|(?:offer|provid|support|consider)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"sponsorship)"
    # "no visa sponsorship", "No H1B transfers"
    r"|\bno\s+(?:(?:visa|immigration|h-?1-?b|employment|work)\s+)*sponsorships?\b"
    # (not who needs none: "No sponsorship required for EU citizens")
    r"(?!\s+(?:is\s+)?(?:required|needed|necessary)\s+(?:for|by|of)\b)"
    r"|\bno\s+(?:h-?1-?bs?|visas?)(?:\s+(?:transfers?|candidates|holders))?\b(?!\s+sponsorship)"
    # "H1B transfers not accepted", "Visa transfers are not considered"
    r"|\b(?:h-?1-?b|visa)\s+transfers?\s+(?:(?:is|are|will\s+be)\s+)?not\s+(?:be\s+)?"
    r"(?:accepted|considered|supported|possible|available)\b"
    # "We do not accept H-1B transfers", "Unable to consider visa transfers", "Not open to
    # H1B transfers" (which the sponsors' "open to H1B transfers" would take otherwise)
    r"|" + _NOT + r"\s+(?:[\w-]+\s+){0,2}?(?:(?:accept|consider|support|welcome|take)\w*"
    r"|open\s+to)\s+"
    r"(?:any\s+)?(?:h-?1-?b|visa)\s+transfers?\b"
    # "sponsorship is not available for this role", "sponsorship unavailable"
    r"|\bsponsorships?\s+(?:[\w-]+\s+){0,4}?(?:(?:is|are|will|shall|can)\s*(?:not|n['’]t)\s+"
    r"(?:currently\s+|presently\s+)?(?:be\s+)?|not\s+|un)(?:available|offered|provided|possible|supported"
    r"|considered\b" + _NOT_WEIGHED + r")\b"
    r"|\bnot\s+(?:eligible|available)\s+for\s+(?:[\w-]+\s+){0,2}?sponsorship\b"
    # "authorized to work ... without (now or in the future) needing sponsorship"
    r"|\bwithout\s+" + _FEW + r"sponsorship\b"
    # "candidates who do not require sponsorship", "not able to consider those who require"
    r"|" + _NOT + r"\s+" + _FEW + r"(?:requir|need)\w*\s+(?:[\w-]+\s+){0,3}?sponsorship\b"
    r"|(?:requir|need)\w*\s+(?:[\w-]+\s+){0,3}?sponsorship\b[^.;]{0,40}?"
    r"\bnot\s+(?:be\s+)?(?:considered|eligible)\b"
    + _NOT_WEIGHED
    # "H-1B sponsorship: No"
    + r"|\bsponsorship\s*(?:available|offered|provided)?\s*[:?]\s*(?:no|none|not|n/a)\b"
    # "We sponsor visas for most roles, but not this one"
    r"|\bsponsor\w*\b[^.;]{0,60}?\bbut\s+not\s+(?:for\s+)?this\b"
    # "H1B candidates not accepted", "Visa holders need not apply", "No OPT/CPT"
    r"|\b(?:h-?1-?bs?|visa|(?-i:OPT|CPT))(?:\s*/\s*(?:h-?1-?bs?|(?-i:OPT|CPT)))*\s+"
    r"(?:candidates|holders|applicants)\s+(?:are\s+|will\s+)?(?:not\s+(?:be\s+)?"
    r"(?:accepted|considered)|need\s+not\s+apply)\b"
    # ... where the codes end the clause: not "No CPT coding experience needed" (billing codes)
    r"|\bno\s+(?-i:OPT|CPT)(?:\s*/\s*(?:(?-i:OPT|CPT)|h-?1-?bs?))*"
    r"(?=\s*(?:[.,;:)!]|$|(?:please|candidates|holders|applicants|students|visas?)\b))",
    re.I,
)
_SPONSORS = regex_cache.compile(
    r"\b(?:visa|h-?1-?b|immigration|work\s+permit|employment)\s+sponsorships?\s+"
    r"(?:(?:is|are|may\s+be|will\s+be|can\s+be)\s+)?(?:available|offered|provided|possible"
    r"|supported)\b"
    r"|\bsponsorships?\s+(?:is\s+)?available\b"
    r"|\bwe\s+(?:will\s+|can\s+|do\s+|also\s+|are\s+(?:able|happy|willing|open)\s+to\s+)?"
    r"sponsor(?:ing)?\s+(?:[\w-]+\s+){0,2}?(?:visas?|h-?1-?bs?|work\s+(?:visas?|permits?)"
    r"|green\s+cards?|immigration)\b"
    r"|\b(?:open|willing|happy|able)\s+to\s+sponsor(?:ing)?\b"
    r"|\b(?:offer|provide)s?\s+(?:[\w-]+\s+){0,3}?(?:visa|h-?1-?b|immigration)\s+sponsorship\b"
    r"|\bsponsorship\s*(?:available|offered|provided)?\s*[:?]\s*(?:yes|available|offered)\b"
    # "We welcome applicants who require sponsorship" (a refusal is read first)
    r"|\b(?:welcome|open\s+to|consider)\s+(?:[\w-]+\s+){0,3}?(?:require|need)\w*\s+"
    r"(?:[\w-]+\s+){0,2}?sponsorship\b"
    # "H-1B transfers welcome", and a sentence "We sponsor." (not "We sponsor local meetups",
    # "the events we sponsor.")
    r"|\b(?:h-?1-?b|visa)\s+transfers?\s+(?:(?:is|are)\s+)?(?:welcome|accepted|considered"
    r"|supported|possible)\b"
    r"|\b(?:welcome|accept|open\s+to|consider|support)\w*\s+(?:h-?1-?b|visa)\s+transfers?\b"
    # "... we sponsor others", "and sponsor everyone else"
    r"|\bsponsor\s+(?:all\s+)?(?:others|everyone\s+else|the\s+rest)\b"
    # (a few marks before it, "- We sponsor.": a bounded run, so each sentence is tried once)
    r"|(?:^|(?<=[.!?:;]\s))\W{0,4}we\s+(?:will\s+|can\s+|do\s+|also\s+)?sponsor(?=\s*[.!])",
    re.I,
)
_CITIZENS_OR_RESIDENTS = regex_cache.compile(
    r"\bcitizens?\s+(?:and|or|&|/)\s+(?:(?:u\.?s\.?|lawful|legal)\s+)*(?:permanent\s+residents?"
    r"|green\s+card\s+holders?|gc\s+holders?|gc)\b"
    r"|\b(?:green\s+card|gc)\s+holders?\s+(?:and|or|&|/)\s+(?:[\w.]+\s+)?citizens?\b"
    r"|\busc\s*(?:/|or|and|&)\s*gc\b|\bgc\s*(?:/|or|and|&)\s*usc\b"
    r"|\b(?-i:U\.?S\.?)\s+persons?\b"
    # permanent residents as Singapore and Australia write them: "Singaporeans and PRs only",
    # "Singapore Citizens/PRs only", "Australian PR or citizen only"
    r"|\b(?:citizens?|singaporeans?)\s*(?:/|or|and|&)\s*(?-i:PRs?)\s+only\b"
    r"|(?-i:\bPRs?)\s*(?:/|or|and|&)\s*(?:citizens?|singaporeans?)\s+only\b",
    re.I,
)
# Rules every match of which says "citizen" are searched only in words that say it: their
# many nations' names would be tried at every word of every cued line
_SAYS_CITIZEN = regex_cache.compile("citizen")
_CITIZENS_ONLY_ANYWHERE = regex_cache.compile(
    # (a run of names, "must be a US or Canadian citizen", starts at a word of its own)
    rf"\b(?:must|should|shall|to|and)\s+be\s+(?:an?\s+)?(?:{_COUNTRY}\s*(?:/|or|and|&)\s*)*"
    rf"{_COUNTRY}\s+citizens?\b"
    rf"|\b(?:must|should|to)\s+be\s+(?:an?\s+)?citizens?\s+of\s+(?:the\s+)?{_COUNTRY}(?!\w)"
    rf"|\b(?:must|should)\s+(?:hold|have|possess)\s+(?:an?\s+)?{_COUNTRY}\s+citizenship\b"
    rf"|\bonly\s+(?:open\s+to\s+)?{_COUNTRY}\s+citizens\b"
    # a public job's field: "This job is open to: U.S. Citizens, Nationals or those who owe
    # allegiance to the U.S.", "Who may apply: US citizens"
    rf"|\b(?:is\s+open\s+to|who\s+may\s+apply)\s*:?\s*(?:{_COUNTRY}\s*(?:/|or|and|&)\s*)*"
    rf"{_COUNTRY}\s+citizens\b"
    # (not "open to US citizens as well as visa holders", "... and international students",
    # "... or OCI card holders")
    r"(?![^;]{0,100}?\b(?:as\s+well\s+as|and\s+(?:those|anyone|others|everyone)\b|visa"
    r"|(?:card|permit|pass)\s+holders?\b|international|foreign|non-?citizens?\b))"
    rf"|\b{_COUNTRY}\s+citizens?\s+only\b"
    rf"|\b{_COUNTRY}\s+citizen(?:ship)?\s+(?:is\s+)?(?:required|needed|mandatory|a\s+must)\b"
    rf"|\brequir(?:es?|ed|ing)\s+(?:an?\s+)?(?:active\s+)?{_COUNTRY}\s+citizenship\b",
    re.I,
)
_CITIZENS_ONLY = Gated(_CITIZENS_ONLY_ANYWHERE, _SAYS_CITIZEN)
# Nationality as public services state it. The UK civil service's groups ("This job is broadly
# open to the following groups: UK nationals, nationals of the Republic of Ireland, ...")
# take nationals and those with a settled status: citizens or residents. The EU's
# institutions ("Be a national of one of the Member States of the European Union") take
# their citizens only.
_SAYS_NATIONAL = regex_cache.compile("national")
_NATIONAL_GROUPS = Gated(
    regex_cache.compile(
        rf"\bopen\s+to\s+the\s+following\s+groups\s*:\s*{_COUNTRY}\s+nationals\b", re.I
    ),
    _SAYS_NATIONAL,
)
_A_NATIONAL = Gated(
    regex_cache.compile(
        r"\bbe\s+an?\s+national\s+of\s+(?:one\s+of\s+)?(?:the\s+|an?\s+)?"
        rf"(?:member\s+states?\s+of\s+(?:the\s+)?)?{_COUNTRY}(?!\w)"
        rf"|\b(?:must|should|to)\s+be\s+an?\s+{_COUNTRY}\s+national\b"
        # the Gulf's nationalised roles: "UAE nationals only", "Only Qatari nationals"
        rf"|\b{_COUNTRY}\s+nationals?\s+only\b|\bonly\s+(?:open\s+to\s+)?{_COUNTRY}\s+nationals\b",
        re.I,
    ),
    _SAYS_NATIONAL,
)
# An equal-opportunity or E-Verify sentence names citizenship without taking a stance
_BOILERPLATE = regex_cache.compile(
    r"\b(?:discriminat\w*|equal\s+(?:employment\s+)?opportunit\w*|e-?verify"
    r"|protected\s+(?:veteran|class|characteristic|status|group|categor)\w*)\b"
    # "without regard to race, ... citizenship", not "Regardless of location, we cannot sponsor"
    r"|\b(?:regard|regardless|irrespective)\s+(?:to|of)\b[^.;]{0,80}?\b(?:citizenship|national"
    r"|immigration|race|colou?r|religion|sex|gender|age|disability|veteran|ancestry)",
    re.I,
)
_CITIZENSHIP = ("citizens-only", "citizens-or-residents")
# Others welcome beside citizens and residents: "as well as those who need sponsorship",
# "and sponsor visas for everyone else"
_OTHERS_TOO = regex_cache.compile(
    r"\bas\s+well\s+as\b|\b(?:everyone|anyone|others)\b"
    # "Persons residing in Canada and Canadian citizens ... abroad": residence alone will do
    r"|\b(?:persons?|people|those)\s+(?:residing|living)\s+in\b"
    r"|\bsponsor(?:s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:visas?|h-?1-?bs?)\b",
    re.I,
)
# Citizens and residents invited, none turned away: "are encouraged to apply" (unless "only")
_INVITED = regex_cache.compile(r"\b(?:encouraged|invited)\s+to\s+apply\b", re.I)
_ONLY = regex_cache.compile(r"\bonly\b", re.I)
_WAIVED = regex_cache.compile(r"(?:\b(?:not|never|no\s+need)\b|n['’]t\b)[^,;]*$", re.I)
# Strictest first: a posting that sponsors some roles but needs citizenship for this one
_POSTING_RULES: tuple[tuple[WorkStatus, _Rule], ...] = (
    ("citizens-or-residents", _CITIZENS_OR_RESIDENTS),
    ("citizens-or-residents", _NATIONAL_GROUPS),
    ("citizens-only", _CITIZENS_ONLY),
    ("citizens-only", _A_NATIONAL),
    ("no-sponsorship", _NO_SPONSORSHIP),
    ("sponsors", _SPONSORS),
)
_POSTING_ORDER: dict[str, int] = {
    "citizens-only": 0,
    "citizens-or-residents": 1,
    "no-sponsorship": 2,
    "sponsors": 3,
}
_POSTING_CUES = (
    *("sponsor", "citizen", "h-1b", "h1b", "green card", "resident", "person", "usc"),
    "singaporean",
    *("nationals", "national of"),
    *("visa holders", "visa candidates", "visa applicants", "visa transfer"),
)
# Student work permits, which are words' parts in lower case ("option"): looked for as written
_POSTING_CODES = ("OPT", "CPT")

# --- resumes -----------------------------------------------------------------------------

# "no sponsorship needed", "do not require sponsorship", "without sponsorship", "No visa
# required", "do not need a visa"
_NO_NEED = regex_cache.compile(
    r"\bno\s+(?:(?:visa|h-?1-?b|employer|immigration)\s+)?(?:sponsorship|visa)\s+(?:is\s+)?"
    r"(?:needed|required|necessary)\b"
    r"|\b(?:requires?|needs?)\s+no\s+(?:[\w-]+\s+)?(?:sponsorship|visa)\b"
    r"|" + _NOT + r"\s+" + _FEW + r"(?:requir|need)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:sponsorship|visa)\b"
    r"|\bwithout\s+" + _FEW + r"sponsorship\b"
    r"|\bsponsorship\s+(?:is\s+)?not\s+(?:needed|required|necessary)\b",
    re.I,
)
# A work permit while a green card is pending: "Green card (EAD)", "GC-EAD"
_GREEN_CARD_EAD = regex_cache.compile(r"\b(?:green\s+card|gc)\s*(?:[-(/]\s*)?ead\b", re.I)
# "Requires H-1B sponsorship", "will need visa sponsorship", "UK Skilled Worker visa required"
_NEEDS = regex_cache.compile(
    r"\b(?:requires?|required|requiring|needs?|needed|needing|will\s+need|seeking)\s+"
    r"(?:[\w-]+\s+){0,3}?sponsorship\b"
    r"|\bsponsorship\s+(?:is\s+|will\s+be\s+)?(?:required|needed)\b"
    r"|\b(?:requires?|needs?|will\s+need)\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?visa\b"
    r"|\bvisa\s+(?:is\s+|will\s+be\s+)?(?:required|needed)\b",
    re.I,
)
# A visa held: "F-1 OPT", "STEM OPT through 2027", "TN visa", "on an H-1B" (not "OPT-175B",
# not "Nashville, TN", not "processed H-1B petitions")
_VISA_HELD = regex_cache.compile(
    r"\b(?:(?-i:STEM\s+OPT)|f-?1\s+(?:(?-i:STEM\s+)?(?-i:OPT|CPT)|visa|student|status)"
    r"|(?-i:OPT)\s+(?:\(?ead|extension)|h-?4\s+ead)\b"
    # "OPT through 2027", "currently on OPT, STEM extension" (not "optimised OPT through
    # convergence", "experiments on OPT-175B")
    r"|(?-i:OPT)\s+(?:through|until|valid|expir\w*)\s+[^.;\n]{0,12}?\b20\d\d\b"
    r"|\bon\s+(?-i:OPT|CPT)(?![\w-])(?=[^.\n]*\b(?:stem|ead|f-?1|extension|valid|expir\w*)\b)"
    r"|\b(?:h-?1-?b|tn|l-?1[ab]?|o-?1a?|e-?3|j-?1|f-?1)\s+(?:visa|status|holder|transfer)\b"
    r"|\b(?:on|holding|holds?)\s+(?:an?\s+)?(?:h-?1-?b|tn|l-?1[ab]?|o-?1a?|e-?3|j-?1|f-?1)"
    r"(?![\w-])",
    re.I,
)
# Records and services about residents, not the resume's own status: "permanent resident
# records", "green card holder data"
_ABOUT_OTHERS = (
    r"(?!\s+(?:records?|data|applications?|petitions?|cases?|files?|programs?|processing"
    r"|population|benefits?|services?|surveys?|care|homes?|facilit\w+)\b)"
)
_RESIDENT = regex_cache.compile(
    r"\b(?:green\s+card|gc)\s+(?:holder|status)\b"
    + _ABOUT_OTHERS
    + r"|\bholds?\s+a\s+green\s+card\b"
    r"|\b(?:lawful\s+)?permanent\s+resident\b(?!\s+of\s+(?:care|home|facility))" + _ABOUT_OTHERS,
    re.I,
)
_CITIZEN = Gated(
    regex_cache.compile(
        rf"(?:{_CITIZEN_OF})(?!\s+(?:data|developer|scien|journal|engagement|services|portal))",
        re.I,
    ),
    _SAYS_CITIZEN,
)
_AUTHORIZED = regex_cache.compile(
    r"\b(?:authori[sz]ed|eligible|entitled|permitted)\s+to\s+work\s+(?:in|for)\b"
    r"|\b(?:full\s+)?work(?:ing)?\s+rights\b|\bright\s+to\s+work\s+in\b",
    re.I,
)
# A labelled line: "Work authorization: TN", "Visa status: H-1B", "Citizenship: Canadian"
_LABEL = regex_cache.compile(
    r"^\W*(?:work\s+authori[sz]ation|work\s+(?:permit|status|eligibility)|visa(?:\s+status)?"
    r"|immigration\s+status|(?:dual\s+|country\s+of\s+)?citizen(?:ship)?|nationality"
    r"|legal\s+status|right\s+to\s+work"
    r"|authori[sz]ation(?:\s+to\s+work)?)\s*:\s*(?P<value>\S.*)",
    re.I,
)
# A bare "Status:" label, read only when its value names a status: not "Status: Open to work"
_STATUS_LABEL = regex_cache.compile(r"^\W*status\s*:\s*(?P<value>\S.*)", re.I)
_LABEL_RESIDENT = regex_cache.compile(
    r"\b(?:green\s+card|permanent\s+resident|lpr|gc)\b|(?-i:\bPR\b)", re.I
)
_LABEL_AUTHORIZED = regex_cache.compile(r"\b(?:authori[sz]ed|eligible|yes)\b", re.I)
# A resume line's rules, in the order they are tried: "no sponsorship needed" before "need
# sponsorship", a need before a visa named
_RESUME_RULES: tuple[tuple[WorkStatus, _Rule], ...] = (
    ("authorized", _NO_NEED),
    ("needs-sponsorship", _NEEDS),
    ("authorized", _GREEN_CARD_EAD),
    ("visa", _VISA_HELD),
    ("permanent-resident", _RESIDENT),
    ("citizen", _CITIZEN),
    ("authorized", _AUTHORIZED),
)
# Most needy first: a need to check outweighs a citizenship stated too
_RESUME_ORDER: dict[str, int] = {
    "needs-sponsorship": 0,
    "visa": 1,
    "permanent-resident": 2,
    "citizen": 3,
    "authorized": 4,
}
_RESUME_CUES = (
    *("sponsor", "citizen", "visa", "h-1b", "h1b", "green card", "resident", "authori"),
    *("work permit", "right to work", "work rights", "working rights", "eligib", "entitled"),
    "nationality",
    *("f-1", "f1 ", "j-1", "l-1", "o-1", "e-3", "h-4", "holder"),
)
# Status codes that are words or parts of words in lower case ("optimal", "Nashville, TN"
# has one but is rare): looked for as written
_RESUME_CODES = ("OPT", "CPT", "TN", "EAD")
MAX_CHARS = 120  # the document's words, as a report quotes them


def posting_stance(text: str) -> WorkAuthorization | None:
    """The strictest stance a posting states on sponsorship or citizenship; None when none."""
    return _foremost(_posting_statements(text), _POSTING_ORDER)


def resume_need(text: str) -> WorkAuthorization | None:
    """The need a resume states (sponsorship, a visa, residence, citizenship, the right to
    work), the most needy when it states several; None when it states none."""
    return _foremost(_resume_statements(text), _RESUME_ORDER)


# What a document states: the status, where its words start, the words and their line number
_Statement = tuple[WorkStatus, int, str, int]


def _posting_statements(text: str) -> Iterator[_Statement]:
    for number, line in _cued_lines(text, _POSTING_CUES, _POSTING_CODES):
        for sentence in _sentences(line):
            if _BOILERPLATE.search(sentence):
                continue
            stated = _posting_rule(sentence)
            if stated is not None:
                yield (*stated, sentence, number)


def _resume_statements(text: str) -> Iterator[_Statement]:
    lines: list[str] = []
    for number, line in _cued_lines(text, _RESUME_CUES, _RESUME_CODES):
        question = _QUESTION.match(line) if "?" in line else None
        if question and _on_work_rights(question):
            lines = lines or text.split("\n")
            if (answered := _answered(question, lines, number)) is not None:
                yield answered
            continue
        labelled = _LABEL.match(line)
        if labelled:
            stated = _label_status(labelled["value"])
            if stated is not None:  # quoted from the words that state it
                stated = (stated[0], labelled.start("value") + stated[1])
        else:
            stated = _first_rule(_RESUME_RULES, line) or _status_label_visa(line)
        if stated is not None:
            yield (*stated, line, number)


# An application form's question, as a profile on a careers site saves it with its answer
# on its line or the next ("Will you now or in the future require sponsorship?", "No"): the
# question states nothing, its answer does
_QUESTION = regex_cache.compile(
    r"(?P<question>[^?]{10,}\?)[\s*]*(?P<answer>(?:yes|no)\b.*)?$", re.I
)
_YES_NO = regex_cache.compile(r"\W*(?P<word>yes|no)\b", re.I)
# What a yes and a no to a question state, by the rule the question meets
_ANSWERS: tuple[tuple[_Rule, WorkStatus | None, WorkStatus | None], ...] = (
    (_NEEDS, "needs-sponsorship", "authorized"),
    (_AUTHORIZED, "authorized", None),
)


def _on_work_rights(question: re.Match[str]) -> bool:
    """Whether a form's question asks about work rights; another ("Open to relocation? Yes.
    US citizen") leaves its line read as any other."""
    return any(rule.search(question["question"]) for rule, _, _ in _ANSWERS)


def _answered(question: re.Match[str], lines: list[str], number: int) -> _Statement | None:
    """What a form's yes or no (after the question, or on the next line with words) states;
    None without one."""
    answer = question["answer"]
    if not answer:
        following = (line.strip() for line in lines[number:])
        answer = next((line for line in following if line), "")
    if (yes_no := _YES_NO.match(answer)) is None:
        return None
    said = yes_no["word"].lower() == "yes"
    for rule, yes, no in _ANSWERS:
        if rule.search(question["question"]):
            status = yes if said else no
            words = f"{question['question'].strip()} {yes_no['word']}"
            return (status, _WHOLE, words, number) if status else None
    return None


_WHOLE = -1  # a statement's words quoted whole, not cut to a clause


def _status_label_visa(line: str) -> tuple[WorkStatus, int] | None:
    """A visa a bare "Status:" label names first ("Status: H-1B"), and where it starts."""
    labelled = _STATUS_LABEL.match(line)
    if labelled is None:
        return None
    found = _VISA.match(labelled["value"])
    return ("visa", labelled.start("value")) if found else None


def _foremost(statements: Iterator[_Statement], order: dict[str, int]) -> WorkAuthorization | None:
    """The first statement of the lowest order, quoted: only it is quoted, and the search stops
    at the first of order 0 (a long document can state the same thing on every line)."""
    best: _Statement | None = None
    for statement in statements:
        if best is None or order[statement[0]] < order[best[0]]:
            best = statement
            if order[best[0]] == 0:
                break
    return _stated(*best) if best else None


def _cued_lines(
    text: str, cues: tuple[str, ...], codes: tuple[str, ...] = ()
) -> Iterator[tuple[int, str]]:
    """(line number, line) of the lines holding a cue word in any case, or a code as written:
    most documents hold none, which a plain search tells before any pattern runs."""
    lowered = text.lower()
    if not any(cue in lowered for cue in cues) and not any(code in text for code in codes):
        return
    for number, line in enumerate(text.split("\n"), 1):
        low = line.lower()
        if any(cue in low for cue in cues) or any(code in line for code in codes):
            yield number, line


_SENTENCE_BREAK = regex_cache.compile(r"(?<=[a-z0-9)][a-z0-9)][.!?;])\s+")


def _sentences(line: str) -> list[str]:
    """A line's sentences (not split after "U.S."), so that an equal-opportunity sentence
    leaves the stance beside it alone."""
    return _SENTENCE_BREAK.split(line) if len(line) > 40 else [line]


def _posting_rule(sentence: str) -> tuple[WorkStatus, int] | None:
    """The sentence's stance and where it starts; citizenship that a negation before it
    waives ("You don't need to be a US citizen") is none, and so are citizens and residents
    beside others welcome too."""
    for status, rule in _POSTING_RULES:
        found = rule.search(sentence)
        if found is None:
            continue
        if status in _CITIZENSHIP and _WAIVED.search(sentence, 0, found.start()):
            continue
        if status == "citizens-or-residents" and _others_welcome(sentence):
            continue
        return status, found.start()
    return None


def _others_welcome(sentence: str) -> bool:
    """Whether citizens and residents are named beside others welcome too, or invited
    without the others being turned away."""
    if _OTHERS_TOO.search(sentence):
        return True
    return bool(_INVITED.search(sentence)) and not _ONLY.search(sentence)


def _first_rule(
    rules: tuple[tuple[WorkStatus, _Rule], ...], words: str
) -> tuple[WorkStatus, int] | None:
    """The status of the first rule the words meet, and where its match starts."""
    for status, rule in rules:
        if found := rule.search(words):
            return status, found.start()
    return None


# A labelled value's rules, in the order they are tried
_LABEL_RULES: tuple[tuple[WorkStatus, _Rule], ...] = (
    ("authorized", _NO_NEED),
    ("needs-sponsorship", _NEEDS),
    ("authorized", _GREEN_CARD_EAD),
    ("visa", _VISA),
    ("permanent-resident", _LABEL_RESIDENT),
)


def _label_status(value: str) -> tuple[WorkStatus, int] | None:
    """What a labelled line's value states ("TN", "Canadian", "F-1 OPT; will require H-1B
    sponsorship") and where in the value the words that state it start."""
    for status, rule in _LABEL_RULES:
        if found := rule.search(value):
            return status, found.start()
    if "citizen" in value.lower() or _COUNTRY_WORD.match(value.strip()):
        return "citizen", 0
    return ("authorized", 0) if _LABEL_AUTHORIZED.search(value) else None


def _stated(status: WorkStatus, at: int, words: str, line: int) -> WorkAuthorization:
    """What the words state, quoted by the clause around `at` (a long line holds others)."""
    words = words if at == _WHOLE else _clause(words, at)
    # the country of a citizenship, or of a residence ("Canadian Permanent Resident")
    citizens = status in ("citizen", "citizens-only", "citizens-or-residents", "permanent-resident")
    visa = status in ("needs-sponsorship", "visa", "no-sponsorship", "sponsors")
    detail = _countries(words) if citizens else _visa(words) if visa else None
    text = plain(words).strip(" \t-•*·–|;")[:MAX_CHARS]
    return WorkAuthorization(status=status, detail=detail, text=text, line=line)


_CLAUSE_BREAK = regex_cache.compile(r"[;|•·]|(?<=[a-z0-9)][a-z0-9)][.!?])\s")


def _clause(words: str, at: int) -> str:
    """The clause or sentence of the words that holds position `at`, from its start."""
    starts = [found.end() for found in _CLAUSE_BREAK.finditer(words, 0, at)]
    start = starts[-1] if starts else 0
    end = _CLAUSE_BREAK.search(words, at)
    return words[start : end.end() if end else len(words)]


def _visa(words: str) -> str | None:
    """The visa named, spelled as reports spell it: "H-1B", "F-1 OPT", "TN"; None if none."""
    found = _VISA.search(words)
    if found is None:
        return None
    key = re.sub(r"[\s-]+", "", found.group()).upper()
    return _VISA_NAMES.get(key, " ".join(found.group().split()).upper())


# Between two names of one run: "US/Canadian", "Australian or New Zealand", "Indian, US"
_JOINER = regex_cache.compile(r"\s*(?:/|,|&|\band\b|\bor\b)\s*", re.I)
# After a run, the people or status it names: "Spanish citizens", "Canadian Permanent Resident"
_PEOPLE_AFTER = regex_cache.compile(
    r"\s+(?:dual\s+)?(?:citizen|national|passport|permanent\s+residen|residen|pr\b)", re.I
)
# Before a run, a status held in it: "citizen of Chile", "permanent resident of the UK",
# "EU citizen (Italian)", "Dual citizen: Italy and US"
_STATUS_BEFORE = regex_cache.compile(
    r"\b(?:(?:citizen(?:ship)?|nationals?|nationality|residen(?:t|ts|ce|cy)|passport)"
    r"\s+(?:of|in)\s+(?:the\s+)?(?:republic\s+of\s+)?|(?:citizen(?:ship)?|nationality)"
    r"\s*[(:]\s*)\Z",
    re.I,
)


def _countries(words: str) -> str | None:
    """The countries named by their report names, "/"-joined: "US", "US/Canada". When some
    name a status's people ("US citizen") or place ("citizen of Chile"), only those: the
    others are words of other senses ("Spanish-speaking", "Japanese NLP", "Greek letters")."""
    runs: list[list[re.Match[str]]] = []
    for found in _COUNTRY_WORD.finditer(words):
        if runs and _JOINER.fullmatch(words, runs[-1][-1].end(), found.start()):
            runs[-1].append(found)
        else:
            runs.append([found])
    bound = [run for run in runs if _binds(words, run)]
    names = [
        name
        for run in bound or runs
        for found in run
        for name, pattern in _COUNTRIES.items()
        if pattern.fullmatch(found.group())
    ]
    return "/".join(dict.fromkeys(names)) or None


def _binds(words: str, run: list[re.Match[str]]) -> bool:
    """Whether a run of names is the people of a status or the place where it is held."""
    start = run[0].start()
    return bool(
        _PEOPLE_AFTER.match(words, run[-1].end())
        or _STATUS_BEFORE.search(words[max(0, start - 40) : start])
    )
