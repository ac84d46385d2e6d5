"""Resume layouts seen in the wild that the other tests do not cover: experience in a DOCX
table, a degree's status on the line below it or after its field, a teacher's subjects."""

from __future__ import annotations

from pathlib import Path

import docx

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile
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
