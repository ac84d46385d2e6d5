"""The vocabulary of today's data and ML stacks (analytics engineering, ML platforms, LLM
serving, streaming): each tool in its usual spellings is its skill, and the other senses of the
ambiguous names (a colleague called Ray, a trip to Monte Carlo, census data, a moon of Neptune,
spending guardrails beside travel agents) are not read as the tool."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def ids(found: Profile) -> set[str]:
    return {hit.id for hit in found.skills}


def resume(bullet: str) -> str:
    return f"Experience\nData Engineer, Acme Data, Jan 2021 - Mar 2024\n- {bullet}\n"


def posting(*lines: str) -> str:
    body = "\n".join(f"- {line}" for line in lines)
    return f"Data Engineer\nAcme Data | Remote\n\nResponsibilities\n{body}\n"


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Synced audiences to Braze with Hightouch.", "hightouch"),
        ("Pushed LTV segments to HubSpot with Census reverse ETL.", "census"),
        ("Built reverse ETL syncs from Snowflake to Salesforce.", "reverse-etl"),
        ("Rolled out Monte Carlo Data for observability across 900 tables.", "monte-carlo-data"),
        ("Owned data observability for the warehouse.", "data-observability"),
        ("Wrote data contracts between producers and the analytics team.", "data-contracts"),
        ("Defined metrics in the dbt Semantic Layer with MetricFlow.", "semantic-layer"),
        ("Ran Pulsar topics for multi-tenant event streams.", "apache-pulsar"),
        ("Served vision models on Triton with dynamic batching.", "triton-inference-server"),
        ("Installed KubeRay on GKE for the batch jobs.", "ray"),
        ("Rolled out Monte Carlo data observability across 900 tables.", "monte-carlo-data"),
        ("Moved queues from RabbitMQ to pulsar messaging.", "apache-pulsar"),
        ("Served the ranker on the triton server behind Envoy.", "triton-inference-server"),
        ("Ran Monte Carlo simulations of portfolio losses.", "monte-carlo-methods"),
        ("Estimated the integral by Monte Carlo sampling.", "monte-carlo-methods"),
        # Ray's own words after it are no surname: a head node is no Head of anything
        ("Scaled training on Ray Clusters (head node autoscaling) with PyTorch.", "ray"),
        ("Ran batch inference on Ray Jobs, the head node on a GPU box.", "ray"),
    ],
)
def test_stack_names_are_their_skills(profile_of: ProfileOf, bullet: str, skill: str) -> None:
    assert skill in ids(profile_of(resume(bullet), "resume")), bullet


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Worked with Ray Chen, our director of research, on the GPU budget.", "ray"),
        ("Planned the GPU cluster with Ray McDonald (Head of Platform).", "ray"),
        ("Scaled the GPU cluster with Ray O'Brien, our head of research.", "ray"),
        ("Planned the GPU cluster with Ray Gomez (Head of Platform).", "ray"),
        ("Organised a class trip to Monte Carlo and Nice.", "monte-carlo-methods"),
        ("Watched freshness alerts in Monte Carlo for the dbt models.", "monte-carlo-methods"),
        ("Cleaned U.S. Census data on income for the dashboard in Snowflake.", "census"),
        ("Mapped census tracts to sales regions in Snowflake.", "census"),
        ("Studied pulsar timing with radio telescopes.", "apache-pulsar"),
        ("Photographed Triton, the largest moon of Neptune.", "triton-inference-server"),
        ("Worked with MCP holders on the Windows Server rollout.", "model-context-protocol"),
        ("Passed the exams to hold an MCP on Windows Server 2003.", "model-context-protocol"),
    ],
)
def test_other_senses_are_not_the_stack_skill(
    profile_of: ProfileOf, bullet: str, skill: str
) -> None:
    assert skill not in ids(profile_of(resume(bullet), "resume")), bullet


def test_company_guardrails_beside_travel_agents_are_no_llm_guardrails(
    profile_of: ProfileOf,
) -> None:
    text = posting(
        "Work with our agents and supplier partners to resolve changes.",
        "Follow company guardrails on discounts and refunds.",
    )
    assert "llm-guardrails" not in ids(profile_of(text, "posting"))


def test_guardrails_for_llm_agents_still_count(profile_of: ProfileOf) -> None:
    text = posting("Add guardrails against jailbreaks for our LLM agents.")
    assert "llm-guardrails" in ids(profile_of(text, "posting"))


def test_a_posting_asks_for_the_reverse_etl_tools(profile_of: ProfileOf) -> None:
    text = posting(
        "Sync audiences to Salesforce with Hightouch or Census (reverse ETL).",
        "Own data observability with Monte Carlo Data and dbt tests.",
    )
    found = ids(profile_of(text, "posting"))
    assert {"hightouch", "census", "reverse-etl", "monte-carlo-data"} <= found, found
    assert "monte-carlo-methods" not in found


def test_a_skills_list_names_the_stack(profile_of: ProfileOf) -> None:
    text = "Skills\nKafka, Pulsar, Flink, Triton, KServe, Hightouch, Census, dbt, Snowflake\n"
    found = ids(profile_of(text, "resume"))
    expected = {"apache-pulsar", "triton-inference-server", "hightouch", "census", "kserve"}
    assert expected <= found, expected - found


def test_triton_kernels_stay_the_language(profile_of: ProfileOf) -> None:
    found = ids(profile_of(resume("Wrote GPU kernels in CUDA and Triton for inference."), "resume"))
    assert "triton-inference-server" not in found


@pytest.mark.parametrize("tool", ["Apache Flink", "Kafka", "Apache Storm"])
def test_a_stream_processor_shows_stream_processing(
    profile_of: ProfileOf, options: Options, tool: str
) -> None:
    """A posting's "stream processing" is partly met by the engines and platforms it runs on."""
    asked = profile_of(posting("Experience with stream processing in production."), "posting")
    shown = profile_of(resume(f"Built fraud signals on {tool} for card payments."), "resume")
    report = compare(shown, asked, options)
    verdict = {m.id: m.status for m in report.matched + report.missing}
    assert verdict["stream-processing"] == "implied", verdict


def test_airflow_that_automates_reports_is_the_orchestrator(profile_of: ProfileOf) -> None:
    analyst = (
        "Experience\nAnalyst, Harbor Bank, Jan 2021 - Mar 2024\n- Automated reports with Airflow\n"
    )
    assert "airflow" in ids(profile_of(analyst, "resume"))
    cooling = (
        "Experience\nFacilities Technician, Harbor Bank, Jan 2021 - Mar 2024\n"
        "- Improved Airflow in the server room's cooling unit\n"
    )
    assert "airflow" not in ids(profile_of(cooling, "resume"))
