"""Public-sector postings read wrongly before: a pay and pension sentence among the skills, a
first degree accepted in lieu of an advanced one, nationality rules, a link line to the
language requirements and a competency's label."""

from __future__ import annotations

from mlcareer.extract.work_authorization import posting_stance
from tests.posting_helpers import ProfileOf, asked, posting_info

_TITLE = "Policy Analyst\n\nSkills\n"


def test_a_salary_and_pension_sentence_asks_nothing(profile_of: ProfileOf) -> None:
    found = asked(
        profile_of,
        _TITLE + "Experience of analysing data with Python.\n"
        "Alongside your salary of £41,000, the Ministry of Quuxes contributes £11,500 towards "
        "you being a member of the Quux Service Defined Benefit Pension scheme.\n",
    )
    assert "python" in found
    assert not [key for key in found if key.startswith("term:")]


def test_an_employer_pension_contribution_asks_nothing(profile_of: ProfileOf) -> None:
    found = asked(
        profile_of,
        _TITLE + "Experience with SQL.\nThe Quux Agency contributes 27% towards your pension "
        "in the Quux Pension Fund.\n",
    )
    assert "sql" in found
    assert not [key for key in found if key.startswith("term:")]


def test_pension_knowledge_is_still_asked(profile_of: ProfileOf) -> None:
    # the pension as the work's subject, no offer to the hire
    found = asked(profile_of, _TITLE + "Knowledge of the Quux Defined Benefit Scheme.\n")
    assert any(key.startswith("term:") for key in found)


_UN_EDUCATION = (
    "Statistician, P-3\n\nEducation\nAdvanced university degree (Master's or equivalent) in "
    "statistics is required. A first-level university degree in combination with two "
    "additional years of qualifying experience may be accepted in lieu of the advanced "
    "university degree.\n"
)


def test_a_first_degree_accepted_in_lieu_is_the_alternative(profile_of: ProfileOf) -> None:
    info = posting_info(profile_of, _UN_EDUCATION)
    assert info.degree_required == "master"
    assert info.degree_with_alternative == "bachelor"
    assert info.degree_alternative is not None
    assert "two additional years" in info.degree_alternative


def test_the_degree_accepted_in_lieu_may_stand_on_its_own_line(profile_of: ProfileOf) -> None:
    info = posting_info(profile_of, _UN_EDUCATION.replace("required. A", "required.\nA"))
    assert info.degree_required == "master"
    assert info.degree_with_alternative == "bachelor"


def test_a_degree_in_lieu_of_a_lower_one_is_no_alternative(profile_of: ProfileOf) -> None:
    # nothing higher is asked before it: the degree named is simply asked
    info = posting_info(
        profile_of,
        "Analyst\n\nRequirements\nA bachelor's degree may be accepted in lieu of the diploma.\n",
    )
    assert info.degree_required == "bachelor"
    assert info.degree_alternative is None


def test_uk_nationality_groups_take_citizens_or_residents() -> None:
    stance = posting_stance(
        "Data Analyst\n\nNationality requirements\nThis job is broadly open to the following "
        "groups: UK nationals, nationals of the Republic of Ireland, nationals of "
        "Commonwealth countries who have the right to work in the UK.\n"
    )
    assert stance is not None
    assert stance.status == "citizens-or-residents"
    assert stance.detail == "UK/Ireland"


def test_a_national_of_an_eu_member_state_is_citizens_only() -> None:
    stance = posting_stance(
        "Policy Officer (AD5)\n\nEligibility criteria\nBe a national of one of the Member "
        "States of the European Union and enjoy full rights as a citizen.\n"
    )
    assert stance is not None
    assert stance.status == "citizens-only"
    assert stance.detail == "EU"


def test_nationals_named_otherwise_take_no_stance() -> None:
    assert (
        posting_stance("Analyst\n\nAbout\nWe serve foreign nationals of many countries.\n") is None
    )
    waived = "Analyst\n\nAbout\nYou need not be a national of the European Union to apply.\n"
    assert posting_stance(waived) is None


def test_a_link_line_to_language_requirements_asks_nothing(profile_of: ProfileOf) -> None:
    found = asked(
        profile_of,
        "Data Scientist (EC-04)\n\nEssential qualifications\nExperience with Python.\n"
        "English essential\nInformation on language requirements\n",
    )
    assert "lang-english" in found
    assert "term:information" not in found


def test_a_competency_label_is_asked_as_communication_is(profile_of: ProfileOf) -> None:
    found = asked(
        profile_of,
        "Data Scientist, P-3\n\nCompetencies\nProfessionalism: Shows pride in work and in "
        "achievements.\nCommunication: Speaks and writes clearly and effectively.\n",
    )
    assert found["communication"].importance == "required"
    assert found["professionalism"].importance == "required"
    assert "term:professionalism" not in found


def test_the_un_client_orientation_label_asks_customer_focus(profile_of: ProfileOf) -> None:
    found = asked(
        profile_of,
        "Data Scientist, P-3\n\nCompetencies\nClient Orientation: Considers all those to whom "
        "services are provided to be clients.\n",
    )
    assert found["customer-focus"].importance == "required"
    assert "term:client-orientation" not in found
