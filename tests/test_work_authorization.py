"""Work authorization read from both documents: a posting's stance on visa sponsorship and
citizenship, a resume's need for it, and the report's note when the two conflict (the score
stays as it is)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, compare
from mlcareer.batch import pair_row
from mlcareer.extract.work_authorization import posting_stance, resume_need
from mlcareer.formats import html, json_format, markdown, terminal
from mlcareer.models import BatchRow, Profile, Report

from .conftest import invoke

ProfileOf = Callable[..., Profile]


def _posting_status(text: str) -> str | None:
    found = posting_stance(text)
    return found.status if found else None


def _resume_status(text: str) -> str | None:
    found = resume_need(text)
    return found.status if found else None


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("We will not sponsor work visas for this position.", "no-sponsorship"),
        ("Unfortunately we are unable to sponsor visas at this time.", "no-sponsorship"),
        ("No visa sponsorship.", "no-sponsorship"),
        ("Sponsorship is not available for this role.", "no-sponsorship"),
        ("Visa sponsorship is not available", "no-sponsorship"),
        ("We cannot sponsor employment visas now or in the future.", "no-sponsorship"),
        (
            "Candidates must be authorized to work in the US without now or in the future "
            "needing sponsorship.",
            "no-sponsorship",
        ),
        (
            "Applicants must be legally authorized to work in the United States without "
            "employer sponsorship.",
            "no-sponsorship",
        ),
        ("No H1B transfers, please.", "no-sponsorship"),
        ("We are not able to consider candidates who require visa sponsorship.", "no-sponsorship"),
        ("H-1B sponsorship: No", "no-sponsorship"),
        ("Sponsorship: Not offered", "no-sponsorship"),
        ("Sponsorship is not currently available.", "no-sponsorship"),
        ("Not sponsoring H1B at this time.", "no-sponsorship"),
        ("Applicants requiring sponsorship will not be considered.", "no-sponsorship"),
        (
            "Acme is an equal opportunity employer and does not discriminate on the basis of "
            "citizenship. We are unable to sponsor.",
            "no-sponsorship",
        ),
        ("GC/USC only", "citizens-or-residents"),
        ("US citizens and green card holders only.", "citizens-or-residents"),
        ("Open to U.S. citizens or permanent residents only", "citizens-or-residents"),
        ("Must be a U.S. Person as defined by ITAR.", "citizens-or-residents"),
        ("US citizenship required (needed for a Secret clearance).", "citizens-only"),
        ("Must be a U.S. citizen to obtain a security clearance.", "citizens-only"),
        ("Requires US citizenship.", "citizens-only"),
        ("Visa sponsorship available for the right candidate.", "sponsors"),
        ("We sponsor H-1B visas and green cards.", "sponsors"),
        ("We are open to sponsoring visas for exceptional candidates.", "sponsors"),
        ("We offer visa sponsorship and relocation support.", "sponsors"),
        ("We welcome applicants who require sponsorship.", "sponsors"),
        ("H1B candidates not accepted.", "no-sponsorship"),
        ("Visa holders need not apply.", "no-sponsorship"),
        ("No OPT/CPT.", "no-sponsorship"),
        ("Local candidates only; no OPT, no H1B", "no-sponsorship"),
    ],
)
def test_a_posting_states_its_stance(line: str, status: str) -> None:
    assert _posting_status(f"Data Scientist\n\nAbout the job\n{line}\n") == status


@pytest.mark.parametrize(
    "line",
    [
        # company boilerplate: no stance
        "We do not discriminate based on race, religion, citizenship or immigration status.",
        "All qualified applicants will be considered without regard to citizenship status.",
        "We participate in E-Verify to confirm the identity and work authorization of hires.",
        # the other sense of "sponsor"
        "You will work with the executive sponsor of each project.",
        "Our company sponsors local hackathons and meetups.",
        "Employer-sponsored health insurance and a 401(k) match",
        "Present results to business sponsors and stakeholders.",
        "Our team does not sponsor conference travel.",
        # contract terms, not visas
        "W2 only, no C2C.",
        # eligibility without a word on sponsorship
        "Must be authorized to work in the United States.",
        "Build tools for citizen data scientists across the company.",
        "You do not need to be a U.S. citizen to apply.",
        # billing codes and models named OPT
        "No CPT coding experience required; we train you.",
        "Experience fine-tuning OPT models is a plus.",
        "Payments experience with Visa and Mastercard card holders.",
    ],
)
def test_a_posting_line_without_a_stance(line: str) -> None:
    assert _posting_status(f"Data Scientist\n\nAbout the job\n{line}\n") is None


def test_the_strictest_stance_of_a_posting_holds() -> None:
    text = (
        "ML Engineer\nWe offer visa sponsorship for most roles.\n"
        "This role requires US citizenship because of the clearance it needs.\n"
    )
    found = posting_stance(text)
    assert found is not None and found.status == "citizens-only"
    assert found.detail == "US"
    assert found.line == 3


@pytest.mark.parametrize(
    ("line", "status", "detail"),
    [
        ("Work authorization: requires H-1B sponsorship", "needs-sponsorship", "H-1B"),
        ("Requires H-1B sponsorship", "needs-sponsorship", "H-1B"),
        ("Will need visa sponsorship to work in the US", "needs-sponsorship", None),
        ("EU citizen; UK Skilled Worker visa required", "needs-sponsorship", None),
        ("F-1 OPT (STEM OPT through 2027)", "visa", "F-1 OPT"),
        ("Work authorization: TN", "visa", "TN"),
        ("Visa status: H-1B (transfer)", "visa", "H-1B"),
        ("Authorized to work in the US; no sponsorship needed", "authorized", None),
        ("US citizen", "citizen", "US"),
        ("Citizenship: Canadian", "citizen", "Canada"),
        ("Green card holder", "permanent-resident", None),
        ("Currently on OPT, STEM extension through 2027", "visa", "OPT"),
        ("US/Canadian dual citizen", "citizen", "US/Canada"),
        ("Need no sponsorship", "authorized", None),
        ("Work status: Permanent Resident", "permanent-resident", None),
    ],
)
def test_a_resume_states_its_need(line: str, status: str, detail: str | None) -> None:
    found = resume_need(f"Dana Grey\ndana@example.com\n{line}\n\nExperience\n")
    assert found is not None and found.status == status
    assert found.detail == detail


@pytest.mark.parametrize(
    "line",
    [
        # most resumes say nothing: never guessed from names, schools or countries
        "M.S. Computer Science, University of Toronto, Canada, 2021",
        "Priya Raman, Bangalore, India",
        # an ML "OPT" and an optimisation "OPT"
        "Fine-tuned OPT-175B and LLaMA models with LoRA",
        "Built OPT solvers for vehicle routing (CVRP) in OR-Tools",
        "Optimised OPT through convergence analysis",
        # other senses of sponsor, green card and citizen
        "Secured an executive sponsor for the data platform migration",
        "Won the regional Green Card bridge tournament, 2019",
        "Volunteer at the senior citizens' center computer lab",
        "Led the citizen data scientist program for 300 analysts",
        # work done on others' visas, and a place
        "Processed H-1B petitions and visa paperwork for 40 employees",
        "Data Analyst, Acme Health, Nashville, TN, 2019 - 2022",
    ],
)
def test_a_resume_line_without_a_need(line: str) -> None:
    assert _resume_status(f"Dana Grey\n{line}\n") is None


POSTING = """Machine Learning Engineer

Requirements
- 3+ years of Python and PyTorch
- Experience with SQL

{stance}
"""
RESUME = """Dana Grey
dana@example.com
{need}

Experience
Machine Learning Engineer, Acme Corp, Jan 2019 - Present
- Built models in Python, PyTorch and SQL
"""
NO_SPONSOR = "We are unable to sponsor visas for this role."
NEEDS = "Requires H-1B sponsorship"


def _report(profile_of: ProfileOf, options: Options, need: str, stance: str) -> Report:
    return compare(
        profile_of(RESUME.format(need=need), doc_type="resume", name="resume.txt"),
        profile_of(POSTING.format(stance=stance), doc_type="posting", name="jd.txt"),
        options,
    )


def test_a_conflict_is_noted_and_suggested_but_not_scored(
    profile_of: ProfileOf, options: Options
) -> None:
    conflict = _report(profile_of, options, NEEDS, NO_SPONSOR)
    silent = _report(profile_of, options, "", "")
    assert conflict.score == silent.score
    assert conflict.components == silent.components
    fit = conflict.work_authorization
    assert fit is not None and fit.conflict is not None
    assert "sponsors no visas" in fit.conflict and "H-1B" in fit.conflict
    assert fit.conflict.endswith("Check before applying.")
    assert conflict.suggestions[0].kind == "work-authorization"
    assert conflict.suggestions[0].message == fit.conflict
    assert silent.work_authorization is None


@pytest.mark.parametrize(
    ("need", "stance", "conflict"),
    [
        (NEEDS, NO_SPONSOR, True),
        ("F-1 OPT (STEM OPT through 2027)", NO_SPONSOR, True),
        ("Green card holder", "US citizenship required.", True),
        ("Visa status: H-1B", "US citizens and green card holders only.", True),
        ("Canadian citizen", "Must be a U.S. citizen.", True),
        ("US citizen", "US citizenship required.", False),
        ("US/Canadian dual citizen", "Must be a U.S. citizen.", False),
        ("Green card holder", "US citizens and green card holders only.", False),
        ("Authorized to work in the US; no sponsorship needed", NO_SPONSOR, False),
        (NEEDS, "We sponsor H-1B visas.", False),
        (NEEDS, "", False),  # the posting says nothing: nothing to check
        ("", NO_SPONSOR, False),  # the resume says nothing: unknown, no warning
    ],
)
def test_which_pairs_conflict(
    profile_of: ProfileOf, options: Options, need: str, stance: str, conflict: bool
) -> None:
    report = _report(profile_of, options, need, stance)
    found = report.work_authorization.conflict if report.work_authorization else None
    assert (found is not None) == conflict
    kinds = [s.kind for s in report.suggestions]
    assert ("work-authorization" in kinds) == conflict


def test_every_format_says_it_near_the_top(profile_of: ProfileOf, options: Options) -> None:
    report = _report(profile_of, options, NEEDS, NO_SPONSOR)
    for render in (terminal.render_report, markdown.render_report, html.render_report):
        shown = render(report)
        note = shown.find("sponsors no visas")
        assert -1 < note < shown.find("Matched"), render.__module__
    data = json.loads(json_format.render_report(report))
    assert data["work_authorization"]["posting"]["status"] == "no-sponsorship"
    assert data["work_authorization"]["resume"]["status"] == "needs-sponsorship"
    assert data["work_authorization"]["conflict"].startswith("The posting sponsors no visas")


def test_each_side_is_shown_when_stated(profile_of: ProfileOf, options: Options) -> None:
    report = _report(profile_of, options, "US citizen", "Visa sponsorship is available.")
    shown = markdown.render_report(report)
    assert "| work authorization | sponsors visas | US citizen |" in shown
    assert "sponsors no visas" not in shown


def test_document_text_in_the_note_is_escaped(profile_of: ProfileOf, options: Options) -> None:
    report = _report(profile_of, options, "Requires H-1B sponsorship [blink] & more", NO_SPONSOR)
    assert "sponsorship [blink] &amp; more" in html.render_report(report)
    assert "sponsorship [blink] & more" in terminal.render_report(report)


def test_extract_json_carries_each_documents_side(profile_of: ProfileOf) -> None:
    posting = profile_of(POSTING.format(stance=NO_SPONSOR), doc_type="posting")
    resume = profile_of(RESUME.format(need=NEEDS), doc_type="resume")
    assert json_format.profile_object(posting)["work_authorization"]["status"] == "no-sponsorship"
    assert json_format.profile_object(resume)["work_authorization"]["text"] == NEEDS
    plain = profile_of(RESUME.format(need=""), doc_type="resume")
    assert json_format.profile_object(plain)["work_authorization"] is None


def test_a_batch_row_carries_the_conflict(profile_of: ProfileOf, options: Options) -> None:
    row = pair_row(_report(profile_of, options, NEEDS, NO_SPONSOR))
    assert row["work_authorization_conflict"].startswith("The posting sponsors no visas")
    quiet = pair_row(_report(profile_of, options, "", NO_SPONSOR))
    assert quiet["work_authorization_conflict"] is None


def test_the_schemas_describe_the_new_fields() -> None:
    report = Report.model_json_schema(mode="serialization")
    assert "work_authorization" in report["properties"]
    fit = report["$defs"]["WorkAuthorizationFit"]["properties"]
    assert {"posting", "resume", "conflict"} <= set(fit)
    kinds = report["$defs"]["Suggestion"]["properties"]["kind"]["description"]
    assert "work-authorization" in kinds
    profile = Profile.model_json_schema(mode="serialization")
    assert "work_authorization" in profile["properties"]
    assert "work_authorization_conflict" in BatchRow.model_json_schema()["properties"]


def test_a_long_line_is_quoted_by_the_clause_that_states_it() -> None:
    line = "Dana Grey | Austin | dana@example.com | Green card holder | open to relocation"
    found = resume_need(line + "\n")
    assert found is not None and found.text == "Green card holder"
    posting = posting_stance("Acme builds tools for banks. We are unable to sponsor visas.\n")
    assert posting is not None and posting.text == "We are unable to sponsor visas."


def test_a_labelled_line_is_quoted_by_the_words_that_state_the_need() -> None:
    need = resume_need("Work authorization: F-1 OPT; will require H-1B sponsorship\n")
    assert need is not None
    assert (need.status, need.detail) == ("needs-sponsorship", "H-1B")
    assert need.text == "will require H-1B sponsorship"


# --- a review of the rules: false warnings and missed stances -----------------------------


@pytest.mark.parametrize(
    ("line", "status"),
    [
        # a visa the resume says it does not need is no need
        ("No visa required", "authorized"),
        ("No visa needed (US citizen)", "authorized"),
        ("I do not require a visa to work in the US.", "authorized"),
        ("Does not need a visa", "authorized"),
        # near misses: a visa still needed
        ("Will need a visa to work in the UK", "needs-sponsorship"),
        ("UK Skilled Worker visa required", "needs-sponsorship"),
        # a nationality stated under its label
        ("Nationality: Indian", "citizen"),
    ],
)
def test_a_resume_line_read_by_review(line: str, status: str) -> None:
    assert _resume_status(f"Dana Grey\ndana@example.com\n{line}\n\nExperience\n") == status


@pytest.mark.parametrize(
    "line",
    [
        # other people's citizenship or residence, in the work described
        "Built a chatbot helping Indian citizens access government services",
        "Aadhaar-based KYC for 100M Indian citizens",
        "Served citizens of India through a digital locker platform",
        "Built an ETL for permanent resident records at the immigration agency",
        "Analytics on green card holder data for the agency",
        # a visitor visa names no work status, and a passport none at all
        "Visa: B1/B2 (valid till 2029)",
        "Passport: Valid",
    ],
)
def test_a_resume_line_read_by_review_without_a_need(line: str) -> None:
    assert _resume_status(f"Dana Grey\n{line}\n") is None


@pytest.mark.parametrize(
    ("line", "status"),
    [
        # refusals worded in other ways
        ("We are unable to sponsor or transfer visas.", "no-sponsorship"),
        ("We will not sponsor or transfer H-1B visas.", "no-sponsorship"),
        (
            "Unable to sponsor or take over sponsorship of an employment visa now or later.",
            "no-sponsorship",
        ),
        ("We sponsor visas for most roles, but not this one.", "no-sponsorship"),
        ("Regardless of location, we cannot sponsor visas.", "no-sponsorship"),
        ("Citizenship: US Citizen required", "citizens-only"),
        ("Must be able to pass a background check and be a U.S. citizen.", "citizens-only"),
        ("Candidates must be US citizens because of the protected data involved.", "citizens-only"),
        # a posting that sponsors, whatever else it says of sponsorship
        ("Whether or not you require sponsorship, we encourage you to apply.", None),
        (
            "Not sure whether you need visa sponsorship? Apply anyway: we sponsor H-1B visas.",
            "sponsors",
        ),
        ("The need for visa sponsorship will not be considered in hiring decisions.", None),
        (
            "US citizens and permanent residents, as well as candidates who need sponsorship, "
            "are welcome.",
            None,
        ),
        ("We hire citizens and permanent residents, and sponsor visas for everyone else.", None),
        # near misses: still refusals or restrictions
        (
            "Candidates requiring sponsorship will not be considered for this role.",
            "no-sponsorship",
        ),
        ("Only US citizens and permanent residents will be considered.", "citizens-or-residents"),
        ("We do not discriminate on the basis of citizenship or national origin.", None),
        ("We are an E-Verify employer.", None),
    ],
)
def test_a_posting_line_read_by_review(line: str, status: str | None) -> None:
    assert _posting_status(f"Data Scientist\n\nAbout the job\n{line}\n") == status


def test_a_quote_ends_without_its_clause_break() -> None:
    found = resume_need("Currently on H1B; will need a transfer\n")
    assert found is not None and found.text == "Currently on H1B"


INDIAN_RESUME = """Priya Raman
priya@example.com | Bangalore
Nationality: Indian
Passport: Valid
Visa: B1/B2 (valid till 2029)

Experience
Machine Learning Engineer, Acme Corp, Jan 2019 - Present
- Built a chatbot helping Indian citizens access services, in Python and PyTorch
"""
CITIZEN_RESUME = """Dana Grey
dana@example.com | US citizen

Experience
Data Engineer, State Agency, Jan 2019 - Present
- Built an ETL for permanent resident records in Python and SQL
- Served Indian citizens abroad with a PyTorch document classifier
"""
SPONSORING = "Whether or not you require sponsorship, apply: we sponsor H-1B visas."


@pytest.mark.parametrize(
    ("resume", "stance", "conflict"),
    [
        (CITIZEN_RESUME, "Must be a U.S. citizen.", False),
        (RESUME.format(need="No visa required"), NO_SPONSOR, False),
        (RESUME.format(need=NEEDS), SPONSORING, False),
        (INDIAN_RESUME, "Must be a U.S. citizen.", True),  # the nationality stated
        (INDIAN_RESUME, NO_SPONSOR, False),  # a visitor visa: the need is not stated
    ],
)
def test_which_whole_documents_conflict(
    profile_of: ProfileOf, options: Options, resume: str, stance: str, conflict: bool
) -> None:
    report = compare(
        profile_of(resume, doc_type="resume", name="resume.txt"),
        profile_of(POSTING.format(stance=stance), doc_type="posting", name="jd.txt"),
        options,
    )
    found = report.work_authorization.conflict if report.work_authorization else None
    assert (found is not None) == conflict, found


def test_hostile_long_lines_are_read_in_linear_time() -> None:
    posting_stance("warm up: we do not sponsor visas")
    lines = [
        "We do not sponsor. " * 1600,  # the same stance on every sentence
        "OPT " * 7500,
        "US citizen " * 2800,
        "not sponsor sponsorship visa H-1B citizens and green card " * 520,
    ]
    started = time.process_time()
    for line in lines:
        posting_stance(line + "\n")
        resume_need(line + "\n")
    assert time.process_time() - started < 0.6


def test_extracts_terminal_panel_shows_each_documents_side(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "Dana Grey\nRequires H-1B sponsorship\n\nExperience\nData Analyst, Acme (2021 - 2024)\n"
        "- Built SQL reports\n",
        encoding="utf-8",
    )
    posting = tmp_path / "jd.txt"
    posting.write_text(
        "Data Analyst\n\nRequirements\n- SQL\n\nWe are unable to sponsor visas.\n", encoding="utf-8"
    )
    shown_resume = invoke("extract", resume, "--as", "resume").stdout
    shown_posting = invoke("extract", posting, "--as", "posting").stdout
    assert "work authorization: needs H-1B sponsorship" in shown_resume
    assert "work authorization: sponsors no visas" in shown_posting


@pytest.mark.parametrize(
    ("line", "status"),
    [
        # a welcome to transfers, and a plain "we sponsor", are stances
        ("H-1B transfer welcome.", "sponsors"),
        ("H1B transfers are welcome for this role", "sponsors"),
        ("Visa transfers accepted.", "sponsors"),
        ("We welcome H-1B transfers.", "sponsors"),
        ("We accept H1B transfers for this role", "sponsors"),
        ("Open to H1B transfers", "sponsors"),
        ("We do not accept H-1B transfers.", "no-sponsorship"),
        ("H1B transfers not accepted.", "no-sponsorship"),
        ("Visa transfers are not considered for this role", "no-sponsorship"),
        # who needs no sponsorship is no refusal of it
        ("No sponsorship required for EU citizens; we sponsor others.", "sponsors"),
        ("No visa sponsorship is needed for UK nationals", None),
        ("No sponsorship required.", "no-sponsorship"),
        ("Unable to consider visa transfers at this time", "no-sponsorship"),
        ("Do we sponsor? Yes. We sponsor.", "sponsors"),
        ("We do sponsor!", "sponsors"),
        # encouraged is not required: nobody is turned away
        ("US Citizens and Green Card holders are encouraged to apply.", None),
        # near misses that keep their reading
        ("No H-1B transfers welcome.", "no-sponsorship"),
        (
            "Only US citizens and green card holders are encouraged to apply.",
            "citizens-or-residents",
        ),
        ("We sponsor local meetups.", None),
        ("We sponsor", None),  # a line cut short says nothing of visas
        ("Speak at the conferences we sponsor.", None),
    ],
)
def test_a_posting_line_read_in_the_sixth_session(line: str, status: str | None) -> None:
    assert _posting_status(f"Data Scientist\n\nAbout the job\n{line}\n") == status


@pytest.mark.parametrize(
    ("line", "status", "detail"),
    [
        # a work permit while the green card is pending: no sponsorship needed
        ("Green card (EAD)", "authorized", None),
        ("GC-EAD, no sponsorship needed", "authorized", None),
        ("Work authorization: GC EAD", "authorized", None),
        # a status under a bare "Status:" label, when it names one
        ("Status: H-1B", "visa", "H-1B"),
        ("Status: F-1 OPT", "visa", "F-1 OPT"),
        ("Status: Green Card holder", "permanent-resident", None),
        ("Status: US Citizen", "citizen", "US"),
    ],
)
def test_a_resume_line_read_in_the_sixth_session(
    line: str, status: str, detail: str | None
) -> None:
    found = resume_need(f"Dana Grey\ndana@example.com\n{line}\n\nExperience\n")
    assert found is not None and found.status == status
    assert found.detail == detail


@pytest.mark.parametrize(
    "line",
    [
        # a bare "Status:" of anything else states no need
        "Status: Open to work",
        "Status: Eligible for rehire",
        "Status: Completed (2021)",
    ],
)
def test_a_bare_status_label_of_something_else_states_no_need(line: str) -> None:
    assert _resume_status(f"Dana Grey\n{line}\n") is None


def test_a_sentence_we_sponsor_is_found_in_linear_time() -> None:
    """Marks without words before "we sponsor" are scanned once, not once per mark."""
    posting_stance("warm up: we sponsor.")
    started = time.process_time()
    found = _posting_status(". " * 20_000 + "we sponsor local meetups.\n")
    assert time.process_time() - started < 0.5
    assert found is None


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("Nationality: Brazilian", "Brazil"),
        ("Dutch citizen", "Netherlands"),
        ("Citizen of Japan", "Japan"),
        ("South African citizen", "South Africa"),
        ("Citizenship: Filipino", "Philippines"),
        ("Nationality: Turkish", "Turkey"),
    ],
)
def test_more_nationalities_name_their_country(line: str, detail: str) -> None:
    found = resume_need(f"Dana Grey\ndana@example.com\n{line}\n\nExperience\n")
    assert found is not None and (found.status, found.detail) == ("citizen", detail)


@pytest.mark.parametrize(
    "line",
    [
        # places and words of other senses are not nations here
        "Georgia citizen journalism award, 2019",
        "Built a chatbot for Spanish-speaking citizens of Texas",
    ],
)
def test_words_of_other_senses_name_no_nation(line: str) -> None:
    found = resume_need(f"Dana Grey\n{line}\n")
    assert found is None or found.detail is None


def test_a_nationality_outside_the_one_asked_is_a_conflict_worded_as_people_say_it(
    profile_of: ProfileOf, options: Options
) -> None:
    report = _report(profile_of, options, "Nationality: Brazilian", "Must be a U.S. citizen.")
    fit = report.work_authorization
    assert fit is not None and fit.conflict is not None
    assert "Nationality: Brazilian" in fit.conflict
