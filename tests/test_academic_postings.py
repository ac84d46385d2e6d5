"""Academic postings and CVs: a funded PhD studentship, a UK postdoc's person specification,
a faculty call, and the CVs that answer them. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.formats.common import degree_asked
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


STUDENTSHIP = """Funded PhD Studentship: Graph Learning for Power Grids

We offer a fully funded PhD studentship in the School of Engineering, starting in October.

Eligibility
Applicants should hold, or expect to obtain, {ask}
(or the international equivalent) in Electrical Engineering or Computer Science.
A Master's degree is desirable.
- Programming experience in Python
"""


@pytest.mark.parametrize(
    "ask",
    [
        "a first or upper second class degree",
        "a first-class or 2:1 honours degree",
        "a good honours degree",
    ],
)
def test_a_phd_studentship_asks_for_a_first_degree(profile_of: ProfileOf, ask: str) -> None:
    posting = profile_of(STUDENTSHIP.format(ask=ask), doc_type="posting").posting
    assert posting is not None
    assert (posting.degree_required, posting.degree_preferred) == ("bachelor", "master")


@pytest.mark.parametrize(
    "line",
    [
        "Fully funded PhD studentship in probabilistic machine learning",
        "The PhD scholarship covers fees and a stipend for 3.5 years.",
        "Two PhD positions in robot learning are available.",
    ],
)
def test_the_phd_on_offer_is_not_a_degree_asked(profile_of: ProfileOf, line: str) -> None:
    text = f"{line}\n\nRequirements\n- Strong mathematics\n- Python\n"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.degree_required is None


def test_a_phd_asked_beside_a_fellowship_is_still_asked(profile_of: ProfileOf) -> None:
    text = (
        "Research Fellowship in Machine Learning\n\nEssential criteria\n"
        "- A PhD in Computer Science or a related field\n- Python\n"
    )
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.degree_required == "phd"


# A UK person specification: each row ends in the stage that assesses it (A = application,
# I = interview), or in its Essential/Desirable mark, set apart by spaces or tabs.
PERSON_SPEC = """Research Associate in Machine Learning

Person specification

Criteria{gap}Assessed
A PhD in Machine Learning or a related area{gap}A
Experience of training deep neural networks in PyTorch{gap}A/I
Experience of supervising students{gap}I
Familiarity with Zorblex{gap}A, I

A = application form, I = interview
"""


@pytest.mark.parametrize("gap", ["        ", "\t"])
def test_a_rows_assessment_stage_is_no_term(profile_of: ProfileOf, gap: str) -> None:
    posting = profile_of(PERSON_SPEC.format(gap=gap), doc_type="posting")
    terms = {req.jd_text for req in posting.requirements if not req.known}
    assert "Zorblex" in terms
    assert not [t for t in terms if "Assessed" in t or "A/I" in t or t.endswith((" I", "\tI"))]


MARKED_ROWS = """Research Fellow in Speech Processing

Person Specification

Criteria{gap}Essential/Desirable{gap}Assessed by
Experience with Kaldi or ESPnet{gap}Essential{gap}Application
Proficiency in Python{gap}Essential{gap}Application/Interview
Papers at Interspeech or ICASSP{gap}Desirable{gap}Interview

Skill{gap}E/D
Docker{gap}D
Zorblex{gap}E
"""


@pytest.mark.parametrize("gap", ["     ", "\t"])
def test_a_rows_essential_or_desirable_mark_says_how_much_it_is_asked(
    profile_of: ProfileOf, gap: str
) -> None:
    posting = profile_of(MARKED_ROWS.format(gap=gap), doc_type="posting")
    asked = {req.jd_text: req.importance for req in posting.requirements}
    assert asked["Python"] == "required"
    assert asked["Docker"] == "preferred"
    assert asked["Zorblex"] == "required"
    terms = {req.jd_text for req in posting.requirements if not req.known}
    assert not {t for t in terms if any(w in t for w in ("Essential", "Desirable", "Interview"))}
    assert not terms & {"Criteria", "Skill", "E/D", "Application"}


@pytest.mark.parametrize(
    "line",
    [
        "2018-2020  Teaching assistant, Natural Language Processing (MSc), University of Kelso",
        "Sep 2021 - Jun 2022  Tutor, Statistical Inference (MSc level)",
        "Module leader, Computer Vision (MSc), 2024 - present",
        "Course convenor, Reinforcement Learning (PhD), 2023 - present",
        "PhD supervision",
        "MSc supervision: 6 students (2023 - 2025)",
    ],
)
def test_teaching_and_supervision_name_no_degree_of_the_writer(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Education\nBSc Computer Science, University of Kelso, 2016\n\nTeaching\n{line}\n"
    degrees = profile_of(text, doc_type="resume").education.degrees
    assert [(d.level, d.in_progress) for d in degrees] == [("bachelor", False)]


@pytest.mark.parametrize(
    "line",
    [
        "PhD in Statistics, University of Kelso, 2020 (supervision: Prof. A. Moyo)",
        "PhD supervision by Prof. A. Moyo, University of Kelso, 2016 - 2020",
    ],
)
def test_the_writers_own_supervised_phd_is_held(profile_of: ProfileOf, line: str) -> None:
    text = f"Education\n{line}\nBSc Computer Science, University of Kelso, 2016\n"
    assert profile_of(text, doc_type="resume").education.highest == "phd"


FACULTY_CALL = """Assistant Professor of Computer Science (Machine Learning)

Minimum qualifications
- PhD in Computer Science or a closely related discipline by the start date
- Demonstrated record of research in machine learning
- Potential for excellence in undergraduate and graduate teaching
- Evidence of potential to attract external funding

Preferred qualifications
- Publications in deep learning or reinforcement learning
- A strong publication record

The University is committed to equality, diversity and inclusion.
We hold an Athena SWAN Silver award and are a Disability Confident employer.
"""


def test_a_faculty_call_asks_research_and_papers_not_vague_words(profile_of: ProfileOf) -> None:
    posting = profile_of(FACULTY_CALL, doc_type="posting")
    asked = {req.id: req.importance for req in posting.requirements}
    assert asked["scientific-research"] == "required"
    assert asked["publications"] == "preferred"
    terms = {req.jd_text for req in posting.requirements if not req.known}
    assert terms == set()


def test_the_catch_all_of_a_degrees_fields_is_no_term(profile_of: ProfileOf) -> None:
    text = (
        "PhD Studentship\n\nEligibility\nApplicants should hold a first class degree\n"
        "(or equivalent) in Physics, Chemistry or a closely related discipline.\n- Python\n"
    )
    terms = {req.jd_text for req in profile_of(text, doc_type="posting").requirements}
    assert "related discipline" not in terms


POSTDOC_CALL = """Postdoctoral Research Associate in Machine Learning

Essential criteria
- {ask} in Computer Science or a related area
- Experience with PyTorch
"""

FINISHING_PHD = """Education
PhD in Computer Science, University of Kelso, 2022 - present (expected June 2027)
BSc Computer Science, University of Kelso, 2018 - 2022

Research experience
Research Assistant, University of Kelso, Sep 2022 - Present
- Trained segmentation models in PyTorch.
"""


@pytest.mark.parametrize(
    ("ask", "words"),
    [
        ("A PhD (or near completion)", "or near completion"),
        ("A PhD, or be close to completing one,", "or be close to completing"),
        ("A PhD awarded by the start date", "by the start date"),
    ],
)
def test_a_posting_that_takes_a_degree_about_to_be_held(
    profile_of: ProfileOf, options: Options, ask: str, words: str
) -> None:
    posting = profile_of(POSTDOC_CALL.format(ask=ask), doc_type="posting")
    assert posting.posting is not None
    assert posting.posting.degree_expected == words
    report = compare(profile_of(FINISHING_PHD, doc_type="resume"), posting, options)
    [education] = [c for c in report.components if c.name == "education"]
    assert education.value == 1.0


def test_a_posting_that_asks_a_degree_held_gives_a_student_half(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(POSTDOC_CALL.format(ask="A PhD"), doc_type="posting")
    assert posting.posting is not None and posting.posting.degree_expected is None
    report = compare(profile_of(FINISHING_PHD, doc_type="resume"), posting, options)
    [education] = [c for c in report.components if c.name == "education"]
    assert education.value == 0.5


def test_a_studentship_takes_a_first_degree_expected(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(STUDENTSHIP.format(ask="a first class degree"), doc_type="posting")
    assert posting.posting is not None
    assert posting.posting.degree_expected == "or expect to obtain"
    finalist = "Education\nBSc Physics, University of Kelso, 2023 - present (expected June 2027)\n"
    report = compare(profile_of(finalist, doc_type="resume"), posting, options)
    [education] = [c for c in report.components if c.name == "education"]
    assert education.value == 1.0


def test_the_report_says_the_posting_takes_a_degree_about_to_be_held(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(POSTDOC_CALL.format(ask="A PhD (or near completion)"), "posting")
    report = compare(profile_of(FINISHING_PHD, doc_type="resume"), posting, options)
    [education] = [c for c in report.components if c.name == "education"]
    assert (
        education.detail
        == "asks for phd (or near completion), resume shows bachelor (phd in progress)"
    )
    assert report.education["degree_expected"] == "or near completion"
    assert degree_asked(report.education) == "phd (or near completion)"


NEW_DOCTOR = """Education
PhD in Computer Science, University of Kelso, Sep 2020 - Jun 2025
BSc Computer Science, University of Kelso, 2016 - 2020

Research experience
Research Intern, Quuxlab, Jun 2024 - Sep 2024
- Pretrained vision-language models in PyTorch.
Research Intern, Zorblex AI, Jun 2023 - Sep 2023
- Trained reward models in JAX.

Publications
A. Okoro, R. Moyo. Scaling laws for image-text pretraining. NeurIPS 2024.
"""


def test_a_doctor_with_only_internships_is_no_intern(profile_of: ProfileOf) -> None:
    experience = profile_of(NEW_DOCTOR, doc_type="resume").experience
    assert (experience.level, experience.all_work_level) == ("entry", "entry")
    assert experience.level_evidence[-1] == "a doctorate held"


def test_a_new_doctor_fits_a_postdoc(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(POSTDOC_CALL.format(ask="A PhD"), doc_type="posting")
    report = compare(profile_of(NEW_DOCTOR, doc_type="resume"), posting, options)
    [experience] = [c for c in report.components if c.name == "experience"]
    assert experience.value == 1.0


ACADEMIC_HEADINGS_CV = """Dr Lena Petrov

Research Experience
Research Scientist, Quuxlab, Jan 2023 - Present
- Trained diffusion models in PyTorch.
Postdoctoral Researcher, University of Kelso, Oct 2021 - Dec 2022

{papers}
L. Petrov, K. Ng. Diffusion priors for inverse problems. NeurIPS 2023.
L. Petrov. Score matching at scale. ICML 2022.

{talks}
Diffusion for science, Kelso ML Seminar series, 2019 - 2020

{review}
Reviewer for NeurIPS, ICML and ICLR, 2014 - 2024

Education
PhD in Statistics, University of Kelso, 2017 - 2021
"""


@pytest.mark.parametrize(
    ("papers", "talks", "review"),
    [
        ("Peer-Reviewed Publications", "Invited Talks and Seminars", "Peer Review"),
        ("Refereed Conference Papers", "Conference Presentations", "Editorial and Reviewing"),
        ("Preprints", "Seminars", "Reviewing Activities"),
    ],
)
def test_an_academic_cvs_papers_talks_and_reviewing_are_no_jobs(
    profile_of: ProfileOf, papers: str, talks: str, review: str
) -> None:
    text = ACADEMIC_HEADINGS_CV.format(papers=papers, talks=talks, review=review)
    resume = profile_of(text, doc_type="resume")
    assert [r.text for r in resume.experience.ranges if r.section == "experience"] == [
        "Jan 2023 - Present",
        "Oct 2021 - Dec 2022",
    ]
    assert resume.experience.years == 5.2
    assert resume.signals is not None and resume.signals.publications == 2
