"""English lines that rules merged for other countries' documents misread: the staff who run
a student scheme ("Industrial Training Manager") counted at a student's half time; a firm's
attitude ("We have no tolerance for untested SQL") and a duty after its lack ("We have no
DevOps team, so you will own Docker") read as what the firm lacks, not asked."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "title",
    [
        "Industrial Training Manager, Dangote Cement Plc, Lagos",
        "Industrial Training Officer, Shell Nigeria, Port Harcourt",
        "SIWES Coordinator, University of Nigeria, Nsukka",
        "Industrial Attachment Supervisor, Kenya Power, Nairobi",
        "Learnership Programme Administrator, MICT SETA, Midrand",
        "Head of Industrial Training, Shell Nigeria, Lagos",
    ],
)
def test_reviewtoday_a_student_schemes_staff_count_in_full(
    profile_of: ProfileOf, title: str
) -> None:
    resume = profile_of(
        f"EXPERIENCE\n{title}\nJan 2019 - Dec 2020\n- Prepared reports in Excel\n", "resume"
    )
    assert resume.experience.years == pytest.approx(2.0, abs=0.05)
    assert not any("student post" in note for note in resume.experience.level_evidence)


@pytest.mark.parametrize(
    "title",
    [
        "Industrial Training (SIWES), Shell Nigeria, Lagos",
        "SIWES Intern, Shell Nigeria, Lagos",
        "ICT Attachee, Safaricom, Nairobi",
        "Data Science Learnership, Standard Bank, Johannesburg",
        "Learnership Programme, MICT SETA, Midrand",
    ],
)
def test_reviewtoday_a_student_schemes_learner_still_counts_half(
    profile_of: ProfileOf, title: str
) -> None:
    resume = profile_of(
        f"EXPERIENCE\n{title}\nJan 2019 - Dec 2020\n- Built reports in Python and SQL\n",
        "resume",
    )
    assert resume.experience.years == pytest.approx(1.0, abs=0.05)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("We have no tolerance for untested SQL.", "sql"),
        ("We don't have patience for Kafka consumers without tests.", "kafka"),
        ("We have no dedicated DevOps team, so you will own Docker.", "docker"),
    ],
)
def test_reviewtoday_a_firms_attitude_or_your_duty_is_no_lack(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill in asked(profile_of, listed("Python", line))


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("We have no Terraform, Pulumi or Ansible yet.", "ansible"),
        ("We have no Kubernetes yet.", "kubernetes"),
        ("We don't have time-series tooling or Grafana yet.", "grafana"),
    ],
)
def test_reviewtoday_a_listed_lack_stays_unasked(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill not in asked(profile_of, listed("Python", line))


@pytest.mark.parametrize(
    "line",
    [
        "Minimal S3 footprint for nightly backups",
        "Kept a minimal S3 bill.",
        "Designed a minimal S3-compatible object store",
    ],
)
def test_reviewtoday_a_minimal_s3_is_amazons_storage(profile_of: ProfileOf, line: str) -> None:
    resume = profile_of(
        f"Tom Baker\n\nExperience\nCloud Engineer, Acme\nJan 2020 - Dec 2022\n- {line}\n",
        "resume",
    )
    assert resume.education.degrees == []


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Pendidikan minimal S1", "bachelor"),
        ("Minimal S1/D3", "bachelor"),
        ("minimal S1 semua jurusan", "bachelor"),
        ("Minimal S2, diutamakan Ilmu Komputer", "master"),
        ("Minimal S3.", "phd"),
    ],
)
def test_reviewtoday_minimal_before_an_indonesian_level_still_asks_it(
    profile_of: ProfileOf, line: str, level: str
) -> None:
    posting = profile_of(listed(line, "Python"), "posting")
    assert posting.education.highest == level


@pytest.mark.parametrize(
    "title",
    ["Middle/High School Math Teacher", "Middle / Upper School Science Teacher"],
)
def test_reviewtoday_a_middle_and_high_school_teacher_names_no_level(
    profile_of: ProfileOf, title: str
) -> None:
    assert profile_of(listed("Python", title=title), "posting").posting.level is None


@pytest.mark.parametrize(
    "title", ["Middle/Senior Data Scientist", "Middle+ Python Developer", "Middle/Lead ML Engineer"]
)
def test_reviewtoday_eastern_europes_middle_before_a_slash_stays(
    profile_of: ProfileOf, title: str
) -> None:
    assert profile_of(listed("Python", title=title), "posting").posting.level is not None


@pytest.mark.parametrize("item", ["Computer literacy", "Computer Literacy", "Computer proficiency"])
def test_reviewtoday_computer_literacy_among_unbulleted_items_is_an_item(
    profile_of: ProfileOf, item: str
) -> None:
    text = (
        "Data Clerk\n\nNice to have\nKnowledge of Tableau\n"
        f"{item}\nExperience with Power BI\n\nRequirements\n3 years experience with SQL\n"
    )
    assert asked(profile_of, text)["power-bi"].importance == "preferred"


@pytest.mark.parametrize(
    "heading", ["Computer Literacy", "COMPUTER LITERACY", "Computer Literacy:"]
)
def test_reviewtoday_a_postings_computer_literacy_heading_asks(
    profile_of: ProfileOf, heading: str
) -> None:
    text = (
        "Data Clerk\n\nRequirements\nDegree in IT\n3 years experience with SQL\n\n"
        f"{heading}\nMs Excel, Python\n"
    )
    assert asked(profile_of, text)["python"].importance == "required"


def test_reviewtoday_a_resumes_computer_literacy_heading_lists_skills(
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(
        "Ada Obi\n\nExperience\nClerk, Acme\nJan 2020 - Dec 2022\n- Filed records\n"
        "Computer Literacy\nMs Excel, Python\n",
        "resume",
    )
    assert [s.name for s in resume.sections][-1] == "skills"
