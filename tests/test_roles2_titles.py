"""`mlcareer roles`, second pass on the title signal: a manager of a field names that field's
role at half weight ("Director of Machine Learning"), a field after a plain occupation names
the role in full ("Senior Software Engineer - Machine Learning"), and a title under Experience
with no dates counts as a short job ("Computer Vision Engineer, Pixelworks")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, rank_roles
from mlcareer.models import RoleFit, RoleRanking


@pytest.fixture
def ranked2(options: Options, write: Callable[[str, str], Path]) -> Callable[[str], RoleRanking]:
    def _ranked(text: str) -> RoleRanking:
        return rank_roles(write("resume.txt", text), options)

    return _ranked


def _one_job(title: str) -> str:
    return f"Sam Lee\n\nExperience\n{title}, Someco, 2018 - present\n- Python and SQL.\n"


def _titled(ranking: RoleRanking) -> dict[str, RoleFit]:
    return {fit.id: fit for fit in ranking.roles if fit.titles}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Director of Machine Learning", "ml-engineer"),
        ("Head of Data Science", "data-scientist"),
        ("VP of AI", "ai-engineer"),
        ("Vice President, Machine Learning", "ml-engineer"),
        ("Manager, Data Science", "data-scientist"),
        ("ML Engineering Manager", "ml-engineer"),
        ("Engineering Manager, Machine Learning", "ml-engineer"),
        ("Data Engineering Manager", "data-engineer"),
        ("Senior Director of Computer Vision", "computer-vision-engineer"),
        ("Head of NLP", "nlp-engineer"),
        ("Data Science Team Lead", "data-scientist"),
        ("Analytics Manager", "data-analyst"),
        ("Chief AI Officer", "ai-engineer"),
        ("Director - MLOps", "mlops-engineer"),
    ],
)
def test_roles2_a_manager_of_a_field_names_its_role_at_half_weight(
    ranked2: Callable[[str], RoleRanking], title: str, role: str
) -> None:
    titled = _titled(ranked2(_one_job(title)))
    assert list(titled) == [role], title
    fit = titled[role]
    assert fit.titles == [f"{title}, Someco (2018 - present) [leads the field: half weight]"]
    assert fit.title_share == 0.5
    assert fit.title_points > 0


@pytest.mark.parametrize(
    "title",
    [
        "Engineering Manager, Payments",
        "Head of Sales",
        "Product Manager, Machine Learning",  # manages a product, not the field's work
        "Program Manager, AI",
        "Recruiting Manager, Data Science",
        "Manager, Data Science Recruiting",
        "Head of Data",  # which of data's roles is not said
        "Director of Research",
        "Director of Data Center Operations",
        "Marketing Analytics Manager, Retail",
        "Account Manager, AI Solutions",
        "Jefe de Ventas",
        "Leiter Vertrieb",
        "Directeur Commercial",
    ],
)
def test_roles2_managers_of_other_things_name_no_role(
    ranked2: Callable[[str], RoleRanking], title: str
) -> None:
    assert _titled(ranked2(_one_job(title))) == {}, title


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Senior Software Engineer - Machine Learning", "ml-engineer"),
        ("Software Engineer - Computer Vision", "computer-vision-engineer"),
        ("Research Engineer – NLP", "nlp-engineer"),
        ("Scientist - Machine Learning", "ml-scientist"),
        ("Analyst - Business Intelligence", "data-analyst"),
        ("Software Engineer, Machine Learning", "ml-engineer"),
        ("Staff Software Engineer | Deep Learning", "ml-engineer"),
    ],
)
def test_roles2_a_field_after_a_plain_occupation_names_the_role(
    ranked2: Callable[[str], RoleRanking], title: str, role: str
) -> None:
    titled = _titled(ranked2(_one_job(title)))
    assert list(titled) == [role], title
    assert titled[role].titles == [f"{title}, Someco (2018 - present)"]
    assert titled[role].title_share == 1.0


@pytest.mark.parametrize(
    "title",
    [
        "Software Engineer - Acme AI",  # an employer whose name ends with a field
        "Software Engineer - Vision AI Inc",
        "Sales Engineer - AI",  # a salesperson, not an engineer of the field
        "Support Engineer - Machine Learning",
        "Software Engineer - Payments",
        "Mechanical Engineer - Data Systems Ltd",
        "Ingeniero de Software - Ventas",
    ],
)
def test_roles2_an_employer_or_other_trade_after_a_dash_names_no_role(
    ranked2: Callable[[str], RoleRanking], title: str
) -> None:
    assert _titled(ranked2(_one_job(title))) == {}, title


MIXED = """Sam Lee

Experience
Machine Learning Engineer, Acme Corp, 2021 - present
- Built ranking models in PyTorch; deployed with Docker.
- Mentored two junior NLP engineers.
Computer Vision Engineer, Pixelworks
- Trained object detection models with OpenCV and YOLO.
Data Analyst, Numbers Inc, 2016 - 2019
- SQL reports in Tableau.

Education
BSc Computer Science, 2016
"""


def test_roles2_an_undated_title_under_experience_counts_as_a_short_job(
    ranked2: Callable[[str], RoleRanking],
) -> None:
    titled = _titled(ranked2(MIXED))
    assert sorted(titled) == ["computer-vision-engineer", "data-analyst", "ml-engineer"]
    cv = titled["computer-vision-engineer"]
    assert cv.titles == ["Computer Vision Engineer, Pixelworks (undated)"]
    # half a year's weight: less than the three dated years as a data analyst
    assert 0 < cv.title_share < titled["data-analyst"].title_share


def test_roles2_a_resume_with_only_undated_jobs_reads_their_titles(
    ranked2: Callable[[str], RoleRanking],
) -> None:
    text = (
        "Sam Lee\n\nExperience\nComputer Vision Engineer, Pixelworks\n"
        "- Trained object detection models with OpenCV.\nData Analyst, Numbers Inc\n"
        "- SQL reports in Tableau.\n\nEducation\nBSc Computer Science\n"
    )
    titled = _titled(ranked2(text))
    assert sorted(titled) == ["computer-vision-engineer", "data-analyst"]
    # the first listed, the latest as resumes list them, counts twice
    assert titled["computer-vision-engineer"].title_share == pytest.approx(2 / 3, abs=0.01)


def test_roles2_titles_outside_experience_or_in_bullets_are_not_jobs(
    ranked2: Callable[[str], RoleRanking],
) -> None:
    text = (
        "Sam Lee\nComputer Vision Engineer\n\nSummary\nData Scientist at heart.\n\n"
        "Experience\nMechanical Engineer, Turbotech, 2016 - present\n"
        "- Worked with the NLP Engineer team on defect reports.\n"
        "* Data Analyst duties: SQL reports.\n"
    )
    assert _titled(ranked2(text)) == {}


def test_roles2_a_long_hostile_leader_title_is_read_fast() -> None:
    """Leader words, spaces and separators repeated over a long line cost no more than plain
    words, for the leader's field and for a field after an occupation."""
    from mlcareer.extract.titles import held_title_roles, led_field_roles
    from mlcareer.taxonomy import load_taxonomy
    from tests.timing import fastest

    names = {r.id: (r.name, r.id, *r.aliases) for r in load_taxonomy().roles.values()}
    hostile = "Engineer - " + " manager of" * 20_000 + " -" * 5_000 + " ,x" * 5_000
    plain = "Engineer " + "word " * (len(hostile) // 5)

    def both(title: str) -> None:
        held_title_roles(title, names)
        led_field_roles(title, names)

    both(plain)
    ratio = fastest(lambda: both(hostile)) / fastest(lambda: both(plain))
    assert ratio < 5
