"""A posting's literal term found on a resume that spells it the other side of the Atlantic
("optimisation" / "optimized", "licence" / "license") or joins an "e-" prefix ("e-mail" /
"email"), or names a product without its vendor ("Premiere Pro"); words that only look like
a British spelling keep their meaning."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.literal_match import find_literal, normalise, resume_text
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Warehouse optimisation", "- Optimized warehouse slotting for 2,000 SKUs"),
        ("signal analyzers", "- Calibrated the lab's signal analyser every quarter"),
        ("prioritisation", "- Prioritized support tickets for three product teams"),
        ("organisation", "- Organized quarterly offsites for 60 staff"),
        ("food handler licence", "- Food Handler License, Cook County"),
        ("colour grading", "- Color grading for short films"),
        ("training programme", "- Ran the graduate training program"),
        ("E-discovery", "- Ran ediscovery searches for litigation holds"),
        ("e-mail campaigns", "- Planned weekly email campaigns"),
        ("email triage", "- Handled e-mail triage for the director"),
        ("paediatric nursing", "- Pediatric nursing on a 30-bed ward"),
    ],
)
def test_a_term_in_the_other_spelling_is_found(term: str, line: str) -> None:
    assert find_literal(term, resume_text(line + "\n")) is not None


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("enterprise", "enterprise"),
        ("supervised", "supervised"),
        ("expertise", "expertise"),
        ("exercises", "exercises"),
        ("franchise", "franchise"),
        ("otherwise", "otherwise"),
        ("premises", "premises"),
        ("promising", "promising"),
        ("analyses", "analyses"),
        ("programmer", "programmer"),
        ("raised", "raised"),
        ("standardised", "standardized"),
        ("minimising", "minimizing"),
        ("criticise", "criticize"),
        ("practise", "practice"),  # the British verb of "practice", not an "-ize" verb
        ("practised", "practiced"),
        ("practising", "practicing"),
        ("practises", "practices"),
    ],
)
def test_only_british_spellings_change(word: str, kept: str) -> None:
    assert normalise(word) == kept


def _missing(profile_of: ProfileOf, asked: str, shown: str) -> list[str]:
    posting = profile_of(f"Requirements\n- {asked}", doc_type="posting", name="jd.txt")
    resume = profile_of(f"Experience\n- {shown}", doc_type="resume", name="r.txt")
    return [m.jd_text for m in compare(resume, posting, Options()).missing]


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        ("Adobe Lightroom Classic", "Edited event photos in Lightroom Classic"),
        ("Microsoft Dynamics GP", "Posted invoices in Dynamics GP"),
    ],
)
def test_a_product_named_without_its_vendor_is_found(
    profile_of: ProfileOf, asked: str, shown: str
) -> None:
    assert _missing(profile_of, asked, shown) == []


def test_a_vendor_alone_shows_no_product(profile_of: ProfileOf) -> None:
    assert _missing(profile_of, "Adobe Lightroom Classic", "Used Adobe tools daily") != []


def test_a_joined_prefix_is_not_found_in_the_bare_word() -> None:
    line = "- Drafted pleadings, discovery motions and client letters\n"
    assert find_literal("E-discovery", resume_text(line)) is None
