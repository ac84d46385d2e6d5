""".NET glued to the word or comma before it ("with.NET", "C#,.NET") is read as .NET; ASP.NET
and VB.NET keep their names, and a domain or file name in small letters ("example.net") names
no skill. Small texts written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.nlp import blank_english
from mlcareer.models import Profile

from .posting_helpers import asked

ProfileOf = Callable[..., Profile]


def _skill_ids(profile: Profile) -> set[str]:
    return {skill.id for skill in profile.skills}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("worked in.NET framework", ["worked", "in", ".NET", "framework"]),
        ("C#,.NET, SQL", ["C", "#", ",", ".NET", ",", "SQL"]),
        ("with.NET.", ["with", ".NET", "."]),
        ("ASP.NET VB.NET ADO.NET", ["ASP.NET", "VB.NET", "ADO.NET"]),
        ("config.net example.net", ["config.net", "example.net"]),
        ("in.NETWORK", ["in", ".", "NETWORK"]),
    ],
)
def test_glued_dotnet_is_its_own_word(text: str, words: list[str]) -> None:
    assert [token.text for token in blank_english().tokenizer(text)] == words


@pytest.mark.parametrize(
    "line",
    [
        "Experience with in.NET framework development is required.",
        "Solid experience with.NET is required.",
        "You must know C# and.NET Core.",
    ],
)
def test_a_posting_asks_glued_dotnet(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, f"Backend Developer\n\nRequirements\n- {line}\n")
    assert "dotnet" in found, sorted(found)


def test_a_resume_list_reads_dotnet_after_a_comma(profile_of: ProfileOf) -> None:
    text = "Lin Park\n\nSKILLS\nC#,.NET, SQL\n"
    assert {"csharp", "dotnet", "sql"} <= _skill_ids(profile_of(text, "resume"))


def test_asp_net_keeps_its_name(profile_of: ProfileOf) -> None:
    text = "Lin Park\n\nSKILLS\nBuilt ASP.NET and VB.NET tools\n"
    assert {"aspnet", "vb.net"} <= _skill_ids(profile_of(text, "resume"))


def test_a_domain_or_file_in_small_letters_is_no_dotnet(profile_of: ProfileOf) -> None:
    text = "Lin Park\n\nSKILLS\nEdited config.net; hosted example.net sites; Python\n"
    assert "dotnet" not in _skill_ids(profile_of(text, "resume"))
