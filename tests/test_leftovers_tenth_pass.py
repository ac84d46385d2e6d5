"""Misreadings left by earlier passes: a cover letter's "grow into" wish, a posting's "You
will:" duties, a Europass degree's "Dates:" row, a workshop attended, rows labelled with a
person or a time, a school's "MD", greetings in other languages, a federal vacancy's
competencies listed on the line that names them."""

from __future__ import annotations

from functools import partial

import pytest

from mlcareer.documents.sections import heading_name

from .posting_helpers import ProfileOf, listed
from .posting_helpers import asked as _asked

# 1. A cover letter's "I want to grow into forecasting work" is a wish, read as "eager to
# learn X" is: the skill is named, not shown (its mentions negated, as every wish's are)


@pytest.mark.parametrize(
    "wish", ["I want to grow into forecasting work.", "I am eager to learn forecasting."]
)
def test_growing_into_a_field_is_read_as_a_wish(profile_of: ProfileOf, wish: str) -> None:
    letter = (
        "Dear Hiring Manager,\n\nI have four years of experience with Python and SQL.\n"
        f"{wish} I use SQL daily.\n\nSincerely,\nAnn Smith\n"
    )
    found = {hit.id: hit for hit in profile_of(letter, "resume").skills}
    assert [m.negated for m in found["forecasting"].mentions] == [True]
    assert not any(m.negated for m in found["sql"].mentions)


# 2. "You will:" over a posting's duties opens them, as "What you will do" does


@pytest.mark.parametrize("heading", ["You will:", "You'll:", "YOU WILL", "You will be:"])
def test_you_will_opens_the_duties(heading: str) -> None:
    assert heading_name(heading) == "responsibilities"


def test_the_duties_under_you_will_are_asked(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer at Acme\n\nAbout us\nAcme builds logistics software.\n\n"
        "You will:\n- Build pipelines in Airflow\n- Run our Kafka cluster\n\n"
        "Requirements\n- 3+ years of Python\n"
    )
    sections = {req.id: req.section for req in _asked(profile_of, text).values()}
    assert sections.get("airflow") == "responsibilities"
    assert sections.get("kafka") == "responsibilities"


@pytest.mark.parametrize(
    "line",
    ["You will work with Airflow.", "You will be part of a small team.", "You will: lead"],
)
def test_a_sentence_on_you_will_is_no_heading(line: str) -> None:
    assert heading_name(line) is None


# 3. A form's "Dates:" row dates the degree in the rows below it (Europass)

_EUROPASS = (
    "Curriculum Vitae\n\nWork experience\nDates: 10/2018 - Present\n"
    "Occupation or position held: Data Analyst\n\nEducation and training\n{rows}\n"
)


def _degree_dates(profile_of: ProfileOf, rows: str) -> list[str | None]:
    profile = profile_of(_EUROPASS.format(rows=rows), "resume")
    return [d.dates.text if d.dates else None for d in profile.education.degrees]


def test_a_dates_row_dates_the_degree_below(profile_of: ProfileOf) -> None:
    rows = (
        "Dates: 09/2015 - 07/2018\n"
        "Title of qualification awarded: Bachelor of Science in Computer Science\n"
        "Name of organisation providing education: University of Bologna"
    )
    assert _degree_dates(profile_of, rows) == ["09/2015 - 07/2018"]


def test_a_dates_row_dates_only_its_own_entry(profile_of: ProfileOf) -> None:
    # a blank line ends the entry the row dates
    rows = "Dates: 09/2015 - 07/2018\nSummer school\n\nBachelor of Science in Computer Science"
    assert _degree_dates(profile_of, rows) == [None]


# 4. A workshop or conference listed under TRAINING / COURSES was attended: it names its subject


def _resume_skills(profile_of: ProfileOf, heading: str, line: str) -> set[str]:
    text = f"Jane Doe\n\nEXPERIENCE\nAnalyst, Acme Corp, 2019 - 2023\n\n{heading}\n{line}\n"
    return {hit.id for hit in profile_of(text, "resume").skills}


@pytest.mark.parametrize("heading", ["TRAINING", "COURSES", "Courses and Training"])
@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Workshop on Python for Data Analysis, 2021", "python"),
        ("Conference on Kubernetes in Production, 2022", "kubernetes"),
    ],
)
def test_a_workshop_attended_names_its_subject(
    profile_of: ProfileOf, heading: str, line: str, skill: str
) -> None:
    assert skill in _resume_skills(profile_of, heading, line)


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        # a paper's venue stays a venue, and a journal under courses is no course
        ("PUBLICATIONS", "J. Doe. Signals. Workshop on Python for Scientific Computing, 2020."),
        ("COURSES", "Reviewer for the Journal of Python Studies, 2021"),
    ],
)
def test_a_venue_elsewhere_names_no_skill(profile_of: ProfileOf, heading: str, line: str) -> None:
    assert "python" not in _resume_skills(profile_of, heading, line)


# 5. A row labelled with a person or a time ("- Manager: Julia", "- Season: Spring") beside a
# list of tools asks for nothing, neither its value nor its label


_listed = partial(listed, title="Software Engineer Intern")


@pytest.mark.parametrize(
    "row",
    [
        "Manager: Julia",
        "Hiring Manager: Julia",
        "Season: Spring",
        "Start date: Spring 2025",
        "Recruiter: Julia",
        "Location: Spring, TX",
    ],
)
@pytest.mark.parametrize("java_first", [True, False])
def test_a_person_or_time_row_asks_nothing(
    profile_of: ProfileOf, row: str, java_first: bool
) -> None:
    items = ("Java", row) if java_first else (row,)
    assert set(_asked(profile_of, _listed(*items))) <= {"java"}


@pytest.mark.parametrize(
    ("row", "skill"),
    [
        ("Framework: Spring", "spring"),
        ("Note: Spring experience is a plus", "spring"),
        ("Manager: Julia; Python required", "python"),
        # a clause after the row's value asks
        ("Manager: Julia; Go a plus", "go"),
        ("Location: Munich, fluent in German", "lang-german"),
    ],
)
def test_a_row_of_tools_or_a_note_still_asks(profile_of: ProfileOf, row: str, skill: str) -> None:
    assert skill in _asked(profile_of, _listed("Java", row))


# 6. "School, MD" over a line of dates is the medical degree only in a clinician's document


def _levels(profile_of: ProfileOf, work: str, education: str) -> list[str]:
    text = f"Jordan Lee\njordan@example.com\n\nEXPERIENCE\n{work}\n\nEDUCATION\n{education}\n"
    return [degree.level for degree in profile_of(text, "resume").education.degrees]


@pytest.mark.parametrize(
    "work",
    ["Data Analyst, Acme Corp\n2018 - Present\n- Python, SQL", "Data Engineer, Acme\n2019 - 2024"],
)
@pytest.mark.parametrize("school", ["Towson University", "Johns Hopkins University"])
def test_a_schools_md_in_no_clinicians_resume_is_the_state(
    profile_of: ProfileOf, work: str, school: str
) -> None:
    assert "phd" not in _levels(profile_of, work, f"{school}, MD\n2014 - 2018")


@pytest.mark.parametrize(
    ("work", "education"),
    [
        ("Physician, Acme Health\n2018 - Present", "Towson University, MD\n2010 - 2014"),
        ("Data Analyst, Acme\n2018 - Present", "Towson University School of Medicine, MD\n2014"),
        (
            "Data Scientist, Acme Health\n2018 - Present\nInternal medicine residency, 2014 - 2017",
            "University of Lagos, MD\n2008 - 2014",
        ),
    ],
)
def test_a_clinicians_school_md_is_the_degree(
    profile_of: ProfileOf, work: str, education: str
) -> None:
    assert _levels(profile_of, work, education) == ["phd"]


# 7. A cover letter after the resume opens at an Italian, Portuguese or French greeting

_RESUME = (
    "Priya Raman\npriya@example.com\n\nEXPERIENCE\nData Scientist, Northwind Retail\n"
    "Jan 2021 - Present\n- Built forecasting models in Python\n\nSKILLS\nPython, SQL, Docker\n\n"
)


def _letter_sections(profile_of: ProfileOf, greeting: str) -> set[str | None]:
    letter = f"{greeting}\n\nAWS and Kubernetes run the models I deploy.\n\nPriya Raman\n"
    found = {hit.id: hit for hit in profile_of(_RESUME + letter, "resume").skills}
    return {m.section for m in found["aws"].mentions}


@pytest.mark.parametrize(
    "greeting",
    [
        "Gentile Responsabile,",
        "Gentile Dott.ssa Rossi,",
        "Prezado(a) recrutador(a),",
        "Prezados senhores,",
        "Cher Monsieur,",
        "Chère Madame Dupont,",
        "Bonjour,",
        "Beste heer Jansen,",
    ],
)
def test_a_letter_opens_at_a_romance_greeting(profile_of: ProfileOf, greeting: str) -> None:
    assert _letter_sections(profile_of, greeting) == {"summary"}


@pytest.mark.parametrize(
    "line", ["Beste Grüße,", "Beste groeten,", "Bonjour le monde et AWS,", "Gentile"]
)
def test_a_sign_off_or_a_phrase_is_no_greeting(profile_of: ProfileOf, line: str) -> None:
    assert _letter_sections(profile_of, line) == {"skills"}


# 8. Competencies listed on the line that names them, in a federal "How You Will Be
# Evaluated" section: an unknown one is asked as a term, as it is from a list below the line

_FEDERAL = (
    "Data Scientist\nSeries/Grade: GS-1560-12\n\nDuties\n- Builds statistical models in Python.\n\n"
    "How You Will Be Evaluated\n{rating}\n"
    "Your resume must support your answers to the assessment questionnaire.\n"
)


@pytest.mark.parametrize(
    "rating",
    [
        "You will be rated on the following competencies: Data Management; Python Programming",
        "You will be evaluated on how well you meet the qualifications above. You will be rated"
        " on the following competencies: Data Management; Python Programming",
        "You will be rated on the following competencies:\n- Data Management\n- Python Programming",
    ],
)
def test_an_unknown_competency_on_the_naming_line_is_asked(
    profile_of: ProfileOf, rating: str
) -> None:
    asked = _asked(profile_of, _FEDERAL.format(rating=rating))
    assert asked["term:data-management"].importance == "preferred"
    assert asked["python"].importance == "preferred"
    # the lead-in before the list names nothing
    assert not {key for key in asked if key.startswith("term:you")}
