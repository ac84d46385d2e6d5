"""A posting's literal term found on a resume that spells it the other side of the Atlantic
("optimisation" / "optimized", "licence" / "license") or joins an "e-" prefix ("e-mail" /
"email"); words that only look like a British spelling keep their meaning."""

from __future__ import annotations

import pytest

from mlcareer.literal_match import find_literal, normalise, resume_text


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
    ],
)
def test_only_british_spellings_change(word: str, kept: str) -> None:
    assert normalise(word) == kept
