"""Postings written in the styles ML job boards use (big-tech qualification pages, MLOps
platform teams, internships, scraped pages): what they ask, and nothing from their blurbs.

Each text here is a small case written for the project, pinning one behaviour."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from mlcareer.documents.cleaning import clean_text
from mlcareer.documents.limits import Limits
from mlcareer.models import Profile

from .conftest import invoke

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> dict[str, str]:
    """The posting's requirements by wording, with their importance."""
    return {r.jd_text: r.importance for r in profile.requirements}


def test_as_code_names_a_practice_not_a_role(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Experience with infrastructure as code (Terraform)\n"
        "- 2 years of experience with policy as code\n",
        doc_type="posting",
    )
    assert "infrastructure-as-code" in {r.id for r in posting.requirements}
    assert not [r.name for r in posting.requirements if r.name.startswith("Experience as")]


def test_total_experience_label_is_no_term(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Python\nTotal experience: 5+ years.\n", doc_type="posting"
    )
    assert set(_asked(posting)) == {"Python"}
    assert posting.posting is not None and posting.posting.years_required == 5.0


def test_returning_to_a_degree_program_is_no_term(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Machine Learning Intern\n\nPreferred qualifications\n"
        "- Returning to a degree program after the internship\n- Experience with Git\n",
        doc_type="posting",
    )
    assert "Git" in _asked(posting)
    assert not [r.jd_text for r in posting.requirements if not r.known]


def test_areas_the_company_hires_from_ask_nothing(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Software Engineer, Machine Learning\n\nMinimum qualifications:\n"
        "Bachelor's degree or equivalent practical experience.\n"
        "2 years of experience with Python.\n\nAbout the job\n"
        "We need engineers who bring fresh ideas from all areas, including information "
        "retrieval, distributed computing, networking and security.\n",
        doc_type="posting",
    )
    asked = _asked(posting)
    assert asked["Python"] == "required"
    assert asked["information retrieval"] == "mentioned"
    assert asked["security"] == "mentioned"


def test_html_tags_left_in_a_posting_are_its_layout(
    profile_of: ProfileOf, write: Callable[[str, str], Path]
) -> None:
    plain = (
        "Applied Scientist\n\nBasic Qualifications\n- Python\n- SQL\n\n"
        "Preferred Qualifications\n- XGBoost\n"
    )
    tagged = (
        "Applied Scientist<br><br>\n<p><b>Basic Qualifications</b></p>"
        "<ul><li>Python</li><li>SQL</li></ul>\n"
        "<b>Preferred Qualifications</b><br>\n&bull; XGBoost<br>\n"
    )
    want = {"Python": "required", "SQL": "required", "XGBoost": "preferred"}
    assert _asked(profile_of(plain, doc_type="posting")) == want
    assert _asked(profile_of(tagged, doc_type="posting")) == want
    # offsets still point into the file as written
    result = invoke("extract", write("jd.txt", tagged), "--format", "json")
    [sql] = [s for s in json.loads(result.stdout)["skills"] if s["id"] == "sql"]
    mention = sql["mentions"][0]
    assert tagged[mention["start"] : mention["end"]] == mention["text"] == "SQL"


def test_angle_brackets_that_are_no_html_stay() -> None:
    text = "C++ templates: vector<int>, map<K, V>; Python <3.12; a <b> c</b>"
    cleaned, _ = clean_text(text, [], Limits())
    assert cleaned == "C++ templates: vector<int>, map<K, V>; Python <3.12; a  c"


def test_a_substitution_sentence_does_not_change_the_phds_years(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Machine Learning Engineer\n\nRequired Qualifications:\n"
        "- Bachelor's degree and 8 years of relevant experience; or a Master's degree and 6 "
        "years of relevant experience; or a PhD and 3 years of relevant experience. An "
        "additional 4 years of experience may be substituted for a degree.\n- Python\n",
        doc_type="posting",
    )
    assert posting.posting is not None
    assert posting.posting.years_by_degree == {"bachelor": 8.0, "master": 6.0, "phd": 3.0}
