"""Edges of the rules added for hard wraps, Europass grids, part-time jobs and military
service, found by an adversarial review: what they must not cost on long input, and what they
must not read into the wrong words."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.documents.limits import Limits
from mlcareer.extract import experience, level
from mlcareer.extract.lines import LineIndex
from mlcareer.extract.other_senses import the_companys_own
from mlcareer.extract.service import asks_service, service_lines
from mlcareer.match import _best_grade
from mlcareer.models import Mention, Profile, SkillHit

from .conftest import service_term_status

ProfileOf = Callable[..., Profile]

# --- a posting's wraps join into lines no longer than the reader lets a line be ---------------


def test_joined_wraps_keep_a_postings_lines_within_the_line_limit(profile_of: ProfileOf) -> None:
    """Lower-case lines wrapped without a sentence's end (or one long line that cleaning cut)
    joined into one line would cost (mentions on the line) x (its length) further on."""
    wrapped = "\n".join(["build data pipelines in python and sql for the team"] * 300)
    one_line = "design etl jobs in python and sql " * 200
    for body in (wrapped, one_line):
        text = f"Data Engineer\n\nRequirements\n{body}\n"
        lines = profile_of(text, "posting").text.split("\n")
        assert max(map(len, lines)) <= Limits().max_line_chars
    # short wraps still join
    short = "Data Engineer\n\nRequirements\nstrong python\nand sql skills\n"
    assert "strong python and sql skills" in profile_of(short, "posting").text


def test_a_name_still_reads_over_a_wrap_left_unjoined(profile_of: ProfileOf) -> None:
    long_line = "we ship data pipelines every week for our users " * 20 + "and they run on machine"
    assert len(long_line) + len("\nlearning models for them all") > Limits().max_line_chars
    text = f"Data Engineer\n\nRequirements\n{long_line}\nlearning models for them all\n"
    profile = profile_of(text, "posting")
    assert "machine\nlearning" in profile.text  # the break past the limit stays ...
    assert "machine-learning" in {hit.id for hit in profile.skills}  # ... and is read over


# --- a language's grid is read from the two lines below each mention, not the rest -----------


def test_grid_grade_reads_two_lines_below_each_mention_only() -> None:
    count = 4000
    lines = LineIndex("Languages\n" + "German\n" * count + "German\nB2 B2 C1\nC1 C1\n")
    mentions = [
        Mention(start=lines.line_start(n), end=lines.line_start(n) + 6, text="German", line=n)
        for n in range(2, count + 3)
    ]
    hit = SkillHit(id="lang-german", name="German", kind="soft", category="x", mentions=mentions)
    started = time.process_time()
    grade = _best_grade(lines, hit)
    assert time.process_time() - started < 0.5
    assert grade is not None and grade.cefr == "C1"


# --- the part-time and volunteering reading ask each range's title once -----------------------


def test_each_dated_range_is_titled_once(
    profile_of: ProfileOf, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line of many ranges (a flattened table) costs the title search per range: the
    volunteering check and the experience step share its answer."""
    calls = []
    title_of = experience.title_of

    def counted(hit: experience.Found, lines: LineIndex) -> tuple[str, int] | None:
        calls.append(hit.start)
        return title_of(hit, lines)

    monkeypatch.setattr(experience, "title_of", counted)
    jobs = "".join(f"Engineer, Co {i}  Jan {2000 + i} - Dec {2001 + i}\n" for i in range(12))
    profile = profile_of(f"Ann Lee\n\nEXPERIENCE\n{jobs}", "resume")
    assert len(profile.experience.ranges) == 12
    assert len(calls) == len(set(calls)) == 12


def test_part_time_fields_are_read_once_a_line(
    profile_of: ProfileOf, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    fields_below = level.fields_below

    def counted(lines: LineIndex, line: int) -> list[int]:
        calls.append(line)
        return fields_below(lines, line)

    monkeypatch.setattr(level, "fields_below", counted)
    ranges = "  ".join(f"Jan {2000 + i} - Dec {2001 + i}" for i in range(0, 20, 2))
    text = f"Ann Lee\n\nEXPERIENCE\nTutor, Acme  {ranges}\nHours per week: 20\n"
    profile = profile_of(text, "resume")
    assert len(profile.experience.ranges) == 10
    assert len(calls) == len(set(calls))
    assert profile.experience.years == 10.0  # twenty years at half time


# --- a term asks for military service only when it names the service --------------------------

_SERVED = "EXPERIENCE\nIntelligence Analyst, U.S. Army\nJun 2012 - May 2018\n- Python and SQL.\n"


@pytest.mark.parametrize(
    "asked",
    [
        "Industry veteran in retail analytics",
        "Military-grade encryption",
        "Military simulation",
        "Experience supporting military customers",
        "Defense contractor experience",
    ],
)
def test_a_term_about_something_else_is_not_met_by_service(
    profile_of: ProfileOf, options: Options, asked: str
) -> None:
    assert not asks_service(asked)
    assert service_term_status(profile_of, options, _SERVED, asked) == "missing"


@pytest.mark.parametrize("asked", ["Military experience", "Military service", "MILITARY SERVICE"])
@pytest.mark.parametrize("section", ["Requirements", "Preferred"])
def test_military_experience_alone_on_its_line_asks_service(
    profile_of: ProfileOf, options: Options, asked: str, section: str
) -> None:
    """A list item that names only the service is an ask, not a resume's heading for it; the
    items after it stay in their list."""
    posting = profile_of(
        f"Intelligence Analyst\n\n{section}\n- Python\n- {asked}\n- Tableau\n", "posting"
    )
    assert [s.name for s in posting.sections] == [section.lower()]
    resume = profile_of("Sam Ortiz\nsam@example.com\n\n" + _SERVED, "resume")
    report = compare(resume, posting, options)
    [service] = [m for m in report.matched + report.missing if m.id.startswith("term:")]
    assert service.status == "matched"
    assert asks_service(service.jd_text)  # "Military" once "experience" is set aside
    civilian = profile_of("Sam Ortiz\n\nEXPERIENCE\nAnalyst, Acme\n2012 - 2018\n", "resume")
    gaps = compare(civilian, posting, options).missing
    assert [m.id for m in gaps if m.id.startswith("term:")] == [service.id]


@pytest.mark.parametrize(
    "asked",
    [
        "Prior military service",
        "Military experience",
        "Veterans encouraged to apply",
        "Former military",
        "Experience in the armed forces",
        "Active duty experience",
        "Military background",
    ],
)
def test_a_term_naming_service_asks_it(asked: str) -> None:
    assert asks_service(asked)


@pytest.mark.parametrize(
    "line",
    [
        "Sales Associate, Old Navy, 2012 - 2014",
        "Research Scientist, U.S. Army Research Laboratory, 2016 - 2020",
        "Summer Intern, Air Force Research Laboratory (AFRL)",
        "Volunteer, The Salvation  Army",
    ],
)
def test_a_shop_a_research_lab_or_a_charity_named_for_a_branch_is_no_service(line: str) -> None:
    assert service_lines(line) == []


def test_service_in_a_branch_is_still_shown() -> None:
    for line in ("Sergeant, U.S. Army, 2010 - 2014", "Avionics Technician, USAF", "Navy SEAL"):
        assert service_lines(line), line


# --- the words read after a name cost no more than their length -------------------------------


def test_a_long_word_after_our_team_is_read_in_linear_time() -> None:
    """Up to three words before the unit ("our customer service team"): a long run of word
    characters must not be tried as every split of it into three."""
    for before in ("our leadership ", "join our leadership "):
        text = before + "x" * 1000
        start = text.index("leadership")
        started = time.process_time()
        assert not the_companys_own(text, start, start + len("leadership"), True)
        assert time.process_time() - started < 0.1
    # the words are still read: "our sales-ops and customer team", "our sales team"
    text = "our sales-ops and customer team"
    assert the_companys_own(text, 4, 9, False)
    assert the_companys_own("we rely on our sales team.", 15, 20, True)


# --- GS1, the barcode standards body, is no federal pay grade ---------------------------------


def test_gs1_standards_name_no_grade(profile_of: ProfileOf) -> None:
    asks = "Data Analyst\n\nRequirements\n- 6+ years of supply chain analytics.\n- {}\n"
    for standards in ("Knowledge of GS1 standards (GTIN, barcodes).", "GS1 US data sync."):
        posting = profile_of(asks.format(standards), "posting").posting
        assert posting is not None
        assert (posting.level, posting.level_source) == ("senior", "6+ years asked")
    for written, named, grade in (
        ("GS-7", "entry", "GS-7"),
        ("GS 12", "mid", "GS-12"),
        ("GS13", "senior", "GS-13"),
    ):
        posting = profile_of(asks.format(f"Open at {written}."), "posting").posting
        assert posting is not None
        assert (posting.level, posting.level_source) == (named, f"grade: {grade}")
