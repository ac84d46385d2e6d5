"""Documents as people paste or export them: a resume typed into a web form (its sections run
together on a few long lines, its bullets inline) and a posting copied with its board's page
around it. Each text is written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

JOB = "Data Analyst, Acme, 2020 - 2022\n- Built reports in SQL\n"


def _skills(profile: Profile) -> set[str]:
    return {hit.name for hit in profile.skills}


# A resume pasted into a form: the pastimes after the skills on the same long line
PASTED = (
    "Elena Petrova | elena@example.com | Seattle, WA\n"
    "Summary: Data analyst moving into machine learning. Experience: Data Analyst II, Cascade "
    "Freight (Jan 2022 - Present) • Built churn models in Python (scikit-learn) • Automated "
    "reports with SQL and dbt. Junior Data Analyst, Rainier Health (Aug 2020 - Dec 2021) • "
    "Built Tableau dashboards. Education: B.A. Economics, University of Washington, 2020. "
    "Skills: Python, SQL, R, dbt, Tableau, Git. {pastimes}\n"
)


@pytest.mark.parametrize(
    "pastimes",
    [
        "Interests: Go, rock climbing, sourdough baking.",
        "Hobbies: chess, Go, trail running",
        "INTERESTS: bouldering, Go",
    ],
)
def test_go_among_pastimes_on_a_pasted_line_is_the_game(
    profile_of: ProfileOf, pastimes: str
) -> None:
    skills = _skills(profile_of(PASTED.format(pastimes=pastimes), "resume"))
    assert {"Python", "SQL", "dbt", "Tableau"} <= skills
    assert "Go" not in skills


def test_go_the_language_among_pasted_interests_still_shows(profile_of: ProfileOf) -> None:
    pastimes = "Interests: Go, Rust, compilers."
    assert "Go" in _skills(profile_of(PASTED.format(pastimes=pastimes), "resume"))


def test_a_line_of_pastimes_below_a_skills_line_is_judged_by_itself(
    profile_of: ProfileOf,
) -> None:
    text = f"Jane Doe\n\nExperience\n{JOB}\nSkills: Python, SQL\nInterests: Go, rock climbing\n"
    assert "Go" not in _skills(profile_of(text, "resume"))


def test_go_after_a_skills_sentence_still_shows(profile_of: ProfileOf) -> None:
    text = f"Jane Doe\n\nExperience\n{JOB}\nSkills: Python, Go, SQL. Interests: chess\n"
    assert "Go" in _skills(profile_of(text, "resume"))


POSTING = "\nRequirements\n- Experience with PyTorch\n- Knowledge of signal processing\n"


@pytest.mark.parametrize(
    "header",
    [
        "Research Engineer, Speech\nat Lumen Audio (View all jobs)\nBoston, MA\n",
        "Back to jobs\nResearch Engineer, Speech\nat Lumen Audio\n(View all jobs)\nBoston, MA\n",
        "Research Engineer, Speech at Lumen Audio (View all jobs)\n",
    ],
)
def test_a_careers_boards_company_line_under_the_title_is_no_part_of_it(
    profile_of: ProfileOf, header: str
) -> None:
    profile = profile_of(header + POSTING, "posting")
    assert profile.posting.title == "Research Engineer, Speech"


# A resume pasted into a form as one line, headings in capitals and bullets inline
ONE_LINE = (
    "Marcus Webb marcus@example.com Chicago, IL SUMMARY Machine learning engineer shipping "
    "search models. EXPERIENCE Staff Machine Learning Engineer, Lakeshore Commerce, Chicago IL, "
    "March 2021 - Present • Built a recommendation model in PyTorch • Mentored two engineers "
    "Junior Data Analyst, Prairie Labs, Chicago IL, June 2019 - February 2021 • Wrote SQL "
    "reports EDUCATION B.S. Mathematics, Purdue University, 2019 SKILLS Python, SQL, PyTorch\n"
)


def test_the_titles_of_a_resume_pasted_on_one_line_are_read(profile_of: ProfileOf) -> None:
    experience = profile_of(ONE_LINE, "resume").experience
    assert [title.split(",")[0] for title in experience.titles] == [
        "Staff Machine Learning Engineer",
        "Junior Data Analyst",
    ]


def test_the_titles_of_a_resume_pasted_with_labels_are_read(profile_of: ProfileOf) -> None:
    experience = profile_of(PASTED.format(pastimes=""), "resume").experience
    assert [title.split(",")[0] for title in experience.titles] == [
        "Data Analyst II",
        "Junior Data Analyst",
    ]


def test_a_boards_upsell_panel_above_the_posting_asks_nothing(profile_of: ProfileOf) -> None:
    text = (
        "Data Platform Engineer\nTallgrass Analytics · Omaha, NE · 58 applicants\nEasy Apply\n\n"
        "How your profile and resume fit this job\n"
        "Get AI-powered advice on this job and more exclusive features with Premium.\n"
        "Show match details\nTailor my resume\n\n"
        "About the job\nWe move sensor data from wind farms.\n\nRequirements\n- Python and SQL\n"
    )
    asked = {r.name: r.importance for r in profile_of(text, "posting").requirements}
    assert asked == {"Python": "required", "SQL": "required"}


def test_a_boards_buttons_and_lists_after_the_skill_pills_ask_nothing(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Analytics Engineer\nFernway Foods · Remote · Over 200 people clicked apply\n\n"
        "About the job\nYou will own our warehouse models.\n\nRequirements\n- SQL\n- dbt\n\n"
        "Skills\nLooker, Snowflake, +6 more\nShow all\n\n"
        "Your profile is missing required qualifications\nShow match details\n\n"
        "Job seekers also viewed\nSenior Scala Engineer\nBackend Developer (Kotlin)\n"
    )
    asked = {r.jd_text: r.importance for r in profile_of(text, "posting").requirements}
    assert asked == {"SQL": "required", "dbt": "required"}


# A pasted resume whose titles and employers hold abbreviations ending in a dot
ABBREVIATED = (
    "Ana Ruiz ana@example.com EXPERIENCE Sr. Data Scientist, Orbit Labs, Jan 2019 - Dec 2021 "
    "• Built churn models in Python. Jr. Software Engineer, Kite Systems, Jan 2016 - Dec 2018 "
    "• Wrote services in Java. Research Fellow, St. Jude Clinic, Jan 2014 - Dec 2015 • Ran "
    "trials. EDUCATION B.S. Computer Science, State University, 2012 SKILLS Python, SQL\n"
)


def test_a_dot_after_an_abbreviation_does_not_cut_a_pasted_title(
    profile_of: ProfileOf,
) -> None:
    experience = profile_of(ABBREVIATED, "resume").experience
    assert experience.titles == [
        "Sr. Data Scientist, Orbit Labs",
        "Jr. Software Engineer, Kite Systems",
        "Research Fellow, St. Jude Clinic",
    ]


def test_a_bullet_ending_in_a_one_letter_language_still_ends_before_a_pasted_title(
    profile_of: ProfileOf,
) -> None:
    pasted = ABBREVIATED.replace("churn models in Python.", "churn models in R.")
    assert profile_of(pasted, "resume").experience.titles[1] == (
        "Jr. Software Engineer, Kite Systems"
    )
