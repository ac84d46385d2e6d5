"""Edges of this session's later rules (degrees asked together, tertiary qualifications, a
language's skills, shared describing words, contractors' headings, choices around versions
and asides, guarded acronyms), found by an adversarial review: look-alikes they must not read
into the wrong words, and what they must not cost on long input."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.extract import alternatives
from mlcareer.extract.other_senses import a_mailbox
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in profile.requirements}


# --- long runs of spaces and long list lines ------------------------------------------------


def test_a_long_gap_between_two_names_is_read_in_linear_time() -> None:
    # the version and the aside's bracket each came with their own optional spaces, so a
    # run of spaces was split every possible way (cubic: 4 s on 1,000 spaces)
    started = time.process_time()
    for between in (" " * 1000 + "x", " " * 1000, "\t" * 1000 + "x"):
        assert alternatives._join(between) is None
    assert time.process_time() - started < 0.5
    # the wordings the pattern exists for still join
    wordings = ((" or ", "or"), (" 11+ or ", "or"), (" (or ", "or"), (", or ", "comma-or"))
    for between, join in wordings:
        assert alternatives._join(between) == join
    assert alternatives._join(" 3.x, ") == "comma"
    assert alternatives._join(" (AWS) and ") == "and"


def test_a_posting_of_long_gaps_before_a_choice_is_read_quickly(profile_of: ProfileOf) -> None:
    # "or similar" and "or similar role" were looked for after optional spaces on both sides
    # of an optional comma: cubic in a run of spaces, 3.6 s for each line of 1,000
    gap = " " * 980
    body = "".join(f"- Python{gap}Java or Go\n" for _ in range(5))
    started = time.process_time()
    posting = profile_of(f"Data Engineer\n\nRequirements\n{body}", "posting")
    assert time.process_time() - started < 1
    assert {"python", "java", "go"} <= set(_asked(posting))


def test_a_name_before_a_long_run_of_spaces_is_no_mailbox_read_in_linear_time() -> None:
    # the spaces before and after an optional ":" or "at" were two optional runs
    started = time.process_time()
    assert not a_mailbox("Recruiting" + " " * 5000 + "x", 0, 10)
    assert time.process_time() - started < 0.05
    assert a_mailbox("Recruiting:  jobs@acme.com", 0, 10)
    assert a_mailbox("Recruiting at jobs@acme.com", 0, 10)


def test_many_guarded_names_on_long_list_lines_are_read_quickly(profile_of: ProfileOf) -> None:
    # each guarded name read its whole line again to see whether the line is a list of names
    # (2.3 s on 30 KB of "VAD ", "GIS " or "CPT ")
    body = "".join("- " + "VAD GIS CPT " * 83 + "\n" for _ in range(30))
    started = time.process_time()
    profile_of(f"Speech Engineer\n\nRequirements\n{body}", "posting")
    assert time.process_time() - started < 1.5


# --- headings that close a posting's lists ---------------------------------------------------


@pytest.mark.parametrize("item", ["Contract Terms", "Contract details", "Compensation"])
def test_a_list_item_naming_a_closing_heading_stays_an_item(
    profile_of: ProfileOf, item: str
) -> None:
    # a procurement or HR analyst's list: the item is a skill, and the list goes on past it
    text = f"Procurement Analyst\n\nRequirements\n- Excel\n- {item}\n- Workday\n- Negotiation\n"
    asked = _asked(profile_of(text, "posting"))
    assert {"excel", "workday", "negotiation"} <= set(asked)


def test_a_closing_heading_set_apart_still_closes_the_list(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nRequirements\n- Python\n- SQL\n\n"
        "Contract details\n- 6 month contract, outside IR35\n- Remote from the UK\n"
    )
    asked = _asked(profile_of(text, "posting"))
    assert set(asked) == {"python", "sql"}


# --- a noun two describing words share --------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Experience in commercial or residential construction", "term:construction"),
        ("Experience in medical or surgical nursing", "term:nursing"),
        ("Knowledge of federal and state tax", "term:tax"),
        ("Experience with mechanical or electrical drafting", "term:drafting"),
    ],
)
def test_a_trade_two_describing_words_share_is_still_asked(
    profile_of: ProfileOf, item: str, term: str
) -> None:
    # only a broad noun ("financial or regulated data", "the public or private sector") is
    # no ask of its own; a trade or a field's name is the ask the words narrow
    posting = profile_of(f"Site Engineer\n\nRequirements\n- Excel\n- {item}\n", "posting")
    assert _asked(posting).get(term) == "required"


# --- a language's skills after its name ------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Strong English writing and editing skills",
        "English writing, editing and proofreading",
        "Excellent English speaking and presentation skills",
    ],
)
def test_crafts_listed_with_a_languages_skill_keep_it_a_craft(
    profile_of: ProfileOf, item: str
) -> None:
    # a technical writer's or a presenter's crafts, in English: writing or speaking is asked
    # with them, not only a grade of English
    posting = profile_of(f"Technical Writer\n\nRequirements\n- Git\n- {item}\n", "posting")
    assert {"writing", "speaking"} & set(_asked(posting))


# --- guarded acronyms in their other senses --------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Incoterms (FOB, CIF, CPT, DDP)",
        "Knowledge of EXW, FOB, DAP and DDP shipping terms",
        "Quote prices FOB, CPT or DDP",
    ],
)
def test_trade_terms_are_no_medical_codes_nor_distributed_training(
    profile_of: ProfileOf, item: str
) -> None:
    text = f"Supply Chain Analyst\n\nRequirements\n- Excel\n- {item}\n"
    asked = _asked(profile_of(text, "posting"))
    assert "cpt" not in asked and "distributed-training" not in asked


@pytest.mark.parametrize(
    "item",
    [
        "F-1 students on CPT or OPT with strong coding skills are welcome",
        "Open to CPT/OPT candidates; coding interview required",
    ],
)
def test_a_students_work_authorisation_is_no_medical_code_set(
    profile_of: ProfileOf, item: str
) -> None:
    text = f"Software Engineer Intern\n\nRequirements\n- Python\n- {item}\n"
    assert "cpt" not in _asked(profile_of(text, "posting"))


def test_medical_codes_and_distributed_training_are_still_read(profile_of: ProfileOf) -> None:
    text = (
        "Clinical ML Engineer\n\nRequirements\n- Medical coding with ICD-10 and CPT\n"
        "- Multi-GPU training with PyTorch DDP\n"
    )
    asked = _asked(profile_of(text, "posting"))
    assert {"cpt", "icd-10", "distributed-training"} <= set(asked)


def test_eks_named_where_services_are_deployed_is_asked(profile_of: ProfileOf) -> None:
    # the guard on "EKS" found no context word and the name was lost altogether
    text = "Platform Engineer\n\nRequirements\n- Python\n- Deploy services on EKS\n"
    assert "amazon-eks" in _asked(profile_of(text, "posting"))


def test_an_acronym_among_unknown_ones_is_no_guarded_skill(profile_of: ProfileOf) -> None:
    # a perfusionist's devices: "VAD" is a ventricular assist device, kept as the posting's
    # term; nothing known beside it vouches for voice activity detection
    text = "Perfusionist\n\nRequirements\n- Excel\n- Experience with VAD, ECMO and IABP devices\n"
    asked = _asked(profile_of(text, "posting"))
    assert "voice-activity-detection" not in asked
    assert "term:vad" in asked
    # beside a known name, or alone on its item, the item still vouches for it
    text = "Speech Engineer\n\nRequirements\n- Excel\n- VAD\n- Experience with VAD and ASR\n"
    assert "voice-activity-detection" in _asked(profile_of(text, "posting"))


# --- examples after "or similar" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "apart"),
    [
        ("Airflow or a similar orchestrator such as Dagster, and Kubernetes", "kubernetes"),
        ("Airflow or similar tools like Dagster and Terraform for infrastructure", "terraform"),
    ],
)
def test_an_ask_after_the_examples_of_or_similar_is_no_example(
    profile_of: ProfileOf, item: str, apart: str
) -> None:
    posting = profile_of(f"Data Engineer\n\nRequirements\n- Python\n- {item}\n", "posting")
    asked = {req.id: req for req in posting.requirements}
    assert "dagster" in asked["airflow"].alternatives
    assert not asked[apart].alternatives and asked[apart].importance == "required"
