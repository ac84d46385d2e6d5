"""A job saved from a job board's public API as JSON: Greenhouse's job board API
(boards-api.greenhouse.io: "title", "content" as escaped HTML, "location": {"name"}), Lever's
postings API (api.lever.co: "text" for the title, "categories", "description", "lists" of
headed items, "additional"), SmartRecruiters' ("name", "jobAd" with titled sections),
Workable's ("shortcode", "description", "requirements") and Ashby's job board API ("title",
"descriptionHtml"). Each is turned into schema.org JobPosting data, which job_data.py lays
out as a posting's text. A board's listing of several jobs names no one posting: `jobs_in`
counts them so that the reader can say so."""

from __future__ import annotations

import html
from typing import Any

Entry = dict[str, Any]
# Lever's pay intervals, as schema.org's unit of a salary
_LEVER_INTERVALS = {
    "per-year-salary": "YEAR",
    "per-month-salary": "MONTH",
    "per-week-salary": "WEEK",
    "per-day-wage": "DAY",
    "per-hour-wage": "HOUR",
}
# Ashby's employment types, in schema.org's words
_ASHBY_TYPES = {
    "FullTime": "FULL_TIME",
    "PartTime": "PART_TIME",
    "Intern": "INTERN",
    "Contract": "CONTRACTOR",
    "Temporary": "TEMPORARY",
}


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _names(values: Any) -> str:
    """The names of Greenhouse's departments or offices: [{"name": "Engineering"}, ...]."""
    items = values if isinstance(values, list) else []
    names = (_str(item.get("name")) for item in items if isinstance(item, dict))
    return ", ".join(dict.fromkeys(name for name in names if name))


def _is_greenhouse(data: Entry) -> bool:
    """A Greenhouse job: its title, its description in "content", and one of the fields only
    Greenhouse's jobs carry."""
    marks = ("absolute_url", "internal_job_id", "requisition_id", "departments", "offices")
    return bool(_str(data.get("title")) and _str(data.get("content"))) and any(
        key in data for key in marks
    )


def _greenhouse(data: Entry) -> Entry:
    location = data.get("location")
    place = _str(location.get("name")) if isinstance(location, dict) else _str(location)
    return {
        "@type": "JobPosting",
        "title": data["title"],
        "description": data["content"],
        "hiringOrganization": _str(data.get("company_name")),
        "jobLocation": place or _names(data.get("offices")),
        "datePosted": _str(data.get("first_published")) or _str(data.get("updated_at")),
    }


def _is_lever(data: Entry) -> bool:
    """A Lever posting: its title in "text", and its description or its headed lists."""
    described = any(_str(data.get(key)) for key in ("description", "descriptionPlain"))
    return (
        bool(_str(data.get("text")))
        and (described or isinstance(data.get("lists"), list))
        and any(key in data for key in ("categories", "hostedUrl", "applyUrl", "lists"))
    )


def _lever_description(data: Entry) -> str:
    """Its opening, each list under its heading ("Requirements" over its items), then the
    closing text, as one page's markup."""
    parts = [_str(data.get("description")) or html.escape(_str(data.get("descriptionPlain")))]
    for item in data.get("lists") or []:
        if isinstance(item, dict) and (content := _str(item.get("content"))):
            heading = html.escape(_str(item.get("text")))
            parts.append(f"<h3>{heading}</h3><ul>{content}</ul>")
    parts.append(_str(data.get("additional")) or html.escape(_str(data.get("additionalPlain"))))
    return "\n".join(f"<div>{part}</div>" for part in parts if part.strip())


def _lever(data: Entry) -> Entry:
    categories = data.get("categories")
    categories = categories if isinstance(categories, dict) else {}
    posting: Entry = {
        "@type": "JobPosting",
        "title": data["text"],
        "description": _lever_description(data),
        "jobLocation": _str(categories.get("location")),
        "employmentType": _str(categories.get("commitment")),
    }
    if _str(data.get("workplaceType")).lower() == "remote":
        posting["jobLocationType"] = "TELECOMMUTE"
    if isinstance(pay := data.get("salaryRange"), dict):
        unit = _LEVER_INTERVALS.get(_str(pay.get("interval")), "")
        value = {"minValue": pay.get("min"), "maxValue": pay.get("max"), "unitText": unit}
        posting["baseSalary"] = {"currency": pay.get("currency"), "value": value}
    return posting


def _is_ashby(data: Entry) -> bool:
    described = any(_str(data.get(key)) for key in ("descriptionHtml", "descriptionPlain"))
    return bool(_str(data.get("title"))) and described


def _ashby(data: Entry) -> Entry:
    described = _str(data.get("descriptionHtml")) or html.escape(_str(data.get("descriptionPlain")))
    posting: Entry = {
        "@type": "JobPosting",
        "title": data["title"],
        "description": described,
        "jobLocation": _str(data.get("location")),
        "employmentType": _ASHBY_TYPES.get(_str(data.get("employmentType")), ""),
        "datePosted": _str(data.get("publishedAt")),
    }
    if data.get("isRemote") is True and "remote" not in posting["jobLocation"].lower():
        posting["jobLocationType"] = "TELECOMMUTE"
    return posting


def _city_region(location: Any) -> str:
    """ "Porto" or "Austin, TX" from a location's city and region, each once."""
    place = location if isinstance(location, dict) else {}
    names = (_str(place.get(key)) for key in ("city", "region"))
    return ", ".join(dict.fromkeys(name for name in names if name))


def _is_smartrecruiters(data: Entry) -> bool:
    """A SmartRecruiters job: its title in "name", its text in "jobAd"'s titled sections."""
    ad = data.get("jobAd")
    return (
        bool(_str(data.get("name")))
        and isinstance(ad, dict)
        and isinstance(ad.get("sections"), dict)
    )


def _smartrecruiters(data: Entry) -> Entry:
    parts = []
    for section in data["jobAd"]["sections"].values():
        if isinstance(section, dict) and (text := _str(section.get("text"))):
            parts.append(f"<h3>{html.escape(_str(section.get('title')))}</h3><div>{text}</div>")
    where = _city_region(data.get("location"))
    return {
        "@type": "JobPosting",
        "title": data["name"],
        "description": "\n".join(parts),
        "hiringOrganization": _names([data.get("company")]),
        "jobLocation": where,
        "datePosted": _str(data.get("releasedDate")),
    }


def _is_workable(data: Entry) -> bool:
    """A Workable job: "shortcode", its title, and its text in "description" and
    "requirements"."""
    return (
        "shortcode" in data
        and bool(_str(data.get("title")))
        and (bool(_str(data.get("description")) or _str(data.get("requirements"))))
    )


def _workable(data: Entry) -> Entry:
    parts = [_str(data.get("description"))]
    for key, heading in (("requirements", "Requirements"), ("benefits", "Benefits")):
        if text := _str(data.get(key)):
            parts.append(f"<h3>{heading}</h3><div>{text}</div>")
    where = _city_region(data.get("location"))
    return {
        "@type": "JobPosting",
        "title": data["title"],
        "description": "\n".join(part for part in parts if part),
        "jobLocation": where,
        "employmentType": _str(data.get("employment_type")),
    }


_BOARDS = (
    (_is_greenhouse, _greenhouse),
    (_is_lever, _lever),
    (_is_smartrecruiters, _smartrecruiters),
    (_is_workable, _workable),
    (_is_ashby, _ashby),
)


def board_posting(job: Any) -> Entry | None:
    """A board's job as JobPosting data; None when `job` is no board's job."""
    if not isinstance(job, dict):
        return None
    return next((lay_out(job) for known, lay_out in _BOARDS if known(job)), None)


def jobs_in(data: Any) -> list[Any] | None:
    """The jobs of a board's listing: Greenhouse's and Ashby's {"jobs": [...]}, or Lever's
    list of postings; None for anything else."""
    if isinstance(data, dict) and isinstance(jobs := data.get("jobs"), list):
        return jobs if set(data) <= {"jobs", "meta", "apiVersion"} else None
    return data if isinstance(data, list) else None
