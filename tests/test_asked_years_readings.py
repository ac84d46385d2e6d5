"""Years a posting asks, as a careful reader takes them: the employer's own age is no ask,
counts may be written in words in several languages, a vague count ("several years") hints
at a level without a number, years only preferred still tell the seniority, and an ask
written beside an equal-opportunity statement is kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import PostingInfo, Profile

ProfileOf = Callable[..., Profile]


def _posting(profile_of: ProfileOf, text: str) -> PostingInfo:
    posting = profile_of(text, "posting").posting
    assert posting is not None
    return posting


def _listed(*items: str) -> str:
    """A small structured posting with the items under its requirements heading."""
    return "Data Scientist\n\nRequirements\n" + "".join(f"- {item}\n" for item in items)


# The employer's age, in a requirements list or a short post, asks nothing of the candidate.
EMPLOYER_AGE = [
    _listed("Con más de 15 años en el mercado, somos líderes del sector", "Python y SQL"),
    _listed("We have been around 10 yrs and keep growing", "SQL and Tableau"),
    _listed("We have been in business for 12 years", "SQL and Tableau"),
    "Looking for a data analyst, SQL + Tableau. We have been around 10 yrs, remote ok\n",
    "Data scientist Python/SQL. We've been in business 10 yrs\n",
    "Fondée il y a 10 ans, notre startup cherche un data scientist (Python, SQL)\n",
    "Data scientist Python/SQL. Forte de 10 ans d'expérience, notre startup recrute\n",
    "Buscamos científico de datos (Python, SQL). Con más de 15 años de experiencia en el "
    "sector, somos líderes\n",
    "Hiring a data engineer (Spark, SQL). With over 20 years in logistics, our company moves "
    "goods across Europe\n",
]


@pytest.mark.parametrize("text", EMPLOYER_AGE)
def test_the_employers_age_is_no_ask(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(text, "posting")
    assert profile.posting is not None and profile.posting.years_required is None
    assert all(req.years is None for req in profile.requirements)


# ... while the same counts asked of the candidate still are
CANDIDATE_YEARS = [
    (_listed("10 ans d'expérience en Python"), 10.0),
    ("Buscamos científico de datos con más de 3 años de experiencia en Python\n", 3.0),
    (_listed("With 5+ years of Python, you will own our pipelines"), 5.0),
    (_listed("5+ years of Python; we work in small teams"), 5.0),
    (_listed("We need someone with 4 years of SQL"), 4.0),
]


@pytest.mark.parametrize(("text", "years"), CANDIDATE_YEARS)
def test_years_asked_of_the_candidate_stay(profile_of: ProfileOf, text: str, years: float) -> None:
    assert _posting(profile_of, text).years_required == years
