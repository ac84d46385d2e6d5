"""Turkish postings, second pass, on small texts written here: spoken languages by their
Turkish names and grades ("İyi derecede İngilizce bilgisi": English B2), duties and traits
whose common words name no term, soft skills named in Turkish, and a name of three capitals
before a suffix ("SQL'e hâkim")."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked


def _asked(profile_of: ProfileOf, line: str) -> dict[str, str | None]:
    found = asked(profile_of, f"Data Engineer\n\nRequirements\n- {line}\n- Java\n")
    return {key: req.grade for key, req in found.items()}


@pytest.mark.parametrize(
    ("line", "language", "grade"),
    [
        ("İyi derecede İngilizce bilgisi", "lang-english", "B2"),
        ("ileri seviye İngilizce", "lang-english", "C1"),
        ("İleri düzey İngilizce bilgisi", "lang-english", "C1"),
        ("akıcı İngilizce", "lang-english", "C1"),
        ("Çok iyi derecede İngilizce bilgisi", "lang-english", "C1"),
        ("Orta seviye Almanca bilgisi", "lang-german", "B1"),
        ("Almanca bilgisi tercih sebebidir", "lang-german", None),
        ("Temel düzeyde Fransızca bilgisi", "lang-french", "A2"),
        ("Anadil seviyesinde Türkçe", "lang-turkish", "C2"),
        ("İspanyolca bilgisi", "lang-spanish", None),
        ("Rusça bilgisi", "lang-russian", None),
        ("Arapça bilgisi", "lang-arabic", None),
    ],
)
def test_a_language_named_in_turkish(
    profile_of: ProfileOf, line: str, language: str, grade: str | None
) -> None:
    found = _asked(profile_of, line)
    assert language in found, found
    assert found[language] == grade
    assert not [key for key in found if key.startswith("term:")], found


def test_a_turkish_language_name_alone_names_no_language(profile_of: ProfileOf) -> None:
    # a nationality's word beside no word of language ("Almanca" here is a firm's name)
    found = _asked(profile_of, "Almanca Yazılım şirketinde staj")
    assert "lang-german" not in found


@pytest.mark.parametrize(
    "line",
    [
        "Müşteri kayıp modelleri geliştirmek",
        "Veri hatlarını tasarlamak ve yönetmek",
        "Raporlama süreçlerini otomatikleştirmek",
    ],
)
def test_a_duty_names_no_term(profile_of: ProfileOf, line: str) -> None:
    found = _asked(profile_of, line)
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Takım çalışmasına yatkın", "teamwork"),
        ("Analitik düşünme yeteneği", "analytical-skills"),
        ("Güçlü iletişim becerileri", "communication"),
    ],
)
def test_a_trait_named_in_turkish(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = _asked(profile_of, line)
    assert skill in found, found
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("SQL'e hâkim", "sql"),
        ("AWS'de deneyim", "aws"),
        ("Kubernetes'te dağıtım", "kubernetes"),
        ("Python'ı iyi bilen", "python"),
    ],
)
def test_a_name_before_a_suffix_on_any_line(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = _asked(profile_of, line)
    assert skill in found, found
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Built Python's tooling", "python"),  # an English possessive reads as before
        ("Knowledge of AWS and GCP", "aws"),
    ],
)
def test_english_lines_read_as_before(profile_of: ProfileOf, line: str, skill: str) -> None:
    assert skill in _asked(profile_of, line)


@pytest.mark.parametrize("line", ["Offices in Phoenix, AZ and Austin", "Hakim Data Platform"])
def test_an_english_line_is_not_read_as_turkish(profile_of: ProfileOf, line: str) -> None:
    from mlcareer.extract.northern import northern_line

    assert not northern_line(line)
