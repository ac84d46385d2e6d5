"""JSON output: the fields of ../CONTRACT.md plus everything else the models carry."""

from __future__ import annotations

import json
from typing import Any

from ..models import SCHEMA_VERSION, Failure, Profile, Report


def profile_object(item: Profile | Failure) -> dict[str, Any]:
    if isinstance(item, Failure):
        return item.model_dump(mode="json")
    return {"schema_version": SCHEMA_VERSION, **item.model_dump(mode="json")}


def dumps(value: Any, pretty: bool = True) -> str:
    if pretty:
        return json.dumps(value, indent=2, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def render_report(report: Report, color: bool = False) -> str:
    return dumps(report.model_dump(mode="json")) + "\n"


def render_profiles(profiles: list[Profile | Failure], color: bool = False) -> str:
    objects = [profile_object(p) for p in profiles]
    return dumps(objects[0] if len(objects) == 1 else objects) + "\n"


def render_profiles_jsonl(profiles: list[Profile | Failure], color: bool = False) -> str:
    return "".join(dumps(profile_object(p), pretty=False) + "\n" for p in profiles)
