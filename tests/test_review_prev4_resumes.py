"""Review of the previous session's resume rules (review_prev4): ordinary resumes they misread.
Job titles opening with a heading's word in a PDF whose headings stand on their own lines; a
course named after internships listed under Certifications; a harbour's containers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


# 1. A PDF with its own headings: titles opening with a heading's word are titles


def _plain_pdf(path: Path, lines: list[str]) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "", 10)
    for line in lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


_TRAINER_LINES = [
    "Priya Raman",
    "Instructional Designer | priya.raman@example.com",
    "",
    "SUMMARY",
    "Instructional designer building training for adult learners.",
    "",
    "EXPERIENCE",
    "Training Specialist, Northwind Health, Mar 2021 - Present",
    "Designed e-learning modules and tracked completion in SQL.",
    "Education Coordinator, Boston Public Schools, Aug 2018 - Feb 2021",
    "Built dashboards in Tableau for teacher workshops.",
    "Research Assistant, Tufts University, Sep 2016 - Jul 2018",
    "Analyzed survey data in R.",
    "Teaching Assistant, Tufts University, Sep 2015 - May 2016",
    "",
    "EDUCATION",
    "M.Ed. Learning Design, Tufts University, 2018",
    "",
    "SKILLS",
    "SQL, Tableau, R",
]


def test_review_prev4_pdf_titles_under_own_headings_stay_titles(
    tmp_path: Path, options: Options
) -> None:
    document = read_document(_plain_pdf(tmp_path / "cv.pdf", _TRAINER_LINES))
    assert "Training Specialist, Northwind Health" in document.text
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    names = [section.name for section in profile.sections]
    assert names == ["summary", "experience", "education", "skills"]
    assert profile.experience.titles[:2] == [
        "Training Specialist, Northwind Health",
        "Education Coordinator, Boston Public Schools",
    ]


# 2. A course named after internships under Certifications is no job


def _graduate(certification: str) -> str:
    return (
        "Lena Fischer\nlena.fischer@example.com\n\n"
        "Experience\nData Analyst Intern, Northwind Bank — Jan 2023 - May 2023\n- SQL reports\n\n"
        "Education\nB.S. Computer Science, University of Michigan, 2021 - 2025\n\n"
        f"Certifications\n{certification}\nAWS Certified Cloud Practitioner, 2023 - 2026\n"
    )


def test_review_prev4_internship_course_under_certifications_is_no_job(
    profile_of: ProfileOf,
) -> None:
    line = "Data Analytics Internship Readiness Program (online course), Jan 2022 - Mar 2022"
    profile = profile_of(_graduate(line), "resume")
    assert [job.title for job in profile.experience.jobs] == ["Data Analyst Intern, Northwind Bank"]
    assert "aws-cloud-practitioner" in {hit.id for hit in profile.skills}


def test_review_prev4_placement_under_certifications_is_still_a_job(
    profile_of: ProfileOf,
) -> None:
    # near miss: a placement with an employer, as the rule reads it
    line = "SkillBridge Internship, Contoso Data — Jan 2022 - Mar 2022"
    titles = [job.title for job in profile_of(_graduate(line), "resume").experience.jobs]
    assert any(title.startswith("SkillBridge Internship") for title in titles), titles


# 3. A harbour's containers are no container registry


def test_review_prev4_harbor_with_shipping_containers_is_no_registry(
    profile_of: ProfileOf,
) -> None:
    resume = (
        "Maria Gonzalez\nmaria.g@example.com\n\nExperience\n"
        "Data Analyst, Harbor Department, Port of Tacoma — 2019 - Present\n"
        "- Forecast container volumes at the Harbor for the terminal operators in Python\n"
    )
    assert "harbor-registry" not in {hit.id for hit in profile_of(resume, "resume").skills}


def test_review_prev4_harbor_as_a_registry_still_reads(profile_of: ProfileOf) -> None:
    resume = (
        "Sam Lee\nsam@example.com\n\nExperience\nPlatform Engineer, Contoso — 2019 - Present\n"
        "- Ran Harbor as the registry for our Docker images\n"
        "- Scanned container images in Harbor before each release\n"
    )
    hits = {hit.id: hit for hit in profile_of(resume, "resume").skills}
    assert len(hits["harbor-registry"].mentions) == 2


# 4. Words of the previous session's new skills in their everyday or other fields' senses


def _skills_of(
    profile_of: ProfileOf, bullet: str, job: str = "Scientist, Molecule Labs"
) -> set[str]:
    resume = (
        f"Kenji Watanabe\nkenji@example.com\n\nExperience\n{job} — 2021 - Present\n- {bullet}\n"
    )
    return {hit.id for hit in profile_of(resume, "resume").skills}


@pytest.mark.parametrize(
    ("bullet", "job", "absent"),
    [
        (
            "Generated conformer ensembles with RDKit for molecular recognition studies",
            "Scientist, Molecule Labs",
            "conformer",
        ),
        (
            "Ran conformer searches for ligands before docking with a GNN encoder",
            "Scientist, Molecule Labs",
            "conformer",
        ),
        (
            "Shipped audio features in the iOS app, including voice notes and podcasts",
            "Mobile Engineer, Podly",
            "audio-features",
        ),
        (
            "Built visitor recommendations and ranking of attractions with SQL",
            "Data Analyst, Merlin Entertainments",
            "nvidia-merlin",
        ),
    ],
)
def test_review_prev4_new_skills_words_in_other_senses(
    profile_of: ProfileOf, bullet: str, job: str, absent: str
) -> None:
    assert absent not in _skills_of(profile_of, bullet, job)


@pytest.mark.parametrize(
    ("bullet", "present"),
    [
        ("Trained a Conformer encoder with CTC loss for streaming ASR", "conformer"),
        ("Fine-tuned Conformer models for speech recognition in NeMo", "conformer"),
        ("Extracted audio features (MFCCs) for speaker identification", "audio-features"),
        ("Extracted audio features for a sound event classifier", "audio-features"),
        ("Trained DLRM recommenders with Merlin and HugeCTR on GPUs", "nvidia-merlin"),
    ],
)
def test_review_prev4_new_skills_still_read_in_their_fields(
    profile_of: ProfileOf, bullet: str, present: str
) -> None:
    assert present in _skills_of(profile_of, bullet)


# 5. Things led, counted: documents and devices are no people


@pytest.mark.parametrize(
    ("bullet", "present"),
    [
        (
            "Led 4 PRDs from discovery to launch for the payments team",
            "product-requirements-documents",
        ),
        ("Supervised 20 PLCs across two bottling lines", "plc-programming"),
        ("Led 3 SLOs reviews for the checkout service", "service-level-objectives"),
    ],
)
def test_review_prev4_things_led_are_no_people(
    profile_of: ProfileOf, bullet: str, present: str
) -> None:
    assert present in _skills_of(profile_of, bullet, "Product Manager, Acme")


def test_review_prev4_models_led_are_still_people(profile_of: ProfileOf) -> None:
    # near miss: a model's acronym after a verb of leading names people ("site safety managers")
    assert "state-space-models" not in _skills_of(
        profile_of, "Led 2 SSMs on the plant", "Site Lead, Acme"
    )
