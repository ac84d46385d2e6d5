"""A posting's terms the taxonomy does not know, kept whole and matched on the resume:
numbered standards, generic last words, version suffixes. Each text is written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile_of: ProfileOf, *items: str) -> Profile:
    lines = "".join(f"- {item}\n" for item in items)
    return profile_of(f"Data Scientist\n\nRequirements\n{lines}", doc_type="posting")


def _missing(profile_of: ProfileOf, options: Options, resume: str, *items: str) -> set[str]:
    report = compare(profile_of(f"Experience\n{resume}\n"), _asked(profile_of, *items), options)
    return {m.jd_text for m in report.missing if m.credit == 0}


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Experience with 21 CFR Part 11 compliant systems", "21 CFR Part 11"),
        ("Knowledge of IEC 61850 substation protocols", "IEC 61850"),
        ("Experience with Solvency II reporting", "Solvency II"),
        ("Familiarity with Basel III capital rules", "Basel III"),
        # a number a year might be, after a code or a standards body's letters
        ("Knowledge of 29 CFR 1910 general industry rules", "29 CFR 1910"),
        ("Designs to EN 1998 for seismic loads", "EN 1998"),
        ("Apparatus built to NFPA 1901", "NFPA 1901"),
    ],
)
def test_a_standards_number_stays_in_its_name(profile_of: ProfileOf, item: str, term: str) -> None:
    asked = {r.jd_text for r in _asked(profile_of, item).requirements}
    assert term in asked


@pytest.mark.parametrize(
    "item",
    [
        "Zorblex for 5 years",
        "3+ years of Zorblex",
        "Zorblex (2019 onwards)",
        "Zorblex 2019 experience",
    ],
)
def test_counts_and_years_stay_out_of_a_name(profile_of: ProfileOf, item: str) -> None:
    asked = {r.jd_text for r in _asked(profile_of, item).requirements}
    assert "Zorblex" in asked


def test_a_year_after_letters_of_no_standards_body_stays_out(profile_of: ProfileOf) -> None:
    asked = {r.jd_text for r in _asked(profile_of, "ZORBLEX 2019 experience").requirements}
    assert asked == {"ZORBLEX"}


@pytest.mark.parametrize(
    ("resume", "item"),
    [
        ("- Configured relays under IEC 62443", "Knowledge of IEC 61850"),
        ("- Built controls for ISO/IEC 27002 audits", "Knowledge of ISO/IEC 27005"),
        ("- Prepared Solvency I returns", "Experience with Solvency II"),
        ("- Reported capital under Basel II", "Familiarity with Basel III"),
        ("- Mapped IEC 61850-9 models", "Knowledge of IEC 61850-7"),
        ("- Ran audits under 29 CFR 1926", "Knowledge of 29 CFR 1910"),
    ],
)
def test_another_number_does_not_show_a_standard(
    profile_of: ProfileOf, options: Options, resume: str, item: str
) -> None:
    assert _missing(profile_of, options, resume, item) != set()


@pytest.mark.parametrize(
    ("resume", "item"),
    [
        ("- Validated lab systems for 21 CFR Part 11", "Experience with 21 CFR Part 11"),
        ("- Validated lab systems for CFR Part 11", "Experience with 21 CFR Part 11"),
        ("- Mapped substations to IEC 61850 models", "Knowledge of IEC 61850"),
        ("- Built Solvency II reporting for a life insurer", "Experience with Solvency II"),
        ("- Ran plant audits under 29 CFR 1910", "Knowledge of 29 CFR 1910"),
    ],
)
def test_the_same_standard_is_shown(
    profile_of: ProfileOf, options: Options, resume: str, item: str
) -> None:
    assert _missing(profile_of, options, resume, item) == set()


@pytest.mark.parametrize(
    ("resume", "item"),
    [
        ("- Expert in landscape architecture", "The principles of landscape architecture"),
        ("- Designed blister packaging for tablets", "Skilled in the process of blister packaging"),
        ("- Sharp observation skillset on night patrols", "Good observational skills"),
    ],
)
def test_a_generic_lead_or_a_noun_of_ability_may_be_reworded(
    profile_of: ProfileOf, options: Options, resume: str, item: str
) -> None:
    assert _missing(profile_of, options, resume, item) == set()


def test_a_lead_before_an_everyday_word_is_kept(profile_of: ProfileOf, options: Options) -> None:
    assert _missing(profile_of, options, "- Taught science", "Knowledge of the logic of science")


@pytest.mark.parametrize(
    ("resume", "item"),
    [
        (
            "- Modelled claim risk from telematics for fleet insurers",
            "Experience with telematics data",
        ),
        (
            "- Tuned matchmaking for a ranked online shooter",
            "Experience building matchmaking systems",
        ),
        ("- Led eDiscovery review for litigation holds", "Experience with e-discovery workflows"),
        ("- Serviced HVAC units across three plants", "Experience with HVAC systems"),
        ("- Wrote the bank's disaster recovery runbook", "Disaster recovery protocols"),
        ("- Gave crane signalling for two tower cranes", "Knowledge of crane signalling protocols"),
        ("- Versed in the telehealth industry", "Understanding of telehealth norms"),
        (  # two kind words in a row
            "- Supported dermatology clinics with billing",
            "Experience with dermatology software applications",
        ),
    ],
)
def test_a_generic_last_word_may_be_left_out(
    profile_of: ProfileOf, options: Options, resume: str, item: str
) -> None:
    assert _missing(profile_of, options, resume, item) == set()


@pytest.mark.parametrize(
    ("resume", "item"),
    [
        ("- Ran quality control for a bottling line", "Experience with control systems"),
        ("- Analysed survey responses in R", "Experience with financial data"),
        ("- Presented to customer teams weekly", "Experience with customer data"),
        ("- Shared information with the board", "Knowledge of information systems"),
        ("- Designed algorithmic trading rules", "Algorithmic processes"),
        ("- Wrote security reviews for vendors", "Security methodologies"),
        ("- Answered support tickets by phone", "Customer support strategies"),
    ],
)
def test_a_common_word_left_alone_shows_nothing(
    profile_of: ProfileOf, options: Options, resume: str, item: str
) -> None:
    assert _missing(profile_of, options, resume, item) != set()


def test_experience_building_asks_for_what_is_built(profile_of: ProfileOf) -> None:
    asked = {
        r.jd_text
        for r in _asked(profile_of, "Experience building matchmaking systems").requirements
    }
    assert "matchmaking systems" in asked


@pytest.mark.parametrize(
    ("resume", "item"),
    [
        ("- Called variants with GATK4 on exomes", "Experience with GATK"),
        ("- Stored results in PostgreSQL15", "Experience with PostgreSQL"),
        ("- Wrote services in Java8", "Experience with Java"),
    ],
)
def test_a_version_glued_to_a_name_still_shows_it(
    profile_of: ProfileOf, options: Options, resume: str, item: str
) -> None:
    assert _missing(profile_of, options, resume, item) == set()


@pytest.mark.parametrize(("word", "skill_id"), [("S3", "amazon-s3"), ("EC2", "amazon-ec2")])
def test_a_short_name_keeps_its_digit(profile_of: ProfileOf, word: str, skill_id: str) -> None:
    skills = {s.id for s in profile_of(f"Experience\n- Ran jobs on {word}\n").skills}
    assert skills == {skill_id}


def test_no_version_of_a_short_literal_name(profile_of: ProfileOf, options: Options) -> None:
    assert _missing(profile_of, options, "- Tuned the C4 engine", "Experience with Zorb C") != set()


@pytest.mark.parametrize(
    "line",
    [
        "- Built generalised linear models in R (glm, tweedie)",
        "- Fitted pricing models in R",
        "- Fitted pricing models in R; presented them to the board",
    ],
)
def test_in_r_at_a_clause_end_names_the_language(profile_of: ProfileOf, line: str) -> None:
    assert "r" in {s.id for s in profile_of(f"Experience\n{line}\n").skills}


@pytest.mark.parametrize(
    "line",
    [
        "- Led budgets in R&D for two labs",
        "- Filed the returns under Section R",
        "- Worked in R. Smith's group on billing",
        "- Rated in R (restricted) films for a studio",
    ],
)
def test_other_rs_stay_out(profile_of: ProfileOf, line: str) -> None:
    assert "r" not in {s.id for s in profile_of(f"Experience\n{line}\n").skills}
