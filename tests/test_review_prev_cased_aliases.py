"""A case-sensitive skill's longer name written in its usual capitals ("Apple MLX", "Google
JAX", "Twilio Segment") is read whole: the short name in its exact case had taken the match
alone and left the maker's name over as an unknown term. GPU kernels "in Triton" are OpenAI's
Triton, as "Triton kernels" are."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Experience with Apple MLX", "mlx"),
        ("Fine-tuning with MLX LM", "mlx"),
        ("Google JAX and Flax", "jax"),
        ("Twilio Segment for event tracking", "segment"),
        ("Segment CDP", "segment"),
        ("Epic Clarity reporting", "epic-ehr"),
        ("NVIDIA Jetson Orin", "jetson"),
    ],
)
def test_review_prev_a_cased_longer_name_leaves_no_term(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    assert skill in found
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize("item", ["An apple a day", "Our Segment leads report weekly"])
def test_review_prev_cased_names_still_need_their_context(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert "mlx" not in found and "segment" not in found


@pytest.mark.parametrize(
    "item",
    [
        "Write custom GPU kernels in Triton",
        "Kernels written in Triton or CUDA",
        "Wrote fused kernels in Triton for inference",
    ],
)
def test_review_prev_kernels_in_triton_are_the_language(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert "triton-language" in found
    assert "triton-inference-server" not in found and "term:triton" not in found


@pytest.mark.parametrize(
    "item", ["Deploy models with Triton on Kubernetes", "Kafka, Flink, Triton, KServe"]
)
def test_review_prev_triton_beside_serving_stays_the_server(
    profile_of: ProfileOf, item: str
) -> None:
    assert "triton-inference-server" in asked(profile_of, listed("Python", item))
