"""Review of the previous session's posting rules (review_prev4): ordinary English postings
they misread. A language's name under a line that asks a language is the language asked, no
bilingual version's heading; years as a postdoc offered beside other years ask no doctorate;
the people a posting wants to speak with are those it hires."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .posting_helpers import listed, posting_info

ProfileOf = Callable[..., Profile]


def _importance(profile: Profile) -> dict[str, str]:
    return {r.id: r.importance for r in profile.requirements}


# 1. "Working language:" or "Language requirements" over "English": the language asked


@pytest.mark.parametrize(
    ("label", "language", "skill"),
    [
        ("Working language:", "English", "lang-english"),
        ("Language requirements", "French", "lang-french"),
        ("Required language", "English", "lang-english"),
        ("You must speak:", "French", "lang-french"),
    ],
)
def test_review_prev4_language_under_a_language_label_is_asked(
    profile_of: ProfileOf, label: str, language: str, skill: str
) -> None:
    text = (
        "Data Analyst\n\nRequirements\n- 2+ years of SQL\n\n"
        f"{label}\n\n{language}\n\n"
        "You will present findings to regional managers across the country every quarter.\n"
    )
    profile = profile_of(text, "posting")
    assert _importance(profile).get(skill) == "required"
    assert "about" not in [section.name for section in profile.sections]


def test_review_prev4_language_version_after_an_item_still_heads_a_version(
    profile_of: ProfileOf,
) -> None:
    # near miss: the version's heading below the English version's last item
    text = (
        "Data Analyst / Analyste de données\n\nRequirements\n- Strong SQL\n\n"
        "Français\n"
        "Notre équipe chez Northshore conçoit des outils pour les hôpitaux du Québec.\n\n"
        "Exigences\n- Maîtrise de SQL\n"
    )
    assert "lang-french" not in _importance(profile_of(text, "posting"))


# 2. Years as a postdoc, or other years: no doctorate asked


@pytest.mark.parametrize(
    ("item", "degree"),
    [
        ("3+ years of postdoctoral or industry research experience in machine learning", "master"),
        ("3+ years of post-doctoral experience, or 5+ years of industry experience", "master"),
        ("3+ years of industry or postdoctoral research experience", "master"),
        ("3+ years of postdoc/industry experience", "master"),
        # near misses: the postdoc's years alone, with a field of several names
        ("3+ years of post-doctoral experience in machine learning", "phd"),
        ("2+ years of postdoctoral experience in NLP or computer vision", "phd"),
    ],
)
def test_review_prev4_postdoc_years_offered_with_others_ask_no_doctorate(
    profile_of: ProfileOf, item: str, degree: str
) -> None:
    text = listed("Master's degree in Computer Science", item, title="Research Engineer")
    assert posting_info(profile_of, text).degree_required == degree


# 3. The people a posting wants to speak with or hear from are those it hires


@pytest.mark.parametrize(
    "item",
    [
        "We want to speak with engineers who have 6+ years of Python experience",
        "We want to hear from engineers who have 6+ years of Python experience",
        "Keen to connect with data scientists who have 6+ years of Python experience",
    ],
)
def test_review_prev4_people_spoken_with_have_their_years_asked(
    profile_of: ProfileOf, item: str
) -> None:
    text = listed(item, "SQL", title="Senior Data Scientist")
    assert posting_info(profile_of, text).years_required == 6.0


@pytest.mark.parametrize(
    "item",
    [
        "You will work with engineers who have 8+ years of experience in search",
        "You will collaborate closely with scientists who have 10+ years in the field",
        "You will partner with a founder who has 15 years of experience in retail",
        "You will learn from engineers who have 10+ years of experience",
    ],
)
def test_review_prev4_colleagues_worked_with_keep_their_years(
    profile_of: ProfileOf, item: str
) -> None:
    text = (
        "Machine Learning Engineer\n\nOverview\nWe build recommender systems. "
        f"{item}.\n\nResponsibilities\n- Build ranking models in Python\n"
    )
    assert posting_info(profile_of, text).years_required is None


# 4. A company's card of facts: its "Experience: 20 years" is the firm's


_FACTS = (
    "Data Analyst\n\nAbout the company\nFinverse Consulting is an analytics firm serving banks.\n"
    "{fields}\n\nWhat we're looking for\n- Good SQL and Excel\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        "Founded: 2004\nExperience: 20 years\nEmployees: 1,200",
        "Experience: 20 years\nHeadquarters: Pune",
        "Industry: Financial services\nExperience: 18 years",
    ],
)
def test_review_prev4_experience_among_company_facts_asks_nothing(
    profile_of: ProfileOf, fields: str
) -> None:
    info = posting_info(profile_of, _FACTS.format(fields=fields))
    assert info.years_required is None


def test_review_prev4_experience_among_job_fields_still_asks(profile_of: ProfileOf) -> None:
    fields = "Experience: 3-5 years\nCTC: 8-14 LPA\nNotice period: 30 days"
    assert posting_info(profile_of, _FACTS.format(fields=fields)).years_required == 3.0


# 5. A job overview's sentence of what the ideal candidate has asks its degree


@pytest.mark.parametrize(
    ("sentence", "degree"),
    [
        (
            "The ideal candidate has 3+ years of experience with SQL and a bachelor's degree"
            " in a quantitative field.",
            "bachelor",
        ),
        ("You have a master's degree in statistics and 3+ years of SQL.", "master"),
        ("The successful candidate will hold a Bachelor's degree in Finance.", "bachelor"),
        # near misses: degrees of others, and of no one
        ("You will join a team of PhD researchers and analysts.", None),
        ("Our founders hold PhDs from MIT and have built three companies.", None),
        ("You'll have the chance to work alongside PhD researchers.", None),
        ("If you hire analysts, a bachelor's degree is typical.", None),
        ("You have a bachelor's degree? Great, but we do not require one.", None),
    ],
)
def test_review_prev4_overview_candidates_degree_is_asked(
    profile_of: ProfileOf, sentence: str, degree: str | None
) -> None:
    text = (
        "Business Intelligence Analyst\n\nJob Overview\n"
        f"We are seeking a BI Analyst to join our finance team. {sentence}\n\n"
        "Responsibilities\n- Build and maintain dashboards\n\n"
        "Qualifications\n- Strong communication skills\n"
    )
    assert posting_info(profile_of, text).degree_required == degree


def test_review_prev4_language_version_below_an_item_naming_language_models(
    profile_of: ProfileOf,
) -> None:
    # near miss: the item above names language models; "Français" heads the next version
    text = (
        "NLP Engineer / Ingénieur(e) TALN\n\n"
        "Requirements\n- Strong Python\n- Experience with large language models\n\n"
        "Français\n"
        "Notre équipe chez Northshore conçoit des outils avec Health Analytics"
        " pour les hôpitaux.\n\n"
        "Exigences\n- Maîtrise de Python\n"
    )
    asked = _importance(profile_of(text, "posting"))
    assert "lang-french" not in asked
    assert asked.get("healthcare-analytics") in (None, "mentioned")
