"""Rules for `mlcareer check`: each failing rule becomes one line saying which and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import UsageError
from .models import Report

if TYPE_CHECKING:
    from .api import Options


def check_rules(
    report: Report,
    options: Options,
    fail_under: float | None,
    required: list[str],
    max_missing_required: int | None,
) -> list[str]:
    failures: list[str] = []
    if fail_under is not None and report.score < fail_under:
        failures.append(f"score {report.score:.1f} is under --fail-under {fail_under:g}")
    missing_required = [m for m in report.missing if m.importance == "required"]
    if max_missing_required is not None and len(missing_required) > max_missing_required:
        names = ", ".join(m.name for m in missing_required)
        failures.append(
            f"{len(missing_required)} required skills missing (allowed {max_missing_required}):"
            f" {names}"
        )
    taxonomy = options.taxonomy
    for wanted in required:
        skill_id = taxonomy.by_spelling.get(wanted.lower(), wanted.lower())
        if skill_id not in taxonomy.skills:
            raise UsageError(
                f"--require {wanted!r}: not a skill the taxonomy knows",
                "use a skill's name, alias or id (mlcareer extract shows them)",
            )
        if skill_id not in report.resume_skills:
            failures.append(f"required skill {wanted!r} is not shown on the resume")
    return failures
