"""More application genres: a cover letter sent alone, an academic ad's "The successful
candidate will:" list, publication venues, Europass rows naming the employer, a funded PhD
studentship."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .posting_helpers import asked, posting_info

ProfileOf = Callable[..., Profile]

_LETTER = (
    "Jane Doe\njane.doe@example.com\n\nDear Hiring Manager,\n\n{sentence} at Acme Retail, "
    "building dashboards in Tableau and writing SQL.\n\nSincerely,\nJane Doe\n"
)


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("For the past four years I have worked as a data analyst", 4.0),
        ("Over the last 6 years, I've been a data engineer", 6.0),
        ("In the past two and a half years I have been working as an analyst", 2.5),
        ("I have worked as a data analyst for the last five years", 5.0),
    ],
)
def test_a_letters_years_of_work_are_its_writers(
    profile_of: ProfileOf, sentence: str, years: float
) -> None:
    letter = profile_of(_LETTER.format(sentence=sentence), "resume")
    assert letter.experience.years == years
    assert letter.experience.level != "intern"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: years of study, and someone else's years
        "For the past three years I have been a PhD student",
        "For the past four years my team has worked with analysts",
    ],
)
def test_years_that_are_no_work_of_the_writer_count_nothing(
    profile_of: ProfileOf, sentence: str
) -> None:
    assert profile_of(_LETTER.format(sentence=sentence), "resume").experience.years == 0.0


def test_a_postings_years_of_growth_ask_nothing(profile_of: ProfileOf) -> None:
    posting = (
        "Data Analyst\n\nAbout us\nOver the last 5 years we have grown to 300 people.\n\n"
        "Requirements\n- Experience with SQL and Tableau\n"
    )
    assert posting_info(profile_of, posting).years_required is None


_HIRE_WILL = (
    "Postdoctoral Research Associate in Statistics\n\n"
    "The successful candidate will:\n{items}\n\n"
    "Essential criteria:\n- A PhD in Statistics\n- Programming skills in Python\n"
)


@pytest.mark.parametrize(
    "opener", ["The successful candidate will:", "The successful applicant will be expected to:"]
)
def test_what_the_hire_will_do_is_duties(profile_of: ProfileOf, opener: str) -> None:
    items = "- Develop Bayesian methods for spatial data\n- Implement inference in Stan"
    posting = _HIRE_WILL.format(items=items).replace("The successful candidate will:", opener)
    found = asked(profile_of, posting)
    assert found["stan"].importance == "mentioned"
    assert found["stan"].section == "responsibilities"
    assert found["python"].importance == "required"


@pytest.mark.parametrize(
    "items",
    [
        "- Have experience with Stan\n- Hold a PhD in Statistics",
        "- Be fluent in Stan and R",
        "- Possess strong skills in Stan",
    ],
)
def test_what_the_hire_will_have_is_asked(profile_of: ProfileOf, items: str) -> None:
    # near miss: items that describe the person keep the list a requirements list
    found = asked(profile_of, _HIRE_WILL.format(items=items))
    assert found["stan"].importance == "required"


_PAPERS = (
    "Maria Lopez\nmaria@example.org\n\nEXPERIENCE\nResearch Scientist, Quanta Labs\n"
    "Jan 2020 - Present\n- Built credit models in Python\n\nPUBLICATIONS\n{paper}\n"
)


@pytest.mark.parametrize(
    ("paper", "venue_skill"),
    [
        ("- M. Lopez. Tail risk. Journal of Finance and Data Science, 2022.", "data-science"),
        (
            "- M. Lopez. Column embeddings. Workshop on Table Representation Learning, 2023.",
            "representation-learning",
        ),
        (
            "- M. Lopez. Drift. Proceedings of the Conference on Computer Vision and Pattern "
            "Recognition (CVPR), 2021.",
            "computer-vision",
        ),
        (
            "- M. Lopez. Audits. IEEE Transactions on Information Forensics and Security, 2020.",
            "cybersecurity",
        ),
    ],
)
def test_a_venues_name_gives_no_skill(profile_of: ProfileOf, paper: str, venue_skill: str) -> None:
    cv = profile_of(_PAPERS.format(paper=paper), "resume")
    assert venue_skill not in {hit.id for hit in cv.skills}


def test_a_papers_title_still_names_its_skills(profile_of: ProfileOf) -> None:
    # the title says what the author worked on; only the venue after it is left out
    paper = "- M. Lopez. Representation learning for tables. Journal of Finance, 2022."
    cv = profile_of(_PAPERS.format(paper=paper), "resume")
    assert "representation-learning" in {hit.id for hit in cv.skills}


def test_a_lower_case_conference_on_a_subject_is_no_venue(profile_of: ProfileOf) -> None:
    # near miss: "a conference on data science" in prose names no venue
    cv = profile_of(
        _PAPERS.format(paper="- Spoke at a conference on data science in Madrid, 2022."),
        "resume",
    )
    assert "data-science" in {hit.id for hit in cv.skills}


def test_a_journal_asked_in_a_posting_is_no_term(profile_of: ProfileOf) -> None:
    posting = (
        "Postdoctoral Researcher in Climate Science\n\nRequirements:\n"
        "- Experience with Python and xarray\n"
        "- Publications in journals such as the Journal of Climate\n"
        "- A record of papers in the Journal of Machine Learning Research\n"
    )
    found = asked(profile_of, posting)
    assert "python" in found
    assert not [key for key in found if "journal" in key]
    assert "machine-learning" not in found


_EUROPASS = (
    "Luca Bianchi\nluca@example.it\n\nWORK EXPERIENCE\nDates: 02/2021 - present\n"
    "Occupation or position held: Data Analyst\n"
    "Main activities and responsibilities: churn analysis in Python\n"
    "Name and address of employer: Northline Telecom S.p.A., Torino\n"
    "Type of business or sector: Telecommunications\n\n"
    "EDUCATION AND TRAINING\nDates: 2016 - 2019\n"
    "Title of qualification awarded: {degree}\n"
)


@pytest.mark.parametrize(
    ("degree", "level"),
    [
        ("Laurea Triennale (Bachelor's degree) in Statistics", "bachelor"),
        ("Master of Science (Laurea Magistrale) in Statistics", "master"),
    ],
)
def test_a_degree_restated_in_brackets_is_one_degree(
    profile_of: ProfileOf, degree: str, level: str
) -> None:
    cv = profile_of(_EUROPASS.format(degree=degree), "resume")
    assert [d.level for d in cv.education.degrees] == [level]


def test_two_degrees_of_a_line_stay_two(profile_of: ProfileOf) -> None:
    # near miss: a bracket naming another level is another degree
    cv = profile_of(_EUROPASS.format(degree="Laurea Triennale (then Master's in Physics)"))
    assert [d.level for d in cv.education.degrees] == ["bachelor", "master"]


def test_an_employers_sector_is_no_skill(profile_of: ProfileOf) -> None:
    cv = profile_of(_EUROPASS.format(degree="Laurea in Statistics"), "resume")
    found = {hit.id for hit in cv.skills}
    assert "python" in found
    assert "telecommunications" not in found


def test_the_persons_own_sector_knowledge_stays(profile_of: ProfileOf) -> None:
    # near miss: the same word in the person's own skills
    cv = profile_of(
        _EUROPASS.format(degree="Laurea in Statistics") + "\nSKILLS\nTelecommunications, SQL\n",
        "resume",
    )
    assert "telecommunications" in {hit.id for hit in cv.skills}


_STUDENTSHIP = (
    "Fully Funded PhD Studentship: {topic}\n\nSchool of Chemistry, University of Eastmoor\n\n"
    "We invite applications for a fully funded PhD studentship starting in October 2025.\n\n"
    "Candidate requirements\n"
    "- A first class degree in Chemistry, Computer Science or a related subject\n"
    "- {asks}\n"
)


def test_a_studentship_asking_for_programming_is_technical(profile_of: ProfileOf) -> None:
    posting = _STUDENTSHIP.format(
        topic="Graph Models for Molecular Design",
        asks="Programming in Python; experience with PyTorch Geometric and GNNs is desirable",
    )
    assert posting_info(profile_of, posting).technical is True


def test_a_studentship_asking_for_no_programming_is_not(profile_of: ProfileOf) -> None:
    # near miss: an academic post in another field stays non-technical
    posting = _STUDENTSHIP.format(
        topic="Medieval Trade Networks", asks="Reading knowledge of Latin and archival work"
    )
    assert posting_info(profile_of, posting).technical is False
