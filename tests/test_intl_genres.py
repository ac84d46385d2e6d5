"""Document genres from outside the US: Indian, British, Australian and East Asian resumes and
postings, job-board pages (LinkedIn, Naukri) and new graduates' resumes."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name, posting_heading
from mlcareer.extract.education import degree_mentions
from mlcareer.models import Profile


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("MCA (Master of Computer Applications), Pune University, 2019", "master"),
        ("MBA (Master of Business Administration), IIM Indore", "master"),
        ("B.Tech (Bachelor of Technology) in CSE, 2018", "bachelor"),
        ("BCA ( Bachelor of Computer Applications ) - 2016", "bachelor"),
    ],
)
def test_an_acronym_spelled_out_in_brackets_after_it_is_one_degree(line: str, level: str) -> None:
    assert [found for found, _, _ in degree_mentions(line)] == [level]


def test_many_degrees_on_a_line_are_read_in_linear_time() -> None:
    # each degree is looked up by where the bracket before it opens, not compared with every
    # other degree (quadratic: over a second on 24 KB of "B.Tech, ")
    started = time.process_time()
    found = degree_mentions("B.Tech, " * 3000 + "MCA (Master of Computer Applications)")
    assert time.process_time() - started < 0.5
    assert len(found) == 3001


@pytest.mark.parametrize(
    ("line", "levels"),
    [
        ("MS (PhD preferred) in Computer Science", ["master", "phd"]),
        ("BS (Master of Science a plus)", ["bachelor", "master"]),
        ("M.Tech (Computer Science), B.Tech (Mechanical)", ["master", "bachelor"]),
    ],
)
def test_a_bracket_after_a_degree_naming_another_level_is_kept(
    line: str, levels: list[str]
) -> None:
    assert [found for found, _, _ in degree_mentions(line)] == levels


def test_a_degree_restated_in_brackets_is_listed_once(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Priya Sharma\n\nEDUCATION\n"
        "MCA (Master of Computer Applications) | Pune University | 2017 - 2019 | CGPA 8.1\n"
        "B.Sc. (Computer Science) | Fergusson College | 2014 - 2017 | 78%\n",
        "resume",
    )
    assert [d.level for d in resume.education.degrees] == ["master", "bachelor"]


@pytest.mark.parametrize(
    "line",
    [
        "MCA (Master of Computer Applications) - Pursuing | Pune University | 2024 - 2026",
        "B.Tech in Computer Science | JNTU Hyderabad | 2022 - 2026 | Pursuing",
        "B.E. Computer Engineering – Pursuing, Mumbai University, CGPA 8.2",
        "M.Tech, IIT Madras: Ongoing",
    ],
)
def test_a_status_set_apart_after_a_degree_says_it_is_still_studied_for(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Ravi Kumar\n\nEDUCATION\n{line}\n", "resume")
    assert [d.in_progress for d in resume.education.degrees] == [True]


@pytest.mark.parametrize(
    ("line", "pending"),
    [
        # the status opens the cell of the next degree on the line, not one of the first's
        (
            "Bachelor of Engineering, Mumbai University, 2010 - 2014 | Currently pursuing MBA",
            [False, True],
        ),
        ("B.Sc. Physics, 2012 - 2015 | pursuing M.Sc. Data Science", [False, True]),
        ("PhD - Pursuing, MSc - Completed 2020", [True, False]),
    ],
)
def test_a_status_before_the_next_degree_is_that_degrees(
    profile_of: Callable[..., Profile], line: str, pending: list[bool]
) -> None:
    resume = profile_of(f"Ravi Kumar\n\nEDUCATION\n{line}\n", "resume")
    assert [d.in_progress for d in resume.education.degrees] == pending


@pytest.mark.parametrize(
    "line",
    [
        "B.Sc. Physics, Delhi University, 2019 - pursuing a career in data science",
        "B.Tech, JNTU, 2015 | Ongoing learning: Coursera ML",
    ],
)
def test_pursuing_something_else_after_a_degree_leaves_it_held(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Ravi Kumar\n\nEDUCATION\n{line}\n", "resume")
    assert [d.in_progress for d in resume.education.degrees] == [False]


@pytest.mark.parametrize(
    "line",
    [
        "- A 2:1 degree or above in a STEM subject (Computer Science, Maths, Physics or similar).",
        "- A degree or equivalent in Computer Science or Statistics.",
        "- Degree or higher in Statistics, Mathematics or Physics.",
    ],
)
def test_a_degree_of_no_level_or_above_in_fields_asks_a_bachelors(
    profile_of: Callable[..., Profile], line: str
) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n{line}\n- Python.\n", "posting")
    assert posting.posting is not None
    assert posting.posting.degree_required == "bachelor"
    assert [r.name for r in posting.requirements if r.importance == "required"] == ["Python"]


@pytest.mark.parametrize(
    "line",
    [
        "- A high degree or above in ownership.",
        "- Some degree of comfort in ambiguity.",
    ],
)
def test_degree_as_an_amount_asks_no_degree(profile_of: Callable[..., Profile], line: str) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n{line}\n- Python.\n", "posting")
    assert posting.posting is not None
    assert posting.posting.degree_required is None


@pytest.mark.parametrize(
    "line",
    [
        "* Experience with Databricks is highly regarded.",
        "* Experience with Databricks will be looked upon favourably.",
        "* Knowledge of Databricks would be viewed favorably.",
        "* Databricks experience will be regarded favourably.",
        "* Experience with Databricks is well regarded.",
    ],
)
def test_what_is_regarded_favourably_is_preferred(
    profile_of: Callable[..., Profile], line: str
) -> None:
    posting = profile_of(f"Data Scientist\n\nAbout you\n* Strong SQL.\n{line}\n", "posting")
    importance = {r.name: r.importance for r in posting.requirements}
    assert importance == {"SQL": "required", "Databricks": "preferred"}


@pytest.mark.parametrize(
    "line",
    [
        "* Join our highly regarded data team and bring strong Databricks skills.",
        "* Our well regarded platform runs on Databricks, which you must know.",
    ],
)
def test_highly_regarded_before_a_noun_describes_it(
    profile_of: Callable[..., Profile], line: str
) -> None:
    posting = profile_of(f"Data Scientist\n\nAbout you\n* Strong SQL.\n{line}\n", "posting")
    importance = {r.name: r.importance for r in posting.requirements}
    assert importance["Databricks"] == "required"


def test_a_higher_degree_highly_regarded_is_preferred(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Senior Data Scientist\n\nAbout you\n* Tertiary qualifications in Statistics or "
        "Computer Science; a Master's or PhD is highly regarded.\n* Strong SQL.\n",
        "posting",
    )
    assert posting.posting is not None
    assert posting.posting.degree_preferred == "master"
    assert posting.posting.degree_required == "bachelor"  # the tertiary qualifications


@pytest.mark.parametrize(
    "line",
    [
        "- You must have full Australian working rights (citizen or PR).",
        "- Valid NZ work rights are essential.",
        "- Applicants must be Australian citizens or permanent residents.",
        "- Must be a U.S. Citizen due to a government contract.",
        "- Canadian permanent residency is required.",
    ],
)
def test_the_right_to_work_somewhere_is_no_skill(
    profile_of: Callable[..., Profile], line: str
) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n- Strong SQL.\n{line}\n", "posting")
    assert [r.name for r in posting.requirements] == ["SQL"]


def test_citizen_data_scientists_are_still_read(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Data Scientist\n\nRequirements\n- Strong SQL.\n"
        "- You will be supporting citizen data scientists with Zorblex.\n",
        "posting",
    )
    assert "Zorblex" in [r.name for r in posting.requirements]


@pytest.mark.parametrize("label", ["Key Skills", "Primary Skills", "Core Skills", "Main Skills"])
def test_a_skills_label_names_no_term(profile_of: Callable[..., Profile], label: str) -> None:
    posting = profile_of(
        f"Data Scientist\n\nRequirements\n- Strong SQL.\n{label}: Python, Zorblex\n", "posting"
    )
    assert [r.name for r in posting.requirements] == ["SQL", "Python", "Zorblex"]


def test_a_name_opening_with_such_a_word_is_kept(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Account Manager\n\nRequirements\n- Experience in key account management.\n"
        "- Knowledge of core banking systems.\n",
        "posting",
    )
    named = [r.jd_text.lower() for r in posting.requirements]
    assert "key account management" in named and "core banking systems" in named


def test_a_job_boards_fields_after_the_requirements_ask_nothing(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "Data Scientist\n\nDesired Candidate Profile:\n- Strong proficiency in Python and SQL.\n"
        "Industry Type: FinTech / Payments\nDepartment: Data Science & Analytics\n"
        "Employment Type: Full Time, Permanent\nRole Category: Data Science & Machine Learning\n",
        "posting",
    )
    assert [r.name for r in posting.requirements] == ["Python", "SQL"]


def test_a_department_field_that_goes_on_to_ask_still_asks(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "Data Scientist\n\nRequirements\n- Strong SQL.\n"
        "- Department: Risk Analytics; you must know Zorblex.\n",
        "posting",
    )
    assert "Zorblex" in [r.name for r in posting.requirements if r.importance == "required"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "About the job\nAcme is hiring a Staff Machine Learning Engineer to lead search "
            "and ranking across our catalogue of products.\n\nWhat You'll Do\n- Own ranking.\n",
            None,
        ),
        (
            "Job Description\nSenior Data Engineer\n\nRequirements\n- Python.\n",
            "Senior Data Engineer",
        ),
        ("Overview\n\nWe build data pipelines.\n\nRequirements\n- Python.\n", None),
    ],
)
def test_a_heading_on_the_first_line_is_no_title(
    profile_of: Callable[..., Profile], text: str, title: str | None
) -> None:
    posting = profile_of(text + "- Strong Python, SQL and Airflow.\n", "posting")
    assert posting.posting is not None
    assert posting.posting.title == title
    assert posting.posting.technical


@pytest.mark.parametrize("title", ["Data Scientist", "Research Scientist", "Software Engineer"])
def test_a_title_on_the_first_line_is_still_the_title(
    profile_of: Callable[..., Profile], title: str
) -> None:
    posting = profile_of(f"{title}\n\nRequirements\n- Strong Python.\n", "posting")
    assert posting.posting is not None
    assert posting.posting.title == title


_UNDERGRAD = (
    "Jordan Lee\n\nEDUCATION\nUniversity of Michigan - B.S.E. in Computer Science\n"
    "Expected May 2027 | GPA: 3.86/4.00\n\nEXPERIENCE\n"
    "Software Engineering Intern - Stripe, Seattle, WA     May 2025 - Aug 2025\n"
    "- Built an anomaly detection service in Python.\n"
    "{title}, EECS 445: Intro to Machine Learning     Jan 2025 - Present\n"
    "- Hold weekly office hours; grade projects on neural networks in PyTorch.\n"
)


@pytest.mark.parametrize(
    "title",
    ["Instructional Aide (TA)", "Head TA", "Course Assistant", "Undergraduate Student Instructor"],
)
def test_a_teaching_aides_post_is_a_students_job(
    profile_of: Callable[..., Profile], title: str
) -> None:
    resume = profile_of(_UNDERGRAD.format(title=title), "resume")
    assert resume.experience.level == "intern"


def test_an_engineers_post_is_no_students_job(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(_UNDERGRAD.format(title="Machine Learning Engineer"), "resume")
    assert resume.experience.level != "intern"


def _choices(profile: Profile) -> dict[str, list[str]]:
    return {r.name: sorted(r.alternatives) for r in profile.requirements}


def test_items_joined_by_slashes_after_one_of_are_a_choice(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "ML Engineer\n\nRequirements\n- Proficient in at least one of C++/Python/Java.\n",
        "posting",
    )
    assert _choices(posting) == {
        "C++": ["java", "python"],
        "Python": ["cpp", "java"],
        "Java": ["cpp", "python"],
    }


def test_items_joined_by_slashes_without_one_of_are_each_asked(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "ML Engineer\n\nRequirements\n- One of the best teams in town; Python/SQL daily.\n",
        "posting",
    )
    assert _choices(posting) == {"Python": [], "SQL": []}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("C#/Java, Python", {"C#", "Java", "Python"}),
        ("C#/.NET", {"C#", ".NET"}),
        ("F#/OCaml", {"F#", "OCaml"}),
        ("Java/C#", {"Java", "C#"}),
    ],
)
def test_a_language_with_a_sharp_before_a_slash_is_read(
    profile_of: Callable[..., Profile], line: str, names: set[str]
) -> None:
    resume = profile_of(f"Jane Doe\n\nSkills\n{line}\n", "resume")
    assert {hit.name for hit in resume.skills} == names


@pytest.mark.parametrize(
    "line",
    [
        "- Prior internship, research or competition (e.g. Kaggle) experience is a plus.",
        "- Prior research or competition (e.g. Kaggle) experience is a plus.",
    ],
)
def test_an_example_in_brackets_inside_a_phrase_takes_the_phrases_cue(
    profile_of: Callable[..., Profile], line: str
) -> None:
    posting = profile_of(f"ML Intern\n\nRequirements\n- Strong Python.\n{line}\n", "posting")
    importance = {r.name: r.importance for r in posting.requirements}
    assert importance["Python"] == "required" and importance["Kaggle"] == "preferred"


def test_an_example_in_brackets_before_a_comma_keeps_its_own_reading(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "ML Intern\n\nRequirements\n- Cloud platforms (e.g. AWS), Docker is a plus.\n", "posting"
    )
    importance = {r.name: r.importance for r in posting.requirements}
    assert importance["Amazon Web Services"] == "required"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("PROFESSIONAL PROFILE", "summary"),
        ("Career Profile", "summary"),
        ("Profile Summary:", "summary"),
        ("Career Summary", "summary"),
        ("Executive Summary", "summary"),
        ("Relevant Coursework", "education"),
        ("COURSEWORK", "education"),
        ("Languages Known", "languages"),
        ("Key Achievements", "awards"),
        ("Scholastic Achievements", "awards"),
        ("Academic Achievements", "awards"),
        ("Positions of Responsibility", "interests"),
        ("Extra-Curricular Activities", "interests"),
        ("Co-Curricular Activities", "interests"),
        ("DECLARATION", "interests"),
        ("References", "interests"),
        ("Referees", "interests"),
    ],
)
def test_headings_of_cvs_from_india_and_britain_open_their_sections(
    heading: str, name: str
) -> None:
    assert heading_name(heading) == name


def test_coursework_after_the_jobs_is_no_work(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Jordan Lee\n\nEXPERIENCE\nData Analyst Intern, Acme, Jun 2025 - Aug 2025\n"
        "- Weekly reports in Excel.\n\nRELEVANT COURSEWORK\nMachine Learning, Computer Vision\n",
        "resume",
    )
    sections = {hit.name: {m.section for m in hit.mentions} for hit in resume.skills}
    assert sections["Computer vision"] == {"education"}


@pytest.mark.parametrize("heading", ["Key Achievements:", "Key Achievements", "Achievements"])
def test_achievements_under_a_job_stay_in_the_job(
    profile_of: Callable[..., Profile], heading: str
) -> None:
    # right below a job's dates the heading titles that job's bullets, as Indian CVs write it
    resume = profile_of(
        f"Ravi Kumar\n\nEXPERIENCE\nAssociate, Infosys, Jan 2018 - Dec 2023\n{heading}\n"
        "- Built machine learning models in Python and TensorFlow\n\n"
        f"Associate, Wipro, Jan 2015 - Dec 2017\n{heading}\n- Met quarterly sales targets\n\n"
        "EDUCATION\nB.Tech, 2014\n",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == [
        "Associate, Infosys",
        "Associate, Wipro",
    ]
    assert resume.experience.relevant_years == 6.0


def test_achievements_after_a_jobs_bullets_open_their_section(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Ravi Kumar\n\nEXPERIENCE\nAnalyst, Infosys, Jan 2018 - Dec 2023\n- Weekly Excel reports\n"
        "KEY ACHIEVEMENTS\n- Won a Kaggle competition with PyTorch\n",
        "resume",
    )
    sections = {hit.name: {m.section for m in hit.mentions} for hit in resume.skills}
    assert sections["PyTorch"] == {"awards"}


@pytest.mark.parametrize("heading", ["References", "Declaration", "Relevant Coursework"])
def test_a_posting_line_with_such_words_opens_no_resume_section(heading: str) -> None:
    assert posting_heading(heading) is None


def test_a_profiles_endorsement_lines_name_no_skill(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Arjun Mehta\n\nExperience\nData Scientist\nZentro Logistics · Full-time\n"
        "Jan 2019 - Present · 5 yrs 11 mos\nBuilt demand forecasting models.\n\n"
        "Skills\nTime Series Analysis\nEndorsed by 12 colleagues at Zentro Logistics\n"
        "Causal Inference\nEndorsed by Mei Lin, who is highly skilled at Databricks\n"
        "Python (Programming Language)\n3 endorsements\n",
        "resume",
    )
    names = {hit.name for hit in resume.skills}
    assert {"Time series analysis", "Causal inference", "Python"} <= names
    assert not names & {"Logistics", "Databricks"}


@pytest.mark.parametrize(
    "line",
    [
        "- Proficient in Python, familiar with TensorFlow or PyTorch;",
        "2. Proficient in at least one of Python/Java, familiar with TensorFlow or PyTorch;",
        "- Proficient in Python, exposure to TensorFlow or PyTorch.",
    ],
)
def test_a_familiarity_after_a_comma_is_its_own_lists(
    profile_of: Callable[..., Profile], line: str
) -> None:
    posting = profile_of(f"ML Engineer\n\nRequirements\n{line}\n", "posting")
    importance = {r.name: r.importance for r in posting.requirements}
    assert importance["Python"] == "required"
    assert importance["TensorFlow"] == importance["PyTorch"] == "preferred"


def test_a_familiarity_opening_the_line_covers_its_list(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "ML Engineer\n\nRequirements\n- Familiarity with Python, TensorFlow or PyTorch.\n",
        "posting",
    )
    assert {r.importance for r in posting.requirements} == {"preferred"}


def test_papers_published_at_venues_ask_for_publications(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "Algorithm Engineer\n\nJob requirements:\n1. Proficient in Python;\n"
        "2. Papers published at top conferences (KDD, SIGIR) are preferred;\n",
        "posting",
    )
    names = {r.name: r.importance for r in posting.requirements}
    assert names["Publications"] == "preferred"
    assert "Papers published" not in names


def test_a_tertiary_qualification_names_no_term(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Data Scientist\n\nAbout you\n* Tertiary qualifications in Statistics.\n* Strong SQL.\n",
        "posting",
    )
    assert "Tertiary" not in [r.name for r in posting.requirements]
