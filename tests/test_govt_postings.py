"""Public-sector postings outside the US federal system: a Canadian statement of merit
criteria, an EU institution's eligibility and selection criteria, a UN job opening, the UK
civil service's and the Australian public service's fields. What they ask, and how much."""

from __future__ import annotations

from tests.posting_helpers import ProfileOf, asked, posting_info

# A Canadian statement of merit criteria: the assets have "Education:" and "Experience:"
# sub-headings of their own, as the essentials do
_MERIT_CRITERIA = (
    "Data Scientist (EC-05)\n\nStatement of merit criteria\n\nESSENTIAL QUALIFICATIONS\n\n"
    "Education:\nGraduation with a degree from a recognized post-secondary institution with "
    "acceptable specialization in statistics or computer science.\n\n"
    "Experience:\nExperience developing models in Python.\n\n"
    "ASSET QUALIFICATIONS\n\n"
    "Education:\nGraduation with a master's degree from a recognized post-secondary "
    "institution in data science.\n\n"
    "Experience:\nExperience with PyTorch.\nExperience deploying on Microsoft Azure.\n\n"
    "The following will be applied / assessed at a later date (essential for the job)\n\n"
    "Bilingual - Imperative (CBC/CBC)\n\n"
    "Abilities:\nAbility to write SQL queries.\n\n"
    "The following may be applied / assessed at a later date (may be needed for the job)\n\n"
    "Experience with Apache Spark.\n"
)


def test_an_assets_sub_headings_keep_its_items_assets(profile_of: ProfileOf) -> None:
    found = asked(profile_of, _MERIT_CRITERIA)
    assert found["python"].importance == "required"
    assert found["pytorch"].importance == "preferred"
    assert found["azure"].importance == "preferred"


def test_an_assets_degree_is_a_preferred_degree(profile_of: ProfileOf) -> None:
    info = posting_info(profile_of, _MERIT_CRITERIA)
    assert info.degree_required == "bachelor"
    assert info.degree_preferred == "master"


def test_what_is_assessed_later_is_essential_or_an_asset_as_it_says(
    profile_of: ProfileOf,
) -> None:
    found = asked(profile_of, _MERIT_CRITERIA)
    assert found["sql"].importance == "required"
    assert found["apache-spark"].importance == "preferred"


def test_advantageous_lists_what_is_preferred(profile_of: ProfileOf) -> None:
    found = asked(
        profile_of,
        "Data Scientist (AD6)\n\nSelection criteria\n- Experience with Python.\n\n"
        "Advantageous\n- Experience with Apache Spark.\n",
    )
    assert found["python"].importance == "required"
    assert found["apache-spark"].importance == "preferred"


def test_eligibility_criteria_heads_the_requirements(profile_of: ProfileOf) -> None:
    info = posting_info(
        profile_of,
        "Policy Officer (AD6)\n\nTasks\n- Draft reports.\n\nEligibility criteria\n"
        "- Have a level of education which corresponds to completed university studies of "
        "at least three years attested by a diploma.\n",
    )
    assert info.degree_required == "bachelor"


def test_a_language_said_desirable_is_preferred(profile_of: ProfileOf) -> None:
    found = asked(
        profile_of,
        "Data Scientist, P-3\n\nLanguages\nEnglish and French are the working languages of "
        "the Secretariat. For this position, fluency in English is "
        "required. Knowledge of French is desirable.\n",
    )
    assert found["lang-english"].importance == "required"
    assert found["lang-french"].importance == "preferred"


def test_a_un_job_opening_reads_as_a_posting(profile_of: ProfileOf) -> None:
    text = (
        "Statistician, P-3\n\nDuty station: Geneva\nJob opening number: 24-STA-1\n\n"
        "Responsibilities\n"
        "- Build models in Python.\n\nCompetencies\nTEAMWORK: Works with colleagues.\n\n"
        "Education\nAdvanced university degree in statistics is required.\n\n"
        "Work Experience\nA minimum of five years of experience in statistics is required. "
        "Experience with R is desirable.\n\nLanguages\nFluency in English is required.\n"
    )
    assert profile_of(text).doc_type == "posting"


def test_an_eu_nationality_rule_asks_for_no_term(profile_of: ProfileOf) -> None:
    found = asked(
        profile_of,
        "Data Scientist (AD6)\n\nEligibility criteria\n"
        "- Be a national of one of the Member States of the European Union.\n"
        "- Enjoy full rights as a citizen.\n- Experience with Python.\n",
    )
    assert "python" in found
    assert not [ask for ask in found if ask.startswith("term:")], found


def test_public_service_grades_clearances_and_language_profiles_are_no_terms(
    profile_of: ProfileOf,
) -> None:
    found = asked(
        profile_of,
        "Data Analyst - APS 6 / EL1\n\nKey selection criteria\n"
        "- Experience with Python.\n- Bilingual - Imperative (CBC/CBC)\n"
        "- A Baseline security clearance.\n"
        "- Data science practice (GDaD framework, practitioner level).\n"
        "- Grade: HEO or SEO; Classification: EC-05, P-3, AD6, G7.\n",
    )
    assert "python" in found
    assert not [ask for ask in found if ask.startswith("term:")], found
