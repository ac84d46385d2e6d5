"""Look-alikes and long lines for the rules of the Finnish degrees, Singapore's permanent
residents and the JLPT levels. Small texts written here."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.extract.education import degree_mentions
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _posting(profile_of: ProfileOf, item: str) -> Profile:
    return profile_of(
        f"Data Engineer\n\nRequirements\n- 3 years of Python\n- {item}\n",
        doc_type="posting",
        name="jd.txt",
    )


@pytest.mark.parametrize(
    "line",
    ["tutkinto" + ", DI" * 10_000, "DI tai " * 6_000, "MSc or " * 6_000],
    ids=["finnish-run-after-a-degree", "finnish-pairs", "english-pairs"],
)
def test_a_long_run_of_degree_abbreviations_is_read_in_linear_time(line: str) -> None:
    """A 40 KB line of degrees: each is read once, not again from each degree before it."""
    started = time.process_time()
    found = degree_mentions(line)
    assert time.process_time() - started < 1.0
    assert len(found) >= 5_000


def test_a_run_of_finnish_abbreviations_still_names_each_degree() -> None:
    found = degree_mentions("diplomi-insinööri, DI tai FM, FT")
    assert [level for level, _, _ in found] == ["master", "master", "master", "phd"]


@pytest.mark.parametrize(
    "item",
    [
        "Review PRs and citizen-developer apps",
        "PR and citizen science outreach experience",
        "Experience with citizen and PR communications",
    ],
)
def test_pull_requests_and_public_relations_beside_citizen_are_no_eligibility(
    profile_of: ProfileOf, item: str
) -> None:
    posting = _posting(profile_of, item)
    assert posting.work_authorization is None
    assert [r.id for r in posting.requirements if r.id != "python"]


@pytest.mark.parametrize(
    "item", ["Singapore Citizens/PRs only", "Australian PR or citizen only", "PR or citizen."]
)
def test_permanent_residents_beside_citizens_stay_eligibility(
    profile_of: ProfileOf, item: str
) -> None:
    assert [r.id for r in _posting(profile_of, item).requirements] == ["python"]


@pytest.mark.parametrize(
    ("item", "cefr"),
    [
        ("Japanese (N2)", "B2"),
        ("Japanese: N1 level", "C1"),
        ("Japanese, N2 level", "B2"),
        ("Japanese N3 or above", "B1"),
    ],
)
def test_a_jlpt_level_beside_the_name_japanese_is_its_grade(
    profile_of: ProfileOf, item: str, cefr: str
) -> None:
    asks = {r.id: r.grade for r in _posting(profile_of, item).requirements}
    assert asks == {"python": None, "lang-japanese": cefr}


@pytest.mark.parametrize("item", ["German (N2)", "5G core: N2 and N3 interfaces"])
def test_an_n_level_without_japanese_is_no_grade(profile_of: ProfileOf, item: str) -> None:
    asks = {r.id: r.grade for r in _posting(profile_of, item).requirements}
    assert "lang-japanese" not in asks
