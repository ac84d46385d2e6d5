"""A federal (USAJOBS-style) vacancy read as a careful applicant reads it: the competencies it
rates applicants on, the specialized experience it describes, its education rules and the
form words around them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

HEAD = """\
Statistician (Data Science)
Series/Grade: GS-1530-12

Duties
- Prepares survey estimates for the bureau's monthly releases.

Qualifications
You must have one year of specialized experience equivalent to the GS-11 level, such as
fitting regression models in SAS.

How You Will Be Evaluated
You will be evaluated for this job based on how well you meet the qualifications above.
"""
RATING_AFTER = """\
Applicants who meet the minimum qualifications are placed in one of three categories: Best
Qualified, Well Qualified, or Qualified.
Your resume must support your answers to the assessment questionnaire.
"""


def _asked(profile: Profile) -> dict[str, str]:
    return {req.name: req.importance for req in profile.requirements}


@pytest.mark.parametrize(
    "competencies",
    [
        # bulleted below the line that names them
        "Your application is rated on the following competencies:\n- Statistical Analysis\n"
        "- Python Programming\n- Oral Communication\n",
        # in one line below it, joined by commas
        "We will rate your qualifications on the following competencies (knowledge, skills,"
        " abilities and other characteristics):\nStatistical Analysis, Python Programming,"
        " Oral Communication\n",
        # after the label on its own line
        "Competencies: Statistical Analysis; Python Programming; Oral Communication.\n",
        # inside the sentence that rates them
        "You will be evaluated on your competency in Statistical Analysis, Python Programming"
        " and Oral Communication.\n",
        # under a bare label, which would head a skills list elsewhere
        "Competencies:\n- Statistical Analysis\n- Python Programming\n- Oral Communication\n",
        "Core Competencies\nStatistical Analysis, Python Programming, Oral Communication\n",
    ],
)
def test_the_competencies_an_applicant_is_rated_on_are_preferred(
    profile_of: ProfileOf, competencies: str
) -> None:
    asked = _asked(profile_of(HEAD + competencies + RATING_AFTER, "posting"))
    assert asked["Statistical analysis"] == "preferred"
    assert asked["Communication"] == "preferred"  # "Oral Communication"
    assert asked["Python"] == "preferred"  # "Python Programming"
    # the rating's own words stay no ask: its categories are no terms
    assert not {"Best Qualified", "Well Qualified", "Qualified"} & asked.keys()
    assert asked["SAS"] == "required"  # the specialized experience asked it


def test_the_notice_after_a_bare_competencies_label_asks_nothing(profile_of: ProfileOf) -> None:
    text = (
        HEAD + "Competencies:\n- Statistical Analysis\n- Oral Communication\n"
        "Our Zorblex team reviews your application to ensure you meet the requirements.\n"
        + RATING_AFTER
    )
    asked = _asked(profile_of(text, "posting"))
    assert (asked["Statistical analysis"], asked["Communication"]) == ("preferred", "preferred")
    assert "Zorblex" not in asked


def test_rating_words_without_a_list_ask_nothing(profile_of: ProfileOf) -> None:
    text = (
        HEAD + "Your resume will be rated against the competencies listed above.\n"
        "Category rating: Best Qualified, Well Qualified, Qualified\n" + RATING_AFTER
    )
    asked = _asked(profile_of(text, "posting"))
    assert asked == {
        **{"Data science": "mentioned"},  # the title's
        **{"Regression": "required", "SAS": "required"},
    }


SPECIALIZED = """\
Computer Scientist (Machine Learning)
Series/Grade: GS-1550-13

Qualifications
Applicants must have one year of specialized experience equivalent to the GS-12 level, such as
training neural networks in PyTorch or fitting regression models in SAS.
For GS-13, one year of specialized experience at the GS-12 level or three years of
progressively higher level graduate education leading to a Ph.D. is required.
- Proficiency in Python.
"""


def test_a_year_at_a_grade_and_years_of_graduate_study_ask_no_years(
    profile_of: ProfileOf,
) -> None:
    profile = profile_of(SPECIALIZED, "posting")
    # the skills the specialized experience names are asked, without "one year" of each
    years = {req.name: req.years for req in profile.requirements}
    assert years["PyTorch"] is None and years["SAS"] is None
    assert years["Python"] is None
    # three years of graduate study stand in for the year at the grade: no career's years
    assert profile.posting is not None and profile.posting.years_required is None
    assert (profile.posting.level, profile.posting.level_source) == ("senior", "grade: GS-13")


def test_years_of_experience_in_education_still_count(profile_of: ProfileOf) -> None:
    text = (
        "Instructional Data Analyst\n\nRequirements\n- 4 years of experience in higher"
        " education analytics.\n- 3 years of work in education technology using SQL.\n"
    )
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.years_required == 4.0


VOLUNTEER = (
    "VOLUNTEER WORK EXPERIENCE: Paid and unpaid work, including volunteer work through National"
    " Service programs (e.g., Peace Corps, AmeriCorps), counts toward your qualifications."
)
NOTICES = f"""\
Data Scientist
Pay scale & grade: GS 12

Qualifications
KNOWLEDGE, SKILLS AND ABILITIES (KSAs): Your qualifications are judged on your knowledge of
machine learning.
SELECTIVE PLACEMENT FACTOR: Applicants must hold a current Certified Fraud Examiner (CFE)
credential.
PART-TIME OR UNPAID EXPERIENCE: Credit is given for appropriate unpaid and part-time work.
{VOLUNTEER}
IF USING EDUCATION TO QUALIFY: You must submit transcripts.
FOREIGN EDUCATION: Degrees from foreign universities must be evaluated for equivalence.
- Experience with Zorblex pipelines.
"""


def test_a_vacancys_notice_labels_name_no_terms(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of(NOTICES, "posting"))
    terms = {name for name in asked if name not in ("Machine learning", "Data science")}
    # the labels and the crediting notes under them ask nothing; the factor's credential and
    # the list's item are asked
    assert "Zorblex" in terms and any("CFE" in term for term in terms)
    assert all(term == "Zorblex" or "CFE" in term for term in terms), terms


# --- look-alikes of the rules above (review) ---


@pytest.mark.parametrize(
    "line",
    [
        "- 5 years of education technology experience with SQL.",
        "- 5 years of higher education IT experience with SQL.",
        "- 5 years of clinical study management experience with SQL.",
        "- 5 years of study and research in NLP using SQL.",
    ],
)
def test_years_that_merely_name_study_or_education_are_work(
    profile_of: ProfileOf, line: str
) -> None:
    profile = profile_of(f"Data Analyst\n\nRequirements\n{line}\n", "posting")
    assert profile.posting is not None and profile.posting.years_required == 5.0
    assert {req.name: req.years for req in profile.requirements}["SQL"] == 5.0


def test_two_years_of_graduate_study_in_a_field_ask_no_years(profile_of: ProfileOf) -> None:
    text = "Data Analyst\n\nRequirements\n- 2 years of graduate study in statistics, or SQL.\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.years_required is None


def test_the_rating_notice_after_a_listed_competency_asks_nothing(profile_of: ProfileOf) -> None:
    text = (
        HEAD + "You will be evaluated on the following competencies:\n- Statistical Analysis\n"
        "- Oral Communication\n\nCategory rating: Best Qualified, Well Qualified, Qualified\n"
        "Note: answers are checked against your Zorblex profile.\n" + RATING_AFTER
    )
    asked = _asked(profile_of(text, "posting"))
    assert asked["Statistical analysis"] == "preferred"
    assert not {"Best Qualified", "Well Qualified", "Qualified", "Note", "Zorblex"} & asked.keys()


@pytest.mark.parametrize(
    "sentence",
    [
        "The competencies of this position are measured by a short SQL exercise.",
        "Your KSAs are measured through the assessment questionnaire: answer each SQL item.",
    ],
)
def test_sentences_about_competencies_name_none(profile_of: ProfileOf, sentence: str) -> None:
    asked = _asked(profile_of(HEAD + sentence + "\n" + RATING_AFTER, "posting"))
    assert "SQL" not in asked


def test_a_non_federal_volunteer_line_still_asks(profile_of: ProfileOf) -> None:
    text = (
        "Community Data Analyst\n\nRequirements\n- 2+ years of experience with SQL.\n"
        "Volunteer experience: Zorblex Corps service is a plus.\n"
    )
    assert "Zorblex Corps" in _asked(profile_of(text, "posting"))
