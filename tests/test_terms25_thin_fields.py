"""terms25: tools of thin fields the taxonomy lacked (ML for chip design, insurance pricing, AI
safety evaluation, search and ads, embedded ML, data labeling, image models, quant finance),
each read where a practitioner writes it and not in its namesake in ordinary English. Small
texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed

RESUME = "Jane Roe\njane@example.com\n\nExperience\nEngineer, Acme Corp, 2019 - 2023\n- {bullet}\n"


def _read(profile_of: ProfileOf, bullet: str) -> set[str]:
    return {hit.id for hit in profile_of(RESUME.format(bullet=bullet), "resume").skills}


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Operated Slurm GPU clusters for 200 researchers", "gpu-clusters"),
        ("Fine-tuned Flux with LoRA for product images", "flux-image-model"),
        ("Raised NDCG@10 by 4% with a new ranker", "ranking-metrics"),
        ("Lifted MRR of the search ranker by 3%", "ranking-metrics"),
        ("Trained word2vec embeddings on support tickets", "word2vec"),
        ("Built item2vec embeddings for cold-start listings", "item2vec"),
        ("Wrote Tcl scripts for EDA tools in the Innovus flow", "electronic-design-automation"),
        ("Closed timing on 7nm blocks with place and route in Innovus", "physical-design"),
        ("Automated PrimeTime and Tempus timing signoff reports", "static-timing-analysis"),
        ("Ran RTL synthesis in Genus and Yosys", "logic-synthesis"),
        ("Automated flows with Tcl and Python", "tcl"),
        ("Static timing analysis for 5nm blocks", "static-timing-analysis"),
        ("Logic synthesis and equivalence checks", "logic-synthesis"),
        ("Weak supervision for a document classifier", "weak-supervision"),
        ("Generalized linear models for claims", "generalized-linear-models"),
        ("Property and casualty insurance pricing", "property-casualty-insurance"),
        ("Compiled detectors with microTVM for MCUs", "apache-tvm"),
        ("Applied Buhlmann credibility to small segments", "credibility-theory"),
        ("Priced P&C insurance lines for auto carriers", "property-casualty-insurance"),
        ("Modeled telematics data for usage-based insurance", "telematics"),
        ("Built Tweedie GLMs for claims cost", "generalized-linear-models"),
        ("Probed attention heads with TransformerLens", "transformerlens"),
        ("Built an eval suite with Inspect and lm-evaluation-harness", "inspect-ai"),
        ("Ported keyword spotting to CMSIS-NN on Cortex-M4", "cmsis"),
        ("Trained sensor models in Edge Impulse", "edge-impulse"),
        ("Compiled models with TVM for edge inference", "apache-tvm"),
        ("Labeled 2M images with Snorkel labeling functions", "weak-supervision"),
        ("Tracked inter-annotator agreement with Cohen's kappa", "inter-rater-reliability"),
        ("Managed annotation vendors Scale AI and Appen", "scale-ai"),
        ("Managed annotation vendors Scale AI and Appen", "appen"),
        ("Built Barra-style factor models for equities", "factor-models"),
        ("Estimated VAR models for inflation", "vector-autoregression"),
        ("Deployed int8 models with TFLite Micro on STM32", "tensorflow-lite"),
    ],
)
def test_terms25_thin_field_tools_are_read(profile_of: ProfileOf, bullet: str, skill: str) -> None:
    assert skill in _read(profile_of, bullet)


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Kept plans in flux while the team grew", "flux-image-model"),
        ("Grew MRR to $2M alongside ARR targets", "ranking-metrics"),
        ("Deployed with Argo CD or Flux for GitOps on Kubernetes", "flux-image-model"),
        ("Ran EDA with pandas and visualization in notebooks", "electronic-design-automation"),
        ("Planned place and route for 20 delivery drivers", "physical-design"),
        ("Tempus fugit: a newsletter on time management", "static-timing-analysis"),
        ("Sorted plant specimens by genus and species", "logic-synthesis"),
        ("Sold TCL and Samsung televisions in store", "tcl"),
        ("Built credibility with senior stakeholders", "credibility-theory"),
        ("Negotiated P&C changes with the union", "property-casualty-insurance"),
        ("Moved customers to usage-based pricing", "telematics"),
        ("Met Tweedie, our new director, weekly", "generalized-linear-models"),
        ("Inspect equipment daily and log faults", "inspect-ai"),
        ("Updated CMS content for the website", "cmsis"),
        ("Tested edge cases and impulse responses of filters", "edge-impulse"),
        ("Applied TVM calculations to loan pricing", "apache-tvm"),
        ("Rented snorkel gear to tourists", "weak-supervision"),
        ("Reached agreement with the union on rotas", "inter-rater-reliability"),
        ("Helped scale AI adoption across teams", "scale-ai"),
        ("Set up billing for the Isle of Barra ferry", "factor-models"),
        ("Daily VaR models for the trading book", "vector-autoregression"),
    ],
)
def test_terms25_thin_field_namesakes_are_not_read(
    profile_of: ProfileOf, bullet: str, skill: str
) -> None:
    assert skill not in _read(profile_of, bullet)


def test_terms25_ai_still_read_beside_scale_the_verb(profile_of: ProfileOf) -> None:
    assert "artificial-intelligence" in _read(profile_of, "Helped scale AI adoption across teams")


def test_terms25_appen_in_swedish_is_no_vendor(profile_of: ProfileOf) -> None:
    text = "Anna Svensson\nanna@example.com\n\nErfarenhet\nLadda ner appen och logga in\n"
    assert "appen" not in {hit.id for hit in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Slurm, Run:ai or Volcano for GPU scheduling", "gpu-clusters"),
        ("Familiarity with Flux or Stable Diffusion", "flux-image-model"),
        ("Offline metrics such as NDCG@10", "ranking-metrics"),
        ("Tcl scripting for EDA tools", "electronic-design-automation"),
        ("Evaluation harnesses such as lm-evaluation-harness, Inspect, HELM", "llm-evaluation"),
        ("TensorFlow Lite Micro or CMSIS-NN", "cmsis"),
        ("Weak supervision (Snorkel)", "weak-supervision"),
    ],
)
def test_terms25_thin_field_asks_are_known(profile_of: ProfileOf, item: str, skill: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert skill in found
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def test_terms25_helm_charts_stay_helm(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Helm charts for Kubernetes deployments"))
    assert "helm" in found
    assert "llm-evaluation" not in found


def test_terms25_stm32cube_ai_asks_no_ai(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Edge Impulse, STM32Cube.AI or TVM"))
    assert "stm32" in found
    assert "artificial-intelligence" not in found
