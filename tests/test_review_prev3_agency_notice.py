"""An agency's notice at the head of a spec sheet: the candidate's own lines right below it
(a "Profile:" or a skills heading, with no blank line between) are the candidate's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

HEADED_SHEET = """\
CANDIDATE PROFILE
Presented by Nexus Talent, acting as an employment agency.
Please do not contact the candidate directly.
Candidate: J. Smith
{label} Senior data engineer with 8 years building pipelines in Scala, Kafka and Snowflake.

Experience
Data Engineer, Acme Ltd
2018 - 2026
- Built pipelines in Python

Education
BSc Computer Science, University of Leeds, 2017
"""


@pytest.mark.parametrize("label", ["Profile:", "Summary:", "Key Skills:"])
def test_review_prev3_the_candidates_profile_below_a_notice_keeps_its_skills(
    profile_of: ProfileOf, label: str
) -> None:
    profile = profile_of(HEADED_SHEET.format(label=label), "resume")
    assert {"Scala", "Apache Kafka", "Snowflake", "Python"} <= {hit.name for hit in profile.skills}


def test_review_prev3_the_agencys_own_lines_below_its_notice_stay_its_own(
    profile_of: ProfileOf,
) -> None:
    # near miss: the agency's address and specialisms below the notice, no label of the
    # candidate's between
    sheet = HEADED_SHEET.format(label="Profile:").replace(
        "Candidate: J. Smith", "Nexus Talent Ltd | Java | .NET | SAP recruitment specialists"
    )
    names = {hit.name for hit in profile_of(sheet, "resume").skills}
    assert not {"Java", ".NET", "SAP"} & names
    assert {"Scala", "Python"} <= names
