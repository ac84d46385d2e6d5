"""A product written with the name of what it implies ("AWS SageMaker", "TensorFlow Lite")
shows that name too, not only implies it. Every text here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _mentions(profile: Profile, skill_id: str) -> list[str]:
    return [m.text for hit in profile.skills if hit.id == skill_id for m in hit.mentions]


@pytest.mark.parametrize(
    ("line", "product", "named"),
    [
        ("Deployed endpoints on AWS SageMaker for the fraud team.", "sagemaker", "aws"),
        ("Trained models on GCP Vertex AI pipelines.", "vertex-ai", "gcp"),
        ("Shipped a TensorFlow Lite model to the phone app.", "tensorflow-lite", "tensorflow"),
        ("Wrote the desktop client in Java Swing.", "java-swing", "java"),
    ],
)
def test_a_product_written_with_its_vendor_shows_the_vendor(
    profile_of: ProfileOf, line: str, product: str, named: str
) -> None:
    text = f"Experience\nEngineer, Lumacorp, 2020 - 2023\n- {line}\n"
    profile = profile_of(text, doc_type="resume")
    assert _mentions(profile, product)
    written = _mentions(profile, named)
    assert written, f"{named} not shown by {line!r}"
    assert all(text.count(w) for w in written)


def test_a_word_of_a_product_not_at_its_edge_shows_nothing(profile_of: ProfileOf) -> None:
    text = "Experience\n- Deployed endpoints on Amazon SageMaker.\n"
    assert not _mentions(profile_of(text, doc_type="resume"), "aws")


def test_the_vendor_asked_for_is_met_in_full(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of(
        "Experience\nML Engineer, Lumacorp, Jan 2020 - Dec 2023\n"
        "- Served fraud models on AWS SageMaker endpoints in Python.\n",
        doc_type="resume",
    )
    posting = profile_of("ML Engineer\nRequirements\n- Python\n- AWS\n", doc_type="posting")
    report = compare(resume, posting, options)
    aws = next(m for m in report.matched + report.missing if m.id == "aws")
    assert aws.status == "matched" and aws.credit == 1.0
