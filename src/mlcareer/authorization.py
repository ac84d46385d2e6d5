"""Whether a posting's stance on sponsorship and citizenship and a resume's stated need can
both hold. A conflict is a fact to check before applying, not a fit: the score leaves it out."""

from __future__ import annotations

from .extract.work_authorization import people_of
from .models import WorkAuthorization, WorkAuthorizationFit

CHECK = "Check before applying."
# What a resume's need says, per posting stance that rules it out
_RULED_OUT = {
    "no-sponsorship": ("needs-sponsorship", "visa"),
    "citizens-or-residents": ("needs-sponsorship", "visa", "citizen"),
    "citizens-only": ("needs-sponsorship", "visa", "permanent-resident", "citizen"),
}


def _nationality(detail: str | None) -> str:
    """ "Germany" -> "German ", "US/Canada" -> "US/Canadian "; nothing when no country is named."""
    if not detail:
        return ""
    return "/".join(people_of(name) for name in detail.split("/")) + " "


def authorization_fit(
    posting: WorkAuthorization | None, resume: WorkAuthorization | None
) -> WorkAuthorizationFit | None:
    """Both sides as stated, with the conflict said plainly; None when neither says."""
    if posting is None and resume is None:
        return None
    conflict = _conflict(posting, resume) if posting and resume else None
    return WorkAuthorizationFit(posting=posting, resume=resume, conflict=conflict)


def _conflict(posting: WorkAuthorization, resume: WorkAuthorization) -> str | None:
    other_country = _other_country(posting.detail, resume.detail)
    # a residence of another country than the one a posting takes residents of
    elsewhere = (
        resume.status == "permanent-resident"
        and posting.status == "citizens-or-residents"
        and other_country
    )
    if resume.status not in _RULED_OUT.get(posting.status, ()) and not elsewhere:
        return None
    if resume.status == "citizen" and not other_country:
        return None
    return f"{_stance(posting)}; {_need(resume)}. {CHECK}"


def _other_country(asked: str | None, held: str | None) -> bool:
    """A citizenship of another country than the one asked, when both are named (the EU's
    members are not told apart)."""
    if not asked or not held:
        return False
    asked_in, held_in = set(asked.split("/")), set(held.split("/"))
    return not (asked_in & held_in) and "EU" not in asked_in | held_in


def _stance(posting: WorkAuthorization) -> str:
    quoted = f'("{posting.text}")'
    if posting.status == "no-sponsorship":
        return f"The posting sponsors no visas {quoted}"
    who = f"{_nationality(posting.detail)}citizens"
    if posting.status == "citizens-or-residents":
        return f"The posting takes only {who} and permanent residents {quoted}"
    return f"The posting takes {who} only {quoted}"


def _need(resume: WorkAuthorization) -> str:
    quoted = f'("{resume.text}")'
    if resume.status == "needs-sponsorship":
        visa = f"{resume.detail} " if resume.detail else ""
        return f"your resume says you need {visa}sponsorship {quoted}"
    if resume.status == "visa":
        visa = resume.detail or "a visa"
        return f"your resume names {visa} {quoted}, which may need sponsorship now or later"
    return f'your resume says "{resume.text}"'


def stance_shown(posting: WorkAuthorization | None) -> str:
    """The posting's side in a report's table: "sponsors no visas", "US citizens only"."""
    if posting is None:
        return "not stated"
    who = f"{_nationality(posting.detail)}citizens"
    return {
        "no-sponsorship": "sponsors no visas",
        "sponsors": "sponsors visas",
        "citizens-only": f"{who} only",
        "citizens-or-residents": f"{who} or permanent residents",
    }.get(posting.status, posting.status)


def need_shown(resume: WorkAuthorization | None) -> str:
    """The resume's side in a report's table: "needs H-1B sponsorship", "US citizen"."""
    if resume is None:
        return "not stated"
    detail = f"{resume.detail} " if resume.detail else ""
    nationality = _nationality(resume.detail)
    return {
        "needs-sponsorship": f"needs {detail}sponsorship",
        "visa": f"on {resume.detail or 'a visa'}",
        "permanent-resident": f"{nationality}permanent resident",
        "citizen": f"{nationality}citizen",
        "authorized": "authorized to work",
    }.get(resume.status, resume.status)
