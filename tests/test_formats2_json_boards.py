"""A job saved from a job board's public API (Greenhouse, Lever, Ashby) is read as a posting,
and a JSON list that holds one resume or one job as that document; several resumes or jobs in
one file are refused with a clear error, and JSON that is neither stays refused."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest

from mlcareer.documents import read_document
from mlcareer.errors import DocumentError

from .conftest import invoke

_GREENHOUSE_CONTENT = (
    "<p>Brightline Freight moves produce across the Midwest.</p>"
    "<h3><strong>What we're looking for</strong></h3>"
    "<ul><li>3+ years of experience with Python and SQL</li>"
    "<li>Experience deploying models with Docker</li></ul>"
    "<h3><strong>Nice to have</strong></h3><ul><li>Familiarity with Apache Spark</li></ul>"
    '<div class="content-pay-transparency"><div class="title">US Base Pay</div>'
    "<div><span>$150,000</span><span>&mdash;</span><span>$185,000 USD</span></div></div>"
)
GREENHOUSE_JOB: dict[str, Any] = {
    "absolute_url": "https://job-boards.greenhouse.io/brightline/jobs/4410021",
    "internal_job_id": 3120044,
    "location": {"name": "Chicago, IL"},
    "metadata": None,
    "id": 4410021,
    "updated_at": "2026-10-14T09:12:44-04:00",
    "title": "Machine Learning Engineer, Forecasting",
    "company_name": "Brightline Freight",
    "content": html.escape(_GREENHOUSE_CONTENT),  # the API escapes the markup
    "departments": [{"id": 40011, "name": "Data Science", "child_ids": [], "parent_id": None}],
    "offices": [{"id": 52001, "name": "Chicago", "location": "Chicago, IL"}],
}
LEVER_JOB: dict[str, Any] = {
    "text": "Senior Machine Learning Engineer",
    "categories": {"commitment": "Full-time", "location": "Toronto, ON", "team": "ML Platform"},
    "description": "<div>Northpeak builds tools for hospital staffing.</div>",
    "descriptionPlain": "Northpeak builds tools for hospital staffing.\n",
    "lists": [
        {"text": "What you'll do", "content": "<li>Serve models behind FastAPI</li>"},
        {"text": "What you bring", "content": "<li>4+ years of Python</li><li>PyTorch</li>"},
        {"text": "Bonus points", "content": "<li>Experience with MLflow</li>"},
    ],
    "additional": "<div>We offer a learning budget.</div>",
    "hostedUrl": "https://jobs.lever.co/northpeak/8f2c1d3e",
    "workplaceType": "hybrid",
    "salaryRange": {"currency": "CAD", "interval": "per-year-salary", "min": 140000, "max": 175000},
}
ASHBY_LISTING: dict[str, Any] = {
    "apiVersion": "1",
    "jobs": [
        {
            "title": "Applied Scientist",
            "location": "Remote - US",
            "isRemote": True,
            "employmentType": "FullTime",
            "descriptionHtml": "<p>We rank listings.</p><h2>Requirements</h2>"
            "<ul><li>Experience with PyTorch</li></ul><h2>Nice to have</h2>"
            "<ul><li>Recommender systems</li></ul>",
        }
    ],
}
SMARTRECRUITERS_JOB: dict[str, Any] = {
    "id": "744000012345678",
    "name": "NLP Engineer",
    "releasedDate": "2026-10-20T08:00:00.000Z",
    "location": {"city": "Lisbon", "region": "Lisbon", "country": "pt", "remote": False},
    "company": {"identifier": "CoralbayRetail", "name": "Coralbay Retail"},
    "jobAd": {
        "sections": {
            "companyDescription": {"title": "Company Description", "text": "<p>We sell.</p>"},
            "jobDescription": {"title": "Job Description", "text": "<p>Build search.</p>"},
            "qualifications": {
                "title": "Qualifications",
                "text": "<ul><li>3+ years of Python</li><li>Experience with spaCy</li></ul>",
            },
            "additionalInformation": {"title": "Additional Information", "text": "<p>Hybrid.</p>"},
        }
    },
}
WORKABLE_JOB: dict[str, Any] = {
    "title": "Computer Vision Engineer",
    "shortcode": "A1B2C3D4E5",
    "employment_type": "Full-time",
    "location": {"country": "Portugal", "city": "Porto", "region": "Porto"},
    "description": "<p>We build robots that sort parcels.</p>",
    "requirements": "<ul><li>Experience with OpenCV</li><li>PyTorch</li></ul>",
    "benefits": "<ul><li>Private health insurance</li></ul>",
}
RESUME: dict[str, Any] = {
    "basics": {"name": "Dana Whitfield", "label": "Machine Learning Engineer"},
    "work": [
        {
            "name": "Harborview Labs",
            "position": "ML Engineer",
            "startDate": "2020-03",
            "highlights": ["Trained PyTorch models for demand forecasting"],
        }
    ],
    "skills": [{"name": "Languages", "keywords": ["Python", "SQL"]}],
}


def _saved_json(tmp_path: Path, data: Any, name: str = "saved.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def _asks(path: Path) -> dict[str, tuple[str, float | None]]:
    result = invoke("extract", path, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["doc_type"] == "posting"
    return {r["name"]: (r["importance"], r.get("years")) for r in data["requirements"]}


@pytest.mark.parametrize("data", [GREENHOUSE_JOB, {"jobs": [GREENHOUSE_JOB], "meta": {"total": 1}}])
def test_formats2_a_greenhouse_job_is_read_as_a_posting(tmp_path: Path, data: Any) -> None:
    path = _saved_json(tmp_path, data)
    document = read_document(path)
    assert document.kind == "posting"
    assert document.text.startswith(
        "Machine Learning Engineer, Forecasting\nCompany: Brightline Freight\n"
        "Location: Chicago, IL\n"
    )
    asks = _asks(path)
    assert asks["Python"] == ("required", 3.0)
    assert asks["Docker"][0] == "required"
    assert asks["Apache Spark"][0] == "preferred"
    assert "Pay" not in asks  # Greenhouse's "US Base Pay" box asks nothing


@pytest.mark.parametrize("data", [LEVER_JOB, [LEVER_JOB]])
def test_formats2_a_lever_posting_is_read_with_its_headed_lists(tmp_path: Path, data: Any) -> None:
    path = _saved_json(tmp_path, data)
    text = read_document(path).text
    assert text.startswith("Senior Machine Learning Engineer\nLocation: Toronto, ON\n")
    assert "Salary: CAD 140,000 - 175,000 a year" in text
    assert "What you bring\n\n- 4+ years of Python\n- PyTorch" in text
    asks = _asks(path)
    assert asks["Python"] == ("required", 4.0)
    assert asks["PyTorch"][0] == "required"
    assert asks["MLflow"][0] == "preferred"


def test_formats2_an_ashby_listing_of_one_job_is_that_posting(tmp_path: Path) -> None:
    path = _saved_json(tmp_path, ASHBY_LISTING)
    assert "Location: Remote - US\n" in read_document(path).text
    asks = _asks(path)
    assert asks["PyTorch"][0] == "required"
    assert asks["Recommender systems"][0] == "preferred"


def test_formats2_smartrecruiters_and_workable_jobs_are_postings(tmp_path: Path) -> None:
    path = _saved_json(tmp_path, SMARTRECRUITERS_JOB)
    text = read_document(path).text
    assert text.startswith("NLP Engineer\nCompany: Coralbay Retail\nLocation: Lisbon\n")
    asks = _asks(path)
    assert asks["Python"] == ("required", 3.0)
    assert asks["spaCy"][0] == "required"
    path = _saved_json(tmp_path, WORKABLE_JOB, "workable.json")
    assert read_document(path).text.startswith("Computer Vision Engineer\nLocation: Porto\n")
    asks = _asks(path)
    assert asks["OpenCV"][0] == "required"
    assert asks["PyTorch"][0] == "required"


def test_formats2_a_json_list_of_one_resume_is_that_resume(tmp_path: Path) -> None:
    path = _saved_json(tmp_path, [RESUME])
    document = read_document(path)
    assert document.kind == "resume"
    assert document.text == read_document(_saved_json(tmp_path, RESUME, "one.json")).text
    result = invoke("extract", path, "--format", "json")
    assert result.exit_code == 0, result.output
    skills = {s["name"] for s in json.loads(result.stdout)["skills"]}
    assert {"PyTorch", "Python", "SQL"} <= skills


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([RESUME, None, RESUME], "a JSON list of 2 resumes, not one document"),
        (
            {"jobs": [GREENHOUSE_JOB, GREENHOUSE_JOB], "meta": {"total": 2}},
            "a job board's list of 2 jobs, not one document",
        ),
        ([LEVER_JOB, LEVER_JOB, LEVER_JOB], "a job board's list of 3 jobs"),
    ],
)
def test_formats2_several_documents_in_one_json_file_are_refused(
    tmp_path: Path, data: Any, message: str
) -> None:
    path = _saved_json(tmp_path, data)
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    assert message in raised.value.message
    assert "batch" in raised.value.hint
    assert invoke("extract", path).exit_code == 3


@pytest.mark.parametrize(
    "data",
    [
        {"title": "Notes", "content": "A blog post, not a job."},  # no Greenhouse field
        {"text": "hello", "description": "a note"},  # no Lever field
        [{"title": "Notes"}],  # a list of one object of neither kind
        [[RESUME]],  # a resume nested in a list within a list
    ],
)
def test_formats2_lookalike_json_stays_refused(tmp_path: Path, data: Any) -> None:
    with pytest.raises(DocumentError, match=r"neither a JSON Resume nor a schema\.org JobPosting"):
        read_document(_saved_json(tmp_path, data))
