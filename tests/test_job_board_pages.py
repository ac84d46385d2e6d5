"""Postings selected and copied from a job board's page: the posting with the page's own text
around it (menus, buttons, the board's skill pills, application forms, survey text, footers).
The page asks nothing and names no title. Each text is written here, in the layouts' manner."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

POSTING = (
    "About the job\nWe build picking robots.\n\n"
    "Requirements\n- 5+ years of Python\n- Experience with PyTorch\n\n"
    "Nice to have\n- Experience with ONNX\n"
)


def _asked(profile: Profile) -> dict[str, str]:
    return {r.name: r.importance for r in profile.requirements}


def _posting_kept(asked: dict[str, str]) -> None:
    assert asked["Python"] == asked["PyTorch"] == "required"
    assert asked["ONNX"] == "preferred"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a social network's menu and the company's card before the title
        (
            "Home\nMy Network\nJobs\nMessaging\nNotifications\n\nNorthvale Robotics logo\n"
            "Northvale Robotics\nShare\nSenior Machine Learning Engineer, Perception\n"
            "San Jose, CA · 3 days ago · Over 100 applicants\n",
            "Senior Machine Learning Engineer, Perception",
        ),
        # a careers site's company name above the title
        ("Tidewater Labs\nMLOps Engineer\nSan Francisco, CA\nFull-time /\n", "MLOps Engineer"),
        # a cookie banner, its buttons and a breadcrumb trail
        (
            "We use cookies to improve your visit. Accept all cookies\nReject all\n"
            "Careers Home > Search Results > Lead Data Scientist\nLead Data Scientist\n",
            "Lead Data Scientist",
        ),
        # a review site's menu and the company's rating
        (
            "Glassdoor\nCommunity\nJobs\nCompanies\nSalaries\nPinecrest Analytics\n4.2 ★\n"
            "Data Engineer II\nAustin, TX\n",
            "Data Engineer II",
        ),
    ],
)
def test_the_title_stands_past_the_pages_header(
    profile_of: ProfileOf, header: str, title: str
) -> None:
    profile = profile_of(header + "\n" + POSTING, doc_type="posting")
    assert profile.posting.title == title


def test_a_first_line_naming_no_job_stays_the_title_when_none_follows(
    profile_of: ProfileOf,
) -> None:
    text = "Quant Research, Rates\nNew York\n\n" + POSTING
    assert profile_of(text, doc_type="posting").posting.title == "Quant Research, Rates"


def test_a_title_naming_a_job_is_not_passed_over(profile_of: ProfileOf) -> None:
    text = "Data Scientist, Growth\nFernhill Payments\nStaff Engineer referral bonus\n\n" + POSTING
    assert profile_of(text, doc_type="posting").posting.title == "Data Scientist, Growth"


APPLICATION_FORM = (
    "\nApply for this job\n* indicates a required field\nFirst Name*\nLast Name*\nEmail*\n"
    "Resume/CV*\nAttach\nDropbox\nGoogle Drive\nLinkedIn Profile\nWebsite\n"
    "Do you have experience with Kubernetes?*\nSelect...\n"
    "Will you now or in the future require sponsorship (e.g. H-1B visa status)?*\n"
    "Voluntary Self-Identification\nFor government reporting purposes, we ask candidates to "
    "respond to the below self-identification survey.\nGender\nSelect...\nVeteran Status\n"
    "Submit application\nPowered by Greenhouse\n"
)


def test_an_application_form_after_the_posting_asks_nothing(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of(POSTING + APPLICATION_FORM, doc_type="posting"))
    _posting_kept(asked)
    assert set(asked) == {"Python", "PyTorch", "ONNX"}


def test_a_form_without_its_heading_opens_at_its_name_field(profile_of: ProfileOf) -> None:
    form = "\nFirst name *\nLast name *\nEmail *\nSalary expectations *\nEarliest start date *\n"
    form += "Do you require a work permit for Germany? *\nLinkedIn profile\n"
    asked = _asked(profile_of(POSTING + form, doc_type="posting"))
    _posting_kept(asked)
    assert set(asked) == {"Python", "PyTorch", "ONNX"}


def test_a_button_to_apply_above_the_posting_leaves_its_lists_asked(
    profile_of: ProfileOf,
) -> None:
    text = "MLOps Engineer\nSan Francisco, CA\nApply for this job\n" + POSTING
    _posting_kept(_asked(profile_of(text, doc_type="posting")))


def test_the_boards_skill_pills_ask_nothing(profile_of: ProfileOf) -> None:
    text = (
        "Staff Machine Learning Engineer\nCorvane · Seattle, WA · 200+ applicants\n"
        "Skills: Recommender Systems, Go, Scala, +5 more\nEasy Apply\nSave\n\n" + POSTING
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    _posting_kept(asked)
    assert not {"Go", "Scala", "Recommender systems"} & set(asked)


def test_a_skills_line_of_the_posting_itself_is_still_asked(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nSkills: Go, Scala, Kafka\n\n" + POSTING
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["Go"] == asked["Scala"] == "required"


INSIGHTS = (
    "Machine Learning Analyst\nClearbrook Insurance - Hartford, CT\n$95,000 - $115,000 a year\n"
    "Profile insights\nHere's how the job qualifications align with your profile.\nSkills\n"
    "Machine learning (Required)\nSpark\nDo you have experience in Scala?\nYes\nNo\n"
    "Licenses\nDo you have a valid AWS Certified Machine Learning - Specialty license?\nYes\nNo\n"
    "Education\nMaster's (Preferred)\n"
    "Job details\nPay\n$95,000 - $115,000 a year\nJob type\nFull-time\nBenefits\n"
    "Pulled from the full job description\n401(k)\nDental insurance\n"
    "Full job description\nWe build pricing models for insurers.\n\n"
)


def test_a_boards_profile_insights_ask_nothing(profile_of: ProfileOf) -> None:
    profile = profile_of(INSIGHTS + POSTING, doc_type="posting")
    asked = _asked(profile)
    _posting_kept(asked)
    assert not {"Apache Spark", "Scala", "Yes", "Licenses"} & set(asked)
    assert profile.posting.degree_preferred is None


def test_a_boards_footer_and_commute_field_ask_nothing(profile_of: ProfileOf) -> None:
    footer = (
        "\nExperience:\nMachine learning: 3 years (Required)\nAbility to Commute:\n"
        "Hartford, CT 06103 (Required)\nWork Location: Hybrid remote in Hartford, CT 06103\n"
        "Report job\nHiring Lab\nCareer advice\nBrowse jobs\nBrowse companies\nHelp\n"
        "Your Privacy Choices\nTerms\n"
    )
    asked = _asked(profile_of(POSTING + footer, doc_type="posting"))
    _posting_kept(asked)
    assert asked["Machine learning"] == "required"
    assert set(asked) == {"Python", "PyTorch", "ONNX", "Machine learning"}


def test_a_company_card_after_the_apply_button_asks_nothing(profile_of: ProfileOf) -> None:
    card = (
        "Apply\nSave\nKestrel AI\nComputer vision for construction sites\n"
        "Founded 2022 · 11-50 Employees · Seed\nCompany Stage: Seed\nInvestors: Halcyon Ventures\n"
        "Market: Construction, Drones\n"
    )
    asked = _asked(profile_of(POSTING.rstrip("\n") + "\n" + card, doc_type="posting"))
    _posting_kept(asked)
    assert set(asked) == {"Python", "PyTorch", "ONNX"}


@pytest.mark.parametrize(
    "opener", ["You might thrive in this role if you have:", "You'll thrive in this role if you:"]
)
def test_thriving_in_the_role_if_you_opens_requirements(profile_of: ProfileOf, opener: str) -> None:
    text = (
        "Research Scientist\n\nAbout the role\nYou will train language models.\n\n"
        f"{opener}\n- A PhD in Computer Science\n"
        "- Experience with PyTorch\n\nIn this role you will:\n- Run experiments with JAX\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["PyTorch"] == "required"
    assert asked["JAX"] == "mentioned"


def test_prose_after_the_apply_button_still_asks_when_it_says_so(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\nAustin, TX\nApply\n"
        "We are looking for an engineer with strong Python and Spark skills.\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["Python"] == asked["Apache Spark"] == "required"


@pytest.mark.parametrize("fold", ["Read Less", "Read more", "See less"])
def test_a_fold_button_after_the_lists_asks_nothing(profile_of: ProfileOf, fold: str) -> None:
    text = POSTING + f"\n{fold}\nSimilar Jobs (3)\nSenior Android Engineer\n"
    asked = _asked(profile_of(text, doc_type="posting"))
    _posting_kept(asked)
    assert set(asked) == {"Python", "PyTorch", "ONNX"}


def test_a_line_of_prose_below_the_title_is_no_title(profile_of: ProfileOf) -> None:
    text = "Head of AI\nAcme Corp · London\nWork with our founders and engineers\n\n" + POSTING
    assert profile_of(text, doc_type="posting").posting.title == "Head of AI"


def test_a_list_below_an_apply_button_at_the_top_is_still_asked(profile_of: ProfileOf) -> None:
    text = "Data Engineer\nAustin, TX\nApply\n\n- 5+ years of Python\n- Experience with Spark\n"
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["Python"] == asked["Apache Spark"] == "required"
