"""Postings4: a posting written as a numbered outline ("2. Responsibilities" over "2.1 ...",
"2.2 ..."): each numbered part whose words name a section opens it, so its wishes are wishes
and its pay asks nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

OUTLINE = """Computational Biologist, Single-Cell Genomics

1. About the team
1.1 We study how immune cells respond to therapies using single-cell data.

2. Responsibilities
2.1 Analyse scRNA-seq datasets with Scanpy
2.2 Build reproducible pipelines in Nextflow

3. Qualifications
3.1 PhD in Computational Biology or a related field
3.2 Proficiency in Python and R

4. Preferred
4.1 Experience with spatial transcriptomics

5. Compensation
5.1 The salary range is €85,000–€105,000 gross per year.
"""


@pytest.mark.parametrize("mark", [".", ")"])
def test_postings4_a_numbered_outlines_parts_open_sections(
    mark: str, profile_of: ProfileOf
) -> None:
    text = OUTLINE
    for number in "12345":
        text = text.replace(f"\n{number}. ", f"\n{number}{mark} ")
    profile = profile_of(text, "posting")
    names = [section.name for section in profile.sections]
    assert names[:4] == ["about", "responsibilities", "requirements", "preferred"]
    asked = {req.id: req.importance for req in profile.requirements}
    assert asked["python"] == "required"
    assert asked["spatial-transcriptomics"] == "preferred"
    assert asked["nextflow"] != "required"
    assert not [req.jd_text for req in profile.requirements if not req.known]


def test_postings4_a_numbered_list_of_skills_opens_no_section(profile_of: ProfileOf) -> None:
    """Numbered items of a list whose words look like a heading's ("2. Communication skills")
    but over no sub-numbered part stay items."""
    text = (
        "Data Analyst\n\nRequirements\n1. SQL\n2. Communication skills\n3. Tableau\n\n"
        "Nice to have\n1. Python\n"
    )
    profile = profile_of(text, "posting")
    assert [section.name for section in profile.sections] == ["requirements", "preferred"]
    asked = {req.id: req.importance for req in profile.requirements}
    assert asked["tableau"] == "required"
    assert asked["python"] == "preferred"
