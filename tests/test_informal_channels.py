"""Postings and resumes from informal channels (small texts written here): a chat post's
cross-marked items, a forwarded e-mail's quoted posting, a personal site's blog list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.cleaning import clean_text
from mlcareer.documents.limits import Limits
from mlcareer.extract.importance import crossed_item
from mlcareer.models import Profile

from .posting_helpers import asked, posting_info
from .timing import fastest

ProfileOf = Callable[..., Profile]

CHAT_POST = """:rocket: We're hiring a Data Engineer at Fernleaf! :rocket:

✅ 3+ yrs Python
✅ dbt and Airflow
{cross} PHP
{cross} Java-only backgrounds
❌ no crypto bros

DM me if interested
"""


@pytest.mark.parametrize("cross", ["❌", "✗", "✘", "🚫", ":x:", "- ❌"])
def test_a_cross_marked_item_asks_nothing(profile_of: ProfileOf, cross: str) -> None:
    asks = asked(profile_of, CHAT_POST.format(cross=cross))
    assert "php" not in asks and "java" not in asks
    assert asks["python"].importance == "required" and asks["dbt"].importance == "required"


@pytest.mark.parametrize(
    "line",
    [
        "- PHP ✅",  # a tick after the item
        "- Python ❌ is not enough, PHP too",  # a cross inside the line, not opening it
        "- PHP (we moved off Java ❌)",
        "- PHP; x-platform apps",
    ],
)
def test_a_cross_inside_a_line_denies_nothing_new(profile_of: ProfileOf, line: str) -> None:
    asks = asked(profile_of, f"Data Engineer\n\nRequirements\n- 3+ years of Python\n{line}\n")
    assert "php" in asks


def test_a_resumes_cross_marked_skill_is_not_shown(profile_of: ProfileOf) -> None:
    cv = (
        "Experience\nData Engineer, Acme, 2020 - Present\n- Airflow pipelines\n\n"
        "Skills\n✅ Python\n✅ SQL\n❌ Java\n"
    )
    hits = {hit.id: hit for hit in profile_of(cv, "resume").skills}
    assert not hits["python"].mentions[0].negated
    assert "java" not in hits or all(m.negated for m in hits["java"].mentions)


def test_a_cross_marked_term_is_no_term_asked(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- 3+ years of Python\n- Zorblex\n❌ Quarkle Studio\n"
    asks = {req.jd_text for req in profile_of(text, "posting").requirements}
    assert "Zorblex" in asks and not any("Quarkle" in ask for ask in asks)


def test_a_long_line_of_blanks_before_a_cross_is_read_in_linear_time() -> None:
    blanks = " " * 30_000
    hostile, plain = f"{blanks}-{blanks}x ❌ PHP", f"{blanks}y{blanks}x ❌ PHP"
    assert not crossed_item(hostile) and crossed_item(f"{blanks}-{blanks}❌ PHP")
    assert fastest(lambda: crossed_item(hostile)) < 5 * fastest(lambda: crossed_item(plain)) + 0.05


FORWARDED = """---------- Forwarded message ---------
From: Sarah Lin <sarah.lin@example.com>
Sent: Tuesday, November 3, 2026 9:14 AM
Subject: FW: Data Engineer opening

Hi all, passing this along in case you know someone.

{q}We are hiring a Data Engineer to join our analytics platform team.
{q}Requirements:
{q}- 3+ years of experience with Airflow and dbt
{q}- Strong SQL and Python
{q}
{q}Nice to have:
{q}- Kafka

Thanks,
Sarah
"""


@pytest.mark.parametrize("quote", ["> ", ">", ">> ", "> > ", "  > "])
def test_a_forwarded_postings_quoted_headings_open_its_sections(
    profile_of: ProfileOf, quote: str
) -> None:
    text = FORWARDED.format(q=quote)
    profile = profile_of(text, "posting")
    asks = {req.id: req.importance for req in profile.requirements}
    assert asks["kafka"] == "preferred" and asks["airflow"] == "required"
    assert posting_info(profile_of, text).years_required == 3.0
    for req in profile.requirements:  # offsets still point into the file's own text
        hit = next(hit for hit in profile.skills if hit.id == req.id)
        assert all(text[m.start : m.end] == m.text for m in hit.mentions)


@pytest.mark.parametrize(
    "items",
    [
        "> 5 years of Python\n- Spark\n",  # one line opened by "more than"
        "> 5 years of Python\n> 3 years of Spark\n",  # two such lines
        "- >5 years of Python\n- Spark\n",
    ],
)
def test_more_than_at_a_lines_start_still_counts_years(profile_of: ProfileOf, items: str) -> None:
    text = f"Data Engineer\n\nRequirements:\n{items}"
    assert asked(profile_of, text)["python"].years == 5.0


BULLETED_WITH_ARROWS = """JOHN DOE

EXPERIENCE
Senior Data Scientist
Acme Corp, Jan 2021 - Present
> Built churn models in Python and XGBoost
> Led a team of 3 analysts
Data Analyst
Beta Ltd, Mar 2018 - Dec 2020
> SQL reporting in Tableau
> Automated ETL with Airflow

EDUCATION
MSc Statistics, 2017
"""


def test_a_resume_bulleted_with_quote_marks_keeps_its_jobs(profile_of: ProfileOf) -> None:
    profile = profile_of(BULLETED_WITH_ARROWS, "resume")
    assert [job.title for job in profile.experience.jobs] == [
        "Senior Data Scientist",
        "Data Analyst",
    ]
    assert {"python", "tableau", "airflow"} <= {hit.id for hit in profile.skills}


BLOG_BELOW_WORK = """# Sam Patel

## Experience

**ML Engineer, Quanta Labs** (Jan 2023 - Present)
- Built ranking models in PyTorch

## {heading}

- Scaling Ray on Kubernetes - Mar 2016 - Jun 2016
- Notes on Triton kernels, 2015 - 2016

## Education

BSc Computer Science, 2022
"""


@pytest.mark.parametrize(
    "heading",
    ["Blog", "Blog Posts", "Selected Writing", "Recent Posts", "Articles", "Writing & Talks"],
)
def test_a_blogs_post_dates_are_no_jobs(profile_of: ProfileOf, heading: str) -> None:
    profile = profile_of(BLOG_BELOW_WORK.format(heading=heading), "resume", "cv.md")
    assert [job.title for job in profile.experience.jobs] == ["ML Engineer, Quanta Labs"]
    assert profile.experience.years == pytest.approx(3.9, abs=0.1)
    assert "kubernetes" in {hit.id for hit in profile.skills}  # written about, still named


@pytest.mark.parametrize("item", ["- Writing", "Writing", "- Blog"])
def test_a_skill_listed_alone_is_no_blogs_heading(profile_of: ProfileOf, item: str) -> None:
    cv = (
        "Experience\nContent Lead, Acme, 2020 - Present\n- Editorial calendar\n\n"
        f"Skills\n- Communication\n{item}\n- SEO\n- Python\n"
    )
    profile = profile_of(cv, "resume")
    assert [section.name for section in profile.sections] == ["experience", "skills"]


def test_a_postings_blog_heading_opens_no_section(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Python\n\nBlog\n- Spark required\n"
    assert asked(profile_of, text)["apache-spark"].importance == "required"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "#jobs-board\n\n:rocket: *We're hiring an ML Platform Engineer!* :rocket:\n\n"
            "✅ 3+ yrs PyTorch\n",
            "ML Platform Engineer",
        ),
        (
            ":rocket: We're hiring a Data Engineer at Fernleaf! :rocket:\n\n✅ Python\n",
            "Data Engineer",
        ),
        (
            "#data-jobs #remote\nSenior Data Scientist | Acme | Remote\n\n- Python\n",
            "Senior Data Scientist",
        ),
        (":mega: Analytics Engineer :mega:\n\n- dbt\n", "Analytics Engineer"),
    ],
)
def test_the_title_of_a_chat_channels_post(profile_of: ProfileOf, text: str, title: str) -> None:
    assert posting_info(profile_of, text).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Data Engineer\n\n## Requirements\n- Python\n", "Data Engineer"),  # Markdown's heading
        ("C# Developer\n\nRequirements\n- .NET\n", "C# Developer"),
        (
            "Data Engineer: 10:30 standup daily\n\nRequirements\n- Python\n",
            "Data Engineer: 10:30 standup daily",
        ),
    ],
)
def test_titles_like_a_channels_are_read_as_before(
    profile_of: ProfileOf, text: str, title: str | None
) -> None:
    assert posting_info(profile_of, text).title == title


THREAD = """1/4 We're hiring ML engineers! 🧵

2/4 We build open-source evaluation tools for LLMs. Small team, fully remote.

3/4 Looking for folks with 2+ years shipping ML in prod. Python + PyTorch a must, JAX a plus.

4/4 Pay: $150k-$200k + equity. Apply at evalco.ai/jobs. RT appreciated! #MLjobs #hiring
"""


def test_a_threads_post_numbers_are_neither_title_nor_terms(profile_of: ProfileOf) -> None:
    profile = profile_of(THREAD, "posting")
    asks = {req.jd_text: req for req in profile.requirements}
    assert not any("Looking" in text for text in asks)
    assert asks["Python"].importance == "required" and asks["JAX"].importance == "preferred"
    assert profile.posting is not None and profile.posting.title == "ML engineers"
    assert {req.id: req.years for req in profile.requirements}["machine-learning"] == 2.0


@pytest.mark.parametrize(
    "cv",
    [
        "Experience\n1/20 - 3/20 Intern, Acme: Python scripts\n4/20 - 9/21 Analyst, Beta: SQL\n",
        "Experience\n1/20 to 3/20 Intern, Acme\n4/20 to 9/21 Analyst, Beta\n",
    ],
)
def test_month_and_year_at_a_lines_start_are_no_thread_numbers(
    profile_of: ProfileOf, cv: str
) -> None:
    assert profile_of(cv, "resume").experience.ranges


@pytest.mark.parametrize("opening", ["1/", ">", "> >"])
def test_long_blank_lines_of_a_thread_or_a_quote_are_read_in_linear_time(opening: str) -> None:
    blanks = " " * 20_000
    hostile = f"1/2 {opening}{blanks}x\n" * 3
    plain = f"1/2 {'y' * len(opening)}{blanks}x\n" * 3

    def cleaned(text: str) -> Callable[[], object]:
        return lambda: clean_text(text, [], Limits(max_line_chars=100_000))

    assert fastest(cleaned(hostile)) < 5 * fastest(cleaned(plain)) + 0.05


def test_a_subreddits_name_is_no_skill(profile_of: ProfileOf) -> None:
    text = (
        "[HIRING] Data Scientist (contract, remote)\n\nHey r/MachineLearning! Cross-posted to "
        "r/datascience.\n\nYou should know pandas and SQL.\n"
    )
    asks = asked(profile_of, text)
    assert "machine-learning" not in asks and "data-science" not in asks
    assert {"pandas", "sql"} <= set(asks)


@pytest.mark.parametrize("line", ["Skills: R/Python, SQL", "Languages: r/python/sql"])
def test_a_list_joined_by_slashes_is_no_subreddit(profile_of: ProfileOf, line: str) -> None:
    cv = f"Experience\nData Analyst, Acme, 2020 - Present\n- Reporting\n{line}\n"
    assert "python" in {hit.id for hit in profile_of(cv, "resume").skills}


GITHUB_README = """# Hi, I'm Lena 👋

- 🔭 I'm currently working on speech recognition for Yoruba
- 💬 Ask me about PyTorch and MLflow

## 📊 GitHub Stats:

![Lena's GitHub stats](https://github-readme-stats.vercel.app/api?username=lenaok)
⭐ Total Stars: 1.2k | 🔥 Current streak: 45 days | Top Langs: Python 78%
"""


def test_a_profiles_github_stats_are_no_statistics(profile_of: ProfileOf) -> None:
    skills = {hit.id for hit in profile_of(GITHUB_README, "resume", "README.md").skills}
    assert "statistics" not in skills and {"pytorch", "python"} <= skills


def test_stats_as_a_field_is_still_statistics(profile_of: ProfileOf) -> None:
    cv = "Skills\nStats, ML, SQL\n\nExperience\nAnalyst, Acme, 2020 - Present\n- Sports stats\n"
    assert "statistics" in {hit.id for hit in profile_of(cv, "resume").skills}


INMAIL = """Hi Priya,

I came across your profile and was really impressed by your work on recommendation systems at
Zalando. I'm working with my client, a Series B fintech based in London, who are building out
their ML team.

They need a Senior Machine Learning Engineer to lead their fraud detection models. The role
involves XGBoost and real-time scoring with Kafka.

Are you open to a quick chat this week?

Best regards,
Tom Hughes
Senior Talent Partner | BrightPath Recruitment
M: +44 7700 900123

Sent from my iPhone
"""


def test_a_recruiters_compliment_and_clients_trade_ask_nothing(profile_of: ProfileOf) -> None:
    asks = asked(profile_of, INMAIL)
    assert "recommender-systems" not in asks and "fintech" not in asks
    assert {"fraud-detection", "xgboost", "kafka"} <= set(asks)


@pytest.mark.parametrize(
    "line",
    [
        "We were impressed by candidates with recommendation systems experience.",
        "Your work on recommendation systems will reach millions of shoppers.",
        "Our client, a Series B fintech, needs someone with recommendation systems experience.",
    ],
)
def test_lines_like_a_compliment_still_ask(profile_of: ProfileOf, line: str) -> None:
    asks = asked(profile_of, f"Senior ML Engineer\n\n{line}\n")
    assert asks["recommender-systems"].importance in ("required", "mentioned")


@pytest.mark.parametrize(
    "line",
    [
        "DM me with your GitHub or portfolio.",
        "Send us your GitHub and a short note.",
        "Please share your GitHub profile when you apply.",
    ],
)
def test_a_github_link_asked_to_apply_is_no_skill(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Scientist\n\nYou should know pandas and SQL.\n\n{line}\n"
    asks = asked(profile_of, text)
    assert "github" not in asks and "pandas" in asks


def test_github_as_a_tool_is_still_asked(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nRequirements\n- Experience with GitHub Actions and GitHub\n"
    assert "github" in asked(profile_of, text)


@pytest.mark.parametrize(
    "closing", ["DM me if interested", "DM me for details!", "PM us if you're keen"]
)
def test_a_call_to_message_the_poster_is_no_term(profile_of: ProfileOf, closing: str) -> None:
    text = f"Data Engineer\n\nMust haves:\n- 3+ yrs Python\n- Zorblex\n\n{closing}\n"
    asks = {req.jd_text for req in profile_of(text, "posting").requirements}
    assert "Zorblex" in asks and not any(ask.startswith(("DM", "PM")) for ask in asks)
