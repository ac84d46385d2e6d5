"""Tools of fields the taxonomy was thin on (on-prem MLOps, geospatial ML, speech, recommender
systems, quant research), read as skills, and their ambiguous names left alone elsewhere.
Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Slurm, Run:ai or Volcano for GPU scheduling", "volcano-scheduler"),
        ("NVIDIA GPU Operator, DCGM exporter and MIG partitioning", "nvidia-gpu-operator"),
        ("NVIDIA GPU Operator, DCGM exporter and MIG partitioning", "nvidia-dcgm"),
        ("NVIDIA GPU Operator, DCGM exporter and MIG partitioning", "multi-instance-gpu"),
        ("Ceph, MinIO or Lustre storage", "ceph"),
        ("Ceph, MinIO or Lustre storage", "minio"),
        ("Ceph, MinIO or Lustre storage", "lustre"),
        ("InfiniBand and RoCE networking", "infiniband"),
        ("GitOps with Argo CD", "gitops"),
        ("Harbor or Artifactory registries", "harbor-registry"),
        ("PyTorch; TorchGeo is a plus", "torchgeo"),
        ("Cloud-optimized GeoTIFFs, STAC catalogs and Zarr", "geotiff"),
        ("Cloud-optimized GeoTIFFs, STAC catalogs and Zarr", "stac"),
        ("LiDAR point clouds (PDAL), H3 hexagonal indexing", "pdal"),
        ("LiDAR point clouds (PDAL), H3 hexagonal indexing", "h3-index"),
        ("Streaming ASR models (Conformer, RNN-T, CTC)", "conformer"),
        ("Streaming ASR models (Conformer, RNN-T, CTC)", "ctc-loss"),
        ("Whisper fine-tuning; WER evaluation", "word-error-rate"),
        ("Audio feature extraction: MFCCs, log-mel spectrograms", "audio-features"),
        ("Beam search decoding with n-gram language models (KenLM)", "beam-search"),
        ("Beam search decoding with n-gram language models (KenLM)", "kenlm"),
        ("TensorFlow Recommenders or NVIDIA Merlin", "tensorflow-recommenders"),
        ("TensorFlow Recommenders or NVIDIA Merlin", "nvidia-merlin"),
        ("LightGBM LambdaMART rerankers", "learning-to-rank"),
        ("Statistical arbitrage and pairs trading", "statistical-arbitrage"),
        ("Alpha signals and cross-sectional factor models", "factor-models"),
    ],
)
def test_terms24_thin_field_tool_is_a_skill(profile_of: ProfileOf, item: str, skill: str) -> None:
    assert skill in asked(profile_of, listed("Python", item))


def test_terms24_vits_beside_tts_is_speech_synthesis(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Text-to-speech (TTS) with VITS or FastSpeech 2"))
    assert "speech-synthesis" in found
    assert "vision-transformers" not in found
    assert "vision-transformers" in asked(profile_of, listed("ViTs for image classification"))


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("MIG welding certification for the plant floor", "multi-instance-gpu"),
        ("Hike near the Volcano on our team offsite", "volcano-scheduler"),
        ("Office by the Harbor with free parking", "harbor-registry"),
        ("CTC negotiable for the right candidate", "ctc-loss"),
        ("Wer wir sind: ein Team in Berlin", "word-error-rate"),
        ("A wizard named Merlin leads our offsite games", "nvidia-merlin"),
        ("Polish the lustre of our brand", "lustre"),
    ],
)
def test_terms24_thin_field_lookalikes(profile_of: ProfileOf, item: str, skill: str) -> None:
    assert skill not in asked(profile_of, listed("Python", item))
