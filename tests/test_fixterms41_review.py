"""fixterms41: review of where an unknown requirement term is cut. A kind of project names
nothing, a word that often opens a name ("modern", "emerging", "dollar") stays in it, a
capitalised name keeps its first word, and a doing followed by a preposition asks for what
comes after it. Small texts written here."""

from __future__ import annotations

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.literal import head_phrase

from .posting_helpers import ProfileOf, asked, listed


def _terms(profile_of: ProfileOf, item: str) -> list[str]:
    """The unknown terms a posting with one requirement item asks."""
    found = asked(profile_of, listed(item, title="Platform Engineer"))
    return sorted(req.name for key, req in found.items() if key.startswith("term:"))


@pytest.mark.parametrize(
    "bullet",
    [
        "- Experience with side projects",
        "- Experience delivering group projects",
        "- Experience delivering capstone projects",
        "- Experience delivering greenfield projects",
        "- Experience leading research projects",
        "- Experience managing multi-million dollar infrastructure projects",
    ],
)
def test_fixterms41_a_kind_of_project_names_nothing(bullet: str) -> None:
    assert head_phrase(bullet) is None


@pytest.mark.parametrize(
    ("bullet", "head"),
    [
        ("- Knowledge of modern portfolio theory", "modern portfolio theory"),
        ("- Knowledge of emerging markets regulation", "emerging markets regulation"),
        ("- Knowledge of dollar cost averaging", "dollar cost averaging"),
        ("- Experience in contemporary dance", "contemporary dance"),
        ("- Experience with next-gen sequencing", "next-gen sequencing"),
        # a size is still no part of the name
        ("- Experience managing multi-million dollar Zorblex rollouts", "Zorblex rollouts"),
        ("- Experience managing $5M Quarkle budgets", "Quarkle budgets"),
        ("- Experience running high-volume Quarkle queues", "Quarkle queues"),
        ("- Experience with Large-Scale Zorblex clusters", "Zorblex clusters"),
        # a doing and the preposition after it lead to the thing done
        ("- Experience integrating with the Gorp API", "Gorp API"),
        ("- Experience migrating to a Quarkle mesh", "Quarkle mesh"),
        # a verb as a name's first word takes no describing word after it
        ("- Lead complex negotiations", "complex negotiations"),
        ("- Lead scoring models", "Lead scoring models"),
        # nothing left once "against" and the describing words are gone
        ("- Deliver against ambitious goals", None),
    ],
)
def test_fixterms41_heads(bullet: str, head: str | None) -> None:
    found = head_phrase(bullet)
    assert (found[0] if found else None) == head


@pytest.mark.parametrize(
    ("item", "terms"),
    [
        ("Knowledge of Thousand Eyes monitoring", ["Thousand Eyes"]),
        ("Modern Treasury integrations", ["Modern Treasury"]),
        ("Emerging Markets debt", ["Emerging Markets"]),
    ],
)
def test_fixterms41_a_capitalised_name_keeps_its_first_word(
    profile_of: ProfileOf, item: str, terms: list[str]
) -> None:
    assert _terms(profile_of, item) == terms


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Experience building Large-Scale Distributed Systems", "distributed-systems"),
        ("Experience with Next-Gen Firewalls", "firewalls"),
    ],
)
def test_fixterms41_a_size_alone_is_no_term(profile_of: ProfileOf, item: str, skill: str) -> None:
    found = asked(profile_of, listed(item, title="Platform Engineer"))
    assert skill in found, sorted(found)
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def test_fixterms41_no_term_for_the_doing(profile_of: ProfileOf) -> None:
    terms = _terms(profile_of, "Experience migrating from Oracle to Postgres")
    assert not any(name.lower().startswith("migrating") for name in terms), terms


_PORTFOLIO_POSTING = "Quant Analyst\n\nRequirements\n- Knowledge of modern portfolio theory\n"


@pytest.mark.parametrize(
    ("cv", "status"),
    [
        ("Built allocation models with portfolio theory.", "matched"),
        ("Built allocation models with modern portfolio theory.", "matched"),
        ("Built allocation models.", "missing"),
    ],
)
def test_fixterms41_a_newness_word_kept_in_the_term_need_not_be_written(
    profile_of: ProfileOf, options: Options, cv: str, status: str
) -> None:
    resume = profile_of("Sam Ortiz\nsam@example.com\n\n" + cv, "resume")
    report = compare(resume, profile_of(_PORTFOLIO_POSTING, "posting"), options)
    [term] = [m for m in report.matched + report.missing if m.id.startswith("term:")]
    assert (term.name, term.status) == ("modern portfolio theory", status)
