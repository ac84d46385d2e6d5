"""Resume and posting wording from domains the bundled data covers little (pharma, energy,
legal, logistics, insurance, public sector, games). Each text is a small case written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _importance(profile: Profile) -> dict[str, str]:
    return {r.jd_text: r.importance for r in profile.requirements}


@pytest.mark.parametrize(
    ("heading", "name"), [("Essential", "requirements"), ("Essentials:", "requirements")]
)
def test_bare_essential_heading_opens_requirements(heading: str, name: str) -> None:
    assert heading_name(heading) == name


def test_essential_and_desirable_headings_split_required_from_preferred(
    profile_of: ProfileOf,
) -> None:
    text = (
        "ML Engineer, Parcel Routing\n\n"
        "Essential\n"
        "- Python and PostgreSQL\n"
        "- Experience with Kafka\n\n"
        "Desirable\n"
        "- Terraform\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked["Python"] == "required"
    assert asked["Kafka"] == "required"
    assert asked["Terraform"] == "preferred"


def _missing(profile_of: ProfileOf, options: Options, resume: str, *items: str) -> set[str]:
    lines = "".join(f"- {item}\n" for item in items)
    posting = profile_of(f"Data Analyst\n\nRequirements\n{lines}", doc_type="posting")
    report = compare(profile_of(f"Experience\n{resume}\n"), posting, options)
    return {m.jd_text for m in report.missing if m.credit == 0}


@pytest.mark.parametrize(
    ("resume", "acronym"),
    [
        ("- Kept lab notebooks to Good Laboratory Practice standards", "Experience with GLP"),
        ("- Handled pupil records under the Family Educational Rights and Privacy Act", "FERPA"),
        ("- Ran the internal model for the Solvency Capital Requirement", "SCR"),
        ("- Passed six exams of the Institute and Faculty of Actuaries", "IFoA"),
        ("- Refreshed know-your-customer files on high-risk clients", "KYC"),
    ],
)
def test_an_acronym_is_shown_by_its_expansion(
    profile_of: ProfileOf, options: Options, resume: str, acronym: str
) -> None:
    assert _missing(profile_of, options, resume, acronym) == set()


@pytest.mark.parametrize(
    ("resume", "acronym"),
    [
        ("- Cut cost per acquisition by a third", "CPA"),
        ("- Good at Logistics planning; Laboratory Practice tutor", "GLP"),
        ("- No Good Laboratory Practice experience", "GLP"),
    ],
)
def test_words_that_only_spell_an_acronym_loosely_do_not_show_it(
    profile_of: ProfileOf, options: Options, resume: str, acronym: str
) -> None:
    assert _missing(profile_of, options, resume, acronym) == {acronym}


def _skill_ids(profile: Profile) -> set[str]:
    return {s.id for s in profile.skills}


@pytest.mark.parametrize(
    ("line", "skill_id"),
    [
        ("- Ran split tests on store pricing and onboarding", "ab-testing"),
        ("- Built a two-tower recommendation model for in-game items", "recommender-systems"),
        ("- Set up drift monitoring for the forecasting models", "model-monitoring"),
        ("- Applied Bayesian hierarchical models to dose-finding studies", "bayesian-methods"),
        ("- Detected cheaters with isolation forests over telemetry", "anomaly-detection"),
        ("- Trained a deep Q-network to assign orders to picking waves", "q-learning"),
        (
            "- Modelled day-7 retention and lifetime value for free-to-play titles",
            "customer-analytics",
        ),
        ("- Implemented IFRS17 disclosures with the finance team", "ifrs"),
    ],
)
def test_domain_wordings_name_their_skill(profile_of: ProfileOf, line: str, skill_id: str) -> None:
    assert skill_id in _skill_ids(profile_of(f"Experience\n{line}\n"))


def test_ltv_needs_customer_context(profile_of: ProfileOf) -> None:
    assert "customer-analytics" in _skill_ids(profile_of("Experience\n- Forecast player LTV\n"))
    mortgage = profile_of("Experience\n- Underwrote mortgages up to 80% LTV\n")
    assert "customer-analytics" not in _skill_ids(mortgage)
