"""Military service: a posting's term asking for it ("Prior military service", "Military
experience", "Veterans") and the lines where a resume shows it, which seldom use those words:
a role in a service branch ("Intelligence Analyst, U.S. Army"), "USMC", "Navy veteran"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import regex_cache

# A term that asks for service: "Prior military service", "Veterans", "Armed forces
# experience", "Former military"; not one that only uses the words for something else
# ("military-grade encryption", "military simulation", "an industry veteran")
_MILITARY = r"(?:military|armed\s+forces)"
_ASKS_SERVICE = regex_cache.compile(
    rf"^\W*(?:the\s+)?(?:{_MILITARY}|veteran)\W*$"  # the bare word
    rf"|\b{_MILITARY}\s+(?:service|experience|background|veterans?|members?|personnel|career)\b"
    rf"|\b(?:prior|former|previous|past|ex-?)\s*{_MILITARY}\b"
    rf"|\b(?:service|experience|served|career)\s+(?:in|with)\s+the\s+{_MILITARY}\b"
    r"|(?<!industry )\bveterans\b|\bmilitary\s+veteran\b"
    r"|\bactive[- ]duty\b",
    re.I,
)

# A service branch's name, in capitals ("an army of bots" is none)
BRANCH = (
    r"(?:U\.?\s?S\.?\s*|United\s+States\s+)?"
    r"(?-i:Army|Navy|Air\s+Force|Marine\s+Corps|Marines|Coast\s+Guard|Space\s+Force"
    r"|National\s+Guard)\b"
)
# A service branch, not a bank named for one ("Navy Federal Credit Union"), nor a department's
# civilian side ("U.S. Army Corps of Engineers", "Air Force Research Laboratory"); or what
# only service gives.
_SERVICE = regex_cache.compile(
    rf"\b{BRANCH}"
    r"(?!\s+(?-i:Federal|Corps\s+of\s+Engineers|Research))"
    r"|\b(?-i:USMC|USAF|USN|USCG|USSF)\b"
    r"|\b(?:military|combat|service[- ]disabled)\s+veteran\b"
    r"|\bactive[- ]duty\b|\bhonorabl[ey]\s+discharged\b|\bDD[- ]?214\b"
    r"|\b(?:military|armed\s+forces)\s+(?:service|experience)\b"
    r"|\bserved\s+in\s+the\s+(?:military|armed\s+forces)\b",
    re.I,
)
# Words before a branch's name that make it a charity's or a shop's ("The Salvation Army", "Old
# Navy") or a department's civilian side ("Department of the Navy")
_NAMED_FOR_A_BRANCH = regex_cache.compile(
    r"\b(?:salvation|old|department\s+of(?:\s+the)?)\s+$", re.I
)
# Words before a branch that make it someone else's client or partner: "Built dashboards
# for the U.S. Army", "contractor supporting the Navy"
_FOR_A_BRANCH = regex_cache.compile(
    r"\b(?:for|supporting|support\s+(?:of|to)|with|to|by|clients?:?|customers?:?"
    r"|contract(?:ed|ing|or)?(?:\s+(?:to|for))?)\s+(?:the\s+)?$",
    re.I,
)
_CIVILIAN = regex_cache.compile(r"\b(?:civilian|contractor)\b", re.I)
_REACH = 40  # characters read before a branch for what makes it a client


class ServiceLine(NamedTuple):
    number: int  # 1-based
    text: str
    column: int  # where the service is named


@lru_cache(maxsize=4096)  # asked of a posting's terms again for each of its resumes
def asks_service(term: str) -> bool:
    """Whether a posting's term asks for military service."""
    return bool(_ASKS_SERVICE.search(term))


def service_lines(text: str) -> list[ServiceLine]:
    """The lines of a resume that show military service of its own."""
    shown = []
    for number, line in enumerate(text.split("\n"), 1):
        if _CIVILIAN.search(line):
            continue
        for found in _SERVICE.finditer(line):
            before = line[max(0, found.start() - _REACH) : found.start()]
            if not (_FOR_A_BRANCH.search(before) or _NAMED_FOR_A_BRANCH.search(before)):
                indent = len(line) - len(line.lstrip())
                shown.append(ServiceLine(number, line.strip(), found.start() - indent))
                break
    return shown
