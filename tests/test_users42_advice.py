"""A skill the resume names only misspelt ("Pyhton") while another skill implies it (pandas
for Python) or stands close to it (TensorFlow for PyTorch): the advice is to correct the
spelling, not to "name it explicitly" as if the resume never wrote it."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_POSTING = (
    "Machine Learning Engineer\n\nRequirements\n- Python and PyTorch\n- Kubernetes\n"
    "\nNice to have\n- Apache Airflow\n"
)


def _resume(skills: str) -> str:
    return (
        "Noor Haddad\nnoor.haddad@example.com | +1 555 010 4411\n\n"
        "Experience\nData Scientist, Larkspur Analytics, Mar 2020 - Present\n"
        "- Cut churn 9% with models built on 4M rows\n"
        "\nEducation\nBSc Mathematics, Lakeside University, 2016 - 2020\n"
        f"\nSkills\n{skills}\n"
    )


def _advice(profile_of: ProfileOf, options: Options, skills: str) -> list[str]:
    resume = profile_of(_resume(skills), "resume")
    report = compare(resume, profile_of(_POSTING, "posting"), options)
    return [s.message for s in report.suggestions]


def _about(advice: list[str], name: str) -> str:
    return next(a for a in advice if name in a)


def test_a_misspelt_name_implied_by_another_skill_is_to_be_corrected(
    profile_of: ProfileOf, options: Options
) -> None:
    advice = _advice(profile_of, options, "Pyhton, pandas, PyTorch, Kubernetes")
    python = _about(advice, "Python")
    assert 'your resume writes "Pyhton"' in python and 'correct it to "Python"' in python
    assert "implies it" not in python


def test_a_misspelt_name_close_to_another_skill_is_to_be_corrected(
    profile_of: ProfileOf, options: Options
) -> None:
    advice = _advice(profile_of, options, "Python, TensorFlow, PyTroch, Kubernetes")
    pytorch = _about(advice, "PyTorch")
    assert 'your resume writes "PyTroch"' in pytorch and 'correct it to "PyTorch"' in pytorch
    assert "close to it" not in pytorch


def test_an_implied_skill_written_nowhere_is_still_to_be_named(
    profile_of: ProfileOf, options: Options
) -> None:
    advice = _advice(profile_of, options, "pandas, PyTorch, Kubernetes")
    python = _about(advice, "Python")
    assert python.startswith("Name Python explicitly") and "correct it" not in python
