"""Helpers shared by resume tests."""

from __future__ import annotations

from mlcareer.models import Profile


def range_months(profile: Profile) -> list[tuple[str, str]]:
    """Each experience range of a resume as ("YYYY-MM", "YYYY-MM")."""
    return [
        (f"{r.start // 12}-{r.start % 12 + 1:02d}", f"{r.end // 12}-{r.end % 12 + 1:02d}")
        for r in profile.experience.ranges
    ]
