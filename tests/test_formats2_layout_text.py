"""Plain text laid out with spaces as a printed page (what `pdftotext -layout` prints): two
columns side by side are read one after the other, and a date range a narrow column wrapped
over two lines is one range. Text that only aligns with spaces (a date column, labels beside
their sections, a table of skills, indented lists) keeps its lines and its file offsets."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.documents.text_columns import laid_out_text
from mlcareer.extract import extract_profile
from mlcareer.models import Profile

from .conftest import invoke

ProfileOf = Callable[..., Profile]

LEFT_SIDEBAR = """\
                                   PRIYA RAMANATHAN
                                   Machine Learning Engineer

CONTACT                            SUMMARY
priya.r@example.com                Machine learning engineer with six years of experience
+1 (415) 555-0142                  building ranking and forecasting systems in production.
San Jose, CA
linkedin.com/in/priyar             EXPERIENCE

SKILLS                             Senior ML Engineer, Coralbay Retail          Jan 2021 - Present
Python                             • Built demand forecasting models with LightGBM and PyTorch
SQL                                • Served models on Kubernetes with FastAPI and Docker
Apache Spark                       • Cut pipeline cost 30% by moving jobs to Apache Spark
Kubernetes
Airflow                            Data Scientist, Tallgrass Insurance          Jun 2017 - Dec 2020
                                   • Priced policies with gradient boosting in scikit-learn
LANGUAGES                          • Wrote dbt models and Airflow DAGs for the claims warehouse
English (native)
Tamil (native)                     EDUCATION
                                   M.S. in Computer Science, San Jose State University    2017
INTERESTS                          B.Tech. in Electronics, Anna University                2015
Bouldering, chess
"""

RIGHT_SIDEBAR = """\
Marcus Oyelaran-Hughes                                              marcus.oh@example.net
Data Engineer                                                       +44 7700 900123

PROFILE                                                             TECHNICAL SKILLS
Data engineer who builds reliable batch and streaming pipelines     Languages: Python, Scala,
for retail analytics teams.                                         SQL
                                                                    Data: Kafka, Flink, Spark,
EXPERIENCE                                                          Snowflake
Data Engineer, Hollin Foods                  Mar 2022 – Present     Cloud: AWS, Terraform
• Rebuilt the loyalty pipeline on Kafka and Flink
• Modelled sales data in Snowflake with dbt                         EDUCATION
                                                                    BSc Mathematics
Junior Data Engineer, Brightwater Bank       Sep 2019 – Feb 2022    University of Leeds
• Moved nightly ETL jobs from SSIS to Airflow                       2016 – 2019
"""

THEN_FULL_WIDTH = """\
Ines Carvalho
Computer Vision Engineer, Porto

SKILLS                   EXPERIENCE
Python                   Computer Vision Engineer, Lumio Robotics      2021 - Present
OpenCV                   • Trained detection models in PyTorch
TensorRT                 • Shipped models to Jetson devices with TensorRT

LANGUAGES                EDUCATION
Portuguese               MSc Electrical Engineering, University of Porto, 2018
English

PROJECTS
Open-source annotation tool written in Python and Qt, used by three research groups in Lisbon.
Hobby drone that follows a cyclist with a YOLO detector running on a Raspberry Pi at 15 fps.
"""

WRAPPED_DATES = """\
Tomas Lindqvist
Data Scientist | tomas.l@example.com

EXPERIENCE
Jan 2021 –      Senior Data Scientist, Northwind Mobility
Mar 2024        • Built churn models in Python with XGBoost and SQL
                • Ran A/B tests for pricing changes

Jun 2017 –      Data Analyst, Kestrel Bank
Dec 2020        • Built Tableau dashboards for the risk team
"""


def _section_of(profile: Profile, skill: str) -> set[str | None]:
    [found] = [s for s in profile.skills if s.name == skill]
    return {mention.section for mention in found.mentions}


def test_formats2_a_left_sidebar_is_read_before_the_main_column(
    profile_of: ProfileOf,
) -> None:
    profile = profile_of(LEFT_SIDEBAR, doc_type="resume")
    names = [section.name for section in profile.sections]
    sidebar = ["contact", "skills", "languages", "interests"]
    assert names == [*sidebar, "summary", "experience", "education"]
    experience = profile.experience
    assert experience.titles == [
        "Senior ML Engineer, Coralbay Retail",
        "Data Scientist, Tallgrass Insurance",
    ]
    assert [found.section for found in experience.ranges] == ["experience", "experience"]
    degrees = [degree.text.split(",")[0] for degree in profile.education.degrees]
    assert degrees == ["M.S. in Computer Science", "B.Tech. in Electronics"]
    assert _section_of(profile, "Tamil") == {"languages"}


def test_formats2_a_right_sidebar_keeps_each_job_in_experience(profile_of: ProfileOf) -> None:
    profile = profile_of(RIGHT_SIDEBAR, doc_type="resume")
    experience = profile.experience
    assert experience.titles == [
        "Data Engineer, Hollin Foods",
        "Junior Data Engineer, Brightwater Bank",
    ]
    work = [found.text for found in experience.ranges if found.section == "experience"]
    assert work == ["Mar 2022 – Present", "Sep 2019 – Feb 2022"]
    assert experience.years == pytest.approx(7.2, abs=0.1)  # Sep 2019 to Nov 2026
    [degree] = profile.education.degrees
    assert (degree.text, degree.level) == ("BSc Mathematics", "bachelor")
    assert "Terraform" in {skill.name for skill in profile.skills}  # beside a title before


def test_formats2_full_width_text_below_two_columns_follows_the_main_column(
    write: Callable[[str, str], Path],
) -> None:
    document = read_document(write("cv.txt", THEN_FULL_WIDTH))
    lines = document.text.splitlines()
    assert lines[:4] == ["Ines Carvalho", "Computer Vision Engineer, Porto", "", "SKILLS"]
    # the sidebar, then the main column, then the full-width section under its heading
    order = ["SKILLS", "LANGUAGES", "EXPERIENCE", "EDUCATION", "PROJECTS"]
    assert [lines.index(heading) for heading in order] == sorted(
        lines.index(heading) for heading in order
    )
    assert lines[lines.index("PROJECTS") + 1].startswith("Open-source annotation tool")
    assert document.warnings == [
        "two columns side by side: read one after the other (offsets index the text so read)"
    ]


def test_formats2_sections_side_by_side_in_one_band_are_read_in_turn(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Noor Haddad\nData Analyst\n\nEXPERIENCE\n"
        "Data Analyst, Cedar Health, 2020 - Present, building dashboards in Power BI for "
        "the finance team\n\n"
        "SKILLS                  LANGUAGES\n"
        "Python                  Arabic (native)\n"
        "SQL                     French (fluent)\n"
        "Power BI                English (fluent)\n"
    )
    profile = profile_of(text, doc_type="resume")
    assert [section.name for section in profile.sections] == ["experience", "skills", "languages"]
    assert _section_of(profile, "SQL") == {"skills"}
    assert _section_of(profile, "French") == {"languages"}


def test_formats2_a_date_range_wrapped_in_a_date_column_is_one_range(
    profile_of: ProfileOf,
) -> None:
    profile = profile_of(WRAPPED_DATES, doc_type="resume")
    ranges = [found.text for found in profile.experience.ranges]
    assert ranges == ["Jan 2021 – Mar 2024", "Jun 2017 – Dec 2020"]
    assert profile.experience.years == pytest.approx(6.8, abs=0.1)  # not open to now


@pytest.mark.parametrize(
    "text",
    [
        # a single column with its dates flush right
        "EXPERIENCE\nData Engineer, Hollin Foods                  Mar 2022 – Present\n"
        "• Rebuilt the loyalty pipeline on Kafka and Flink for the stores team\n"
        "Junior Data Engineer, Brightwater Bank       Sep 2019 – Feb 2022\n"
        "• Moved nightly ETL jobs from SSIS to Airflow\n"
        "EDUCATION\nBSc Mathematics, University of Leeds             2016 – 2019\n",
        # a table of skills whose labels name no page's section
        "SKILLS\nLanguages         Python, R, SQL\nTools             Tableau, dbt\n"
        "Cloud             AWS, GCP\nSpoken            Swedish, English\n",
        # a table of skills by kind
        "SKILLS\nLanguages       Python, SQL, Scala\nFrameworks      PyTorch, Spark\n"
        "Cloud           AWS, GCP\nTools           Git, Docker\n",
        # an indented list under each job
        "Experience\nData Analyst at Cedar Health\n    - Built dashboards in Power BI\n"
        "    - Wrote SQL for the finance team\n    - Cleaned data in Python\nSkills\n"
        "    Python, SQL\n",
    ],
)
def test_formats2_text_aligned_with_spaces_keeps_its_lines(
    write: Callable[[str, str], Path], text: str
) -> None:
    document = read_document(write("cv.txt", text))
    assert document.text == text
    assert not document.warnings
    assert laid_out_text(text) is None


def test_formats2_lines_of_many_gaps_stay_fast() -> None:
    """Lines that are all gaps take no longer a character than a real two-column page."""
    hostile = "\n".join(("ab   " * 190 + "Skills") for _ in range(200))
    page = (LEFT_SIDEBAR * (len(hostile) // len(LEFT_SIDEBAR) + 1))[: len(hostile)]

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            laid_out_text(text)
            times.append(time.perf_counter() - started)
        return min(times)

    assert best(hostile) < 3 * best(page)


def test_formats2_a_form_feed_is_a_page_break_not_a_stray_control(
    write: Callable[[str, str], Path],
) -> None:
    text = (
        "Dana Whitfield\nEXPERIENCE\nML Engineer, Harborview Labs, 2020 - Present\n"
        "\fEDUCATION\nMSc Statistics, Lakeside University, 2017 - 2019\fSKILLS\nPython, SQL\n\f"
    )
    path = write("cv.txt", text)
    document = read_document(path)
    assert not document.warnings
    assert "\nEDUCATION\n" in document.text
    assert "2017 - 2019\nSKILLS\nPython, SQL\n" in document.text  # a break between lines
    result = invoke("extract", path, "--format", "json", "--as", "resume")
    data = json.loads(result.stdout)
    assert [section["name"] for section in data["sections"]] == [
        "experience",
        "education",
        "skills",
    ]
    content = path.read_text(encoding="utf-8")
    for skill in data["skills"]:
        for mention in skill["mentions"]:
            assert content[mention["start"] : mention["end"]] == mention["text"]


def test_formats2_other_controls_still_warn(write: Callable[[str, str], Path]) -> None:
    document = read_document(write("cv.txt", "Skills\nPython\x07, SQL\x0b\n"))
    assert document.warnings == ["removed control characters from the text"]
    assert document.text == "Skills\nPython, SQL\n"


LABELLED = """\
Tomas Lindqvist
Data Scientist | tomas.l@example.com

EXPERIENCE        Senior Data Scientist, Northwind Mobility, 2021 - Present
                  Built churn models in Python with XGBoost and SQL
                  Data Analyst, Kestrel Bank, 2017 - 2020
EDUCATION         MSc Statistics, Uppsala University, 2017
Skills            Languages: Python, R, SQL
LANGUAGES         Swedish, English
"""


def _labelled_pdf(path: Path, rows: list[tuple[str, str]]) -> Path:
    """Each label in bold capitals at the left margin, its section's lines 40 mm right of it,
    a label on the baseline of its section's first line."""
    pdf = FPDF()
    pdf.add_page()
    for number, (label, text) in enumerate(rows):
        y = 15 + 6 * number
        if label:
            pdf.set_font("helvetica", "B", 10)
            pdf.set_xy(15, y)
            pdf.cell(text=label)
        if text:
            pdf.set_font("helvetica", "", 10)
            pdf.set_xy(55, y)
            pdf.cell(text=text)
    pdf.output(str(path))
    return path


def _check_labelled(profile: Profile, sections: list[str]) -> None:
    assert [section.name for section in profile.sections] == sections
    assert profile.experience.titles == [
        "Senior Data Scientist, Northwind Mobility",
        "Data Analyst, Kestrel Bank",
    ]
    [degree] = profile.education.degrees
    assert degree.text == "MSc Statistics, Uppsala University, 2017"


def test_formats2_labels_beside_their_sections_head_them_in_text(
    profile_of: ProfileOf,
) -> None:
    sections = ["experience", "education", "skills", "languages"]
    _check_labelled(profile_of(LABELLED, doc_type="resume"), sections)


def test_formats2_labels_beside_their_sections_head_them_in_a_pdf(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        (label.strip(), text.strip())
        for line in LABELLED.splitlines()
        for label, text in [(line[:18], line[18:]) if len(line) > 18 else ("", line)]
        if line
    ]
    document = read_document(_labelled_pdf(tmp_path / "cv.pdf", rows))
    assert "\nEXPERIENCE\nSenior Data Scientist, Northwind" in document.text
    # "Skills" is not in capitals: the PDF's reader left one space, as in a sentence
    assert "\nSkills Languages: Python, R, SQL\n" in document.text
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    _check_labelled(profile, ["experience", "education", "languages"])


@pytest.mark.parametrize(
    "rows",
    [
        # a table of skills in capitals: no page's section
        [("", "Ana Ruiz"), ("SKILLS", ""), ("LANGUAGES", "Python, Scala"), ("TOOLS", "Git")],
        # one label beside its text, the other headings on lines of their own
        [
            ("", "Ana Ruiz"),
            ("SUMMARY", "Data scientist in retail."),
            ("EXPERIENCE", ""),
            ("", "Data Scientist, Acme, 2020 - 2024"),
            ("EDUCATION", ""),
            ("", "BSc Physics"),
        ],
    ],
)
def test_formats2_capitals_beside_text_without_a_label_column_stay(
    tmp_path: Path, rows: list[tuple[str, str]]
) -> None:
    text = read_document(_labelled_pdf(tmp_path / "cv.pdf", rows)).text
    joined = [f"{label} {line}".strip() for label, line in rows]
    assert text.splitlines() == joined


def test_formats2_a_two_column_table_copied_with_tabs_is_read_by_column(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Ines Carvalho\nComputer Vision Engineer\n\n"
        "SKILLS\tEXPERIENCE\n"
        "Python\tComputer Vision Engineer, Lumio Robotics, 2021 - Present\n"
        "OpenCV\tTrained detection models in PyTorch\n"
        "TensorRT\tShipped models to Jetson devices\n"
        "\tResearch Assistant, University of Porto, 2018 - 2021\n"
        "LANGUAGES\tEDUCATION\n"
        "Portuguese\tMSc Electrical Engineering, University of Porto, 2018\n"
        "English\t\n"
    )
    profile = profile_of(text, doc_type="resume")
    assert [s.name for s in profile.sections] == ["skills", "languages", "experience", "education"]
    assert _section_of(profile, "OpenCV") == {"skills"}
    assert _section_of(profile, "English") == {"languages"}
    [degree] = profile.education.degrees
    assert degree.text == "MSc Electrical Engineering, University of Porto, 2018"


@pytest.mark.parametrize(
    "text",
    [
        # roles and their dates, a tab apart
        "EXPERIENCE\nData Engineer, Hollin Foods\tMar 2022 - Present\n- Rebuilt pipelines\n"
        "Data Analyst, Brightwater Bank\tSep 2019 - Feb 2022\n- Wrote SQL\n"
        "EDUCATION\nBSc Mathematics, University of Leeds\t2016 - 2019\n",
        # a table of skills and years
        "Skills\nSkill\tYears\nPython\t5\nSQL\t4\nDocker\t2\n",
        # typed text with a tab: a year opening each line is no wrapped date column
        "Dana Whitfield\tdana@example.org\nEXPERIENCE\n2019 - Data Analyst at Acme\n"
        "2021 Promoted to Senior Analyst\n",
        # sections indented with tabs, one label beside its line, a sub-heading indented
        "Dana Whitfield\nEXPERIENCE\n\tData Engineer, Acme, 2019 - 2024\n\t- Built pipelines\n"
        "\t- Wrote SQL\n\tProjects\n\t- Churn model in Python\nEDUCATION\n\tBSc Mathematics\n"
        "SKILLS\tPython, SQL\n\tDocker, Airflow\n",
    ],
)
def test_formats2_rows_with_tabs_keep_their_lines(
    write: Callable[[str, str], Path], text: str
) -> None:
    document = read_document(write("cv.txt", text))
    assert document.text == text
    assert not document.warnings
