"""Resume layouts seen in the wild that the other tests do not cover: experience in a DOCX
table, a degree's status on the line below it or after its field, a teacher's subjects."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.documents.sections import find_sections, heading_name
from mlcareer.extract import extract_profile
from mlcareer.extract.experience import title_level
from mlcareer.match import match_requirements, titled_skills
from mlcareer.models import Profile


def _docx_profile(path: Path, rows: list[tuple[str, ...]], options: Options) -> Profile:
    document = docx.Document()
    document.add_paragraph("Ana Ruiz")
    document.add_paragraph("Experience")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    document.add_paragraph("Education")
    document.add_paragraph("BSc Computer Science, University of Leeds, 2012")
    document.save(str(path))
    return extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")


def test_a_job_in_a_docx_table_row_is_titled_by_its_own_cell(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        ("Mar 2020 – Present", "Data Engineer, Harbor Freight Labs", "Built Kafka pipelines."),
        ("Jan 2016 – Feb 2020", "Barista, Bean Around Cafe", "Trained six new staff members."),
    ]
    jobs = _docx_profile(tmp_path / "cv.docx", rows, options).experience.jobs
    assert [(job.title, job.technical) for job in jobs] == [
        ("Data Engineer, Harbor Freight Labs", True),
        ("Barista, Bean Around Cafe", False),
    ]


def test_a_company_cell_holding_a_rank_word_is_not_the_title(
    tmp_path: Path, options: Options
) -> None:
    """Company first, then the title: "Principal" or "Lead" in a company's name is no title
    where another cell names an occupation."""
    rows = [
        ("Principal Financial Group", "Data Analyst", "Jun 2019 – Present"),
        ("Lead Bank", "Junior Analyst", "Jan 2017 – May 2019"),
    ]
    jobs = _docx_profile(tmp_path / "cv.docx", rows, options).experience.jobs
    assert [job.title for job in jobs] == ["Data Analyst", "Junior Analyst"]


def _degree(profile_of: Callable[..., Profile], text: str) -> tuple[str | None, bool]:
    education = profile_of(text, "resume").education
    return education.highest, education.degrees[0].in_progress


def test_an_expected_date_opening_a_long_line_below_the_degree_marks_it_unfinished(
    profile_of: Callable[..., Profile],
) -> None:
    text = (
        "EDUCATION\nUniversity of Oregon — B.S. Computer Science and Data Science\n"
        "Expected May 2029 | GPA: 3.91/4.00 | Dean's List (all semesters) | Honors College\n"
    )
    assert _degree(profile_of, text) == (None, True)
    shortened = text.replace("Expected May 2029", "Exp. 05/2029")
    assert _degree(profile_of, shortened) == (None, True)


def test_in_progress_or_a_range_to_present_after_the_field_marks_a_degree_unfinished(
    profile_of: Callable[..., Profile],
) -> None:
    in_progress = "Education\nPh.D. in Computer Science (in progress), Kestrel University\n"
    to_present = "Education\nPhD, Machine Learning, Kestrel University, 2023 – present\n"
    finished = "Education\nPhD, Machine Learning, Kestrel University, 2017 – 2022\n"
    assert _degree(profile_of, in_progress) == (None, True)
    assert _degree(profile_of, to_present) == (None, True)
    assert _degree(profile_of, finished) == ("phd", False)


@pytest.mark.parametrize(
    "line",
    [
        # two columns read as one line: the degree's year, then a job's range
        "B.Sc. Mathematics, University of Lagos, 2014     Senior Data Scientist, 2020 - Present",
        "BS Computer Science (2010–2014) | Software Engineer at Acme (2014–present)",
        "MS Statistics, Rice University, 2012-2014; Teaching Assistant, Rice, 2013 - present",
    ],
)
def test_a_range_to_present_after_the_degree_s_own_years_is_another_entry_s(
    profile_of: Callable[..., Profile], line: str
) -> None:
    highest, in_progress = _degree(profile_of, f"Education\n{line}\n")
    assert highest is not None and not in_progress


@pytest.mark.parametrize(
    "below", ["Expected salary: $180,000", "Expected CTC: 25 LPA | Notice period: 30 days"]
)
def test_the_pay_a_job_seeker_expects_is_no_degree_status(
    profile_of: Callable[..., Profile], below: str
) -> None:
    text = f"Education\nM.S. Computer Science, Stanford University\n{below}\n"
    assert _degree(profile_of, text) == ("master", False)


def test_the_subjects_a_teacher_teaches_do_not_make_teaching_technical_work(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Experience\nJunior Data Analyst, Fenwick Credit Union\nJune 2024 to Present\n"
        "- Wrote SQL queries for loan reports\n"
        "Mathematics Teacher, Ridgeview High School\nAugust 2014 to May 2024\n"
        "- Taught Algebra II, Statistics and AP Calculus\n- Coached the robotics club\n",
        "resume",
    )
    analyst, teacher = resume.experience.jobs
    assert analyst.technical and (teacher.technical, teacher.why) == (False, "teaching")
    assert (resume.experience.relevant_years, resume.experience.level) == (2.5, "entry")


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Engagements", "experience"),
        ("Client Engagements", "experience"),
        ("Military Experience", "experience"),
        ("GRANTS AND AWARDS", "awards"),
        ("Grants & Fellowships & Awards", "awards"),
        ("PROJECTS & HACKATHONS", "projects"),
        ("Leadership & Activities", "interests"),
        ("🧠 What I know", "skills"),
        ("🎓 S C H O O L I N G", "education"),
        ("Skills & Experience", "requirements"),  # a posting's, as before
        ("Education & Projects", None),  # two sections in one: neither wins
    ],
)
def test_resume_headings_seen_in_the_wild(heading: str, name: str | None) -> None:
    assert heading_name(heading) == name


def test_leadership_opens_no_section_in_a_posting() -> None:
    posting = "Requirements\n- Python\nLeadership\n- Lead a team of five\n"
    assert [s.name for s in find_sections(posting, posting=True)] == ["requirements"]


def test_a_hobby_on_a_line_labelled_interests_is_no_skill(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Experience\nData Analyst, Koa Freight\nMar 2021 – Present\n- Wrote SQL for revenue\n"
        "Skills\nSQL, Tableau\nOther\nInterests: Go (2-dan amateur), surfing, jazz piano\n",
        "resume",
    )
    assert "go" not in {hit.id for hit in resume.skills}


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Staff Sergeant (E-5), Intelligence Analyst", None),
        ("Senior Airman, Cyber Transport Technician", None),
        ("Staff Accountant, Pine Ridge Dental", None),
        ("Staff Software Engineer, Ranking", "senior"),
        ("Senior Data Scientist", "senior"),
    ],
)
def test_a_military_rank_or_a_staff_post_is_no_senior_title(title: str, level: str | None) -> None:
    assert title_level(title) == level


@pytest.mark.parametrize(
    "line",
    [
        "since 03/2022    Senior Data Scientist, Alpenbahn GmbH, Vienna",
        "03.2019 – 02.2022 Senior Data Scientist, Alpenbahn GmbH, Vienna",
        "Jan 2019 – Present\tSenior Data Scientist\tAlpenbahn GmbH",
    ],
)
def test_a_title_quoted_as_a_skills_evidence_leaves_its_dates_out(
    profile_of: Callable[..., Profile], options: Options, line: str
) -> None:
    resume = profile_of(f"Experience\n{line}\n- Forecast train demand\n", "resume")
    title, _ = titled_skills(resume, options.taxonomy)["data-science"]
    assert title == "Senior Data Scientist"


def test_years_written_beside_a_listed_skill_bound_it_in_a_long_career(
    profile_of: Callable[..., Profile], options: Options
) -> None:
    resume = profile_of(
        "Experience\nSoftware Engineer, Larch Systems\nJan 2010 – Present\n- Built Java services\n"
        "Skills\nJava, Kubernetes (4 years)\n",
        "resume",
    )
    posting = profile_of("Requirements\n- 6+ years of Kubernetes\n- Java\n", "posting")
    [kubernetes] = [
        m
        for m in match_requirements(resume, posting.requirements, options.taxonomy)
        if m.id == "kubernetes"
    ]
    assert (kubernetes.status, kubernetes.detail) == ("related", "shows 4.0 of 6 years as written")


@pytest.mark.parametrize(
    ("bullet", "visualizes"),
    [
        ("- Accurate charting and medication administration for 6 patients per shift", False),
        ("- Built charting dashboards for sales data with D3", True),
    ],
)
def test_a_nurses_charting_is_no_data_visualization(
    profile_of: Callable[..., Profile], bullet: str, visualizes: bool
) -> None:
    text = (
        "Maya Okafor\n\nExperience\n"
        f"Registered Nurse, St. Luke's Hospital, Jan 2018 - Present\n{bullet}\n"
    )
    found = {skill.id for skill in profile_of(text, "resume").skills}
    assert ("data-visualization" in found) is visualizes
