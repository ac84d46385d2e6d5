"""Misreadings of this session's own rules, found by a review: the bare "Flux" (Flux CD) and
"Helm charts" kept from the image model and the HELM benchmark, "Inspect" the verb, MRR the
revenue, projects under a Projects heading read as jobs, "you have" in a condition or an offer,
a job card's "Industry:" line, Arm's exception levels, Korean junior colleges, GA as Google
Analytics, and names in Chinese, Japanese or Korean inside other names. Small texts written
here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    ("item", "present", "absent"),
    [
        ("Kubernetes, Terraform, Flux, Argo CD", "flux-cd", "flux-image-model"),
        ("Experience with Flux and Kustomize", "flux-cd", "flux-image-model"),
        ("Stable Diffusion, Flux and ComfyUI workflows", "flux-image-model", "flux-cd"),
        ("Package services as Helm charts and publish benchmarks", "helm", "llm-evaluation"),
        ("Deploy services with Helm and run performance benchmarks", "helm", "llm-evaluation"),
        ("Inspect logs and dashboards to debug failing evals", "python", "inspect-ai"),
        ("Inspect AI outputs for bias and safety issues", "python", "inspect-ai"),
        ("Track MRR, churn and search conversion", "python", "ranking-metrics"),
        ("Offline metrics: NDCG and MRR for the ranker", "ranking-metrics", "term:mrr"),
    ],
)
def test_tools_told_from_their_namesakes(
    profile_of: ProfileOf, item: str, present: str, absent: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    assert present in found and absent not in found, sorted(found)


def test_projects_under_a_projects_heading_stay_projects(profile_of: ProfileOf) -> None:
    resume = (
        "Sam Lee\n\nEducation\nBS Computer Science, State University, 2024\n\nProjects\n"
        "LLM Agent for Travel Planning | LangChain, Python | Mar 2024 - May 2024\n"
        "Customer Support Agent Chatbot - Rasa, Python | Jan 2023 - Apr 2023\n"
        "Data Analyst, Brightline Logistics | Jun 2022 - Aug 2024\n\nSkills\nSQL, Tableau\n"
    )
    profile = profile_of(resume, "resume")
    assert [job.title for job in profile.experience.jobs] == ["Data Analyst, Brightline Logistics"]
    assert "langchain" in {skill.id for skill in profile.skills}


@pytest.mark.parametrize(
    "sentence",
    [
        "Whether you have a master's degree or taught yourself, we want to hear from you.",
        "If you have a PhD, great, but we do not require one.",
        "You have the option to pursue a master's degree through our tuition program.",
    ],
)
def test_you_have_in_a_condition_or_an_offer_asks_no_degree(
    profile_of: ProfileOf, sentence: str
) -> None:
    text = f"Data Scientist\n\nJob overview\n{sentence}\n\nRequirements\n- Python\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.degree_required is None


def test_you_have_a_degree_is_still_asked(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist\n\nJob overview\nYou have a master's degree in statistics.\n\n"
        "Requirements\n- Python\n"
    )
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.degree_required == "master"


def test_a_job_cards_industry_line_keeps_its_years(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nJob details\nExperience: 3-5 years\nIndustry: IT Services\n"
        "Location: Pune\n\nRequirements\n- Python and SQL\n"
    )
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.years_required == 3


def test_arm_exception_levels_are_no_public_service_grade(profile_of: ProfileOf) -> None:
    text = listed("Firmware on Cortex-A cores running at EL1 and EL2", "C and Rust")
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.level_source != "grade: EL1"


@pytest.mark.parametrize("item", ["학력: 초대졸 이상", "전문대졸 이상"])
def test_korean_junior_colleges_ask_no_bachelors(profile_of: ProfileOf, item: str) -> None:
    text = f"머신러닝 엔지니어\n\n자격 요건\n- Python\n- {item}\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.degree_required != "bachelor"


@pytest.mark.parametrize(
    "item", ["Track conversions through GA and Mixpanel", "Report web metrics to GA"]
)
def test_google_analytics_stays_a_term(profile_of: ProfileOf, item: str) -> None:
    assert "term:ga" in asked(profile_of, listed("SQL", item))


@pytest.mark.parametrize("item", ["请提供中文简历", "英語圏の顧客向けの開発", "영어영문학과 졸업"])
def test_a_languages_name_inside_another_name(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert not [key for key in found if key.startswith("lang-")], sorted(found)


def test_a_grade_after_or_is_the_other_languages(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python", "英語力（TOEIC800点以上）または中国語ネイティブ"))
    assert found["lang-mandarin"].grade == "C2"
    assert found["lang-english"].grade != "C2"
