"""Misreadings found by reading whole reports for specialist pairs: a contract NLP role, a
hospital's clinical AI role, a speech role and a recommendations role, each against a resume
of its kind (functional, freelance, clinical, speech, recommender systems)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile, Report

Extract = Callable[..., Profile]


def _report(profile_of: Extract, options: Options, resume: str, posting: str) -> Report:
    return compare(profile_of(resume, "resume"), profile_of(posting, "posting"), options)


def _asked(posting: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in posting.requirements}


@pytest.mark.parametrize(
    "heading", ["Contract details", "Contract terms", "Working conditions", "Work environment"]
)
def test_terms_of_the_engagement_close_the_preferred_list(
    profile_of: Extract, heading: str
) -> None:
    posting = profile_of(
        "NLP Engineer\n\nEssential\n* Strong Python\n\nDesirable\n* Knowledge of LangChain\n\n"
        f"{heading}\nThis role sits outside IR35. For US-based applicants we engage on a C2C "
        "basis. Occasional travel between Quuxton Campus sites.\n",
        "posting",
    )
    asked = _asked(posting)
    assert asked["langchain"] == "preferred"
    assert not [key for key in asked if key.startswith("term:")]


def test_a_sentence_under_working_conditions_that_asks_still_asks(profile_of: Extract) -> None:
    posting = profile_of(
        "Data Engineer\n\nRequirements\n- Python\n\nWorking conditions\n"
        "Hybrid, two days a week in the office. You must know Docker well.\n",
        "posting",
    )
    assert _asked(posting)["docker"] == "required"


@pytest.mark.parametrize(
    ("item", "shared"),
    [
        ("Experience working with financial or regulated data", "term:data"),
        ("Familiarity with sensitive or personal information", "term:information"),
        ("Experience in the public or private sector", "term:sector"),
    ],
)
def test_a_noun_shared_by_two_describing_words_is_no_ask_alone(
    profile_of: Extract, item: str, shared: str
) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n- Python\n- {item}\n", "posting")
    assert shared not in _asked(posting)


def test_describing_words_before_a_longer_shared_name_are_still_skipped(
    profile_of: Extract,
) -> None:
    posting = profile_of(
        "Planner\n\nRequirements\n- Knowledge of local and regional zoning codes\n", "posting"
    )
    assert "term:zoning-codes" in _asked(posting)


@pytest.mark.parametrize(
    "item",
    [
        "Strong PyTorch; comfortable reading and writing CUDA kernels",
        "Comfort working with messy data",
        "Confident presenting to executives",
    ],
)
def test_being_comfortable_doing_something_names_no_term(profile_of: Extract, item: str) -> None:
    posting = profile_of(f"ML Engineer\n\nYou have\n- Python\n- {item}\n", "posting")
    terms = [key for key in _asked(posting) if key.startswith("term:")]
    assert not [t for t in terms if t.split(":")[1].startswith(("comfort", "confident"))]


def test_what_one_is_comfortable_doing_is_still_the_ask(profile_of: Extract) -> None:
    posting = profile_of(
        "Analyst\n\nYou have\n- Comfortable building Zorblex dashboards\n"
        "- Comfortable with Quuxdb\n",
        "posting",
    )
    asked = _asked(posting)
    assert "term:zorblex" in asked and "term:quuxdb" in asked


CLINICAL_RESUME = (
    "Ada Quill\n\nExperience\nData Scientist, Quuxton Health, 2019 - Present\n"
    "- Mapped diagnoses to ICD-10 and lab results to LOINC; built FHIR extracts in Python\n"
    "- Built two-tower retrieval with approximate nearest neighbor search\n"
)


@pytest.mark.parametrize(
    ("item", "left_out"),
    [
        ("Experience with clinical data standards (ICD-10, CPT, LOINC, FHIR)", "term:cpt"),
        (
            "Experience with large-scale retrieval (approximate nearest neighbor search, "
            "embedding-based retrieval)",
            "term:embedding-based-retrieval",
        ),
    ],
)
def test_examples_in_brackets_after_a_term_the_taxonomy_does_not_know_offer_a_choice(
    profile_of: Extract, options: Options, item: str, left_out: str
) -> None:
    report = _report(
        profile_of, options, CLINICAL_RESUME, f"Data Scientist\n\nRequirements\n- {item}\n"
    )
    missing = {m.id for m in report.missing}
    assert left_out not in missing
    assert not [m for m in missing if m.startswith("term:")]


def test_a_products_parts_in_brackets_are_each_asked(profile_of: Extract, options: Options) -> None:
    report = _report(
        profile_of,
        options,
        "Ada Quill\n\nSkills\nPython\n",
        "Data Engineer\n\nRequirements\n- Experience with Quuxflow (Python, Scala)\n",
    )
    assert {"scala", "term:quuxflow"} <= {m.id for m in report.missing}


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("**Team:** Voice Platform · **Level:** Senior (L5) · **Locations:** Remote", "p.md"),
        ("Team: Voice Platform | Level: Junior | Location: Remote (US)", "p.txt"),
    ],
)
def test_a_level_field_among_others_on_one_line_names_the_level(
    profile_of: Extract, header: str, name: str
) -> None:
    posting = profile_of(
        f"Machine Learning Engineer, Speech\n\n{header}\n\nYou have\n- Python\n", "posting", name
    )
    assert posting.posting is not None
    assert posting.posting.level_source is not None
    assert posting.posting.level_source.startswith("Level: ")


def _ids(found: Profile) -> set[str]:
    return {hit.id for hit in found.skills}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a shared noun after an alias of one skill and a word of another
        (
            "Two years of experience building recommendation or ranking systems at scale.",
            {"recommender-systems", "learning-to-rank"},
        ),
        ("Provisioned EKS and GKE clusters with Terraform.", {"amazon-eks", "gke"}),
        # a guard on a short spelling leaves the others matched in any case
        ("Moved services to Elastic Kubernetes Service.", {"amazon-eks"}),
        ("Scaled training with Data Parallelism and FSDP.", {"distributed-training"}),
        ("Built Epic Clarity reports for the hospital.", {"epic-ehr"}),
        (
            "Shipped two FDA-cleared Software as a Medical Device (SaMD) products.",
            {"software-as-a-medical-device"},
        ),
        (
            "Familiarity with FDA guidance on Good Machine Learning Practice.",
            {"good-machine-learning-practice"},
        ),
        (
            "Authored the 510(k) submission and the model validation report.",
            {"fda-510k"},
        ),
        (
            "Mapped diagnoses to ICD-10 and SNOMED CT and lab results to LOINC.",
            {"icd-10", "snomed-ct", "loinc"},
        ),
        (
            "Experience with clinical data standards (ICD-10, CPT, LOINC, FHIR).",
            {"icd-10", "cpt", "loinc", "fhir"},
        ),
        ("Trained a streaming RNN-T model for on-device recognition.", {"speech-recognition"}),
        ("Ran training on 32 A100s with PyTorch Lightning and DDP.", {"distributed-training"}),
        ("Fine-tuned wav2vec 2.0 on in-car audio.", {"wav2vec"}),
        (
            "Added voice activity detection and keyword spotting.",
            {"voice-activity-detection", "keyword-spotting"},
        ),
        ("Ran a VAD front end before diarization.", {"voice-activity-detection"}),
        ("A/B tested ranking changes.", {"ab-testing"}),
    ],
)
def test_specialist_words_name_their_skills(
    profile_of: Extract, line: str, expected: set[str]
) -> None:
    assert expected <= _ids(profile_of(f"Experience\n- {line}\n", "resume"))


@pytest.mark.parametrize(
    ("line", "unexpected"),
    [
        ("Shipments are Delivered Duty Paid (DDP) to the port.", "distributed-training"),
        ("The CPT of the reactor was measured weekly.", "cpt"),
        ("Led the Eks family business for six years.", "amazon-eks"),
        ("Ranked third of 40 in the regional systems challenge.", "learning-to-rank"),
        ("Managed patients on a left VAD after cardiac surgery.", "voice-activity-detection"),
    ],
)
def test_their_look_alikes_do_not(profile_of: Extract, line: str, unexpected: str) -> None:
    assert unexpected not in _ids(profile_of(f"Experience\n- {line}\n", "resume"))


def test_kubeflow_shows_ml_pipelines(profile_of: Extract, options: Options) -> None:
    report = _report(
        profile_of,
        options,
        "Experience\n- Built reusable Kubeflow Pipelines components.\n",
        "MLOps Engineer\n\nRequirements\n- Experience building ML pipelines\n",
    )
    [found] = [m for m in report.missing if m.id == "ml-pipelines"]
    assert found.status == "implied" and found.via == "Kubeflow"


def test_a_clearance_is_no_other_name_for_a_guidance(profile_of: Extract, options: Options) -> None:
    """A 510(k) shown does not make the posting's Good Machine Learning Practice a word to
    swap in: they are two things under one regulation (partial credit, no swap)."""
    report = _report(
        profile_of,
        options,
        "Experience\n- Led an ECG classifier through the FDA 510(k) pathway.\n"
        "- Built models on electronic health records.\n",
        "Data Scientist\n\nPreferred\n- Familiarity with Good Machine Learning Practice\n"
        "- Experience with Epic EHR\n",
    )
    [found] = [m for m in report.missing if m.id == "good-machine-learning-practice"]
    assert found.status == "related" and found.via == "FDA 510(k)"
    assert not [s for s in report.suggestions if s.kind == "use-their-term"]


def test_a_title_keeps_its_note_in_brackets_without_the_dates_punctuation(
    profile_of: Extract,
) -> None:
    """A freelancer's client engagements: "(contract, Jan 2024 – Present)" leaves "(contract)"."""
    resume = profile_of(
        "Experience\nPrincipal Consultant, Quill NLP Ltd (self-employed), Apr 2019 – Present\n"
        "  NLP Engineer (contract, Jan 2024 – Present)\n"
        "  - Built a clause-extraction pipeline with spaCy\n"
        "  Research body (part-time; Sep 2021 – Jun 2023)\n"
        "  - Named-entity recognition for newspapers in Python\n",
        "resume",
    )
    titles = [job.title for job in resume.experience.jobs]
    assert "NLP Engineer (contract)" in titles
    assert "Research body (part-time)" in titles


@pytest.mark.parametrize(
    ("item", "left_over"),
    [
        ("Awareness of Good Data Science Practice", "term:practice"),
        ("Knowledge of Machine Learning Fundamentals", "term:fundamentals"),
        ("Familiarity with Python Basics", "term:basics"),
        ("Knowledge of Agile Methodology", "term:methodology"),
    ],
)
def test_the_last_word_of_a_named_practice_is_no_term_alone(
    profile_of: Extract, item: str, left_over: str
) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n- {item}\n", "posting")
    assert left_over not in _asked(posting)


def test_a_product_after_a_vendor_is_still_a_term(profile_of: Extract) -> None:
    posting = profile_of(
        "Data Engineer\n\nRequirements\n- Experience with Azure Purview\n", "posting"
    )
    assert "term:purview" in _asked(posting)
