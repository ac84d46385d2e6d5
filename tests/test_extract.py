"""Extraction on small texts written here: skills, guards, sections, education, experience."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options
from mlcareer.extract.nlp import SkillMatcher
from mlcareer.models import Profile

from .conftest import one_range

ProfileOf = Callable[..., Profile]


def ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


def test_mentions_index_the_text_they_came_from(profile_of: ProfileOf) -> None:
    text = "Skills\nPython, PyTorch and scikit-learn; some Docker.\n"
    profile = profile_of(text)
    assert {"python", "pytorch", "scikit-learn", "docker"} <= ids(profile)
    for hit in profile.skills:
        for m in hit.mentions:
            assert text[m.start : m.end] == m.text
            assert m.line == text[: m.start].count("\n") + 1


def test_matching_ignores_case_for_plain_skills(profile_of: ProfileOf) -> None:
    assert "pytorch" in ids(profile_of("Built models in PYTORCH and pytorch.\n"))


def test_a_spelling_is_found_after_its_words_came_in_other_documents(options: Options) -> None:
    """A matcher builds a spelling's pattern once a document holds all its words; words met
    one at a time in earlier documents, or in another case, leave it waiting, not lost."""
    matcher = SkillMatcher(options.taxonomy)  # a fresh one: nothing built yet

    def found(text: str) -> set[str]:
        return {match.skill_id for match in matcher.find(matcher.tokenize(text))}

    assert "machine-learning" not in found("Machine shop supervisor.")
    assert "machine-learning" not in found("Lifelong learning.")
    assert "machine-learning" not in found("A learning machine.")  # both words, not the name
    assert "machine-learning" in found("Applied MACHINE LEARNING at scale.")


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a case-sensitive name in a list of skills, lower-cased
        ("Skills\npython, spark, hive, r, go\n", {"apache-spark", "apache-hive", "r", "go"}, set()),
        ("Skills\n- oracle\n- python\n", {"oracle-database"}, set()),
        # shouted in capitals on a line that shouts other names too
        ("Experience\nORACLE (3 years), JAVA (3 years), SOAP\n", {"oracle-database"}, set()),
        ("Skills: SOA, ORACLE, ESB, WEBLOGIC, LINUX\n", {"oracle-database", "weblogic"}, set()),
        # prose, a lone acronym, capitals where case is the guard, lettered points
        ("Skills\nI like to rest and excel at things\n", set(), {"rest-api", "excel"}),
        ("Oracle developer: PL/SQL, SQL, APEX, Oracle Forms.\n", {"sql"}, {"salesforce-apex"}),
        ("Summary\nA PIP helped me improve; HELM CAPITAL client\n", set(), {"pip", "helm"}),
        ("Skills\n(a) planning (b) budgets (c) reporting\n", set(), {"c"}),
        ("Experience\nClient: ORACLE\n", set(), {"oracle-database"}),
        ("Skills\nKnowledge of rest, JSON and APIs\n", {"rest-api"}, set()),  # opens a list
        ("Summary\nEngineer with 3+ years of Spark.\n", {"apache-spark"}, set()),  # years of
        ("Skills\nPython; background in release engineering and ML\n", set(), {"engineering"}),
    ],
)
def test_case_sensitive_names_in_another_case(
    profile_of: ProfileOf, text: str, expected: set[str], not_expected: set[str]
) -> None:
    found = ids(profile_of(text))
    assert expected <= found
    assert not not_expected & found


def test_longest_match_wins(profile_of: ProfileOf) -> None:
    found = ids(profile_of("Skills\nJavaScript, C++ and C#\n"))
    assert {"javascript", "cpp", "csharp"} <= found
    assert "java" not in found
    assert "c" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "We go to the office every day and make the coffee.",
        "Our R&D team plans a spark of creativity for the year.",
        "Grade C in the course; see section R of the handbook.",
    ],
)
def test_ambiguous_names_need_context(profile_of: ProfileOf, sentence: str) -> None:
    assert not {"go", "r", "c", "apache-spark"} & ids(profile_of(sentence + "\n"))


def test_ambiguous_names_are_found_in_a_skill_list(profile_of: ProfileOf) -> None:
    found = ids(profile_of("Languages: Python, R, SQL, Go\n"))
    assert {"python", "r", "sql", "go"} <= found


def test_an_ambiguous_name_alone_in_a_requirement_table_cell_is_asked(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n| Skill | Level |\n| SQL | Required |\n| Spark | Required |\n"
        "| Go | Preferred |\n",
        doc_type="posting",
    )
    assert {"apache-spark", "go"} <= {r.id for r in posting.requirements}


def test_ambiguous_name_with_context_word(profile_of: ProfileOf) -> None:
    found = ids(profile_of("Wrote statistical programming in R for survival models.\n"))
    assert "r" in found
    found = ids(profile_of("Experience\n- Processed 2 TB of logs with Spark\n"))
    assert "apache-spark" in found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Built CV models for defect detection on camera images.\n", True),
        ("Skills\nPython, CV, NLP\n", True),
        ("Requirements\n- 3+ years in CV or NLP\n", True),
        ("Requirements\n- 3+ years of industry experience in CV or DL.\n", True),
        ("Shipped computer vision models.\n", True),  # the full name needs no context
        ("How to apply\nSend your CV and cover letter; we read every image you attach.\n", False),
        ("Please upload a CV or resume with your video portfolio.\n", False),
        ("Jane Roe\nCV\nMarketing manager, Leeds\n", False),
        ("CV\nPriya Raman - NLP Engineer\n", False),
        ("- Built churn models with XGBoost; tuned them via k-fold CV\n", False),
        ("Requirements\n- ML fundamentals: regularization, CV and holdout evaluation\n", False),
        ("How to apply\n- Send CV and portfolio to hiring@example.com; we do NLP and ASR\n", False),
        ("Include a CV and GitHub profile with your application.\n", False),
        ("- Built CV models for face recognition\n", True),
        ("- Strong CV background (tracking, classification)\n", True),
    ],
)
def test_cv_means_computer_vision_only_in_context(
    profile_of: ProfileOf, text: str, found: bool
) -> None:
    assert ("computer-vision" in ids(profile_of(text))) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Trained DL models in PyTorch on GPU clusters.\n", True),
        ("Requirements\n- Experience applying DL to speech and audio\n", True),
        ("Skills\nPython, DL, NLP\n", True),
        ("Holds a valid DL; drives to client sites for ML workshops.\n", False),
        ("Posted release notes to the team DL every Friday.\n", False),
        ("- Sent monthly model reports to the analytics DL\n", False),
        ("- Sent weekly KPI summaries to the analytics DL, Slack and Confluence\n", False),
        ("Requirements\n- Experience training DL models at scale\n", True),
        ("- Posted weekly model metrics and training logs to the ml-platform DL\n", False),
    ],
)
def test_dl_means_deep_learning_only_in_context(
    profile_of: ProfileOf, text: str, found: bool
) -> None:
    assert ("deep-learning" in ids(profile_of(text))) is found


def test_sections_are_found(profile_of: ProfileOf) -> None:
    text = "Jane Roe\nSUMMARY\nEngineer.\nWork Experience:\nDid things.\nEducation\nBSc\n"
    profile = profile_of(text)
    assert [s.name for s in profile.sections] == ["summary", "experience", "education"]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("PhD in Computer Science, Stanford", "phd"),
        ("Ph.D. Physics (2015)", "phd"),
        ("Master of Science in Statistics", "master"),
        ("M.Sc. Data Science", "master"),
        ("MS in Computer Science, 2019", "master"),
        ("Bachelor's degree in Mathematics", "bachelor"),
        ("B.Tech, Electrical Engineering", "bachelor"),
        ("B.E. Computer Engineering", "bachelor"),
        ("Associate degree in IT", "associate"),
        ("High School Diploma", "secondary"),
    ],
)
def test_degree_levels(profile_of: ProfileOf, line: str, level: str) -> None:
    profile = profile_of(f"Education\n{line}\n", doc_type="resume")
    assert profile.education.highest == level


def test_ms_office_is_not_a_masters(profile_of: ProfileOf) -> None:
    profile = profile_of("Skills\nMS Office, MS Excel\n", doc_type="resume")
    assert profile.education.highest is None


def test_highest_degree_wins(profile_of: ProfileOf) -> None:
    text = "Education\nBSc Mathematics, 2012\nMSc Statistics, 2014\n"
    profile = profile_of(text, doc_type="resume")
    assert profile.education.highest == "master"
    assert profile.education.field == "statistics"


@pytest.mark.parametrize(
    "written",
    [
        "Jan 2019 - Present",
        "01/2019-12/2021",
        "2019-2021",
        "2019 – 2021",
        "Summer 2020 - Fall 2021",
        "March 2018 to date",
        "Sept. 2015 - Aug. 2017",
        "Jan '19 - Mar '21",
        "since 2015",
        "September 2017 onwards",
    ],
)
def test_date_range_forms(profile_of: ProfileOf, written: str) -> None:
    text = f"Experience\nData Engineer, Acme\n{written}\n- built pipelines\n"
    profile = profile_of(text, doc_type="resume")
    assert [r.text for r in profile.experience.ranges] == [written]


def test_overlapping_jobs_are_merged(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nAnalyst, A\nJan 2018 - Dec 2019\nConsultant, B\nJan 2019 - Dec 2020\n"
        "Education\nBSc, Uni\n2012 - 2016\n"
    )
    profile = profile_of(text, doc_type="resume")
    assert profile.experience.years == 3.0  # 2018-2020, education years not counted


def test_present_means_the_as_of_month(profile_of: ProfileOf) -> None:
    profile = profile_of("Experience\nEngineer\nNov 2024 - Present\n", doc_type="resume")
    assert profile.experience.years == 2.1  # Nov 2024 .. Nov 2026 inclusive = 25 months


def test_level_from_years_and_titles(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nSenior ML Engineer, Volt\n2018 - Present\n- Mentored four junior engineers\n"
    )
    profile = profile_of(text, doc_type="resume")
    assert profile.experience.level == "senior"
    assert any("mentor" in e.lower() for e in profile.experience.level_evidence)


POSTING = """Title: Machine Learning Engineer
Level: mid

About us
We build forecasting tools. Our office has free Python stickers.

Requirements
- 3+ years of experience with Python and SQL
- Strong PyTorch skills
- Bachelor's degree in Computer Science or a related field
- Experience with the Quandrix Optimizer and Zorblex K7

Nice to have
- Familiarity with Docker
- Master's degree preferred

Benefits
- Free Kubernetes lunch talks and a gym
"""


def test_posting_requirements_have_importance(profile_of: ProfileOf) -> None:
    profile = profile_of(POSTING)
    assert profile.doc_type == "posting"
    by_id = {r.id: r for r in profile.requirements}
    assert by_id["python"].importance == "required"
    assert by_id["python"].years == 3
    assert by_id["pytorch"].importance == "required"
    assert by_id["docker"].importance == "preferred"
    assert "kubernetes" not in by_id  # benefits never make requirements


def test_unknown_terms_stay_requirements(profile_of: ProfileOf) -> None:
    profile = profile_of(POSTING)
    literal = {r.jd_text for r in profile.requirements if not r.known}
    assert "Zorblex K7" in literal
    assert any("Quandrix" in term for term in literal)
    assert "Computer Science" not in literal  # a field of study, not a skill


def test_posting_years_degree_and_level(profile_of: ProfileOf) -> None:
    info = profile_of(POSTING).posting
    assert info is not None
    assert info.years_required == 3
    assert info.degree_required == "bachelor"
    assert info.degree_preferred == "master"
    assert info.level == "mid"
    assert info.title == "Machine Learning Engineer"


def test_negated_skill_is_not_a_requirement(profile_of: ProfileOf) -> None:
    text = "Requirements\n- Python\n- No Java needed\n"
    profile = profile_of(text, doc_type="posting")
    assert {r.id for r in profile.requirements} == {"python"}


def test_negated_resume_mentions_are_flagged(profile_of: ProfileOf) -> None:
    text = "Skills\nPython, SQL\nNo experience with Java yet, but eager to learn Go.\n"
    profile = profile_of(text, doc_type="resume")
    negated = {h.id: all(m.negated for m in h.mentions) for h in profile.skills}
    assert negated["java"] is True
    assert negated["python"] is False


def test_hyphenated_words_are_not_list_items(profile_of: ProfileOf) -> None:
    found = ids(profile_of("Models: ResNet, YOLO, Faster R-CNN, Python\n"))
    assert "r" not in found
    assert "python" in found


def test_a_name_before_based_or_driven_is_the_name(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Experience\n- Wrote Spark-based ETL, Go-powered APIs and R-based reports\n"
        "- Our C-suite liked the go-to dashboards\n",
        doc_type="resume",
    )
    assert {"apache-spark", "go", "r"} <= ids(resume)
    assert "c" not in ids(resume)
    posting = profile_of("Requirements\n- Selenium-based test automation\n", doc_type="posting")
    assert "selenium" in {r.id for r in posting.requirements}


def test_a_hyphen_opening_a_line_is_a_bullet(profile_of: ProfileOf) -> None:
    resume = profile_of("Summary\nSite lead.\n\nSkills\n-Coordination\n", doc_type="resume")
    assert "coordination" in ids(resume)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("B.E Mechanical, Anna University", "bachelor"),
        ("BE (Computer)  62%  2010", "bachelor"),
        ("BS  Electrical Engineering, 1991", "bachelor"),
        ("B-Tech, ECE", "bachelor"),
        ("Graduate in Commerce, 2009", "bachelor"),
        ("MCA, 2014", "master"),
        ("M.Tech in VLSI Design", "master"),
        ("PGDM (Marketing)", "master"),
        ("Post graduate in Commerce", "master"),
        ("P.hD in Chemistry", "phd"),
        ("Diploma in Mechanical Engineering", "associate"),
        ("12th (CBSE), 2010", "secondary"),
        ("SSC/HSC, State Board", "secondary"),
        ("Intermediate (MPC), 2008", "secondary"),
        ("B.Des Communication Design, 2014", "bachelor"),  # design, fine arts, hotel, media
        ("B.F.A Applied Arts", "bachelor"),
        ("BFA Painting, College of Art", "bachelor"),
        ("BHM, Institute of Hotel Management", "bachelor"),
        ("BMM, Mumbai University", "bachelor"),
        ("B.P.Ed, Punjab University", "bachelor"),
        ("M.Des Interaction Design", "master"),
        ("MFA Painting, 2012", "master"),
        ("M.F.A. in Sculpture", "master"),
        ("Received MS, 2015", "master"),  # a verb before the acronym, not a town
        ("Computer Science MS, 2015", "master"),  # a field before it
    ],
)
def test_more_degree_spellings(profile_of: ProfileOf, line: str, level: str) -> None:
    profile = profile_of(f"Education\n{line}\n", doc_type="resume")
    assert profile.education.highest == level


@pytest.mark.parametrize(
    "line",
    [
        "MS-Word, MS-DOS, MS Access",
        "Intermediate Python and Excel",
        "Marital status: Bachelor",
        "Certified Scrum Master in 2019",
        "Joined on 12th March 2015",
        "Senior BA, Team lead",
        "Diplomatic and calm",
        "Office in Boston, MA, USA",
        "mei@example.com | Boston, MA\n\nEducation",  # the heading below is no field of a MA
        "Boston, MS\nEngineering intern",
        "Warehouse Lead, Delta Foods, Starkville MS, May 2011 - March 2016",  # no comma
        "Co-supervise 3 PhD students and 5 MSc dissertations",  # others' degrees
        "Google PhD Fellowship finalist 2022",  # an award
        "Enforced MFA and SSO for all users",  # multi-factor authentication
        "Okta, MFA, SSO",
    ],
)
def test_degree_look_alikes(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(f"Skills\n{line}\n", doc_type="resume")
    assert profile.education.highest is None


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("M.S., University of Illinois Chicago, 2019", None),  # the school is no field
        ("BS, Oregon State University - Applied Econ", "Applied Econ"),
        ("Bachelor of Science in Nursing", "Nursing"),
        ("M.Ed. in School Counseling, 2018", "School Counseling"),  # "School" begins a field
        ("- You don't need a graduate degree; a Bachelor's in a STEM field is fine", None),
        # a bullet's dash before the degree's own dotted abbreviation
        (
            "- Ph.D., Computational Linguistics — University of Edinburgh",
            "Computational Linguistics",
        ),
        ("- B.Sc., Marine Biology, 2015", "Marine Biology"),
    ],
)
def test_the_field_of_a_degree_is_not_its_school(line: str, field: str | None) -> None:
    from mlcareer.extract.education import field_of

    assert field_of(line) == field


def test_degree_being_pursued_outside_education_does_not_count(profile_of: ProfileOf) -> None:
    text = "Jo Doe, PhD student (Physics)\nExams passed: M.Sc Physics 2012, B.Sc Physics 2010\n"
    assert profile_of(text, doc_type="resume").education.highest == "master"


def test_degree_in_progress_in_education_is_listed_not_held(profile_of: ProfileOf) -> None:
    text = "Education\nState University: pursuing a Bachelor of Science in Biology\n"
    education = profile_of(text, doc_type="resume").education
    assert education.highest is None
    assert [(d.level, d.in_progress) for d in education.degrees] == [("bachelor", True)]


def test_taught_degrees_are_not_the_writers(profile_of: ProfileOf) -> None:
    text = "Lecturer: taught classes for MBA and M.Tech students. Holds a B.Sc in Physics.\n"
    assert profile_of(text, doc_type="resume").education.highest == "bachelor"


# Line breaks lost in export: headings and lines survive only as runs of spaces.
FLAT = (
    "Jo Doe  Summary  Analyst with six years in retail pricing, stock planning and weekly "
    "sales reporting for regional managers.    Skills  Diploma in Design    "
    "Experience  Analyst, Acme  2015  Present    Clerk, Beta  2012  2015    "
    "Education  B.Com, City University  2008  2011    Hobbies  Chess"
)


def test_flattened_resume_sections_and_ranges(profile_of: ProfileOf) -> None:
    profile = profile_of(FLAT + "\n", doc_type="resume")
    assert profile.education.highest == "bachelor"
    assert [r.text for r in profile.experience.ranges] == [
        "2015  Present",
        "2012  2015",
        "2008  2011",
    ]
    assert profile.experience.years == 14.9  # Jan 2012 .. Nov 2026; study years not counted
    assert "Analyst, Acme" in profile.experience.titles[0]


@pytest.mark.parametrize(
    ("written", "start", "end", "ongoing"),
    [
        ("2014 to 2016", (2014, 1), (2016, 1), False),  # bare years: two years
        ("Jan-2015 to Dec-2016", (2015, 1), (2016, 12), False),
        ("July 2016 - till date", (2016, 7), (2026, 11), True),
        ("May'16 - Jan'18", (2016, 5), (2018, 1), False),
        ("Mar/2014 – Apr/2015", (2014, 3), (2015, 4), False),
        ("September, 2014 - March, 2016", (2014, 9), (2016, 3), False),
        ("15 June 2016 to 3 Aug 2018", (2016, 6), (2018, 8), False),
        ("04-09-2003 to 19-12-2007", (2003, 9), (2007, 12), False),
        ("June - August 2013", (2013, 6), (2013, 8), False),
        ("2012-13", (2012, 1), (2013, 1), False),
        ("Acme (2015 - )", (2015, 1), (2026, 11), True),
        ("20122016", (2012, 1), (2016, 1), False),
        ("Summer 2011", (2011, 6), (2011, 8), False),
        ("from 2010 to 2012", (2010, 1), (2012, 1), False),
        ("Present – 2021", (2021, 1), (2026, 11), True),  # newest first
        ("Dec 2023 – Mar 2021", (2021, 3), (2023, 12), False),
        ("2023 - 2021", (2021, 1), (2023, 12), False),
        ("Jul 2018 – Feb\n2021", (2018, 7), (2021, 2), False),  # a table cell wrapped it
    ],
)
def test_more_date_range_forms(
    profile_of: ProfileOf,
    written: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    profile = profile_of(f"Experience\nEngineer, Acme\n{written}\n", doc_type="resume")
    assert one_range(profile, start, end, ongoing) in written


def test_rejected_range_does_not_swallow_the_next(profile_of: ProfileOf) -> None:
    text = "Education\nExpected May 2009    January 2001 - December 2004\n"
    texts = [r.text for r in profile_of(text, doc_type="resume").experience.ranges]
    assert "January 2001 - December 2004" in texts


@pytest.mark.parametrize(
    "bullet",
    [
        "- Designed footbridges to Eurocodes EN 1990 - 1999.",
        "- Checked the plant against ISO 2000-2010 rules.",
        "- Standards: ISO 9001, EN 1990 - 1999 and BS 5950.",  # after a comma, not a title
    ],
)
def test_numbers_of_a_code_are_no_dates(profile_of: ProfileOf, bullet: str) -> None:
    text = f"Experience\nStructural Engineer, Acme Bridges\nJan 2019 - Dec 2022\n{bullet}\n"
    profile = profile_of(text, doc_type="resume")
    assert one_range(profile, (2019, 1), (2022, 12), False) == "Jan 2019 - Dec 2022"
    assert profile.experience.years == 4.0


@pytest.mark.parametrize(
    "heading",
    [
        "Test Engineer, UL 2015 - 2019",
        # a standards body that employs people, set apart as the job's employer
        "Technical Editor, IEEE 2016 - 2020",
        "Research Engineer | SAE 2015 - 2019",
        "Standards Officer at ISO 2015 - 2019",
    ],
)
def test_a_firm_named_like_a_code_keeps_its_dates(profile_of: ProfileOf, heading: str) -> None:
    text = f"Experience\n{heading}\n- Ran flame tests.\n"
    assert [r.text for r in profile_of(text, doc_type="resume").experience.ranges] == [
        heading[-11:]
    ]


def test_a_lone_day_date_is_not_a_range(profile_of: ProfileOf) -> None:
    text = "Personal details\nDate of birth: 15 May 1990    2013 Chess club\n"
    assert profile_of(text, doc_type="resume").experience.ranges == []


def test_degree_clauses_have_their_own_importance(profile_of: ProfileOf) -> None:
    text = "Requirements\n- Master's degree in Mathematics or Physics; PhD preferred\n"
    info = profile_of(text, doc_type="posting").posting
    assert info is not None
    assert (info.degree_required, info.degree_preferred) == ("master", "phd")
    # a bare "MS" offered beside another degree is a master's
    text = "Requirements\n- MS or PhD in Computer Science (PhD preferred)\n- MS Office\n"
    info = profile_of(text, doc_type="posting").posting
    assert info is not None
    assert (info.degree_required, info.degree_preferred) == ("master", "phd")
    for line, lowest in [("MS or BS with 3+ years", "bachelor"), ("MS/PhD in CS", "master")]:
        info = profile_of(f"Requirements\n- {line}\n", doc_type="posting").posting
        assert info is not None and info.degree_required == lowest


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The project runs in close collaboration with partners abroad.", "collaboration"),
        ("You will join the Department of Bioinformatics at a university.", "bioinformatics"),
        ("She leads the Procurement department in Oslo.", "procurement"),
        ("Benefits include social security and a pension.", "cybersecurity"),
        ("We are a Swedish company with offices in Lund.", "lang-swedish"),
        ("The Biological and Chemical Engineering (BCE) Section hires.", "chemical-engineering"),
        ("You join the Embodied AI and Neurorobotics Lab.", "artificial-intelligence"),
        ("The Center for Protein Research (CPR) funds one stipend. CPR is in Copenhagen.", "cpr"),
        ("Manage Network Attached Storage (NAS) arrays and NAS backups.",
         "neural-architecture-search"),
        ("About us: we sell point of sale displays to shops.", "point-of-sale"),
        ("Data Scientist, Lumen Robotics Inc. (2020 - 2024)", "robotics"),
        ("Engineer at Helix Bioinformatics Ltd", "bioinformatics"),
        ("Our team works in Python and ships weekly.", "teamwork"),
        ("Analyst, Veleiro Machine Learning Corp.", "machine-learning"),
        ("The Department of Geology and Data Mining runs the cluster.", "data-mining"),
        ("She joined the Section for Genetics, Ecology and Evolution.", "genetics"),
        ("The Chemical Engineering Section hires two postdocs.", "chemical-engineering"),
    ],
)  # fmt: skip
def test_words_used_in_another_sense_are_not_skills(
    profile_of: ProfileOf, sentence: str, absent: str
) -> None:
    assert absent not in ids(profile_of(sentence + "\n"))


def test_a_reports_section_is_no_unit(profile_of: ProfileOf) -> None:
    # a lower-case "section" after a field is a part of a report, not a unit named for it
    text = "- Write research reports with a thorough statistical analysis section.\n"
    assert "statistical-analysis" in ids(profile_of(text))


def test_a_field_after_a_units_name_in_a_list_stays(profile_of: ProfileOf) -> None:
    text = "Skills: Statistics and Data Mining\nStudied at the Department of Physics.\n"
    assert "data-mining" in ids(profile_of(text))


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("- Tracked falls and readmissions in Excel for the quality committee", True),
        ("- Kept the rota in Excel.", True),
        ("- Built a cost model using Excel and shared it weekly", True),
        ("- Sponsorship sales at Excel Sports Management", False),  # a firm's name
        ("- Excel at keeping patients calm", False),  # the verb
    ],
)
def test_excel_written_mid_sentence_is_the_tool(
    profile_of: ProfileOf, line: str, found: bool
) -> None:
    resume = profile_of(f"Experience\nCharge Nurse, Banner Health (2017 - 2024)\n{line}\n")
    assert ("excel" in ids(resume)) is found


@pytest.mark.parametrize(
    ("item", "skill", "found"),
    [
        ("Excel in change management and communication", "excel", False),
        ("Excel at building rapport with data owners", "excel", False),
        ("Spark curiosity about data in others", "apache-spark", False),
        ("Spark innovation across data teams", "apache-spark", False),
        ("Advanced Excel in financial modelling", "excel", True),
        ("Excel at an advanced level (pivot tables)", "excel", True),
        ("Spark jobs on EMR", "apache-spark", True),
    ],
)
def test_a_tool_name_that_is_also_a_verb(
    profile_of: ProfileOf, item: str, skill: str, found: bool
) -> None:
    posting = f"Data Analyst\n\nRequirements\n- SQL and data dashboards\n- {item}\n"
    profile = profile_of(posting, doc_type="posting")
    assert (skill in ids(profile)) is found
    assert (skill in {r.id for r in profile.requirements}) is found


@pytest.mark.parametrize("item", ["- Excel in financial modelling", "Excel in VBA and Power Query"])
def test_excel_opening_a_resumes_skills_item_is_the_tool(profile_of: ProfileOf, item: str) -> None:
    # a skills section lists names: no verb opens its items
    resume = f"Jane Doe\n\nSkills\n{item}\n- Python\n\nExperience\nAnalyst, Acme, 2020 - 2024\n"
    assert "excel" in ids(profile_of(resume, doc_type="resume"))


def test_a_guard_of_excluded_phrases_only_keeps_hyphen_joined_names(profile_of: ProfileOf) -> None:
    posting = "Requirements\n- Efficient team player-ability to liaise with large teams\n"
    assert "teamwork" in ids(profile_of(posting, doc_type="posting"))


def test_a_product_a_company_is_named_for_stays_a_skill(profile_of: ProfileOf) -> None:
    # in a bullet, not as the job's employer alone (see test_employer_names.py)
    bullet = "- Moved our jobs to Databricks Inc. notebooks\n"
    assert "databricks" in ids(profile_of(f"ML Engineer, Acme (2018 - 2020)\n{bullet}"))
    assert "databricks" not in ids(profile_of("ML Engineer, Databricks Inc. (2018 - 2020)\n"))


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Skills\nStatistics, SAS, SPSS\n", "statistics"),  # a list, not "Acme, SA"
        ("Skills\nMachine Learning, AB testing\n", "machine-learning"),
        ("Skills\nRobotics PLC programming\n", "robotics"),  # the skill PLC, no legal form
        ("Skills\nComputer Vision\nNLP SAS\n", "computer-vision"),  # the next line's name
        ("Engineer, Acme Robotics, Inc. (2019 - 2021)\n", "absent:robotics"),
    ],
)
def test_a_legal_form_is_read_on_its_line_and_not_in_a_skill(
    profile_of: ProfileOf, text: str, field: str
) -> None:
    found = ids(profile_of(text, doc_type="resume"))
    if field.startswith("absent:"):
        assert field.removeprefix("absent:") not in found
    else:
        assert field in found


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Certified in Cardiopulmonary Resuscitation (CPR) since 2019.", "cpr"),
        ("Wrote parallel solvers with the Message Passing Interface (MPI).", "mpi"),
        ("Research assistant in Chemical Engineering, 2019 - 2021.", "chemical-engineering"),
        ("Built the Development and Operations (DevOps) pipeline with Jenkins.", "devops"),
        ("Experience With SQL And Excel In A Laboratory Setting", "excel"),
        ("Set up and maintain our Kubernetes Lab clusters.", "kubernetes"),
    ],
)
def test_an_acronym_the_document_spells_out_as_the_skill_is_kept(
    profile_of: ProfileOf, sentence: str, present: str
) -> None:
    assert present in ids(profile_of(sentence + "\n"))


def test_spoken_languages_and_guarded_generic_words(profile_of: ProfileOf) -> None:
    text = "Fluent English and German. We deploy to the cloud with Kubernetes; data security.\n"
    found = ids(profile_of(text))
    assert {"lang-english", "lang-german", "cloud-computing", "cybersecurity"} <= found


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Mandarin (business level)", "lang-mandarin"),
        ("Italian (business)", "lang-italian"),
        ("Spanish (professional working proficiency)", "lang-spanish"),
        ("German - business fluent", "lang-german"),
        ("French: working level", "lang-french"),
        ("Business level English", "lang-english"),
        ("Business-level Japanese", "lang-japanese"),
    ],
)
def test_a_grade_after_a_language_names_it(profile_of: ProfileOf, line: str, language: str) -> None:
    resume = profile_of(f"Summary\nAnalyst based in Leeds.\n{line}\n", doc_type="resume")
    posting = profile_of(f"Analyst\n\nRequirements\n- {line}\n- SQL\n", doc_type="posting")
    assert language in ids(resume)
    assert {r.id for r in posting.requirements} == {language, "sql"}  # the grade asks nothing


@pytest.mark.parametrize(
    "line",
    ["Chinese business partners visit twice a year.", "Business level reporting in Excel."],
)
def test_business_level_alone_names_no_language(profile_of: ProfileOf, line: str) -> None:
    found = ids(profile_of(f"Summary\n{line}\n", doc_type="resume"))
    assert not any(skill.startswith("lang-") for skill in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Jane Roe\njane@example.com\nExperience\nAnalyst, 2019 - Present\n"
            "Responsibilities: reporting\nEducation\nBSc\n",
            "resume",
        ),
        (
            "Data Engineer\nWe are looking for an engineer. You will build pipelines.\n"
            "Requirements\n- Python\nBenefits\n- Gym\n",
            "posting",
        ),
        (  # one "Responsibilities:" under each job is still a CV
            "Sam Poe\nWork Experience\n"
            + "".join(f"{firm}, two years\nResponsibilities:\n- SQL\n" for firm in "ABCDE")
            + "Education\nBSc\n",
            "resume",
        ),
        (  # no headings: the words that hire
            "A hotel in town is looking for new housekeeping staff.\n"
            "The job is daily cleaning of rooms, about 25 hours per week.\n",
            "posting",
        ),
        (  # a job seeker's words are not a hirer's
            "Objective\nI am looking for a general manager role.\nExperience\n"
            "Shift lead, Sep 2018 to Dec 2023, 20 hours per week: led hiring, trained staff"
            " on the job.\n",
            "resume",
        ),
        (  # two headings of the same kind are two headings
            "Maintenance Technician\nAbout Us\nA family-owned plant.\nThe Role\n"
            "Keep the lines running.\nDuties\n- Repairs\nExperience\n- 3+ years\n"
            "Education\n- Diploma\n",
            "posting",
        ),
        (  # a short list of asks with a bonus
            "Perception Engineer\n\n- 3+ years shipping computer vision models\n"
            "- Python and C++\n- Bonus: SLAM or multi-camera calibration\n",
            "posting",
        ),
    ],
)
def test_document_type_is_guessed(profile_of: ProfileOf, text: str, kind: str) -> None:
    assert profile_of(text).doc_type == kind


def test_role_requirements_keep_the_title_only(profile_of: ProfileOf) -> None:
    text = (
        "Requirements\n- 3 years of experience as a Senior Cloud Architect overseeing teams\n"
        "- Excellent physical fitness to manage equipment\n"
    )
    literal = {r.jd_text: r for r in profile_of(text, doc_type="posting").requirements}
    assert "Senior Cloud Architect" in literal
    assert literal["Senior Cloud Architect"].years == 3
    assert "physical fitness" in literal  # the head of a bullet the taxonomy does not know


def test_degree_fields_are_not_skill_requirements(profile_of: ProfileOf) -> None:
    text = "Requirements\n- Bachelor's degree in Computer Science or Mathematics\n- Python\n"
    required = {r.id for r in profile_of(text, doc_type="posting").requirements}
    assert "python" in required
    assert not {"computer-science-fundamentals", "mathematics"} & required


def test_the_same_resume_in_three_formats_gives_the_same_skills() -> None:
    from mlcareer.api import Options, extract

    from .conftest import AS_OF, EXAMPLES

    options = Options(as_of=AS_OF)
    found = {
        suffix: {
            (h.id, len(h.mentions))
            for h in extract(EXAMPLES / f"entry-ml-engineer.{suffix}", options, "resume").skills
        }
        for suffix in ("txt", "docx", "pdf")
    }
    assert len(found["txt"]) > 20
    assert found["txt"] == found["docx"] == found["pdf"]


@pytest.mark.parametrize(
    ("line", "negated"),
    [
        ("No experience with Java.", True),
        ("Expertise in Java is missing.", True),
        ("Java, though not in production.", False),  # the cue is in another clause
        ("Work under pressure in Java without errors.", False),
        ("Java is not required here.", True),
        ("Java isn't my strength.", True),
        ("Fixed Java services not committing offsets.", False),  # the cue is about the services
        ("Used Java not Kotlin for the backend.", False),  # a contrast
        ("Java is not only my main language.", False),
        ("Moved to Go because Java was not fast enough.", False),
        # Phrases that deny a fear, not the skill
        ("Not afraid of Java in production.", False),
        ("No shying away from Java or Kotlin.", False),
        ("Never shy away from Java refactors.", False),
        ("I don't shy away from Java.", False),
    ],
)
def test_negation_scope(profile_of: ProfileOf, line: str, negated: bool) -> None:
    profile = profile_of(f"Summary\n{line}\n", doc_type="resume")
    java = next(h for h in profile.skills if h.id == "java")
    assert java.mentions[0].negated is negated


def test_a_dash_glued_to_a_heading_word_is_split(profile_of: ProfileOf) -> None:
    found = ids(profile_of("Skills\n- Time Management- handled many projects\n"))
    assert "time-management" in found


def test_communication_the_skill_not_the_protocol(profile_of: ProfileOf) -> None:
    assert "communication" not in ids(profile_of("Designed serial communication protocols.\n"))
    assert "communication" in ids(profile_of("Communicated results to the board.\n"))
    for degree in ("B.E., Electronics and Communication", "B.Tech Electronics & Communication"):
        assert "communication" not in ids(profile_of(f"Education\n{degree}, 2014\n")), degree


def test_a_postings_role_title_is_not_a_skill_mention(profile_of: ProfileOf) -> None:
    text = "Senior DevOps Engineer\nWe need a Supply Chain Consultant.\nRequirements\n- Python\n"
    posting = profile_of(text, doc_type="posting")
    assert ids(posting) == {"python"}
    resume = profile_of("Experience\nSenior DevOps Engineer, Acme\n", doc_type="resume")
    assert "devops" in ids(resume)  # on a resume the title is evidence


@pytest.mark.parametrize("heading", ["Research Experience", "Teaching Experience", "Appointments"])
def test_research_and_teaching_posts_are_work(profile_of: ProfileOf, heading: str) -> None:
    text = (
        "Education\nPh.D., Physics, 2015 - 2020\n"
        f"{heading}\nPostdoctoral Researcher, Vision Lab (01/2021 - 12/2023)\n"
    )
    assert profile_of(text, doc_type="resume").experience.years == 3.0


def test_bare_years_count_as_people_count_them(profile_of: ProfileOf) -> None:
    three = profile_of("Experience\nAnalyst, Acme\n2018 - 2021\n", doc_type="resume")
    assert three.experience.years == 3.1  # Jan 2018 to Jan 2021, both months counted
    one = profile_of("Experience\nAnalyst, Acme\n2019 - 2019\n", doc_type="resume")
    assert one.experience.years == 1.0
    planned = profile_of(  # AS_OF is in 2026: a summer to come is no time worked
        "Experience\nIntern, Acme (Summer 2030)\nAnalyst, Globex\n2018 - 2021\n",
        doc_type="resume",
    )
    assert planned.experience.years == 3.1


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Two (2) years of experience with SQL", 2),
        ("at least five years of Python", 5),
        ("3+ years of Python", 3),
        ("10 yrs of SQL", 10),
        ("Five or more years' experience with SQL", 5),
        ("Five-plus years of Python", 5),
        ("5-plus years of Python", 5),
        ("Eleven years of Java", 11),
        ("twenty years of nursing", 20),
        ("seventeen years of welding", 17),
    ],
)
def test_years_asked_in_words_or_digits(line: str, years: int) -> None:
    from mlcareer.extract.requirements import years_on_line

    assert years_on_line(line) == years


def test_years_in_words_ask_what_digits_ask_and_name_nothing(profile_of: ProfileOf) -> None:
    def asked(count: str) -> dict[str, float | None]:
        text = (
            f"Engineer\n\nRequirements\n- At least {count} years of Python\n"
            f"- {count.capitalize()} or more years' experience with SQL\n"
            f"- {count.capitalize()}-plus years of experience with Kubernetes\n"
        )
        return {r.jd_text: r.years for r in profile_of(text, doc_type="posting").requirements}

    assert asked("three") == asked("3") == {"Python": 3.0, "SQL": 3.0, "Kubernetes": 3.0}


def test_each_skill_takes_the_years_of_its_own_clause(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n"
        "- 5+ years of backend engineering, with at least 3+ years of Python\n"
        "- Kubernetes: 2+ years\n"
        "- Current BLS certification. One year of acute care experience is preferred.\n",
        doc_type="posting",
    )
    years = {r.id: r.years for r in posting.requirements}
    assert (years["python"], years["kubernetes"], years["bls"]) == (3.0, 2.0, None)
    role = profile_of(
        "Requirements\n- At least 2 years as a store manager; 5+ years of SQL\n", doc_type="posting"
    )
    assert {r.jd_text: r.years for r in role.requirements}["store manager"] == 2.0
    spaced = profile_of("Requirements\n- 3+ years as a Store  Manager\n", doc_type="posting")
    assert [r.years for r in spaced.requirements] == [3.0]  # two spaces, as PDFs leave them


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # years beside the item before, closed off before the next
        ("Python (5+ years), Kubernetes and Docker", {"python": 5.0, "kubernetes": None}),
        ("SQL: 3+ years; Airflow", {"sql": 3.0, "airflow": None}),
        ("Strong Go (4 yrs) and Rust", {"go": 4.0, "rust": None}),
        ("Experience (3+ years) with Python", {"python": 3.0}),  # a lead-in, not an item
        # years that measure data, not time at work
        ("Analyze 15 years of claims data using SQL and Python", {"sql": None, "python": None}),
        ("Forecast 10 years of demand in Snowflake", {"snowflake": None}),
        ("6 years of financial data and risk work in SQL", {"sql": 6.0}),
        ("5+ years of big data with Spark", {"apache-spark": 5.0}),
        ("3+ years of data engineering with Kafka", {"kafka": 3.0}),
    ],
)
def test_years_belong_to_the_skill_they_stand_beside_and_to_time_at_work(
    profile_of: ProfileOf, line: str, expected: dict[str, float | None]
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n- {line}\n", doc_type="posting")
    years = {r.id: r.years for r in posting.requirements}
    assert {skill: years[skill] for skill in expected} == expected


def test_names_in_web_and_mail_addresses_are_not_skills(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Dana Kim\nml.dana@example.com | github.com/dkim-ml | linkedin.com/in/dana-nlp\n\n"
        "Skills\nSocket.io/Redis, Python, ASP.net/C#\ndocker-ops@acme.io\n",
        doc_type="resume",
    )
    found = ids(resume)
    assert {"github", "redis", "python", "csharp"} <= found
    assert "docker" not in found  # at the very start of an e-mail address
    assert not found & {"machine-learning", "natural-language-processing"}


def test_a_markdown_title_heading_is_not_the_title(profile_of: ProfileOf) -> None:
    text = "## Job title\nCable Technician\n\n## Required Skills\n- 5 years of Linux\n- Linux\n"
    profile = profile_of(text, doc_type="posting")
    assert profile.posting is not None and profile.posting.title == "Cable Technician"
    assert next(r for r in profile.requirements if r.id == "linux").years == 5


@pytest.mark.parametrize(
    ("head", "title", "level"),
    [
        ("Skip to main content\nCareers\nData Scientist II\n", "Data Scientist II", "mid"),
        ("Home > Careers > Jobs\nSign in\nML Engineer I\n", "ML Engineer I", "entry"),
        (
            "Machine Learning Engineer III - Search\n",
            "Machine Learning Engineer III - Search",
            "senior",
        ),
        ("MLOps Engineer 🚀\n", "MLOps Engineer", None),
        ("✨ Data Engineer IV ✨\n", "Data Engineer IV", "senior"),
        ("Python 3 Developer\n", "Python 3 Developer", None),  # a version, no rung
        # a job board's words for screen readers, saved with the page
        ("Machine Learning Analyst - job post\n", "Machine Learning Analyst", None),
        ("Senior Data Engineer | Job Posting\n", "Senior Data Engineer", "senior"),
    ],
)
def test_a_title_past_site_navigation_without_emoji_with_its_rung(
    profile_of: ProfileOf, head: str, title: str, level: str | None
) -> None:
    profile = profile_of(f"{head}\nRequirements\n- Python\n", doc_type="posting")
    assert profile.posting is not None
    assert (profile.posting.title, profile.posting.level) == (title, level)


def test_resume_style_headings_in_a_posting_state_its_requirements(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Data Analyst\n\nAbout us\nWe sell shoes.\n\n"
        "Skills\n- Python\n- Zorblex\n\n"
        "Experience\n- 3+ years with Tableau\n\n"
        "Education\n- BSc in Statistics\n\n"
        "Certifications\n- Six Sigma Green Belt\n\n"
        "Responsibilities\n- Build dashboards\n",
        doc_type="posting",
    )
    asked = {r.jd_text: r.importance for r in posting.requirements}
    assert asked["Python"] == asked["Zorblex"] == asked["Tableau"] == "required"
    assert "Certifications" not in asked  # a heading, not an item
    assert posting.posting is not None
    assert posting.posting.years_required == 3
    assert posting.posting.degree_required == "bachelor"


def test_only_headings_that_ask_turn_a_posting_section_into_requirements(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Warehouse Associate\n\nAbout us\nWe move boxes.\n\n"
        "Training\n- Paid on-the-job training in forklift operation\n\n"
        "Tools\n- We provide all PPE and RF scanners\n\n"
        "Requirements\n- 3+ years structural welding\n- Must be 18 years or older\n",
        doc_type="posting",
    )
    asked = {r.jd_text: r.importance for r in posting.requirements}
    assert asked.get("forklift operation") != "required"
    assert "PPE" not in asked
    assert asked["structural welding"] == "required"
    assert posting.posting is not None
    assert posting.posting.years_required == 3  # not 18


def test_a_high_school_teacher_is_a_job_not_a_degree() -> None:
    from mlcareer.extract.education import degree_in_line

    assert degree_in_line("HIGH SCHOOL MATHEMATICS TEACHER") is None
    assert degree_in_line("Chemistry Teacher — Travis Heights High School   2015 – 2023") is None
    assert degree_in_line("High school diploma or GED") == "secondary"
    assert degree_in_line("high school graduate") == "secondary"


@pytest.mark.parametrize(
    "line",
    [
        "Engineer Jan" + " " * 50_000 + "x",
        "Engineer 4 Sep" + " \n" * 25_000 + "x",
        "5" + " " * 50_000 + "years of experience",
        "Grade" + " " * 50_000 + "x",
    ],
)
def test_long_runs_of_blanks_are_read_in_linear_time(profile_of: ProfileOf, line: str) -> None:
    started = time.process_time()
    profile_of(f"Experience\n{line}\n", doc_type="resume")
    assert time.process_time() - started < 2  # quadratic backtracking took minutes


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Data Scientist, Acme   Jan 2024 - Present\n- Cut churn 20% from 2019 levels\n", 2.9),
        ("Data Scientist, Acme   Jan 2024 - Present\nSales are up from 2019 in all areas\n", 2.9),
        ("Data Scientist, Acme, from 2019\n- Built churn models\n", 7.9),
        ("Data Scientist (since 2019)\n", 7.9),
    ],
)
def test_a_bare_year_after_from_dates_only_a_role_line(
    profile_of: ProfileOf, text: str, years: float
) -> None:
    profile = profile_of(f"Experience\n{text}", doc_type="resume")
    assert profile.experience.years == years


@pytest.mark.parametrize(
    ("bullet", "level"),
    [
        ("Trained supervised learning models for churn", "mid"),
        ("Built semi-supervised and self-supervised models", "mid"),
        ("Thesis: weakly supervised relation extraction", "mid"),
        ("Supervised 3 engineers on the fraud team", "senior"),
        ("Supervising a team of analysts", "senior"),
    ],
)
def test_only_supervising_people_is_senior_scope(
    profile_of: ProfileOf, bullet: str, level: str
) -> None:
    text = f"Experience\nData Scientist, Acme\nJan 2023 - Present\n- {bullet}\n"
    assert profile_of(text, doc_type="resume").experience.level == level


@pytest.mark.parametrize(
    "heading", ["Education & Certifications", "Education and Training", "Academic History", ""]
)
def test_a_dated_degree_line_is_never_work(profile_of: ProfileOf, heading: str) -> None:
    text = (
        "Experience\nData Scientist, Acme   Jan 2024 - Present\n- Built churn models\n"
        f"{heading}\nMS Computer Science, Stanford, 2018 - 2020\n"
    )
    profile = profile_of(text, doc_type="resume")
    assert profile.experience.years == 2.9  # Jan 2024 .. Nov 2026
    assert profile.education.highest == "master"


def test_a_role_beside_a_degree_word_is_work(profile_of: ProfileOf) -> None:
    text = "Experience\nDoctoral Researcher, Max Planck Institute, 2018 - 2022\n"
    # 4.1 years of a doctoral researcher's post, a student's, counted at half its time
    assert profile_of(text, doc_type="resume").experience.years == 2.0


@pytest.mark.parametrize(
    "line",
    [
        "Data Analyst, Acme Corp, Boston, MA (Remote)   Jan 2022 - Present",
        "Acme Corp, 1 Main St, Springfield, MA 01103",
        "Data Analyst, Acme, Portland, ME (Hybrid)",
    ],
)
def test_a_state_after_a_city_is_no_degree(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(f"Experience\n{line}\n", doc_type="resume")
    assert profile.education.highest is None
    assert profile.education.degrees == []


def test_a_field_in_brackets_after_ma_is_a_degree(profile_of: ProfileOf) -> None:
    profile = profile_of("Education\nTufts University, MA (Economics), 2015\n", doc_type="resume")
    assert profile.education.highest == "master"


def test_graduating_from_high_school_is_no_bachelor(profile_of: ProfileOf) -> None:
    text = "Education\nLincoln High School, graduated in June 2023\n"
    education = profile_of(text, doc_type="resume").education
    assert (education.highest, education.field) == ("secondary", None)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.S., May 2019", None),
        ("Graduated in Computer Science, 2019", "computer science"),
        ("Graduate in Marketing", "Marketing"),
    ],
)
def test_a_month_is_never_a_field(line: str, field: str | None) -> None:
    from mlcareer.extract.education import field_of

    assert field_of(line) == field


@pytest.mark.parametrize(
    ("written", "years"),
    [
        ("Jun 2023 - Jun 2023", 0.1),
        ("06/2023 - 06/2023", 0.1),
        ("Dec 2025 - Dec 2025", 0.1),
        ("2019 - 2019", 1.0),
    ],
)
def test_a_range_within_one_month_is_one_month(
    profile_of: ProfileOf, written: str, years: float
) -> None:
    profile = profile_of(f"Experience\nAnalyst, Acme\n{written}\n", doc_type="resume")
    assert profile.experience.years == years


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("06/15/2019 - 08/20/2023", (2019, 6), (2023, 8)),  # US: month first
        ("15/06/2019 - 20/08/2023", (2019, 6), (2023, 8)),  # day first: it cannot be a month
        ("04/09/2019 - 19/12/2020", (2019, 9), (2020, 12)),  # one end decides for both
        ("04/09/2019 - 05/10/2020", (2019, 4), (2020, 5)),  # either way: month first
        ("04.09.2019 - 05.10.2020", (2019, 9), (2020, 10)),  # with dots: day first
    ],
)
def test_numeric_dates_with_a_day(
    profile_of: ProfileOf, written: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    profile = profile_of(f"Experience\nEngineer, Acme\n{written}\n", doc_type="resume")
    [found] = profile.experience.ranges
    assert found.text == written
    assert (found.start // 12, found.start % 12 + 1) == start
    assert (found.end // 12, found.end % 12 + 1) == end


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("Q3 2020 - Q1 2021", (2020, 7), (2021, 3)),  # first month of Q3 to last of Q1
        ("2020 Q3 - 2021 Q1", (2020, 7), (2021, 3)),
        ("Q4'19 to Q2'20", (2019, 10), (2020, 6)),
        # half-years: first month of H2 to the last of H1
        ("H2 2014 - H1 2015", (2014, 7), (2015, 6)),
        ("2019 H1 - 2020 H2", (2019, 1), (2020, 12)),
    ],
)
def test_quarter_dates(
    profile_of: ProfileOf, written: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    profile = profile_of(f"Experience\nEngineer, Acme\n{written}\n", doc_type="resume")
    [found] = profile.experience.ranges
    assert found.text == written
    assert (found.start // 12, found.start % 12 + 1) == start
    assert (found.end // 12, found.end % 12 + 1) == end


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Bachelor of Science, Information Systems", "Information Systems"),
        ("Bachelor of Arts, Philosophy", "Philosophy"),
        ("MSc Robotics, CMU", "Robotics"),
        ("B.A., UCLA", None),  # a school's abbreviation is no field
        ("B.Tech, MIS", "MIS"),  # a field's is
        ("B.E. in ENC", "ENC"),  # and so is one after "in"
        ("1. M.Tech Project", None),  # the work of a degree
    ],
)
def test_the_field_follows_the_degree_name(line: str, field: str | None) -> None:
    from mlcareer.extract.education import field_of

    assert field_of(line) == field


@pytest.mark.parametrize(
    ("line", "in_progress"),
    [
        ("M.S. Computer Science (expected May 2027), Georgia Tech", True),  # AS_OF is Nov 2026
        ("M.S. Computer Science (expected May 2026), Georgia Tech", False),  # done by now
        ("M.S. Computer Science, Georgia Tech\nExpected June 2027", True),
        ("Ph.D. in Electrical and Computer Engineering (ABD)", True),
        ("PhD candidate in Statistics, Stanford", True),
        ("Junior pursuing a B.S. in Physics, Expected Graduation: May 2015", False),
        # the year written before "expected" decides too
        ("M.S. Computer Science, Georgia Tech, 2024 - 2027 (expected)", True),
        ("M.S. Computer Science, Georgia Tech, 2023 - 2025 (expected)", False),
    ],
)
def test_an_unfinished_degree_is_listed_but_not_held(
    profile_of: ProfileOf, line: str, in_progress: bool
) -> None:
    text = f"Education\n{line}\nB.A. Economics, 2012\n"
    education = profile_of(text, doc_type="resume").education
    first = education.degrees[0]
    assert first.in_progress is in_progress
    assert education.highest == ("bachelor" if in_progress else first.level)


def test_a_posting_heading_inside_a_resume_opens_no_section(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Summary\nData engineer.\n\nExperience\nData Engineer, Acme — Jan 2019 – Dec 2024\n"
        "Key Duties:\n- Built Python pipelines\nData Analyst, Beta — Jan 2016 – Dec 2018\n",
        doc_type="resume",
    )
    assert [s.name for s in resume.sections] == ["summary", "experience"]
    assert resume.experience.years == pytest.approx(9.0, abs=0.1)
    listed = profile_of(
        "Experience\nData Engineer, Acme — Jan 2019 – Dec 2024\n- Built pipelines\n\n"
        "Qualifications\n- 8 years of SQL and Tableau\n",
        doc_type="resume",
    )
    assert [s.name for s in listed.sections] == ["experience", "skills"]


def test_one_degree_named_by_two_patterns_is_listed_once(profile_of: ProfileOf) -> None:
    profile = profile_of("Education\n**MSc in Statistics**, University of Lagos (2016 - 2018)\n")
    assert [d.level for d in profile.education.degrees] == ["master"]


def test_an_academic_cvs_teaching_is_no_publication(profile_of: ProfileOf) -> None:
    profile = profile_of(
        "## Publications\n1. A. Okafor. Slate recommendation. *NeurIPS 2024*.\n"
        "2. A. Okafor. Learning to rank. *SIGIR 2023*.\n\n## Teaching\n"
        "- Teaching Assistant, Machine Learning Practical, 2020 - 2022\n"
        "- Guest lecturer, Reinforcement Learning, 2024\n\n## Research Interests\nBandits\n",
        doc_type="resume",
    )
    assert profile.signals.publications == 2
    assert {s.name for s in profile.sections} >= {"publications", "experience", "summary"}


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("A degree in statistics, computer science or similar", "bachelor"),  # no level named
        ("Master's degree in Computer Science", "master"),  # not also a bare degree
        ("Candidates need a master´s degree in biochemistry", "master"),  # an acute accent
        ("Advanced degree in machine learning", "master"),
        ("A high degree of autonomy in Python", None),
    ],
)
def test_a_degree_of_no_named_level(line: str, level: str | None) -> None:
    from mlcareer.extract.education import degree_in_line

    assert degree_in_line(line) == level


def test_a_degree_of_no_level_is_required_and_the_named_one_preferred(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Data Scientist\n\nRequirements\n- A degree in statistics, computer science, "
        "mathematics or similar (Master's preferred)\n",
        doc_type="posting",
    )
    assert posting.posting is not None
    assert (posting.posting.degree_required, posting.posting.degree_preferred) == (
        "bachelor",
        "master",
    )


def test_no_sql_spelled_apart_is_nosql(profile_of: ProfileOf) -> None:
    profile = profile_of("Requirements\n- Solid knowledge of Java, SQL and no SQL databases\n")
    found = {hit.id: hit for hit in profile.skills}
    assert "nosql" in found
    assert not any(m.negated for m in found["sql"].mentions)
    assert {r.id for r in profile.requirements} >= {"sql", "nosql"}


def test_no_sql_experience_is_still_a_negation(profile_of: ProfileOf) -> None:
    profile = profile_of("Requirements\n- Python; no SQL experience needed\n")
    assert "nosql" not in {hit.id for hit in profile.skills}
    assert "sql" not in {r.id for r in profile.requirements}


def test_not_just_is_no_negation(profile_of: ProfileOf) -> None:
    profile = profile_of("Experience\n- Shipped production C++, not just Python notebooks\n")
    python = next(hit for hit in profile.skills if hit.id == "python")
    assert not python.mentions[0].negated


def test_titles_and_degrees_are_quoted_without_markdown(profile_of: ProfileOf) -> None:
    profile = profile_of(
        "## Experience\n### Staff ML Platform Engineer\nJan 2018 - Dec 2024\n\n"
        "## Education\n**MSc in Statistics**, University of Lagos (2016 - 2018)\n",
        doc_type="resume",
    )
    assert "Staff ML Platform Engineer" in profile.experience.titles
    assert not any("#" in e or "**" in e for e in profile.experience.level_evidence)
    assert profile.education.degrees[0].text.startswith("MSc in Statistics")


def test_a_linkedin_duration_is_no_title(profile_of: ProfileOf) -> None:
    profile = profile_of(
        "Experience\nAcme Corp\nSenior ML Engineer\nJan 2020 - Dec 2024 (4 years 11 months)\n"
        "Analyst\nMar 2018 - Dec 2019 (1 year 10 months)\n\nTop Skills\nPython\n",
        doc_type="resume",
    )
    assert profile.experience.titles == ["Senior ML Engineer", "Analyst"]
    assert [s.name for s in profile.sections] == ["experience", "skills"]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("B.A. Economics, University of Texas (2012 - 2016) (minor in Statistics)", "economics"),
        ("Bachelor of Science, Ohio State University, 2015\nMajor: Statistics", "statistics"),
        ("Class XII (CBSE) | Kendriya Vidyalaya No. 1, Jaipur | 2014", None),  # no field
        ("PGDM Marketing IIM Lucknow 2012", "business"),  # a diploma in management, as an MBA
        ("PGDBA, Quuxton Institute of Management, 2015", "business"),
        ("PGDCA from Quuxton College, 2010", "computer science"),  # in computer applications
    ],
)
def test_the_field_of_a_degree_in_more_layouts(
    profile_of: ProfileOf, text: str, field: str | None
) -> None:
    assert profile_of(f"Education\n{text}\n", doc_type="resume").education.field == field


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (  # "advised by" is one's own adviser, and the line above holds no veto
            "PhD in Machine Learning, University of Cambridge, 2018 - 2022\n"
            "  Thesis: Deep kernel methods, advised by Prof. Jane Smith\n"
            "MSc in Statistics, University of Oxford, 2017",
            ["phd", "master"],
        ),
        ("Dr.-Ing. Mechanical Engineering, TU Munich, 2019", ["phd"]),  # a field, no referee
        ("Dipl.-Ing. Electrical Engineering (2015)", ["master"]),
    ],
)
def test_degrees_the_session_review_found_lost(
    profile_of: ProfileOf, text: str, levels: list[str]
) -> None:
    profile = profile_of(f"Education\n{text}\n", doc_type="resume")
    assert [d.level for d in profile.education.degrees] == levels


def test_a_degree_and_a_diploma_in_separate_clauses() -> None:
    from mlcareer.extract.education import degree_mentions

    levels = [m[0] for m in degree_mentions("High school diploma required; degree in nursing")]
    assert levels == ["secondary", "bachelor"]


def test_since_a_year_then_a_dash_and_a_word() -> None:
    from mlcareer.extract.experience import RANGE

    found = RANGE.search("Freelance since 2019 - mainly NLP work")
    assert found is not None and found.group("since") == "2019"


def test_a_one_letter_name_in_a_list_keeps_its_neighbours(profile_of: ProfileOf) -> None:
    assert "r" in ids(profile_of("Tools: Python, SQL, r\n"))


def test_a_title_below_an_address_and_dates(profile_of: ProfileOf) -> None:
    profile = profile_of(
        "Work Experience\nDepartment of Veterans Affairs\n"
        "810 Vermont Avenue NW, Washington, DC 20420 United States\n03/2019 - 12/2024\n"
        "Hours per week: 40\nData Scientist\nSeries/Grade: GS-1560-12\n- Built models\n",
        doc_type="resume",
    )
    assert profile.experience.titles == ["Data Scientist"]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("W O R K  E X P E R I E N C E", "experience"),
        ("W O R K E X P E R I E N C E", "experience"),  # word gap lost in a PDF
        ("E D U C A T I O N", "education"),
        ("S K I L L S  &  T O O L S", "skills"),
        ("Toolbox", "skills"),
        ("Stack:", "skills"),
        ("## Where I've worked", "experience"),
        ("Experience & Projects:", "experience"),
    ],
)
def test_headings_in_less_usual_forms(heading: str, name: str) -> None:
    from mlcareer.documents.sections import heading_name

    assert heading_name(heading) == name


def test_a_letter_spaced_heading_names_no_skill(profile_of: ProfileOf) -> None:
    profile = profile_of("S K I L L S\nPython, SQL\n\nE D U C A T I O N\nBSc Physics, 2015\n")
    assert [s.name for s in profile.sections] == ["skills", "education"]
    assert ids(profile) >= {"python", "sql"}
    assert "c" not in ids(profile)


@pytest.mark.parametrize(
    "gap",
    [
        "Career break (family care)    Mar 2019 – Jun 2021",
        "Sabbatical — travel and caregiving | Mar 2019 - Jun 2021",
        "Parental leave\nMar 2019 – Jun 2021",
        "Data Science Immersive — Codeway Bootcamp    Mar 2019 – Jun 2021",
    ],
)
def test_a_break_or_a_bootcamp_among_jobs_is_no_work(profile_of: ProfileOf, gap: str) -> None:
    text = f"Experience\nData Analyst, Acme    Jan 2022 – Dec 2023\n{gap}\n"
    profile = profile_of(text)
    assert len(profile.experience.ranges) == 2
    assert profile.experience.years == 2.0


def test_teaching_at_a_bootcamp_is_work(profile_of: ProfileOf) -> None:
    text = "Experience\nInstructor, Codeway Bootcamp    Jan 2022 – Dec 2023\n"
    assert profile_of(text).experience.years == 2.0


@pytest.mark.parametrize(
    "unpaid",
    [
        "Volunteer Mentor 2014 - 2015",
        "Data Analyst (Volunteer), Food Bank    Mar 2014 – Feb 2016",
        "Volunteer Firefighter, Lakeside\nJun 2015 – May 2016",
    ],
)
def test_a_volunteer_role_among_jobs_is_no_paid_work(profile_of: ProfileOf, unpaid: str) -> None:
    text = f"Experience\nData Analyst, Acme    Jan 2022 – Dec 2023\n{unpaid}\n"
    profile = profile_of(text)
    assert len(profile.experience.ranges) == 2
    assert profile.experience.years == 2.0


def test_managing_volunteers_is_a_paid_job(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nData Analyst, Acme    Jan 2022 – Dec 2023\n"
        "Volunteer Coordinator, City Hospital    Jan 2018 – Dec 2019\n"
        "Case Manager, Volunteers of America    Jan 2016 – Dec 2017\n"
    )
    assert profile_of(text).experience.years == 6.0


def test_a_title_above_the_company_and_the_dates(profile_of: ProfileOf) -> None:
    profile = profile_of(
        "Work history\nNLP Engineer\nSeegras Media GmbH, Hamburg\nMar 2022 – Present\n"
        "* Built search\n\nJunior Data Scientist\nAlsterblick Bank AG\nSep 2019 – Feb 2022\n"
        "* Fraud models\n",
        doc_type="resume",
    )
    assert profile.experience.titles == ["NLP Engineer", "Junior Data Scientist"]


def test_a_place_beside_the_dates_leaves_the_title_above(profile_of: ProfileOf) -> None:
    profile = profile_of(
        "Experience\nSenior ML Engineer, Fjord Robotics AS\nOslo · 2020 – Present\n"
        "- Built perception models\nAcme GmbH, Berlin  2016 – 2019\n",
        doc_type="resume",
    )
    # a company beside its dates, below a line that names no role, stays the title
    assert profile.experience.titles == [
        "Senior ML Engineer, Fjord Robotics AS",
        "Acme GmbH, Berlin",
    ]
    assert profile.experience.level == "senior"


def test_a_place_set_after_the_title_is_no_part_of_it(profile_of: ProfileOf) -> None:
    """LaTeX templates (Jake's resume) set the place flush right on the title's line, which a
    PDF reads as one line: "Machine Learning Intern Remote"."""
    profile = profile_of(
        "Experience\nNimbus Analytics | Austin, TX   Jun 2021 -- Aug 2021\n"
        "Machine Learning Intern   Remote\n• Built models\n"
        "Orbit Data   Jan 2019 -- May 2021\nData Scientist San Francisco, CA\n• Built more\n"
        "Quill Search   Jan 2017 -- Dec 2018\nResearch Scientist, NLP\n• Ranked results\n",
        doc_type="resume",
    )
    assert profile.experience.titles == [
        "Machine Learning Intern",
        "Data Scientist",
        "Research Scientist, NLP",
    ]


# A resume scraped from a job site into one line: labels instead of heading lines.
FLATTENED = (
    "Skills * Python * SQL * Tableau Education Details June 2012 to May 2016 B.Tech Computer"
    " Science Orion Institute Data Analyst Data Analyst - Lumen Retail Skill Details Python-"
    " Experience - 36 months SQL- Experience - 24 months Company Details company - Lumen Retail"
    " description - March 2019 to Present Built sales dashboards in Tableau and wrote SQL"
    " queries for weekly reports; automated data cleaning with Python scripts\n"
)


def test_labels_in_a_flattened_resume_open_its_sections(profile_of: ProfileOf) -> None:
    profile = profile_of(FLATTENED)
    assert [(s.name, s.heading) for s in profile.sections] == [
        ("skills", "Skills"),
        ("education", "Education Details"),
        ("skills", "Skill Details"),
        ("experience", "Company Details"),
    ]
    python = next(hit for hit in profile.skills if hit.id == "python")
    assert [m.section for m in python.mentions] == ["skills", "skills", "experience"]
    study, work = profile.experience.ranges
    assert (study.section, work.section) == ("education", "experience")


def test_a_label_whose_letter_folds_apart_opens_nothing_and_breaks_nothing(
    profile_of: ProfileOf,
) -> None:
    # "İ" (dotted capital I) matches "i" ignoring case but lower-cases to two characters
    profile = profile_of(FLATTENED.replace("Skills *", "SKİLLS *"))
    assert [s.name for s in profile.sections] == ["education", "skills", "experience"]


def test_labels_are_no_sections_in_prose_or_in_a_resume_set_out_in_lines(
    profile_of: ProfileOf,
) -> None:
    """A label's word in a sentence, a skill's duration ("Experience - 36 months") or a
    lower-case word opens nothing; a resume with heading lines keeps its own sections."""
    prose = (
        "Worked with the education team on skills training and their experience of learning;"
        " Python- Experience - 36 months; taught at Pearson Education for two years; "
    )
    assert profile_of(prose * 3 + "\n", "resume").sections == []
    lined = FLATTENED.replace(" Education Details", "\nEducation\n")
    assert [s.name for s in profile_of(lined).sections] == ["education"]


def test_a_flattened_resume_gives_no_run_on_text_as_a_title(profile_of: ProfileOf) -> None:
    """Beside a range in one long line stand skills, labels and duties, not a title."""
    profile = profile_of(FLATTENED.replace("Company Details", "Employer"))
    assert profile.experience.titles == []


def test_a_degree_in_a_flattened_line_takes_its_field_from_its_own_words(
    profile_of: ProfileOf,
) -> None:
    """In one long line the words before a degree and past its year belong to other entries:
    the bachelor's field is not the MBA's finance, nor the business of the job after it."""
    profile = profile_of(
        "Skills * Excel * SQL * Visio Education Details MBA Finance Redwood School of"
        " Management 2014 B.Tech Computer Science Eastfield Institute 2012 Business Analyst"
        " Business Analyst - Norcap Advisory Company Details company - Norcap Advisory"
        " description - Apr 2015 - Present Gathered requirements from stakeholders\n"
    )
    fields = {degree.level: degree.field for degree in profile.education.degrees}
    assert fields == {"master": "economics", "bachelor": "computer science"}


def test_vit_is_a_model_only_beside_vision_words(profile_of: ProfileOf) -> None:
    """ "VIT" is also a college: "B.Tech Mechanical VIT 2012" names no vision transformer."""
    college = profile_of("Education\nB.Tech Mechanical VIT 2012, then Business Analyst\n")
    assert "vision-transformers" not in ids(college)
    model = profile_of("Projects\nFine-tuned ViT models for image classification\n")
    assert "vision-transformers" in ids(model)


# A resume set out in lines without a heading: a summary over 200 characters, then a skills
# label on a line of its own and the jobs below it.
UNHEADED_WITH_A_LONG_SUMMARY = (
    "Mira Okafor\n"
    "Machine learning engineer with six years of experience building recommendation and"
    " search systems; I turn messy data into reliable production models, mentor junior"
    " engineers and care about experimentation, evaluation and the skills of the team.\n"
    "Skills: Python, PyTorch, SQL, Docker\n"
    "Senior ML Engineer, Lumen Retail, Jan 2019 - Present\n"
    "- Built Spark pipelines and served models on Kubernetes\n"
    "Data Scientist, Orion Bank, Jun 2016 - Dec 2018\n"
    "- Built churn models with scikit-learn\n"
)


def test_a_long_summary_does_not_make_a_resume_flattened(profile_of: ProfileOf) -> None:
    """Most of the text is in short lines: the "Skills:" line opens no section that runs
    to the end and takes the jobs (their years and their skills) into it."""
    profile = profile_of(UNHEADED_WITH_A_LONG_SUMMARY, "resume")
    assert profile.sections == []
    spark = next(hit for hit in profile.skills if hit.id == "apache-spark")
    assert [m.section for m in spark.mentions] == [None]
    assert profile.experience.years > 8


def test_a_long_skills_line_is_its_own_section_only(profile_of: ProfileOf) -> None:
    """A resume of paragraphs, each job a long line: a skills label opening one long line
    makes that line a skills section, not the jobs' lines below it."""
    skills = (
        "Technical Skills: Python, SQL, PyTorch, TensorFlow, scikit-learn, XGBoost, Hive,"
        " Airflow, Docker, Kubernetes, Tableau, Power BI, statistics, A/B testing, NLP,"
        " computer vision, time series forecasting, AWS SageMaker, Hadoop, Looker"
    )
    job = (
        "Senior Data Scientist, Lumen Retail, Pune (Jan 2020 - Present): built demand"
        " forecasting models in Python and PyTorch, served them on Kubernetes, and ran"
        " A/B tests on pricing; led a team of four and presented results every quarter.\n"
    )
    profile = profile_of(f"Priya Raman\n{skills}\n{job}", "resume")
    assert [(s.name, s.heading) for s in profile.sections] == [("skills", "Technical Skills")]
    kubernetes = next(hit for hit in profile.skills if hit.id == "kubernetes")
    assert [m.section for m in kubernetes.mentions] == ["skills", None]
    assert profile.experience.years > 5


def test_a_flattened_section_goes_on_past_the_cut_of_a_very_long_line(
    profile_of: ProfileOf,
) -> None:
    """Reading cuts a line over 1,000 characters at a space; the section open at the cut
    goes on into the next piece."""
    duties = " Built sales dashboards in Tableau and wrote SQL queries for weekly reports;" * 12
    text = FLATTENED.rstrip("\n") + duties + " Education Details B.Tech Computer Science 2016\n"
    profile = profile_of(text)
    assert profile.text.count("\n") > 1  # cut
    tableau = next(hit for hit in profile.skills if hit.id == "tableau")
    assert {m.section for m in tableau.mentions[1:]} == {"experience"}
    assert profile.sections[-1].name == "education"


def test_vit_beside_model_words_or_with_its_size_is_a_model_and_a_cs_college_is_not(
    profile_of: ProfileOf,
) -> None:
    """ "Benchmarked ViT, Swin and DeiT", "ViT-B/16 backbones" (its size is no other word
    glued on) name the model; "VIT" after "Computer Science" is still the college."""
    for line in ("Benchmarked ViT, Swin and DeiT on defects", "Trained ViT-B/16 backbones"):
        assert "vision-transformers" in ids(profile_of(f"Experience\n- {line}\n", "resume"))
    college = profile_of("Education\nB.Tech Computer Science, VIT Vellore, 2019\n", "resume")
    assert "vision-transformers" not in ids(college)


# A flattened resume's education: several degrees on one line, written without their last dot.
_FLAT_TAIL = (
    " Skill Details Communication- Exprience - 6 months Company Details company - Sunrise"
    " School description - Planned lessons and ran classroom activities for the year\n"
)


@pytest.mark.parametrize(
    ("education", "highest", "levels"),
    [
        ("B.Ed University of Pune M.A English English Teacher", "master", 2),
        ("B.Ed 2010 M.A English 2008 B.A 2006 English Teacher", "master", 3),
        ("M.A Sociology Delhi University 2012 B.A History Hillside College 2010", "master", 2),
    ],
)
def test_an_undotted_ma_or_ba_in_a_flattened_line_is_a_degree(
    profile_of: ProfileOf, education: str, highest: str, levels: int
) -> None:
    """ "M.A English", "B.A 2006": a degree without its last dot, before a field or a year."""
    profile = profile_of("Skills Lesson planning Education Details " + education + _FLAT_TAIL)
    assert profile.education.highest == highest
    assert len(profile.education.degrees) == levels


@pytest.mark.parametrize(
    "education",
    [
        "B.Ed University of Pune M.A English English Teacher",
        "B.Com Skill Details Payroll- Exprience - 12 months Company Details company - Wipro BPO",
        "MBA Skill Details Payroll- Exprience - 12 months Company Details company - Wipro BPO",
    ],
)
def test_a_flattened_degree_takes_no_field_from_words_further_on(
    profile_of: ProfileOf, education: str
) -> None:
    """In one long line a field follows its degree at once ("M.A English"); a school's
    "University of Pune" or a skill's "Payroll- Exprience" further on is none."""
    profile = profile_of("Skills Payroll Education Details " + education + _FLAT_TAIL)
    fields = [degree.field for degree in profile.education.degrees]
    for other in ("Pune", "Exprience", "Wipro", "Skill"):
        assert not any(other in (field or "") for field in fields)


def test_a_flattened_field_ends_where_a_job_title_starts(profile_of: ProfileOf) -> None:
    """ "M.A English English Teacher": the field is English; the title after it is not."""
    profile = profile_of(
        "Skills Lesson planning Education Details B.Ed University of Pune M.A English English"
        " Teacher" + _FLAT_TAIL
    )
    assert profile.education.field == "English"


@pytest.mark.parametrize("header", ["Ravi B.A, Pune", "Anitha B.A - Chennai"])
def test_undotted_initials_after_a_given_name_are_no_degree(
    profile_of: ProfileOf, header: str
) -> None:
    """ "Ravi B.A, Pune": a name with its initials after it, as South Indian names are written."""
    profile = profile_of(
        header + "\nExperience\nData Analyst, Acme, Jan 2019 - Present\n- Built dashboards\n"
    )
    assert profile.education.highest is None


@pytest.mark.parametrize("line", ["Completed B.A, 2015", "Economics B.A, Hillside College"])
def test_an_undotted_ba_after_a_verb_or_a_field_is_a_degree(
    profile_of: ProfileOf, line: str
) -> None:
    profile = profile_of(
        "Experience\nData Analyst, Acme, Jan 2019 - Present\nEducation\n" + line + "\n"
    )
    assert profile.education.highest == "bachelor"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Staff Accountant", None),
        ("Staff Nurse - Medical Ward", None),
        ("Staff Auditor", None),
        ("Staff Software Engineer", "senior"),
        ("Staff Machine Learning Engineer", "senior"),
        ("Staff Data Scientist, Ads", "senior"),
        ("Senior Staff Accountant", "senior"),
    ],
)
def test_staff_is_a_senior_rung_only_of_engineers_and_scientists(
    profile_of: ProfileOf, title: str, level: str | None
) -> None:
    """'Staff Accountant' and 'Staff Nurse' are the ordinary posts of their trades; 'Staff
    Engineer' is the rung above senior."""
    profile = profile_of(f"{title}\n\nRequirements\n- Excel\n", doc_type="posting")
    assert profile.posting is not None and profile.posting.level == level


def test_an_unknown_document_kind_from_the_python_api_is_a_value_error(tmp_path: Path) -> None:
    from mlcareer.api import extract

    resume = tmp_path / "cv.txt"
    resume.write_text("Ana Lind\n\nSkills\nPython\n", encoding="utf-8")
    with pytest.raises(ValueError, match="doc_type must be one of auto, resume, posting"):
        extract(resume, doc_type="jd")  # type: ignore[arg-type]
