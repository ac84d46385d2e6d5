"""JSON output: the fields of ../CONTRACT.md plus everything else the models carry."""

from __future__ import annotations

import json
from typing import Any

from ..documents.cleaning import SourceMap
from ..models import SCHEMA_VERSION, Failure, Profile, Report


def profile_object(item: Profile | Failure) -> dict[str, Any]:
    if isinstance(item, Failure):
        return item.model_dump(mode="json")
    # a posting of one role has no roles to list: its JSON stays as it was before the field
    data = item.model_dump(mode="json", exclude=None if item.roles else {"roles"})
    if item.edits:
        _offsets_before_repairs(data, SourceMap(item.text, item.edits))
    return {"schema_version": SCHEMA_VERSION, **data}


def _offsets_before_repairs(data: dict[str, Any], source: SourceMap) -> None:
    """Offsets into the text as the file holds it, not as repaired (controls or zero-width
    characters removed, long lines cut), and the mentions as written there: CONTRACT.md has
    content[start:end] == text for a UTF-8 .txt file."""
    for skill in data["skills"]:
        for mention in skill["mentions"]:
            start, end = mention["start"], mention["end"]
            mention["start"], mention["end"] = source.start(start), source.end(end)
            mention["text"] = source.source(start, end)
    for section in data["sections"]:
        section["start"], section["end"] = (
            source.start(section["start"]),
            source.end(section["end"]),
        )


def dumps(value: Any, pretty: bool = True) -> str:
    if pretty:
        return json.dumps(value, indent=2, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def render_report(report: Report, color: bool = False) -> str:
    # a posting of one role has no roles to choose from: the field is left out
    unset = None if report.posting_roles else {"posting_roles"}
    return dumps(report.model_dump(mode="json", exclude=unset)) + "\n"


def render_profiles(profiles: list[Profile | Failure], color: bool = False) -> str:
    objects = [profile_object(p) for p in profiles]
    return dumps(objects[0] if len(objects) == 1 else objects) + "\n"


def render_profiles_jsonl(profiles: list[Profile | Failure], color: bool = False) -> str:
    return "".join(dumps(profile_object(p), pretty=False) + "\n" for p in profiles)
