"""Documents of kinds not tried before (probe41): a posting pasted with a job site's menu, a
platform posting's elided years, German and Dutch years "als" a role, a French title's genders,
a first-person resume and a resume flattened to one line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> dict[str, float | None]:
    return {req.id: req.years for req in profile.requirements}


@pytest.mark.parametrize("menu", ["Jobs  Companies  Salaries  Sign in", "Careers Talent Log In"])
def test_probe41_a_menu_ending_on_sign_in_stays_off_the_title(
    profile_of: ProfileOf, menu: str
) -> None:
    text = (
        f"Skip to main content\n{menu}\nMachine Learning Engineer\n"
        "Contoso Health · Boston, MA\nRequirements\n- Python\n- SQL\n"
    )
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.title == "Machine Learning Engineer"


def test_probe41_a_sentence_ending_on_in_still_runs_on(profile_of: ProfileOf) -> None:
    # a near miss: a lower-case "sign in" is a sentence's verb, not a link
    text = (
        "Data Engineer\n\nRequirements\n- Users of our portal must always sign in\n"
        "Okta before they open a dashboard\n- Python\n"
    )
    assert "okta" in _asked(profile_of(text, "posting"))


@pytest.mark.parametrize(
    ("item", "skill", "years"),
    [
        ("5+ years of software engineering experience, 2+ in ML infrastructure", "mlops", 2.0),
        ("6 years of Java experience, 3 with Kafka", "kafka", 3.0),
        ("6 years of Java experience, including 3 with Kafka", "kafka", 3.0),
        ("6 years of Java experience, 3 with Kafka", "java", 6.0),
        (
            "5+ years of software engineering experience, 2+ in ML infrastructure",
            "software-engineering-fundamentals",
            5.0,
        ),
    ],
)
def test_probe41_years_named_once_then_a_part_of_them(
    profile_of: ProfileOf, item: str, skill: str, years: float
) -> None:
    text = f"Platform Engineer\n\nRequirements\n- {item}\n- Python\n"
    assert _asked(profile_of(text, "posting"))[skill] == years


def test_probe41_a_count_above_the_years_is_no_part_of_them(profile_of: ProfileOf) -> None:
    text = "Platform Engineer\n\nRequirements\n- 3 years of Java, 10 with Kafka in total\n"
    assert _asked(profile_of(text, "posting"))["kafka"] == 3.0


@pytest.mark.parametrize(
    ("item", "role"),
    [
        ("Mindestens 2 Jahre Berufserfahrung als Data Scientist", "role:data-scientist"),
        ("3 jaar ervaring als Machine Learning Engineer", "role:machine-learning-engineer"),
    ],
)
def test_probe41_german_and_dutch_years_as_a_role_ask_the_role(
    profile_of: ProfileOf, item: str, role: str
) -> None:
    text = f"Data Scientist (m/w/d)\n\nIhr Profil\n- {item}\n- Python\n"
    asked = _asked(profile_of(text, "posting"))
    assert asked.get(role) in (2.0, 3.0)
    assert not any(key.startswith("term:") for key in asked)


def test_probe41_german_als_before_no_occupation_names_no_role(profile_of: ProfileOf) -> None:
    text = "Data Engineer (m/w/d)\n\nIhr Profil\n- 2 Jahre Erfahrung mit Docker als Plattform\n"
    assert not any(key.startswith("role:") for key in _asked(profile_of(text, "posting")))


@pytest.mark.parametrize("genders", ["(H/F)", "(M/W/D)", "(F/H)"])
def test_probe41_a_titles_genders_are_no_acronym_of_its_skill(
    profile_of: ProfileOf, genders: str
) -> None:
    text = (
        f"Ingénieur Machine Learning {genders} - CDI\n\nProfil recherché\n"
        "- Au moins 3 ans d'expérience en machine learning\n- Python\n"
    )
    asked = {req.id: req.jd_text for req in profile_of(text, "posting").requirements}
    assert asked["machine-learning"].lower() == "machine learning"


def test_probe41_an_acronym_with_a_slash_is_still_one(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Experience with Change Data Capture (CDC/ETL)\n"
    asked = {req.id: req.jd_text for req in profile_of(text, "posting").requirements}
    assert any(wording.endswith("(CDC/ETL)") for wording in asked.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "I have worked at Feedzai since 2019 as a machine learning engineer.",
        "I've been with Feedzai since 2019, building fraud models.",
    ],
)
def test_probe41_a_first_person_job_held_since_a_year_counts(
    profile_of: ProfileOf, sentence: str
) -> None:
    text = f"Elena Petrova\n\n{sentence}\n\nI hold a master's degree in Mathematics.\n"
    experience = profile_of(text, "resume").experience
    assert [r.text for r in experience.ranges] == ["since 2019"]
    assert experience.years is not None and experience.years >= 7


@pytest.mark.parametrize(
    "sentence",
    ["I have been working with PyTorch since 2018.", "Our team has used Spark since 2015."],
)
def test_probe41_a_tool_used_since_a_year_dates_no_job(
    profile_of: ProfileOf, sentence: str
) -> None:
    text = f"Elena Petrova\n\n{sentence}\n\nI hold a master's degree in Mathematics.\n"
    assert profile_of(text, "resume").experience.ranges == []


def test_probe41_a_flattened_resumes_degree_shows_whole_words(profile_of: ProfileOf) -> None:
    body = (
        "Marcus Lee  Data Analyst  EXPERIENCE  Senior Data Analyst, Harbor Retail (Jun 2021 - "
        "Present) Built Tableau dashboards and SQL reports for stores, automated forecasts "
        "in Python with pandas and scikit-learn, and ran pricing trials with LightGBM features "
        "EDUCATION  B.A. Economics, University of Oregon, 2019 SKILLS  SQL, Python, Tableau, "
        "Excel, statistics, forecasting, dashboards and reporting for retail stores"
    )
    degrees = profile_of(body + "\n", "resume").education.degrees
    assert degrees and degrees[0].level == "bachelor"
    shown = degrees[0].text
    assert shown.split()[0] in body.split() and shown.split()[-1] in body.split()


@pytest.mark.parametrize(
    "item", ["Erfahrung mit ROS", "Kenntnisse von ROS", "Wissen über ROS", "Maîtrise de ROS"]
)
def test_probe41_a_guarded_name_after_german_words_is_the_name_asked(
    profile_of: ProfileOf, item: str
) -> None:
    # "ROS" wants a robot's words around it; the item alone is its context, not "Erfahrung mit"
    text = f"Vision Engineer (m/w/d)\n\nNice-to-have\n- {item}\n"
    wordings = [req.jd_text for req in profile_of(text, "posting").requirements]
    assert wordings == ["ROS"]


def test_probe41_one_year_of_work_reads_in_the_singular(profile_of: ProfileOf) -> None:
    text = (
        "Jordan Kim\n\nEXPERIENCE\nData Analyst, Acme Retail\nJan 2025 - Dec 2025\n"
        "- Weekly SQL reports for 20 stores\n"
    )
    evidence = profile_of(text, "resume").experience.level_evidence
    assert evidence[0] == "1 year of work in dated roles"


_FLAT_POSTING = (
    "Senior Data Engineer (Streaming)  We move 5B events a day.  Responsibilities • Run Kafka "
    "clusters for the payments team • Build Flink jobs with exactly-once delivery • Own the "
    "on-call rotation for ingestion  Requirements • 5+ years in data engineering, 2+ years "
    "with Scala • Airflow and dbt for batch jobs • Strong SQL and data modeling  Nice to have "
    "• Terraform • Rust\n"
)


def test_probe41_a_flattened_postings_labels_before_bullets_open_sections(
    profile_of: ProfileOf,
) -> None:
    importance = {req.id: req.importance for req in profile_of(_FLAT_POSTING).requirements}
    assert importance["kafka"] == "mentioned"  # a duty
    assert importance["sql"] == "required"
    assert importance["terraform"] == "preferred"


def test_probe41_years_stop_at_a_flattened_lists_bullet(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of(_FLAT_POSTING))
    assert asked["scala"] == 2.0
    assert asked["airflow"] is None and asked["dbt"] is None


def test_probe41_a_first_person_sentence_beside_a_date_is_no_title(profile_of: ProfileOf) -> None:
    text = (
        "Hannah Weber\n\nAbout me\nI'm a data scientist who likes turning messy data into "
        "decisions. Since March 2020 I have been\na data scientist at Zalando in Berlin, where "
        "I build pricing models with Python.\n"
    )
    experience = profile_of(text, "resume").experience
    assert [r.text for r in experience.ranges] == ["Since March 2020"]
    assert not any(title.startswith("I'm") or " I " in title for title in experience.titles)


def test_probe41_a_titles_rung_i_stays_a_title(profile_of: ProfileOf) -> None:
    text = (
        "Sam Lee\n\nEXPERIENCE\nSoftware Engineer I, Acme Corp  Jan 2021 - Present\n"
        "- Built Python services\n"
    )
    assert profile_of(text, "resume").experience.titles == ["Software Engineer I, Acme Corp"]
