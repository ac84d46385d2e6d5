"""Resumes built the way Word, Google Docs and Canva templates build them: names and contact
lines in text boxes, a sidebar of skills in a text box or a layout table's narrow column,
section bodies in content controls."""

from __future__ import annotations

from pathlib import Path

from .test_docx_wrapped_text import bullet, content_control, docx_with, para, run, text_box


def heading(text: str) -> str:
    return f"<w:p><w:pPr><w:pStyle w:val='Heading1'/></w:pPr>{run(text)}</w:p>"


def cell(*inner: str) -> str:
    return f"<w:tc><w:tcPr><w:tcW w:w='3000' w:type='dxa'/></w:tcPr>{''.join(inner)}</w:tc>"


def layout_table(*cells: str) -> str:
    grid = "".join("<w:gridCol/>" for _ in cells)
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid><w:tr>{''.join(cells)}</w:tr></w:tbl>"


def data_scientist(path: Path) -> Path:
    """A two-column layout table: a sidebar cell of contact, skills, languages and
    certifications; a main cell of profile, experience and education in content controls."""
    sidebar = cell(
        para(run("Priya Raman")),
        para(run("priya.raman@example.com")),
        para(run("linkedin.com/in/priyaraman")),
        para(run("github.com/praman")),
        heading("Skills"),
        content_control(
            para(run("Python")),
            para(run("SQL")),
            para(run("scikit-learn")),
            para(run("Tableau")),
            para(run("A/B testing")),
        ),
        heading("Languages"),
        content_control(para(run("English (fluent)")), para(run("Tamil (native)"))),
        heading("Certifications"),
        content_control(para(run("AWS Certified Machine Learning – Specialty"))),
    )
    main = cell(
        heading("Profile"),
        content_control(
            para(
                run(
                    "Data scientist with 5 years of experience building forecasting and "
                    "churn models."
                )
            )
        ),
        heading("Experience"),
        content_control(
            para(run("Senior Data Scientist, Northwind Retail")),
            para(run("March 2021 – Present")),
            bullet("Built churn models in Python and scikit-learn that cut churn by 8%."),
            bullet("Ran A/B tests on pricing with SQL and Tableau dashboards."),
            para(run("Data Analyst, Contoso Bank")),
            para(run("June 2019 – February 2021")),
            bullet("Automated credit-risk reports in SQL and Python."),
        ),
        heading("Education"),
        content_control(
            para(run("M.Sc. in Statistics, University of Leeds, 2019")),
        ),
    )
    return docx_with(path, layout_table(sidebar, main))


def ml_engineer_header_box(path: Path) -> Path:
    """The name and contact lines in a text box anchored in the first paragraph, which is the
    heading of the summary."""
    header = text_box(
        para(run("Marcus Chen")),
        para(run("Machine Learning Engineer")),
        para(run("marcus.chen@example.com | +1 415 555 0199")),
        para(run("github.com/mchen-ml | linkedin.com/in/marcuschen")),
    )
    return docx_with(
        path,
        f"<w:p><w:pPr><w:pStyle w:val='Heading1'/></w:pPr>{header}{run('Summary')}</w:p>",
        content_control(para(run("ML engineer shipping deep learning models to production."))),
        heading("Experience"),
        content_control(
            para(run("Machine Learning Engineer, Fabrikam AI")),
            para(run("Jan 2020 – Present")),
            bullet("Trained PyTorch models and served them on Kubernetes with Docker."),
            bullet("Built feature pipelines in Spark and Airflow on AWS."),
            para(run("Software Engineer, Tailspin Toys")),
            para(run("Jul 2017 – Dec 2019")),
            bullet("Wrote Java and Python services; set up CI/CD with GitHub Actions."),
        ),
        heading("Education"),
        content_control(para(run("B.S. in Computer Science, UC San Diego, 2017"))),
        heading("Skills"),
        content_control(para(run("Python, PyTorch, TensorFlow, Docker, Kubernetes, MLflow"))),
    )


def career_changer_mid_box(path: Path) -> Path:
    """A sidebar text box anchored in a paragraph in the middle of the experience section:
    the experience continues after the anchor."""
    sidebar = text_box(
        para(run("Skills")),
        para(run("Python")),
        para(run("Pandas")),
        para(run("Machine Learning")),
        para(run("Git")),
        para(run("Languages")),
        para(run("Spanish")),
        para(run("Certifications")),
        para(run("Google Data Analytics Certificate")),
    )
    return docx_with(
        path,
        para(run("Elena Torres")),
        para(run("elena.torres@example.com · linkedin.com/in/elenatorres")),
        heading("Experience"),
        para(run("Junior Data Scientist, Litware Health")),
        f"<w:p>{sidebar}{run('September 2023 – Present')}</w:p>",
        bullet("Built patient no-show prediction models with Python and Pandas."),
        bullet("Versioned notebooks and models with Git."),
        para(run("High School Chemistry Teacher, Lincoln High School")),
        para(run("August 2015 – June 2023")),
        bullet("Taught chemistry to 150 students a year."),
        heading("Education"),
        para(run("Bachelor of Science in Chemistry, University of Texas, 2015")),
    )


def canva_export(path: Path) -> Path:
    """Canva-to-Word: every block a floating text box, all anchored in the first paragraph,
    sidebar first, then the main column."""
    name = text_box(para(run("Sam Okafor")), para(run("sam.okafor@example.com")))
    side = text_box(
        para(run("SKILLS")),
        para(run("TensorFlow")),
        para(run("Computer Vision")),
        para(run("OpenCV")),
        para(run("LANGUAGES")),
        para(run("French")),
    )
    main = text_box(
        para(run("EXPERIENCE")),
        para(run("Computer Vision Engineer, Adatum Robotics")),
        para(run("2021 - 2024")),
        para(run("• Trained TensorFlow detection models for warehouse robots.")),
        para(run("EDUCATION")),
        para(run("Master of Engineering in Electrical Engineering, McGill University, 2021")),
    )
    return docx_with(path, f"<w:p>{name}{side}{main}</w:p>")


BUILDERS = {
    "data_scientist": data_scientist,
    "ml_engineer_header_box": ml_engineer_header_box,
    "career_changer_mid_box": career_changer_mid_box,
    "canva_export": canva_export,
}
