"""Quant trading, bank risk, insurance pricing, robotics and autonomous driving, geospatial ML:
their tools, methods, credentials and regulations are skills, and the short names these fields
share with other ones ("Radar", "SAR", "MPC", "PD", "CFA") are read in the right sense. Each
text is a small case written here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, compare
from mlcareer.documents import read_document
from mlcareer.errors import TaxonomyError
from mlcareer.extract import DocType, extract_profile
from mlcareer.models import Profile
from mlcareer.taxonomy import load_taxonomy

ProfileOf = Callable[..., Profile]
Write = Callable[[str, str], Path]


def ids(profile_of: ProfileOf, text: str, doc_type: DocType = "posting") -> set[str]:
    return {hit.id for hit in profile_of(text, doc_type=doc_type).skills}


def asked(profile_of: ProfileOf, *items: str) -> set[str]:
    lines = "".join(f"- {item}\n" for item in items)
    return ids(profile_of, f"Quant Analyst\n\nRequirements\n{lines}")


def shown(profile_of: ProfileOf, line: str) -> set[str]:
    resume = f"Jane Doe\n\nExperience\nAnalyst, Acme Corp, 2019 - 2024\n- {line}\n"
    return ids(profile_of, resume, doc_type="resume")


# --- the fields' tools and methods --------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # quant trading
        ("Alpha research and backtesting of systematic strategies",
         {"alpha-research", "backtesting"}),
        ("Knowledge of the FIX protocol and exchange connectivity", {"fix-protocol"}),
        ("Ultra-low latency C++ for market making", {"low-latency-systems", "cpp"}),
        ("Market risk: Value at Risk and Expected Shortfall", {"market-risk"}),
        # bank credit risk and model risk
        ("Build PD, LGD and EAD models", {"pd-lgd-ead-models"}),
        ("Develop application and behavioural scorecards", {"credit-scorecards"}),
        ("Understanding of Basel III and IFRS 9", {"basel-iii", "ifrs"}),
        ("PD models under the advanced IRB approach", {"pd-lgd-ead-models", "irb-models"}),
        ("Working knowledge of SR 11-7 and OCC 2011-12", {"model-risk-management"}),
        ("Experience building challenger models", {"champion-challenger-models"}),
        ("CCAR/DFAST stress testing", {"regulatory-stress-testing"}),
        ("Suspicious activity reporting and KYC", {"suspicious-activity-reporting"}),
        # insurance pricing
        ("GLMs in Emblem and Radar, or Akur8",
         {"generalized-linear-models", "wtw-emblem", "wtw-radar", "akur8"}),
        ("Loss reserving with chain ladder methods", {"loss-reserving"}),
        # robotics and autonomous driving
        ("Fusion of LiDAR and radar detections", {"lidar", "radar"}),
        ("Safety cases under ISO 26262 and SOTIF", {"functional-safety"}),
        ("Embedded Linux and cross-compilation", {"embedded-linux"}),
        ("PCL or Open3D for point clouds", {"pcl", "open3d"}),
        ("MPC with acados, CasADi or OSQP", {"control-systems", "acados", "casadi", "osqp"}),
        ("LQR and MPC controllers", {"control-systems"}),
        # geospatial and earth observation
        ("GDAL, rasterio and xarray", {"gdal", "rasterio", "xarray"}),
        ("GeoPandas, Shapely and PostGIS", {"geopandas", "shapely", "postgis"}),
        ("Prototyping in Google Earth Engine", {"google-earth-engine"}),
        ("Sentinel-2 and Landsat imagery", {"remote-sensing"}),
        ("SAR interferometry (InSAR) for ground motion", {"synthetic-aperture-radar"}),
        ("Coordinate reference systems and map projections", {"geospatial-analysis"}),
    ],
)  # fmt: skip
def test_the_fields_tools_and_methods_are_skills(
    profile_of: ProfileOf, item: str, expected: set[str]
) -> None:
    assert expected <= asked(profile_of, item)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("CFA charterholder or FRM certified", {"cfa", "frm"}),
        ("CFA Level II candidate", {"cfa"}),
        ("FRM Part I passed", {"frm"}),
        ("ACAMS certification (CAMS)", {"cams"}),
        ("Membership of the Institute and Faculty of Actuaries", {"ifoa-exams"}),
        ("Fellow of the Society of Actuaries and Casualty Actuarial Society",
         {"soa-exams", "cas-exams"}),
        ("At least 4 IFoA exams passed", {"ifoa-exams"}),
        ("Progress toward SOA or CAS credentials", {"soa-exams", "cas-exams"}),
        ("ACAS or FCAS preferred", {"cas-exams"}),
    ],
)  # fmt: skip
def test_credentials_and_exams_are_skills(
    profile_of: ProfileOf, item: str, expected: set[str]
) -> None:
    assert expected <= asked(profile_of, item)


def test_a_firewalls_short_name_stays_asked(profile_of: ProfileOf) -> None:
    """Cisco's ASA is no actuarial credential: the ask keeps its word."""
    posting = profile_of(
        "Network Engineer\n\nRequirements\n- Proficiency with ASA firewall\n", doc_type="posting"
    )
    assert any("ASA" in r.jd_text for r in posting.requirements)
    assert "soa-exams" not in {r.id for r in posting.requirements}


@pytest.mark.parametrize(
    ("item", "word"),
    [
        ("Structural equation modeling and CFA", "CFA"),
        ("IRB protocols for human subjects research", "IRB"),
    ],
)
def test_other_senses_stay_asked_in_their_words(
    profile_of: ProfileOf, item: str, word: str
) -> None:
    """A factor analysis and an ethics board are no credential or capital rule; still asked."""
    posting = profile_of(f"Research Analyst\n\nRequirements\n- {item}\n", doc_type="posting")
    terms = {r.jd_text for r in posting.requirements if not r.known}
    assert any(word in term for term in terms)


def test_no_junk_term_is_left_around_an_exam_body(profile_of: ProfileOf) -> None:
    """ "Progress toward SOA" was a literal term of its own."""
    posting = profile_of(
        "Actuarial Analyst\n\nRequirements\n- Progress toward SOA or CAS credentials\n",
        doc_type="posting",
    )
    assert [r.id for r in posting.requirements if not r.known] == []


@pytest.mark.parametrize(
    ("narrow", "broad"),
    [
        ("pd-lgd-ead-models", "credit-risk-modeling"),
        ("credit-scorecards", "credit-risk-modeling"),
        ("alpha-research", "quantitative-finance"), ("cams", "anti-money-laundering"),
        ("suspicious-activity-reporting", "anti-money-laundering"),
        ("ifoa-exams", "actuarial-exams"), ("soa-exams", "actuarial-exams"),
        ("wtw-emblem", "generalized-linear-models"), ("postgis", "postgresql"),
        ("geopandas", "geospatial-analysis"), ("rasterio", "geospatial-analysis"),
        ("google-earth-engine", "remote-sensing"), ("synthetic-aperture-radar", "remote-sensing"),
        ("embedded-linux", "linux"), ("yocto", "embedded-linux"),
    ],
)  # fmt: skip
def test_narrow_skills_imply_the_broader_one(options: Options, narrow: str, broad: str) -> None:
    assert broad in options.taxonomy.implied_by(narrow)


# --- one name, two senses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "present", "absent"),
    [
        # WTW's pricing tool, the sensor
        ("Implemented rating structures and price optimisation in Radar", "wtw-radar", "radar"),
        ("Fused radar, camera and LiDAR detections for tracking", "radar", "wtw-radar"),
        # a radar, a report to the regulator
        ("Processed Sentinel-1 SAR imagery for flood mapping", "synthetic-aperture-radar",
         "suspicious-activity-reporting"),
        ("Drafted narratives for SAR filings on mule accounts", "suspicious-activity-reporting",
         "synthetic-aperture-radar"),
        ("Ranked AML alerts so investigators could file SARs sooner",
         "suspicious-activity-reporting", "synthetic-aperture-radar"),
        ("Escalated each SAR to the FIU after a KYC review", "suspicious-activity-reporting",
         "synthetic-aperture-radar"),
        # a controller, a cryptographic protocol
        ("Tuned an MPC lateral controller for lane keeping", "control-systems",
         "secure-multi-party-computation"),
        ("Built MPC protocols for private set intersection with homomorphic encryption",
         "secure-multi-party-computation", "control-systems"),
        ("Signed wallet transactions by MPC with threshold signatures",
         "secure-multi-party-computation", "control-systems"),
        # exam bodies, an architecture
        ("Passed 3 SOA exams while working full time", "soa-exams",
         "service-oriented-architecture"),
    ],
)  # fmt: skip
def test_a_shared_name_is_read_in_its_sense(
    profile_of: ProfileOf, line: str, present: str, absent: str
) -> None:
    found = shown(profile_of, line)
    assert present in found
    assert absent not in found


def test_a_pricing_tool_in_a_skills_list_is_the_pricing_tool(profile_of: ProfileOf) -> None:
    resume = "Jo Bloggs\n\nSkills\nR, Python, SQL, Emblem, Radar, Excel, GLMs\n"
    found = ids(profile_of, resume, doc_type="resume")
    assert {"wtw-emblem", "wtw-radar"} <= found
    assert "radar" not in found


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Tuned the PD controller of the camera gimbal", "pd-lgd-ead-models"),
        ("Ran PK/PD modelling for the phase I trial", "pd-lgd-ead-models"),
        ("Fitted a confirmatory factor analysis (CFA) of the survey scales", "cfa"),
        ("Mounted security cams across the warehouse", "cams"),
        ("Kept a balanced scorecard for the sales team", "credit-scorecards"),
        ("Arranged a shapely display of seasonal stock", "shapely"),
        ("Sewed the company emblem on every uniform", "wtw-emblem"),
        ("Fix bugs in the order service quickly", "fix-protocol"),
        ("Obtained IRB approval for the patient study", "irb-models"),
        ("Wrote IRB protocols and consent forms", "irb-models"),
        ("Quoted a monthly salary of SAR 15,000 to the candidate", "synthetic-aperture-radar"),
        ("Configured Cisco ASA firewalls for the trading floor", "soa-exams"),
        ("Briefed the board before each MPC meeting on rates", "control-systems"),
    ],
)  # fmt: skip
def test_ordinary_uses_of_the_short_names_are_not_skills(
    profile_of: ProfileOf, line: str, absent: str
) -> None:
    assert absent not in shown(profile_of, line)


def test_the_verb_fix_beside_a_skill_is_no_protocol(profile_of: ProfileOf) -> None:
    posting = (
        "IT Technician\n\nResponsibilities\n- Troubleshoot and fix problems on Linux servers\n"
    )
    assert "fix-protocol" not in ids(profile_of, posting)


# --- pairs across the fields --------------------------------------------------------------------


def _met(profile_of: ProfileOf, options: Options, resume_lines: str, posting: str) -> set[str]:
    """The posting's asks the resume meets, in the posting's words."""
    resume = profile_of(f"Sam Lee\n\nExperience\nAnalyst, Acme, 2018 - 2024\n{resume_lines}")
    report = compare(resume, profile_of(posting, doc_type="posting"), options)
    return {m.jd_text for m in report.matched if m.credit > 0}


_RADAR_POSTING = (
    "Radar Perception Engineer\n\nRequirements\n- Experience with radar or LiDAR data\n- Python\n"
)
_PRICING_POSTING = "Pricing Analyst\n\nRequirements\n- Experience with Emblem and Radar\n- SQL\n"
_SAR_POSTING = "EO Scientist\n\nRequirements\n- 2+ years of research in SAR imagery\n- Python\n"
_AML_POSTING = "AML Analyst\n\nRequirements\n- Experience preparing SAR filings\n- SQL\n"


def _names(asks: set[str], word: str) -> bool:
    return any(word.lower() in ask.lower() for ask in asks)


def test_a_pricing_radar_does_not_meet_a_sensor_radar(
    profile_of: ProfileOf, options: Options
) -> None:
    actuary = "- Deployed GLM rating structures to Radar in Python\n"
    met = _met(profile_of, options, actuary, _RADAR_POSTING)
    assert "Python" in met
    assert not _names(met, "radar")


def test_a_sensor_radar_does_not_meet_a_pricing_radar(
    profile_of: ProfileOf, options: Options
) -> None:
    engineer = "- Fused radar and camera detections, stored with SQL\n"
    met = _met(profile_of, options, engineer, _PRICING_POSTING)
    assert "SQL" in met
    assert not _names(met, "radar")


def test_the_pricing_tool_meets_its_own_ask(profile_of: ProfileOf, options: Options) -> None:
    actuary = "- Built GLMs in Emblem and deployed rating structures to Radar with SQL\n"
    met = _met(profile_of, options, actuary, _PRICING_POSTING)
    assert _names(met, "emblem") and _names(met, "radar")


def test_sar_filings_do_not_meet_sar_imagery(profile_of: ProfileOf, options: Options) -> None:
    analyst = "- Drafted SAR filings for investigators in Python\n"
    met = _met(profile_of, options, analyst, _SAR_POSTING)
    assert "Python" in met
    assert not _names(met, "SAR")


def test_sar_imagery_does_not_meet_sar_filings(profile_of: ProfileOf, options: Options) -> None:
    scientist = "- Processed Sentinel-1 SAR imagery with SQL catalogues\n"
    met = _met(profile_of, options, scientist, _AML_POSTING)
    assert "SQL" in met
    assert not _names(met, "SAR")


def test_a_controller_does_not_meet_a_cryptographic_mpc(
    profile_of: ProfileOf, options: Options
) -> None:
    """The posting defines MPC as multi-party computation; the resume's MPC is a controller."""
    posting = (
        "Cryptography Engineer\n\nRequirements\n"
        "- Secure multi-party computation (MPC) in C++\n- Rust\n"
    )
    engineer = "- Tuned an MPC lateral controller in C++\n"
    met = _met(profile_of, options, engineer, posting)
    assert not _names(met, "multi-party")


def test_one_exam_body_is_close_to_another_not_the_same(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "Ana Ruiz\n\nExperience\nActuarial Analyst, Acme, 2019 - 2024\n- Passed four SOA exams\n"
    )
    posting = profile_of("Pricing Actuary\n\nRequirements\n- IFoA exams\n", doc_type="posting")
    report = compare(resume, posting, options)
    [match] = [m for m in [*report.matched, *report.missing] if m.id == "ifoa-exams"]
    assert 0 < match.credit < 1


# --- the format: a sense names a skill the taxonomy has -----------------------------------------


def test_a_sense_naming_an_unknown_skill_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "skills:\n"
        "  - id: zz\n    name: ZZ\n    kind: technical\n    category: c\n"
        "    guard:\n      senses: {nowhere: [word]}\n",
        encoding="utf-8",
    )
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path)
    assert "unknown skill id 'nowhere'" in "\n".join(info.value.problems)


def test_a_user_taxonomy_can_give_a_spelling_two_senses(tmp_path: Path, write: Write) -> None:
    """The mechanism, on skills of a user's own file: "Zorb" is a gauge beside "sensor" and a
    ledger tool beside "invoices"."""
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "skills:\n"
        "  - id: zorb-gauge\n    name: Zorb\n    kind: technical\n    category: robotics\n"
        "    guard:\n      context: [sensor]\n      senses: {zorb-ledger: [invoices]}\n"
        "  - id: zorb-ledger\n    name: Zorb Ledger\n    kind: technical\n    category: business\n",
        encoding="utf-8",
    )
    options = Options(taxonomy_path=mine)
    found = {}
    for line in ("Read the Zorb sensor", "Booked invoices in Zorb"):
        path = write("cv.txt", f"Experience\nClerk, Acme, 2019 - 2024\n- {line}\n")
        profile = extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")
        found[line] = {hit.id for hit in profile.skills}
    assert found == {
        "Read the Zorb sensor": {"zorb-gauge"},
        "Booked invoices in Zorb": {"zorb-ledger"},
    }
