"""Skill words that, in their sentence, name something other than the skill: software that
communicates with software, a mentor the hire is given, the posting's mailbox, the company's
own teams, hiring and culture. Each case keeps a sentence where the same word is the skill."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def mentions(found: Profile, skill: str) -> list[str]:
    """The written mentions of a skill, in order."""
    return [m.text for hit in found.skills if hit.id == skill for m in hit.mentions]


def posting(duties: str, asks: str = "- 3+ years of Python") -> str:
    return f"Software Engineer\n\nWhat you will do\n{duties}\n\nRequirements\n{asks}\n"


@pytest.mark.parametrize(
    "duty",
    [
        "- Build a React front end communicating with our backend services.",
        "- Our services communicate over gRPC with each other.",
        "- Design the communication between microservices.",
        "- Own inter-service communication and message queues.",
        "- Write firmware that communicates with sensors via SPI.",
        "- Maintain the mobile app, which communicates with the API through GraphQL.",
        "- Implement communication protocols and the communication layer.",
    ],
)
def test_software_that_communicates_is_not_the_soft_skill(profile_of: ProfileOf, duty: str) -> None:
    found = profile_of(posting(duty, "- Strong communication skills"), "posting")
    assert mentions(found, "communication") == ["communication skills"], duty


@pytest.mark.parametrize(
    "duty",
    [
        "- Communicate with the backend team about API changes.",
        "- Communicating with customers via email and phone.",
        "- Communicate results to stakeholders and product managers.",
        "- Excellent communication with engineering teams.",
        "- You will communicate our roadmap to the sales team.",
        "- Communicate with the backend and frontend teams.",
        "- Communicate with host providers about outages.",
    ],
)
def test_people_who_communicate_keep_the_soft_skill(profile_of: ProfileOf, duty: str) -> None:
    assert mentions(profile_of(posting(duty), "posting"), "communication"), duty


def test_a_resumes_software_that_communicates_is_no_evidence(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nBackend Engineer, Acme, 2020 - 2024\n"
        "- Built a Go service communicating with Kafka and PostgreSQL.\n"
        "- Communicated design trade-offs to product managers.\n"
    )
    assert mentions(profile_of(text, "resume"), "communication") == ["Communicated"]


@pytest.mark.parametrize(
    "offer",
    [
        "- Our mentor will guide you through your first weeks.",
        "- You will be paired with a mentor.",
        "- Mentorship from senior engineers.",
        "- Regular coaching by your team lead.",
        "- Receive structured mentoring in your first year.",
        "- A structured mentorship programme for every new joiner.",
        "- Our Mentor spends much of his time mentoring newcomers.",
    ],
)
def test_a_mentor_given_to_the_hire_is_not_asked(profile_of: ProfileOf, offer: str) -> None:
    found = profile_of(posting("- Ship features.", f"- Python\n{offer}"), "posting")
    assert not mentions(found, "mentoring") + mentions(found, "coaching"), offer


@pytest.mark.parametrize(
    "ask",
    [
        "- Mentor junior engineers.",
        "- Experience mentoring others.",
        "- You will act as a mentor to junior data scientists.",
        "- You are an experienced mentor.",
        "- A mentor to less experienced colleagues.",
        "- Lead our mentoring program for new graduates.",
        "- Mentorship of junior staff.",
    ],
)
def test_mentoring_asked_of_the_hire_stays(profile_of: ProfileOf, ask: str) -> None:
    assert mentions(profile_of(posting("- Ship features.", ask), "posting"), "mentoring"), ask


def test_a_resume_writer_mentored_by_others_shows_no_mentoring(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nData Analyst, Acme, 2021 - 2024\n"
        "- Mentored by the head of research on causal inference.\n"
        "- Mentored three interns through their first projects.\n"
    )
    found = profile_of(text, "resume").skills
    assert [m.start for h in found if h.id == "mentoring" for m in h.mentions] == [
        text.index("Mentored three")
    ]


def closing(lines: str) -> str:
    return posting("- Ship features.", "- 3+ years of Python") + f"\n{lines}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Send your CV to recruiting@acme.com.",
        "Questions? Contact Recruiting at jobs@acme.com.",
        "Apply at https://jobs.acme.io/recruiting/apply today.",
        "Apply at careers.acme.io/recruiting before May.",
        "Write to our Talent Acquisition team with any questions.",
        "Please send your application to recruitment (at) acme.com",
        "Recruiting: jobs@acme.com",
        "Applications by mail to recruiting [email protected]",
        "We are recruiting engineers across Europe.",
        "Acme is currently recruiting for several teams.",
    ],
)
def test_the_postings_mailbox_and_hiring_are_not_recruiting(
    profile_of: ProfileOf, line: str
) -> None:
    assert not mentions(profile_of(closing(line), "posting"), "recruiting"), line


def test_a_contact_line_names_a_team_not_a_skill(profile_of: ProfileOf) -> None:
    line = "Questions about plans for enterprise customers? Contact Sales at sales@acme.com."
    found = profile_of(closing(line), "posting")
    assert not mentions(found, "sales")


@pytest.mark.parametrize(
    "ask",
    [
        "- Experience with full-cycle recruiting",
        "- You will own technical recruiting for our data teams.",
        "- Coordinate recruiting with hiring managers and contact candidates.",
    ],
)
def test_recruiting_asked_of_the_hire_stays(profile_of: ProfileOf, ask: str) -> None:
    assert mentions(profile_of(posting(ask), "posting"), "recruiting"), ask


def about(prose: str, asks: str = "- 3+ years of Python") -> str:
    return f"Data Scientist\n\nAbout us\n{prose}\n\nRequirements\n{asks}\n"


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("Our leadership team has decades of experience.", "leadership"),
        ("You will work closely with customer support and sales.", "customer-service"),
        ("Work closely with customer support and sales to learn what customers need.", "sales"),
        ("Partner with our marketing team on campaign experiments.", "marketing"),
        ("Present findings to senior leadership every quarter.", "leadership"),
        ("You will report to the leadership team.", "leadership"),
        ("Collaborate with sales on pricing for enterprise customers.", "sales"),
        ("Our global customer service organisation spans five countries.", "customer-service"),
        ("Communicate findings to product and leadership in writing.", "leadership"),
        ("Explain model trade-offs to engineering and senior leadership.", "leadership"),
        ("Share results with product and leadership each week.", "leadership"),
    ],
)
def test_the_companys_own_teams_are_not_asked(
    profile_of: ProfileOf, sentence: str, skill: str
) -> None:
    assert not mentions(profile_of(about(sentence), "posting"), skill), sentence


@pytest.mark.parametrize(
    ("ask", "skill"),
    [
        ("- Leadership experience", "leadership"),
        ("- Senior leadership experience in a scale-up", "leadership"),
        ("- Customer support experience is a plus", "customer-service"),
        ("- Experience leading a sales team with quota targets", "sales"),
        ("- You will lead the customer support team.", "customer-service"),
        ("- Technical leadership of a team of five", "leadership"),
        ("- Experience in working with compliance across the EU", "regulatory-compliance"),
        ("- You will head up one of our customer service teams.", "customer-service"),
        ("- Join our sales team and grow enterprise accounts.", "sales"),
        ("- Communicate a vision and show leadership to product teams", "leadership"),
        # "with" after a skill's noun joins a second skill, not an audience
        ("- Outstanding communication skills along with leadership", "leadership"),
        ("- Strong presentation skills with leadership", "leadership"),
        ("- Pair excellent communication with leadership", "leadership"),
    ],
)
def test_the_same_words_asked_of_the_hire_stay(profile_of: ProfileOf, ask: str, skill: str) -> None:
    assert mentions(profile_of(about("We build tools.", ask), "posting"), skill), ask


def test_a_resume_keeps_its_leadership_team(profile_of: ProfileOf) -> None:
    text = "Experience\nHead of Data, Acme, 2019 - 2024\n- Member of our leadership team.\n"
    assert mentions(profile_of(text, "resume"), "leadership")


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("We have a culture of collaboration and open communication.", "collaboration"),
        ("We have a culture of collaboration and open communication.", "communication"),
        ("We foster a culture of trust and collaboration.", "collaboration"),
        ("Our highly motivated team ships every week.", "self-motivation"),
        ("Join our creative and innovative IT team.", "creativity"),
        ("We predominantly communicate over Slack.", "communication"),
        ("Our team communicates openly and often.", "communication"),
        ("We adapt quickly to what our customers need.", "adaptability"),
    ],
)
def test_the_companys_own_ways_are_not_asked(
    profile_of: ProfileOf, sentence: str, skill: str
) -> None:
    assert not mentions(profile_of(about(sentence), "posting"), skill), sentence


@pytest.mark.parametrize(
    ("ask", "skill"),
    [
        ("- Foster a culture of collaboration within the team.", "collaboration"),
        ("- You adapt quickly to change.", "adaptability"),
        ("- We need someone who communicates clearly.", "communication"),
        ("- Develop training programs for new staff.", "staff-training"),
        ("- Experience running training programs for sales staff.", "staff-training"),
        ("- Adapt our training programs to each new cohort.", "staff-training"),
        ("- Reinforce our compliance efforts organization-wide.", "regulatory-compliance"),
    ],
)
def test_the_same_ways_asked_of_the_hire_stay(profile_of: ProfileOf, ask: str, skill: str) -> None:
    assert mentions(profile_of(about("We build tools.", ask), "posting"), skill), ask


def test_what_a_posting_offers_asks_no_soft_skill(profile_of: ProfileOf) -> None:
    offers = (
        "What we offer\n- Flexible working hours and a flexible approach to work\n"
        "- Team spirit and a fun atmosphere\n- Top-notch training programs\n"
    )
    found = profile_of(about("We build tools.") + "\n" + offers, "posting")
    for skill in ("adaptability", "teamwork", "staff-training"):
        assert not mentions(found, skill), skill


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("We are tenacious problem solvers and pragmatic people.", "problem-solving"),
        ("You will work in a fun, collaborative and flexible environment.", "collaboration"),
        ("Join a team of hard-working and creative engineers.", "work-ethic"),
        ("With the Engineering Leadership team, set the roadmap.", "leadership"),
        ("We promote continuous learning and knowledge sharing.", "continuous-learning"),
        ("We have short communication channels and fast decisions.", "communication"),
        ("Our aim is technological leadership in robotics research.", "leadership"),
        ("Learn from the best through on-the-job coaching.", "coaching"),
    ],
)
def test_more_of_the_companys_own_words(profile_of: ProfileOf, sentence: str, skill: str) -> None:
    assert not mentions(profile_of(about(sentence), "posting"), skill), sentence


@pytest.mark.parametrize(
    ("ask", "skill"),
    [
        ("- We are looking for a problem solver.", "problem-solving"),
        ("- We are only considering self-motivated applicants.", "self-motivation"),
        ("- Proven technical leadership of ML teams.", "leadership"),
        ("- Coaching junior analysts through their first projects.", "coaching"),
        ("- Teamwork in a fast-paced environment.", "teamwork"),
        ("- Teamwork and a fast-paced environment.", "teamwork"),
        ("- Technology leadership in a scale-up.", "leadership"),
        ("- Experience leading teams of engineers, with excellent communication.", "communication"),
        (
            "- Our ideal candidate is detail-oriented, comfortable setting goals.",
            "attention-to-detail",
        ),
        ("- Uphold a collaborative and open environment.", "collaboration"),
        ("- Excellent leadership, team building and management skills.", "leadership"),
        ("- Excellent leadership team building and management skills.", "leadership"),
    ],
)
def test_more_of_the_same_words_asked_of_the_hire(
    profile_of: ProfileOf, ask: str, skill: str
) -> None:
    assert mentions(profile_of(about("We build tools.", ask), "posting"), skill), ask


# "AI" closing a product's or a firm's name ("Snorkel AI", "C3 AI") names the product, not the
# field: the generic skill is not read there. A product the taxonomy knows is read as itself.
@pytest.mark.parametrize(
    "ask",
    [
        "- Experience labelling data with Snorkel AI or Labelbox",
        "- Built dashboards on the C3 AI platform",
        "- Hands-on work with Salesforce Einstein AI",
        "- Familiarity with Azure AI services",
        "- Experience with H2O AI for AutoML",
    ],
)
def test_ai_closing_a_product_name_is_not_the_field(profile_of: ProfileOf, ask: str) -> None:
    found = profile_of(posting("- Ship models.", ask), "posting")
    assert mentions(found, "artificial-intelligence") == [], ask


def test_mosaic_ai_is_the_databricks_product(profile_of: ProfileOf) -> None:
    found = profile_of(
        posting("- Ship models.", "- Experience with Mosaic AI on Databricks"), "posting"
    )
    assert mentions(found, "artificial-intelligence") == []
    assert mentions(found, "mosaic-ai") == ["Mosaic AI"]
    assert mentions(found, "vertex-ai") == []
    vertex = profile_of(posting("- Ship models.", "- Experience with Vertex AI"), "posting")
    assert mentions(vertex, "vertex-ai") == ["Vertex AI"]
    assert mentions(vertex, "artificial-intelligence") == []


@pytest.mark.parametrize(
    "ask",
    [
        "- Experience with AI and machine learning",
        "- AI experience in production",
        "- Enterprise AI experience is a plus",  # a capital at the item's start says nothing
        "- Research in applied AI",
        "- Background in Applied AI or ML",  # an adjective's ending
        "- Python, SQL, AI",
        "- EXPERIENCE WITH AI TOOLS",
        # a field or market in capitals before it: AI applied there, no firm's name
        "- Experience with Enterprise AI deployments",
        "- Experience building Healthcare AI products",
        "- Experience in NLP and Speech AI",
        "- Hands-on work with Vision AI systems",
        "- 3+ years in Fintech AI",
    ],
)
def test_ai_as_the_field_is_still_read(profile_of: ProfileOf, ask: str) -> None:
    found = profile_of(posting("- Ship models.", ask), "posting")
    assert mentions(found, "artificial-intelligence") == ["AI"], ask


@pytest.mark.parametrize(
    "duty",
    [
        "- Experience designing network architectures for computer vision",
        "- Design network architectures and train them on GPU hardware",
        "- Network architectures (CNNs, transformers) for computer vision tasks",
    ],
)
def test_network_architectures_for_vision_on_gpus_stay_neural(
    profile_of: ProfileOf, duty: str
) -> None:
    found = {h.id for h in profile_of(posting(duty), "posting").skills}
    assert "neural-network-architectures" in found
    assert "computer-networking" not in found


def test_network_architectures_beside_computers_are_computer_networking(
    profile_of: ProfileOf,
) -> None:
    """ "network architectures" in an IT posting's list of computers and peripherals are the
    wired kind; beside models they stay the neural kind."""
    asks = "- Proficiency with computer systems, network architectures and peripherals"
    wired = {h.id for h in profile_of(posting("- Keep the office going.", asks), "posting").skills}
    assert "computer-networking" in wired
    assert "neural-network-architectures" not in wired
    neural = profile_of(posting("- Design network architectures for vision models."), "posting")
    assert "neural-network-architectures" in {h.id for h in neural.skills}
