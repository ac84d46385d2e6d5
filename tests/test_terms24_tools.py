"""Domain tools a recruiter calls skills (OSIsoft PI, AVEVA, Duck Creek, PACS, DESeq2,
Benchling, DoD 8570), fields ("Cell biology", "Brain imaging"), verb-first forecasting, "R&D"
in a posting, a certificate in a lettered list that is no copyright line and a resume's plea
for help that shows no skill. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


def _terms(profile_of: ProfileOf, text: str) -> list[str]:
    return [req.id for req in profile_of(text, "posting").requirements if not req.known]


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Experience with OSIsoft PI historian data", "osisoft-pi"),
        ("AVEVA System Platform or Wonderware", "aveva"),
        ("Duck Creek Policy configuration", "duck-creek"),
        ("Integrating models with PACS and DICOM viewers in radiology", "pacs"),
        ("Differential expression with DESeq2", "deseq2"),
        ("Benchling or another ELN", "benchling"),
        ("DoD 8570 IAT Level II certification", "dod-8570"),
        ("Cell biology and Brain imaging", "cell-biology"),
        ("Cell biology and Brain imaging", "neuroimaging"),
        ("Forecast demand at the store and SKU level", "demand-forecasting"),
        ("Forecasting demand for 2,000 SKUs", "demand-forecasting"),
    ],
)
def test_terms24_domain_tool_is_a_skill(profile_of: ProfileOf, item: str, skill: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert skill in found, sorted(found)


@pytest.mark.parametrize(
    "item",
    [
        "Experience with OSIsoft PI, AVEVA, Duck Creek, PACS, DESeq2, Benchling",
        "DoD 8570 IAT Level II certification",
        "Cell biology and Brain imaging",
        "Work closely with R&D teams",
    ],
)
def test_terms24_no_literal_terms_left(profile_of: ProfileOf, item: str) -> None:
    assert _terms(profile_of, listed("Python", item)) == []


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Fundraising for PACS and campaign committees", "pacs"),
        ("Physical access control systems (PACS) for our offices", "pacs"),
        ("Based near Duck Creek, Delaware", "duck-creek"),
        ("Serve as PI on federal grants", "osisoft-pi"),
        ("Forecast weather impacts at the store", "demand-forecasting"),
    ],
)
def test_terms24_lookalikes_name_no_tool(profile_of: ProfileOf, item: str, skill: str) -> None:
    assert skill not in asked(profile_of, listed("Python", item))


def test_terms24_rnd_in_a_resume_names_nothing(profile_of: ProfileOf) -> None:
    text = "Jane Doe\n\nExperience\nEngineer, R&D Lab, Acme, 2019 - 2023\n- Python tools\n"
    assert "r-d" not in {hit.id for hit in profile_of(text, "resume").skills}


RESUME = (
    "Jane Doe\njane@example.com\n\nCertifications\n(a) 2017 AWS Cloud Practitioner\n"
    "(b) 2018 Google Analytics\n(c) 2019 certified Scrum Master\n\n"
    "Experience\nData Analyst, Acme Corp, 2016 - 2023\n- Python dashboards\n"
)


def test_terms24_lettered_certificate_is_no_copyright_line(profile_of: ProfileOf) -> None:
    profile = profile_of(RESUME.replace("certified", "Certified"), "resume")
    assert "scrum" in {hit.id for hit in profile.skills}


def test_terms24_lowercase_after_year_is_no_copyright(profile_of: ProfileOf) -> None:
    text = RESUME.replace("(a) 2017 AWS Cloud Practitioner\n(b) 2018 Google Analytics\n", "")
    assert "scrum" in {hit.id for hit in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "footer",
    ["(c) 2019 Jane Doe. Built with Python", "(C) 2019-2024 Jane Doe, Scrum Master"],
)
def test_terms24_copyright_footer_still_blank(profile_of: ProfileOf, footer: str) -> None:
    text = "Jane Doe\n\nExperience\nData Analyst, Acme Corp, 2016 - 2023\n- SQL reports\n\n"
    ids = {hit.id for hit in profile_of(text + footer + "\n", "resume").skills}
    assert "python" not in ids
    assert "scrum" not in ids


RESUME_HELP = (
    "Jane Doe\njane@example.com\n\nExperience\nData Analyst, Acme Corp, 2019 - 2023\n"
    "- SQL reports\n\nAbout me\n{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "I'm looking for help with CUDA kernels",
        "Seeking guidance on CUDA kernels from a mentor",
        "I need help with CUDA kernels",
    ],
)
def test_terms24_a_plea_for_help_shows_no_skill(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(RESUME_HELP.format(line=line), "resume")
    cuda = [hit for hit in profile.skills if hit.id == "cuda"]
    assert not cuda or all(m.negated for m in cuda[0].mentions)


@pytest.mark.parametrize(
    "line", ["I helped with CUDA kernels for the vision team", "Help with CUDA kernels: 3 years"]
)
def test_terms24_help_given_shows_the_skill(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(RESUME_HELP.format(line=line), "resume")
    [cuda] = [hit for hit in profile.skills if hit.id == "cuda"]
    assert not any(m.negated for m in cuda.mentions)
