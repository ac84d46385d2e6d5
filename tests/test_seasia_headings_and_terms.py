"""Resumes and postings from Vietnam, Indonesia, Malaysia, Thailand and the Philippines: their
headings in Vietnamese, Indonesian, Malay and Thai, the Philippine resume's own English ones,
and the common words of those languages, which name no requirement of their own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Kinh nghiệm làm việc", "experience"),
        ("HỌC VẤN", "education"),
        ("Kỹ năng", "skills"),
        ("Yêu cầu", "requirements"),
        ("Ưu tiên:", "preferred"),
        ("Quyền lợi", "benefits"),
        ("Pengalaman Kerja", "experience"),
        ("PENDIDIKAN", "education"),
        ("Keahlian", "skills"),
        ("Kemahiran", "skills"),
        ("Persyaratan:", "requirements"),
        ("Kualifikasi", "requirements"),
        ("Nilai Tambah", "preferred"),
        ("Diutamakan:", "preferred"),
        ("ประสบการณ์ทำงาน", "experience"),
        ("การศึกษา", "education"),
        ("ทักษะ", "skills"),
        ("คุณสมบัติ", "requirements"),
        ("สวัสดิการ", "benefits"),
        ("SEMINARS AND TRAININGS ATTENDED", "certifications"),
        ("CHARACTER REFERENCES", "interests"),
    ],
)
def test_seasia_heading_names_its_section(heading: str, name: str) -> None:
    assert heading_name(heading) == name


@pytest.mark.parametrize(
    "line",
    ["Kinh nghiệm làm việc với Python và SQL", "Pendidikan minimal S1", "Seminars on Python"],
)
def test_seasia_heading_words_inside_a_sentence_are_no_heading(line: str) -> None:
    assert heading_name(line) is None


def test_a_decomposed_vietnamese_heading_names_its_section() -> None:
    # a document saved on a Mac may write "ệ" as "e" and two combining marks
    import unicodedata

    assert heading_name(unicodedata.normalize("NFD", "Kinh nghiệm làm việc")) == "experience"


def _terms(profile: Profile) -> set[str]:
    return {r.name for r in profile.requirements if not r.known}


def test_vietnamese_posting_reads_its_sections_and_names_no_syllable(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "Kỹ sư Dữ liệu\n\nMô tả công việc\n- Vận hành pipeline dữ liệu trên Airflow\n\n"
        "Yêu cầu\n- Tốt nghiệp Đại học chuyên ngành Công nghệ thông tin, Khoa học máy tính\n"
        "- Có kinh nghiệm với Kafka\n- Tiếng Anh giao tiếp tốt\n\n"
        "Ưu tiên\n- Có kinh nghiệm với AWS hoặc Zorblex\n\n"
        "Quyền lợi\n- Được đào tạo về Kubernetes\n",
        "posting",
    )
    importance = {r.id: r.importance for r in posting.requirements}
    assert importance["kafka"] == "required"
    assert importance["aws"] == "preferred"
    assert importance["airflow"] == "mentioned"
    assert "kubernetes" not in importance
    assert _terms(posting) == {"Zorblex"}


def test_indonesian_posting_names_no_opening_verb_or_field(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "ML Engineer\n\nPersyaratan\n- Menguasai Python dan Zorblex\n- Memahami SQL\n"
        "- Lulusan Ilmu Komputer\n- Minimal 2 tahun pengalaman\n\n"
        "Nilai tambah\n- Pengalaman dengan MLflow\n",
        "posting",
    )
    importance = {r.id: r.importance for r in posting.requirements}
    assert importance["python"] == "required"
    assert importance["mlflow"] == "preferred"
    assert _terms(posting) == {"Zorblex"}


def test_thai_posting_names_no_run_of_thai_letters(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Data Scientist\n\nคุณสมบัติ\n- มีความรู้ Python และ Zorblex\n"
        "- สามารถสื่อสารภาษาอังกฤษได้ดี\n\nคุณสมบัติที่พิจารณาเป็นพิเศษ\n- Spark\n",
        "posting",
    )
    importance = {r.id: r.importance for r in posting.requirements}
    assert importance["python"] == "required"
    assert importance["apache-spark"] == "preferred"
    assert _terms(posting) == {"Zorblex"}


@pytest.mark.parametrize(
    "line",
    [
        # an English line keeps its capitalised terms, whatever their shape
        "- Experience with Khoa or Menguasai is required",
        # and an Indonesian one a tool's name that only looks affixed
        "- Menguasai Terragrunt dan Metaflowx",
    ],
)
def test_seasia_lookalikes_keep_their_terms(profile_of: Callable[..., Profile], line: str) -> None:
    posting = profile_of(f"Data Engineer\n\nRequirements\n{line}\n- Python\n", "posting")
    assert _terms(posting)
