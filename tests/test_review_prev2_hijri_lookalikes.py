"""An Iranian writer's English resume holds numbers that look like Solar Hijri years and date
nothing: a quantity that fell ("from 1402 to 1396 ms"), one counted in a unit ("1398 - 1404
tokens"), a phone number's groups ("+98 21 1398-1402") and a citation's pages beside its
Gregorian year ("33(5), 1399-1405, 2021"). The English Iranian CV's own years still date its
work. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.hijri_dates import gregorian
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_CV = """Sara Ahmadi
Tehran, Iran | sara@example.com

Experience
Data Scientist, Acme
2019 - 2020
- {line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "Reduced query time from 1402 to 1396 ms",
        "Tuned batch sizes 1398 - 1404 tokens",
        "Scaled the cluster from 1350 - 1440 pods during sales",
        "Phone: +98 21 1398-1402",
        "S. Ahmadi. Sparse attention. Neural Computation 33(5), 1399-1405, 2021.",
    ],
)
def test_review_prev2_hijri_lookalike_numbers_date_no_work(
    profile_of: ProfileOf, line: str
) -> None:
    profile = profile_of(_CV.format(line=line), "resume")
    spans = [(r.start // 12, r.end // 12) for r in profile.experience.ranges]
    assert spans == [(2019, 2020)]
    assert profile.experience.years < 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tehran, Iran\nData Analyst, Snapp, 1398 - 1400\n", "2019 - 2021"),
        (
            "Tehran, Iran\nSharif University, B.Sc., 1394 - 1398 (Computer Engineering)\n",
            "2015 - 2019",
        ),
        ("Tehran, Iran\nML Engineer, 1400 - Present\n", "2021 - Present"),
        ("Tehran, Iran\n1396 - 1398 at Sharif University\n", "2017 - 2019"),
    ],
)
def test_review_prev2_hijri_years_of_an_english_iranian_cv_still_read(
    text: str, expected: str
) -> None:
    assert expected in gregorian(text)
