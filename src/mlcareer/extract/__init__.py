"""Extraction: a Document becomes a Profile (skills, education, experience, requirements)."""

from __future__ import annotations

from typing import Literal

from ..documents.sections import POSTING_SECTIONS, find_sections
from ..models import Document, Profile, Section
from ..taxonomy import Taxonomy
from .education import resume_education
from .experience import resume_experience
from .lines import LineIndex
from .nlp import skill_matcher
from .requirements import posting_info, posting_requirements
from .skills import find_skills

DocType = Literal["auto", "resume", "posting"]


def guess_doc_type(text: str, sections: list[Section]) -> Literal["resume", "posting"]:
    """A posting has posting sections (requirements, responsibilities...) or a Title: header."""
    posting_like = sum(s.name in POSTING_SECTIONS for s in sections)
    resume_like = sum(s.name in ("experience", "education", "skills", "projects") for s in sections)
    if text.lstrip().lower().startswith(("title:", "job title")):
        return "posting"
    return "posting" if posting_like > resume_like else "resume"


def extract_profile(
    document: Document, taxonomy: Taxonomy, as_of: int, doc_type: DocType = "auto"
) -> Profile:
    text = document.text
    sections = find_sections(text)
    lines = LineIndex(text)
    matcher = skill_matcher(taxonomy)
    doc = matcher.tokenize(text)
    skills = find_skills(taxonomy, doc, matcher.find(doc), lines, sections)
    kind = guess_doc_type(text, sections) if doc_type == "auto" else doc_type
    profile = Profile(
        path=document.path,
        format=document.format,
        text_chars=len(text),
        doc_type=kind,
        skills=skills,
        education=resume_education(lines, sections),
        experience=resume_experience(lines, sections, as_of),
        sections=sections,
        warnings=list(document.warnings),
        text=text,
    )
    if kind == "posting":
        profile.requirements = posting_requirements(taxonomy, skills, lines, sections)
        profile.posting = posting_info(lines, sections)
    return profile
