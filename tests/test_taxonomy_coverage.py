"""Coverage beyond ML: O*NET's cross-occupation skills and common IT, industrial, healthcare,
finance and office requirements are found, while the ordinary words among them (writing,
speaking, coordination, scheduling, typing...) do not turn ML prose into skills."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract import DocType
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def ids(profile_of: ProfileOf, text: str, doc_type: DocType = "posting") -> set[str]:
    return {hit.id for hit in profile_of(text, doc_type=doc_type).skills}


# --- reading comprehension: the human skill; the NLP task keeps unambiguous spellings -----------


def test_reading_comprehension_is_the_soft_skill(profile_of: ProfileOf, options: Options) -> None:
    found = profile_of(
        "Requirements\n- Strong reading comprehension and written communication\n",
        doc_type="posting",
    ).skills
    by_id = {hit.id: hit for hit in found}
    assert by_id["reading-comprehension"].kind == "soft"
    assert "question-answering" not in by_id
    assert options.taxonomy.by_spelling["reading comprehension"] == "reading-comprehension"


def test_machine_reading_comprehension_stays_nlp(profile_of: ProfileOf) -> None:
    found = ids(
        profile_of,
        "Experience\n- Fine-tuned transformers for machine reading comprehension on SQuAD\n",
        "resume",
    )
    assert "question-answering" in found
    assert "reading-comprehension" not in found


# --- active learning: the ML technique, or the habit of learning (continuous learning) ----------


def test_active_learning_in_an_ml_context_is_the_ml_technique(profile_of: ProfileOf) -> None:
    found = ids(
        profile_of,
        "Responsibilities\n- Use active learning with uncertainty sampling to cut labeling cost\n",
    )
    assert "active-learning" in found
    assert "continuous-learning" not in found


def test_an_active_learner_is_the_soft_skill(profile_of: ProfileOf) -> None:
    found = ids(
        profile_of,
        "Summary\nActive learner who picks up new tools fast and is eager to learn.\n",
        "resume",
    )
    assert "continuous-learning" in found
    assert "active-learning" not in found


def test_an_onet_skill_list_does_not_ask_for_the_ml_technique(profile_of: ProfileOf) -> None:
    found = ids(
        profile_of,
        "Skills\nCritical Thinking, Active Learning, Active Listening, Writing\n",
        "resume",
    )
    assert {"critical-thinking", "active-listening", "writing"} <= found
    assert "active-learning" not in found


# --- O*NET skills in a posting's bullets -------------------------------------------------------


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Strong reading comprehension, active listening and sound judgment and decision making",
         {"reading-comprehension", "active-listening", "decision-making"}),
        ("Ability to read and interpret documents such as safety rules; strong coordination skills",
         {"reading-comprehension", "coordination"}),
        ("Writing, speaking and active listening skills; persuasion and negotiation",
         {"writing", "speaking", "active-listening", "persuasion", "negotiation"}),
        ("Service orientation, instructing others and good time management",
         {"customer-focus", "instructing", "time-management"}),
        ("Management of financial resources and management of personnel resources",
         {"budgeting", "team-management"}),
        ("Preventive maintenance, equipment repair and troubleshooting of production lines",
         {"preventive-maintenance", "equipment-repair", "troubleshooting"}),
    ],
)  # fmt: skip
def test_onet_skills_in_a_posting_bullet(
    profile_of: ProfileOf, bullet: str, expected: set[str]
) -> None:
    assert expected <= ids(profile_of, f"Requirements\n- {bullet}\n")


def test_writing_and_speaking_imply_communication(options: Options) -> None:
    assert "communication" in options.taxonomy.implied_by("writing")
    assert "communication" in options.taxonomy.implied_by("speaking")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Excellent Writing and Speaking skills", {"writing", "speaking"}),
        ("Strong writing skills and a clear writer", {"writing"}),
        ("Public speaking skills", {"public-speaking"}),
    ],
)
def test_praise_of_writing_or_speaking_shows_that_skill(
    profile_of: ProfileOf, line: str, expected: set[str]
) -> None:
    """ "Writing skills" is the Writing skill (which implies communication), not communication
    in general: a posting that asks for writing is met by it."""
    found = ids(profile_of, f"Skills\n- {line}\n", "resume")
    assert expected <= found
    assert "communication" not in found


def test_a_resume_praising_its_writing_meets_a_posting_asking_for_it(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of("Skills\n- Excellent Writing and Speaking skills\n", doc_type="resume")
    posting = profile_of(
        "Requirements\n- Strong writing skills\n- Speaking skills\n", doc_type="posting"
    )
    report = compare(resume, posting, options)
    assert {"writing", "speaking"} <= {m.id for m in report.matched}
    assert not report.missing


# --- common requirements outside ML ------------------------------------------------------------


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Penetration testing, vulnerability assessment and SIEM tuning (Splunk)",
         {"penetration-testing", "vulnerability-assessment", "siem", "splunk"}),
        ("PLC programming (Allen-Bradley), ladder logic, SCADA and HMI troubleshooting",
         {"plc-programming", "ladder-logic", "scada", "hmi"}),
        ("AutoCAD or SolidWorks; CAD/CAM experience with CNC machines; blueprint reading and GD&T",
         {"autocad", "solidworks", "cad", "cam", "cnc-machining", "blueprint-reading", "gdt"}),
        ("Forklift certification, OSHA 10 and CPR/First Aid certification",
         {"forklift-operation", "osha", "cpr", "first-aid"}),
        ("Medical terminology, EMR systems, patient care and phlebotomy; HIPAA",
         {"medical-terminology", "electronic-health-records", "patient-care", "phlebotomy",
          "hipaa"}),
        ("QuickBooks, payroll processing, cash handling, data entry and typing skills",
         {"quickbooks", "payroll", "cash-handling", "data-entry", "typing"}),
        ("Proficient in Microsoft Word, Excel, Outlook, Visio and MS Project",
         {"microsoft-word", "excel", "microsoft-outlook", "visio", "microsoft-project"}),
        ("ITIL, ServiceNow, Citrix, VoIP and Cisco CUCM; Windows administration",
         {"itil", "servicenow", "citrix", "voip", "cisco-unified-communications",
          "windows-server"}),
        ("Java EE with Struts, JSP and SOAP web services on WebLogic, WebSphere or JBoss",
         {"java-ee", "apache-struts", "jsp", "soap", "weblogic", "websphere", "jboss"}),
        ("Mainframe COBOL and JCL; AS/400; OLAP cubes in SSAS",
         {"mainframe", "cobol", "jcl", "as400", "olap", "ssas"}),
        ("Salesforce Apex triggers, SAP Hybris, Workday HCM, PeopleSoft, Oracle EBS, JD Edwards",
         {"salesforce-apex", "sap-commerce-cloud", "workday", "peoplesoft", "oracle-ebs",
          "jd-edwards"}),
        ("Guidewire PolicyCenter configuration and Pega PRPC", {"guidewire", "pega"}),
        ("Build restful services and data loss prevention policies",
         {"rest-api", "data-loss-prevention"}),
        ("Experience training junior staff", {"staff-training"}),
        ("Training new hires on safety procedures", {"staff-training"}),
        ("Comfortable training new employees and junior team members", {"staff-training"}),
    ],
)  # fmt: skip
def test_common_requirements_outside_ml(
    profile_of: ProfileOf, bullet: str, expected: set[str]
) -> None:
    assert expected <= ids(profile_of, f"Requirements\n- {bullet}\n")


@pytest.mark.parametrize(
    ("narrow", "broad"),
    [
        ("autocad", "cad"), ("ladder-logic", "plc-programming"), ("itil", "it-service-management"),
        ("salesforce-apex", "salesforce"), ("preventive-maintenance", "equipment-maintenance"),
        ("photoshop", "graphic-design"), ("axure", "wireframing"), ("wireframing", "ux-design"),
        ("figma", "ui-design"), ("loadrunner", "performance-testing"), ("mongodb", "nosql"),
        ("commvault", "backup-recovery"), ("ospf", "network-protocols"),
        ("palo-alto", "firewalls"), ("sap-sd", "sap"),
    ],
)  # fmt: skip
def test_narrow_tools_imply_the_broader_skill(options: Options, narrow: str, broad: str) -> None:
    assert broad in options.taxonomy.implied_by(narrow)


# --- the ordinary words stay ordinary in ML and software prose ----------------------------------


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Writing production Python code and reviewing pull requests", {"writing"}),
        ("Writing, testing and deploying Python services", {"writing"}),
        ("Speaking with customers to understand their data", {"speaking"}),
        ("Monitoring model drift and data quality in production",
         {"monitoring-performance", "operations-monitoring"}),
        ("Our science team works in close coordination with product",
         {"coordination", "scientific-method"}),
        ("Coordination of multi-agent systems and distributed coordination with ZooKeeper",
         {"coordination"}),
        ("Programming GPU kernels, installation of CUDA drivers and repairing broken pipelines",
         {"equipment-installation", "equipment-repair"}),
        ("Instructing LLMs with few-shot prompts", {"instructing"}),
        ("Job scheduling on Kubernetes and learning rate scheduling", {"scheduling"}),
        ("Use static typing, type hints and the typing module", {"typing"}),
        ("Automate manual data entry with document AI", {"data-entry"}),
        ("Routine maintenance of the feature store", {"preventive-maintenance",
                                                      "equipment-maintenance"}),
        ("Train with NVIDIA Apex and explain with Grad-CAM", {"salesforce-apex", "cam"}),
        ("Compensation: 150,000 CAD per year plus equity", {"cad"}),
        ("Acme Robotics PLC is a leading industrial automation company", {"plc-programming"}),
        ("Summarize the SOAP notes clinicians write", {"soap"}),
        ("Report the Word error rate of our ASR models", {"microsoft-word"}),
        ("The Outlook for 2027 is strong growth in cloud spend", {"microsoft-outlook"}),
    ],
)  # fmt: skip
def test_ordinary_words_are_not_skills(profile_of: ProfileOf, line: str, absent: set[str]) -> None:
    found = ids(profile_of, f"Title: ML Engineer\n\nResponsibilities\n- {line}\n")
    assert not absent & found


def test_recruiting_is_a_skill_but_a_postings_own_hiring_is_not(profile_of: ProfileOf) -> None:
    resume = profile_of("Experience\n- Ran full-cycle recruiting in Greenhouse ATS\n")
    assert {"recruiting", "applicant-tracking-systems"} <= {h.id for h in resume.skills}
    posting = profile_of(
        "About the role\nQuestions about the recruitment process? We do not work with "
        "recruitment agencies.\n",
        doc_type="posting",
    )
    assert "recruiting" not in {h.id for h in posting.skills}


# --- design, web, networking and IT requirements that postings often ask for --------------------


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("UX/UI design in Figma: wireframes, user flows and clickable prototypes",
         {"ux-design", "ui-design", "figma", "wireframing"}),
        ("A portfolio showing user experience design and user interface design",
         {"ux-design", "ui-design"}),
        ("Wireframing in Axure RP or Balsamiq", {"wireframing", "axure", "balsamiq"}),
        ("Adobe Photoshop, Illustrator and InDesign (Adobe Creative Suite); Sketch",
         {"photoshop", "illustrator", "indesign", "adobe-creative-cloud", "sketch-app"}),
        ("Administer Microsoft Exchange 2016, Exchange Online mailboxes and SCCM (MECM)",
         {"microsoft-exchange", "sccm"}),
        ("Model-view-controller web apps with ASP.NET MVC, AJAX, Backbone.js and UML diagrams",
         {"mvc", "aspnet", "ajax", "backbonejs", "uml"}),
        ("Ethernet switching, OSPF, BGP and EIGRP routing, QoS for voice traffic",
         {"ethernet", "ospf", "bgp", "eigrp", "qos"}),
        ("DNS, DHCP, VPN and firewall administration", {"dns", "dhcp", "vpn", "firewalls"}),
        ("Working knowledge of HTTP/HTTPS and of designing and consuming APIs",
         {"http", "api-design"}),
        ("MongoDB, Cassandra or other NoSQL databases", {"mongodb", "cassandra", "nosql"}),
        ("CISSP certification; PCI DSS compliance experience", {"cissp", "pci-dss"}),
        ("Load testing and performance testing with LoadRunner",
         {"performance-testing", "loadrunner"}),
        ("Magento 2 storefronts; OpenGL shaders", {"magento", "opengl"}),
        ("Background in telecommunications; Commvault backup and restore",
         {"telecommunications", "commvault", "backup-recovery"}),
        ("B2C sales experience; SAP SD configuration", {"sales", "sap-sd"}),
    ],
)  # fmt: skip
def test_design_web_and_it_requirements(
    profile_of: ProfileOf, bullet: str, expected: set[str]
) -> None:
    assert expected <= ids(profile_of, f"Requirements\n- {bullet}\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Migrated 2,000 mailboxes from on-premises Exchange to Exchange Online",
         {"microsoft-exchange"}),
        ("Drew UI mockups in Sketch and ran usability sessions with customers",
         {"sketch-app", "ui-design"}),
        ("Configured BGP and OSPF on Cisco routers across 40 branch offices",
         {"bgp", "ospf", "cisco-networking"}),
        ("Ran JMeter load tests against the checkout API before each release",
         {"jmeter", "performance-testing"}),
    ],
)  # fmt: skip
def test_design_web_and_it_skills_in_a_resume(
    profile_of: ProfileOf, line: str, expected: set[str]
) -> None:
    assert expected <= ids(profile_of, f"Experience\n- {line}\n", "resume")


def test_new_spellings_join_existing_skills(options: Options) -> None:
    by_spelling = options.taxonomy.by_spelling
    assert by_spelling["apis"] == "api-design"
    assert by_spelling["b2c sales"] == "sales"
    assert by_spelling["asp.net mvc"] == "aspnet"
    assert by_spelling["spring mvc"] == "spring"
    assert by_spelling["db modeling"] == "database-design"


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Our parent company is listed on the stock exchange", {"microsoft-exchange"}),
        ("Exchange rate forecasting for the treasury team", {"microsoft-exchange"}),
        ("Build an internal UI for annotators in React", {"ui-design"}),
        ("Improve the developer UX of our Python SDK", {"ux-design"}),
        ("Deliver a great user experience to every customer", {"ux-design"}),
        ("Count-Min Sketch and HyperLogLog for cardinality estimation", {"sketch-app"}),
        ("Sketch the system design on a whiteboard before coding", {"sketch-app"}),
        ("Illustrator on staff turns our results into paper figures", {"illustrator"}),
        ("Fine-tune a ResNet Backbone network for detection", {"backbonejs"}),
        ("Backbone models such as ViT and Swin", {"backbonejs"}),
        ("Office in Ajax, Ontario, close to Toronto", {"ajax"}),
        ("DNS of turbulent channel flow with spectral solvers", {"dns"}),
        ("Deliver a high quality of service to our customers", {"qos"}),
        ("Kubernetes QoS classes for inference pods", {"qos"}),
        ("Measure censorship behind the Great Firewall", {"firewalls"}),
        ("Never commit an API key; use the Keras functional API", {"api-design"}),
    ],
)  # fmt: skip
def test_other_meanings_of_design_and_it_names(
    profile_of: ProfileOf, line: str, absent: set[str]
) -> None:
    found = ids(profile_of, f"Title: ML Engineer\n\nResponsibilities\n- {line}\n")
    assert not absent & found


# --- cloud and ML certifications: whole names, not a platform plus stray words ------------------


@pytest.mark.parametrize(
    ("line", "cert", "platform"),
    [
        ("AWS Certified Solutions Architect - Associate", "aws-solutions-architect", "aws"),
        ("AWS Certified Cloud Practitioner", "aws-cloud-practitioner", "aws"),
        ("AWS Certified Machine Learning - Specialty", "aws-machine-learning-certification", "aws"),
        ("Google Cloud Professional Data Engineer", "gcp-data-engineer-certification", "gcp"),
        (
            "Google Professional Machine Learning Engineer",
            "gcp-machine-learning-engineer-certification",
            "gcp",
        ),
        ("Microsoft Certified: Azure Fundamentals", "azure-fundamentals-certification", "azure"),
        ("Azure Data Scientist Associate (DP-100)", "azure-data-scientist-certification", "azure"),
        ("Certified Kubernetes Administrator (CKA)", "cka", "kubernetes"),
        ("HashiCorp Certified: Terraform Associate", "terraform-associate", "terraform"),
        ("TensorFlow Developer Certificate", "tensorflow-developer-certificate", "tensorflow"),
    ],
)
def test_certifications_are_named_whole_and_imply_their_platform(
    profile_of: ProfileOf, options: Options, line: str, cert: str, platform: str
) -> None:
    posting = profile_of(f"Cloud Engineer\n\nRequirements\n- {line}\n", doc_type="posting")
    assert cert in {r.id for r in posting.requirements}
    assert not any(not r.known for r in posting.requirements)  # no stray "Practitioner"
    assert platform in options.taxonomy.skills[cert].implies


def test_the_platform_alone_is_a_close_alternative_to_its_certification(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = profile_of(
        "Cloud Engineer\n\nRequirements\n- AWS Certified Cloud Practitioner\n", doc_type="posting"
    )
    resume = profile_of("Skills\nAWS, Python\n", doc_type="resume")
    verdict = compare(resume, posting, options).missing[0]
    assert (verdict.id, verdict.status) == ("aws-cloud-practitioner", "related")


@pytest.mark.parametrize(
    ("line", "present", "absent"),
    [
        ("- AWS D1.1 structural welding certification", set(), {"aws"}),
        ("- AWS certified welder", set(), {"aws"}),
        ("- Current BLS certification", {"bls"}, set()),
        ("- BLS and ACLS required", {"bls"}, set()),
        ("- Build wage models from BLS data", set(), {"bls"}),
    ],
)
def test_welding_codes_and_life_support_are_told_apart(
    profile_of: ProfileOf, line: str, present: set[str], absent: set[str]
) -> None:
    found = ids(profile_of, f"Title: Technician\n\nRequirements\n{line}\n")
    assert present <= found
    assert not absent & found


def test_a_product_named_after_its_vendors_cloud_is_one_requirement(
    profile_of: ProfileOf,
) -> None:
    """ "IBM Cloud Pak for Data" is one product, not IBM Cloud and a term "Pak for Data"."""
    posting = profile_of(
        "Requirements\n- Experience with IBM Cloud Pak for Data\n", doc_type="posting"
    )
    assert [r.id for r in posting.requirements] == ["ibm-cloud-pak-for-data"]


# --- embedded, graphics, mobile, reliability, quality, lab and trade skills ---------------------


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Firmware on FreeRTOS or Zephyr RTOS for ARM Cortex-M microcontrollers",
         {"freertos", "zephyr-rtos"}),
        ("Build embedded Linux images with Yocto and BitBake, or Buildroot",
         {"yocto", "buildroot"}),
        ("Bring up boards with JTAG and an oscilloscope", {"jtag"}),
        ("Write drivers for UART, SPI, I2C and CAN peripherals", {"uart", "spi", "i2c", "can-bus"}),
        ("Knowledge of CAN bus and AUTOSAR for automotive ECUs", {"can-bus", "autosar"}),
        ("Write shaders in HLSL and GLSL", {"hlsl", "glsl"}),
        ("Track test cases in TestRail and load test with k6", {"testrail", "k6"}),
        ("Join the on-call rotation in PagerDuty and define SLOs and SLIs for our services",
         {"pagerduty", "service-level-objectives"}),
        ("Lead threat modeling for new features", {"threat-modeling"}),
        ("Automate releases with Fastlane, UI tests in XCTest and Espresso, watch Crashlytics",
         {"fastlane", "xctest", "espresso", "crashlytics"}),
        ("Knowledge of IFRS and monthly variance analysis", {"ifrs", "variance-analysis"}),
        ("Run FMEA sessions for the ISO 13485 and ISO 9001:2015 quality management system",
         {"fmea", "iso-13485", "iso-9001", "quality-management-systems"}),
        ("Apply Lean principles, kaizen and 5S on the shop floor", {"lean-manufacturing"}),
        ("Practical Application of Lean Principles", {"lean-manufacturing"}),
        ("GIS mapping in ArcGIS or QGIS", {"geospatial-analysis", "arcgis", "qgis"}),
        ("Administer Moodle courses and the LMS for online learners",
         {"moodle", "learning-management-systems"}),
        ("PCR, gel electrophoresis and DNA extraction in the lab", {"pcr"}),
        ("Prepare shipping documents under the right Incoterms", {"incoterms"}),
    ],
)  # fmt: skip
def test_embedded_mobile_quality_and_trade_skills(
    profile_of: ProfileOf, bullet: str, expected: set[str]
) -> None:
    assert expected <= ids(profile_of, f"Requirements\n- {bullet}\n")


@pytest.mark.parametrize(
    ("narrow", "broad"),
    [
        ("freertos", "embedded-systems"), ("zephyr-rtos", "embedded-systems"),
        ("yocto", "embedded-systems"), ("can-bus", "embedded-systems"), ("jtag", "debugging"),
        ("xctest", "ios"), ("xctest", "testing"), ("espresso", "android"),
        ("testrail", "test-management"), ("k6", "performance-testing"),
        ("pagerduty", "incident-management"), ("ifrs", "accounting"),
        ("iso-13485", "quality-management-systems"), ("iso-9001", "quality-assurance"),
        ("arcgis", "geospatial-analysis"), ("moodle", "learning-management-systems"),
    ],
)  # fmt: skip
def test_new_tools_imply_the_broader_skill(options: Options, narrow: str, broad: str) -> None:
    assert broad in options.taxonomy.implied_by(narrow)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Bring a CAN do attitude and a smile to every shift", {"can-bus"}),
        ("Servers can bus tables when the floor is busy", {"can-bus"}),
        ("Pull espresso shots and keep the espresso machine clean", {"espresso"}),
        ("Espresso and pastries are free in the kitchen", {"espresso"}),
        ("We are a lean team that ships fast with a Lean startup mindset", {"lean-manufacturing"}),
        ("Teach K6 students reading and maths", {"k6"}),
        ("Explain the PCR of the loan to each client", {"pcr"}),
        ("Our store is in SLO, California", {"service-level-objectives"}),
        ("We welcome GIs and veterans of every branch", {"geospatial-analysis"}),
        ("Skip the queue with the Fastlane pass at the gate", {"fastlane"}),
        ("Load plugins through the SPI of the Java runtime", {"spi"}),
        ("We are an ISO 9001-certified business founded in 1998", {"iso-9001"}),
    ],
)  # fmt: skip
def test_ordinary_uses_of_the_new_names_are_not_skills(
    profile_of: ProfileOf, line: str, absent: set[str]
) -> None:
    found = ids(profile_of, f"Title: Shift Lead\n\nResponsibilities\n- {line}\n")
    assert not absent & found
