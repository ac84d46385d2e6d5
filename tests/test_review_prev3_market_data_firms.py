"""Bloomberg and Refinitiv are firms as well as market-data products: named as a job's
employer on its heading line they name no skill; in a bullet they still do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize("firm", ["Bloomberg", "Refinitiv"])
def test_review_prev3_a_market_data_firm_as_employer_is_no_skill(
    profile_of: ProfileOf, firm: str
) -> None:
    resume = (
        f"Omar Haddad\n\nExperience\nQuant Developer, {firm}\n2018 - 2021\n"
        "- Built market data pipelines in C++ and Python for bond pricing\n"
    )
    names = {hit.id for hit in profile_of(resume, "resume").skills}
    assert not {"bloomberg-terminal", "refinitiv"} & names
    assert "python" in names


def test_review_prev3_the_terminal_in_a_bullet_is_still_a_skill(profile_of: ProfileOf) -> None:
    # near miss: the product used in the job's work
    resume = (
        "Omar Haddad\n\nExperience\nQuant Developer, Acme Capital\n2018 - 2021\n"
        "- Pulled bond prices from Bloomberg and Refinitiv into Python models\n"
    )
    names = {hit.id for hit in profile_of(resume, "resume").skills}
    assert {"bloomberg-terminal", "refinitiv"} <= names
