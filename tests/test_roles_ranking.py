"""`mlcareer roles`: the resume's own job titles and each role's defining skills weigh in the
ranking, not the skills alone (an ML engineer of eleven years was ranked an MLOps engineer
first and an NLP engineer, with no NLP shown, second)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.api import Options, rank_roles
from mlcareer.cli import app
from mlcareer.errors import TaxonomyError
from mlcareer.models import RoleRanking
from mlcareer.taxonomy import load_taxonomy
from tests.conftest import invoke

LEAD = """Priya Raman
Lead Machine Learning Engineer

Experience
Lead Machine Learning Engineer, Acme Corp, 2019 - present
- Led a team of 6 ML engineers building ranking models in PyTorch and deploying them with
  Kubernetes and MLflow.
- Designed feature store on Spark and Airflow; mentored engineers.
Machine Learning Engineer, Beta Inc, 2015 - 2019
- Trained XGBoost and deep learning models; Python, SQL, Docker, AWS SageMaker.

Education
MSc Computer Science, 2015
"""

# One resume per role, each in its own words: the role it should rank first or second
OWN_ROLE = {
    "nlp-engineer": """Tomas Ferreira

Experience
Senior NLP Engineer, Lexica Labs, Mar 2021 - Present
- Built named entity recognition and text classification services with Hugging Face
  Transformers and PyTorch; fine-tuned BERT models for support ticket routing.
NLP Engineer, Wordsmith GmbH, Jan 2018 - Feb 2021
- Trained spaCy pipelines for information extraction from contracts; Python, Docker.

Education
MSc Computational Linguistics, 2017
""",
    "computer-vision-engineer": """Mei Chen

Experience
Computer Vision Engineer, Opticore, 2020 - present
- Trained object detection and image segmentation models (YOLO, Detectron2) for cameras.
- Quantized models with TensorRT for edge devices; C++ and Python; OpenCV preprocessing.
Junior Computer Vision Engineer, SightLab, 2018 - 2020
- Built image classification with convolutional neural networks in PyTorch.

Education
BSc Electrical Engineering, 2018
""",
    "data-scientist": """Ana Kowalska

Experience
Senior Data Scientist, ShopRight, 2020 - present
- Designed and analysed A/B tests for checkout changes; hypothesis testing.
- Built churn models with scikit-learn; SQL on BigQuery; dashboards in Tableau.
Data Scientist, Finlytics, 2017 - 2020
- Statistical modeling and exploratory data analysis in Python (pandas) and R.

Education
MSc Statistics, 2017
""",
    "mlops-engineer": """Jonas Berg

Experience
MLOps Engineer, Streamly, 2021 - present
- Built CI/CD for model training and release with GitHub Actions, Docker and Kubernetes.
- Set up model monitoring and drift detection; MLflow model registry; Terraform on AWS.
DevOps Engineer, Cloudnine, 2017 - 2021
- Managed Kubernetes clusters, Prometheus and Grafana monitoring, Python tooling.

Education
BSc Computer Science, 2017
""",
    "research-scientist": """Dr. Amara Okafor

Experience
Research Scientist, DeepThink AI, 2021 - present
- Proposed new training methods for self-supervised learning; published at NeurIPS and ICML.
- Ran large-scale experiments in PyTorch and JAX on GPU clusters.
Postdoctoral Researcher, University of Toronto, 2019 - 2021
- Research on optimization for deep learning; 6 first-author papers.

Education
PhD Machine Learning, University of Toronto, 2019
""",
    "data-engineer": """Ravi Patel

Experience
Data Engineer, Logix, 2019 - present
- Built ETL pipelines with Airflow and Spark on AWS; Kafka stream processing into Snowflake.
- Data modeling for the data warehouse; dbt, SQL, Python.
Junior Data Engineer, Retailco, 2017 - 2019
- Hadoop and Hive batch jobs; PostgreSQL administration.

Education
BSc Information Systems, 2017
""",
    "ml-engineer": """Laura Gomez
Aspiring machine learning engineer

Experience
Mechanical Engineer, Turbotech, 2016 - present
- Designed turbine parts; wrote Python scripts that predict part failures with scikit-learn.
- Feature engineering on sensor data; cross-validation and model evaluation with ML metrics.
Process Engineer, Steelworks, 2013 - 2016
- Statistical process control and data analysis in Excel.

Education
BEng Mechanical Engineering, 2013
""",
}

SPANISH = """Carlos Ruiz

Experiencia
Ingeniero de Machine Learning, Banco Sur, 2020 - actualidad
- Modelos de riesgo con XGBoost y PyTorch; despliegue con Docker y Kubernetes; MLflow.
Científico de Datos, Telco Uno, 2017 - 2020
- Python, SQL, estadística y pruebas A/B.

Educación
Máster en Ciencia de Datos, 2017
"""

GERMAN = """Lukas Braun

Berufserfahrung
Data Scientist (m/w/d), Versicherung AG, 01/2019 - heute
- Statistische Modelle, A/B-Tests, SQL, Python, pandas, scikit-learn.
Werkstudent Data Analytics, Autohaus GmbH, 04/2017 - 12/2018
- SQL-Berichte und Tableau.

Ausbildung
M.Sc. Statistik, 2018
"""


@pytest.fixture
def ranked(options: Options, write: Callable[[str, str], Path]) -> Callable[[str], RoleRanking]:
    def _ranked(text: str) -> RoleRanking:
        return rank_roles(write("resume.txt", text), options)

    return _ranked


def _ids(ranking: RoleRanking) -> list[str]:
    return [fit.id for fit in ranking.roles]


def test_roles_lead_ml_engineer_ranks_ml_engineer_first(
    ranked: Callable[[str], RoleRanking],
) -> None:
    ranking = ranked(LEAD)
    ids = _ids(ranking)
    assert ids[0] == "ml-engineer", ids
    ml = ranking.roles[0]
    assert ml.titles == [
        "Lead Machine Learning Engineer, Acme Corp (2019 - present)",
        "Machine Learning Engineer, Beta Inc (2015 - 2019)",
    ]
    assert ml.title_points > 0 and ml.score == pytest.approx(ml.skills_score + ml.title_points)


def test_roles_without_their_defining_skill_rank_below_those_with_it(
    ranked: Callable[[str], RoleRanking],
) -> None:
    ranking = ranked(LEAD)
    nlp = next(fit for fit in ranking.roles if fit.id == "nlp-engineer")
    assert nlp.defining_missing == ["Natural language processing"]
    assert nlp.score < nlp.skills_score
    lacking = [fit.defining_missing != [] for fit in ranking.roles]
    assert lacking == sorted(lacking), _ids(ranking)  # every role lacking one comes last
    scores = [fit.score for fit in ranking.roles]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("role", sorted(OWN_ROLE))
def test_roles_each_resume_ranks_its_own_role_first_or_second(
    ranked: Callable[[str], RoleRanking], role: str
) -> None:
    ids = _ids(ranked(OWN_ROLE[role]))
    assert role in ids[:2], ids


def test_roles_a_career_changers_unrelated_titles_give_no_title_points(
    ranked: Callable[[str], RoleRanking],
) -> None:
    """Mechanical and process engineers: no role is named, nor by the headline's wish."""
    ranking = ranked(OWN_ROLE["ml-engineer"])
    assert ranking.roles[0].id == "ml-engineer"
    assert all(fit.title_points == 0 and fit.titles == [] for fit in ranking.roles)


@pytest.mark.parametrize(
    ("text", "role", "title"),
    [
        (SPANISH, "ml-engineer", "Ingeniero de Machine Learning, Banco Sur (2020 - actualidad)"),
        (SPANISH, "data-scientist", "Científico de Datos, Telco Uno (2017 - 2020)"),
        (GERMAN, "data-scientist", "Data Scientist (m/w/d), Versicherung AG (01/2019 - heute)"),
    ],
)
def test_roles_titles_in_other_languages_name_their_role(
    ranked: Callable[[str], RoleRanking], text: str, role: str, title: str
) -> None:
    ranking = ranked(text)
    fit = next(fit for fit in ranking.roles if fit.id == role)
    assert fit.titles == [title]
    assert ranking.roles[0].id == ("data-scientist" if text is GERMAN else "ml-engineer")


def test_roles_the_most_recent_and_longest_title_weighs_most(
    ranked: Callable[[str], RoleRanking],
) -> None:
    """Six years titled ML engineer now outweigh three as a data scientist before."""
    fits = {fit.id: fit for fit in ranked(SPANISH).roles}
    ml, ds = fits["ml-engineer"], fits["data-scientist"]
    assert ml.title_share > ds.title_share > 0
    assert ml.title_share + ds.title_share == pytest.approx(1)


@pytest.mark.parametrize(
    "title",
    [
        "Software Engineer, Vision AI Inc",  # the employer after the comma names no field
        "Mechanical Engineer, Data Scientist Search Ltd",
        "Recruiter for Machine Learning Engineers, Hireco",
        "Chief Executive, NLP Engineer Hub",
        "Engineering Manager, Payments",  # a manager of ML names it: see test_roles2_titles.py
        "Software Engineer (Contract)",
        "Data Science Intern",
        "Sales Engineer (AI products)",
    ],
)
def test_roles_titles_that_name_no_role_held_give_no_title_points(
    ranked: Callable[[str], RoleRanking], title: str
) -> None:
    text = f"Sam Lee\n\nExperience\n{title}, 2018 - present\n- Python and SQL reports.\n"
    ranking = ranked(text)
    named = {fit.id: fit.titles for fit in ranking.roles if fit.titles}
    assert named == {}, title


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Applied Scientist", "research-scientist"),
        ("Staff ML Engineer", "ml-engineer"),
        ("Principal AI Engineer", "ai-engineer"),
        ("Junior Computer Vision Engineer", "computer-vision-engineer"),
        ("ML Platform Engineer", "mlops-engineer"),
        ("Business Intelligence Analyst", "data-analyst"),
        ("Software Engineer (Machine Learning)", "ml-engineer"),
        ("Engineer (Computer Vision)", "computer-vision-engineer"),
        ("Machine Learning Engineer Intern", "ml-engineer"),
        ("Data Scientist II", "data-scientist"),
        ("Científico de Datos Senior", "data-scientist"),
    ],
)
def test_roles_aliases_and_seniority_words_name_the_role(
    ranked: Callable[[str], RoleRanking], title: str, role: str
) -> None:
    text = f"Sam Lee\n\nExperience\n{title}, Someco, 2018 - present\n- Python.\n"
    fits = {fit.id: fit for fit in ranked(text).roles}
    assert fits[role].titles == [f"{title}, Someco (2018 - present)"]
    assert [i for i, fit in fits.items() if fit.titles] == [role]


def test_roles_json_and_terminal_explain_the_title_and_defining_skills(
    write: Callable[[str, str], Path],
) -> None:
    path = write("lead.txt", LEAD)
    data = json.loads(invoke("roles", path, "--format", "json").stdout)
    ml = data["roles"][0]
    assert {"skills_score", "title_points", "title_share", "titles", "defining_missing"} <= set(ml)
    assert {"id", "name", "score", "for", "against", "salary"} <= set(ml)  # as before
    terminal = invoke("roles", path, "--no-color").stdout
    assert "title: Lead Machine Learning Engineer, Acme Corp (2019 - present)" in terminal
    assert "NLP engineer: lacks its defining skill Natural language processing" in terminal


def test_roles_schema_describes_the_ranking() -> None:
    result = CliRunner().invoke(app, ["schema", "roles"])
    assert result.exit_code == 0, result.stderr
    role = json.loads(result.stdout)["$defs"]["RoleFit"]["properties"]
    assert {"title_points", "titles", "defining_missing", "skills_score"} <= set(role)


def test_roles_every_bundled_role_names_its_defining_skills() -> None:
    for role in load_taxonomy().roles.values():
        assert role.defining, role.id
        assert set(role.defining) <= set(role.core) | set(role.preferred), role.id


def test_roles_a_defining_skill_outside_the_role_is_a_taxonomy_error(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "roles:\n"
        "  - {id: my-role, name: Mine, description: d, core: [python], defining: [sql]}\n"
        "  - {id: my-other, name: Other, description: d, core: [python], defining: [nowhere]}\n",
        encoding="utf-8",
    )
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(extra)
    problems = "\n".join(info.value.problems)
    assert "roles[0].defining: 'sql' is not among the role's core or preferred skills" in problems
    assert "roles[1].defining: unknown skill id 'nowhere'" in problems


def test_roles_a_title_joining_two_fields_by_a_slash_names_each(
    ranked: Callable[[str], RoleRanking],
) -> None:
    """ "ML/AI Engineer" is read as ML engineer and AI engineer, not as an AI engineer alone;
    "CI/CD Engineer" names neither."""
    text = "Sam Lee\n\nExperience\nML/AI Engineer, Someco, 2018 - present\n- Python.\n"
    named = [fit.id for fit in ranked(text).roles if fit.titles]
    assert sorted(named) == ["ai-engineer", "ml-engineer"]
    text = "Sam Lee\n\nExperience\nCI/CD Engineer, Someco, 2018 - present\n- Python.\n"
    assert [fit.id for fit in ranked(text).roles if fit.titles] == []


def test_roles_a_long_hostile_title_is_read_fast() -> None:
    """Grades, spaces and separators repeated over a long line cost no more than plain words."""
    from mlcareer.extract.titles import held_title_roles
    from tests.timing import fastest

    names = {r.id: (r.name, r.id, *r.aliases) for r in load_taxonomy().roles.values()}
    hostile = "Engineer" + " ii" * 20_000 + " x" + " ," * 5_000 + " /" * 5_000
    plain = "Engineer " + "word " * (len(hostile) // 5)
    held_title_roles(plain, names)
    ratio = fastest(lambda: held_title_roles(hostile, names)) / fastest(
        lambda: held_title_roles(plain, names)
    )
    assert ratio < 5
