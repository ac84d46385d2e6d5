"""Job postings written in French, Spanish, Italian and Portuguese (Welcome to the Jungle,
Indeed, InfoJobs and LinkedIn style), on small texts written here: the document is read as a
posting, its headings open the posting's sections, and its years, degree, spoken languages
and wishes are read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.foreign import in_another_language
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

FRENCH = """Data Scientist (H/F)
Nantes - CDI - Télétravail partiel

Qui sommes-nous ?
Une PME de la logistique qui prévoit les flux de 40 entrepôts.

Vos missions
- Construire des modèles de prévision en Python et les déployer avec Docker

Profil recherché
- Maîtrise de Python et de SQL
- Une expérience avec Spark serait un plus

Ce que nous offrons
- 45 - 55 k€ brut annuel, tickets restaurant et formation Kubernetes
"""

SPANISH = """Data Engineer - Valencia

Sobre nosotros
Somos una empresa de reparto con 150 empleados.

Funciones
- Mantener los flujos de datos con Airflow y Docker

Requisitos
- Dominio de Python y SQL

Se valorará
- Experiencia con Kafka

¿Qué ofrecemos?
- Contrato indefinido, jornada completa y formación en Kubernetes
"""


def _asks(profile: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in profile.requirements}


@pytest.mark.parametrize("text", [FRENCH, SPANISH])
def test_a_romance_posting_reads_as_a_posting(shared_profile_of: ProfileOf, text: str) -> None:
    assert shared_profile_of(text).doc_type == "posting"


def test_french_headings_open_the_postings_sections(shared_profile_of: ProfileOf) -> None:
    profile = shared_profile_of(FRENCH)
    assert [section.name for section in profile.sections] == [
        "company",
        "responsibilities",
        "requirements",
        "benefits",
    ]
    asks = _asks(profile)
    assert asks["python"] == "required"
    assert asks["sql"] == "required"
    assert asks["docker"] == "mentioned"
    assert "kubernetes" not in asks  # what the employer offers asks nothing


def test_spanish_headings_open_the_postings_sections(shared_profile_of: ProfileOf) -> None:
    profile = shared_profile_of(SPANISH)
    assert [section.name for section in profile.sections] == [
        "company",
        "responsibilities",
        "requirements",
        "preferred",
        "benefits",
    ]
    asks = _asks(profile)
    assert asks["python"] == "required"
    assert asks["kafka"] == "preferred"
    assert "kubernetes" not in asks


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Qui sommes-nous ?", "company"),
        ("Qui sommes-nous?", "company"),
        ("À propos de nous", "company"),
        ("Description du poste", "about"),
        ("Vos missions", "responsibilities"),
        ("Missions", "responsibilities"),
        ("Tes missions", "responsibilities"),
        ("Responsabilités", "responsibilities"),
        ("Profil recherché", "requirements"),
        ("Votre profil", "requirements"),
        ("Profil", "requirements"),  # a summary in a CV
        ("Compétences requises", "requirements"),
        ("Qualifications souhaitées", "preferred"),
        ("Les plus", "preferred"),
        ("Atouts", "preferred"),
        ("Ce que nous offrons", "benefits"),
        ("Avantages", "benefits"),
        ("Pourquoi nous rejoindre ?", "benefits"),
        ("Sobre nosotros", "company"),
        ("¿Quiénes somos?", "company"),
        ("Descripción del puesto", "about"),
        ("Funciones", "responsibilities"),
        ("Responsabilidades", "responsibilities"),
        ("Requisitos", "requirements"),
        ("Requisitos mínimos", "requirements"),
        ("Requisitos excluyentes", "requirements"),
        ("Conocimientos técnicos", "requirements"),
        ("¿Qué buscamos?", "requirements"),
        ("Requisitos deseados", "preferred"),
        ("Se valorará", "preferred"),
        ("Valorable", "preferred"),
        ("Deseable", "preferred"),
        ("Qué ofrecemos", "benefits"),
        ("Ofrecemos", "benefits"),
        ("Beneficios", "benefits"),
        ("Chi siamo", "company"),
        ("Requisiti", "requirements"),
        ("Costituisce titolo preferenziale", "preferred"),
        ("Cosa offriamo", "benefits"),
        ("Sobre nós", "company"),
        ("Valorizamos", "preferred"),
        ("O que oferecemos", "benefits"),
    ],
)
def test_each_romance_heading_names_its_section(
    profile_of: ProfileOf, heading: str, name: str
) -> None:
    text = f"Data Engineer (H/F)\n\n{heading}\n- Python\n"
    profile = profile_of(text, doc_type="posting")
    assert [section.name for section in profile.sections] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # no heading the tables know: the words of the ask and the offer tell
        "Data Engineer\n\nBuscamos una persona con experiencia en Python y SQL.\n"
        "Ofrecemos contrato indefinido y teletrabajo.\n",
        "Data Engineer\n\nNous recherchons une personne qui maîtrise Python et SQL.\n"
        "Nous offrons un CDI et du télétravail.\n",
        "Data Engineer\n\nCerchiamo una persona con esperienza in Python e SQL.\n"
        "Offriamo un contratto a tempo indeterminato.\n",
    ],
)
def test_a_romance_posting_without_headings_reads_as_a_posting(
    profile_of: ProfileOf, text: str
) -> None:
    assert profile_of(text).doc_type == "posting"


@pytest.mark.parametrize(
    "cv",
    [
        "Camille Martin\ncamille@example.fr\n\nExpérience professionnelle\nData Scientist, Acme\n"
        "2019 - aujourd'hui\n- Modèles de prévision en Python\n\nFormation\n"
        "Master en informatique, Université de Lyon, 2018\n",
        "Lucía García\nlucia@example.es\n\nExperiencia profesional\nData Engineer, Acme\n"
        "2020 - actualidad\n- Flujos de datos con Airflow\n\nFormación\n"
        "Grado en Ingeniería Informática, UPV, 2019\n",
    ],
)
def test_a_romance_cv_stays_a_resume(profile_of: ProfileOf, cv: str) -> None:
    assert profile_of(cv).doc_type == "resume"


def test_a_bilingual_posting_reads_its_headings_in_both_languages(
    profile_of: ProfileOf,
) -> None:
    text = (
        "ML Engineer (H/F)\n\nAbout us / Qui sommes-nous ?\nA Lyon start-up.\n\n"
        "Your missions\n- Serve models with Kubernetes\n\nProfil recherché\n- Python\n\n"
        "Requisitos\n- SQL\n\nCe que nous offrons\n- BSPCE\n"
    )
    profile = profile_of(text)
    assert [section.name for section in profile.sections] == [
        "company",
        "responsibilities",
        "requirements",
        "requirements",
        "benefits",
    ]
    assert _asks(profile)["kubernetes"] == "mentioned"


@pytest.mark.parametrize(
    ("opener", "name"),
    [
        ("Idéalement, vous avez :", "preferred"),
        ("Ce serait un plus si tu as :", "preferred"),
        ("Se valorará positivamente:", "preferred"),
        ("Nous recherchons une personne avec :", "requirements"),
        ("Buscamos a alguien con:", "requirements"),
        ("Nous vous offrons :", "benefits"),
        ("Te ofrecemos:", "benefits"),
    ],
)
def test_a_romance_list_opener_opens_its_section(
    profile_of: ProfileOf, opener: str, name: str
) -> None:
    text = f"Data Engineer (H/F)\n\nVos missions\n- Construire des flux\n\n{opener}\n- Python\n"
    profile = profile_of(text, doc_type="posting")
    assert [section.name for section in profile.sections][-1] == name


@pytest.mark.parametrize(
    ("line", "skill", "written"),
    [
        ("Bonne connaissance d'AWS", "aws", "AWS"),
        ("Maîtrise d’Airflow et de Docker", "airflow", "Airflow"),
        ("Expérience de l'écosystème d'Hadoop", "hadoop", "Hadoop"),
        ("Conoscenza dell'SQL", "sql", "SQL"),
        ("Usage quotidien d'Excel", "excel", "Excel"),
    ],
)
def test_an_elided_article_is_set_apart_from_the_skill(
    profile_of: ProfileOf, line: str, skill: str, written: str
) -> None:
    text = f"Data Engineer (H/F)\n\nProfil recherché\n- {line}\n- Python\n"
    profile = profile_of(text, doc_type="posting")
    hit = next(hit for hit in profile.skills if hit.id == skill)
    mention = hit.mentions[0]
    assert profile.text[mention.start : mention.end] == written
    assert not [req.jd_text for req in profile.requirements if "'" in req.jd_text]


@pytest.mark.parametrize(
    "line",
    [
        "Experiencia con Spark",
        "Connaissance de Spark",
        "Conoscenza di Spark",
        "Experiência com Spark",
    ],
)
def test_a_guarded_name_asked_after_a_romance_preposition_is_the_skill(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Data Engineer (H/F)\n\nProfil recherché\n- {line}\n- Python\n"
    profile = profile_of(text, doc_type="posting")
    assert "apache-spark" in _asks(profile)


def _posting(*asks: str) -> str:
    items = "".join(f"- {ask}\n" for ask in asks)
    return f"Data Engineer (H/F)\n\nProfil recherché\n{items}\nAvantages\n- Mutuelle\n"


@pytest.mark.parametrize(
    ("ask", "years"),
    [
        ("Au moins 3 ans d'expérience en data science", 3.0),
        ("Minimum 2 ans d’expérience en ingénierie de données", 2.0),
        ("5 ans d'expérience minimum en recherche", 5.0),
        ("De 3 à 5 ans d'expérience sur un poste similaire", 3.0),
        ("4 années d'expérience en développement", 4.0),
        ("Al menos 3 años de experiencia en ciencia de datos", 3.0),
        ("Experiencia mínima de 2 años como ML Engineer", 2.0),
        ("Más de 4 años de experiencia en DevOps", 4.0),
        ("Entre 2 y 4 años de experiencia con Python", 2.0),
        ("Almeno 3 anni di esperienza come Data Engineer", 3.0),
        ("Pelo menos 3 anos de experiência em ciência de dados", 3.0),
    ],
)
def test_romance_years_of_experience_are_asked(
    profile_of: ProfileOf, ask: str, years: float
) -> None:
    assert profile_of(_posting(ask, "Python")).posting.years_required == years


@pytest.mark.parametrize(
    "ask",
    [
        "Être âgé de 18 ans minimum",
        "Mayor de 18 años",
        "Rejoindre une équipe fondée il y a 12 ans",
        "Una empresa que existe desde hace 20 años",
    ],
)
def test_other_romance_spans_of_years_ask_no_experience(profile_of: ProfileOf, ask: str) -> None:
    assert profile_of(_posting(ask, "Python")).posting.years_required is None


def test_years_in_english_stay_as_they_were(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- 3 to 5 years of experience with Python\n"
    assert profile_of(text).posting.years_required == 3.0


@pytest.mark.parametrize(
    ("ask", "degree"),
    [
        ("Bac+5 en informatique, mathématiques ou statistiques", "master"),
        ("Formation Bac +5 (école d'ingénieur ou université)", "master"),
        ("Diplômé(e) d'une école d'ingénieur", "master"),
        ("Diplôme Bac+3 minimum en informatique", "bachelor"),
        ("Bac+3/5 en informatique ou équivalent", "bachelor"),
        ("Bac+2 en informatique (BTS, DUT)", "associate"),
        ("Maîtrise en informatique ou domaine connexe", "master"),
        ("Baccalauréat en génie logiciel", "bachelor"),  # a Quebec first degree
        ("Doctorat en apprentissage automatique", "phd"),
        ("Grado en Ingeniería Informática, Matemáticas o Estadística", "bachelor"),
        ("Máster en Inteligencia Artificial", "master"),
        ("Formación universitaria en Estadística o similar", "bachelor"),
        ("Titulación universitaria en Informática", "bachelor"),
        ("Doctorado en aprendizaje automático", "phd"),
        ("Laurea Magistrale in Ingegneria Informatica", "master"),
        ("Mestrado em Ciência de Dados", "master"),
    ],
)
def test_romance_degrees_are_asked(profile_of: ProfileOf, ask: str, degree: str) -> None:
    assert profile_of(_posting(ask, "Python")).posting.degree_required == degree


@pytest.mark.parametrize(
    "ask",
    [
        "Maîtrise de Python et de SQL",
        "Excellente maîtrise de SQL",
        "Bonne maîtrise de l'anglais",
        "Parfaite maîtrise des outils de BI",
        "Maîtrise d'Excel",
    ],
)
def test_mastery_of_a_tool_is_no_masters_degree(profile_of: ProfileOf, ask: str) -> None:
    assert profile_of(_posting(ask, "Python")).posting.degree_required is None


def test_mastery_of_a_tool_in_a_french_cv_is_no_degree(profile_of: ProfileOf) -> None:
    cv = (
        "Camille Martin\ncamille@example.fr\n\nCompétences\nMaîtrise de Python et de SQL\n\n"
        "Expérience professionnelle\nData Analyst, Acme\n2019 - 2023\n- Tableaux de bord\n"
    )
    profile = profile_of(cv, doc_type="resume")
    assert profile.education.highest is None


@pytest.mark.parametrize(
    ("ask", "skill"),
    [
        ("Une expérience avec Kafka serait un plus", "kafka"),
        ("Connaissance de Kafka appréciée", "kafka"),
        ("Idéalement, une expérience avec TensorFlow", "tensorflow"),
        ("Expérience avec AWS, idéalement", "aws"),
        ("Docker est un atout", "docker"),
        ("De préférence une expérience avec Airflow", "airflow"),
        ("Conocimiento de Tableau (valorable)", "tableau"),
        ("Se valorará experiencia con Kafka", "kafka"),
        ("Experiencia con Terraform deseable", "terraform"),
        ("Preferiblemente experiencia con Airflow", "airflow"),
        ("Esperienza con Databricks gradita", "databricks"),
        ("Conoscenza di Docker preferibile", "docker"),
        ("Experiência com Azure é uma mais-valia", "azure"),
        ("Conhecimentos de Docker (desejável)", "docker"),
        ("Une première expérience en deep learning", "deep-learning"),
        ("Una primera experiencia con PyTorch", "pytorch"),
    ],
)
def test_romance_wishes_prefer(profile_of: ProfileOf, ask: str, skill: str) -> None:
    asks = _asks(profile_of(_posting(ask, "Python")))
    assert asks[skill] == "preferred"
    assert asks["python"] == "required"


@pytest.mark.parametrize(
    "ask",
    ["Maîtrise de SQL obligatoire", "Experiencia con SQL imprescindible", "SQL richiesto"],
)
def test_romance_musts_require_in_a_wish_list(profile_of: ProfileOf, ask: str) -> None:
    text = f"Data Engineer (H/F)\n\nAtouts\n- {ask}\n- Kafka\n"
    asks = _asks(profile_of(text, doc_type="posting"))
    assert asks["sql"] == "required"
    assert asks["kafka"] == "preferred"


def _languages(profile: Profile) -> dict[str, tuple[str, str | None]]:
    return {
        req.id: (req.importance, req.grade)
        for req in profile.requirements
        if req.id.startswith("lang-")
    }


@pytest.mark.parametrize(
    ("ask", "languages"),
    [
        ("Anglais courant", {"lang-english": ("required", "C1")}),
        ("Tu parles anglais couramment", {"lang-english": ("required", "C1")}),
        ("Bon niveau d'anglais", {"lang-english": ("required", "B2")}),
        (
            "Français et anglais courants",
            {"lang-french": ("required", "C1"), "lang-english": ("required", "C1")},
        ),
        (
            "Bilingue français et anglais",
            {"lang-french": ("required", "C2"), "lang-english": ("required", "C2")},
        ),
        (
            "Anglais professionnel, espagnol apprécié",
            {"lang-english": ("required", "B2"), "lang-spanish": ("preferred", None)},
        ),
        ("Maîtrise de la langue anglaise", {"lang-english": ("required", None)}),
        ("Inglés avanzado (B2/C1)", {"lang-english": ("required", "C1")}),
        ("Nivel de inglés alto (C1)", {"lang-english": ("required", "C1")}),
        ("Inglés intermedio-avanzado", {"lang-english": ("required", "B2")}),
        (
            "Inglés avanzado y español nativo",
            {"lang-english": ("required", "C1"), "lang-spanish": ("required", "C2")},
        ),
        ("Ottima conoscenza dell'inglese", {"lang-english": ("required", "C1")}),
        ("Conoscenza della lingua inglese", {"lang-english": ("required", None)}),
        ("Inglês fluente", {"lang-english": ("required", "C1")}),
    ],
)
def test_romance_language_asks_are_read_with_their_grades(
    profile_of: ProfileOf, ask: str, languages: dict[str, tuple[str, str | None]]
) -> None:
    profile = profile_of(_posting(ask, "Python"))
    assert _languages(profile) == languages
    assert [req.jd_text for req in profile.requirements if not req.known] == []


def test_a_language_named_in_french_matches_the_resumes_english_name(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "Experience\nData Scientist, Acme\nJan 2020 - Present\n- Built models in Python\n\n"
        "Languages\nFrench (native), English (B1)\n",
        doc_type="resume",
    )
    posting = profile_of(_posting("Anglais courant", "Python"))
    report = compare(resume, posting, options)
    english = next(m for m in [*report.matched, *report.missing] if m.id == "lang-english")
    assert english.detail == "shows B1, asks C1"
    assert english.jd_text == "Anglais"


def _unknown_terms(profile: Profile) -> set[str]:
    return {req.jd_text for req in profile.requirements if not req.known}


@pytest.mark.parametrize(
    "ask",
    [
        "Au moins 3 ans d'expérience en data science",
        "Más de 2 años de experiencia en análisis de datos",
        "Experiencia mínima de 2 años en ciencia de datos",
        "Almeno 3 anni di esperienza in Python",
        "Pelo menos 3 anos de experiência em Python",
        "Idéalement, une expérience avec TensorFlow",
        "Esprit d'équipe, rigueur et curiosité",
        "Formación universitaria en Estadística, Economía o similar",
        "Bac+5 en informatique ou école d'ingénieur",
    ],
)
def test_romance_common_words_are_no_terms(profile_of: ProfileOf, ask: str) -> None:
    assert _unknown_terms(profile_of(_posting(ask, "Docker"))) == set()


@pytest.mark.parametrize(
    ("ask", "names"),
    [
        ("Expérience avec Zorblex et Quintor", {"Zorblex", "Quintor"}),
        ("Publications à NeurIPS ou ICML appréciées", {"NeurIPS", "ICML"}),
        ("Conocimientos de Zorblex K7", {"Zorblex K7"}),
        ("Zorblex serait un plus", {"Zorblex"}),
    ],
)
def test_names_on_a_romance_line_are_still_terms(
    profile_of: ProfileOf, ask: str, names: set[str]
) -> None:
    assert names <= _unknown_terms(profile_of(_posting(ask, "Python")))


@pytest.mark.parametrize(
    ("ask", "role"),
    [
        ("Almeno 3 anni di esperienza come Data Engineer", "Data Engineer"),
        ("Experiencia mínima de 2 años como ML Engineer", "ML Engineer"),
        ("3 ans d'expérience en tant que Data Scientist", "Data Scientist"),
    ],
)
def test_time_in_a_role_is_asked_in_romance_words(
    profile_of: ProfileOf, ask: str, role: str
) -> None:
    assert _unknown_terms(profile_of(_posting(ask, "Python"))) == {role}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Experience with Frobnic at the Université de Montréal", "Frobnic"),
        ("Experience with Brontil at Banco del Sol", "Brontil"),
        ("Experience with Holdwin, the Acción dashboard suite", "Holdwin"),
    ],
)
def test_an_english_line_with_romance_words_keeps_its_terms(
    profile_of: ProfileOf, line: str, name: str
) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert name in _unknown_terms(profile_of(text))


@pytest.mark.parametrize(
    ("ask", "skill"),
    [
        ("Expérience en apprentissage automatique", "machine-learning"),
        ("Maîtrise de l'apprentissage profond", "deep-learning"),
        ("Projets de traitement du langage naturel", "natural-language-processing"),
        ("Vision par ordinateur appréciée", "computer-vision"),
        ("Connaissance de l'IA générative", "generative-ai"),
        ("Experiencia en aprendizaje automático", "machine-learning"),
        ("Conocimientos de procesamiento del lenguaje natural", "natural-language-processing"),
        ("Experiencia en visión por computador", "computer-vision"),
        ("Formación en inteligencia artificial", "artificial-intelligence"),
        ("Esperienza in apprendimento automatico", "machine-learning"),
        ("Experiência em aprendizado de máquina", "machine-learning"),
        ("Experiência em ciência de dados", "data-science"),
    ],
)
def test_romance_names_of_ml_fields_are_skills(profile_of: ProfileOf, ask: str, skill: str) -> None:
    profile = profile_of(_posting(ask, "Python"))
    assert skill in _asks(profile)
    assert _unknown_terms(profile) == set()


def test_a_french_ask_matches_an_english_resume(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of(
        "Experience\nML Engineer, Acme\nJan 2020 - Present\n"
        "- Trained machine learning models for natural language processing in Python\n",
        doc_type="resume",
    )
    posting = profile_of(
        _posting("Expérience en apprentissage automatique et traitement du langage naturel")
    )
    report = compare(resume, posting, options)
    matched = {m.id for m in report.matched}
    assert {"machine-learning", "natural-language-processing"} <= matched


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Ingénieur Machine Learning (H/F)", "ml-engineer"),
        ("Stage - Ingénieur(e) en apprentissage automatique (F/H)", "ml-engineer"),
        ("Ingénieur Data (H/F) - CDI", "data-engineer"),
        ("Ingénieur MLOps (H/F)", "mlops-engineer"),
        ("Ingénieur en vision par ordinateur (H/F)", "computer-vision-engineer"),
        ("Analyste de données (H/F)", "data-analyst"),
        ("Chercheur en apprentissage automatique (H/F)", "research-scientist"),
        ("Ingeniero/a de Machine Learning", "ml-engineer"),
        ("Ingeniero de Datos - Madrid", "data-engineer"),
        ("Analista de Datos (Barcelona)", "data-analyst"),
        ("Científico de Datos", "data-scientist"),
        ("Científico/a de Datos Senior - Bogotá", "data-scientist"),
        ("Cientista de Dados (Lisboa)", "data-scientist"),
        ("Ingegnere dei dati", "data-engineer"),
    ],
)
def test_a_romance_title_names_its_role(profile_of: ProfileOf, title: str, role: str) -> None:
    text = f"{title}\n\nProfil recherché\n- Python\n"
    assert profile_of(text, doc_type="posting").posting.role == role


@pytest.mark.parametrize(
    "title",
    [
        "Stage - Ingénieur Machine Learning (F/H)",
        "Stage (6 mois) - Data Scientist",
        "Data Scientist en alternance (H/F)",
        "Stagiaire Data Analyst (H/F)",
        "Prácticas - Data Scientist",
        "Becario/a de Data Science",
        "Stage Data Engineer - Tirocinio",
        "Estágio em Ciência de Dados",
    ],
)
def test_a_romance_internship_title_is_an_intern_level(profile_of: ProfileOf, title: str) -> None:
    text = f"{title}\n\nProfil recherché\n- Python\n"
    assert profile_of(text, doc_type="posting").posting.level == "intern"


def test_an_english_stage_is_no_internship(profile_of: ProfileOf) -> None:
    text = "Stage Manager\n\nRequirements\n- Python\n"
    assert profile_of(text, doc_type="posting").posting.level is None


@pytest.mark.parametrize(
    "field",
    [
        "Type d'emploi : Temps plein, CDI",
        "Salaire : 45 000,00€ à 55 000,00€ par an",
        "Lieu du poste : Télétravail hybride (75008 Paris)",
        "Tipo de puesto: Jornada completa, Indefinido",
        "Lugar de trabajo: Empleo presencial en Sevilla",
        "Tipo di contratto: Tempo indeterminato",
        "Local de trabalho: Lisboa",
    ],
)
def test_a_job_boards_romance_fields_ask_nothing(profile_of: ProfileOf, field: str) -> None:
    text = f"Data Engineer (H/F)\n\nProfil recherché\n- Python\n{field}\n"
    assert _unknown_terms(profile_of(text, doc_type="posting")) == set()


ENGLISH_RESUME = (
    "Experience\nML Engineer, Acme\nJan 2020 - Present\n"
    "- Trained NLP models in Python and served them with Docker\n"
)


def test_an_english_resume_is_not_told_to_use_a_spanish_postings_words(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(ENGLISH_RESUME, doc_type="resume")
    posting = profile_of(
        "Ingeniero/a de Machine Learning\n\nRequisitos\n"
        "- Experiencia en procesamiento de lenguaje natural\n- Dominio de Python y Docker\n"
        "- Al menos 2 años de experiencia con modelos en producción\n"
    )
    report = compare(resume, posting, options)
    assert "natural-language-processing" in {m.id for m in report.matched}
    assert [s.message for s in report.suggestions if s.kind == "use-their-term"] == []


def test_an_english_posting_still_gives_its_words(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of(ENGLISH_RESUME, doc_type="resume")
    posting = profile_of(
        "ML Engineer\n\nRequirements\n- Experience in natural language processing\n- Python\n"
    )
    report = compare(resume, posting, options)
    assert [s.kind for s in report.suggestions].count("use-their-term") == 1


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("Requisitos\n- Experiencia con Python\n- Dominio de SQL\n", True),
        ("Profil recherché\n- Maîtrise de Python\n- Une expérience avec Spark\n", True),
        ("Requirements\n- Python\n- SQL\n", False),
        # a flattened English resume: one long line that holds "pour" is no French document
        ("Skills Python SQL Projects Built a pour-over coffee app with Flask and Docker\n", False),
    ],
)
def test_a_document_in_another_language_is_told_apart(text: str, foreign: bool) -> None:
    assert in_another_language(text) is foreign
