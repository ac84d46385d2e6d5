"""English posting lines read wrongly before: the stack a company states with a time word or
a progressive verb ("Currently we run Kubernetes"), team-building perks, years stretched past a
closed pair ("5+ yrs Python/SQL, causal inference"), the markets a company serves in a
language ("French-speaking markets"), a partner's line of business, eligibility words (NYSC,
a polygraph) and words of a bank's or a project's wording ("Middle Office", "Drive Go-live")."""

from __future__ import annotations

import time

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "line",
    [
        "We currently run Kubernetes and Airflow",
        "We're currently running Kubernetes and Airflow",
        "We are running Kubernetes and Airflow",
        "Currently we run Kubernetes and Airflow",
        "Today we run Kubernetes and Airflow",
        "The team currently runs Kubernetes and Airflow",
    ],
)
def test_leftovers19_stated_stack_asks_nothing(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python and SQL", line))
    assert "python" in found
    assert "kubernetes" not in found and "airflow" not in found


@pytest.mark.parametrize(
    "line",
    [
        "Experience running Kubernetes and Airflow",
        "You are running Kubernetes and Airflow in production today",
        "Currently running Kubernetes and Airflow at scale",
        "We need someone running Kubernetes and Airflow",
    ],
)
def test_leftovers19_running_asked_of_the_candidate(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python and SQL", line))
    assert found["kubernetes"].importance == "required"


@pytest.mark.parametrize(
    "line",
    [
        "Team building events every quarter",
        "Team-building events",
        "Quarterly team building offsites",
        "Fun team-building activities",
        "Annual team building retreat",
    ],
)
def test_leftovers19_team_building_perks_ask_nothing(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python and SQL", line))
    assert set(found) == {"python", "sql"}


@pytest.mark.parametrize(
    "line", ["Team building and people management", "Experience in team building"]
)
def test_leftovers19_team_building_skill_still_asked(profile_of: ProfileOf, line: str) -> None:
    assert "team-management" in asked(profile_of, listed("Python and SQL", line))


def test_leftovers19_resume_team_building_stays_a_skill(profile_of: ProfileOf) -> None:
    text = (
        "Sam Ortiz\nsam@example.com\n\nExperience\nEngineering Lead, Acme, 2019 - 2023\n"
        "- Led team building for 12 engineers\n"
    )
    assert "team-management" in {s.id for s in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "line",
    [
        "5+ yrs Python/SQL, causal inference",
        "5+ years of Python and SQL, plus causal inference",
        "5+ years of Python and SQL, causal inference",
        "5+ years Python, SQL, as well as causal inference",
    ],
)
def test_leftovers19_years_end_at_a_closed_pair(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed(line))
    assert found["python"].years == found["sql"].years == 5.0
    assert found["causal-inference"].years is None


@pytest.mark.parametrize(
    "line",
    ["5+ years Python, SQL, causal inference", "5+ years of Python, SQL and causal inference"],
)
def test_leftovers19_years_reach_a_plain_list(profile_of: ProfileOf, line: str) -> None:
    assert asked(profile_of, listed(line))["causal-inference"].years == 5.0


@pytest.mark.parametrize(
    "text",
    [
        "Data Scientist\n\nAbout us\nWe serve Hausa-speaking and French-speaking markets.\n\n"
        "Requirements\n- Python and SQL\n",
        "Data Scientist\nAcme builds credit tools for French-speaking markets. Python and SQL "
        "required.\n",
        listed("Python and SQL", "Experience in Spanish speaking countries"),
        listed("Python and SQL", "Experience selling into French-speaking West Africa"),
    ],
)
def test_leftovers19_markets_language_asks_nothing(profile_of: ProfileOf, text: str) -> None:
    found = asked(profile_of, text)
    assert "python" in found
    assert not {"lang-french", "lang-hausa", "lang-spanish"} & set(found)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("French-speaking candidates preferred", "lang-french"),
        ("Hausa-speaking", "lang-hausa"),
        ("Support our French-speaking customers", "lang-french"),
        ("Spanish speaking is a plus", "lang-spanish"),
    ],
)
def test_leftovers19_speaking_people_ask_the_language(
    profile_of: ProfileOf, line: str, language: str
) -> None:
    assert language in asked(profile_of, listed("Python and SQL", line))


@pytest.mark.parametrize(
    "text",
    [
        listed("Python and SQL", "We partner with Acme, a leading fintech company"),
        "Data Scientist\nWe partner with Acme, a leading fintech company. You need Python and "
        "SQL.\n",
        listed("Python and SQL", "We work closely with Acme, a leading fintech company"),
    ],
)
def test_leftovers19_partners_business_asks_nothing(profile_of: ProfileOf, text: str) -> None:
    assert set(asked(profile_of, text)) == {"python", "sql"}


def test_leftovers19_fintech_experience_still_asked(profile_of: ProfileOf) -> None:
    text = listed("Python and SQL", "Experience at a fintech company, such as Acme")
    assert "fintech" in asked(profile_of, text)


@pytest.mark.parametrize(
    "line",
    [
        "NYSC completed",
        "Must have completed NYSC",
        "NYSC discharge certificate",
        "Completion of the National Youth Service Corps (NYSC)",
    ],
)
def test_leftovers19_national_service_asks_no_term(profile_of: ProfileOf, line: str) -> None:
    # held and stated, as a clearance or a licence is: the taxonomy's, not a term
    assert set(asked(profile_of, listed("Python and SQL", line))) == {"python", "sql", "nysc"}


def test_leftovers19_national_service_line_keeps_its_skill(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("NYSC certificate and strong Python skills"))
    assert {"python", "nysc"} <= set(found)


def test_leftovers19_national_service_met_by_a_resume(profile_of: ProfileOf) -> None:
    text = (
        "Tunde Bello\ntunde@example.com\n\nExperience\nData Analyst, Acme, 2020 - 2022\n"
        "- Built SQL reports\n\nNYSC\nCompleted NYSC, Ministry of Finance, Abuja (2019)\n"
    )
    assert "nysc" in {skill.id for skill in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "line",
    [
        "TS/SCI w/ Poly",
        "Active TS/SCI with polygraph",
        "Active TS/SCI with Full Scope Polygraph",
        "TS/SCI with CI Poly required",
    ],
)
def test_leftovers19_polygraph_asks_no_term(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python and SQL", line))
    assert "ts-sci-clearance" in found
    assert not [key for key in found if key.startswith("term:")]


@pytest.mark.parametrize(
    "line",
    [
        "Drive Go-live of new models",
        "Plan and drive go-live activities",
        "Support Front Office and Middle Office teams",
        "Experience supporting the Middle Office",
    ],
)
def test_leftovers19_project_and_desk_words_no_stray_term(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python and SQL", line))
    assert "go" not in found
    terms = {key for key in found if key.startswith("term:")}
    assert terms <= {"term:front-office", "term:middle-office"}


def test_leftovers19_named_tools_after_a_verb_still_terms(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python and SQL", "Support Zorblex and Quuxware rollouts"))
    assert {"term:zorblex", "term:quuxware"} <= set(found)


@pytest.mark.parametrize(
    "line",
    [
        "Licensed Professional Teacher or Board passer is a plus",
        "Must be a Licensed Professional Teacher (LPT)",
    ],
)
def test_leftovers19_teachers_licence_is_one_ask(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python and SQL", line))
    assert "licensed-professional-teacher" in found
    assert not [key for key in found if key.startswith("term:")]


def test_leftovers19_teacher_licence_met_by_a_resume(profile_of: ProfileOf) -> None:
    text = "Ana Cruz\nana@example.com\n\nLicenses\nLicensed Professional Teacher (LPT), PRC 2019\n"
    assert "licensed-professional-teacher" in {s.id for s in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "text",
    [
        "Data Analyst\nPython and SQL required. Questions? Ask Ms Excel Smith (HR).\n",
        listed("Python and SQL", "Questions go to Ms Excel Smith at jobs@example.com"),
        listed("Python and SQL", "Your buddy will be Ms. Excel Okafor"),
    ],
)
def test_leftovers19_ms_before_a_surname_is_a_person(profile_of: ProfileOf, text: str) -> None:
    assert "excel" not in asked(profile_of, text)


@pytest.mark.parametrize(
    "line",
    [
        "Strong MS Excel skills",
        "Ms Excel",
        "Ms Excel Power Query and pivot tables",
        "Advanced Ms Excel, Word and PowerPoint",
        "Ms Excel Macros, VBA",
    ],
)
def test_leftovers19_ms_excel_still_the_skill(profile_of: ProfileOf, line: str) -> None:
    assert "excel" in asked(profile_of, listed("Python and SQL", line))


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Data Scientist, Austin TX, Python SQL 3+ years\n", 3.0),
        ("ML Engineer @ Quuxco (Austin) | Python | SQL | 3+ years\n", 3.0),
        ("Hiring: Data Scientist in Austin, TX. Python SQL 3-5 years. DM me.\n", 3.0),
    ],
)
def test_leftovers19_one_line_posts_years_asked(
    profile_of: ProfileOf, text: str, years: float
) -> None:
    profile = profile_of(text, "posting")
    assert profile.posting is not None and profile.posting.years_required == years
    assert not [req.id for req in profile.requirements if req.id.startswith("term:")]


@pytest.mark.parametrize(
    "text",
    [
        "Data Scientist\nAcme has served Austin for 10+ years. Python and SQL required.\n",
        "Data Scientist\nTrusted by clients for 20+ years. Python and SQL required.\n",
        "Data Scientist\nPython and SQL required. Our 15+ years in Austin speak for us.\n",
    ],
)
def test_leftovers19_one_line_firms_years_ask_none(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(text, "posting")
    assert profile.posting is not None and profile.posting.years_required is None


@pytest.mark.parametrize(
    "heading", ["## ✅ You probably have", "## You probably have", "You likely have:"]
)
def test_leftovers19_hedged_you_have_heads_requirements(
    profile_of: ProfileOf, heading: str
) -> None:
    text = (
        "# ML Engineer\n\n## What you'll do\n- Ship evals\n\n"
        f"{heading}\n\n- 3+ years shipping ML systems to production\n- Solid Python\n"
    )
    profile = profile_of(text, "posting")
    assert {req.id: req.importance for req in profile.requirements}["python"] == "required"
    assert profile.posting is not None and profile.posting.years_required == 3.0


_HN_POST = (
    "Quuxly | Senior Data Scientist | NYC or REMOTE (US) | Full-time | $170-210k\n\n"
    "{line} Looking for someone with 5+ yrs experience in credit risk modeling and solid SQL.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "We're a 40-person fintech helping credit unions price loans.",
        "We are a 12-person insurtech. Stack is Python, Snowflake and Airflow.",
    ],
)
def test_leftovers19_chat_posts_blurb_asks_nothing(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, _HN_POST.format(line=line))
    assert {"credit-risk-modeling", "sql"} <= set(found)
    assert not {"fintech", "insurance", "python", "snowflake", "airflow"} & set(found)
    assert not [key for key in found if key.startswith("term:")]


def test_leftovers19_stack_you_know_still_asked(profile_of: ProfileOf) -> None:
    found = asked(profile_of, _HN_POST.format(line="You know Python, Snowflake and Airflow."))
    assert {"python", "snowflake", "airflow"} <= set(found)


@pytest.mark.parametrize(
    "line",
    [
        "If this sounds of interest, please send over an updated CV and a good time to call.",
        "If interested, send me your updated CV.",
        "Send an up-to-date CV",
        "Reply with your latest CV and availability",
    ],
)
def test_leftovers19_agency_how_to_apply_asks_no_term(profile_of: ProfileOf, line: str) -> None:
    text = f"ML Ops Engineer\n\nKey skills:\n* Python\n* Docker\n\n{line}\n"
    assert set(asked(profile_of, text)) == {"python", "docker"}


@pytest.mark.parametrize("fragment", ["and Go ", "a/b ", "3+ years "])
def test_leftovers19_long_hostile_years_line_stays_fast(fragment: str) -> None:
    from mlcareer.extract.requirements import years_for

    def fastest(line: str) -> float:  # of three runs, as a shared machine may stall one
        times = []
        for _ in range(3):
            started = time.process_time()
            years_for(line, (len(line) - 6, len(line)))
            times.append(time.process_time() - started)
        return min(times)

    hostile = "5+ years " + fragment * 1500 + ", Python"
    plain = "5+ years " + "x" * (len(hostile) - 17) + ", Python"
    fastest(hostile[:200])  # warm up
    assert fastest(hostile) < 20 * fastest(plain) + 0.05


@pytest.mark.parametrize(
    "line",
    [
        "German is nice but not needed, our team language is English",
        "German is nice but not required, since we work in English",
    ],
)
def test_leftovers19_nice_but_not_needed_then_a_clause(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python", line))
    assert "lang-german" not in found or found["lang-german"].importance != "required"


def test_leftovers19_needed_then_a_clause_still_asked(profile_of: ProfileOf) -> None:
    line = "Fluent German is needed, our clients are in Munich"
    found = asked(profile_of, listed("Python", line))
    assert found["lang-german"].importance == "required"


def test_leftovers19_a_teams_size_is_no_cue(profile_of: ProfileOf) -> None:
    text = (
        "ML Engineer\n\nWe're Pixelhaus, a 25-strong team doing defect detection for car "
        "plants.\n\nWhat we're after:\n- 2+ yrs of PyTorch, OpenCV\n- PM me with questions\n"
    )
    found = asked(profile_of, text)
    assert found["pytorch"].importance == "required" and found["pytorch"].years == 2.0
    assert "visual-inspection" not in found or found["visual-inspection"].importance != "required"
    assert not [key for key in found if key.startswith("term:")]


def test_leftovers19_strong_skills_still_asked(profile_of: ProfileOf) -> None:
    text = "ML Engineer\n\nWe're a small team. You have strong PyTorch skills.\n\nPerks\n- Gym\n"
    assert asked(profile_of, text)["pytorch"].importance == "required"


def test_leftovers19_a_product_manager_still_a_term(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python", "PM experience with B2B SaaS"))
    assert [key for key in found if key.startswith("term:")]


def test_leftovers19_the_role_named_with_the_still_asks_its_duties(profile_of: ProfileOf) -> None:
    """ "The Senior Infrastructure Architect will use ..." describes the role, not the firm's
    stack: "the" stands for the firm only before a group word (team, stack, platform)."""
    role = (
        "Infrastructure Architect\n\nAbout the role\n"
        "The Senior Infrastructure Architect will use deep knowledge of IT, Computer "
        "Networking and peripherals to design scalable networks.\n"
    )
    assert "computer-networking" in asked(profile_of, role)
    engineer = listed("Python and SQL", "The Data Engineer will use Apache Spark daily")
    assert "apache-spark" in asked(profile_of, engineer)
    firm = listed("Python and SQL", "The data platform team currently runs Kubernetes")
    assert "kubernetes" not in asked(profile_of, firm)
