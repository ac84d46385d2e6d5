"""English documents that hold words the French, Spanish, Italian and Portuguese posting rules
read: the possessive of a one-letter language ("C's"), "come", "stage", a language's English
name before an English word that is also a Romance grade, stray words such as "nos" or
"pour", a requisition number and a European-style English posting (small texts written here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.nlp import blank_english
from mlcareer.extract.requirements import _named_level
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _english_posting(*asks: str) -> str:
    items = "".join(f"- {ask}\n" for ask in asks)
    return f"Support Engineer\n\nRequirements\n{items}"


def _asks(profile: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in profile.requirements}


def _unknown_terms(profile: Profile) -> set[str]:
    return {req.jd_text for req in profile.requirements if not req.known}


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("C's", ["C", "'s"]),
        ("Dell's", ["Dell", "'s"]),
        ("All's", ["All", "'s"]),
        ("d'AWS", ["d'", "AWS"]),
        ("dell'SQL", ["dell'", "SQL"]),
        ("l'S3", ["l'", "S3"]),
    ],
)
def test_a_possessive_is_no_elided_article(text: str, tokens: list[str]) -> None:
    assert [token.text for token in blank_english()(text)] == tokens


def test_a_one_letter_language_keeps_its_possessive(profile_of: ProfileOf) -> None:
    profile = profile_of(_english_posting("Proficiency in C's standard library"), "posting")
    assert "c" in _asks(profile)


@pytest.mark.parametrize(
    "line",
    [
        "Years of experience don't come first for us",
        "5 years experience come rain or shine",
    ],
)
def test_the_english_come_names_no_role(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(_english_posting(line, "Python"), "posting")
    assert not [key for key in _asks(profile) if key.startswith("role:")]


@pytest.mark.parametrize(
    "title",
    [
        "Senior ML Engineer (Early Stage - Seed)",
        "Senior Data Engineer – Growth Stage (Series B)",
        "ML Engineer, Late-Stage ML Startup",
        "Senior Engineer, Multi-stage data pipelines",
    ],
)
def test_a_companys_stage_is_no_internship(title: str) -> None:
    assert _named_level(title) != "intern"


@pytest.mark.parametrize(
    "title",
    [
        "Stage - Data Scientist",
        "Stage Data Scientist (6 mois)",
        "Data Scientist - Stage",
        "Data Scientist (Stage)",
        "Stage de fin d'études - Data Analyst",
        "Offre de stage : Data Engineer",
    ],
)
def test_a_french_stage_is_still_an_internship(title: str) -> None:
    assert _named_level(title) == "intern"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Knowledge of French techniques in pastry", "lang-french"),
        ("Experience with French technique", "lang-french"),
        ("Our office is in the Italian alto district", "lang-italian"),
        ("Work with our Spanish medio team", "lang-spanish"),
        ("Familiar with German est. 1990 standards", "lang-german"),
        ("English alto sax player", "lang-english"),
    ],
)
def test_an_english_name_before_an_english_word_asks_no_language(
    profile_of: ProfileOf, line: str, language: str
) -> None:
    assert language not in _asks(profile_of(_english_posting(line), "posting"))


@pytest.mark.parametrize(
    ("ask", "language"),
    [
        ("Anglais technique", "lang-english"),
        ("Inglés avanzado", "lang-english"),
        ("Bon niveau d'anglais", "lang-english"),
        ("Espagnol apprécié", "lang-spanish"),
    ],
)
def test_a_romance_name_is_still_graded(profile_of: ProfileOf, ask: str, language: str) -> None:
    text = f"Data Engineer (H/F)\n\nProfil recherché\n- {ask}\n- Python\n"
    assert language in _asks(profile_of(text, "posting"))


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        (
            "Experience in Instrumentation, Commissioning and Calibration of 20 nos panels",
            {"Instrumentation", "Calibration"},
        ),
        (
            "Hands-on Segmentation and Attribution work con our marketing team",
            {"Segmentation", "Attribution"},
        ),
        ("Knowledge of Fermentation, pour-over Extraction and Filtration", {"Fermentation"}),
        ("Experience with aux loss design, Distillation and Quantization", {"Distillation"}),
    ],
)
def test_an_english_line_with_a_stray_romance_word_keeps_its_terms(
    profile_of: ProfileOf, line: str, terms: set[str]
) -> None:
    assert terms <= _unknown_terms(profile_of(_english_posting(line), "posting"))


@pytest.mark.parametrize("label", ["Requisition ID:", "Job Requisition Number:"])
def test_a_requisition_number_opens_no_requirements(profile_of: ProfileOf, label: str) -> None:
    text = (
        f"Data Scientist\n\n{label}\nR-10442\n\nOur team uses Python every day.\n\n"
        "Responsibilities\n- Build forecasting models\n\nRequirements\n- SQL\n"
    )
    profile = profile_of(text, "posting")
    assert "requirements" not in [s.name for s in profile.sections[:1]]
    assert "R-10442" not in _unknown_terms(profile)


@pytest.mark.parametrize(
    "heading",
    [
        "Requisitos para el puesto:",
        "Requisiti per la posizione:",
        "Les compétences requises pour ce poste :",
        "Prérequis techniques :",
    ],
)
def test_a_romance_list_opener_still_asks(profile_of: ProfileOf, heading: str) -> None:
    text = f"Data Engineer\n\nResponsibilities\n- Build pipelines\n\n{heading}\n- Python\n- SQL\n"
    assert _asks(profile_of(text, "posting"))["python"] == "required"


def test_an_english_postings_profile_asks_beside_its_missions(profile_of: ProfileOf) -> None:
    text = (
        "Senior Machine Learning Engineer\n\nMissions\n- Deploy models with PyTorch\n\n"
        "Profile\n- 5+ years of experience with Python and C\n- Spark is a plus\n\n"
        "Benefits\n- Remote work\n"
    )
    asks = _asks(profile_of(text, "posting"))
    assert asks["python"] == "required"
    assert asks["c"] == "required"
    assert asks["apache-spark"] == "preferred"


@pytest.mark.parametrize(
    "ask",
    [
        "Maîtrise parfaite de Python",
        "Maîtrise avancée de SQL et de Spark",
        "Maîtrise indispensable de Docker",
        "Maîtrise opérationnelle d'Airflow",
        "Maîtrise et pratique de Python",
        "Maîtrise : Python, SQL",
    ],
)
def test_a_graded_mastery_of_a_tool_is_no_masters_degree(profile_of: ProfileOf, ask: str) -> None:
    text = f"Data Engineer (H/F)\n\nProfil recherché\n- {ask}\n- Python\n"
    assert profile_of(text, "posting").posting.degree_required is None


@pytest.mark.parametrize(
    "ask",
    [
        "Maîtrise ès sciences en informatique",
        "Maîtrise (M. Sc.) en génie logiciel",
        "Maîtrise universitaire en statistique",
    ],
)
def test_a_maitrise_naming_its_field_is_a_masters(profile_of: ProfileOf, ask: str) -> None:
    text = f"Data Engineer (H/F)\n\nProfil recherché\n- {ask}\n- Python\n"
    assert profile_of(text, "posting").posting.degree_required == "master"


def test_a_maitrise_at_a_university_in_a_cv_is_a_masters(profile_of: ProfileOf) -> None:
    cv = (
        "Camille Tremblay\ncamille@example.ca\n\nFormation\nMaîtrise, Université Laval, 2015\n\n"
        "Expérience\nAnalyste de données, Acme\n2016 - 2023\n- Tableaux de bord\n"
    )
    assert profile_of(cv, doc_type="resume").education.highest == "master"


@pytest.mark.parametrize(
    "ask",
    [
        "Con más de 3 años de experiencia en Python",
        "Entre 2 y 4 años de experiencia en Python",
        "Âge minimum : 18 ans",
    ],
)
def test_a_romance_items_opening_is_no_term(profile_of: ProfileOf, ask: str) -> None:
    text = f"Data Engineer\n\nRequisitos\n- {ask}\n- Python\n"
    assert _unknown_terms(profile_of(text, "posting")) == set()


@pytest.mark.parametrize(
    "ask",
    [
        "Età compresa tra 18 e 29 anni (apprendistato)",
        "Âge minimum : 18 ans",
        "Menores de 30 años inscritos en Garantía Juvenil",
    ],
)
def test_an_age_asks_no_years(profile_of: ProfileOf, ask: str) -> None:
    text = f"Data Engineer\n\nRequisitos\n- {ask}\n- Python\n"
    assert profile_of(text, "posting").posting.years_required is None


@pytest.mark.parametrize(
    "ask",
    [
        "Python indispensable",
        "Python (excluyente)",
        "Conoscenza di Python indispensabile",
        "È fondamentale la conoscenza di Python",
        "Python imprescindível",
        "Maîtrise de Python essentielle",
    ],
)
def test_a_romance_must_requires_in_a_wish_list(profile_of: ProfileOf, ask: str) -> None:
    text = f"Data Engineer\n\nAtouts\n- {ask}\n- Kafka\n"
    asks = _asks(profile_of(text, "posting"))
    assert asks["python"] == "required"
    assert asks["kafka"] == "preferred"


@pytest.mark.parametrize(
    ("title", "role", "level"),
    [
        ("Cientista de Dados Sênior", "data-scientist", "senior"),
        ("Engenheiro de Dados Júnior", "data-engineer", "entry"),
        ("Analista de Dados Pleno", "data-analyst", "mid"),
        ("Data Engineer Semi Senior", "data-engineer", "mid"),
        ("Ingeniero/a de Datos Semi-Senior", "data-engineer", "mid"),
        ("Ingénieur·e Data", "data-engineer", None),
    ],
)
def test_romance_ranks_and_inclusive_titles(
    profile_of: ProfileOf, title: str, role: str, level: str | None
) -> None:
    posting = profile_of(f"{title}\n\nRequisitos\n- Python\n", "posting").posting
    assert (posting.role, posting.level) == (role, level)


@pytest.mark.parametrize(
    "line",
    ["Erfahrung mit Kunden in Italien", "Erfahrung im Vertrieb in Deutschland und Italien"],
)
def test_the_german_name_of_italy_is_no_language(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Analyst (m/w/d)\n\nDein Profil\n- {line}\n- Python\n"
    assert "lang-italian" not in _asks(profile_of(text, "posting"))


def test_a_french_italien_is_still_the_language(profile_of: ProfileOf) -> None:
    text = "Data Analyst (H/F)\n\nProfil recherché\n- Italien courant\n- Python\n"
    assert "lang-italian" in _asks(profile_of(text, "posting"))


@pytest.mark.parametrize(
    "title",
    [
        "Ingénieur en traitement du langage naturel (H/F)",
        "Ingeniero/a de Procesamiento de Lenguaje Natural",
        "Ingegnere di elaborazione del linguaggio naturale",
    ],
)
def test_a_romance_nlp_title_names_its_role(profile_of: ProfileOf, title: str) -> None:
    posting = profile_of(f"{title}\n\nRequisitos\n- Python\n", "posting").posting
    assert posting.role == "nlp-engineer"


@pytest.mark.parametrize(
    "ask",
    ["Se valoran conocimientos de Kafka", "Se valorarán conocimientos de Kafka"],
)
def test_the_spanish_plural_wish_prefers(profile_of: ProfileOf, ask: str) -> None:
    text = f"Data Engineer\n\nRequisitos\n- Python\n- {ask}\n"
    assert _asks(profile_of(text, "posting"))["kafka"] == "preferred"


def test_the_spanish_plural_wish_heading_opens_the_wishes(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequisitos\n- Python\n\nSe valoran\n- Kafka\n"
    profile = profile_of(text, "posting")
    assert [s.name for s in profile.sections] == ["requirements", "preferred"]
    assert _asks(profile)["kafka"] == "preferred"


@pytest.mark.parametrize(
    "ask",
    ["Anglais lu, écrit, parlé", "Inglés hablado y escrito", "Inglese scritto e parlato"],
)
def test_the_skills_a_romance_language_is_read_in_are_no_terms(
    profile_of: ProfileOf, ask: str
) -> None:
    profile = profile_of(f"Data Analyst\n\nRequisitos\n- Python\n- {ask}\n", "posting")
    assert "lang-english" in _asks(profile)
    assert _unknown_terms(profile) == set()


@pytest.mark.parametrize(
    ("ask", "grade"),
    [
        ("Inglés (avanzado)", "C1"),
        ("Inglés (nivel alto)", "C1"),
        ("Inglés: nivel avanzado", "C1"),
        ("Inglés nivel B2", "B2"),
        ("Inglese livello C1", "C1"),
        ("Inglês nível B2", "B2"),
        ("English level B2", "B2"),
    ],
)
def test_a_graded_romance_language_is_asked_with_its_grade(
    profile_of: ProfileOf, ask: str, grade: str
) -> None:
    profile = profile_of(f"Data Analyst\n\nRequisitos\n- Python\n- {ask}\n", "posting")
    english = next(req for req in profile.requirements if req.id == "lang-english")
    assert english.grade == grade
    assert _unknown_terms(profile) == set()
