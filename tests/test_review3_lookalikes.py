"""Look-alikes of the Romance and federal-resume rules: inputs that resemble what those rules
read (a Portuguese "no", a deployment's line, a pay grade, an associate degree) and must be
read as they were before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.romance import portuguese_line
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


# --- an English or Spanish "no" still denies -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "No Docker experience, João",  # a Portuguese name holds "ã"
        "No Docker experience (São Paulo office)",
        "No Docker; Kubernetes: NA",  # "NA" is not applicable, not the Portuguese "na"
        "No uso Docker, dados los plazos",  # Spanish: "dados" is "given" there
    ],
)
def test_a_no_beside_a_portuguese_look_alike_still_denies(profile_of: ProfileOf, line: str) -> None:
    skills = profile_of(f"Skills\n{line}\n", "resume").skills
    [docker] = [skill for skill in skills if skill.id == "docker"]
    assert all(mention.negated for mention in docker.mentions)


@pytest.mark.parametrize(
    "line",
    [
        "pipelines no Airflow e na AWS",
        "Integração no Airflow",  # a sentence's first word with "ã"
        "Na empresa, migrei dados no Airflow",
        "Não uso Docker no trabalho",
    ],
)
def test_a_portuguese_line_is_still_portuguese(line: str) -> None:
    assert portuguese_line(line)


# --- a job titled "Deployment ..." is a job -------------------------------------------


def test_a_deployment_engineers_job_inside_another_is_its_own(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nPlatform Engineer, Acme Corp, 2015 - Present\n- Built Python tools.\n"
        "Deployment Engineer, Beta Systems, 2016 - 2018\n- Rolled out Kubernetes clusters.\n"
    )
    titles = profile_of(text, "resume").experience.titles
    assert titles == ["Platform Engineer, Acme Corp", "Deployment Engineer, Beta Systems"]


# --- a school's name is no pay field ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Grade 12, Step by Step School, Noida, 2015",
        "Grade 12 - Science Series, Kendriya Vidyalaya, 2014",
    ],
)
def test_a_school_grade_beside_a_pay_word_is_read(profile_of: ProfileOf, line: str) -> None:
    assert profile_of(f"Jo Doe\n\nEducation\n{line}\n", "resume").education.highest == "secondary"


# --- "Associate in Science ..." in a job's title is no degree -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Associate in Science Communication, Natural History Museum, 2019 - 2021",
        "Sales Associate in Arts and Crafts store, 2010 - 2012",
    ],
)
def test_an_associate_post_is_no_associate_degree(profile_of: ProfileOf, line: str) -> None:
    assert profile_of(f"Jo Doe\n\nExperience\n{line}\n", "resume").education.highest is None
