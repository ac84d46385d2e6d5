"""Postings as scrapers and job boards hand them over: flattened into one line, skills in a
table, onboarding paragraphs, acronyms before their expansion. Each text is written here."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from mlcareer.models import Profile
from tests.conftest import invoke

ProfileOf = Callable[..., Profile]

FLATTENED = (
    "Senior ML Engineer Acme Corp Remote About us We build forecasting tools for shops and "
    "meet the requirements of our clients every day. Requirements: 5+ years of Python, strong "
    "SQL and PyTorch. Preferred: Elasticsearch, Docker Responsibilities: Build pricing models, "
    "deploy services on Kubernetes, mentor junior engineers. Benefits: 401k, dental, Tableau "
    "licenses for everyone.\n"
)


def _importance(profile: Profile) -> dict[str, str]:
    return {r.name: r.importance for r in profile.requirements}


def test_inline_labels_of_a_flattened_posting_open_its_sections(profile_of: ProfileOf) -> None:
    profile = profile_of(FLATTENED, doc_type="posting")
    asked = _importance(profile)
    assert asked["Python"] == asked["SQL"] == asked["PyTorch"] == "required"
    assert asked["Elasticsearch"] == asked["Docker"] == "preferred"
    assert asked.get("Kubernetes") != "required"
    assert "Tableau" not in asked
    assert (profile.posting.title or "").startswith("Senior ML Engineer")


def test_a_sentence_naming_requirements_is_no_label(profile_of: ProfileOf) -> None:
    profile = profile_of(FLATTENED, doc_type="posting")
    names = [section.name for section in profile.sections]
    assert names == ["company", "requirements", "preferred", "responsibilities", "benefits"]


def test_offsets_of_a_flattened_posting_point_into_the_file(
    write: Callable[[str, str], Path],
) -> None:
    path = write("flat.txt", FLATTENED)
    result = invoke("extract", path, "--format", "json")
    content = path.read_text(encoding="utf-8")
    for skill in json.loads(result.stdout)["skills"]:
        for mention in skill["mentions"]:
            assert content[mention["start"] : mention["end"]] == mention["text"]
