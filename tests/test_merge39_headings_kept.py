"""A heading that ends on a word a sentence cannot end on ("Who we are looking for", "What we
are looking for") is no wrapped sentence: joining it to the line below lost the section and
its skills. Small texts written here."""

from __future__ import annotations

from .posting_helpers import ProfileOf

_POSTING = (
    "Senior DevOps Engineer\n\nAbout us\nWe build tools.\n\nWho we are looking for\n"
    "Senior engineers experienced in Kubernetes and Terraform\nDeep experience with Python\n\n"
    "What we are looking for\nStrong SQL skills\n"
)


def test_a_heading_ending_on_for_keeps_its_section(profile_of: ProfileOf) -> None:
    profile = profile_of(_POSTING, "posting")
    assert [section.name for section in profile.sections] == [
        "company",
        "requirements",
        "requirements",
    ]
    asked = {req.id: req.importance for req in profile.requirements}
    assert asked == {
        "kubernetes": "required",
        "terraform": "required",
        "python": "required",
        "sql": "required",
    }


def test_a_sentence_wrapped_after_in_still_joins(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nRequirements\n- Python and SQL\n\nAbout the role\n"
        "You will work from our office two days per week onsite in\nAustin.\n"
    )
    asked = {req.id for req in profile_of(text, "posting").requirements}
    assert "term:austin" not in asked


def test_an_unlisted_heading_ending_on_in_is_not_joined_to_its_first_item(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Machine Learning Engineer\n\nWhat we are looking for\n3+ years of Python\n"
        "Experience with computer vision\n\nThings that would set you apart in\nKubernetes\nROS\n"
    )
    asked = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    # both items of the list read alike: the heading was not joined to the first one
    assert asked["kubernetes"] == asked["ros"]
