"""The Arabic word for the language alone ("العربية: اللغة الأم", Arabic: mother tongue) names
Arabic in a languages list; inside the names of Saudi Arabia, the UAE, Egypt or Syria it names
no language. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _skills(profile_of: ProfileOf, text: str) -> set[str]:
    return {skill.name for skill in profile_of(text, "resume").skills}


def test_arabic_named_in_arabic_as_mother_tongue(profile_of: ProfileOf) -> None:
    text = "Omar Haddad\n\nLanguages\nالعربية: اللغة الأم\nEnglish: fluent\n"
    assert {"Arabic", "English"} <= _skills(profile_of, text)


@pytest.mark.parametrize(
    "country",
    [
        "المملكة العربية السعودية",
        "الإمارات العربية المتحدة",
        "جمهورية مصر العربية",
        "الجمهورية العربية السورية",
    ],
)
def test_a_country_named_in_arabic_is_no_language(profile_of: ProfileOf, country: str) -> None:
    text = f"Omar Haddad\nLanguages: fluent English; based in {country}\n"
    assert "Arabic" not in _skills(profile_of, text)
