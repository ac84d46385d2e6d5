"""Requirements the taxonomy does not know: named terms in a posting's requirement lists.

"Thorough understanding of Zorblex K7 and Z1 capabilities" asks for "Zorblex K7" and "Z1"
even though neither is a taxonomy skill. Such terms are kept as literal requirements and matched
against the resume's text (see match.py).
"""

from __future__ import annotations

import re

from ..models import Importance, Requirement, Section, SkillHit
from ..taxonomy import Taxonomy
from .education import degree_in_line
from .lines import LineIndex
from .requirements import (
    PREFERRED_CUES,
    REQUIRED_CUES,
    REQUIREMENT_SECTIONS,
    acronym_after,
    line_importance,
    years_on_line,
)

# Tokens that start or join a named term: Capitalised words, acronyms, words with digits.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#.&/\-]*")
_JOINERS = {"of", "for", "de"}  # "and" separates terms: "A and B" asks for two things
# Words that open a requirement without naming anything: "Understands SOX",
# "Exhibits keen manual dexterity", "Remarkable patience", "Various storage systems".
_LEAD_WORDS = set(
    """
    understand understands understanding demonstrate demonstrates demonstrable exhibit exhibits
    exhibiting possess possesses possessing show shows showing display displays comprehension
    exemplary remarkable detailed increased efficient optimum optimal various different variety
    wide taking take use uses using utilize utilizes utilizing perform performs performing
    provide provides providing manage manages managing interpret interprets about mastery
    adept versed well-versed deeply-rooted competent competency experiences
    profound adequate significant initial broad-based knowledgeable impressive conversant
    practiced strict substantial precise matured considerable steep phenomenal skillful
    notable adamant written verbal atleast know details abilities
    capabilities applicants functionality concepts hands perfection specialization
    aptitude excellency dedication exposures sophisticated distinguished
    over also technological involved expansive enough spoken similar other available
    theoretical boasts boast commendable brilliant masterly invaluable fantastic undeniable
    superb astute terrific tremendous expertness additional oral
    """.split()
)
# Bare verbs that a requirement bullet may open with: "- Develop ...", "- Ability to adapt".
_VERBS = set(
    """
    develop conduct read identify focus engage adapt thrive hold build concentrate maintain
    interact deal apply stand follow communicate support create handle lead ensure work
    execute shape involve validate evaluate analyze analyse implement learn incorporate
    productionize automate compare deploy measure
    navigate
    """.split()
)
_DURATION = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-years?", re.I)
_ADJECTIVE_END = ("ful", "ous", "ive", "able", "ible", "ent", "ant", "ly")
# Capitalised words that open sentences, describe a requirement or name a role rather than a
# thing a person can know or use ("Strong", "Ability", "Senior", "Consultant").
_GENERIC = _LEAD_WORDS | set(
    """
    ability able experience experienced knowledge strong excellent good great proven demonstrated
    understanding proficiency proficient familiarity familiar thorough solid deep working hands-on
    expertise skills skill skilled must should will you your we our the a an in with to and or of
    for on at by as is are be have has minimum required requirements preferred plus bonus degree
    bachelor bachelor's master master's masters bachelors doctorate graduate undergraduate phd
    ph.d msc bsc ba bs mba ms years year certification certified previous prior relevant related
    outstanding effective exceptional advanced basic willingness eager capable capability
    comfortable background track record some any all other similar etc including such e.g i.e
    e.g. i.e. etc. high level field equivalent self team work office new responsible
    responsibilities requirement require requires need needs ideally least more it nice exposure
    we're you'll must-have nice-to-have both either each this that these those who what when
    where how why if not no senior junior lead principal staff head chief entry mid consultant
    sr sr. jr jr. ii iii
    manager engineer developer analyst specialist officer director administrator architect
    assistant associate coordinator technician intern trainee expert professional professionals
    designer designers
    candidate candidates applicant role position job technical competency competence customers
    clients users stakeholders colleagues coursework non-technical weekends weekdays
    summer winter autumn monday tuesday wednesday thursday friday saturday sunday
    competencies one two three four five six seven eight nine ten several various multiple
    extensive superior impeccable keen sound in-depth comprehensive fine high-level
    summary overview description qualifications duties min w2 c2c c2h 1099
    """.split()
)
# Words so general that a head made only of them names nothing: "manage changes".
_VAGUE = set(
    """
    issues problems changes tasks actions situations priorities deadlines goals results
    requests things ideas instructions outcomes milestones challenges concerns questions
    matters progress others regards tendencies scenarios well technologies technology platforms
    platform solutions tools applications systems pounds lbs lb kg kilograms hours miles feet
    updates techniques methods practices principles concepts strategies procedures processes
    approaches education training licensure license passion enthusiasm interest
    """.split()
)
STOP_END = {
    "skills",
    "skill",
    "experience",
    "knowledge",
    "abilities",
    "ability",
    "tools",
    "essential",
}
MIN_TERM_CHARS = 2
# "4 years as a Business Systems Analyst" asks for time in a role: the role is the requirement.
_ROLE_LINE = re.compile(
    r"\b(?:years?|yrs?|experience)\b[^.;]{0,30}?(?<!as well )\bas\s+(?:an?\s+)?"
    r"(?!an?\s|well\b)"
    # A dot ends the role unless it closes "Sr."/"Jr." or sits inside a word ("I.T.").
    r"(?P<role>[A-Za-z](?:[^.;,()]|(?<=Sr)\.|(?<=Jr)\.|\.(?=[A-Za-z])|(?<=\.[A-Z])\.){2,80})",
    re.I,
)
# "Software as a Service" names a delivery model, not a role
_AS_A_SERVICE = re.compile(r"\b(?:software|platform|infrastructure|data)\s+as\s+an?\s+$", re.I)


_SUCH_AS = re.compile(r"(\w+)\s+such\s+as\s+(?:an?\s+)?$", re.I)
_ROLE_NOUNS = {"role", "roles", "position", "positions", "title", "titles", "capacity", "job"}


def _not_a_role(line: str, role: re.Match[str]) -> bool:
    """'tools such as Jira' names examples, not a role ('roles such as Data Analyst' does);
    'Software as a Service' names a delivery model."""
    such = _SUCH_AS.search(line, 0, role.start("role"))
    if such and such.group(1).lower() not in _ROLE_NOUNS:
        return True
    return _as_a_service(line, role)


def _as_a_service(line: str, role: re.Match[str]) -> bool:
    start = role.start("role")
    return line[start : start + 7].lower() == "service" and bool(
        _AS_A_SERVICE.search(line, 0, start)
    )


_ROLE_END = re.compile(
    r"\s+(?:for|with|in|at|within|including|or above|and above|must|required|preferred"
    r"|minimum|is|are|using|where|who|to|\d+\+?\s*(?:years?|yrs?))\b.*$"
    # a posting's reference number after the title: "- Req ID: 1534", "- 82772"
    r"|\s+[-–]\s*(?:req(?:uisition)?\b|job\s+id\b|id\b|[A-Za-z_]*\d{3,}).*$",
    re.I,
)


_TITLE_JOINERS = {"of", "and", "&", "/", "-", "–", "for", "in", "the", "a"}


def _role_title(text: str) -> str:
    """'Medical Appliance Technician must.' -> 'Medical Appliance Technician'; a Title Case
    title ends at the first lowercase word that is not a joiner ('... Architect overseeing')."""
    words = _ROLE_END.sub("", text).split()[:8]
    opening = next((i for i, w in enumerate(words[:3]) if w[:1].isupper()), 0)
    if opening and all(_adjective(w) for w in words[:opening]):
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
        reach = 0 if _is_occupation(kept[0] if kept else "") else _people_reach(words)
        if len(kept) == 1 and reach:
            kept = words[: reach + 1]
        elif len(kept) == 1:  # sentence case: "Computer systems analysts"
            for word in words[1:4]:
                lowered = word.lower()
                if (
                    not word.isalpha()
                    or lowered in _HEAD_END | _TITLE_JOINERS
                    or lowered.endswith(("ing", "ed"))
                ):
                    break
                kept.append(word)
        words = kept or words
    else:  # "pest-control worker satisfactorily deploying ...": the title ends after its
        words = _lowercase_title(words)  # occupation, where an adverb or a verb begins
    return _GRADE_NUMBER.sub("", " ".join(words)).strip(" -–")


_GRADE_NUMBER = re.compile(r"[\s-]+(?:level\s*)?\d+(?:/\d+)?$", re.I)  # "Network Engineer 4"


_OCCUPATIONS = set(
    """
    workers managers technicians technologists officers supervisors specialists analysts
    engineers operators assistants clerks agents representatives drivers mechanics installers
    repairers inspectors teachers designers developers administrators coordinators directors
    architects consultants scientists therapists nurses aides recruiters dispatchers mentors
    supervisors tellers cashiers planners schedulers officers associates interns trainees
    experts professionals specialists managers designers practitioners attorneys teachers
    """.split()
)


def role_alternatives(title: str) -> list[str]:
    """Titles a role offers as alternatives: "Hadoop Developer / Bigdata Developer" and
    "Data Analyst/Scientist" give both; "Electrical/Firmware Engineer" and "Lead / Senior Java
    Developer" are one title each."""
    parts = [part.split() for part in title.split("/")]
    if len(parts) != 2 or not all(parts) or len(parts[0]) < 2:
        return []
    first, second = parts
    if not (_is_occupation(first[-1]) and _is_occupation(second[-1])):
        return []
    if len(second) == 1:  # "Data Analyst/Scientist": the second shares the first's words
        second = [*first[:-1], second[0]]
    return [" ".join(first), " ".join(second)]


def _is_occupation(word: str) -> bool:
    """'analyst', 'Scientists', 'worker': a kind of job ('user' and 'client' are not)."""
    lowered = word.lower()
    return lowered in _OCCUPATIONS or lowered + "s" in _OCCUPATIONS


def _lowercase_title(words: list[str]) -> list[str]:
    """'nurse practitioner', 'assistant manager' stay whole; 'pest-control worker
    satisfactorily deploying ...' ends after 'worker'."""
    seen_occupation = False
    for index, word in enumerate(words):
        lowered = word.lower()
        ends_title = lowered.endswith(("ly", "ing")) or lowered in _HEAD_END
        if seen_occupation and ends_title:
            return words[:index]
        seen_occupation = seen_occupation or _is_occupation(word)
    return words


def _adjective(word: str) -> bool:
    """A word that only describes: 'dedicated', 'experienced', 'senior', 'seasoned'."""
    lowered = word.lower()
    return _grades(word) or lowered in _GENERIC or lowered.endswith(("ed", "ing", *_ADJECTIVE_END))


def _people_reach(words: list[str]) -> int:
    """Index of an occupation that closes a lowercase title within a few words ("Textile -
    apparel - and furnishings workers", "Certified nursing assistant"), or 0."""
    for index, word in enumerate(words[1:7], start=1):
        lowered = word.lower()
        if _is_occupation(lowered):
            return index
        if not (word.isalpha() or word in ("-", "–", "&", "/")) or lowered in _HEAD_END - {"and"}:
            return 0
        if lowered in _TITLE_JOINERS - {"and", "&", "/", "-", "–"} or lowered == "between":
            return 0  # "Architect of various projects"
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if lowered.endswith(("ing", "ed")) and not _is_occupation(following):
            return 0  # "... managing warehouse workers"; not "nursing assistant"
    return 0


_BULLET_OR_CUE = re.compile(
    rf"^\s*(?:[-*•·▪●]|\d+[.)])\s|{REQUIRED_CUES.pattern}|{PREFERRED_CUES.pattern}", re.I
)


def _distinctive(word: str) -> bool:
    """An acronym, a word with digits or inner capitals: a name wherever it stands."""
    return sum(c.isupper() for c in word) > 1 or any(c.isdigit() for c in word)


def _opens(line: str, start: int) -> bool:
    before = line[:start].rstrip()
    return not before or before[-1] in ".:;!?-•*·" or before.lstrip("-•*·0123456789.) ") == ""


def _sentence_case(line: str, tokens: list[re.Match[str]], index: int) -> bool:
    """'Excellent physical fitness': the capital only opens the sentence."""
    word = tokens[index].group()
    if not _opens(line, tokens[index].start()) or _distinctive(word):
        return False
    following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
    return not following or following[0].islower()


def _inside_a_name(line: str, lead: re.Match[str]) -> bool:
    """'Energy Efficiency in ...', 'Windows Forms on ...': the lead-in word ends a name."""
    before = line[: lead.start()].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() not in _GENERIC


def _terms_in_line(line: str, known_spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Runs of Capitalised words / acronyms not already covered by a taxonomy match."""
    terms: list[tuple[str, int]] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        while len(run) > 1 and _grades(run[0].group()) and run[0].group().lower() != "set":
            run.pop(0)  # "Complex Quarkle queries" asks for Quarkle
        while run and run[-1].group().lower() in _JOINERS:
            run.pop()
        while run and run[-1].group().lower() in STOP_END and len(run) > 1:
            run.pop()
        if run:
            start, end = run[0].start(), run[-1].end()
            text = line[start:end].strip(".-/&")
            generic = all(w.lower() in _GENERIC or _DURATION.fullmatch(w) for w in text.split())
            generic = generic or text.lower() in _VAGUE  # "(POS) Technologies"
            if len(text) >= MIN_TERM_CHARS and not generic and not _stray_word(text, start, end):
                terms.append((text, start))
        run.clear()

    def _stray_word(text: str, start: int, end: int) -> bool:
        """A lone ordinary word left beside a known skill ("Active" in "Active PMP") or an
        adjective opening a sentence ("Profound ..."): a fragment, not a requirement."""
        if " " in text or _distinctive(text):
            return False
        adjective = text.lower().endswith(_ADJECTIVE_END) or _grades(text)
        if not adjective:
            return False  # "Zorblex" beside "dashboards" is a name
        beside = any(s <= end + 1 and start - 1 <= e for s, e in known_spans)
        # "Profound SOX knowledge" opens with an adjective; "Tenable, Rapid7" is a list
        opening = _opens(line, start) and line[end : end + 1] == " "
        return beside or opening

    lead_ins = [
        (m.start(), m.end()) for m in _LEAD_IN.finditer(line) if not _inside_a_name(line, m)
    ]
    tokens = list(_TOKEN.finditer(line))
    for index, token in enumerate(tokens):
        word = token.group()
        if run and line[run[-1].end() : token.start()].strip():
            flush()  # punctuation between words ends a term: "AWS, GCP" is two terms
        covered = any(s <= token.start() < e for s, e in known_spans + lead_ins)
        has_letter = any(c.isalpha() for c in word)
        named = has_letter and (word[0].isupper() or any(c.isdigit() for c in word))
        if named and (
            _sentence_case(line, tokens, index)
            or (_opens(line, token.start()) and _third_person(word))  # "Applies Multitasking"
        ):
            named = False
        if covered or (word.lower() in _GENERIC and not (run and word.lower() in _JOINERS)):
            flush()
            continue
        if named or (run and word.lower() in _JOINERS):
            run.append(token)
        else:
            flush()
    flush()
    return terms


_QUALIFIERS = _LEAD_WORDS | set(  # words that grade a requirement rather than name it
    """
    superior impeccable unrelenting keen sound in-depth comprehensive fine high-level
    exceptional broad sharp keen clear robust practical general overall highly very
    extensive strong excellent outstanding solid proven good great thorough deep basic advanced
    working demonstrated hands-on proficiency proficient familiarity familiar knowledge
    understanding experience expertise skilled skills ability able capability capable
    the a an in with of to on at some any set base dedicated experienced
    """.split()
)
_HEAD_END = set(
    """
    to for with in on at that which who and or making ensuring including such using by from as
    while when across within through into is are be will should must based under alongside
    used catered tailored geared needed
    """.split()
)
_BULLET = re.compile(r"^\s*(?:[-*•·▪●►✓➢◦]+|\d+[.)])\s*")


_ADVERB_END = tuple("ently antly ately ively ally ckly ously fully ably ibly sely".split())


_PLAIN_ADVERBS = set(
    """
    highly deeply truly strongly clearly properly regularly correctly directly promptly safely
    closely
    """.split()
)


def _adverb(word: str) -> bool:
    """'efficiently', 'highly', 'quickly' - not 'assembly', 'supply' or 'anomaly'."""
    lowered = word.lower()
    return lowered.endswith(_ADVERB_END) or lowered in _PLAIN_ADVERBS


def _grades(word: str) -> bool:
    """A word that grades a requirement: 'Excellent', 'highly', 'Understands'."""
    return word.lower() in _QUALIFIERS or _adverb(word)


_LABEL = re.compile(r"([A-Za-z][^:.;,()]{1,40}):\s")
SHORT_ITEM_WORDS = 5  # an unbulleted line this short in a requirement list is one item
MAX_ITEM_WORDS = 4  # a requirement's head, or an item of a list, is at most this long
LEAD_IN_REACH = 2  # words before "knowledge of" ("Adroit understanding of ...")


def head_phrase(line: str, listed: bool = False) -> tuple[str, int] | None:
    """The thing a requirement bullet asks for: 'Excellent physical fitness to manage
    equipment' -> 'physical fitness'. None when the bullet is not a bullet or names nothing.
    With `listed`, a short unbulleted line ('Manual dexterity.') counts as a bullet."""
    bullet = _BULLET.match(line)
    if bullet:
        label = _LABEL.match(line, bullet.end())
        if label:  # "- Computer skills: familiarity with ...": the label names the thing
            head = _head_at(line, bullet.end(), label.end(1))
            if head is not None:
                return head
            return _head_at(line, label.end(), len(line))  # "- Experience: Zorblex admin"
        return _head_at(line, bullet.end(), len(line))
    if listed and 0 < len(line.split()) <= SHORT_ITEM_WORDS:
        return _head_at(line, len(line) - len(line.lstrip()), len(line))
    return None


_SETTINGS = {"environment", "environments", "setting", "settings"}


# What a workplace is like, not a thing to know: "a fast-paced, dynamic environment".
_SETTING_WORDS = set(
    """
    dynamic diverse challenging demanding busy friendly inclusive collaborative cooperative
    supportive creative exciting stressful hectic growing changing evolving innovative
    multicultural fast-paced fast-moving high-pressure high-growth team-oriented paced
    """.split()
)


def _describes(word: str) -> bool:
    """A word that says what a workplace is like: 'cooperative', 'fast-paced', 'dynamic'."""
    lowered = word.lower()
    return lowered in _SETTING_WORDS or lowered.endswith("-paced")


_PEOPLE = set(
    """
    engineer developer analyst specialist manager officer director administrator architect
    assistant associate coordinator technician intern trainee expert candidate applicant
    consultant customer client user stakeholder colleague professional project internship
    approach mindset attitude manner
    """.split()
)


def _people(word: str) -> bool:
    """People, kinds of work or manners, singular or plural: 'engineers', 'colleagues',
    'projects', 'a structured approach'."""
    return word in _PEOPLE or (word.endswith("s") and word[:-1] in _PEOPLE)


def _generic(word: str) -> bool:
    lowered = word.lower()
    return lowered in _GENERIC or _people(lowered)


# A word, or a digit-led one with letters ("3D"), with dotted parts ("force.com").
_HEAD_WORD = re.compile(r"(?:\d+[A-Za-z]|[A-Za-z])[A-Za-z0-9+#'’\-]*(?:\.[A-Za-z0-9]+)*")


def _verb(word: str) -> bool:
    """A bare verb or its -ing form: 'adapt', 'designing', 'executing'."""
    lowered = word.lower()
    if lowered in _VERBS or lowered == "test":  # "testing" is a skill, "test" an action
        return True
    if _third_person(lowered):
        return True
    root = lowered[:-3] if lowered.endswith("ing") else ""
    # "design" names a thing; "designing" is what one does with it.
    return bool(root) and (root in _VERBS or root + "e" in _VERBS or root == "design")


_PLURAL_NOUNS = {"leads", "deals", "works", "builds", "supports", "shapes", "holds"}


def _third_person(word: str) -> bool:
    """'applies', 'develops', 'handles': a verb said of someone ('leads' and 'deals' are
    more often things)."""
    lowered = word.lower()
    if lowered in _PLURAL_NOUNS:
        return False
    if lowered.endswith("ies"):
        return lowered[:-3] + "y" in _VERBS
    return lowered.endswith("s") and (lowered[:-1] in _VERBS or lowered[:-2] in _VERBS)


# "Ability to confront and resolve issues": the word after these is a verb.
_INFINITIVE = re.compile(
    r"\b(?:abilit(?:y|ies)|able|capacity|capability|willing(?:ness)?|eager|ready)\s+to\s+$", re.I
)


# Lead-ins that are nouns of their own when another noun stands before them: "Energy
# efficiency in buildings", "warehouse capacity for peak season", "Design sense for apps".
_WEAK_LEADS = {"capacity", "efficiency", "excellence", "sense", "involvement", "eye", "talent"}


_ADJECTIVE_LIKE = (*_ADJECTIVE_END, "al", "ic", "ine", "ed", "ish")
_PLAIN_ADJ = {"high", "keen", "real", "true", "innate", "natural", "genuine", "great", "good"}


def _names_a_noun(line: str, lead: re.Match[str]) -> bool:
    if lead.group().split()[0].lower() not in _WEAK_LEADS:
        return False
    before = line[: lead.start()].split()
    if not before or _grades(before[-1]) or _BULLET.fullmatch(before[-1] + " "):
        return False
    # "Natural talent for sales", "Critical eye for detail": an adjective, not a noun
    return not before[-1].lower().endswith(_ADJECTIVE_LIKE) and before[-1].lower() not in _PLAIN_ADJ


def _within_reach(before: str) -> bool:
    """Few enough words before 'knowledge of' for it to open the item: 'Adroit
    understanding of', 'Some years of involvement in', 'Theoretical and working knowledge
    of'; not 'Python and SQL experience with'."""
    words = before.split()
    if "," in before:  # "Python, SQL and a passion for data": the lead-in is one item of a list
        return False
    if any(w.lower() in ("and", "or") for w in words):
        # "Welding and experience with hydraulics" asks for two things: the second is found by
        # _after_and, the first stays this item's head
        return all(_grades(w) or w.lower() in ("and", "or") for w in words)
    return sum(not _grades(w) for w in words) <= LEAD_IN_REACH


def _skip_verbs(words: list[re.Match[str]], start: int) -> int:
    """Past 'executing and designing' or, after 'ability to', past 'confront and resolve'."""
    start += 1
    while start + 1 < len(words) and words[start].group().lower() in ("and", "or"):
        start += 2
    while start < len(words) and _grades(words[start].group()):
        start += 1
    return start


def _head_at(line: str, offset: int, stop: int) -> tuple[str, int] | None:
    """The head of line[offset:stop]: qualifiers skipped, up to the first joining word."""
    lead = _LEAD_IN.search(line, offset, stop)
    if lead and _within_reach(line[offset : lead.start()]) and not _names_a_noun(line, lead):
        offset = lead.end()  # "Deeply-rooted skill set in animal care" -> "animal care"
    words = list(_HEAD_WORD.finditer(line[offset:stop]))
    start = 0
    while start < len(words) and _grades(words[start].group()):
        start += 1
    if start + 1 < len(words) and (
        _third_person(words[start].group())  # "Applies multitasking"
        or _INFINITIVE.search(line, 0, offset + words[start].start())  # "identify and resolve"
    ):
        start = _skip_verbs(words, start)
    # "executing and designing ladder logic": verbs joined by "and" say what to do with the
    # thing after them. One verb alone may start a skill's name ("Lead generation").
    while start + 2 < len(words) and _verb(words[start].group()):
        if words[start + 1].group().lower() not in ("and", "or"):
            break
        start += 2
        if _verb(words[start].group()) and start + 1 < len(words):
            start += 1
    picked: list[re.Match[str]] = []
    for word in words[start:]:
        gap = line[offset + (picked[-1].end() if picked else word.start()) : offset + word.start()]
        if word.group().lower() in _HEAD_END or (picked and gap.strip()):
            break
        if picked and _adverb(word.group()):
            break  # "guidance clearly alongside attention to detail"
        picked.append(word)
    people_tail = setting_tail = False
    while picked:
        last = picked[-1].group().lower()
        if _people(last):  # "non-technical colleagues", "academic projects": who or what
            people_tail = True  # kind of work, not a thing to know
        elif last in _SETTINGS:  # "a manufacturing environment" asks for manufacturing
            setting_tail = True
        elif last == "tools" and len(picked) > 1 and picked[-2].group()[:1].islower():
            break  # "power tools", "hand tools"; "Zorblex tools" asks for Zorblex
        elif last not in STOP_END and last not in _GENERIC and not _adverb(last):
            break
        picked.pop()  # "Python knowledge" -> "Python", "work efficiently" -> "work"
    if not picked or len(picked) > MAX_ITEM_WORDS or (people_tail and len(picked) == 1):
        return None
    if (setting_tail and len(picked) == 1 and _describes(picked[0].group())) or _describes(
        picked[-1].group()
    ):
        return None  # "a cooperative environment", "a fast-paced, dynamic setting"
    text = line[offset + picked[0].start() : offset + picked[-1].end()]
    if all(_generic(w.group()) or w.group().lower() in _VAGUE for w in picked) or len(text) < 3:
        return None
    if len(picked) == 1 and (_verb(picked[0].group()) or _grades(picked[0].group())):
        return None  # "- Ability to adapt quickly": a verb or an adverb, not a thing to have
    skills = _SKILLS_AFTER.match(line, offset + picked[-1].end())
    if skills:  # the posting's wording keeps "skills"; matching drops it (literal_match)
        text += skills.group()
    return text, offset + picked[0].start()


_LEAD_IN = re.compile(
    r"\b(?:knowledge|understanding|experience|proficiency|expertise|familiarity|background"
    r"|command|mastery|grasp|grounding|foundation|skill\s*set|exposures?|competency|competence"
    r"|capability|capacity|acquaintance|fluency|fluent|know-?how|involvement|penchant|flair"
    r"|knack|talent|eye|sense|excellence|efficiency|apprehension"
    r"|implementation|application|range|variety|forms|types|kinds|passion|interest)"
    r"\s+(?:of|in|with|on|over|to|for|about)\s+|\bskills?\s+in\s+|\b(?:craft|adept)\s+at\s+",
    re.I,
)
_SKILLS_AFTER = re.compile(r" skills?\b", re.I)
_SKILLS_TAIL = re.compile(r" skills?$", re.I)
_SENTENCE = re.compile(r"(?:[^.;:!?]|[.;:!?](?!\s|$))+")  # "ASP.NET", "e.g." stay inside
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")


# Words that open a clause inside a list ("Python with pandas, for automating checks and
# comparisons"): what follows belongs to the clause. "including" and "such as" open examples.
_CLAUSE_OPENERS = {"to", "for", "by", "while", "when", "that", "which", "who", "so", "where"}


# "Python from coursework, research or projects", "Excel ability to build reports and ...";
# not "Excel skills in pivot tables, VLOOKUP and macros" (those are the skills asked for).
_PREPOSITIONS = {"from", "for", "to", "by", "during", "through"}


def _then_a_phrase(line: str, end: int, spans: list[tuple[int, int]]) -> bool:
    """The item holding a known skill goes on past it with a preposition: the items after it
    are that preposition's objects ("Python from coursework, research or projects")."""
    last = max((e for s, e in spans if e <= end), default=-1)
    after = line[last:end].split() if last >= 0 else []
    return any(word.lower() in _PREPOSITIONS for word in after)


def coordinated_items(line: str, spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Peers of a known skill in one list: "troubleshooting, inspection, cleaning and testing"
    asks for four things when "troubleshooting" is a skill. Short items only."""
    items: list[tuple[str, int]] = []
    for sentence in _SENTENCE.finditer(line):
        bounds, at = [], sentence.start()
        for cut in _LIST_SPLIT.finditer(line, sentence.start(), sentence.end()):
            bounds.append((at, cut.start()))
            at = cut.end()
        bounds.append((at, sentence.end()))
        if len(bounds) < 2 or not any(_covered(a, b, spans) for a, b in bounds):
            continue
        for a, b in bounds:
            words = line[a:b].split()
            if _covered(a, b, spans):
                if _then_a_phrase(line, b, spans):
                    break  # "Python from coursework, research or projects": the rest is its
                continue
            if not words or len(words) > MAX_ITEM_WORDS:
                continue
            if words[0].lower() in _CLAUSE_OPENERS:
                break  # "... for automating checks and comparisons": the rest is the clause's
            if _verb(words[0]):
                continue  # "... and provide clear updates": a clause, not an item
            head = _head_at(line, a, b)
            if head is not None and not _predicate(head[0], len(words)):
                items.append(head)
    return items


def _predicate(head: str, item_words: int) -> bool:
    """'invaluable for creating ...', 'aligned with safety': an adjective that says something
    of the list, not an item of it."""
    return (
        " " not in head
        and head.islower()
        and item_words > 1
        and (head.endswith(_ADJECTIVE_END) or head.endswith("ed"))
    )


_ASKING = re.compile(
    r"\b(?:requires?|must have|should have|will have|needs? to have|proficient in|"
    r"experience (?:in|with)|knowledge of|skilled in|expertise in)\b",
    re.I,
)
# ... said of the person sought, not of the company ("Acme requires every team to ship").
_SOUGHT = re.compile(
    r"\b(?:candidates?|applicants?|you|ideal|successful|position|role|individual|hire)\b", re.I
)
_MANNER_SUFFIX = re.compile(r"-(?:based|related|driven|oriented|focused|centric|powered)$", re.I)
_ACRONYM_END = re.compile(r" \([^()]*\)$")


def _head_key(text: str) -> str:
    """'API's' and 'Writing skills' compare as 'api' and 'writing'."""
    return re.sub(r"['’]s$", "", _SKILLS_TAIL.sub("", text).lower())


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


Term = tuple[str, str, str]  # (text, kind "term" or "role", name prefix)


def _line_terms(
    line: str, spans: list[tuple[int, int]], asks: bool, listed: bool
) -> tuple[list[Term], set[str]]:
    """The terms one requirement line names (a role it asks time in, or its named terms plus
    the item's head and a known skill's peers), and the keys of those heads."""
    role = next((r for r in _ROLE_LINE.finditer(line) if not _not_a_role(line, r)), None)
    if role:
        return [(_role_title(role.group("role")), "role", "Experience as ")], set()
    terms = [
        (term + acronym_after(line, start + len(term)), "term", "")
        for term, start in _terms_in_line(line, spans)
    ]
    heads = _heads(line, spans, asks, listed)
    for text, start in heads:
        lowered = text.lower()
        if not _covered(start, start + len(text), spans) and not any(
            lowered in t.lower() or t.lower() in lowered for t, _, _ in terms
        ):
            terms.append((text, "term", ""))
    return terms, {_head_key(text) for text, _ in heads}


_AND_LEAD = re.compile(r"^\s*(?:[-*•·▪●►✓➢◦]+|\d+[.)])?\s*[\w\-]+(?:\s+[\w\-]+)?\s+(?:and|or|&)\s+")


def _after_and(line: str) -> tuple[str, int] | None:
    """The second thing a bullet asks for in "Welding and experience with hydraulics"."""
    opening = _AND_LEAD.match(line)
    if opening is None:
        return None
    lead = _LEAD_IN.match(line, opening.end())
    return _head_at(line, lead.end(), len(line)) if lead else None


def _heads(
    line: str, spans: list[tuple[int, int]], asks: bool, listed: bool
) -> list[tuple[str, int]]:
    """The item's head and a known skill's peers; none in prose that merely asks."""
    if asks:
        return []
    heads = coordinated_items(line, spans)
    head = head_phrase(line, listed=listed)
    second = _after_and(line) if _BULLET.match(line) or listed else None
    return [*heads, *(h for h in (head, second) if h)]


def _defined_acronyms(line: str, terms: list[Term], spans: list[tuple[int, int]]) -> set[str]:
    """Acronyms defined right after a term or a known skill: part of its wording."""
    defined = {term[term.rfind("(") + 1 : -1] for term, _, _ in terms if term.endswith(")")}
    defined |= {acronym_after(line, end).strip(" ()") for _, end in spans}
    return defined - {""}


def _spans_by_line(skills: list[SkillHit], lines: LineIndex) -> dict[int, list[tuple[int, int]]]:
    """Where known skills stand on each line, as offsets into the line."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for hit in skills:
        for mention in hit.mentions:
            offset = lines.line_start(mention.line)
            spans.setdefault(mention.line, []).append(
                (mention.start - offset, mention.end - offset)
            )
    return spans


def _asks(line: str, section: str | None, structured: bool) -> bool:
    """Outside the requirement lists, only a sentence that asks for the person sought
    ("The role requires deep knowledge of ...") names requirements; a company blurb does not."""
    return (
        structured
        and section in ("about", None)
        and bool(_ASKING.search(line))
        and bool(_SOUGHT.search(line))
    )


def literal_requirements(
    taxonomy: Taxonomy,
    skills: list[SkillHit],
    lines: LineIndex,
    sections: list[Section],
    structured: bool,
) -> list[Requirement]:
    """Named terms in requirement and preferred lines that no taxonomy skill covers."""
    spans_by_line = _spans_by_line(skills, lines)
    found: dict[str, Requirement] = {}
    asked = {hit.id for hit in skills}
    for number in range(1, len(lines) + 1):
        section = lines.section_of(lines.line_start(number), sections)
        line = lines.line_text(number)
        asks = _asks(line, section, structured)
        if structured and section not in REQUIREMENT_SECTIONS and not asks:
            continue
        if not structured and not _BULLET_OR_CUE.search(line):
            continue
        if degree_in_line(line) or line.lstrip().startswith("#"):
            continue  # fields of study ("Bachelor's in Computer Science") and headings
        importance: Importance | None = line_importance(line, section, structured)
        if importance is None:
            continue
        spans = spans_by_line.get(number, [])
        terms, head_keys = _line_terms(line, spans, asks, structured)
        defined = _defined_acronyms(line, terms, spans)
        for term, kind, prefix in terms:
            term = _MANNER_SUFFIX.sub("", term)  # "SFTP-based file transfers" asks for SFTP
            key = _ACRONYM_END.sub("", term).lower()
            if key in found or term in defined:
                continue
            skill_id = taxonomy.by_spelling.get(key) or taxonomy.by_spelling.get(_head_key(key))
            if skill_id is None:
                found[key] = Requirement(
                    id=f"{kind}:{re.sub(r'[^a-z0-9+#]+', '-', key).strip('-')}",
                    name=prefix + term,
                    importance=importance,
                    jd_text=term,
                    line=number,
                    section=section,
                    known=False,
                    years=years_on_line(line) if kind == "role" else None,
                )
            elif skill_id not in asked and _head_key(key) in head_keys:
                # A list item naming a guarded skill whose guard wanted more context: the item
                # itself is the context ("- Instructing abilities for knowledge transfer").
                asked.add(skill_id)
                found[key] = Requirement(
                    id=skill_id,
                    name=taxonomy.skills[skill_id].name,
                    importance=importance,
                    jd_text=term,
                    line=number,
                    section=section,
                )
    return list(found.values())
