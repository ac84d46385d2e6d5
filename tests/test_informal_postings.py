"""Short, informal postings as job seekers paste them (a social-network post, a chat message,
a "Who is hiring" comment, a recruiter's e-mail), on small texts written here: each reads as a
posting, and its title, years and asks are read from its few lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

CHAT_POSTS = [
    "Looking for a BI analyst, SQL + Looker, 2 yrs, Chicago",
    "Need a Rust dev w/ Postgres exp, 3+ yrs, remote (Brazil), ping me",
    "@channel hiring a contract ML engineer for OCR: PyTorch + FastAPI, $90-110/hr. DM me",
    "Hiring a Principal Data Engineer at @Lumenly, Kafka/Flink/Scala, 10+ yrs, $240-280k, Austin",
    "Kestrel Robotics | Perception Engineer | Oslo or REMOTE (EU) | Full-time | €85k-110k\n\n"
    "Our stack: C++, ROS and Python. Write to jobs@kestrel.example and say you found us here.",
    "*JOB OPENING* 📣\nRole: ML Ops Engineer\nLocation: Lisbon (Hybrid)\nExp: 4-7 yrs\n"
    "✅ Python/Terraform\n✅ Kubeflow & MLflow\n👉 Share your CV with talent@nimbus.example\n",
    "Hi Robin,\n\nI saw your profile and think you'd be a strong match. My client, a logistics "
    "scale-up, is after a Data Scientist with 4+ years of Python/SQL.\n\nKind regards,\n"
    "Casey Moore\nLead Recruiter\ncasey@talentfirst.example | linkedin.com/in/caseymoore\n",
    "Hello Dana, hope all is well! Reaching out about an exciting opportunity: a Staff ML "
    "Engineer role (Spark, Airflow). If you're interested I can share the JD.\n\nThanks,\n"
    "Lee Park | lee@hunters.example | linkedin.com/in/leepark\n",
]


@pytest.mark.parametrize("text", CHAT_POSTS)
def test_an_informal_post_reads_as_a_posting(profile_of: ProfileOf, text: str) -> None:
    assert profile_of(text).doc_type == "posting"


def test_a_short_resume_with_my_words_stays_a_resume(profile_of: ProfileOf) -> None:
    cv = (
        "Jo Lind\njo@example.com\n\nExperience\nData Engineer, Acme\n2021 - Present\n"
        "- Led hiring a team of four; we use Airflow and dbt\n"
    )
    assert profile_of(cv).doc_type == "resume"


RECRUITER_MAIL = """Hi Robin,

My client, an insurance start-up, needs a Data Scientist with 4+ years of Python and SQL.
Would you be open to a quick call?

Best regards,
Casey Moore
Talent Partner at Huntwell | Scala and Kubernetes hiring specialist
casey@huntwell.example | linkedin.com/in/caseymoore
"""


def _asks(profile: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in profile.requirements}


def test_the_recruiters_signature_asks_nothing(profile_of: ProfileOf) -> None:
    profile = profile_of(RECRUITER_MAIL)
    assert profile.doc_type == "posting"
    asks = _asks(profile)
    assert asks.get("python") == "required" and asks.get("sql") == "required"
    assert "scala" not in asks and "kubernetes" not in asks
    assert not any("huntwell" in req.jd_text.lower() for req in profile.requirements)


def test_a_sign_off_with_a_long_paragraph_below_is_no_signature(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nRequirements:\n- SQL\n\nThanks!\n"
        "You will also maintain our Kafka pipelines and help the analysts with their Looker "
        "dashboards, pairing with them every week on the models they ship to production.\n"
    )
    assert "kafka" in _asks(profile_of(text, "posting"))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Brightwave | Senior Data Engineer | Lisbon or REMOTE (EU) | Full-time | "
            "€80k-95k | https://brightwave.example/jobs\n\nWe use Python, Airflow and dbt.\n",
            "Senior Data Engineer",
        ),
        (
            "We're hiring! 🙌\n\nApplied Scientist | Zurich | Full-time\n\n- PyTorch\n",
            "Applied Scientist",
        ),
        ("📣 HIRING: Analytics Engineer 📣\n📍 Dublin\n🛠️ dbt, SQL\n", "Analytics Engineer"),
        (
            "[Hiring] Junior Data Analyst - Leeds (hybrid) - £30k\n\nWe need SQL.\n",
            "Junior Data Analyst",
        ),
        ("Looking for a data engineer, Spark + Airflow, 3 yrs, Denver", "data engineer"),
    ],
)
def test_the_title_of_an_informal_post(profile_of: ProfileOf, text: str, title: str) -> None:
    info = profile_of(text, "posting").posting
    assert info is not None and info.title == title


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nMy client is hiring a data scientist with 5+ years of Python.\n",
        "#jobs post from @kim:\nhey all, my team wants someone who knows Kotlin and SQL\n",
        "We're hiring!\n\nwe need someone who knows Spark and SQL, ping me\n",
    ],
)
def test_a_greeting_or_a_call_is_no_title(profile_of: ProfileOf, text: str) -> None:
    info = profile_of(text, "posting").posting
    assert info is not None and info.title is None


def test_a_posts_hashtags_are_its_topics_not_its_asks(profile_of: ProfileOf) -> None:
    text = (
        "We're hiring! 🚀\n\nData Engineer | Remote (EU) | Full-time\n\n"
        "Must have: Spark and SQL, 3+ yrs\n\n#hiring #Python #Kubernetes\n"
    )
    asks = {req.jd_text: req.importance for req in profile_of(text, "posting").requirements}
    assert asks["Spark"] == "required" and asks["SQL"] == "required"
    assert asks["Python"] == "mentioned" and asks["Kubernetes"] == "mentioned"


def test_a_hashtag_on_the_asking_line_takes_no_years(profile_of: ProfileOf) -> None:
    profile = profile_of("Need a data engineer: Airflow, 4+ years #python\n", "posting")
    by_id = {req.id: req for req in profile.requirements}
    assert by_id["airflow"].years == 4.0
    assert by_id["python"].importance == "mentioned" and by_id["python"].years is None


def test_a_one_line_post_asks_what_it_names(profile_of: ProfileOf) -> None:
    asks = _asks(profile_of("Looking for a data analyst, SQL + Tableau, 2 yrs, NYC", "posting"))
    assert asks == {"sql": "required", "tableau": "required"}


def test_csharp_is_no_hashtag(profile_of: ProfileOf) -> None:
    asks = _asks(profile_of("Backend Developer\n\nRequirements:\n- C# and .NET\n", "posting"))
    assert asks.get("csharp") == "required"


@pytest.mark.parametrize(
    ("post", "years"),
    [
        ("🚀 We're hiring! ML Eng (remote, EU) — PyTorch + k8s, 3+ yrs exp. DM me #hiring", 3),
        ("Looking for a data analyst, SQL + Tableau, 2 yrs, NYC", 2),
        ("Data Engineer. Exp: 3-6 yrs. Spark, Airflow.", 3),
        ("Senior DS needed. Python/SQL. 8+ yrs", 8),
    ],
)
def test_a_posts_shorthand_years_are_the_years_asked(
    profile_of: ProfileOf, post: str, years: float
) -> None:
    posting = profile_of(post + "\n", "posting")
    assert posting.posting is not None and posting.posting.years_required == years


def test_shorthand_years_in_a_sectioned_posting_still_need_a_work_word(
    profile_of: ProfileOf,
) -> None:
    text = "Data Engineer\n\nAbout us\nFounded 12 yrs back in Ohio.\n\nRequirements\n- Python\n"
    posting = profile_of(text, "posting")
    assert posting.posting is not None and posting.posting.years_required is None


def test_a_post_hiring_a_named_job_is_titled_by_it(profile_of: ProfileOf) -> None:
    post = profile_of("Hiring a data engineer, Python + Spark, Berlin. DM me\n", "posting")
    assert post.posting is not None and post.posting.title == "data engineer"
