"""Rules for `mlcareer check`: against a posting (score, required skills) or, without one, a
lint of the resume itself. Every rule is named and says how to fix what it finds."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from . import regex_cache
from .errors import UsageError
from .formats.common import graduate_for_students
from .misspellings import Misspelling, find_misspellings
from .models import SAME_DOCUMENT, Profile, Report
from .resources import data_path
from .scoring import overqualified_share
from .suggest import in_a_work_bullet, opens_with_work_done

if TYPE_CHECKING:
    from .api import Options
    from .taxonomy import Taxonomy

EMAIL = regex_cache.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = regex_cache.compile(r"\+?\d[\d ().-]{5,}\d")
PHONE_DIGITS = range(7, 16)
# Years and their ranges have a phone's shape: "2019 - 2021", "2020 - 02", "2015 2016 2017".
_YEAR = r"(?:19|20)\d\d"
YEARS = regex_cache.compile(
    rf"(?<![\d+.-]){_YEAR}(?:(?:[ \t]*[-–—./][ \t]*(?:{_YEAR}|\d\d)|[ \t]+{_YEAR})(?!\d))+"
)
NUMBER = regex_cache.compile(r"\d|%|\$|€|£")
BULLET = regex_cache.compile(r"^\s*(?:[-*•·▪●►✓➢◦]|\d+[.)])\s+(?=\S)")
MIN_WORDS, MAX_WORDS = 200, 1200
RESULT_SHARE = 0.3  # share of experience bullets that should carry a number
LISTED_ONLY_SHARE = 0.75  # share of listed skills allowed to appear nowhere but the list


class RuleResult(BaseModel):
    name: str
    passed: bool
    message: str
    fix: str = ""
    # a finding worth fixing that does not fail the check (exit status and `passed` unchanged)
    warning: bool = False


def required_skills(taxonomy: Taxonomy, names: list[str]) -> list[str]:
    """The ids of the skills named by `--require` (names, aliases or ids), checked before any
    document is read: a typo is a usage error, whatever the documents hold."""
    ids = [taxonomy.by_spelling.get(wanted.lower(), wanted.lower()) for wanted in names]
    unknown = [
        wanted
        for wanted, skill_id in zip(names, ids, strict=True)
        if skill_id not in taxonomy.skills
    ]
    if len(unknown) == 1:
        raise UsageError(
            f"--require {unknown[0]!r}: not a skill the taxonomy knows",
            _closest_skill(taxonomy, unknown[0]) or _name_a_skill(unknown[0]),
        )
    if unknown:  # all of them at once: a CI run is not repeated once for each
        guesses = [
            f"{guess} for {wanted!r}"
            for wanted in unknown
            if (guess := _closest_name(taxonomy, wanted))
        ]
        each = (
            "each must be a skill's name, alias or id (mlcareer extract shows them); "
            "--require-text looks for words as written"
        )
        hint = (
            f"did you mean {', '.join(guesses)}? {each[0].upper()}{each[1:]}" if guesses else each
        )
        raise UsageError(
            f"--require {', '.join(map(repr, unknown))}: not skills the taxonomy knows", hint
        )
    return list(dict.fromkeys(ids))


def _name_a_skill(wanted: str) -> str:
    """The hint for a name the taxonomy does not know, nor any near it."""
    return (
        "use a skill's name, alias or id (mlcareer extract shows them), or "
        f"--require-text {shlex.quote(wanted)} to look for the words as written"
    )


_SUGGESTED_FROM = 4  # characters: "py" is as near to "pyg" as to "Python"; no guess


def _closest_skill(taxonomy: Taxonomy, wanted: str) -> str:
    """ "did you mean 'Kubernetes'?" for "kubernetess": the skill whose spelling is nearest,
    when one is near enough to be a typo; "" otherwise."""
    name = _closest_name(taxonomy, wanted)
    if not name:
        return ""
    return f"did you mean {name}? (a skill's name, alias or id; --require-text looks for words)"


def _closest_name(taxonomy: Taxonomy, wanted: str) -> str:
    """The quoted name of the skill whose spelling is nearest `wanted`, or ""."""
    from rapidfuzz import fuzz, process

    if len(wanted) < _SUGGESTED_FROM:
        return ""
    found = process.extractOne(
        wanted.lower(), taxonomy.by_spelling.keys(), scorer=fuzz.ratio, score_cutoff=80
    )
    if found is None:
        return ""
    return repr(taxonomy.skills[taxonomy.by_spelling[found[0]]].name)


def posting_rules(
    report: Report,
    options: Options,
    fail_under: float | None,
    required: list[str],
    max_missing_required: int | None,
    resume: Profile | None = None,
) -> list[RuleResult]:
    """The rules asked for on the command line, checked against a match report; `required`
    holds skill ids (see required_skills); `resume`, the report's resume, is read for the
    required skills it writes misspelt."""
    results: list[RuleResult] = []
    if not report.components:  # nothing measured: a threshold would pass or fail by chance
        results.append(
            RuleResult(
                name="posting",
                passed=False,
                message="the posting names no skills, degree or years the tool recognises",
                fix="check that --jd is the job description",
            )
        )
    if SAME_DOCUMENT in report.warnings:  # --jd names the resume: every rule would pass
        results.append(
            RuleResult(
                name="posting",
                passed=False,
                message="the posting is the resume itself (the same text)",
                fix="check that --jd is the job description",
            )
        )
    if fail_under is not None:
        results.append(
            RuleResult(
                name="fail-under",
                passed=report.score >= fail_under,
                message=f"score {report.score:.1f}, threshold {fail_under:g}"
                + "".join(f"; {why}" for why in held_down(report)),
                fix=f"run `{_match_command(report)}` for what to change",
            )
        )
    if max_missing_required is not None:
        missing = [m.name for m in report.missing if m.importance == "required"]
        results.append(
            RuleResult(
                name="max-missing-required",
                passed=len(missing) <= max_missing_required,
                message=f"{len(missing)} required skill{'' if len(missing) == 1 else 's'} missing"
                f" (allowed {max_missing_required})"
                + (f": {', '.join(missing)}" if missing else ""),
                fix="show the missing skills in experience bullets, if you have them",
            )
        )
    return results + _required_skill_rules(report, options.taxonomy, required, resume)


def _required_skill_rules(
    report: Report, taxonomy: Taxonomy, required: list[str], resume: Profile | None
) -> list[RuleResult]:
    """`--require`: each skill shown in the resume; one it writes misspelt ("Pyhton") is to be
    corrected, as a keyword search misses it too."""
    unshown = [skill_id for skill_id in required if skill_id not in report.resume_skills]
    slips: dict[str, Misspelling] = {}
    for found in find_misspellings(resume, taxonomy, unshown) if resume and unshown else []:
        slips.setdefault(found.skill_id, found)
    results = []
    for skill_id in required:
        name = taxonomy.skills[skill_id].name
        slip = slips.get(skill_id)
        fix = (
            f'correct "{slip.written}" (line {slip.line}) to "{slip.spelled}"'
            if slip
            else f"name {name} in the resume"
        )
        shown = skill_id not in unshown
        message = f"{name} is {'' if shown else 'not '}shown"
        results.append(
            RuleResult(name=f"require:{skill_id}", passed=shown, message=message, fix=fix)
        )
    return results


def _match_command(report: Report) -> str:
    """The match command that explains this score, ready to copy: "mlcareer match cv.pdf
    jobs/target.txt", a bundled posting by its name (a piped document, "-", cannot be read
    again: named as it was)."""
    jd = Path(report.jd)
    bundled = jd.parent == data_path("job_descriptions") and jd.suffix == ".txt"
    posting = jd.stem if bundled else report.jd
    return f"mlcareer match {_shell_word(report.resume)} {_shell_word(posting)}"


def _shell_word(path: str) -> str:
    """A path quoted for a shell, and read as no option: "./-cv.txt", not "-cv.txt"."""
    return shlex.quote(f"./{path}" if path.startswith("-") and path != "-" else path)


def text_rules(resume_text: str, terms: list[str]) -> list[RuleResult]:
    """`--require-text`: each term written in the resume as whole words, in any case, and not
    denied ("no Zorblex"); for tools and terms the taxonomy does not know."""
    from .literal_match import find_exact, normalise
    from .literal_match import resume_text as normalised_resume

    resume = normalised_resume(resume_text)
    results = []
    for term in terms:
        hit = find_exact(term, resume, any_number=True) if term.isascii() else None
        written = _line_holding(resume_text, term) if not term.isascii() else None
        if hit or written:
            number = hit.lines[0].number if hit else written
            said = f"is written in the resume (line {number})"
        elif term.isascii() and f" {normalise(term)} " in resume.normal:  # "No Zorblex"
            said = "is written only where the resume says it lacks it"
        else:
            said = "is not written in the resume"
        results.append(
            RuleResult(
                name=f"require-text:{term}",
                passed=bool(hit or written),
                message=f"{term!r} {said}",
                fix=f"write {term} in the resume, where you used it",
            )
        )
    return results


def _line_holding(text: str, term: str) -> int | None:
    """The first line holding a term written beyond ASCII ("1С", "Битрикс24", "データ") as
    whole words in any case: the literal matcher's normal form keeps only ASCII letters."""
    pattern = re.compile(rf"(?<!\w){re.escape(term.casefold())}(?!\w)")
    for number, line in enumerate(text.split("\n"), 1):
        if pattern.search(line.casefold()):
            return number
    return None


def held_down(report: Report) -> list[str]:
    """What lowers the score that no skill added lifts: a resume far above an early-career
    posting (experience.level_fit), a graduate for a posting for current students."""
    reasons = []
    if report.experience.get("level_fit"):
        share = overqualified_share()
        reasons.append(f"{report.experience['level_fit']} ({share} the experience credit)")
    if graduate_for_students(report.education):
        reasons.append("not a current student (no education credit)")
    return reasons


def _section_lines(resume: Profile, names: set[str]) -> list[str]:
    text = resume.text
    return [
        line
        for s in resume.sections
        if s.name in names
        for line in text[s.start : s.end].splitlines()[1:]
    ]


def has_phone(text: str) -> bool:
    """A phone number: 7 to 15 digits in a phone's shape, not a range of years."""
    return any(
        sum(c.isdigit() for c in found.group()) in PHONE_DIGITS
        for found in PHONE.finditer(YEARS.sub(" ", text))
    )


def _contact(resume: Profile) -> RuleResult:
    head = resume.text[:1500]
    shown = {"email": EMAIL.search(head) is not None, "phone": has_phone(head)}
    found = [label for label, present in shown.items() if present]
    return RuleResult(
        name="contact",
        passed=len(found) == 2,
        message=f"found: {', '.join(found) or 'nothing'} near the top",
        fix="put an email address and a phone number under your name",
    )


def _headings(resume: Profile) -> RuleResult:
    present = {s.name for s in resume.sections}
    missing = [n for n in ("experience", "education", "skills") if n not in present]
    return RuleResult(
        name="sections",
        passed=not missing,
        message="standard headings found" if not missing else f"no {', '.join(missing)} heading",
        fix="use plain headings such as Experience, Education, Skills",
    )


def _length(resume: Profile) -> RuleResult:
    words = len(resume.text.split())
    return RuleResult(
        name="length",
        passed=MIN_WORDS <= words <= MAX_WORDS,
        message=f"{words} words (aim for {MIN_WORDS}-{MAX_WORDS})",
        fix=(
            "add to each role what you did and what came of it, and your projects"
            if words < MIN_WORDS
            else "one page for a few years of work, two at most"
        ),
    )


def _dates(resume: Profile) -> RuleResult:
    work = [r for r in resume.experience.ranges if r.section in ("experience", None)]
    ranges = "range" if len(work) == 1 else "ranges"
    return RuleResult(
        name="dates",
        passed=bool(work),
        message=f"{len(work)} readable date {ranges} in work experience",
        fix="give every role a start and end, e.g. 'Jan 2021 - Present'",
    )


def _results(resume: Profile) -> RuleResult:
    bullets = _bullets(_section_lines(resume, {"experience", "projects"})) or _work_elsewhere(
        resume
    )
    # A numbered bullet's own number ("1. Built ...") is no result.
    with_numbers = sum(bool(NUMBER.search(b, _marker_end(b))) for b in bullets)
    if not bullets:
        return RuleResult(
            name="measurable-results",
            passed=False,
            message="no bullet points under experience or projects",
            fix="describe each role in bullets that state results: 'cut latency by 40%'",
        )
    return RuleResult(
        name="measurable-results",
        passed=with_numbers / len(bullets) >= RESULT_SHARE,
        message=f"{with_numbers} of {len(bullets)} experience bullets carry a number",
        fix="state results: 'cut latency by 40%', 'served 2M users'",
    )


def _work_elsewhere(resume: Profile) -> list[str]:
    """The bullets telling of work done outside experience and projects: a functional resume
    sets them under themed headings ("Analytics", "Selected accomplishments")."""
    names = {s.name for s in resume.sections} - {"experience", "projects"}
    return [b for b in _bullets(_section_lines(resume, names)) if opens_with_work_done(b)]


def _bullets(lines: list[str]) -> list[str]:
    """The bullets with their wrapped lines joined: an indented or lower-case line right
    after a bullet continues it ("- Built a churn model and" / "  cut churn by 12%")."""
    bullets: list[str] = []
    text_at = -1  # where the open bullet's text starts; -1 when none is open
    for line in lines:
        if BULLET.match(line):
            bullets.append(line)
            text_at = _marker_end(line)
            continue
        indent = len(line) - len(line.lstrip())
        if text_at >= 0 and line.strip() and (indent >= text_at or line.lstrip()[:1].islower()):
            bullets[-1] += " " + line.strip()
        else:
            text_at = -1
    return bullets


def _marker_end(bullet: str) -> int:
    found = BULLET.match(bullet)
    return found.end() if found else 0


def _listed_only(resume: Profile, taxonomy: Taxonomy | None = None) -> RuleResult:
    """Listed skills shown nowhere else at work: in experience or projects, or in a bullet
    telling of work done wherever it stands (a functional resume's themed sections), by name
    or, with the taxonomy, by a skill that implies it (PySpark at work shows Spark)."""
    listed = {h.id: h.name for h in resume.skills if any(m.section == "skills" for m in h.mentions)}
    used = {
        h.id
        for h in resume.skills
        if any(m.section in ("experience", "projects") for m in h.mentions)
        or in_a_work_bullet(resume, h.mentions)
    }
    if taxonomy is not None:
        used |= {i for u in used if u in taxonomy.skills for i in taxonomy.skills[u].implies}
    only = [name for skill_id, name in listed.items() if skill_id not in used]
    passed = not listed or len(only) <= LISTED_ONLY_SHARE * len(listed)
    return RuleResult(
        name="skills-in-experience",
        passed=passed,
        message=(
            f"{len(only)} of {len(listed)} listed skills appear only in the list"
            + (f": {', '.join(only[:8])}" if only else "")
            if listed
            else "no skills list found, so none can appear only there"
        ),
        fix="show your main skills in experience or project bullets",
    )


SHOWN_MISSPELLINGS = 8


def _skill_spelling(resume: Profile, taxonomy: Taxonomy) -> RuleResult:
    """Skill names that look misspelt ("Pyhton"): a warning, not a failure, as the guess
    may be wrong and the resume is otherwise as good as before."""
    first: dict[str, Misspelling] = {}  # each word once, where it is first written
    for found_here in find_misspellings(resume, taxonomy):
        first.setdefault(found_here.written, found_here)
    found = list(first.values())
    shown = [misspelling_said(m, taxonomy) for m in found]
    message = "; ".join(shown[:SHOWN_MISSPELLINGS]) + (
        f"; and {len(shown) - SHOWN_MISSPELLINGS} more" if len(shown) > SHOWN_MISSPELLINGS else ""
    )
    return RuleResult(
        name="skill-spelling",
        passed=True,
        warning=bool(found),
        message=f"{message}: keyword searches will miss {'it' if len(found) == 1 else 'them'}"
        if found
        else "no skill name looks misspelt",
        fix="spell each skill's name as its makers do",
    )


def misspelling_said(found: Misspelling, taxonomy: Taxonomy) -> str:
    """'"Hadop" (line 9) looks like a misspelling of "Hadoop" (Apache Hadoop)'."""
    name = taxonomy.skills[found.skill_id].name
    named = "" if name.lower() == found.spelled.lower() else f" ({name})"
    written = f'"{found.written}" (line {found.line})'
    return f'{written} looks like a misspelling of "{found.spelled}"{named}'


def lint_rules(resume: Profile, taxonomy: Taxonomy | None = None) -> list[RuleResult]:
    """Checks on the resume alone; with the taxonomy, its skill names' spelling too."""
    rules = [
        _contact(resume),
        _headings(resume),
        _length(resume),
        _dates(resume),
        _results(resume),
        _listed_only(resume, taxonomy),
    ]
    return rules if taxonomy is None else [*rules, _skill_spelling(resume, taxonomy)]
