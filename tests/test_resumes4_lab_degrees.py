"""A lab scientist's resume names mass spectrometry as "MS" after its method's letters
("LC-MS", "GC-MS", "ICP-MS", "LC-MS/MS", "MALDI-TOF MS"): a technique, not a master's degree.
An "MS" beside another degree's letters ("BS/MS") or before its field
stays a degree."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, extract
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_LAB_RESUME = (
    "Jane Doe\nAnalytical chemist: {line}\n\n"
    "EDUCATION\nBSc Chemistry, University of Leeds, 2016\n\n"
    "EXPERIENCE\nLab Scientist, Acme Bio\n2016 - 2020\n- Ran assays.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "LC-MS, GC-MS and ICP-MS method development",
        "Thesis: LC-MS/MS profiling of plant metabolites",
        "MALDI-TOF MS and HPLC-MS for proteomics",
        "Instruments: UPLC-MS, MS/MS, tandem MS",
    ],
)
def test_resumes4_mass_spectrometry_is_no_masters_degree(
    shared_profile_of: ProfileOf, line: str
) -> None:
    profile = shared_profile_of(_LAB_RESUME.format(line=line), "resume")
    assert profile.education.highest == "bachelor"
    assert [d.level for d in profile.education.degrees] == ["bachelor"]


@pytest.mark.parametrize(
    "line",
    [
        "MS (Chemistry), University of Basel, 2018",
        "BS/MS in Chemistry, University of Basel, 2016",
        "MS Chemistry, University of Basel, 2018",
        "MS in Analytical Chemistry (LC-MS methods), ETH Zurich, 2018",
    ],
)
def test_resumes4_an_ms_beside_a_degree_stays_a_masters(
    shared_profile_of: ProfileOf, line: str
) -> None:
    text = f"Jane Doe\n\nEDUCATION\n{line}\n\nEXPERIENCE\nChemist, Acme Bio\n2018 - 2020\n"
    assert shared_profile_of(text, "resume").education.highest == "master"


def test_resumes4_a_json_resume_skill_list_names_no_degree(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Hannah Okafor", "label": "Lab scientist"},
        "education": [
            {"institution": "University of Lagos", "area": "Chemistry", "studyType": "Bachelor"}
        ],
        "skills": [{"name": "Lab", "keywords": ["HPLC", "LC-MS", "GC-MS", "qPCR"]}],
    }
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(resume), encoding="utf-8")
    profile = extract(path, Options(), "resume")
    assert [d.level for d in profile.education.degrees] == ["bachelor"]
