"""Skills in Russian and Ukrainian documents, on small texts written here: the taxonomy's
Cyrillic names of methods and soft skills ("машинное обучение", "комп'ютерний зір",
"командная работа") in their case forms, a name asked past the words asking for it ("Опыт
работы с Zorblex"), one term in two cases needing no change of wording, and English text
left as it was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlcareer.api import Options, analyze

from .posting_helpers import ProfileOf, asked


def _skill_ids(profile_of: ProfileOf, text: str) -> set[str]:
    return {skill.id for skill in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Data Scientist с опытом в машинном обучении", "machine-learning"),
        ("Применял методы глубокого обучения", "deep-learning"),
        ("Модели компьютерного зрения для ритейла", "computer-vision"),
        ("Обработка естественного языка (классификация запросов)", "natural-language-processing"),
        ("Статистика, SQL", "statistics"),
        ("Командная работа", "teamwork"),
        ("Досвід у машинному навчанні", "machine-learning"),
        ("Працюю з комп'ютерним зором", "computer-vision"),
        ("Працюю з комп’ютерним зором", "computer-vision"),
        ("Обробка природної мови", "natural-language-processing"),
        ("Робота в команді", "teamwork"),
        ("Побудова рекомендаційних систем", "recommender-systems"),
    ],
)
def test_a_cyrillic_skill_name(profile_of: ProfileOf, line: str, skill: str) -> None:
    assert skill in _skill_ids(profile_of, f"Иванов Алексей\n\nО себе\n{line}\n")


@pytest.mark.parametrize(
    "line",
    [
        "Машинное масло и обучение персонала",
        "Статистический отдел, Москва",
        "Компьютерное оборудование",
    ],
)
def test_no_cyrillic_skill_in_other_words(profile_of: ProfileOf, line: str) -> None:
    ids = _skill_ids(profile_of, f"Иванов Алексей\n\nО себе\n{line}\n")
    assert not ids & {"machine-learning", "statistics", "computer-vision"}


@pytest.mark.parametrize(
    "line",
    ["Знание Zorblex", "Опыт работы с Zorblex", "Уверенное знание Zorblex", "Знання Zorblex"],
)
def test_a_name_past_the_words_asking_it(profile_of: ProfileOf, line: str) -> None:
    """ "Знание Zorblex": the term is Zorblex, not the words before it."""
    found = asked(profile_of, f"Data Scientist\n\nТребования:\n- {line}\n- SQL\n")
    terms = [req.jd_text for req in found.values() if not req.known]
    assert terms == ["Zorblex"], terms


def test_an_english_term_kept_whole(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "Data Scientist\n\nRequirements:\n- Experience with Zorblex\n")
    terms = [req.jd_text for req in found.values() if not req.known]
    assert terms == ["Zorblex"], terms


def test_one_term_in_two_cases_needs_no_rewording(tmp_path: Path) -> None:
    """The posting's "машинного обучения" and the resume's "машинное обучение" are one term in
    two grammatical cases: nothing to reword."""
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Иванов Алексей\n\nОпыт работы\nData Scientist, Яндекс\nМарт 2019 — по настоящее время\n"
        "- Внедрял машинное обучение в поиске на Python\n",
        encoding="utf-8",
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Data Scientist\n\nТребования:\n- Опыт в области машинного обучения\n- Python\n",
        encoding="utf-8",
    )
    report = analyze(resume, posting, Options(as_of=2026 * 12 + 10))
    kinds = [s.kind for s in report.suggestions if "машинн" in s.message]
    assert "use-their-term" not in kinds, report.suggestions


def test_an_english_wording_still_advised(tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Jane Doe\n\nExperience\nData Scientist, Acme\nMar 2019 - Present\n"
        "- Built object detectors in Python\n",
        encoding="utf-8",
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Data Scientist\n\nRequirements:\n- Object detection\n- Python\n", encoding="utf-8"
    )
    report = analyze(resume, posting, Options(as_of=2026 * 12 + 10))
    assert not [s for s in report.suggestions if s.kind == "use-their-term"]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Specialist degree in Mathematics, Saint Petersburg State University, 2018", "master"),
        ("Специалист, математика / Specialist degree in Mathematics, 2013–2018", "master"),
    ],
)
def test_a_specialist_degree_in_english(profile_of: ProfileOf, line: str, level: str) -> None:
    profile = profile_of(f"Dmitry Petrov\n\nEducation\n{line}\n", "resume")
    assert {degree.level for degree in profile.education.degrees} == {level}


def test_a_specialist_in_a_job_title_is_no_degree(profile_of: ProfileOf) -> None:
    profile = profile_of(
        "Jane Doe\n\nExperience\nData Specialist, Acme, 2019 - 2021\n- SQL reports\n", "resume"
    )
    assert profile.education.degrees == []
