"""LaTeX resumes as PDF readers and pdftotext give them: small-capital headings whose large
first letter is read apart ("P ROJECTS"), and words hyphenated at a line's end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.documents.cleaning import SourceMap
from mlcareer.documents.sections import heading_name
from mlcareer.extract import extract_profile
from mlcareer.models import Profile

from .pdf_rows import dejavu, rows_pdf


def _pdf(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    return rows_pdf(tmp_path, rows, dejavu(), size=10, leading=5.5)


def _profile(path: Path, options: Options) -> Profile:
    return extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("P ROJECTS", "projects"),
        ("S KILLS", "skills"),
        ("A WARDS", "awards"),
        ("S UMMARY", "summary"),
        ("C ONTACT", "contact"),
        ("T ECHNICAL S KILLS", "skills"),
        ("W ORK E XPERIENCE", "experience"),
        ("H ONORS & A WARDS", "awards"),
    ],
)
def test_a_small_capital_heading_with_its_first_letter_apart(heading: str, name: str) -> None:
    assert heading_name(heading) == name


@pytest.mark.parametrize("line", ["A DATA SCIENTIST", "C PROGRAMMING", "R SHINY APPS"])
def test_a_lone_capital_before_a_word_in_capitals_is_no_heading(line: str) -> None:
    assert heading_name(line) is None


def test_jakes_template_keeps_its_projects_out_of_the_jobs(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        ("Chen Li", ""),
        ("E XPERIENCE", ""),
        ("Software Engineer", "June 2021 - Present"),
        ("Shopify", "Toronto, ON"),
        ("- Deployed models with Kubernetes and Terraform", ""),
        ("P ROJECTS", ""),
        ("Gitlytics | Python, Flask, React, PostgreSQL", "June 2020 - Present"),
        ("- Analytics for Git repositories", ""),
        ("T ECHNICAL S KILLS", ""),
        ("Languages: Java, Python, SQL", ""),
    ]
    profile = _profile(_pdf(tmp_path, rows), options)
    assert [section.name for section in profile.sections] == ["experience", "projects", "skills"]
    assert [job.title for job in profile.experience.jobs] == ["Software Engineer"]


# pdftotext's reading of a justified LaTeX paragraph: the typesetter's hyphens end the lines
PDFTOTEXT = """Jane Doe
Experience
Data Engineer, Acme, 2019 - 2023
- Built stream processing on Apache Air-
flow and Kuber-
netes; ran Elastic-
search on e-
commerce data; wrote Py-
Torch models and scikit-
learn pipelines, end-to-
end; scikit-learn everywhere.
"""


def test_words_hyphenated_at_a_text_line_end_are_read_whole(
    write: Callable[[str, str], Path], options: Options
) -> None:
    document = read_document(write("cv.txt", PDFTOTEXT))
    lines = document.text.splitlines()
    assert lines[3:] == [
        "- Built stream processing on Apache Airflow and Kubernetes; ran Elasticsearch on"
        " e-commerce data; wrote PyTorch models and scikit-learn pipelines, end-to-end;"
        " scikit-learn everywhere."
    ]
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    found = {skill.id for skill in profile.skills}
    assert {"airflow", "kubernetes", "elasticsearch", "pytorch", "scikit-learn"} <= found


def test_a_word_read_whole_keeps_the_files_offsets(
    write: Callable[[str, str], Path], options: Options
) -> None:
    path = write("cv.txt", PDFTOTEXT)
    document = read_document(path)
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    [mention] = next(skill for skill in profile.skills if skill.id == "kubernetes").mentions
    source = SourceMap(document.text, document.edits)
    start, end = source.start(mention.start), source.end(mention.end)
    assert path.read_text()[start:end] == source.source(mention.start, mention.end)
    assert source.source(mention.start, mention.end) == "Kuber-\nnetes"


def test_a_unicode_hyphen_at_a_pdf_line_end_is_the_typesetters(
    tmp_path: Path, options: Options
) -> None:
    rows = [("Experience", ""), ("Data Engineer, Acme", "2019 - 2023")]
    rows += [("- Ran Kuber\u2010", ""), ("netes clusters.", "")]
    path = _pdf(tmp_path, rows)
    assert read_document(path).text.splitlines()[2] == "- Ran Kubernetes clusters."
    assert "kubernetes" in {skill.id for skill in _profile(path, options).skills}


@pytest.mark.parametrize("grade", ["Mothertongue", "mothertongue"])
def test_a_language_graded_as_the_writers_mothertongue_is_spoken(
    profile_of: Callable[..., Profile], grade: str
) -> None:
    """moderncv's language lines: the name, then its grade written as one word."""
    resume = profile_of(
        "Ana Souza\n\nExperience\nData Analyst, Beta Ltd, 2016 - 2019\n\nLanguages\n"
        f"Portuguese {grade}\nEnglish Fluent\n",
        "resume",
    )
    assert {"Portuguese", "English"} <= {skill.name for skill in resume.skills}
