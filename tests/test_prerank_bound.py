"""--prerank keeps the best K estimates: the estimate must never fall below the exact score,
or a pair that belongs in the top K is dropped unseen. Pairs built from small parts."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlcareer.api import Options, compare
from mlcareer.documents import read_document
from mlcareer.extract import DocType, extract_profile
from mlcareer.models import Profile
from mlcareer.scoring import Weights

from .conftest import AS_OF

pytest.importorskip("scipy")
from mlcareer.prerank import block_scores, posting_matrix

ROUNDING = 0.1  # the exact score is rounded to 0.1 from weights rounded to 0.01
BASE = Options(as_of=AS_OF)

TITLES = ["Data Scientist", "Python Developer", "Data Science Intern", "Senior SQL Engineer"]
DEGREES = [
    "",
    "- Bachelor's degree in Computer Science\n",
    "- Bachelor's degree in Computer Science or equivalent experience\n",
    "- Bachelor's degree in Computer Science or 4+ years of relevant experience\n",
    "- Bachelor's degree or coding bootcamp\n",
    "- Master's degree required\n",
]
PREFERRED_DEGREES = ["", "- Master's degree preferred\n", "- PhD preferred\n"]
YEARS = ["", "- 2+ years of experience\n", "- 6+ years of experience\n"]
SKILLS = ["Python", "SQL", "Docker", "deep learning", "Tableau or Power BI", "Harmonic analysis"]
SHOWN = ["Python", "SQL", "PyTorch", "TensorFlow", "Looker", "harmonic analysis", "Kubernetes"]
JOBS = [
    "",
    "Data Scientist, Acme, Jan 2023 - Present\n",
    "Senior Software Engineer, Initech, Mar 2012 - Present\n",
    "Data Analyst, Globex\n",  # undated
    "Research Assistant, Quux Lab, 2024 - 2025\n",
]
SCHOOLS = [
    "",
    "B.S. in Computer Science, State University, 2019\n",
    "M.S. in Statistics, State University, expected May 2028\n",
    "Data Science Bootcamp, General Assembly, 2021\n",
    "High School Diploma, 2015\n",
]
WEIGHTS = [
    "",
    "education=60",
    "experience=60,required=10",
    "preferred=70",
    "required=0,preferred=0,education=10",
]


def _profile(text: str, doc_type: DocType) -> Profile:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.txt"
        path.write_text(text, encoding="utf-8")
        return extract_profile(read_document(path), BASE.taxonomy, AS_OF, doc_type)


def _posting(draw: st.DrawFn) -> str:
    required = draw(st.lists(st.sampled_from(SKILLS), unique=True, max_size=4))
    preferred = draw(st.lists(st.sampled_from(SKILLS), unique=True, max_size=2))
    lines = "".join(f"- {skill}\n" for skill in required)
    lines += draw(st.sampled_from(DEGREES)) + draw(st.sampled_from(YEARS))
    nice = "".join(f"- {skill}\n" for skill in preferred) + draw(st.sampled_from(PREFERRED_DEGREES))
    title = draw(st.sampled_from(TITLES))
    return f"{title}\n\nRequirements\n{lines}\nNice to have\n{nice}"


def _resume(draw: st.DrawFn) -> str:
    jobs = "".join(draw(st.lists(st.sampled_from(JOBS), unique=True, max_size=2)))
    skills = ", ".join(draw(st.lists(st.sampled_from(SHOWN), unique=True, max_size=4)))
    school = draw(st.sampled_from(SCHOOLS))
    return f"Experience\n{jobs}- Built models\n\nSkills\n{skills}\n\nEducation\n{school}"


@st.composite
def pairs(draw: st.DrawFn) -> tuple[str, str, str]:
    return _resume(draw), _posting(draw), draw(st.sampled_from(WEIGHTS))


@settings(max_examples=150, deadline=None)
@given(pairs())
def test_the_estimate_never_falls_below_the_exact_score(pair: tuple[str, str, str]) -> None:
    resume_text, posting_text, weights = pair
    options = Options(as_of=AS_OF, weights=Weights.parse(weights), _taxonomy=BASE.taxonomy)
    resume, posting = _profile(resume_text, "resume"), _profile(posting_text, "posting")
    estimate = block_scores([resume], posting_matrix([posting], options), options)[0, 0]
    assert estimate >= compare(resume, posting, options).score - ROUNDING


@pytest.mark.parametrize(
    ("resume_text", "posting_text"),
    [
        # a required skill the title names weighs double in the exact score
        (
            "Skills\nPython\n",
            "Python Developer\n\nRequirements\n- Python\n- SQL\n- Docker\n",
        ),
        # years instead of the degree ("or equivalent experience") count in full
        (
            "Experience\nData Analyst, Acme, Jan 2016 - Present\n- SQL\n",
            "Data Analyst\n\nRequirements\n- SQL\n"
            "- Bachelor's degree in Statistics or equivalent experience\n",
        ),
        # a bootcamp in place of the degree
        (
            "Skills\nSQL\n\nEducation\nData Science Bootcamp, General Assembly, 2021\n",
            "Data Analyst\n\nRequirements\n- SQL\n- Bachelor's degree or coding bootcamp\n",
        ),
        # a degree only preferred weighs half the education weight
        (
            "Skills\nSQL\n\nEducation\nM.S. in Statistics, State University, 2019\n",
            "Data Analyst\n\nRequirements\n- SQL\n- Python\n\nNice to have\n"
            "- Master's degree preferred\n",
        ),
        # undated jobs keep half the experience credit
        (
            "Experience\nData Analyst, Acme\n- SQL\n",
            "Data Analyst\n\nRequirements\n- SQL\n- 5+ years of experience\n",
        ),
        # a job title shows its work (implied)
        (
            "Experience\nData Scientist, Acme, Jan 2023 - Present\n- Built models\n",
            "Data Science Intern\n\nRequirements\n- Data science\n",
        ),
    ],
)
def test_each_known_cause_of_a_low_estimate(resume_text: str, posting_text: str) -> None:
    resume, posting = _profile(resume_text, "resume"), _profile(posting_text, "posting")
    estimate = block_scores([resume], posting_matrix([posting], BASE), BASE)[0, 0]
    assert estimate >= compare(resume, posting, BASE).score - ROUNDING


def test_a_level_asked_of_a_resume_of_no_level_leaves_experience_out() -> None:
    """The exact score drops the experience component and scales the others up."""
    resume = _profile("Skills\nSQL, Python\n", "resume")
    unread = resume.experience.model_copy(update={"level": None, "all_work_level": None})
    resume = resume.model_copy(update={"experience": unread})
    posting = _profile("Senior Data Analyst\n\nRequirements\n- SQL\n- Python\n", "posting")
    estimate = block_scores([resume], posting_matrix([posting], BASE), BASE)[0, 0]
    assert estimate == pytest.approx(compare(resume, posting, BASE).score, abs=ROUNDING)


SEVERAL_ROLES = (
    "Acme is hiring for two positions.\n\n"
    "Position 1: Machine Learning Engineer\nRequirements:\n- Python and PyTorch\n- Docker\n\n"
    "Position 2: Data Analyst\nRequirements:\n- SQL and Tableau\n- Microsoft Excel\n\n"
    "Both roles are based in Austin, TX.\n"
)


@pytest.mark.parametrize(
    "resume_text",
    ["Skills\nPython, PyTorch, Docker\n", "Skills\nSQL, Tableau, Excel\n", "Skills\nPython, SQL\n"],
)
def test_a_posting_of_several_roles_is_estimated_at_its_best_role(resume_text: str) -> None:
    """The exact score takes the role the resume fits best: so does the estimate."""
    resume, posting = _profile(resume_text, "resume"), _profile(SEVERAL_ROLES, "posting")
    assert len(posting.roles) == 2
    other = _profile("Data Analyst\n\nRequirements\n- SQL\n", "posting")
    scores = block_scores([resume], posting_matrix([other, posting, other], BASE), BASE)
    assert scores.shape == (1, 3)
    assert scores[0, 1] >= compare(resume, posting, BASE).score - ROUNDING
    assert scores[0, 0] == scores[0, 2]  # the columns after it are still their postings'
