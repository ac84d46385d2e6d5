"""Dates and degrees of resumes and postings from Vietnam, Indonesia, Malaysia and Thailand:
"now" in their languages ("03/2021 - nay", "Januari 2022 - sekarang", "Mac 2021 - kini",
"มิ.ย. 2563 - ปัจจุบัน"), Thai Buddhist-era years (543 ahead), and their degrees' names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile
from tests.conftest import one_range


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Kỹ sư ML - Công ty Sen Vàng, 03/2021 - nay", (2021, 3)),
        ("Kỹ sư ML - Công ty Sen Vàng, 03/2021 - hiện tại", (2021, 3)),
        ("Data Scientist - PT Kopi Digital, Januari 2022 - sekarang", (2022, 1)),
        ("Data Scientist - PT Kopi Digital, Maret 2022 - saat ini", (2022, 3)),
        ("Data Analyst - Syarikat Harimau Sdn. Bhd., Mac 2021 - kini", (2021, 3)),
        ("Data Analyst - Syarikat Harimau Sdn. Bhd., Ogos 2021 - kini", (2021, 8)),
        ("วิศวกรข้อมูล - บริษัท ช้างเผือก จำกัด, 2020 - ปัจจุบัน", (2020, 1)),
    ],
)
def test_seasia_now_word_ends_a_range_running_to_now(
    profile_of: Callable[..., Profile], line: str, start: tuple[int, int]
) -> None:
    resume = profile_of(f"Nguyen An\n\nExperience\n{line}\n- Python, SQL\n", "resume")
    one_range(resume, start, (2026, 11), True)


def test_thai_buddhist_era_years_and_months_read_in_the_common_era(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "สมชาย ใจดี\n\nประสบการณ์ทำงาน\nวิศวกรข้อมูล - บริษัท ช้างเผือก จำกัด\n"
        "มิ.ย. 2563 - ปัจจุบัน\n- Python, Spark\n",
        "resume",
    )
    one_range(resume, (2020, 6), (2026, 11), True)


def test_thai_era_name_before_a_year_is_no_job_title(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "สมชาย ใจดี\n\nประสบการณ์ทำงาน\nนักวิเคราะห์ข้อมูล - บริษัท มะม่วงทอง จำกัด\n"
        "พ.ศ. 2560 - 2563\n- Python, SQL\n",
        "resume",
    )
    one_range(resume, (2017, 1), (2020, 1), False)
    assert all("พ.ศ." not in job.title for job in resume.experience.jobs)


def test_a_year_past_2500_in_an_english_cv_is_no_buddhist_era_year(
    profile_of: Callable[..., Profile],
) -> None:
    # no Thai letter: "2563" is a number, not a year
    resume = profile_of(
        "Somchai\n\nExperience\nData Engineer, Acme, 2019 - 2021\n- Moved 2563 tables\n", "resume"
    )
    one_range(resume, (2019, 1), (2021, 1), False)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Cử nhân Khoa học Máy tính - Đại học Quốc gia Hà Nội", "bachelor"),
        ("Kỹ sư Công nghệ Thông tin - Đại học Bách khoa Hà Nội", "bachelor"),
        ("Thạc sĩ Khoa học Dữ liệu - Đại học Bách khoa", "master"),
        ("Tiến sĩ Trí tuệ nhân tạo - Đại học Quốc gia", "phd"),
        ("S1 Teknik Informatika - Universitas Gadjah Mada", "bachelor"),
        ("S2 Ilmu Komputer - Universitas Indonesia", "master"),
        ("Sarjana Komputer (S.Kom.), Universitas Brawijaya", "bachelor"),
        ("Magister Ilmu Komputer (M.Kom.), Institut Teknologi Bandung", "master"),
        ("Ijazah Sarjana Muda Sains Komputer - Universiti Malaya", "bachelor"),
        ("Ijazah Sarjana Sains Data - Universiti Malaya", "master"),
        ("Sijil Pelajaran Malaysia (SPM) - SMK Taman Melati", "secondary"),
        ("ปริญญาตรี วิศวกรรมศาสตร์ มหาวิทยาลัยเกษตรศาสตร์", "bachelor"),
        ("ปริญญาโท วิทยาการคอมพิวเตอร์ จุฬาลงกรณ์มหาวิทยาลัย", "master"),
        ("ปริญญาเอก วิทยาการคอมพิวเตอร์ มหาวิทยาลัยมหิดล", "phd"),
    ],
)
def test_seasia_degree_is_read_at_its_level(
    profile_of: Callable[..., Profile], line: str, level: str
) -> None:
    resume = profile_of(f"Nguyen An\n\nEducation\n{line}\n2015 - 2019\n", "resume")
    assert resume.education.highest == level
    assert len(resume.education.degrees) == 1


@pytest.mark.parametrize(
    "line",
    [
        # an engineer's job, no degree; Amazon's storage; a bucket's name
        "Kỹ sư Dữ liệu - Công ty Cổ phần Sen Vàng, 2019 - 2021",
        "Data Engineer - PT Kopi Digital, 2019 - 2021: moved logs to S3 and S1 storage tiers",
        "Data Engineer, Acme, 2019 - 2021: AWS/S3 buckets, S2 Geometry",
    ],
)
def test_seasia_degree_lookalikes_name_no_degree(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Nguyen An\n\nExperience\n{line}\n- Python\n", "resume")
    assert resume.education.degrees == []


def test_indonesian_posting_asks_a_bachelors_and_wishes_a_masters(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "ML Engineer\n\nPersyaratan\n- Pendidikan minimal S1 Teknik Informatika\n- Python\n\n"
        "Nilai tambah\n- Lulusan S2 Ilmu Komputer\n",
        "posting",
    )
    assert posting.posting is not None
    assert posting.posting.degree_required == "bachelor"
    assert posting.posting.degree_preferred == "master"


def test_vietnamese_posting_asks_a_university_degree(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Kỹ sư Dữ liệu\n\nYêu cầu\n- Tốt nghiệp Đại học chuyên ngành Công nghệ thông tin\n"
        "- Python\n",
        "posting",
    )
    assert posting.posting is not None
    assert posting.posting.degree_required == "bachelor"


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("- Ít nhất 2 năm kinh nghiệm làm việc với Python", 2.0),
        ("- Minimal 2 tahun pengalaman sebagai Data Engineer", 2.0),
        ("- Sekurang-kurangnya 3 tahun pengalaman dalam Python", 3.0),
        ("- มีประสบการณ์อย่างน้อย 3 ปี ในงาน Data Science", 3.0),
        ("- มีประสบการณ์ 4 ปีขึ้นไป", 4.0),
    ],
)
def test_seasia_posting_asks_its_years(
    profile_of: Callable[..., Profile], line: str, years: float
) -> None:
    posting = profile_of(f"Data Engineer\n\nRequirements\n{line}\n- SQL\n", "posting")
    assert posting.posting is not None
    assert posting.posting.years_required == years


@pytest.mark.parametrize(
    "line",
    [
        "- Công ty thành lập năm 2010, Python",
        "- Perusahaan didirikan 10 tahun yang lalu; Python",
        "- Dự án bắt đầu 2 năm trước, Python",
    ],
)
def test_seasia_year_words_that_ask_no_years(profile_of: Callable[..., Profile], line: str) -> None:
    posting = profile_of(f"Data Engineer\n\nRequirements\n{line}\n- SQL\n", "posting")
    assert posting.posting is not None
    assert posting.posting.years_required is None
