"""Skill words that, in their sentence, name something other than the skill.

"A React front end communicating with our backend services" is software talking to software,
not the soft skill Communication; "mentorship from senior engineers" is mentoring the hire
receives, not Mentoring.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Sequence
from functools import lru_cache
from itertools import islice

from .. import regex_cache
from ..literal_match import ACCOUNTED_SHARE
from .importance import Gated, sentence_spans
from .wording import LIST_JOINERS, is_occupation, people

Span = tuple[int, int]

# The word forms of "communicate" that a machine's sentence uses
_COMMUNICATE = frozenset(
    "communicate communicates communicating communicated communication".split()
)
# What software and devices are, and the protocols they talk over: "the backend",
# "sensors", "gRPC", "the API"
_MACHINES = frozenset(
    """
    backend backends back-end back-ends frontend frontends front-end front-ends server servers
    service services microservice microservices api apis endpoint endpoints database databases
    db dbs device devices sensor sensors hardware firmware system systems module modules
    component components process processes node nodes machine machines robot robots container
    containers pod pods app apps application applications host hosts cluster clusters network
    networks bus buses socket sockets queue queues broker brokers controller controllers plc
    plcs ecu ecus peripheral peripherals chip chips thread threads satellite satellites gateway
    gateways browser browsers
    tcp udp ip http https grpc rest restful graphql mqtt amqp websocket websockets rpc soap
    modbus bluetooth serial uart spi i2c zigbee ethernet wifi wi-fi lorawan
    """.split()
)
# After the noun: what carries the talk ("communication protocols", "the communication layer")
_CARRIERS = frozenset(
    "protocol protocols layer layers stack stacks middleware bus link links module modules".split()
)
# Words after "with", "over"... that stand before what is talked to: "with our backend",
# "over a message bus"
_TALK_PREPOSITIONS = frozenset("with over via through to between among across using".split())
# Words a machine's description may hold, which a person's never would: "front end"
_FRONT_BACK = frozenset({"front", "back"})
# Between a machine and its verb: "services that asynchronously communicate"
_RELATIVES = frozenset({"that", "which"})
_SUBJECT_FILLERS = _RELATIVES | frozenset("also then can will must should may directly".split())
# People and groups: "with the backend team", "API developers"
_GROUPS = frozenset(
    """team teams group groups people staff members colleagues partners folks owners leads
    providers vendors suppliers companies firms""".split()
)
_WORD = regex_cache.compile(r"[\w'+#.-]*\w|[^\w\s]")
_WINDOW = 80  # characters read on either side of a mention


def _words_after(text: str, end: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text, end, end + _WINDOW)]


def _words_before(text: str, start: int) -> list[str]:
    """The words before `start`, nearest first."""
    return [w.lower() for w in reversed(_WORD.findall(text, max(0, start - _WINDOW), start))]


def _a_person(word: str) -> bool:
    return word in _GROUPS or people(word) or is_occupation(word)


def _names_a_machine(word: str, previous: str) -> bool:
    """Software, a device or a protocol: "services", "gRPC", "front end", "inter-service"."""
    last = word.rsplit("-", 1)[-1] if "-" in word and word not in _MACHINES else word
    return last in _MACHINES or (last == "end" and previous in _FRONT_BACK)


def _talks_to_a_machine(text: str, end: int, technical: Sequence[Span]) -> bool:
    """'communicating with our backend services', 'communicate over gRPC': the first
    preposition after the verb leads, within four words, to software and not to people
    ("with the backend team")."""
    words = _words_after(text, end)[:8]
    if not words or words[0] not in _TALK_PREPOSITIONS:
        return False
    for at in range(1, min(len(words), 5)):
        if _names_a_machine(words[at], words[at - 1]):
            return not _a_person(_after_the_run(words, at))
        if _a_person(words[at]) or not words[at][0].isalnum():
            return False
    return _technical_within(text, end, technical)


def _after_the_run(words: list[str], at: int) -> str:
    """The word after a run of machines from `at` on: "team" after "backend and frontend"."""
    while at + 2 < len(words) and words[at + 1] in LIST_JOINERS:
        if not _names_a_machine(words[at + 2], words[at + 1]):
            break
        at += 2
    return words[at + 1] if at + 1 < len(words) else ""


def _technical_within(text: str, end: int, technical: Sequence[Span]) -> bool:
    """A technical name starts within the four words after the verb, before any punctuation:
    "over Kafka", "via Pub/Sub"."""
    clause = _CLAUSE_AHEAD.match(text, end, end + _WINDOW)
    if clause is None:
        return False
    first = bisect_left(technical, (end, 0))
    return first < len(technical) and technical[first][0] < clause.end()


_CLAUSE_AHEAD = regex_cache.compile(r"(?:[ \t]+[\w'-]+){1,4}")


def _a_machine_talks(text: str, start: int) -> bool:
    """'services communicate', 'a React front end communicating', 'the app, which
    communicates': software is the verb's subject."""
    words = _words_before(text, start)
    at = 0
    while at < len(words) and (words[at] in _SUBJECT_FILLERS or words[at].endswith("ly")):
        at += 1
    if 0 < at < len(words) - 1 and words[at] == "," and words[at - 1] in _RELATIVES:
        at += 1  # "the app, which communicates"
    previous = words[at + 1] if at + 1 < len(words) else ""
    return at < len(words) and _names_a_machine(words[at], previous)


def _machine_talk_noun(text: str, start: int, end: int) -> bool:
    """'inter-service communication', 'the communication layer': software's own talk."""
    after = _words_after(text, end)
    if after and after[0] in _CARRIERS:
        return True
    before = [*_words_before(text, start)[:2], "", ""]
    return _names_a_machine(before[0], before[1])


def machine_talk(text: str, start: int, end: int, technical: Sequence[Span]) -> bool:
    """A form of "communicate" whose sentence has software talk to software: the verb's
    subject or object is a machine, a protocol or a technical name (`technical`: the spans
    of the document's technical names, in order)."""
    written = text[start:end].lower()
    if written not in _COMMUNICATE:
        return False
    if _talks_to_a_machine(text, end, technical):
        return True
    if written == "communication":
        return _machine_talk_noun(text, start, end)
    return _a_machine_talks(text, start)


# Mentoring and coaching the hire receives rather than gives: "mentorship from senior
# engineers", "coached by", "receive structured mentoring", "paired with a mentor"
_GUIDANCE = frozenset("mentor mentors mentorship mentoring mentored coaching coached".split())
_RECEIVED_FROM = regex_cache.compile(
    r"[ \t]+(?:and[ \t]+\w+[ \t]+)?(?:from|by)\b"
    r"(?![ \t]+(?:example|doing|leading|day|the[ \t]+(?:start|outset)))",
    re.I,
)
_RECEIVED_BEFORE = regex_cache.compile(
    r"\b(?:receive[sd]?|receiving|get|gets|getting|got|benefit(?:s|ing)?[ \t]+from|access[ \t]+to"
    r"|enjoy|plenty[ \t]+of|lots[ \t]+of)[ \t]+(?:(?:our|a|an|the|your|regular|dedicated"
    r"|personal|ongoing|structured|continuous|individual|hands-on|close|expert|senior"
    r"|technical|career|and)[ \t]+)*\Z",
    re.I,
)
# The learner's guidance: "learn from the best through on-the-job coaching"
_LEARNS_THROUGH = regex_cache.compile(
    r"\blearn\w*\b[^.\n;:!?]{0,40}?\b(?:through|via|from|with)[ \t]+(?:[\w-]+[ \t]+){0,2}\Z",
    re.I,
)
# The hire is the mentor: "be a mentor", "act as a mentor", "you are an experienced mentor"
_THE_HIRES_ROLE = regex_cache.compile(
    r"\b(?:be|become|becoming|being|been|are|is|am|as|act|acting|serve|serving)[ \t]+"
    r"(?:(?:a|an|the)[ \t]+)?(?:[\w-]+[ \t]+)?\Z|['’]re[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+)?\Z",
    re.I,
)
# Someone else's mentor: "our mentor", "paired with a mentor", "a dedicated mentor"
_SOMEONES = regex_cache.compile(
    r"\b(?:a|an|our|your|the|their|his|her|dedicated|personal|assigned|own|buddy)[ \t]+\Z",
    re.I,
)
_MENTORS_WHOM = regex_cache.compile(r"[ \t]+to\b", re.I)  # "a mentor to junior engineers"
# A programme the company runs for its people, unless the hire runs it
_PROGRAMME_AFTER = regex_cache.compile(
    r"[ \t]+(?:program|programs|programme|programmes|scheme|schemes|culture|opportunities)\b",
    re.I,
)
_RUNS_IT = regex_cache.compile(
    r"\b(?:lead|leads|leading|run|runs|running|organi[sz]e\w*|build|building|establish\w*"
    r"|coordinat\w*|manag\w*|develop\w*|creat\w*|design\w*|launch\w*|own|owning|deliver\w*"
    r"|facilitat\w*|set[ \t]+up|grow|scale|craft(?:s|ed|ing)?|adapt(?:s|ed|ing)?"
    r"|updat(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|teach(?:es|ing)?"
    r"|plan(?:s|ned|ning)?|implement(?:s|ed|ing)?)\b(?:[ \t]+[\w-]+){0,3}[ \t]+\Z",
    re.I,
)
# Training the company gives ("top-notch training programs", "access to our training
# programmes"), unless the hire runs it or has done so ("develop our training programs",
# "experience with training programs")
_PROGRAMMES = frozenset({"training programs", "training programmes"})
_ON_OFFER = regex_cache.compile(
    r"\b(?:our|we[ \t]+(?:\w+[ \t]+)?(?:offer|provide|run|have)|offers?|offering|access[ \t]+to"
    r"|with|including|free|paid|internal|in-house|top[ -]notch|world[ -]class|extensive"
    r"|comprehensive|development[ \t]+and|learning[ \t]+and)[ \t]+(?:[\w-]+[ \t]+){0,2}\Z",
    re.I,
)
_EXPERIENCE_OF = regex_cache.compile(
    r"\b(?:experience|background|knowledge|familiarity)\b[^.\n;:!?]{0,30}\Z", re.I
)
# A sentence whose subject is someone's mentor: "Our Mentor spends his time mentoring ..."
_MENTOR_SUBJECT = regex_cache.compile(
    r"[\W_]*(?:(?:our|your|the|each|every|a|an)[ \t]+(?:[\w-]+[ \t]+)?)mentors?\b(?![ \t]+to\b)",
    re.I,
)


def guidance_received(text: str, start: int, end: int, posting: bool) -> bool:
    """Mentoring or coaching the writer received ("mentored by", "coaching from") or, in a
    posting, the hire is offered: a mentor of their own, a mentoring or training programme, a
    sentence about the company's mentor. "Mentor junior engineers", "act as a mentor", "lead our
    mentoring program" ask for it."""
    written = text[start:end].lower()
    if written not in _GUIDANCE and written not in _PROGRAMMES:
        return False
    before = text[max(0, start - 60) : start]
    if _RECEIVED_FROM.match(text, end) or _RECEIVED_BEFORE.search(before):
        return True
    if not posting:
        return False
    if _LEARNS_THROUGH.search(before):
        return True  # "learn from the best through on-the-job coaching"
    if written in _PROGRAMMES:
        return bool(_ON_OFFER.search(before)) and not (
            _RUNS_IT.search(before) or _EXPERIENCE_OF.search(before)
        )
    if written.startswith("mentor") and written.endswith(("r", "rs")):
        return _someone_elses_mentor(text, before, end)
    if _PROGRAMME_AFTER.match(text, end) and not _RUNS_IT.search(before):
        return True
    return bool(_MENTOR_SUBJECT.match(_sentence_before(text, start)))


def _someone_elses_mentor(text: str, before: str, end: int) -> bool:
    if _THE_HIRES_ROLE.search(before) or _MENTORS_WHOM.match(text, end):
        return False
    return bool(_SOMEONES.search(before))


def _sentence_before(text: str, start: int) -> str:
    """The sentence's words before `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    sentences = sentence_spans(line)
    return line[sentences[-1][0] :] if sentences else line


# Whom a posting's reader writes to: "Contact Recruiting at ...", "send your CV to our Talent
# Acquisition team", "Write to", "e-mail us at"
_WRITES_TO = regex_cache.compile(
    r"\b(?:contact(?:ing)?|write[ \t]+to|reach[ \t]+out[ \t]+to|(?:e-?mail|mail)[ \t]+(?:us[ \t]+)?"
    r"(?:at|to)|questions[ \t]+(?:to|for)|(?:send|submit|forward|address|direct)[ \t]+"
    r"(?:(?:your|us|an?|the|all)[ \t]+)?(?:cvs?|r[eé]sum[eé]s?|applications?|questions|enquiries"
    r"|inquiries|portfolios?|cover[ \t]+letters?)\b[^.\n?!]{0,40}?[ \t]+to)[ \t]+"
    r"(?:(?:our|the|your)[ \t]+)?\Z",
    re.I,
)
_WRITE_TO = Gated(
    _WRITES_TO,
    regex_cache.compile("contact|write|reach|mail|questions|send|submit|forward|address|direct"),
)
# What follows the name of a team written to: its unit, an address, or the clause's end
_ADDRESSEE_AFTER = regex_cache.compile(
    r"(?:[ \t]+(?:team|department|dept\.?|office|desk|colleagues|partners?|inbox|mailbox))?"
    r"[ \t]*(?:[.,;:!?)(<]|\n|\Z|[ \t]+(?:at|via|on|by|with|for|if|and|or)\b)",
    re.I,
)
# A mailbox's name before its address: "Recruiting: jobs@acme.com", "recruiting (at)
# acme.com", "Recruiting at jobs@acme.com", or the address as a web page or a redacted text
# hides it ("[email protected]", "<EMAIL>"); the spaces after a mark go with it, so that a run
# of spaces is not split between two optional ones
_ADDRESS_AFTER = regex_cache.compile(
    r"[ \t]*(?:[(\[{][ \t]*at[ \t]*[)\]}]|@|(?:(?::|at\b|-|–)[ \t]*)?(?:[\w.+-]+@[\w-]+\.|https?://"
    r"|www\.|<(?:CONTACT|E-?MAIL|URL|PHONE)>|\[email[ \t]+protected\]))",
    re.I,
)


def a_mailbox(text: str, start: int, end: int) -> bool:
    """The name is whom a posting's reader writes to ("Contact Recruiting at jobs@...",
    "send your CV to our Talent Acquisition team") or an address's mailbox ("recruiting (at)
    acme.com"): the posting's contact line, which asks nothing."""
    if _ADDRESS_AFTER.match(text, end):
        return True
    before = text[max(0, start - 80) : start]
    return bool(_WRITE_TO.search(before)) and bool(_ADDRESSEE_AFTER.match(text, end))


# The company hiring: "We are recruiting engineers", "Acme is currently recruiting", "our team
# is recruiting", a recruiter's "I'm recruiting a Senior ML Engineer", an agency's "Our client
# is recruiting" and "Our client, a leading bank in Lagos, is recruiting" (a subject closed by
# its comma); not "you are recruiting" (a recruiter's duty) nor "duties are recruiting"
_IS_RECRUITING = regex_cache.compile(
    r"(?:\bwe[ \t]+are|\bwe['’]re|(?-i:\bI)(?:[ \t]+am|['’]m)|(?-i:\b[A-Z][\w&.-]*)[ \t]+is"
    r"|>[ \t]+(?:is|are)"
    r"|[\w)],[ \t]+(?:is|are)"
    r"|\b(?:company|team|teams|lab|group|university|department|organi[sz]ation|firm|startup"
    r"|school|business|client|employer)[ \t]+(?:is|are))[ \t]+"
    r"(?:(?:now|currently|also|still|actively|constantly|continuously|always)[ \t]+)*\Z",
    re.I,
)


def the_company_hiring(text: str, start: int, end: int) -> bool:
    """'We are recruiting', 'Acme is now recruiting': the posting's own hiring."""
    return text[start:end].lower() == "recruiting" and bool(
        _IS_RECRUITING.search(text, max(0, start - 60), start)
    )


# The company's own teams, named by what they do: "our leadership team", "our global customer
# service organisation", "our sales and marketing teams"
_UNITS = (
    r"(?:teams?|organi[sz]ations?|orgs?|departments?|functions?|units?|groups?|divisions?"
    r"|colleagues|staff|people|leaders|leadership|specialists|experts|professionals|engineers"
    r"|culture|environment|atmosphere|workplace|community|offices?|practice)\b"
)
_OURS_BEFORE = regex_cache.compile(
    r"\b(?:our|the[ \t]+company['’]s|we[ \t]+are[ \t]+an?|we['’]re[ \t]+an?)[ \t]+"
    r"(?:(?!(?:of|as|for|to|in|with|is|are|was|will|should|must|has|have|be)\b)[\w&/-]+[ \t]+)"
    r"{0,3}\Z",
    re.I,
)
# ... unless the hire joins, heads or works in that team: "join our sales team", "head up one
# of our customer service teams", "a vital part of our IT support team"
_THE_HIRES_TEAM = regex_cache.compile(
    r"\b(?:join\w*|lead\w*|head\w*(?:[ \t]+up)?|manag\w*|run\w*|build\w*|grow\w*|scal\w*"
    r"|part[ \t]+of|member[ \t]+of|into|within|in)[ \t]+(?:(?:one|some|any)[ \t]+of[ \t]+)?\Z",
    re.I,
)
# (each word whole, and parted from the one before by a mark or by blanks: a long word is not
# tried as every split of it)
_UNIT_AFTER = regex_cache.compile(
    r"(?:(?:[ \t]*(?:,|&|/|\band\b|\bor\b)[ \t]*|[ \t]+)?[\w-]+(?![\w-])){0,3}"
    rf"[ \t]+{_UNITS}(?!-)",
    re.I,
)
# Departments named by a technical field, which a hire works with: "partner with data science",
# "work with security and legal"
_FIELD_DEPARTMENT = r"(?:data[ \t]+science|(?:cyber[ \t-]?)?security|infosec)"
# Departments by name, which a hire works with, reports, presents or explains to
_DEPARTMENT = (
    r"(?:sales|marketing|customer[ \t]+(?:support|service|success)|support|recruiting|recruitment"
    r"|talent[ \t]+acquisition|hr|human[ \t]+resources|people[ \t]+operations|finance|legal"
    r"|(?:(?:senior|executive|company|engineering|business|product|technical)[ \t]+)?leadership"
    rf"|product(?:[ \t]+management)?|engineering|business[ \t]+development|{_FIELD_DEPARTMENT})"
)
_WORKS_WITH = regex_cache.compile(
    r"\b(?:(?:work(?:s|ing|ed)?|partner(?:s|ing|ed)?|collaborat\w*|liais\w*|coordinat\w*"
    r"|interfac\w*|align\w*|sit(?:s|ting)?)(?:[ \t]+(?:closely|directly|together|daily"
    r"|regularly|hand[ \t]+in[ \t]+hand))?[ \t]+(?:with|alongside)|alongside"
    r"|(?:report(?:s|ing)?|present\w*|escalat\w*|brief\w*|pitch\w*|communicat\w*|explain\w*"
    r"|shar(?:e|es|ed|ing))\b[^.\n;:!?]{0,50}?[ \t]to"
    # "with" only after the verb: "share results with leadership", not "communication skills
    # with leadership" (a second skill)
    r"|(?:communicat(?:e|es|ed|ing)|shar(?:e|es|ed|ing))\b[^.\n;:!?]{0,50}?[ \t]with)"
    rf"[ \t]+(?:(?:our|the|your)[ \t]+)?(?:{_DEPARTMENT}[ \t]*(?:,|&|/|\band\b|\bor\b)[ \t]*)*\Z",
    re.I,
)
# ... and what makes the department's name an ask after all: "senior leadership experience"
_ASKED_AFTER = regex_cache.compile(
    r"[ \t]+(?:experience|skills?|roles?|positions?|qualities|abilities|capabilities"
    r"|background|responsibilities|potential)\b",
    re.I,
)
_ANY_DEPARTMENT = regex_cache.compile(rf"{_DEPARTMENT}", re.I)
# The leaders as a body: "the Engineering Leadership team", "the leadership group"
_A_BODY_AFTER = regex_cache.compile(
    r"[ \t]+(?:team|teams|group|council|committee)\b(?![ \t-]+build)", re.I
)
_A_BODY_BEFORE = regex_cache.compile(r"\b(?:the|our|your|with|to)[ \t]+(?:[\w-]+[ \t]+)?\Z", re.I)
# A field's or a department's leaders, named by it: "data science leadership", "engineering
# leadership"
_FIELDS_LEADERS = regex_cache.compile(
    rf"\b(?:{_FIELD_DEPARTMENT}|engineering|product|business|technology|analytics|research"
    r"|design|platform)[ \t]+\Z",
    re.I,
)
# The company's leaders as a whole: "to senior leadership", "with executive leadership"
_LEADERS = regex_cache.compile(
    r"\b(?:to|with|from|by|and|the|our)[ \t]+(?:senior|executive|c-level|c-suite)[ \t]+\Z", re.I
)


_ANY_FIELD_DEPARTMENT = regex_cache.compile(_FIELD_DEPARTMENT, re.I)
# What follows a field named as a department, and not as the work asked: its people ("data
# science partners", "the security team"), another department ("security and legal"), what
# the two do together ("with security on reviews", "with security to review") or the end
_DEPARTMENT_AFTER = regex_cache.compile(
    r"[ \t]+(?:partners?|teams?|colleagues|counterparts|stakeholders|org(?:ani[sz]ation)?s?"
    r"|functions?|groups?|leads|leaders|leadership|peers)\b"
    rf"|[ \t]*(?:,|&|/|\band\b|\bor\b)[ \t]*{_DEPARTMENT}\b"
    r"|[ \t]+(?:on|to)\b|[ \t]*(?:[.;:)]|$)",
    re.I | re.M,
)

_EXPERIENCE_BEFORE = regex_cache.compile(r"\bexperience[ \t]+\Z", re.I)


def a_field_department(text: str, start: int, end: int) -> bool:
    """In a posting, a technical field named as a department the hire works with ("partner
    with data science partners", "work with security and legal"); not the field asked
    ("experience working with security tools")."""
    if not _ANY_FIELD_DEPARTMENT.fullmatch(text, start, end):
        return False
    before = text[max(0, start - 100) : start]
    works = _WORKS_WITH.search(before)
    if works is None or _EXPERIENCE_BEFORE.search(before, 0, works.start()):
        return False  # "experience working with data science to ..." asks for it
    return _DEPARTMENT_AFTER.match(text, end) is not None


def a_department_worked_with(text: str, start: int, end: int) -> bool:
    """A department named in the list of those one worked with: "Partnered with legal,
    marketing and customer support" shows a collaborator, not marketing done; not "worked
    with marketing experience" (an ask)."""
    written = text[start:end]
    if not _ANY_DEPARTMENT.fullmatch(written) or _ASKED_AFTER.match(text, end):
        return False
    return _WORKS_WITH.search(text[max(0, start - 100) : start]) is not None


def the_companys_own(text: str, start: int, end: int, soft: bool) -> bool:
    """In a posting, a name that is the company's own team ("our leadership team"), a
    department the hire works with or reports to ("work closely with customer support", "present
    findings to senior leadership"); not one asked of the hire ("leadership experience"). A
    `soft` skill's word describes the team even when the hire joins it ("join our creative
    team"); a field names the hire's own work there ("join our sales team")."""
    if _ASKED_AFTER.match(text, end):
        return False
    before = text[max(0, start - 100) : start]
    ours = _OURS_BEFORE.search(before)
    if ours and _UNIT_AFTER.match(text, end):
        return soft or not _THE_HIRES_TEAM.search(before, 0, ours.start())
    if a_department_worked_with(text, start, end):
        return True
    if text[start:end].lower() != "leadership":
        return False
    if _LEADERS.search(before):
        return True
    field = _FIELDS_LEADERS.search(before)
    if field and _WORKS_WITH.search(before, 0, field.start()):
        return True  # "partner with data science leadership": that field's leaders
    return bool(_A_BODY_BEFORE.search(before) and _A_BODY_AFTER.match(text, end))


# The company's own doing: "we communicate over Slack", "our team communicates openly", "we
# adapt quickly"
_WE_DO = regex_cache.compile(
    r"\b(?:we|our[ \t]+(?:[\w-]+[ \t]+)?(?:team|teams|company|engineers|people|colleagues))"
    r"[ \t]+(?:(?:all|also|always|often|\w+ly)[ \t]+)*\Z",
    re.I,
)
# What it is and has: "we are tenacious problem solvers", "we're a highly motivated team", "we
# have short communication channels", "we promote continuous learning"; not "we are looking for
# a problem solver"
_WE_ARE = regex_cache.compile(
    r"\bwe(?:[ \t]+are|['’]re)[ \t]+(?:(?!(?:looking|seeking|searching|hiring|recruiting"
    r"|considering|interested|open|expecting|after|for|in|to|on|not|only)\b)[\w-]+[ \t]+){0,3}\Z",
    re.I,
)
_WE_HAVE = regex_cache.compile(
    r"\bwe[ \t]+(?:have|promote|encourage|foster|support|celebrate|embrace)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}\Z",
    re.I,
)
# Its people and setting: "a team of hard-working engineers", "a collaborative and flexible
# environment"
_TEAM_OF = regex_cache.compile(
    r"\b(?:a|an|our|the)[ \t]+(?:[\w-]+[ \t]+)?teams?[ \t]+of[ \t]+"
    r"(?:(?!(?:with|in|for|to|on|at|who|that|which)\b)[\w-]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+"
    r"|[ \t]+)){0,3}\Z",
    re.I,
)
_SETTING_AFTER = regex_cache.compile(
    r"(?:[ \t]*(?:,|&|/|\band\b|\bor\b)[ \t]*[\w-]+){0,2}[ \t]+(?:environment|culture"
    r"|atmosphere|workplace)\b",
    re.I,
)
# How an adjective ends: "collaborative", "flexible", "motivated", "dynamic" (not "teamwork")
_ADJECTIVE_ENDS = ("ive", "ble", "ed", "ful", "ous", "ic", "al", "ent", "ant", "ing")
# Its culture: "a culture of collaboration and open communication"
_CULTURE_OF = regex_cache.compile(
    r"\bculture[ \t]+of[ \t]+(?:[\w-]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+)){0,4}\Z",
    re.I,
)
# ... which the hire may be asked to build ("foster a culture of collaboration"), unless the
# company says it builds it ("we foster a culture of ...")
_BUILDS = regex_cache.compile(
    r"\b(?:foster|build|create|drive|promote|champion|cultivat|establish|shape|nurture|grow"
    r"|instil|uphold|maintain|ensur|contribut\w*[ \t]+to)\w*[ \t]+(?:(?:a|an|the)[ \t]+)?"
    r"(?:[\w-]+[ \t]+)?\Z",
    re.I,
)
_WE_BEFORE = regex_cache.compile(r"\bwe[ \t]+(?:\w+[ \t]+)?\Z", re.I)


def the_companys_ways(text: str, start: int, end: int) -> bool:
    """In a posting, a soft skill's word about the company: what it does, is, has or
    promotes ("we communicate over Slack", "we are tenacious problem solvers", "we promote
    continuous learning"), its people ("a team of hard-working engineers"), its setting ("a
    collaborative and flexible environment") or its culture ("a culture of collaboration"); not
    what the hire is to do ("foster a culture of collaboration", "someone who communicates")."""
    before = text[max(0, start - 100) : start]
    if _WE_DO.search(before) or _WE_ARE.search(before) or _WE_HAVE.search(before):
        return True
    if _TEAM_OF.search(before):
        return True
    culture = _CULTURE_OF.search(before)
    if culture is None and not _describes_the_setting(text, start, end):
        return False
    until = culture.start() if culture else len(before)
    builds = _BUILDS.search(before, 0, until)
    return builds is None or bool(_WE_BEFORE.search(before, 0, builds.start()))


def _describes_the_setting(text: str, start: int, end: int) -> bool:
    """An adjective, alone or in a list, before the workplace's setting: "a fun, collaborative
    and flexible environment"; not "teamwork and a fast-paced environment"."""
    written = text[start:end].lower()
    return written.endswith(_ADJECTIVE_ENDS) and bool(_SETTING_AFTER.match(text, end))


def a_share_accounted(text: str, start: int, end: int) -> bool:
    """ "Accounting for 30% of revenue": the word is the verb of "account for" a share, not
    bookkeeping (see literal_match.ACCOUNTED_SHARE)."""
    found = ACCOUNTED_SHARE.match(text, start)
    return found is not None and found.end() == end


# Words a firm closes its product's or its own name with: "Snorkel AI", "C3 AI", "Einstein AI"
_BRAND_TAILS = frozenset({"AI"})
# The word right before, on the same line: "Snorkel", "C3", "DataRobot"
_WORD_BEFORE = regex_cache.compile(r"(?<![\w.&/-])([A-Za-z0-9]+)[ \t]\Z")
# What opens a sentence or a list item before a word: nothing, a bullet, a stop, a colon
_SENTENCE_OPENING = regex_cache.compile(r"(?:^|[.!?:;|(]\s)[\s\W]*\Z", re.M)
# Adjectives with a capital, which qualify the field: "Applied AI", "Physical AI"
_QUALIFIER_ENDS = tuple(end for end in _ADJECTIVE_ENDS if end != "ic")  # "Mosaic AI": a name
# Fields and markets, which postings capitalise before the field they apply it to:
# "Enterprise AI", "Healthcare AI", "Speech AI", "Open Source AI"
_APPLIED_TO = frozenset(
    """enterprise healthcare health medicine vision speech voice language video image audio
    music fintech finance insurance retail commerce security cloud edge data document source
    robotics game games gaming climate energy customer marketing sales product education
    science""".split()
)

# A cloud vendor's name right before, whose own line of AI products the word closes:
# "Google Cloud AI", "AWS AI", "Azure AI" (not "Cloud AI" alone: AI applied to the cloud)
_CLOUD_VENDOR = regex_cache.compile(
    r"(?<![\w.&/-])(?:Google[ \t]+Cloud|GCP|AWS|Amazon|Azure|IBM|Oracle[ \t]+Cloud)[ \t]\Z"
)


def closes_a_brand(text: str, start: int, end: int) -> bool:
    """The word closes a name that a firm gave its product or itself ("Snorkel AI", "C3 AI",
    "Salesforce Einstein AI", "Google Cloud AI"): a cloud vendor's name stands before, or the
    word before has a digit or an inner capital, or a capital in the middle of a sentence that
    no adjective's ending explains. At a sentence's start ("Mosaic AI experience" or "Applied
    AI experience") the capital says nothing: the field stays."""
    if text[start:end] not in _BRAND_TAILS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(text, line_start, start)
    if before is None:
        return False
    if _CLOUD_VENDOR.search(text, line_start, start):
        return True  # "Google Cloud AI services", "AWS AI services": the vendor's product line
    word = before.group(1)
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        return True  # "C3", "H2O"
    if not word[:1].isupper() or word.isupper() or word.lower() in _APPLIED_TO:
        return False  # "applied AI"; "LLM AI", "EXPERIENCE WITH AI"; "Healthcare AI"
    if any(c.isupper() for c in word[1:]):
        return True  # "DataRobot"
    opening = _SENTENCE_OPENING.search(text, line_start, before.start())
    if opening is not None:
        return _a_contact_cell(text, line_start, end) and not word.lower().endswith(_ADJECTIVE_ENDS)
    return not word.lower().endswith(_QUALIFIER_ENDS)


# A cell of a resume's contact line, between bars or dots: "Jane Doe | Acme AI | jane@x.org"
_CELL_END = regex_cache.compile(r"[ \t]*(?:[|·•][ \t]|\n|\Z)")
_CONTACT_MARKS = ("@", "http", "www.", "linkedin", "github")


def _a_contact_cell(text: str, line_start: int, end: int) -> bool:
    """The name closes a cell (the cell opens after a bar) of a line that holds an address."""
    if text[line_start:end].rstrip()[-1:] == "|" or not _CELL_END.match(text, end):
        return False
    opened = text.rfind("|", line_start, end)
    if opened == -1:
        return False
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end].lower()
    return any(mark in line for mark in _CONTACT_MARKS)


# A firm named as the subject of what it does: "Tidewater Robotics makes warehouse robots",
# "Acme AI builds tools for retailers"
_FIRM_DOES = regex_cache.compile(
    r"[ \t]+(?:makes|builds|develops|designs|sells|manufactures|provides|offers|delivers"
    r"|creates|operates|raised|acquired|announced|speciali[sz]es|was[ \t]+founded"
    r"|is[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+)?(?:startup|company|firm|leader|provider|maker))\b"
)
# The name's first word: title case, on the same line
_NAME_WORD_BEFORE = regex_cache.compile(r"(?<![\w.&/-])([A-Z][a-z0-9]+)[ \t]\Z")


def a_firm_doing(text: str, start: int, end: int) -> bool:
    """A field's name in title case that closes a firm's name doing what firms do ("Tidewater
    Robotics makes ..."); not a field qualified by an adjective or a market ("Applied Robotics
    is a ...", "Healthcare AI provides ...")."""
    if not text[start].isupper() or not _FIRM_DOES.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = _NAME_WORD_BEFORE.search(text, line_start, start)
    if before is None:
        return False
    word = before.group(1).lower()
    return word not in _APPLIED_TO and not word.endswith(_ADJECTIVE_ENDS)


# A conference's acronym, as a list of papers names it: "UMAP", "KDD", "SIGIR"
_ACRONYM = regex_cache.compile(r"[A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*")
# The year of the meeting after it: "UMAP 2016", "UMAP-2016", "UMAP '16"
_MEETING_YEAR = regex_cache.compile(r"(?:[ \t]*[-–]?[ \t]*(?:19|20)\d\d|[ \t]*['’]\d\d)\b")
# The proceedings it names: "In Proceedings of UMAP", "Proc. of the UMAP conference"
_PROCEEDINGS_OF = regex_cache.compile(
    r"\b(?:proceedings|proc\.)[ \t]+of[ \t]+(?:the[ \t]+)?\Z", re.I
)


def a_venues_acronym(text: str, start: int, end: int, in_publications: bool) -> bool:
    """An acronym naming the conference where a paper appeared, not the tool it spells: after
    "Proceedings of" ("In Proceedings of UMAP"), or, in a list of publications, before the
    meeting's year ("UMAP 2019, pp. 10-18")."""
    if not _ACRONYM.fullmatch(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _PROCEEDINGS_OF.search(text, line_start, start):
        return True
    return in_publications and _MEETING_YEAR.match(text, end) is not None


# A venue's name, as a paper's entry or a posting cites it: "Journal of Finance and Data
# Science", "Workshop on Table Representation Learning", "IEEE Transactions on Pattern Analysis
# and Machine Intelligence", "Conference on Empirical Methods in Natural Language Processing";
# its words capitalised, joined by small ones. Not "a conference on data science" in prose.
_CAPITALISED_WORD = r"[A-Z][\w'’&-]*"
_VENUE_WORDS = (
    "Journal",
    "Transactions",
    "Proceedings",
    "Workshop",
    "Conference",
    "Symposium",
    "Annals",
)
_VENUE_NAME = regex_cache.compile(
    rf"\b(?:{'|'.join(_VENUE_WORDS)})[ \t]+"
    rf"(?:of|on)[ \t]+(?:the[ \t]+)?{_CAPITALISED_WORD}"
    rf"(?:[ \t]+(?:(?:and|of|for|in|on|the|&)[ \t]+)*{_CAPITALISED_WORD})*"
)
_VENUE_REACH = 150  # characters on either side of a name where its venue's name may run


def in_a_venues_name(text: str, start: int, end: int, attended: bool = False) -> bool:
    """The name stands within a journal's or a meeting's name, which says where a paper
    appeared, not what its author knows: "Data Science" in "Journal of Finance and Data
    Science". (A paper's title before it may still name what the author worked on.) In a
    list of trainings or courses (`attended`), a meeting is one the person attended, whose
    name says what it taught: "Workshop on Python for Data Analysis, 2021"."""
    reach = max(0, start - _VENUE_REACH)
    opening = text.rfind("\n", reach, start) + 1 or reach
    closing = text.find("\n", end, end + _VENUE_REACH)
    closing = min(len(text), end + _VENUE_REACH) if closing == -1 else closing
    # a venue holding the name opens on one of its words at or before the name: the search
    # starts at the first such word, where the pattern would try each character
    words = _venue_words_at(text)
    nearest = bisect_left(words, opening)
    if nearest == len(words) or words[nearest] > start:
        return False
    first = words[nearest]
    return any(
        venue.start() <= start
        and end <= venue.end()
        and not (attended and venue.group().startswith(_MEETINGS))
        and not _AN_ARTICLE_BEFORE.search(text, max(opening, venue.start() - 40), venue.start())
        for venue in _VENUE_NAME.finditer(text, first, closing)
    )


# Where a posting wants papers to have appeared, before the venues' names: "Publications in",
# "papers at leading conferences (e.g.", "publishing at top venues such as"
_VENUE_NOUN = r"(?:venues?|conferences?|journals?)"
_VENUES_CUE = regex_cache.compile(
    r"(?i:\b(?:publications?|papers?|publish(?:ed|ing)|articles?)[ \t]+(?:in|at)[ \t]+"
    r"(?:(?:top|top-tier|leading|premier|major|flagship|peer-reviewed|high-impact|relevant)"
    rf"[ \t]+)*(?:{_VENUE_NOUN}[ \t]*(?:such[ \t]+as|like|including|\(?e\.g\.,?|:)?[ \t]*)?"
    rf"|\b{_VENUE_NOUN}[ \t]+(?:such[ \t]+as|like|including|\(?e\.g\.,?)[ \t]*)"
)
# The names listed after it: capitalised words, joined by small words, marks and single
# blanks (a table's next cell, after a tab or a wide gap, is no venue) ...
_NAMES_RUN = regex_cache.compile(
    r"(?:[A-Z][\w&'’+-]*|(?:of|on|in|for|and|or|the)\b|[,/()&]|[ ](?![ ]))*"
)
# ... each name between the list's marks: "NeurIPS", "Nature Machine Intelligence"
_LISTED_NAME = regex_cache.compile(
    r"[A-Z][\w&'’+-]*(?:[ ](?:(?:of|on|in|for|the)[ ])*[A-Z][\w&'’+-]*)*"
)


def in_a_list_of_venues(line: str, start: int) -> bool:
    """The name stands in a journal's title that a posting wants papers in, or is the cue's
    own word: "Publications in ... Nature Machine Intelligence", "Papers in Geophysical
    Research Letters". Like "Journal of Climate", it says where work appeared (the posting
    asks publications), not what to know. A one-word venue ("NeurIPS", "ICML") stays asked: a
    resume's paper there meets it (match.py)."""
    return any(at <= start < until for at, until in _venue_lists(line))


@lru_cache(maxsize=256)
def _venue_lists(line: str) -> tuple[tuple[int, int], ...]:
    """Where each cue and the titles of several words listed after it stand in the line
    (remembered: each term of the line asks about the same line)."""
    spans = []
    for cue in _VENUES_CUE.finditer(line):
        spans.append(cue.span())
        names = _NAMES_RUN.match(line, cue.end())
        run_end = names.end() if names else cue.end()
        for name in _LISTED_NAME.finditer(line, cue.end(), run_end):
            if " " in name.group() or name.group() in _PLAIN_WORD_JOURNALS:
                spans.append(name.span())
    return tuple(spans)


# Journals named by a plain word: the word's own sense ("the nature of the work", "Computer
# Science") would meet them, and they name no skill; another one-word venue ("NeurIPS",
# "Zorcon") stays asked, and a paper there meets it
_PLAIN_WORD_JOURNALS = frozenset(
    {"Nature", "Science", "Cell", "Neuron", "Brain", "Blood", "Lancet"}
)


@lru_cache(maxsize=64)
def _venue_words_at(text: str) -> list[int]:
    """Where the words that open a venue's name stand in the text, in order (remembered: each
    name the text holds asks about the same text)."""
    found: list[int] = []
    for word in _VENUE_WORDS:
        at = text.find(word)
        while at != -1:
            found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


_MEETINGS = ("Workshop", "Conference", "Symposium")  # the venues one attends, not reads


# "a" or "an" before a venue's word, past capitalised ones: "Ran a Workshop on Docker",
# "Taught an Internal Workshop on Git" are one session someone held, no venue's name
_AN_ARTICLE_BEFORE = regex_cache.compile(r"\b[Aa]n?(?:[ \t]+[A-Z][\w-]*)*[ \t]+\Z")


# A CV form's row about the employer, whose words name the employer or its trade, not the
# person's skills: Europass's "Name and address of employer:", "Type of business or sector:"
_EMPLOYERS_ROW = regex_cache.compile(
    r"[ \t]*(?:(?:type[ \t]+of[ \t]+)?business[ \t]+or[ \t]+sector"
    r"|(?:name[ \t]+and[ \t]+address[ \t]+of[ \t]+(?:the[ \t]+)?)?employer)[ \t]*:",
    re.I,
)
_ROW_REACH = 200  # characters from a row's label to a name on it


def on_an_employers_row(text: str, start: int) -> bool:
    """The name stands on a form's row about the employer: "Type of business or sector:
    Telecommunications" is where the person worked, not what the person knows."""
    reach = max(0, start - _ROW_REACH)
    newline = text.rfind("\n", reach, start)
    if newline == -1 and reach > 0:
        return False  # far into a long line: no short row
    row = _EMPLOYERS_ROW.match(text, newline + 1)
    return row is not None and row.end() <= start


# The Incoterms, a sale's terms of delivery. "CPT" (carriage paid to) and "DDP" (delivered duty
# paid) share their letters with a medical code set and PyTorch's distributed training; the
# others name nothing in the taxonomy, and so vouch for the trade sense beside them.
_INCOTERMS = frozenset("EXW FCA FAS FOB CFR CIF CPT CIP DAP DPU DDP DAT".split())
_PLAIN_INCOTERMS = _INCOTERMS - {"CPT", "DDP"}
_INCOTERM_WORD = regex_cache.compile(r"\bincoterms?\b", re.I)
_CAPITAL_CODE = regex_cache.compile(r"\b[A-Z]{3}\b")
_TRADE_TERMS_REACH = 30  # characters read on either side for another term


def a_trade_term(text: str, start: int, end: int) -> bool:
    """The name is an Incoterm: on a line that says "Incoterms", or beside another of them
    ("FOB, CIF, DDP"; not "PyTorch DDP" nor "ICD-10 and CPT")."""
    if text[start:end] not in _INCOTERMS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if _INCOTERM_WORD.search(text, line_start, line_end):
        return True
    left = max(line_start, start - _TRADE_TERMS_REACH)
    right = min(line_end, end + _TRADE_TERMS_REACH)
    codes = (found.group() for found in _CAPITAL_CODE.finditer(text, left, right))
    return any(code in _PLAIN_INCOTERMS for code in codes)


# The Gulf Cooperation Council, which shares its letters with the GNU compiler: a region
# ("the GCC region", "across the GCC", "GCC nationals") on a line naming no compiler's
# neighbour ("C/C++ with GCC and Clang", "the GCC toolchain")
_REGION_AFTER = regex_cache.compile(
    r"[ \t/-]*(?:region|regions|regional|countries|country|markets?|states|nations|nationals"
    r"|members?|member[ \t]+states|economies|clients|customers|area|wide|governments"
    # "GCC based clients", not "GCC based build pipelines" (the compiler's builds)
    r"|based(?![ \t]+(?:builds?|building|pipelines?|ci|toolchains?|tool(?:s|ing)|compil\w*"
    r"|images?|environments?|workflows?|projects?|code|firmware|binaries)\b)"
    r"|banks|banking|retail|sector)\b",
    re.I,
)
_REGION_BEFORE = regex_cache.compile(
    r"\b(?:across|throughout|within|in|around|to)[ \t]+the[ \t]+\Z"
    r"|\b(?:uae|ksa|saudi(?:[ \t]+arabia)?|qatar|kuwait|bahrain|oman|mena|middle[ \t]+east)"
    r"[ \t]*(?:and|&|/|,)[ \t]*(?:the[ \t]+)?\Z",
    re.I,
)
_CLAUSE_ENDS = regex_cache.compile(r"[ \t]*(?:[.,;:)!?]|$)", re.M)
_COMPILER_WORDS = regex_cache.compile(
    r"\b(?:compil\w*|clang|llvm|toolchains?|g\+\+|gdb|cmake|makefiles?|linker|binutils"
    r"|gnu|c\+\+|c/c\+\+|embedded|kernel|firmware|assembly|optimi[sz]ation[ \t]+flags?)"
    r"(?!\w)",
    re.I,
)
_GULF_REGION_REACH = 30  # characters before the name read for "across the", "UAE and"


def the_gulf_region(text: str, start: int, end: int) -> bool:
    """ "GCC" names the Gulf Cooperation Council: a region's noun after it ("GCC markets"), or
    "across the" or a Gulf country before it with the clause ending there ("2 years in the
    GCC.", "the UAE and GCC banking sector"), on a line naming nothing of a compiler's."""
    if text[start:end] != "GCC":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if _COMPILER_WORDS.search(text, line_start, line_end):
        return False
    if _REGION_AFTER.match(text, end):
        return True
    before = text[max(line_start, start - _GULF_REGION_REACH) : start]
    return bool(_REGION_BEFORE.search(before)) and bool(_CLAUSE_ENDS.match(text, end))


# Legal forms that a skill's name also spells: the French "SAS" (société par actions simplifiée)
_LEGAL_FORMS = frozenset({"SAS"})
_CAPITALISED_BEFORE = regex_cache.compile(r"(?<![\w.&/-])[^\W\d_][\w’'&-]*[ \t]\Z")
_WORD_REACH = 40  # characters a company's word before the form may take
# Words that say which of the software or how well it is known: "Advanced SAS", "Legacy SAS"
_SOFTWARE_QUALIFIERS = frozenset(
    {"advanced", "intermediate", "basic", "beginner", "expert", "proficient", "certified"}
    | {"legacy", "base", "proc", "guide", "enterprise", "studio", "programmer", "programming"}
)
_NAME_CLOSED = regex_cache.compile(r"[ \t]*(?:$|[,;|(]|[-–—][ \t])", re.M)


def a_legal_form(text: str, start: int, end: int, skill_starts: Container[int]) -> bool:
    """A legal form closing a company's name ("Rivage SAS, Nantes", "Lumière SAS (Paris)"):
    after a capitalised word that names no skill ("SPSS SAS" lists two) nor qualifies the
    software ("Advanced SAS"), and where the name ends (a comma, a bracket, a dash, the
    line's end)."""
    if text[start:end] not in _LEGAL_FORMS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = _CAPITALISED_BEFORE.search(text, max(line_start, start - _WORD_REACH), start)
    if before is None or not text[before.start()].isupper() or before.start() in skill_starts:
        return False
    if before.group().strip().lower() in _SOFTWARE_QUALIFIERS:
        return False  # "Advanced SAS", "Enterprise Guide SAS"
    return _NAME_CLOSED.match(text, end) is not None


# Jira's epic, the work item that holds stories: "user stories per Epic", "break each Epic
# into stories", "Epic, story and task". The health record's name goes before what is built or
# done in it ("Epic build", "Epic reports"); the work item ends its noun phrase.
_STORIES = frozenset({"story", "stories"})
_ENDS_THE_NOUN = frozenset(
    "for into in per and or with to of under within is are that which , / ) ;".split()
)
_STORY_REACH = 4  # words on either side of the name where its stories may stand
_CLAUSE_BREAKS = frozenset(". ; : ! ?".split())


def _clause_words(words: list[str]) -> list[str]:
    """The words up to the clause's first break, nearest first."""
    cut = next((at for at, word in enumerate(words) if word in _CLAUSE_BREAKS), len(words))
    return words[:cut]


@lru_cache(maxsize=16)  # keyed by the text itself: another text never reads these words
def _line_words(text: str, line_start: int, line_end: int) -> tuple[list[int], list[str]]:
    """Where each word of one line ends, and the words lower-cased."""
    found = list(_WORD.finditer(text, line_start, line_end))
    return [m.end() for m in found], [m.group().lower() for m in found]


def _line_words_before(text: str, line_start: int, line_end: int, start: int) -> list[str]:
    """The line's last `_STORY_REACH` words before `start`, nearest first, as the words of
    text[line_start:start] alone would be: the line's words, found once for all its names
    (each name read its whole line: 40 s for a line of 8,000), up to the one running across
    `start` ("x-Epic"), whose part before it is read on its own."""
    ends, words = _line_words(text, line_start, line_end)
    whole = bisect_right(ends, start)  # the words that end by `start`
    cut_from = ends[whole - 1] if whole else line_start
    cut = [w.lower() for w in _WORD.findall(text, cut_from, start)]  # none unless one runs across
    return [*words[max(0, whole - _STORY_REACH) : whole], *cut][::-1][:_STORY_REACH]


def a_work_item(text: str, start: int, end: int) -> bool:
    """ "Epic" as Jira's work item: it ends its noun phrase and stories stand within a few
    words of it in its clause ("write user stories per Epic"); not the health record ("Epic
    build work", "stories; build Epic reports")."""
    if text[start:end] != "Epic":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = _line_words_before(text, line_start, line_end, start)
    after = [w.group().lower() for w in islice(_WORD.finditer(text, end, line_end), _STORY_REACH)]
    if after and after[0] not in _ENDS_THE_NOUN | _CLAUSE_BREAKS:
        return False  # "Epic build", "Epic certification"
    near = _clause_words(before)[:_STORY_REACH] + _clause_words(after)[:_STORY_REACH]
    return not _STORIES.isdisjoint(near)


# Canada's province codes that a skill's name also spells: Quebec's "QC" (quality control)
_PROVINCE_CODES = frozenset({"QC"})
# A town's name, by its last word, and its separator right before: "Montreal, ", "Quebec
# City, ", "Trois-Rivières - "
_TOWN_BEFORE = regex_cache.compile(
    r"(?<![\w-])[^\W\d_][\w'’.-]*(?=[ \t]*(?:,|[ \t][-–—|])[ \t]*\Z)"
)
# What may follow a place's code: the line's or the sentence's end, a postal code ("H2X
# 1Y4"), the country, another town with its province ("and Toronto, ON", "or Kingston,
# Ontario."), a way of working ("or remote"); not a comma alone, which a list of tools goes
# on with ("SQL, QC, Jira")
_PLACE_ENDS = regex_cache.compile(
    r"[ \t]*(?:$|[.;)|]|,?[ \t]*(?:Canada\b|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b)"
    r"|(?:and|or)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2},[ \t]*"
    r"(?:[A-Z]{2}(?!\w)|[A-Z][^\W\d_]+[ \t]*(?:$|[.;)|]))"
    # a way of working: "Montreal, QC or remote", "Laval, QC / hybrid", and in brackets or
    # after a dash, in English or French: "Montréal, QC (hybride, 3 jours au bureau)"
    r"|(?:or|and|/|[(\[]|[-–—])[ \t]*(?i:remote|hybrid|hybride|on-?site|in[- ]office"
    r"|télétravail|teletravail|sur[ \t]+place|en[ \t]+présentiel|présentiel)\b)",
    re.M,
)
# ... or any name after "and" or "or" ("Montreal, QC or Remote", "and Toronto") when the town
# opens a place: the line's start, a label's colon, a spaced dash, "in", "from", "near", "at";
# not a list of departments after a verb or a bullet ("Rotated through Production, QC and
# Regulatory Affairs", "- Production, QC or Packaging")
_ANOTHER_NAME = regex_cache.compile(r"[ \t]*(?:and|or)[ \t]+[A-Z]")
_PLACE_OPENS = regex_cache.compile(
    r"(?:\A|[:|(\[]|[ \t][-–—]|\b(?:in|from|near|at|based|located))[ \t]*\Z", re.I
)


# A plant's or a firm's departments, which a list names beside "QC" ("Experience in
# Production, QC and Packaging"): no town
_DEPARTMENTS = frozenset(
    """production packaging manufacturing assembly maintenance warehouse warehousing logistics
    operations engineering procurement purchasing quality regulatory validation finance sales
    marketing planning shipping receiving dispatch stores fabrication labs laboratory qa""".split()
)
_NEXT_NAME = regex_cache.compile(r"[ \t]*(?:,|and|or|&)[ \t]*(?:and[ \t]+|or[ \t]+)?([A-Za-z]+)")


def _among_departments(town: str, text: str, end: int) -> bool:
    """The word before the code, or the one after it, names a department: a list of them."""
    after = _NEXT_NAME.match(text, end)
    return town.lower() in _DEPARTMENTS or (
        after is not None and after.group(1).lower() in _DEPARTMENTS
    )


def a_provinces_code(text: str, start: int, end: int, skill_starts: Container[int]) -> bool:
    """The name is a province's code closing a town's name ("Montreal, QC", "Laval, QC
    H7N 1A1"), not the skill it spells ("run QC checks", "SQL, QC, Jira"): the word before is
    capitalised as a name is ("Montreal", not "SQL") and names no skill."""
    if text[start:end] not in _PROVINCE_CODES:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    town = _TOWN_BEFORE.search(text, max(line_start, start - _WORD_REACH), start)
    if town is None or not town.group().istitle() or town.start() in skill_starts:
        return False
    if _among_departments(town.group(), text, end):
        return False  # "Production, QC and Packaging"
    if _PLACE_ENDS.match(text, end) is not None:
        return True
    opening = text[max(line_start, town.start() - _WORD_REACH) : town.start()]
    return _ANOTHER_NAME.match(text, end) is not None and _PLACE_OPENS.search(opening) is not None


# Phrases in which a tool's name is a person's, a film's, an animal's or a firm's: Franz
# Kafka and his books, the film "Django Unchained", giant and red pandas, the Seaborn cruise
# line. Kept here rather than as guards, which would cost these names their misspellings,
# their case endings and their glued-on versions ("Djnago", "Kafkaan", "Django5").
_NAMESAKES = {
    "kafka": regex_cache.compile(
        r"\bfranz[ \t]+kafka\b|\bkafka(?:['’]s)?[ \t]+(?:novels?|short[ \t]+stor(?:y|ies)"
        r"|(?P<stories>stories)|the[ \t]+(?:trial|castle)|metamorphosis)\b",
        re.I,
    ),
    "django": regex_cache.compile(r"\bdjango[ \t]+(?:unchained|reinhardt)\b", re.I),
    "pandas": regex_cache.compile(
        r"\b(?:giant|red|baby)[ \t]+pandas\b|\bpandas[ \t]+at[ \t]+the[ \t]+zoo\b"
        r"|\bzoo['’]s[ \t]+pandas\b",
        re.I,
    ),
    "seaborn": regex_cache.compile(r"\bseaborn[ \t]+cruises?\b", re.I),
}
_NAMESAKE_REACH = 30  # characters on either side of a name where its phrase may run
# ... but "Kafka stories" beside a backlog's words are user stories about the tool ("Groom
# Kafka stories in the Jira backlog")
_BACKLOG_WORDS = regex_cache.compile(
    r"\b(?:jira|backlog|epics?|sprints?|acceptance|story[ \t]+points|tickets?|user)\b", re.I
)


def a_namesake(text: str, start: int, end: int) -> bool:
    """The name stands in a phrase where it names a person, a work, an animal or a firm
    ("a Kafka novel", "Django Unchained", "giant pandas"), not the tool."""
    phrase = _NAMESAKES.get(text[start:end].lower())
    if phrase is None:
        return False
    left, right = max(0, start - _NAMESAKE_REACH), end + _NAMESAKE_REACH
    return any(
        found.start() <= start and end <= found.end() and not _user_stories(found)
        for found in phrase.finditer(text, left, right)
    )


def _user_stories(found: re.Match[str]) -> bool:
    """Whether a namesake's "stories" are a backlog's (_BACKLOG_WORDS on the line)."""
    if not found.groupdict().get("stories"):
        return False
    text = found.string
    line_start, line_end = text.rfind("\n", 0, found.start()) + 1, text.find("\n", found.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _BACKLOG_WORDS.search(line) is not None
