"""The vocabulary of LLM and generative-AI roles (and of quant research, their neighbour):
each name in its usual spellings is the skill it names, spellings of one skill meet each
other across a resume and a posting, and the other senses of the ambiguous names (a person
called Claude, the Gemini zodiac sign, insurance agents, performance evals, power tool use)
are not read as the skill."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def ids(found: Profile) -> set[str]:
    return {hit.id for hit in found.skills}


def resume(bullet: str) -> str:
    return f"Experience\nMachine Learning Engineer, Acme AI, Jan 2021 - Mar 2024\n- {bullet}\n"


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Wrote MCP servers so that agents can call our billing API.", "model-context-protocol"),
        ("Exposed internal tools through the Model Context Protocol.", "model-context-protocol"),
        ("Traced every chain in Langfuse and cut p95 latency by 40%.", "langfuse"),
        ("Served Qwen and Llama models with SGLang on H100s.", "sglang"),
        ("Wrote fused attention kernels in OpenAI Triton.", "triton-language"),
        ("Ported the decoder to FlashAttention-2 for long contexts.", "flash-attention"),
        ("Added speculative decoding with a small draft model.", "llm-inference-optimization"),
        ("Tuned continuous batching and the paged KV cache in vLLM.", "llm-inference-optimization"),
        ("Built the LLMOps platform: gateways, prompt versioning, cost tracking.", "llmops"),
        ("Compared Gemini 2.5 Pro with GPT-4o on our eval set.", "gemini-models"),
        ("Routed traffic across OpenAI, Anthropic and Gemini models.", "gemini-models"),
        ("Routed traffic across OpenAI, Anthropic and Gemini models.", "anthropic-api"),
        ("Fine-tuned Qwen2.5-7B for SQL generation.", "qwen-models"),
        ("Distilled DeepSeek-R1 reasoning traces into a small model.", "deepseek-models"),
        ("Prompted Claude to extract fields from invoices.", "claude-models"),
        ("Fine-tuned Mistral and Llama on support tickets.", "mistral-models"),
        ("Fine-tuned Mistral and Llama on support tickets.", "llama-models"),
        ("Owned context engineering for long-running agents.", "context-engineering"),
        ("Added a cross-encoder reranker; recall@10 rose to 0.86.", "reranking"),
        ("Tuned rerankers (Cohere Rerank, bge-reranker) for clinical search.", "reranking"),
        ("Shipped guardrails for PII leakage and jailbreaks in the LLM app.", "llm-guardrails"),
        ("Configured NeMo Guardrails and Llama Guard for the chatbot.", "llm-guardrails"),
        ("Hardened the assistant against prompt injection from e-mails.", "llm-security"),
        ("Scored answers with RAGAS and DeepEval in CI.", "ragas"),
        ("Scored answers with RAGAS and DeepEval in CI.", "deepeval"),
        ("Ran promptfoo suites on every prompt change.", "promptfoo"),
        ("Benchmarked checkpoints with lm-evaluation-harness.", "lm-evaluation-harness"),
        ("Built offline evals for the RAG assistant with golden questions.", "llm-evaluation"),
        ("Calibrated LLM judges against 300 human labels.", "llm-evaluation"),
        ("Linked tickets to a knowledge graph of products and parts.", "knowledge-graphs"),
        ("Prototyped GraphRAG over policy documents.", "graphrag"),
        ("Built multi-agent systems with CrewAI and AutoGen.", "multi-agent-systems"),
        ("Maintained tick data in kdb+ and wrote q analytics.", "kdb"),
        ("Forecast volatility with GARCH models.", "garch-models"),
        ("Studied market microstructure and order book dynamics.", "market-microstructure"),
        ("Built options pricing models for equity derivatives.", "options-pricing"),
        ("Trained a BPE tokenizer for a new language model.", "tokenization"),
        ("Profiled kernels with Nsight Compute and Nsight Systems.", "nsight"),
        ("Trained 7B models on AWS Trainium.", "aws-trainium"),
        ("Applied psychometrics and item response theory to rater data.", "psychometrics"),
        ("Built a LangGraph assistant with tool use and memory.", "llm-agents"),
        ("Arize dashboards for drift and quality.", "arize"),
        ("Scaled batch inference with Ray on Kubernetes.", "ray"),
        ("Published alignment research and ran AI safety evaluations.", "ai-safety"),
        ("Built agents that call our quoting tools through MCP.", "llm-agents"),
        ("Shipped agents on LangGraph with memory and planning.", "llm-agents"),
        ("Hosted the assistant on Amazon Bedrock with Claude.", "bedrock"),
        ("Called Claude and Titan models via Bedrock.", "bedrock"),
        ("Fine tuned Llama 3 8B with LoRA on 12k instruction pairs.", "fine-tuning"),
        ("Trained the reward model with GRPO after SFT.", "rlhf"),
        ("Used the PEFT library with the transformers library.", "parameter-efficient-fine-tuning"),
        ("Used the PEFT library with the transformers library.", "hugging-face-transformers"),
        ("Aligned the model with TRL and DPO.", "hf-trl"),
        ("Served adapters with TGI and vLLM.", "tgi"),
        ("Quantized the 70B model with AWQ and GPTQ.", "model-compression"),
        ("Trained with tensor parallelism and pipeline parallelism.", "distributed-training"),
        ("Shrank a 13B model into a distilled model of 1B.", "knowledge-distillation"),
        ("Built hybrid search (BM25 plus dense vectors) for the catalog.", "semantic-search"),
    ],
)
def test_genai_names_are_their_skills(profile_of: ProfileOf, bullet: str, skill: str) -> None:
    assert skill in ids(profile_of(resume(bullet), "resume")), bullet


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Reported to Claude Martin, the regional sales director.", "claude-models"),
        ("Hosted the client dinner with Claude and his wife.", "claude-models"),
        ("Astrology column for Gemini, Leo and Virgo readers.", "gemini-models"),
        ("Partnered with Claude Dubois (VP Sales) and Gemini Tan on pricing.", "claude-models"),
        ("Partnered with Claude Dubois (VP Sales) and Gemini Tan on pricing.", "gemini-models"),
        ("Managed a team of 12 real estate agents and insurance agents.", "llm-agents"),
        ("Trained warehouse staff on safe power tool use.", "llm-agents"),
        ("Built LLM tools that draft replies for our support agents.", "llm-agents"),
        ("Coached 40 customer service agents on the new tools.", "llm-agents"),
        ("Configured Jenkins build agents and Datadog agents for the LLM platform.", "llm-agents"),
        ("Ran agent-based models of traffic; agents followed simple rules.", "llm-agents"),
        ("Completed annual performance evals for eight direct reports.", "llm-evaluation"),
        ("Held an MCP certification and an MCSE in Windows Server.", "model-context-protocol"),
        ("Ran the distillation column at the refinery.", "knowledge-distillation"),
        ("Distilled water for the lab each morning.", "knowledge-distillation"),
        ("Set spending guardrails with the finance team.", "llm-guardrails"),
        ("Card tokenization for PCI compliance in the payments API.", "tokenization"),
        ("Visited llamas on a farm in Peru.", "llama-models"),
        ("Sailed into a strong mistral off Marseille.", "mistral-models"),
        ("Raised the product to TRL 6 with the defence customer.", "hf-trl"),
        ("Celebrated at TGI Fridays with the team.", "tgi"),
        ("Reviewed the anthropic principle in a cosmology seminar.", "anthropic-api"),
        ("Mapped the bedrock under the site before the foundation work.", "bedrock"),
        ("Trust is the Bedrock of our culture, said the CEO.", "bedrock"),
    ],
)
def test_other_senses_are_not_the_genai_skill(
    profile_of: ProfileOf, bullet: str, skill: str
) -> None:
    assert skill not in ids(profile_of(resume(bullet), "resume")), bullet


def test_a_skills_list_names_the_models_and_protocol(profile_of: ProfileOf) -> None:
    text = (
        "Skills\nAI agents, LangGraph, OpenAI API, Anthropic API, Claude, Gemini, MCP, Llama,"
        " Qwen, Langfuse, evals, guardrails, rerankers, SGLang, kdb+/q\n"
    )
    found = ids(profile_of(text, "resume"))
    expected = {
        "llm-agents", "langgraph", "openai-api", "anthropic-api", "claude-models",
        "gemini-models", "model-context-protocol", "llama-models", "qwen-models", "langfuse",
        "llm-evaluation", "llm-guardrails", "reranking", "sglang", "kdb",
    }  # fmt: skip
    assert expected <= found, expected - found


@pytest.mark.parametrize(
    ("resume_line", "posting_line", "skill"),
    [
        ("Built retrieval-augmented generation over 8M pages.", "- 2+ years building RAG systems",
         "retrieval-augmented-generation"),
        ("Shipped features on large language models.", "- Experience with LLMs in production",
         "large-language-models"),
        ("Wrote MCP servers for our TMS.", "- Experience building Model Context Protocol servers",
         "model-context-protocol"),
        ("Wrote evals with LLM-as-a-judge graders.", "- Experience designing evals for LLM apps",
         "llm-evaluation"),
        ("Added cross-encoder rerankers.", "- Experience with reranking models", "reranking"),
        ("Maintained q/kdb+ tick databases.", "- Experience with kdb+/q", "kdb"),
    ],
)  # fmt: skip
def test_spellings_meet_across_resume_and_posting(
    profile_of: ProfileOf, options: Options, resume_line: str, posting_line: str, skill: str
) -> None:
    posting = profile_of(f"LLM Engineer\n\nRequirements\n{posting_line}\n", "posting")
    assert skill in {req.id for req in posting.requirements}, posting_line
    report = compare(profile_of(resume(resume_line), "resume"), posting, options)
    verdict = {m.id: m.status for m in report.matched + report.missing}
    assert verdict[skill] == "matched", (resume_line, verdict)


def test_vllm_is_no_evidence_of_llm_experience_by_name(profile_of: ProfileOf) -> None:
    found = profile_of(resume("Deployed Whisper with vLLM."), "resume")
    mentions = [m.text for hit in found.skills for m in hit.mentions]
    assert "vLLM" in mentions
    assert "large-language-models" not in ids(found)


# --- years of a young skill: no more than it has existed ---------------------------------------


def _verdict(profile_of: ProfileOf, options: Options, cv: str, ask: str) -> tuple[str, str]:
    posting = profile_of(f"AI Engineer\n\nRequirements\n- {ask}\n", "posting")
    report = compare(profile_of(cv, "resume"), posting, options)
    [skill] = [req.id for req in posting.requirements if req.years]
    [found] = [m for m in report.matched + report.missing if m.id == skill]
    return found.status, found.detail or ""


LONG_ROLE = "Experience\nPrincipal Engineer, Acme, Jan 2012 - Present\n- {}\n"


def test_a_tool_shown_in_a_long_role_counts_from_its_first_year(
    profile_of: ProfileOf, options: Options
) -> None:
    """MCP appeared in 2024: a role since 2012 that builds MCP servers shows under three years
    of it by November 2026, not fourteen."""
    cv = LONG_ROLE.format("Built MCP servers for our agents and a Python SDK.")
    status, detail = _verdict(profile_of, options, cv, "4+ years building MCP servers")
    assert status != "matched"
    assert "2.9 of 4 years" in detail and "2024" in detail, detail


def test_a_tool_listed_undated_counts_from_its_first_year(
    profile_of: ProfileOf, options: Options
) -> None:
    cv = LONG_ROLE.format("Built data platforms.") + "\nSkills\nLangChain, Python\n"
    status, detail = _verdict(profile_of, options, cv, "6+ years of LangChain")
    assert status != "matched"
    assert "4.9 of 6 years" in detail, detail


def test_an_old_skill_keeps_the_whole_role(profile_of: ProfileOf, options: Options) -> None:
    cv = LONG_ROLE.format("Built MCP servers in Python.")
    assert _verdict(profile_of, options, cv, "10+ years of Python")[0] == "matched"
    cv = LONG_ROLE.format("Built RAG assistants on large language models with LangChain.")
    assert _verdict(profile_of, options, cv, "3+ years of LangChain")[0] == "matched"


def test_young_skills_know_when_they_appeared(options: Options) -> None:
    skills = options.taxonomy.skills
    assert skills["model-context-protocol"].since == 2024
    assert skills["langchain"].since == 2022
    assert skills["large-language-models"].since == 2018
    assert skills["python"].since is None


# --- attention: the mechanism, not attention to detail -----------------------------------------

ATTENTION_ASK = "- Solid understanding of transformer architecture, attention and tokenization\n"


def test_attention_beside_transformers_is_the_mechanism(profile_of: ProfileOf) -> None:
    posting = profile_of(f"LLM Engineer\n\nRequirements\n{ATTENTION_ASK}", "posting")
    asked = {req.id: req.jd_text for req in posting.requirements}
    assert asked.get("attention-mechanisms") == "attention", asked
    assert "term:attention" not in asked


@pytest.mark.parametrize(
    "bullet",
    [
        "Reports in Excel with great attention to detail.",
        "Brought billing errors to the attention of the finance team.",
        "Paid close attention to customer feedback on the new models of the product.",
        "Drew the substation layouts with attention to fine transformer and switchgear details.",
        "Reviewed the design with attention to subtle architecture and layer details.",
        # the mind's attention, in a list beside another skill
        "Drew on cognitive science, such as human motor learning and attention, for robots.",
        "Studied cognitive science topics: memory, perception and attention in children.",
    ],
)
def test_attention_in_plain_words_is_not_the_mechanism(profile_of: ProfileOf, bullet: str) -> None:
    assert "attention-mechanisms" not in ids(profile_of(resume(bullet), "resume")), bullet


def test_attention_to_detail_does_not_meet_the_mechanism(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(f"LLM Engineer\n\nRequirements\n{ATTENTION_ASK}", "posting")
    cv = resume("Reports in Excel with great attention to detail.")
    report = compare(profile_of(cv, "resume"), posting, options)
    met = {m.id for m in report.matched}
    assert not {"attention-mechanisms", "term:attention"} & met, met
    cv = resume("Wrote fused multi-head attention kernels for our transformer models.")
    report = compare(profile_of(cv, "resume"), posting, options)
    assert "attention-mechanisms" in {m.id for m in report.matched}


def test_qlora_is_lora_on_a_quantized_model(profile_of: ProfileOf, options: Options) -> None:
    """QLoRA meets "LoRA/QLoRA" and shows LoRA in part (it implies it); it was missing."""
    choice = profile_of("LLM Engineer\n\nRequirements\n- Fine-tuning with LoRA/QLoRA\n", "posting")
    for bullet in ("Fine-tuned a 7B model with QLoRA.", "Multi-LoRA serving with vLLM."):
        report = compare(profile_of(resume(bullet), "resume"), choice, options)
        assert {"lora", "qlora"} & {m.id for m in report.matched}, bullet
    alone = profile_of("LLM Engineer\n\nRequirements\n- Fine-tuning with LoRA\n", "posting")
    cv = profile_of(resume("Fine-tuned a 7B model with qlora on one GPU."), "resume")
    verdict = {m.id: m for m in compare(cv, alone, options).missing}
    assert verdict["lora"].status == "implied", verdict


def test_years_in_one_of_three_fields_are_one_choice(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "AI Evaluation Engineer\n\nRequirements\n"
        "- 3+ years in ML engineering, data science or QA automation\n",
        "posting",
    )
    asked = {req.id: req for req in posting.requirements}
    assert "data-science" in asked["machine-learning"].alternatives, asked


def test_event_driven_services_are_event_driven_architecture(profile_of: ProfileOf) -> None:
    found = profile_of(resume("Led the migration to event-driven services on AWS."), "resume")
    assert "event-driven-architecture" in ids(found)


def test_agents_under_an_ai_title_are_still_people(profile_of: ProfileOf) -> None:
    """ "AI" on the line above is no cue: an AI company's claims desk has human agents."""
    text = "Experience\nAI Engineer, Acme AI, 2020 - 2024\n- Trained 12 new agents on the desk."
    assert "llm-agents" not in ids(profile_of(text, "resume"))


# --- a posting's words about how the company works ask for nothing -----------------------------


@pytest.mark.parametrize("heading", ["How we work", "Our culture", "Our values", "Working here"])
def test_a_culture_section_after_the_asks_asks_nothing(profile_of: ProfileOf, heading: str) -> None:
    text = (
        "ML Engineer\n\nNice to have\n- Experience with SGLang\n\n"
        f"{heading}\nEngineers own their work from design to on-call. Interviews are a practical"
        " exercise, a system design conversation and a chat about Kubernetes at our scale.\n"
    )
    asked = {req.id for req in profile_of(text, "posting").requirements}
    assert "sglang" in asked
    assert not {"system-design", "kubernetes"} & asked, asked
