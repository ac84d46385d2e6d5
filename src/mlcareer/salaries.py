"""Salary reference figures (data/salaries.yaml): published averages for context, not offers."""

from __future__ import annotations

import functools
import hashlib
import re

from . import cache
from .errors import UsageError
from .models import CitySalary, SalaryContext, SalaryReference
from .resources import data_path


@functools.lru_cache(maxsize=1)
def load_salaries() -> SalaryReference:
    """The bundled figures; a broken file is a packaging bug and raises. Every report asks for
    them: they are cached as JSON under the file's hash, as the taxonomy is, so that a match
    neither imports nor runs the YAML parser."""
    text = data_path("salaries.yaml").read_text(encoding="utf-8")
    key = f"salaries-{hashlib.sha256(text.encode()).hexdigest()[:32]}"
    cached: SalaryReference | None = cache.load(key, SalaryReference.model_validate)
    if cached is not None:
        return cached
    import yaml

    data = yaml.safe_load(text)
    reference = SalaryReference.model_validate(data)
    cache.store(key, data)
    return reference


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def find_city(reference: SalaryReference, city: str) -> CitySalary:
    """A city by name, with or without its state ("austin", "Austin, TX")."""
    wanted = _key(city)
    for entry in reference.cities:
        if wanted in (_key(entry.city), _key(f"{entry.city} {entry.state}")):
            return entry
    known = "; ".join(f"{c.city}, {c.state}" for c in reference.cities)
    raise UsageError(f"no salary figure for city {city!r}", f"known cities: {known}")


def salary_context(role: str | None) -> SalaryContext | None:
    """The national reference figure when a report is about the role the figures cover."""
    reference = load_salaries()
    if role != reference.role:
        return None
    return SalaryContext(
        role=reference.role,
        role_name=reference.role_name,
        area=reference.country,
        currency=reference.currency,
        average=reference.national_average,
        note=reference.note,
    )
