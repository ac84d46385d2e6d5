"""The bundled taxonomy loads and covers the guide; broken files report every problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlcareer.errors import TaxonomyError
from mlcareer.taxonomy import Guard, load_taxonomy

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


def test_an_unknown_link_of_a_role_or_level_names_its_file_and_entry(tmp_path: Path) -> None:
    """A user file's roles[0] was reported as roles[10] of the merged list, without a file."""
    extra = _write(
        tmp_path,
        "skills: []\n"
        "roles:\n"
        "  - {id: my-role, name: Mine, description: d, core: [nowhere]}\n"
        "levels:\n"
        "  - {id: entry, name: Entry, years: [0, 2], description: d, expects: [nowhere2]}\n",
    )
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(extra)
    assert f"{extra}: roles[0].core: unknown skill id 'nowhere'" in info.value.problems
    assert f"{extra}: levels[0].expects: unknown skill id 'nowhere2'" in info.value.problems


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


@pytest.mark.parametrize("text", ["", "# my skills\n", "version: mine\n", "skills: []\n"])
def test_a_taxonomy_that_adds_nothing_is_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(_write(tmp_path, text))
    assert "no skills, levels or roles" in info.value.message
    assert "taxonomy-format" in info.value.hint


@pytest.mark.parametrize(
    ("entry", "location"),
    [
        ('{id: zz1, name: " ", kind: technical, category: x}', "skills[0].name: empty"),
        ("{id: zz1, name: Zorblax, kind: technical, category: x, aliases: [ok, '']}",
         "skills[0].aliases[1]: empty"),
    ],
)  # fmt: skip
def test_blank_names_and_aliases_are_invalid(tmp_path: Path, entry: str, location: str) -> None:
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(_write(tmp_path, f"skills:\n  - {entry}\n"))
    assert any(problem.endswith(location) for problem in info.value.problems)


def test_a_blank_name_exits_4_naming_the_field(tmp_path: Path) -> None:
    from .conftest import invoke

    resume = tmp_path / "cv.txt"
    resume.write_text("Skills: Python\n", encoding="utf-8")
    extra = _write(tmp_path, "skills:\n  - {id: zz1, name: ' ', kind: technical, category: x}\n")
    result = invoke("extract", resume, "--taxonomy", extra)
    assert result.exit_code == 4, result.output
    assert "skills[0].name: empty" in result.stderr


LEVEL = "{id: mid, name: Mid, description: d, years: %s}"


@pytest.mark.parametrize(
    ("years", "message"),
    [("[5, 1]", "below the lower bound"), ("[-3, null]", "negative"), ("[.nan, 2]", "finite")],
)
def test_level_years_must_be_in_order(tmp_path: Path, years: str, message: str) -> None:
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(_write(tmp_path, f"levels:\n  - {LEVEL % years}\n"))
    assert "levels[0].years" in info.value.problems[0]
    assert message in info.value.problems[0]


def test_a_role_id_follows_the_id_pattern(tmp_path: Path) -> None:
    role = "{id: 'Bad Role!', name: R, description: d, core: [python]}"
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(_write(tmp_path, f"roles:\n  - {role}\n"))
    assert "roles[0].id" in info.value.problems[0]


def test_a_taxonomy_over_the_size_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mlcareer import taxonomy

    monkeypatch.setattr(taxonomy, "MAX_BYTES", 1000)
    with pytest.raises(TaxonomyError, match=r"over the .* limit") as info:
        load_taxonomy(_write(tmp_path, "# padding\n" * 200))
    assert info.value.exit_code == 4


def test_case_sensitive_guard_spellings_govern_only_their_case() -> None:
    """A guard whose spellings keep their case governs "IOS", not Apple's "iOS" nor "ios";
    without the flag, every case is governed."""
    exact = Guard(spellings=["IOS"], spellings_case_sensitive=True)
    assert exact.applies_to("IOS")
    assert not exact.applies_to("iOS")
    assert not exact.applies_to("ios")
    assert Guard(spellings=["IOS"]).applies_to("iOS")
