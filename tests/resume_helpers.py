"""Helpers shared by resume tests."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile


def range_months(profile: Profile) -> list[tuple[str, str]]:
    """Each experience range of a resume as ("YYYY-MM", "YYYY-MM")."""
    return [
        (f"{r.start // 12}-{r.start % 12 + 1:02d}", f"{r.end // 12}-{r.end % 12 + 1:02d}")
        for r in profile.experience.ranges
    ]


def skill_ids_in_resume_line(profile_of: Callable[..., Profile], line: str) -> set[str]:
    """The skills found when `line` is a bullet of a small resume's one job."""
    resume = f"Jane Doe\n\nExperience\nAnalyst, Acme Corp, 2019 - 2024\n- {line}\n"
    return {hit.id for hit in profile_of(resume, doc_type="resume").skills}
