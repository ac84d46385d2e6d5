"""A hostile review of the rules for Markdown exports and document misreadings: inputs that
look like what a rule reads but are not, and inputs built to make a rule's pattern slow."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.documents.cleaning import clean_text
from mlcareer.documents.limits import Limits
from mlcareer.models import Profile

# -- HTML comments that never close ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Python\n" + "<!--" * 12_500,  # 50 KB of openers, none closed
        "Python\n" + "<!--\nSQL\n" * 5_000,  # an opener on each line
        "Python\n" + "<!-- note " * 5_000 + "-->",  # only the last one closed
    ],
)
def test_comments_that_never_close_are_read_in_linear_time(text: str) -> None:
    clean_text("<!-- warm up -->", [], Limits())
    started = time.process_time()
    cleaned, _ = clean_text(text, [], Limits())
    assert time.process_time() - started < 0.5
    assert cleaned.startswith("Python\n")


def test_a_comment_over_several_lines_still_goes() -> None:
    text = "Python\n<!-- drafted\nin vim -->\nSQL\n"
    cleaned, _ = clean_text(text, [], Limits())
    assert cleaned == "Python\n\n\nSQL\n"


# -- front matter ----------------------------------------------------------------------------


def test_a_plain_text_header_between_rules_is_no_front_matter(
    profile_of: Callable[..., Profile],
) -> None:
    """A typed resume may set its contact lines between two rules, "Name: ...", "Skills: ...":
    shown text, not a static site's settings (whose keys are written in lower case)."""
    resume = profile_of(
        "---\nName: Jane Doe\nEmail: jane@example.com\nSkills: Python, SQL, PyTorch\n---\n\n"
        "EXPERIENCE\nData Scientist, Acme\nJan 2019 - Dec 2020\n- Built models\n",
        "resume",
    )
    assert {"python", "sql", "pytorch"} <= {hit.id for hit in resume.skills}


# -- an image's "!" --------------------------------------------------------------------------


def test_an_images_mark_after_a_word_parts_the_word_from_the_label() -> None:
    text = "Built with Python![badge](https://img.shields.io/badge/python-3.11-blue)\n"
    cleaned, _ = clean_text(text, [], Limits())
    assert cleaned == "Built with Python badge (https://img.shields.io/badge/python-3.11-blue)\n"


# -- rows of a name and its years under the EXPERIENCE heading ------------------------------


def test_employers_named_like_skills_under_the_experience_heading_are_jobs(
    profile_of: Callable[..., Profile],
) -> None:
    """ "Databricks | 2019 - 2022" under EXPERIENCE is an employer and its years, though
    Databricks is also a skill; a table of skills has no EXPERIENCE heading over it."""
    resume = profile_of(
        "Jane Doe\njane@example.com\n\nEXPERIENCE\nDatabricks | 2019 - 2022\n"
        "Snowflake | 2016 - 2019\n\nEDUCATION\nBSc Computer Science, 2012 - 2016\n",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == ["Databricks", "Snowflake"]
    assert resume.experience.years == pytest.approx(6.0, abs=0.2)
    assert not {"databricks", "snowflake"} & {hit.id for hit in resume.skills}  # employers


# -- Latin American degree titles ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ingeniero de Sistemas Senior en Globant, Ene 2019 - Dic 2023",
        "Ingeniera de Sistemas Jr, Rappi, 2020 - 2023",
        "Ingeniero de Telecomunicaciones Líder, Claro, 2018 - 2023",
    ],
)
def test_a_systems_engineers_rank_makes_a_job_title(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Juan Pérez\njuan@example.com\n\nExperiencia\n{line}\n", "resume")
    assert resume.education.highest is None


@pytest.mark.parametrize(
    "title",
    ["Ingeniero de Sistemas Senior", "Ingeniero en Informática Senior", "Ingeniera en Datos Sr"],
)
def test_a_postings_senior_systems_engineer_title_asks_no_degree(
    profile_of: Callable[..., Profile], title: str
) -> None:
    posting = profile_of(f"{title}\n\nRequisitos:\n- 3 años de experiencia con Python\n", "posting")
    assert posting.education.highest is None


@pytest.mark.parametrize(
    "line",
    [
        "Ingeniero en Informática, Universidad de Chile, 2015",
        # a headline's job after a separator: the rank is the job's, the degree is held
        "Ingeniero en Sistemas - Lead Data Engineer",
        "Ingeniero en Sistemas | Senior Data Engineer",
        "Ingeniera en Sistemas / Líder técnica",
    ],
)
def test_an_engineers_degree_with_its_school_is_still_a_degree(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Juan Pérez\n\nEducación\n{line}\n", "resume")
    assert resume.education.highest == "bachelor"


@pytest.mark.parametrize(
    "text",
    [
        "---\n- Python, SQL\n- PyTorch\n---\n",  # bullets between two rules
        "---\n\nPython, SQL, PyTorch\n---\n",
    ],
)
def test_rules_around_no_settings_keep_their_lines(text: str) -> None:
    cleaned, _ = clean_text(text, [], Limits())
    assert "Python, SQL" in cleaned and "PyTorch" in cleaned


def test_rows_of_skills_below_a_job_are_still_no_jobs(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Lee Park\nlee@example.com\n\nEXPERIENCE\nData Engineer, Acme Corp\nJan 2021 - Dec 2023\n"
        "- Built pipelines with Airflow\n\nPython | 2012 - 2024\nSQL | 2014 - 2024\n",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == ["Data Engineer, Acme Corp"]
