"""Words of a posting's requirement lists that ask for nothing a resume could show: places, pay,
dates, lists of big companies, words that join sentences, redacted names. None is a literal
term; the real asks beside them stay.

Each text here is a small case written for the project, pinning one behaviour."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile, Requirement

ProfileOf = Callable[..., Profile]


def _requirements(profile_of: ProfileOf, *items: str) -> list[Requirement]:
    lines = "".join(f"- {item}\n" for item in items)
    return profile_of(f"Data Engineer\n\nRequirements:\n{lines}", doc_type="posting").requirements


def _literal_terms(profile_of: ProfileOf, *items: str) -> set[str]:
    """The terms the taxonomy does not know, "skills" after them dropped."""
    terms = (r.jd_text for r in _requirements(profile_of, *items) if not r.known)
    return {term.removesuffix(" skills") for term in terms}


@pytest.mark.parametrize(
    ("item", "junk"),
    [
        ("3+ years of Zorblex, based in Quuxville", "Quuxville"),
        ("Zorblex administration; must be located in Port Quux", "Port Quux"),
        ("Knowledge of Zorblex and of the Quuxville area", "Quuxville"),
        ("Zorblex support for clients in the Quuxton region", "Quuxton"),
        ("Zorblex work at our sites in Quuxville, TX or Barton - NC", "Quuxville"),
        ("Zorblex work at our sites in Quuxville, TX or Barton - NC", "Barton"),
        ("Zorblex work at our sites in Quuxville, TX or Barton - NC", "TX"),
        ("Zorblex work at our sites in Quuxville, TX or Barton - NC", "NC"),
        ("Zorblex experience within the business of Quuxton, Ohio", "Quuxton"),
        ("Zorblex experience within the business of Quuxton, Ohio", "Ohio"),
        ("Zorblex skills, ideally in North Dakota", "North Dakota"),
        ("Zorblex skills; willing to relocate to Quuxville", "Quuxville"),
        ("Zorblex, local to the Quuxton metro area", "Quuxton"),
    ],
)
def test_a_place_is_no_term(profile_of: ProfileOf, item: str, junk: str) -> None:
    terms = _literal_terms(profile_of, item)
    assert any(t.startswith("Zorblex") for t in terms) and junk not in terms, terms


@pytest.mark.parametrize(
    "item",
    [
        "Zorblex work for Fortune 500 clients",
        "3 years of Zorblex serving Fortune-100 companies",
    ],
)
def test_a_list_of_big_companies_is_no_term(profile_of: ProfileOf, item: str) -> None:
    assert _literal_terms(profile_of, item) == {"Zorblex"}


@pytest.mark.parametrize(
    "item",
    [
        "Moreover, a minimum of three years of Zorblex is vital.",
        "Furthermore, 2 years with Zorblex",
        "Additionally, Zorblex for 4 years",
        "Ideally, Zorblex certification",
        "However, Zorblex is a must",
    ],
)
def test_a_word_joining_sentences_is_no_term(profile_of: ProfileOf, item: str) -> None:
    terms = _literal_terms(profile_of, item)
    assert {t.split()[0] for t in terms} <= {"Zorblex"}, terms


@pytest.mark.parametrize(
    ("item", "junk"),
    [
        ("Zorblex for 4 years, salary of 90-105K", "90-105K"),
        ("Zorblex administration, pay 12-15 LPA", "LPA"),
        ("Zorblex testing at $40-$55 per hour", "$40"),
        ("Zorblex for 3 years, earning 120k-150k", "120k-150k"),
        ("Zorblex skills; start date 19 May 2025", "May"),
        ("Zorblex skills. Ideally you start on 1 June.", "June"),
        ("Zorblex knowledge; contact <NAME> <NAME> at <CONTACT>", "NAME"),
        ("Zorblex knowledge; contact <NAME> <NAME> at <CONTACT>", "CONTACT"),
        ("Zorblex experience at <ORGANIZATION> or a similar company", "ORGANIZATION"),
        ("Zorblex work at Quuxware Inc.", "Quuxware Inc"),
        ("5 years of Zorblex in a Quux Corp division", "Quux Corp"),
        ("Zorblex work at Quuxware LLC", "Quuxware LLC"),
    ],
)
def test_pay_dates_and_names_are_no_terms(profile_of: ProfileOf, item: str, junk: str) -> None:
    """Pay, a date, a name redacted ("<NAME>") or an employer ask for nothing to know."""
    terms = _literal_terms(profile_of, item)
    assert any(t.startswith("Zorblex") for t in terms), terms
    assert not any(junk in term for term in terms), terms


@pytest.mark.parametrize(
    ("item", "junk"),
    [
        ("3 years of Zorblex | Direct Hire | Mid-Level", "Mid-Level"),
        ("Zorblex work for a VC Funded startup, Private", "Private"),
        ("Zorblex work for a VC Funded startup, Private", "VC Funded"),
    ],
)
def test_the_company_level_and_pay_words_are_no_terms(
    profile_of: ProfileOf, item: str, junk: str
) -> None:
    terms = _literal_terms(profile_of, item)
    assert any(t.startswith("Zorblex") for t in terms) and junk not in terms, terms


@pytest.mark.parametrize(
    "item",
    [
        "Private Equity fund accounting",
        "Contract Law knowledge",
        "Open to Contract Corp-To-Corp roles",
        "Experience with Guidewire in Dallas-based insurers",
        "Knowledge of Duck Creek and Epic",
        "CPA or PMP certification",
        "Fluent German, based on client needs",
        "Experience in building construction",
        "Texas Instruments microcontrollers",
        "Google Tag Manager, GA",
        "Experience in the NLP area",
        "Proficient in Microsoft office",
        "Washington state law knowledge",
    ],
)
def test_real_asks_stay(profile_of: ProfileOf, item: str) -> None:
    terms = {r.jd_text for r in _requirements(profile_of, item)}
    wanted = {
        "Guidewire",
        "Duck Creek",
        "Epic",
        "CPA",
        "PMP",
        "German",
        "building construction",
        "Texas Instruments",
        "Google Tag Manager",
        "NLP",
        "Microsoft office",
        "Washington state law",
        "Private Equity",
        "Contract Law",
        "Contract Corp-To-Corp",
    }
    assert terms & wanted, terms


@pytest.mark.parametrize(
    "item",
    ["3 years as a Cloud Engineer - Foster Quux - CA", "2 years as a Cloud Engineer - Quuxton, NJ"],
)
def test_a_role_is_asked_without_its_place(profile_of: ProfileOf, item: str) -> None:
    [role] = [r.name for r in _requirements(profile_of, item) if r.id.startswith("role:")]
    assert role == "Experience as Cloud Engineer"


@pytest.mark.parametrize(
    ("item", "junk"),
    [
        ("Zorblex experience; you will report to Maria Lopez, Head of Data", "Maria Lopez"),
        ("Work closely with Priya Patel and the data team on Zorblex", "Priya Patel"),
        ("Zorblex skills; contact Tom Baker with questions", "Tom Baker"),
        ("Zorblex skills and a CAN-do attitude", "CAN-do"),
        ("Zorblex skills and a CAN do attitude", "CAN do"),
        ("Zorblex skills and a CAN do attitude", "CAN"),
    ],
)
def test_a_colleague_or_a_can_do_attitude_is_no_term(
    profile_of: ProfileOf, item: str, junk: str
) -> None:
    terms = _literal_terms(profile_of, item)
    assert "Zorblex" in terms
    assert junk not in terms


@pytest.mark.parametrize("item", ["Zorblex and R&D experience", "Zorblex P&L ownership"])
def test_glued_letters_are_a_name_not_marks(profile_of: ProfileOf, item: str) -> None:
    terms = _literal_terms(profile_of, item)
    assert any("R&D" in term or "P&L" in term for term in terms)


@pytest.mark.parametrize(
    ("item", "junk"),
    [
        ("Report to Jane Smith, Head of Nursing", "Nursing"),
        ("Report to Jane Smith, Head of Nursing", "Report"),
        ("Reports to the Head of Quux Operations", "Quux Operations"),
        ("Reports directly to the Kitchen Manager and Sous Chef", "Sous Chef"),
        ("Reports directly to the Kitchen Manager and Sous Chef", "Reports"),
        ("Reporting to the Lead Data Engineer", "Data"),
    ],
)
def test_whom_the_hire_reports_to_is_no_term(profile_of: ProfileOf, item: str, junk: str) -> None:
    """The boss's title and the words "Reports to" ask for nothing, as they ask no known
    skill (test_posting_traps)."""
    terms = _literal_terms(profile_of, "Zorblex administration", item)
    assert "Zorblex administration" in terms
    assert not any(junk in term for term in terms), terms


def test_an_ask_beside_whom_the_hire_reports_to_stays(profile_of: ProfileOf) -> None:
    item = "Reporting to the VP of Sales, you will own Zorblex"
    assert "Zorblex" in _literal_terms(profile_of, item)


@pytest.mark.parametrize(
    "item",
    [
        "Can work nights, weekends and holidays",
        "Can lift up to 50 lbs",
        "Can work independently",
        "Must work well under pressure",
        "Will travel to client sites",
    ],
)
def test_a_sentence_opening_with_can_or_must_is_no_term(profile_of: ProfileOf, item: str) -> None:
    """'Can lift up to 50 lbs' says what the hire does; 'Can' is no CAN bus."""
    reqs = _requirements(profile_of, "Zorblex administration", item)
    names = {r.jd_text.split()[0] for r in reqs}
    assert not names & {"Can", "Must", "Will"}, names
    assert "can-bus" not in {r.id for r in reqs}


@pytest.mark.parametrize(
    "item",
    [
        "English (C1)",
        "Fluent German (B2 level)",
        "English at C1 level or above",
        "Spanish: B2",
        "French - level B1",
    ],
)
def test_a_language_level_is_no_term(profile_of: ProfileOf, item: str) -> None:
    """'C1', 'B2' grade the language before them (CEFR), as 'fluent' does."""
    reqs = _requirements(profile_of, item)
    assert {r.id for r in reqs if r.known}, reqs
    assert not {r.jd_text for r in reqs if not r.known}, reqs


@pytest.mark.parametrize(
    "item",
    [
        "- Fluent German (C1 or above)",
        "- English at B2 level or higher",
        "- Level 3 or better",
        "- English: at least B2",  # the grade itself is no term either
        "- German at minimum C1",
    ],
)
def test_a_word_saying_at_least_is_no_term(profile_of: ProfileOf, item: str) -> None:
    """ "or above" after a grade asks for nothing of its own."""
    assert _literal_terms(profile_of, item, "- Zorblex") == {"Zorblex"}


def test_a_real_choice_after_or_stays(profile_of: ProfileOf) -> None:
    assert {"Zorblex", "Quuxly"} <= _literal_terms(profile_of, "- Zorblex or Quuxly")


@pytest.mark.parametrize(
    "item", ["- C++ (C++17 or later)", "- Python 3.10 or newer", "- Java 17 or later"]
)
def test_a_version_or_later_is_no_term(profile_of: ProfileOf, item: str) -> None:
    """ "or later" after a version asks for nothing of its own, as "or above" after a grade."""
    assert _literal_terms(profile_of, item, "- Zorblex") == {"Zorblex"}


@pytest.mark.parametrize(
    "item",
    [
        "- Zorblex training of models with more than 7B parameters",
        "- Zorblex for 70B and 1.5B models",
    ],
)
def test_a_models_size_is_no_term(profile_of: ProfileOf, item: str) -> None:
    """A count of parameters ("7B", "1.5B") is a quantity, as "10TB" is."""
    terms = _literal_terms(profile_of, item)
    assert not {"7B", "70B", "1.5B"} & terms, terms
