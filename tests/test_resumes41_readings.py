"""Resume readings: a team's line above a job's title keeps its field ("Amazon Alexa Speech
Recognition"), an acronym written capitalised as a claimed skill ("Proficient with Rest"), and
a doer with a rank in a role held ("served as lead scheduler")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.literal_match import find_inexact, resume_text
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _skills(profile: Profile) -> dict[str, list[str]]:
    return {s.id: [m.text for m in s.mentions] for s in profile.skills}


def _job(job: str) -> str:
    return (
        f"Mara Quinn\n\nEXPERIENCE\n\n{job}\n\nEDUCATION\nBSc Physics, Lakeside University, 2012\n"
    )


@pytest.mark.parametrize(
    ("team", "skill"),
    [
        ("Amazon Alexa Speech Recognition", "speech-recognition"),
        ("Google Maps Computer Vision | Austin", "computer-vision"),
    ],
)
def test_resumes41_a_teams_line_above_the_title_keeps_its_field(
    shared_profile_of: ProfileOf, team: str, skill: str
) -> None:
    job = f"{team}\nMachine Learning Engineer, Jan 2020 - Present\n- Trained acoustic models."
    assert skill in _skills(shared_profile_of(_job(job), "resume"))


@pytest.mark.parametrize(
    "company", ["Fabrikam Computer Vision", "Blue Harbor Robotics", "Kestrel Speech Recognition"]
)
def test_resumes41_a_short_company_named_for_its_field_still_gives_none(
    shared_profile_of: ProfileOf, company: str
) -> None:
    job = f"{company}\nSoftware Engineer, Jan 2020 - Present\n- Wrote Go services."
    skills = _skills(shared_profile_of(_job(job), "resume"))
    assert not {"computer-vision", "robotics", "speech-recognition"} & set(skills)


_STACK = "- Shipped services in Python, Docker and Kubernetes."


@pytest.mark.parametrize(
    "line",
    [
        "- Proficient with Rest",
        "- Experienced with Rest, Flask and SQL.",
        "- Familiar with Rest and SOAP",
        "- Knowledge of Rest.",
    ],
)
def test_resumes41_a_capitalised_acronym_claimed_as_a_skill_is_read(
    shared_profile_of: ProfileOf, line: str
) -> None:
    text = _job(f"Backend Developer, Acme, 2019 - 2021\n{line}\n{_STACK}")
    assert _skills(shared_profile_of(text, "resume")).get("rest-api") == ["Rest"]


@pytest.mark.parametrize(
    "line",
    [
        "- Proficient with the Rest of the stack",
        "- Experienced with Rest periods between shifts",
        "- Handed the Rest to the platform team",
        "- Worked with Rest",
    ],
)
def test_resumes41_rest_as_a_common_word_is_no_rest_api(
    shared_profile_of: ProfileOf, line: str
) -> None:
    text = _job(f"Backend Developer, Acme, 2019 - 2021\n{line}\n{_STACK}")
    assert "rest-api" not in _skills(shared_profile_of(text, "resume"))


def test_resumes41_a_claimed_acronym_needs_a_technical_resume(shared_profile_of: ProfileOf) -> None:
    text = _job(
        "Ward Nurse, City Hospital, 2019 - 2021\n- Proficient with Rest\n- Cared for patients."
    )
    assert "rest-api" not in _skills(shared_profile_of(text, "resume"))


@pytest.mark.parametrize(
    "line",
    [
        "- Served as lead scheduler for the regional clinics",
        "- Served as the lead scheduler for two depots",
        "- Acted as senior scheduler for field crews",
    ],
)
def test_resumes41_a_ranked_doer_in_a_role_held_shows_the_activity(line: str) -> None:
    assert find_inexact("Scheduling", resume_text(line + "\n")) is not None


@pytest.mark.parametrize(
    "line",
    ["- Fixed the lead scheduler bug", "- Lead scheduler rewrite", "- Kept the scheduler up"],
)
def test_resumes41_a_ranked_thing_shows_no_activity(line: str) -> None:
    assert find_inexact("Scheduling", resume_text(line + "\n")) is None


def _asked(profile: Profile) -> list[str]:
    return [r.jd_text for r in profile.requirements]


def test_resumes41_predicting_churn_is_customer_analytics(shared_profile_of: ProfileOf) -> None:
    posting = "Data Scientist\n\nResponsibilities\n- Predict churn with XGBoost\n"
    skills = _skills(shared_profile_of(posting, "posting"))
    assert skills.get("customer-analytics") == ["Predict churn"]
    assert "xgboost" in skills


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        ("- Deploying Zorblex clusters", ["Zorblex"]),
        ("- Configuring Quorvex", ["Quorvex"]),
        ("- Maintaining Zorblex K7 routers", ["Zorblex K7"]),
        ("- Building Information Modeling", ["Building Information Modeling"]),
        # an -ing word that also opens a name in title case keeps it
        ("- Planning Poker and sprint rituals", ["Planning Poker"]),
        ("- Operating Model design experience", ["Operating Model"]),
        ("- Supporting Documents review for audits", ["Supporting Documents"]),
    ],
)
def test_resumes41_an_opening_doing_leaves_the_name_it_acts_on(
    shared_profile_of: ProfileOf, item: str, asked: list[str]
) -> None:
    posting = f"Platform Engineer\n\nRequirements\n{item}\n"
    assert _asked(shared_profile_of(posting, "posting")) == asked


def test_resumes41_bbcode_tags_are_no_terms_and_hide_no_skill(
    shared_profile_of: ProfileOf,
) -> None:
    posting = (
        "ML Engineer\n\nRequirements\n- [bold]JAX[/bold] experience\n- [b]Zorblex[/b]\n"
        "- [italic] Keras\n- [color=red]Quorvex[/color]\n"
    )
    assert sorted(_asked(shared_profile_of(posting, "posting"))) == [
        "JAX",
        "Keras",
        "Quorvex",
        "Zorblex",
    ]


def test_resumes41_bbcode_goes_with_offsets_kept_and_code_stays() -> None:
    from mlcareer.documents.cleaning import SourceMap, clean_text
    from mlcareer.documents.limits import Limits

    text = "[bold]JAX[/bold], [i]Flax[/i], arr[i] and m[i], item [b] alone\n"
    cleaned, edits = clean_text(text, [], Limits())
    assert cleaned == "JAX, Flax, arr[i] and m[i], item [b] alone\n"
    at = cleaned.index("Flax")
    source = SourceMap(cleaned, edits)
    assert text[source.start(at) : source.end(at + 4)] == "Flax"


def test_resumes41_a_resume_in_bbcode_names_its_skills(shared_profile_of: ProfileOf) -> None:
    text = _job(
        "ML Engineer, Acme, 2019 - 2021\n- Trained models in [bold]JAX[/bold] and [b]Keras[/b]."
    )
    skills = _skills(shared_profile_of(text, "resume"))
    assert skills.get("jax") == ["JAX"] and skills.get("keras") == ["Keras"]


@pytest.mark.parametrize("row", ["Rest\tAdvanced\t5", "| Rest | Advanced | 5 |"])
def test_resumes41_a_capitalised_acronym_filling_a_skills_tables_cell_is_read(
    shared_profile_of: ProfileOf, row: str
) -> None:
    text = (
        f"Mara Quinn\n\nSKILLS\nPython\tExpert\t7\n{row}\nDocker\tBasic\t1\n\n"
        f"EXPERIENCE\nBackend Developer, Acme, 2019 - 2021\n{_STACK}\n"
    )
    assert _skills(shared_profile_of(text, "resume")).get("rest-api") == ["Rest"]
