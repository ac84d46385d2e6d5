"""The warning for text left out because a reader cannot see it, shared by the PDF and DOCX
readers so that both say it in the same words."""

from __future__ import annotations

from collections import Counter

LIGHT = 235  # every channel at least this (of 255): white or near-white


def is_light(red: int, green: int, blue: int) -> bool:
    return min(red, green, blue) >= LIGHT


def hidden_text_warning(chars: Counter[str]) -> list[str]:
    """ "hidden text: N characters ... (n1 reason1, n2 reason2)", or nothing when none were."""
    if not chars:
        return []
    reasons = ", ".join(f"{n} {reason}" for reason, n in chars.most_common())
    total = sum(chars.values())
    return [f"hidden text: {total} characters that a reader cannot see were left out ({reasons})"]
