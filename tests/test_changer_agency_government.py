"""Genres read end to end: career changers' resumes, staffing agencies' contract postings,
US federal vacancies and LLM-era postings (AI engineering, ML platforms, clinical AI)."""

from __future__ import annotations

import re
from collections.abc import Callable

from mlcareer.api import Options, compare
from mlcareer.models import Profile, Report, SkillMatch

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> dict[str, str]:
    return {req.name: req.importance for req in profile.requirements}


# --- an agency's or a company's "About <Name>" blurb asks for nothing ------------------------

AGENCY = """\
Python Developer - 6 Month Contract to Hire
W2 ONLY - NO C2C. Pay Rate: $55-$65/hr on W2.

Must Haves:
- 5+ years of Python development
- Strong SQL

Pluses:
- Terraform

{heading}
Brightline is an IT staffing firm that places technologists in Java, .NET and SAP roles
across the country. We offer weekly pay to our consultants.
"""


def test_an_about_the_agency_heading_closes_the_list_of_pluses(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of(AGENCY.format(heading="About Brightline Staffing:"), "posting"))
    assert asked["Terraform"] == "preferred"
    assert not {"Java", ".NET", "SAP"} & set(asked)


def test_about_the_role_and_about_you_keep_their_own_sections(profile_of: ProfileOf) -> None:
    # near misses: "About the role" is the job, "About you" its asks
    you = _asked(profile_of(AGENCY.format(heading="About You:"), "posting"))
    assert you["Java"] == "required"
    role = profile_of(AGENCY.format(heading="About the role:"), "posting")
    assert [s.name for s in role.sections][-1] == "about"


# --- a federal vacancy: its KSAs heading, its "Degree:" requirement, its grade ---------------

VACANCY = """\
Data Scientist
Series and Grade: GS-1560-13
Pay scale & grade: GS 13

Duties
- Build predictive models for program offices.

Qualifications
To qualify at the GS-13 level, you must have one year of specialized experience equivalent
to the GS-12 grade level in the Federal service: applying machine learning with Python.

Basic Requirements: Degree: Mathematics, statistics or computer science that included at
least 24 semester hours in mathematics.

{ksa_heading}
1. Knowledge of machine learning techniques.
2. Skill in R programming.

Time-in-grade: Current federal employees must have served 52 weeks at the GS-12 level.
"""


def _vacancy(
    profile_of: ProfileOf, ksa_heading: str = "Knowledge, Skills and Abilities (KSAs)"
) -> Profile:
    return profile_of(VACANCY.format(ksa_heading=ksa_heading), "posting")


def test_a_ksa_heading_with_its_initials_is_a_heading_not_a_skill(profile_of: ProfileOf) -> None:
    profile = _vacancy(profile_of)
    assert "KSAs" not in {req.jd_text for req in profile.requirements}
    assert "Knowledge, Skills and Abilities (KSAs)" in [s.heading for s in profile.sections]
    assert _asked(profile)["R"] == "required"  # a KSA is asked


def test_a_note_that_names_a_skill_still_makes_a_line_of_skills(profile_of: ProfileOf) -> None:
    # near miss: "Skills (Python)" lists a skill; its note is not the heading's initials
    profile = profile_of("Data Analyst\n\nQualifications\nSkills (SAS)\n- Excel\n", "posting")
    assert "SAS" in _asked(profile)


def test_a_federal_degree_requirement_is_a_bachelors(profile_of: ProfileOf) -> None:
    posting = _vacancy(profile_of).posting
    assert posting is not None and posting.degree_required == "bachelor"


def test_a_degree_label_without_a_field_names_no_degree(profile_of: ProfileOf) -> None:
    # near miss: a form's "Degree:" field that names no field of study
    text = "Data Analyst\n\nQualifications\nDegree: not required for this role.\n- SQL\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.degree_required is None


def test_the_grade_field_sets_a_vacancys_level(profile_of: ProfileOf) -> None:
    # the GS-12 of "equivalent to the GS-12 grade level" is the grade below the vacancy's
    posting = _vacancy(profile_of).posting
    assert posting is not None
    assert (posting.level, posting.level_source) == ("senior", "grade: GS-13")


def test_a_vacancy_open_at_two_grades_takes_the_lower(profile_of: ProfileOf) -> None:
    text = VACANCY.replace("GS-1560-13\nPay scale & grade: GS 13", "GS-1560-11/12")
    posting = profile_of(text.format(ksa_heading="KSAs"), "posting").posting
    assert posting is not None and posting.level_source == "grade: GS-11"


# --- a career changer: a volunteer role's or a bootcamp's lines are not the job's before ------

CHANGER = """\
Jane Doe

Experience
{first}
- {first_bullet}
{second}
- Automated a monthly donor report with SQL and Python.
"""


def _jobs(profile_of: ProfileOf, second: str, first: str = "", bullet: str = "") -> Profile:
    text = CHANGER.format(
        first=first or "Mathematics Teacher, Lincoln High School    Aug 2016 - Jun 2024",
        first_bullet=bullet or "Taught Algebra II and AP Statistics to 150 students a year.",
        second=second,
    )
    return profile_of(text, "resume")


def test_a_volunteer_roles_lines_are_not_the_teaching_jobs(profile_of: ProfileOf) -> None:
    profile = _jobs(profile_of, "Data Analyst (Volunteer), City Food Bank    Sep 2024 - Present")
    [teacher] = profile.experience.jobs
    assert (teacher.technical, teacher.why) == (False, "teaching")
    assert profile.experience.level == "entry"


def test_a_bootcamps_lines_are_not_the_store_managers(profile_of: ProfileOf) -> None:
    profile = _jobs(
        profile_of,
        "Data Science Bootcamp, General Assembly    Jan 2023 - Apr 2023",
        first="Store Manager, Target    2017 - 2022",
        bullet="Managed a team of 35 and a budget.",
    )
    [manager] = profile.experience.jobs
    assert manager.technical is False


def test_a_paid_role_after_teaching_is_its_own_job(profile_of: ProfileOf) -> None:
    # near miss: a paid data role is a job of its own, judged technical by its title
    profile = _jobs(profile_of, "Data Analyst, City Food Bank    Sep 2024 - Present")
    assert [job.technical for job in profile.experience.jobs] == [False, True]


def test_a_teachers_own_tools_still_make_the_job_technical(profile_of: ProfileOf) -> None:
    # near miss: the teaching job's own bullet names a tool it used
    profile = _jobs(
        profile_of,
        "Data Analyst (Volunteer), City Food Bank    Sep 2024 - Present",
        bullet="Wrote autograded Python notebooks for 150 students a year.",
    )
    [teacher] = profile.experience.jobs
    assert teacher.technical is True


# --- a job title that names the work shows it at work, not only in a skills list ---------------

PM_RESUME = """\
Sam Reyes

Experience
Senior Product Manager, Search, Acme    2020 - Present
- Shipped a ranking model with the ML team that lifted sales 3%.
Product Manager, Growth, Beta Labs    2017 - 2020
- Ran onboarding experiments that grew activation 12%.

Skills
Product strategy, roadmapping, SQL, Looker
"""
PM_POSTING = """\
Product Manager, Machine Learning

Requirements
- 5+ years of product management experience.
- Comfort with SQL and Looker.
"""


def _shown_only_in_skills(profile_of: ProfileOf, options: Options) -> list[str]:
    report = compare(profile_of(PM_RESUME, "resume"), profile_of(PM_POSTING, "posting"), options)
    # several skills share one line: "SQL and Looker appear only in your skills ..."
    listed = [
        s.message.split(" appear")[0] for s in report.suggestions if s.kind == "show-in-experience"
    ]
    return [name for names in listed for name in re.split(r", | and ", names)]


def test_a_product_managers_titles_show_product_management(
    profile_of: ProfileOf, options: Options
) -> None:
    shown = _shown_only_in_skills(profile_of, options)
    assert "Product management" not in shown
    assert "Looker" in shown  # near miss: a tool no title names is still only listed


# --- clinical AI: "software as a medical device" names a product, not a role ------------------


def test_software_as_a_medical_device_is_no_role(profile_of: ProfileOf) -> None:
    text = (
        "ML Scientist, Clinical AI\n\nPreferred\n"
        "- Experience with FDA software as a medical device (SaMD) regulations.\n"
        "- 2+ years of experience as a Clinical Data Scientist.\n"
    )
    names = [req.name for req in profile_of(text, "posting").requirements]
    assert not any("medical device" in name and "Experience as" in name for name in names)
    assert "Experience as Clinical Data Scientist" in names  # near miss: a role asked


# --- skills of LLM-era, platform, developer-relations and bioinformatics postings -------------


def _all(report: Report) -> list[SkillMatch]:
    return [*report.matched, *report.missing]


def _skills(profile_of: ProfileOf, text: str, doc_type: str = "posting") -> set[str]:
    return {hit.name for hit in profile_of(text, doc_type).skills}


def test_bioinformatics_tools_are_skills_that_show_bioinformatics(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "Aisha Rahman\n\nExperience\nPostdoctoral Fellow, Broad Institute    2019 - 2021\n"
        "- Single-cell RNA-seq analysis with Scanpy and Seurat; variant calling with GATK and"
        " Nextflow.\n",
        "resume",
    )
    assert {"Scanpy", "Seurat", "GATK", "Nextflow", "Single-cell RNA-seq"} <= {
        hit.name for hit in resume.skills
    }
    posting = profile_of(
        "ML Scientist\n\nPreferred\n- Bioinformatics experience (genomics, NGS pipelines).\n",
        "posting",
    )
    report = compare(resume, posting, options)
    found = {m.name: m.status for m in report.matched + report.missing}
    assert found["Bioinformatics"] == "implied"
    assert found["Next-generation sequencing"] in ("implied", "matched")


def test_transcriptomics_is_shown_by_rna_seq_but_is_not_rna_seq(
    profile_of: ProfileOf, options: Options
) -> None:
    microarrays = "Ana Lee\n\nExperience\n- Analysed transcriptomics data from microarrays in R.\n"
    assert "RNA-seq" not in _skills(profile_of, microarrays, "resume")
    resume = profile_of("Ana Lee\n\nExperience\n- Ran bulk RNA-seq analyses in R.\n", "resume")
    posting = profile_of("Scientist\n\nRequirements\n- Transcriptomics experience.\n", "posting")
    found = {m.name: m.status for m in compare(resume, posting, options).missing}
    assert found["Transcriptomics"] == "implied"


def test_the_painter_seurat_is_no_skill(profile_of: ProfileOf) -> None:
    text = (
        "Lee Wu\n\nExperience\nMuseum Guide, Art Institute    2019 - 2021\n"
        "- Led tours on Seurat and Monet.\n"
    )
    assert "Seurat" not in _skills(profile_of, text, "resume")


def test_containers_beside_their_platform_are_containerization(profile_of: ProfileOf) -> None:
    asked = _skills(
        profile_of,
        "MLOps Engineer\n\nRequirements\n- Deep knowledge of Kubernetes and containers.\n",
    )
    assert "Containerization" in asked
    # near miss: a warehouse's containers
    dock = _skills(
        profile_of, "Warehouse Associate\n\nRequirements\n- Load and unload shipping containers.\n"
    )
    assert "Containerization" not in dock


def test_serving_models_open_source_and_speaking_are_read(profile_of: ProfileOf) -> None:
    asked = _skills(
        profile_of,
        "Developer Advocate\n\nWhat you'll do\n- Speak at conferences and meetups.\n\nBonus\n"
        "- Contributions to open-source projects.\n- Experience serving models with vLLM.\n",
    )
    assert {"Public speaking", "Open-source contribution", "Model deployment"} <= asked


def test_a_developer_advocates_title_shows_developer_relations(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "Kenji W\n\nExperience\nDeveloper Advocate, Acme    2022 - Present\n"
        "- Wrote 30 tutorials.\n",
        "resume",
    )
    posting = profile_of(
        "Developer Advocate\n\nRequirements\n- 3+ years in developer relations.\n", "posting"
    )
    [found] = [
        m for m in _all(compare(resume, posting, options)) if m.name == "Developer relations"
    ]
    assert found.status == "implied"


def test_an_agencys_top_skills_are_asked(profile_of: ProfileOf) -> None:
    text = (
        "ML Engineer (Contract)\nRate: $70/hr C2C\n\nTop 3 Skills:\n1. PySpark\n2. Databricks\n"
        "3. MLflow\n\nNice to Have:\n- HIPAA\n"
    )
    asked = _asked(profile_of(text, "posting"))
    assert asked["PySpark"] == asked["MLflow"] == "required"
    assert asked["HIPAA"] == "preferred"  # near miss: the pluses stay pluses


def test_what_strong_candidates_may_also_have_is_preferred(profile_of: ProfileOf) -> None:
    text = "Research Engineer\n\nRequirements\n- SQL\n\n{}\n- Terraform\n"
    extra = _asked(profile_of(text.format("Strong candidates may also have:"), "posting"))
    assert (extra["SQL"], extra["Terraform"]) == ("required", "preferred")
    # near miss: what strong candidates will have is asked
    asked = _asked(profile_of(text.format("Strong candidates will have:"), "posting"))
    assert asked["Terraform"] == "required"


# --- a role asked by its field's acronym is the role spelled out -----------------------------


def _role_status(profile_of: ProfileOf, options: Options, held: str, asked: str) -> str:
    resume = profile_of(
        f"Alex Chen\n\nExperience\n{held}, ShopSmart    Jun 2020 - Feb 2023\n- Trained models.\n",
        "resume",
    )
    posting = profile_of(
        f"Research Engineer\n\nRequirements\n- 2+ years of experience as {asked}.\n", "posting"
    )
    [role] = [m for m in _all(compare(resume, posting, options)) if m.id.startswith("role:")]
    return role.status


def test_an_ml_engineer_asked_is_a_machine_learning_engineer(
    profile_of: ProfileOf, options: Options
) -> None:
    held, asked = "Machine Learning Engineer", "a software engineer or ML engineer"
    assert _role_status(profile_of, options, held, asked) == "matched"
    assert _role_status(profile_of, options, "ML Engineer", "a Machine Learning Engineer") == (
        "matched"
    )
    # near miss: another field's engineer
    assert _role_status(profile_of, options, "ML Engineer", "an AI Engineer") == "missing"


# --- a hospital's notices after its lists: a field's label and a saint's name ask nothing -------

HOSPITAL = """\
Clinical Data Scientist

Preferred Qualifications
- Epic Cogito certification.
- Experience with REDCap.
{extra}

Physical Demands: Sitting for prolonged periods; occasional lifting up to 10 lbs.
St. Marcus is a smoke-free campus.
"""


def test_a_label_and_a_saints_abbreviation_are_no_terms(profile_of: ProfileOf) -> None:
    extra = "- Zorblex: hands-on use.\n- Research: one peer-reviewed paper."
    asked = _asked(profile_of(HOSPITAL.format(extra=extra), "posting"))
    assert not {"Physical Demands", "St"} & set(asked)
    # near misses: a term set as a label stays, and so does a skill a resume heading names
    assert {"REDCap", "Zorblex", "Research"} <= set(asked)


# --- a veteran's degree in progress, expected this year -----------------------------------------


def _in_progress(profile_of: ProfileOf, line: str) -> list[bool]:
    profile = profile_of(f"Marcus W\n\nEducation\n{line}\n", "resume")
    return [degree.in_progress for degree in profile.education.degrees]


def test_a_degree_in_progress_expected_this_year_is_not_held(profile_of: ProfileOf) -> None:
    # "Present" is November 2026: the year alone may end after this month
    line = "B.S. Data Science (in progress), University of Maryland, expected {}"
    assert _in_progress(profile_of, line.format(2026)) == [True]
    # near misses: an expected month already past, and no status written
    assert _in_progress(profile_of, line.format("May 2026")) == [False]
    assert _in_progress(profile_of, "B.S. Data Science, State University, expected 2026") == [False]


def _field(profile_of: ProfileOf, line: str) -> str | None:
    return profile_of(f"Linda M\n\nEducation\n{line}\n", "resume").education.field


def test_health_informatics_is_no_computer_science(profile_of: ProfileOf) -> None:
    nurse = "Master of Science, Health Informatics - Arizona State University, 2025"
    assert _field(profile_of, nurse) == "Health Informatics"
    # near miss: informatics alone is computing
    assert _field(profile_of, "M.S. in Informatics, Indiana University, 2020") == (
        "computer science"
    )


def test_a_serving_engine_shows_model_serving(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of(
        "Alex Chen\n\nExperience\nAI Engineer, Acme    2023 - Present\n"
        "- Fine-tuned Llama 3 with QLoRA; served it with vLLM on A100 GPUs.\n",
        "resume",
    )
    posting = profile_of("AI Engineer\n\nBonus\n- Experience serving models on GPUs.\n", "posting")
    found = {m.name: m for m in _all(compare(resume, posting, options))}
    assert found["Model deployment"].status == "implied"
    assert "vLLM" in (found["Model deployment"].via or "")


# --- a language or a clearance asked is stated, not shown in an experience bullet --------------


def _required_advice(profile_of: ProfileOf, options: Options, ask: str) -> str:
    resume = profile_of(
        "Grace Okafor\n\nExperience\nAnnotation Lead, Sama    2021 - Present\n"
        "- Led a team of 40 annotators in Labelbox.\n",
        "resume",
    )
    posting = profile_of(f"Annotation Lead\n\nRequirements\n- {ask}\n", "posting")
    [advice] = [s.message for s in compare(resume, posting, options).suggestions]
    return advice


def test_a_language_or_a_clearance_asked_is_stated(profile_of: ProfileOf, options: Options) -> None:
    english = _required_advice(profile_of, options, "Excellent written English.")
    assert "Languages line" in english and "experience bullet" not in english
    cleared = _required_advice(profile_of, options, "Active TS/SCI clearance.")
    assert "status" in cleared and "experience bullet" not in cleared
    # near miss: a tool asked is still shown with what was done with it
    assert "experience bullet" in _required_advice(
        profile_of, options, "Experience with Snowflake."
    )
