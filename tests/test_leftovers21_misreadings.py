"""English misreadings found in one session: wishes worded as "given due consideration" or
"weightage", a teaching phrase denied by "X cannot", a bullet of two guarded tools, a UK
criminal-record check, a Canadian town with its province's code, a postdoc's years and a
copyright footer. Small texts written here."""

from __future__ import annotations

import pytest

from mlcareer.models import Profile

from .posting_helpers import ProfileOf, asked, best_of_three, listed, posting_info


def _skills(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


def _terms(found: dict[str, object]) -> list[str]:
    return sorted(key for key in found if key.startswith("term:"))


# 1. "will be given due consideration", "will be given weightage": a wish


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Docker will be given due consideration",
        "Docker experience will be given weightage",
        "Weightage will be given to candidates with Docker",
        "Docker knowledge carries additional weightage",
    ],
)
def test_due_consideration_or_weightage_is_a_wish(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "SQL"))
    assert found["docker"].importance == "preferred"
    assert found["sql"].importance == "required"


def test_a_masters_given_weightage_is_wished(profile_of: ProfileOf) -> None:
    info = posting_info(profile_of, listed("MS in CS will be given weightage", "Python"))
    assert info.degree_preferred == "master"
    assert info.degree_required is None


def test_a_duty_given_due_consideration_still_asks(profile_of: ProfileOf) -> None:
    # present tense, what the work must weigh: no candidate gets anything
    found = asked(profile_of, listed("Ensure security is given due consideration in Docker"))
    assert found["docker"].importance == "required"


# 2. "Kafka can be learned on the job, Python cannot": the teaching is denied for Python


@pytest.mark.parametrize(
    "item",
    [
        "Kafka can be learned on the job, Python cannot.",
        "Kafka can be learned on the job; Python cannot.",
        "Kafka can be learned on the job, Python can't",
    ],
)
def test_what_cannot_be_learned_on_the_job_is_asked(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "SQL"))
    assert found["python"].importance == "required"
    assert "kafka" not in found


@pytest.mark.parametrize(
    "item",
    [
        "Kafka and Python can be learned on the job",
        "Kafka can be learned on the job, as can Python",
    ],
)
def test_what_can_be_learned_on_the_job_stays_unasked(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "SQL"))
    assert "kafka" not in found
    assert "python" not in found


# 3. A bullet that lists two guarded tools and nothing else: each vouches for the other

_JOB = (
    "Jane Roe\n\nExperience\nSoftware Engineer at Acme Corp\nJan 2020 - Present\n- {bullet}\n"
    "- Built pipelines in Python\n"
)


@pytest.mark.parametrize("bullet", ["Excel and SAP", "Excel, SAP", "SAP & Excel"])
def test_a_bullet_of_two_guarded_tools_names_both(profile_of: ProfileOf, bullet: str) -> None:
    found = _skills(profile_of(_JOB.format(bullet=bullet), "resume"))
    assert {"excel", "sap"} <= found


@pytest.mark.parametrize(
    "bullet", ["Met with SAP and Excel users", "Spring and Summer", "Talked to SAP"]
)
def test_a_bullet_with_other_words_needs_its_context(profile_of: ProfileOf, bullet: str) -> None:
    found = _skills(profile_of(_JOB.format(bullet=bullet), "resume"))
    assert "sap" not in found
    assert "spring" not in found


@pytest.mark.parametrize("doc_type", ["resume", "posting"])
def test_a_compound_of_two_names_is_no_list_of_them(profile_of: ProfileOf, doc_type: str) -> None:
    # "UI test automation" tests user interfaces: a bare space joins no list, so its "UI" still
    # needs its own context to be UI design
    text = _JOB.format(bullet="UI test automation.")
    if doc_type == "posting":
        text = "Required Skills:\n- UI test automation.\n- Complex SQL queries.\n"
    assert "ui-design" not in _skills(profile_of(text, doc_type))


# 4. The UK's criminal-record check is eligibility, not a term


@pytest.mark.parametrize(
    "item",
    [
        "Enhanced DBS check required",
        "A DBS check is required",
        "Willingness to undergo an enhanced DBS check",
        "Standard DBS disclosure",
        "PVG membership required",
    ],
)
def test_a_criminal_record_check_asks_no_term(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "Python"))
    assert _terms(found) == []
    assert "python" in found


def test_the_bank_dbs_stays_a_term(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Experience at DBS", "Python"))
    assert "term:dbs" in found


# 5. A Canadian town with its province's code is a place


@pytest.mark.parametrize(
    "item",
    [
        "Based in Montreal, QC",
        "Montreal, QC",
        "Based in Toronto, ON",
        "Located in Vancouver, BC",
        "Location: Winnipeg, MB",
    ],
)
def test_a_canadian_town_and_province_asks_nothing(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "Python"))
    assert _terms(found) == []


def test_a_province_code_that_names_a_thing_needs_in(profile_of: ProfileOf) -> None:
    # "MB" megabytes, "AB" A/B: a place only after "in", "at", "near"
    found = asked(profile_of, listed("Storage, MB", "Python"))
    assert "term:storage" in found


@pytest.mark.parametrize("item", ["Quebec City, QC or remote", "Montreal, QC / hybrid"])
def test_quebecs_code_before_a_way_of_working_is_no_skill(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "Python"))
    assert "quality-control" not in found
    assert _terms(found) == []


@pytest.mark.parametrize("item", ["Production, QC or remote teams", "SQL, QC or remote monitoring"])
def test_quality_control_in_a_list_stays_asked(profile_of: ProfileOf, item: str) -> None:
    assert "quality-control" in asked(profile_of, listed(item, "Python"))


# 6. A postdoc's years are research experience; "Successful" grades grant writing


def test_postdoctoral_experience_is_research_experience(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("2+ years of postdoctoral experience preferred", "Python"))
    assert "term:postdoctoral" not in found
    assert found["scientific-research"].importance == "preferred"
    assert found["scientific-research"].years == 2.0


def test_successful_grant_writing_asks_grant_writing(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Successful grant writing experience", "Python"))
    assert _terms(found) == ["term:grant-writing"]


# 7. A copyright footer names no skill and no dates

_SITE = (
    "Jane Doe\nData Scientist\n\nExperience\nData Scientist, Acme Corp, 2021 - Present\n"
    "- Built models in Python and PyTorch\n\n{footer}\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "© 2019-2026 Jane Doe. Hosted on Netlify",
        "Copyright 2019-2026 Jane Doe. Hosted on Netlify",
        "Copyright © 2019 - 2026 Jane Doe | Hosted on Netlify",
        "(c) 2019-2026 Jane Doe. Hosted on Netlify",
        "Jane Doe © 2019-2026. Hosted on Netlify",
    ],
)
def test_a_copyright_footer_names_no_skill_nor_dates(profile_of: ProfileOf, footer: str) -> None:
    profile = profile_of(_SITE.format(footer=footer), "resume")
    assert "netlify" not in _skills(profile)
    assert [found.text for found in profile.experience.ranges] == ["2021 - Present"]
    assert len(profile.experience.jobs) == 1


@pytest.mark.parametrize(
    "line",
    ["(c) Netlify and Python", "Copyright law; deployed sites on Netlify"],
)
def test_lines_like_a_copyright_notice_keep_their_skills(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(_SITE.format(footer="Skills\n" + line), "resume")
    assert "netlify" in _skills(profile)


# The new patterns over whole lines stay fast on long hostile lines


def test_long_lines_of_commas_and_copyright_marks_stay_fast(profile_of: ProfileOf) -> None:
    hostile = "- " + "Kafka, " * 300 + "Python cannot\n" + "x © " * 300 + "\n"
    plain = "- " + "Kafka and " * 210 + "Python cannot\n" + "x y " * 300 + "\n"
    slow = best_of_three(profile_of, listed("SQL") + hostile)
    usual = best_of_three(profile_of, listed("SQL") + plain)
    assert slow < 3 * usual + 0.05
