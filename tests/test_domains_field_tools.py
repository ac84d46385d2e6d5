"""ML outside big tech: the tools and rules that postings in healthcare, finance, defense,
retail, industry, energy and biology ask for and resumes show, and the short names those
fields share with other things ("VAR", "ROS", "RWE", "Bloomberg", "Spark"). Each text is a
small case written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile_of: ProfileOf, item: str) -> dict[str, str]:
    posting = f"Machine Learning Engineer\n\nRequirements\n- {item}\n"
    return {r.id: r.jd_text for r in profile_of(posting, doc_type="posting").requirements}


def _shown(profile_of: ProfileOf, line: str) -> set[str]:
    resume = f"Jane Doe\n\nExperience\nAnalyst, Acme Corp, 2019 - 2024\n- {line}\n"
    return {hit.id for hit in profile_of(resume, doc_type="resume").skills}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pulled prices and reference data with blpapi and BQL", {"bloomberg-terminal"}),
        (
            "Built price feeds from Bloomberg and Refinitiv Eikon",
            {"bloomberg-terminal", "refinitiv"},
        ),
        ("Built CECL lifetime loss forecasts", {"cecl"}),
        ("Deployed inference in a FedRAMP High enclave", {"fedramp"}),
        ("Wrote the RMF package against NIST 800-53 controls", {"nist-rmf"}),
        ("Handled ITAR-controlled sensor data", {"itar"}),
        (
            "Read ERA5 and HRRR fields from NetCDF and GRIB2 into Zarr",
            {"numerical-weather-prediction", "netcdf", "grib", "zarr"},
        ),
        ("Downscaled CMIP6 projections of precipitation", {"climate-modeling"}),
        ("Extracted medications from notes with scispaCy and cTAKES", {"scispacy", "ctakes"}),
        (
            "Analysed real-world evidence for pharmacovigilance",
            {"real-world-evidence", "pharmacovigilance"},
        ),
        (
            "Featurized molecules with RDKit; folded antibodies with AlphaFold2",
            {"rdkit", "alphafold"},
        ),
        ("Wrote MISRA C firmware; read PLC tags over OPC UA and MQTT", {"misra", "opc-ua", "mqtt"}),
        ("Built uplift models for coupon targeting", {"uplift-modeling"}),
        ("Estimated price elasticity for markdown optimization", {"pricing-optimization"}),
    ],
)
def test_domain_tools_are_skills(profile_of: ProfileOf, line: str, expected: set[str]) -> None:
    assert expected <= _shown(profile_of, line)


def test_lidar_sensor_fusion_is_lidar_and_sensor_fusion(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of, "Develop camera, radar and lidar sensor fusion")
    assert {"lidar", "sensor-fusion"} <= set(asked)


def test_slurm_shows_hpc(options: Options, profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Jane Doe\n\nExperience\nScientist, Acme Corp, 2019 - 2024\n"
        "- Ran forecasts on a Slurm cluster\n",
        doc_type="resume",
    )
    posting = profile_of(
        "Forecasting Scientist\n\nRequirements\n- Experience running jobs on HPC clusters\n",
        doc_type="posting",
    )
    report = compare(resume, posting, options)
    [hpc] = [m for m in report.matched + report.missing if m.id == "high-performance-computing"]
    assert hpc.credit > 0


@pytest.mark.parametrize(
    "item",
    [
        "Time series models (ARIMA, VAR, state space models)",
        "Experience with ARIMA, VAR and GARCH models",
    ],
)
def test_var_beside_time_series_words_is_a_vector_autoregression(
    profile_of: ProfileOf, item: str
) -> None:
    asked = _asked(profile_of, item)
    assert "vector-autoregression" in asked and "market-risk" not in asked


@pytest.mark.parametrize(
    "item", ["Market risk: VAR, stress testing and backtesting", "Python, SQL, VAR, Excel"]
)
def test_var_elsewhere_stays_value_at_risk(profile_of: ProfileOf, item: str) -> None:
    asked = _asked(profile_of, item)
    assert "market-risk" in asked and "vector-autoregression" not in asked


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Quoted by Bloomberg and Reuters on bank capital rules", "bloomberg-terminal"),
        ("Software Engineer at Bloomberg L.P. building news search", "bloomberg-terminal"),
        ("Forecast power prices for RWE and E.ON trading desks", "real-world-evidence"),
        ("Measured mitochondrial ROS production with plates analysed in Python", "ros"),
        ("Measured reactive oxygen species (ROS) in knockout lines", "ros"),
        ("Joined Spark Therapeutics to build gene therapy data pipelines", "apache-spark"),
        ("Ran VaR backtesting for the trading book", "vector-autoregression"),
    ],
)
def test_namesakes_in_these_fields_are_not_the_skill(
    profile_of: ProfileOf, line: str, absent: str
) -> None:
    assert absent not in _shown(profile_of, line)


def test_ros_of_a_biologist_is_not_asked_as_robotics(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of, "Familiarity with ROS (reactive oxygen species) assays and Python")
    assert "ros" not in asked


def test_ros_of_a_roboticist_stays(profile_of: ProfileOf) -> None:
    assert "ros" in _shown(profile_of, "Wrote ROS nodes for robot navigation")


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Knowledge of GxP and computer system validation", "gxp"),
        ("Knowledge of Basel II/III capital rules", "basel-iii"),
        ("Familiarity with Solvency II and IFRS 17", "solvency-ii"),
        ("Hands-on with SLAM, VIO and bundle adjustment", "visual-odometry"),
        ("Experience with ArcPy", "arcgis"),
        ("Experience building SMART on FHIR apps", "fhir"),
    ],
)
def test_more_domain_asks_are_known(profile_of: ProfileOf, item: str, expected: str) -> None:
    assert expected in _asked(profile_of, item)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Flew SAS to client sites, analysing the data on the plane", "sas"),
        ("Generated SAS tokens for Azure Blob Storage from Python services", "sas"),
        ("Replaced SAS drives holding the statistics data warehouse", "sas"),
        ("Reviewed export controls for shipping customer orders", "itar"),
        ("Reported to the RMF team at the radio plant", "nist-rmf"),
        ("Added weather forecasts as features to the sales model", "numerical-weather-prediction"),
    ],
)
def test_more_namesakes_are_not_the_skill(profile_of: ProfileOf, line: str, absent: str) -> None:
    assert absent not in _shown(profile_of, line)


@pytest.mark.parametrize(
    ("item", "expected", "not_asked"),
    [
        ("Proficient in SAS/STAT and PROC SQL", "sas", "sql"),
        ("Familiarity with SDTM and Define-XML", "cdisc", "xml"),
        ("Experience with vibration analysis for rotating equipment", "predictive-maintenance", ""),
        ("Knowledge of variant calling pipelines", "genomics", ""),
        ("Experience with MONAI for CT segmentation", "monai", ""),
        ("Experience building digital twins of production lines", "digital-twins", ""),
    ],
)
def test_field_wordings_name_their_skill(
    profile_of: ProfileOf, item: str, expected: str, not_asked: str
) -> None:
    asked = _asked(profile_of, item)
    assert expected in asked and not_asked not in asked


@pytest.mark.parametrize(
    "item",
    [
        "Strong communication skills; you will present to the VP of Merchandising",
        "Partner with the VP of Engineering on hiring",
        "Collaborate closely with the Head of Pricing",
    ],
)
def test_the_title_of_whom_the_hire_presents_to_asks_nothing(
    profile_of: ProfileOf, item: str
) -> None:
    asked = _asked(profile_of, item)
    assert not any(
        "VP" in text or "Pricing" in text or "Engineering" in text for text in asked.values()
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Present findings to the Head of Pricing", "presentation-skills"),
        ("Partner with product teams to ship Python services", "python"),
        ("Collaborate with the Head of Data to deploy Kubernetes clusters", "kubernetes"),
    ],
)
def test_what_follows_a_colleagues_title_still_asks(
    profile_of: ProfileOf, item: str, expected: str
) -> None:
    assert expected in _asked(profile_of, item)
