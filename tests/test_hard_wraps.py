"""A sentence hard-wrapped over lines, as a PDF's lines or a text file wrapped at 80 columns
break it: a name broken at the wrap is still the name, and a posting's wrapped sentence reads
as one."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from mlcareer.api import Options
from mlcareer.extract.nlp import WRAP_REACH, skill_matcher
from mlcareer.models import Profile

from .conftest import invoke

ProfileOf = Callable[..., Profile]

RESUME = """\
Jane Doe

SUMMARY
Engineer who builds Python and SQL data
pipelines and applies machine
   learning to demand forecasting.

EXPERIENCE
Data Engineer, Acme, Jan 2019 - Present
- Moved the reporting jobs to Apache
  Airflow.
"""


def _names(profile: Profile) -> set[str]:
    return {hit.name for hit in profile.skills}


def test_a_name_broken_by_a_wrap_is_found(profile_of: ProfileOf) -> None:
    profile = profile_of(RESUME)
    assert {"Data pipelines", "Machine learning"} <= _names(profile)
    [learning] = next(h for h in profile.skills if h.name == "Machine learning").mentions
    assert profile.text[learning.start : learning.end] == "machine\n   learning"
    assert learning.line == 5  # where the name starts


def test_a_capitalised_line_is_no_wrap(profile_of: ProfileOf) -> None:
    # "Apache" / "Airflow." wraps in lower case only: a capital opens a new line's item
    text = RESUME.replace("Apache\n  Airflow.", "the\n  Airflow scheduler.")
    assert "Apache Airflow" in _names(profile_of(text))
    assert "UX design" not in _names(profile_of("Skills\nUser Experience\nDesign systems\n"))


def test_a_heading_does_not_run_into_its_first_line(profile_of: ProfileOf) -> None:
    text = "Jane Doe\n\nMachine\nlearning projects with Python.\n"
    assert "Machine learning" in _names(profile_of(text))
    posting = "Data Engineer\n\nRequirements\npython and sql are required.\n"
    profile = profile_of(posting, "posting")
    assert [s.heading for s in profile.sections] == ["Requirements"]


POSTING = """\
Research Scientist

Minimum qualifications
- PhD in Computer Science, Machine Learning or a related field, or equivalent
  practical experience.
- Experience with data
  pipelines in Python.
"""


def test_a_postings_wrapped_sentence_reads_as_one(profile_of: ProfileOf) -> None:
    profile = profile_of(POSTING, "posting")
    assert profile.posting is not None
    assert profile.posting.degree_alternative == "equivalent practical experience"
    asked = {req.jd_text: req for req in profile.requirements}
    assert asked["data pipelines"].importance == "required"


def test_examples_in_brackets_on_an_indented_line_go_with_their_head(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Quant Researcher\n\nRequirements\n- Deep understanding of regression and gradient"
        " boosting\n  (XGBoost/LightGBM)\n- SQL\n"
    )
    asked = {req.id: req for req in profile_of(text, "posting").requirements}
    assert set(asked["gradient-boosting"].alternatives) == {"xgboost", "lightgbm"}
    assert asked["sql"].importance == "required"


def test_a_wrapped_field_of_study_is_no_term(profile_of: ProfileOf) -> None:
    text = (
        "Data Analyst\n\nRequirements\n- Bachelor's degree in a quantitative field (statistics,"
        " mathematics, computer\n  science) or equivalent experience.\n- SQL.\n"
    )
    profile = profile_of(text, "posting")
    assert [req.jd_text for req in profile.requirements] == ["SQL"]


def test_a_wrapped_mention_maps_to_the_file(write: Callable[[str, str], Path]) -> None:
    path = write("posting.txt", POSTING)
    result = invoke("extract", path, "--as", "posting", "--format", "json")
    assert result.exit_code == 0, result.output
    content = path.read_text(encoding="utf-8")
    for skill in json.loads(result.stdout)["skills"]:
        for mention in skill["mentions"]:
            assert content[mention["start"] : mention["end"]] == mention["text"]
    pipelines = next(s for s in json.loads(result.stdout)["skills"] if s["id"] == "data-pipelines")
    assert pipelines["mentions"][0]["text"] == "data\n  pipelines"


def test_a_wrap_window_holds_the_longest_spelling(options: Options) -> None:
    """Only the words around a wrap are matched again: the window on each side must be
    longer than any spelling, or a long name broken near its end would be missed."""
    matcher = skill_matcher(options.taxonomy)
    longest = max(
        len(matcher.tokenize(s))
        for skill in options.taxonomy.skills.values()
        for s in skill.spellings
    )
    assert longest < WRAP_REACH


def test_a_name_broken_over_wraps_far_apart(profile_of: ProfileOf) -> None:
    filler = " ".join(f"word{i}" for i in range(30))
    profile = profile_of(
        f"Jane Doe\n\nSUMMARY\nBuilt natural\nlanguage processing {filler} and\ncomputer\n"
        f"vision {filler} with machine\nlearning\n"
    )
    assert {"Natural language processing", "Computer vision", "Machine learning"} <= _names(profile)


CAPITAL_WRAP = """\
Jane Doe

EXPERIENCE
Data Scientist, Acme, Jan 2019 - Present
- Built recommendation models with Machine
  Learning pipelines that retrain every night.
- Moved the nightly reports from cron jobs to Apache
  Airflow and cut failures by half.
"""


def test_a_name_wrapped_before_a_capital_is_found(profile_of: ProfileOf) -> None:
    # a sentence that runs on (no full stop, a line of several words) goes on in capitals
    for kind in ("resume", "posting"):
        profile = profile_of(CAPITAL_WRAP, kind)
        assert {"ML pipelines", "Apache Airflow"} <= _names(profile), kind
        [wrapped] = next(h for h in profile.skills if h.name == "ML pipelines").mentions
        assert profile.text[wrapped.start : wrapped.end] == "Machine\n  Learning pipelines"


def test_a_capital_line_after_a_title_heading_or_dates_starts_anew(profile_of: ProfileOf) -> None:
    # a short line (a title, an item) and a line with dates (the next job's heading) end there
    title = "EXPERIENCE\nHead of Data\nScience Museum, London, 2019 - 2021\n- Ran the archive.\n"
    assert "Data science" not in _names(profile_of("Jane Doe\n\n" + title))
    bullet = "- Moved the monthly finance reporting to Google\nCloud Engineer, Beta, 2016 - 2019\n"
    text = "Jane Doe\n\nEXPERIENCE\nAnalyst, Acme, 2019 - 2021\n" + bullet
    assert "Google Cloud Platform" not in _names(profile_of(text))
    # a labelled list's next label opens a new item: not "Terraform Cloud"
    listed = (
        "Jane Doe\n\nSKILLS\nTools: Python, Docker, Kubernetes, Git, Terraform\nCloud: AWS, GCP\n"
    )
    [terraform] = next(h for h in profile_of(listed).skills if h.name == "Terraform").mentions
    assert terraform.text == "Terraform"


def test_a_comma_list_wrapped_before_a_capital_goes_on(profile_of: ProfileOf) -> None:
    """A line of a comma list runs on however few its words: its last item goes on below
    ("Services, Natural Language" / "Processing"); one item a line stays apart."""
    text = (
        "Jane Doe\n\nSKILLS\nPython, SQL, Docker, Kubernetes, Amazon Web\n"
        "Services, Natural Language\nProcessing, OpenAI API, Anthropic\nAPI, Gemini\n"
    )
    found = {hit.id for hit in profile_of(text, "resume").skills}
    assert {"aws", "natural-language-processing", "anthropic-api"} <= found
    assert "api-design" not in found  # "API" was a name of its own
    listed = {hit.id for hit in profile_of("Jane Doe\n\nSKILLS\nPython\nAzure\nDevOps\n").skills}
    assert {"azure", "devops"} <= listed and "azure-devops" not in listed


def test_a_posting_s_sections_are_those_of_its_text_once_joined(profile_of: ProfileOf) -> None:
    """A posting's sections are found in its text as joined (the first look, before the
    joining, is kept only when nothing was joined): a lower-case "requirements:" that
    ends a wrapped sentence is no heading of its own."""
    from mlcareer.documents.sections import find_sections

    joined = profile_of(
        "Data Analyst\n\nAbout the role\nYou will work with\nrequirements:\n- 2+ years of SQL\n",
        "posting",
    )
    assert "work with requirements:" in joined.text
    assert [(s.heading, s.start) for s in joined.sections] == [
        ("About the role", 14),
        ("You will work with requirements:", 29),
    ]
    as_written = "Data Analyst\n\nAbout the role\nYou will work with us.\n\nRequirements\n- SQL\n"
    kept = profile_of(as_written, "posting")
    assert kept.text == as_written
    assert [s.start for s in kept.sections] == [
        s.start for s in find_sections(as_written, posting=True)
    ]
