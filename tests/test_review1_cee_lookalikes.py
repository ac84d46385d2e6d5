"""English look-alikes of the Hungarian, Romanian and Estonian rules: an English word that
spells an Estonian one ("head"), a job title ending in "Master" before a university, a
project plan called "Integrated Master Schedule" and a first name that spells a Romanian
month ("Ian") read as English, as they did before those rules."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line
from mlcareer.extract.northern import inflecting_languages, northern_line

from .conftest import dated_job_cv
from .posting_helpers import ProfileOf, asked


@pytest.mark.parametrize(
    "line",
    [
        "Head of Data Science, Zorblex",
        "Led the head office analytics team",
        "Fellow of the HEA (Higher Education Academy)",
    ],
)
def test_an_english_head_marks_no_estonian_line(line: str) -> None:
    assert inflecting_languages(line) == frozenset()
    assert not northern_line(line)


def test_an_english_cv_with_heads_reads_no_case_endings(profile_of: ProfileOf) -> None:
    cv = (
        "Jane Doe\nHead of Data Science\n\nExperience\n"
        "Head of Analytics, Zorblex, 2019 - 2021\n"
        "- Led the head office team; shipped dashboards for Rayes and Kafkas\n"
    )
    found = {skill.id for skill in profile_of(cv, doc_type="resume").skills}
    assert "ray" not in found
    assert "kafka" not in found


def test_an_estonian_good_still_opens_an_item_with_no_term(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nNõuded\n- Väga hea inglise keele oskus\n- Head Pythoni oskused\n"
    found = asked(profile_of, text)
    assert "python" in found
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    "line",
    [
        "Maintained the Integrated Master Schedule (IMS)",
        "Built the Integrated Master Plan for the programme",
        "Web Master, Universitatea de Vest din Timișoara",
        "Scrum-Master, Universitat Politècnica de Catalunya",
        "Game Master - Universitat de València",
    ],
)
def test_a_title_or_a_plan_named_master_is_no_degree(line: str) -> None:
    assert degree_in_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Master, Statistică, Universitatea din București",
        "2018 – 2020 Master, Universitatea Babeș-Bolyai",
        "Program de master, Universitatea din București",
        "Integrated Master in Electrical Engineering, University of Porto",
        "Diploma in Computer Engineering (5-year, Integrated Master), NTUA",
    ],
)
def test_a_masters_degree_still_reads(line: str) -> None:
    assert degree_in_line(line) == "master"


@pytest.mark.parametrize("dates", ["Worked with Ian 2019 - 2021", "Mentor: Ian, 2019 – 2021"])
def test_a_name_ian_opens_no_range(profile_of: ProfileOf, dates: str) -> None:
    def the_range(line: str) -> tuple[str, int, int]:
        cv = f"Experience\nData Scientist, Acme\n{line}\n- Python\n"
        [found] = profile_of(cv, doc_type="resume").experience.ranges
        return found.text, found.start, found.end

    assert the_range(dates) == the_range(dates.replace("Ian", "Anna"))


@pytest.mark.parametrize("dates", ["ian. 2019 - 2021", "ian 2019 - iun 2021", "Ian 2019 - prezent"])
def test_a_romanian_january_still_opens_a_range(profile_of: ProfileOf, dates: str) -> None:
    cv = dated_job_cv(dates)
    [found] = profile_of(cv, doc_type="resume").experience.ranges
    assert found.text == dates
