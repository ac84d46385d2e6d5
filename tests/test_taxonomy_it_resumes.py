"""Skills of IT, testing, marketing and media resumes: common tools and methods are known, and
those whose names are ordinary words (Toad, Rally, Swing, Access, Flash, Bamboo) need context."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def resume_ids(profile_of: ProfileOf, text: str) -> set[str]:
    return {hit.id for hit in profile_of(text, doc_type="resume").skills}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tools: Bugzilla, TestLink, HP Quality Center, QTP and Silk Performer",
         {"bugzilla", "testlink", "hp-alm", "qtp-uft", "silk-performer"}),
        ("Wrote test plans and test cases; ran UAT with the business users",
         {"test-management", "user-acceptance-testing"}),
        ("Queried the Oracle schema with TOAD and tracked defects in Rally",
         {"toad", "rally"}),
        ("Version control: CVS, Subversion, StarTeam", {"cvs", "starteam"}),
        ("Desktop apps in Visual C++ with MFC and the Win32 API", {"visual-cpp", "mfc", "win32"}),
        ("Java Swing front end over JDBC; messages through JMS", {"java-swing", "jdbc", "jms"}),
        ("Built APIs on MuleSoft Anypoint Studio and deployed them to CloudHub", {"mulesoft"}),
        ("Cut trailers in Final Cut Pro and Adobe Premiere", {"final-cut-pro", "adobe-premiere"}),
        ("Led market research and new product development for the EMEA region",
         {"market-research", "product-development"}),
        ("Microsoft Word, Excel, PowerPoint and Access", {"ms-access", "excel"}),
        ("Languages: C, Assembly, Python", {"assembly"}),
    ],
)  # fmt: skip
def test_it_and_business_tools_in_a_resume(
    profile_of: ProfileOf, line: str, expected: set[str]
) -> None:
    assert expected <= resume_ids(profile_of, f"Experience\n- {line}\n")


@pytest.mark.parametrize(
    ("line", "skill_id"),
    [
        ("Web front ends in Java Script and jQuery", "javascript"),
        ("Split the monolith into Micro Services on Spring Boot", "microservices"),
        ("Deployed EARs to Web logic and JBoss", "weblogic"),
        ("Reports in MS-Excel for the finance team", "excel"),
        ("Operating systems: Mac OSX, Windows, Linux", "macos"),
    ],
)
def test_spaced_and_hyphenated_spellings_join_their_skill(
    profile_of: ProfileOf, line: str, skill_id: str
) -> None:
    assert skill_id in resume_ids(profile_of, f"Experience\n- {line}\n")


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Volunteered at the zoo, feeding a Toad and two tortoises", "toad"),
        ("Organised the charity Rally for the local hospice", "rally"),
        ("Taught Swing dance classes on weekends", "java-swing"),
        ("Access to the site was by badge only", "ms-access"),
        ("Ran the Flash sale weekend for the store", "adobe-flash"),
        ("Planted Bamboo along the garden fence", "bamboo"),
        ("Cashier at CVS for two summers", "cvs"),
        ("Supervised the Assembly line of the plant", "assembly"),
        ("Sealed windows with Putty before painting", "putty"),
    ],
)
def test_ordinary_words_among_the_new_names_need_context(
    profile_of: ProfileOf, line: str, absent: str
) -> None:
    assert absent not in resume_ids(profile_of, f"Experience\n- {line}\n")
