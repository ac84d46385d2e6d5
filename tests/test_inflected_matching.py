"""A posting's skill found on a resume that writes it in another form: a past-tense verb for a
posting's activity noun ("Negotiated contracts" for "Negotiation"), an irregular past ("Wrote
test plans"), or a longer spelling in another case ("Basic Life Support")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.literal_match import find_as_verb, find_inexact, find_reworded, resume_text
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]
MissingOf = Callable[[str, str], list[str]]


@pytest.mark.parametrize(
    ("phrase", "line"),
    [
        ("writing test plans", "- Wrote test plans for every release"),
        ("relationship building", "- Built lasting relationships with customers"),
        ("conduit bending", "- Bent rigid conduit for new panels"),
        ("troubleshooting circuits", "- Troubleshot faulty circuits in tenant spaces"),
    ],
)
def test_an_irregular_past_rewords_its_activity(phrase: str, line: str) -> None:
    assert find_reworded(phrase, resume_text(line + "\n")) is not None


@pytest.mark.parametrize(
    ("phrase", "line"),
    [
        ("benefits administration", "- Administered health and retirement benefits"),
        ("engine diagnostics", "- Diagnosed engine faults with scan tools"),
        ("account reconciliations", "- Reconciled bank accounts monthly"),
    ],
)
def test_a_verb_whose_stem_is_a_letter_shorter_rewords_its_noun(phrase: str, line: str) -> None:
    assert find_reworded(phrase, resume_text(line + "\n")) is not None


@pytest.mark.parametrize(
    ("phrase", "line"),
    [
        ("equipment maintenance", "- Repaired and maintained farm equipment"),
        ("systems analysis", "- Analysed system performance each quarter"),
        ("conflict resolution", "- Resolved conflicts between shift teams"),
        ("metrics creation", "- Creating performance metrics for the board"),  # an "-ing" verb
        ("problem solving", "- Resolved billing problems for key clients"),  # resolving is solving
    ],
)
def test_a_verb_whose_noun_changes_its_stem_rewords_the_noun(phrase: str, line: str) -> None:
    assert find_reworded(phrase, resume_text(line + "\n")) is not None


@pytest.mark.parametrize(
    ("phrase", "line"),
    [
        ("equipment maintenance", "- Repaired farm equipment and sold it on"),
        ("systems analysis", "- Built systems that analysts queried"),  # an analyst's noun
    ],
)
def test_a_noun_is_not_reworded_without_its_verb(phrase: str, line: str) -> None:
    assert find_reworded(phrase, resume_text(line + "\n")) is None


def test_a_one_word_activity_is_shown_by_its_past_verb(missing_of: MissingOf) -> None:
    asked = "- Prospecting\n- Negotiation skills\n- Onboarding\n- Troubleshooting\n"
    shown = (
        "- Prospected new clients at trade shows\n- Negotiated supplier contracts\n"
        "- Onboarded 40 new hires a year\n- Troubleshot hydraulic systems\n"
    )
    assert missing_of(asked, shown) == []


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Troubleshooting", "- A patient troubleshooter of legacy billing code"),
        ("Persuasion", "- A calm persuader in vendor talks"),
        ("Scheduling", "- Efficient scheduler of crew rotas"),
        ("Instructing", "- Able to instruct new warehouse staff"),
        ("Expansion", "- Expanded the depot network to five towns"),  # "d" then "s" in the noun
    ],
)
def test_a_one_word_activity_is_shown_by_another_form_of_its_verb(term: str, line: str) -> None:
    assert find_inexact(term, resume_text(line + "\n")) is not None


def test_a_known_activity_is_shown_by_its_verb_in_another_form(missing_of: MissingOf) -> None:
    asked = "- Coordination\n- Persuasion\n- Instructing\n"
    shown = (
        "- Coordinating deliveries across three depots\n- A calm persuader in vendor talks\n"
        "- Able to instruct new warehouse staff\n"
    )
    assert missing_of(asked, shown) == []


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Computing", "- Repaired the office computer fleet"),  # a thing in "-er", not a doer
        ("Networking", "- Configured networking for forty servers"),  # its own word: the guard's
        ("Coordination", "- Never coordinating anything with suppliers"),  # denied
    ],
)
def test_a_thing_the_activitys_own_word_or_a_denial_shows_no_activity(term: str, line: str) -> None:
    assert find_as_verb(term, resume_text(line + "\n")) is None


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Accounting", "- Managed twelve key accounts"),  # a noun, not the activity's verb
        ("Onboarding", "- Never onboarded staff"),  # denied
        ("Management", "- Managed the office workstations"),  # too broad an activity
        ("Mentoring", "- Mentored by two senior partners"),  # done to the candidate
        ("Recruiting", "- Recruited by the firm from a campus hackathon"),
        ("Reporting", "- Reported directly to the CFO"),  # a reporting line
    ],
)
def test_only_an_undenied_past_verb_shows_a_one_word_activity(term: str, line: str) -> None:
    assert find_inexact(term, resume_text(line + "\n")) is None


def test_a_long_case_sensitive_spelling_counts_in_another_case(profile_of: ProfileOf) -> None:
    resume = profile_of("Experience\n- Licensed nurse; Basic Life Support certified\n")
    assert "bls" in {h.id for h in resume.skills}
    prose = profile_of("Experience\n- Wrote a report on labor statistics for the city\n")
    assert "bls" not in {h.id for h in prose.skills}


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        ("- CPA required\n", "- Certified Public Accountant licensed in Ohio\n"),
        ("- SEM campaigns\n", "- Ran search engine marketing campaigns on Google\n"),
        ("- Experience with a WMS\n", "- Picked orders in our warehouse management system\n"),
    ],
)
def test_an_abbreviation_or_plain_phrase_meets_its_skill(
    missing_of: MissingOf, asked: str, shown: str
) -> None:
    assert missing_of(asked, shown) == []


@pytest.mark.parametrize(
    "line",
    [
        "- Imaged samples by SEM and TEM in the materials lab\n",
        "- Lowered CPA by 20% across paid social campaigns\n",
    ],
)
def test_ambiguous_abbreviations_need_their_field(profile_of: ProfileOf, line: str) -> None:
    found = {h.id for h in profile_of(f"Experience\n{line}", doc_type="resume").skills}
    assert not found & {"search-engine-marketing", "cpa"}


def test_by_further_on_leaves_a_past_verb_active() -> None:
    line = "- Negotiated supplier contracts by phone and cut costs\n"
    assert find_inexact("Negotiation", resume_text(line)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "- Entered patient records into Epic",
        "- Entered orders into SAP daily",
        "- Keyed invoices into QuickBooks",
        "- Input customer details into the billing system",
        "- Typed meeting notes into the tracking system",  # anything put into a system
        "- Entered sales figures into Salesforce",
    ],
)
def test_records_entered_into_a_system_show_data_entry(missing_of: MissingOf, line: str) -> None:
    assert missing_of("- Data entry\n", line + "\n") == []


@pytest.mark.parametrize(
    ("phrase", "line"),
    [
        ("data entry", "- Entered the market in 2020 with a new product"),
        ("data entry", "- Entered into an agreement with three vendors"),
        ("data entry", "- Entered a new role as team lead"),
        ("data entry", "- Entered the team into the regional finals"),  # no system
        ("data entry", "- Never keyed invoices into QuickBooks"),
        ("order entry", "- Keyed invoices into QuickBooks"),  # other records than orders
        ("data entry", "- Typed notes into Slack"),  # a message to colleagues, not records
        ("data entry", "- Typed my thoughts into Notion each week"),
    ],
)
def test_only_records_put_into_a_system_show_an_entry_skill(phrase: str, line: str) -> None:
    assert find_reworded(phrase, resume_text(line + "\n")) is None


def test_orders_entered_into_a_system_show_order_entry() -> None:
    assert find_reworded("order entry", resume_text("- Entered orders into SAP\n")) is not None


@pytest.mark.parametrize(
    "line",
    [
        "- Teaching physics to classes 11 and 12",
        "description - • Teaching English to classes 6 to 9 • Preparing lesson plans",
        "Handled admissions; teaching mathematics to grade 8",
    ],
)
def test_an_activity_asked_as_experience_is_shown_by_a_duty_opening_with_it(line: str) -> None:
    assert find_reworded("teaching experience", resume_text(line + "\n")) is not None


@pytest.mark.parametrize(
    "line",
    [
        "- Attended a teaching workshop in 2019",
        "- Built a tool for machine teaching of robots",
        "- Teaching hospital rotation in cardiology",
        "Teaching moments: coached two junior nurses",
    ],
)
def test_an_activity_inside_a_clause_is_no_duty(line: str) -> None:
    assert find_reworded("teaching experience", resume_text(line + "\n")) is None


def test_a_teacher_posting_finds_teaching_duties(missing_of: MissingOf) -> None:
    asked = "- 2+ years of teaching experience\n"
    shown = "- Teaching physics to classes 11 and 12\n- Laboratory practicals\n"
    assert "teaching experience" not in " ".join(missing_of(asked, shown))


@pytest.mark.parametrize(
    ("phrase", "line"),
    [
        ("Organizational skills", "- Superior organizational capacity across four sites"),
        ("analytical skills", "- Exceptional analytical reasoning ability"),
        ("observational skills", "- Sharp observation skillset on night patrols"),
    ],
)
def test_a_quality_asked_as_skills_is_shown_beside_another_noun_of_ability(
    phrase: str, line: str
) -> None:
    assert find_reworded(phrase, resume_text(line + "\n")) is not None


@pytest.mark.parametrize(
    ("phrase", "line"),
    [
        ("analytical skills", "- No analytical ability was needed in this post"),  # denied
        ("Organizational skills", "- Led organizational change, ability to adapt"),  # other clause
        ("analytical skills", "- Built analytical dashboards for sales"),  # no noun of ability
    ],
)
def test_a_quality_needs_its_noun_of_ability_in_the_same_clause(phrase: str, line: str) -> None:
    assert find_reworded(phrase, resume_text(line + "\n")) is None


def test_a_known_quality_is_shown_by_its_capacity(missing_of: MissingOf) -> None:
    asked = "- Organizational skills\n"
    shown = "- Superior organizational capacity across four sites\n"
    assert missing_of(asked, shown) == []
