"""A hostile review of the rules for Markdown exports and document misreadings: inputs that
look like what a rule reads but are not, and inputs built to make a rule's pattern slow."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.documents.cleaning import clean_text
from mlcareer.documents.limits import Limits
from mlcareer.models import Profile

# -- HTML comments that never close ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Python\n" + "<!--" * 12_500,  # 50 KB of openers, none closed
        "Python\n" + "<!--\nSQL\n" * 5_000,  # an opener on each line
        "Python\n" + "<!-- note " * 5_000 + "-->",  # only the last one closed
    ],
)
def test_comments_that_never_close_are_read_in_linear_time(text: str) -> None:
    clean_text("<!-- warm up -->", [], Limits())
    started = time.perf_counter()
    cleaned, _ = clean_text(text, [], Limits())
    assert time.perf_counter() - started < 0.5
    assert cleaned.startswith("Python\n")


def test_a_comment_over_several_lines_still_goes() -> None:
    text = "Python\n<!-- drafted\nin vim -->\nSQL\n"
    cleaned, _ = clean_text(text, [], Limits())
    assert cleaned == "Python\n\n\nSQL\n"


# -- front matter ----------------------------------------------------------------------------


def test_a_plain_text_header_between_rules_is_no_front_matter(
    profile_of: Callable[..., Profile],
) -> None:
    """A typed resume may set its contact lines between two rules, "Name: ...", "Skills: ...":
    shown text, not a static site's settings (whose keys are written in lower case)."""
    resume = profile_of(
        "---\nName: Jane Doe\nEmail: jane@example.com\nSkills: Python, SQL, PyTorch\n---\n\n"
        "EXPERIENCE\nData Scientist, Acme\nJan 2019 - Dec 2020\n- Built models\n",
        "resume",
    )
    assert {"python", "sql", "pytorch"} <= {hit.id for hit in resume.skills}


# -- an image's "!" --------------------------------------------------------------------------


def test_an_images_mark_after_a_word_parts_the_word_from_the_label() -> None:
    text = "Built with Python![badge](https://img.shields.io/badge/python-3.11-blue)\n"
    cleaned, _ = clean_text(text, [], Limits())
    assert cleaned == "Built with Python badge (https://img.shields.io/badge/python-3.11-blue)\n"


@pytest.mark.parametrize(
    "text",
    [
        "---\n- Python, SQL\n- PyTorch\n---\n",  # bullets between two rules
        "---\n\nPython, SQL, PyTorch\n---\n",
    ],
)
def test_rules_around_no_settings_keep_their_lines(text: str) -> None:
    cleaned, _ = clean_text(text, [], Limits())
    assert "Python, SQL" in cleaned and "PyTorch" in cleaned
