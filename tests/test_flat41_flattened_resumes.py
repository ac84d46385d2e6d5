"""Resumes flattened onto one line (flat41): pasted from a PDF viewer or a web form, they read
as the same resume set out in lines does: its jobs' titles and years, its sections, degrees
and skills. A resume set out in lines is left as written."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.extract.flat_resume import flat_resume_breaks
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

HEADED = (
    "Jane Doe\njane.doe@example.com\nExperience\n"
    "Senior Data Scientist, Acme Corp, Jan 2020 - Present\n"
    "Built churn models in Python and deployed them with Docker.\n"
    "Data Analyst, Beta Inc, 2017 - 2019\nWrote SQL reports and dashboards in Tableau.\n"
    "Education\nMSc Statistics, University of Leeds, 2016\nSkills\nPython, SQL, PyTorch, Docker\n"
)
UNHEADED = (
    "Priya Nair\npriya.nair@example.net\n"
    "Data Analyst, Fern Retail, September 2022 - Present\n"
    "Built forecasting models in R and Python; maintained PostgreSQL tables.\n"
    "Teaching Assistant (part-time), City University, September 2020 - June 2022\n"
    "Graded assignments and ran lab sessions in Python.\n"
    "Barista (part-time), Bean House, 2019 - 2021\n"
    "MSc Data Science, City University, 2020 - 2022\n"
    "BA Economics, Lakeside College, 2016 - 2019\nPython, R, SQL, PostgreSQL, Excel\n"
)
BULLETED = (
    "Tom Reyes\ntom.reyes@example.org | +1 555 010 2030\nSummary\n"
    "Machine learning engineer with a focus on recommendation systems.\nWork Experience\n"
    "Machine Learning Engineer | Orbit Labs | 03/2021 - Present\n"
    "• Trained ranking models with TensorFlow and served them on Kubernetes\n"
    "• Cut latency by 30% with ONNX\n"
    "Software Engineer | Nimbus Systems | 06/2018 - 02/2021\n"
    "• Built batch data pipelines\n"
    "Software Engineering Intern | Nimbus Systems | 06/2017 - 08/2017\n"
    "• Wrote unit tests in Java\nEducation\n"
    "B.S. Computer Science, State University, 2014 - 2018\nSkills\nPython, Java, TensorFlow\n"
)
CAPITALS = (
    "ALEX KIM\nalex.kim@example.com  github.com/alexkim\nEDUCATION\n"
    "B.Sc. Computer Science, Riverside University, 2019 – 2023\nEXPERIENCE\n"
    "Machine Learning Intern, Quanta AI, Jun 2022 – Aug 2022\n"
    "• Fine-tuned BERT models with PyTorch for text classification\n"
    "Research Assistant (part-time), Riverside University, Sep 2021 – May 2023\n"
    "• Built data pipelines in Python and pandas\n"
    "Junior Data Scientist, Helix Health, Jul 2023 – Present\n"
    "• Deployed scikit-learn models on AWS\nSKILLS\nPython, PyTorch, pandas, AWS, SQL\n"
)
RESUMES = [HEADED, UNHEADED, BULLETED, CAPITALS]


def _flattened(text: str) -> str:
    return text.rstrip("\n").replace("\n", " ") + "\n"


def _reading(profile: Profile) -> dict[str, object]:
    experience = profile.experience
    return {
        "jobs": [(job.title, job.years) for job in experience.jobs],
        "years": experience.years,
        "level": experience.level,
        "degrees": [(degree.level, degree.field) for degree in profile.education.degrees],
        "skills": sorted(hit.id for hit in profile.skills),
    }


@pytest.mark.parametrize("lined", RESUMES)
def test_flat41_a_flattened_resume_reads_as_its_lined_form(
    profile_of: ProfileOf, lined: str
) -> None:
    flat = _flattened(lined)
    assert len(flat.split("\n")[0]) > 300
    assert _reading(profile_of(flat, "resume")) == _reading(profile_of(lined, "resume"))


def test_flat41_student_jobs_keep_their_part_time_share(profile_of: ProfileOf) -> None:
    jobs = profile_of(_flattened(UNHEADED), "resume").experience.jobs
    assert [job.title for job in jobs] == [
        "Data Analyst, Fern Retail",
        "Teaching Assistant (part-time), City University",
        "Barista (part-time), Bean House",
    ]
    assert jobs[1].years is not None and jobs[1].years < 1.0  # 1.8 years at half time


@pytest.mark.parametrize("lined", [HEADED, BULLETED, CAPITALS])
def test_flat41_inline_headings_open_the_sections_of_the_lined_form(
    profile_of: ProfileOf, lined: str
) -> None:
    names = [section.name for section in profile_of(_flattened(lined), "resume").sections]
    assert names == [section.name for section in profile_of(lined, "resume").sections]
    assert "experience" in names and "education" in names


def test_flat41_a_tool_ending_a_bullet_stays_off_the_next_title(profile_of: ProfileOf) -> None:
    titles = profile_of(_flattened(BULLETED), "resume").experience.titles
    assert titles[1] == "Software Engineer | Nimbus Systems"  # not "ONNX Software Engineer"


def test_flat41_the_text_keeps_its_offsets(profile_of: ProfileOf) -> None:
    flat = _flattened(HEADED)
    profile = profile_of(flat, "resume")
    assert profile.text.count("\n") > 5  # broken
    for hit in profile.skills:
        for mention in hit.mentions:
            assert flat[mention.start : mention.end] == mention.text


def test_flat41_breaks_stand_only_at_spaces_and_keep_an_abbreviated_title_whole() -> None:
    flat = (
        "Ana Ruiz ana@example.com EXPERIENCE Sr. Data Scientist, Orbit Labs, Jan 2019 - Dec 2021"
        " Built churn models in R. Jr. Software Engineer, Kite Systems, Jan 2016 - Dec 2018"
        " Wrote services in Java. EDUCATION B.S. Computer Science, State University, 2012"
        " SKILLS Python, SQL"
    )
    breaks = flat_resume_breaks(flat)
    assert breaks and all(flat[at] == " " for at in breaks)
    lines = "".join("\n" if at in breaks else ch for at, ch in enumerate(flat)).split("\n")
    assert "Jr. Software Engineer, Kite Systems, Jan 2016 - Dec 2018" in lines
    assert "B.S. Computer Science, State University, 2012" in lines


def test_flat41_dates_after_dates_stay_with_their_job() -> None:
    ranges = "  ".join(f"Jan {2000 + i} - Dec {2001 + i}" for i in range(0, 20, 2))
    flat = f"Ann Lee EXPERIENCE Tutor, Acme  {ranges}  Taught maths"
    lines = "".join("\n" if at in flat_resume_breaks(flat) else ch for at, ch in enumerate(flat))
    assert f"Tutor, Acme  {ranges}" in lines.split("\n")


@pytest.mark.parametrize(
    "text",
    [
        HEADED,  # short lines
        # a resume of paragraphs: a skills line under its label, a job a line
        "Priya Raman\nTechnical Skills: Python, SQL, PyTorch, TensorFlow, scikit-learn, XGBoost,"
        " Airflow, Docker, Kubernetes, Tableau, Power BI, statistics, NLP, computer vision, AWS\n"
        "Senior Data Scientist, Lumen Retail, Pune (Jan 2020 - Present): built demand forecasting"
        " models in Python and PyTorch, served them on Kubernetes, and ran pricing tests.\n",
    ],
)
def test_flat41_a_resume_set_out_in_lines_is_not_broken(text: str) -> None:
    assert flat_resume_breaks(text) == []


def test_flat41_a_very_long_line_of_headings_is_read_in_linear_time(
    profile_of: ProfileOf,
) -> None:
    unit = "Skills Python Education MSc Experience Senior Data Analyst, Acme, 2017 - 2019 "

    def seconds(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size] + "\n"
        start = time.process_time()
        profile_of(text, "resume")
        return time.process_time() - start

    seconds(5_000)  # warm up
    small, large = seconds(40_000), seconds(160_000)
    assert large < 6 * small + 0.2, (small, large)


def test_flat41_a_heading_word_in_a_title_breaks_nothing() -> None:
    flat = (
        "Mia Chen mia@example.com Work History Customer Experience Manager, Acme, 2019 - 2021"
        " Ran support analytics in SQL. Education Officer, City Museum, 2016 - 2019"
        " Planned school visits. Education BA History, 2016"
    )
    lines = "".join("\n" if at in flat_resume_breaks(flat) else ch for at, ch in enumerate(flat))
    assert "Customer Experience Manager, Acme, 2019 - 2021" in lines.split("\n")
    assert "Education Officer, City Museum, 2016 - 2019" in lines.split("\n")
    assert "Education" in lines.split("\n")


def test_flat41_a_flattened_resume_without_dates_is_broken_at_its_headings(
    profile_of: ProfileOf,
) -> None:
    flat = (
        "Lea Berg lea@example.com Summary Careful analyst who likes clean data and clear"
        " charts, with years of reporting for retail chains and their regional managers."
        " Experience Senior Analyst, Acme Retail. Built weekly SQL reports. Education BSc"
        " Mathematics, Lund University Skills Python, SQL, Tableau\n"
    )
    names = [section.name for section in profile_of(flat, "resume").sections]
    assert names == ["summary", "experience", "education", "skills"]


def test_flat41_a_wide_gap_inside_dates_is_no_break() -> None:
    flat = (
        "Kai Lund kai@example.com EXPERIENCE Data Analyst, Acme, Jan 2019    -    Dec 2021 Built"
        " weekly sales reports for the regional managers. Clerk, Beta, 2016 - 2018 Filed invoices"
        " and kept the ledgers. EDUCATION BA History, 2015"
    )
    lines = "".join("\n" if at in flat_resume_breaks(flat) else ch for at, ch in enumerate(flat))
    assert "Data Analyst, Acme, Jan 2019    -    Dec 2021" in lines.split("\n")
