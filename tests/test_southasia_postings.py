"""Job postings from India, Pakistan and Bangladesh as their job boards set them: Naukri's
"Roles and Responsibilities", BDJobs' "Educational Requirements", "Experience Requirements"
and "Compensation & Other Benefits", Rozee's block of job details ("Total Positions: 2 Posts",
"Job Shift: First Shift (Day)"), an age asked ("Age 25 to 35 years") and an experience range
in "Yrs"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

from .posting_helpers import listed, posting_info
from .timing import fastest


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Roles and Responsibilities", "responsibilities"),
        ("Roles & Responsibilities:", "responsibilities"),
        ("Preferred candidate profile", "requirements"),
        ("Required Candidate Profile", "requirements"),
        ("Educational Requirements", "requirements"),
        ("Experience Requirements", "requirements"),
        ("Additional Requirements", "requirements"),
        ("Job Context", "about"),
        ("About Company", "company"),
        ("Employment Status", "benefits"),
        ("Workplace", "benefits"),
        ("Job Location", "benefits"),
        ("Compensation & Other Benefits", "benefits"),
        ("Read Before Apply", "benefits"),
    ],
)
def test_a_south_asian_job_boards_heading_names_its_section(heading: str, name: str) -> None:
    assert heading_name(heading) == name


def _unknown_terms(profile: Profile) -> list[str]:
    return [r.jd_text for r in profile.requirements if not r.known]


_BDJOBS = (
    "Machine Learning Engineer\nVacancy: 02\n\nJob Context\nWe build software in Dhaka.\n\n"
    "Job Responsibilities\n- Train deep learning models for Bangla NLP.\n\n"
    "Employment Status\nFull-time\n\nWorkplace\nWork at office\n\n"
    "Educational Requirements\nBachelor of Science (BSc) in Computer Science & Engineering\n"
    "Skills Required: Python, PyTorch, Docker\n\n"
    "Experience Requirements\nAt least 3 years\nThe applicants should have experience in the "
    "following business area(s): IT Enabled Service, Software Company\n\n"
    "Additional Requirements\nAge 25 to 35 years\nExperience with Kubernetes is a plus.\n\n"
    "Job Location\nDhaka (Banani)\n\nCompensation & Other Benefits\n"
    "Mobile bill, Festival Bonus: 2, Lunch Facilities: Partially Subsidize\n"
)


def test_a_bdjobs_posting_asks_its_years_degree_and_skills(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(_BDJOBS, "posting")
    info = posting.posting
    assert info is not None
    assert (info.years_required, info.degree_required) == (3.0, "bachelor")
    importance = {r.id: r.importance for r in posting.requirements}
    assert importance["python"] == importance["pytorch"] == "required"
    assert importance["kubernetes"] == "preferred"
    assert _unknown_terms(posting) == []  # no "Age", "Software Company"


def test_a_rozee_postings_job_details_ask_nothing(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Data Scientist\n\nRequirements:\n- Strong SQL skills.\n\nJob Details\n"
        "Industry: Information Technology\nTotal Positions: 2 Posts\n"
        "Job Shift: First Shift (Day)\nJob Location: Lahore, Pakistan\nGender: No Preference\n"
        "Minimum Education: Bachelors\nCareer Level: Experienced Professional\n"
        "Minimum Experience: 2 Years\nApply Before: Dec 15, 2026\nNo. of Vacancies: 3\n"
        "Last Date to Apply: 30 Dec 2026\n",
        "posting",
    )
    assert _unknown_terms(posting) == []
    assert posting.posting is not None and posting.posting.years_required == 2.0


@pytest.mark.parametrize(
    "item", ["Age 25 to 35 years", "Age limit: maximum 30 years", "Maximum age 32 years"]
)
def test_an_age_asked_is_no_term_with_years(profile_of: Callable[..., Profile], item: str) -> None:
    posting = profile_of(listed("Python", item), "posting")
    assert [r.id for r in posting.requirements] == ["python"]
    assert posting.posting is not None and posting.posting.years_required is None


def test_years_written_yrs_are_no_term(profile_of: Callable[..., Profile]) -> None:
    text = listed("Experience: 2-5 Yrs", "Python", "Qualification: B.E/B.Tech/MCA")
    assert posting_info(profile_of, text).years_required == 2.0
    assert _unknown_terms(profile_of(text, "posting")) == []


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Experience with Gender Analytics Toolkit", "Gender Analytics Toolkit"),
        ("Apache AGE graph database experience", "Apache AGE"),
        ("Familiarity with Zorblex in the shift planning area", "Zorblex"),
    ],
)
def test_terms_near_the_words_of_job_details_stay(
    profile_of: Callable[..., Profile], item: str, term: str
) -> None:
    assert term in _unknown_terms(profile_of(listed("Python", item), "posting"))


@pytest.mark.parametrize(
    "item",
    [
        "Candidates from Tier-1 colleges preferred.",
        "B.Tech from Tier 1 institutes only.",
        "Candidates should be comfortable with 6 days working (Mon-Sat).",
        "Immediate joiners or 15 days notice only.",
        "Should have a valid PAN card and Aadhaar.",
        "Only male candidates.",
        "Night shift (US process).",
        "Rotational shifts",
    ],
)
def test_an_indian_postings_terms_of_work_ask_nothing(
    profile_of: Callable[..., Profile], item: str
) -> None:
    posting = profile_of(listed("Python", item), "posting")
    assert _unknown_terms(posting) == []


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Experience with Tier 1 support tickets in Zorblex", "Tier 1"),
        ("Experience with the Shift Planner tool", "Shift Planner"),
        ("Experience with Panorama PAN management for Zorblex", "Zorblex"),
    ],
)
def test_tiers_and_shifts_that_name_a_thing_stay(
    profile_of: Callable[..., Profile], item: str, term: str
) -> None:
    assert term in _unknown_terms(profile_of(listed("Python", item), "posting"))


def test_a_merojob_postings_specifications_ask_and_its_category_does_not(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "Machine Learning Engineer\n\nJob Category: IT & Telecommunication\n"
        "Job Level: Mid Level\nNo. of Vacancy/s: [ 2 ]\n\nJob Specification\n"
        "Education Level: Bachelor\nExperience Required: More than or equal to 2 years\n"
        "Professional Skill Required: Python, TensorFlow\n\nOther Specification\n"
        "- Strong knowledge of computer vision.\n- Experience with ONNX is a plus.\n",
        "posting",
    )
    asked = {r.id: r.importance for r in posting.requirements}
    assert asked == {
        "python": "required",
        "tensorflow": "required",
        "computer-vision": "required",
        "onnx": "preferred",
    }
    assert posting.posting is not None and posting.posting.years_required == 2.0


@pytest.mark.parametrize(
    ("head", "dense", "sparse", "kind"),
    [
        (
            "Data Scientist\n\nRequirements\n- Python\n- ",
            "Age 25 Tier-1 colleges PAN card Mon-Sat business area(s): Zorblex ",
            "Bge 25 Tier-x collage PAM cord Mun-Sut busyness arena(s): Zorblex ",
            "posting",
        ),
        ("Ravi\n\nEducation\n", "G.C.E. A/L, +2 Science, ", "B.Sc. Eng, B.Sc. Scien, ", "resume"),
    ],
)
def test_a_long_line_dense_with_south_asian_details_is_read_in_linear_time(
    profile_of: Callable[..., Profile], head: str, dense: str, sparse: str, kind: str
) -> None:
    """A line packed with ages, tiers, papers, business areas or school certificates reads
    about as fast as one of the same length with lookalike words (or other degrees)."""
    assert len(dense) == len(sparse)
    texts = [f"{head}{line * 150}\n" for line in (dense, sparse)]
    profile_of(texts[1], kind)  # warm up
    dense_time = fastest(lambda: profile_of(texts[0], kind))
    sparse_time = fastest(lambda: profile_of(texts[1], kind))
    assert dense_time < 2 * sparse_time + 0.05, (dense_time, sparse_time)


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Kafka will be given preference",
        "Candidates with Kafka knowledge will get preference.",
        "Preference will be given to those with Kafka experience.",
    ],
)
def test_a_skill_given_preference_is_preferred(
    profile_of: Callable[..., Profile], item: str
) -> None:
    asked = {r.id: r.importance for r in profile_of(listed("Python", item), "posting").requirements}
    assert asked == {"python": "required", "kafka": "preferred"}


def test_a_masters_given_preference_is_a_preferred_degree(
    profile_of: Callable[..., Profile],
) -> None:
    text = listed("BSc in Computer Science", "MSc in CSE will be given preference")
    info = posting_info(profile_of, text)
    assert (info.degree_required, info.degree_preferred) == ("bachelor", "master")


def test_preferences_given_by_users_are_no_preference(profile_of: Callable[..., Profile]) -> None:
    text = listed("Python", "Experience with Kafka streams of preferences given by users")
    asked = {r.id: r.importance for r in profile_of(text, "posting").requirements}
    assert asked["kafka"] == "required"
