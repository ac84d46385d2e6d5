"""Flattened resumes after review (fixres42): a cell opening with a capitalised "-ed" word
after a title's comma is no duty, and a camel-case word opens the next title unless the bullet
before governs it as its tool."""

from __future__ import annotations

import pytest

from mlcareer.extract.flat_resume import flat_resume_breaks


def _lines(flat: str) -> list[str]:
    breaks = set(flat_resume_breaks(flat))
    text = "".join("\n" if at in breaks else ch for at, ch in enumerate(flat))
    return [line.strip() for line in text.split("\n")]


@pytest.mark.parametrize(
    "title",
    [
        "Software Engineer, Distributed systems group, Acme Corp",
        "Nurse Practitioner, Integrated care team, Oak Health",
    ],
)
def test_fixres42_a_cell_after_a_comma_stays_in_the_title(title: str) -> None:
    flat = (
        "Ana Ruiz ana@example.com Experience Jan 2021 - Present "
        f"{title} • Ran weekly reviews of the platform budget and staffing plans Education BSc "
        "Biology, Riverside University, 2013 - 2017\n"
    )
    assert title in _lines(flat)


def test_fixres42_duties_after_a_title_still_break() -> None:
    # near miss: a duty's verb after the title's last word (no comma) still opens the duties
    flat = (
        "Ana Ruiz ana@example.com Experience Jan 2021 - Present Senior Data Engineer, Nimbus "
        "Analytics Migrated batch pipelines to Spark and Airflow for the finance team. Jun 2017 - "
        "Dec 2020 Data Analyst, Fable Retail Education BSc Biology, Riverside University, "
        "2013 - 2017\n"
    )
    assert "Senior Data Engineer, Nimbus Analytics" in _lines(flat)


def _two_jobs(bullet_end: str) -> str:
    return (
        "Jordan Lee jordan@example.com Experience Senior Data Engineer, Nimbus Analytics, "
        f"Jan 2021 - Present • Built streaming pipelines with Kafka • {bullet_end}, Leeds, "
        "Jun 2017 - Dec 2020 • Trained new staff Education BSc Mathematics, Riverside "
        "University, 2011 - 2015\n"
    )


@pytest.mark.parametrize(
    ("bullet_end", "title"),
    [
        ("Served customers at the counter McDonalds Shift Manager", "McDonalds Shift Manager"),
        (
            "Deployed models in production JavaScript Full Stack Developer",
            "JavaScript Full Stack Developer",
        ),
    ],
)
def test_fixres42_a_camel_case_word_not_governed_opens_the_title(
    bullet_end: str, title: str
) -> None:
    assert f"{title}, Leeds, Jun 2017 - Dec 2020" in _lines(_two_jobs(bullet_end))


@pytest.mark.parametrize(
    "bullet_end",
    [
        "Deployed models with PyTorch Data Analyst",
        "Deployed models on AWS SageMaker Data Analyst",
    ],
)
def test_fixres42_a_tool_the_bullet_governs_stays_in_the_bullet(bullet_end: str) -> None:
    # near miss: "with PyTorch", "on AWS SageMaker" end the bullet above
    assert "Data Analyst, Leeds, Jun 2017 - Dec 2020" in _lines(_two_jobs(bullet_end))
