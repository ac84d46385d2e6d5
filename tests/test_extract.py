"""Extraction on small texts written here: skills, guards, sections, education, experience."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


def test_mentions_index_the_text_they_came_from(profile_of: ProfileOf) -> None:
    text = "Skills\nPython, PyTorch and scikit-learn; some Docker.\n"
    profile = profile_of(text)
    assert {"python", "pytorch", "scikit-learn", "docker"} <= ids(profile)
    for hit in profile.skills:
        for m in hit.mentions:
            assert text[m.start : m.end] == m.text
            assert m.line == text[: m.start].count("\n") + 1


def test_matching_ignores_case_for_plain_skills(profile_of: ProfileOf) -> None:
    assert "pytorch" in ids(profile_of("Built models in PYTORCH and pytorch.\n"))


def test_longest_match_wins(profile_of: ProfileOf) -> None:
    found = ids(profile_of("Skills\nJavaScript, C++ and C#\n"))
    assert {"javascript", "cpp", "csharp"} <= found
    assert "java" not in found
    assert "c" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "We go to the office every day and make the coffee.",
        "Our R&D team plans a spark of creativity for the year.",
        "Grade C in the course; see section R of the handbook.",
    ],
)
def test_ambiguous_names_need_context(profile_of: ProfileOf, sentence: str) -> None:
    assert not {"go", "r", "c", "apache-spark"} & ids(profile_of(sentence + "\n"))


def test_ambiguous_names_are_found_in_a_skill_list(profile_of: ProfileOf) -> None:
    found = ids(profile_of("Languages: Python, R, SQL, Go\n"))
    assert {"python", "r", "sql", "go"} <= found


def test_ambiguous_name_with_context_word(profile_of: ProfileOf) -> None:
    found = ids(profile_of("Wrote statistical programming in R for survival models.\n"))
    assert "r" in found


def test_sections_are_found(profile_of: ProfileOf) -> None:
    text = "Jane Roe\nSUMMARY\nEngineer.\nWork Experience:\nDid things.\nEducation\nBSc\n"
    profile = profile_of(text)
    assert [s.name for s in profile.sections] == ["summary", "experience", "education"]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("PhD in Computer Science, Stanford", "phd"),
        ("Ph.D. Physics (2015)", "phd"),
        ("Master of Science in Statistics", "master"),
        ("M.Sc. Data Science", "master"),
        ("MS in Computer Science, 2019", "master"),
        ("Bachelor's degree in Mathematics", "bachelor"),
        ("B.Tech, Electrical Engineering", "bachelor"),
        ("B.E. Computer Engineering", "bachelor"),
        ("Associate degree in IT", "associate"),
        ("High School Diploma", "secondary"),
    ],
)
def test_degree_levels(profile_of: ProfileOf, line: str, level: str) -> None:
    profile = profile_of(f"Education\n{line}\n", doc_type="resume")
    assert profile.education.highest == level


def test_ms_office_is_not_a_masters(profile_of: ProfileOf) -> None:
    profile = profile_of("Skills\nMS Office, MS Excel\n", doc_type="resume")
    assert profile.education.highest is None


def test_highest_degree_wins(profile_of: ProfileOf) -> None:
    text = "Education\nBSc Mathematics, 2012\nMSc Statistics, 2014\n"
    profile = profile_of(text, doc_type="resume")
    assert profile.education.highest == "master"
    assert profile.education.field == "statistics"


@pytest.mark.parametrize(
    "written",
    [
        "Jan 2019 - Present",
        "01/2019-12/2021",
        "2019-2021",
        "2019 – 2021",
        "Summer 2020 - Fall 2021",
        "March 2018 to date",
        "Sept. 2015 - Aug. 2017",
        "Jan '19 - Mar '21",
        "since 2015",
        "September 2017 onwards",
    ],
)
def test_date_range_forms(profile_of: ProfileOf, written: str) -> None:
    text = f"Experience\nData Engineer, Acme\n{written}\n- built pipelines\n"
    profile = profile_of(text, doc_type="resume")
    assert [r.text for r in profile.experience.ranges] == [written]


def test_overlapping_jobs_are_merged(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nAnalyst, A\nJan 2018 - Dec 2019\nConsultant, B\nJan 2019 - Dec 2020\n"
        "Education\nBSc, Uni\n2012 - 2016\n"
    )
    profile = profile_of(text, doc_type="resume")
    assert profile.experience.years == 3.0  # 2018-2020, education years not counted


def test_present_means_the_as_of_month(profile_of: ProfileOf) -> None:
    profile = profile_of("Experience\nEngineer\nNov 2024 - Present\n", doc_type="resume")
    assert profile.experience.years == 2.1  # Nov 2024 .. Nov 2026 inclusive = 25 months


def test_level_from_years_and_titles(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nSenior ML Engineer, Volt\n2018 - Present\n- Mentored four junior engineers\n"
    )
    profile = profile_of(text, doc_type="resume")
    assert profile.experience.level == "senior"
    assert any("mentor" in e.lower() for e in profile.experience.level_evidence)


POSTING = """Title: Machine Learning Engineer
Level: mid

About us
We build forecasting tools. Our office has free Python stickers.

Requirements
- 3+ years of experience with Python and SQL
- Strong PyTorch skills
- Bachelor's degree in Computer Science or a related field
- Experience with the Quandrix Optimizer and JDE E1

Nice to have
- Familiarity with Docker
- Master's degree preferred

Benefits
- Free Kubernetes lunch talks and a gym
"""


def test_posting_requirements_have_importance(profile_of: ProfileOf) -> None:
    profile = profile_of(POSTING)
    assert profile.doc_type == "posting"
    by_id = {r.id: r for r in profile.requirements}
    assert by_id["python"].importance == "required"
    assert by_id["python"].years == 3
    assert by_id["pytorch"].importance == "required"
    assert by_id["docker"].importance == "preferred"
    assert "kubernetes" not in by_id  # benefits never make requirements


def test_unknown_terms_stay_requirements(profile_of: ProfileOf) -> None:
    profile = profile_of(POSTING)
    literal = {r.jd_text for r in profile.requirements if not r.known}
    assert "JDE E1" in literal
    assert any("Quandrix" in term for term in literal)
    assert "Computer Science" not in literal  # a field of study, not a skill


def test_posting_years_degree_and_level(profile_of: ProfileOf) -> None:
    info = profile_of(POSTING).posting
    assert info is not None
    assert info.years_required == 3
    assert info.degree_required == "bachelor"
    assert info.degree_preferred == "master"
    assert info.level == "mid"
    assert info.title == "Machine Learning Engineer"


def test_negated_skill_is_not_a_requirement(profile_of: ProfileOf) -> None:
    text = "Requirements\n- Python\n- No Java needed\n"
    profile = profile_of(text, doc_type="posting")
    assert {r.id for r in profile.requirements} == {"python"}


def test_negated_resume_mentions_are_flagged(profile_of: ProfileOf) -> None:
    text = "Skills\nPython, SQL\nNo experience with Java yet, but eager to learn Go.\n"
    profile = profile_of(text, doc_type="resume")
    negated = {h.id: all(m.negated for m in h.mentions) for h in profile.skills}
    assert negated["java"] is True
    assert negated["python"] is False


def test_hyphenated_words_are_not_list_items(profile_of: ProfileOf) -> None:
    found = ids(profile_of("Models: ResNet, YOLO, Faster R-CNN, Python\n"))
    assert "r" not in found
    assert "python" in found
