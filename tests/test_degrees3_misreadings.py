"""Degrees read wrongly before: Brazilian, French, German, Italian, Dutch and Latin American
degree names, a degree's bracket restating it, and doctoral titles and supervisors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.education import degree_in_line
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _read(profile_of: ProfileOf, education: str) -> list[tuple[str, bool]]:
    """Each degree of a resume's education section: (level, in progress)."""
    text = f"Ana Souza\n\nEducation\n{education}\n\nSkills\nPython, SQL\n"
    degrees = profile_of(text, doc_type="resume").education.degrees
    return [(d.level, d.in_progress) for d in degrees]


@pytest.mark.parametrize(
    ("education", "read"),
    [
        # a Brazilian technologist's degree, two to three years of higher education
        (
            "Tecnólogo em Análise e Desenvolvimento de Sistemas, FATEC São Paulo, 2018",
            [("associate", False)],
        ),
        ("Tecnóloga em Ciência de Dados, Universidade Mackenzie, 2020", [("associate", False)]),
        # a specialisation after a bachelor's (lato sensu): it shows the bachelor's held
        (
            "Pós-graduação lato sensu em Ciência de Dados, PUC Minas, 2021",
            [("bachelor", False)],
        ),
        ("Pós-Graduação em Engenharia de Software, Unicamp, 2019", [("bachelor", False)]),
        ("Pos-graduacao em Inteligencia Artificial, FIAP, 2022", [("bachelor", False)]),
        # ... a stricto sensu one is a master's (or a doctorate) programme
        ("Pós-graduação stricto sensu em Computação, UFRJ, 2020", [("master", False)]),
        # French two-year degrees, and the licence's third year that completes it
        ("DUT Informatique, IUT de Lannion, 2016", [("associate", False)]),
        ("BTS SIO, Lycée Jean Jaurès, 2017", [("associate", False)]),
        ("BTS Systèmes Numériques, 2014", [("associate", False)]),
        ("Licence 3 Informatique, Université de Bordeaux, 2018", [("bachelor", False)]),
        ("L3 Mathématiques, Sorbonne Université, 2019", [("bachelor", False)]),
        ("Licence (L3) Informatique, Université de Rouen, 2016", [("bachelor", False)]),
        ("2015 - 2016  L3 MIASHS, Université Grenoble Alpes", [("bachelor", False)]),
        # a master's first year done shows the licence it follows; under way, the master's
        ("Master 1 Informatique, Université Paris-Saclay, 2020", [("bachelor", False)]),
        ("M1 Data Science, Université de Lille, 2021", [("bachelor", False)]),
        ("Master 1 Informatique, Université Paris-Saclay, 2025 - présent", [("master", True)]),
        # the master's second year, and both years named together
        ("M2 Apprentissage automatique, Université Paris Cité, 2022", [("master", False)]),
        ("Master 2, Université de Lyon, 2020", [("master", False)]),
        ("Master 1 & 2 Data Science, Université de Lille, 2019 - 2021", [("master", False)]),
        # German degrees of a Fachhochschule (a bachelor's level), and the Staatsexamen
        ("Diplom-Informatiker (FH), Hochschule München, 2005", [("bachelor", False)]),
        ("Dipl.-Ing. (FH) Elektrotechnik, Hochschule Esslingen, 2003", [("bachelor", False)]),
        ("Dipl.-Inform. (FH), Hochschule Darmstadt, 2006", [("bachelor", False)]),
        (
            "Erstes Staatsexamen Lehramt Mathematik, Universität Heidelberg, 2010",
            [("master", False)],
        ),
        # Italy's single-cycle degree of five or six years
        ("Laurea a ciclo unico in Farmacia, Università di Bologna, 2015", [("master", False)]),
        # a degree's bracket restating its kind is the same degree
        (
            "M.Sc. in Computer Science (MSc by Research), University of Bristol, 2020",
            [("master", False)],
        ),
        (
            "Master of Science in Electrical and Computer Engineering (MSc), TU Delft, 2019",
            [("master", False)],
        ),
        # Guatemala's school-leaving certificate
        (
            "Bachiller en Ciencias y Letras, Colegio Americano de Guatemala, 2012",
            [("secondary", False)],
        ),
        # doctoral candidates' titles: a doctorate under way
        ("Promovendus, Universiteit van Amsterdam, 2022 - heden", [("phd", True)]),
        ("Doktorand, TU München, 2021 - heute", [("phd", True)]),
        ("Doctorant en informatique, Université Paris-Saclay, 2022 - présent", [("phd", True)]),
        ("Dottoranda in Informatica, Università di Pisa, 2022 - oggi", [("phd", True)]),
        ("Doutorando em Ciência da Computação, USP, 2022 - atual", [("phd", True)]),
    ],
)
def test_degree_names_read_at_their_level(
    profile_of: ProfileOf, education: str, read: list[tuple[str, bool]]
) -> None:
    assert _read(profile_of, education) == read


@pytest.mark.parametrize(
    "line",
    [
        # a supervisor of doctorates holds a job, not a degree the line names
        "PhD-begeleider, Universiteit Utrecht, 2019 - 2022",
        "PhD supervisor, University of Leeds, 2021 - present",
        "PhD-begeleiding van twee promovendi",
        "Begeleider van PhD-studenten, TU Eindhoven",
        # the supervision of doctoral students, plural
        "Betreuung von drei Doktoranden, TU Berlin",
        "Encadrement de doctorants, Inria, 2020 - 2023",
        # not French degrees: a chip, a network layer, a base station, a device under test
        "MacBook Pro M2, 2023",
        "Apple M1 Max, 2022",
        "L3 Support Engineer, Université de Lyon, 2019 - 2021",
        "L2/L3 networking, Cisco, 2018",
        "BTS installation and commissioning, Huawei, 2015",
        "DUT automation in Python, 2021",
        "DUT test benches with pytest, Université de Grenoble lab",
        "Built L3 load balancers for the Université de Montréal data center",
        "Deployed the M2 model to production at École Polytechnique",
        "Senior Data Scientist, M2 Capital, Paris",
        "Master 1 year of Python at the Université de Lille",
        # a Brazilian university (PUC) is no pre-university course; cloud technology no degree
        "Professor, PUC Minas, 2019 - 2021",
        "Tecnologia em nuvem, AWS, 2021",
        # a German state examination's thesis, the Licence's second year
        "Staatsexamensarbeit über neuronale Netze",
        "Licence 2 Informatique, Université de Nantes, 2017",
    ],
)
def test_degree_look_alikes_of_the_new_readings(profile_of: ProfileOf, line: str) -> None:
    text = f"Ana Souza\n\nExperience\n{line}\n\nSkills\nPython, SQL\n"
    assert profile_of(text, doc_type="resume").education.degrees == []


@pytest.mark.parametrize(
    ("line", "level"),
    [
        # India's pre-university course stays a school's
        ("PUC, Karnataka State Board, 2012", "secondary"),
        ("II PUC (PCMB), 2014", "secondary"),
        # a German Diplom of a university stays a master's
        ("Dipl.-Ing. Maschinenbau, TU München, 2004", "master"),
        ("Diplom-Informatiker, Universität Karlsruhe, 2002", "master"),
        # other Italian degrees keep theirs
        ("Laurea triennale in Informatica, Università di Pisa, 2017", "bachelor"),
        ("Laurea magistrale in Data Science, Università di Padova, 2020", "master"),
        # a Peruvian university's graduate, and Spain's school certificate
        ("Bachiller en Ingeniería Informática, Universidad de Lima, 2019", "bachelor"),
        ("Bachillerato en Ciencias, Colegio San José, 2013", "secondary"),
        # the Spanish technologist's title keeps its reading
        ("Tecnólogo en Sistemas, SENA, 2016", "associate"),
    ],
)
def test_near_misses_keep_their_reading(line: str, level: str) -> None:
    assert degree_in_line(line) == level


@pytest.mark.parametrize(
    "education",
    [
        "PhD in Machine Learning, University of Leeds (supervisor: Prof. Ann Lee), 2020",
        "PhD in Machine Learning, University of Leeds, 2020\nPhD supervisor: Prof. Ann Lee",
    ],
)
def test_the_writers_own_phd_supervisor_leaves_the_phd(
    profile_of: ProfileOf, education: str
) -> None:
    assert ("phd", False) in _read(profile_of, education)


@pytest.mark.parametrize(
    ("requirement", "required"),
    [
        # Brazilian postings: the undergraduate degree, the technologist's degree
        ("Graduação em Ciência da Computação ou áreas afins", "bachelor"),
        ("Tecnólogo em Análise e Desenvolvimento de Sistemas ou áreas afins", "associate"),
        ("Formation Bac+2 minimum (BTS ou DUT en informatique)", "associate"),
        ("Titulaire d'un BTS ou DUT en informatique", "associate"),
        ("Abgeschlossenes Studium (Master, Diplom oder Staatsexamen)", "master"),
    ],
)
def test_postings_ask_the_degree_named(
    profile_of: ProfileOf, requirement: str, required: str
) -> None:
    text = f"Machine Learning Engineer\n\nRequirements\n- {requirement}\n- 3+ years of Python\n"
    info = profile_of(text, doc_type="posting").posting
    assert info is not None
    assert info.degree_required == required


def test_a_graduation_year_in_portuguese_names_no_degree() -> None:
    assert degree_in_line("Ano de graduação em 2019 na turma de Python") is None


def test_a_doctoral_post_offered_asks_no_doctorate(profile_of: ProfileOf) -> None:
    text = (
        "Doktorand (m/w/d) im Bereich Machine Learning\n\nIhr Profil\n"
        "- Abgeschlossenes Masterstudium der Informatik\n- Gute Kenntnisse in Python\n"
    )
    info = profile_of(text, doc_type="posting").posting
    assert info is not None
    assert info.degree_required == "master"
