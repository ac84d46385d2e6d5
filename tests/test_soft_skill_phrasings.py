"""Soft skills and everyday abilities as resumes show them: in what the person did ("Mediated
disputes between staff", "Stayed calm during sold-out weekends") rather than by name, and the
Office applications a resume lists for a posting that asks for MS Office."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def ids(found: Profile) -> set[str]:
    return {hit.id for hit in found.skills}


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Resolved customer complaints about late deliveries", "customer-service"),
        ("Guest relations and front-desk operations", "customer-service"),
        ("De-escalated upset callers before they asked for a supervisor", "conflict-resolution"),
        ("Mediated disputes between warehouse staff and drivers", "conflict-resolution"),
        ("Built strong relationships with tenants and landlords", "interpersonal-skills"),
        ("Built rapport quickly with new members", "interpersonal-skills"),
        ("Stayed calm during holiday rushes and system outages", "resilience"),
        ("Juggled phones, walk-ins and deliveries on busy mornings", "multitasking"),
        ("Listened carefully to each caller before suggesting a fix", "active-listening"),
        ("Adapted quickly to a new point-of-sale system", "adaptability"),
        ("Counted tills and reconciled cash at close", "cash-handling"),
        ("Wrote the weekly staff rotas for two shops", "scheduling"),
        ("Met every deadline for monthly board reports", "working-under-deadlines"),
    ],
)  # fmt: skip
def test_what_a_person_did_shows_the_soft_skill(
    profile_of: ProfileOf, bullet: str, skill: str
) -> None:
    assert skill in ids(profile_of(f"Experience\n- {bullet}\n", "resume"))


def test_office_applications_show_microsoft_office(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Title: Office Assistant\n\nRequirements\n- Proficiency in MS Office\n", "posting"
    )
    resume = profile_of("Skills\nMicrosoft Excel, Word, PowerPoint, Outlook\n", "resume")
    report = compare(resume, posting, options)
    verdict = {m.id: m.status for m in report.matched + report.missing}
    assert verdict["microsoft-office"] == "implied"  # shown in part, not merely close


def test_meeting_deadlines_shows_time_management(options: Options) -> None:
    assert "time-management" in options.taxonomy.implied_by("working-under-deadlines")


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Mediated disagreements between nurses on the rota", "conflict-resolution"),
        ("Ran monthly stock takes for the bar", "inventory-management"),
        ("Booked appointments for four dentists", "scheduling"),
        ("Handled payroll files with discretion", "confidentiality"),
    ],
)  # fmt: skip
def test_more_everyday_phrasings(profile_of: ProfileOf, bullet: str, skill: str) -> None:
    assert skill in ids(profile_of(f"Experience\n- {bullet}\n", "resume"))


def test_an_employers_discretion_is_no_skill(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Bonuses are paid at the company's discretion.\n"
        "- Hours may change at the discretion of the manager.\n",
        "posting",
    )
    assert "confidentiality" not in ids(posting)


@pytest.mark.parametrize(
    "text",
    [
        "Benefits\n- Annual bonus at the hiring manager's discretion\n",
        "Benefits\n- Flexible hours: start and finish at your discretion\n",
        "Experience\n- Built a workstation with a discreet graphics card for model training\n",
        "Experience\n- Trained a policy for a juggling robot arm\n",
        "Interests\n- Performed a juggling act at children's parties\n",
    ],
)  # fmt: skip
def test_discretion_and_juggling_in_other_senses_are_no_soft_skill(
    profile_of: ProfileOf, text: str
) -> None:
    assert not ids(profile_of(text)) & {"confidentiality", "multitasking"}
