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


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Detected DOS attacks on Linux and Windows systems with iptables", "ms-dos"),
        ("Ran Identity and Access Management for the SQL Server databases", "ms-access"),
        ("Set Role-Based Access Control on the Oracle databases and SQL tables", "ms-access"),
        ("Deployed NetApp All Flash arrays after the data center move", "adobe-flash"),
        ("Wrote drivers for NAND Flash memory in C after bring-up", "adobe-flash"),
        ("Built distribution waterfall models for private equity funds", "waterfall"),
        ("Built waterfall charts in Power BI for the project budget", "waterfall"),
        ("Desktop Support Technician (Swing Shift): Windows desktop and GUI fixes", "java-swing"),
        ("NLP models that classify social media posts by sentiment", "social-media-marketing"),
        ("Scraped social media data with Python for a pricing study", "social-media-marketing"),
        ("Designed WDM optical networks and DWDM links for the metro ring", "windows-drivers"),
        ("Engineer, Rolls-Royce, Derby, UK: embedded C for engine controllers", "apache-derby"),
        ("Software Engineer, Ant Group: Java microservices and build pipelines", "apache-ant"),
        ("Supervised the Assembly line; programmed PIC controllers in C", "assembly"),
        ("Staffed the State Assembly committee that rewrote the Education Code", "assembly"),
        ("Built Oracle Java services that load data into Kafka", "oracle-database"),
        ("Patched Oracle Linux servers and checked them with SQL scripts", "oracle-database"),
        ("Wrote Oracle NetSuite reports and saved searches over sales data", "oracle-database"),
        ("Mapped Oracle Fusion HCM data to the payroll tables", "oracle-database"),
    ],
)
def test_ordinary_phrases_beside_context_words_are_not_the_new_skills(
    profile_of: ProfileOf, line: str, absent: str
) -> None:
    """A cue word nearby does not make a set phrase ("DOS attacks", "Swing Shift", "waterfall
    charts", "social media posts") into the tool or method named like it."""
    assert absent not in resume_ids(profile_of, f"Experience\n- {line}\n")


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Wrote MS-DOS batch files and DOS command scripts", "ms-dos"),
        ("Built Access databases with VBA forms and queries", "ms-access"),
        ("Built Flash animations in ActionScript", "adobe-flash"),
        ("Delivered projects under the Waterfall methodology and Agile", "waterfall"),
        ("Ran social media campaigns that grew followers by 40%", "social-media-marketing"),
        ("Wrote WDM kernel drivers with the Windows DDK", "windows-drivers"),
        ("Java desktop GUI in Swing", "java-swing"),
        ("Tuned Oracle queries and Java batch jobs on the data warehouse", "oracle-database"),
    ],
)
def test_the_new_skills_in_their_own_words_stay(
    profile_of: ProfileOf, line: str, present: str
) -> None:
    assert present in resume_ids(profile_of, f"Experience\n- {line}\n")


@pytest.mark.parametrize("line", ["Oracle Java certification", "Oracle Linux administration"])
def test_a_vendor_before_its_product_in_a_posting_is_no_term(
    profile_of: ProfileOf, line: str
) -> None:
    """'Oracle' turned down as the database inside another Oracle product's name is no
    literal term either: the product is asked."""
    text = f"Platform Engineer\n\nRequirements\n- {line}\n- Kubernetes\n"
    asked = {r.name for r in profile_of(text, doc_type="posting").requirements}
    assert "Oracle" not in asked
    assert "Oracle Database" not in asked
