"""Misreadings earlier sessions left: a date range told inside a bullet's sentence, a degree read
from a role's word or a school's town, a posting's values statement and journals asked as terms,
an employer's name in a dated row read as a skill, and a firm's Hungarian name read as a
language. Small texts written here."""

from __future__ import annotations

import pytest

from mlcareer.models import Profile

from .posting_helpers import ProfileOf, asked, listed

# 1. A date range inside a bullet's sentence is an event in the job above it

_LOGGED = "- Fixed an outage logged as 2021-03-31 - 2021-04-02 in the incident tracker.\n"


def _resume(job_lines: str, bullets: str) -> str:
    return (
        "Jane Quux\n\nExperience\n" + job_lines + "\n" + bullets + "- Built monitoring with "
        "Prometheus and Python.\n\nEducation\nBSc Computer Science, University of Leeds, 2018\n"
    )


def _titles(profile: Profile) -> list[str]:
    return [job.title for job in profile.experience.jobs]


@pytest.mark.parametrize(
    "job_lines",
    [
        "Site Reliability Engineer\nAcme Corp\n2019 - 2022",
        "Acme Corp | Site Reliability Engineer | 2019 - 2022",
        "Site Reliability Engineer at Acme Corp (03/2019 - 12/2022)",
    ],
)
def test_a_range_told_in_a_bullets_sentence_is_no_job(
    profile_of: ProfileOf, job_lines: str
) -> None:
    with_event = profile_of(_resume(job_lines, _LOGGED))
    without = profile_of(_resume(job_lines, ""))
    assert len(with_event.experience.jobs) == 1
    assert not any("outage" in title for title in _titles(with_event))
    assert with_event.experience.years == without.experience.years


@pytest.mark.parametrize(
    "bullet",
    [
        "- Moved the billing data kept from 2012 - 2015 into the new warehouse.\n",
        "* Led the migration planned for Jan 2021 - Mar 2021 across three regions.\n",
    ],
)
def test_a_range_outside_the_jobs_dates_adds_no_years(profile_of: ProfileOf, bullet: str) -> None:
    job = "Data Engineer, Acme Corp, 2019 - 2022"
    profile = profile_of(_resume(job, bullet))
    assert _titles(profile) == ["Data Engineer, Acme Corp"]
    assert profile.experience.years == profile_of(_resume(job, "")).experience.years


@pytest.mark.parametrize(
    "lines",
    [
        # a bulleted list of jobs
        "- Data Analyst, Acme, 2019 - 2021\n- Junior Analyst, Quuxco, 2017 - 2019\n",
        # a job line with its dates in brackets, under another job
        "Data Engineer, Acme (2021 - 2023)\nData Analyst, Quuxco (2019 - 2021)\n",
    ],
)
def test_job_lines_keep_their_jobs(profile_of: ProfileOf, lines: str) -> None:
    profile = profile_of("Jane Quux\n\nExperience\n" + lines)
    assert len(profile.experience.jobs) == 2


def test_a_bullet_with_no_dated_job_above_keeps_its_range(profile_of: ProfileOf) -> None:
    # nothing dated above: the bullet's range may be the only trace of the work
    profile = profile_of(
        "Jane Quux\n\nExperience\n- Worked as a barista from 2015 - 2017 at a local cafe.\n"
    )
    assert profile.experience.years > 0


@pytest.mark.parametrize(
    "bullet",
    [
        # a project in a bullet, its dates in brackets
        "- Churn model (Jan 2016 - Mar 2016): built the features and the scoring job.\n",
        # a bullet telling of other paid work
        "- Worked as a barista from 2015 - 2017 at a local cafe.\n",
    ],
)
def test_bullets_dating_their_own_work_still_count(profile_of: ProfileOf, bullet: str) -> None:
    job = "Data Engineer, Acme Corp, 2019 - 2022"
    alone = profile_of(_resume(job, "")).experience.years
    assert profile_of(_resume(job, bullet)).experience.years > alone


# 2. A role's "... Master i" and a school's "MD" with its year in no clinician's resume


def _degrees(profile_of: ProfileOf, work: str, education: str) -> list[tuple[str, str]]:
    text = f"Ola Quux\n\nExperience\n{work}\n\nEducation\n{education}\n"
    return [(d.level, d.text) for d in profile_of(text, "resume").education.degrees]


@pytest.mark.parametrize(
    "line",
    [
        "Game master i dag for rollespillklubben, 2019 - 2022",
        "Quiz Master i have been for the pub league",
        "Release Master i prosjektet, Acme, 2020 - 2021",
        "Scrum Master i teamet, Acme, 2020 - 2021",
    ],
)
def test_a_roles_master_i_is_no_degree(profile_of: ProfileOf, line: str) -> None:
    found = _degrees(profile_of, f"Utvikler, Acme, 2019 - 2022\n{line}", "BSc Physics, 2016")
    assert found == [("bachelor", "BSc Physics, 2016")]


@pytest.mark.parametrize(
    "line",
    [
        "Master i informatikk, NTNU, 2018",
        "Fullført master i statistikk, UiO, 2018",
        "Executive Master i ledelse, BI, 2018",
        "Erfaringsbasert master i ledelse, 2020",
    ],
)
def test_a_nordic_master_in_a_field_is_still_a_degree(profile_of: ProfileOf, line: str) -> None:
    assert _degrees(profile_of, "Utvikler, Acme, 2019 - 2022", line) == [("master", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Towson University, MD, 2014",
        "University of Lagos, MD, 2012",
        "Towson University, MD (2014)",
    ],
)
def test_a_schools_md_with_its_year_in_no_clinicians_resume_is_the_state(
    profile_of: ProfileOf, line: str
) -> None:
    assert _degrees(profile_of, "Data Analyst, Acme, 2018 - 2024\n- SQL", line) == []


@pytest.mark.parametrize(
    "work",
    [
        "Resident Physician, Lagos University Teaching Hospital, 2013 - 2016",
        # the writer's credentials beside another degree: "MD, MPH"
        "Clinical Data Scientist, Acme Health, 2017 - 2024\n- Python\n\nAmara Quux, MD, MPH",
    ],
)
def test_a_clinicians_school_md_with_its_year_is_the_degree(
    profile_of: ProfileOf, work: str
) -> None:
    line = "University of Lagos, MD, 2012"
    assert ("phd", line) in _degrees(profile_of, work, line)


def test_a_schools_md_beside_a_public_health_degree_is_the_degree(profile_of: ProfileOf) -> None:
    education = "Master of Public Health, Emory University, 2016\nUniversity of Lagos, MD, 2012"
    found = _degrees(profile_of, "Data Analyst, Acme, 2018 - 2024", education)
    assert ("phd", "University of Lagos, MD, 2012") in found


# 3. A values statement asks nothing: no resume can show a hire's commitment to them, so a term
# read there is a gap no candidate closes


def _terms(profile_of: ProfileOf, text: str) -> list[str]:
    return sorted(key for key in asked(profile_of, text) if key.startswith("term:"))


@pytest.mark.parametrize(
    "item",
    [
        "Commitment to the values of the United Nations.",
        "Integrity: Demonstrates the values of the United Nations in daily activities.",
        "Shares our core values of Openness and Courage.",
        "Commitment to the values of the Quux Foundation; Python.",
    ],
)
def test_a_values_statement_asks_no_term(profile_of: ProfileOf, item: str) -> None:
    assert _terms(profile_of, listed(item, "Experience with SQL")) == []


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Knowledge of the United Nations system is desirable.", "term:united-nations"),
        ("Experience with the World Bank is an advantage.", "term:world-bank"),
        ("Experience with Quuxbase; commitment to our values.", "term:quuxbase"),
    ],
)
def test_an_organisation_to_know_is_still_asked(
    profile_of: ProfileOf, item: str, term: str
) -> None:
    assert term in _terms(
        profile_of, listed("Commitment to the values of the United Nations.", item)
    )


# 4. Employers listed with their years after another job; a journal's name in a posting


def _after_a_job(rows: str) -> str:
    return (
        "Jane Quux\n\nExperience\nSenior Data Analyst, Quuxco, 2010 - 2013\n- SQL reports\n\n"
        + rows
    )


@pytest.mark.parametrize(
    "rows",
    [
        "Tableau | 2013 - 2018\nSalesforce | 2018 - 2024\n",
        "Salesforce | 2013 - 2018\nLooker | 2018 - 2024\n",
    ],
)
def test_employers_rows_after_a_job_are_jobs(profile_of: ProfileOf, rows: str) -> None:
    profile = profile_of(_after_a_job(rows))
    assert len(profile.experience.jobs) == 3
    assert profile.experience.years == pytest.approx(14.1, abs=0.2)


@pytest.mark.parametrize(
    "rows",
    [
        # a skills table: years used side by side
        "Tableau | 2013 - 2024\nSalesforce | 2015 - 2024\n",
        # BI tools used one after the other, no maker's name among them
        "Tableau | 2013 - 2018\nLooker | 2018 - 2024\n",
        "Python | 2010 - 2024\nTableau | 2013 - 2018\nSalesforce | 2018 - 2024\n",
    ],
)
def test_skills_rows_after_a_job_stay_skills(profile_of: ProfileOf, rows: str) -> None:
    assert len(profile_of(_after_a_job(rows)).experience.jobs) == 1


@pytest.mark.parametrize(
    "item",
    [
        "Publications in Nature Machine Intelligence.",
        "Papers in Geophysical Research Letters or Remote Sensing of Environment.",
        "A track record of publishing at top journals such as Physical Review Letters.",
    ],
)
def test_the_journals_papers_appeared_in_ask_no_term(profile_of: ProfileOf, item: str) -> None:
    assert _terms(profile_of, listed(item, "Experience with Python")) == []


def test_one_word_venues_stay_asked_beside_a_journal(profile_of: ProfileOf) -> None:
    # a resume's paper at NeurIPS or ICML meets them (tests/test_posting_genres.py)
    item = "Publications in NeurIPS, ICML or Nature Machine Intelligence."
    assert _terms(profile_of, listed(item)) == ["term:icml", "term:neurips"]


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Publications in NeurIPS and experience with Quuxbase.", "term:quuxbase"),
        ("Papers in NeurIPS; experience with Zorbco.", "term:zorbco"),
        ("Publications in NeurIPS. Experience with Quuxsoft.", "term:quuxsoft"),
        ("Experience publishing data to Quuxhub.", "term:quuxhub"),
    ],
)
def test_a_name_past_the_venues_is_still_asked(profile_of: ProfileOf, item: str, term: str) -> None:
    assert term in _terms(profile_of, listed(item))


# 5. A firm named for a person ("Orosz", Hungarian for Russian and a surname) is no language


def _skill_ids(profile_of: ProfileOf, experience: str, extra: str = "") -> list[str]:
    text = f"Kovács Anna\n\nExperience\n{experience}\n- SQL reports.\n{extra}"
    return [hit.id for hit in profile_of(text, "resume").skills]


@pytest.mark.parametrize(
    "line",
    [
        "Data Analyst, Orosz & Partners, 2019 - 2023: wrote reports and read client briefs",
        "Skills gained at Orosz & Partners: SQL, Python",
        "Orosz & Társai Kft. (2019 - 2023): native mobile apps",
        "Orosz Kft. (2019 - 2023): native mobile apps",
    ],
)
def test_a_firm_named_like_a_language_is_no_language(profile_of: ProfileOf, line: str) -> None:
    assert "lang-russian" not in _skill_ids(profile_of, line)


@pytest.mark.parametrize(
    "languages",
    [
        "\nNyelvtudás\nangol (C1), orosz (B2)\n",
        "\nLanguages\nEnglish & Russian (fluent)\n",
        "\nLanguages\nOrosz & angol nyelvtudás\n",
    ],
)
def test_a_language_beside_an_ampersand_is_still_one(profile_of: ProfileOf, languages: str) -> None:
    assert "lang-russian" in _skill_ids(profile_of, "Data Analyst, Acme, 2019 - 2023", languages)
