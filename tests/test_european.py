"""European CVs on small texts written here: degrees, dates, headings and languages written the
German, French, Italian, Spanish, Portuguese and Dutch way."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Diplom-Informatiker (Dipl.-Inf.), TU Dresden, 2014", "master"),
        ("Dipl.-Inf., TU Dresden, 2014", "master"),
        ("Diplom in Informatik, TU Dresden", "master"),
        ("Dipl.-Ing. Maschinenbau, RWTH Aachen", "master"),
        ("Laurea Magistrale in Ingegneria Informatica, Politecnico di Torino", "master"),
        ("Laurea Specialistica in Fisica, Università di Padova", "master"),
        ("Laurea Triennale in Ingegneria Elettronica, Università di Pisa", "bachelor"),
        ("Laurea in Fisica, Università di Bologna, 2015", "bachelor"),
        ("Licence en informatique, Université Paris-Saclay", "bachelor"),
        ("Master en informatique, Université Paris-Saclay", "master"),
        ("Máster en Ciencia de Datos, Universidad de Granada", "master"),
        ("Mestrado em Engenharia Informática, Universidade do Porto", "master"),
        ("Licenciatura em Engenharia Informática, Universidade do Porto", "bachelor"),
        ("Doctorat en informatique, Sorbonne Université", "phd"),
        ("Dottorato di ricerca in Informatica, Università di Pisa", "phd"),
        ("Doutorado em Ciência da Computação, USP", "phd"),
        ("Doctorado en Inteligencia Artificial, UPM", "phd"),
        ("Dr. rer. nat. in Physik, Universität Heidelberg, 2019", "phd"),
        ("Promotion (Dr.-Ing.), TU München, 2020", "phd"),
        ("Dr.-Ing. Technische Universität München, 2020", "phd"),
        ("Ingénieur diplômé, École Centrale de Lyon, 2016", "master"),
        ("Diplôme d'ingénieur, INSA Lyon, 2016", "master"),
    ],
)
def test_european_degrees(profile_of: ProfileOf, line: str, level: str) -> None:
    profile = profile_of(f"Education\n{line}\n", doc_type="resume")
    assert profile.education.highest == level
    assert len(profile.education.degrees) == 1  # one degree, named once


@pytest.mark.parametrize(
    "line",
    [
        "Driving licence (B), Führerschein Klasse B",
        "Licence to operate forklifts",
        "Certified Scrum Master en Lyon",
        "Master Data Management with SAP MDG",
        "Prof. Dr.-Ing. Hans Müller, TU München (referee)",
        "Dr. rer. nat. Anna Schmidt, Head of Data, Acme GmbH",
        "Dr. rer. nat. Anna Schmidt, Universität Heidelberg",
        "Dr. Anna Schmidt, Acme GmbH",
        "Diplomarbeit: anomaly detection in sensor networks",
        "Erasmus exchange (Laurea Magistrale courses in Ingegneria Informatica)",
    ],
)
def test_european_degree_look_alikes(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(f"Skills\n{line}\n", doc_type="resume")
    assert profile.education.degrees == []


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Laurea Magistrale in Ingegneria Informatica", "computer science"),
        ("Diplom-Informatiker (Dipl.-Inf.), TU Dresden", "computer science"),
        ("Licence en informatique, Université Paris-Saclay", "computer science"),
        ("Mestrado em Engenharia Informática, Universidade do Porto", "computer science"),
        ("Laurea in Matematica, Università di Bologna", "mathematics"),
        ("Dr. rer. nat. in Physik, Universität Heidelberg", "physics"),
        ("Dipl.-Inf., TU Dresden", "computer science"),
        ("Dipl.-Ing. Maschinenbau, RWTH Aachen", "engineering"),
        ("Laurea Triennale in Ingegneria Elettronica", "electrical engineering"),
        ("Ingénieur diplômé, École Centrale de Lyon", None),  # the school is no field
        ("Laurea, Universita di Pisa", None),
    ],
)
def test_european_fields_of_study(line: str, field: str | None) -> None:
    from mlcareer.extract.education import field_of

    assert field_of(line) == field
