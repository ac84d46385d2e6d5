"""Two names sharing their last word: "prompt and context engineering" names prompt engineering
and context engineering, "supervised and unsupervised learning" both kinds of learning. The
first word counts only where it names nothing on its own ("Sales and account management" is
sales and account management) and is a whole word ("semi-supervised")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


def _resume(bullet: str) -> str:
    return f"Experience\nML Engineer, Acme, Jan 2021 - Mar 2024\n- {bullet}\n"


@pytest.mark.parametrize(
    ("bullet", "both"),
    [
        ("Owned prompt and context engineering for the assistant.",
         {"prompt-engineering", "context-engineering"}),
        ("Applied supervised and unsupervised learning to churn.",
         {"supervised-learning", "unsupervised-learning"}),
        ("Built batch and stream processing jobs in Spark.",
         {"batch-processing", "stream-processing"}),
        ("Led the data and ML engineering teams.", {"data-engineering", "machine-learning"}),
        ("Ran product and project management for the platform.",
         {"product-management", "project-management"}),
    ],
)  # fmt: skip
def test_both_names_are_read(profile_of: ProfileOf, bullet: str, both: set[str]) -> None:
    found = _ids(profile_of(_resume(bullet), "resume"))
    assert both <= found, both - found


def test_a_posting_asks_for_both(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Scientist\n\nRequirements\n- Experience with supervised and unsupervised learning\n",
        "posting",
    )
    asked = {req.id for req in posting.requirements}
    assert {"supervised-learning", "unsupervised-learning"} <= asked


# A list of methods shares its noun, not the last method's own words: "statistical and machine
# learning methods" are statistical methods (not "statistical learning") and ML methods.
@pytest.mark.parametrize(
    "ask",
    [
        "Experience applying statistical and machine learning methods to large datasets",
        "Experience with statistical and ML techniques",
    ],
)
def test_a_list_of_methods_shares_its_noun(profile_of: ProfileOf, ask: str) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n- {ask}\n", "posting")
    asked = {req.id: req.jd_text for req in posting.requirements}
    assert asked.get("statistics") == "statistical", asked
    assert asked.get("machine-learning") in {"machine learning", "ML"}, asked
    assert not any(ask_id.startswith("term:") for ask_id in asked), asked


def test_a_method_noun_still_lets_the_name_lend_its_words(profile_of: ProfileOf) -> None:
    resume = _resume("Used supervised and unsupervised learning methods.")
    found = _ids(profile_of(resume, "resume"))
    assert {"supervised-learning", "unsupervised-learning"} <= found


def test_a_list_item_opening_with_the_first_name_asks_both(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Scientist\n\nRequirements\n- Supervised and unsupervised learning.\n"
        "* Prompt and context engineering.\n",
        "posting",
    )
    asked = {req.id for req in posting.requirements}
    assert {"supervised-learning", "unsupervised-learning"} <= asked, asked
    assert {"prompt-engineering", "context-engineering"} <= asked, asked


@pytest.mark.parametrize(
    ("bullet", "absent"),
    [
        ("Grew sales and account management revenue by 20%.", "sales-management"),
        ("Used semi-supervised and unsupervised learning.", "supervised-learning"),
        ("Wrote Python and machine learning code.", "deep-learning"),
    ],
)
def test_a_first_word_that_names_a_thing_stays_itself(
    profile_of: ProfileOf, bullet: str, absent: str
) -> None:
    assert absent not in _ids(profile_of(_resume(bullet), "resume")), bullet


# Two names sharing the word that ends the first and opens the second, which goes on with a
# preposition: "transformer models in production" names the architecture and deployment.
@pytest.mark.parametrize(
    ("ask", "both"),
    [
        ("Serving transformer models in production",
         {"transformer-architecture", "model-deployment"}),
        ("Deploying deep learning models in production", {"deep-learning", "model-deployment"}),
        ("Generative AI for NPCs", {"generative-ai", "game-ai"}),
    ],
)  # fmt: skip
def test_names_sharing_a_word_before_a_preposition_are_both_asked(
    profile_of: ProfileOf, ask: str, both: set[str]
) -> None:
    posting = profile_of(f"ML Engineer\n\nRequirements\n- {ask}\n", "posting")
    assert {req.id for req in posting.requirements} == both


def test_a_resume_shows_both_names_sharing_a_word(profile_of: ProfileOf) -> None:
    resume = profile_of(_resume("Served transformer models in production on Kubernetes."), "resume")
    texts = {hit.id: [m.text for m in hit.mentions] for hit in resume.skills}
    assert texts["transformer-architecture"] == ["transformer models"]
    assert texts["model-deployment"] == ["models in production"]


@pytest.mark.parametrize(
    ("ask", "only"),
    [
        ("Quality control systems", {"quality-control"}),  # "control" qualifies "systems"
        ("Top Secret clearance", {"top-secret-clearance"}),
        ("Apache Spark SQL", {"apache-spark", "sql"}),
    ],
)
def test_a_word_that_qualifies_the_next_name_is_read_once(
    profile_of: ProfileOf, ask: str, only: set[str]
) -> None:
    posting = profile_of(f"ML Engineer\n\nRequirements\n- {ask}\n", "posting")
    assert {req.id for req in posting.requirements} == only
