"""Near neighbours of the previous session's narrow rules, found by an adversarial review:
names in Chinese, Japanese or Korean inside longer words, Czech language initials, a
posting forwarded as an attached mail. Small texts written here."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mlcareer.api import extract
from mlcareer.documents.html_text import page_text
from mlcareer.missing_kinds import missing_action
from mlcareer.suggest import _article

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("機械学習系の開発経験がある方", "machine-learning"),
        ("データ分析系の実務経験", "data-analysis"),
        ("熟悉深度学习系列工具", "deep-learning"),
    ],
)
def test_a_field_before_a_kind_or_a_series_is_asked(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    assert skill in asked(profile_of, listed("Python", item))


@pytest.mark.parametrize("item", ["高中文凭及以上", "初中文化程度即可", "英语系毕业优先"])
def test_no_chinese_language_inside_other_words(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert "lang-mandarin" not in found, sorted(found)
    assert "python" in found


_CZECH = "Datový analytik\n\nPožadavky\n- Znalost Pythonu a SQL\n- {item}\n"


@pytest.mark.parametrize(
    ("item", "language"),
    [
        ("Aktivní znalost AJ.", "lang-english"),
        ("Znalost NJ je výhodou.", "lang-german"),
        ("Pokročilý Excel, NJ výhodou", "lang-german"),
    ],
)
def test_czech_initials_before_a_stop_or_after_a_name(
    profile_of: ProfileOf, item: str, language: str
) -> None:
    found = asked(profile_of, _CZECH.format(item=item))
    assert language in found, sorted(found)
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize(
    "item", ["Pracoviště Princeton, NJ, aktivní přístup", "Kancelář Niterói, RJ; znalost SQL"]
)
def test_a_state_after_its_city_is_no_language(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, _CZECH.format(item=item))
    assert "lang-german" not in found and "lang-russian" not in found, sorted(found)
    assert "python" in found


def test_a_mail_forwarded_as_an_attachment_gives_its_title_and_no_warning(
    tmp_path: Path,
) -> None:
    inner = EmailMessage()
    inner["From"] = "Talent Team <talent@quux.example>"
    inner["Subject"] = "Computer Vision Engineer"
    inner.set_content("About the role\nWe build robots.\n\nRequirements\n- OpenCV\n- C++\n")
    outer = EmailMessage()
    outer["From"] = "Sam <sam@quux.example>"
    outer["Subject"] = "Fwd: saw this and thought of you"
    outer.set_content("Have a look.\n")
    outer.add_attachment(inner, filename="role.eml")
    path = tmp_path / "fwd.eml"
    path.write_bytes(outer.as_bytes())
    profile = extract(path, doc_type="posting")
    assert profile.posting is not None
    assert profile.posting.title == "Computer Vision Engineer"
    assert not [warning for warning in profile.warnings if "role.eml" in warning]


_OUTLINE = (
    "Data Scientist\n\n{one} About the company\n"
    "We are a fintech that builds payment tools with Java and Scala.\n\n"
    "{two} Requirements\n- Python and SQL\n\n{three} Benefits\n- Free Kubernetes training\n"
)


@pytest.mark.parametrize("marks", [("1.", "2.", "3."), ("I.", "II.", "III."), ("1)", "2)", "3)")])
def test_an_outlines_parts_without_sub_parts_open_sections(
    profile_of: ProfileOf, marks: tuple[str, str, str]
) -> None:
    one, two, three = marks
    profile = profile_of(_OUTLINE.format(one=one, two=two, three=three), "posting")
    names = [section.name for section in profile.sections]
    assert names == ["company", "requirements", "benefits"]
    assert {req.id for req in profile.requirements} == {"python", "sql"}


def test_a_numbered_lists_items_open_no_sections(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nRequirements\n\n1. Benefits analysis with SQL\n2. Python\n"
    profile = profile_of(text, "posting")
    assert [section.name for section in profile.sections] == ["requirements"]


@pytest.mark.parametrize("marks", [("a)", "b)", "c)"), ("i.", "ii.", "iii.")])
def test_lettered_items_are_not_one_wrapped_sentence(
    profile_of: ProfileOf, marks: tuple[str, str, str]
) -> None:
    one, two, three = marks
    items = f"{one} Python and SQL\n{two} 3+ years of data science work\n{three} Kafka\n"
    found = asked(profile_of, f"Data Scientist\n\nRequirements\n{items}")
    assert found["data-science"].years == 3
    assert found["python"].years is None and found["kafka"].years is None


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ('<span class="c1">Python</span><span class="c1">, SQL and Spark</span>', "Python, SQL"),
        ('<span class="c1">Requirements</span><span class="c1">:</span>', "Requirements:"),
        ('<span class="c1">5+ years of Go</span><span class="c1">.</span>', "years of Go."),
    ],
)
def test_twin_elements_parted_by_a_stop_get_no_comma(html: str, text: str) -> None:
    assert text in page_text(f"<p>{html}</p>")


@pytest.mark.parametrize(
    "item",
    [
        "Took two services to general availability (GA) on AWS",
        "Owned the GA (general availability) checklist on AWS",
    ],
)
def test_ga_defined_as_general_availability_is_no_term(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert "aws" in found and "term:ga" not in found, sorted(found)


@pytest.mark.parametrize(
    ("item", "wished"),
    [
        ("3 years with Spark, Kafka; Airflow a plus", "airflow"),
        ("4+ years of Spark; SQL a must", "sql"),
    ],
)
def test_a_name_with_its_own_cue_after_a_semicolon_keeps_no_years(
    profile_of: ProfileOf, item: str, wished: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    assert found["apache-spark"].years is not None
    assert found[wished].years is None


def test_bare_names_parted_by_semicolons_keep_their_years(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("5+ years with Python; SQL; Spark"))
    assert [found[key].years for key in ("python", "sql", "apache-spark")] == [5, 5, 5]


@pytest.mark.parametrize(
    "item",
    ["An APS 4-6 broadband role; EL1 may apply", "This is an APS 4-6 role", "At APS 5/6 level"],
)
def test_public_service_grades_and_their_ranges_are_no_terms(
    profile_of: ProfileOf, item: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize(
    "bullet",
    [
        "- Promoted twice, to Senior Data Scientist (2022 - Present)",
        "- Received a promotion to Senior Data Scientist, Mar 2022 - Present",
        "- Earned early promotion to Senior Data Scientist: 2022 - Present",
    ],
)
def test_a_promotion_told_other_ways_names_the_later_title(
    profile_of: ProfileOf, bullet: str
) -> None:
    text = (
        "Sara Lind\n\nExperience\nAcme Analytics — Data Scientist\nJan 2019 - Present\n"
        f"- Built churn models in Python.\n{bullet}\n\nEducation\nM.Sc. Statistics, 2018\n"
    )
    titles = profile_of(text, "resume").experience.titles
    # newest first: the promotion's title is the newer of the two ending now (dates41)
    assert titles == ["Senior Data Scientist", "Acme Analytics — Data Scientist"]


@pytest.mark.parametrize(
    ("ask", "advice"),
    [
        ("portfolio website", "put its link"),
        ("a link to your portfolio site", "put its link"),
        ("technical blog posts", "put its link"),
    ],
)
def test_a_records_form_after_its_word_still_names_the_record(ask: str, advice: str) -> None:
    action = missing_action(f"term:{ask.replace(' ', '-')}", ask, ask, None)
    assert action is not None and advice in action


@pytest.mark.parametrize(
    ("noun", "article"),
    [
        ("R&D engineer", "an"),
        ("R developer", "an"),
        ("F# developer", "an"),
        ("one-person team", "a"),
        ("L2 support engineer", "an"),
        ("S3 admin", "an"),
        ("K8s administrator", "a"),
        ("3D artist", "a"),
    ],
)
def test_a_single_letter_said_as_a_letter_takes_its_article(noun: str, article: str) -> None:
    assert _article(noun) == article


@pytest.mark.parametrize(
    "item",
    [
        "Membership of the Institution of Engineering and Technology (IET)",
        "Fellow of the Royal Academy of Engineering",
    ],
)
def test_a_field_in_a_learned_bodys_name_is_not_asked(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert "engineering" not in found, sorted(found)


def test_an_association_in_prose_is_no_body(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python", "Study the association of genomics data"))
    assert "genomics" in found


_SOUGHT_POSTING = (
    "ML Engineer\n\nAbout Acme\nAcme builds payment software with Java and Scala for banks.\n\n"
    "{heading}\nStrong Python skills and 3+ years of experience shipping models.\n\n"
    "Benefits\n- Free Kubernetes courses\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "What we're looking for in you",
        "The person we are looking for",
        "Here is what we are seeking",
    ],
)
def test_whom_the_employer_seeks_heads_the_requirements(
    profile_of: ProfileOf, heading: str
) -> None:
    profile = profile_of(_SOUGHT_POSTING.format(heading=heading), "posting")
    assert [section.name for section in profile.sections] == ["company", "requirements", "benefits"]
    assert profile.posting is not None and profile.posting.years_required == 3


@pytest.mark.parametrize(
    "item", ["短期大学卒以上", "大专及以上学历", "전문대 졸업 이상", "전문학사 이상"]
)
def test_a_junior_colleges_degree_is_an_associate(profile_of: ProfileOf, item: str) -> None:
    info = profile_of(listed("Python", item), "posting").posting
    assert info is not None and info.degree_required == "associate"


@pytest.mark.parametrize(
    ("item", "present", "absent"),
    [
        ("Experience writing HELM charts for Kubernetes", "helm", "term:writing-helm-charts"),
        ("Package the services as HELM charts", "helm", "llm-evaluation"),
        ("Evaluate models with HELM, MMLU and other evals", "llm-evaluation", "helm"),
    ],
)
def test_helm_in_capitals_is_told_apart(
    profile_of: ProfileOf, item: str, present: str, absent: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    assert present in found and absent not in found, sorted(found)


@pytest.mark.parametrize(
    ("subject", "alert"),
    [("Re: our call on Dec 3 - ML jobs at Acme", False), ("3 new Data Scientist jobs", True)],
)
def test_a_days_number_before_a_dash_is_no_alerts_count(
    tmp_path: Path, subject: str, alert: bool
) -> None:
    message = EmailMessage()
    message["From"] = "Ann <ann@quux.example>"
    message["Subject"] = subject
    message.set_content("Data Scientist\n\nRequirements\n- Python\n")
    path = tmp_path / "call.eml"
    path.write_bytes(message.as_bytes())
    warnings = extract(path, doc_type="posting").warnings
    assert any("alert" in warning for warning in warnings) == alert
