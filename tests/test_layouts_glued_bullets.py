"""Bullets written between a list's items with no space around them ("Tableau•Looker•dbt",
"Kafka·Flink", a Word Symbol-font bullet inserted between two words): each item is a word of
its own, as "▪" already set them apart; a Catalan "l·l" stays inside its word."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile
from mlcareer.extract.nlp import blank_english


def _skills(path: Path, options: Options) -> set[str]:
    profile = extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")
    return {skill.name for skill in profile.skills}


def test_layouts_glued_bullets_between_skills_set_each_apart(
    tmp_path: Path, options: Options
) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "Dana Okafor\nExperience\nML Engineer, Acme, 2020 - 2023\n\nSkills\n"
        "PyTorch\uf0b7Spark\uf0b7Airflow\nTableau•Looker•dbt\nKafka·Flink·Redis\n"
        "Pandas∙NumPy⋅Polars\n",
        encoding="utf-8",
    )
    skills = _skills(path, options)
    for name in ("PyTorch", "Apache Spark", "Apache Airflow", "Tableau", "Looker", "dbt"):
        assert name in skills
    for name in ("Apache Kafka", "Apache Flink", "Redis", "pandas", "NumPy", "Polars"):
        assert name in skills


def test_layouts_a_word_symbol_bullet_between_two_skills_sets_them_apart(
    tmp_path: Path, options: Options
) -> None:
    document = docx.Document()
    document.add_paragraph("Skills", style="Heading 1")
    paragraph = document.add_paragraph()
    paragraph._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')}><w:t>Python</w:t><w:sym w:font='Symbol' w:char='F0B7'/>"
            "<w:t>SQL</w:t></w:r>"
        )
    )
    path = tmp_path / "cv.docx"
    document.save(str(path))
    assert {"Python", "SQL"} <= _skills(path, options)


def test_layouts_a_catalan_geminate_l_and_other_words_stay_whole() -> None:
    nlp = blank_english()
    for word in ("col·laboració", "intel·ligència", "COL·LEGI", "node.js", "C++"):
        assert [token.text for token in nlp(word)] == [word]
