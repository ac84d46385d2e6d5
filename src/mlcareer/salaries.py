"""Salary reference figures (data/salaries.yaml): published averages for context, not offers."""

from __future__ import annotations

import functools
import hashlib
import re

from . import cache, regex_cache
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


# Pay stated in a currency other than the figures' US dollars: "£55,000", "€65k", "12 LPA",
# "CAD 120,000", "90.000 EUR". A US average beside a London or Bangalore offer misleads.
_OTHER_CURRENCIES = r"GBP|EUR|INR|CAD|AUD|NZD|CHF|SGD|SEK|NOK|DKK|PLN|JPY|CNY|HKD|AED|ZAR|BRL|MXN"
# (an amount is tried from the start of its run of digits only: linear in a long run)
_FOREIGN_PAY = regex_cache.compile(
    rf"[£€₹]\s?\d|(?:\b(?:{_OTHER_CURRENCIES}|Rs\.?)|\b(?:C|CA|A|AU|NZ|S)\$)\s?\d"
    rf"|(?<![\d,.])\d[\d,.]*\s?[kK]?\s?(?:{_OTHER_CURRENCIES}|LPA|lpa|lakhs?)\b"
)

# Dollars with Australia's pension on top ("$120k + super", "plus superannuation") or New
# Zealand's ("+ KiwiSaver"); not "super" as a word of praise ("plus super generous equity")
_PENSION_OF_OCEANIA = regex_cache.compile(
    r"\bsuperannuation\b|\bkiwisaver\b"
    r"|\$[ \t]?\d[^\n$]{0,40}?(?:\+|\bplus|\bincl?\.?|\bincluding|\band)[ \t]*super"
    r"(?=[ \t]*(?:$|[),.;/&+(]|and\b|contributions?\b))",
    re.I | re.M,
)


def pays_in_another_currency(text: str) -> bool:
    """Whether a posting states its pay in a currency other than US dollars."""
    return _FOREIGN_PAY.search(text) is not None or _PENSION_OF_OCEANIA.search(text) is not None


def salary_context(role: str | None, posting_text: str = "") -> SalaryContext | None:
    """The national reference figure when a report is about the role the figures cover, and
    the posting does not pay in another country's currency."""
    reference = load_salaries()
    if role != reference.role or pays_in_another_currency(posting_text):
        return None
    return SalaryContext(
        role=reference.role,
        role_name=reference.role_name,
        area=reference.country,
        currency=reference.currency,
        average=reference.national_average,
        note=reference.note,
    )
