"""Bounds that keep a hostile or broken file from exhausting memory or time."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20_000_000  # size of the file on disk
    max_pages: int = 50  # PDF pages read; the rest are skipped with a warning
    max_unzipped_bytes: int = 50_000_000  # DOCX: total size of the unpacked parts
    max_chars: int = 2_000_000  # text kept from one document
