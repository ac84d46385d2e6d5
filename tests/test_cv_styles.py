"""Resumes in styles beyond the one-page industry resume: academic CVs, Europass, federal,
German Lebenslauf: their headings, dates and entries read as a job seeker means them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

JOB = "Experience\nData Scientist, Northwind Analytics\nJan 2023 - Dec 2023\n- Python models\n"


def _work_ranges(profile: Profile) -> list[str]:
    return [r.text for r in profile.experience.ranges if r.section in ("experience", None)]


@pytest.mark.parametrize("heading", ["Positions", "Academic Positions", "Visiting Positions"])
def test_an_academic_cvs_positions_are_work(
    profile_of: Callable[..., Profile], heading: str
) -> None:
    cv = profile_of(
        "Education\n2013–2018  Ph.D., Computer Science, Lakeview University\n"
        f"{heading}\n2018–2020  Postdoctoral Fellow, Halden Institute of Technology\n",
        "resume",
    )
    assert _work_ranges(cv) == ["2018–2020"]
    assert cv.experience.years == pytest.approx(2.0, abs=0.15)


@pytest.mark.parametrize(
    "entry",
    [
        "Service\nReviewer: ICML 2016–2022, NeurIPS 2017–2022, JMLR\n",
        "Service and Reviewing\nProgram committee, KDD 2015–2022\n",
        "Talks\nInvited speaker, Lakeview ML Seminar, 2015–2021\n",
        "Grants and Funding\nNSF grant, Reliable Learning, 2015–2021\n",
        "Professional Affiliations\nAmerican Statistical Association, member 2015 – Present\n",
    ],
)
def test_service_talks_and_grants_are_not_work(
    profile_of: Callable[..., Profile], entry: str
) -> None:
    cv = profile_of(f"{JOB}{entry}", "resume")
    assert _work_ranges(cv) == ["Jan 2023 - Dec 2023"]
    assert cv.experience.years == pytest.approx(1.0, abs=0.1)


def test_a_veterans_service_heading_over_jobs_is_work(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        f"{JOB}Service\nIntelligence Analyst (MOS 35F), U.S. Army, Fort Bliss, TX\n"
        "Jun 2014 - Sep 2019\n- Analysed reports with Excel\n",
        "resume",
    )
    assert _work_ranges(resume) == ["Jan 2023 - Dec 2023", "Jun 2014 - Sep 2019"]


@pytest.mark.parametrize(
    "title",
    [
        "Postdoctoral Researcher, Halden Institute",
        "Assistant Professor, Lakeview University",
        "Senior Research Scientist, Copperleaf",
        "Research Fellow, Halden Institute",
    ],
)
def test_a_computing_doctors_research_jobs_are_technical(
    profile_of: Callable[..., Profile], title: str
) -> None:
    cv = profile_of(
        "Education\nPh.D. in Computer Science, Lakeview University, 2012 – 2017\n"
        f"Positions\n{title}    2017 – 2021\n",
        "resume",
    )
    [job] = cv.experience.jobs
    assert job.technical is True
    assert cv.experience.relevant_years == cv.experience.years


def test_a_lab_scientists_research_job_stays_as_its_lines_show(
    profile_of: Callable[..., Profile],
) -> None:
    cv = profile_of(
        "Education\nPh.D. in Immunology, Lakeview University, 2012 – 2017\n"
        f"{JOB}Research Scientist, Halden Biotech\n2017 – 2021\n",
        "resume",
    )
    assert [job.technical for job in cv.experience.jobs] == [True, False]


@pytest.mark.parametrize(
    "dates",
    [
        "Jan 2019 – Dec 2023 (parental leave Apr 2021 – Oct 2021)",
        "Jan 2019 – Dec 2023 (incl. 6 months maternity leave)",
        "Jan 2019 – Dec 2023, with a sabbatical Jan 2022 – Jun 2022",
    ],
)
def test_leave_noted_beside_a_jobs_dates_keeps_the_job(
    profile_of: Callable[..., Profile], dates: str
) -> None:
    resume = profile_of(
        f"Experience\nMachine Learning Engineer, Lattice Payments\n{dates}\n- PyTorch models\n",
        "resume",
    )
    assert resume.experience.years == pytest.approx(5.0, abs=0.1)
    assert resume.experience.titles == ["Machine Learning Engineer, Lattice Payments"]


def test_a_career_break_of_its_own_is_not_work(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(f"{JOB}Career break – Parental leave    2020 – 2021\n", "resume")
    assert resume.experience.years == pytest.approx(1.0, abs=0.1)


def test_a_federal_jobs_title_below_its_form_fields(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Work Experience\nDepartment of Energy, Office of Science\n"
        "Germantown, MD 20874 United States\n03/2019 to Present\nSalary: $142,000 per year\n"
        "Hours per week: 40\nSeries: 1560 Grade: GS-14\nData Scientist (Machine Learning Lead)\n"
        "Supervisor: Dr. Karen Whitlock, (301) 555-0199\nMay contact: Yes\n"
        "Duties, Accomplishments and Related Skills:\n- Built XGBoost models in Python\n",
        "resume",
    )
    assert resume.experience.titles == ["Data Scientist (Machine Learning Lead)"]


@pytest.mark.parametrize("place", ["810 Vermont Ave NW, Washington, DC", "Washington, DC"])
def test_a_federal_jobs_title_above_its_agency_and_address(
    profile_of: Callable[..., Profile], place: str
) -> None:
    resume = profile_of(
        "Experience\nOperations Research Analyst (GS-1515-13)\nDepartment of Veterans Affairs\n"
        f"{place}\n10/2017 - Present\n40 hours per week\n"
        "Supervisor: John Miller (202-555-0134); may contact\n- Built models in R\n",
        "resume",
    )
    assert resume.experience.titles == ["Operations Research Analyst (GS-1515-13)"]


EUROPASS_LANGUAGES = (
    "Work Experience\n2019 – 2023  Data Analyst, Tejo Logistics, Lisbon\n- Python reports\n"
    "Personal Skills\nMother tongue(s)\nPortuguese\n\nOther language(s)\n"
    "            UNDERSTANDING             SPEAKING                       WRITING\n"
    "            Listening   Reading       Spoken interaction  Spoken production\n"
    "German      B2          B2            B1                  B1           B1\n"
    "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user\n"
)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Personal skills", "skills"),
        ("Job-related skills", "skills"),
        ("Digital skills", "skills"),
        ("Communication skills", "skills"),
        ("Organisational / managerial skills", "skills"),
        ("Mother tongue(s)", "languages"),
        ("Other language(s)", "languages"),
        ("Driving licence", "contact"),
    ],
)
def test_europass_headings_open_their_sections(heading: str, name: str) -> None:
    from mlcareer.documents.sections import heading_name

    assert heading_name(heading) == name


def test_a_europass_language_grid_gives_languages_not_skills(
    profile_of: Callable[..., Profile],
) -> None:
    cv = profile_of(EUROPASS_LANGUAGES, "resume")
    found = {hit.id for hit in cv.skills}
    assert {"lang-portuguese", "lang-german", "python"} <= found
    assert not {"speaking", "writing", "active-listening", "reading-comprehension"} & found


def test_a_europass_digital_skills_grid_is_no_skill(profile_of: Callable[..., Profile]) -> None:
    cv = profile_of(
        "Work Experience\n2019 – 2023  Data Analyst, Tejo Logistics, Lisbon\n- Python reports\n"
        "Digital skills\nSELF-ASSESSMENT\n"
        "Information processing  Communication  Content creation  Safety  Problem solving\n"
        "Proficient user         Proficient user Independent user  Basic user  Proficient user\n"
        "SQL, Git, Docker\n\nCommunication skills\nI led weekly client meetings.\n",
        "resume",
    )
    found = {hit.id for hit in cv.skills}
    assert {"sql", "git", "docker"} <= found
    assert not {"communication", "problem-solving"} & found


@pytest.mark.parametrize(
    "listed",
    [
        "Skills\n- Communication Skills\n- Organizational Skills\n",
        "Skills\nTime Management\nCommunication Skills\nOrganizational Skills\n",
    ],
)
def test_a_listed_skill_named_like_a_europass_heading_stays_a_skill(
    profile_of: Callable[..., Profile], listed: str
) -> None:
    found = {hit.id for hit in profile_of(f"{JOB}{listed}", "resume").skills}
    assert {"communication", "organizational-skills"} <= found


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Publications (selected; * equal contribution)", "publications"),
        ("Skills (tools I use daily)", "skills"),
        ("Professional Publications", "publications"),
        ("SOFTWARE", "skills"),
        ("Skills (Python, SQL)", None),  # names in the brackets: a line of skills
        ("Tools (Docker)", None),
    ],
)
def test_a_heading_with_a_qualifier_in_brackets(heading: str, name: str | None) -> None:
    from mlcareer.documents.sections import heading_name

    assert heading_name(heading) == name


def test_an_academic_cvs_publications_and_software_sections(
    profile_of: Callable[..., Profile],
) -> None:
    cv = profile_of(
        "Positions\n2018–2020  Postdoctoral Fellow, Halden Institute of Technology\n\n"
        "Publications (selected; * equal contribution)\n"
        "2021  Lind A.*, Berg K.* Sparse Priors for Survival Models. AISTATS.\n\n"
        "Teaching\n2016  Teaching Assistant, Statistics 101, Halden University\n\n"
        "Software\nPython, PyMC, Stan\n",
        "resume",
    )
    sections = {m.text: m.section for hit in cv.skills for m in hit.mentions}
    assert sections["PyMC"] == sections["Stan"] == "skills"
    assert [s.name for s in cv.sections][:2] == ["experience", "publications"]


def test_software_in_a_posting_is_no_section(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Data Engineer\n\nRequirements\n- 3+ years of Python\nSoftware\n- Airflow\n", "posting"
    )
    assert {req.id: req.importance for req in posting.requirements}["airflow"] == "required"


def test_a_europass_heading_right_under_a_role_opens_its_section(
    profile_of: Callable[..., Profile],
) -> None:
    """A PDF's text has no blank line before a heading: "Computer skills" (moderncv's
    heading) right under a role's bullet is no skill of a list but the skills' heading."""
    cv = profile_of(
        "Experience\n2019 - 2023 Data Analyst, Tejo Logistics\n- Wrote sales reports\n"
        "Computer skills\nPython, SQL, Tableau\n",
        "resume",
    )
    assert [section.name for section in cv.sections] == ["experience", "skills"]
    python = next(hit for hit in cv.skills if hit.id == "python")
    assert [mention.section for mention in python.mentions] == ["skills"]


def test_a_europass_heading_listed_under_a_roles_list_opener_is_a_skill(
    profile_of: Callable[..., Profile],
) -> None:
    """Under "Skills gained:" in a role, "Communication skills" is an item of that list: the
    roles after it stay in the experience section."""
    cv = profile_of(
        "Experience\nSales Assistant, Corner Shop, 2014 - 2016\nSkills gained:\n"
        "Communication skills\nOrganisational skills\nCustomer service\n"
        "Data Analyst, Beta Ltd, 2016 - 2019\n- Built dashboards in SQL\n",
        "resume",
    )
    assert [section.name for section in cv.sections] == ["experience"]
    assert [found.section for found in cv.experience.ranges] == ["experience", "experience"]
