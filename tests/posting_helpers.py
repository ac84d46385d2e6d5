"""Small postings for tests, and what tests read of a text given as a posting: its information
and its requirements."""

from __future__ import annotations

import time
from collections.abc import Callable

from mlcareer.models import PostingInfo, Profile, Requirement

ProfileOf = Callable[..., Profile]


def posting_info(profile_of: ProfileOf, text: str) -> PostingInfo:
    """The posting's information (years, level, degree asked) of a text read as a posting."""
    info = profile_of(text, "posting").posting
    assert info is not None
    return info


def asked(profile_of: ProfileOf, text: str) -> dict[str, Requirement]:
    """Each requirement of a text read as a posting, by its id."""
    return {req.id: req for req in profile_of(text, "posting").requirements}


def listed(*items: str, title: str = "Data Scientist") -> str:
    """A small structured posting: a title, then the items under its requirements heading."""
    return f"{title}\n\nRequirements\n" + "".join(f"- {item}\n" for item in items)


def assert_a_foreign_posting_read(profile: Profile) -> None:
    """The shape the tests' postings in other languages share: company, duties, requirements
    (Python among them), wishes (Kafka) and benefits (naming Kubernetes, which asks nothing),
    guessed a posting from their headings alone."""
    assert profile.doc_type == "posting"
    names = [section.name for section in profile.sections]
    assert names == ["company", "responsibilities", "requirements", "preferred", "benefits"]
    importance = {req.id: req.importance for req in profile.requirements}
    assert importance["python"] == "required"
    assert importance["kafka"] == "preferred"
    assert "kubernetes" not in importance


def assert_graded_without_terms(
    profile_of: ProfileOf, item: str, language: str, grade: str
) -> None:
    """A requirement item asks `language` at `grade` and leaves no unknown term."""
    found = asked(profile_of, listed(item, "Python"))
    assert language in found, sorted(found)
    assert found[language].grade == grade
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def spoken_languages_listed(profile_of: ProfileOf, resume: str) -> list[str]:
    """The ids of the spoken languages a resume's text shows."""
    profile = profile_of(resume, "resume")
    return [skill.id for skill in profile.skills if skill.category == "spoken-languages"]


def grades_asked_beside_python(profile_of: ProfileOf, posting: str) -> dict[str, str | None]:
    """What a posting that also asks Python asks besides it, each with the grade asked."""
    return {
        req.id: req.grade
        for req in profile_of(posting, "posting").requirements
        if req.id != "python"
    }


def best_of_three(profile_of: ProfileOf, text: str) -> float:
    """The least of three timings, in seconds of this process's CPU time, of reading a text as
    a posting: a timing test's measure, steady on a shared machine (other programs' load does
    not count, as it does in wall-clock time)."""
    times = []
    for _ in range(3):
        started = time.process_time()
        profile_of(text, "posting")
        times.append(time.process_time() - started)
    return min(times)


def skill_ids_in_posting_line(profile_of: ProfileOf, line: str) -> set[str]:
    """The skills found when `line` is an item of a small posting's requirements."""
    posting = f"Data Scientist\n\nAbout the role\nWe build forecasts.\n\nRequirements\n- {line}\n"
    return {hit.id for hit in profile_of(posting, doc_type="posting").skills}
