"""Years asked in a role on a line that also asks a certificate (structure26): the years are
the role's, the certificate is asked without them; near misses keep their years."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _posting(item: str) -> str:
    return f"Cyber Defense Analyst\n\nQualifications\n- {item}\n- Experience with Splunk\n"


def _years(profile: Profile) -> dict[str, float | None]:
    return {req.id: req.years for req in profile.requirements}


def test_structure26_role_years_stay_off_the_certificate(profile_of: ProfileOf) -> None:
    item = "4 years as an Incident Response Specialist - IAT Level III Cert required"
    profile = profile_of(_posting(item), "posting")
    years = _years(profile)
    assert years["dod-8570"] is None
    assert years["role:incident-response-specialist"] == 4.0
    assert profile.posting is not None and profile.posting.years_required == 4.0


def test_structure26_role_years_before_a_semicolon_and_a_certificate(
    profile_of: ProfileOf,
) -> None:
    years = _years(profile_of(_posting("3 years as a Security Analyst; CISSP required"), "posting"))
    assert years["cissp"] is None
    assert years["role:security-analyst"] == 3.0


@pytest.mark.parametrize(
    ("item", "skill", "expected"),
    [
        # near misses: the skill in the role's own clause, or years of the skill itself
        ("5+ years as a Data Engineer working in Python", "python", 5.0),
        ("4 years of Splunk and CISSP required", "splunk", 4.0),
        ("3+ years of incident management with Splunk", "splunk", 3.0),
        # the dashes inside the role's own title: its skill keeps the years
        (
            "6 years as a Project Lead - Splunk Migrations - Security Operations, required",
            "splunk",
            6.0,
        ),
    ],
)
def test_structure26_years_kept_in_their_own_clause(
    profile_of: ProfileOf, item: str, skill: str, expected: float
) -> None:
    assert _years(profile_of(_posting(item), "posting"))[skill] == expected


def test_structure26_incidents_on_a_record_ask_no_years(profile_of: ProfileOf) -> None:
    # near miss: a driving record's incidents are no years of work
    text = "Courier\n\nRequirements\n- 5 years of driving with no incidents\n- Excel\n"
    profile = profile_of(text, "posting")
    assert profile.posting is not None and profile.posting.years_required is None
