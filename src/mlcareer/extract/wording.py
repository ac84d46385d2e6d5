"""The words a requirement line is read with.

Word lists (what opens, grades, joins or ends a requirement; verbs, adverbs, adjectives;
workplaces, people and occupations) and predicates on one word. Shared by literal.py, which
reads named terms and heads, and roles.py, which reads role titles.
"""

from __future__ import annotations

from ..number import is_plural, other_number

# Words that open a requirement without naming anything: "Understands SOX",
# "Exhibits keen manual dexterity", "Remarkable patience", "Various storage systems".
LEAD_WORDS = set(
    """
    understand understands understanding demonstrate demonstrates demonstrable exhibit exhibits
    exhibiting possess possesses possessing show shows showing display displays comprehension
    exemplary remarkable detailed increased efficient optimum optimal various different variety
    wide taking take use uses using utilize utilizes utilizing perform performs performing
    provide provides providing manage manages managing interpret interprets about mastery
    adept versed well-versed deeply-rooted competent competency experiences
    profound adequate significant initial broad-based knowledgeable impressive conversant
    practiced strict substantial precise matured considerable steep phenomenal skillful
    notable adamant written verbal atleast know details abilities evidence
    capabilities applicants functionality concepts hands perfection specialization
    aptitude excellency dedication exposures sophisticated distinguished
    over also technological involved expansive enough spoken similar other available
    theoretical boasts boast commendable brilliant masterly invaluable fantastic undeniable
    superb astute terrific tremendous expertness additional oral
    """.split()
)
# A learner's grades: "Intermediate Rust", "Upper-intermediate English", "Beginner Japanese"
LEARNER_GRADES = frozenset(
    "intermediate upper-intermediate pre-intermediate beginner elementary novice".split()
)
# How well a language is spoken, besides the grading words: "Business-level Japanese"
SPOKEN_GRADES = frozenset("business working native conversational".split())
_LEAD_OR_GRADE = LEAD_WORDS | LEARNER_GRADES  # in QUALIFIERS and GENERIC alike
QUALIFIERS = _LEAD_OR_GRADE | set(  # words that grade a requirement rather than name it
    """
    superior impeccable unrelenting keen sound in-depth comprehensive fine high-level
    exceptional broad sharp keen clear robust practical general overall total highly very
    extensive strong excellent outstanding solid proven good great thorough deep basic advanced
    working demonstrated hands-on proficiency proficient familiarity familiar knowledge
    understanding experience expertise skilled skills ability able capability capable
    the a an in with of to on at some any set base dedicated experienced our your their its
    valid current unrestricted successful distinct various diverse varied
    """.split()
)
# Capitalised words that open sentences, describe a requirement or name a role rather than a
# thing a person can know or use ("Strong", "Ability", "Senior", "Consultant").
GENERIC = _LEAD_OR_GRADE | set(
    """
    ability able experience experienced knowledge strong excellent good great proven demonstrated
    understanding proficiency proficient familiarity familiar thorough solid deep working hands-on
    expertise skills skill skilled must should will you your we our the a an in with to and or of
    for on at by as is are be have has minimum required requirements preferred plus bonus degree
    bachelor bachelor's master master's masters bachelors doctorate graduate undergraduate phd
    ph.d msc bsc ba bs mba ms bscs mscs bsee msee years year yoe yrs yr certification certified
    previous prior relevant related
    outstanding effective exceptional advanced basic willingness willing eager capable capability
    comfortable background track record some any all other similar etc including such e.g i.e
    happy glad ready excited fearless unafraid afraid shy shying away hesitate never
    intent intention
    e.g. i.e. etc. high level field equivalent comparable self team work office new responsible
    responsibilities requirement require requires need needs ideally least more it nice exposure
    we're you'll must-have nice-to-have both either each this that these those who what when
    where how why if not no then senior junior lead principal staff head chief entry mid consultant
    sr sr. jr jr. ii iii
    manager engineer developer analyst specialist officer director administrator architect
    assistant associate coordinator technician intern trainee expert professional professionals
    designer designers
    candidate candidates applicant role position job technical competency competence customers
    clients users stakeholders colleagues coursework non-technical weekends weekdays
    summer winter autumn monday tuesday wednesday thursday friday saturday sunday
    saturdays sundays holidays overnights around approximately roughly fresher freshers
    january february march april june july august september october november december
    competencies one two three four five six seven eight nine ten several various multiple
    extensive superior impeccable keen sound in-depth comprehensive fine high-level
    mid-senior seniority welcome welcomed
    summary overview description qualifications duties min w2 c2c c2h 1099 industry
    exp u.s u.s. usa u.s.a u.k uk must-haves nice-to-haves phds asap us eu emea apac latam
    remote hybrid onsite on-site
    """.split()
)
# Words so general that a head made only of them names nothing: "manage changes".
VAGUE = set(
    """
    issues problems changes tasks actions situations priorities deadlines goals results
    requests things ideas instructions outcomes milestones challenges concerns questions
    matters progress others regards tendencies scenarios well shifts shift technologies technology
    platforms
    platform solutions tools applications systems pounds lbs lb kg kilograms hours miles feet
    updates techniques methods practices principles concepts strategies procedures processes
    approaches education training licensure license passion enthusiasm interest standards
    disciplines contributions
    overtime targets target quotas quota oriented driven independent subject site
    practice fundamentals basics essentials guidelines potential
    """.split()
)
# Ranks that name nothing alone: a label's "Key Skills:" left "Key", and "Tertiary
# qualifications in Statistics" left "Tertiary"
VAGUE |= {"key", "core", "main", "primary", "secondary", "tertiary"}
# Words that only name a kind of thing: alone, "Python, Java, or similar languages" asks for
# no language of its own, and "Tableau, Looker, or the like" for no "like".
VAGUE |= set(
    """
    language languages framework frameworks library libraries package packages toolkit
    toolkits tooling stack stacks like
    """.split()
)
# Words after a list that stand for more of its kind: "or similar languages", "or another
# streaming system", "and other frameworks".
MORE_OF_THE_KIND = {"similar", "comparable", "equivalent", "another", "other", "others"}
# Words that end a term without being part of it: "Python knowledge" asks for Python.
STOP_END = {
    "skills",
    "skill",
    "experience",
    "knowledge",
    "abilities",
    "ability",
    "tools",
    "essential",
    "up",  # "Ability to lift up to 50 lbs": a particle, the verb names nothing
}
# Words that may join the parts of a named term.
JOINERS = {"of", "for", "de"}  # "and" separates terms: "A and B" asks for two things
# Tokens that join the items of a list: "Python, SQL and/or Go", "Thai / French cuisine"
LIST_JOINERS = frozenset({",", "/", "&", "and", "or", "and/or"})
# Words that end the head of a requirement: "physical fitness to manage equipment",
# "benchmarks like MMLU" (the examples are asked with it, as after "such as").
HEAD_END = set(
    """
    to for with in on at that which who and or making ensuring including such like using by from
    as while when across within through into is are be will should must based under alongside
    used catered tailored geared needed but though although whereas however not nor yet before
    during
    """.split()
    # French, Spanish, Italian, Portuguese: "Zorblex serait un plus", "Kafka es un plus"
    + "serait sera est sont será sería es è sarà sono é seria são".split()
)


# Words that open a clause inside a list ("Python with pandas, for automating checks and
# comparisons"): what follows belongs to the clause. "including" and "such as" open examples.
CLAUSE_OPENERS = {"to", "for", "by", "while", "when", "that", "which", "who", "so", "where"}
# A sentence's subject: "You do not need to know Kubernetes" names no "You do".
SUBJECTS = {"i", "we", "you", "they", "he", "she"}


def subject(word: str) -> bool:
    """'You', 'We'd', 'you’ll': a sentence's subject, its verb shortened or not."""
    return word.lower().replace("’", "'").split("'")[0] in SUBJECTS


# "Python from coursework, research or projects", "Excel ability to build reports and ...";
# not "Excel skills in pivot tables, VLOOKUP and macros" (those are the skills asked for).
PREPOSITIONS = {"from", "for", "to", "by", "during", "through", "in", "on", "at"}
# Nouns after which "in" names the skill's parts, not a setting: "Excel skills in pivot tables".
SKILL_NOUNS = {
    "skills", "skill", "experience", "knowledge", "expertise", "proficiency", "certification",
    "certified", "background", "training", "abilities", "ability",
}  # fmt: skip
# "power tools" and "hand tools" are things to use; "Zorblex tools" asks for Zorblex.
TOOL_KINDS = {"power", "hand", "machine", "cutting", "measuring", "garden", "precision"}


# Lead-ins that are nouns of their own when another noun stands before them: "Energy
# efficiency in buildings", "warehouse capacity for peak season", "Design sense for apps".
WEAK_LEADS = {"capacity", "efficiency", "excellence", "sense", "involvement", "eye", "talent"}


# Bare verbs that a requirement bullet may open with: "- Develop ...", "- Ability to adapt".
VERBS = set(
    """
    develop conduct read identify focus engage adapt thrive hold build concentrate maintain
    interact deal apply stand follow communicate support create handle lead ensure work
    execute shape involve validate evaluate analyze analyse implement learn incorporate
    productionize automate compare deploy measure
    navigate configure improve oversee recommend define rectify participate contribute publish
    collaborate partner return deliver grow
    lift carry climb bend kneel stoop crouch squat walk sit meet exceed
    """.split()
)
PLURAL_NOUNS = {"leads", "deals", "works", "builds", "supports", "shapes", "holds"}
# Verbs an item opens with to say what to do with the thing named after them: "Write clean,
# well-tested Python", "Deploy Terraform modules", "Discuss tradeoffs with product managers".
# Capitalised at the item's start they open no name (unlike "Lead", "Support", "Work", or
# "Design" and "Present", which open "Design thinking" and "Present value analysis").
OPENING_VERBS = frozenset(
    """
    write build develop deploy maintain implement create own debug optimize optimise monitor
    automate configure integrate migrate refactor ship scale prototype instrument tune
    productionize discuss explain communicate articulate convey describe justify deliver hire
    drive plan support coordinate
    """.split()
)
# Verbs that also open names ("Design thinking", "Document AI"): verbs only when describing
# words follow them ("Design resilient, scalable pipelines")
VERBS_OR_NAMES = frozenset("design architect document".split())
# Verbs of talking: after "ability to", what is talked about is no thing to have ("Ability to
# discuss model tradeoffs with product managers" asks for communication)
TALKING_VERBS = frozenset(
    "discuss explain present communicate articulate convey describe justify defend pitch".split()
)
# What someone did, opening a line the way a resume's bullet does: "Built CV models", "Led
# Quuxio rollouts" (not "Applied statistics" or "Automated testing", which name things).
DEEDS = set(
    """
    built developed designed deployed implemented created shipped wrote led launched delivered
    owned maintained
    """.split()
)


def verb(word: str) -> bool:
    """A bare verb or its -ing form: 'adapt', 'designing', 'executing'."""
    lowered = word.lower()
    if lowered in VERBS or lowered == "test":  # "testing" is a skill, "test" an action
        return True
    if third_person(lowered):
        return True
    root = lowered[:-3] if lowered.endswith("ing") else ""
    # "design" names a thing; "designing" is what one does with it.
    return bool(root) and (root in VERBS or root + "e" in VERBS or root == "design")


def did(word: str) -> bool:
    """'Built', 'Led', 'Shipped': a verb telling what someone did."""
    return word.lower() in DEEDS


def third_person(word: str) -> bool:
    """'applies', 'develops', 'handles': a verb said of someone ('leads' and 'deals' are
    more often things)."""
    lowered = word.lower()
    if lowered in PLURAL_NOUNS:
        return False
    if lowered.endswith("ies"):
        return lowered[:-3] + "y" in VERBS
    return lowered.endswith("s") and (lowered[:-1] in VERBS or lowered[:-2] in VERBS)


ADJECTIVE_END = ("ful", "ous", "ive", "able", "ible", "ent", "ant", "ly")
ADJECTIVE_LIKE = (*ADJECTIVE_END, "al", "ic", "ine", "ed", "ish")
PLAIN_ADJ = set(
    "high keen real true innate natural genuine great good complex first initial".split()
)


ADVERB_END = tuple("ently antly ately ively ally ckly ously fully ably ibly sely ingly".split())


PLAIN_ADVERBS = set(
    """
    highly deeply truly strongly clearly properly regularly correctly directly promptly safely
    closely
    """.split()
)


def adverb(word: str) -> bool:
    """'efficiently', 'highly', 'quickly' - not 'assembly', 'supply' or 'anomaly'."""
    lowered = word.lower()
    return lowered.endswith(ADVERB_END) or lowered in PLAIN_ADVERBS


def grades(word: str) -> bool:
    """A word that grades a requirement: 'Excellent', 'highly', 'Understands', 'Expert-level'."""
    return word.lower() in QUALIFIERS or adverb(word) or _graded_compound(word)


# Words that name a level: grades, generic words and how well a language is spoken
# ("Business-level Japanese", "working-level French")
_LEVEL_GRADES = frozenset(QUALIFIERS | GENERIC | SPOKEN_GRADES)


def _graded_compound(word: str) -> bool:
    """'Expert-level', 'Senior-level', 'Business-level': a level named in grading or generic
    words (not 'low-level' or 'system-level', which say what kind of work)."""
    *grade, last = word.lower().split("-")
    return last == "level" and bool(grade) and all(p in _LEVEL_GRADES for p in grade)


def adjective(word: str) -> bool:
    """A word that only describes: 'dedicated', 'experienced', 'senior', 'seasoned'."""
    lowered = word.lower()
    return grades(word) or lowered in GENERIC or lowered.endswith(("ed", "ing", *ADJECTIVE_END))


def distinctive(word: str) -> bool:
    """An acronym, a word with digits or inner capitals: a name wherever it stands."""
    return sum(c.isupper() for c in word) > 1 or any(c.isdigit() for c in word)


SETTINGS = {"environment", "environments", "setting", "settings"}


# What a workplace is like, not a thing to know: "a fast-paced, dynamic environment".
SETTING_WORDS = set(
    """
    dynamic diverse challenging demanding busy friendly inclusive collaborative cooperative
    supportive creative exciting stressful hectic growing changing evolving innovative
    multicultural fast-paced fast-moving high-pressure high-growth team-oriented paced
    hot cold humid loud noisy dusty high-volume remote hybrid regulated small close-knit
    """.split()
)


def describes(word: str) -> bool:
    """A word that says what a workplace is like: 'cooperative', 'fast-paced', 'dynamic'."""
    lowered = word.lower()
    return lowered in SETTING_WORDS or lowered.endswith("-paced")


PEOPLE = set(
    """
    engineer developer analyst specialist manager officer director administrator architect
    assistant associate coordinator technician intern trainee expert candidate applicant
    consultant customer client user stakeholder colleague professional project internship
    approach mindset attitude manner
    """.split()
)


OCCUPATIONS = set(
    """
    statisticians economists mathematicians actuaries
    workers managers technicians technologists officers supervisors specialists analysts
    engineers operators assistants clerks agents representatives drivers mechanics installers
    repairers inspectors teachers designers developers administrators coordinators directors
    architects consultants scientists therapists nurses aides recruiters dispatchers mentors
    supervisors tellers cashiers planners schedulers officers associates interns trainees
    experts professionals specialists managers designers practitioners attorneys teachers
    cooks bakers chefs waiters waitresses bartenders astronomers physicists physicians artists
    trainers makers programmers editors drafters masons stonemasons electricians carpenters
    plumbers welders machinists servicers finishers writers salespersons professors lecturers
    researchers surgeons dentists pharmacists veterinarians accountants auditors
    baristas receptionists housekeepers janitors custodians nannies caregivers paralegals
    secretaries bookkeepers tutors librarians pilots firefighters paramedics hairdressers
    stylists tailors farmers laborers labourers packers couriers stockers
    epidemiologists biostatisticians bioinformaticians informaticists biologists chemists
    geneticists toxicologists psychologists demographers
    """.split()
)


def people(word: str) -> bool:
    """People, kinds of work or manners, singular or plural: 'engineers', 'colleagues',
    'projects', 'a structured approach'."""
    return word in PEOPLE or (word.endswith("s") and word[:-1] in PEOPLE)


def generic(word: str) -> bool:
    """A generic word or its plural: 'Certifications', 'roles', 'engineers'."""
    lowered = word.lower()
    singular = other_number(lowered) if is_plural(lowered) else None
    return lowered in GENERIC or people(lowered) or singular in GENERIC


def is_occupation(word: str) -> bool:
    """'analyst', 'Scientists', 'worker', 'Waitress': a kind of job ('user' and 'client' are
    not)."""
    lowered = word.lower()
    return lowered in OCCUPATIONS or lowered + "s" in OCCUPATIONS or lowered + "es" in OCCUPATIONS


# Read after "no", "not", "never" or "n't": the cue denies a fear, not the skill that follows
# ("not afraid of Kubernetes", "no shying away from C++", "don't hesitate to use Go").
NO_FEAR = r"(?!\s+(?:afraid|scared|shy|shying|fear|hesitat\w*)\b)"
