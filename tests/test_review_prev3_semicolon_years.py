"""A count that is all of the clause after a semicolon ("Python; 5+ years") is the skill's
before it; a clause of its own ("...; you need 6 years of Python") is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _years(profile_of: ProfileOf, item: str) -> dict[str, float | None]:
    posting = f"Data Engineer\n\nRequirements\n- {item}\n"
    return {req.name: req.years for req in profile_of(posting, "posting").requirements}


@pytest.mark.parametrize(
    ("item", "skill", "years"),
    [
        ("Python; 5+ years", "Python", 5.0),
        ("Apache Kafka; 3 years minimum", "Apache Kafka", 3.0),
        ("Apache Kafka; at least 3 years", "Apache Kafka", 3.0),
        ("Apache Kafka; 4+ years of professional experience", "Apache Kafka", 4.0),
        # near misses: the count's own clause names what it counts
        ("Apache Kafka pipelines; 6+ years of Python", "Apache Kafka", None),
        ("Apache Kafka a plus; you need 6 years of Python", "Apache Kafka", None),
    ],
)
def test_review_prev3_a_bare_count_after_a_semicolon_is_the_skills(
    profile_of: ProfileOf, item: str, skill: str, years: float | None
) -> None:
    assert _years(profile_of, item)[skill] == years


def test_review_prev3_a_long_line_of_semicolons_and_counts_is_read_fast() -> None:
    import time

    from mlcareer.extract.requirements import years_for

    def seconds(line: str) -> float:
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine's pause is no failure
            started = time.process_time()
            years_for(line, (0, 6))
            best = min(best, time.process_time() - started)
        return best

    hostile = "Python; 5 years " + "in of with on using " * 400 + "; 3 years"
    plain = "Python and then " + "some more plain text " * 400 + "and 3 years"
    seconds(plain)  # warm up
    assert seconds(hostile) < 20 * seconds(plain) + 0.01
