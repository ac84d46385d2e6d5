"""Documents that join several parts in one file: a posting followed by the company's other
openings, a resume with appendices after it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_POSTING = (
    "Machine Learning Engineer\n\nRequirements\n- 3+ years of experience in Python\n"
    "- Experience with PyTorch\n\n"
)


@pytest.mark.parametrize(
    "openings",
    [
        "Other open roles: Senior Data Scientist, Frontend Engineer (React), DevOps (Terraform)\n",
        "Other open positions\n- Frontend Engineer (React)\n- DevOps Engineer (Terraform)\n",
        "We're also hiring:\n- Frontend Engineer (React)\n- DevOps Engineer (Terraform)\n",
        # a careers site's or a board's list of jobs below the posting
        "More jobs at Marigold Retail\n- Frontend Engineer (React)\n- iOS Developer - Swift\n",
        "Related jobs\n\nData Platform Engineer\n\nKafka, Scala\n",
        "Other roles from Acme:\n- DevOps Engineer (Terraform)\n",
        "Jobs you might also like\n- Frontend Engineer (React)\n",
    ],
)
def test_the_companys_other_openings_ask_nothing(profile_of: ProfileOf, openings: str) -> None:
    posting = profile_of(_POSTING + openings, doc_type="posting")
    assert [r.jd_text for r in posting.requirements] == ["Python", "PyTorch"]


def test_a_requirement_naming_other_roles_still_asks(profile_of: ProfileOf) -> None:
    # near miss: a requirement that mentions other roles is no list of openings
    posting = profile_of(
        _POSTING + "- Work with other roles: Frontend Engineers using React\n", doc_type="posting"
    )
    assert "React" in [r.jd_text for r in posting.requirements]


_RESUME = (
    "Wei Chen\n\nEXPERIENCE\nData Scientist, Harborlight Health\nJanuary 2022 - Present\n"
    "- Built risk models with scikit-learn\n\nSKILLS\nPython, SQL\n\n"
)


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("APPENDIX A: PUBLICATIONS", "publications"),
        ("Appendix - Selected Publications", "publications"),
        ("Appendix B: Project Portfolio", "projects"),
        ("PORTFOLIO", "projects"),
    ],
)
def test_an_appendix_after_the_resume_is_its_own_section(
    profile_of: ProfileOf, heading: str, section: str
) -> None:
    resume = profile_of(
        _RESUME + f"{heading}\nChen, W. (2020). Graph neural networks with JAX. Workshop.\n",
        doc_type="resume",
    )
    [jax] = [s for s in resume.skills if s.id == "jax"]
    assert [m.section for m in jax.mentions] == [section]


def test_an_appendix_naming_no_section_opens_none(profile_of: ProfileOf) -> None:
    # near miss: "Appendix A: Salary history" names no section, so the skills go on
    resume = profile_of(_RESUME + "Appendix A: Salary history\nJAX\n", doc_type="resume")
    [jax] = [s for s in resume.skills if s.id == "jax"]
    assert [m.section for m in jax.mentions] == ["skills"]
