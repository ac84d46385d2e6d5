"""The venues a research posting wants papers at: a plain word's journal ("Nature",
"Science", "Cell") names no term that "the nature of the work" or "Computer Science" would
meet; an acronym's ("NeurIPS", "PNAS") stays asked and a paper there meets it; a venue's
name beside "Publications" asks for publications. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

RESEARCH_CALL = """Research Scientist, Computational Biology

Requirements
- PhD in Computational Biology, Computer Science or a related field
- {venues}
- Experience with PyTorch
"""

BIOLOGIST = """Education
PhD in Computer Science, University of Kelso, 2018 - 2023

Experience
Research Scientist, Quillon Labs, Jan 2023 - Present
- Built protein structure models in PyTorch; the nature of the work was exploratory.

Publications
1. A. Okoro. Learning protein folds. Bioinformatics 2022.
2. A. Okoro, B. Lind. Equivariant networks for docking. NeurIPS 2023.
"""


def _terms(posting: Profile) -> set[str]:
    return {req.jd_text for req in posting.requirements if not req.known}


@pytest.mark.parametrize(
    ("venues", "kept"),
    [
        ("Publications in high-impact journals such as Nature or Science", set()),
        ("Papers in journals like Cell, Neuron or PNAS", {"PNAS"}),
        ("Publications at top venues such as Nature, NeurIPS or ICML", {"NeurIPS", "ICML"}),
    ],
)
def test_a_plain_words_journal_is_no_term_an_acronyms_stays(
    profile_of: ProfileOf, venues: str, kept: set[str]
) -> None:
    posting = profile_of(RESEARCH_CALL.format(venues=venues), doc_type="posting")
    assert _terms(posting) == kept


def test_the_nature_of_the_work_meets_no_journal(profile_of: ProfileOf, options: Options) -> None:
    venues = "Publications in high-impact journals such as Nature or Science"
    posting = profile_of(RESEARCH_CALL.format(venues=venues), doc_type="posting")
    report = compare(profile_of(BIOLOGIST, doc_type="resume"), posting, options)
    assert {m.name for m in report.matched} >= {"Publications", "PyTorch"}
    assert not {m.name for m in [*report.matched, *report.missing]} & {"Nature", "Science"}


def test_a_paper_at_an_acronyms_venue_meets_it(profile_of: ProfileOf, options: Options) -> None:
    venues = "Publications at top venues such as Nature, NeurIPS or ICML"
    posting = profile_of(RESEARCH_CALL.format(venues=venues), doc_type="posting")
    report = compare(profile_of(BIOLOGIST, doc_type="resume"), posting, options)
    assert "NeurIPS" in {m.name for m in report.matched}


@pytest.mark.parametrize(
    "venues", ["Publications in JMLR", "Publications in Nature Machine Intelligence"]
)
def test_publications_in_a_named_journal_ask_publications(
    profile_of: ProfileOf, venues: str
) -> None:
    posting = profile_of(RESEARCH_CALL.format(venues=venues), doc_type="posting")
    assert "publications" in {req.id for req in posting.requirements}


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Experience with Nature-inspired algorithms", "Nature-inspired"),
        ("Knowledge of Zorblex", "Zorblex"),
    ],
)
def test_a_capitalised_word_outside_a_list_of_venues_stays_a_term(
    profile_of: ProfileOf, line: str, term: str
) -> None:
    posting = profile_of(RESEARCH_CALL.format(venues=line), doc_type="posting")
    assert term in _terms(posting)


def test_a_publications_team_asks_no_publications(profile_of: ProfileOf) -> None:
    posting = profile_of(RESEARCH_CALL.format(venues="Publications team experience"), "posting")
    assert "publications" not in {req.id for req in posting.requirements}
