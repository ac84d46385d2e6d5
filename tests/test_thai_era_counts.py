"""In a Thai CV, a number a word before it counts ("ports 2567 - 2570", "Room 2563") stays a
number: only years are read in the Buddhist era. Small texts written here."""

from __future__ import annotations

from .posting_helpers import ProfileOf

_CV = (
    "สมชาย ใจดี\nวิศวกรข้อมูล\n\nประสบการณ์\nData Engineer, Siam Data\nมิ.ย. 2563 - ปัจจุบัน\n"
    "- Opened ports 2567 - 2570 on the cluster firewall for Kafka\n"
    "- Moved the team to Room 2563\n\nData Analyst, Bangkok Retail\n2560 - 2563\n"
    "- Reports in SQL\n"
)


def test_ports_and_rooms_are_not_buddhist_era_years(profile_of: ProfileOf) -> None:
    ranges = [r.text for r in profile_of(_CV, "resume").experience.ranges]
    assert ranges == ["มิ.ย. 2563 - ปัจจุบัน", "2560 - 2563"]  # the dates, as written
