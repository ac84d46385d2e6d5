"""Look-alikes a review found for the rules merged from 'fixups': an internship's length
that is really years of experience, the English word "stage", a German or Dutch placement's
range, "Present day-to-day ..." and "Pitch decks to ..." told to someone, and a plural noun
after a wish cue followed by "all"/"most"."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked
from .posting_helpers import posting_info as _posting


def _years(profile_of: ProfileOf, line: str) -> float | None:
    text = f"Data Scientist\n\nRequirements:\n- {line}\n- SQL\n"
    return _posting(profile_of, text).years_required


# -- a placement's noun before years of experience still asks them ---------------------------


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Internships: 1 year of relevant experience", 1.0),
        ("Prior internship: 1 year of hands-on experience", 1.0),
        ("Praktikum: 1 Jahr Berufserfahrung", 1.0),
        # the English "stage" is a phase, not an internship
        ("Experience across all stages for 3 years", 3.0),
        ("Startup experience at seed stage: 2 years", 2.0),
    ],
)
def test_years_of_experience_after_a_placements_word_are_asked(
    profile_of: ProfileOf, line: str, years: float
) -> None:
    assert _years(profile_of, line) == years


@pytest.mark.parametrize(
    "line",
    [
        "Praktikum von 6 Monaten bis 1 Jahr, Python",
        "Stage van 6 maanden tot 1 jaar, Python",
        "Stage de 6 mois à 1 an, Python",
    ],
)
def test_a_german_or_dutch_placements_length_asks_no_years(
    profile_of: ProfileOf, line: str
) -> None:
    assert _years(profile_of, line) is None


# -- a talking verb whose object is told to someone ------------------------------------------

_DUTIES = (
    "Research Fellow in Machine Learning\n\nRequirements:\n"
    "- Develop Bayesian models in Python\n- {duty}\n\nEssential criteria:\n- A PhD in Statistics\n"
)


@pytest.mark.parametrize(
    "duty",
    ["Present day-to-day progress to stakeholders", "Pitch decks to investors at demo days"],
)
def test_an_object_told_to_someone_asks_no_term(profile_of: ProfileOf, duty: str) -> None:
    found = asked(profile_of, _DUTIES.format(duty=duty))
    assert "python" in found
    assert not [key for key in found if key.startswith(("term:present", "term:pitch"))]


# -- a plural noun after a wished skill goes on with the wish --------------------------------


def _wished(profile_of: ProfileOf, next_line: str) -> dict[str, bool]:
    resume = profile_of(
        f"Jane Doe\njane@example.com\n\nSUMMARY\nBackend developer. Eager to learn\n{next_line}\n\n"
        "EXPERIENCE\nDeveloper, Acme, 2019 - 2023\n- Built APIs in Go\n",
        "resume",
    )
    return {hit.id: all(m.negated for m in hit.mentions) for hit in resume.skills}


@pytest.mark.parametrize(
    ("wish", "skill"),
    [
        ("Rust macros most of all.", "rust"),
        ("Rust generics all the way down.", "rust"),
        ("Kafka streams all day long.", "kafka"),
    ],
)
def test_a_plural_noun_before_all_or_most_is_still_wished(
    profile_of: ProfileOf, wish: str, skill: str
) -> None:
    assert _wished(profile_of, wish)[skill]


@pytest.mark.parametrize(
    "sentence", ["Python runs most of our jobs.", "Apache Kafka carries all of our events."]
)
def test_a_verb_acting_on_all_or_most_of_ours_says_its_own(
    profile_of: ProfileOf, sentence: str
) -> None:
    assert not any(_wished(profile_of, sentence).get(key) for key in ("python", "kafka"))
