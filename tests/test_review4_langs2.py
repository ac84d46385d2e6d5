"""Review of the Lithuanian, Latvian, Czech, Romanian and English-test rules (branch langs2):
their near misses, on small texts written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line
from mlcareer.extract.language_grades import grade_beside


@pytest.mark.parametrize(
    ("line", "cefr"),
    [
        ("IELTS 5,5", "B2"),  # a decimal comma, as much of Europe writes a half band
        ("IELTS 8,5", "C2"),
        ("IELTS Academic: 6,5", "B2"),
        ("IELTS 7, TOEFL 100", "C1"),  # a comma between two tests is no decimal one
    ],
)
def test_a_score_with_a_decimal_comma_is_read_whole(line: str, cefr: str) -> None:
    grade = grade_beside(line, (0, 5))
    assert grade is not None and grade.cefr == cefr


@pytest.mark.parametrize(
    "line",
    [
        "Nebaigtas aukštasis išsilavinimas",  # unfinished higher education
        "Nebaigtas aukštasis universitetinis išsilavinimas",
        "Nepabeigta augstākā izglītība",
        "nepabeigta augstākā akadēmiskā izglītība",
    ],
)
def test_unfinished_higher_education_is_no_degree(line: str) -> None:
    assert degree_in_line(line) is None
