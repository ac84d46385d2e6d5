"""Job pages saved from applicant-tracking sites and job boards: a page drawn by JavaScript shows
little but holds the posting in its data (a JSON-LD JobPosting); around a posting, the site's
cookie banner, breadcrumbs, decorative copies and lists of its other jobs ask nothing. Each page
here is written for these tests in the sites' manner."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.documents import read_document
from mlcareer.extract.literal import _POSTED
from mlcareer.models import Profile

from .conftest import invoke

ProfileOf = Callable[..., Profile]


def _page(head: str, body: str) -> str:
    head = f"<!DOCTYPE html><html><head><title>Careers</title>{head}</head>"
    return f"{head}<body>{body}</body></html>"


def _data(posting: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(posting)}</script>'


DESCRIPTION = (
    "<p><b>About us</b></p><p>We route parcels for rural couriers.</p>"
    "<p><b>Requirements</b></p><ul><li>3+ years of experience with Python</li>"
    "<li>Experience with PyTorch</li><li>Bachelor's degree in Computer Science</li></ul>"
    "<p><b>Nice to have</b></p><ul><li>Experience with ONNX</li></ul>"
)
POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Machine Learning Engineer",
    "datePosted": "2026-03-02T09:00:00Z",
    "employmentType": "FULL_TIME",
    "hiringOrganization": {"@type": "Organization", "name": "Brackenfield Freight"},
    "jobLocation": {
        "@type": "Place",
        "address": {"addressLocality": "Leeds", "addressCountry": "GB"},
    },
    "description": DESCRIPTION,
}
# A page drawn by JavaScript: nothing in its body but a spinner
APP_SHELL = '<div id="root"><div aria-busy="true">Loading…</div></div><noscript>On</noscript>'


def _asked(profile: Profile) -> dict[str, str]:
    return {r.name: r.importance for r in profile.requirements}


def test_a_page_drawn_by_javascript_is_read_from_its_postings_data(
    profile_of: ProfileOf,
) -> None:
    profile = profile_of(_page(_data(POSTING), APP_SHELL), doc_type="posting", name="job.html")
    assert _asked(profile) == {"Python": "required", "PyTorch": "required", "ONNX": "preferred"}
    assert profile.posting.title == "Machine Learning Engineer"
    assert profile.posting.years_required == 3.0
    assert profile.posting.degree_required == "bachelor"


@pytest.mark.parametrize(
    "escape",
    [
        # markup escaped as JSON escapes it, and as HTML escapes it inside the JSON string
        lambda text: text.replace("<", "\\u003c").replace(">", "\\u003e"),
        lambda text: text.replace("<", "&lt;").replace(">", "&gt;"),
    ],
)
def test_an_escaped_description_is_laid_out_as_markup(
    tmp_path: Path, escape: Callable[[str], str]
) -> None:
    script = _data(POSTING).replace(json.dumps(DESCRIPTION), escape(json.dumps(DESCRIPTION)))
    page = tmp_path / "job.html"
    page.write_text(_page(script, APP_SHELL), encoding="utf-8")
    document = read_document(page)
    assert "<" not in document.text and "&lt;" not in document.text
    assert "\nRequirements\n\n- 3+ years of experience with Python\n" in document.text
    assert "Loading" not in document.text
    assert any("JSON-LD" in warning for warning in document.warnings)


def test_the_postings_terms_are_its_header_fields(tmp_path: Path) -> None:
    posting = {
        **POSTING,
        "employmentType": ["FULL_TIME", "TEMPORARY"],
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {"minValue": 120000, "maxValue": 150000, "unitText": "YEAR"},
        },
        "skills": "Python, PyTorch, Docker",
        "experienceRequirements": {"monthsOfExperience": 48},
        "educationRequirements": {"credentialCategory": "bachelor degree"},
        "description": "We route parcels.\nYou will train models on delivery data.",
    }
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, posting]}
    page = tmp_path / "job.html"
    page.write_text(_page(_data(graph), APP_SHELL), encoding="utf-8")
    lines = read_document(page).text.splitlines()
    assert lines[:9] == [
        "Machine Learning Engineer",
        "Company: Brackenfield Freight",
        "Location: Leeds, GB",
        "Employment type: Full-time, Temporary",
        "Salary: $120,000 - $150,000 a year",
        "Posted: 2026-03-02",
        "Skills: Python, PyTorch, Docker",
        "Experience: 4 years",
        "Education: Bachelor's degree",
    ]
    assert lines[10:] == ["We route parcels.", "You will train models on delivery data."]
    result = invoke("extract", page, "--as", "posting", "--format", "json")
    extracted = json.loads(result.stdout)
    assert extracted["posting"]["years_required"] == 4.0
    assert {r["id"] for r in extracted["requirements"]} >= {"python", "pytorch", "docker"}


def test_a_page_that_shows_its_posting_is_read_as_shown(tmp_path: Path) -> None:
    # the data holds a shorter copy of what the page shows: the page's text, once
    shown = (
        "<h1>Machine Learning Engineer</h1><p>We route parcels for rural couriers. We are a "
        "team of twelve.</p><h2>Requirements</h2><ul><li>3+ years of experience with Python</li>"
        "<li>Experience with PyTorch</li><li>Experience with Kafka</li></ul>"
    )
    short = {**POSTING, "description": DESCRIPTION.split("<p><b>Nice")[0]}
    page = tmp_path / "job.html"
    page.write_text(_page(_data(short), shown), encoding="utf-8")
    document = read_document(page)
    assert document.text.count("Experience with PyTorch") == 1
    assert "Company:" not in document.text and document.warnings == []


@pytest.mark.parametrize(
    "script",
    [
        '<script type="application/ld+json">{"@type": "JobPosting", "title": </script>',
        '<script type="application/ld+json">{"@type": "Organization", "name": "X"}</script>',
        '<script type="application/ld+json">{"@type": "JobPosting", "title": 7}</script>',
    ],
)
def test_data_without_a_readable_posting_leaves_the_page_as_shown(
    tmp_path: Path, script: str
) -> None:
    page = tmp_path / "job.html"
    page.write_text(_page(script, "<h1>Data Engineer</h1><p>Python</p>"), encoding="utf-8")
    assert read_document(page).text == "Data Engineer\n\nPython\n"


# The site's own parts of the page: breadcrumbs, cookie banners, copies hidden from screen readers

BODY = (
    "<h1>Data Analyst</h1><h2>Qualifications</h2>"
    "<ul><li>2+ years of experience with SQL</li><li>Experience with Tableau</li></ul>"
)


@pytest.mark.parametrize(
    "before",
    [
        # a trail of links as a list, above the title
        '<ul class="breadcrumbs"><li><a>Marigold Retail</a></li><li><a>Jobs</a></li>'
        "<li>Data Analyst</li></ul>",
        '<div data-automation-id="breadcrumb"><ol><li><a>Search for Jobs</a></li>'
        '<li aria-current="page">Data Analyst</li></ol></div>',
        # a cookie banner with its buttons
        '<div id="onetrust-banner-sdk"><p>By clicking "Accept All Cookies", you agree to the '
        "storing of cookies to analyze site usage with Google Analytics.</p>"
        "<button>Accept All Cookies</button></div>",
        # a menu set aside from screen readers, a copy of the one a wide screen shows
        '<div class="menu-mobile" aria-hidden="true"><div>Solutions with Salesforce and SAP'
        "</div><div>Careers</div></div>",
        '<div role="navigation"><ul><li><a>Products for Snowflake</a></li></ul></div>',
    ],
)
def test_the_sites_own_parts_above_the_posting_are_left_out(
    profile_of: ProfileOf, before: str
) -> None:
    profile = profile_of(_page("", before + BODY), doc_type="posting", name="job.html")
    assert profile.posting.title == "Data Analyst"
    assert _asked(profile) == {"SQL": "required", "Tableau": "required"}
    assert profile.text.startswith("Data Analyst\n")
    assert not any(w.startswith("hidden text") for w in profile.warnings)


def test_a_page_saved_with_a_dialog_open_is_still_read(tmp_path: Path) -> None:
    # the dialog marks the rest of the page aria-hidden while it is open
    dialog = '<div class="cookie-consent" role="dialog"><p>We use cookies.</p></div>'
    page = tmp_path / "job.html"
    page.write_text(_page("", f'<div id="app" aria-hidden="true">{BODY}</div>{dialog}'))
    text = read_document(page).text
    assert "Data Analyst" in text and "Experience with Tableau" in text


def test_a_careers_sites_sections_and_its_other_jobs(profile_of: ProfileOf) -> None:
    """A posting in a careers site's sections: its "Additional Information" heading names
    nothing, and the site's list of its other jobs asks nothing."""
    body = (
        "<h1>Data Analyst</h1><section><h2>Qualifications</h2><div>"
        "<div>2+ years of experience with SQL</div><div>Experience with Tableau</div></div>"
        "</section><section><h2>Additional Information</h2><p>Pay range: $68,000&ndash;$82,000"
        " per year.</p></section><section><h2>More jobs at Marigold Retail</h2><ul>"
        "<li><a>Senior Data Engineer (Spark, Databricks)</a><span>Denver, CO</span></li>"
        "<li><a>iOS Developer - Swift</a><span>Remote</span></li></ul></section>"
    )
    profile = profile_of(_page("", body), doc_type="posting", name="job.html")
    assert _asked(profile) == {"SQL": "required", "Tableau": "required"}


@pytest.mark.parametrize("heading", ["Additional Information", "ADDITIONAL INFORMATION:"])
def test_an_additional_information_heading_asks_nothing(
    profile_of: ProfileOf, heading: str
) -> None:
    text = (
        "Data Analyst\n\nQualifications\n\n2+ years of experience with SQL\nExperience with "
        f"Tableau\n\n{heading}\n\nPay range: $68,000 per year.\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked == {"SQL": "required", "Tableau": "required"}


PREFERRED = "Data Engineer\n\nNice to have:\nExperience with Ray\nExperience with JAX\n"


@pytest.mark.parametrize(
    "after",
    [
        # a careers site's pay box and its offer of job alerts, below the lists
        "US Base Salary\n$160,000 - $200,000 USD\n",
        "Salary range\n$160,000 - $200,000\n",
        "Create a Job Alert\nInterested in building your career at Kestrel AI? Get future "
        "opportunities sent straight to your email.\n",
        # a board's note of when the posting went up
        "Posted 3 days ago\n",
    ],
)
def test_a_pages_boxes_below_the_lists_ask_nothing(profile_of: ProfileOf, after: str) -> None:
    asked = _asked(profile_of(PREFERRED + after, doc_type="posting"))
    assert asked == {"Ray": "preferred", "JAX": "preferred"}


# Hostile data in the page's JSON-LD: it may break the posting's data, never the reading


@pytest.mark.parametrize(
    "script",
    [
        # nested deeper than the JSON reader's stack
        '{"@type": "JobPosting", "title": "X", "extra": ' + "[" * 50_000 + "]" * 50_000 + "}",
        '{"a": ' * 50_000 + "1" + "}" * 50_000,
    ],
)
def test_data_nested_too_deep_leaves_the_page_as_shown(tmp_path: Path, script: str) -> None:
    page = tmp_path / "job.html"
    body = "<h1>Data Engineer</h1><p>Python</p>"
    page.write_text(_page(f'<script type="application/ld+json">{script}</script>', body))
    assert read_document(page).text == "Data Engineer\n\nPython\n"


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", '"nan"', '"inf"', "1e308"])
def test_a_salary_or_experience_that_is_no_number_is_left_out(tmp_path: Path, number: str) -> None:
    amount = f'{{"currency": "USD", "value": {{"minValue": {number}, "unitText": "YEAR"}}}}'
    months = f'{{"monthsOfExperience": {number}}}'
    posting = json.dumps(POSTING)[:-1] + f', "baseSalary": {amount}, '
    script = posting + f'"experienceRequirements": {months}}}'
    page = tmp_path / "job.html"
    page.write_text(_page(f'<script type="application/ld+json">{script}</script>', APP_SHELL))
    text = read_document(page).text
    assert "Experience with PyTorch" in text
    assert "Salary:" not in text and "Experience:" not in text


def test_a_description_escaped_twice_is_laid_out_as_markup(tmp_path: Path) -> None:
    # "&amp;lt;p&amp;gt;": a site escaped its HTML-escaped markup once more
    twice = json.dumps(DESCRIPTION).replace("<", "&amp;lt;").replace(">", "&amp;gt;")
    script = _data(POSTING).replace(json.dumps(DESCRIPTION), twice)
    page = tmp_path / "job.html"
    page.write_text(_page(script, APP_SHELL), encoding="utf-8")
    text = read_document(page).text
    assert "<" not in text and "&lt;" not in text
    assert "\n- Experience with PyTorch\n" in text


@pytest.mark.parametrize(
    "after",
    [
        # a board's note of when the posting went up, as an item of its meta list or a field
        "- Posted 3 days ago\n",
        "Posted: 2 days ago\n",
        "Date posted: yesterday\n",
        "Posted on 03/02/2026\n",
        "Posted on March 2, 2026\n",
        "• Reposted 30+ days ago\n",
    ],
)
def test_when_the_posting_went_up_asks_nothing(profile_of: ProfileOf, after: str) -> None:
    asked = _asked(profile_of(PREFERRED + after, doc_type="posting"))
    assert asked == {"Ray": "preferred", "JAX": "preferred"}


@pytest.mark.parametrize("line", ["Posted" + " " * 50_000 + "x", "- Date posted" + " " * 50_000])
def test_a_long_line_after_posted_is_read_in_linear_time(line: str) -> None:
    started = time.process_time()
    assert not _POSTED.match(line)
    assert time.process_time() - started < 0.5


@pytest.mark.parametrize(
    "panel",
    [
        '<div class="accordion-panel" role="region" aria-labelledby="req" aria-hidden="true">',
        '<div class="tab-content" role="tabpanel" aria-hidden="true">',
    ],
)
def test_a_collapsed_panel_of_the_posting_is_read(profile_of: ProfileOf, panel: str) -> None:
    # a panel is set aside from screen readers while collapsed: it is the posting's, not a copy
    body = (
        "<h1>Data Analyst</h1><p>We plan deliveries for rural couriers across the north of "
        "England, and our analysts work with the planners every day.</p>"
        '<button id="req" aria-expanded="false">Qualifications</button>'
        f"{panel}<ul><li>2+ years of experience with SQL</li>"
        "<li>Experience with Tableau</li></ul></div>"
    )
    profile = profile_of(_page("", body), doc_type="posting", name="job.html")
    assert set(_asked(profile)) == {"SQL", "Tableau"}


def test_a_page_read_from_its_posting_data_is_a_posting_without_a_guess(tmp_path: Path) -> None:
    brief = {"@type": "JobPosting", "title": "Data Scientist", "description": "Python, SQL"}
    page = tmp_path / "job.html"
    page.write_text(_page(_data(brief), APP_SHELL), encoding="utf-8")
    result = invoke("extract", page, "--format", "json")
    assert json.loads(result.stdout)["doc_type"] == "posting"
