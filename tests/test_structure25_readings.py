"""Structure, education, years and requirement misreadings earlier sessions left (structure25):
each pinned by a small text written here, with near misses that keep their reading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile
from mlcareer.models import Profile

from .posting_helpers import listed, posting_info
from .timing import fastest

ProfileOf = Callable[..., Profile]


# 1. A degree completed in or after a year is a recent degree, not one still being finished


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Bachelor's degree in Computer Science, completed by 2019 or later", None),
        ("Bachelor's degree in Computer Science, completed by 2019 or after", None),
        # near misses: a degree held by a date is still taken while being finished
        ("Bachelor's degree in Computer Science, completed by August 2027", "by August 2027"),
        ("PhD in Computer Science awarded by 2027", "by 2027"),
    ],
)
def test_structure25_degree_completed_since_a_year(
    profile_of: ProfileOf, item: str, expected: str | None
) -> None:
    info = posting_info(profile_of, listed(item, "2+ years of Python"))
    assert info.degree_required is not None
    assert info.degree_expected == expected


# 2. Years told of the reader in a posting's overview


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("You have at least 4 years of experience building data pipelines.", 4.0),
        ("You've got 3+ years of hands-on experience shipping models.", 3.0),
        ("You have over 6 years of professional experience.", 6.0),
        # near misses: time that is no work, another's years, a count beyond a career
        ("You have 2 years to finish the certification once hired.", None),
        ("You will join a team with 15 years of experience in search.", None),
        ("You have 40 years of experience behind you as a team.", None),
    ],
)
def test_structure25_overview_tells_the_readers_years(
    profile_of: ProfileOf, sentence: str, years: float | None
) -> None:
    text = (
        f"Data Engineer\n\nOverview\n{sentence} You will own our streaming platform.\n\n"
        "Requirements\n- Python, SQL, Airflow\n"
    )
    assert posting_info(profile_of, text).years_required == years


def test_structure25_overview_years_hostile_line_stays_fast(profile_of: ProfileOf) -> None:
    from mlcareer.extract.requirements import _readers_years

    hostile = "you have " * 3000 + "1"
    plain = "a" * len(hostile)
    slow = fastest(lambda: _readers_years(hostile))
    quick = fastest(lambda: _readers_years(plain + " you"))
    assert slow < max(quick * 50, 0.02)


# 3. Years as a postdoc ask a doctorate, whatever lower degree the line names


@pytest.mark.parametrize(
    ("item", "degree"),
    [
        ("Master's degree and 3+ years of post-doctoral experience in machine learning", "phd"),
        ("MSc with 2+ years of postdoc experience", "phd"),
        # near misses: years that may include a postdoc, and a master's with plain years
        ("Master's degree and 5+ years of experience, including postdoctoral research", "master"),
        ("Master's degree and 3+ years of industry experience", "master"),
    ],
)
def test_structure25_postdoc_years_ask_a_doctorate(
    profile_of: ProfileOf, item: str, degree: str
) -> None:
    info = posting_info(profile_of, listed(item, title="Research Scientist"))
    assert info.degree_required == degree


# 4. An unticked box among plain items of its list is a to-do


def _skills_list(*items: str) -> str:
    return (
        "# Lena Ortiz\nlena@example.com\n\n## Skills\n"
        + "".join(f"- {item}\n" for item in items)
        + "\n## Experience\nData Analyst, Cobalt Insights — 2020 - Present\n"
        "- Built dashboards in Tableau\n"
    )


def _negated(profile: Profile) -> dict[str, bool]:
    return {hit.id: all(m.negated for m in hit.mentions) for hit in profile.skills}


def test_structure25_unticked_box_among_plain_items(profile_of: ProfileOf) -> None:
    text = _skills_list("Python", "SQL", "[ ] Rust (learning)")
    negated = _negated(profile_of(text, "resume", "resume.md"))
    assert negated["rust"] is True
    assert negated["python"] is False and negated["sql"] is False


def test_structure25_boxes_on_every_item_are_the_lists_look(profile_of: ProfileOf) -> None:
    # near miss: every item boxed and none ticked, a template's look
    text = _skills_list("[ ] Python", "[ ] SQL", "[ ] Rust")
    negated = _negated(profile_of(text, "resume", "resume.md"))
    assert not (negated["python"] or negated["sql"] or negated["rust"])


# 5. A postgraduate certificate is a first degree's sequel, not a master's; a craft school's
# diploma is no degree


def _education_of(profile_of: ProfileOf, line: str) -> list[str]:
    text = (
        f"Priya Nand\npriya@example.com\n\nEducation\n{line}\n\n"
        "Experience\nData Analyst, Kestrel Retail — 2020 - Present\n- SQL, Python dashboards\n"
    )
    return [degree.level for degree in profile_of(text, "resume").education.degrees]


@pytest.mark.parametrize(
    ("line", "levels"),
    [
        ("PGCE Secondary Mathematics, University of Bristol, 2015", ["bachelor"]),
        ("Postgraduate Certificate in Education (PGCE), University of Bristol, 2015", ["bachelor"]),
        ("PGCert in Data Science, University of Bristol, 2015", ["bachelor"]),
        ("Culinary Arts Diploma, Leith's School of Food and Wine, 2012", []),
        ("Diploma in Pâtisserie, Le Cordon Bleu London, 2012", []),
        # near misses: a postgraduate degree and a polytechnic's diploma
        ("Postgraduate degree in Statistics, University of Leeds, 2015", ["master"]),
        ("Diploma in Computer Engineering, Government Polytechnic Pune, 2012", ["associate"]),
        ("MSc Data Science, University of Bristol, 2016", ["master"]),
    ],
)
def test_structure25_certificates_and_craft_diplomas(
    profile_of: ProfileOf, line: str, levels: list[str]
) -> None:
    assert _education_of(profile_of, line) == levels


# 6. A placement with an employer listed under "Training" is work


def _veteran(training: str) -> str:
    return (
        "Marcus Hale\nmarcus@example.com\n\nExperience\n"
        "Software Engineer, Brightline Tech — Aug 2022 - Present\n- Built Python services\n\n"
        f"Training\n{training}\n- Worked in SQL and Tableau on the analytics team\n\n"
        "Military Service\nSignals Sergeant, US Army — 2014 - 2021\n"
    )


def test_structure25_skillbridge_internship_is_a_job(profile_of: ProfileOf) -> None:
    line = "SkillBridge Internship, Northwind Data — Jan 2022 - Jun 2022"
    jobs = [job.title for job in profile_of(_veteran(line), "resume").experience.jobs]
    assert any(title.startswith("SkillBridge Internship") for title in jobs), jobs


@pytest.mark.parametrize(
    "line",
    [
        "Data Analytics Bootcamp, General Assembly — Jan 2022 - Jun 2022",
        "AWS Certified Cloud Practitioner — Jan 2022 - Jan 2025",
    ],
)
def test_structure25_training_dates_stay_no_job(profile_of: ProfileOf, line: str) -> None:
    jobs = [job.title for job in profile_of(_veteran(line), "resume").experience.jobs]
    assert len(jobs) == 2, jobs


# 7. A dated bullet inside a job: an event is no job; a role held within it keeps a clean title


def _dated_bullet_resume(bullet: str) -> str:
    return (
        "Dana Whitfield\ndana@example.com\n\nExperience\n"
        f"Data Engineer, Harbor Analytics — Jan 2018 - Present\n{bullet}\n"
        "- Built Spark pipelines for billing data\n\n"
        "Education\nBSc Computer Science, University of Leeds, 2017\n"
    )


@pytest.mark.parametrize(
    ("bullet", "titles"),
    [
        ("- 2021: moved the team to Airflow", []),
        ("- 2021 - 2022: moved the team to Airflow", []),
        ("- 2019-2021: Tech Lead, billing squad", ["Tech Lead, billing squad"]),
        ("* 2019 - 2021: Tech lead for the billing squad", ["Tech lead for the billing squad"]),
    ],
)
def test_structure25_dated_bullet_inside_a_job(
    profile_of: ProfileOf, bullet: str, titles: list[str]
) -> None:
    experience = profile_of(_dated_bullet_resume(bullet), "resume").experience
    assert [job.title for job in experience.jobs][1:] == titles
    assert experience.jobs[0].title == "Data Engineer, Harbor Analytics"


# 8. Labels in title case beside their sections in a PDF head them


def _labelled_pdf(path: Path, rows: list[tuple[str, str]]) -> Path:
    """Each label at the left margin, its section's lines 40 mm right of it, a label on the
    baseline of its section's first line."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "", 10)
    for number, (label, text) in enumerate(rows):
        y = 15 + 6 * number
        for x, words in ((15, label), (55, text)):
            if words:
                pdf.set_xy(x, y)
                pdf.cell(text=words)
    pdf.output(str(path))
    return path


_TITLE_CASE_ROWS = [
    ("", "Tomas Lindqvist"),
    ("", "Data Scientist | tomas.l@example.com"),
    ("Summary", "Data scientist working on churn and pricing."),
    ("Experience", "Senior Data Scientist, Northwind Mobility, 2021 - Present"),
    ("", "Built churn models in Python with XGBoost and SQL"),
    ("Education", "MSc Statistics, Uppsala University, 2017"),
    ("Skills", "Python, R, SQL"),
]


def test_structure25_title_case_labels_head_their_sections(
    tmp_path: Path, options: Options
) -> None:
    document = read_document(_labelled_pdf(tmp_path / "cv.pdf", _TITLE_CASE_ROWS))
    assert "\nExperience\nSenior Data Scientist, Northwind" in document.text
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    names = [section.name for section in profile.sections]
    assert names == ["summary", "experience", "education", "skills"]
    assert profile.experience.titles == ["Senior Data Scientist, Northwind Mobility"]
    [degree] = profile.education.degrees
    assert degree.text == "MSc Statistics, Uppsala University, 2017"


def test_structure25_titles_opening_with_a_headings_word_stay(tmp_path: Path) -> None:
    # near miss: jobs whose titles open with "Experience" and "Education", no label column
    # (a column labels four sections or more)
    rows = [
        ("", "Ana Ruiz"),
        ("", "Experience Design Lead, Acme, 2019 - 2021"),
        ("", "Education Consultant, Beta Learning, 2015 - 2019"),
        ("", "Skills Python, SQL"),
    ]
    text = read_document(_labelled_pdf(tmp_path / "cv.pdf", rows)).text
    assert text.splitlines() == [line for _, line in rows]


# 9. An h-index is a record of publications


def test_structure25_h_index_shows_publications(profile_of: ProfileOf) -> None:
    resume = (
        "Amal Reyes\namal@example.com\n\nSummary\nMachine learning researcher; h-index 12.\n\n"
        "Experience\nResearch Scientist, Lumen Labs — 2019 - Present\n- PyTorch models\n"
    )
    assert "publications" in {hit.id for hit in profile_of(resume, "resume").skills}
    posting = listed("PhD in machine learning", "An h-index of 10 or more", "Python")
    found = {req.id: req.importance for req in profile_of(posting, "posting").requirements}
    assert found["publications"] == "required"
    assert not [key for key in found if key.startswith("term:")]


def test_structure25_one_first_author_publication_asked(profile_of: ProfileOf) -> None:
    posting = listed("At least one first-author publication at a top ML conference", "PyTorch")
    found = {req.id: req.importance for req in profile_of(posting, "posting").requirements}
    assert found["publications"] == "required"


def test_structure25_index_words_stay_no_publications(profile_of: ProfileOf) -> None:
    # near misses: other indexes
    resume = (
        "Amal Reyes\namal@example.com\n\nExperience\nData Analyst, Lumen Labs — 2019 - Present\n"
        "- Built a price index and an HNSW index in Python\n"
    )
    assert "publications" not in {hit.id for hit in profile_of(resume, "resume").skills}


# 10. A network profile's name and headline are its header, not its sidebar's last items


def _profile_pdf(path: Path, address: str) -> Path:
    """A profile saved as PDF: the sidebar on the left, the main column to its right."""
    sidebar = [
        "Contact",
        "jose.nunez@example.org",
        f"www.linkedin.com/in/{address}",
        "(LinkedIn)",
        "Top Skills",
        "Apache Spark",
        "Honors-Awards",
        "Hackathon Winner, Data Week",
    ]
    main = [
        "José Núñez",
        "Data Engineer at Tidewater Freight | MLOps",
        "Valencia, Spain",
        "Summary",
        "I build batch and streaming pipelines.",
        "Experience",
        "Tidewater Freight",
        "Data Engineer",
        "March 2021 - Present (3 years 9 months)",
        "Built Kafka pipelines in Python.",
        "Education",
        "Universitat de València",
        "Bachelor of Science - BS, Computer Science · (2015 - 2019)",
    ]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    for x, lines in ((10, sidebar), (75, main)):
        for row, line in enumerate(lines):
            pdf.set_xy(x, 15 + 6 * row)
            pdf.cell(60 if x == 10 else 120, 5, line)
    pdf.output(str(path))
    return path


def _sections_of_mlops(profile: Profile) -> list[str | None]:
    [hit] = [hit for hit in profile.skills if hit.id == "mlops"]
    return [mention.section for mention in hit.mentions]


@pytest.mark.parametrize("address", ["josenunez", "jose-nunez-4b2a19"])
def test_structure25_profile_headline_is_no_award(
    tmp_path: Path, options: Options, address: str
) -> None:
    document = read_document(_profile_pdf(tmp_path / "Profile.pdf", address))
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    assert _sections_of_mlops(profile) == [None]
    awards = [section for section in profile.sections if section.name == "awards"]
    assert "Hackathon Winner" in document.text[awards[0].start : awards[0].end]


def test_structure25_profile_address_not_the_name_keeps_sections(
    tmp_path: Path, options: Options
) -> None:
    # near miss: an address that spells no line above the main column leaves it as it was
    document = read_document(_profile_pdf(tmp_path / "Profile.pdf", "datawizard"))
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    assert _sections_of_mlops(profile) == ["awards"]
