"""Names read in the sense their words give them: "VAR" beside ARIMA is a vector
autoregression, "SAM" beside ITAM software asset management, "Led 2 SSMs" people, "normalizing
flows of cash" money, "We run: AI tools" AI; and the near misses that keep the old reading.
Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed

RESUME = "Jane Doe\njane@example.com\n\nSkills\n{skills}\n\nExperience\n{job}\n"
JOB = "Data Scientist, Acme Corp, 2019 - 2023\n"


def _resume_skills(profile_of: ProfileOf, skills: str = "Python", job: str = JOB) -> set[str]:
    profile = profile_of(RESUME.format(skills=skills, job=job), "resume")
    return {hit.id for hit in profile.skills}


def test_terms24_var_beside_arima_is_a_vector_autoregression(profile_of: ProfileOf) -> None:
    profile = profile_of(listed("Skills: ARIMA, VAR, GARCH"), "posting")
    assert "vector-autoregression" in {hit.id for hit in profile.skills}
    assert "market-risk" not in {req.id for req in profile.requirements}


def test_terms24_var_in_a_resume_list_and_bullet(profile_of: ProfileOf) -> None:
    job = JOB + "- Built ARIMA, VAR and GARCH models for weekly sales\n"
    assert "vector-autoregression" in _resume_skills(profile_of, "ARIMA, VAR, GARCH", job)
    assert "vector-autoregression" in _resume_skills(profile_of, "Python", job)


@pytest.mark.parametrize(
    "item",
    [
        "Skills: VaR, expected shortfall, FRTB",
        "Daily VaR and stress testing of trading limits",
    ],
)
def test_terms24_value_at_risk_stays_market_risk(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item))
    assert "market-risk" in found
    assert "vector-autoregression" not in found


def test_terms24_sam_beside_itam_is_software_asset_management(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Skills: ITAM, SAM, Flexera"))
    assert "segment-anything" not in found
    assert {"software-asset-management", "it-asset-management", "flexera"} <= found.keys()


def test_terms24_sam_beside_vision_words_stays_segment_anything(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Skills: SAM, YOLO, image segmentation"))
    assert "segment-anything" in found
    assert "software-asset-management" not in found


@pytest.mark.parametrize(
    "item", ["Segment anything model fine-tuning", "Segment anything fine-tuning for masks"]
)
def test_terms24_segment_anything_in_sentence_case(profile_of: ProfileOf, item: str) -> None:
    assert "segment-anything" in asked(profile_of, listed(item))


def test_terms24_segment_the_market_is_no_model(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Tools that segment anything in a scene"))
    assert "segment-anything" not in found


def test_terms24_people_led_are_no_state_space_models(profile_of: ProfileOf) -> None:
    assert "state-space-models" not in asked(profile_of, listed("Led 2 SSMs across sites"))
    job = JOB + "- Built ARIMA and GARCH models for weekly sales\n- Led 2 SSMs on the floor\n"
    assert "state-space-models" not in _resume_skills(profile_of, job=job)


@pytest.mark.parametrize(
    "item",
    ["Trained 2 SSMs on long sequences", "Experience with SSMs such as Mamba"],
)
def test_terms24_models_trained_stay_state_space_models(profile_of: ProfileOf, item: str) -> None:
    assert "state-space-models" in asked(profile_of, listed(item))


def test_terms24_normalizing_flows_of_cash_are_money(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Normalizing flows of cash across accounts"))
    assert "normalizing-flows" not in found
    job = JOB + "- Normalizing flows of cash across 40 bank accounts\n"
    assert "normalizing-flows" not in _resume_skills(profile_of, job=job)


def test_terms24_normalizing_flows_for_density_stay(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Normalizing flows for density estimation"))
    assert "normalizing-flows" in found
    assert "normalizing-flows" in _resume_skills(profile_of, "Python, normalizing flows")


def test_terms24_we_run_ai_tools_asks_ai(profile_of: ProfileOf) -> None:
    # (the role's own duty: what the company says it runs about itself names no skill of
    # the job, so the duty is the candidate's)
    profile = profile_of("Data Scientist\n\nAbout the role\nYou will run: AI tools for retailers\n")
    ids = {hit.id for hit in profile.skills}
    assert "artificial-intelligence" in ids
    assert "run-ai" not in ids


@pytest.mark.parametrize(
    "item", ["Run:ai for GPU scheduling on Kubernetes", "NVIDIA Run:ai and Slurm"]
)
def test_terms24_run_ai_written_closed_up_stays(profile_of: ProfileOf, item: str) -> None:
    assert "run-ai" in asked(profile_of, listed(item))


@pytest.mark.parametrize(
    "item",
    [
        "Travel: SAS or Norwegian flights to Oslo each quarter",
        "Book SAS or Norwegian flights for the data team",
        "Comfortable with SAS, Finnair or Norwegian flights every month",
    ],
)
def test_terms24_sas_the_airline_asks_nothing(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python and SQL", item))
    assert "sas" not in found
    assert "term:sas" not in found


def test_terms24_sas_the_software_is_still_asked(profile_of: ProfileOf) -> None:
    assert "sas" in asked(profile_of, listed("SAS or R for statistical analysis"))
    assert "sas" in asked(profile_of, listed("SAS or Stata programming"))


def test_terms24_pydantic_ai_is_its_own_skill(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Pydantic AI or LangGraph for agents"))
    assert "pydantic-ai" in found
    assert "pydantic" not in found
    assert "pydantic" in asked(profile_of, listed("Pydantic and FastAPI"))


def test_terms24_a_list_of_names_borrows_no_capital_word(profile_of: ProfileOf) -> None:
    text = "Jane Doe\n\nSkills\nMicrosoft Office (Excel, Word, Access, Power Point)\n"
    assert "ms-access" in {hit.id for hit in profile_of(text, "resume").skills}
