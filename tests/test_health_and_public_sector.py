"""Healthcare, clinical and biotech documents, and public-sector postings and resumes (a US
federal vacancy, an NHS or civil service advert, a federal resume): the clinical trial
standards and tools such roles ask for, "GCP" as Good Clinical Practice beside clinical words,
"Epic" the EHR, medical and pharmacy doctorates, the federal and NHS headings that ask nothing,
and the civil service's behaviours."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def skill_ids(found: Profile) -> set[str]:
    return {hit.id for hit in found.skills}


def asked(found: Profile) -> dict[str, str]:
    """What a posting asks: each requirement's id and importance."""
    return {req.id: req.importance for req in found.requirements}


def resume(lines: str) -> str:
    return f"Experience\nStatistical Programmer, Helix Research, 2019 - 2024\n{lines}\n"


# ---------- clinical trial standards and tools


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Created SDTM domains from EDC exports.", "cdisc-sdtm"),
        ("- Built ADaM datasets (ADSL, ADAE) to CDISC standards.", "cdisc-adam"),
        ("- Followed CDISC standards for every study.", "cdisc"),
        ("- Kept systems compliant with 21 CFR Part 11.", "fda-21-cfr-part-11"),
        ("- Coded adverse events with MedDRA.", "meddra"),
        ("- Built REDCap projects for two trials.", "redcap"),
        ("- Ran a GWAS of 40,000 samples with PLINK.", "gwas"),
        ("- Ran a GWAS of 40,000 samples with PLINK.", "plink"),
        ("- Fitted Cox models for time to relapse.", "survival-analysis"),
        ("- Fitted Fine-Gray competing risks models.", "survival-analysis"),
        ("- Mapped spatial transcriptomics data from Visium slides.", "spatial-transcriptomics"),
    ],
)
def test_clinical_and_genomics_tools_are_skills(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill in skill_ids(profile_of(resume(line), "resume")), line


def test_cdisc_names_imply_the_standards(profile_of: ProfileOf) -> None:
    from mlcareer.api import Options

    taxonomy = Options().taxonomy
    assert "cdisc" in taxonomy.skills["cdisc-sdtm"].implies
    assert "cdisc" in taxonomy.skills["cdisc-adam"].implies


def test_a_person_named_adam_is_no_analysis_dataset(profile_of: ProfileOf) -> None:
    found = profile_of(resume("- Worked with Adam Smith on the SAS macros."), "resume")
    assert "cdisc-adam" not in skill_ids(found)


@pytest.mark.parametrize(
    "line",
    [
        "- Completed Good Clinical Practice (GCP) training.",
        "- Work under ICH E6 GCP and 21 CFR Part 11.",
        "- Trial master file kept to ICH GCP for three oncology studies.",
    ],
)
def test_gcp_beside_clinical_words_is_good_clinical_practice(
    profile_of: ProfileOf, line: str
) -> None:
    found = skill_ids(profile_of(resume(line), "resume"))
    assert "good-clinical-practice" in found, line
    assert "gcp" not in found, line


def test_gcp_in_a_clinical_skills_list_is_good_clinical_practice(profile_of: ProfileOf) -> None:
    text = resume("- Programmed TLFs in SAS.") + "\nSkills\nSAS, CDISC SDTM, MedDRA, GCP\n"
    found = skill_ids(profile_of(text, "resume"))
    assert "good-clinical-practice" in found
    assert "gcp" not in found


@pytest.mark.parametrize(
    "line",
    [
        "- Deployed pipelines on GCP with Docker and Kubernetes.",
        "- Ran Nextflow pipelines for RNA-seq on GCP and AWS Batch.",
        "- Moved clinical dashboards to GCP (BigQuery, Cloud Run).",
        # a system built, nearer than the clinical word
        "- Clinical NLP on GCP.",
        "- Built clinical trial dashboards on GCP.",
    ],
)
def test_gcp_beside_cloud_words_stays_the_cloud(profile_of: ProfileOf, line: str) -> None:
    found = skill_ids(profile_of(resume(line), "resume"))
    assert "gcp" in found, line
    assert "good-clinical-practice" not in found, line


def test_good_clinical_practice_is_asked_whole(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Biostatistician\n\nSkills\nSAS and R are required. Knowledge of Good Clinical Practice.\n",
        "posting",
    )
    assert asked(posting).get("good-clinical-practice") == "required"
    assert not any(req.id.startswith("term:") for req in posting.requirements), asked(posting)


# ---------- Epic, the EHR


@pytest.mark.parametrize(
    "line",
    [
        "- Deployed the model as a Best Practice Advisory in Epic.",
        "- Physician champion for the Cerner to Epic conversion.",
        "- Built reports from Epic for the hospital's nursing units.",
    ],
)
def test_epic_beside_clinical_words_is_the_ehr(profile_of: ProfileOf, line: str) -> None:
    assert "epic-ehr" in skill_ids(profile_of(resume(line), "resume")), line


@pytest.mark.parametrize(
    "line",
    [
        "- Planned an epic migration of the data warehouse.",
        "- Wrote user stories and Epics in Jira for the team.",
        "- Built Unreal Engine tools for Epic Games.",
        "- Epic journey: grew the team from two to twelve analysts.",
    ],
)
def test_other_epics_are_no_ehr(profile_of: ProfileOf, line: str) -> None:
    assert "epic-ehr" not in skill_ids(profile_of(resume(line), "resume")), line


def test_a_mixed_case_name_ending_a_sentence_is_found(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Statistical Programmer\n\nRequirements\n- Expert knowledge of CDISC SDTM and ADaM.\n",
        "posting",
    )
    assert "cdisc-adam" in skill_ids(posting)


# ---------- federal, NHS and civil service postings

FEDERAL = (
    "Data Scientist\n\nDuties\n- Build predictive models in Python.\n\n"
    "Qualifications\n- Experience with SQL.\n\n"
    "Additional information\n"
    "Recruitment incentives may be authorized. This position is in the bargaining unit.\n"
    "Career Transition Assistance Plan (CTAP) eligibles must be well qualified.\n"
)


def test_a_federal_postings_additional_information_asks_nothing(profile_of: ProfileOf) -> None:
    posting = asked(profile_of(FEDERAL, "posting"))
    assert posting.get("sql") == "required"
    assert "recruiting" not in posting, posting
    assert not any("transition" in ask or "ctap" in ask for ask in posting), posting


def test_additional_information_still_asks_what_it_says_it_requires(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(FEDERAL + "Experience with Airflow is required.\n", "posting")
    assert asked(posting).get("airflow") == "required"


NHS = (
    "Principal Data Scientist\n\nBand 7\n\u00a346,148 - \u00a352,809 a year\n\n"
    "Job summary\nThe Trust's analytics team builds models for emergency care.\n\n"
    "Main duties of the job\n- Develop machine learning models on patient-level data.\n"
    "- Build Power BI dashboards for divisional leadership.\n\n"
    "Person specification\nExperience\nEssential criteria\n- Significant experience in SQL\n\n"
    "Employer certification / accreditation badges\n"
    "Disability confident employer. Armed Forces Covenant.\n"
)


def test_an_nhs_postings_main_duties_are_its_duties(profile_of: ProfileOf) -> None:
    posting = profile_of(NHS, "posting")
    names = {s.heading: s.name for s in posting.sections}
    assert names.get("Main duties of the job") == "responsibilities", names
    assert asked(posting).get("power-bi") == "mentioned"


def test_an_nhs_employers_badges_ask_nothing(profile_of: ProfileOf) -> None:
    posting = asked(profile_of(NHS, "posting"))
    assert posting.get("sql") == "required"
    assert not any(ask.startswith("term:") for ask in posting), posting


@pytest.mark.parametrize(
    ("behaviour", "skill"),
    [
        ("Changing and Improving", "process-improvement"),
        ("Communicating and Influencing", "communication"),
        ("Developing Self and Others", "mentoring"),
        ("Managing a Quality Service", "customer-service"),
        ("Delivering at Pace", "working-under-deadlines"),
    ],
)
def test_civil_service_behaviours_are_soft_skills(
    profile_of: ProfileOf, behaviour: str, skill: str
) -> None:
    posting = profile_of(
        "Senior Data Scientist\n\nJob description\n- Build models in Python.\n\n"
        f"Behaviours\nWe'll assess you against these behaviours:\n{behaviour}\nLeadership\n",
        "posting",
    )
    found = asked(posting)
    assert found.get(skill) == "required", found
    assert not any(ask.startswith("term:") for ask in found), found


# ---------- medical, pharmacy and public health degrees


def highest(profile_of: ProfileOf, education: str, header: str = "Jordan Lee") -> str | None:
    text = (
        f"{header}\nBethesda, MD 20814 | jordan@example.com\n\n"
        "Experience\nAnalyst, National Institutes of Health, Bethesda, MD, 2018 - 2024\n"
        f"- Built models in Python.\n\nEducation\n{education}\n"
    )
    return profile_of(text, "resume").education.highest


@pytest.mark.parametrize(
    ("education", "level"),
    [
        ("MD, University of Illinois College of Medicine, 2014", "phd"),
        ("MD/PhD, Stanford University, 2016", "phd"),
        ("M.D., Johns Hopkins School of Medicine, 2012", "phd"),
        ("Doctor of Medicine, University of Michigan, 2015", "phd"),
        ("Doctor of Pharmacy (PharmD), Northeastern University, 2018", "phd"),
        ("Pharm.D., University of Florida, 2017", "phd"),
        ("DrPH, Epidemiology, Columbia University, 2019", "phd"),
        ("MPH, Quantitative Methods, Harvard School of Public Health, 2020", "master"),
        ("M.P.H. in Biostatistics, Emory University, 2017", "master"),
        ("MD - Johns Hopkins School of Medicine, 2012", "phd"),
    ],
)
def test_medical_pharmacy_and_public_health_degrees(
    profile_of: ProfileOf, education: str, level: str
) -> None:
    assert highest(profile_of, education) == level, education


def test_a_name_with_its_degrees_after_it(profile_of: ProfileOf) -> None:
    header = "Samuel Adeyemi, MD, MPH"
    assert highest(profile_of, "Board certified, internal medicine", header) == "phd"


@pytest.mark.parametrize(
    "education",
    [
        "B.S. Biology, University of Maryland, College Park, MD, 2014",
        "B.S. Biology, University of Maryland, Baltimore, MD, University System, 2014",
        "Research fellow, MD Anderson Cancer Center, 2014",
        "Summer program, M.D. Anderson Cancer Center, Houston, 2013",
        "B.A. Economics, Rice University, 2019 (drove a 40 mph test course)",
    ],
)
def test_a_state_a_cancer_center_and_a_speed_are_no_degrees(
    profile_of: ProfileOf, education: str
) -> None:
    assert highest(profile_of, education) in ("bachelor", None), education


def test_a_director_of_medical_affairs_is_no_doctor(profile_of: ProfileOf) -> None:
    text = (
        "Summary\nMD, Medical Affairs at Orion Pharma; drug safety analytics.\n\n"
        "Education\nB.S. Biology, Rice University, 2010\n"
    )
    degrees = profile_of(text, "resume").education.degrees
    assert [degree.level for degree in degrees] == ["bachelor"]


@pytest.mark.parametrize(
    "line",
    [
        "- You report to the MD, Medical Affairs.",
        "- Location: Rockville, MD, USA. Medical device experience a plus.",
    ],
)
def test_a_posting_naming_an_md_asks_no_doctorate(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Scientist\n\nRequirements\n{line}\n- 3+ years of Python.\n"
    info = profile_of(text, "posting").posting
    assert info is not None and info.degree_required is None, line


def test_a_managing_director_is_no_doctor(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nMD, Head of Quant Research, Harbor Capital, 2018 - 2024\n"
        "- Led model risk reviews.\n\nEducation\nB.S. Mathematics, Rice University, 2010\n"
    )
    assert profile_of(text, "resume").education.highest == "bachelor"


# ---------- a federal vacancy's year at a grade

GRADED = (
    "Data Scientist\n\nOverview\nPay scale & grade: GS 13\n\n"
    "Duties\n- Build survival models in Python.\n\n"
    "Qualifications\nTo qualify at the GS-13 level, you must have at least one year of "
    "specialized experience equivalent to the GS-12 level in the Federal service, which "
    "includes developing machine learning models using Python and querying data with SQL.\n"
)


def test_a_year_at_a_federal_grade_is_no_career_of_one_year(profile_of: ProfileOf) -> None:
    info = profile_of(GRADED, "posting").posting
    assert info is not None
    assert info.years_required is None
    assert (info.level, info.level_source) == ("senior", "grade: GS-13")


def test_a_first_year_analyst_falls_short_of_a_gs13_posting(tmp_path: Path) -> None:
    from mlcareer.api import Options, analyze

    jd = tmp_path / "jd.txt"
    jd.write_text(GRADED, encoding="utf-8")
    cv = tmp_path / "cv.txt"
    cv.write_text(
        "Experience\nData Analyst, Acme Health, 06/2025 - Present\n"
        "- Built machine learning models in Python; wrote SQL.\n",
        encoding="utf-8",
    )
    report = analyze(cv, jd, Options(as_of=2026 * 12 + 10))
    [experience] = [c for c in report.components if c.name == "experience"]
    assert experience.value < 0.5, experience.detail


@pytest.mark.parametrize(
    "line",
    [
        "- 5+ years of software engineering experience. Salary: GS-13/14.",
        "- 3 years of experience at or above GS-12 in data science.",
    ],
)
def test_years_more_than_a_year_beside_a_grade_are_asked(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Scientist\n\nQualifications\n{line}\n"
    info = profile_of(text, "posting").posting
    assert info is not None and info.years_required == float(line[2]), line


def test_years_beside_no_grade_are_still_asked(profile_of: ProfileOf) -> None:
    info = profile_of(GRADED + "- 3+ years of experience with SQL.\n", "posting").posting
    assert info is not None
    assert info.years_required == 3.0


# ---------- clearances written as a vacancy's or a federal resume's field


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Security Clearance: Secret (active)", "secret-clearance"),
        ("Security clearance: Top Secret", "top-secret-clearance"),
        ("U.S. Citizen | Public Trust clearance", "public-trust-clearance"),
        ("Clearance: Public Trust (Moderate Risk)", "public-trust-clearance"),
    ],
)
def test_a_clearance_field_names_the_clearance(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    text = f"Jordan Lee\n{line}\n\n" + resume("- Built models in Python.")
    assert skill in skill_ids(profile_of(text, "resume")), line


def test_the_public_trust_in_prose_is_no_clearance(profile_of: ProfileOf) -> None:
    found = profile_of(resume("- Rebuilt the public trust in our survey data releases."), "resume")
    assert "public-trust-clearance" not in skill_ids(found)


# An MD asked outright in a posting ("MD preferred", "MD or DO"), not a town's state


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("- MD preferred", (None, "phd")),
        ("- MD required", ("phd", None)),
        ("- MD or DO with board certification", ("phd", None)),
        ("- Based in Baltimore, MD preferred", (None, None)),
        ("- Acme Health, MD\nRequired skills: Python", (None, None)),
    ],
)
def test_an_md_asked_outright_is_a_doctorate(
    profile_of: ProfileOf, line: str, asked: tuple[str | None, str | None]
) -> None:
    text = f"Clinical Data Scientist\n\nRequirements\n{line}\n- Python and SQL\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None
    assert (posting.degree_required, posting.degree_preferred) == asked
