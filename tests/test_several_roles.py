"""A posting that advertises several roles at once: each role is read from its own part and
the text shared by all, `match` scores the best-fitting role (or the one --role names) and
says so, `extract` lists the roles, `batch` names the role each row scored."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.several_roles import role_parts
from mlcareer.models import BatchRow, Profile, Report

from .conftest import invoke

TWO_ROLES = """\
Acme Robotics is hiring for two positions on our perception team.
Position 1: Machine Learning Engineer
Requirements:
- 3+ years of Python and PyTorch
- Experience deploying models with Docker and Kubernetes
Position 2: Data Analyst
Requirements:
- 2+ years of SQL and Tableau
- Strong Excel skills
Both roles are based in Austin, TX.
"""

ML_RESUME = """\
Jane Doe
jane@example.com

Experience
Machine Learning Engineer, Foo Inc, Jan 2019 - Present
- Built PyTorch models in Python, deployed them with Docker and Kubernetes

Education
BSc Computer Science, 2018
"""

ONE_ROLE = """\
Machine Learning Engineer
We are looking for an engineer to join our team. In this role you will train models.
Requirements:
- 3+ years of Python and PyTorch
- Experience with Docker
This role is remote-friendly.
"""


def _titles(text: str) -> list[str]:
    return [part.title for part in role_parts(text)]


# Detection -----------------------------------------------------------------------------------


def test_each_role_reads_its_own_part_and_the_shared_text() -> None:
    first, second = role_parts(TWO_ROLES)
    assert (first.title, first.line) == ("Machine Learning Engineer", 2)
    assert (second.title, second.line) == ("Data Analyst", 6)
    for part in (first, second):
        assert part.text.startswith("Acme Robotics is hiring")  # what comes before the roles
        assert part.text.endswith("Both roles are based in Austin, TX.\n")  # said of both
    assert "PyTorch" in first.text and "Tableau" not in first.text
    assert "Tableau" in second.text and "PyTorch" not in second.text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Position 1: Machine Learning Engineer", "Position 2: Data Analyst"),
        ("Role 1 - Machine Learning Engineer", "Role 2 - Data Analyst"),
        ("Opening #1: Machine Learning Engineer", "Opening #2: Data Analyst"),
        ("Job 1: Machine Learning Engineer", "Job 2: Data Analyst"),
        ("(1) Machine Learning Engineer", "(2) Data Analyst"),
        ("1. Machine Learning Engineer", "2. Data Analyst"),
        ("## Position 1 – Machine Learning Engineer", "## Position 2 – Data Analyst"),
        ("**Role 1: Machine Learning Engineer**", "**Role 2: Data Analyst**"),
    ],
)
def test_role_headers_of_each_form(first: str, second: str) -> None:
    text = (
        f"We are hiring:\n{first}\n- 3+ years of Python\n- PyTorch\n\n{second}\n- SQL and Tableau\n"
    )
    assert _titles(text) == ["Machine Learning Engineer", "Data Analyst"]


def test_numbered_roles_under_an_intro() -> None:
    text = (
        "We are hiring for two roles:\n\n"
        "1. Senior Data Scientist\nYou will build forecasting models.\n- 5+ years of Python\n\n"
        "2. ML Engineer\nYou will ship them.\n- Kubernetes\n"
    )
    assert _titles(text) == ["Senior Data Scientist", "ML Engineer"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(ONE_ROLE, id="one role saying 'this role' twice"),
        pytest.param(
            ONE_ROLE + "\nOther open roles:\n1. Data Analyst\nAustin\n2. Data Engineer\nRemote\n",
            id="other open roles listed after the posting",
        ),
        pytest.param(
            ONE_ROLE + "\nWe're also hiring:\nPosition 1: Data Analyst\n- SQL\n"
            "Position 2: Data Engineer\n- Spark\n",
            id="also hiring, with headers",
        ),
        pytest.param(
            ONE_ROLE + "\nSimilar jobs\n1. Data Analyst\nAcme, Austin\n2. Data Engineer\nRemote\n",
            id="a job board's similar jobs",
        ),
        pytest.param(
            "Data Team\nWe have openings:\n1. Data Analyst\n2. Data Engineer\n3. Data Scientist\n",
            id="a bare list of titles",
        ),
        pytest.param(
            "Data Engineer\nRequirements:\n1. Strong analyst mindset\n- SQL\n"
            "2. Work with every engineer on the team\n- Spark\n",
            id="numbered asks that name an occupation",
        ),
        pytest.param(
            "Data Engineer\nPosition 2: Data Analyst\n- SQL\nPosition 3: Data Scientist\n- R\n",
            id="numbers that do not start at one",
        ),
        pytest.param(
            "Profile\n1. Senior Data Analyst (2019 - 2023)\nAcme\n- SQL\n"
            "2. Data Analyst (2015 - 2019)\nFoo\n- Excel\n",
            id="a resume's numbered jobs with their years",
        ),
        pytest.param(
            "Data Engineer\nRole 1: Lead the migration to Spark.\n- SQL\nRole 2: Own pipelines.\n",
            id="numbered duties, not titles",
        ),
    ],
)
def test_no_split(text: str) -> None:
    assert role_parts(text) == []


def test_a_list_item_speaking_of_both_roles_stays_in_its_part() -> None:
    text = TWO_ROLES.replace(
        "- Strong Excel skills", "- Strong Excel skills\n- Both roles use Jira"
    )
    second = role_parts(text)[1]
    assert "Excel" in second.text and "Jira" in second.text
    assert "Jira" not in role_parts(text)[0].text


def test_shared_sections_after_the_last_role_go_with_each() -> None:
    text = TWO_ROLES + "\nBenefits:\n- Health insurance\n\nAbout Acme Robotics\nWe build robots.\n"
    first, second = role_parts(text)
    assert "Health insurance" in second.text
    assert "Health insurance" in first.text and "We build robots." in first.text
    assert "Excel" not in first.text


def test_a_resume_with_numbered_jobs_is_not_split(profile_of: Callable[..., Profile]) -> None:
    resume = (
        "Jane Doe\njane@example.com\nExperience\n"
        "1. Data Analyst\nAcme, Jan 2019 - Dec 2020\n- SQL reports\n"
        "2. Data Engineer\nFoo, Jan 2021 - Present\n- Spark pipelines\n"
    )
    assert profile_of(resume, "resume").roles == []


# Extract -------------------------------------------------------------------------------------


def test_extract_lists_the_roles_and_warns(write: Callable[[str, str], Path]) -> None:
    result = invoke("extract", write("jd.txt", TWO_ROLES), "--as", "posting", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["roles"] == [
        {"title": "Machine Learning Engineer", "line": 2},
        {"title": "Data Analyst", "line": 6},
    ]
    assert any("2 roles" in warning for warning in data["warnings"])
    terminal = invoke("extract", write("jd.txt", TWO_ROLES), "--as", "posting").stdout
    assert "Machine Learning Engineer" in terminal and "Data Analyst" in terminal


def test_extract_shows_what_each_role_asks(write: Callable[[str, str], Path]) -> None:
    terminal = invoke("extract", write("jd.txt", TWO_ROLES), "--as", "posting").stdout
    ml, analyst = terminal.index("role: Machine Learning Engineer"), terminal.index("role: Data")
    assert ml < terminal.index("PyTorch") < analyst < terminal.index("Tableau")
    assert "Tableau" not in terminal[ml:analyst] and "PyTorch" not in terminal[analyst:]
    assert "not in taxonomy" not in terminal  # the headers' words are no requirements


def test_one_role_extract_has_no_roles_field(write: Callable[[str, str], Path]) -> None:
    result = invoke("extract", write("jd.txt", ONE_ROLE), "--as", "posting", "-f", "json")
    assert "roles" not in json.loads(result.stdout)


# Match ---------------------------------------------------------------------------------------


def _match(write: Callable[[str, str], Path], *extra: str, posting: str = TWO_ROLES) -> Report:
    result = invoke(
        "match", write("cv.txt", ML_RESUME), write("jd.txt", posting), "-f", "json", *extra
    )
    assert result.exit_code == 0, result.stderr
    return Report.model_validate_json(result.stdout)


def test_match_scores_the_best_fitting_role(write: Callable[[str, str], Path]) -> None:
    report = _match(write)
    assert report.experience["posting_title"] == "Machine Learning Engineer"
    assert not {"sql", "tableau", "excel"} & {m.id for m in report.missing}
    assert report.score > 80
    roles = report.posting_roles
    assert roles is not None
    assert (roles.scored, roles.chosen_by) == ("Machine Learning Engineer", "best fit")
    [ml, analyst] = roles.roles
    assert (ml.title, ml.score) == ("Machine Learning Engineer", report.score)
    assert analyst.title == "Data Analyst" and analyst.score < ml.score


def test_role_option_picks_a_role_by_its_title(write: Callable[[str, str], Path]) -> None:
    report = _match(write, "--role", "ANALYST")
    assert report.experience["posting_title"] == "Data Analyst"
    assert {"sql", "tableau"} <= {m.id for m in report.missing}
    assert report.posting_roles is not None
    assert (report.posting_roles.scored, report.posting_roles.chosen_by) == (
        "Data Analyst",
        "--role",
    )


@pytest.mark.parametrize("words", ["nurse", "a"])
def test_role_option_naming_no_one_role_is_a_usage_error(
    write: Callable[[str, str], Path], words: str
) -> None:
    result = invoke(
        "match", write("cv.txt", ML_RESUME), write("jd.txt", TWO_ROLES), "--role", words
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    [error] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert "Machine Learning Engineer" in error and "Data Analyst" in error


def test_role_option_on_a_one_role_posting(write: Callable[[str, str], Path]) -> None:
    args = ("match", write("cv.txt", ML_RESUME), write("jd.txt", ONE_ROLE), "-f", "json")
    plain, named = invoke(*args), invoke(*args, "--role", "learning")
    assert plain.exit_code == named.exit_code == 0
    assert named.stdout == plain.stdout
    assert "posting_roles" not in json.loads(plain.stdout)
    other = invoke(
        "match", write("cv.txt", ML_RESUME), write("jd.txt", ONE_ROLE), "--role", "analyst"
    )
    assert other.exit_code == 2
    assert "Machine Learning Engineer" in other.stderr


@pytest.mark.parametrize("format", ["terminal", "markdown", "html"])
def test_every_format_says_which_role_was_scored(
    write: Callable[[str, str], Path], format: str
) -> None:
    result = invoke(
        "match", write("cv.txt", ML_RESUME), write("jd.txt", TWO_ROLES), "-f", format, "--no-color"
    )
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.replace("\\", "").split())  # Markdown's escapes aside
    assert "2 roles" in flat and "Data Analyst" in flat and "--role" in flat
    assert "scored Machine Learning Engineer" in flat


def test_ties_go_to_the_first_role(options: Options, profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Acme is hiring.\nPosition 1: Backend Engineer\n- Python\n"
        "Position 2: Platform Engineer\n- Python\n",
        "posting",
    )
    resume = profile_of(ML_RESUME, "resume")
    report = compare(resume, posting, options)
    assert report.posting_roles is not None
    [first, second] = report.posting_roles.roles
    assert first.score == second.score
    assert report.posting_roles.scored == "Backend Engineer"


# Batch ---------------------------------------------------------------------------------------


def test_batch_names_the_role_each_row_scored(write: Callable[[str, str], Path]) -> None:
    resume, several, one = (
        write("cv.txt", ML_RESUME),
        write("two.txt", TWO_ROLES),
        write("one.txt", ONE_ROLE),
    )
    args = ("batch", "--resumes", resume, "--jds", several, "--jds", one, "-j", "1")
    rows = [json.loads(line) for line in invoke(*args, "-f", "jsonl").stdout.splitlines()]
    by_jd = {Path(row["jd"]).name: row for row in rows}
    assert by_jd["two.txt"]["role"] == "Machine Learning Engineer"
    assert "role" not in by_jd["one.txt"]
    for row in rows:
        BatchRow.model_validate(row)
    table = list(csv.DictReader(io.StringIO(invoke(*args, "-f", "csv").stdout)))
    roles = {Path(row["jd"]).name: row["role"] for row in table}
    assert roles == {"two.txt": "Machine Learning Engineer", "one.txt": ""}
    assert "role: Machine Learning Engineer" in invoke(*args).stdout


def test_schemas_name_the_new_fields() -> None:
    assert "posting_roles" in Report.model_json_schema(mode="serialization")["properties"]
    assert "roles" in Profile.model_json_schema(mode="serialization")["properties"]
    assert "role" in BatchRow.model_json_schema()["properties"]


# check (CI) ----------------------------------------------------------------------------------


def test_check_tells_each_resume_which_role_it_was_checked_against(
    write: Callable[[str, str], Path],
) -> None:
    analyst = write(
        "analyst.txt", "Experience\nData Analyst, Co, 2019 - 2024\n- SQL, Tableau, Excel\n"
    )
    posting = write("jd.txt", TWO_ROLES)
    result = invoke(
        "check", write("cv.txt", ML_RESUME), analyst, "--jd", posting, "--fail-under", "50"
    )
    assert result.exit_code == 0, result.stderr
    told = [line for line in result.stderr.splitlines() if "advertises 2 roles" in line]
    assert any(
        "cv.txt: warning" in line and "scored Machine Learning Engineer" in line for line in told
    )
    assert any("analyst.txt: warning" in line and "scored Data Analyst" in line for line in told)


def test_check_role_option_checks_the_named_role(write: Callable[[str, str], Path]) -> None:
    args = ("check", write("cv.txt", ML_RESUME), "--jd", write("jd.txt", TWO_ROLES))
    best = invoke(*args, "--fail-under", "60")
    named = invoke(*args, "--fail-under", "60", "--role", "analyst", "-f", "json")
    assert best.exit_code == 0 and named.exit_code == 1
    record = json.loads(named.stdout)
    assert record["score"] < 60
    assert record["role"] == "Data Analyst"
    one_role = invoke(
        "check", write("cv.txt", ML_RESUME), "--jd", write("jd1.txt", ONE_ROLE), "-f", "json"
    )
    assert "role" not in json.loads(one_role.stdout)
    assert any("scored Data Analyst (the one --role named)" in w for w in record["warnings"])


@pytest.mark.parametrize("needs_jd", [False, True])
def test_check_role_option_that_names_no_role_is_a_usage_error(
    write: Callable[[str, str], Path], needs_jd: bool
) -> None:
    args = ["check", str(write("cv.txt", ML_RESUME)), "--role", "nurse"]
    if needs_jd:
        args += ["--jd", str(write("jd.txt", TWO_ROLES))]
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--role" in result.stderr


# Look-alikes and hostile postings (review) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Backend Engineer\nWhat we need:\n1. Senior Python Developer Experience\n"
            "You have shipped Django apps.\n2. Data Engineer Background\nYou know Spark.\n",
            id="numbered asks in capitals ending on what is asked",
        ),
        pytest.param(
            "ML Engineer\nHiring process:\n1. Recruiter Screen\nA 30 minute call.\n"
            "2. Hiring Manager Interview\nWe talk about your work.\n",
            id="the steps of the hiring process",
        ),
        pytest.param(
            "Data Scientist\nResponsibilities\n1) Partner with the Data Engineer\n"
            "on pipelines in Airflow.\n2) Support Software Engineers\nin shipping models.\n",
            id="numbered duties that name occupations",
        ),
    ],
)
def test_numbered_lines_that_are_no_role_headers(text: str) -> None:
    assert role_parts(text) == []


def test_role_headers_that_count_the_roles() -> None:
    text = (
        "Acme is hiring.\nRole 1 of 2: Machine Learning Engineer\n- Python, PyTorch\n"
        "Role 2 of 2: Data Analyst\n- SQL, Tableau\n"
    )
    assert _titles(text) == ["Machine Learning Engineer", "Data Analyst"]


def test_a_long_numbered_list_is_not_so_many_roles() -> None:
    roles = "".join(f"{number}. Data Engineer\n- Spark\n" for number in range(1, 41))
    assert role_parts("Acme is hiring.\n" + roles) == []


def test_a_long_text_shared_by_many_roles_is_read_once() -> None:
    roles = "".join(f"Position {n}: Data Engineer\n- Spark\n" for n in range(1, 9))
    assert len(role_parts("Acme is hiring.\n" + roles)) == 8
    intro = "".join(f"We serve customer number {n} with our software.\n" for n in range(2000))
    assert role_parts(intro + roles) == []


SAME_TITLE = """\
Acme is hiring.
Position 1: Data Engineer
Team: Payments
- Spark and Scala
Position 2: Data Engineer
Team: Search
- Python and Elasticsearch
"""


def test_two_roles_of_one_title_are_told_apart(write: Callable[[str, str], Path]) -> None:
    result = invoke("extract", write("jd.txt", SAME_TITLE), "--as", "posting", "-f", "json")
    titles = [role["title"] for role in json.loads(result.stdout)["roles"]]
    assert len(set(titles)) == 2 and all("Data Engineer" in title for title in titles)
    report = _match(write, "--role", titles[1], posting=SAME_TITLE)
    assert report.posting_roles is not None
    assert report.posting_roles.scored == titles[1]
    assert report.experience["posting_title"] == "Data Engineer"
    note = invoke(
        "match", write("cv.txt", ML_RESUME), write("jd.txt", SAME_TITLE), "--no-color"
    ).stdout
    flat = " ".join(note.split())
    assert any(
        f"scored {scored} (the best fit); other roles: {other} " in flat
        for scored, other in (titles, titles[::-1])
    )
