"""A Turkish posting's item written in capitals ("İYİ DERECEDE İNGİLİZCE", "İLERİ SEVİYE
ALMANCA", "ÇİNCE BİLGİSİ") reads as the same item in lower case: the language with its grade
and no leftover term. Python's lower() gives the capital "İ" a dot above ("i̇"), and a word in
capitals opening with a letter beyond ASCII was cut before it. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _asked(profile_of: ProfileOf, item: str) -> list[tuple[str, str | None]]:
    text = f"Veri Bilimci\n\nAranan Nitelikler\n- Python bilgisi\n- {item}\n"
    requirements = profile_of(text, "posting").requirements
    return [(req.name, req.grade) for req in requirements if req.name != "Python"]


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        ("İYİ DERECEDE İNGİLİZCE", [("English", "B2")]),
        ("AKICI İNGİLİZCE", [("English", "C1")]),
        ("İLERİ SEVİYE ALMANCA", [("German", "C1")]),
        ("İLERİ SEVİYEDE İNGİLİZCE BİLGİSİ", [("English", "C1")]),
        ("İYİ DERECEDE İSPANYOLCA", [("Spanish", "B2")]),
        ("ÇİNCE BİLGİSİ", [("Mandarin Chinese", None)]),
        ("İyi derecede İngilizce", [("English", "B2")]),  # as before
    ],
)
def test_a_turkish_item_in_capitals_reads_as_in_lower_case(
    profile_of: ProfileOf, item: str, asked: list[tuple[str, str | None]]
) -> None:
    assert _asked(profile_of, item) == asked


def test_an_english_acronym_in_capitals_stays_a_term(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nRequirements\n- Python\n- Experience with ZORBLEX and ÉCOLE data\n"
    names = [req.name for req in profile_of(text, "posting").requirements]
    assert any("ZORBLEX" in name for name in names)
