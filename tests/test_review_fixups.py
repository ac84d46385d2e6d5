"""Regressions a review found in rules merged this session: the length of an internship or a
contract read as years asked, skills rows read as employers, "Present value" read as a duty,
a wish cue over a next line, and a cover letter's greeting in other languages."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked
from .posting_helpers import posting_info as _posting

_CONTACT = "Jane Doe\njane@example.com\n\n"


# -- a length of a placement asks no years ("1 an" counts one year: c432156) ------------------


@pytest.mark.parametrize(
    "line",
    [
        "Stage de 6 mois à 1 an en Data Science, Python",
        "Stage de 6 mois à 2 ans, Python",
        "Internship: 6 months to 1 year, Python",
        "Prácticas de 6 meses a 1 año con Python",
        "Stage de 1 an en Data Science, Python",
        "Prácticas de 1 año con Python",
        "Internship of 1 year, Python",
        "Contrat d'1 an, Python",
        "Durée : 1 an, Python",
        "CDD 1 an, Python",
    ],
)
def test_the_length_of_a_placement_asks_no_years(profile_of: ProfileOf, line: str) -> None:
    info = _posting(profile_of, f"Data Scientist\n\nProfil recherché\n- {line}\n- SQL\n")
    assert (info.years_required, info.level) == (None, None)


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("1 an d'expérience en Python", 1.0),
        ("6 mois à 1 an d'expérience en Python", 1.0),
        ("6 months to 2 years of experience with Python", 2.0),
        ("Stage : 1 an d'expérience en Python", 1.0),
    ],
)
def test_a_length_of_experience_is_still_asked(
    profile_of: ProfileOf, line: str, years: float
) -> None:
    info = _posting(profile_of, f"Data Scientist\n\nProfil recherché\n- {line}\n- SQL\n")
    assert info.years_required == years


def test_a_range_up_from_months_with_no_placement_is_still_asked(profile_of: ProfileOf) -> None:
    info = _posting(
        profile_of, "Data Scientist\n\nRequirements\n- 6 months to 2 years in a data role\n"
    )
    assert info.years_required == 2.0


# -- headingless rows of products a company is not named after are skills (0c00132) -----------


@pytest.mark.parametrize(
    ("rows", "skills"),
    [
        ("AWS | 2015 - 2018\nGCP | 2018 - 2024\n", {"aws", "gcp"}),
        ("Tableau | 2015 - 2018\nPower BI | 2018 - 2024\n", {"tableau", "power-bi"}),
        ("Tableau | 2015 - 2018\nLooker | 2018 - 2024\n", {"tableau", "looker"}),
        ("Snowflake | 2016 - 2019\nBigQuery | 2019 - 2024\n", {"snowflake", "bigquery"}),
    ],
)
def test_headingless_rows_of_tools_one_after_another_stay_skills(
    profile_of: ProfileOf, rows: str, skills: set[str]
) -> None:
    resume = profile_of(
        f"{_CONTACT}{rows}\nEDUCATION\nBSc Computer Science, 2012 - 2016\n", "resume"
    )
    assert resume.experience.jobs == []
    assert skills <= {hit.id for hit in resume.skills}


def test_headingless_rows_of_makers_named_like_their_products_are_jobs(
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(
        f"{_CONTACT}Datadog | 2014 - 2017\nMongoDB | 2017 - 2020\nConfluent | 2020 - 2024\n",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == ["Datadog", "MongoDB", "Confluent"]


# -- a talking verb opening a compound noun names a thing, told to no one (9808368) ------------

_DUTIES = (
    "Research Fellow in Machine Learning\n\nRequirements:\n"
    "- Develop Bayesian models in Python\n- {duty}\n\nEssential criteria:\n- A PhD in Statistics\n"
)


@pytest.mark.parametrize(
    ("duty", "term"),
    [
        ("Present value modeling at scale", "term:present-value-modeling"),
        ("Pitch deck design at a startup", "term:pitch-deck-design"),
    ],
)
def test_a_compound_opened_by_a_talking_verb_is_still_asked(
    profile_of: ProfileOf, duty: str, term: str
) -> None:
    assert term in asked(profile_of, _DUTIES.format(duty=duty))


@pytest.mark.parametrize(
    "duty", ["Present findings to the board", "Pitch ideas to investors at demo days"]
)
def test_telling_work_to_an_audience_still_asks_no_term(profile_of: ProfileOf, duty: str) -> None:
    found = asked(profile_of, _DUTIES.format(duty=duty))
    assert "python" in found
    assert not [key for key in found if key.startswith(("term:present", "term:pitch"))]


# -- a wish cue ending its line, over a sentence of its own or a relative clause (3605fa8) ------


def _wished(profile_of: ProfileOf, next_line: str) -> dict[str, bool]:
    """Whether each skill of a summary is wished, its wish cue ending the line above
    `next_line`."""
    resume = profile_of(
        f"{_CONTACT}SUMMARY\nBackend developer. Eager to learn\n{next_line}\n\n"
        "EXPERIENCE\nDeveloper, Acme, 2019 - 2023\n- Built APIs in Go\n",
        "resume",
    )
    return {hit.id: all(m.negated for m in hit.mentions) for hit in resume.skills}


@pytest.mark.parametrize(
    "sentence",
    [
        "Python powers our pipelines at Acme.",
        "Apache Kafka carries all our events.",
        "Python runs everything we ship.",
    ],
)
def test_a_next_line_with_a_present_verb_of_its_own_is_not_wished(
    profile_of: ProfileOf, sentence: str
) -> None:
    assert not any(_wished(profile_of, sentence).get(key) for key in ("python", "kafka"))


@pytest.mark.parametrize(
    ("wish", "skill"),
    [
        ("Rust which is fast and safe.", "rust"),
        ("Rust, which is fast and safe.", "rust"),
        ("Rust that has a great type system.", "rust"),
        ("Rust which powers our CLI tools.", "rust"),
        ("Kubernetes operators and Helm charts.", "kubernetes"),
        ("Rust tools in production.", "rust"),
        ("Rust internals the hard way.", "rust"),
    ],
)
def test_a_phrase_going_on_with_the_wish_is_wished(
    profile_of: ProfileOf, wish: str, skill: str
) -> None:
    assert _wished(profile_of, wish)[skill]


# -- a cover letter after the resume opens at its greeting in other languages (396fba6) --------

_RESUME = (
    "Priya Raman\npriya@example.com\n\nEXPERIENCE\nData Scientist, Northwind Retail\n"
    "Jan 2021 - Present\n- Built forecasting models in Python\n\nSKILLS\nPython, SQL, Docker\n\n"
)


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Hiring Manager,",
        "Sehr geehrte Damen und Herren,",
        "Sehr geehrter Herr Becker,",
        "Madame, Monsieur,",
        "Mesdames, Messieurs,",
        "Estimado/a responsable de selección:",
        "Estimada Sra. López:",
        "Geachte heer/mevrouw,",
        "Geachte mevrouw De Vries,",
    ],
)
def test_a_letter_after_the_resume_opens_at_a_greeting_in_other_languages(
    profile_of: ProfileOf, greeting: str
) -> None:
    letter = f"{greeting}\n\nAWS and Kubernetes run the models I deploy.\n\nPriya Raman\n"
    found = {hit.id: hit for hit in profile_of(_RESUME + letter, "resume").skills}
    assert {m.section for m in found["aws"].mentions} == {"summary"}
    assert [m.section for m in found["docker"].mentions] == ["skills"]


@pytest.mark.parametrize("row", ["Monsieur Bricolage, Excel", "Geachte, Excel:"])
def test_a_polite_word_inside_a_skills_list_opens_nothing(profile_of: ProfileOf, row: str) -> None:
    resume = profile_of(_RESUME.replace("Docker\n", f"Docker\n{row}\n"), "resume")
    [excel] = [hit for hit in resume.skills if hit.id == "excel"]
    assert [m.section for m in excel.mentions] == ["skills"]
