"""European CVs on small texts written here: degrees, dates, headings and languages written the
German, French, Italian, Spanish, Portuguese and Dutch way."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

from .conftest import one_range

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
        # a French master's second (or first) year, and a licence named without "en"
        ("Master 2 Informatique, Université de Nantes", "master"),
        ("Master 2 Mathématiques, Vision, Apprentissage, ENS Paris-Saclay", "master"),
        ("Licence Informatique, Université de Rennes", "bachelor"),
        ("Licence Mathématiques et Informatique, Université de Lille", "bachelor"),
        # Spanish and Latin American engineering degrees
        ("Ingeniero en Sistemas Computacionales, Instituto Politécnico Nacional", "bachelor"),
        ("Ingeniería Informática, Universidad de Oviedo", "bachelor"),
        ("Ingeniería en Computación, UNAM, 2015", "bachelor"),
        ("Ingeniero Superior de Telecomunicación, UPM", "master"),
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
        "Ingeniero de Machine Learning, Nopal Tech",
        "Scrum Master 2 teams at once",
        "Led the ingeniería de datos team in Madrid",
        # Spanish job titles: an engineering intern, a trainee, a chief engineer
        "Ingeniero en prácticas, Indra, Madrid, 2016 - 2017",
        "Ingeniera en formación, Telefónica, 2016 - 2017",
        "Ingeniero en Jefe de Datos, Banco Andino, 2018 - 2020",
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


@pytest.mark.parametrize(
    ("written", "start", "end", "ongoing"),
    [
        ("2021-heute", (2021, 1), (2026, 11), True),
        ("2021–heute", (2021, 1), (2026, 11), True),
        ("01.2021 – heute", (2021, 1), (2026, 11), True),
        ("03/2020 - bis heute", (2020, 3), (2026, 11), True),
        ("2019 bis 2021", (2019, 1), (2021, 1), False),
        ("seit 2021", (2021, 1), (2026, 11), True),
        ("seit 03/2021", (2021, 3), (2026, 11), True),
        ("seit März 2021", (2021, 3), (2026, 11), True),
        ("März 2021 – heute", (2021, 3), (2026, 11), True),
        ("Maerz 2021 - aktuell", (2021, 3), (2026, 11), True),
        ("Sept. 2019 – Juni 2021", (2019, 9), (2021, 6), False),
        ("Mai 2018 - Dezember 2019", (2018, 5), (2019, 12), False),
        ("Okt. 2017 – Jan. 2019", (2017, 10), (2019, 1), False),
        ("depuis 2021", (2021, 1), (2026, 11), True),
        ("2021 - aujourd'hui", (2021, 1), (2026, 11), True),
        ("03/2021 – actuel", (2021, 3), (2026, 11), True),
        ("mars 2019 - juillet 2021", (2019, 3), (2021, 7), False),
        ("févr. 2016 – août 2018", (2016, 2), (2018, 8), False),
        ("septembre 2020 – présent", (2020, 9), (2026, 11), True),
        ("janvier 2022 - en cours", (2022, 1), (2026, 11), True),
        ("09/2021 – oggi", (2021, 9), (2026, 11), True),
        ("gennaio 2019 - dicembre 2020", (2019, 1), (2020, 12), False),
        ("maggio 2021 – attuale", (2021, 5), (2026, 11), True),
        ("desde 2021", (2021, 1), (2026, 11), True),
        ("enero 2019 - actualidad", (2019, 1), (2026, 11), True),
        ("2020 - presente", (2020, 1), (2026, 11), True),
        ("junio 2018 - diciembre 2020", (2018, 6), (2020, 12), False),
        ("2021 - atual", (2021, 1), (2026, 11), True),
        ("fevereiro 2019 - hoje", (2019, 2), (2026, 11), True),
        ("mei 2019 - heden", (2019, 5), (2026, 11), True),
        # the short forms of Spanish, Portuguese, Italian and Dutch months
        ("ago. 2017 – may. 2020", (2017, 8), (2020, 5), False),
        ("set. 2018 – out. 2020", (2018, 9), (2020, 10), False),
        ("out. 2018 – dez. 2020", (2018, 10), (2020, 12), False),
        ("gen. 2019 – mag. 2021", (2019, 1), (2021, 5), False),
        ("mrt 2019 – okt 2020", (2019, 3), (2020, 10), False),
        # 'set', 'out', 'ago' spelled like English words date a range beside another month or
        # 'today' in the CV's language, or with their abbreviation's dot or slash
        ("Set 2018 - Out 2020", (2018, 9), (2020, 10), False),
        ("ago 2017 - actualidad", (2017, 8), (2026, 11), True),
        ("out/2019 - 2021", (2019, 10), (2021, 1), False),
        ("SET. 2018 – 2020", (2018, 9), (2020, 1), False),
    ],
)
def test_european_date_ranges(
    profile_of: ProfileOf,
    written: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    profile = profile_of(f"Experience\nEngineer, Acme GmbH, {written}\n", doc_type="resume")
    assert one_range(profile, start, end, ongoing) == written


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("- Phased out 2019 - 2021 legacy ETL jobs", "2019 - 2021"),
        ("- Built a test set 2019-2021 of labelled scans", "2019-2021"),
        ("- Founded 5 years ago, 2019 - 2021 revenue doubled", "2019 - 2021"),
        ("- Next gen 2019 - 2021 recommender", "2019 - 2021"),
        ("- Set 2018 - 2020 OKRs for the data team", "2018 - 2020"),
        ("- Rolled it out. 2020 - 2022 churn fell", "2020 - 2022"),
    ],
)
def test_english_words_before_a_year_are_no_months(
    profile_of: ProfileOf, line: str, years: str
) -> None:
    """In English prose "out 2019", "set 2019" and "ago, 2019" keep the year's range as it is:
    no October, September or August starts it."""
    profile = profile_of(f"Experience\n{line}\n", doc_type="resume")
    assert [found.text for found in profile.experience.ranges] == [years]


@pytest.mark.parametrize(
    "line",
    [
        "Built the vision stack of a Mars rover with Mai Nguyen",
        "Data Analyst at Mars Inc., Juni team lead",
        "Ran the Mai 2019 hackathon in Berlin",
    ],
)
def test_month_words_alone_are_no_dates(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(f"Experience\n{line}\n", doc_type="resume")
    assert profile.experience.ranges == []


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Berufserfahrung", "experience"),
        ("BERUFSPRAXIS", "experience"),
        ("Ausbildung", "education"),
        ("Studium:", "education"),
        ("Kenntnisse", "skills"),
        ("Fähigkeiten", "skills"),
        ("Sprachen", "languages"),
        ("Publikationen", "publications"),
        ("Veröffentlichungen", "publications"),
        ("Expérience professionnelle", "experience"),
        ("Formation", "education"),
        ("COMPÉTENCES", "skills"),
        ("Langues", "languages"),
        ("Esperienza professionale", "experience"),
        ("Esperienze lavorative", "experience"),
        ("Formazione", "education"),
        ("Istruzione", "education"),
        ("Competenze", "skills"),
        ("Lingue", "languages"),
        ("Pubblicazioni", "publications"),
        ("Experiencia profesional", "experience"),
        ("Experiencia laboral", "experience"),
        ("Formación", "education"),
        ("Educación", "education"),
        ("Habilidades", "skills"),
        ("Idiomas", "languages"),
        ("Publicaciones", "publications"),
        ("Experiência profissional", "experience"),
        ("Formação", "education"),
        ("Competências", "skills"),
        ("Werkervaring", "experience"),
        ("Opleiding", "education"),
        ("Vaardigheden", "skills"),
        ("Talen", "languages"),
        # a heading in two languages names one section
        ("BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE", "experience"),
        ("Work experience / Berufserfahrung", "experience"),
        ("Pubblicazioni / Publications", "publications"),
        ("AUSBILDUNG/EDUCATION", "education"),
        ("Competenze | Skills", "skills"),
        ("Education and training / Formazione", "education"),
    ],
)
def test_european_headings(heading: str, name: str) -> None:
    from mlcareer.documents.sections import heading_name

    assert heading_name(heading) == name


@pytest.mark.parametrize(
    "line",
    [
        "LEBENSLAUF / CURRICULUM VITAE",
        "Education / Projects",  # two sections: no one name ("Projects / Publications" is
        # one, the projects: see test_leftovers_eighth_pass.py)
        "Python / SQL",
        "Skills | Python, SQL",
    ],
)
def test_lines_split_by_slashes_that_are_no_heading(line: str) -> None:
    from mlcareer.documents.sections import heading_name

    assert heading_name(line) is None


def test_a_bilingual_cv_keeps_study_years_out_of_work(profile_of: ProfileOf) -> None:
    text = (
        "BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE\n"
        "Data Scientist, Acme GmbH, 2021 - 2024\n- Built models in Python\n\n"
        "AUSBILDUNG / EDUCATION\n"
        "Technische Universität Dresden, 2015 - 2020\n"
    )
    profile = profile_of(text, doc_type="resume")
    assert [s.name for s in profile.sections] == ["experience", "education"]
    assert profile.experience.years == 3.1  # Jan 2021 .. Jan 2024, not the study years


def ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


def languages_of(profile: Profile) -> set[str]:
    return {skill for skill in ids(profile) if skill.startswith("lang-")}


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        (
            "Sprachen\nDeutsch (Muttersprache), Englisch (C1), Italienisch (B2)\n",
            {"lang-german", "lang-english", "lang-italian"},
        ),
        (
            "Lingue: Italiano (madrelingua), English (C1), Deutsch (B2)\n",
            {"lang-italian", "lang-english", "lang-german"},
        ),
        (
            "Langues\nFrançais (langue maternelle), Anglais (courant)\n",
            {"lang-french", "lang-english"},
        ),
        ("Langues : Francais, Anglais, Allemand\n", {"lang-french", "lang-english", "lang-german"}),
        (
            "Idiomas: Español (nativo), Inglés (C1), Português (B2)\n",
            {"lang-spanish", "lang-english", "lang-portuguese"},
        ),
        ("Talen: Nederlands (moedertaal), Engels (vloeiend)\n", {"lang-dutch", "lang-english"}),
        (
            "Languages: Svenska, Dansk, Norsk, Suomi, Polski, Türkçe\n",
            {
                "lang-swedish",
                "lang-danish",
                "lang-norwegian",
                "lang-finnish",
                "lang-polish",
                "lang-turkish",
            },
        ),
    ],
)
def test_languages_named_in_european_languages(
    profile_of: ProfileOf, text: str, languages: set[str]
) -> None:
    assert languages_of(profile_of(text, doc_type="resume")) == languages


@pytest.mark.parametrize(
    "text",
    [
        "Personal details\nStaatsangehörigkeit: deutsch\n",
        "Experience\nJunior Researcher, Istituto Italiano di Tecnologia, Genova\n",
        "Experience\nForecasting for Norsk Hydro and Dansk Supermarked\n",
        "Experience\nGrant from the Deutsch Family Foundation\n",
    ],
)
def test_european_language_names_need_context(profile_of: ProfileOf, text: str) -> None:
    assert not languages_of(profile_of(text, doc_type="resume"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Education\nLaurea Magistrale in Ingegneria Informatica, Politecnico di Torino\n", False),
        ("Education\nLaurea in Informatica, Università di Pisa\n", False),
        ("Education\nBachelor Informatica, Universiteit van Amsterdam\n", False),
        ("Experience\nAssistant, Dipartimento di Informatica, Università di Pisa\n", False),
        ("Skills\nInformatica, Talend, SSIS\n", True),
        ("Experience\n- Built ETL mappings in Informatica PowerCenter\n", True),
        ("Experience\n- Migrated Informatica workflows to Airflow\n", True),
    ],
)
def test_informatica_the_field_of_study_is_not_the_etl_tool(
    profile_of: ProfileOf, text: str, found: bool
) -> None:
    assert ("informatica" in ids(profile_of(text, doc_type="resume"))) is found


def test_a_spoken_language_needs_no_experience_bullet(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Python\n- Fluent English; German is a plus\n",
        doc_type="posting",
    )
    resume = profile_of(
        "Competenze / Skills\nPython\nLingue: Italiano (madrelingua), English (C1), Deutsch (B2)\n"
        "\n"
        "Esperienza professionale / Work experience\nEngineer, Acme, 2019 - 2023\n- Built APIs\n",
        doc_type="resume",
    )
    shown = [s.message for s in compare(resume, posting, options).suggestions]
    assert any(m.startswith("Python appears only in your skills") for m in shown)
    assert not any(m.startswith(("English appears", "German appears")) for m in shown)


def test_languages_of_india_and_asia_are_read_in_a_languages_line(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Languages: English (fluent), Tamil (native), Telugu, Bahasa Indonesia, Farsi\n",
        doc_type="resume",
    )
    assert languages_of(resume) == {
        "lang-english",
        "lang-tamil",
        "lang-telugu",
        "lang-indonesian",
        "lang-persian",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nForecast demand for a Thai restaurant chain\n",
        "Experience\nBuilt Greek yogurt demand forecasts for Malay Foods\n",
    ],
)
def test_new_language_names_need_context(profile_of: ProfileOf, text: str) -> None:
    assert not languages_of(profile_of(text, doc_type="resume"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Expérience\nData Engineer – Rivage SAS, Nantes, 2019–2023\n", False),
        ("Experience\nData Analyst, Banque Lumière SAS (Paris), 2018–2020\n", False),
        ("Experience\nStatistician at Océan Conseil SAS\n", False),
        ("Skills\nR, SAS, Python, SQL\n", True),
        ("Experience\nCertified SAS Programmer for clinical data\n", True),
        ("Experience\nWrote statistical reports in SAS, 2018–2020\n", True),
        ("Skills\nData analysis: SPSS SAS Stata\n", True),
        # a word that qualifies the software, not a company's name
        ("Skills\nPython\nAdvanced SAS\nR\n", True),
        ("Experience\nReporting with Enterprise Guide SAS, 2019-2021\n", True),
        ("Experience\nMigrated statistical reports from Legacy SAS - now Python\n", True),
        ("Skills\nTools: Tableau; Power BI; Excel; Proc SAS\n", True),
    ],
)
def test_sas_the_french_legal_form_after_a_company_name_is_no_skill(
    profile_of: ProfileOf, text: str, found: bool
) -> None:
    profile = profile_of(text, doc_type="resume")
    assert ("sas" in {hit.id for hit in profile.skills}) is found


def test_a_legal_form_looks_back_one_word_only() -> None:
    """The word before "SAS" is found in time on a long line of apostrophes and letters."""
    from mlcareer.extract.other_senses import a_legal_form

    text = "a'" * 25_000 + "  SAS, Nantes"
    start = text.index("SAS")
    began = time.process_time()
    assert not a_legal_form(text, start, start + 3, set())
    assert time.process_time() - began < 0.5


def test_an_engineers_title_under_experience_is_a_job_though_it_names_a_degree(
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(
        "Carlos Ruiz\nExperiencia\nIngeniero en Sistemas, Banco Andino, 2016 - 2020\n"
        "- Python y SQL\nData Scientist, Fintech SA, 2020 - 2024\n\nEducación\n"
        "Ingeniero en Sistemas Computacionales, UNAM, 2011 - 2015\n",
        doc_type="resume",
    )
    titles = [job.title for job in resume.experience.jobs]
    assert titles == ["Ingeniero en Sistemas, Banco Andino", "Data Scientist, Fintech SA"]
    assert resume.experience.years is not None and resume.experience.years > 7.5
