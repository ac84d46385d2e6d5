"""A resume kept as a JSON Resume file (resume.json, jsonresume.org's schema) and a schema.org
JobPosting saved as .json are read as the text of a resume and of a posting: extract finds the
jobs, dates, degree, skills and languages; match and check run on them; bad JSON, JSON of
another shape and fields of the wrong kind give one line and exit status 3."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from mlcareer.documents import Limits, read_document
from mlcareer.documents.stdin import read_stdin
from mlcareer.errors import DocumentError

from .conftest import invoke

# A made-up person, in the schema's fields (and in the order its own example uses)
RESUME: dict[str, Any] = {
    "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    "basics": {
        "name": "Tove Marchetti",
        "label": "Machine Learning Engineer",
        "email": "tove.marchetti@example.org",
        "phone": "+46 70 555 01 23",
        "summary": "Engineer who ships recommendation models to production.",
        "location": {"city": "Gothenburg", "countryCode": "SE", "region": None},
        "profiles": [{"network": "GitHub", "username": "tovem", "url": None}],
    },
    "work": [
        {
            "name": "Kelpwave Analytics",
            "position": "Senior Machine Learning Engineer",
            "startDate": "2021-03-01",
            "summary": "Own the ranking models of a grocery app.",
            "highlights": [
                "Trained ranking models in PyTorch that lifted orders by 4%",
                None,
                "Moved batch scoring to Apache Spark on Kubernetes",
            ],
        },
        {
            "name": "Fjordline Logistics",
            "position": "Data Scientist",
            "startDate": "2017-09",
            "endDate": "2021-02",
            "highlights": ["Forecast demand with scikit-learn and SQL"],
        },
    ],
    "education": [
        {
            "institution": "Lund University",
            "area": "Statistics",
            "studyType": "Master of Science",
            "startDate": "2015-09",
            "endDate": "2017-06",
            "score": 4.6,
            "courses": ["Bayesian inference", None],
        }
    ],
    "skills": [
        {"name": "Machine Learning", "level": "Master", "keywords": ["TensorFlow", "XGBoost"]},
        {"name": "Data engineering", "keywords": ["Python", "Airflow", "Docker"]},
    ],
    "languages": [
        {"language": "Swedish", "fluency": "Native speaker"},
        {"language": "German", "fluency": "Professional working proficiency"},
    ],
    "projects": [
        {
            "name": "Open pantry recommender",
            "description": "A reading list of recipes from what is in the fridge.",
            "keywords": ["FastAPI", "PostgreSQL"],
            "startDate": "2022-01",
            "endDate": "2022-06",
        }
    ],
}

POSTING = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Machine Learning Engineer",
    "hiringOrganization": {"@type": "Organization", "name": "Brackish Foods"},
    "description": "<p>We build ranking models.</p><h3>Requirements</h3>"
    "<ul><li>3+ years of Python and PyTorch</li><li>Experience with Kubernetes</li>"
    "<li>Experience with Rust</li></ul>",
}


def _saved(tmp_path: Path, data: Any, name: str = "resume.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def _extracted(path: Path) -> dict[str, Any]:
    result = invoke("extract", path, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_a_json_resume_is_laid_out_as_a_resume_s_text(tmp_path: Path) -> None:
    text = read_document(_saved(tmp_path, RESUME)).text
    lines = text.splitlines()
    assert lines[:5] == [
        "Tove Marchetti",
        "Machine Learning Engineer",
        "tove.marchetti@example.org | +46 70 555 01 23",
        "Gothenburg, SE",
        "GitHub: tovem",
    ]
    job = lines.index("Senior Machine Learning Engineer, Kelpwave Analytics")
    assert lines[job - 1 : job + 3] == [
        "Experience",
        "Senior Machine Learning Engineer, Kelpwave Analytics",
        "Mar 2021 - Present",
        "- Own the ranking models of a grocery app.",
    ]
    assert "Sep 2017 - Feb 2021" in lines
    assert "Master of Science in Statistics, Lund University, 2015 - 2017" in lines
    assert "Machine Learning: TensorFlow, XGBoost" in lines
    assert "Swedish (Native speaker)" in lines
    assert "Jan 2022 - Jun 2022" in lines
    assert "Master" not in text.replace("Master of Science", "")  # a skill's level is left out
    headings = [line for line in lines if line in {"Experience", "Education", "Skills"}]
    assert headings == ["Experience", "Education", "Skills"]  # the file's order


def test_extract_reads_jobs_years_degree_skills_and_languages(tmp_path: Path) -> None:
    data = _extracted(_saved(tmp_path, RESUME))
    assert data["doc_type"] == "resume"
    ranges = {r["text"]: r["section"] for r in data["experience"]["ranges"]}
    assert ranges == {
        "Mar 2021 - Present": "experience",
        "Sep 2017 - Feb 2021": "experience",
        "2015 - 2017": "education",
        "Jan 2022 - Jun 2022": "projects",
    }
    assert [job["title"] for job in data["experience"]["jobs"]] == [
        "Senior Machine Learning Engineer, Kelpwave Analytics",
        "Data Scientist, Fjordline Logistics",
    ]
    assert data["experience"]["years"] == pytest.approx(9.2, abs=0.1)  # Sep 2017 to Nov 2026
    assert data["education"]["highest"] == "master"
    ids = {skill["id"] for skill in data["skills"]}
    assert {"pytorch", "apache-spark", "kubernetes", "tensorflow", "python", "sql"} <= ids
    assert {"lang-swedish", "lang-german"} <= ids
    text = read_document(tmp_path / "resume.json").text
    for skill in data["skills"]:  # offsets index the laid-out text
        for mention in skill["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_a_skill_level_of_master_is_no_degree(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Ilka Ferreira"},
        "skills": [{"name": "Python", "level": "Master", "keywords": ["pandas"]}],
    }
    assert _extracted(_saved(tmp_path, resume))["education"]["highest"] is None


def test_match_and_check_run_on_a_resume_json(tmp_path: Path) -> None:
    resume = _saved(tmp_path, RESUME)
    posting = _saved(tmp_path, POSTING, "posting.json")
    result = invoke("match", resume, posting, "--format", "json")
    assert result.exit_code == 0, result.output
    missing = {item["id"] for item in json.loads(result.stdout)["missing"]}
    assert "rust" in missing
    assert not {"python", "pytorch", "kubernetes"} & missing
    checked = invoke("check", resume, "--jd", posting, "--require", "pytorch,kubernetes")
    assert checked.exit_code == 0, checked.output
    assert "require:pytorch: PyTorch is shown" in checked.stdout
    linted = invoke("check", resume)
    assert "contact: found: email, phone" in linted.stdout


def test_a_posting_saved_as_json_ld_is_read_as_a_posting(tmp_path: Path) -> None:
    path = _saved(tmp_path, {"@context": "https://schema.org", "@graph": [POSTING]}, "jd.json")
    document = read_document(path)
    assert document.text.startswith("Machine Learning Engineer\nCompany: Brackish Foods\n")
    data = _extracted(path)
    assert data["doc_type"] == "posting"
    asked = {item["id"] for item in data["requirements"]}
    assert {"python", "pytorch", "kubernetes", "rust"} <= asked


def test_the_json_s_own_shape_settles_its_kind_without_a_guess(tmp_path: Path) -> None:
    # a short posting has too few cues to win the guess, and a resume whose summary talks
    # like a posting too many: the file's shape says which it is
    posting = {"@type": "JobPosting", "title": "Data Scientist", "description": "Python, SQL"}
    data = _extracted(_saved(tmp_path, posting, "jd.json"))
    assert (data["doc_type"], data["warnings"]) == ("posting", [])
    assert {item["id"] for item in data["requirements"]} == {"python", "sql"}
    talker = {"basics": {"name": "Ana Lind", "summary": "Requirements: Python. What we offer"}}
    assert _extracted(_saved(tmp_path, talker))["doc_type"] == "resume"
    result = invoke("extract", tmp_path / "jd.json", "--format", "json", "--as", "resume")
    assert json.loads(result.stdout)["doc_type"] == "resume"  # the reader's word still wins


def test_a_first_version_resume_names_the_company(tmp_path: Path) -> None:
    """The schema's first version named the employer "company"; many files still do."""
    resume = {"work": [{"company": "Saltmarsh Labs", "position": "Data Engineer"}]}
    assert "Data Engineer, Saltmarsh Labs" in read_document(_saved(tmp_path, resume)).text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"basics": {"name": "A"},', "not valid JSON (line 1: Expecting property name"),
        ("[1, 2, 3]", "a JSON list, neither a JSON Resume nor a schema.org JobPosting"),
        ('"just text"', "a JSON text, neither a JSON Resume nor"),
        ('{"name": "A", "age": 3}', "a JSON object with none of a JSON Resume's sections"),
        ('{"work": "Acme"}', "the JSON Resume's work is text, not a list"),
        ('{"work": [["Acme"]]}', "the JSON Resume's work[0] is a list, not an object"),
        ('{"work": [{"position": ["a"]}]}', "work[0].position is a list, not text"),
        ('{"work": [{"name": {"x": 1}}]}', "work[0].name is an object, not text"),
        ('{"work": [{"highlights": [true]}]}', "work[0].highlights[0] is true/false, not text"),
        ('{"skills": [{"keywords": {"a": 1}}]}', "skills[0].keywords is an object, not a list"),
        ('{"basics": "Ada"}', "the JSON Resume's basics is text, not an object"),
        ('{"basics": {"location": [1]}}', "basics.location is a list, not an object"),
        ("[" * 100_000 + "]" * 100_000, "the JSON is nested too deeply to read"),
        ('{"basics": {"phone": ' + "9" * 5000 + "}}", "not valid JSON ("),
    ],
)
def test_bad_json_is_one_line_and_exit_3(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "resume.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    assert message in raised.value.message
    assert raised.value.hint
    result = invoke("extract", path)
    assert result.exit_code == 3
    assert "Traceback" not in result.output
    assert message in result.stderr


def test_nulls_are_fields_left_out(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Noor Achterberg", "email": None, "location": None, "profiles": None},
        "work": [
            None,
            {"name": None, "position": "Analyst", "startDate": "2020-01", "endDate": None},
            {"highlights": None, "summary": None},
        ],
        "education": None,
        "skills": [{"name": "SQL", "keywords": None}],
    }
    text = read_document(_saved(tmp_path, resume)).text
    assert text == ("Noor Achterberg\n\nExperience\nAnalyst\nJan 2020 - Present\n\nSkills\nSQL\n")


def test_an_empty_resume_has_no_text(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no text found"):
        read_document(_saved(tmp_path, {"basics": {}, "work": []}))


def test_a_json_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = _saved(tmp_path, {"basics": {"summary": "Python " * 400}})
    with pytest.raises(DocumentError, match=r"over the .* limit"):
        read_document(path, Limits(max_bytes=1_000))


def test_a_long_summary_is_cut_to_the_character_limit(tmp_path: Path) -> None:
    path = _saved(tmp_path, {"basics": {"summary": "Python and SQL. " * 5_000}})
    document = read_document(path, Limits(max_chars=10_000))
    assert len(document.text) <= 10_000
    assert document.warnings


def test_a_resume_json_piped_in_is_read_as_json() -> None:
    raw = json.dumps(RESUME).encode("utf-8")
    document = read_stdin(Limits(), io.BytesIO(raw))
    assert document.format == "json"
    assert "Mar 2021 - Present" in document.text.splitlines()


def test_piped_text_that_opens_with_a_brace_stays_text() -> None:
    raw = b"{Draft} Ada Lovelace\nSkills: Python\n"
    document = read_stdin(Limits(), io.BytesIO(raw))
    assert document.format == "txt"
    assert document.text.startswith("{Draft}")
