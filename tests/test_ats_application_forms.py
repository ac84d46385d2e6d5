"""Postings copied or saved from applicant-tracking sites with the application form and the
site's own buttons below the text: a form's screening questions ("Do you have experience with
Kubernetes?") and its fields ask nothing, whether the form follows "Apply for this job" with or
without its name fields, or a saved page sets its labels and boxes side by side. Each page is
written for these tests in the sites' manner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.documents import read_document
from mlcareer.extract.skills import _boards_name_line
from mlcareer.models import Profile

from .timing import fastest

ProfileOf = Callable[..., Profile]

POSTING = (
    "Machine Learning Engineer, Fraud\nRemote (Canada)\n\n"
    "Ledgerly helps small businesses get paid.\n\n"
    "What you'll do\n- Build fraud detection models with gradient boosting\n\n"
    "What we're looking for\n- 3+ years of Python\n- Experience with feature stores\n\n"
    "Nice to have\n- Experience with ONNX\n"
)
KEPT = {"Python": "required", "Feature stores": "required", "ONNX": "preferred"}


def _asked(profile: Profile) -> dict[str, str]:
    return {r.name: r.importance for r in profile.requirements}


def _kept(asked: dict[str, str]) -> None:
    assert {name: asked.get(name) for name in KEPT} == KEPT


@pytest.mark.parametrize(
    "button", ["Apply for this job", "Apply for this Job", "Apply for this position"]
)
def test_ats_screening_questions_after_the_apply_button_ask_nothing(
    profile_of: ProfileOf, button: str
) -> None:
    form = (
        f"\n{button}\n\nDo you have experience with Kubernetes?\nYes\nNo\n"
        "How many years of experience do you have with Scala?\n"
        "Have you worked with Apache Flink in production?\nSubmit application\n"
    )
    asked = _asked(profile_of(POSTING + form, doc_type="posting"))
    _kept(asked)
    assert not {"Kubernetes", "Scala", "Apache Flink"} & set(asked)


def test_ats_apply_button_above_the_posting_leaves_it_read(profile_of: ProfileOf) -> None:
    """Lever sets the button under the title too: the text after it is the posting's."""
    text = "Data Scientist, Fleet\nData Science – Full-time – Remote\nApply for this job\n\n"
    asked = _asked(profile_of(text + POSTING.split("\n\n", 1)[1], doc_type="posting"))
    _kept(asked)


def test_ats_a_closing_paragraph_after_a_plain_apply_still_asks(profile_of: ProfileOf) -> None:
    """A board's "Apply" button is followed by the company's card, whose sentences ask when
    they say so: not the application form's rule."""
    text = POSTING + "\nApply\n\nCandidates must have experience with Kubernetes.\n"
    assert _asked(profile_of(text, doc_type="posting")).get("Kubernetes") == "required"


ICIMS_FOOTER = (
    "Options\nApply for this job online\nEmail this job to a friend\nRefer\n"
    "Share on your newsfeed\nConnect With Us!\n"
    "Not ready to apply? Connect with us for general consideration.\n"
    "Application FAQs\nSoftware Powered by iCIMS\nwww.icims.com\n"
)


def test_ats_icims_buttons_and_footer_ask_nothing(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of(POSTING + ICIMS_FOOTER, doc_type="posting"))
    _kept(asked)
    assert not {"Options", "Refer", "Share", "Connect", "Application FAQs"} & set(asked)
    assert not any("Powered" in name for name in asked)


def test_ats_an_options_line_without_the_apply_button_is_left_to_its_list(
    profile_of: ProfileOf,
) -> None:
    """ "Options" opens the site's buttons only over one of them."""
    text = POSTING + "\nOptions\n- Experience with Kubernetes is required\n"
    assert _asked(profile_of(text, doc_type="posting")).get("Kubernetes") == "required"


FORM_PAGE = (
    "<html><body><h1>Machine Learning Engineer, Fraud</h1>"
    "<h3>What we're looking for</h3><ul><li>3+ years of Python</li>"
    "<li>Experience with feature stores</li></ul>"
    "<h3>Nice to have</h3><ul><li>Experience with ONNX</li></ul>"
    "<h2>Apply for this job</h2><form>"
    '<label for="f">First Name<span>*</span></label><input id="f" type="text">'
    '<label for="l">Last Name<span>*</span></label><input id="l" type="text">'
    "<label>Resume/CV<span>*</span></label><button>Attach</button>"
    "<label>Do you have experience with Scala and Kafka?<span>*</span></label>"
    "<select><option>Select...</option><option>Yes</option></select>"
    "<label>Portfolio</label><textarea></textarea>"
    '<button type="submit">Submit application</button></form></body></html>'
)


def test_ats_a_saved_forms_fields_stand_on_lines_of_their_own(
    profile_of: ProfileOf,
) -> None:
    """A browser draws each field as a box, so the label after one is the next field's: a
    saved form's labels are not one run of text."""
    profile = profile_of(FORM_PAGE, doc_type="posting", name="job.html")
    asked = _asked(profile)
    _kept(asked)
    assert not {"Scala", "Apache Kafka", "First Name", "Last Name", "Resume/CV"} & set(asked)


def test_ats_a_hidden_input_inside_a_sentence_leaves_it_whole(tmp_path: Path) -> None:
    page = (
        "<html><body><h3>Requirements</h3><ul><li>Experience with "
        '<input type="hidden" name="t" value="1">Apache Kafka streams</li></ul></body></html>'
    )
    path = tmp_path / "job.html"
    path.write_text(page, encoding="utf-8")
    assert "- Experience with Apache Kafka streams" in read_document(path).text.splitlines()


BODY = "\n\nRequirements\n- 2+ years of SQL\n- Experience with Tableau\n"


@pytest.mark.parametrize(
    "header",
    [
        "Junior Data Analyst\nCopperline Logistics\n3.8 out of 5 stars\nDenver, CO",
        "Applied Scientist\nQuantix Robotics\n4.1 ★\nSeattle, WA",
        "Tidewater Robotics home page\nData Scientist, Fleet\nRemote",
        "Northvale Robotics logo\nNorthvale Robotics\nData Scientist\nDenver, CO",
        "Data Scientist\nLumen Analytics\nAustin, TX",
    ],
)
def test_ats_the_company_line_of_a_boards_header_asks_no_field(
    profile_of: ProfileOf, header: str
) -> None:
    asked = _asked(profile_of(header + BODY, doc_type="posting"))
    assert not {"Logistics", "Robotics", "Analytics"} & set(asked)
    assert asked["SQL"] == asked["Tableau"] == "required"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # the team, not the company: a field alone, or before its own words
        ("Data Scientist\nRobotics\nDenver, CO", "Robotics"),
        ("Data Scientist\nRobotics and perception team\nDenver, CO", "Robotics"),
        # a name over no place nor rating
        ("Data Scientist\nApplied Robotics\nWe build arms for farms.", "Robotics"),
    ],
)
def test_ats_a_field_in_a_header_line_that_is_no_company_stays(
    profile_of: ProfileOf, header: str, field: str
) -> None:
    assert field in _asked(profile_of(header + BODY, doc_type="posting"))


@pytest.mark.parametrize(
    "hostile",
    [
        "Quantix Robotics" + " " * 30_000 + "x",
        "Quantix Robotics Robotics Robotics" + " \t" * 15_000 + "logo x",
        "Quantix Robotics\n" + "4" * 30_000 + " ★",
    ],
)
def test_ats_a_long_header_line_is_read_in_linear_time(hostile: str) -> None:
    """A header line's name is tried once, from its start: as fast as a plain line."""
    plain = "Quantix Robotics " + "a" * (len(hostile) - 17)
    at = hostile.index("Robotics")
    end = hostile.find("\n") if "\n" in hostile else len(hostile)

    def read(text: str) -> Callable[[], object]:
        return lambda: _boards_name_line(text, at, at + 8, 0, min(end, len(text)))

    assert fastest(read(hostile)) < 10 * fastest(read(plain)) + 0.05


INDEED_TAIL = (
    "\nApplication Question(s):\n- Do you have experience with Spark?\n"
    "- How many years of experience do you have with Kubernetes?\n\n"
    "Work Location: Remote\n\n"
    "If you require alternative methods of application or screening, you must approach the "
    "employer directly to request this as Indeed is not responsible for the employer's "
    "application process.\n\nHiring Insights\nJob activity\nEmployer reviewed job 2 days ago\n"
)


def test_ats_indeeds_questions_notice_and_insights_ask_nothing(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of(POSTING + INDEED_TAIL, doc_type="posting"))
    _kept(asked)
    assert not {"Apache Spark", "Kubernetes", "Indeed", "Hiring Insights", "Job activity"} & set(
        asked
    )


def test_ats_a_postings_own_question_list_still_asks(profile_of: ProfileOf) -> None:
    """Questions under the posting's own heading are its asks, as a reader takes them."""
    text = POSTING + "\nRequirements\n- Do you have experience with Kubernetes?\n"
    assert _asked(profile_of(text, doc_type="posting")).get("Kubernetes") == "required"


ASHBY_HEADER = (
    "Research Engineer, Evaluation\nLocation\nNew York City\nEmployment Type\nFull time\n"
    "{label}\n{value}\n\n"
    "We train small language models for legal teams. You must have 2+ years writing research "
    "code in Python. Experience with JAX is a plus.\n"
)


@pytest.mark.parametrize(("label", "value"), [("Department", "Research"), ("Team", "Education")])
def test_ats_a_header_fields_value_opens_no_section(
    profile_of: ProfileOf, label: str, value: str
) -> None:
    """Ashby's and Lever's headers set each field's label over its value: "Department" over
    "Research" names the team, not a list of papers."""
    profile = profile_of(ASHBY_HEADER.format(label=label, value=value), doc_type="posting")
    assert value not in [s.heading for s in profile.sections]
    assert profile.posting.years_required == 2
    assert _asked(profile)["JAX"] == "preferred"


def test_ats_a_heading_after_other_words_still_opens_its_section(profile_of: ProfileOf) -> None:
    text = POSTING + "\nOur lab\nResearch\n- Papers at NeurIPS are a plus\n"
    assert "Research" in [s.heading for s in profile_of(text, doc_type="posting").sections]


@pytest.mark.parametrize(
    "fields",
    [
        "Location\nNew York City\n",
        "Location\nNew York City\nEmployment Type\nFull time\nCompensation\n$170K – $240K\n",
        "Overview\nApplication\nLocation\nRemote (US)\nSalary\n$150,000 - $180,000\n",
    ],
)
def test_ats_header_fields_over_their_values_leave_the_text_asking(
    profile_of: ProfileOf, fields: str
) -> None:
    """A careers site's header sets "Location" over "New York City" as it would write
    "Location: New York City": the unheaded text after it is the posting's, not a section of
    where the job is."""
    text = (
        f"Research Engineer, Evaluation\n{fields}\nWe train small language models. You must "
        "have 2+ years writing research code in Python. Experience with JAX is a plus.\n"
    )
    profile = profile_of(text, doc_type="posting")
    assert profile.posting.years_required == 2
    assert _asked(profile) == {"Python": "required", "JAX": "preferred"}


@pytest.mark.parametrize(
    "text",
    [
        # a section of its own: a paragraph below the heading
        "Research Engineer\nLocation\nThis role sits in our New York office; you will visit "
        "clients in Boston and work with our Python and Kafka teams there each month.\n",
        # below another section: the posting's own heading
        "Research Engineer\n\nAbout us\nWe train models.\n\nLocation\nNew York City\n\n"
        "Our Kafka team works there.\n",
    ],
)
def test_ats_a_location_heading_of_the_posting_still_asks_nothing(
    profile_of: ProfileOf, text: str
) -> None:
    assert "Apache Kafka" not in _asked(profile_of(text, doc_type="posting"))


def test_ats_an_overview_over_its_text_is_still_a_heading(profile_of: ProfileOf) -> None:
    text = "Research Engineer\n\nOverview\nApplications of LLMs to law.\n" + POSTING
    assert "Overview" in [s.heading for s in profile_of(text, doc_type="posting").sections]


SURVEY = (
    "\n{heading}\nForm CC-305\nPage 1 of 1\nOMB Control Number 1250-0005\nExpires 04/30/2026\n"
    "Why are you being asked to complete this form?\nDisabilities include, but are not limited "
    "to:\nDiabetes\nNervous system condition, for example, migraine headaches, multiple "
    "sclerosis (MS)\nPlease check one of the boxes below:\nI do not want to answer\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Voluntary Self-Identification of Disability",
        "Voluntary Self-Identification of Veteran Status",
        "U.S. Standard Demographic Questions",
        "Demographic Questions",
    ],
)
def test_ats_the_self_identification_forms_ask_nothing(profile_of: ProfileOf, heading: str) -> None:
    profile = profile_of(POSTING + SURVEY.format(heading=heading), doc_type="posting")
    asked = _asked(profile)
    _kept(asked)
    assert set(asked) <= {*KEPT, "Fraud detection", "Gradient boosting"}
    assert profile.posting.degree_required is None


def test_ats_an_item_on_survey_questions_still_asks(profile_of: ProfileOf) -> None:
    text = "Survey Methodologist\n\nRequirements\nExperience with Qualtrics\n"
    text += "Designing demographic questions\nExperience with SPSS\n"
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked.get("IBM SPSS") == "required"
