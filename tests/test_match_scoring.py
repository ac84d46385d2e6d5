"""Matching verdicts (matched / implied / related / missing) and the score built from them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile, Report
from mlcareer.scoring import Weights, band_for

from .conftest import invoke

ProfileOf = Callable[..., Profile]

POSTING = """Title: ML Engineer

Requirements
- 3+ years of experience with Python
- Deep learning for vision
- Experience with TensorFlow
- Knowledge of the Zorblax Toolkit
- Bachelor's degree in Computer Science

Nice to have
- Kubernetes is a plus
"""

RESUME = """Ada Quill
ada@example.com

Skills
Python, PyTorch, Zorblax toolkit

Experience
ML Engineer, Foundry
Jan 2020 - Dec 2023
- Trained PyTorch detectors, cut latency by 30%

Education
BSc Computer Science, 2015 - 2019
"""


@pytest.fixture
def report(profile_of: ProfileOf, options: Options) -> Report:
    resume = profile_of(RESUME, doc_type="resume", name="resume.txt")
    posting = profile_of(POSTING, doc_type="posting", name="jd.txt")
    return compare(resume, posting, options)


def verdicts(report: Report) -> dict[str, str]:
    return {m.id: m.status for m in report.matched + report.missing}


def test_direct_implied_related_and_missing(report: Report) -> None:
    found = verdicts(report)
    assert found["python"] == "matched"
    assert found["deep-learning"] == "implied"  # PyTorch implies deep learning
    assert found["tensorflow"] == "related"  # PyTorch is a close alternative
    assert found["kubernetes"] == "missing"


def test_the_breakdown_counts_shown_skills_as_the_lists_do(report: Report) -> None:
    """An implied or close skill is listed as missing; the breakdown counts it "in part",
    not as shown, so its numbers agree with the matched and missing lists."""
    required = [m for m in report.matched + report.missing if m.importance == "required"]
    shown = sum(m.status == "matched" for m in required)
    partly = sum(m.status in ("implied", "related") for m in required)
    assert partly  # deep learning (implied), TensorFlow (close)
    detail = next(c.detail for c in report.components if c.name == "required skills")
    assert detail.startswith(f"{shown} of {len(required)} shown, {partly} in part (")


def test_a_programming_language_shows_programming(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Strong programming skills in Python\n", doc_type="posting"
    )
    resume = profile_of("Experience\n- Wrote Python services for model serving\n")
    gap = next(
        m for m in compare(resume, posting, options).missing if m.id == "software-development"
    )
    assert (gap.status, gap.via) == ("implied", "Python")


def test_a_skill_named_inside_the_one_that_implies_it_is_shown(
    profile_of: ProfileOf, options: Options
) -> None:
    """ "public speaking" implies Speaking and writes its name: shown, not merely implied."""
    posting = profile_of("Requirements\n- Excellent speaking proficiency\n", doc_type="posting")
    resume = profile_of("Skills\n- Confident public speaking to large audiences\n")
    report = compare(resume, posting, options)
    assert "speaking" in {m.id for m in report.matched}
    assert not report.missing


def test_a_skill_named_inside_its_source_with_years_asked_is_timed(
    profile_of: ProfileOf, options: Options
) -> None:
    """ "T-SQL" implies SQL and writes its name; the years asked of SQL are checked, not a
    crash (the matched branch left its credit unset)."""
    posting = profile_of("Requirements\n- 3+ years of experience with SQL\n", doc_type="posting")
    resume = profile_of(
        "Experience\nData Analyst, Acme, Jan 2018 - Present\n- Worked on T-SQL for clients.\n"
    )
    report = compare(resume, posting, options)
    assert "sql" in {m.id for m in report.matched}


def test_an_inference_runtime_shows_model_deployment(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Experience deploying models to edge devices\n",
        doc_type="posting",
    )
    resume = profile_of("Experience\n- Optimized detectors with TensorRT for Jetson boards\n")
    gap = next(m for m in compare(resume, posting, options).missing if m.id == "model-deployment")
    assert (gap.status, gap.via) == ("implied", "TensorRT")


def test_implied_match_names_its_source_and_evidence(report: Report) -> None:
    implied = next(m for m in report.missing if m.id == "deep-learning")
    assert implied.note == "implied by PyTorch"  # not named, so listed as a gap
    assert implied.via == "PyTorch"
    assert implied.evidence and "PyTorch" in implied.evidence[0].text
    assert implied.evidence[0].section == "experience"  # use beats a bare list


def test_literal_requirement_is_matched_in_the_resume(report: Report) -> None:
    literal = next(m for m in report.matched if not m.known)
    assert literal.jd_text == "Zorblax Toolkit"
    assert literal.evidence[0].line == 5


def test_score_is_the_sum_of_component_points(report: Report) -> None:
    assert 0 <= report.score <= 100
    assert report.score == pytest.approx(sum(c.points for c in report.components), abs=0.2)
    assert sum(c.weight for c in report.components) == pytest.approx(100)
    names = [c.name for c in report.components]
    assert names == ["required skills", "preferred skills", "education", "experience"]


def test_experience_and_education_components(report: Report) -> None:
    parts = {c.name: c for c in report.components}
    assert parts["education"].value == 1.0
    assert parts["experience"].value == 1.0  # 4 years against 3+


def test_a_degree_in_progress_is_shown_and_counts_half_for_a_job(
    profile_of: ProfileOf, options: Options
) -> None:
    text = RESUME.replace(
        "BSc Computer Science, 2015 - 2019", "MSc Computer Science (expected May 2027)"
    )
    resume = profile_of(text, doc_type="resume", name="resume.txt")
    posting = profile_of(POSTING, doc_type="posting", name="jd.txt")
    parts = {c.name: c for c in compare(resume, posting, options).components}
    assert parts["education"].value == 0.5  # nothing held yet; the asked degree is under way
    assert "master in progress" in parts["education"].detail


def test_weights_change_the_score(profile_of: ProfileOf, options: Options, report: Report) -> None:
    resume = profile_of(RESUME, doc_type="resume", name="resume.txt")
    posting = profile_of(POSTING, doc_type="posting", name="jd.txt")
    skills_only = Options(as_of=options.as_of, weights=Weights.parse("education=0,experience=0"))
    other = compare(resume, posting, skills_only)
    assert [c.name for c in other.components] == ["required skills", "preferred skills"]
    assert other.score < report.score


def test_weights_parse_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="unknown weight"):
        Weights.parse("luck=1")
    with pytest.raises(ValueError, match="needs a number"):
        Weights.parse("required=lots")


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("required=nan", "finite"),
        ("required=inf", "finite"),
        ("preferred=-inf", "finite"),
        ("required=1e308,preferred=1e308", "at most"),
        ("required=0,preferred=0,education=0,experience=0", "above 0"),
    ],
)
def test_weights_must_be_finite_bounded_and_not_all_zero(spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Weights.parse(spec)
    result = invoke("match", "cv.txt", "--level", "entry", "--weights", spec)
    assert result.exit_code == 2 and "--weights" in result.stderr


@pytest.mark.parametrize(
    ("score", "band"), [(91, "strong"), (80, "strong"), (70, "good"), (50, "fair"), (10, "weak")]
)
def test_bands(score: float, band: str) -> None:
    assert band_for(score) == band


def test_suggestions_are_specific(report: Report) -> None:
    messages = " ".join(s.message for s in report.suggestions)
    assert "TensorFlow" in messages
    assert "Deep learning" in messages or "deep learning" in messages.lower()


def test_only_what_the_posting_asks_gets_advice_to_show_it_in_experience(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nAbout us\nOur platform runs on Kubernetes.\n\nRequirements\n- Python\n",
        doc_type="posting",
    )
    resume = profile_of(
        "Skills\nPython, Kubernetes\n\nExperience\nEngineer, Acme, 2019 - 2023\n- Built APIs\n"
    )
    shown = [s.message for s in compare(resume, posting, options).suggestions]
    assert any(m.startswith("Python appears only in your skills") for m in shown)
    assert not any(m.startswith("Kubernetes appears") for m in shown)


def test_time_in_a_role_is_checked_against_the_dates(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- 3 years of experience as a Data Analyst\n",
        doc_type="posting",
        name="jd.txt",
    )
    short = profile_of(
        "Experience\nData Analyst, Acme (2023 - 2023)\n", doc_type="resume", name="short.txt"
    )
    long = profile_of(
        "Experience\nData Analyst, Acme (2018 - 2022)\n", doc_type="resume", name="long.txt"
    )
    report = compare(short, posting, options)
    brief = report.missing[0]
    assert brief.status == "related" and brief.note == "shows 1.0 of 3 years in 2023 - 2023"
    assert 0 < brief.credit < 0.5
    # its one role is the whole career: the advice on the years asked says it, not one on
    # naming the role in more places
    advice = [s.message for s in report.suggestions]
    assert not any("Data Analyst" in m or "None" in m for m in advice), advice
    assert any(m.startswith("The posting asks for 3+ years;") for m in advice), advice
    assert [m.jd_text for m in compare(long, posting, options).matched] == ["Data Analyst"]


def test_use_their_term_only_when_the_words_differ(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of(
        "Experience\n- Built object detection models; applied ML daily\n",
        doc_type="resume",
        name="r.txt",
    )
    posting = profile_of(
        "Requirements\n- Object detectors\n- Machine learning\n", doc_type="posting", name="j.txt"
    )
    advice = [
        s.message
        for s in compare(resume, posting, options).suggestions
        if s.kind == "use-their-term"
    ]
    assert any('"Machine learning"' in a for a in advice)  # the full name for an abbreviation
    assert not any("object detectors" in a.lower() for a in advice)
    plural = profile_of("Requirements\n- LLMs\n", doc_type="posting", name="p.txt")
    single = profile_of("Experience\n- Tuned an LLM for tickets\n", doc_type="resume", name="s.txt")
    assert not any(s.kind == "use-their-term" for s in compare(single, plural, options).suggestions)
    from mlcareer.suggest import _same_word

    assert _same_word("PL/SQL", {"pl sql"}) and _same_word("CI/CD", {"ci-cd"})
    # short words inflected: "A/B tests" is the posting's "A/B testing"
    assert _same_word("A/B testing", {"a/b tests"}) and _same_word("data models", {"data modeling"})
    assert not _same_word("A/B testing", {"a/b toolkit"})
    choice = profile_of("Requirements\n- Kubeflow or Airflow\n", doc_type="posting", name="c.txt")
    tools = profile_of("Skills\n- Apache Airflow\n", doc_type="resume", name="t.txt")
    report = compare(tools, choice, options)
    assert report.matched[0].one_of == ["Kubeflow", "Apache Airflow"]
    assert not any(s.kind == "use-their-term" for s in report.suggestions)


def test_no_advice_to_swap_a_full_name_for_its_abbreviation(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "Experience\n- Applied reinforcement learning and machine learning to routing\n",
        doc_type="resume",
        name="r.txt",
    )
    posting = profile_of("Requirements\n- RL\n- ML\n", doc_type="posting", name="j.txt")
    report = compare(resume, posting, options)
    assert {m.id for m in report.matched} >= {"machine-learning", "reinforcement-learning"}
    assert not any(s.kind == "use-their-term" for s in report.suggestions)
    from mlcareer.suggest import _shorter_form

    assert _shorter_form("LLMs", {"large language models"}) and _shorter_form("k8s", {"kubernetes"})
    assert not _shorter_form("machine learning", {"ml"})
    assert not _shorter_form("Spark", {"pyspark"})  # another name, not a shorter one


def test_a_job_title_is_not_reworded_to_the_postings_term(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Nice to have\n- Machine vision experience is a plus.\n", doc_type="posting", name="j.txt"
    )
    titled = profile_of(
        "Experience\nComputer Vision Engineer, Quux Inc.   Jan 2020 - Present\n"
        "- Built ranking services in Go.\n",
        doc_type="resume",
        name="r.txt",
    )
    (advice,) = [
        s.message
        for s in compare(titled, posting, options).suggestions
        if s.kind == "use-their-term"
    ]
    assert "in an experience bullet" in advice and "only in a job title" in advice
    bullet = profile_of(
        "Experience\nEngineer, Quux Inc.   Jan 2020 - Present\n- Built computer vision models.\n",
        doc_type="resume",
        name="b.txt",
    )
    (advice,) = [
        s.message
        for s in compare(bullet, posting, options).suggestions
        if s.kind == "use-their-term"
    ]
    assert "job title" not in advice


def test_role_time_reads_the_roles_own_dates(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Requirements\n- 3 years as a Data Analyst\n", doc_type="posting", name="jd.txt"
    )
    resume = profile_of(
        "Experience\n- Data Analyst (2019 - 2020)\n- Clerk (2010 - 2018)\n",
        doc_type="resume",
        name="r.txt",
    )
    gap = compare(resume, posting, options).missing[0]
    assert gap.note == "shows 1.1 of 3 years in 2019 - 2020"  # the clerk's years below do not count


def test_years_of_a_skill_come_from_the_role_its_line_belongs_to(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- 5+ years of experience with Linux\n", doc_type="posting", name="j.txt"
    )

    def verdict(resume: str) -> tuple[str, str | None]:
        report = compare(profile_of(resume, doc_type="resume", name="r.txt"), posting, options)
        found = next(m for m in report.matched + report.missing if m.id == "linux")
        return found.status, found.note or None

    # a role's bullets take its dates
    assert verdict("Experience\nEngineer, Acme (2020 - 2022)\n- Ran Linux servers\n") == (
        "related",
        "shows 2.1 of 5 years in 2020 - 2022",
    )
    # a job's last bullet never takes the next job's dates, whatever the order of bullets
    jobs = (
        "Experience\nEngineer, Acme - Jan 2015 - Dec 2022\n{}\nIntern, Beta - Jun 2014 - Aug 2014\n"
    )
    for bullets in ("- Built models\n- Ran Linux servers", "- Ran Linux servers\n- Built models"):
        assert verdict(jobs.format(bullets)) == ("matched", None)
    # a heading takes the dates on the line below it: title / company / dates
    assert verdict("Experience\nLinux Engineer\nAcme Corp\nMar 2021 - Feb 2023\n")[1] == (
        "shows 2.0 of 5 years in Mar 2021 - Feb 2023"
    )
    # bullets without marks: the next role's title is no heading of the line above it
    unmarked = (
        "Experience\nData Scientist, Acme\nJan 2015 – Dec 2022\nBuilt Linux services\n"
        "Data Analyst Intern, Beta\nJun 2014 – Aug 2014\nExcel reporting\n"
    )
    assert verdict(unmarked) == ("matched", None)
    # a headline above the Experience heading takes no job's dates
    headline = "Jo Doe\nLinux engineer for 10 years\nExperience\nML Engineer, Acme — 2024 - 2025\n"
    assert verdict(headline) == ("matched", None)
    # title / company / dates with no blank line between jobs, and a place beside the dates
    stacked = (
        "Experience\nData Scientist\nAcme Corp\nJan 2024 – Dec 2025\n- Built models\n"
        "Linux Engineer\nBeta Inc\nJan 2016 – Dec 2023 | San Francisco, CA\n- Ran servers\n"
    )
    assert verdict(stacked) == ("matched", None)
    # a blank line ends a heading's search for its dates; a label's list is no heading
    blank = (
        "Experience\nJan 2015 – Present\nML Engineer, Acme\nRan Linux servers for 4 analysts\n\n"
        "Jun 2014 – Dec 2014\nMarketing Intern, Beta\n"
    )
    assert verdict(blank) == ("matched", None)
    tools = (
        "Experience\nML Engineer, Acme — Jan 2015 – Present\nTools: Linux, Python\n"
        "Beta Inc, Austin, TX | Jun 2014 – Dec 2014\n"
    )
    assert verdict(tools) == ("matched", None)
    # Markdown: blank lines between a heading and its dates
    markdown = (
        "## Experience\n\n### Marketing Manager, Beta Inc\n\n*Jan 2025 – Present*\n\n"
        "- Ran campaigns\n\n### Linux Engineer, Acme Corp\n\n*Jan 2016 – Dec 2024*\n\n"
        "- Ran servers\n"
    )
    assert verdict(markdown) == ("matched", None)
    # dates first, with blank lines: the next role's dates stay with the title below them
    dates_first = (
        "Experience\nJan 2015 – Present\nData Scientist, Acme\nRan Linux services\n\n"
        "Jun 2014 – Dec 2014\n\nMarketing Intern, Beta\nBuilt dashboards\n"
    )
    assert verdict(dates_first) == ("matched", None)
    # a heading without an occupation word still reaches its dates past the company line
    founder = (
        "Experience\nData Analyst\nAcme Corp\nJan 2024 – Present\n- Built dashboards\n\n"
        "Co-Founder & CTO, Linux Platform\nBeta Labs\nJan 2016 – Dec 2023\n"
    )
    assert verdict(founder) == ("matched", None)
    # a "Description:" line under a job keeps its bullets in the job
    described = (
        "Experience\nData Scientist, Acme — Jan 2023 – Dec 2024\nDescription:\n"
        "- Ran Linux servers\n"
    )
    assert verdict(described) == ("related", "shows 2.0 of 5 years in Jan 2023 – Dec 2024")
    # roles written as list items: an undated one does not take the one above's dates; it may
    # have lasted the resume's whole career
    listed = "Experience\n- Analyst, Acme (2021 - 2022)\n- Linux admin, Beta: ran servers\n"
    assert verdict(listed) == ("related", "shows 1.1 of 5 years in its whole career")


def test_years_of_a_term_beyond_the_taxonomy_are_checked_as_a_skills(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- 5+ years with Zorblex Policy Suite\n", doc_type="posting", name="j.txt"
    )

    def verdict(resume: str) -> tuple[str, str | None]:
        report = compare(profile_of(resume, doc_type="resume", name="r.txt"), posting, options)
        (found,) = report.matched + report.missing
        return found.status, found.detail

    job = "Experience\nEngineer, Acme\nJan 2019 - Dec 2021\n- Rated policies in {}\n"
    # a job's bullets take its dates
    assert verdict(job.format("Zorblex Policy Suite")) == (
        "related",
        "shows 3.0 of 5 years in Jan 2019 - Dec 2021",
    )
    # years written beside it count, as a skill's do
    listed = job.format("Python") + "\nSkills\nZorblex Policy Suite ({} years)\n"
    assert verdict(listed.format(6)) == ("matched", None)
    assert verdict(listed.format(2)) == ("related", "shows 2.0 of 5 years as written")
    # listed undated, it may have been used the whole dated career
    assert verdict(job.format("Python") + "\nSkills\nZorblex Policy Suite\n") == (
        "related",
        "shows 3.0 of 5 years in its whole career",
    )
    # nothing dated cannot be timed
    assert verdict("Skills\nZorblex Policy Suite\n") == ("matched", None)


def test_a_choice_of_terms_asked_for_years_pools_their_time(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- 4+ years of Zorblex or Quarkle\n", doc_type="posting", name="j.txt"
    )
    jobs = (
        "Experience\nEngineer, Acme\nJan 2018 - Dec 2019\n- Built Zorblex jobs\n"
        "Engineer, Beta\nJan 2020 - Dec 2021\n- Ran Quarkle\n"
    )
    report = compare(profile_of(jobs, doc_type="resume", name="r.txt"), posting, options)
    (choice,) = report.matched
    assert choice.one_of == ["Zorblex", "Quarkle"]
    short = jobs.replace("Jan 2020", "Jan 2021")
    report = compare(profile_of(short, doc_type="resume", name="s.txt"), posting, options)
    (gap,) = report.missing
    assert gap.detail == "shows 3.0 of 4 years in Jan 2018 - Dec 2019 and Jan 2021 - Dec 2021"


def test_a_preferred_skill_never_weighs_more_than_a_required_one(
    profile_of: ProfileOf, options: Options
) -> None:
    required = ["Python", "SQL", "Docker", "Kubernetes", "Airflow", "Spark", "Kafka", "Git"]
    posting = profile_of(
        "Data Engineer\n\nRequirements\n"
        + "".join(f"- {name}\n" for name in required)
        + "\nNice to have\n- Terraform\n",
        doc_type="posting",
    )
    with_preferred = profile_of("Skills\nTerraform, Python\n", doc_type="resume")
    with_required = profile_of("Skills\nSQL, Python\n", doc_type="resume")
    report = compare(with_preferred, posting, options)
    parts = {c.name: c.weight for c in report.components}
    assert parts["preferred skills"] <= parts["required skills"] / len(required)
    assert sum(parts.values()) == pytest.approx(100)  # the rest went to the required skills
    # One more required skill is worth at least as much as the one preferred skill
    assert compare(with_required, posting, options).score >= report.score


def test_weights_that_value_preferred_skills_are_kept(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Data Engineer\n\nRequirements\n- Python\n- SQL\n- Docker\n\nNice to have\n- Terraform\n",
        doc_type="posting",
    )
    resume = profile_of("Skills\nTerraform, Python\n", doc_type="resume")
    mine = Options(as_of=options.as_of, weights=Weights.parse("required=10,preferred=30"))
    parts = {c.name: c.weight for c in compare(resume, posting, mine).components}
    assert parts["preferred skills"] == pytest.approx(75)


ALTERNATIVES_POSTING = """Data Analyst

Requirements
- Experience with Tableau or Power BI, SQL
- AWS, GCP, or Azure
- ETL/DWH testing
- Python, Scala and Go
"""


def test_alternatives_are_grouped_by_or_only(profile_of: ProfileOf) -> None:
    posting = profile_of(ALTERNATIVES_POSTING, doc_type="posting")
    choices = {r.id: r.choice for r in posting.requirements}
    assert choices["tableau"] == choices["power-bi"] == "Tableau or Power BI"
    assert choices["aws"] == choices["gcp"] == choices["azure"] == "AWS, GCP, or Azure"
    assert choices["sql"] is None  # after the comma that follows the "or"
    assert choices["python"] is None and choices["scala"] is None  # "and" asks for all


def test_showing_one_alternative_meets_the_group(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(ALTERNATIVES_POSTING, doc_type="posting")
    resume = profile_of("Skills\nPower BI, SQL, Azure, Python, Scala, Go\n", doc_type="resume")
    report = compare(resume, posting, options)
    by_wording = {m.jd_text: m for m in report.matched + report.missing}
    tableau = by_wording["Tableau or Power BI"]
    assert (tableau.id, tableau.status, tableau.note) == (
        "power-bi",
        "matched",
        "one of: Tableau, Power BI",
    )
    assert by_wording["AWS, GCP, or Azure"].status == "matched"
    assert not any(m.id in ("tableau", "aws", "gcp") for m in report.missing)
    neither = compare(profile_of("Skills\nSQL\n", doc_type="resume"), posting, options)
    missing = [m for m in neither.missing if m.jd_text == "Tableau or Power BI"]
    assert len(missing) == 1  # one gap for the group, not two


@pytest.mark.parametrize(
    ("line", "choice"),
    [
        ("- Python, SQL, Tableau or Power BI", "Tableau or Power BI"),  # no comma before "or"
        # ... but items of the same kind as the ones joined by "or" are all alternatives
        ("- Experience with Snowflake, BigQuery or Redshift", "Snowflake, BigQuery or Redshift"),
        ("- DevOps, SRE or platform engineering", "DevOps, SRE or platform engineering"),
        ("- Publications at Zorblex, Quandle or Frobcon", "Zorblex, Quandle or Frobcon"),
        ("- One of Python, R or Scala", "Python, R or Scala"),
        ("- Strong SQL, Python or R skills", "Python or R"),  # SQL is not close to them
        ("- Linux, Docker or Kubernetes", "Docker or Kubernetes"),
        ("- Expertise in one of Java or Scala, and SQL", "Java or Scala"),
        ("- Java, C++, or Go", "Java, C++, or Go"),
        ("- Python, Scala, and/or Java", "Python, Scala, and/or Java"),
        ("- One or more of: Python, Java, Go", "Python, Java, Go"),
        (
            "- Amazon Web Services (AWS) or Microsoft Azure",
            "Amazon Web Services (AWS) or Microsoft Azure",
        ),
        ("- Airflow (or Dagster) for orchestration", "Airflow (or Dagster)"),
        ("- Java 11+ or Kotlin", "Java 11+ or Kotlin"),  # a version between
        ("- Experience with at least two of: Python, Scala, Java", "Python, Scala, Java"),
        ("- Two or more of Go, Rust and C++", "Go, Rust and C++"),
        ("- Python 3.x, Go, or Rust", "Python 3.x, Go, or Rust"),
        ("- 3+ years with Kafka (or Kinesis)", "Kafka (or Kinesis)"),
    ],
)
def test_the_wordings_of_a_choice(profile_of: ProfileOf, line: str, choice: str) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    assert {r.choice for r in posting.requirements if r.choice} == {choice}


@pytest.mark.parametrize(
    ("line", "members"),
    [
        (  # a framework is asked, not deep learning: any of the examples meets it
            "- A deep learning framework (e.g., PyTorch, TensorFlow, or JAX)",
            {"pytorch", "tensorflow", "jax"},
        ),
        ("- Cloud ML platforms (SageMaker or Vertex AI)", {"sagemaker", "vertex-ai"}),
        ("- AWS (SageMaker) or GCP (Vertex AI)", {"aws", "sagemaker", "gcp", "vertex-ai"}),
        (
            "- Multi-GPU training (DeepSpeed, Horovod, or FSDP)",
            {"distributed-training", "deepspeed", "horovod"},
        ),
        ("- Experience with Redshift/BigQuery/Snowflake", {"redshift", "bigquery", "snowflake"}),
        ("- Python/Go/Java", {"python", "go", "java"}),
        ("- Cloud experience, e.g. AWS", {"cloud-computing", "aws"}),  # one example
        (  # the "and" after an "or" ends the examples: Kubernetes is asked on its own
            "- Experiment tracking, e.g. MLflow or W&B, and Kubernetes",
            {"experiment-tracking", "mlflow", "wandb"},
        ),
        ("- Core tools, e.g. SQL and Python; both are required", set()),
        (  # "both" of something else keeps the choice
            "- A deep learning framework (e.g. PyTorch, JAX) for both research and production",
            {"pytorch", "jax"},
        ),
        ("- The stack we run, e.g. Kubernetes, Terraform and Prometheus (all three daily)", set()),
        (  # a preference inside the list still lists: one cloud, GCP the best
            "- One major cloud provider (GCP preferred; AWS or Azure acceptable)",
            {"gcp", "aws", "azure"},
        ),
        (  # Solr is close to Elasticsearch, which is close to OpenSearch
            "- Elasticsearch, Solr, OpenSearch or Zorblex",
            {"elasticsearch", "solr", "opensearch", "term:zorblex"},
        ),
        (
            "- Cloud platforms such as AWS, GCP and Azure",
            {"cloud-computing", "aws", "gcp", "azure"},
        ),
        ("- Cloud platforms (AWS, GCP, or Azure)", {"cloud-computing", "aws", "gcp", "azure"}),
        ("- AWS (SageMaker, Lambda) or GCP", {"aws", "sagemaker", "aws-lambda", "gcp"}),
        (
            "- Experience with a cloud data warehouse (Snowflake, BigQuery, or Redshift)",
            {"data-warehousing", "snowflake", "bigquery", "redshift"},
        ),
        ("- Feature stores (Feast, Tecton)", {"feature-stores", "feast", "tecton"}),
        (
            "- Multi-GPU training (DeepSpeed or Horovod)",
            {"distributed-training", "deepspeed", "horovod"},
        ),
        ("- Experience with PyTorch/TensorFlow", {"pytorch", "tensorflow"}),
        ("- Pinecone, Weaviate, or similar", {"pinecone", "weaviate"}),
        # a kind named after the list: its items of that kind are examples of it
        ("- Programming in Java, C++, Python or related language", {"java", "cpp", "python"}),
        ("- Java, C++, Python, or a related language", {"java", "cpp", "python"}),
        ("- AWS, Docker, Kubernetes or other cloud platforms", set()),  # not of that kind
        # a kind of no category's name: the close alternatives before it are its examples
        ("- Kafka, Kinesis or similar streaming tools", {"kafka", "amazon-kinesis"}),
        ("- Go, Rust or a similar systems language", {"go", "rust"}),  # the language's kind
        ("- Airflow, Prefect or similar orchestrators", {"airflow", "prefect"}),
        # parts of one suite are close alternatives; "tools" names no category of the
        # taxonomy, so Jira and PowerPoint (both developer tools) are no choice
        (
            "- Excel, Word, PowerPoint or similar office tools",
            {"excel", "microsoft-word", "powerpoint"},
        ),
        ("- Outlook, Excel or similar", {"microsoft-outlook", "excel"}),
        ("- Jira, PowerPoint or similar tools", set()),
        ("- Docker, Kubernetes or similar", set()),  # one need, not one suite
        # a term the taxonomy does not know, whose closeness it cannot judge, is an example
        # beside the item next to it
        ("- Python, Zorblex, or similar", {"python", "term:zorblex"}),
        ("- Spark, Python, Zorblex or similar", {"python", "term:zorblex"}),
        # the thing named after "or other" is asked with its examples
        ("- Salesforce, HubSpot or other CRM", {"salesforce", "hubspot", "crm-systems"}),
        ("- Salesforce or other CRM", {"salesforce", "crm-systems"}),
        (  # things the taxonomy does not know: the posting's own list is the examples
            "- Publications at ACL, EMNLP, NeurIPS or similar venues",
            {"term:acl", "term:emnlp", "term:neurips"},
        ),
        ("- Python (pandas, NumPy)", set()),  # a product's parts stay asked
        ("- Python/SQL", set()),  # a slash between things of different kinds asks for both
        (  # "ASR systems" are ASR: the field stays in the choice; a version ends no list
            "- ASR systems (e.g. Kaldi, ESPnet, wav2vec 2.0, Whisper)",
            {"speech-recognition", "kaldi", "espnet", "wav2vec", "whisper"},
        ),
        (  # the examples are of the thing before "for", not of the purpose after it
            "- Experience with CI/CD for machine learning (GitHub Actions, Jenkins)",
            {"ci-cd", "github-actions", "jenkins"},
        ),
        (  # examples of the purpose's own kind stay with it
            "- Python for cloud platforms (AWS, GCP)",
            {"cloud-computing", "aws", "gcp"},
        ),
        (  # examples of something the taxonomy does not name: any one of them
            "- Papers at top-tier venues (e.g., NeurIPS, ICML, ICLR)",
            {"term:neurips", "term:icml", "term:iclr"},
        ),
        (  # a bracketed list after a plural kind noun offers examples, "e.g." or not
            "- Publications at top-tier venues (NeurIPS, ICML, KDD)",
            {"term:neurips", "term:icml", "term:kdd"},
        ),
        ("- Papers at leading conferences (Zorcon, Quuxcon)", {"term:zorcon", "term:quuxcon"}),
    ],
)
def test_examples_of_a_requirement_are_one_choice_with_it(
    profile_of: ProfileOf, line: str, members: set[str]
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    grouped = {r.id for r in posting.requirements if r.choice}
    assert grouped == members
    assert len({r.choice for r in posting.requirements if r.choice}) == (1 if members else 0)


@pytest.mark.parametrize(
    ("line", "head", "choice"),
    [
        (
            "- Experience deploying ML models (TensorFlow, PyTorch)",
            "model-deployment",
            {"tensorflow", "pytorch"},
        ),
        (
            "- Model deployment (e.g., TensorFlow or PyTorch)",
            "model-deployment",
            {"tensorflow", "pytorch"},
        ),
        ("- Fraud detection (XGBoost, LightGBM)", "fraud-detection", {"xgboost", "lightgbm"}),
        (
            "- Experience building recommender systems (PyTorch, TensorFlow)",
            "recommender-systems",
            {"pytorch", "tensorflow"},
        ),
    ],
)
def test_examples_of_another_kind_than_their_head_are_asked_apart_from_it(
    profile_of: ProfileOf, line: str, head: str, choice: set[str]
) -> None:
    """The frameworks a model is built in are no way to deploy it: the practice is asked on
    its own, and the bracketed items are a choice among themselves."""
    posting = profile_of(f"Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    asked = {r.id: r for r in posting.requirements}
    assert set(asked) == {head, *choice}
    assert not asked[head].choice
    choices = {asked[i].choice for i in choice}
    assert len(choices) == 1
    assert None not in choices


def test_one_example_of_another_kind_is_asked_on_its_own(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Experience deploying ML models (e.g. TensorFlow)\n",
        doc_type="posting",
    )
    assert {r.id for r in posting.requirements} == {"model-deployment", "tensorflow"}
    assert not any(r.choice for r in posting.requirements)


@pytest.mark.parametrize(
    "line",
    [
        "- Experience with deep learning (PyTorch, TensorFlow)",  # the tools imply the field
        "- Strong NLP skills (spaCy, Hugging Face)",
        "- Experience building data pipelines (Airflow, dbt)",  # one category
        "- Experience deploying ML models (Docker, Kubernetes)",  # containerization: related
        "- Model monitoring (Prometheus, Grafana)",  # observability: related
        "- Statistical analysis (R, Python)",  # R implies statistics, as the analysis does
        "- Experience with distributed training (Horovod, DeepSpeed)",
        "- Experience with data warehousing (Snowflake, BigQuery)",
    ],
)
def test_examples_of_their_heads_kind_stay_one_choice_with_it(
    profile_of: ProfileOf, line: str
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    assert len(posting.requirements) == 3
    assert len({r.choice for r in posting.requirements}) == 1
    assert all(r.choice for r in posting.requirements)


def test_a_practice_with_framework_examples_is_not_met_by_a_framework(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Experience deploying ML models (TensorFlow, PyTorch)\n",
        doc_type="posting",
    )
    resume = profile_of("Skills\nPyTorch, Python\n", doc_type="resume")
    report = compare(resume, posting, options)
    assert [m.id for m in report.missing] == ["model-deployment"]
    met = next(m for m in report.matched if m.id == "pytorch")
    assert met.one_of == ["TensorFlow", "PyTorch"]


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("- Programming languages such as C# and Java", {"csharp", "java"}),
        (
            "- Experience with BI tools - Looker, Mode or Tableau",
            {"looker", "mode-analytics", "tableau"},  # Mode is a known tool now
        ),
        ("- Zorblex tools (Prometheus, Grafana, or Datadog)", {"prometheus", "grafana", "datadog"}),
    ],
)
def test_a_kind_the_taxonomy_does_not_know_leaves_its_examples_asked(
    profile_of: ProfileOf, line: str, asked: set[str]
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    assert {r.id for r in posting.requirements} == asked
    assert not any(r.choice for r in posting.requirements if r.id in ("csharp", "java"))


def test_a_label_that_is_explained_and_a_spelled_out_acronym_stay_asked(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Knowledge of Safety Procedures: compliance with safety"
        " standards\n- Use of Applicant Tracking Systems (ATS)\n",
        doc_type="posting",
    )
    ids = {r.id for r in posting.requirements}
    assert {"term:safety-procedures", "applicant-tracking-systems"} <= ids
    assert not any(r.choice for r in posting.requirements)


def test_an_example_meets_the_requirement_it_illustrates(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- 3+ years with a deep learning framework (e.g., PyTorch,"
        " TensorFlow, or JAX)\n- Python\n",
        doc_type="posting",
    )
    resume = profile_of("Skills\nPyTorch, Python\n", doc_type="resume")
    report = compare(resume, posting, options)
    assert not report.missing
    met = next(m for m in report.matched if m.id == "pytorch")
    assert met.jd_text == "deep learning framework (e.g., PyTorch, TensorFlow, or JAX)"
    assert "deep-learning" not in {r.id for r in posting.requirements}
    assert not any("deep learning" in s.message.lower() for s in report.suggestions)


@pytest.mark.parametrize(
    ("line", "resume"),
    [
        (
            "- Publications at top-tier venues (NeurIPS, ICML, KDD)",
            "Publications\n- A paper at NeurIPS 2021\n- A paper at KDD 2022\n",
        ),
        ("- Python, Zorblex, or similar", "Skills\nPython\n"),
        ("- Salesforce, HubSpot or other CRM", "Skills\nPipedrive CRM\n"),
    ],
)
def test_any_example_before_or_similar_meets_the_item(
    profile_of: ProfileOf, options: Options, line: str, resume: str
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    report = compare(profile_of(resume, doc_type="resume"), posting, options)
    assert not report.missing
    assert report.matched and all(m.status == "matched" for m in report.matched)


@pytest.mark.parametrize(
    ("line", "resume"),
    [
        ("- Tableau or similar BI tool", "Skills\nPower BI\n"),
        # a kind named after the last of a list of other kinds: "or similar" is that item's
        ("- Python, SQL, Tableau or similar BI tool", "Skills\nPython, SQL, Power BI\n"),
        ("- Jira or a similar tracker", "Skills\nTrello\n"),
        ("- AWS or another major cloud provider", "Skills\nMicrosoft Azure\n"),
        ("- Experience with Airflow or an equivalent orchestrator", "Skills\nDagster\n"),
    ],
)
def test_a_skill_close_to_one_asked_or_similar_meets_it(
    profile_of: ProfileOf, options: Options, line: str, resume: str
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    report = compare(profile_of(resume, doc_type="resume"), posting, options)
    assert not report.missing
    assert all(m.status == "matched" for m in report.matched)
    assert report.matched[-1].name in resume  # the skill shown, not the kind named


def test_or_similar_admits_close_skills_only(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Jira or a similar tracker\n", doc_type="posting"
    )
    report = compare(profile_of("Skills\nGit, Python\n", doc_type="resume"), posting, options)
    assert [(m.jd_text, m.one_of[0]) for m in report.missing] == [
        ("Jira or a similar tracker", "Jira")
    ]


def test_a_missing_choice_of_several_is_named_as_a_list(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Cloud platforms such as AWS or GCP\n", doc_type="posting"
    )
    report = compare(profile_of("Skills\nExcel\n", doc_type="resume"), posting, options)
    gap = report.missing[0]
    assert gap.name == "Cloud computing, Amazon Web Services or Google Cloud Platform"
    advice = next(s.message for s in report.suggestions if s.kind == "add-required")
    assert "If your experience includes one of them" in advice


def test_choices_on_two_lines_that_share_a_member_are_asked_apart(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Python or R for Zorbling\n- Python, Go, or Java for Quuxing\n",
        doc_type="posting",
    )
    python = compare(profile_of("Skills\nPython, Zorbling, Quuxing\n"), posting, options)
    assert not python.missing  # Python meets both choices
    choices = [m.jd_text for m in python.matched if m.id == "python"]
    assert choices == ["Python or R", "Python, Go, or Java"]
    r_only = compare(profile_of("Skills\nR, Zorbling, Quuxing\n"), posting, options)
    assert [m.jd_text for m in r_only.missing] == ["Python, Go, or Java"]


def test_a_choice_inside_another_is_one(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- AWS or GCP\n- Cloud platforms such as AWS, GCP or Azure\n",
        doc_type="posting",
    )
    assert {r.choice for r in posting.requirements} == {"Cloud platforms such as AWS, GCP or Azure"}


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("- Strong Python skills and tooling like Docker and Git", "python"),
        ("- Experience with Docker, and orchestration such as Kubernetes", "docker"),
        ("- Python (and ideally Go or Rust)", "python"),
        ("- Docker (Kubernetes or ECS a plus)", "docker"),
        ("- Spark (PySpark or Scala)", "apache-spark"),
        ("- Java or Scala (Spark), Python", "apache-spark"),
        ("- Docker/Kubernetes", "docker"),
        ("- Python/pandas", "pandas"),
        ("- Spark, Python, SQL, Airflow or similar", "python"),
    ],
)
def test_a_requirement_that_is_no_example_stays_asked_on_its_own(
    profile_of: ProfileOf, line: str, alone: str
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n{line}\n", doc_type="posting")
    asked = {r.id: r for r in posting.requirements}
    assert alone in asked
    assert not asked[alone].alternatives


def test_would_like_is_a_preference_not_an_example(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Python required, would like Scala\n", doc_type="posting"
    )
    asked = {r.id: r for r in posting.requirements}
    assert (asked["python"].importance, asked["scala"].importance) == ("required", "preferred")
    assert not asked["python"].alternatives


def test_a_thing_of_its_own_before_a_list_stays_asked(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Real-time bidding experience - Kafka and Flink\n",
        doc_type="posting",
    )
    assert "term:real-time-bidding" in {r.id for r in posting.requirements}


def test_one_of_far_from_a_list_offers_no_choice(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Join one of the best teams: Python, SQL and Spark\n",
        doc_type="posting",
    )
    assert not any(r.choice for r in posting.requirements)


def test_a_member_asked_alone_makes_the_choice_redundant(profile_of: ProfileOf) -> None:
    posting = profile_of("Analyst\n\nRequirements\n- Python\n- Python or R\n", doc_type="posting")
    assert [r.id for r in posting.requirements] == ["python"]
    later = profile_of(
        "Analyst\n\nRequirements\n- Python or R for analysis\n- Python for services\n",
        doc_type="posting",
    )
    assert [(r.id, r.jd_text, r.alternatives) for r in later.requirements] == [
        ("python", "Python", [])
    ]


def test_a_missing_choice_is_named_whole_and_its_members_are_not_extra(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Analyst\n\nRequirements\n- Python or R\n- Tableau or Power BI\n"
        "- A Bachelor's or Master's in Computer Science\n",
        doc_type="posting",
    )
    resume = profile_of(
        "Skills\nPython, R\n\nEducation\nBSc Computer Science, 2018\n", doc_type="resume"
    )
    report = compare(resume, posting, options)
    gap = next(m for m in report.missing if m.jd_text == "Tableau or Power BI")
    assert gap.name == "Tableau or Power BI"
    assert "R" not in report.extra
    assert report.education["required"] == "bachelor"  # the lower of the two offered


def test_a_choice_met_only_by_a_close_alternative_is_named_whole(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of("Analyst\n\nRequirements\n- Tableau or Power BI\n", doc_type="posting")
    resume = profile_of("Skills\nLooker\n", doc_type="resume")
    gap = compare(resume, posting, options).missing[0]
    assert (gap.name, gap.status, gap.note) == ("Tableau or Power BI", "related", "you list Looker")


def test_degree_and_years_advice_survive_the_cap(profile_of: ProfileOf, options: Options) -> None:
    # choices keep a line each (single skills would share one line)
    extras = [f"Quux{n} or Quuz{n}" for n in range(14)]
    posting = profile_of(
        "Requirements\n- Master's degree in Computer Science\n- 8+ years of experience\n"
        "- Python\n\nNice to have\n" + "".join(f"- {name}\n" for name in extras),
        doc_type="posting",
        name="j.txt",
    )
    resume = profile_of(
        "Experience\nAnalyst, Acme (2022 - 2024)\n- Built Python reports\n\n"
        "Education\nBSc Mathematics, 2021\n",
        doc_type="resume",
        name="r.txt",
    )
    kinds = [s.kind for s in compare(resume, posting, options).suggestions]
    assert kinds[:2] == ["experience", "education"]
    assert kinds[2:] == ["add-preferred"] * 10
    required = profile_of(
        "Requirements\n- Master's degree in Computer Science\n- 8+ years of experience\n"
        + "".join(f"- {name}\n" for name in extras),
        doc_type="posting",
        name="r2.txt",
    )
    kinds = [s.kind for s in compare(resume, required, options).suggestions]
    assert kinds == ["experience", "education"] + ["add-required"] * 10


def test_a_close_alternative_is_not_advice_to_claim_the_skill(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of("Requirements\n- PyTorch\n", doc_type="posting", name="j.txt")
    resume = profile_of(
        "Experience\nEngineer, Acme (2020 - 2024)\n- Trained TensorFlow models\n",
        doc_type="resume",
        name="r.txt",
    )
    advice = [s.message for s in compare(resume, posting, options).suggestions]
    assert advice == [
        'The posting asks for "PyTorch"; your resume shows TensorFlow, which is close to it. '
        "If your experience includes PyTorch, name it."
    ]


def test_a_lower_degree_is_worth_no_less_than_none(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Requirements\n- PhD in Computer Science\n- Python\n", doc_type="posting", name="j.txt"
    )
    body = "Experience\nEngineer, Acme (2019 - 2024)\n- Built Python services\n"
    with_bachelor = profile_of(
        body + "\nEducation\nBSc Computer Science, 2018\n", doc_type="resume", name="b.txt"
    )
    without = profile_of(body, doc_type="resume", name="n.txt")
    assert (
        compare(with_bachelor, posting, options).score >= compare(without, posting, options).score
    )


def test_presenting_shows_communication_in_part(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Requirements\n- Communicate findings clearly\n", doc_type="posting", name="j.txt"
    )
    resume = profile_of(
        "Experience\nAnalyst, Acme (2019 - 2024)\n- Presented results to the VP of Product\n",
        doc_type="resume",
        name="r.txt",
    )
    met = compare(resume, posting, options).missing[0]
    assert (met.id, met.status, met.via) == ("communication", "implied", "Presentation skills")


def test_a_job_title_implies_the_work_it_names(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Requirements\n- 2+ years of experience in data analysis\n- Research experience\n"
        "- Programming\n",
        doc_type="posting",
        name="j.txt",
    )
    resume = profile_of(
        "Experience\nSenior Data Analyst, Acme — Jul 2021 – Present\n- Weekly reports\n"
        "Research Scientist, Beta Labs (2018 - 2021)\n- Ran studies\n"
        "Program Manager, Gamma (2016 - 2018)\n",
        doc_type="resume",
        name="r.txt",
    )
    report = compare(resume, posting, options)
    found = {m.jd_text: (m.status, m.via) for m in report.matched + report.missing}
    assert found["data analysis"] == ("implied", 'the title "Senior Data Analyst"')
    assert found["Research experience"] == ("implied", 'the title "Research Scientist"')
    assert found["Programming"][0] == "missing"  # a program manager does not program
    titles = ("Postdoctoral Research Associate", "Research Intern", "PhD Researcher")
    for title in (*titles, "Quantitative Researcher"):
        academic = profile_of(f"Experience\n{title}, Quux Lab (2019 - 2023)\n", doc_type="resume")
        met = next(
            m for m in compare(academic, posting, options).missing if "Research" in m.jd_text
        )
        assert met.status == "implied", title
    marketing = profile_of(
        "Experience\nMarketing Data Analyst, Beta Inc — 2016 - 2023\n",
        doc_type="resume",
        name="k.txt",
    )
    assert compare(marketing, posting, options).missing[0].status == "implied"
    # the title on its own line, above the company and the dates
    stacked = profile_of(
        "Experience\nData Analyst\nAcme Corp, Chicago\nJul 2019 – Present\n- Weekly reports\n",
        doc_type="resume",
        name="s.txt",
    )
    assert compare(stacked, posting, options).missing[0].status == "implied"
    bold = profile_of(
        "## Experience\n**Data Analyst**, Acme Corp\n2019/03 - 2021/11\n", doc_type="resume"
    )
    assert compare(bold, posting, options).missing[0].via == 'the title "Data Analyst"'
    hardware = profile_of(
        "Experience\nHardware Test Engineer, Intel (2018 - 2024)\n", doc_type="resume", name="h.txt"
    )
    testing = profile_of("Requirements\n- Software testing\n", doc_type="posting", name="t.txt")
    assert compare(hardware, testing, options).missing[0].status == "missing"
    # titles whose words name other work imply nothing
    others = profile_of(
        "Experience\nNetwork Analyst, Acme (2019 - 2021)\nMarket Researcher, Beta (2017 - 2019)\n"
        "Equity Research Associate, Gamma (2015 - 2017)\nProcess Engineer, Delta (2013 - 2015)\n",
        doc_type="resume",
        name="o.txt",
    )
    graph = profile_of(
        "Requirements\n- Graph theory\n- Research experience\n- Chemical engineering\n",
        doc_type="posting",
        name="g.txt",
    )
    assert not compare(others, graph, options).matched
    assert all(m.status == "missing" for m in compare(others, graph, options).missing)


def test_years_that_depend_on_the_degree_follow_the_resume_degree(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- MS or PhD in Computer Science; BS with 12+ years of experience"
        " considered\n- 8+ years of industry experience\n- Python\n",
        doc_type="posting",
        name="j.txt",
    )
    assert posting.posting is not None
    assert posting.posting.years_by_degree == {"bachelor": 12, "master": 0, "phd": 0}
    work = "Experience\nEngineer, Acme (2016 - 2025)\n- Python services\n\nEducation\n"
    master = profile_of(work + "MS Computer Science, 2015\n", doc_type="resume", name="m.txt")
    bachelor = profile_of(work + "BS Computer Science, 2015\n", doc_type="resume", name="b.txt")
    assert compare(master, posting, options).experience["required_years"] == 8
    assert compare(bachelor, posting, options).experience["required_years"] == 12
    # the same years for either degree are no alternative: everyone is asked 3
    plain = profile_of(
        "Requirements\n- Bachelor's or Master's degree with 3+ years of experience\n",
        doc_type="posting",
        name="p.txt",
    )
    assert plain.posting is not None and plain.posting.years_required == 3
    assert plain.posting.years_by_degree == {}


def test_a_publications_list_shows_publications(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Minimum qualifications\n- First-author publications at NeurIPS, ICML or ICLR\n",
        doc_type="posting",
        name="j.txt",
    )
    assert "publications" in {r.id for r in posting.requirements}
    listed = profile_of(
        "Education\nPhD, Computer Science, 2022\n\nPublications\n"
        "1. E. Vasquez. Offline RL. NeurIPS 2023 (first author).\n",
        doc_type="resume",
        name="r.txt",
    )
    empty = profile_of("Education\nPhD, Computer Science, 2022\n\nPublications\n", "resume")
    verdict = {m.id: m.status for m in compare(listed, posting, options).matched}
    assert verdict.get("publications") == "matched"
    assert "publications" in {m.id for m in compare(empty, posting, options).missing}
    blurb = profile_of("About us\nOur publications team writes trade publications.\n", "posting")
    assert "publications" not in {r.id for r in blurb.requirements}


@pytest.mark.parametrize(
    ("bullet", "shown"),
    [
        ("- Sparse attention for long documents; paper published at ACL 2020.", True),
        ("- First-author papers at CVPR 2021 and ECCV 2022 on depth estimation.", True),
        ("- Co-authored a paper on graph pruning, accepted to KDD 2019.", True),
        ("- Wrote white papers on retrieval for our KDD 2019 booth.", False),
        ("- Reviewed papers for NeurIPS 2022 and ICML 2023.", False),
        ("- Filed customs papers for freight; attended ICML 2021.", False),
    ],
)
def test_a_paper_at_a_venue_shows_publications(
    profile_of: ProfileOf, options: Options, bullet: str, shown: bool
) -> None:
    posting = profile_of(
        "Requirements\n- First-author publications at top ML venues\n",
        doc_type="posting",
        name="j.txt",
    )
    resume = profile_of(
        f"Experience\nResearch Scientist, Quux Labs   Jan 2019 - Present\n{bullet}\n",
        doc_type="resume",
        name="r.txt",
    )
    matched = {m.id: m for m in compare(resume, posting, options).matched}
    assert ("publications" in matched) == shown
    if shown:  # shown where the work is: no advice to move it into an experience bullet
        assert matched["publications"].evidence[0].section == "experience"


def test_first_author_papers_name_publications(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Experience\nResearch Engineer, Quux Labs   Jan 2019 - Present\n"
        "- First-author papers on sparse attention.\n",
        doc_type="resume",
    )
    assert "publications" in {hit.id for hit in resume.skills}


def test_a_degree_in_progress_meets_an_internship_and_half_a_job(
    profile_of: ProfileOf, options: Options
) -> None:
    student = profile_of(
        "Education\nB.S. Computer Science (expected May 2027)\n\nSkills\nPython\n",
        doc_type="resume",
        name="s.txt",
    )
    intern = profile_of(
        "Machine Learning Intern\n\nRequirements\n- Pursuing a Bachelor's degree in Computer"
        " Science\n- Python\n",
        doc_type="posting",
        name="i.txt",
    )
    job = profile_of(
        "Machine Learning Engineer\n\nRequirements\n- Bachelor's degree in Computer Science\n"
        "- Python\n",
        doc_type="posting",
        name="j.txt",
    )
    internship = compare(student, intern, options)
    education = next(c for c in internship.components if c.name == "education")
    assert education.value == 1.0
    assert not [s for s in internship.suggestions if s.kind == "education"]
    report = compare(student, job, options)
    assert next(c for c in report.components if c.name == "education").value == 0.5
    assert [s.message for s in report.suggestions if s.kind == "education"] == [
        "The posting asks for a bachelor's degree and yours is in progress: give its expected date,"
        " and say whether you will hold it by the start date."
    ]


def test_a_list_of_degrees_being_pursued_asks_the_lowest(
    profile_of: ProfileOf, options: Options
) -> None:
    intern = profile_of(
        "Data Science Intern\n\nRequirements\n- Currently enrolled in a BS, MS or PhD program"
        " in Statistics or Mathematics\n- Python\n",
        doc_type="posting",
        name="i.txt",
    )
    assert intern.posting is not None and intern.posting.degree_required == "bachelor"
    student = profile_of(
        "Education\nBS Statistics (expected June 2027)\n\nSkills\nPython\n",
        doc_type="resume",
        name="s.txt",
    )
    report = compare(student, intern, options)
    assert next(c for c in report.components if c.name == "education").value == 1.0
    assert not [s for s in report.suggestions if s.kind == "education"]


def _education(report: Report) -> tuple[float, str]:
    part = next(c for c in report.components if c.name == "education")
    return part.value, part.detail


def test_experience_offered_in_place_of_a_degree_meets_it(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Platform Engineer\n\nRequirements\n- 4+ years of experience building data services\n"
        "- Bachelor's degree in Software Engineering or equivalent work experience\n- Python\n",
        doc_type="posting",
        name="j.txt",
    )
    seasoned = profile_of(
        "Experience\nData Engineer, Acme (Jan 2018 - Dec 2023)\n- Python services\n",
        doc_type="resume",
        name="s.txt",
    )
    report = compare(seasoned, posting, options)
    assert _education(report) == (
        1.0,
        "asks for bachelor or equivalent work experience; resume shows 6 years",
    )
    assert not [s for s in report.suggestions if s.kind == "education"]
    assert report.education["alternative"] == "equivalent work experience"
    short = profile_of(
        "Experience\nData Engineer, Acme (2022 - 2024)\n- Python services\n",
        doc_type="resume",
        name="n.txt",
    )
    report = compare(short, posting, options)
    assert _education(report)[0] == 0.3  # 2 of the 4 years asked
    assert [s.message for s in report.suggestions if s.kind == "education"] == [
        'The posting asks for a bachelor\'s degree (or "equivalent work experience") and the resume'
        " shows no degree: state your degree, field and school in an Education section."
    ]
    counted = profile_of(
        "Requirements\n- Bachelor's degree, or 8+ years of relevant experience\n- Python\n",
        doc_type="posting",
        name="c.txt",
    )
    assert _education(compare(seasoned, counted, options))[0] == 0.3  # 6 of the 8 years
    assert counted.posting is not None and counted.posting.years_required is None
    # with no years asked, a year of dated work stands in for the degree
    practical = profile_of(
        "Requirements\n- BS in Physics or Statistics (or equivalent practical experience)\n"
        "- Python\n",
        doc_type="posting",
        name="r.txt",
    )
    assert _education(compare(short, practical, options))[0] == 1.0
    student = profile_of("Skills\nPython\n", doc_type="resume", name="b.txt")
    assert _education(compare(student, practical, options))[0] == 0.3


def test_research_offered_in_place_of_a_degree_needs_research_shown(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- PhD in Chemistry or a related field (or equivalent research experience)"
        "\n- Python\n",
        doc_type="posting",
        name="j.txt",
    )
    coder = profile_of(
        "Experience\nWeb Developer, Acme (Jan 2020 - Dec 2023)\n- Python web apps\n\n"
        "Education\nCoding Bootcamp, Hack School, 2019\n",
        "resume",
        "c.txt",
    )
    report = compare(coder, posting, options)
    assert _education(report)[0] == 0.3
    assert [s.message for s in report.suggestions if s.kind == "education"] == [
        'The posting asks for a PhD (or "equivalent research experience") and the resume'
        " shows no degree: state your degree, field and school in an Education section."
    ]
    assistant = profile_of(
        "Experience\nResearch Assistant, Quux Lab (Jan 2021 - Dec 2023)\n- Python models\n",
        "resume",
        "a.txt",
    )
    assert _education(compare(assistant, posting, options)) == (
        1.0,
        "asks for phd or equivalent research experience; resume shows 3 years of research",
    )
    published = profile_of(
        "Experience\nSoftware Engineer, Acme (Jan 2016 - Dec 2023)\n- Python services\n\n"
        "Publications\n1. A. Author. Sparse kernels. KDD 2021.\n",
        "resume",
        "p.txt",
    )
    assert _education(compare(published, posting, options))[0] == 1.0
    counted = profile_of(
        "Requirements\n- PhD in Chemistry, or 4+ years of applied catalysis research\n- Python\n",
        doc_type="posting",
        name="n.txt",
    )
    mixed = profile_of(
        "Experience\nResearch Engineer, Quux Lab (Jan 2022 - Dec 2023)\n- Python models\n"
        "Software Engineer, Acme (Jan 2014 - Dec 2021)\n- Python services\n",
        "resume",
        "m.txt",
    )
    assert _education(compare(mixed, counted, options))[0] == 0.3  # 2 of 4 years in research
    assert _education(compare(assistant, counted, options))[0] == 0.3


def test_a_lower_degree_with_equivalent_experience_needs_both(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- MS in Statistics or a related field, or BS with equivalent experience\n"
        "- 6+ years of industry experience\n- Python\n",
        doc_type="posting",
        name="j.txt",
    )
    work = "Experience\nAnalyst, Acme (Jan 2017 - Dec 2023)\n- Python models\n"
    bachelor = profile_of(work + "\nEducation\nBS Economics, 2016\n", "resume", "b.txt")
    assert _education(compare(bachelor, posting, options)) == (
        1.0,
        "asks for master or BS with equivalent experience; resume shows bachelor and 7 years",
    )
    nothing = profile_of(work, "resume", "n.txt")
    assert _education(compare(nothing, posting, options))[0] == 0.3
    junior = profile_of(
        "Experience\nAnalyst, Acme (2021 - 2024)\n\nEducation\nBS Economics, 2020\n",
        "resume",
        "j.txt",
    )
    assert _education(compare(junior, posting, options))[0] == 0.5


def test_a_bootcamp_offered_in_place_of_a_degree_is_met_by_one(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- Bachelor's degree in Information Systems, or a web development bootcamp"
        " and a portfolio\n- Python\n",
        doc_type="posting",
        name="j.txt",
    )
    graduate = profile_of(
        "Education\nData Science Bootcamp, Flatiron School, 2022\n\nSkills\nPython\n",
        "resume",
        "g.txt",
    )
    report = compare(graduate, posting, options)
    assert _education(report) == (
        1.0,
        "asks for bachelor or a web development bootcamp and a portfolio; resume shows a bootcamp",
    )
    assert not [s for s in report.suggestions if s.kind == "education"]


def test_the_years_of_a_degree_alternative_are_not_asked_of_a_degree_holder(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- Master's degree in Economics or equivalent professional experience"
        " (4+ years)\n- Python\n",
        doc_type="posting",
        name="j.txt",
    )
    master = profile_of(
        "Experience\nAnalyst, Acme (2022 - 2024)\n- Python models\n\nEducation\n"
        "MS Economics, 2021\n",
        "resume",
        "m.txt",
    )
    report = compare(master, posting, options)
    assert report.experience["required_years"] is None
    assert not [s for s in report.suggestions if s.kind == "experience"]
    seasoned = profile_of(
        "Experience\nAnalyst, Acme (Jan 2018 - Dec 2024)\n- Python models\n", "resume", "s.txt"
    )
    assert _education(compare(seasoned, posting, options)) == (
        1.0,
        "asks for master or equivalent professional experience (4+ years); resume shows 7 years",
    )


def test_a_degree_alternative_worded_as_work_is_met_by_its_years(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- BA in Linguistics, History, or similar; or 5+ years of hands-on"
        " localization work\n- Python\n",
        doc_type="posting",
        name="j.txt",
    )
    seasoned = profile_of(
        "Experience\nTranslator, Acme (2016 - 2024)\n- Python scripts\n", "resume", "s.txt"
    )
    report = compare(seasoned, posting, options)
    assert _education(report)[0] == 1.0
    assert not [s for s in report.suggestions if s.kind in ("education", "experience")]
    junior = profile_of(
        "Experience\nTranslator, Acme (2022 - 2024)\n- Python scripts\n", "resume", "n.txt"
    )
    assert _education(compare(junior, posting, options))[0] == 0.3


def test_a_higher_degree_offered_before_a_lower_one_with_years_needs_none(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- PhD, or MS with 3+ years of experience in forecasting\n- Python\n",
        doc_type="posting",
        name="j.txt",
    )
    assert posting.posting is not None and posting.posting.degree_required == "master"
    master = profile_of(
        "Experience\nAnalyst, Acme (2019 - 2024)\n- Python models\n\nEducation\n"
        "MS Statistics, 2018\n",
        "resume",
        "m.txt",
    )
    report = compare(master, posting, options)
    assert _education(report) == (1.0, "asks for master, resume shows master")
    assert report.experience["required_years"] == 3
    assert not [s for s in report.suggestions if s.kind == "education"]
    doctor = profile_of("Education\nPhD Statistics, 2024\n\nSkills\nPython\n", "resume", "d.txt")
    assert compare(doctor, posting, options).experience["required_years"] is None


def test_a_student_of_a_higher_degree_holds_the_secondary_diploma_asked(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- High school diploma or GED; a BS is a plus\n- Excel\n",
        doc_type="posting",
        name="j.txt",
    )
    assert posting.posting is not None
    assert (posting.posting.degree_required, posting.posting.degree_preferred) == (
        "secondary",
        "bachelor",
    )
    student = profile_of(
        "Education\nB.S. Economics (expected June 2027)\n\nSkills\nExcel\n", "resume", "s.txt"
    )
    report = compare(student, posting, options)
    assert _education(report) == (
        1.0,
        "asks for secondary; resume shows bachelor in progress, which follows it",
    )
    assert not [s for s in report.suggestions if s.kind == "education"]


def test_a_choice_asked_for_years_adds_the_time_of_its_members(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- 5+ years with recommender systems or search ranking\n",
        doc_type="posting",
    )
    resume = profile_of(
        "Experience\nML Engineer, Acme (Jan 2022 - Dec 2025)\n- Built recommender systems\n"
        "Engineer, Initech (Jan 2018 - Dec 2020)\n- Tuned search ranking\n",
        doc_type="resume",
    )
    report = compare(resume, posting, options)
    met = next(m for m in report.matched + report.missing if m.one_of)
    assert met.status == "matched", met.detail  # 4 + 3 years; neither alone has 5


def test_a_choice_is_shown_by_the_member_used_at_work(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Vector databases (Pinecone, Qdrant or pgvector)\n",
        doc_type="posting",
    )
    resume = profile_of(
        "Skills\nQdrant, Python\n\nExperience\nML Engineer, Acme (2021 - 2025)\n"
        "- Built a RAG assistant with pgvector\n",
        doc_type="resume",
    )
    report = compare(resume, posting, options)
    met = next(m for m in report.matched if m.one_of)
    assert met.id == "pgvector"
    assert not any(s.kind == "show-in-experience" for s in report.suggestions)


def test_years_with_a_skill_count_the_roles_using_what_implies_it(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of("Engineer\n\nRequirements\n- 5+ years of Python\n", doc_type="posting")
    resume = profile_of(
        "Experience\nBackend Engineer, Acme (Jan 2016 - Dec 2018)\n- Built APIs with Django\n"
        "ML Engineer, Initech (Jan 2019 - Dec 2021)\n- Python data pipelines\n",
        doc_type="resume",
    )
    met = next(m for m in compare(resume, posting, options).matched if m.id == "python")
    assert met.status == "matched" and met.credit == 1.0, met.detail


def test_an_acronym_of_hyphenated_words_is_one_term_in_either_number(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Experience with weighted finite-state transducers (WFSTs)\n",
        doc_type="posting",
    )
    assert [r.jd_text for r in posting.requirements] == [
        "weighted finite-state transducers (WFSTs)"
    ]
    resume = profile_of("Experience\n- Built WFST decoders for speech\n", doc_type="resume")
    assert compare(resume, posting, options).matched[0].status == "matched"


def test_the_advice_quotes_the_resume_as_written(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of("Engineer\n\nRequirements\n- Large language models\n", doc_type="posting")
    resume = profile_of(
        "Experience\nML Engineer, Acme (2020 - 2024)\n- Built LLMs for search\n", doc_type="resume"
    )
    messages = [s.message for s in compare(resume, posting, options).suggestions]
    assert any('your resume says "LLMs"' in message for message in messages), messages


def test_a_name_written_inside_a_longer_one_at_work_is_shown_at_work(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of("Engineer\n\nRequirements\n- AWS\n", doc_type="posting")
    resume = profile_of(
        "Skills\nAWS, Python\n\nExperience\nML Engineer, Acme (2020 - 2024)\n"
        "- Deployed models on AWS SageMaker\n",
        doc_type="resume",
    )
    kinds = {s.kind for s in compare(resume, posting, options).suggestions}
    assert "show-in-experience" not in kinds


def test_a_case_sensitive_name_is_not_named_at_work_by_a_word(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of("Engineer\n\nRequirements\n- Go\n", doc_type="posting")
    resume = profile_of(
        "Skills\nGo, Python, Docker\n\nExperience\nEngineer, Acme (2020 - 2024)\n"
        "- Helped the go-to-market team with Python reports\n",
        doc_type="resume",
    )
    kinds = {s.kind for s in compare(resume, posting, options).suggestions}
    assert "show-in-experience" in kinds


def test_evidence_found_by_reading_lines_names_its_section(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Title: Analyst\n\nRequirements\n- Experience with vendor onboarding\n- Python\n",
        doc_type="posting",
        name="jd.txt",
    )
    resume = profile_of(
        "Jo\n\nSkills\nPython\n\nExperience\nAnalyst, Acme (2020 - 2024)\n"
        "- Ran vendor onboarding for 40 suppliers\n",
        doc_type="resume",
        name="r.txt",
    )
    report = compare(resume, posting, options)
    term = next(m for m in report.matched if m.name == "vendor onboarding")
    assert [e.section for e in term.evidence] == ["experience"]


def test_advice_on_what_a_posting_asks_comes_before_advice_on_what_it_mentions(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Title: ML Engineer\n\nWhat you will do\n- Train models with PyTorch\n- Serve them with "
        "Docker\n\nRequirements\n- Python\n\nNice to have\n- Kubernetes\n",
        doc_type="posting",
        name="jd.txt",
    )
    resume = profile_of(
        "Jo\n\nSkills\nPython, TensorFlow, Podman\n\nExperience\nML Engineer, Acme (2020 - 2024)\n"
        "- Trained models in Python\n",
        doc_type="resume",
        name="r.txt",
    )
    report = compare(resume, posting, options)
    about = [s.message for s in report.suggestions]
    kubernetes = next(i for i, m in enumerate(about) if "Kubernetes" in m)
    mentioned = [i for i, m in enumerate(about) if "PyTorch" in m or "Docker" in m]
    assert mentioned and all(kubernetes < i for i in mentioned)


def test_examples_stay_one_group_past_a_list_item_that_names_nothing(
    profile_of: ProfileOf,
) -> None:
    # "precision" names nothing found, "recall" becomes a term: both illustrate "ML metrics"
    posting = profile_of(
        "Engineer\n\nRequirements\n"
        "- Understanding of ML metrics such as precision, recall and mean average precision\n",
        doc_type="posting",
    )
    asked = {r.id: r for r in posting.requirements}
    assert asked["term:recall"].alternatives == ["ml-metrics"]
    assert asked["ml-metrics"].alternatives == ["term:recall"]


def test_the_preferred_breakdown_says_why_its_credit_is_less_than_its_count(
    profile_of: ProfileOf, options: Options
) -> None:
    # one preferred skill and one only mentioned in a duty: 2 skills, 1.5 of credit
    posting = profile_of(
        "Data Engineer\n\nResponsibilities\n- Maintain our Airflow jobs\n\n"
        "Requirements\n- Python\n\nNice to have\n- Docker\n",
        doc_type="posting",
    )
    resume = profile_of("Experience\nData Engineer, Acme, 2019 - 2023\n- Python, Docker\n")
    preferred = next(c for c in compare(resume, posting, options).components if "pref" in c.name)
    assert preferred.detail == "1 of 2 shown (1.0 of 1.5 credit); 1 only mentioned counts half"


@pytest.mark.parametrize(
    "item",
    [
        "Airflow (or similar, e.g. Dagster)",
        "Airflow or similar (e.g. Dagster, Prefect)",
        "Airflow or a similar orchestrator such as Dagster",
    ],
)
def test_examples_after_or_similar_join_its_choice(profile_of: ProfileOf, item: str) -> None:
    posting = profile_of(f"Data Engineer\n\nRequirements\n- Python\n- {item}\n", "posting")
    asked = {r.id: r for r in posting.requirements}
    assert "dagster" in asked["airflow"].alternatives
    assert asked["dagster"].choice == asked["airflow"].choice
    assert not (asked["airflow"].choice or "").endswith("such as")  # the wording is whole
    # a resume with Dagster alone meets the item
    resume = profile_of("Experience\nData Engineer, Acme (2019 - 2024)\n- Python and Dagster\n")
    assert not compare(resume, posting, Options()).missing
