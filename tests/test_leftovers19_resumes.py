"""English resume lines read wrongly before: an employer whose name starts with "Nu" after a
year ("2016 - Nu Skin") read as the Dutch "nu" (now); a referees page under "Professional
Referees:", "Referee", "Reference" or "Work References" read for skills."""

from __future__ import annotations

import pytest

from .conftest import one_range
from .posting_helpers import ProfileOf

_CV = "Jane Doe\njane@example.com\n\nExperience\n{line}\n- Built dashboards in Tableau and SQL\n"


@pytest.mark.parametrize(
    ("line", "read"),
    [("2016 - 2019 Nu Skin, Data Analyst", ["2016 - 2019"]), ("2016 - Nu Skin, Data Analyst", [])],
)
def test_leftovers19_nu_opening_a_name_is_no_now(
    profile_of: ProfileOf, line: str, read: list[str]
) -> None:
    profile = profile_of(_CV.format(line=line), "resume")
    assert [found.text for found in profile.experience.ranges] == read  # none runs to now
    assert all(not found.ongoing for found in profile.experience.ranges)


@pytest.mark.parametrize(
    "line", ["2016 - nu  Data Analist, Acme B.V.", "2016 - Nu\tData Analist, Acme B.V."]
)
def test_leftovers19_dutch_nu_still_now(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(_CV.format(line=line), "resume")
    one_range(profile, (2016, 1), (2026, 11), True)


_REFEREES = (
    "Jane Doe\njane@example.com\n\nExperience\nData Analyst, Acme, 2016 - 2020\n"
    "- Built dashboards in Tableau\n\n{heading}\nDr. Ann Lee, Head of NLP, Acme Corp\n"
    "Mrs. Ngozi Okeke, Kubernetes Platform Manager, Andela\n"
)


@pytest.mark.parametrize(
    "heading", ["Professional Referees:", "Referee", "Reference", "Work References"]
)
def test_leftovers19_referees_lines_give_no_skill(profile_of: ProfileOf, heading: str) -> None:
    profile = profile_of(_REFEREES.format(heading=heading), "resume")
    found = {skill.id for skill in profile.skills}
    assert "tableau" in found
    assert not {"kubernetes", "natural-language-processing"} & found


_PHD_CV = (
    "KWAME ASANTE\nDoctoral Researcher, University of Cambridge\nkwame@cam.example\n\n"
    "Education\n2022–Present  PhD in Engineering (Machine Learning), University of Cambridge\n\n"
    "Selected Papers\nAsante K., Turner R. (2024). Inducing points for nonstationary kernels. "
    "AISTATS.\n\n{heading}\nJAX, PyTorch, Python, C++\n\nLanguages\n"
    "English (native), Twi (native), French (B2)\n"
)


@pytest.mark.parametrize("heading", ["Technical", "TECHNICAL", "Technical Proficiencies"])
def test_leftovers19_bare_technical_heads_skills(profile_of: ProfileOf, heading: str) -> None:
    profile = profile_of(_PHD_CV.format(heading=heading), "resume")
    [jax] = [skill for skill in profile.skills if skill.id == "jax"]
    assert {mention.section for mention in jax.mentions} == {"skills"}


def test_leftovers19_twi_is_a_spoken_language(profile_of: ProfileOf) -> None:
    profile = profile_of(_PHD_CV.format(heading="Skills"), "resume")
    assert "lang-twi" in {skill.id for skill in profile.skills}


def test_leftovers19_technical_in_a_posting_heads_nothing_new(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Python\n\nTechnical\n- Spark is a plus\n"
    assert profile_of(text, "posting").requirements[0].id == "python"
