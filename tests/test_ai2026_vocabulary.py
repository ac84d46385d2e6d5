"""The vocabulary of 2026 AI and ML postings: robot learning (VLA models, diffusion policies,
teleoperation), vision encoders (CLIP, SigLIP, DINOv2, Segment Anything), generative methods
(flow matching, world models), GPU work (ROCm, CUTLASS, Triton the compiler), RL algorithms
(PPO, SAC), preference tuning (ORPO, KTO), fine-tuning tools (Unsloth, axolotl, torchtune),
serverless GPUs (Modal), search (Vespa), deep recommenders (TorchRec, two-tower models) and
monitoring (Evidently). Each name is read where a team writes it; its namesakes (a health
plan's PPO, square feet written SFT, modal dialogs, a Vespa scooter, an axolotl at the zoo, a
paper clip, Model UN) are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _ids(found: Profile) -> set[str]:
    return {hit.id for hit in found.skills}


def _resume(bullet: str) -> str:
    return f"Experience\nMachine Learning Engineer, Acme AI, Jan 2021 - Mar 2024\n- {bullet}\n"


def _posting(line: str) -> str:
    return f"Machine Learning Engineer\n\nRequirements\n- {line}\n"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Train vision-language-action (VLA) models for grasping", "vision-language-action-models"),
        ("Experience with VLA models such as OpenVLA or pi0", "vision-language-action-models"),
        ("Train diffusion policies from teleoperation data", "diffusion-policy"),
        ("Train diffusion policies from teleoperation data", "teleoperation"),
        ("Experience with world models for planning and RL", "world-models"),
        ("Experience with diffusion models or flow matching", "flow-matching"),
        ("Pretrain vision encoders (ViT, DINOv2, CLIP, SigLIP)", "clip"),
        ("Pretrain vision encoders (ViT, DINOv2, CLIP, SigLIP)", "vision-transformers"),
        ("Fine-tune SigLIP image-text encoders for retrieval", "clip"),
        ("Experience with Segment Anything (SAM), YOLO, Detectron2", "segment-anything"),
        ("Experience with reinforcement learning (PPO, SAC)", "policy-gradient-methods"),
        ("Preference tuning with ORPO or KTO", "rlhf"),
        ("Run SFT and DPO on 8B models", "instruction-tuning"),
        ("3+ years of SFT", "instruction-tuning"),
        ("Strong background in SFT/DPO of base models", "instruction-tuning"),
        ("Mixed precision training in bf16 on H100s", "mixed-precision-training"),
        ("Experience with AMD ROCm or CUDA", "rocm"),
        ("Write GEMM kernels with CUTLASS", "cutlass"),
        ("Experience with Triton (the GPU kernel compiler) or CUTLASS", "triton-language"),
        ("Experience with Google TPU pods", "cloud-tpu"),
        ("Open-source LLM fine-tuning tools (axolotl, Unsloth, torchtune)", "axolotl"),
        ("Open-source LLM fine-tuning tools (axolotl, Unsloth, torchtune)", "unsloth"),
        ("Open-source LLM fine-tuning tools (axolotl, Unsloth, torchtune)", "torchtune"),
        ("Run GPU batch jobs on Modal and Anyscale", "modal"),
        ("Experience with Vespa or Elasticsearch for hybrid search", "vespa"),
        ("Train ranking models (DLRM, wide and deep) on TorchRec", "torchrec"),
        ("Train ranking models (DLRM, wide and deep) on TorchRec", "deep-recommender-models"),
        ("Build candidate generation with two-tower models", "deep-recommender-models"),
        ("Model monitoring with Evidently and WhyLabs", "evidently"),
        ("Variance reduction with CUPED", "ab-testing"),
    ],
)  # fmt: skip
def test_ai2026_posting_lines_read_the_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    assert skill in _ids(profile_of(_posting(line), "posting")), line


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Fine-tuned a 7B model with Unsloth on one A100.", "unsloth"),
        ("Deployed batch inference on Modal with H100s.", "modal"),
        ("Trained a diffusion policy for bimanual folding.", "diffusion-policy"),
        ("Collected 2,000 teleop demonstrations for a pick task.", "teleoperation"),
        ("Ported CUDA kernels to ROCm for MI300X GPUs.", "rocm"),
        ("Aligned the policy with PPO and then GRPO.", "policy-gradient-methods"),
        ("Wrote the SFT data mix for the post-training run.", "instruction-tuning"),
        ("Zero-shot image search with CLIP embeddings.", "clip"),
        ("Worked with ROS 2 on real arms and mobile bases.", "ros"),
    ],
)
def test_ai2026_resume_bullets_read_the_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    assert skill in _ids(profile_of(_resume(line), "resume")), line


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Leased a 2,400 SFT retail unit and a 1,200 sq ft office.", "instruction-tuning"),
        ("Prepared floor plans for a 2,400 SFT model suite.", "instruction-tuning"),
        ("Five years of experience leasing 450,000 SFT of office space.", "instruction-tuning"),
        ("Negotiated rents of $32 per SFT for the training center.", "instruction-tuning"),
        ("Staff health plans: PPO and HMO options for all employees.", "policy-gradient-methods"),
        ("Chose the PPO plan at open enrollment.", "policy-gradient-methods"),
        ("Chaired the SAC meetings of the staff advisory committee.", "policy-gradient-methods"),
        ("Built modal dialogs and a Modal component in React.", "modal"),
        ("Evidently, the new process saved 12 hours a week.", "evidently"),
        ("Organised a team trip to a Vespa scooter rally.", "vespa"),
        ("Counted axolotl tanks at the aquarium.", "axolotl"),
        ("Polished a cutlass for the maritime museum.", "cutlass"),
        ("Cut paper clip usage in half; sent CLIP coupons monthly.", "clip"),
        ("Represented France at a World Model United Nations conference.", "world-models"),
        ("The world model of our customers changed after the survey.", "world-models"),
        ("Ran cash flow matching for the pension liabilities.", "flow-matching"),
        ("Kept the Segment of the market we served.", "segment-anything"),
        ("Observed at the VLA radio telescope in New Mexico.", "vision-language-action-models"),
        ("Ran the Triton water polo club's fundraiser.", "triton-language"),
    ],
)
def test_ai2026_namesakes_are_not_the_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    assert skill not in _ids(profile_of(_resume(line), "resume")), line


def test_ai2026_segment_anything_is_not_the_cdp(profile_of: ProfileOf) -> None:
    found = _ids(profile_of(_posting("Experience with Segment Anything (SAM)"), "posting"))
    assert "segment" not in found
    assert "segment-anything" in found


def test_ai2026_triton_beside_serving_words_stays_the_server(profile_of: ProfileOf) -> None:
    found = _ids(profile_of(_resume("Served models with Triton and TensorRT."), "resume"))
    assert "triton-inference-server" in found
    assert "triton-language" not in found


def test_ai2026_google_tpu_leaves_no_google_term(profile_of: ProfileOf) -> None:
    posting = profile_of(_posting("Experience with AWS Inferentia, Google TPU or AMD ROCm"))
    asked = {req.id for req in posting.requirements}
    assert {"cloud-tpu", "rocm"} <= asked, asked
    assert not {"term:google", "term:amd-rocm"} & asked, asked


@pytest.mark.parametrize(
    ("resume_line", "posting_line", "skill"),
    [
        ("Distilled a CLIP ViT-L into a mobile encoder.", "Experience with CLIP or SigLIP",
         "clip"),
        ("Trained two-tower retrieval on 2B interactions.", "Experience with two-tower models",
         "deep-recommender-models"),
        ("Wrote LoRA recipes in torchtune.", "Experience with torchtune or axolotl", "torchtune"),
    ],
)  # fmt: skip
def test_ai2026_spellings_meet_across_resume_and_posting(
    profile_of: ProfileOf, options: Options, resume_line: str, posting_line: str, skill: str
) -> None:
    posting = profile_of(_posting(posting_line), "posting")
    report = compare(profile_of(_resume(resume_line), "resume"), posting, options)
    verdict = {m.id: m.status for m in report.matched + report.missing}
    assert verdict.get(skill) == "matched", (resume_line, verdict)


def test_ai2026_young_tools_know_when_they_appeared(options: Options) -> None:
    skills = options.taxonomy.skills
    assert skills["vision-language-action-models"].since == 2023
    assert skills["torchtune"].since == 2024
    assert skills["clip"].since == 2021


# --- agent frameworks, gateways, serving, on-device and orchestration tools --------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience with Haystack or LlamaIndex RAG pipelines", "haystack"),
        ("Experience with Semantic Kernel or AutoGen", "semantic-kernel"),
        ("Experience with LLM gateways such as LiteLLM", "litellm"),
        ("Experience with LanceDB or Qdrant", "lancedb"),
        ("Experience with turbopuffer for vector search", "turbopuffer"),
        ("Experience with ExecuTorch or Core ML for on-device inference", "executorch"),
        ("Experience with MLX on Apple silicon", "mlx"),
        ("Experience deploying NVIDIA NIM microservices", "nvidia-nim"),
        ("Experience with NVIDIA Dynamo for disaggregated serving", "nvidia-dynamo"),
        ("Experience with Flyte or Kubeflow pipelines", "flyte"),
        ("Experience with Temporal for durable agent workflows", "temporal-io"),
        ("Experience with late-interaction retrieval (ColBERT) and SPLADE", "semantic-search"),
        ("Experience with Megatron Core or DeepSpeed", "megatron-lm"),
        ("Experience with the OpenAI Agents SDK", "openai-api"),
        ("Experience with W&B Weave for tracing", "wandb"),
        ("Experience with Vertex AI Agent Builder", "vertex-ai"),
        ("Experience with Amazon Bedrock AgentCore", "bedrock"),
        ("Experience with ExLlamaV2 or HQQ quantization", "model-compression"),
    ],
)
def test_ai2026_tool_names_are_their_skills(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = profile_of(_posting(line), "posting")
    assert skill in _ids(found), line
    assert not [r.id for r in found.requirements if r.id in {"term:sdk", "term:agentcore"}]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Passed needle-in-a-haystack tests at 128k context for the LLM.", "haystack"),
        ("Ran needle in a haystack evals on the long-context model.", "haystack"),
        ("Found the bug like a needle in a Haystack of logs.", "haystack"),
        ("Studied temporal patterns in the data; built temporal workflows for sensor data.",
         "temporal-io"),
        ("Temporal lobe research in the neuroscience lab.", "temporal-io"),
        ("Ran the MLX-5 mixer at the radio station.", "mlx"),
        ("Filed the NIM report for the nursing home.", "nvidia-nim"),
    ],
)  # fmt: skip
def test_ai2026_tool_namesakes_are_not_the_tool(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill not in _ids(profile_of(_resume(line), "resume")), line


def test_ai2026_triton_beside_cuda_in_a_skills_list_is_the_language(profile_of: ProfileOf) -> None:
    found = _ids(profile_of("Skills\nPython, PyTorch, CUDA, Triton, Unsloth, vLLM\n", "resume"))
    assert "triton-language" in found
    assert "triton-inference-server" not in found
    served = _ids(profile_of("Skills\nKafka, Flink, Triton, KServe, dbt\n", "resume"))
    assert "triton-inference-server" in served


# --- robot learning, safety research and coding assistants --------------------------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience with sim-to-real transfer and domain randomization", "sim-to-real"),
        ("Experience with Sim2Real for legged robots", "sim-to-real"),
        ("Experience with LeRobot or robomimic datasets", "lerobot"),
        ("Research in mechanistic interpretability (sparse autoencoders, circuits)",
         "mechanistic-interpretability"),
        ("Contribute to constitutional AI and scalable oversight research", "ai-safety"),
        ("Build dangerous capability evaluations for frontier models", "ai-safety"),
        ("Experience with AI coding assistants such as GitHub Copilot or Cursor", "cursor-ide"),
    ],
)  # fmt: skip
def test_ai2026_research_and_robotics_lines_read_the_skill(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill in _ids(profile_of(_posting(line), "posting")), line


def test_ai2026_mechanistic_interpretability_is_not_met_by_shap(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(_posting("Experience with mechanistic interpretability"), "posting")
    cv = profile_of(_resume("Explained churn models with SHAP; model explainability."), "resume")
    report = compare(cv, posting, options)
    verdict = {m.id: m.status for m in report.matched + report.missing}
    assert verdict.get("mechanistic-interpretability") != "matched", verdict


@pytest.mark.parametrize(
    "line",
    [
        "Declared a SQL Server Cursor to loop over the invoices.",
        "Moved the cursor to the next field in the data-entry form.",
        "Cursor-based pagination for the orders API.",
    ],
)
def test_ai2026_a_database_cursor_is_not_the_editor(profile_of: ProfileOf, line: str) -> None:
    assert "cursor-ide" not in _ids(profile_of(_resume(line), "resume")), line


# --- years of a tool: no more than it has existed -------------------------------------------------


def test_ai2026_years_of_whisper_count_from_its_release(
    profile_of: ProfileOf, options: Options
) -> None:
    """Whisper was released in 2022: a role since 2014 that fine-tunes it shows under five
    years of it by November 2026 (under the six asked), not twelve."""
    cv = "Experience\nSpeech Scientist, Acme, Jan 2014 - Present\n- Fine-tuned Whisper on calls.\n"
    posting = profile_of(_posting("6+ years of Whisper"), "posting")
    report = compare(profile_of(cv, "resume"), posting, options)
    [found] = [m for m in report.matched + report.missing if m.id == "whisper"]
    assert found.status != "matched"
    assert "2022" in (found.detail or ""), found.detail


def test_ai2026_tools_of_the_llm_stack_know_their_first_year(options: Options) -> None:
    skills = options.taxonomy.skills
    firsts = {"chroma": 2022, "llm-agents": 2022, "instruction-tuning": 2021, "vertex-ai": 2021,
              "mlflow": 2018, "ray": 2017, "xgboost": 2014}  # fmt: skip
    assert {skill: skills[skill].since for skill in firsts} == firsts


@pytest.mark.parametrize(
    "line",
    [
        "Tipo de contrato: Temporal, jornada completa",
        "Contrato Temporal de 6 meses con posibilidad de incorporación",
        "Duración: Temporal (sustitución)",
    ],
)
def test_ai2026_a_spanish_fixed_term_contract_is_not_temporal(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Ingeniero de Datos\n\nRequisitos\n- Experiencia con Python y Airflow\n- {line}\n"
    assert "temporal-io" not in _ids(profile_of(text, "posting")), line


# --- generative media, reasoning models, open models, voice and regulation ---------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience with Stable Diffusion, SDXL and ControlNet", "stable-diffusion"),
        ("Experience building ComfyUI workflows", "comfyui"),
        ("Experience training reasoning models with GRPO", "reasoning-models"),
        ("Research on test-time compute and inference-time scaling", "reasoning-models"),
        ("Fine-tune open models such as Gemma 3 or Phi-4", "gemma-models"),
        ("Fine-tune open models such as Gemma 3 or Phi-4", "phi-models"),
        ("Experience with Gemma and Llama models", "gemma-models"),
        ("Build computer-use agents that operate a browser", "llm-agents"),
        ("Experience with the Agent2Agent (A2A) protocol and MCP", "a2a-protocol"),
        ("Experience with LayoutLMv3 for invoices", "document-ai"),
        ("Experience with prompt caching and KV cache reuse", "llm-inference-optimization"),
        ("Experience with LiveKit or Pipecat for voice agents", "livekit"),
        ("Experience with LiveKit or Pipecat for voice agents", "pipecat"),
        ("Experience with Deepgram or ElevenLabs APIs", "deepgram"),
        ("Experience with Deepgram or ElevenLabs APIs", "elevenlabs"),
        ("Knowledge of the EU AI Act and GDPR", "eu-ai-act"),
    ],
)
def test_ai2026_generative_and_voice_lines_read_the_skill(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill in _ids(profile_of(_posting(line), "posting")), line


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Reported to Gemma Smith, the office manager.", "gemma-models"),
        ("Worked closely with Gemma on the quarterly budget.", "gemma-models"),
        ("Taught clinical reasoning models to nursing students.", "reasoning-models"),
        ("Taught basic computer use to seniors at the library.", "llm-agents"),
    ],
)
def test_ai2026_generative_namesakes_are_not_the_skill(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill not in _ids(profile_of(_resume(line), "resume")), line


def test_ai2026_a_state_ai_act_is_not_the_eu_one(profile_of: ProfileOf) -> None:
    found = _ids(profile_of(_posting("Knowledge of the Colorado AI Act"), "posting"))
    assert "eu-ai-act" not in found
