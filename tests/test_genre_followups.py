"""Follow-ups to the review of federal, military, academic and career-change documents:
titles that end in a bracket, volunteering named anywhere in a role's heading, part-time
jobs, GS grades, military service, certifications named in brackets and the board game Go."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _resume(*entries: str) -> str:
    return "Ann Lee\nann@example.com\n\nEXPERIENCE\n" + "\n\n".join(entries) + "\n"


# --- a title that ends in its own bracket keeps it --------------------------------------------


def test_a_title_keeps_its_closing_bracket(profile_of: ProfileOf) -> None:
    text = _resume(
        "Research Intern, Meta AI (FAIR)   Jun 2022 - Aug 2022\n- Trained PyTorch models.",
        "Acme Corp\tData Analyst (NLP)\tJan 2019 - Dec 2020\n- Wrote SQL reports.",
    )
    titles = profile_of(text, "resume").experience.titles
    assert titles == ["Research Intern, Meta AI (FAIR)", "Data Analyst (NLP)"]


def test_brackets_around_the_dates_are_still_cut(profile_of: ProfileOf) -> None:
    text = _resume("Data Scientist, Acme (Jan 2021 - Present)\n- Built churn models.")
    assert profile_of(text, "resume").experience.titles == ["Data Scientist, Acme"]
