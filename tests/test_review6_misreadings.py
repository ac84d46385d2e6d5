"""Look-alikes of today's public-sector and East Asian rules in other postings and resumes:
a working language named beside an ask, a "You will be:" list of duties that opens on a
trait, a clearance's plain word, a doctorate after a year, and
the ids of terms in other scripts."""

from __future__ import annotations

import pytest

from mlcareer.models import Profile

from .posting_helpers import ProfileOf, asked, listed


def _degrees(profile: Profile) -> list[tuple[str, bool]]:
    return [(degree.level, degree.in_progress) for degree in profile.education.degrees]


# 1. A company's working language is no boilerplate


def test_a_teams_working_language_keeps_the_asks_beside_it(profile_of: ProfileOf) -> None:
    text = listed("English is the working language of our team; strong Python and Airflow skills.")
    found = asked(profile_of, text)
    assert "python" in found
    assert "airflow" in found


# 2. A "You will be:" list judged by its items, not its first one


_MOSTLY_DUTIES = (
    "- Comfortable with ambiguity\n- Building data pipelines in Spark\n"
    "- Deploying models to Kubernetes\n- Owning our feature store\n"
)


def test_a_list_of_duties_opening_on_a_trait_stays_duties(profile_of: ProfileOf) -> None:
    text = f"ML Engineer\n\nYou will be:\n{_MOSTLY_DUTIES}\nRequirements\n- 3+ years of Python\n"
    found = asked(profile_of, text)
    assert found["kubernetes"].section == "responsibilities"
    assert found["python"].importance == "required"


def test_a_list_of_traits_with_one_duty_asks(profile_of: ProfileOf) -> None:
    text = (
        "ML Engineer\n\nYou will be:\n- Fluent in Python\n- Experienced with Airflow\n"
        "- Shipping models to production\n"
    )
    assert asked(profile_of, text)["python"].importance == "required"


# 3. A plain word of a clearance's name


def test_reliability_alone_is_no_clearance(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Experience with Python", "Strong focus on Reliability"))
    assert "term:reliability" in found, found


# 4. East Asian doctorates


@pytest.mark.parametrize(
    ("line", "degrees"),
    [
        ("2015年博士毕业于北京大学", [("phd", False)]),
        ("获博士学位 北京大学 2015", [("phd", False)]),
        ("서울대학교 컴퓨터공학 박사 후보", [("phd", False)]),
        ("王博士 北京大学 2015", []),
        ("박사후 연구원 2020", []),
    ],
)
def test_an_east_asian_doctorate_after_a_year_or_a_verb(
    profile_of: ProfileOf, line: str, degrees: list[tuple[str, bool]]
) -> None:
    text = f"Li Na\n\nEducation\n{line}\n\nExperience\nGoogle, Engineer, 2015 - 2019\n"
    assert _degrees(profile_of(text, "resume")) == degrees


# 5. Term ids in other scripts


def test_terms_in_another_script_have_ids_of_their_own(profile_of: ProfileOf) -> None:
    found = profile_of(listed("Знание Хадуп", "Опыт с Греенплам"), "posting").requirements
    ids = [req.id for req in found if req.id.startswith("term:")]
    assert len(ids) == 2, ids
    assert len(set(ids)) == 2 and "term:" not in ids, ids
