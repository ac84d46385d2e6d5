"""Small misreadings left over: a veteran's "Master Instructor" and closing "ADDITIONAL"
heading, network traffic read as graph theory, a posting's military occupation codes and
the SkillBridge interns an employer hosts, East Asian headings in brackets and Korean
"재학중" before a degree, and the Greek engineering Diploma written "Dipl." or beside its
"Integrated Master"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


# --- a veteran's designations and closing heading -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Earned Master Instructor Designation",
        "Master Instructor, Army Training Center, 2016",
        "- Named IBM Master Inventor",
        "- Master Gunner and Master Resilience Trainer",
        "- Master Training Specialist (MTS)",
    ],
)
def test_a_master_designation_is_no_masters_degree(profile_of: ProfileOf, line: str) -> None:
    text = f"Jo Doe\n\nExperience\nInstructor, U.S. Army, 2015 - 2020\n{line}\n"
    assert profile_of(text, "resume").education.degrees == []


@pytest.mark.parametrize(
    "line",
    ["Master in Computer Science, University of Texas, 2020", "Masters in Data Science, 2021"],
)
def test_a_master_in_a_field_is_still_a_masters(profile_of: ProfileOf, line: str) -> None:
    text = f"Jo Doe\n\nEducation\n{line}\n"
    assert profile_of(text, "resume").education.highest == "master"


@pytest.mark.parametrize("heading", ["ADDITIONAL", "Additional", "ADDITIONAL INFORMATION"])
def test_an_additional_heading_closes_a_resume(profile_of: ProfileOf, heading: str) -> None:
    text = (
        "Jo Doe\n\nExperience\nAnalyst, U.S. Army, 2015 - 2020\n- Built dashboards in Python\n\n"
        f"AWARDS\n- Army Commendation Medal, 2018\n\n{heading}\n- Fluent in Spanish\n"
    )
    sections = [section.name for section in profile_of(text, "resume").sections]
    assert sections == ["experience", "awards", "interests"]


def test_a_postings_additional_line_opens_no_resume_section(profile_of: ProfileOf) -> None:
    text = "Data Analyst\n\nRequirements\n- Python\n\nAdditional\n- Experience with Kafka\n"
    posting = profile_of(text, "posting")
    assert "interests" not in [section.name for section in posting.sections]


# --- network analysis of traffic, not of graphs -------------------------------------------


def _skill_ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


@pytest.mark.parametrize(
    "line",
    [
        "- Packet capture and network analysis with Wireshark",
        "- Performed network analysis of packet captures to find intrusions",
        "- Network analysis of traffic with tcpdump",
    ],
)
def test_network_analysis_of_traffic_is_no_graph_theory(profile_of: ProfileOf, line: str) -> None:
    text = f"Jo Doe\n\nExperience\nCyber Analyst, U.S. Army, 2015 - 2020\n{line}\n"
    profile = profile_of(text, "resume")
    assert "graph-theory" not in _skill_ids(profile)
    assert "computer-networking" in _skill_ids(profile)


@pytest.mark.parametrize(
    "line",
    [
        "- Social network analysis of Twitter followers",
        "- Network analysis with NetworkX on a citation graph",
        "- Network analysis",
    ],
)
def test_network_analysis_of_graphs_stays_graph_theory(profile_of: ProfileOf, line: str) -> None:
    text = f"Jo Doe\n\nExperience\nData Scientist, Acme, 2015 - 2020\n{line}\n"
    assert "graph-theory" in _skill_ids(profile_of(text, "resume"))


# --- a posting's military occupation codes and the interns it hosts ----------------------


def _terms(posting: Profile) -> list[str]:
    return [req.jd_text for req in posting.requirements if req.id.startswith("term:")]


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        (
            "- Former Army 35F, 35N or 17C, or Air Force 1N0 / 1N4",
            ["35F", "35N", "17C", "1N0", "1N4"],
        ),
        ("- Prior U.S. Army 35F experience", ["35F"]),
        ("- Marine Corps 0231 intelligence experience", ["0231"]),
        ("- Air Force 1N4X1 or equivalent", ["1N4X1"]),
    ],
)
def test_a_service_branch_before_an_occupation_code_is_left_out_of_its_term(
    profile_of: ProfileOf, line: str, codes: list[str]
) -> None:
    posting = profile_of(f"Intelligence Analyst\n\nRequirements\n{line}\n- Python\n", "posting")
    assert _terms(posting) == codes


def test_the_codes_of_one_ask_are_alternatives(profile_of: ProfileOf) -> None:
    line = "- Former Army 35F, 35N or 17C, or Air Force 1N0"
    posting = profile_of(f"Intelligence Analyst\n\nRequirements\n{line}\n- Python\n", "posting")
    first = next(req for req in posting.requirements if req.jd_text == "35F")
    assert first.alternatives == ["term:35n", "term:17c", "term:1n0"]


@pytest.mark.parametrize(
    "line",
    [
        "- Veterans welcome; we host DoD SkillBridge interns",
        "- We proudly host DoD SkillBridge fellows every year.",
        "- We participate in the DoD SkillBridge program.",
    ],
)
def test_a_program_the_employer_runs_is_no_ask(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(f"Data Analyst\n\nRequirements\n- Python\n{line}\n", "posting")
    assert "DoD SkillBridge" not in _terms(posting)


def test_a_program_the_hire_must_have_done_is_still_asked(profile_of: ProfileOf) -> None:
    line = "- Completion of the DoD SkillBridge program"
    posting = profile_of(f"Data Analyst\n\nRequirements\n- Python\n{line}\n", "posting")
    assert "DoD SkillBridge" in _terms(posting)


# --- East Asian headings in brackets, and Korean "enrolled" -------------------------------


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("【学歴】", "education"),
        ("【教育背景】", "education"),
        ("［職歴］", "experience"),
        ("【職務経歴】", "experience"),
        ("〔技能〕", "skills"),
        ("【 학력 】", "education"),
    ],
)
def test_an_east_asian_heading_in_brackets_names_its_section(heading: str, name: str) -> None:
    assert heading_name(heading) == name


@pytest.mark.parametrize("line", ["【3年の職歴があります】", "【PR】", "【技能大赛一等奖】"])
def test_a_bracketed_phrase_is_no_heading(line: str) -> None:
    assert heading_name(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "재학중 고려대학교 통계학 석사",
        "재학 중 - 고려대학교 통계학 석사",
        "고려대학교 통계학 석사 (재학중)",
        "清华大学 计算机 硕士（在读）",
    ],
)
def test_enrolled_before_or_after_the_degree_is_under_way(profile_of: ProfileOf, line: str) -> None:
    resume = profile_of(f"김민수\n\n학력\n{line}\n", "resume")
    assert [(d.level, d.in_progress) for d in resume.education.degrees] == [("master", True)]


def test_a_degree_graduated_beside_one_enrolled_is_held(profile_of: ProfileOf) -> None:
    resume = profile_of("김민수\n\n학력\n고려대학교 통계학 학사 졸업, 석사 재학중\n", "resume")
    assert [(d.level, d.in_progress) for d in resume.education.degrees] == [
        ("bachelor", False),
        ("master", True),
    ]


# --- the Greek engineering Diploma ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Dipl. Electrical and Computer Engineering, NTUA, 2018",
        "Dipl. in Mechanical Engineering, University of Patras, 2015",
    ],
)
def test_a_greek_dipl_is_a_masters(profile_of: ProfileOf, line: str) -> None:
    resume = profile_of(f"Nikos P\n\nEducation\n{line}\n", "resume")
    assert [d.level for d in resume.education.degrees] == ["master"]


def test_a_dipl_elsewhere_is_no_degree(profile_of: ProfileOf) -> None:
    resume = profile_of("Nikos P\n\nEducation\nDipl. Electrical Engineering, Govt Polytechnic\n")
    assert resume.education.highest is None


@pytest.mark.parametrize(
    "line",
    [
        "Diploma in Electrical and Computer Engineering (Integrated Master), NTUA, 2012 - 2018",
        "Diploma in Electrical and Computer Engineering, NTUA - Integrated Master, 2018",
        "Integrated Master / Diploma in Civil Engineering, AUTh, 2017",
    ],
)
def test_a_diploma_and_its_integrated_master_are_one_degree(
    profile_of: ProfileOf, line: str
) -> None:
    resume = profile_of(f"Nikos P\n\nEducation\n{line}\n", "resume")
    assert [d.level for d in resume.education.degrees] == ["master"]
