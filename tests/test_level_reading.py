"""How a resume's and a posting's level are read: rank words in titles, their look-alikes
("Senior Living Caregiver", "Lead Generation Specialist") and scope ("mentored by")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.experience import title_level
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "bullet",
    [
        "- Mentored by a senior engineer while building my first ranking model",
        "- Was mentored by the team lead on code review",
    ],
)
def test_being_mentored_is_no_scope_of_a_senior(profile_of: ProfileOf, bullet: str) -> None:
    resume = profile_of(
        f"Experience\nMachine Learning Engineer, Oakridge\nJan 2023 - Present\n{bullet}\n"
        "- Trained PyTorch ranking models\n",
        "resume",
    )
    assert resume.experience.all_work_level == "mid"  # as a sales posting reads it
    assert not any(e.startswith("scope:") for e in resume.experience.level_evidence)


def _posting_level(profile_of: ProfileOf, head: str) -> str | None:
    posting = profile_of(f"{head}\n\nBuild models.\n\nRequirements\n- Python\n- SQL\n", "posting")
    assert posting.posting is not None
    return posting.posting.level


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Werkstudent Data Science (m/w/d)", "intern"),
        ("Working Student Machine Learning", "intern"),
        ("Machine Learning Apprentice", "intern"),
        ("Snr Data Scientist", "senior"),
        ("Director of Machine Learning", "senior"),
        ("Machine Learning Architect", "senior"),
        ("Engineering Manager, ML Platform", "senior"),
        ("Manager, Data Science", "senior"),
        ("Mid-Senior Machine Learning Engineer", "mid"),
        ("Senior Living Caregiver", None),
        ("Staff Nurse", None),
        ("Lead Generation Specialist", None),
        # a faculty rank, not the entry "Associate": a tenured career (leftovers23)
        ("Associate Professor of Machine Learning", "senior"),
        ("Account Manager", None),
        ("Sr. Machine Learning Engineer", "senior"),
        ("Associate Machine Learning Engineer", "entry"),
    ],
)
def test_a_postings_title_names_its_level_as_a_resumes_would(
    profile_of: ProfileOf, title: str, level: str | None
) -> None:
    assert _posting_level(profile_of, title) == level


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Snr Data Scientist", "senior"),
        ("Lead Generation Specialist", None),
        ("Senior Living Caregiver", None),
        ("Associate Professor of Computer Science", None),
        ("Software Engineer (New Grad)", "entry"),
        ("Lead Data Scientist", "senior"),
    ],
)
def test_a_resumes_title_names_a_rank_not_its_look_alike(title: str, level: str | None) -> None:
    assert title_level(title) == level


def test_a_lead_generation_specialist_of_three_years_is_no_senior(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Experience\nLead Generation Specialist, SalesPeak\nJan 2023 - Present\n"
        "- Qualified inbound leads for the sales team\n",
        "resume",
    )
    assert resume.experience.all_work_level == "mid"  # as a sales posting reads it


@pytest.mark.parametrize(
    ("declared", "level"),
    [
        ("Junior", "entry"),
        ("Entry level", "entry"),
        ("Mid-Senior level", "mid"),
        ("Senior", "senior"),
        ("mid", "mid"),
        ("Internship", "intern"),
    ],
)
def test_a_declared_level_is_read_in_words(
    profile_of: ProfileOf, declared: str, level: str
) -> None:
    head = f"Title: Data Scientist\nLevel: {declared}"
    assert _posting_level(profile_of, head) == level


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ("Sr. Data Scientist, Pricing", "title: Sr. Data Scientist, Pricing"),
        ("Title: Data Scientist\nLevel: Junior", "Level: Junior"),
    ],
)
def test_the_experience_score_says_where_the_postings_level_comes_from(
    profile_of: ProfileOf, options: Options, head: str, source: str
) -> None:
    resume = profile_of(
        "Experience\nData Analyst, Kestrel\nJan 2024 - Present\n- Built churn models in Python\n",
        "resume",
        name="r.txt",
    )
    posting = profile_of(f"{head}\n\nRequirements\n- Python\n", "posting", name="p.txt")
    report = compare(resume, posting, options)
    detail = next(c.detail for c in report.components if c.name == "experience")
    assert f"level ({source})," in detail


def test_undated_work_keeps_the_postings_level_source(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of("Experience\nData Analyst, Kestrel\n- Built churn models\n", "resume")
    posting = profile_of("Senior Data Analyst, Retail\n\nRequirements\n- SQL\n", "posting")
    report = compare(resume, posting, options)
    detail = next(c.detail for c in report.components if c.name == "experience")
    assert detail.startswith("posting is senior level (title: Senior Data Analyst, Retail);")


def test_only_the_newest_title_is_level_evidence(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Experience\nVision Engineer, ProScan, 2022 - 2026\n- Trained YOLO models\n"
        "Graduate Researcher, TU Delft, 2020 - 2022\n- Anomaly detection\n",
        "resume",
    )
    titles = [e for e in resume.experience.level_evidence if e.startswith("title:")]
    assert titles == []  # the old rank word sets nothing, so it is not shown
    senior = profile_of(
        "Experience\nSenior Vision Engineer, ProScan, 2022 - 2026\n"
        "Graduate Researcher, TU Delft, 2020 - 2022\n",
        "resume",
    )
    evidence = [e for e in senior.experience.level_evidence if e.startswith("title:")]
    assert evidence == ["title: Senior Vision Engineer, ProScan"]


def test_a_long_title_as_evidence_is_cut_after_a_whole_word(profile_of: ProfileOf) -> None:
    place = "Ostrava Institute of Applied Computing and Industrial Mathematics, Ostrava, CZ"
    resume = profile_of(
        f"Experience\nSenior Research Engineer — {place}\n2021 - 2026\n- Built models\n",
        "resume",
    )
    titles = [e for e in resume.experience.level_evidence if e.startswith("title:")]
    assert len(titles) == 1 and titles[0].startswith("title: Senior Research Engineer")
    shown = titles[0].removeprefix("title: ")
    assert shown.endswith(" …") and len(shown) <= 100
    assert shown.removesuffix(" …").split()[-1] in f"Senior Research Engineer — {place}".split()
