"""Which words of a posting's requirement lists become literal terms, and which do not.

Each text here is a small case written for the project, pinning one behaviour."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

from .conftest import invoke

ProfileOf = Callable[..., Profile]


def _posting(profile_of: ProfileOf, *items: str) -> Profile:
    lines = "".join(f"- {item}\n" for item in items)
    return profile_of(f"Data Engineer\n\nRequirements:\n{lines}", doc_type="posting")


def _literal_terms(profile: Profile) -> set[str]:
    return {r.jd_text for r in profile.requirements if not r.known}


@pytest.mark.parametrize(
    "item",
    [
        "Python, Java, or similar languages",
        "Tableau, Looker, or the like",
        "Zorblex, Quuxio, or the like",
        "Kafka or another streaming system",
        "An orchestrator like Airflow or Dagster",
        "Zorblex, Quuxio and other frameworks",
        "Frameworks: Zorblex",
        "Libraries",
        "like",
    ],
)
def test_words_naming_only_a_kind_are_no_terms(profile_of: ProfileOf, item: str) -> None:
    terms = _literal_terms(_posting(profile_of, item))
    assert not terms - {"Zorblex", "Quuxio"}, terms


def test_a_kind_word_in_a_name_stays(profile_of: ProfileOf) -> None:
    items = ["Zorblex language server", "Foreign languages", "Power tools", "field service"]
    assert set(items) <= _literal_terms(_posting(profile_of, *items))


@pytest.mark.parametrize(
    "item",
    [
        "To apply, submit CV and a link to your GitHub",
        "Please include your CV with the application",
        "Send CV and portfolio to hiring@quux.io",
        "Send your resume and cover letter to jobs@quux.io",
        "Submit a portfolio link with your application",
        "Attach your Resume and a Cover Letter",
        "Upload your CV via Zorblex Hire",
        "Include a link to your Kaggle profile",
        "Cover letter optional",
    ],
)
def test_how_to_apply_asks_for_nothing(profile_of: ProfileOf, item: str) -> None:
    posting = _posting(profile_of, "Python", item)
    assert [r.jd_text for r in posting.requirements] == ["Python"]


def test_requirements_beside_how_to_apply_stay(profile_of: ProfileOf) -> None:
    posting = _posting(
        profile_of,
        "Experience with Zorblex; submit code samples",
        "Experience building resume parsers with Quuxio",
        "Ability to apply Zorblex methods",
    )
    assert {"Zorblex", "Quuxio"} <= _literal_terms(posting)


def test_a_to_apply_heading_ends_the_requirements(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Engineer\n\nRequirements:\n- Python\n\nTo apply:\nEmail Zorblex Talent at "
        "jobs@quux.io with your CV\n",
        doc_type="posting",
    )
    assert [r.jd_text for r in posting.requirements] == ["Python"]


@pytest.mark.parametrize("chrome", ["Show more", "Similar jobs", "People also viewed"])
def test_a_job_boards_page_around_the_posting_asks_nothing(
    profile_of: ProfileOf, chrome: str
) -> None:
    posting = profile_of(
        "Data Engineer\nZorblex Freight · Chicago, IL\n\nRequirements\n- Python\n"
        f"{chrome}\nSenior Data Engineer · Quuxio Corp · Austin, TX · Java, Scala\n",
        doc_type="posting",
    )
    assert [r.jd_text for r in posting.requirements] == ["Python"]


def test_what_is_done_with_a_known_skill_is_no_term(profile_of: ProfileOf) -> None:
    posting = _posting(
        profile_of, "Experience programming in Java or Go", "Experience scripting with Python"
    )
    assert _literal_terms(posting) == set()
    assert {"Zorblex"} <= _literal_terms(_posting(profile_of, "Experience tuning Zorblex"))


def test_words_with_letters_beyond_ascii_are_whole(profile_of: ProfileOf) -> None:
    terms = _literal_terms(_posting(profile_of, "Knowledge of Ørsted wind models", "İzmir Q3"))
    assert {"Ørsted", "İzmir Q3"} <= terms
    assert not any(t.startswith(("rsted", "zmir")) for t in terms)


def test_what_someone_did_opens_no_term(profile_of: ProfileOf) -> None:
    terms = _literal_terms(_posting(profile_of, "Built Zorblex pipelines", "Led Quuxio rollouts"))
    assert {"Zorblex", "Quuxio"} <= terms
    assert not any(t.startswith(("Built", "Led")) for t in terms)


def test_a_subject_with_its_verb_shortened_is_no_term(profile_of: ProfileOf) -> None:
    posting = _posting(profile_of, "We'd like you to have shipped Python services")
    assert not _literal_terms(posting)


def test_a_stray_letter_glued_to_a_capital_is_no_part_of_the_term(profile_of: ProfileOf) -> None:
    # "-óExtensive": a bullet read in the wrong encoding, before the item's first word
    posting = profile_of(
        "Teacher\n\nRequirements\n-óExtensive Zorblex skills.\n-óCapability to run Quuxio.\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert not any(t.startswith("ó") for t in terms)
    assert any("Zorblex" in t for t in terms)


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Comfort with Zorblex pipelines", "Zorblex"),
        ("Comfortable with Quuxio", "Quuxio"),
        ("Confidence in Zorblex", "Zorblex"),
    ],
)
def test_comfort_with_is_a_lead_in(profile_of: ProfileOf, item: str, term: str) -> None:
    assert _literal_terms(_posting(profile_of, item)) == {term}


def test_what_the_person_has_done_is_no_term(profile_of: ProfileOf) -> None:
    text = (
        "Research Engineer\n\nYou might be a fit if you\n- have written research code\n"
        "- have published in top venues\n- has shipped Zorblex tooling\n"
    )
    assert _literal_terms(profile_of(text, doc_type="posting")) == {"Zorblex"}


def test_job_board_page_and_closing_words_are_no_terms(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nRequirements\n- Zorblex\n\n"
        "See how you compare to 85 other applicants. Try Premium for free\n\n"
        "Quuxcorp is an equal opportunity employer and values every applicant.\n\n"
        "Our inclusive culture lets Quuxlings and Quuxers do their best work.\n\n"
        "- Quuxio\n"
    )
    assert _literal_terms(profile_of(text, doc_type="posting")) == {"Zorblex", "Quuxio"}


def test_a_literal_term_at_the_end_of_a_long_line_is_in_its_evidence_snippet(
    write: Callable[[str, str], Path],
) -> None:
    posting = write("jd.txt", "Lab Scientist\nRequirements\n- Python\n- Zebrafish husbandry\n")
    bullet = (
        "- Wrote Python scripts for the imaging pipeline of the lab and kept the tank records"
        " tidy and up to date every week, and led zebrafish husbandry for 300 tanks"
    )
    resume = write("cv.txt", f"Sam Lee\nExperience\nAssistant, Acme Lab, 2020 - 2023\n{bullet}\n")
    report = json.loads(invoke("match", resume, posting, "-f", "json").stdout)
    term = next(m for m in report["matched"] if m["name"] == "Zebrafish husbandry")
    evidence = term["evidence"][0]
    assert evidence["text"][evidence["column"] :].startswith("zebrafish husbandry")
    terminal = invoke("match", resume, posting).stdout
    assert "led zebrafish" in terminal  # the posting's own wording is capitalised


@pytest.mark.parametrize(
    "item", ["Self-motivated, willing to travel.", "Willing to relocate", "Must be willing"]
)
def test_being_willing_names_no_term(profile_of: ProfileOf, item: str) -> None:
    terms = {term.lower() for term in _literal_terms(_posting(profile_of, item))}
    assert "willing" not in terms, terms


@pytest.mark.parametrize(
    "item",
    [
        "Not afraid of Kubernetes or Terraform",
        "No shying away from Kubernetes",
        "Never hesitate to dig into Kubernetes",
        "Happy to work with Kubernetes",
        "Fearless with Kubernetes",
    ],
)
def test_a_mood_before_a_skill_names_no_term_and_denies_nothing(
    profile_of: ProfileOf, item: str
) -> None:
    posting = _posting(profile_of, item)
    assert _literal_terms(posting) == set()
    assert "kubernetes" in {r.id for r in posting.requirements}


@pytest.mark.parametrize(
    "item",
    [
        "New York or London (hybrid, 4 days on-site)",
        "Berlin, Munich or Hamburg - remote",
        "Compensation: $200k plus bonus. Zurich or Geneva (hybrid).",
    ],
)
def test_places_before_a_work_arrangement_are_no_terms(profile_of: ProfileOf, item: str) -> None:
    assert _literal_terms(_posting(profile_of, item)) == set()


@pytest.mark.parametrize(
    "item",
    [
        "5+ years in analytics or data engineering, 2+ in a lead or senior capacity.",
        "3 years in a supervisory capacity",
        "Experience in a similar capacity",
    ],
)
def test_the_capacity_one_served_in_is_no_term(profile_of: ProfileOf, item: str) -> None:
    assert _literal_terms(_posting(profile_of, item)) == set()


def test_capacity_as_a_thing_stays(profile_of: ProfileOf) -> None:
    posting = _posting(profile_of, "Experience with Zorblex Capacity Planner")
    assert _literal_terms(posting) == {"Zorblex Capacity Planner"}


def test_a_name_before_remote_as_a_word_of_its_own_stays(profile_of: ProfileOf) -> None:
    assert _literal_terms(_posting(profile_of, "Zorblex (remote clusters)")) == {"Zorblex"}


def test_a_joining_word_ending_a_name_is_dropped(profile_of: ProfileOf) -> None:
    items = ["Zorblex Suite for data pipelines", "Quarkle Certificate of completion"]
    assert _literal_terms(_posting(profile_of, *items)) == {"Zorblex Suite", "Quarkle Certificate"}


def test_a_kind_word_ending_a_name_is_dropped(profile_of: ProfileOf) -> None:
    assert _literal_terms(_posting(profile_of, "Knowledge of Zorblex Tools")) == {"Zorblex"}


def test_a_span_of_years_is_no_term(profile_of: ProfileOf) -> None:
    items = ["Zorblex (5-years)", "Quarkle: 3-years minimum"]
    assert _literal_terms(_posting(profile_of, *items)) == {"Zorblex", "Quarkle"}


@pytest.mark.parametrize(
    ("item", "terms"),
    [
        ("Minimum 5-years in the field", set()),
        ("Ten-Years with Zorblex", {"Zorblex"}),
        ("Ten-Years of Zorblex", {"Zorblex"}),
        ("5-years with Quarkle", {"Quarkle"}),
        ("Zorblex, 2-year", {"Zorblex"}),
    ],
)
def test_hyphenated_years_name_no_term(profile_of: ProfileOf, item: str, terms: set[str]) -> None:
    assert _literal_terms(_posting(profile_of, item)) == terms


@pytest.mark.parametrize(
    ("item", "years"),
    [
        ("Minimum 5-years in the field", 5),
        ("Ten-Years with Zorblex", 10),
        ("Zorblex for 3-years", 3),
        ("Zorblex, 2-year", 2),
        ("Four-years experience with Zorblex", 4),
    ],
)
def test_hyphenated_years_are_years(profile_of: ProfileOf, item: str, years: int) -> None:
    assert _posting(profile_of, item).posting.years_required == years


@pytest.mark.parametrize("item", ["A 2-year degree in accounting", "Zorblex on a 3-year contract"])
def test_a_hyphenated_year_before_a_noun_is_no_years_of_work(
    profile_of: ProfileOf, item: str
) -> None:
    assert _posting(profile_of, item).posting.years_required is None


def test_a_known_skills_hyphenated_years_are_its_years(profile_of: ProfileOf) -> None:
    [python] = _posting(profile_of, "Ten-Years with Python").requirements
    assert (python.id, python.years) == ("python", 10)


def _term_years(profile: Profile) -> dict[str, float | None]:
    return {r.jd_text: r.years for r in profile.requirements if not r.known}


@pytest.mark.parametrize(
    ("item", "years"),
    [
        ("5+ years with Zorblex Policy Suite", 5),
        ("3 years of Quarkle Marketing Hub", 3),
        ("Quarkle Marketing Hub (2+ yrs)", 2),
        ("Zorblex Policy Suite: 4+ years", 4),
        ("Experience with Zorblex Policy Suite", None),
    ],
)
def test_a_terms_years_are_its_own_as_a_skills(
    profile_of: ProfileOf, item: str, years: int | None
) -> None:
    assert list(_term_years(_posting(profile_of, item)).values()) == [years]


def test_a_term_named_again_keeps_the_most_years_asked(profile_of: ProfileOf) -> None:
    profile = _posting(profile_of, "Experience with Zorblex", "2+ years of Zorblex")
    assert _term_years(profile) == {"Zorblex": 2}
    profile = _posting(profile_of, "4+ years of Zorblex", "Zorblex (2 yrs) is a plus")
    assert _term_years(profile) == {"Zorblex": 4}


def test_years_beside_another_item_are_not_a_terms(profile_of: ProfileOf) -> None:
    profile = _posting(profile_of, "Python (5+ years), Zorblex")
    assert _term_years(profile) == {"Zorblex": None}


@pytest.mark.parametrize(
    "line",
    [
        "Zorblex for 5-years is a must.",
        "Zorblex for 5 years is a must.",
        "Zorblex, 2 years, is a must.",
    ],
)
def test_a_sentences_first_word_with_years_after_it_is_named(
    profile_of: ProfileOf, line: str
) -> None:
    profile = profile_of(f"Data Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    assert _literal_terms(profile) == {"Zorblex"}


@pytest.mark.parametrize("line", ["Worked for 5 years in retail.", "Excellent for 3 years."])
def test_a_common_first_word_with_years_after_it_is_no_term(
    profile_of: ProfileOf, line: str
) -> None:
    profile = profile_of(f"Data Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    assert not _literal_terms(profile)


@pytest.mark.parametrize(
    "line",
    [
        "High school diploma required. Experience with Zorblex or Quuxio preferred.",
        "- Bachelor's degree in Computer Science; experience with Zorblex or Quuxio",
    ],
)
def test_sentences_beside_a_degree_are_read(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(f"Data Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    assert _literal_terms(profile) == {"Zorblex", "Quuxio"}
    assert profile.posting.degree_required in ("secondary", "bachelor")


def test_a_degrees_own_sentence_names_no_term(profile_of: ProfileOf) -> None:
    line = "Bachelor's in Quarkle Studies or Data Science. Experience with Zorblex a plus."
    profile = profile_of(f"Data Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    assert _literal_terms(profile) == {"Zorblex"}


@pytest.mark.parametrize(
    ("item", "term"),
    [
        # the years before "site experience in" ask no word; "site" is a setting, not a thing
        ("2+ years of site experience in building construction", "building construction"),
        ("3 years of industry experience in payments", "payments"),
        ("Minimum of 4 years of experience in highway maintenance", "highway maintenance"),
    ],
)
def test_years_and_a_setting_before_experience_leave_the_domain_asked(
    profile_of: ProfileOf, item: str, term: str
) -> None:
    assert _literal_terms(_posting(profile_of, item)) == {term}


def test_a_role_focused_on_its_skills_names_no_term(profile_of: ProfileOf) -> None:
    item = "At least 5 years of experience in a role focused on Hadoop and Java"
    assert not _literal_terms(_posting(profile_of, item))


@pytest.mark.parametrize(
    "item", ["Around 2 years in Airflow", "Freshers or 1 year experience in Java"]
)
def test_how_many_years_or_none_names_no_term(profile_of: ProfileOf, item: str) -> None:
    assert not _literal_terms(_posting(profile_of, item))


@pytest.mark.parametrize(
    ("item", "terms"),
    [
        # two describing words before one noun phrase: the noun phrase is asked
        ("Knowledge of provincial and municipal zoning bylaw filings", {"zoning bylaw filings"}),
        ("Domestic and overseas freight bookings", {"freight bookings"}),
        # two activities sharing an object: each activity is asked
        ("Sanding and staining hardwood floors", {"Sanding", "staining"}),
        # generic doings sharing an object: the object is asked
        ("Planning and running focus group sessions", {"focus group sessions"}),
        # a generic doing opens the item: what is done is asked
        ("Conducting donor interviews", {"donor interviews"}),
        ("Developing loyalty-program strategy", {"loyalty-program strategy"}),
        ("Creating storyboards", {"storyboards"}),
    ],
)
def test_coordinated_words_and_generic_doings_leave_the_thing_asked(
    profile_of: ProfileOf, item: str, terms: set[str]
) -> None:
    assert _literal_terms(_posting(profile_of, item)) == terms


@pytest.mark.parametrize(
    ("item", "term"),
    [
        # the acronym spells the whole coordination: one term, not "Fault detection" and "FDI"
        ("Fault detection and isolation (FDI)", "Fault detection and isolation (FDI)"),
        # letters inside a word count: "rooftop" gives R and T
        ("Servicing rooftop units (RTUs)", "rooftop units (RTUs)"),
    ],
)
def test_a_defined_acronym_carries_its_whole_expansion(
    profile_of: ProfileOf, item: str, term: str
) -> None:
    assert _literal_terms(_posting(profile_of, item)) == {term}


@pytest.mark.parametrize(
    ("item", "known", "terms"),
    [
        # words listed with commas spell the known skill's acronym after them: no terms
        ("Writing extract, transform and load (ETL) jobs", {"etl"}, set()),
        ("Building extract, transform, load (ETL) flows", {"etl"}, set()),
        # ... of an acronym no skill knows, the words and the acronym are one term
        ("Quoting, billing and dispatch (QBD) tools", set(),
         {"Quoting, billing and dispatch (QBD)"}),
        # a list whose words do not spell the acronym keeps its items
        ("Kafka, Zorblex and natural language processing (NLP)",
         {"kafka", "natural-language-processing"}, {"Zorblex"}),
    ],
)  # fmt: skip
def test_a_spelled_out_acronym_in_a_list_names_the_acronym_only(
    profile_of: ProfileOf, item: str, known: set[str], terms: set[str]
) -> None:
    posting = _posting(profile_of, item)
    assert {r.id for r in posting.requirements if r.known} == known
    assert _literal_terms(posting) == terms


def test_a_resume_meets_an_acronym_term_by_its_expansion(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = "HVAC Technician\n\nRequirements:\n- Servicing rooftop units (RTUs)\n"
    resume = "Experience\nHVAC Tech, Quux Air, 2019 - 2024\n- Serviced rooftop units at 40 sites\n"
    report = compare(profile_of(resume), profile_of(posting, doc_type="posting"), options)
    assert not report.missing, [m.jd_text for m in report.missing]


def test_payroll_cpp_is_not_cplusplus(profile_of: ProfileOf) -> None:
    posting = _posting(profile_of, "CPP or FPC preferred", "Payroll tax filings")
    assert "cpp" not in {r.id for r in posting.requirements}
    assert "CPP" in _literal_terms(posting)
    coder = _posting(profile_of, "CPP or Rust", "Python")
    assert "cpp" in {r.id for r in coder.requirements}


@pytest.mark.parametrize(
    ("item", "asked"),
    [  # a label before a list of known skills or named terms names their kind
        ("Model optimisation: quantization, pruning, distillation", {"distillation"}),
        ("Model optimisation: quantization and pruning", set()),
        ("Serving stack: Zorblex, Quuxio", {"Zorblex", "Quuxio"}),
        # a label with no list after it is itself the thing asked
        ("Zorblex: required", {"Zorblex"}),
        ("Zorblex: 3+ years with Kubernetes", {"Zorblex"}),
    ],
)
def test_a_label_before_a_list_names_the_kind_of_its_items(
    profile_of: ProfileOf, item: str, asked: set[str]
) -> None:
    assert _literal_terms(_posting(profile_of, item)) == asked


def test_a_resume_with_the_labelled_items_misses_no_label(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = _posting(
        profile_of, "Model optimisation: quantization, pruning", "Kubernetes: required"
    )
    resume = profile_of(
        "Experience\n- Quantised and pruned models\n- Kubernetes\n", doc_type="resume"
    )
    assert not compare(resume, posting, options).missing


# A body's name holds "and" between its nouns or within its field: one term, not two.
@pytest.mark.parametrize(
    ("item", "term"),
    [
        # a body the taxonomy does not know (its actuarial namesake is a skill)
        ("Membership of the Institute and Faculty of Cartographers",
         "Institute and Faculty of Cartographers"),
        ("Member of the Institute of Electrical and Electronics Engineers",
         "Institute of Electrical and Electronics Engineers"),
        ("Fellow of the Royal Society of Arts and Sciences", "Royal Society of Arts and Sciences"),
    ],
)  # fmt: skip
def test_a_bodys_name_with_and_is_one_term(profile_of: ProfileOf, item: str, term: str) -> None:
    assert _literal_terms(_posting(profile_of, item)) == {term}


@pytest.mark.parametrize(
    ("item", "terms"),
    [
        ("Zorblex and Quarkle", {"Zorblex", "Quarkle"}),  # no body: two asks
        ("Membership of the Institute of Actuaries and SQL", {"Institute of Actuaries"}),
        ("Membership of the Institute of Actuaries and ACCA", {"Institute of Actuaries", "ACCA"}),
        ("Zorblex Institute and Quarkle", {"Zorblex Institute", "Quarkle"}),  # no "of"
        # a second body after "and": two names
        (
            "Membership of the Royal Society of Chemistry and Institute of Physics",
            {"Royal Society of Chemistry", "Institute of Physics"},
        ),
        (
            "Fellow of the Society of Surveyors and Coastal Mapping Society",
            {"Society of Surveyors", "Coastal Mapping Society"},
        ),
        # a word the name does not take after "and": no "and" left dangling
        ("Reporting to the Board of Governors and Senior Leadership", {"Board of Governors"}),
    ],
)
def test_and_still_parts_terms_outside_a_bodys_name(
    profile_of: ProfileOf, item: str, terms: set[str]
) -> None:
    assert _literal_terms(_posting(profile_of, item)) == terms


def test_a_bodys_name_asked_is_met_by_the_name(profile_of: ProfileOf, options: Options) -> None:
    posting = _posting(profile_of, "Membership of the Institute and Faculty of Cartographers")
    resume = profile_of(
        "Ann Lee\n\nExperience\nCartographer, Acme Maps, 2018 - 2024\n\nMemberships\n"
        "Fellow, Institute and Faculty of Cartographers\n",
        doc_type="resume",
    )
    report = compare(resume, posting, options)
    assert [m.jd_text for m in report.matched if not m.known] == [
        "Institute and Faculty of Cartographers"
    ]
    assert not [m for m in report.missing if not m.known]
