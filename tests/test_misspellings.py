"""Likely misspellings of skill names ("Pyhton", "Kubernates"): found, reported by the lint
and turned into "fix the spelling" advice by `match`; the near misses that are words, names,
plurals or versions are left alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, compare
from mlcareer.checks import lint_rules
from mlcareer.misspellings import find_misspellings
from mlcareer.models import Profile
from mlcareer.taxonomy import Taxonomy

from .conftest import invoke

ProfileOf = Callable[..., Profile]

_HEAD = "Dana Okafor\ndana.okafor@example.com | +1 555 010 7788\n\n"
_EDUCATION = "\nEducation\nBSc Computer Science, State University, 2014 - 2018\n"


def _resume(experience: str, skills: str = "SQL, Git") -> str:
    return (
        f"{_HEAD}Experience\nData Engineer, Northwind Labs, Jan 2019 - Present\n{experience}\n"
        f"{_EDUCATION}\nSkills\n{skills}\n"
    )


def _found(profile: ProfileOf, options: Options, text: str) -> dict[str, str]:
    """Written form -> the skill id it looks like a misspelling of."""
    resume = profile(text, "resume")
    return {m.written: m.skill_id for m in find_misspellings(resume, options.taxonomy)}


def test_misspelt_names_in_a_skills_list_are_found(profile_of: ProfileOf, options: Options) -> None:
    skills = "Pyhton, Kubernates, Postgress, Hadop, Tensorflwo, Scikit-lern, Javscript"
    found = _found(profile_of, options, _resume("- Built 12 pipelines in SQL", skills))
    assert found == {
        "Pyhton": "python",
        "Kubernates": "kubernetes",
        "Postgress": "postgresql",
        "Hadop": "hadoop",
        "Tensorflwo": "tensorflow",
        "Scikit-lern": "scikit-learn",
        "Javscript": "javascript",
    }


def test_a_misspelt_name_in_a_sentence_is_found(profile_of: ProfileOf, options: Options) -> None:
    bullet = "- Moved 40 batch jobs from Pyhton 2 to Airflow and cut run time by 30%"
    found = _found(profile_of, options, _resume(bullet))
    assert found == {"Pyhton": "python"}


def test_the_finding_carries_its_line(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of(_resume("- Cut costs by 20%", "SQL, Kubernates"), "resume")
    [found] = find_misspellings(resume, options.taxonomy)
    assert resume.text.splitlines()[found.line - 1].endswith("Kubernates")
    assert resume.text[found.start : found.start + len(found.written)] == "Kubernates"
    assert found.spelled == "Kubernetes"


@pytest.mark.parametrize(
    "skills",
    [
        "Spark, Sparks, Spare parts inventory",  # a plural, and a word a letter off "Spark"
        "Panda, Pandas, NumPy",  # "Panda" is "pandas" without its plural's s
        "Rust, Just, Scala",  # names under five letters are never guessed at
        "Scale, Scala, Scalable systems",  # "Scale" is a word, one letter off "Scala"
        "Python3, Python 3.11, Pythons, Dockers",  # a version, a plural
        "Postgres, postgre, TensorFlow, scikit-learn",  # the taxonomy's own spellings
        "Statistical modelling, Consultant, Accountant",  # words derived from a skill's name
        "Night shift cover, Grade 2 first aid, FISMA",  # "Nsight", "Gradle", "Figma"
        "OpenId, SAML, Kerberos",  # a letter for a digit is no slip ("Open3D")
    ],
)
def test_near_misses_are_not_flagged(profile_of: ProfileOf, options: Options, skills: str) -> None:
    assert _found(profile_of, options, _resume("- Cut costs by 20%", skills)) == {}


def test_words_and_names_in_prose_are_not_flagged(profile_of: ProfileOf, options: Options) -> None:
    bullets = (
        "- Scale the feature store to 2M users with Julian Park and Jon Pythons\n"
        "- Reported to the Spare Parts team; kept 99% uptime\n"
        "- Wrote a story of 3 releases: spare capacity, scale tests\n"
        "- Presented at Preston Data Week 2021 with Athens Analytics\n"
        "- Sent the Grade reports to 40 schools with SQL; fixed issues as they arise\n"
        "- Notable work: a data-based review of 12 dashboards in Tableau"
    )
    assert _found(profile_of, options, _resume(bullets)) == {}


def test_contact_lines_links_and_emails_are_not_read(
    profile_of: ProfileOf, options: Options
) -> None:
    text = (
        "Kubernates Smith\nkubernates.smith@example.com | github.com/pyhton-dev | "
        "https://tensorflwo.example.org\n\n"
        + _resume("- Cut costs by 20% (see github.com/dana/Pyhton)")[len(_HEAD) :]
    )
    assert _found(profile_of, options, text) == {}


def test_the_detector_does_not_change_the_skills_found(
    profile_of: ProfileOf, options: Options
) -> None:
    text = _resume("- Built 12 pipelines in Python", "SQL, Pyhton, Kubernates")
    resume = profile_of(text, "resume")
    before = [h.id for h in resume.skills]
    assert find_misspellings(resume, options.taxonomy)
    assert [h.id for h in profile_of(text, "resume").skills] == before
    assert "kubernetes" not in before  # a keyword search misses it, and so does the matcher


def test_the_lint_warns_without_failing(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of(_resume("- Cut costs by 20%", "SQL, Pyhton"), "resume")
    [rule] = [r for r in lint_rules(resume, options.taxonomy) if r.name == "skill-spelling"]
    assert rule.passed and rule.warning
    assert rule.message == (
        '"Pyhton" (line 12) looks like a misspelling of "Python": keyword searches will miss it'
    )
    clean = profile_of(_resume("- Cut costs by 20%", "SQL, Python"), "resume")
    [rule] = [r for r in lint_rules(clean, options.taxonomy) if r.name == "skill-spelling"]
    assert rule.passed and not rule.warning


def test_check_prints_a_warning_line_and_keeps_its_exit_status(write: Callable[..., Path]) -> None:
    bullets = "\n".join(f"- Cut cost {n} by {n}0% for team {n} with SQL" for n in range(1, 9))
    filler = " ".join(["Shipped reports for finance and sales teams."] * 30)
    resume = write("r.txt", _resume(f"{bullets}\n{filler}", "SQL, Pyhton"))
    text = invoke("check", resume)
    assert text.exit_code == 0, text.stdout
    assert 'warn skill-spelling: "Pyhton" (line' in text.stdout
    assert "(fix:" in text.stdout.split("skill-spelling")[1].splitlines()[0]
    record = json.loads(invoke("check", resume, "--format", "json").stdout)
    assert record["passed"] is True
    [rule] = [r for r in record["rules"] if r["name"] == "skill-spelling"]
    assert rule["passed"] is True and rule["warning"] is True


_POSTING = (
    "Data Engineer\n\nRequirements\n- 3+ years of Python\n- Kubernetes in production\n"
    "\nNice to have\n- Apache Hadoop\n"
)


def _advice(profile: ProfileOf, options: Options, skills: str) -> list[str]:
    resume = profile(_resume("- Built 12 pipelines in SQL", skills), "resume")
    report = compare(resume, profile(_POSTING, "posting"), options)
    return [s.message for s in report.suggestions]


def test_match_says_to_fix_the_spelling_of_a_missing_skill(
    profile_of: ProfileOf, options: Options
) -> None:
    advice = _advice(profile_of, options, "Pyhton, Kubernates, Hadop")
    python = next(a for a in advice if a.startswith("The posting requires Python"))
    assert 'your resume writes "Pyhton" (line 12)' in python
    assert 'correct it to "Python"' in python and "add it to" not in python
    hadoop = next(a for a in advice if a.startswith("Nice to have: Apache Hadoop"))
    assert 'correct it to "Hadoop"' in hadoop


def test_match_keeps_its_advice_without_a_misspelling(
    profile_of: ProfileOf, options: Options
) -> None:
    advice = _advice(profile_of, options, "Spare parts, Scale, Panda")
    python = next(a for a in advice if a.startswith("The posting requires Python"))
    assert "add each you have used to an experience bullet" in python
    assert "spelling" not in python


def test_each_taxonomy_reads_the_same_words_afresh(
    profile_of: ProfileOf, options: Options, tmp_path: Path
) -> None:
    """A word's reading is remembered per taxonomy: a name only a user's taxonomy knows is
    found with it, and not with the bundled one read before and after it."""
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        'version: "mine-1"\nskills:\n'
        "  - {id: zentrifix, name: Zentrifix, kind: technical, category: mathematics}\n",
        encoding="utf-8",
    )
    mine = Options(as_of=options.as_of, taxonomy_path=extra).taxonomy
    resume = profile_of(_resume("- Cut costs by 20%", "SQL, Zentrifxi, Kubernates"), "resume")

    def found(taxonomy: Taxonomy) -> dict[str, str]:
        return {m.written: m.skill_id for m in find_misspellings(resume, taxonomy)}

    bundled = {"Kubernates": "kubernetes"}
    assert found(options.taxonomy) == bundled
    assert found(mine) == {**bundled, "Zentrifxi": "zentrifix"}
    assert found(options.taxonomy) == bundled
