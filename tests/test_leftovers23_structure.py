"""Structure, level, years and requirement misreadings earlier sessions left (leftovers23):
each pinned by a small text written here, with near misses that keep their reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .timing import fastest

ProfileOf = Callable[..., Profile]

_ENGLISH_CV_BODY = (
    "Data Engineer | Madrid, Spain | carlos@example.com\n\n"
    "Summary\nData engineer building pipelines in Python and Spark.\n\n"
    "Experience\nData Engineer, Acme Corp, Madrid\n03/2019 - present\n- Built ETL pipelines.\n\n"
)


# 1. A title before the writer's name on an English CV, whose education tells the degree


@pytest.mark.parametrize("name", ["Ing. Carlos Pérez", "Ing. Jan Novák", "Mgr. Jana Nová"])
def test_leftovers23_title_before_name_defers_to_education(
    profile_of: ProfileOf, name: str
) -> None:
    text = (
        f"{name}\n{_ENGLISH_CV_BODY}Education\n"
        "BSc Computer Science, Universidad Politécnica de Madrid, 2014 - 2018\n"
    )
    education = profile_of(text, "resume").education
    assert [degree.level for degree in education.degrees] == ["bachelor"]
    assert education.highest == "bachelor"


def test_leftovers23_title_before_name_kept_without_education(profile_of: ProfileOf) -> None:
    # near miss: no education section, so the title is all the CV tells of a degree
    text = f"Ing. Jan Novák\n{_ENGLISH_CV_BODY}"
    assert profile_of(text, "resume").education.highest == "master"


def test_leftovers23_ing_in_education_still_read(profile_of: ProfileOf) -> None:
    # near miss: the title written in the education section is the degree itself
    text = (
        f"Jan Novák\n{_ENGLISH_CV_BODY}Education\n"
        "Ing. in Cybernetics, Czech Technical University in Prague, 2012 - 2017\n"
    )
    assert profile_of(text, "resume").education.highest == "master"


# 2. Years asked in a posting's overview


@pytest.mark.parametrize(
    ("heading", "sentence", "years"),
    [
        ("Overview", "You bring 5+ years of ML engineering experience and strong Python.", 5.0),
        ("About the role", "We are looking for someone with 3+ years of experience in Go.", 3.0),
        ("Job Description", "You have at least 4 years of experience with Spark.", 4.0),
        # near misses: the employer's years, and a team's
        ("Overview", "Acme has 20+ years of experience in retail banking.", None),
        ("Overview", "Our team brings 10 years of experience building ML systems.", None),
        ("About the role", "You will join a team with 15 years of experience in search.", None),
    ],
)
def test_leftovers23_overview_years(
    profile_of: ProfileOf, heading: str, sentence: str, years: float | None
) -> None:
    text = (
        f"Machine Learning Engineer\n\n{heading}\nWe are growing our platform team. {sentence}\n\n"
        "Responsibilities\n- Train and deploy models.\n- Work with product teams.\n"
    )
    assert profile_of(text, "posting").posting.years_required == years


# 3. A ticked list set apart below the duties, with no heading


def _ticked_posting(ticks: str) -> str:
    return (
        "Data Engineer\n\nWhat you'll do\n- Build data pipelines in Airflow.\n"
        f"- Maintain our warehouse.\n\n{ticks}"
    )


def test_leftovers23_ticked_traits_are_required(profile_of: ProfileOf) -> None:
    posting = profile_of(
        _ticked_posting("✓ 3+ years of Python\n✓ Strong SQL\n✔ Experience with Kafka\n"),
        "posting",
    )
    asked = {r.name: r.importance for r in posting.requirements}
    assert asked["Python"] == asked["SQL"] == asked["Apache Kafka"] == "required"
    assert asked["Apache Airflow"] == "mentioned"  # the duties stay duties
    assert posting.posting.years_required == 3.0


@pytest.mark.parametrize(
    "ticks",
    [
        # near misses: ticked duties, and a ticked duties list that goes on after a blank line
        "✓ Build dashboards in Tableau\n✓ Own the Kafka roadmap\n",
        "✓ Strong focus on Tableau dashboards\n✓ Run Kafka in production\n✓ Own releases\n",
    ],
)
def test_leftovers23_ticked_duties_stay_duties(profile_of: ProfileOf, ticks: str) -> None:
    posting = profile_of(_ticked_posting(ticks), "posting")
    asked = {r.name: r.importance for r in posting.requirements}
    assert asked["Tableau"] == asked["Apache Kafka"] == "mentioned"


def test_leftovers23_ticks_under_a_ticked_duties_list(profile_of: ProfileOf) -> None:
    # near miss: the duties themselves are ticked, so the ticks after the blank line go on
    text = (
        "Data Engineer\n\nWhat you'll do\n✓ Build data pipelines in Airflow.\n\n"
        "✓ Strong focus on Kafka\n✓ 3+ years of running Tableau\n"
    )
    asked = {r.name: r.importance for r in profile_of(text, "posting").requirements}
    assert asked["Apache Kafka"] == "mentioned"


# 4. An InMail's title in prose, a forwarded mail's "Subject:" title


def test_leftovers23_inmail_title(profile_of: ProfileOf) -> None:
    text = (
        "Hi Jane,\n\nI'm recruiting a Senior ML Engineer for a fintech client in London. The "
        "team builds fraud models in Python and deploys them on Kubernetes. They need 5+ years "
        "of experience and strong PyTorch.\n\nLet me know if you'd like to chat.\nTom\n"
    )
    posting = profile_of(text, "posting")
    assert posting.posting.title == "Senior ML Engineer"
    assert posting.posting.level == "senior"
    names = {r.name for r in posting.requirements}
    # the recruiter's own act, the client's field and its town ask nothing
    assert {"Recruiting", "Fintech", "London"}.isdisjoint(names)
    assert {"Python", "Kubernetes", "PyTorch"} <= names


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # near misses: recruiting as the hire's own work, a fintech asked outright
        ("You will be recruiting engineers for our clients.", "Recruiting"),
        ("Experience in fintech is required.", "Fintech"),
    ],
)
def test_leftovers23_recruiting_and_fintech_still_asked(
    profile_of: ProfileOf, sentence: str, asked: str
) -> None:
    text = f"Talent Partner\n\nRequirements\n- {sentence}\n- Strong Python.\n"
    assert asked in {r.name for r in profile_of(text, "posting").requirements}


def test_leftovers23_forwarded_subject_title(profile_of: ProfileOf) -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: Ann Lee <ann@example.com>\n"
        "Date: Mon, Nov 2, 2026\nSubject: Fwd: Senior Data Scientist - Remote\n"
        "To: Bob <bob@example.com>\n\nHi Bob,\n\nWe need someone with 4+ years of experience "
        "in Python, SQL and causal inference. Experience with Spark is a plus.\n"
    )
    posting = profile_of(text, "posting").posting
    assert posting.title == "Senior Data Scientist"
    assert posting.level == "senior"


@pytest.mark.parametrize(
    "header",
    [
        # near misses: a subject naming no job, and a "Subject:" line with no mail above it
        "From: Ann Lee <ann@example.com>\nSubject: Quick question\n\n",
        "Course notes\nSubject: Data Scientist training\n\n",
    ],
)
def test_leftovers23_subject_without_a_job(profile_of: ProfileOf, header: str) -> None:
    text = f"{header}We need someone with 4+ years of experience in Python and SQL.\n"
    assert profile_of(text, "posting").posting.title != "Data Scientist training"


# 5. A bare "Mentoring" heading over supervised students


_ACADEMIC_CV = (
    "Dr. Maria Lopez\nAssistant Professor of Computer Science\n\n"
    "Education\nPhD Computer Science, University of Toronto, 2015 - 2020\n\n"
    "Academic Positions\nAssistant Professor, University of Oslo, 2021 - present\n\n"
    "{heading}\n{entry}\nLeo Kim, PhD student: Reinforcement learning for robotics, "
    "2021 - present\n\nPublications\nLopez M. Deep learning for sensors. NeurIPS 2021.\n"
)


@pytest.mark.parametrize("heading", ["Mentoring", "Advising", "Student Supervision"])
def test_leftovers23_mentoring_heading_over_students(profile_of: ProfileOf, heading: str) -> None:
    entry = "Anna Berg, MSc thesis: Graph neural networks for traffic forecasting, 2022"
    resume = profile_of(_ACADEMIC_CV.format(heading=heading, entry=entry), "resume")
    assert heading in [section.heading for section in resume.sections]
    # the students' degrees are theirs, not the writer's
    assert [(d.level, d.in_progress) for d in resume.education.degrees] == [("phd", False)]


def test_leftovers23_mentoring_among_skills(profile_of: ProfileOf) -> None:
    # near miss: "Mentoring" as one of a skills list's items, and over no student's entry
    text = (
        "Sam Lee\n\nSkills\nPython\nMentoring\nSQL\n\nExperience\nData Scientist, Acme, "
        "2020 - present\n- Built models.\n\nMentoring\nVolunteer coach at a coding club.\n"
    )
    resume = profile_of(text, "resume")
    assert "Mentoring" in {skill.name for skill in resume.skills}
    assert "Mentoring" not in [section.heading for section in resume.sections]


# 6. Overlapping posts: hours add up, a student's half credit does not


def _two_posts(first: str, second: str) -> str:
    return (
        f"John Smith\n\nExperience\n{first}\n01/2022 - 12/2022\n- Built dashboards in Tableau.\n\n"
        f"{second}\n01/2022 - 12/2022\n- Analysed survey data in R.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "years"),
    [
        # two half-time jobs at once fill the week: a whole year
        ("Data Analyst (part-time), Acme Ltd", "Data Analyst (part-time), Beta Ltd", 1.0),
        # a full-time job beside a student's post: the job fills it
        ("Data Analyst, Acme Ltd", "Research Assistant (part-time), University of Leeds", 1.0),
        # two student posts at once: one year at half, not a whole one
        ("Data Analyst Intern, Acme Ltd", "Research Intern, University of Leeds", 0.5),
        (
            "Teaching Assistant (part-time), University of Leeds",
            "Research Assistant (part-time), University of Leeds",
            0.5,
        ),
    ],
)
def test_leftovers23_overlapping_posts(
    profile_of: ProfileOf, first: str, second: str, years: float
) -> None:
    assert profile_of(_two_posts(first, second), "resume").experience.years == years


# 7. Faculty ranks


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Assistant Professor in Machine Learning (tenure-track)", "mid"),
        ("Tenure-Track Faculty Position in Artificial Intelligence", "mid"),
        ("Assistant or Associate Professor of Statistics", "mid"),
        ("Associate Professor of Computer Science (tenure-track)", "senior"),
        ("Full Professor, Data Science", "senior"),
        # near misses: no faculty rank
        ("Professor of Practice in Data Science", None),
        ("Associate Data Scientist", "entry"),
    ],
)
def test_leftovers23_faculty_rank_level(
    profile_of: ProfileOf, title: str, level: str | None
) -> None:
    text = (
        f"{title}\nDepartment of Computer Science\n\nQualifications\n"
        "- PhD in Computer Science or a related field.\n- A strong record of publications.\n"
    )
    assert profile_of(text, "posting").posting.level == level


# 8. Years of postdoctoral research


@pytest.mark.parametrize(
    ("item", "years", "degree"),
    [
        ("2+ years of post-doctoral research experience in machine learning.", 2.0, "phd"),
        ("2+ years of postdoc experience in machine learning.", 2.0, "phd"),
        ("At least 2 years of relevant postdoctoral experience in machine learning.", 2.0, "phd"),
        # near misses: years that may include a postdoc, and a postdoc only wished for
        ("5+ years of experience in machine learning, including postdoctoral research.", 5.0, None),
        ("Postdoctoral experience in machine learning is a plus.", None, None),
    ],
)
def test_leftovers23_postdoc_years(
    profile_of: ProfileOf, item: str, years: float | None, degree: str | None
) -> None:
    text = f"Research Scientist\n\nRequirements\n- {item}\n- Strong Python and PyTorch.\n"
    posting = profile_of(text, "posting")
    assert posting.posting.years_required == years
    assert posting.posting.degree_required == degree
    # the field of the postdoc's research is asked, not swallowed as a degree's field
    assert "Machine learning" in {r.name for r in posting.requirements}


def test_leftovers23_postdoc_title_on_a_resume_names_no_degree(profile_of: ProfileOf) -> None:
    text = (
        "Ana Ruiz\n\nExperience\nPost-doctoral Fellow, MIT, 2021 - 2023\n- Built models.\n\n"
        "Education\nMSc Statistics, University of Chile, 2016 - 2018\n"
    )
    assert [d.level for d in profile_of(text, "resume").education.degrees] == ["master"]


# 9. A web profile's recommendations


def test_leftovers23_recommendations_lend_no_skills(profile_of: ProfileOf) -> None:
    text = (
        "Jane Doe\nData Scientist at Acme\n\nExperience\nData Scientist\nAcme\n"
        "Jan 2020 - Present\nBuilt churn models in Python and SQL.\n\n"
        "Recommendations\nMark Stone\nHead of Engineering at Acme\nJane helped us migrate our "
        "models to Kubernetes and Terraform and taught the whole team Scala.\n"
    )
    skills = {skill.name for skill in profile_of(text, "resume").skills}
    assert {"Python", "SQL"} <= skills
    assert {"Kubernetes", "Terraform", "Scala"}.isdisjoint(skills)


def test_leftovers23_recommendation_systems_still_a_skill(profile_of: ProfileOf) -> None:
    # near miss: the word inside a job's bullet
    text = (
        "Jane Doe\n\nExperience\nData Scientist, Acme, 2020 - present\n"
        "- Built recommendations with Kubernetes and Scala.\n"
    )
    skills = {skill.name for skill in profile_of(text, "resume").skills}
    assert {"Kubernetes", "Scala"} <= skills


# 10. A PhD's details and milestones, an endorsement bullet


def test_leftovers23_phd_supervisor_and_transfer(profile_of: ProfileOf) -> None:
    text = (
        "Sam Park\n\nEducation\nPhD in Computer Science, University of Cambridge, 2016 - 2020\n"
        "PhD Supervisor: Prof. Jane Smith\n"
        "MPhil in Machine Learning, University of Oxford, 2014 - 2016 (PhD transfer)\n\n"
        "Experience\nResearch Engineer, DeepCo, 2020 - present\n- Trained models in PyTorch.\n"
    )
    degrees = profile_of(text, "resume").education.degrees
    assert [d.level for d in degrees] == ["phd", "master"]


def test_leftovers23_phd_thesis_without_a_phd_above(profile_of: ProfileOf) -> None:
    # near miss: a line naming a PhD with no PhD just above is a PhD of its own
    text = (
        "Sam Park\n\nEducation\nMSc in Statistics, University of Leeds, 2012 - 2013\n\n"
        "Experience\nAnalyst, Acme, 2013 - 2015\n\nResearch\n"
        "PhD Thesis: Bayesian models of traffic, University of Leeds, 2015 - 2019\n"
    )
    assert "phd" in [d.level for d in profile_of(text, "resume").education.degrees]


def test_leftovers23_endorsement_bullet(profile_of: ProfileOf) -> None:
    text = (
        "Sam Park\n\nSkills\nPython\n• Endorsed by 12 colleagues at Kafka Logistics\nSQL\n"
        "- 3 endorsements from Spark Analytics\n\nExperience\nData Engineer, Acme, "
        "2020 - present\n- Built pipelines in Python.\n"
    )
    skills = {skill.name for skill in profile_of(text, "resume").skills}
    assert skills == {"Python", "SQL"}


def test_leftovers23_endorsement_bullet_keeps_what_it_is_for(profile_of: ProfileOf) -> None:
    text = (
        "Sam Park\n\nExperience\nData Engineer, Acme, 2020 - present\n"
        "- Endorsed by colleagues for Kubernetes and Go at Acme Logistics\n"
    )
    skills = {skill.name for skill in profile_of(text, "resume").skills}
    assert {"Kubernetes", "Go"} <= skills
    assert "Logistics" not in skills


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "I'm reaching out about a Senior ML Engineer role at a Series B startup in Berlin.",
            "Senior ML Engineer",
        ),
        ("We're recruiting a Data Engineer for our London office.", "Data Engineer"),
        ("I am recruiting an experienced MLOps Engineer for one of our clients.", "MLOps Engineer"),
        ("We're hiring a Data Engineer for our team in Paris.", "Data Engineer"),
    ],
)
def test_leftovers23_recruiters_sentence_names_the_title_only(
    profile_of: ProfileOf, sentence: str, title: str
) -> None:
    text = f"Hi Sam,\n\n{sentence} They need Python.\n\nBest,\nTom\n"
    posting = profile_of(text, "posting")
    assert posting.posting.title == title
    # the title's words, the company's round and its town ask nothing
    assert [r.name for r in posting.requirements] == ["Python"]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # near misses: a licence's series, and a tool beside the job sought
        ("Experience with Series 7 licensing is required.", "Series 7"),
        ("We need a Quuxflow Engineer with Python.", "Quuxflow"),
    ],
)
def test_leftovers23_terms_beside_a_hiring_sentence(
    profile_of: ProfileOf, sentence: str, term: str
) -> None:
    text = f"Hi Sam,\n\n{sentence} They need Python.\n"
    assert term in {r.name for r in profile_of(text, "posting").requirements}


def test_leftovers23_many_degree_detail_lines_stay_fast(profile_of: ProfileOf) -> None:
    head = "Sam Park\n\nEducation\nPhD in Computer Science, University of Cambridge, 2016 - 2020\n"
    hostile = head + "PhD Supervisor: Prof. Jane Smith\n" * 800
    plain = head + "Lab Supervisor: Prof. Jane Smith\n" * 800

    def run(text: str) -> Callable[[], object]:
        return lambda: profile_of(text, "resume")

    assert fastest(run(hostile)) < 5 * fastest(run(plain)) + 0.05
