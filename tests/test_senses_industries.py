"""Tool names that, in postings from healthcare, finance, insurance, gaming and plain
business English, name something else: a province's code, an actuarial system, an author, a
film, an animal. Each case keeps a sentence where the same word is the skill."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def mentions(found: Profile, skill: str) -> list[str]:
    """The written mentions of a skill, in order."""
    return [m.text for hit in found.skills if hit.id == skill for m in hit.mentions]


def importance(found: Profile, skill: str) -> str | None:
    return next((r.importance for r in found.requirements if r.id == skill), None)


def posting(head: str, duties: str, asks: str = "- 3+ years of Python") -> str:
    return f"{head}\n\nWhat you will do\n{duties}\n\nRequirements\n{asks}\n"


@pytest.mark.parametrize(
    "place",
    [
        "Lanternfish Games - Montreal, QC",
        "Lanternfish Games | Montréal, QC H2X 1Y4",
        "Location: Quebec City, QC, Canada",
        "Offices in Laval, QC and Toronto, ON.",
    ],
)
def test_quebecs_code_after_a_town_is_no_quality_control(profile_of: ProfileOf, place: str) -> None:
    text = posting(f"Data Scientist, Player Analytics\n{place}", "- Build data models.")
    assert mentions(profile_of(text, "posting"), "quality-control") == [], place


@pytest.mark.parametrize(
    "duty",
    [
        "- Run QC checks on assay data.",
        "- Own data QC, validation and release.",
        "- Lead batch QC, reviewing lab samples.",
        "- Test on Windows, SQL, QC, Jira and TestLink.",
        "- Tools: Jira, Citrix, QC, Bugzilla.",
    ],
)
def test_quality_control_written_qc_stays(profile_of: ProfileOf, duty: str) -> None:
    assert mentions(profile_of(posting("Lab Data Analyst", duty), "posting"), "quality-control")


@pytest.mark.parametrize(
    "duty",
    [
        "- Run liability projections in Prophet and AXIS for the valuation team.",
        "- Maintain the Prophet and MoSes platforms for IFRS 17 reporting.",
        "- Build FIS Prophet models for the reserving team.",
    ],
)
def test_the_actuarial_prophet_is_not_the_forecasting_library(
    profile_of: ProfileOf, duty: str
) -> None:
    found = profile_of(posting("Actuarial Analyst", duty, "- Python and SQL"), "posting")
    assert mentions(found, "prophet") == [], duty
    assert mentions(found, "fis-prophet"), duty


@pytest.mark.parametrize(
    "duty",
    [
        "- Forecast claim volumes with Prophet and ARIMA models in Python.",
        "- Build demand forecasts with Prophet for our insurance products.",
    ],
)
def test_prophet_forecasting_stays_the_library(profile_of: ProfileOf, duty: str) -> None:
    found = profile_of(posting("Data Scientist", duty), "posting")
    assert mentions(found, "prophet") == ["Prophet"], duty
    assert mentions(found, "fis-prophet") == [], duty


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Our guides love a good Kafka novel and long walks.", "kafka"),
        ("We read Franz Kafka in our book club.", "kafka"),
        ("Our team watched Django Unchained last week.", "django"),
        ("We love film, from Django Reinhardt documentaries to westerns.", "django"),
        ("You may meet the giant pandas at the city zoo.", "pandas"),
        ("Our office is next to the red pandas' enclosure.", "pandas"),
        ("On Fridays we visit the pandas at the zoo.", "pandas"),
        ("We run hotels and the Seaborn cruise partnership.", "seaborn"),
        ("Sail with Seaborn Cruises to Alaska.", "seaborn"),
    ],
)
def test_an_author_a_film_an_animal_are_no_tools(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    text = posting(f"Operations Analyst\n\nAbout us\n{line}", "- Track orders and inventory.")
    assert mentions(profile_of(text, "posting"), skill) == [], line


@pytest.mark.parametrize(
    ("ask", "skill"),
    [
        ("- Experience with Kafka and Spark Structured Streaming.", "kafka"),
        ("- Kafka's consumer groups and exactly-once delivery.", "kafka"),
        ("- Build REST APIs with Django and PostgreSQL.", "django"),
        ("- Data wrangling with pandas and NumPy.", "pandas"),
        ("- Pandas, NumPy and scikit-learn.", "pandas"),
        ("- Plot results with Seaborn and Matplotlib.", "seaborn"),
    ],
)
def test_the_tools_stay(profile_of: ProfileOf, ask: str, skill: str) -> None:
    found = profile_of(posting("Data Engineer", "- Build pipelines.", ask), "posting")
    assert mentions(found, skill), ask


@pytest.mark.parametrize("heading", ["You bring", "What we look for", "What we look for:"])
def test_a_heading_of_what_is_sought_makes_its_asks_required(
    profile_of: ProfileOf, heading: str
) -> None:
    text = (
        "Data Analyst\n\nWhat you will do\n- Build dashboards.\n\n"
        f"{heading}\n- 3+ years of experience with SQL.\n"
    )
    assert importance(profile_of(text, "posting"), "sql") == "required", heading
