"""The quant, bank-risk, insurance, robotics and geospatial short names read adversarially:
ordinary words and other fields' acronyms that share their letters ("var" in JavaScript,
"pandas as pd", a company emblem, "under the radar", GEE the statistical method, an MPC
controller beside "secure"). Each text is a small case written here."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile
from mlcareer.extract.nlp import skill_matcher
from mlcareer.extract.senses import in_their_senses
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]
Write = Callable[[str, str], Path]


def shown(profile_of: ProfileOf, line: str) -> set[str]:
    resume = f"Jane Doe\n\nExperience\nAnalyst, Acme Corp, 2019 - 2024\n- {line}\n"
    return {hit.id for hit in profile_of(resume, doc_type="resume").skills}


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        # "var" the JavaScript keyword and the variance, VAR the vector autoregression
        ("Replaced var with let and const in the trading limits dashboard", "market-risk"),
        ("Computed the var of daily portfolio returns", "market-risk"),
        ("Fitted a VAR model of daily market returns", "market-risk"),
        # pandas' "pd", Parkinson's disease, a PD controller's gains, a visa's EAD
        ("Loaded loan data with import pandas as pd", "pd-lgd-ead-models"),
        ("Predicted PD progression in patients from gait models", "pd-lgd-ead-models"),
        ("Tuned PD gains for the drone attitude model", "pd-lgd-ead-models"),
        ("Visa status: EAD; built loan default models", "pd-lgd-ead-models"),
        # the word emblem, meetings booked, scorecards of other kinds
        ("Designed the company emblem for an insurance client", "wtw-emblem"),
        ("Reserving meeting rooms and travel for the claims team", "loss-reserving"),
        ("Built risk scorecards for vendor onboarding", "credit-scorecards"),
        ("Kept model monitoring scorecards for the data science team", "credit-scorecards"),
        # an idiom, a shouted verb
        ("Shipped pricing projects under the radar", "wtw-radar"),
        ("Shipped pricing projects under the radar", "radar"),
        ("Please FIX the session bug before market open", "fix-protocol"),
        # GEE the statistical method
        ("Fitted GEE models for repeated measures in Python", "google-earth-engine"),
        ("Statistics: GLM, GEE, GLMM, survival analysis", "google-earth-engine"),
    ],
)
def test_other_words_with_the_same_letters_are_not_the_skill(
    profile_of: ProfileOf, line: str, absent: str
) -> None:
    assert absent not in shown(profile_of, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Migrated order flow to FIX 4.4 with three brokers", "fix-protocol"),
        ("Connected the OMS to FIX gateways at each exchange", "fix-protocol"),
        ("Computed 99% VaR and expected shortfall for the trading book", "market-risk"),
        ("Reported Market Risk limits to the desk heads", "market-risk"),
        ("Rebuilt the Value-at-Risk engine", "market-risk"),
        ("Estimated Expected Shortfall for the rates desk", "market-risk"),
        ("Built PD, LGD and EAD models", "pd-lgd-ead-models"),
        ("Calibrated PD for the mortgage book", "pd-lgd-ead-models"),
        ("Fitted GEE models for repeated measures in Python", "generalized-estimating-equations"),
        ("Land cover mapping in GEE with Sentinel-2", "google-earth-engine"),
        ("Fitted frequency and severity GLMs in Emblem", "wtw-emblem"),
    ],
)
def test_the_fields_real_uses_stay_skills(profile_of: ProfileOf, line: str, present: str) -> None:
    assert present in shown(profile_of, line)


@pytest.mark.parametrize(
    ("line", "present", "absent"),
    [
        # the controller's own words keep an MPC a controller beside a security word
        ("MPC lateral controller for a quadrotor; secure enclaves for keys", "control-systems",
         "secure-multi-party-computation"),
        ("Designed MPC and PID controllers; implemented threshold signatures",
         "control-systems", "secure-multi-party-computation"),
        ("Implemented MPC for privacy-preserving analytics", "secure-multi-party-computation",
         "control-systems"),
        # the nearest word tells: "Radar pricing" for motor insurance is the pricing tool
        ("Radar pricing models for automotive insurance", "wtw-radar", "radar"),
        ("Fused radar and camera detections for the pricing of sensor kits", "radar",
         "wtw-radar"),
    ],
)  # fmt: skip
def test_the_nearest_sense_word_tells(
    profile_of: ProfileOf, line: str, present: str, absent: str
) -> None:
    found = shown(profile_of, line)
    assert present in found
    assert absent not in found


# --- the format and the cost -------------------------------------------------------------------


def test_an_owner_may_list_words_of_its_own_sense(tmp_path: Path, write: Write) -> None:
    """ "Zorb" needs no cue word, yet "sensor" beside it outweighs "invoices" further off."""
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "skills:\n"
        "  - id: zorb-gauge\n    name: Zorb\n    kind: technical\n    category: robotics\n"
        "    guard:\n      senses: {zorb-ledger: [invoices], zorb-gauge: [sensor]}\n"
        "  - id: zorb-ledger\n    name: Zorb Ledger\n    kind: technical\n    category: business\n",
        encoding="utf-8",
    )
    options = Options(taxonomy_path=mine)
    found = {}
    for line in (
        "Read the Zorb sensor, then filed invoices",
        "Booked invoices in Zorb",
        "Ran Zorb",
    ):
        path = write("cv.txt", f"Experience\nClerk, Acme, 2019 - 2024\n- {line}\n")
        profile = extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")
        found[line] = {hit.id for hit in profile.skills}
    assert found == {
        "Read the Zorb sensor, then filed invoices": {"zorb-gauge"},
        "Booked invoices in Zorb": {"zorb-ledger"},
        "Ran Zorb": {"zorb-gauge"},
    }


def test_the_senses_of_a_long_line_are_read_in_linear_time(options: Options) -> None:
    matcher = skill_matcher(options.taxonomy)
    text = "Radar SAR MPC SOA GEE pricing LiDAR imagery secure exams " * 900  # about 50 KB
    doc = matcher.tokenize(text)
    found = matcher.find(doc, text)
    in_their_senses(options.taxonomy, doc, text, found[:10])  # the first call builds caches
    times = []
    for _ in range(3):  # the fastest of three: a collection or a busy machine may stall one
        started = time.process_time()
        read = in_their_senses(options.taxonomy, doc, text, found)
        times.append(time.process_time() - started)
    assert min(times) < 0.5, times
    assert len(read) == len(found) > 4000
