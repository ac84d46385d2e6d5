"""Part-time work: the share of a full week a job's heading says it took ("Hours per week: 20",
as US federal resumes give every job, "(20 h/week)", "0.5 FTE", "part-time", a working
student's post). A part-time job counts toward the total years by that share, as federal
hiring credits it."""

from __future__ import annotations

import re

from .. import regex_cache
from .importance import Gated

FULL_WEEK = 40.0  # hours
PART_TIME_SHARE = 0.5  # "part-time" with no hours: half a week

_HOURS_A_WEEK = regex_cache.compile(
    r"\bhours?\s*(?:per|/|a)\s*week\s*[:\-]?\s*(\d{1,2}(?:\.\d)?)\b"  # "Hours per week: 20"
    # "20 h/week", on one line: not the "12" ending "GS-1530-12" above "Hours per week: 40"
    r"|\b(\d{1,2}(?:\.\d)?)[ \t]*(?:h|hrs?|hours?)[ \t]*(?:/|per|a|each)[ \t]*(?:week|wk)\b",
    re.I,
)
_HOURS = Gated(_HOURS_A_WEEK, regex_cache.compile("week|wk"))
# "0.5 FTE", "FTE: 0.6", "50% FTE", "FTE: 50%"
_SHARE_OF_FTE = regex_cache.compile(
    r"(?<![\d.])(0?\.\d{1,2})\s*FTE\b|\bFTE\s*[:\-]?\s*(0?\.\d{1,2})(?![\d.])|\b(\d{2})\s*%\s*FTE\b"
    r"|\bFTE\s*[:\-]?\s*(\d{2})\s*%",
    re.I,
)
_FTE = Gated(_SHARE_OF_FTE, regex_cache.compile("fte"))
# Each searched only in a text holding its words (importance.Gated): most headings hold none
_PART_TIME = Gated(
    regex_cache.compile(r"\bpart[- ]?time\b|\bteilzeit\b", re.I),
    regex_cache.compile("part|teilzeit"),
)
_FULL_TIME = Gated(
    regex_cache.compile(r"\bfull[- ]?time\b|\bvollzeit\b", re.I),
    regex_cache.compile("full|vollzeit"),
)
# A German working student's post, capped at 20 hours a week during term: a part-time job
_WORKING_STUDENT = regex_cache.compile(r"\bworking\s+student\b|\bwerkstudent(?:in)?\b", re.I)


def work_share(text: str) -> float:
    """The share of a full week that `text` (a job's heading, dates and form fields) says the
    job took, from 0 to 1: its hours over 40, its FTE, half for "part-time" or a working
    student's post; 1 when it says nothing, or says full time."""
    if hours := _HOURS.search(text):
        worked = float(hours.group(1) or hours.group(2))
        return min(1.0, worked / FULL_WEEK) if worked > 0 else 1.0
    if fte := _FTE.search(text):
        percent = fte.group(3) or fte.group(4)
        share = float(fte.group(1) or fte.group(2) or int(percent) / 100)
        return share if 0 < share < 1 else 1.0
    part_time = _PART_TIME.search(text) or _WORKING_STUDENT.search(text)
    if part_time and not _FULL_TIME.search(text):
        return PART_TIME_SHARE
    return 1.0
