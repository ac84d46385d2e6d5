"""A batch reads each resume's own readings (shown skills, titles' work, implied skills) once
for all its pairs, and the rows are those each pair scored afresh gives."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mlcareer import match
from mlcareer.api import Options, compare
from mlcareer.batch import pair_row, run_batch
from mlcareer.models import Profile
from mlcareer.read_once import Kept, once_per_profile, readings_kept

ProfileOf = Callable[..., Profile]

RESUME = (
    "Jordan Vale\n\nExperience\nData Analyst, Quillby Foods\nMar 2020 - Present\n"
    "- Built PyTorch models and SQL reports\n- No experience with Java yet\n\n"
    "Skills\nPython, PyTorch, SQL\n"
)
POSTINGS = (
    "Data Scientist\n\nRequirements\n- Deep learning\n- Python and SQL\n- Data analysis\n",
    "ML Engineer\n\nRequirements\n- Machine learning\n- Java\n- Docker\n",
    "Analyst\n\nRequirements\n- Excel\n- Data analysis\n- Statistics\n",
)


@pytest.fixture
def titles_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The resumes whose job titles are read, one entry per reading."""
    read: list[str] = []
    original = match._titles_work

    def counting(resume: Profile) -> Iterator[tuple[str, str, int]]:
        read.append(resume.path)
        return original(resume)

    monkeypatch.setattr(match, "_titles_work", counting)
    yield read


def _rows(resume: Profile, postings: list[Profile], options: Options) -> list[dict[str, object]]:
    return [pair_row(compare(resume, posting, options, advice=False)) for posting in postings]


def test_a_resume_is_read_once_for_all_its_pairs(
    profile_of: ProfileOf, options: Options, titles_read: list[str]
) -> None:
    resume = profile_of(RESUME, "resume", "cv.txt")
    postings = [profile_of(text, "posting", f"jd{i}.txt") for i, text in enumerate(POSTINGS)]
    afresh = _rows(resume, postings, options)
    assert len(titles_read) == 3  # outside a batch: once per comparison
    titles_read.clear()
    with readings_kept({}):
        kept = _rows(resume, postings, options)
    assert len(titles_read) == 1
    assert kept == afresh


def test_the_batch_rows_are_those_of_pairs_scored_afresh(
    write: Callable[[str, str], Path], options: Options, titles_read: list[str]
) -> None:
    resumes = [write("a.txt", RESUME), write("b.txt", RESUME.replace("Data Analyst", "Chef"))]
    postings = [write(f"jd{i}.txt", text) for i, text in enumerate(POSTINGS)]
    pairs = [(r, j) for j in postings for r in resumes]
    rows = run_batch(pairs, options, jobs=1).rows
    assert sorted(titles_read) == sorted(str(r) for r in resumes)  # each once, none shared
    assert rows == [run_batch([pair], options, jobs=1).rows[0] for pair in pairs]


def test_an_edited_profile_is_read_again_outside_a_batch(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(RESUME, "resume", "cv.txt")
    before = match.implied_skills(resume, options.taxonomy)
    assert "deep-learning" in before  # PyTorch implies it
    resume.skills = [hit for hit in resume.skills if hit.id != "pytorch"]
    assert "deep-learning" not in match.implied_skills(resume, options.taxonomy)


def test_readings_are_kept_per_object_and_only_within() -> None:
    calls: list[object] = []

    @once_per_profile
    def read(value: list[int]) -> int:
        calls.append(value)
        return sum(value)

    first, equal = [1, 2], [1, 2]
    kept: Kept = {}
    with readings_kept(kept):
        assert [read(first), read(first), read(equal)] == [3, 3, 3]
        assert read(value=first) == 3  # a keyword call reads afresh
    assert calls == [first, equal, first]  # equal contents, another object: its own reading
    assert read(first) == 3 and len(calls) == 4  # outside: afresh
    with readings_kept(kept):  # the same store again: still kept
        read(first)
    assert len(calls) == 4
