"""Skills misread by their neighbours: a count of SFT examples read as square feet, Spark
in a list joined by "og" or beside one technology, a cookie banner after a requirements
list and QC among departments. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, listed


def _skill_ids(profile_of: ProfileOf, text: str, doc_type: str = "resume") -> set[str]:
    return {skill.id for skill in profile_of(text, doc_type).skills}


def _job(*bullets: str) -> str:
    return "Jane Quux\n\nExperience\nConsultant, Acme Labs, 2021 - 2024\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


# 1. A count before "SFT" is square feet, unless what it counts are training examples


@pytest.mark.parametrize(
    "bullet",
    [
        "Curated 50,000 SFT examples for a chat assistant",
        "Collected 12k SFT samples from support tickets",
        "Wrote 3,000 SFT demonstrations with the annotation team",
    ],
)
def test_a_count_of_sft_examples_is_instruction_tuning(profile_of: ProfileOf, bullet: str) -> None:
    assert "instruction-tuning" in _skill_ids(profile_of, _job(bullet))


@pytest.mark.parametrize(
    "bullet",
    [
        "Leased 2,400 SFT office space to tenants",
        "Renovated a 1,200 sft flat in the old town",
        "Managed a 40,000 SFT warehouse and its staff",
        "Sold a 900 SFT plot near the station",
    ],
)
def test_square_feet_stay_no_skill(profile_of: ProfileOf, bullet: str) -> None:
    assert "instruction-tuning" not in _skill_ids(profile_of, _job(bullet))


# 2. Spark in a list of technologies of other kinds, joined in English or a Nordic "og"


@pytest.mark.parametrize(
    "bullet",
    [
        "Built pipelines in Python, Spark og Azure",
        "Jeg brugte Python, Spark og Azure",
        "I used PyTorch and Spark daily",
        "Ich nutze Docker und Spark",
        "Deployed Spark and Kubernetes at work",
    ],
)
def test_spark_beside_another_technology_is_the_engine(profile_of: ProfileOf, bullet: str) -> None:
    assert "apache-spark" in _skill_ids(profile_of, _job(bullet))


@pytest.mark.parametrize(
    "bullet",
    [
        "Little things that spark joy and Python scripts",
        "Sold ads to Spark Networks and Match Group",
        "Worked with Python on the spark of an idea",
        "Hired by Google and Spark Networks in 2020",
        "Used Jira and Spark Networks dashboards",
    ],
)
def test_spark_of_another_sense_stays_out(profile_of: ProfileOf, bullet: str) -> None:
    assert "apache-spark" not in _skill_ids(profile_of, _job(bullet))


# 11. A page's footer outside its article is the site's, not the posting's

_PAGE = (
    "<html><body>{before}<h1>ML Engineer</h1><h2>Requirements</h2>"
    "<ul><li>Python</li><li>3+ years of PyTorch</li></ul>{after}</body></html>"
)


def _asked_on_page(profile_of: ProfileOf, before: str = "", after: str = "") -> set[str]:
    page = _PAGE.format(before=before, after=after)
    return {req.name for req in profile_of(page, "posting", "page.html").requirements}


@pytest.mark.parametrize(
    "after",
    [
        "<footer>Cookie settings</footer>",
        "<footer><p>Cookie settings</p><p>Privacy | Terms</p></footer>",
        "<aside>Similar jobs: Kubernetes Admin</aside>",
    ],
)
def test_a_pages_footer_asks_nothing(profile_of: ProfileOf, after: str) -> None:
    assert _asked_on_page(profile_of, after=after) == {"Python", "PyTorch"}


def test_a_sidebars_overview_still_asks(profile_of: ProfileOf) -> None:
    asked = _asked_on_page(profile_of, before="<aside><h2>Requirements</h2><p>SQL</p></aside>")
    assert asked == {"Python", "PyTorch", "SQL"}


def test_an_articles_own_aside_still_asks(profile_of: ProfileOf) -> None:
    page = (
        "<html><body><main><h1>ML Engineer</h1><h2>Requirements</h2>"
        "<ul><li>Python</li></ul><aside><h2>Requirements</h2><ul><li>Docker</li></ul></aside>"
        "</main><footer>Cookie settings</footer></body></html>"
    )
    asked = {req.name for req in profile_of(page, "posting", "page.html").requirements}
    assert asked == {"Python", "Docker"}


# 13. "QC" among departments is quality control; after a town it is Quebec


@pytest.mark.parametrize(
    "item",
    [
        "Experience in Production, QC and Packaging",
        "Worked in Quality, QC or Validation teams",
        "Rotations in Warehouse, QC and Logistics",
    ],
)
def test_qc_among_departments_is_quality_control(profile_of: ProfileOf, item: str) -> None:
    text = listed(item, "SQL", title="Plant Data Analyst")
    assert "quality-control" in _skill_ids(profile_of, text, "posting")


@pytest.mark.parametrize(
    "item",
    ["Based in Montreal, QC", "Experience in Montreal, QC and Toronto, ON"],
)
def test_qc_after_a_town_stays_quebec(profile_of: ProfileOf, item: str) -> None:
    text = listed(item, "SQL", title="Plant Data Analyst")
    assert "quality-control" not in _skill_ids(profile_of, text, "posting")


@pytest.mark.parametrize(
    "bullet", ["Met with Docker and Ruby teams", "Worked with AWS and Julia on pricing"]
)
def test_a_language_named_as_a_person_beside_a_tool_stays_out(
    profile_of: ProfileOf, bullet: str
) -> None:
    assert not {"ruby", "julia"} & _skill_ids(profile_of, _job(bullet))
