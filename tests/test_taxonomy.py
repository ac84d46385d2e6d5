"""The bundled taxonomy loads and covers the guide; broken files report every problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlcareer.errors import TaxonomyError
from mlcareer.taxonomy import load_taxonomy

SEED_SKILLS = [
    # technical and soft skills the career guide lists
    "Applied mathematics", "Neural network architectures", "Physics",
    "Data modeling and evaluation", "Advanced signal processing", "Natural language processing",
    "Audio and video processing", "Reinforcement learning", "Java", "C++", "Domain knowledge",
    "Communication", "Problem solving", "Rapid prototyping", "Time management",
    "Continuous learning", "Analytical skills", "Computer science fundamentals",
    "Software engineering fundamentals",
    # essential skills of the three career profiles
    "R", "Python", "Databases", "Virtual machines", "Cloud environments", "MapReduce", "Hadoop",
    "Feature engineering", "ML metrics", "ML algorithms", "Cross-validation", "Mathematics",
    "Statistics", "Robotics", "Machine learning", "Cognitive science", "Engineering",
    "Mathematical models",
]  # fmt: skip


def test_bundled_taxonomy_is_large_and_valid() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy.skills) >= 600
    assert len(taxonomy.sha256) == 64
    kinds = {s.kind for s in taxonomy.skills.values()}
    assert kinds == {"technical", "soft"}
    assert set(taxonomy.levels) == {"intern", "entry", "mid", "senior"}
    for role in ("ml-engineer", "data-engineer", "ml-scientist", "data-analyst", "data-scientist"):
        assert role in taxonomy.roles


@pytest.mark.parametrize("spelling", SEED_SKILLS)
def test_guide_skills_are_known(spelling: str) -> None:
    assert spelling.lower() in load_taxonomy().by_spelling


def test_ambiguous_names_carry_guards() -> None:
    taxonomy = load_taxonomy()
    for skill_id in ("r", "go", "c"):
        guard = taxonomy.skills[skill_id].guard
        assert guard is not None and guard.case_sensitive


def test_implies_follows_chains() -> None:
    taxonomy = load_taxonomy()
    implied = taxonomy.implied_by("pytorch")
    assert implied["deep-learning"] == 1
    assert implied["machine-learning"] == 2


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_taxonomy_merges_over_the_bundled_one(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        'version: "mine-1"\nskills:\n'
        "  - {id: gurobi, name: Gurobi, kind: technical, category: mathematics,"
        " implies: [optimization]}\n",
    )
    taxonomy = load_taxonomy(extra)
    assert "gurobi" in taxonomy.skills
    assert "python" in taxonomy.skills
    assert taxonomy.version.endswith("+mine-1")


def test_every_problem_is_reported_with_its_location(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        "skills:\n"
        "  - {id: Bad Id, name: X, kind: technical, category: c}\n"
        "  - {id: y, name: Y, kind: magic, category: c}\n"
        "  - {id: z, name: Z, kind: soft}\n",
    )
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(extra)
    problems = "\n".join(info.value.problems)
    assert "skills[0].id" in problems
    assert "skills[1].kind" in problems
    assert "skills[2].category" in problems
    assert info.value.exit_code == 4


def test_duplicate_ids_collisions_and_unknown_links(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        "skills:\n"
        "  - {id: aa, name: AA, kind: technical, category: c, implies: [nowhere]}\n"
        "  - {id: cc, name: CC, kind: technical, category: c}\n"
        "  - {id: cc, name: CC again, kind: technical, category: c}\n"
        "  - {id: bb, name: BB, kind: technical, category: c, aliases: [Python]}\n",
    )
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(extra)
    problems = "\n".join(info.value.problems)
    assert "duplicate id 'cc'" in problems
    assert "unknown skill id 'nowhere'" in problems
    assert "'python' of 'bb' is already used by 'python'" in problems


@pytest.mark.parametrize(
    "text",
    [
        "skills: [unclosed\n",
        "!!python/object:os.system {}\n",
        "- just\n- a list\n",
    ],
)
def test_malformed_files_raise_taxonomy_error(tmp_path: Path, text: str) -> None:
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(_write(tmp_path, text))
    assert info.value.hint
