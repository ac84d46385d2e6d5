"""A "Details" label over a job's bullets, with a later job below it, is the job's part, not
a builder's sidebar heading of contact details: the later job had been lost to it. A sidebar's
"Details" over contact lines still opens the contact section."""

from __future__ import annotations

from .posting_helpers import ProfileOf


def test_review_prev_details_between_jobs_keeps_the_next_job(profile_of: ProfileOf) -> None:
    text = (
        "Priya Nair\npriya@example.com\n\nExperience\n"
        "Data Engineer, Acme Corp  Jan 2020 - Present\n- Built Kafka pipelines\nDetails\n"
        "- Owned the Spark migration\nData Analyst, Beta Ltd  Jun 2017 - Dec 2019\n"
        "- SQL reporting\n\nLinks\ngithub.com/priya\n"
    )
    profile = profile_of(text, "resume")
    titles = [job.title for job in profile.experience.jobs]
    assert titles == ["Data Engineer, Acme Corp", "Data Analyst, Beta Ltd"]
    assert [section.name for section in profile.sections] == ["experience", "contact"]


def test_review_prev_a_sidebars_details_stay_contact(profile_of: ProfileOf) -> None:
    text = (
        "Priya Nair\n\nDetails\npriya@example.com\n+1 555 0100\n\nExperience\n"
        "Data Engineer, Acme Corp  Jan 2020 - Present\n- Built Kafka pipelines\n"
    )
    names = [section.name for section in profile_of(text, "resume").sections]
    assert names == ["contact", "experience"]
