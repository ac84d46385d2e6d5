"""A posting's title names its role by one of the role's aliases too, as a resume's title
does ("Applied Scientist, Ads", "Deep Learning Engineer"), so the report's role and the
salary reference for it follow; a trade's title ("Sales Engineer (AI)") names none. Small
texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _role(profile_of: ProfileOf, title: str) -> str | None:
    text = f"{title}\n\nRequirements\n- 3+ years of Python\n- SQL\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None
    return posting.role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Applied Scientist, Ads", "research-scientist"),
        ("ML Platform Engineer", "mlops-engineer"),
        ("Business Intelligence Analyst", "data-analyst"),
        ("Deep Learning Engineer", "ml-engineer"),
        ("Software Engineer (Machine Learning)", "ml-engineer"),
        ("Perception Engineer - Autonomy", "computer-vision-engineer"),
        ("Senior Machine Learning Engineer", "ml-engineer"),  # by its name, as before
    ],
)
def test_a_posting_title_names_its_role_by_an_alias(
    profile_of: ProfileOf, title: str, role: str
) -> None:
    assert _role(profile_of, title) == role


@pytest.mark.parametrize(
    "title", ["Sales Engineer (AI)", "Solutions Engineer (ML)", "Account Executive"]
)
def test_a_posting_title_naming_no_single_role_names_none(
    profile_of: ProfileOf, title: str
) -> None:
    assert _role(profile_of, title) is None
