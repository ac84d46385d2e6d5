"""Literal terms and other posting misreadings a probe of small postings found: an opening
verb or a lone describing word read as a term, an idiom of place, a way of talking, examples
after "like", the second of two fields joined by "or", a company's name in a header and an
agency's blurb after the last list. Each is pinned with near misses that keep their reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile, Requirement

ProfileOf = Callable[..., Profile]


def _posting(profile_of: ProfileOf, *items: str, heading: str = "Requirements") -> Profile:
    lines = "\n".join(f"- {item}" for item in items)
    return profile_of(f"Machine Learning Engineer\n\n{heading}\n{lines}\n", "posting")


def _names(profile: Profile) -> set[str]:
    return {req.name for req in profile.requirements}


def _by_name(profile: Profile) -> dict[str, Requirement]:
    return {req.name: req for req in profile.requirements}


# --- an item's opening verb is what is done, not a thing to have ------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Write clean, well-tested Python",
        "Write Terraform modules",
        "Build robust, observable Python services",
        "Design resilient, scalable Kafka pipelines",
    ],
)
def test_an_opening_verb_and_its_describing_words_name_no_term(
    profile_of: ProfileOf, item: str
) -> None:
    names = _names(_posting(profile_of, item))
    assert not {n for n in names if n.split()[0] in ("Write", "Build", "Design")}
    assert names & {"Python", "Terraform", "Apache Kafka"}


def test_an_opening_verb_before_a_named_thing_keeps_the_thing(profile_of: ProfileOf) -> None:
    # near misses: the thing after the verb is still asked
    names = _names(_posting(profile_of, "Write Zorblex plugins", "Maintain Quuxdb clusters"))
    assert {"Zorblex", "Quuxdb"} <= names or {"Zorblex plugins", "Quuxdb clusters"} <= names


@pytest.mark.parametrize("item", ["Design thinking", "Present value analysis", "Design patterns"])
def test_a_name_opening_with_a_verbs_spelling_stays_asked(profile_of: ProfileOf, item: str) -> None:
    # near misses: "Design" and "Present" open names, not only duties
    names = {n.lower() for n in _names(_posting(profile_of, item))}
    assert item.lower() in names


# --- a describing word left alone once a generic noun is dropped names nothing ----------------


@pytest.mark.parametrize(
    "item",
    [
        "Built internal tools for data teams",
        "Shipped external tools for partners",
        "Built internal systems for finance",
    ],
)
def test_a_lone_describing_word_is_no_term(profile_of: ProfileOf, item: str) -> None:
    names = {n.lower() for n in _names(_posting(profile_of, item))}
    assert not names & {"internal", "external"}


def test_a_product_after_a_describing_word_is_still_asked(profile_of: ProfileOf) -> None:
    names = _names(
        _posting(
            profile_of,
            "Experience running internal Kafka clusters",
            "Built internal Zorblex dashboards",
        )
    )
    assert "Apache Kafka" in names
    assert any("Zorblex" in n for n in names)


# --- being at ease in a setting ("on camera", "on stage") is no term -------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Comfort on camera for demos",
        "Comfortable on camera",
        "Confident on stage",
        "Comfortable in front of an audience",
    ],
)
def test_at_ease_in_a_setting_asks_no_term(profile_of: ProfileOf, item: str) -> None:
    names = {n.lower() for n in _names(_posting(profile_of, item))}
    assert not names & {"camera", "stage", "audience", "front"}


def test_at_ease_with_a_thing_still_asks_it(profile_of: ProfileOf) -> None:
    names = _names(
        _posting(profile_of, "Comfort with Kubernetes", "Comfortable with Zorblex scripting")
    )
    assert "Kubernetes" in names
    assert any("Zorblex" in n for n in names)


# --- talking about something with people is communication, not a term ------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Ability to discuss model tradeoffs with product managers",
        "Ability to explain model tradeoffs to product managers",
        "Able to present experiment results to executives",
    ],
)
def test_talking_about_a_topic_with_people_is_no_term(profile_of: ProfileOf, item: str) -> None:
    # a literal term would be met only by a resume using the same words: a sure false gap
    profile = _posting(profile_of, item)
    assert not [r for r in profile.requirements if not r.known]


def test_a_verb_with_a_real_object_keeps_its_term(profile_of: ProfileOf) -> None:
    # near miss: "Ability to analyze data" style items keep what they ask
    names = {n.lower() for n in _names(_posting(profile_of, "Ability to calibrate lidar rigs"))}
    assert any("lidar" in n for n in names)


# --- examples after "like" make one choice with what they illustrate --------------------------


@pytest.mark.parametrize("marker", ["like", "such as"])
def test_examples_of_an_unknown_kind_are_one_choice(profile_of: ProfileOf, marker: str) -> None:
    profile = _posting(
        # (invented benchmarks: MMLU and HumanEval are now known, as LLM evaluation)
        profile_of,
        f"Familiarity with benchmarks {marker} ZorbQA, QuillEval",
        heading="Nice to have",
    )
    asked = _by_name(profile)
    assert {"benchmarks", "ZorbQA", "QuillEval"} <= set(asked)
    choices = {asked[name].choice for name in ("benchmarks", "ZorbQA", "QuillEval")}
    assert len(choices) == 1 and None not in choices


def test_like_as_a_verb_is_no_examples_marker(profile_of: ProfileOf) -> None:
    profile = _posting(profile_of, "Zorblex and Quuxdb, as we would like both")
    asked = _by_name(profile)
    assert asked["Zorblex"].choice is None


# --- two fields joined by "or" after a lead-in offer a choice ---------------------------------


@pytest.mark.parametrize(
    ("item", "first", "second"),
    [
        ("Background in edtech or teaching", "edtech", "teaching"),
        ("Experience in fintech or insurance", "fintech", "insurance"),
    ],
)
def test_the_second_of_two_fields_is_offered_too(
    profile_of: ProfileOf, item: str, first: str, second: str
) -> None:
    asked = {r.name.lower(): r for r in _posting(profile_of, item).requirements}
    assert {first, second} <= set(asked)
    assert asked[first].choice is not None and asked[first].choice == asked[second].choice


def test_a_longer_clause_after_or_is_not_a_second_field(profile_of: ProfileOf) -> None:
    # near miss: "or" opening a clause with its own verb offers no field
    names = {n.lower() for n in _names(_posting(profile_of, "Background in edtech or similar"))}
    assert names == {"edtech"}


# --- a company's name before its place in a posting's header asks nothing --------------------

HEADER = """\
{header}

Machine Learning Engineer

Requirements
- 3+ years of Python
- Experience with PyTorch
"""


@pytest.mark.parametrize(
    "header",
    [
        "Ironclad Robotics | Ann Arbor, MI",
        "Ironclad Robotics - Remote",
        "Lumen Vision Analytics · Austin, TX",
    ],
)
def test_a_company_name_in_the_header_is_no_ask(profile_of: ProfileOf, header: str) -> None:
    profile = profile_of(HEADER.format(header=header), "posting")
    assert {r.id for r in profile.requirements} == {"python", "pytorch"}


def test_a_field_in_a_header_naming_the_work_still_counts(profile_of: ProfileOf) -> None:
    # near miss: a line about the work, not a name and a place
    text = HEADER.format(header="Robotics engineering team | Ann Arbor, MI")
    assert "robotics" in {r.id for r in profile_of(text, "posting").requirements}


# --- an agency's or a company's blurb after the last list asks nothing -----------------------

BLURB = """\
Python Developer - Contract

Requirements
- 5+ years of Python development
- Strong SQL

Nice to have
- Terraform

{blurb}
"""


@pytest.mark.parametrize(
    "blurb",
    [
        "Apex Systems specializes in placing Java developers with leading companies.",
        "Northwind Talent is a staffing firm that places Java and .NET engineers nationwide.",
        "Quuxcorp provides Java and Scala consulting to banks across the Midwest.",
    ],
)
def test_a_blurb_after_the_last_list_asks_nothing(profile_of: ProfileOf, blurb: str) -> None:
    profile = profile_of(BLURB.format(blurb=blurb), "posting")
    ids = {r.id for r in profile.requirements}
    assert ids == {"python", "sql", "terraform"}


def test_a_sentence_that_asks_after_the_last_list_still_asks(profile_of: ProfileOf) -> None:
    # near miss: a sentence about the hire, not about a company
    text = BLURB.format(blurb="Candidates with Java experience will stand out.")
    assert "java" in {r.id for r in profile_of(text, "posting").requirements}


def test_a_blurb_after_the_duties_names_nothing_mentioned(profile_of: ProfileOf) -> None:
    text = (
        "Python Developer - Contract\n\nRequirements\n- 5+ years of Python development\n\n"
        "Responsibilities\n- Build data pipelines\n\n"
        "Apex Systems specializes in placing Java developers with leading companies.\n"
    )
    assert "java" not in {r.id for r in profile_of(text, "posting").requirements}
