"""The degree a posting asks, read over its lines: several degrees required on lines of their
own, degrees offered as a choice, and the words for a university degree of other countries."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _degrees(profile_of: ProfileOf, body: str) -> tuple[str | None, str | None]:
    info = profile_of(f"Junior Analyst\n\nRequirements\n{body}", doc_type="posting").posting
    assert info is not None
    return info.degree_required, info.degree_preferred


@pytest.mark.parametrize(
    "body",
    [
        # a UK graduate scheme asks both the degree and the school grades
        "- A 2:1 degree in a STEM subject\n- AAB at A-level\n- Strong Excel skills\n",
        # a US posting lists the diploma below the degree
        "- Bachelor's degree in Computer Science\n- High school diploma or GED\n- SQL\n",
        "- High school diploma\n- Bachelor's degree in Economics\n",
    ],
)
def test_the_higher_of_two_degrees_required_together_is_asked(
    profile_of: ProfileOf, body: str
) -> None:
    assert _degrees(profile_of, body) == ("bachelor", None)


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        # a choice on one line asks the lower
        ("- High school diploma or Bachelor's degree\n- SQL\n", ("secondary", None)),
        # the higher only preferred
        (
            "- High school diploma required\n- Bachelor's degree preferred\n",
            ("secondary", "bachelor"),
        ),
        # a degree with its years on each line: ways in, of which the lowest is asked
        (
            "- Bachelor's degree and 5+ years of experience\n"
            "- Master's degree and 3+ years of experience\n",
            ("bachelor", None),
        ),
        # lines joined by "or"
        ("- Master's degree in Statistics, or\n- Bachelor's degree in Mathematics\n", None),
        ("- Master's degree in Statistics\n- OR\n- Bachelor's degree in Mathematics\n", None),
        ("- Master's degree in Statistics\n- or a Bachelor's degree in Mathematics\n", None),
        # a lower degree that may stand in for the higher
        (
            "- Master's degree in Statistics\n"
            "- A Bachelor's degree in Mathematics will also be considered\n",
            None,
        ),
        (
            "- Master's degree in Statistics\n"
            "- Bachelor's degree in Mathematics accepted in lieu\n",
            None,
        ),
    ],
)
def test_degrees_offered_as_a_choice_ask_the_lowest(
    profile_of: ProfileOf, body: str, asked: tuple[str | None, str | None] | None
) -> None:
    assert _degrees(profile_of, body) == (asked or ("bachelor", None))


@pytest.mark.parametrize(
    "body",
    [
        # an Indian posting's accepted degrees, one a line
        "- B.Tech / B.E. in Computer Science\n- MCA\n- M.Sc. in Statistics\n",
        "- BSc in Computer Science, Mathematics or Statistics\n- MSc in Data Science\n",
        # a PhD named in passing, not asked of the candidate
        "- Bachelor's degree in Computer Science\n- Experience working alongside PhD researchers\n",
    ],
)
def test_degrees_on_lines_of_their_own_still_ask_the_lowest(
    profile_of: ProfileOf, body: str
) -> None:
    # a degree implies the school grades beside it; of two degrees, one need not imply the
    # other's being asked as well (the lines may list the degrees accepted)
    assert _degrees(profile_of, body) == ("bachelor", None)


def test_a_team_of_phds_in_the_prose_asks_no_phd(profile_of: ProfileOf) -> None:
    text = (
        "ML Engineer\n\nWe are a small group of PhD researchers building search tools.\n"
        "You will need a Bachelor's degree in CS and 3+ years of Python.\n"
    )
    info = profile_of(text, doc_type="posting").posting
    assert info is not None and info.degree_required == "bachelor"


def test_a_higher_degree_keeps_its_own_alternative(profile_of: ProfileOf) -> None:
    text = (
        "Data Technician\n\nRequirements\n"
        "- Bachelor's degree in Computer Science or equivalent experience\n"
        "- High school diploma or equivalent\n"
    )
    info = profile_of(text, doc_type="posting").posting
    assert info is not None
    assert (info.degree_required, info.degree_alternative) == ("bachelor", "equivalent experience")


def _terms(profile: Profile) -> set[str]:
    return {req.id for req in profile.requirements if req.id.startswith("term:")}


@pytest.mark.parametrize(
    "line",
    [
        "Tertiary qualifications in a quantitative discipline, or a related quantitative field",
        "A tertiary qualification in Computer Science or a related technical discipline",
        "Relevant tertiary degree and strong Python skills",
    ],
)
def test_a_tertiary_qualification_is_a_bachelors(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n- {line}\n", doc_type="posting")
    assert posting.posting is not None and posting.posting.degree_required == "bachelor"
    # the fields belong to the degree: no required literal term of them
    assert not {term for term in _terms(posting) if "discipline" in term or "field" in term}


@pytest.mark.parametrize(
    "line",
    [
        "We are a trusted partner to the tertiary education sector across Australia.",
        "Our clinics provide primary and tertiary care to rural patients.",
        "You will support tertiary institutions with their data platforms.",
    ],
)
def test_tertiary_in_other_senses_asks_no_degree(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nAbout us\n{line}\n\nRequirements\n- Python and SQL\n"
    posting = profile_of(text, doc_type="posting")
    assert posting.posting is not None and posting.posting.degree_required is None


def test_a_tertiary_qualifications_heading_names_no_degree(profile_of: ProfileOf) -> None:
    text = (
        "Jordan Lee\njordan@example.com\n\nTertiary Qualifications\n"
        "Diploma of Information Technology, TAFE NSW, 2019\n\n"
        "Experience\nIT Support Officer, Acme Pty Ltd, 2019 - 2023\n- Fixed laptops\n"
    )
    resume = profile_of(text, doc_type="resume")
    assert resume.education.highest == "associate"


def test_a_plain_line_asking_a_tertiary_degree_asks_it(profile_of: ProfileOf) -> None:
    # not a heading: more words than the degree's on its line
    assert _degrees(profile_of, "Relevant tertiary degree\nPython and SQL\n")[0] == "bachelor"


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        ("- Master's preferred, Bachelor's acceptable\n- Python\n", ("bachelor", "master")),
        ("- You don't need a graduate degree; a Bachelor's in a STEM field is fine\n- SQL\n",
         ("bachelor", None)),
        ("- Bachelor's degree preferred\n- Python\n", (None, "bachelor")),
        # a bare acronym with the word that accepts it is a degree
        ("- MS or PhD preferred; a BS is fine\n- Python\n", ("bachelor", "master")),
        ("- A BS is fine\n- Python\n", ("bachelor", None)),
    ],
)  # fmt: skip
def test_a_degree_the_posting_accepts_is_the_least_it_asks(
    profile_of: ProfileOf, body: str, asked: tuple[str | None, str | None]
) -> None:
    assert _degrees(profile_of, body) == asked


@pytest.mark.parametrize(
    "line",
    [
        "Trade or tertiary qualifications in electrical engineering",
        "Trade and/or tertiary qualification in a relevant discipline",
        "Relevant trade/tertiary qualifications",
    ],
)
def test_a_trade_offered_beside_a_tertiary_qualification_asks_no_degree(
    profile_of: ProfileOf, line: str
) -> None:
    # a trade certificate meets the ask: no university degree is required
    posting = profile_of(f"Field Data Technician\n\nRequirements\n- {line}\n- SQL\n", "posting")
    assert posting.posting is not None and posting.posting.degree_required is None


@pytest.mark.parametrize(
    "body",
    [
        "- PhD preferred with sufficient publication record\n",
        "- Master's degree preferred with accepted papers at top venues\n",
        "- PhD preferred in how models are fine-tuned and evaluated\n",
    ],
)
def test_a_word_of_acceptance_about_something_else_keeps_the_degree_preferred(
    profile_of: ProfileOf, body: str
) -> None:
    # "sufficient" and "accepted" describe the record or the papers, not the degree
    assert _degrees(profile_of, body)[0] is None


@pytest.mark.parametrize(
    ("line", "required", "preferred"),
    [
        ("- BS Required, MS Preferred in Statistics or CS", "bachelor", "master"),
        ("- BS REQUIRED; MS PREFERRED", "bachelor", "master"),
        ("- MS Preferred", None, "master"),
        ("- Candidates located in Jackson, MS Preferred", None, None),
        ("- MS Office Required", None, None),
    ],
)
def test_degree_acronyms_are_wanted_in_any_case(
    profile_of: ProfileOf, line: str, required: str | None, preferred: str | None
) -> None:
    assert _degrees(profile_of, f"{line}\n- Python\n") == (required, preferred)


_STATISTICS_DEGREE = (
    "Degree: Statistics, mathematics, or economics that included at least 15 semester hours "
    "in statistics."
)
_COMBINATION = (
    "Combination of education and experience: courses equal to a major in statistics "
    "(24 semester hours) plus suitable experience."
)


_ROUTE = "Combination of education and experience"


@pytest.mark.parametrize(
    ("body", "alternative"),
    [
        # a federal vacancy's two routes, on one line or on lines of their own; the route is
        # named by its label
        (f"{_STATISTICS_DEGREE} OR {_COMBINATION}\n", _ROUTE),
        (f"{_STATISTICS_DEGREE}\nOR\n{_COMBINATION}\n", _ROUTE),
        (f"A. {_STATISTICS_DEGREE}\n\nor\n\nB. {_COMBINATION}\n", _ROUTE),
        (f"{_STATISTICS_DEGREE} or\n{_COMBINATION}\n", _ROUTE),
        (f"{_STATISTICS_DEGREE}\nOR {_COMBINATION}\n", _ROUTE),
        (f"- {_STATISTICS_DEGREE}\n- or a combination of education and experience\n",
         "a combination of education and experience"),
    ],
)  # fmt: skip
def test_a_combination_of_education_and_experience_stands_in_for_the_degree(
    profile_of: ProfileOf, body: str, alternative: str
) -> None:
    info = profile_of(f"Statistician\n\nRequirements\n{body}", doc_type="posting").posting
    assert info is not None
    assert (info.degree_required, info.degree_alternative) == ("bachelor", alternative)


@pytest.mark.parametrize(
    ("body", "alternative", "years"),
    [
        # what stands in for the degree on a line of its own, after an "or"
        ("- Bachelor's degree in Physics\nOR\n- Equivalent practical experience\n",
         "Equivalent practical experience", None),
        ("- Bachelor's degree in Physics, or\n- 6+ years of relevant experience\n",
         "6+ years of relevant experience", None),
        # not without an "or", nor a line that asks something else
        ("- Bachelor's degree in Physics\n- 6+ years of relevant experience\n", None, 6.0),
        ("- Bachelor's degree in Physics\nOR\n- Master's degree in Optics\n", None, None),
        ("- Bachelor's degree in Physics\n- Python\nOR\n- Relevant experience\n", None, None),
    ],
)  # fmt: skip
def test_an_alternative_to_the_degree_may_follow_on_a_line_of_its_own(
    profile_of: ProfileOf, body: str, alternative: str | None, years: float | None
) -> None:
    info = profile_of(f"Optics Engineer\n\nRequirements\n{body}", doc_type="posting").posting
    assert info is not None
    assert (info.degree_required, info.degree_alternative) == ("bachelor", alternative)
    assert info.years_required == years
