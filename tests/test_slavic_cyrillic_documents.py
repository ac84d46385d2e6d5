"""Russian and Ukrainian resumes and postings, on small texts written here: their headings
("Опыт работы", "Вимоги", "Будет плюсом"), dates with Cyrillic month names and words for now
("Март 2019 — по настоящее время", "з 2020 р. по теперішній час"), degrees (магистр,
специалист, кандидат наук, неоконченное высшее), years asked ("опыт работы от 3 лет"),
spoken languages and their grades ("Английский — B2", "англійська — вільно"), and the common
words of an item, which name no term ("Знание", "Опыт работы от")."""

from __future__ import annotations

import pytest

from mlcareer.models import Profile

from .conftest import one_range
from .posting_helpers import (
    ProfileOf,
    asked,
    assert_a_foreign_posting_read,
    best_of_three,
    posting_info,
)

_RU_POSTING = """Data Scientist

О компании
Мы разрабатываем сервисы для ритейла.

Обязанности:
- Обучение моделей и работа с данными

Требования:
- Уверенное знание Python
- Опыт работы от 3 лет

Будет плюсом:
- Опыт работы с Kafka

Мы предлагаем:
- ДМС и гибкий график, кластер на Kubernetes
"""

_UK_POSTING = """Data Scientist

Про компанію
Ми створюємо фінтех-продукти.

Обов'язки:
• Розробка моделей скорингу

Вимоги:
• Відмінне знання Python
• Досвід від 2 років

Буде перевагою:
• Досвід роботи з Kafka

Ми пропонуємо:
• Медичне страхування, інфраструктура на Kubernetes
"""


@pytest.mark.parametrize("text", [_RU_POSTING, _UK_POSTING], ids=["russian", "ukrainian"])
def test_a_cyrillic_posting_read_by_its_headings(profile_of: ProfileOf, text: str) -> None:
    assert_a_foreign_posting_read(profile_of(text))


@pytest.mark.parametrize(
    ("text", "years"), [(_RU_POSTING, 3.0), (_UK_POSTING, 2.0)], ids=["russian", "ukrainian"]
)
def test_cyrillic_years_asked_name_no_term(profile_of: ProfileOf, text: str, years: float) -> None:
    profile = profile_of(text)
    assert profile.posting is not None and profile.posting.years_required == years
    terms = [req.jd_text for req in profile.requirements if not req.known]
    assert terms == [], terms


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Опыт работы от 3 лет в области машинного обучения", 3.0),
        ("Опыт коммерческой разработки от 3-х лет", 3.0),
        ("Опыт работы 3–6 лет", 3.0),
        ("Не менее 5 лет опыта работы с данными", 5.0),
        ("Досвід роботи від 2 років", 2.0),
        ("Досвід комерційної розробки 3+ роки", 3.0),
    ],
)
def test_cyrillic_years_of_work_asked(profile_of: ProfileOf, line: str, years: float) -> None:
    info = posting_info(profile_of, f"Data Scientist\n\nТребования:\n- {line}\n- Python\n")
    assert info.years_required == years


def test_a_year_of_a_date_asks_no_years(profile_of: ProfileOf) -> None:
    """ "Компания основана в 2010 года" is no count of years, nor "с 2019 года" (since)."""
    info = posting_info(
        profile_of, "Data Scientist\n\nТребования:\n- Python\n- Работа в офисе с 2019 года\n"
    )
    assert info.years_required is None


_RU_RESUME = """Иванов Алексей
Data Scientist

Опыт работы

Старший Data Scientist
ООО «Ромашка», Москва
{dates}
- Модели оттока клиентов на Python и LightGBM

Образование
МФТИ
Магистр, прикладная математика, 2016–2018 гг.

Навыки
Python, SQL
"""


@pytest.mark.parametrize(
    ("dates", "start", "end", "ongoing"),
    [
        ("Март 2021 — по настоящее время", (2021, 3), (2026, 11), True),
        ("03.2021 – наст. время", (2021, 3), (2026, 11), True),
        ("Сентябрь 2018 — февраль 2021", (2018, 9), (2021, 2), False),
        ("с марта 2020 года по настоящее время", (2020, 3), (2026, 11), True),
        ("с января 2019 г. по декабрь 2020 г.", (2019, 1), (2020, 12), False),
        ("сент. 2018 – н.в.", (2018, 9), (2026, 11), True),
        ("з 2020 р. по теперішній час", (2020, 1), (2026, 11), True),
        ("Вересень 2018 – грудень 2019", (2018, 9), (2019, 12), False),
        ("з травня 2019 до листопада 2020", (2019, 5), (2020, 11), False),
        ("2018–2021 гг.", (2018, 1), (2021, 1), False),
    ],
)
def test_a_cyrillic_job_dated(
    profile_of: ProfileOf,
    dates: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    profile = profile_of(_RU_RESUME.format(dates=dates))
    work = [r for r in profile.experience.ranges if r.section == "experience"]
    assert len(work) == 1, profile.experience.ranges
    found = work[0]
    assert (found.start // 12, found.start % 12 + 1) == start
    assert (found.end // 12, found.end % 12 + 1) == end
    assert found.ongoing is ongoing


def test_a_cyrillic_resume_read_by_its_headings(profile_of: ProfileOf) -> None:
    profile = profile_of(_RU_RESUME.format(dates="Март 2021 — по настоящее время"))
    assert profile.doc_type == "resume"
    names = [section.name for section in profile.sections]
    assert names == ["experience", "education", "skills"]
    assert profile.experience.jobs[0].title == "Старший Data Scientist"
    assert profile.education.highest == "master"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("О себе", "summary"),
        ("Про себе", "summary"),
        ("Досвід роботи", "experience"),
        ("Освіта", "education"),
        ("Навички", "skills"),
        ("Ключевые навыки", "skills"),
        ("Языки", "languages"),
        ("Мови", "languages"),
        ("Курсы и сертификаты", "certifications"),
        ("Проекты", "projects"),
    ],
)
def test_a_cyrillic_resume_heading(profile_of: ProfileOf, heading: str, name: str) -> None:
    profile = profile_of(f"Иванов Алексей\n\n{heading}\nPython, SQL, Docker\n", "resume")
    assert [section.name for section in profile.sections] == [name]


def _degrees(profile: Profile) -> list[str]:
    return [degree.level for degree in profile.education.degrees]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Магистр, прикладная математика, 2016–2018", "master"),
        ("Бакалавр, информатика, 2012–2016", "bachelor"),
        ("Специалист, прикладная математика, 2008–2013", "master"),
        ("Диплом специалиста, МГТУ им. Баумана, 2013", "master"),
        ("Кандидат физико-математических наук, 2020", "phd"),
        ("к.т.н., 2019", "phd"),
        ("Аспирантура, МФТИ, 2018–2022", "phd"),
        ("Магістр, комп'ютерні науки, 2018", "master"),
        ("Кандидат технічних наук, 2021", "phd"),
        ("Доктор філософії з комп'ютерних наук, 2022", "phd"),
    ],
)
def test_a_cyrillic_degree(profile_of: ProfileOf, line: str, level: str) -> None:
    profile = profile_of(f"Иванов Алексей\n\nОбразование\nМГУ\n{line}\n", "resume")
    assert _degrees(profile) == [level]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Высшее техническое образование", "bachelor"),
        ("Наличие высшего образования (математика, физика)", "bachelor"),
        ("Вища освіта (технічна або економічна)", "bachelor"),
        ("Степень кандидата наук", "phd"),
        ("Магистр в области Computer Science", "master"),
    ],
)
def test_a_cyrillic_degree_asked(profile_of: ProfileOf, line: str, level: str) -> None:
    info = posting_info(profile_of, f"Data Scientist\n\nТребования:\n- {line}\n- Python\n")
    assert info.degree_required == level


@pytest.mark.parametrize(
    "line",
    [
        "Неоконченное высшее, МГУ, 2015–2017",
        "Незакінчена вища освіта, КПІ",
        "Специалист по анализу данных, Сбербанк",
        "Ведущий специалист — отдел аналитики",
    ],
)
def test_no_cyrillic_degree(profile_of: ProfileOf, line: str) -> None:
    """Unfinished higher education holds no degree; "специалист по ..." is a job's title."""
    profile = profile_of(f"Иванов Алексей\n\nОбразование\n{line}\n", "resume")
    assert _degrees(profile) == []


@pytest.mark.parametrize(
    ("line", "language", "grade"),
    [
        ("Английский — B2", "lang-english", "B2"),
        ("Английский язык на уровне Upper-Intermediate", "lang-english", "B2"),
        ("Английский язык на уровне не ниже Upper-Intermediate", "lang-english", "B2"),
        ("Английский не ниже B1", "lang-english", "B1"),
        ("Разговорный английский", "lang-english", "B1"),
        ("Свободное владение английским", "lang-english", "C1"),
        ("Англійська — вільно", "lang-english", "C1"),
        ("Англійська мова — не нижче B2", "lang-english", "B2"),
        ("Немецкий — базовый", "lang-german", "A2"),
        ("Українська — рідна", "lang-ukrainian", "C2"),
    ],
)
def test_a_language_named_in_russian_or_ukrainian(
    profile_of: ProfileOf, line: str, language: str, grade: str
) -> None:
    found = asked(profile_of, f"Data Scientist\n\nТребования:\n- {line}\n- Python\n")
    assert language in found, found
    assert found[language].grade == grade
    assert [req.jd_text for req in found.values() if not req.known] == []


def test_a_language_named_in_a_cyrillic_resume(profile_of: ProfileOf) -> None:
    profile = profile_of(
        "Иванов Алексей\n\nНавыки\nPython, SQL\n\nЯзыки\nРусский — родной\n"
        "Английский — B2 (Upper-Intermediate)\n",
        "resume",
    )
    ids = {skill.id for skill in profile.skills}
    assert {"lang-russian", "lang-english"} <= ids


@pytest.mark.parametrize(
    "line",
    [
        "English: Upper-Intermediate (B2)",
        "English - Pre-Intermediate (A2)",
        "Английский язык на уровне Upper-Intermediate (чтение статей)",
    ],
)
def test_a_language_grade_is_no_school(profile_of: ProfileOf, line: str) -> None:
    """ "Intermediate (" opens an Indian school's year ("Intermediate (MPC)"), not a
    language's grade ("Upper-Intermediate (B2)")."""
    profile = profile_of(f"Jane Doe\n\nLanguages\n{line}\n", "resume")
    assert _degrees(profile) == []


def test_an_intermediate_school_still_read(profile_of: ProfileOf) -> None:
    profile = profile_of("Ravi Kumar\n\nEducation\nIntermediate (MPC), Narayana College, 2012\n")
    assert _degrees(profile) == ["secondary"]


@pytest.mark.parametrize(
    "text",
    [
        "Jan 2019 - Present\nSenior Data Scientist, Acme",
        "2018 - 2021\nData Analyst, Acme",
    ],
)
def test_english_dates_unchanged(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(f"Jane Doe\n\nExperience\n{text}\n- Python\n", "resume")
    assert len(profile.experience.ranges) == 1


def test_a_word_in_capitals_stays_a_term(profile_of: ProfileOf) -> None:
    """A Cyrillic acronym is a name ("1С", "ЕГЭ"), as a Latin one is: it stays a term."""
    found = asked(profile_of, "Data Scientist\n\nТребования:\n- Знание 1С и BPMN\n- Python\n")
    assert any(not req.known and "1С" in req.jd_text for req in found.values()), found


def test_one_range_of_a_cyrillic_line(profile_of: ProfileOf) -> None:
    profile = profile_of("Иванов\n\nОпыт работы\nАналитик, Сбер, 2018–2021 гг.\n- SQL\n")
    assert one_range(profile, (2018, 1), (2021, 1), False) == "2018–2021 гг."


def test_a_long_hostile_cyrillic_line_stays_fast(profile_of: ProfileOf) -> None:
    """Repeated openings of the new readings (a candidate of sciences without "наук", higher
    education without its noun, "not below" without a grade, a month without a year) on one
    line cost about what a plain line of the same length does."""
    hostile = (
        "кандидат физико математических высшее техническое Английский не ниже март с Знание "
    ) * 250
    plain = ("обычные слова без особого смысла здесь и там снова и снова опять " * 400)[
        : len(hostile)
    ]
    head = "Data Scientist\n\nТребования:\n- "
    slow = best_of_three(profile_of, head + hostile + "\n")
    fast = best_of_three(profile_of, head + plain + "\n")
    assert slow < 3 * fast + 0.5, (slow, fast)


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Data Scientist (Middle)", "mid"),
        ("Middle Data Scientist", "mid"),
        ("Middle+ ML Engineer", "mid"),
        ("Middle Office Analyst", None),
        ("Middle School Math Teacher", None),
    ],
)
def test_a_middle_rank_in_a_title(profile_of: ProfileOf, title: str, level: str | None) -> None:
    """Eastern Europe's "Middle" is the rung between junior and senior."""
    info = posting_info(profile_of, f"{title}\n\nRequirements:\n- Python\n- SQL\n")
    assert info.level == level


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Старший Data Scientist", "senior"),
        ("Ведущий ML-инженер", "senior"),
        ("Провідний інженер з даних", "senior"),
        ("Младший аналитик данных", "entry"),
        ("Стажёр-аналитик", "intern"),
        ("Інженер з машинного навчання (стажист)", "intern"),
    ],
)
def test_a_cyrillic_rank_in_a_title(profile_of: ProfileOf, title: str, level: str) -> None:
    info = posting_info(profile_of, f"{title}\n\nТребования:\n- Python\n- SQL\n")
    assert info.level == level


def test_a_cyrillic_job_title_above_its_employer(profile_of: ProfileOf) -> None:
    """ "Стажёр-аналитик" over "Сбербанк, Москва" over the dates: the title is the role's."""
    profile = profile_of(
        "Иванов Алексей\n\nОпыт работы\n\nСтажёр-аналитик\nСбербанк, Москва\n06.2017 – 08.2018\n"
        "- Анализ данных на Python\n",
        "resume",
    )
    assert [job.title for job in profile.experience.jobs] == ["Стажёр-аналитик"]


@pytest.mark.parametrize(
    "heading", ["Опыт работы — 5 лет 2 месяца", "Досвід роботи — 3 роки", "Опыт работы - 1 год"]
)
def test_a_work_heading_with_its_total_time(profile_of: ProfileOf, heading: str) -> None:
    """hh.ru and work.ua write the career's total after the work heading."""
    profile = profile_of(f"Сидорова Мария\n\n{heading}\nАналитик, Озон, 2019–2021\n", "resume")
    assert [section.name for section in profile.sections] == ["experience"]


def test_a_line_of_time_alone_is_no_heading(profile_of: ProfileOf) -> None:
    profile = profile_of("Сидорова Мария\n\nАналитик — 5 лет\nPython, SQL\n", "resume")
    assert profile.sections == []


def test_duties_and_achievements_under_each_job(profile_of: ProfileOf) -> None:
    """ "Обязанности:", "Задачи:" and "Достижения:" under a job are its parts: the CV stays a
    resume and keeps both jobs."""
    profile = profile_of(
        "Козлов Иван\n\nОпыт работы\n\nML Engineer\nТинькофф, Москва\n"
        "Март 2021 — по настоящее время\nОбязанности:\n- обучение моделей на PyTorch\n"
        "Достижения:\n- рост Gini на 5 пунктов\n\nData Scientist\nАвито, Москва\n"
        "Январь 2018 — февраль 2021\nЗадачи:\n- рекомендательные системы на Python\n\n"
        "Образование\nМГТУ им. Баумана, магистр, 2017\n"
    )
    assert profile.doc_type == "resume"
    assert [job.title for job in profile.experience.jobs] == ["ML Engineer", "Data Scientist"]
