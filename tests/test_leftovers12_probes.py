"""Misreadings found by probes: a company's own business, office places, school-leaving
certificates, Indian resume headings, year-month-day ranges and a guarded skill after "with"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.importance import line_importance
from mlcareer.models import Profile

from .conftest import one_range

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("line", "skill", "expected"),
    [
        # the company describing its own business asks nothing of that business
        ("We are a fintech startup hiring a data scientist.", "fintech", None),
        ("We're an e-commerce company based in Berlin.", "e-commerce", None),
        ("Founded in 2015, we are a fast-growing fintech scale-up.", "fintech", None),
        ("Acme is a leading fintech company in Europe.", "fintech", None),
        # ... but what it hires for, or asks after the blurb, still counts
        (
            "We are a fintech startup hiring someone to build credit risk models.",
            "credit risk",
            "mentioned",
        ),
        ("Experience at a fintech startup is a plus.", "fintech", "preferred"),
        ("We are looking for a fintech expert.", "fintech", "required"),
    ],
)
def test_a_company_describing_its_business_asks_nothing_of_it(
    line: str, skill: str, expected: str | None
) -> None:
    start = line.index(skill)
    assert line_importance(line, None, True, (start, start + len(skill))) == expected


def _literal_terms(profile_of: ProfileOf, heading: str, *items: str) -> set[str]:
    lines = "".join(f"- {item}\n" for item in items)
    profile = profile_of(f"Data Engineer\n\n{heading}:\n{lines}", doc_type="posting")
    return {r.jd_text for r in profile.requirements if not r.known}


@pytest.mark.parametrize(
    ("item", "place"),
    [
        ("Zorblex; this 4-month co-op is located in Quuxville, Quuxshire.", "Quuxshire"),
        ("Zorblex; the office is based in Quuxton, Quuxland, Quuxia", "Quuxia"),
        ("Zorblex; the office is based in Quuxton, Quuxland, Quuxia", "Quuxland"),
    ],
)
def test_the_region_after_an_office_town_is_no_term(
    profile_of: ProfileOf, item: str, place: str
) -> None:
    terms = _literal_terms(profile_of, "Nice to have", item)
    assert "Zorblex" in terms and place not in terms, terms


def test_a_name_after_a_town_that_goes_on_is_still_a_term(profile_of: ProfileOf) -> None:
    # the comma joins a new ask, not the town's region
    terms = _literal_terms(profile_of, "Requirements", "Based in Quuxville, Zorblex experience")
    assert "Zorblex experience" in terms or "Zorblex" in terms, terms


@pytest.mark.parametrize(
    "row",
    [
        "Class XII | CBSE | 2023 | 88.4%",
        "12th (Senior Secondary) | CBSE | 2023 | 88.4%",
        "CBSE Class 12, 2019",
        "SSC | ICSE | 2019",
        "Intermediate (MPC) | Board of Intermediate Education, AP | 2019",
    ],
)
def test_a_school_board_beside_its_certificate_is_one_degree(
    profile_of: ProfileOf, row: str
) -> None:
    profile = profile_of(f"Asha Rao\n\nEducation\n{row}\n\nSkills\nPython\n", doc_type="resume")
    assert [d.level for d in profile.education.degrees] == ["secondary"]


def test_two_certificates_on_one_line_stay_two(profile_of: ProfileOf) -> None:
    text = "Asha Rao\n\nEducation\nHSC 2021, SSC 2019\nCBSE\n\nSkills\nPython\n"
    degrees = profile_of(text, doc_type="resume").education.degrees
    assert [d.line for d in degrees] == [4, 4, 5]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        # the end of school in France, Austria and Switzerland, Spain and Italy
        ("Baccalauréat scientifique, Lycée Victor Hugo, 2015", "secondary"),
        ("Baccalaureat general - 2016", "secondary"),
        ("Matura, BRG Graz, 2014", "secondary"),
        ("Gymnasiale Maturität, Kantonsschule Zug, 2013", "secondary"),
        ("Bachillerato, IES Cervantes, 2016", "secondary"),
        ("Diploma di maturità scientifica, Liceo Galilei, 2015", "secondary"),
        ("International Baccalaureate Diploma, 2017", "secondary"),
        # ... not a university's degree of a like name
        ("Bac+5 en informatique, Université de Lyon", "master"),
        ("Baccalauréat en génie logiciel, Université Laval", "bachelor"),
        ("Bacharelado em Ciência da Computação, USP, 2019", "bachelor"),
        ("Diploma in Data Science, 2019", "associate"),
    ],
)
def test_school_leaving_certificates_of_other_countries(
    profile_of: ProfileOf, line: str, level: str
) -> None:
    text = f"Ana Ruiz\n\nEducation\n{line}\n\nSkills\nPython\n"
    degrees = profile_of(text, doc_type="resume").education.degrees
    assert [d.level for d in degrees] == [level]


_INDIAN_RESUME = """Priya Nair
priya@example.com

Education
B.Tech in Computer Science, NIT Trichy, 2020 - 2024

{training}
Trainee Engineer, Bharat Electronics, Jun 2023 - Jul 2023
- Automated reports with SQL

Projects Undertaken
Movie recommender using TensorFlow

Areas of Interest
Machine Learning, Computer Vision

Extra-Curricular Activities
Captain of the college cricket team
"""


@pytest.mark.parametrize("training", ["Summer Training", "Industrial Training"])
def test_indian_resume_headings_open_their_sections(profile_of: ProfileOf, training: str) -> None:
    profile = profile_of(_INDIAN_RESUME.format(training=training), doc_type="resume")
    names = {s.heading: s.name for s in profile.sections}
    # a company's training term is an internship: work, as "Internships" is
    assert names == {
        "Education": "education",
        training: "experience",
        "Projects Undertaken": "projects",
        "Areas of Interest": "summary",  # the writer's fields, as "Research Interests"
        "Extra-Curricular Activities": "interests",
    }
    assert [job.line for job in profile.experience.jobs] == [8]


@pytest.mark.parametrize(
    ("dates", "start", "end", "ongoing"),
    [
        ("2019.07.15 - 2021.03.31", (2019, 7), (2021, 3), False),
        ("2019-07-15 – 2021-03-31", (2019, 7), (2021, 3), False),
        ("2019/07/15 ~ present", (2019, 7), (2026, 11), True),
        ("2019-07-15 - 03/2021", (2019, 7), (2021, 3), False),
    ],
)
def test_year_month_day_dates_make_a_range(
    profile_of: ProfileOf,
    dates: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    text = f"Experience\nData Engineer, Acme, {dates}\n- Built pipelines in Python\n"
    assert one_range(profile_of(text, doc_type="resume"), start, end, ongoing) == dates


@pytest.mark.parametrize(
    "line",
    [
        "- Upgraded the firmware from 2019.07.15 to 2020.1.3 on 10.20.30.40",
        "- Pinned calver 2021.03.31.2 - 2022.01.01.7 in the lock file",
    ],
)
def test_version_and_address_numbers_make_no_range(profile_of: ProfileOf, line: str) -> None:
    text = f"Experience\nData Engineer, Acme, Jan 2018 - Dec 2020\n{line}\n"
    assert [r.text for r in profile_of(text, doc_type="resume").experience.ranges] == [
        "Jan 2018 - Dec 2020"
    ]


def _skill_ids(profile_of: ProfileOf, section: str, line: str) -> set[str]:
    text = f"Jane Roe\n\n{section}\n{line}\n"
    return {s.id for s in profile_of(text, doc_type="resume").skills}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Customer segmentation with Spark", "apache-spark"),
        ("- Customer segmentation using Spark, lifting retention 4%", "apache-spark"),
        ("- Survival analysis with Julia.", "julia"),
    ],
)
def test_a_guarded_name_closing_a_task_done_with_it_is_the_tool(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill in _skill_ids(profile_of, "Projects", line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Worked closely with Julia", "julia"),  # a colleague
        ("- Partnered with Spark to launch a loyalty app", "apache-spark"),  # a company
        ("- Weekly syncs with Julia", "julia"),
        ("- Customer segmentation with Spark Foundry", "apache-spark"),  # goes on: a name
    ],
)
def test_a_guarded_name_after_with_of_a_person_or_firm_is_not(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill not in _skill_ids(profile_of, "Experience", line)
