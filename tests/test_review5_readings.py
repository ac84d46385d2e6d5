"""Misreadings found reviewing today's rules: a posting's role described as "a ... platform
role", a colleague or firm after "with", a sentence's full stop after a year-month-day date,
plain-text line-end hyphens before a capital or inside an address, and a line of boards."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.documents import read_document
from mlcareer.extract.education import degree_mentions
from mlcareer.extract.importance import line_importance
from mlcareer.models import Profile

from .conftest import one_range

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "line",
    [
        "This is a senior Kubernetes platform role.",
        "It is a Python-heavy platform engineering role.",
        "This is a remote Python data platform team position.",
    ],
)
def test_a_role_described_with_a_business_noun_still_asks(line: str) -> None:
    skill = next(word for word in ("Kubernetes", "Python") if word in line)
    start = line.index(skill)
    assert line_importance(line, None, True, (start, start + len(skill))) is not None


def test_the_company_naming_its_business_still_asks_nothing() -> None:
    line = "We are a Python shop."
    assert line_importance(line, None, True, (9, 15)) is None


def _skill_ids(profile_of: ProfileOf, line: str) -> set[str]:
    text = f"Jane Roe\n\nExperience\nData Engineer, Acme, 2019 - 2021\n{line}\n"
    return {s.id for s in profile_of(text, doc_type="resume").skills}


@pytest.mark.parametrize(
    "line",
    [
        "- Worked directly with Julia, our VP of sales",
        "- Worked daily with Julia.",
        "- Worked hand in hand with Julia",
        "- Presented the findings with Julia, the CFO",
        "- Planned the launch with Spark, our agency",
    ],
)
def test_a_colleague_or_firm_after_with_is_no_tool(profile_of: ProfileOf, line: str) -> None:
    assert not {"julia", "apache-spark"} & _skill_ids(profile_of, line)


@pytest.mark.parametrize(
    "line", ["- Survival analysis with Julia.", "- Fraud scoring using Spark, lifting recall 5%"]
)
def test_a_task_done_with_a_tool_keeps_it(profile_of: ProfileOf, line: str) -> None:
    assert {"julia", "apache-spark"} & _skill_ids(profile_of, line)


@pytest.mark.parametrize(
    "dates", ["2019.07.15 - 2021.03.31.", "2019-07-15 to 2021-03-31.", "2019/07/15 - 2021/03/31."]
)
def test_a_full_stop_after_a_year_month_day_date_keeps_its_month(
    profile_of: ProfileOf, dates: str
) -> None:
    text = f"Experience\nData Engineer, Acme, {dates}\n- Built pipelines in Python\n"
    assert one_range(profile_of(text, doc_type="resume"), (2019, 7), (2021, 3), False)


def _read(write: Callable[[str, str], Path], text: str) -> str:
    return read_document(write("doc.txt", text)).text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a word broken by the typesetter goes on in lower case
        ("Kuber-\nnetes", "Kubernetes"),
        # a capital after the break opens another word: a list's items, a table's cells
        ("Python-\nSQL-\nDocker", "Python-\nSQL-\nDocker"),
        (
            "Certifications | AWS-\nLanguages | English",
            "Certifications | AWS-\nLanguages | English",
        ),
        ("Spark, Kafka-\nAirflow", "Spark, Kafka-\nAirflow"),
        # ... but inside running text it may go on a word: "Py-" "Torch", "ML-" "Ops"
        ("wrote Py-\nTorch models", "wrote PyTorch models"),
        ("built ML-\nOps pipelines", "built MLOps pipelines"),
        # an address keeps its own hyphen: LaTeX's \url breaks after one and adds none
        ("jane.roe-\nsmith@example.com", "jane.roe-smith@example.com"),
        ("https://github.com/jane-\nroe", "https://github.com/jane-roe"),
    ],
)
def test_plain_text_line_end_hyphens(
    write: Callable[[str, str], Path], text: str, read: str
) -> None:
    assert _read(write, text + "\n").rstrip("\n") == read


def test_skills_listed_with_line_end_hyphens_are_found(profile_of: ProfileOf) -> None:
    text = "Jane Roe\n\nSkills\nPython-\nSQL-\nDocker\n"
    ids = {s.id for s in profile_of(text, doc_type="resume").skills}
    assert {"python", "sql", "docker"} <= ids


def test_a_long_line_of_school_boards_is_read_in_linear_time() -> None:
    line = "ICSE | CBSE | " * 3000  # 42 KB of boards and no certificate: took 9 s
    began = time.process_time()
    found = degree_mentions(line + "\nClass XII | CBSE | 2019")
    assert time.process_time() - began < 1.0
    assert [level for level, start, _ in found if start > len(line)] == ["secondary"]
