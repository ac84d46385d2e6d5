"""Aliases are true synonyms: distinct skills are their own entries, and soft skills written as
adjectives ("organized", "analytical", "flexible") are found without catching other meanings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mlcareer.api import Options, compare, extract
from mlcareer.extract import DocType
from mlcareer.models import Profile

from .conftest import AS_OF


@pytest.fixture(scope="module")
def options() -> Options:
    return Options(as_of=AS_OF)


ProfileOf = Callable[[str, DocType], Profile]


@pytest.fixture
def profile(tmp_path: Path, options: Options) -> ProfileOf:
    """Extract a profile from a text written here, through the public API."""
    names: Iterator[int] = iter(range(1000))

    def _profile(text: str, doc_type: DocType) -> Profile:
        path = tmp_path / f"doc{next(names)}.txt"
        path.write_text(text, encoding="utf-8")
        return extract(path, options, doc_type)

    return _profile


def ids(found: Profile) -> set[str]:
    return {hit.id for hit in found.skills}


# --- splits: a narrower or neighbouring skill is not an alias of the broader one ---------------


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("Administered Windows Server and Active Directory for 400 users.",
         {"windows-server", "active-directory"}, set()),
        ("Two years of help desk work, then production support for trading systems.",
         {"help-desk", "production-support"}, {"technical-support"}),
        ("Handled accounts payable, accounts receivable and the general ledger under US GAAP.",
         {"accounts-payable", "accounts-receivable", "general-ledger", "gaap"}, {"accounting"}),
        ("Built Java EE services with J2EE, tested with TestNG and Mockito.",
         {"java-ee", "testng", "mockito"}, {"junit"}),
        ("Led business development and key account management for enterprise clients.",
         {"business-development", "account-management"}, {"sales"}),
        ("Maintained AngularJS apps and migrated them to Angular.",
         {"angularjs", "angular"}, set()),
        ("Built Visualforce pages for the sales team's org.",
         {"visualforce"}, {"salesforce"}),
        ("Oracle developer: PL/SQL, SQL, APEX, Oracle Forms.", {"sql"}, {"salesforce-apex"}),
        ("Trained Faster R-CNN detectors for shelf images.",
         {"object-detection"}, {"convolutional-neural-networks"}),
        ("Served quantized models with TensorRT.", {"model-compression", "tensorrt"}, set()),
        ("Built a prompt regression suite for the assistant.", set(), {"regression"}),
        ("Fine-tuned IndicBERT and mBERT on Hindi reviews.", {"bert"}, set()),
        ("We build pipelines for analytics.", set(), {"ci-cd"}),
        ("Maintained the Jenkins build pipelines.", {"ci-cd"}, set()),
        ("Build pipelines that move data from Kafka into Snowflake.", {"kafka"}, {"ci-cd"}),
        ("Design build pipelines and release automation for our services.", {"ci-cd"}, set()),
        ("Built perception for autonomous forklifts.", set(), {"forklift-operation"}),
        ("Stored embeddings in vector databases.", {"vector-search"}, {"databases"}),
        ("6+ years building production machine learning systems.", set(), {"ml-system-design"}),
        ("Segmentation of CT and MRI scans with 3D U-Net.",
         {"medical-imaging", "image-segmentation"}, set()),
        ("Technical lead for the home-page recommender.", {"leadership"}, set()),
        ("Supported Windows 10 laptops and Linux servers; holds CompTIA Security+ and A+.",
         {"windows", "linux", "comptia-security-plus", "comptia-a-plus"}, set()),
        ("Drove lead generation, cold calling and prospecting for new clients.",
         {"lead-generation", "cold-calling", "prospecting"}, set()),
        ("Mineral prospecting in the Yukon with a geology team.", set(), {"prospecting"}),
        ("Ran the Square POS register and closed out the till.", {"point-of-sale"}, set()),
        ("Built POS tagging models for Spanish text.", {"part-of-speech-tagging"},
         {"point-of-sale"}),
        ("Tested the REST API endpoints with SOAP UI and Postman.",
         {"soapui", "postman"}, {"ui-design", "soap"}),
        ("Ran the company website on a CMS (WordPress).",
         {"content-management-systems", "wordpress"}, set()),
        ("Installed windows and doors; kept CMS regulations in the clinic; got an A+ in math.",
         set(), {"windows", "content-management-systems", "comptia-a-plus"}),
    ],
)  # fmt: skip
def test_distinct_skills_are_separate_entries(
    profile: ProfileOf, text: str, expected: set[str], not_expected: set[str]
) -> None:
    found = ids(profile(f"Experience\n- {text}\n", "resume"))
    assert expected <= found
    assert not not_expected & found


def test_a_posting_asking_for_both_keeps_two_requirements(
    profile: ProfileOf, options: Options
) -> None:
    posting = profile(
        "Title: Systems Administrator\n\nRequirements\n"
        "- Windows Server administration\n- Active Directory and group policy\n",
        "posting",
    )
    assert {"windows-server", "active-directory"} <= {r.id for r in posting.requirements}
    resume = profile("Skills\nWindows Server 2019, PowerShell\n", "resume")
    report = compare(resume, posting, options)
    verdict = {m.id: m.status for m in report.matched + report.missing}
    assert verdict["windows-server"] == "matched"
    assert verdict["active-directory"] != "matched"  # close (related), not the same skill


def test_a_narrower_skill_still_implies_the_broader_one(options: Options) -> None:
    taxonomy = options.taxonomy
    assert "technical-support" in taxonomy.implied_by("help-desk")
    assert "accounting" in taxonomy.implied_by("general-ledger")
    assert "salesforce" in taxonomy.implied_by("visualforce")
    assert "windows-server" not in taxonomy.implied_by("active-directory")
    assert "windows-server" in taxonomy.skills["active-directory"].related
    assert "speaking" in taxonomy.implied_by("public-speaking")
    assert "gradient-boosting" in taxonomy.implied_by("xgboost")
    assert "infrastructure-as-code" in taxonomy.implied_by("terraform")
    assert "parameter-efficient-fine-tuning" in taxonomy.implied_by("lora")
    for tool in ("prometheus", "grafana", "datadog", "new-relic", "opentelemetry", "nagios"):
        assert "monitoring-and-observability" in taxonomy.implied_by(tool), tool


def test_named_models_show_the_kind_of_model(profile: ProfileOf) -> None:
    resume = profile(
        "Experience\n- Fine-tuned Llama 2 and Mistral 7B with LoRA adapters\n"
        "- Prompted GPT-4 and Claude 3.5 Sonnet; trained BERT classifiers\n",
        "resume",
    )
    assert {"fine-tuning", "llama-models", "mistral-models", "lora", "gpt-models"} <= ids(resume)
    assert {"claude-models", "bert"} <= ids(resume)
    spelled = profile(
        "Experience\n- Tuned RoBERTa-large, Llama-3.1-8B, Mistral-7B and GPT4 with qlora\n",
        "resume",
    )
    assert {"bert", "llama-models", "mistral-models", "gpt-models"} <= ids(spelled)
    hub = profile("Experience\n- Tuned distilbert-base-uncased and deberta-v3-large\n", "resume")
    assert "bert" in ids(hub)
    assert "qlora" in ids(spelled)  # LoRA on a quantized model: it implies LoRA, then PEFT
    featured = profile(
        "About us\nOur research was featured in publications such as Nature.\n", "posting"
    )
    assert "publications" not in ids(featured)
    listed = profile("Skills\nTF 2.x, PyTorch (DDP/FSDP), Python\n", "resume")
    assert {"tensorflow", "distributed-training"} <= ids(listed)
    # "LoRa" is a radio, "Bert" a name, and a season with a year is no Spring framework
    other = profile(
        "Experience\nIntern, Acme — Fall 2018 – Spring 2020\n- Java tools for LoRa sensors"
        " with Bert Smith\n",
        "resume",
    )
    assert not {"lora", "bert", "spring"} & ids(other)


def test_edge_hardware_and_3d_perception_wordings(profile: ProfileOf) -> None:
    resume = profile(
        "Experience\n- Cut latency to 22 ms with TensorRT on a Jetson AGX Orin\n"
        "- Shipped 3D detection (PointPillars) for lidar point clouds\n",
        "resume",
    )
    assert {"jetson", "object-detection"} <= ids(resume)
    bare = profile("Experience\n- Deployed YOLO models to Jetson devices at the edge\n", "resume")
    assert "jetson" in ids(bare)
    # the cartoon family and a surname are not the board
    other = profile("Summary\nBig fan of The Jetsons. Reported to Mark Jetson.\n", "resume")
    assert "jetson" not in ids(other)


def test_quant_roles_and_methods_show_their_field(profile: ProfileOf) -> None:
    resume = profile(
        "Experience\nQuantitative Researcher, Meridian Asset Management, 2022 - 2024\n"
        "- Ridge/lasso and LightGBM models; news sentiment with FinBERT\n",
        "resume",
    )
    assert {"quantitative-finance", "regularization", "bert"} <= ids(resume)
    posting = profile("Requirements\n- Regularized regression and gradient boosting\n", "posting")
    assert "regularization" in ids(posting)
    ux = profile("Experience\nQuantitative UX Researcher, Acme, 2021 - 2024\n", "resume")
    assert "quantitative-finance" not in ids(ux)


def test_analytics_engineering_wordings(profile: ProfileOf) -> None:
    posting = profile(
        "Responsibilities\n1. Model our warehouse in dbt and own the semantic layer used by"
        " Looker.\n2. Dimensional models (Kimball) for finance.\n",
        "posting",
    )
    assert {"looker", "data-modeling"} <= ids(posting)
    assert "Kimball" in {m.text for hit in posting.skills for m in hit.mentions}
    person = profile("Experience\nReported to Dana Kimball, VP of Sales.\n", "resume")
    assert "data-modeling" not in ids(person)


def test_experimentation_wordings(profile: ProfileOf) -> None:
    resume = profile(
        "Experience\n- Difference-in-differences and synthetic control studies for launches\n"
        "- Presented results to the VP of Product at monthly reviews\n",
        "resume",
    )
    assert {"causal-inference", "presentation-skills"} <= ids(resume)
    posting = profile("Requirements\n- Working knowledge of Bayesian A/B testing\n", "posting")
    assert {"bayesian-statistics", "ab-testing"} <= ids(posting)
    tuning = profile("Experience\n- Tuned models with Bayesian optimization\n", "resume")
    assert "bayesian-statistics" not in ids(tuning)


def test_ml_certifications_as_written(profile: ProfileOf) -> None:
    posting = profile(
        "Requirements\n- AWS Certified Machine Learning – Specialty or Google Professional ML"
        " Engineer certification\n",
        "posting",
    )
    asked = {r.id: r for r in posting.requirements}
    assert set(asked) == {
        "aws-machine-learning-certification",
        "gcp-machine-learning-engineer-certification",
    }
    assert asked["aws-machine-learning-certification"].alternatives == [
        "gcp-machine-learning-engineer-certification"
    ]


def test_speaking_beside_communication_is_the_skill(profile: ProfileOf) -> None:
    text = "About the role\nYou show communication skills through excellent speaking proficiency.\n"
    assert "speaking" in ids(profile(text, "posting"))
    prose = "Requirements\n- Excellent written communication; generally speaking, we write a lot\n"
    assert "speaking" not in ids(profile(prose, "posting"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("How to apply\nYou must follow instructions in this ad; late applications are not read.\n",
         "following-instructions"),
        ("About us\nWe run on the Entrepreneurial Operating System (EOS).\n", "operating-systems"),
    ],
)  # fmt: skip
def test_other_senses_of_new_skills(profile: ProfileOf, text: str, absent: str) -> None:
    assert absent not in ids(profile(text, "posting"))


# --- soft skills written as adjectives ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organized, reliable and punctual team player.",
         {"organizational-skills", "dependability", "punctuality", "teamwork"}),
        ("Highly analytical and creative; flexible and adaptable to change.",
         {"analytical-skills", "creativity", "adaptability"}),
        ("Detail oriented, meticulous and self-motivated.",
         {"attention-to-detail", "self-motivation"}),
        ("Calm and patient with customers, personable and approachable.",
         {"patience", "interpersonal-skills"}),
    ],
)  # fmt: skip
def test_adjectives_describing_a_person_are_soft_skills(
    profile: ProfileOf, text: str, expected: set[str]
) -> None:
    assert expected <= ids(profile(f"Summary\n{text}\n", "resume"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Our teams are organized into squads organized around customer journeys.",
         "organizational-skills"),
        ("Flexible working hours, flexible PTO and the flexibility to work from home.",
         "adaptability"),
        ("Tune analytical queries on analytical databases; analytical chemistry lab experience.",
         "analytical-skills"),
        ("Work with our creative team in Adobe Creative Cloud on creative assets.", "creativity"),
        ("Provided patient care to 30 patients and educated each patient and family.", "patience"),
        ("Listening to the patient and understanding their concerns.", "patience"),
        ("Highly patient-focused, being patient-facing in a very patient-centric clinic.",
         "patience"),
        ("Build reliable, scalable data pipelines; must have reliable transportation.",
         "dependability"),
        ("Build trustworthy AI systems with the safety team.", "integrity"),
    ],
)  # fmt: skip
def test_other_meanings_of_those_words_are_not_soft_skills(
    profile: ProfileOf, text: str, absent: str
) -> None:
    assert absent not in ids(profile(f"Requirements\n- {text}\n", "posting"))


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Strong Operation Monitoring Skills for our plant", "operations-monitoring"),
        ("Operation analysis of the warehouse floor", "operations-analysis"),
        ("Able to follow written and verbal instructions", "following-instructions"),
        ("Solid grasp of operating systems concepts", "operating-systems"),
    ],
)
def test_singular_and_spoken_forms_of_occupational_skills(
    profile: ProfileOf, text: str, skill: str
) -> None:
    assert skill in ids(profile(f"Skills\n- {text}\n", "resume"))


# --- a cloud's services written bare inside its brackets ---------------------------------------


def test_services_named_bare_inside_a_clouds_brackets(profile: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nRequirements\n- AWS (S3, Glue, Athena, Lambda, Redshift)\n"
        "- GCP (BigQuery, Dataflow, Spanner, Cloud Storage)\n- Azure (Data Factory, Synapse)\n"
    )
    found = ids(profile(text, "posting"))
    assert {"aws-glue", "amazon-athena", "aws-lambda", "google-dataflow"} <= found
    assert {"cloud-spanner", "google-cloud-storage", "azure-synapse"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Wrote Glue code between legacy services and new APIs.",
        "Acted as the glue between the data and product teams.",
        "Used Python lambda expressions and the Lambda architecture.",
        "Drew dataflow diagrams for design reviews.",
        "Our customer Athena Robotics trusted us.",
        "Moved office files to cloud storage.",
    ],
)
def test_those_bare_names_in_plain_english_are_no_services(profile: ProfileOf, text: str) -> None:
    found = ids(profile(f"Experience\n{text}\n", "resume"))
    assert not found & {"aws-glue", "aws-lambda", "google-dataflow", "amazon-athena"}
    assert "google-cloud-storage" not in found


@pytest.mark.parametrize(
    "line",
    [
        "- Customer handling and job card preparation at a car dealership",
        "- Resolved customer queries on billing within the agreed time",
    ],
)
def test_customer_handling_and_queries_are_customer_service(profile: ProfileOf, line: str) -> None:
    assert "customer-service" in ids(profile(f"Experience\n{line}\n", "resume"))


@pytest.mark.parametrize(
    "line",
    [
        "- Trained a classifier on 2M customer complaints with BERT",
        "- Built routing models for customer handling",
        "- Clustered customer queries by topic with sentence embeddings",
    ],
)
def test_complaints_as_a_models_data_are_no_customer_service(profile: ProfileOf, line: str) -> None:
    """Complaints and queries are data a model learns from as often as work a person does."""
    assert "customer-service" not in ids(profile(f"Experience\n{line}\n", "resume"))


@pytest.mark.parametrize(
    "line",
    [
        "- Handled customer complaints and returns",
        "- Handled customer queries and exchanges",
        "- Handling customer enquiries",
    ],
)
def test_handling_complaints_is_customer_service(profile: ProfileOf, line: str) -> None:
    """A person handled the complaints: the service work itself, with no other cue word."""
    assert "customer-service" in ids(profile(f"Experience\n{line}\n", "resume"))
