"""Job postings and CVs written in Turkish (kariyer.net and LinkedIn style), on small texts
written here: their headings open sections (the dotted and dotless i folded alike), their
dates, years and degrees read, military service asks nothing, and a product's
name under a suffix ("Python'da", "Docker ile") is the skill."""

from __future__ import annotations

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.extract.education import degree_in_line

from .conftest import dated_job_cv, one_range
from .posting_helpers import ProfileOf, asked, assert_a_foreign_posting_read, posting_info

TURKISH_POSTING = """Veri Mühendisi
İstanbul, hibrit

Hakkımızda
150 kişilik bir fintek şirketiyiz.

İş Tanımı
- Airflow ile veri akışları kurmak

Aranan Nitelikler
- Python ve SQL bilgisi

Tercih Sebebi
- Kafka

Sunduklarımız
- Kubernetes eğitimi ve özel sağlık sigortası
"""


def test_a_postings_headings_open_its_sections(profile_of: ProfileOf) -> None:
    assert_a_foreign_posting_read(profile_of(TURKISH_POSTING))


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Aranan Nitelikler", "requirements"),
        ("ARANAN NİTELİKLER", "requirements"),
        ("Genel Nitelikler", "requirements"),
        ("İş Tanımı", "responsibilities"),
        ("İŞ TANIMI", "responsibilities"),
        ("Sorumluluklar", "responsibilities"),
        ("Tercih Sebebi", "preferred"),
        ("Artı olarak", "preferred"),
        ("Sunduklarımız", "benefits"),
        ("Neler sunuyoruz?", "benefits"),
        ("İş Deneyimi", "experience"),
        ("Eğitim", "education"),
        ("EĞİTİM", "education"),
        ("Yetenekler", "skills"),
        ("Yabancı Diller", "languages"),
    ],
)
def test_each_heading_names_its_section(heading: str, name: str) -> None:
    assert heading_name(heading) == name


TURKISH_CV = """Ayşe Yılmaz
İzmir | ayse.yilmaz@example.com.tr

İş Deneyimi
Veri Bilimci, Sigorta A.Ş.
Ocak 2020 - Halen
- Python ile müşteri kayıp modelleri

Veri Analisti, E-Ticaret Ltd.
Eylül 2017 - Aralık 2019
- SQL raporları

Eğitim
Yüksek Lisans, İstatistik, Orta Doğu Teknik Üniversitesi, 2017

Yetenekler
Python, SQL

Yabancı Diller
İngilizce - ileri seviye
"""


def test_a_cv_reads_its_sections_dates_and_degree(profile_of: ProfileOf) -> None:
    profile = profile_of(TURKISH_CV)
    assert profile.doc_type == "resume"
    names = [section.name for section in profile.sections]
    assert names == ["experience", "education", "skills", "languages"]
    assert [found.ongoing for found in profile.experience.ranges] == [True, False]
    assert profile.education.highest == "master"


@pytest.mark.parametrize(
    ("dates", "start", "end", "ongoing"),
    [
        ("Ocak 2019 - Haziran 2022", (2019, 1), (2022, 6), False),
        ("Şubat 2021 - Halen", (2021, 2), (2026, 11), True),
        ("Mart 2021 - Günümüz", (2021, 3), (2026, 11), True),
        ("Nisan 2021 - Devam ediyor", (2021, 4), (2026, 11), True),
        ("Ağustos 2018 - Kasım 2020", (2018, 8), (2020, 11), False),
        ("EKİM 2019 - ŞUBAT 2020", (2019, 10), (2020, 2), False),
        ("03.2021 - Halen", (2021, 3), (2026, 11), True),
    ],
)
def test_a_cvs_range_of_dates_is_read(
    profile_of: ProfileOf,
    dates: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    cv = dated_job_cv(dates)
    one_range(profile_of(cv, doc_type="resume"), start, end, ongoing)


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("Üniversitelerin Bilgisayar Mühendisliği bölümlerinden mezun", "bachelor"),
        ("Lisans mezunu", "bachelor"),
        ("Bilgisayar Mühendisliği Lisans, Boğaziçi Üniversitesi", "bachelor"),
        ("Yüksek Lisans, İstatistik, ODTÜ", "master"),
        ("İstatistik alanında yüksek lisans derecesi", "master"),
        ("Doktora, Makine Öğrenmesi, Bilkent Üniversitesi", "phd"),
        ("YÜKSEK LİSANS, Bilgisayar Bilimleri", "master"),
        ("Ön lisans mezunu", "associate"),
    ],
)
def test_degrees(line: str, degree: str) -> None:
    assert degree_in_line(line) == degree


@pytest.mark.parametrize(
    "line",
    [
        "Yazılım lisans maliyetleri",
        "Lisans yönetimi (software licensing)",
        "Doktora sonrası araştırmacı",
    ],
)
def test_no_degree(line: str) -> None:
    assert degree_in_line(line) is None


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("En az 3 yıl deneyim", 3),
        ("3+ yıl iş deneyimi", 3),
        ("Makine öğrenmesi alanında minimum 5 yıl tecrübe", 5),
        ("En az 2 yıllık deneyim", 2),
    ],
)
def test_the_years_asked_are_read(profile_of: ProfileOf, line: str, years: float) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).years_required == years


def test_a_firms_age_asks_no_years(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- 25 yıllık köklü bir şirketiz\n- Python\n"
    assert posting_info(profile_of, text).years_required is None


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Python'da veri hatları kurmak", "python"),
        ("Docker ile deneyim", "docker"),
        ("Kubernetes'te dağıtım ve bilgisi", "kubernetes"),
        ("Spark'la büyük veri işleme", "apache-spark"),
    ],
)
def test_a_suffix_names_the_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = asked(profile_of, f"Data Engineer\n\nRequirements\n- {line}\n- Java\n")
    assert skill in found
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    "line",
    [
        "Erkek adaylar için askerlik hizmetini tamamlamış olmak",
        "Askerlik görevini tamamlamış veya en az 2 yıl tecilli",
    ],
)
def test_an_items_common_words_name_no_term(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert not [key for key in asked(profile_of, text) if key.startswith("term:")]
