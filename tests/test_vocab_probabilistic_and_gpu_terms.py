"""Skills added for terms of probabilistic ML, sequence models, GPU clusters and LLM
benchmarks: each is found in a plain sentence, and its namesakes (the snake, the dance, conda's
package manager, "run: AI", a posting's "Bayesian optimization" met by hyperparameter tuning)
are read as a careful reader would."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def ids(found: Profile) -> set[str]:
    return {hit.id for hit in found.skills}


def resume(bullet: str) -> str:
    return f"Experience\nResearch Engineer, Acme Labs, Jan 2021 - Mar 2024\n- {bullet}\n"


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Fit topic models with stochastic variational inference.", "variational-inference"),
        ("Trained normalizing flows for density estimation.", "normalizing-flows"),
        ("Replaced the VAE with normalising flows.", "normalizing-flows"),
        ("Fit a normalizing flow as the variational posterior.", "normalizing-flows"),
        ("Ran causal discovery on observational data with the PC algorithm.", "causal-discovery"),
        ("Led probabilistic machine learning research with NumPyro.", "bayesian-methods"),
        ("Tuned reactor settings by Bayesian optimization.", "bayesian-optimization"),
        ("Tuned reactor settings by Bayesian optimisation in BoTorch.", "bayesian-optimization"),
        ("Pretrained a 1B Mamba language model on code.", "mamba"),
        ("Compared state space models with transformers on long sequences.", "state-space-models"),
        ("Trained selective SSMs such as Mamba and S4.", "state-space-models"),
        ("Profiled all-reduce over NVLink and NVSwitch with NCCL.", "nvlink"),
        ("Reported MMLU and HumanEval scores for every checkpoint.", "llm-evaluation"),
        ("Raised the agent's SWE-bench Verified score to 41%.", "llm-evaluation"),
        ("Scheduled GPU jobs with Run:ai on Kubernetes.", "run-ai"),
    ],
)
def test_vocab_terms_are_their_skills(profile_of: ProfileOf, bullet: str, skill: str) -> None:
    assert skill in ids(profile_of(resume(bullet), "resume")), bullet


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Cared for a black mamba and two green mambas in the reptile house.", "mamba"),
        ("Taught salsa and Mamba dance classes on weekends.", "mamba"),
        ("Soigné une mamba noire et deux mambas vertes au zoo.", "mamba"),
        ("Kobe Bryant, the Black Mamba, inspired our youth basketball team.", "mamba"),
        ("Installed packages with mamba in a fresh conda environment.", "mamba"),
        ("We run: AI tools, spreadsheets and e-mail for the office.", "run-ai"),
        ("Run AI pilots across three departments.", "run-ai"),
        ("Explored the state space of the warehouse layout.", "state-space-models"),
        ("Reported to the SSM (site safety manager) daily.", "state-space-models"),
        ("Promoted to SSM of the northern region in 2022.", "state-space-models"),
        ("Cash flows normalizing after the merger helped the budget.", "normalizing-flows"),
        ("Ran grid search over the learning rate.", "bayesian-optimization"),
        ("Sent Bayes opt-in forms to the newsletter list.", "bayesian-optimization"),
        ("Normalizing flow rates in the cooling pipes.", "normalizing-flows"),
        ("Built a big bench for the park.", "llm-evaluation"),
        ("Renewed the run.ai domain for the shop.", "run-ai"),
    ],
)
def test_namesakes_are_not_the_vocab_skill(profile_of: ProfileOf, bullet: str, skill: str) -> None:
    assert skill not in ids(profile_of(resume(bullet), "resume")), bullet


def test_mamba_beside_conda_words_is_the_package_manager(profile_of: ProfileOf) -> None:
    bullet = "Installed packages with mamba in a fresh environment."
    found = ids(profile_of(resume(bullet), "resume"))
    assert "anaconda" in found and "mamba" not in found


def test_a_skills_list_names_the_new_terms(profile_of: ProfileOf) -> None:
    text = "Skills\nPython, Mamba, NVLink, Run:ai, MMLU, normalizing flows, variational inference\n"
    found = ids(profile_of(text, "resume"))
    expected = {"mamba", "nvlink", "run-ai", "llm-evaluation", "normalizing-flows",
                "variational-inference"}  # fmt: skip
    assert expected <= found, expected - found


def test_bayesian_optimization_meets_hyperparameter_tuning_asked(
    profile_of: ProfileOf, options: Options
) -> None:
    cv = profile_of("Sam Ortiz\n\n" + resume("Tuned models by Bayesian optimization."), "resume")
    posting = profile_of(
        "ML Engineer\n\nRequirements\n- Experience with hyperparameter tuning.\n", "posting"
    )
    report = compare(cv, posting, options)
    verdict = {m.id: m.status for m in report.matched + report.missing}
    assert verdict["hyperparameter-tuning"] != "missing", verdict


def test_grid_search_does_not_meet_bayesian_optimization_asked(
    profile_of: ProfileOf, options: Options
) -> None:
    cv = profile_of("Sam Ortiz\n\n" + resume("Tuned models with grid search."), "resume")
    posting = profile_of(
        "ML Engineer\n\nRequirements\n- Experience with Bayesian optimization.\n", "posting"
    )
    report = compare(cv, posting, options)
    verdict = {m.id: m.status for m in report.matched + report.missing}
    assert verdict.get("bayesian-optimization") == "missing", verdict
