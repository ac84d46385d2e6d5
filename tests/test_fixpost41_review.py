"""Review faults in the posting rules: the company's own voice drops only what the company
says of itself, never what it asks of the hire."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def required(found: Profile) -> dict[str, str]:
    """The posting's requirements by id, with their importance."""
    return {req.id: req.importance for req in found.requirements}


@pytest.mark.parametrize(
    ("prose", "skill"),
    [
        ("We are after a strong NLP engineer.", "natural-language-processing"),
        ("We look for solid statistics skills.", "statistics"),
        ("Our team demands rigorous A/B testing.", "ab-testing"),
        ("We count on strong communication skills.", "communication"),
        ("We are excited to meet engineers strong in computer vision.", "computer-vision"),
        ("We rate patience and problem-solving as key skills.", "problem-solving"),
        ("Our engineers are strong in information retrieval.", "information-retrieval"),
        ("We're a crew that lives and breathes statistics.", "statistics"),
        # a job's title is no firm
        ("The Data Scientist works on NLP models for search.", "natural-language-processing"),
    ],
)
def test_a_company_sentence_about_the_hire_keeps_its_skill(
    profile_of: ProfileOf, prose: str, skill: str
) -> None:
    found = profile_of(f"Data Scientist\n\n{prose}\n", "posting")
    assert skill in required(found), prose


def test_unheaded_prose_of_the_team_and_its_people_asks(profile_of: ProfileOf) -> None:
    text = (
        "Machine Learning Engineer\n\n"
        "Our team builds ranking models with deep learning, and we are after people who "
        "have shipped them.\n"
    )
    assert "deep-learning" in required(profile_of(text, "posting"))


def test_the_company_describing_itself_still_names_no_skill(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nOur lab has worked on speech recognition since 2019.\n\n"
    text += "Requirements\n- Python\n"
    assert "speech-recognition" not in required(profile_of(text, "posting"))


def years_of(found: Profile, skill: str) -> float | None:
    return next(req.years for req in found.requirements if req.id == skill)


def test_one_on_one_is_no_years(profile_of: ProfileOf) -> None:
    text = (
        "Engineering Manager\n\nRequirements\n"
        "- 6+ years of building services, 1 on 1 mentoring of new staff\n"
        "- 4 years of Python, 2 with Django\n"
    )
    found = profile_of(text, "posting")
    assert years_of(found, "mentoring") != 1.0
    assert years_of(found, "django") == 2.0


def test_forum_list_link_and_quote_tags_are_markup(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nRequirements\n[list]\n[*]Rust\n[/list]\n"
        "[url=https://zorb.io]Zorb[/url] site\n[quote]Strong SQL[/quote]\n"
    )
    found = profile_of(text, "posting")
    assert {"rust", "sql"} <= set(required(found))
    assert not {"list", "url", "quote"} & {req.name for req in found.requirements}


@pytest.mark.parametrize(
    "line",
    [
        "Nice To Have: Willingness To Go Above And Beyond",
        "A Plus: Ability To Go On Site Visits",
        "Bonus If You Can Go The Extra Mile",
        "It's a plus if you're ready to Go big.",
        "You must know how to run Go/No-Go meetings.",
    ],
)
def test_go_as_a_verb_is_no_language(profile_of: ProfileOf, line: str) -> None:
    found = profile_of(f"Office Manager\n\nAbout you\n{line}\n", "posting")
    assert "go" not in required(found), line


@pytest.mark.parametrize(
    ("line", "importance"),
    [
        ("Go experience is a plus", "preferred"),
        ("Bonus points for Go", "preferred"),
        ("You must know Go", "required"),
    ],
)
def test_go_the_language_stays(profile_of: ProfileOf, line: str, importance: str) -> None:
    found = profile_of(f"Office Manager\n\nAbout you\n{line}\n", "posting")
    assert required(found).get("go") == importance, line


@pytest.mark.parametrize("heading", ["Our stack", "Tech we use", "Tech stack"])
def test_a_paragraph_to_the_reader_ends_the_stack(profile_of: ProfileOf, heading: str) -> None:
    text = (
        f"Data Engineer\n\n{heading}\nRust, Kafka, Terraform\n\n"
        "You have 5+ years of Rust and know Kafka well.\n"
    )
    found = profile_of(text, "posting")
    assert found.posting is not None and found.posting.years_required == 5.0
    assert required(found)["terraform"] == "mentioned"


def test_the_teams_you_work_with_are_no_stack(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nYou'll work with\nproduct, design and data science.\n\n"
        "You bring 4+ years of Rust and strong SQL.\n"
    )
    found = profile_of(text, "posting")
    assert found.posting is not None and found.posting.years_required == 4.0
    assert required(found)["data-science"] == "mentioned"


@pytest.mark.parametrize(
    ("role", "skill"),
    [
        ("Backend Developer in Rust", "rust"),
        ("ML Engineer focusing on NLP", "natural-language-processing"),
    ],
)
def test_a_role_line_with_its_core_skill_asks_it(
    profile_of: ProfileOf, role: str, skill: str
) -> None:
    text = f"Engineer\n\nRequirements\nRole: {role}\n- Strong SQL\n"
    assert required(profile_of(text, "posting"))[skill] == "required"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Senior Data Engineer (Batch)  We ship 2B rows a week.  Responsibilities • Run "
            "Spark jobs for the billing team • Build Beam pipelines with retries • Own the "
            "pager for loading  Requirements • 4+ years in data engineering, 2+ years with "
            "Java • Strong SQL and data modeling  Nice to have • Rust\n",
            "Senior Data Engineer (Batch)",
        ),
        (
            "Data Engineer (m/w/d) Wir sind ein Versandhaus.\n\nAnforderungen\n- SQL\n",
            "Data Engineer (m/w/d)",
        ),
    ],
)
def test_a_flattened_title_stops_before_the_first_sentence(
    profile_of: ProfileOf, text: str, title: str
) -> None:
    found = profile_of(text)  # read as what it is: a flattened posting
    assert found.posting is not None and found.posting.title == title


def test_distinct_grades_a_term_and_names_nothing(profile_of: ProfileOf) -> None:
    text = "Pastry Chef\n\nRequirements\n- Proficiency in distinct Glazing Techniques\n"
    names = {req.name.lower() for req in profile_of(text, "posting").requirements}
    assert not any(name.startswith("distinct") for name in names), names


def test_a_firm_named_after_a_skill_is_no_skill(profile_of: ProfileOf) -> None:
    text = "Data Analyst\n\nAbout you\nIt's a plus if you have worked at Rust Foundry.\n"
    assert "rust" not in required(profile_of(text, "posting"))
