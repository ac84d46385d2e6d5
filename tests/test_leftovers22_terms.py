"""Short names and new tools that earlier sessions left as literal terms or read in the wrong
sense: OpenAI's Triton beside CUDA or JAX, a bare "SAM" beside segmentation words, Grounding
DINO; and their namesakes (the inference server, software asset management, AWS SAM, a
colleague called Sam) that must keep their own reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _ids(found: Profile) -> set[str]:
    return {hit.id for hit in found.skills}


def _resume(*lines: str) -> str:
    body = "\n".join(f"- {line}" for line in lines)
    return f"Jane Doe\nExperience\nML Engineer, Acme, Jan 2021 - Mar 2024\n{body}\n"


def _posting(*lines: str) -> str:
    body = "\n".join(f"- {line}" for line in lines)
    return f"Machine Learning Engineer\n\nRequirements\n{body}\n"


def _asked(found: Profile) -> set[str]:
    return {req.id for req in found.requirements}


def test_leftovers22_cuda_and_triton_in_a_posting_asks_the_language(
    profile_of: ProfileOf,
) -> None:
    asked = _asked(profile_of(_posting("Experience with CUDA and Triton"), "posting"))
    assert "triton-language" in asked
    assert "term:triton" not in asked
    assert "triton-inference-server" not in asked


def test_leftovers22_cuda_and_triton_for_inference_is_the_language(profile_of: ProfileOf) -> None:
    line = "Wrote GPU kernels in CUDA and Triton for inference."
    found = _ids(profile_of(_resume(line), "resume"))
    assert "triton-language" in found
    assert "triton-inference-server" not in found


def test_leftovers22_triton_beside_jax_in_skills_is_the_language(profile_of: ProfileOf) -> None:
    found = _ids(profile_of("Jane Doe\nSkills\nMamba, JAX, Triton\n", "resume"))
    assert "triton-language" in found
    assert "triton-inference-server" not in found


@pytest.mark.parametrize(
    "line",
    [
        "Served models with Triton and TensorRT at low latency.",
        "Skills: PyTorch, JAX, Triton Inference Server",
        "Deployed Triton on GPU nodes with CUDA 12 for model serving.",
    ],
)
def test_leftovers22_triton_serving_stays_the_server(profile_of: ProfileOf, line: str) -> None:
    found = _ids(profile_of(_resume(line), "resume"))
    assert "triton-inference-server" in found, line
    assert "triton-language" not in found, line


@pytest.mark.parametrize(
    "line",
    [
        "Built an annotation pipeline with Grounding DINO and SAM for instance segmentation.",
        "Fine-tuned SAM to produce masks for satellite imagery.",
        "Zero-shot labeling with SAM and CLIP.",
    ],
)
def test_leftovers22_bare_sam_beside_vision_words_is_segment_anything(
    profile_of: ProfileOf, line: str
) -> None:
    assert "segment-anything" in _ids(profile_of(_resume(line), "resume")), line


def test_leftovers22_grounding_dino_is_a_skill(profile_of: ProfileOf) -> None:
    found = profile_of(_posting("Familiarity with Grounding DINO, SAM and CLIP"), "posting")
    asked = _asked(found)
    assert {"grounding-dino", "segment-anything", "clip"} <= asked
    assert not {r for r in asked if r.startswith("term:")}


@pytest.mark.parametrize(
    "line",
    [
        "Worked with Sam on the segmentation roadmap.",
        "Deployed serverless apps with AWS SAM templates for image resizing.",
        "Ran SAM and ITAM audits of licenses for vision software.",
        "Used the AWS Serverless Application Model (SAM) for image pipelines.",
        "Owned Software Asset Management (SAM) for the video team.",
    ],
)
def test_leftovers22_other_sams_are_not_segment_anything(profile_of: ProfileOf, line: str) -> None:
    assert "segment-anything" not in _ids(profile_of(_resume(line), "resume")), line


@pytest.mark.parametrize(
    "line",
    [
        "Wrote ETL in Python and Spark-jobs on Databricks.",
        "Schreef Python- en Spark-jobs op Azure.",
        "Tuned Spark-clusters for the nightly loads.",
    ],
)
def test_leftovers22_spark_compound_with_its_own_cue_is_spark(
    profile_of: ProfileOf, line: str
) -> None:
    assert "apache-spark" in _ids(profile_of(_resume(line), "resume")), line


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Tested Spark-ignition engines on the data bench.", "apache-spark"),
        ("Briefed C-level executives on the data roadmap.", "c"),
        ("Ran a Go-to-market code review for the launch.", "go"),
    ],
)
def test_leftovers22_hyphen_compounds_of_other_words_stay_words(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill not in _ids(profile_of(_resume(line), "resume")), line


def _learning(found: Profile) -> dict[str, bool]:
    return {hit.id: all(m.learning for m in hit.mentions) for hit in found.skills}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("I'm learning Rust in my spare time.", "rust"),
        ("Currently learning Go and Swift.", "swift"),
        ("Analyst. Julia (learning), Rust (learning).", "rust"),
    ],
)
def test_leftovers22_a_language_the_writer_is_learning_is_read_as_learning(
    profile_of: ProfileOf, text: str, skill: str
) -> None:
    found = _learning(profile_of(f"Jane Doe\nSummary\n{text}\n", "resume"))
    assert found.get(skill) is True, text


@pytest.mark.parametrize(
    "text",
    [
        "Tutor. Helped students who are learning Rust.",
        "Machine learning Rust belt manufacturers' demand data.",
        "I'm learning about Rust prevention on bridges.",
    ],
)
def test_leftovers22_others_learning_or_other_rusts_are_no_skill(
    profile_of: ProfileOf, text: str
) -> None:
    assert "rust" not in _ids(profile_of(f"Jane Doe\nSummary\n{text}\n", "resume")), text


def test_leftovers22_a_postings_own_learning_asks_nothing(profile_of: ProfileOf) -> None:
    text = "Data Analyst\nAbout us\nOur founder is learning Rust for fun.\nRequirements\n- SQL\n"
    assert "rust" not in _asked(profile_of(text, "posting"))


def test_leftovers22_a_firm_in_a_contact_line_is_no_field(profile_of: ProfileOf) -> None:
    text = "Jane Doe | Acme AI | jane@example.com\nSkills\nSQL, Tableau\n"
    assert "artificial-intelligence" not in _ids(profile_of(text, "resume"))


def test_leftovers22_a_headline_field_in_a_contact_line_stays(profile_of: ProfileOf) -> None:
    text = "Jane Doe | Generative AI | Agentic AI | jane@example.com\nSkills\nSQL\n"
    found = _ids(profile_of(text, "resume"))
    assert {"generative-ai", "llm-agents"} <= found


@pytest.mark.parametrize(
    "line",
    [
        "Tidewater Robotics makes warehouse robots; I built dashboards in Tableau.",
        "Acme AI is a fast-growing startup; I built dashboards in Tableau.",
    ],
)
def test_leftovers22_a_firm_doing_its_business_is_no_field(
    profile_of: ProfileOf, line: str
) -> None:
    found = _ids(profile_of(_resume(line), "resume"))
    assert not {"robotics", "artificial-intelligence"} & found, line


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Applied Robotics is a field I love; built grasping policies.", "robotics"),
        ("Healthcare AI provides my focus: triage models.", "artificial-intelligence"),
        ("Robotics makes up half my coursework.", "robotics"),
    ],
)
def test_leftovers22_a_qualified_field_doing_things_stays_the_field(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill in _ids(profile_of(_resume(line), "resume")), line


def _terms(found: Profile) -> set[str]:
    return {req.id for req in found.requirements if req.id.startswith("term:")}


@pytest.mark.parametrize(
    "line",
    [
        "Atlanta, GA or remote",
        "Calgary, AB",
        "Portland, OR.",
        "Calgary, AB or Toronto, ON (hybrid)",
    ],
)
def test_leftovers22_a_town_and_its_code_is_a_place(profile_of: ProfileOf, line: str) -> None:
    assert _terms(profile_of(_posting("Python", line), "posting")) == set(), line


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Experience with GA tagging, AB tests or remote usability studies", "term:ga"),
        ("Knowledge of Atlanta, GA payroll rules", "term:atlanta"),
    ],
)
def test_leftovers22_codes_inside_other_asks_stay_asked(
    profile_of: ProfileOf, line: str, term: str
) -> None:
    assert term in _terms(profile_of(_posting("Python", line), "posting")), line


@pytest.mark.parametrize("line", ["MS, PA or MD degree", "MS, PA or MD"])
def test_leftovers22_ms_among_clinical_degrees_is_a_masters(
    profile_of: ProfileOf, line: str
) -> None:
    found = profile_of(_posting(line, "Python"), "posting")
    assert found.posting is not None
    assert found.posting.degree_required == "master", line


@pytest.mark.parametrize("line", ["Offices in MS, PA or MD", "Clients in MA, NY and CT"])
def test_leftovers22_codes_after_in_stay_states(profile_of: ProfileOf, line: str) -> None:
    found = profile_of(_posting(line, "Python"), "posting")
    assert found.posting is not None
    assert found.posting.degree_required is None, line


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe\nExperience\nZookeeper Assistant, City Zoo, 2019 - 2020\n- Fed the primates.\n",
        "Jane Doe\nExperience\nVolunteer, City Zoo, 2019 - 2020\n- Shadowed the head zookeeper.\n",
    ],
)
def test_leftovers22_a_keeper_at_a_zoo_is_no_zookeeper(profile_of: ProfileOf, text: str) -> None:
    assert "zookeeper" not in _ids(profile_of(text, "resume"))


@pytest.mark.parametrize(
    "line",
    [
        "Ran Kafka with ZooKeeper ensembles in production.",
        "Migrated ZooKeeper to KRaft.",
        "Tools: Kafka, Zookeeper, Python",
    ],
)
def test_leftovers22_zookeeper_beside_its_stack_is_the_tool(
    profile_of: ProfileOf, line: str
) -> None:
    assert "zookeeper" in _ids(profile_of(_resume(line), "resume")), line


def test_leftovers22_gpu_clouds_are_skills(profile_of: ProfileOf) -> None:
    line = "Training on GPU clouds such as Lambda Labs, CoreWeave, RunPod, Vast.ai or Paperspace"
    asked = _asked(profile_of(_posting(line), "posting"))
    assert {"lambda-labs", "coreweave", "runpod", "vast-ai", "paperspace"} <= asked
    assert not {r for r in asked if r.startswith("term:")}


def test_leftovers22_gpu_cloud_lookalike_words_are_no_cloud(profile_of: ProfileOf) -> None:
    line = "We run pod-based teams; the core weave of a vast AI market; AWS Lambda functions"
    found = _ids(profile_of(_resume(line), "resume"))
    assert not {"lambda-labs", "coreweave", "runpod", "vast-ai"} & found


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Pretraining with TorchTitan", "torchtitan"),
        ("Experience with Pallas, JAX, XLA and TPUs", "pallas"),
        ("Experience with Pallas, JAX, XLA and TPUs", "xla"),
        ("Agent frameworks: CrewAI, AutoGen, smolagents", "smolagents"),
        ("FlashAttention, Liger Kernel, DeepSpeed, FSDP2", "liger-kernel"),
        ("FlashAttention, Liger Kernel, DeepSpeed, FSDP2", "distributed-training"),
        ("LLM evals in Braintrust or LangSmith", "braintrust"),
        ("Ray Data, Daft, Polars, DuckDB", "daft"),
        ("Experience with Codex CLI and Cursor", "codex-cli"),
    ],
)
def test_leftovers22_new_ml_tools_are_asked(profile_of: ProfileOf, line: str, skill: str) -> None:
    asked = _asked(profile_of(_posting(line), "posting"))
    assert skill in asked, line
    assert not {r for r in asked if r.startswith("term:")}, line


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Led tours of the Pallas Athena statue.", "pallas"),
        ("Joined the Braintrust talent network as a freelancer.", "braintrust"),
        ("Called it a Daft idea in the retro.", "daft"),
    ],
)
def test_leftovers22_new_tools_namesakes_are_no_tool(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill not in _ids(profile_of(_resume(line), "resume")), line
