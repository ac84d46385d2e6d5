"""How a posting's wording becomes requirements, and how a resume's rewording meets them.

Each text here is a small case written for the project, pinning one behaviour."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.documents.sections import heading_name, posting_heading
from mlcareer.extract.importance import line_importance
from mlcareer.extract.literal import coordinated_items, head_phrase
from mlcareer.extract.nlp import number_variants
from mlcareer.extract.requirements import degree_years, years_for
from mlcareer.extract.roles import role_alternatives, role_asked
from mlcareer.formats.markdown import escape
from mlcareer.literal_match import spellings
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _literal_terms(profile: Profile) -> set[str]:
    return {r.jd_text for r in profile.requirements if not r.known}


def test_a_bare_verb_is_not_a_head() -> None:
    assert head_phrase("- Ability to adapt") is None
    assert head_phrase("- Develop and maintain") is None


def test_short_unbulleted_line_in_a_list_is_an_item() -> None:
    assert head_phrase("Manual dexterity.", listed=True) == ("Manual dexterity", 0)
    assert head_phrase("Manual dexterity.") is None  # outside a requirement list
    assert head_phrase("We move fast and we value clear thinking", listed=True) is None


def test_peers_of_a_known_skill_in_one_list_are_requirements() -> None:
    line = "- Proven ability in routine troubleshooting, calibration, cleaning and testing."
    known = line.index("troubleshooting")
    items = coordinated_items(line, [(known, known + len("troubleshooting"))])
    assert [text for text, _ in items] == ["calibration", "cleaning", "testing"]
    line = "- Excel, launch planning and vendor sourcing"  # "launch" is a noun here
    assert [text for text, _ in coordinated_items(line, [(2, 7)])] == [
        "launch planning",
        "vendor sourcing",
    ]
    assert coordinated_items(line, []) == []  # no known skill: not known to be a list of skills


def test_posting_list_peers_and_lone_items_reach_the_requirements(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Requirements\n"
        "- Proven ability in basic troubleshooting, inspection and cleaning.\n"
        "Manual dexterity.\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert {"inspection", "cleaning", "Manual dexterity"} <= terms


def test_stray_fragments_beside_known_skills_are_not_terms(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Active PMP certification\n- Profound SOX knowledge\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert "Active" not in terms and "Profound" not in terms
    assert "SOX" in terms


def test_a_gerund_before_a_known_skill_is_what_is_done_with_it(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Optimising SQL queries\n- Optimizing SQL queries for speed\n"
        "- Tuning Postgres indexes\n- Building Airflow DAGs\n- Zorblex Kubernetes operators\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"Zorblex"}  # a name before a skill stays asked
    assert {"sql", "postgresql", "airflow"} <= {r.id for r in posting.requirements}


def test_case_sensitive_name_in_a_requirement_list_passes_its_guard(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Requirements\n- Extensive working knowledge of Hibernate.\n- Oracle\n",
        doc_type="posting",
    )
    asked = {r.id for r in posting.requirements if r.known}
    assert "hibernate" in asked
    assert any(r.jd_text == "Oracle" for r in posting.requirements)
    # Outside a requirement list the guard still asks for context.
    blurb = profile_of("About us\nWe hibernate in winter. Hibernate is our mascot.\n")
    assert "hibernate" not in {h.id for h in blurb.skills}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            "About the role\nWe use Snowflake daily, and candidates must be proficient in it.\n",
            "snowflake",
        ),
        ("Platform Engineer\n\nWho we are: a team that needs someone fluent in Rust.\n", "rust"),
    ],
)
def test_a_sentence_that_asks_for_a_name_is_its_context(
    profile_of: ProfileOf, text: str, skill: str
) -> None:
    posting = profile_of(text, doc_type="posting")
    assert skill in {h.id for h in posting.skills}


def test_a_plain_word_in_an_asking_sentence_stays_plain(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "About us\nWe spark change, and you must be proficient in Excel.\n"
        "Go to market with us: candidates need experience with retail.\n",
        doc_type="posting",
    )
    assert not {"apache-spark", "go"} & {h.id for h in posting.skills}


def test_plural_and_singular_phrases_match(profile_of: ProfileOf) -> None:
    assert number_variants(("attention", "to", "detail")) == [("attention", "to", "details")]
    assert number_variants(("data", "pipelines")) == [("data", "pipeline")]
    assert number_variants(("python",)) == []  # single words keep their one spelling
    resume = profile_of("Skills\n- Superior attention to details in every report\n")
    assert "attention-to-detail" in {h.id for h in resume.skills}


def test_a_reworded_skill_counts_with_partial_credit(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of("Requirements\n- Time management\n", doc_type="posting", name="jd.txt")
    resume = profile_of(
        "Experience\n- Managed time across three shifts without overtime\n",
        doc_type="resume",
        name="r.txt",
    )
    report = compare(resume, posting, options)
    assert [m.id for m in report.missing] == []
    (match,) = report.matched
    assert match.id == "time-management" and match.note == "reworded"
    assert match.credit < 1.0


def test_time_in_a_role_is_not_read_from_a_degree(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Requirements\n- 2 years of experience as a Marine Resources Manager\n",
        doc_type="posting",
        name="jd.txt",
    )
    resume = profile_of(
        "Education\nDegree in Marine Resources Management (2015 - 2019)\n\n"
        "Experience\n- Lab Assistant (2019 - 2023)\n",
        doc_type="resume",
        name="r.txt",
    )
    gap = compare(resume, posting, options).missing
    assert [m.jd_text for m in gap] == ["Marine Resources Manager"]
    assert gap[0].status == "missing"


def test_sentence_case_role_titles_keep_their_words(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- A minimum of 4 years of experience as a Computer systems analyst\n",
        doc_type="posting",
    )
    assert "Computer systems analyst" in _literal_terms(posting)


def test_markdown_escape_turns_html_into_entities() -> None:
    assert escape("<b>R&D</b> [x](y)") == "&lt;b&gt;R&amp;D&lt;/b&gt; \\[x\\]\\(y\\)"


def test_reworded_words_must_stand_close_together() -> None:
    from mlcareer.literal_match import find_reworded, resume_text

    near = resume_text("- Managed my time across three shifts\n")
    far = resume_text("- Secure handling of payroll, invoices and the office network\n")
    assert find_reworded("time management", near) is not None
    assert find_reworded("network security", far) is None


def test_a_denied_literal_term_is_not_shown(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(
        "Requirements\n- 1 year of experience as a Quandrix Operator\n",
        doc_type="posting",
        name="jd.txt",
    )
    denied = profile_of(
        "Experience\n- Ran the plant floor, though not as a Quandrix Operator (2020 - 2021)\n",
        doc_type="resume",
        name="a.txt",
    )
    held = profile_of(
        "Experience\n- Quandrix Operator at Acme (2019 - 2021)\n", doc_type="resume", name="b.txt"
    )
    assert [m.jd_text for m in compare(denied, posting, options).missing] == ["Quandrix Operator"]
    assert [m.jd_text for m in compare(held, posting, options).matched] == ["Quandrix Operator"]


@pytest.mark.parametrize(
    "line",
    [
        "- Strong across the stack, with the exception of Kubernetes.",
        "- Every tool the team used, minus Kubernetes, was mine to run.",
        "- Ran all platform services except Kubernetes.",
    ],
)
def test_exceptions_negate_a_skill(profile_of: ProfileOf, line: str) -> None:
    resume = profile_of(f"Experience\n{line}\n", doc_type="resume")
    mentions = [m for h in resume.skills if h.id == "kubernetes" for m in h.mentions]
    assert mentions and all(m.negated for m in mentions)


def test_an_acronym_the_posting_defines_is_part_of_its_wording(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- Expert knowledge of Quandrix Ledger Management (QLM)\n",
        doc_type="posting",
        name="jd.txt",
    )
    (req,) = [r for r in posting.requirements if not r.known]
    assert req.jd_text == "Quandrix Ledger Management (QLM)"
    assert "QLM" not in _literal_terms(posting)  # not a second requirement
    short = profile_of("Skills\n- QLM, Excel\n", doc_type="resume", name="a.txt")
    (match,) = compare(short, posting, options).matched
    assert match.credit == 1.0


def test_a_known_skill_met_by_the_acronym_the_posting_defines(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- Revenue Management (RVM)\n", doc_type="posting", name="jd.txt"
    )
    (req,) = posting.requirements
    assert req.id == "revenue-management"
    assert req.jd_text == "Revenue Management (RVM)"
    resume = profile_of("Experience\n- Led the RVM rollout\n", doc_type="resume", name="r.txt")
    (match,) = compare(resume, posting, options).matched
    assert match.credit == 1.0 and match.note == "as RVM"


def test_networking_certifications_and_protocols_are_skills_of_their_own(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Requirements\n- TCP/IP and Cisco routers\n- PMP certification\n", doc_type="posting"
    )
    asked = {r.id for r in posting.requirements}
    assert {"tcp-ip", "cisco-networking", "pmp"} <= asked
    assert "project-management" not in asked  # PMP implies it; it is not asked by name


def test_a_name_written_inside_a_longer_skill_counts(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of("Requirements\n- SQL\n", doc_type="posting", name="jd.txt")
    resume = profile_of(
        "Experience\n- Built SQL Server Integration Services packages for billing\n",
        doc_type="resume",
        name="r.txt",
    )
    assert "sql" not in {h.id for h in resume.skills}  # the matcher reads SSIS (SQL Server)
    (match,) = compare(resume, posting, options).matched
    assert match.id == "sql" and match.credit == 1.0


def test_a_list_item_naming_a_guarded_skill_is_a_requirement(profile_of: ProfileOf) -> None:
    prose = profile_of("About us\nWe were instructing the crew all week.\n", doc_type="posting")
    assert "instructing" not in {h.id for h in prose.skills}  # the guard wants context
    posting = profile_of(
        "Requirements\n- Instructing abilities for knowledge transfer\n", doc_type="posting"
    )
    by_id = {r.id: r for r in posting.requirements}
    assert by_id["instructing"].known and by_id["instructing"].jd_text == "Instructing"


def test_a_common_capitalised_word_does_not_cut_a_title_cased_item(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Requirements\n- Record Sleeving\n- Office Gardening\n- Zorblex K7 Support\n"
        "- Required Quandle Certification\n- Previous Barista Experience\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {
        "Record Sleeving",
        "Office Gardening",
        "Zorblex K7 Support",
        "Quandle",  # a grading word cuts nothing off
        "Barista",
    }


def test_capitalised_verbs_after_to_name_nothing(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Ability to Read and Apply Checklists to Perfection\n"
        "- Ability to Follow Instructions\n- Lead Generation\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"Checklists"}
    assert {"following-instructions", "lead-generation"} <= {r.id for r in posting.requirements}


def test_an_item_around_a_guarded_name_its_guard_turned_down_is_a_requirement(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Requirements\n- Knowledge of API monitoring\n- Sound knowledge of Windows platform\n"
        "- Experience in implementing and configuring Zorblex applications\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"API monitoring", "Zorblex"}
    # "platform" says what kind of thing Windows is: the item asks for the known skill
    assert "windows" in {r.id for r in posting.requirements if r.known}


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("- 3 years of experience as a Sr. Quandrix Developer in Ohio", "Sr. Quandrix Developer"),
        (
            "- 2 years of experience as a Lead I.T. Network Analyst.",
            "Lead I.T. Network Analyst",
        ),
    ],
)
def test_role_titles_keep_their_abbreviations(profile_of: ProfileOf, line: str, role: str) -> None:
    posting = profile_of(f"Requirements\n{line}\n", doc_type="posting")
    assert role in _literal_terms(posting)


def test_range_of_skills_in_names_what_follows() -> None:
    assert head_phrase("3. Wide range of skills in design, data modeling") == ("design", 27)


def test_fuzzy_terms_start_a_word() -> None:
    from mlcareer.literal_match import find_literal, resume_text

    assert find_literal("Mechanical", resume_text("Diploma in Electromechanical Systems\n")) is None
    found = find_literal("Kubernetes", resume_text("- Ran Kubernets clusters\n"))  # a typo
    assert found is not None and not found.exact
    # ... and ends in the word or one of its forms, not inside another name
    assert find_literal("Lambda", resume_text("- Built LambdaMART rankers for search\n")) is None
    assert find_literal("Research", resume_text("- Researching new protocols weekly\n"))
    assert find_literal("Programing", resume_text("- Python programming daily\n"))


def test_a_summary_sentence_that_asks_yields_named_terms(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Job Summary\nThe role requires deep knowledge of Zorblex K7 and our partner network.\n"
        "We are a friendly team based in Quandrix City.\n\n"
        "Requirements\n- Python\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert "Zorblex K7" in terms
    assert "Quandrix City" not in terms  # a blurb that asks for nothing
    assert "partner network" not in terms  # prose, not a named term


def test_a_literal_term_in_the_other_number_is_an_exact_match() -> None:
    from mlcareer.literal_match import find_literal, resume_text

    found = find_literal("Quandrix computer", resume_text("- Repaired Quandrix computers\n"))
    assert found is not None and found.exact


def test_clauses_and_adverbs_are_not_items() -> None:
    line = "- Negotiation, to settle hard trade-offs and build trust"
    assert coordinated_items(line, [(2, 13)]) == []
    assert head_phrase("- Ability to work efficiently in a team") is None


@pytest.mark.parametrize(
    ("bullet", "head"),
    [
        ("- Computer skills: familiarity with office tools and printers", "Computer skills"),
        ("- Basic computer skills for keeping attendance records", "computer skills"),
        ("* Strong management skills to oversee deployments", "management skills"),
    ],
)
def test_a_label_or_the_skill_itself_is_the_head(bullet: str, head: str) -> None:
    found = head_phrase(bullet)  # the posting's wording keeps "skills"
    assert found is not None and found[0] == head
    assert spellings(head) == [head.removesuffix(" skills")]  # matching drops it


@pytest.mark.parametrize(
    "bullet",
    [
        "- 1+ years of Python, including internships or substantial academic projects",
        "- Excellent communication with technical and non-technical colleagues",
        "- Solid grounding in statistics and linear algebra",
    ],
)
def test_people_and_kinds_of_work_are_not_requirements(profile_of: ProfileOf, bullet: str) -> None:
    posting = profile_of(f"Requirements\n{bullet}\n", doc_type="posting")
    terms = {t.lower() for t in _literal_terms(posting)}
    assert not terms & {"academic projects", "academic", "non-technical", "grounding"}


def test_digit_led_names_stay_whole() -> None:
    assert head_phrase("- Experience with 3D perception for robots") == ("3D perception", 18)


# Cases a review of this work found; each failed before its fix.


def test_exception_handling_is_not_a_denial(profile_of: ProfileOf) -> None:
    resume = profile_of("Experience\n- Implemented exception handling in Java services\n")
    (java,) = [h for h in resume.skills if h.id == "java"]
    assert not any(m.negated for m in java.mentions)


def test_a_denial_stops_at_the_end_of_its_clause() -> None:
    from mlcareer.literal_match import find_literal, find_reworded, resume_text

    text = resume_text("- Delivered with no downtime, migrated Zorblex agents\n")
    assert find_literal("Zorblex", text) is not None
    later = resume_text("- No time management then; later managed my time well\n")
    assert find_reworded("time management", later) is not None


def test_a_capitalised_single_name_keeps_its_number() -> None:
    from mlcareer.literal_match import find_exact, resume_text

    assert find_exact("Epic", resume_text("- Wrote epics and user stories\n")) is None
    assert find_exact("computer", resume_text("- Repaired computers\n")) is not None


def test_product_names_keep_their_number(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Experience\n- Joined the Microsoft team and built a Google sheet importer\n"
    )
    assert not {"microsoft-teams", "google-sheets"} & {h.id for h in resume.skills}


def test_a_capitalised_word_mid_sentence_is_not_always_the_skill(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Available to work weekends during Spring and Summer\n", doc_type="posting"
    )
    assert "spring" not in {r.id for r in posting.requirements}


def test_a_name_inside_a_longer_skill_respects_denials(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of("Requirements\n- SQL\n", doc_type="posting", name="jd.txt")
    resume = profile_of(
        "Experience\n- Unfamiliar with SQL Server, used spreadsheets\n", name="r.txt"
    )
    assert [m.id for m in compare(resume, posting, options).missing] == ["sql"]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("- 2 years experience as an analyst using R. Strong communication skills", "analyst"),
        ("- 3 years as Manager of a busy clinic", "Manager"),
    ],
)
def test_role_titles_end_where_the_title_ends(profile_of: ProfileOf, line: str, role: str) -> None:
    posting = profile_of(f"Requirements\n{line}\n", doc_type="posting")
    assert role in _literal_terms(posting)


def test_a_company_blurb_that_requires_things_asks_nothing(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "About us\nAcme Corp, based in Atlanta, requires every team to ship weekly.\n\n"
        "Requirements\n- Python\n",
        doc_type="posting",
    )
    assert not {"Acme Corp", "Atlanta"} & _literal_terms(posting)


def test_review_follow_ups(profile_of: ProfileOf) -> None:
    from mlcareer.literal_match import find_exact, resume_text

    # a role's title is a common noun whatever its capitals
    assert find_exact("Editor", resume_text("- Editors, 2018 - 2021\n"), any_number=True)
    # a product's name gains a plural ("SQL servers") but never loses one ("Google sheet")
    posting = profile_of("Requirements\n- Managing SQL servers\n", doc_type="posting")
    assert "sql-server" in {r.id for r in posting.requirements}
    assert head_phrase("- A firm foundation in typography") == ("typography", 23)
    assert head_phrase("3. Adroit understanding of wiring diagrams and schematics.") == (
        "wiring diagrams",
        27,
    )


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("pipelines", "pipeline"),
        ("technology", "technologies"),
        ("switches", "switch"),
        ("switch", "switches"),
        ("boss", "bosses"),
        ("analysis", None),  # only looks plural
        ("API", None),  # too short to change
    ],
)
def test_other_number(word: str, other: str | None) -> None:
    from mlcareer.number import other_number

    assert other_number(word) == other


@pytest.mark.parametrize(
    ("bullet", "head"),
    [
        ("- Ability to analyze data and identify trends", "analyze data"),
        ("- Ability to thrive in a startup environment", "startup"),
        ("- Capacity to operate efficiently in various weather conditions", "weather conditions"),
        ("- Ability to work 12-hour shifts, nights and weekends", None),
        ("- Ability to troubleshoot electrical problems", "troubleshoot electrical problems"),
        ("- Fluent with Zorblex Data Management", "Zorblex Data Management"),
        ("- Remarkable capacity for Critical Thinking", "Critical Thinking"),
        ("- Theoretical and working knowledge of Programming.", "Programming"),
        ("- Some years of involvement in Zorblex support work", "Zorblex support"),
        ("- Uses Multitasking Abilities efficiently", "Multitasking"),
        ("- Capacity planning", "Capacity planning"),
        ("- Python and SQL experience with Airflow", "Python"),
        ("- Knowledge of dental materials used in manufacturing", "dental materials"),
        ("- Solid leadership and management skills essential.", "leadership"),
        ("- Experience in a manufacturing environment", "manufacturing"),
        ("- Knowledge of essential oils", "essential oils"),
        ("- Initiative and experience with grant writing", "Initiative"),
        ("- Natural talent for sales", "sales"),
        ("- Critical eye for detail", "detail"),
        ("- Experience in a hospital setting", "hospital"),
        ("- Busy season experience", "Busy season"),
        ("- Energy efficiency in residential buildings", "Energy efficiency"),
        ("- Manage warehouse capacity for peak season", "warehouse capacity"),
        ("- Ability to lift 50 pounds", None),
        ("- Leads generation and qualification", "Leads generation"),
        (
            "- Ability to identify and resolve workflow inefficiencies",
            "resolve workflow inefficiencies",
        ),
        ("- Ability to provide guidance clearly alongside attention to detail", "guidance"),
        ("- Experienced managerial abilities and craft", "managerial"),
        ("- Deploying competencies as a Warehouse Shift Supervisor", None),
        ("- Business Analysis skills and methods", "Business Analysis skills"),
        ("- Ability to use power tools safely", "power tools"),
        ("- Background in strategy", "strategy"),
        ("- Understanding of our strategy", "strategy"),
        ("- Familiarity with ticketing tools", "ticketing"),
        ("- Long-standing skill set in livestock handling", "livestock handling"),
        ("- Some exposures to J2EE framework", "J2EE framework"),
        ("- Remarkable patience with customers", "patience"),
        ("- Exhibits keen manual dexterity", "manual dexterity"),
        ("- Thorough understanding of Zorblex K7 and Z1 capabilities", "Zorblex K7"),
        ("- Good command over executing and designing ladder logic", "ladder logic"),
        ("- Knowledge and implementation of fiber splicing.", "fiber splicing"),
        ("- Programming in Python", "Programming"),  # a skill, not a verb to skip
        ("- Lead generation and prospecting", "Lead generation"),
        ("- Learning management systems", "Learning management systems"),
        ("- Python, SQL and a passion for data", "Python"),
        ("- Experience: Zorblex administration", "Zorblex administration"),
        ("- Experience in implementing and configuring flange gaskets", "flange gaskets"),
        ("- Knowledge in defining and solving complex problems", "solving complex problems"),
    ],
)
def test_heads_past_lead_ins_verbs_and_trailing_clauses(bullet: str, head: str | None) -> None:
    found = head_phrase(bullet)
    assert (found[0] if found else None) == head


@pytest.mark.parametrize(
    "bullet",
    [
        "- Ability to confront and resolve issues as they arise",
        "- Ability to manage changes across a company",
        "- Capability to collect and state requirements precisely",
        "- Ability to work well under busy and stressful conditions",
        "- Ability to work well in a cooperative environment",
        "- Thrives in a fast-paced setting",
        "- Ability to work in a fast-paced, dynamic environment",
        "- Experience in a fast paced environment",
        "- Ability to instruct others when it comes to software",
    ],
)
def test_what_one_does_with_vague_things_names_nothing(bullet: str) -> None:
    assert head_phrase(bullet) is None


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("- 3 years as Advertising and promotions managers", "Advertising and promotions managers"),
        ("- 1+ years as a Hydraulics Test Engineer - 40615", "Hydraulics Test Engineer"),
        ("- 3 years as a Senior Security Analyst - Req ID: 1534", "Senior Security Analyst"),
        ("- 3 years of experience as a Field Service Coordinator 3", "Field Service Coordinator"),
        ("- 2 years as a Level 4 Technical Support - iLab", "Level 4 Technical Support"),
        ("- 5 years as Architect of various projects", "Architect"),
        ("- 3+ years as a Supervisor managing warehouse workers", "Supervisor"),
        ("- 3 years as a Product Manager for Software as a Service products", "Product Manager"),
        ("- 2 years as an Engineer - 5G RAN", "Engineer - 5G RAN"),
        ("- 2 years as a dedicated Cloud Network Engineer", "Cloud Network Engineer"),
        ("- 3 years as a machine learning Engineer", "machine learning Engineer"),
        ("- 3 years as a Certified nursing assistant", "Certified nursing assistant"),
        ("- 3 years in roles such as Data Analyst or BI Developer", "Data Analyst or BI Developer"),
        (
            "- 1 year as a pest-control worker satisfactorily deploying chemicals",
            "pest-control worker",
        ),
        ("- 2 years as a practicing UI Lead Developer", "UI Lead Developer"),
        ("- 2 years as a desktop user support specialist", "desktop user support specialist"),
        ("- 3 years of experience as a nurse practitioner", "nurse practitioner"),
        ("- 2 years as an assistant manager", "assistant manager"),
        ("- 2+ years as a supervisor of a team of 5 or more employees", "supervisor"),
        ("- 2 years as a social worker child welfare", "social worker"),
    ],
)
def test_role_titles_without_reference_numbers_or_grades(
    profile_of: ProfileOf, line: str, role: str
) -> None:
    posting = profile_of(f"Requirements\n{line}\n", doc_type="posting")
    assert role in _literal_terms(posting)


def test_adjectives_and_opening_verbs_are_not_items(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Fluency in Python, invaluable for creating Zorblex dashboards\n"
        "- Uses Multitasking Abilities efficiently\n"
        "- Coordination skills, aligned with safety rules\n",
        doc_type="posting",
    )
    assert not {"invaluable", "Applies", "aligned"} & _literal_terms(posting)


def test_a_misspelt_heading_still_opens_its_section(profile_of: ProfileOf) -> None:
    assert heading_name("## Responsibilites") == "responsibilities"
    assert heading_name("REQUIRMENTS:") == "requirements"
    assert heading_name("Responsibilites") is None  # not set out as a heading
    assert heading_name("## Presentations") is None
    assert heading_name("Role Responsibilities:") == "responsibilities"
    assert heading_name("Minimum Requirements:") == "requirements"
    for line in ("Deployment:", "CONTRACT", "Contract:", "Locations:"):
        assert heading_name(line) is None  # other words, not typos of "Employment", "Contact"
    posting = profile_of(
        "## Requirements\n- Zorblex\n\n## Responsibilites\n- Drive Quarkle adoption\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"Zorblex"}


def test_section_words_contract_terms_and_grades_are_not_terms(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Job Summary: Zorblex support for our clients\n"
        "- Contract W2, min 4 years\n- Robust Quarkle queries.\n- Efficiency in Zorblex\n"
        "- Fantastic organizational habits\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert not {"Summary", "W2", "Contract W2", "min", "Robust", "Efficiency"} & terms
    assert {"Zorblex", "Quarkle"} <= terms
    assert not any(term.startswith("Fantastic") for term in terms)


def test_as_a_service_is_not_a_role_and_plain_nouns_are_not_terms(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Experience with Software as a Service (SaaS) Platform\n"
        "- Know-how of Point of Sale (POS) Systems\n"
        "- 2 years as a Service Desk Specialist\n",
        doc_type="posting",
    )
    assert {"saas", "point-of-sale"} <= {r.id for r in posting.requirements}
    terms = _literal_terms(posting)
    assert "Service Desk Specialist" in terms
    assert not {"Service", "Technologies", "Software"} & terms


def test_adept_at_or_a_craft_at_opens_the_item() -> None:
    assert head_phrase("- Shows expert craft at impeccable Drafting") == ("Drafting", 35)
    assert head_phrase("- Adept at Zorblex tuning") == ("Zorblex tuning", 11)


def test_such_as_and_as_well_as_are_not_roles(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- 3 years of experience with tools such as Zorblex\n"
        "- Experience as well as strong Quarkle skills\n"
        "- Experience as part of a cross-functional team\n",
        doc_type="posting",
    )
    assert not any(r.name.startswith("Experience as") for r in posting.requirements)


def test_a_role_offered_as_alternatives_is_met_by_either(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- 2 years as a Zorblex Developer / Quarkle Developer\n",
        doc_type="posting",
        name="jd.txt",
    )
    resume = profile_of("Experience\nQuarkle Developer, Acme, Jan 2019 - Dec 2022\n", name="r.txt")
    result = compare(resume, posting, options)
    assert not [m for m in result.missing if m.id.startswith("role:")]
    posting = profile_of(
        "Requirements\n- 2+ years of experience as a Zorblex Developer or Quarkle Developer\n",
        doc_type="posting",
        name="jd2.txt",
    )
    assert not [m for m in compare(resume, posting, options).missing if m.id.startswith("role:")]
    posting = profile_of(
        "Requirements\n- 2+ years as an analytics engineer, Quarkle developer, or data analyst.\n",
        doc_type="posting",
        name="jd3.txt",
    )
    assert not [m for m in compare(resume, posting, options).missing if m.id.startswith("role:")]
    assert not [r for r in posting.requirements if not r.id.startswith("role:")]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        (
            "2+ years as an analytics engineer, BI developer, or data analyst.",
            "analytics engineer, BI developer, or data analyst",
        ),
        (
            "5 years as a software engineer, data engineer or ML engineer",
            "software engineer, data engineer or ML engineer",
        ),
        ("3+ years as a data scientist, ideally in fintech", "data scientist"),
        ("3+ years as a data scientist, analyst", "data scientist"),  # no "or": not a list
        # "or similar role" closes the list of the roles offered
        (
            "Proven experience as a Data Analyst, BI Developer or similar role",
            "Data Analyst, BI Developer",
        ),
        ("- Data Analyst, BI Developer or similar role (3+ years)", "Data Analyst, BI Developer"),
        ("✔ Data Analyst, BI Developer or similar role", "Data Analyst, BI Developer"),
        ("1. Data Analyst, BI Developer or similar role", "Data Analyst, BI Developer"),
        ("Background as a data analyst, or a similar position", "data analyst"),
        ("- Python, SQL or similar roles", None),  # skills, not titles
        ("1 year as a (IoT) Internet of Things engineer or a related role", None),
    ],
)
def test_a_list_of_roles_joined_by_or_is_one_role_asked(line: str, role: str | None) -> None:
    assert role_asked(line) == role


def test_roles_offered_before_or_similar_role_are_one_choice(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n- Data Analyst, BI Developer or similar role\n", doc_type="posting"
    )
    assert [r.id for r in posting.requirements] == ["role:data-analyst-bi-developer"]
    resume = profile_of(
        "Experience\nBI Developer, Acme (2019 - 2024)\n- Built reports\n", doc_type="resume"
    )
    assert not compare(resume, posting, options).missing


def test_a_clause_inside_a_list_keeps_its_objects(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Python with pandas, or R, for automating checks and comparisons\n"
        "- Strong SQL skills, including joins, window functions and reconciliation queries\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert "comparisons" not in terms
    assert {"window functions", "reconciliation queries"} <= terms


def test_items_after_a_skill_and_a_preposition_are_its_objects(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- 1+ years of experience with Python from coursework, research or "
        "personal projects\n- Proven experience leading teams of engineers, with excellent "
        "communication and managerial skills\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert "research" not in terms
    assert "managerial skills" in terms


@pytest.mark.parametrize(
    ("title", "alternatives"),
    [
        ("Data Analyst/Scientist", ["Data Analyst", "Data Scientist"]),
        ("Hadoop Developer / Bigdata Developer", ["Hadoop Developer", "Bigdata Developer"]),
        ("Lead / Senior Java Developer", ["Lead Java Developer", "Senior Java Developer"]),
        (
            "Senior or Staff Software Engineer",
            ["Senior Software Engineer", "Staff Software Engineer"],
        ),
        (
            "Data Analyst or Data Scientist or ML Engineer",
            ["Data Analyst", "Data Scientist", "ML Engineer"],
        ),
        ("Developer/Analyst", []),
        ("Electrical/Firmware Engineer", []),
        ("Data Scientist or ML Engineer", ["Data Scientist", "ML Engineer"]),
        (
            "an analytics engineer, a BI developer, or data analyst",
            ["analytics engineer", "BI developer", "data analyst"],
        ),
    ],
)
def test_role_alternatives(title: str, alternatives: list[str]) -> None:
    assert role_alternatives(title) == alternatives


def test_lead_in_nouns_and_vague_objects_are_not_terms(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- An Eye for Attention to Detail\n"
        "- Mathematics ability to execute accurate calculations and measure chemicals\n"
        "- Knowledge of information technology\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert not {"Eye", "measure chemicals"} & terms
    assert "information technology" in terms


@pytest.mark.parametrize(
    ("bullet", "wanted", "unwanted"),
    [
        ("- Welding and experience with hydraulics", {"Welding", "hydraulics"}, set()),
        ("- Initiative and experience with grant writing", {"grant writing"}, set()),
        ("- Education or experience in early childhood education",
         {"early childhood education"}, {"Education"}),
        ("- Licensure and experience in massage therapy", {"massage therapy"}, {"Licensure"}),
        ("- Zorblex, quarkle tuning, creating reports, bookkeeping and invoicing",
         {"invoicing"}, set()),
        ("- Excel skills in pivot tables, VLOOKUP and macros", {"pivot tables", "macros"}, set()),
        ("- Knowledge of Energy Efficiency in commercial buildings", {"Energy Efficiency"},
         {"Energy"}),
        ("- Welding or experience with pipefitting", {"Welding"}, {"pipefitting"}),
        ("- Complex SQL queries.", set(), {"Complex"}),
        ("- Knowledge of CMS guidelines", {"CMS"}, set()),  # not content management systems
        ("- Ability to work in a hot, fast-paced kitchen environment", set(), {"hot"}),
        ("- Ability to work in a remote environment", set(), {"remote"}),
        ("- Degree or experience in a relevant discipline", set(), {"relevant discipline"}),
        ("- Genuine Passion for Zorblex", {"Zorblex"}, {"Genuine", "Genuine Passion for Zorblex"}),
        # (Lean principles are a taxonomy skill now: lean-manufacturing)
        ("- Practical Application of Hoshin Kanri Principles", {"Hoshin Kanri Principles"}, set()),
        ("- Customer service in retail, hospitality or call centers", set(), {"call centers"}),
        ("- Proficiency with Excel, maintain schedules, records and files", set(), {"files"}),
        ("- Adherence to HIPAA Standards", set(), {"Adherence", "Standards"}),
    ],
)  # fmt: skip
def test_what_a_bullet_asks_for(
    profile_of: ProfileOf, bullet: str, wanted: set[str], unwanted: set[str]
) -> None:
    terms = _literal_terms(profile_of(f"Requirements\n{bullet}\n", doc_type="posting"))
    assert wanted <= terms
    assert not unwanted & terms


@pytest.mark.parametrize(
    ("wanted", "resume_line", "missing"),
    [
        # a literal term (no taxonomy entry) ...
        ("Zorblex", "Despite Zorblex not being part of the tool set, I delivered.", True),
        ("Zorblex", "Zorblex isn't something I have used.", True),
        ("Zorblex", "Zorblex was not used on that team.", True),
        ("Zorblex", "Zorblex was not a tool I used.", True),
        ("Zorblex", "Used Zorblex, not Quarkle, for reports.", False),
        ("Zorblex", "Zorblex, not only for reports but for audits.", False),
        ("Zorblex", "Fixed Zorblex consumers not committing offsets.", False),
        ("Zorblex", "Rebuilt Zorblex connectors missing schema changes.", False),
        ("Zorblex", "Used Zorblex not Quarkle for tracking.", False),
        ("Zorblex", "Zorblex is not my only tool.", False),
        # ... and a taxonomy skill
        ("Java", "Java was not used on that team.", True),
        ("Java", "Java isn't my strength.", True),
        ("Java", "Java is not only my main language but the one I mentor in.", False),
        ("Java", "Wrote services in Go because Java was not fast enough.", False),
        ("Java", "Java isn't the only language I use daily.", False),
        ("Java", "Java is not my only language.", False),
    ],
)
def test_a_denial_after_a_term_takes_it_back(
    profile_of: ProfileOf, options: Options, wanted: str, resume_line: str, missing: bool
) -> None:
    posting = profile_of(f"Requirements\n- {wanted}\n", doc_type="posting", name="jd.txt")
    resume = profile_of(f"Experience\n- {resume_line}\n", name="r.txt")
    gaps = {m.jd_text for m in compare(resume, posting, options).missing}
    assert (wanted in gaps) is missing


@pytest.mark.parametrize(
    ("line", "skill", "importance"),
    [
        ("- Strong Python required; Spark is a plus", "Python", "required"),
        ("- Strong Python required; Spark is a plus", "Spark", "preferred"),
        ("- SQL is a must, Tableau nice to have", "SQL", "required"),
        ("- SQL is a must, Tableau nice to have", "Tableau", "preferred"),
        ("- No degree required, but strong Excel skills are a must", "Excel", "required"),
        ("- Strong experience with Python, Java, or C++ is a plus", "Java", "preferred"),
        ("- Strong experience with Python, Java, or C++ is a plus", "Python", "preferred"),
        ("- You do not need to speak Danish; fluent English is expected", "Danish", None),
        ("- You do not need to speak Danish; fluent English is expected", "English", "required"),
        ("- Kafka, Spark not required", "Kafka", None),
        ("- No Java or Go needed", "Go", None),
        ("- No Java, Scala or Go needed", "Scala", None),
        ("- Nice to have: Kubernetes; Terraform; Kafka", "Terraform", "preferred"),
        ("- Nice to have: BI tools, e.g. Tableau or Power BI", "Tableau", "preferred"),
        ("- Python (Java or Scala also welcome)", "Python", "required"),
        ("- Python, and familiarity with NumPy", "Python", "required"),  # NumPy's own lead-in
        ("- Python, and familiarity with NumPy", "NumPy", "preferred"),
        # the wish opens its own part: the industry is wished for, the years are asked
        ("- 3+ years of Python, ideally in fintech or banking", "Python", "required"),
        ("- 3+ years of Python, ideally in fintech or banking", "fintech", "preferred"),
        ("- SQL, preferably Postgres or MySQL", "SQL", "required"),
        ("- 3+ years in HR. Familiarity with Workday is a plus.", "HR", "required"),  # "HR." ends
        ("- Python (Java or Scala also welcome)", "Scala", "preferred"),
        ("- Certification preferred, i.e. Azure Administrator or CKA", "CKA", "preferred"),
        ("- Need not be an expert in Kubernetes, but you should know Docker", "Docker", "required"),
        ("- You don't have to be an expert in Kubernetes, but know Docker", "Kubernetes", None),
        ("- We use Looker, but you don't need to know it", "Looker", None),
        ("- Python required, but you do not need to know Django for it", "Python", "required"),
        ("- Python, SQL and Airflow required, Docker a plus", "Python", "required"),
        ("- Familiarity with Python, SQL and Spark", "SQL", "preferred"),
        ("- Java is not required, but Python is", "Python", "required"),
        ("- Linux, including but not limited to Ubuntu, is required", "Ubuntu", "required"),
        ("- Familiarity with Git is required", "Git", "required"),
        ("- Excel required (no VBA needed)", "Excel", "required"),
        ("- Excel required (no VBA needed)", "VBA", None),
        ("- Kubernetes (required), Helm (preferred)", "Kubernetes", "required"),
        ("- Strong Python plus 3 years of Django", "Django", "required"),
        ("- 5+ yrs. of Java required, Kotlin preferred", "Java", "required"),
        ("- Lift 75 lbs without assistance, OSHA 30 required", "OSHA", "required"),
        ("- 3+ yrs. experience with SQL; Tableau a plus", "SQL", "required"),
        ("- Phlebotomy a plus; IV therapy, wound care", "wound care", "required"),
        ("- We don't use Java; Go or Python preferred", "Java", None),
        ("- Experience with Python (2+ yrs.), Docker a plus", "Python", "required"),
        ("- Strong SQL, familiarity with dbt", "SQL", "required"),
        ("- Strong SQL, familiarity with dbt", "dbt", "preferred"),
        ("- Epic or Cerner EHR experience (Epic preferred)", "Cerner", "required"),
        ("- SQL is required and Python is preferred", "SQL", "required"),
        ("- SQL is required and Python is preferred", "Python", "preferred"),
        ("- Experience with Java is not required, but a plus", "Java", "preferred"),
        ("- Tableau, though optional", "Tableau", "preferred"),
        ("- Docker, while not required, is a plus", "Docker", "preferred"),
        ("- You don't need to know Scala, but it helps.", "Scala", "preferred"),
        ("- Kubernetes is not required but it helps a lot.", "Kubernetes", "preferred"),
        ("- No Go experience needed, though it would help greatly", "Go", "preferred"),
        ("- Scala isn't required, but it's a plus", "Scala", "preferred"),
        ("- Scala isn’t required, but it’s a plus", "Scala", "preferred"),
        ("- No Go experience needed, though it would help", "Go", "preferred"),
        ("- Rust is not required but would be nice", "Rust", "preferred"),
        ("- Knowledge of Kafka would help", "Kafka", "preferred"),
        ("- Python, which helps us ship models", "Python", "required"),
        ("- We use Redis, but you don't have to know it", "Redis", None),
        ("- Java isn't required", "Java", None),
        ("- You won't need Java", "Java", None),
        ("- Java is not a must", "Java", None),
        ("- No need for Java", "Java", None),
        ("- No Scala", "Scala", None),
        ("- Python (no Jenkins)", "Python", "required"),
        ("- Python (no Jenkins)", "Jenkins", None),
        ("- Python, not Java", "Java", None),
        ("- Python without Java", "Java", None),
        ("- Java experience not needed - we use Kotlin", "Kotlin", "required"),
        ("- SQL, but no Oracle needed", "SQL", "required"),
        ("- Required: Excel, Word; preferred: QuickBooks, Sage", "Word", "required"),
        ("- Required: Excel, Word; preferred: QuickBooks, Sage", "Sage", "preferred"),
        ("- Certification preferred, i.e. Azure Administrator or CKA", "CKA", "preferred"),
        ("- No less than 3 years of Python", "Python", "required"),
    ],
)
def test_each_part_of_a_line_has_its_own_importance(
    line: str, skill: str, importance: str | None
) -> None:
    at = line.index(skill)
    span = (at, at + len(skill))
    assert line_importance(line, "requirements", True, span) == importance


def test_a_negation_in_one_sentence_asks_nothing_of_the_next() -> None:
    line = "No prior experience needed. You will use Excel and Salesforce every day."
    excel = line.index("Excel")
    assert line_importance(line, "about", True, (excel, excel + 5)) == "mentioned"


@pytest.mark.parametrize(
    ("skill", "importance"),
    [("Airflow", "mentioned"), ("Kafka", "required"), ("SQL", "required"), ("dbt", "preferred")],
)
def test_in_prose_the_sentence_that_asks_asks_for_all_it_names(skill: str, importance: str) -> None:
    line = (
        "Founded in 2012, we run pipelines in Airflow. The ideal candidate will have experience "
        "with Kafka and strong SQL. Ideally you know dbt."
    )
    at = line.index(skill)
    assert line_importance(line, "about", True, (at, at + len(skill))) == importance


def test_an_unbulleted_item_opening_with_a_lead_in_is_an_item() -> None:
    line = "Understanding of joint injuries and conditions."
    assert head_phrase(line, listed=True) == ("joint injuries", 17)
    assert head_phrase(line) is None  # outside a requirement list
    assert head_phrase("We value our customers and the knowledge of our team", listed=True) is None
    assert head_phrase("Knowledge of our products will be taught on the job.", listed=True) is None
    assert head_phrase("Familiarity with the neighborhood is helpful", listed=True) is None
    assert head_phrase("- Adeptness in working under strict regulations") is None
    assert head_phrase("- Adeptness with SAP FICO") == ("SAP FICO", 17)


def test_a_literal_term_named_twice_keeps_its_strongest_importance(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Summary\nIdeally the candidate has experience with Zorblex.\n\n"
        "Requirements\n- Proficient with Zorblex\n",
        doc_type="posting",
    )
    term = next(r for r in posting.requirements if r.jd_text == "Zorblex")
    assert (term.importance, term.section) == ("required", "requirements")


def test_a_skill_is_quoted_from_the_requirement_list_with_its_acronym(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Job Summary\n"
        "The successful candidate must run Accounts Receivable (AR) for our Oracle suite.\n\n"
        "Requirements\n- Solid knowledge of Accounts Receivable.\n",
        doc_type="posting",
    )
    ar = next(r for r in posting.requirements if r.name == "Accounts receivable")
    assert (ar.section, ar.jd_text) == ("requirements", "Accounts Receivable (AR)")


@pytest.mark.parametrize("heading", ["Strengths", "KEY STRENGTHS:", "Skills and Abilities"])
def test_strengths_headings_open_a_skills_section(heading: str) -> None:
    assert heading_name(heading) == "skills"


def test_only_the_sentence_that_asks_names_terms(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Engineer\n\nSummary\nFounded in Hamburg, Quuxcorp is the ideal place for you "
        "to grow. The successful candidate must have experience with Zorblex and will "
        "join our Platform Engineers.\n\n"
        "Requirements\n- Python\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert "Zorblex" in terms
    assert not {"Hamburg", "Quuxcorp", "Platform Engineers"} & terms


def test_sentences_about_the_person_sought_ask_for_what_they_name(
    profile_of: ProfileOf,
) -> None:
    line = "We are in search of an engineer who has excellent analytical skills in Hadoop."
    hadoop = line.index("Hadoop")
    assert line_importance(line, "about", True, (hadoop, hadoop + 6)) == "required"
    posting = profile_of(
        "Truck Driver\n\nAbout the role\nYou must hold a Zorblex Class A license.\n\n"
        "Requirements\n- Clean driving record\n",
        doc_type="posting",
    )
    assert "Zorblex Class A" in _literal_terms(posting)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("## Required Skills and Expertise", "requirements"),
        ("The ideal candidate should possess these skills:", "requirements"),
        ("Recommended Skills:", "preferred"),
        ("The assigned responsibilities will be as follows:", "responsibilities"),
        ("Job Title: Surgeon", None),  # a field with its value
        ("We are a small team in Lisbon", None),  # not set out as a heading
        ("Desired", "preferred"),
        ("Standout candidates will also have:", "preferred"),
        ("Desired outcomes in the first 90 days:", "responsibilities"),
        ("What we value:", "preferred"),
        ("You'll stand out if you have:", "preferred"),  # not "you have": requirements
        ("It's not required, but it helps if...", "preferred"),
        ("You might be a fit if...", "requirements"),
        ("You might be a fit if you", "requirements"),  # leads into its list
        ("It would be great if you", "preferred"),
        ("Ideally you also have", "preferred"),
        ("Ideally you have:", "preferred"),
        ("We would love to hear from you", None),
        ("Job benefits:", "benefits"),
        ("Company description:", "company"),
    ],
)
def test_a_postings_own_headings_and_list_openers_are_named(line: str, name: str | None) -> None:
    assert posting_heading(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("What you bring ✅", "requirements"),
        ("Nice to have ⭐", "preferred"),
        ("🎁 What we offer", "benefits"),
        ("Who we are 🌍", "company"),
        ("✅ Python", None),  # an emoji bullet, not a heading
    ],
)
def test_emoji_around_a_heading_leave_it_a_heading(line: str, name: str | None) -> None:
    assert posting_heading(line) == name


def test_sections_under_emoji_headings_keep_their_importance(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "MLOps Engineer\n\nWhat you bring ✅\n✅ Docker\n\nNice to have ⭐\n• Grafana\n\n"
        "What we offer 🎁\n• Remote-first, home office budget\n",
        doc_type="posting",
    )
    asked = {r.jd_text: r.importance for r in posting.requirements}
    assert asked == {"Docker": "required", "Grafana": "preferred"}


def test_requirements_under_an_unlisted_heading_are_required(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Program Manager\n\n## Job Summary\nWe document things.\n\n"
        "## Required Skills and Expertise\n"
        "- Outstandingly skillful with Zorblex\n"
        "- Familiarization with pesticides\n",
        doc_type="posting",
    )
    asked = {r.jd_text: r.importance for r in posting.requirements if not r.known}
    assert asked == {"Zorblex": "required", "pesticides": "required"}


@pytest.mark.parametrize(
    ("line", "section", "skill", "importance"),
    [
        ("- Java (not required)", "requirements", "Java", None),
        ("- Java/Scala (not required)", "requirements", "Scala", None),
        ("- Knowledge of Kafka is not a requirement", "requirements", "Kafka", None),
        ("- Java is unnecessary", "requirements", "Java", None),
        ("- Java, Scala - none required", "requirements", "Scala", None),
        ("- Nice-to-haves: Python", "requirements", "Python", "preferred"),
        ("- Python is an asset", "requirements", "Python", "preferred"),
        ("- Preference for Python", "requirements", "Python", "preferred"),
        ("- Willingness to learn Kafka", "requirements", "Kafka", "preferred"),
        ("- Kafka training provided", "requirements", "Kafka", None),
        ("- We will train you on Kafka", "requirements", "Kafka", None),
        ("- Kafka - while not required - is a plus", "requirements", "Kafka", "preferred"),
        ("- Preferred, but not required: AWS", "requirements", "AWS", "preferred"),
        ("- Preferred but not required - AWS", "requirements", "AWS", "preferred"),
        ("- Not required: Kafka", "requirements", "Kafka", None),
        ("- Requirements: Python, Spark a plus", "requirements", "Spark", "preferred"),
        ("- Must have Python; Java preferred", "preferred", "Python", "required"),
        ("- Play a key role in moving to Snowflake", "responsibilities", "Snowflake", "mentioned"),
        (
            "- Build strong ties with sales in Salesforce",
            "responsibilities",
            "Salesforce",
            "mentioned",
        ),
        ("You will gain experience with Kubernetes.", "about", "Kubernetes", None),
        ("Causal inference will set you apart.", "requirements", "Causal", "preferred"),
        ("We don't expect you to have used Kafka.", "requirements", "Kafka", None),
        ("No experience with Spark, Kafka or Airflow is needed.", None, "Airflow", None),
        # what the company is and uses asks nothing
        ("Perks: lunch. We use Slack and Jira every day.", "requirements", "Jira", None),
        ("We run on Databricks and Kafka on Azure.", None, "Kafka", None),
        ("Our analysts live in Power BI.", None, "Power BI", None),
        ("About the company: we use AWS and dbt.", "requirements", "dbt", None),
        ("Our platform runs on Kafka.", "company", "Kafka", None),
        ("Founded in 2015, we seek engineers with Kafka.", "company", "Kafka", "required"),
        ("We use Go; Kafka is required.", "requirements", "Kafka", "required"),
        # ... until it goes on to ask it of the person sought
        (
            "We run on Databricks, so you'll need experience with it.",
            None,
            "Databricks",
            "required",
        ),
        (
            "Our platform is built on Kubernetes, which you should know well.",
            "about",
            "Kubernetes",
            "required",
        ),
        (
            "We build with Kubernetes; experience with it is a plus.",
            "company",
            "Kubernetes",
            "preferred",
        ),
        ("We run on Databricks, serving 10M users.", None, "Databricks", None),
        ("Our engineers use Terraform, which helps us ship fast.", None, "Terraform", None),
        ("Doctolib is a system that helps improve care.", None, "system", "mentioned"),
        # where and how the job is done is offered, not asked
        ("Salary: $150k. Location: London, Zurich or Mountain View.", None, "Zurich", None),
        # a remote job or time zones beside an ask do not deny it
        ("Must have 3+ years of Python and work across US time zones", None, "Python", "required"),
        ("- Python and SQL required (role is fully remote within the EU)", None, "SQL", "required"),
        ("Office: 100 Main St, Boston, MA", "requirements", "Boston", None),
        ("Hiring now. Requirements: Kafka", None, "Kafka", "required"),
        ("Team: Generative AI Platform. Python required.", None, "Generative AI", None),
        (
            "- Team: must have used Kubernetes in production",
            "requirements",
            "Kubernetes",
            "required",
        ),
        ("Location: London or Zurich. You must have used Spark.", None, "Spark", "required"),
    ],
)
def test_cues_around_a_skill_in_any_section(
    line: str, section: str, skill: str, importance: str | None
) -> None:
    at = line.index(skill)
    assert line_importance(line, section, True, (at, at + len(skill))) == importance


@pytest.mark.parametrize(
    ("heading", "current", "name"),
    [
        ("What You’ll Do", None, "responsibilities"),
        ("NICE-TO-HAVES", "requirements", "preferred"),
        ("Good-to-have:", "requirements", "preferred"),
        ("Compensation & Benefits", "requirements", "benefits"),
        ("- Experience with one or more of the following:", "preferred", None),  # an item
        ("Operate the following equipment:", "responsibilities", None),  # inside a list
        ("The candidate will be responsible for:", "about", "responsibilities"),
        ("Employees receive:", "about", "benefits"),
        ("This and more is awaiting you…", "requirements", "benefits"),  # benefits end a list
    ],
)
def test_list_openers_only_open_sections_from_prose(
    heading: str, current: str | None, name: str | None
) -> None:
    assert posting_heading(heading, current) == name


@pytest.mark.parametrize(
    ("sentence", "skill", "years"),
    [
        ("Founded 5 years ago, we now run Kubernetes clusters.", "Kubernetes", None),
        ("For more than 15 years our lab has published on machine translation.", "machine", None),
        ("We have run Spark in production for 6 years.", "Spark", None),
        ("Founded 12 years ago, we seek someone with 3+ years of Python.", "Python", 3.0),
        ("We ask that you have used Python for 3+ years.", "Python", 3.0),
    ],
)
def test_years_in_the_employers_history_are_asked_of_no_skill(
    profile_of: ProfileOf, sentence: str, skill: str, years: float | None
) -> None:
    posting = profile_of(f"Data Scientist\n\nAbout the role\n{sentence}\n", doc_type="posting")
    asked = [r for r in posting.requirements if r.jd_text.startswith(skill)]
    assert [r.years for r in asked] == [years] or (years is None and not asked)


def test_years_ago_are_no_years_of_work(profile_of: ProfileOf) -> None:
    line = "Founded 12 years ago, we seek someone with 3+ years of experience in Python."
    posting = profile_of(f"Data Scientist\n\n{line}\n", doc_type="posting").posting
    assert posting is not None
    assert posting.years_required == 3


def test_years_of_experience_abbreviated_count_for_a_skill(profile_of: ProfileOf) -> None:
    posting = profile_of("Data Engineer\n\nRequirements\n- 3 YOE with Spark\n", doc_type="posting")
    assert [(r.jd_text, r.years) for r in posting.requirements] == [("Spark", 3.0)]


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("- No felony convictions in the last 7 years", None),
        ("- Clean driving record for the past 5 years", None),
        ("- Aged 18 years and above", None),
        ("- 2 years post-secondary education", None),
        ("- 5+ years of Python preferred", None),
        ("- 3+ years of structural welding", 3),
        ("- Minimum of 1 year experience as a cashier, preferably in Austin", 1),
        ("- 4+ YOE as a data engineer", 4),  # years of experience
    ],
)
def test_years_asked_are_years_of_work(profile_of: ProfileOf, line: str, years: int | None) -> None:
    posting = profile_of(f"Driver\n\nRequirements\n{line}\n", doc_type="posting").posting
    assert posting is not None
    assert posting.years_required == years


@pytest.mark.parametrize(
    ("line", "required", "preferred"),
    [
        ("- PhD not required", None, None),
        ("- Bachelor of Science in Nursing (BSN) preferred", None, "bachelor"),
        ("- Associate degree required. Local anesthesia permit preferred.", "associate", None),
    ],
)
def test_a_degree_has_the_importance_of_its_own_clause(
    profile_of: ProfileOf, line: str, required: str | None, preferred: str | None
) -> None:
    posting = profile_of(f"Nurse\n\nRequirements\n{line}\n", doc_type="posting").posting
    assert posting is not None
    assert (posting.degree_required, posting.degree_preferred) == (required, preferred)


def test_durations_and_headings_are_not_terms(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Welder\n\nRequirements\n- 3+ years of structural welding\n- 2 years total\n"
        "PHYSICAL DEMANDS\n- Tools used:\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"structural welding"}


def test_what_a_postings_title_names_is_mentioned(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Engineer II - Logistics Data Platform\n\nYou need strong SQL and Python.\n",
        doc_type="posting",
    )
    importance = {r.id: r.importance for r in posting.requirements}
    assert importance["logistics"] == "mentioned"
    assert importance["sql"] == importance["python"] == "required"


def test_quantities_and_table_headers_are_not_terms(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Experience with Zorblex serving (p99 under 50ms, 10TB/day)\n"
        "- Must-haves and Nice-to-haves below; new PhDs welcome\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"Zorblex"}


def test_a_list_opener_after_a_blank_line_opens_its_list(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Analyst\n\nResponsibilities\nBuild dashboards for leadership\n\n"
        "The ideal candidate should have:\n- Strong SQL skills\n- Zorblex\n",
        doc_type="posting",
    )
    asked = {r.jd_text: r.importance for r in posting.requirements}
    assert asked["SQL"] == asked["Zorblex"] == "required"


@pytest.mark.parametrize(
    ("line", "skill", "importance"),
    [
        ("We are seeking a detail-oriented accountant to join us.", "detail-oriented", "mentioned"),
        ("We are looking for a manager who will lead EHR projects.", "EHR", "mentioned"),
        ("We are hiring a data engineer with Kafka experience.", "Kafka", "required"),
    ],
)
def test_who_is_sought_is_not_what_is_asked(line: str, skill: str, importance: str) -> None:
    at = line.index(skill)
    assert line_importance(line, "about", True, (at, at + len(skill))) == importance


def test_a_dash_inside_a_name_does_not_end_its_clause() -> None:
    line = "- AWS Certified Solutions Architect – Associate (required)"
    assert line_importance(line, "about", True, (2, 35)) == "required"


def test_list_items_keep_a_defined_acronym_and_drop_conjunctions(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Truck Driver\n\nRequirements\n"
        "* Electronic logging devices (ELD) and hours-of-service rules\n"
        "* Able to stand for 12-hour shifts\n- GraphQL, not required, but a plus\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"Electronic logging devices (ELD)"}


def test_a_capital_letter_ends_a_name_and_valid_grades(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Driver\n\nRequirements\n- Valid Zorblex Class A license\n- Current Quarkle card\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"Zorblex Class A", "Quarkle"}


@pytest.mark.parametrize(
    "item",
    ["Grades A, B, C or D in maths", "Zorblex grade A / B / C", "Marks A B and C in Quarkle"],
)
def test_a_series_of_letters_is_marks_not_a_name(profile_of: ProfileOf, item: str) -> None:
    posting = profile_of(
        f"Clerk\n\nRequirements\n- {item}\n- Valid Zorblex Class A license\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert "Zorblex Class A" in terms
    assert not any(
        t.startswith(("Grades", "Marks")) or t.endswith((" A", " B", " C"))
        for t in terms - {"Zorblex Class A"}
    )


def test_what_the_job_gives_asks_nothing_and_a_lines_label_holds_for_it_all(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Data Analyst\n\nRequirements\n- SQL\n"
        "- Preferred: on-call duty. Experience with Zorblex.\n"
        "- Compensation: $180,000 base + RSUs and a Quandle stipend\n"
        "- Schedule: Monday - Thursday, 2:00 PM - 12:30 AM (4x10s)\n"
        "Pay: $22.50 per hour plus a $1.50/hour night differential\n\n"
        "It would be great if you have:\n- Git\n\n"
        "Essential Functions\n- Build dashboards in Power BI\n",
        doc_type="posting",
    )
    importance = {r.jd_text: r.importance for r in posting.requirements}
    assert importance == {
        "SQL": "required",
        "Zorblex": "preferred",  # the line's "Preferred:" reaches its second sentence
        "Git": "preferred",
        "dashboards": "mentioned",  # duties
        "Power BI": "mentioned",
    }


def test_industry_experience_and_an_employers_offer_ask_for_nothing(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Requirements\n- 3+ years of industry experience\n"
        "- St. Aurelia offers medical, dental and vision coverage.\n"
        "- Our ideal candidate offers strong knowledge of Zorblex.\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"Zorblex"}


def test_an_offer_label_covers_its_own_clause_only(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n"
        "- Location: within commuting distance of Boston; Python required\n"
        "- Hours: 40/week. Must know SQL.\n"
        "- Schedule: flexible; experience with Kubernetes preferred\n"
        "- Work Location: Hybrid remote in Zorblex, MA\n"
        "- Kafka, Flink (either or both preferred)\n",
        doc_type="posting",
    )
    importance = {r.id: r.importance for r in posting.requirements}
    assert importance == {
        "python": "required",
        "sql": "required",
        "kubernetes": "preferred",
        "kafka": "preferred",  # a bracket naming nothing of its own holds for the list
        "apache-flink": "preferred",
    }


def test_an_offer_labels_clause_that_asks_for_know_how_still_asks(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n"
        "- Contract: must know SAP ERP\n"
        "- Job type: Full-time, must have 3+ years of Scala\n"
        "- Job type: Full-time; must have 3+ years of Java\n"
        "- Grade: proficiency in Tableau required\n"
        "- CTC: 4 LPA, 2+ years of Kotlin required\n"
        "- Schedule: Mon-Fri, experience with Kubernetes preferred\n"
        "- Location: Munich, fluent in German\n"
        "- Contract: Zorblex, Quarkle and Salesforce experience required\n",
        doc_type="posting",
    )
    asked = {r.jd_text: (r.importance, r.years) for r in posting.requirements}
    assert asked == {
        "SAP ERP": ("required", None),
        "Scala": ("required", 3.0),
        "Java": ("required", 3.0),
        "Tableau": ("required", None),
        "Kotlin": ("required", 2.0),
        "Kubernetes": ("preferred", None),
        "German": ("required", None),
        "Zorblex": ("required", None),  # the part that ends the list asks for all of it
        "Quarkle": ("required", None),
        "Salesforce": ("required", None),
    }


@pytest.mark.parametrize(
    "line",
    [
        "Contract: Permanent, full time",
        "Salary: $90k + RSUs, depending on experience",
        "Location: Berlin or Boston",
        "Location: must be based in Berlin or Boston",
        "Location: Boston, relocation required",
        "Location: Berlin, Boston or Munich, fluent in German",
        "Location: must know German, based in Berlin or Munich",
        "Department: Quarkle Analytics",
        "Classification: Analyst II",
        "Grade: B2 (Quarkle scale)",
        "Work model: hybrid, must be on site in Munich 3 days",
        "Start date: must be able to start by June in Boston",
        "Reports to: Head of Quarkle Analytics",
        "Schedule: 9-5, must have a car",
        "Visa: must hold a valid work permit",
        # pay measured by experience, and a must-have that is a thing to own, not know-how
        "Salary: £60k base, depending on experience in SaaS sales",
        "Compensation: $90k-$110k based on years of experience in Salesforce administration",
        "Visa: candidates must have a valid H1B or Green Card",
        "Location: Dallas, must have reliable transportation to the Plano site",
        "Contract: Permanent, must possess own laptop and home broadband",
    ],
)
def test_an_offer_labels_clause_without_know_how_asks_nothing(
    profile_of: ProfileOf, line: str
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n- Python\n- {line}\n", doc_type="posting")
    assert {r.jd_text for r in posting.requirements} - {"German"} == {"Python"}


def test_years_beside_a_skill_and_abbreviations_that_end_no_sentence(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- 3+ years exp. with Kubernetes\n"
        "- 5+ years of experience in the U.S. healthcare industry using Python\n"
        "- Java (5+ years), SQL (2+ years)\n- 3+ years of Scala and Spark required.\n",
        doc_type="posting",
    )
    years = {r.id: r.years for r in posting.requirements}
    assert years == {
        "kubernetes": 3.0,
        "python": 5.0,
        "java": 5.0,
        "sql": 2.0,
        "scala": 3.0,
        "apache-spark": 3.0,  # a guarded name the list item asks for keeps its years too
    }


def test_years_for_part_of_a_career_go_to_what_follows(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n"
        "- 5+ years of software engineering, at least 3 of them in MLOps\n"
        "- Five years of product management, two or more of which on NLP products\n"
        "- Fluency in at least one of these languages: Java, Go\n"
        "- 3+ years of experience in one of these languages: Scala, Rust\n",
        doc_type="posting",
    )
    years = {r.id: r.years for r in posting.requirements}
    assert years["mlops"] == 3.0
    assert years["product-management"] == 5.0
    assert years["natural-language-processing"] == 2.0
    assert years["java"] is None  # one of the languages, not one year
    assert years["scala"] == 3.0


def test_a_sentence_about_someone_names_no_term(profile_of: ProfileOf) -> None:
    assert head_phrase("- You do not need to know Kubernetes") is None
    assert head_phrase("- We do not use Zorblex") is None
    posting = profile_of(
        "Requirements\n- You do not need to know Kubernetes\n- You bring Quuxware experience\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"Quuxware"}
    assert "kubernetes" not in {r.id for r in posting.requirements}


@pytest.mark.parametrize(
    "heading",
    [
        "What you'll bring",
        "What You’ll Bring",
        "You should have",
        "Desired Skills and Experience",
        "Who we're looking for",
        "What you'll need to succeed",
        "The ideal candidate",
        "Your background",
        "Eligibility",
        "Qualifications & Experience",
    ],
)
def test_common_requirement_headings_open_the_requirements(
    heading: str, profile_of: ProfileOf
) -> None:
    posting = profile_of(
        f"ML Engineer\n\nWhat you will do\n- Build models\n\n{heading}\n- Python\n"
        "- 3+ years of experience\n",
        doc_type="posting",
    )
    assert [(r.id, r.importance) for r in posting.requirements] == [("python", "required")]
    assert posting.posting is not None and posting.posting.years_required == 3


def test_hiring_boilerplate_and_benefit_sentences_ask_nothing(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Python\n- PyTorch\n\n"
        "Quuxcorp is an Equal Opportunity Employer. All qualified applicants will receive"
        " consideration without regard to race, religion or Veteran status. We participate in"
        " E-Verify. Compensation: $180,000 base. Benefits include dental and 4 weeks PTO.\n",
        doc_type="posting",
    )
    assert {r.name for r in posting.requirements} == {"Python", "PyTorch"}


def test_the_fields_of_a_degree_are_not_skills_asked_for(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Minimum qualifications\n"
        "- Bachelor's degree in Electrical Engineering, Computer Science, or equivalent"
        " practical experience\n"
        "- MS in Operations Research or Mechanical Engineering with 3 years of Python\n"
        "- BS in a quantitative field (e.g. Operations Research) and 3+ years of Kafka\n"
        "- Degree in computer science and experience with Spark\n"
        "- Bachelor's degree (Finance or Accounting) and 2 years of Excel\n"
        "- MBA (Marketing) preferred\n",
        doc_type="posting",
    )
    assert {r.id for r in posting.requirements} == {"python", "kafka", "apache-spark", "excel"}
    assert posting.posting is not None and posting.posting.degree_required == "bachelor"


@pytest.mark.parametrize("mark", ["-", "–", "1.", ">", "→", "o", "✔"])
def test_one_word_items_survive_every_bullet_style(mark: str, profile_of: ProfileOf) -> None:
    posting = profile_of(
        f"Requirements\n{mark} Python\n\nNice to have:\n{mark} MLflow\n{mark} Go\n{mark} R\n",
        doc_type="posting",
    )
    assert [(r.name, r.importance) for r in posting.requirements] == [
        ("Python", "required"),
        ("MLflow", "preferred"),
        ("Go", "preferred"),
        ("R", "preferred"),
    ]


def test_a_lone_verb_or_participle_opening_an_item_names_nothing(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Participate in code reviews\n- Published work at Quuxconf\n"
        "- Contributions to open-source libraries\n- Certified Zorblex admin\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == {"Quuxconf", "Zorblex"}


def test_preferred_time_and_worded_counts(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Strong SQL (5+ years preferred)\n- 3+ years of Python\n"
        "- Two or more years of industry experience\n",
        doc_type="posting",
    )
    years = {r.id: r.years for r in posting.requirements}
    assert years == {"sql": None, "python": 3}  # SQL is asked; its five years only preferred
    after = profile_of(
        "Requirements\n- Strong Java skills required, 7+ years preferred\n", "posting"
    )
    assert [(r.id, r.years) for r in after.requirements] == [("java", None)]
    row = profile_of(
        "Requirements\nSkill\tYears\tImportance\nSnowflake\t2+ years\tPreferred\n", "posting"
    )
    assert [(r.id, r.years) for r in row.requirements if r.known] == [("snowflake", 2)]
    assert posting.posting is not None and posting.posting.years_required == 3
    worded = profile_of("Requirements\n- Two or more years of industry experience\n", "posting")
    assert worded.posting is not None and worded.posting.years_required == 2


@pytest.mark.parametrize(
    ("line", "by_degree"),
    [
        ("BS in CS with 5 years of experience, or MS with 3 years", {"bachelor": 5, "master": 3}),
        ("Bachelor's degree with 4+ years of experience (or Master's with 2+)",
         {"bachelor": 4, "master": 2}),
        ("Bachelor's with 7+ years of experience, Master's with 5 years, or PhD",
         {"bachelor": 7, "master": 5, "phd": 0}),
        ("Bachelor's or Master's degree with 3+ years of experience", None),
        ("Bachelor's degree and 5+ years of experience; a Master's or PhD is a plus", None),
        ("BS required; MS preferred. 5+ years of industry experience", None),
        ("BS, MS, or PhD in Computer Science with 5+ years of experience", None),
        ("BS with 5+ years, or MS with 3+ years; AWS experience preferred",
         {"bachelor": 5, "master": 3}),
        ("BS with 5+ years, or MS with 3+ years (PhD a plus)", {"bachelor": 5, "master": 3}),
        ("Bachelor's degree in Computer Science; 5+ years of experience, or Master's with 3+"
         " years", {"bachelor": 5, "master": 3}),
        ("PhD, or MS with 3+ years of experience in forecasting", {"phd": 0, "master": 3}),
        ("PhD or MS with 3+ years of experience", {"phd": 0, "master": 3}),
        ("Doctorate, or a Master's degree with 2+ years of industry experience",
         {"phd": 0, "master": 2}),
    ],
)  # fmt: skip
def test_years_per_degree_only_for_real_alternatives(
    line: str, by_degree: dict[str, float] | None
) -> None:
    assert degree_years(f"- {line}") == by_degree


def test_degree_lines_keep_the_skills_they_ask_for(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- A high degree of proficiency in Python and SQL\n"
        "- Master's degree in Statistics, 3+ years of PyTorch\n"
        "- MS in Computer Science, deep knowledge of Kafka\n"
        "- Qualified applicants will have 3+ years of experience with Airflow\n"
        "- All qualified applicants must be proficient in dbt\n",
        doc_type="posting",
    )
    assert {"python", "sql", "pytorch", "kafka", "airflow", "dbt"} <= {
        r.id for r in posting.requirements
    }
    assert posting.posting is not None and posting.posting.years_required == 3


def test_an_items_importance_cue_is_not_its_head(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Nice to have\n"
        "- Bonus points for talks at Quuxcon.\n"
        "- Plus points for experience with Zorblex.\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert {"Quuxcon", "Zorblex"} <= terms
    assert not terms & {"Bonus points", "Plus points", "Bonus"}


def test_a_generic_noun_in_the_plural_names_nothing(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n"
        "- Certifications such as Zorblex Pro are a plus.\n"
        "- Relevant certifications in Quuxcloud.\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert {"Zorblex Pro", "Quuxcloud"} <= terms
    assert not terms & {"Certifications", "Relevant certifications"}


def test_a_compound_of_grading_words_grades(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Expert-level Zorblex.\n- Senior-level SQL skills.\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert "Zorblex" in terms
    assert not terms & {"Expert-level", "Expert-level Zorblex", "Senior-level"}


def test_a_verb_whose_object_names_people_or_projects_is_no_head(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Requirements\n"
        "- Proven ability to lead cross-team platform projects.\n"
        "- Ability to analyze sensor data.\n",
        doc_type="posting",
    )
    terms = _literal_terms(posting)
    assert "lead cross-team" not in terms and "lead cross-team platform" not in terms
    assert "analyze sensor data" in terms  # a verb with a real object still asks for it


def test_a_field_named_with_a_degree_is_not_a_term(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Nice to have\n"
        "- An EE degree or prior firmware experience.\n"
        "- A CS or ECE degree.\n"
        "- Degree in CS, EE or Physics.\n",
        doc_type="posting",
    )
    assert not _literal_terms(posting) & {"EE", "CS", "ECE"}
    other = profile_of("Requirements\n- Zorblex EE tooling.\n", doc_type="posting")
    assert "Zorblex EE" in _literal_terms(other)  # not a degree's field


def test_a_degree_asked_with_years_and_the_fields_of_a_bare_degree(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Qualifications\n- BS + 4 years or MS + 2 years of experience in an analytical role\n"
        "- Degree in Econometrics, Geography, Sociology or a similar field\n- Strong SQL\n",
        doc_type="posting",
    )
    assert posting.posting is not None
    assert posting.posting.degree_required == "bachelor"  # the lowest degree with years
    assert posting.posting.years_by_degree == {"bachelor": 4, "master": 2}
    assert {r.jd_text for r in posting.requirements} == {"SQL"}  # fields of study ask nothing


@pytest.mark.parametrize(
    ("line", "required", "alternative", "with_degree"),
    [
        ("Bachelor's degree in Software Engineering or equivalent work experience",
         "bachelor", "equivalent work experience", None),
        ("PhD in Physics or Statistics (or equivalent research experience).",
         "phd", "equivalent research experience", None),
        ("M.S. in Statistics or a related field, or B.S. with equivalent experience",
         "master", "B.S. with equivalent experience", "bachelor"),
        ("Bachelor's degree in Information Systems, or a web development bootcamp and a portfolio",
         "bachelor", "a web development bootcamp and a portfolio", None),
        ("Bachelor's degree and 3+ years of analytics or related experience", "bachelor", None,
         None),
        ("BS in Mathematics or Physics", "bachelor", None, None),
        ("BA in Design or equivalent practical experience", "bachelor",
         "equivalent practical experience", None),
        ("BS in Mathematics or Physics with research experience", "bachelor", None, None),
        ("Bachelor's degree in a STEM field or Java experience", "bachelor", None, None),
        ("Bachelor's or Master's degree with 3+ years of experience", "bachelor", None, None),
        ("Bachelor's degree, or 4+ years of relevant experience", "bachelor",
         "4+ years of relevant experience", None),
        # a preferred degree is scored too (at half weight), and so is what stands in for it
        ("Master's degree preferred, or equivalent experience", None, "equivalent experience",
         None),
    ],
)  # fmt: skip
def test_what_a_posting_accepts_in_place_of_its_degree(
    profile_of: ProfileOf,
    line: str,
    required: str | None,
    alternative: str | None,
    with_degree: str | None,
) -> None:
    posting = profile_of(f"Analyst\n\nRequirements\n- {line}\n- Python\n", "posting").posting
    assert posting is not None
    assert posting.degree_required == required
    assert (posting.degree_alternative, posting.degree_with_alternative) == (
        alternative,
        with_degree,
    )


def test_a_degree_a_posting_denies_is_no_degree_of_it(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Bachelor's degree in Biology\n- Python\n\n"
        "You do not need a graduate degree.\n",
        doc_type="posting",
    )
    assert [d.level for d in posting.education.degrees] == ["bachelor"]


def test_the_fields_of_a_degree_named_with_its_levels_are_not_skills(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Requirements\n- Advanced degree (MS/PhD) in Operations Research or Machine Learning\n"
        "- Kafka\n",
        doc_type="posting",
    )
    assert {r.id for r in posting.requirements} == {"kafka"}
    # asked elsewhere too, a field of the degree stays a requirement
    again = profile_of(
        "Requirements\n- Advanced degree (MS/PhD) in ML\n- Kafka\n\nNice to have\n"
        "- Experience applying machine learning\n",
        doc_type="posting",
    )
    assert {(r.id, r.importance) for r in again.requirements} == {
        ("kafka", "required"),
        ("machine-learning", "preferred"),
    }


@pytest.mark.parametrize(
    ("line", "required", "alternative"),
    [
        ("Master's degree in Economics or equivalent professional experience (4+ years)",
         "master", "equivalent professional experience (4+ years)"),
        ("BA in Linguistics, History, or similar; or 5+ years of hands-on localization work",
         "bachelor", "5+ years of hands-on localization work"),
        ("PhD in Chemistry or a related area, or 3+ years of applied materials research",
         "phd", "3+ years of applied materials research"),
    ],
)  # fmt: skip
def test_the_years_of_a_degree_alternative_are_asked_of_no_degree_holder(
    profile_of: ProfileOf, line: str, required: str, alternative: str
) -> None:
    posting = profile_of(f"Analyst\n\nRequirements\n- {line}\n- Python\n", "posting").posting
    assert posting is not None
    assert (posting.degree_required, posting.degree_alternative) == (required, alternative)
    assert (posting.years_required, posting.level) == (None, None)


def test_the_words_of_a_degree_alternative_are_not_skills_asked(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- PhD in Chemistry (or equivalent research experience)\n- Python\n",
        doc_type="posting",
    )
    assert {r.id for r in posting.requirements} == {"python"}
    asked = profile_of(
        "Requirements\n- PhD in Chemistry (or equivalent research experience)\n- Python\n"
        "- Research experience in catalysis\n",
        doc_type="posting",
    )
    assert "scientific-research" in {r.id for r in asked.requirements}


def test_years_from_a_tables_column_of_years(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\n## Requirements\n\n| Skill | Minimum years |\n|---|---|\n"
        "| Python | 5+ |\n| Kubernetes | 3 |\n\n| Tool | Level |\n|---|---|\n| Docker | 2 |\n",
        doc_type="posting",
    )
    years = {r.id: r.years for r in posting.requirements if r.known}
    assert years == {"python": 5.0, "kubernetes": 3.0, "docker": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item of names and a cue; a name followed by what asks for it
        ("- Experience with SQL\n- Go or R a plus\n", {"sql": "required", "go": "preferred"}),
        ("- SQL\n- Airflow experience is required\n", {"airflow": "required"}),
        # a posting shouted in capitals
        ("- 3+ YEARS OF EXPERIENCE WITH SPARK\n- GO OR R A PLUS\n", {"apache-spark": "required"}),
        # a lower-case name joined to another in a sentence; not a list of values
        ("- You should know sql and airflow well\n", {"airflow": "required"}),
        ("- Python\n- Our values: spark, grit, craft, go further\n", {"apache-spark": None}),
        ("- Python\n- spark, curiosity and grit\n", {"apache-spark": None}),
        # "stand out" of the candidate only
        ("- Build models in PyTorch that make our product stand out\n", {"pytorch": "required"}),
    ],
)
def test_names_asked_in_list_items(
    profile_of: ProfileOf, text: str, expected: dict[str, str]
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n{text}", doc_type="posting")
    asked = {r.id: r.importance for r in posting.requirements}
    assert {k: asked.get(k) for k in expected} == expected


def test_what_is_not_a_skill_in_a_postings_margins(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Analyst\n\nRequirements\n- SQL\n- Must work EST hours with UTC+1 overlap\n"
        "- US work authorization\n- It helps if you can start in January\n\n"
        "Desired start: ASAP\nDesired location: Berlin\n"
        "Pay: $140k. Remote within EU time zones (UTC-1 to UTC+3).\n"
        "Salary band: $120k. Remote (US).\n",
        doc_type="posting",
    )
    assert {r.jd_text for r in posting.requirements} == {"SQL"}


def test_counts_and_people_are_not_terms(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- Experience taking at least one model into production\n"
        "- Two of the following: Python, Go, Rust\n- Our team needs someone who knows Kafka\n",
        doc_type="posting",
    )
    assert _literal_terms(posting) == set()


def test_a_years_line_in_a_postings_header_sets_its_years(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Senior Data Scientist\nExperience: 4 - 7 Years\n\nRequirements\n- Python\n",
        doc_type="posting",
    )
    assert posting.posting is not None and posting.posting.years_required == 4


def test_a_posting_that_opens_with_a_list_item_has_no_title(profile_of: ProfileOf) -> None:
    posting = profile_of("- Python\n- Kubernetes\n", doc_type="posting")
    assert {r.importance for r in posting.requirements} == {"required"}
    posting = profile_of("Python, SQL and Airflow\nDocker and Kubernetes\n", doc_type="posting")
    assert {r.importance for r in posting.requirements} == {"required"}  # a list, no title


def test_years_stop_at_an_item_of_its_own(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Engineer\n\nRequirements\n- 3+ years of Scala and strong Spark skills\n",
        doc_type="posting",
    )
    years = {r.id: r.years for r in posting.requirements}
    assert years == {"scala": 3.0, "apache-spark": None}


@pytest.mark.parametrize(
    "table",
    [
        "| Must-have | Nice-to-have |\n|---|---|\n| 6+ years of Python | Kubernetes |\n"
        "| Strong SQL | Familiarity with Rust |\n",
        "Must-haves                | Nice-to-haves\n--------------------------|--------------\n"
        "6+ years of Python        | Kubernetes\n"
        "Strong SQL                | Familiarity with Rust\n",
    ],
)
def test_a_tables_columns_say_how_much_each_cell_is_wanted(
    profile_of: ProfileOf, table: str
) -> None:
    posting = profile_of(f"Engineer\n\n## Who you are\n\n{table}", doc_type="posting")
    asked = {r.id: (r.importance, r.years) for r in posting.requirements}
    assert asked == {
        "python": ("required", 6.0),
        "sql": ("required", None),  # not preferred for "Familiarity" in the other cell
        "kubernetes": ("preferred", None),  # not the row's 6 years
        "rust": ("preferred", None),
    }


@pytest.mark.parametrize(
    "table",
    [
        "| Skill | Required |\n|---|---|\n| Python | Yes |\n| R | No |\n| Kubernetes | No |\n"
        "| SQL | **Yes** |\n",
        "Skill\tPriority\nPython\tMust\nR\tNice\nKubernetes\tOptional\nSQL\tMust\n",
        "| Tool | Level |\n|------|-------|\n| Python | Required |\n| R | Preferred |\n"
        "| Kubernetes | Nice-to-have |\n| SQL | Required |\n",
        # a mark with a note after it
        "| Skill | Required |\n|---|---|\n| Python | Yes (3+ yrs) |\n| R | No, but it helps |\n"
        "| Kubernetes | Nice - for the platform team |\n| SQL | Required; 2+ years |\n",
    ],
)
def test_a_column_that_marks_each_row_says_how_much_it_is_wanted(
    profile_of: ProfileOf, table: str
) -> None:
    posting = profile_of(f"Data Engineer\n\nRequirements\n\n{table}", doc_type="posting")
    asked = {r.id: r.importance for r in posting.requirements}
    assert asked == {  # and no "Yes", "Priority" or "Nice" of its own
        "python": "required",
        "r": "preferred",
        "kubernetes": "preferred",
        "sql": "required",
    }


def test_a_mark_columns_value_in_a_later_row_is_no_header(profile_of: ProfileOf) -> None:
    table = "| Skill | Level |\n|---|---|\n| Python | Required |\n| Required | Preferred |\n"
    posting = profile_of(f"Analyst\n\nRequirements\n\n{table}| Docker | No |\n")
    asked = {r.id: r.importance for r in posting.requirements}
    assert asked == {"python": "required", "docker": "preferred"}


@pytest.mark.parametrize(
    ("text", "skill", "importance"),
    [
        ("We are looking for a person with strong Snowflake and Terraform skills.\n",
         "snowflake", "required"),
        ("Our stack: Snowflake, dbt.\n\nRequirements\n- Python\n- Strong Snowflake skills\n",
         "snowflake", "required"),
        ("About you: You know Kubernetes.\n\nRequirements\n- Python\n", "kubernetes", "required"),
        ("We work with Danish hospitals.\n\nRequirements\n- Python\n", "lang-danish", None),
    ],
)  # fmt: skip
def test_what_prose_asks_of_the_candidate(
    profile_of: ProfileOf, text: str, skill: str, importance: str | None
) -> None:
    posting = profile_of(f"ML Engineer\n\n{text}", doc_type="posting")
    assert {r.id: r.importance for r in posting.requirements}.get(skill) == importance


def test_a_skills_label_after_the_duties_asks_for_its_skills(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Site Engineer\n\nResponsibilities:\n- Supervise concreting on site.\n\n"
        "Skills: AutoCAD, MS Excel, surveying\n",
        doc_type="posting",
    )
    asked = {r.jd_text: r.importance for r in posting.requirements}
    assert asked["AutoCAD"] == asked["MS Excel"] == asked["surveying"] == "required"


@pytest.mark.parametrize(
    "line",
    [
        "Skills: we value curiosity, kindness and grit.",
        "Skills: our teams grow curiosity and resilience together.",
        "Skills: you will learn Python and public speaking here.",
    ],
)
def test_a_skills_label_before_what_the_company_says_asks_for_nothing(
    profile_of: ProfileOf, line: str
) -> None:
    """The label opens the company's own words, what it values or teaches, not an ask."""
    posting = profile_of(
        f"Site Engineer\n\nResponsibilities:\n- Supervise concreting on site.\n\n{line}\n"
        "\nRequirements:\n- AutoCAD\n",
        doc_type="posting",
    )
    asked = {r.jd_text: r.importance for r in posting.requirements}
    assert [text for text, importance in asked.items() if importance == "required"] == ["AutoCAD"]


def test_a_company_blurb_asks_for_nothing_and_the_roles_description_mentions(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(
        "Data Engineer\n\nAbout us\nAcme moves freight. Our stack is Kafka, Snowflake and dbt.\n\n"
        "About the role\nYou will move our batch jobs to Airflow.\n\n"
        "Requirements\n- Python\n",
        doc_type="posting",
    )
    asked = {r.jd_text: r.importance for r in posting.requirements}
    assert not {"Kafka", "Snowflake", "dbt"} & set(asked)
    assert asked["Airflow"] == "mentioned" and asked["Python"] == "required"


@pytest.mark.parametrize(
    ("line", "name", "years"),
    [
        ("Analyzed 20 years of sales data and built dashboards in Tableau", "Tableau", None),
        ("5 years of data and analytics experience", "analytics", 5.0),
        ("6 years of financial data and related reporting in Tableau", "Tableau", 6.0),
    ],
)
def test_years_of_data_before_a_new_verb_are_no_time_with_a_skill(
    line: str, name: str, years: float | None
) -> None:
    at = line.index(name)
    assert years_for(line, (at, at + len(name))) == years


@pytest.mark.parametrize(
    ("item", "stack", "asked"),
    [
        ("SQL (we use Snowflake)", "snowflake", "sql"),
        ("Python; we use Airflow for orchestration", "airflow", "python"),
        ("Strong SQL skills. Our stack: dbt, Snowflake", "dbt", "sql"),
        ("Experience with SQL (our warehouse runs on Snowflake)", "snowflake", "sql"),
    ],
)
def test_the_stack_the_company_uses_asks_nothing_even_in_an_aside(
    profile_of: ProfileOf, item: str, stack: str, asked: str
) -> None:
    posting = profile_of(f"Analyst\n\nRequirements\n- {item}\n", doc_type="posting")
    importance = {r.id: r.importance for r in posting.requirements}
    assert importance[asked] == "required"
    assert stack not in importance  # as "We use Snowflake." asks nothing


@pytest.mark.parametrize(
    "item",
    [
        "Experience with our stack: dbt and Snowflake",
        "Snowflake is required (we use it daily)",
        "Deep knowledge of the tools we use: dbt, Snowflake",
        # the aside closed before the skill: it tells nothing of what follows it
        "Python (we use it daily) and Snowflake experience",
        "Python (ideally 3.11; we use Poetry) and Snowflake",
    ],
)
def test_the_stack_asked_of_the_hire_stays_required(profile_of: ProfileOf, item: str) -> None:
    posting = profile_of(f"Analyst\n\nRequirements\n- {item}\n", doc_type="posting")
    assert {r.id: r.importance for r in posting.requirements}["snowflake"] == "required"


@pytest.mark.parametrize(
    ("item", "accepted"),
    [
        ("Cloud (AWS preferred, GCP welcome)", "gcp"),
        ("Cloud (AWS preferred, GCP ok)", "gcp"),
        ("PyTorch — TensorFlow acceptable", "tensorflow"),
        ("PyTorch (TensorFlow is fine too)", "tensorflow"),
        ("Python; Go also works", "go"),
    ],
)
def test_an_alternative_said_to_be_acceptable_is_not_required(
    profile_of: ProfileOf, item: str, accepted: str
) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n- {item}\n", doc_type="posting")
    assert {r.id: r.importance for r in posting.requirements}[accepted] == "preferred"


@pytest.mark.parametrize(
    "item",
    [
        "Kubernetes; we welcome applicants from all backgrounds",
        "Understanding of how Kubernetes works",
        "Kubernetes, fine-grained access control",
    ],
)
def test_welcome_or_works_elsewhere_is_no_preference(profile_of: ProfileOf, item: str) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n- {item}\n", doc_type="posting")
    assert {r.id: r.importance for r in posting.requirements}["kubernetes"] == "required"


@pytest.mark.parametrize(
    "item",
    ["SQL Server DBA - Oklahoma City, OK", "Python developer in Tulsa, OK"],
)
def test_oklahoma_after_its_city_is_no_acceptance(profile_of: ProfileOf, item: str) -> None:
    posting = profile_of(f"Engineer\n\nRequirements\n- {item}\n", doc_type="posting")
    assert {r.id for r in posting.requirements if r.importance == "preferred"} & {
        "sql-server",
        "python",
    } == set()
