"""A skill the resume only wishes for ("eager to learn Kubernetes", "would love the chance to
work with Spark", "interested in Rust") is not shown; one being learnt ("currently learning
Go", "taking a course in Rust") is shown in part; one learnt, used or taught still counts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, analyze
from mlcareer.literal_match import find_exact, resume_text
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _states(profile: Profile) -> dict[str, str]:
    """Skill id -> "wished" when every mention is negated, "learning" when every one shown is
    being learnt, else "shown"."""
    states = {}
    for hit in profile.skills:
        kept = [m for m in hit.mentions if not m.negated]
        if not kept:
            states[hit.id] = "wished"
        elif all(m.learning for m in kept):
            states[hit.id] = "learning"
        else:
            states[hit.id] = "shown"
    return states


def _read(profile_of: ProfileOf, heading: str, line: str) -> dict[str, str]:
    return _states(profile_of(f"Jane Doe\n{heading}\n{line}\n", doc_type="resume"))


@pytest.mark.parametrize(
    ("heading", "line", "wished"),
    [
        ("Summary", "I am eager to learn Kubernetes and Rust. I use Python daily.", {"kubernetes"}),
        ("Summary", "Keen to learn Spark and hoping to pick up Airflow.", {"airflow"}),
        ("Summary", "I would love the chance to work with Kafka.", {"kafka"}),
        ("Objective", "Aspire to master Kubernetes and would like to learn Go.", {"kubernetes"}),
        ("Career goals", "- Plan to study Kafka next year", {"kafka"}),
        ("Career goals", "- Goal: learn Terraform", {"terraform"}),
        ("Career goals", "- Next on my list: Scala, Terraform", {"scala", "terraform"}),
        ("Summary", "Interested in Rust and Go. Experienced with Python.", {"go"}),
        ("Summary", "Looking for a role using Spark and Kafka.", {"kafka"}),
        (
            "Summary",
            "Motivated graduate looking to develop skills in Kafka and Airflow.",
            {"kafka"},
        ),
        ("Summary", "I hope to become proficient in Go and Kubernetes.", {"go", "kubernetes"}),
        ("Summary", "My goal is to work with Kafka and Scala.", {"kafka", "scala"}),
        (
            "Summary",
            "Curious about Terraform, eager to explore Docker, and open to learning Scala.",
            {"terraform", "docker", "scala"},
        ),
        ("Summary", "Planning to take the TensorFlow certificate.", {"tensorflow"}),
        ("Summary", "PhD student interested in learning Kubernetes.", {"kubernetes"}),
        (
            "",
            "Dear Hiring Manager,\nI have built models in PyTorch.\n"
            "I am excited to learn Airflow on your team and passionate about learning dbt.",
            {"airflow", "dbt"},
        ),
    ],
)
def test_a_wish_is_not_a_skill(
    profile_of: ProfileOf, heading: str, line: str, wished: set[str]
) -> None:
    states = _read(profile_of, heading, line)
    assert {skill for skill in wished if states.get(skill) != "wished"} == set()


@pytest.mark.parametrize(
    ("heading", "line", "shown"),
    [
        ("Summary", "I am eager to learn Kubernetes and Rust. I use Python daily.", {"python"}),
        (
            "Summary",
            "Eager to learn new tools. Strong Python and Docker skills.",
            {"python", "docker"},
        ),
        ("Summary", "Looking for a role where I can apply my Python skills.", {"python"}),
        ("Summary", "Interested in Rust, having used Python for years.", {"python"}),
        ("Summary", "Want to keep using PyTorch.", {"pytorch"}),
        ("Summary", "Eager to apply my Kubernetes experience.", {"kubernetes"}),
        ("Experience", "- Gained exposure to Kubernetes and Kafka", {"kubernetes", "kafka"}),
        ("Experience", "- Familiar with Terraform", {"terraform"}),
        ("Experience", "- I learned Spark on the job", {"apache-spark"}),
        ("Experience", "- Learnt to deploy with Kubernetes", {"kubernetes"}),
        ("Experience", "- Helped the team learn Docker", {"docker"}),
        ("Experience", "- Trained 20 engineers to learn Kubernetes", {"kubernetes"}),
        ("Education", "- Completed a course in Kafka", {"kafka"}),
        ("Experience", "- Planned and led the move to Kubernetes", {"kubernetes"}),
        ("Summary", "Eager to learn, with 5 years of Python and Docker.", {"python", "docker"}),
    ],
)
def test_what_is_had_stays_a_skill(
    profile_of: ProfileOf, heading: str, line: str, shown: set[str]
) -> None:
    states = _read(profile_of, heading, line)
    assert {skill: states.get(skill) for skill in shown} == dict.fromkeys(shown, "shown")


@pytest.mark.parametrize(
    "line",
    [
        "I am eager to learn and grow.",
        "Keen to learn Kubernetes.",
        "Eager to learn Airflow on your team.",
    ],
)
def test_eager_to_learn_is_still_continuous_learning(profile_of: ProfileOf, line: str) -> None:
    assert _read(profile_of, "Summary", line).get("continuous-learning") == "shown"


@pytest.mark.parametrize(
    ("line", "learning"),
    [
        ("- Currently learning Kotlin", "kotlin"),
        ("- Taking a course in Scala", "scala"),
        ("- Studying for the CKA", "cka"),
        ("- Learning Kubernetes through Coursera", "kubernetes"),
        ("- Learned Kafka and am learning Scala now", "scala"),
        ("- Currently exploring Terraform", "terraform"),
        ("- Enrolled in an online Kubernetes course", "kubernetes"),
        ("- CKA (in progress)", "cka"),
    ],
)
def test_a_skill_being_learnt_is_shown_in_part(
    profile_of: ProfileOf, line: str, learning: str
) -> None:
    states = _read(profile_of, "Training", line)
    assert states.get(learning) == "learning"


def test_a_posting_keeps_what_it_says_you_will_learn(profile_of: ProfileOf) -> None:
    posting = (
        "Data Engineer\nRequirements:\n- Python\n- Eager to learn Kubernetes\n"
        "- You will learn Rust on the job\n"
    )
    profile = profile_of(posting, doc_type="posting")
    assert {"python", "kubernetes", "continuous-learning"} <= {r.id for r in profile.requirements}
    assert all(not m.negated and not m.learning for h in profile.skills for m in h.mentions)


def _verdicts(
    write: Callable[[str, str], Path], options: Options, resume: str
) -> dict[str, tuple[str, float]]:
    posting = write(
        "jd.txt", "Machine Learning Engineer\nRequirements:\n- Python\n- Kubernetes\n- Go\n"
    )
    report = analyze(write("resume.txt", resume), posting, options)
    return {m.id: (m.status, m.credit) for m in [*report.matched, *report.missing]}


def test_a_wish_is_a_gap_and_learning_is_met_in_part(
    write: Callable[[str, str], Path], options: Options
) -> None:
    resume = (
        "Jane Doe\nSummary\nI am eager to learn Kubernetes. I use Python daily.\n"
        "Training\n- Currently learning Go\n"
    )
    verdicts = _verdicts(write, options, resume)
    assert verdicts["python"] == ("matched", 1.0)
    assert verdicts["kubernetes"] == ("missing", 0.0)
    status, credit = verdicts["go"]
    assert status == "related" and 0 < credit < 1


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Eager to learn Quuxflow and Grobdb.", False),
        ("Interested in Quuxflow, having used Grobdb.", False),
        ("Built Quuxflow jobs; eager to learn Grobdb.", True),
        ("Want to keep using Quuxflow.", True),
    ],
)
def test_a_literal_term_wished_for_is_not_found(line: str, found: bool) -> None:
    assert (find_exact("Quuxflow", resume_text(f"Jane Doe\n{line}\n")) is not None) is found


# Near misses of the wish and study cues (review) ---------------------------------------------


@pytest.mark.parametrize(
    ("heading", "line", "shown"),
    [
        ("Experience", "- Used PyTorch in training large models", {"pytorch"}),
        ("Skills", "- Python (machine learning), SQL", {"python"}),
        ("Experience", "- Tuned PyTorch learning rate schedules", {"pytorch"}),
        ("Experience", "- Built PyTorch - learning pipelines for 3 teams", {"pytorch"}),
        # a name before a kind of learning, with no note's mark between: no study under way
        ("Skills", "Bayesian learning, Transfer learning", {"bayesian-statistics"}),
        ("Skills", "Python, AWS learning", {"aws"}),
        ("Experience", "- Sped up XGBoost learning", {"xgboost"}),
        ("Experience", "- Led Kubernetes: ongoing migration of 40 services", {"kubernetes"}),
        ("Experience", "- Built ready to use Terraform modules for 30 teams", {"terraform"}),
        ("Summary", "Interested in Rust and Go with 5 years of Python experience.", {"python"}),
        ("Skills", "Machine\nLearning: PyTorch, TensorFlow", {"pytorch", "tensorflow"}),
        ("Skills", "Deep\nLearning: PyTorch", {"pytorch"}),
        (
            "Experience",
            "- Preparing for production deployment with Docker and Kubernetes",
            {"docker", "kubernetes"},
        ),
        ("Experience", "- Taught a workshop for beginners eager to learn Python", {"python"}),
        ("Experience", "- Built tools for teams wanting to use Kafka", {"kafka"}),
        ("Experience", "- Mentored juniors interested in learning Python", {"python"}),
        ("Summary", "I am learning-oriented and use Python daily", {"python"}),
        ("Summary", "Interested in Go - my daily work is Python and Docker", {"python", "docker"}),
        (
            "Summary",
            "PhD candidate interested in reinforcement learning and computer vision.",
            {"reinforcement-learning", "computer-vision"},
        ),
        (
            "Profile",
            "Researcher mainly interested in NLP and robotics.",
            {"natural-language-processing"},
        ),
    ],
)
def test_look_alikes_of_a_wish_or_a_study_stay_skills(
    profile_of: ProfileOf, heading: str, line: str, shown: set[str]
) -> None:
    states = _read(profile_of, heading, line)
    assert {skill: states.get(skill) for skill in shown} == dict.fromkeys(shown, "shown")


@pytest.mark.parametrize(
    ("line", "learning"),
    [
        ("- Preparing for the AWS Solutions Architect exam", "aws"),
        ("- Preparing for the CKA", "cka"),
        ("- CKA - ongoing", "cka"),
        ("- CKA in progress, expected 2025", "cka"),
        ("Learning: Kotlin, Scala", "kotlin"),
        # a skills list's own note beside a name, as a Markdown or plain-text resume writes it
        ("- Python, Rust (learning)", "rust"),
        ("- [ ] Kotlin (currently learning)", "kotlin"),
        ("- Scala - self-learning", "scala"),
        ("Python, SQL, Go (learning)", "go"),
    ],
)
def test_a_study_under_way_still_reads_so(profile_of: ProfileOf, line: str, learning: str) -> None:
    assert _read(profile_of, "Training", line).get(learning) == "learning"


# A checklist's unchecked box, where the list ticks others: a plan, not a skill held


def test_an_unchecked_box_beside_ticked_ones_is_a_plan(profile_of: ProfileOf) -> None:
    states = _read(profile_of, "Skills", "- [x] Python\n- [x] Docker\n- [ ] Kubernetes")
    assert (states.get("python"), states.get("kubernetes")) == ("shown", "wished")


@pytest.mark.parametrize(
    "lines",
    [
        "- [ ] Python\n- [ ] Kubernetes",  # no box ticked: the boxes are only the list's look
        "- [x] Python\n- Kubernetes in production at scale",  # no box on the line
    ],
)
def test_boxes_that_tick_nothing_keep_their_skills(profile_of: ProfileOf, lines: str) -> None:
    assert _read(profile_of, "Skills", lines).get("kubernetes") == "shown"
