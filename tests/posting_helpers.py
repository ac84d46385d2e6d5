"""Small postings for tests, and what tests read of a text given as a posting: its information
and its requirements."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import PostingInfo, Profile, Requirement

ProfileOf = Callable[..., Profile]


def posting_info(profile_of: ProfileOf, text: str) -> PostingInfo:
    """The posting's information (years, level, degree asked) of a text read as a posting."""
    info = profile_of(text, "posting").posting
    assert info is not None
    return info


def asked(profile_of: ProfileOf, text: str) -> dict[str, Requirement]:
    """Each requirement of a text read as a posting, by its id."""
    return {req.id: req for req in profile_of(text, "posting").requirements}


def listed(*items: str, title: str = "Data Scientist") -> str:
    """A small structured posting: a title, then the items under its requirements heading."""
    return f"{title}\n\nRequirements\n" + "".join(f"- {item}\n" for item in items)
