"""Misreadings other helpers noticed and left alone, sixth pass: each pinned by small texts
written here, with a near miss that keeps its reading."""

from __future__ import annotations

import pytest

from mlcareer.literal_match import find_literal, resume_text

from .posting_helpers import ProfileOf
from .posting_helpers import asked as _asked
from .posting_helpers import posting_info as _posting

# 1. A product's parts as its examples ("GCP services such as BigQuery") leave the product
# asked; the examples are a choice among themselves


@pytest.mark.parametrize(
    ("line", "product", "parts"),
    [
        ("- Experience with GCP services such as BigQuery and Vertex AI", "gcp", 2),
        ("- Hands-on with AWS services (e.g. SageMaker, Lambda)", "aws", 2),
    ],
)
def test_a_products_parts_leave_the_product_asked(
    profile_of: ProfileOf, line: str, product: str, parts: int
) -> None:
    asked = _asked(profile_of, f"ML Engineer\n\nRequirements\n{line}\n- Python\n")
    assert product in asked
    assert not asked[product].alternatives
    examples = [req for req in asked.values() if req.choice]
    assert len(examples) == parts
    assert all(product not in req.alternatives for req in examples)


def test_a_product_asked_on_its_own_line_too_stays_asked(profile_of: ProfileOf) -> None:
    text = (
        "ML Engineer\n\nRequirements\n- Experience with GCP services such as BigQuery and"
        " Vertex AI\n- Python\n- GCP\n"
    )
    assert "gcp" in _asked(profile_of, text)


@pytest.mark.parametrize("own_line", ["- CI/CD", "- CI/CD.", "* ci/cd"])
def test_a_kind_asked_on_a_line_of_its_own_too_stays_asked(
    profile_of: ProfileOf, own_line: str
) -> None:
    text = (
        "DevOps Engineer\n\nRequirements\n- Experience with CI/CD tools such as Jenkins or"
        f" GitHub Actions\n{own_line}\n- Python\n"
    )
    asked = _asked(profile_of, text)
    assert "ci-cd" in asked
    assert "github-actions" in asked["jenkins"].alternatives


def test_a_kind_named_in_a_sentence_elsewhere_is_not_asked_alone(profile_of: ProfileOf) -> None:
    # near miss: the company's blurb names CI/CD in a sentence, not as an item of its own
    text = (
        "DevOps Engineer\n\nAbout us\nWe ship daily thanks to CI/CD and care.\n\nRequirements\n"
        "- Experience with CI/CD tools such as Jenkins or GitHub Actions\n- Python\n"
    )
    assert "ci-cd" not in _asked(profile_of, text)


def test_a_kind_of_thing_with_examples_still_asks_an_example(profile_of: ProfileOf) -> None:
    # near miss: "a deep learning framework" is met by a framework; deep learning itself is
    # not what the line asks
    text = "ML Engineer\n\nRequirements\n- A deep learning framework (e.g., PyTorch or JAX)\n"
    asked = _asked(profile_of, text)
    assert "deep-learning" not in asked
    assert set(asked["pytorch"].alternatives) == {"jax"}


def test_a_broader_head_asked_on_another_line_stays_asked(profile_of: ProfileOf) -> None:
    text = (
        "ML Engineer\n\nRequirements\n- A deep learning framework (e.g., PyTorch or JAX)\n"
        "- Python\n- Deep learning\n"
    )
    asked = _asked(profile_of, text)
    assert "deep-learning" in asked
    assert not asked["deep-learning"].alternatives


# 2. A posting holds no jobs of its own: the dates of its application window are no work


def test_a_postings_application_window_is_no_dated_job(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist\nDepartment of Health\n\nOpen & closing dates: 03/03/2025 to 03/17/2025"
        "\n\nQualifications\n- Experience with Python and SQL\n"
    )
    experience = profile_of(text, "posting").experience
    assert (experience.ranges, experience.jobs, experience.years) == ([], [], 0.0)
    assert experience.level is None


def test_a_resumes_dated_job_still_counts(profile_of: ProfileOf) -> None:
    text = "Experience\nData Scientist, Acme Health\n03/2021 - 03/2024\n- Built models in Python\n"
    experience = profile_of(text, "resume").experience
    assert [r.text for r in experience.ranges] == ["03/2021 - 03/2024"]


# 3. Generic skill words inside a domain's own phrases: "database lock" is a clinical trial's
# milestone, "networking events" are meetings with people


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Experience leading database lock activities for Phase III trials", "databases"),
        ("- Plan the database lock and database unlock with biostatistics", "databases"),
        ("- Attend networking events to grow our network of trial sites", "computer-networking"),
    ],
)
def test_a_domain_phrase_is_not_the_generic_skill(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    text = f"Clinical Data Manager\n\nRequirements\n{line}\n- Proficiency in SAS\n"
    assert skill not in _asked(profile_of, text)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Experience designing relational database schemas and locking strategies", "databases"),
        ("- Knowledge of networking (TCP/IP, DNS, VPN)", "computer-networking"),
    ],
)
def test_the_generic_skill_outside_the_phrase_stays(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    text = f"Platform Engineer\n\nRequirements\n{line}\n- Proficiency in Python\n"
    assert skill in _asked(profile_of, text)


# 6. A CEFR grade after the word for "level" in another language is how well, not a term


@pytest.mark.parametrize(
    "line",
    [
        "- Znajomość języka angielskiego na poziomie C1",
        "- Beheersing van het Engels op niveau C1",
        "- Goda kunskaper i engelska på nivå C1",
    ],
)
def test_a_grade_after_a_foreign_level_word_is_no_term(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nWymagania\n{line}\n- Python\n"
    assert "term:c1" not in _asked(profile_of, text)


# 7. A German degree's kind in brackets after its field: "Studium der Informatik (Master)"


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("- Abgeschlossenes Studium der Informatik (Master)", "master"),
        ("- Abgeschlossenes Studium der Mathematik oder Physik (Master oder Promotion)", "master"),
        # near miss: no kind named, a completed degree (a bachelor's or higher)
        ("- Abgeschlossenes Studium der Informatik", "bachelor"),
    ],
)
def test_a_german_degrees_kind_after_its_field(
    profile_of: ProfileOf, line: str, degree: str
) -> None:
    text = f"Data Scientist\n\nIhr Profil\n{line}\n- Erfahrung mit Python und SQL\n"
    assert _posting(profile_of, text).degree_required == degree


# 5. "informatica" in lower case after a study word is the field (computer science), not the
# Informatica ETL tool


@pytest.mark.parametrize(
    "line",
    [
        "- Afgeronde WO-opleiding in informatica",
        "- HBO-opleiding informatica of wiskunde",
        "- Laurea in informatica o ingegneria",
    ],
)
def test_informatica_the_field_is_not_the_etl_tool(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nWat we vragen\n{line}\n- Ervaring met Python en SQL\n"
    profile = profile_of(text, "posting")
    assert "informatica" not in {hit.id for hit in profile.skills}
    assert profile.education.field == "computer science"


@pytest.mark.parametrize(
    "line",
    [
        "- 3+ years of experience in Informatica PowerCenter",
        "- Ervaring met Informatica en SSIS",
        "- ETL tools such as Informatica or Talend",
    ],
)
def test_informatica_the_tool_stays(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nRequirements\n{line}\n- Python\n"
    assert "informatica" in _asked(profile_of, text)


# 10. A literal term is found as whole words or their forms: "Compute" is not "Computer"


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Compute", "BSc Computer Science, Utrecht University"),
        ("Trade", "Worked as a trader on the rates desk"),
        ("Count", "Managed teams across the country"),
        ("Summa", "Wrote the quarterly summary for the board"),
    ],
)
def test_a_literal_term_is_not_the_start_of_another_word(term: str, line: str) -> None:
    assert find_literal(term, resume_text(line + "\n")) is None


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Programming", "Programing in C and assembly"),  # misspelt, still found
        ("Compute", "Sized GPU compute budgets for training"),
        # a noun of the practice built on the term: circuitry is circuits' work
        ("Circuit", "Proficient in analogue circuitry design"),
        ("Machine", "Maintained packaging machinery on two lines"),
    ],
)
def test_a_literal_terms_forms_and_misspellings_are_found(term: str, line: str) -> None:
    assert find_literal(term, resume_text(line + "\n")) is not None


# 10. A row's label before the skills it lists names their kind, not a term of its own


@pytest.mark.parametrize(
    ("rows", "label"),
    [
        ("- Compute: Spark\n- Streaming: Kafka\n", "term:compute"),
        ("| Storage | Postgres |\n| Orchestration | Airflow |\n", "term:storage"),
    ],
)
def test_a_rows_label_before_known_skills_is_no_term(
    profile_of: ProfileOf, rows: str, label: str
) -> None:
    text = f"Data Engineer\n\nRequirements\n{rows}- 3+ years of Python\n"
    asked = _asked(profile_of, text)
    assert not [key for key in asked if key.startswith("term:")]
    assert {"python"} < set(asked)


def test_a_label_before_unknown_words_stays(profile_of: ProfileOf) -> None:
    # near miss: what follows the label is no known skill, the label's words may be the ask
    text = "Data Engineer\n\nRequirements\n- Leadership: mentoring two juniors\n- Python\n"
    assert {"term:leadership", "leadership"} & set(_asked(profile_of, text))


# 4. A choice of clinical credentials that holds a licence (RN) asks no doctorate


@pytest.mark.parametrize(
    "line", ["- MD, DO, RN or PharmD", "- PharmD or RN license required", "- MD or RN"]
)
def test_a_choice_with_a_licence_asks_no_doctorate(profile_of: ProfileOf, line: str) -> None:
    text = f"Clinical Informatics Specialist\n\nRequirements\n{line}\n- Experience with Epic\n"
    info = _posting(profile_of, text)
    assert (info.degree_required, info.degree_preferred) == (None, None)


@pytest.mark.parametrize("line", ["- RN, BSN required", "- BSN, RN", "- Active RN license, BSN"])
def test_a_licence_beside_a_degree_still_asks_the_degree(profile_of: ProfileOf, line: str) -> None:
    text = f"Clinical Informatics Nurse\n\nRequirements\n{line}\n- Experience with Epic\n"
    assert _posting(profile_of, text).degree_required == "bachelor"


def test_a_doctorate_asked_alone_stays(profile_of: ProfileOf) -> None:
    text = "Medical Director\n\nRequirements\n- MD or PharmD required\n- Epic\n"
    assert _posting(profile_of, text).degree_required == "phd"
