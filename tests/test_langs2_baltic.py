"""Job postings and CVs written in Lithuanian and Latvian (CVbankas and CV.lv style), on small
texts written here: their headings open sections, their dates, years, degrees, spoken
languages and products under case endings read, and an item's opening of common words names
no term."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line

from .conftest import dated_job_cv, one_range
from .posting_helpers import ProfileOf, asked, assert_a_foreign_posting_read, posting_info

LITHUANIAN_POSTING = """Duomenų inžinierius
Vilnius, hibridinis darbas

Apie mus
Esame auganti finansinių technologijų įmonė.

Jūsų atsakomybės
- Duomenų srautų kūrimas su Airflow

Reikalavimai
- Python ir SQL

Privalumas
- Kafka

Mes siūlome
- Kubernetes mokymai ir sporto kompensacija
"""

LATVIAN_POSTING = """Datu inženieris
Rīga, hibrīds darbs

Par mums
Mēs esam augošs finanšu tehnoloģiju uzņēmums.

Tavi pienākumi
- Datu plūsmu izveide ar Airflow

Prasības
- Python un SQL

Priekšrocība
- Kafka

Mēs piedāvājam
- Kubernetes apmācības un veselības apdrošināšana
"""


@pytest.mark.parametrize("text", [LITHUANIAN_POSTING, LATVIAN_POSTING])
def test_a_postings_headings_open_its_sections(profile_of: ProfileOf, text: str) -> None:
    assert_a_foreign_posting_read(profile_of(text))


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Reikalavimai kandidatui", "requirements"),
        ("Ko tikimės iš tavęs?", "requirements"),
        ("Pagrindinės funkcijos", "responsibilities"),
        ("Privalumai", "preferred"),
        ("Ką mes siūlome?", "benefits"),
        ("Prasības kandidātam", "requirements"),
        ("Ko mēs sagaidām?", "requirements"),
        ("Galvenie pienākumi", "responsibilities"),
        ("Tiks uzskatīts par priekšrocību", "preferred"),
        ("Piedāvājam", "benefits"),
    ],
)
def test_each_posting_heading_names_its_section(
    profile_of: ProfileOf, heading: str, name: str
) -> None:
    profile = profile_of(f"Data Engineer\n\n{heading}\n- Python\n", doc_type="posting")
    assert [section.name for section in profile.sections] == [name]


LITHUANIAN_CV = """Ona Petraitienė
Kaunas | ona.p@example.lt

Darbo patirtis
Duomenų mokslininkė, Draudimas UAB
2020.01 – dabar
- Klientų nutekėjimo modeliai su Python

Duomenų analitikė, E-parduotuvė UAB
2017.09 – 2019.12
- SQL ataskaitos

Išsilavinimas
Magistro laipsnis, Taikomoji matematika, Vilniaus universitetas, 2017

Įgūdžiai
Python, SQL

Kalbos
Anglų – C1
"""

LATVIAN_CV = """Anna Bērziņa
Liepāja | anna.b@example.lv

Darba pieredze
Datu zinātniece, Apdrošināšana AS
01.2020 – šobrīd
- Klientu aiziešanas modeļi ar Python

Datu analītiķe, E-veikals SIA
09.2017 – 12.2019
- SQL atskaites

Izglītība
Maģistra grāds, Matemātiskā statistika, Latvijas Universitāte, 2017

Prasmes
Python, SQL

Valodas
Angļu – C1
"""


@pytest.mark.parametrize("text", [LITHUANIAN_CV, LATVIAN_CV])
def test_a_cv_reads_its_sections_dates_and_degree(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(text)
    assert profile.doc_type == "resume"
    names = [section.name for section in profile.sections]
    assert names == ["experience", "education", "skills", "languages"]
    assert [found.ongoing for found in profile.experience.ranges] == [True, False]
    assert profile.education.highest == "master"


@pytest.mark.parametrize(
    ("dates", "start"),
    [
        ("2021.02 – dabar", (2021, 2)),
        ("2021-02 – iki dabar", (2021, 2)),
        ("02.2021 – šobrīd", (2021, 2)),
        ("02.2021 – līdz šim", (2021, 2)),
    ],
)
def test_a_cvs_open_range_runs_to_now(
    profile_of: ProfileOf, dates: str, start: tuple[int, int]
) -> None:
    cv = dated_job_cv(dates)
    one_range(profile_of(cv, doc_type="resume"), start, (2026, 11), True)


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("Aukštasis universitetinis išsilavinimas", "bachelor"),
        ("Aukštasis išsilavinimas informatikos srityje", "bachelor"),
        ("Bakalauro laipsnis, Informatika, Kauno technologijos universitetas", "bachelor"),
        ("Magistro laipsnis, Statistika, Vilniaus universitetas", "master"),
        ("Informatikos magistras, Vilniaus universitetas", "master"),
        ("Daktaro laipsnis, Fizika", "phd"),
        ("Augstākā izglītība datorzinātnēs", "bachelor"),
        ("Bakalaura grāds datorzinātnēs", "bachelor"),
        ("Maģistra grāds, Matemātika, Latvijas Universitāte", "master"),
        ("Doktora grāds fizikā", "phd"),
    ],
)
def test_degrees(line: str, degree: str) -> None:
    assert degree_in_line(line) == degree


@pytest.mark.parametrize(
    ("text", "degree"),
    [
        ("Aukštasis universitetinis išsilavinimas (bakalauro ar magistro)", "bachelor"),
        ("Augstākā izglītība (bakalaura vai maģistra grāds)", "bachelor"),
    ],
)
def test_the_degree_asked_is_read(profile_of: ProfileOf, text: str, degree: str) -> None:
    posting = f"Data Engineer\n\nRequirements\n- {text}\n- Python\n"
    assert posting_info(profile_of, posting).degree_required == degree


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Ne mažiau kaip 3 metų patirtis duomenų inžinerijoje", 3),
        ("Bent 2 metų darbo patirtis su Python", 2),
        ("5+ metai patirties", 5),
        ("Vismaz 3 gadu pieredze datu inženierijā", 3),
        ("Ne mazāk kā 2 gadu darba pieredze", 2),
        ("4+ gadi pieredzes", 4),
    ],
)
def test_the_years_asked_are_read(profile_of: ProfileOf, line: str, years: float) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).years_required == years


@pytest.mark.parametrize(
    "line", ["Įmonė rinkoje veikia jau 20 metų", "Uzņēmums tirgū darbojas 25 gadus"]
)
def test_a_firms_age_asks_no_years(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).years_required is None


def _requirements(*items: str) -> str:
    return "Data Engineer\n\nRequirements\n" + "".join(f"- {item}\n" for item in items)


@pytest.mark.parametrize(
    ("item", "language", "grade"),
    [
        ("Geros anglų kalbos žinios", "lang-english", "B2"),
        ("Puikios anglų kalbos žinios raštu ir žodžiu", "lang-english", "C1"),
        ("Anglų kalba – C1", "lang-english", "C1"),
        ("Vokiečių kalbos žinios būtų privalumas", "lang-german", None),
        ("Lietuvių kalba – gimtoji", "lang-lithuanian", "C2"),
        ("Labas angļu valodas zināšanas", "lang-english", "B2"),
        ("Teicamas angļu valodas zināšanas", "lang-english", "C1"),
        ("Angļu valoda – B2", "lang-english", "B2"),
        ("Latviešu valoda – dzimtā", "lang-latvian", "C2"),
        ("Krievu valodas zināšanas", "lang-russian", None),
    ],
)
def test_a_spoken_language_ask_is_read_with_its_grade(
    profile_of: ProfileOf, item: str, language: str, grade: str | None
) -> None:
    found = asked(profile_of, _requirements(item, "Python"))
    assert language in found, sorted(found)
    assert found[language].grade == grade
    assert not any(req_id.startswith("term:") for req_id in found), sorted(found)


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Puikios Pythono žinios", "python"),
        ("Darbo patirtis su Dockeriu ir Kubernetes", "docker"),
        ("Patirtis su Javos programavimu", "java"),
        ("Programēšanas pieredze Python valodā", "python"),
        ("Pieredze darbā ar Javu", "java"),
    ],
)
def test_a_case_ending_names_the_skill(profile_of: ProfileOf, item: str, skill: str) -> None:
    found = asked(profile_of, _requirements(item, "SQL"))
    assert skill in found, sorted(found)
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize(
    "item",
    [
        "Ne mažiau kaip 3 metų patirtis",
        "Bent 2 metų darbo patirtis",
        "Aukštasis universitetinis išsilavinimas",
        "Vismaz 3 gadu pieredze",
        "Augstākā izglītība",
        "Ne mazāk kā 2 gadu darba pieredze",
    ],
)
def test_an_items_common_words_name_no_term(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, _requirements(item, "Python"))
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize(
    "item", ["Inglise keel – C1", "Angol nyelvtudás – B2", "Anglų kalba – C1", "Angļu valoda: B2"]
)
def test_a_grade_after_the_words_of_a_language_is_no_term(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, _requirements(item, "Python"))
    assert found["lang-english"].grade is not None
    assert not any(req_id.startswith("term:") for req_id in found), sorted(found)


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Vokiečių kalbos žinios būtų privalumas", "lang-german"),
        ("Patirtis su Kafka – privalumas", "kafka"),
        ("Kafka zināšanas būs priekšrocība", "kafka"),
        ("Pieredze ar Kafka tiks uzskatīta par priekšrocību", "kafka"),
        ("Vēlama pieredze ar Kafka", "kafka"),
    ],
)
def test_a_wish_written_on_the_line_is_preferred(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    found = asked(profile_of, _requirements("Python", item))
    assert found[skill].importance == "preferred"
    assert found["python"].importance == "required"
