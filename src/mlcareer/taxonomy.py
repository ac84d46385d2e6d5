"""Load and validate the skill taxonomy (data/skills.yaml), optionally merged with a user file."""

from __future__ import annotations

import functools
import hashlib
import math
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import cache, regex_cache
from .errors import TaxonomyError
from .resources import data_path

# Chinese, Japanese and Korean letters (documents.cleaning.EAST_ASIAN_LETTERS, which imports
# more than the taxonomy needs)
_EAST_ASIAN_LETTER = regex_cache.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

ID_PATTERN = r"^[a-z0-9][a-z0-9+#.\-]*$"  # lowercase letters, digits and - + # .
MAX_BYTES = 20_000_000  # a taxonomy file's size; the bundled one is about 0.4 MB


def _not_blank(value: str) -> str:
    """A spelling the matcher can use: blank text has no words to match."""
    if not value.strip():
        raise ValueError("empty")
    return value


Spelling = Annotated[str, AfterValidator(_not_blank)]


class Guard(BaseModel):
    """Extra conditions for ambiguous names (R, Go, Spark...)."""

    model_config = ConfigDict(extra="forbid")
    case_sensitive: bool = False
    context: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)  # phrases in which the name means else
    # the spellings that need the guard ("CV", not "computer vision"); empty: all of them
    spellings: list[Spelling] = Field(default_factory=list)
    # `spellings` govern only in the case written: "IOS" may be Cisco's, "iOS" is Apple's
    spellings_case_sensitive: bool = False
    # a context word vouches only right beside the name ("Bert embeddings", "fine-tuned a
    # Bert"), not anywhere near it ("Bert, who trained me on NLP tools" is a person)
    context_beside: bool = False
    # other skills the same spelling names, each with the words that tell its sense: "Radar"
    # beside "Emblem" is WTW's pricing tool, not the sensor (see extract/senses.py)
    senses: dict[str, list[str]] = Field(default_factory=dict)

    def applies_to(self, written: str) -> bool:
        """The guard governs this mention's spelling; a spelling in Chinese, Japanese or Korean
        letters ("英語", "영어") only when the guard lists it: those names are unambiguous."""
        if not self.spellings:
            return not _EAST_ASIAN_LETTER.search(written)
        if self.spellings_case_sensitive:
            return written in self.spellings
        lowered = written.lower()
        return any(s.lower() == lowered for s in self.spellings)


class Skill(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID_PATTERN)
    name: Spelling
    kind: Literal["technical", "soft"]
    category: str = Field(min_length=1)
    aliases: list[Spelling] = Field(default_factory=list)
    implies: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    guard: Guard | None = None
    # the year it appeared (a tool's first release): a resume's time with it counts from then
    since: int | None = Field(default=None, ge=1900, le=2100)

    @property
    def spellings(self) -> list[str]:
        return [self.name, *self.aliases]


class Level(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Literal["intern", "entry", "mid", "senior"]
    name: str
    years: tuple[float, float | None]
    description: str
    expects: list[str] = Field(default_factory=list)
    signals: list[str] = Field(default_factory=list)

    @field_validator("years")
    @classmethod
    def _years_in_order(cls, years: tuple[float, float | None]) -> tuple[float, float | None]:
        low, high = years
        if not all(math.isfinite(v) for v in years if v is not None):
            raise ValueError("years must be finite numbers")
        if low < 0:
            raise ValueError(f"the lower bound {low:g} is negative")
        if high is not None and high < low:
            raise ValueError(f"the upper bound {high:g} is below the lower bound {low:g}")
        return years


class Role(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID_PATTERN)
    name: str
    description: str
    core: list[str]
    preferred: list[str] = Field(default_factory=list)
    # Other titles the role goes by ("Applied Scientist"), besides its name and id, for the
    # resume's job titles that `roles` reads (career.py)
    aliases: list[str] = Field(default_factory=list)
    # The skills that make it this role (NLP for an NLP engineer), among core or preferred: a
    # resume that shows none of them ranks the role below those whose defining skills it shows
    defining: list[str] = Field(default_factory=list)


class TaxonomyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str = "0"
    skills: list[Skill] = Field(default_factory=list)
    levels: list[Level] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)


class Taxonomy:
    """The validated, merged taxonomy with lookup tables."""

    def __init__(self, spec: TaxonomyFile, sha256: str) -> None:
        self.version = spec.version
        self.sha256 = sha256
        self.skills: dict[str, Skill] = {s.id: s for s in spec.skills}
        self.levels: dict[str, Level] = {lv.id: lv for lv in spec.levels}
        self.roles: dict[str, Role] = {r.id: r for r in spec.roles}

    @cached_property
    def by_spelling(self) -> dict[str, str]:
        """Lower-cased name or alias -> skill id."""
        table: dict[str, str] = {}
        for skill in self.skills.values():
            for spelling in skill.spellings:
                table.setdefault(spelling.lower(), skill.id)
        return table

    @cached_property
    def soft_spellings(self) -> frozenset[str]:
        """Lower-cased names and aliases of soft skills: "communication", "leadership"."""
        return frozenset(
            spelling
            for spelling, owner in self.by_spelling.items()
            if self.skills[owner].kind == "soft"
        )

    @cached_property
    def kin(self) -> dict[str, list[str]]:
        """Skill id -> the skills it names as related that share its category (Tableau:
        Power BI, Looker, Qlik; not the certificates that name AWS): those a posting's "or
        similar" admits."""
        return {
            skill.id: [
                other
                for other in skill.related
                if other in self.skills and self.skills[other].category == skill.category
            ]
            for skill in self.skills.values()
        }

    def implied_by(self, skill_id: str) -> dict[str, int]:
        """Every skill that `skill_id` implies with its distance, following chains
        (PyTorch -> deep learning: 1 -> machine learning: 2)."""
        depth: dict[str, int] = {}
        frontier = list(self.skills[skill_id].implies) if skill_id in self.skills else []
        level = 1
        while frontier:
            following: list[str] = []
            for current in frontier:
                if current in depth or current == skill_id or current not in self.skills:
                    continue
                depth[current] = level
                following.extend(self.skills[current].implies)
            frontier, level = following, level + 1
        return depth


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)  # never more: the cap holds for pipes and devices
    except OSError as e:
        raise TaxonomyError(
            f"cannot read taxonomy {path}: {e.strerror or e}", "check the --taxonomy path"
        ) from e
    if len(raw) > MAX_BYTES:
        raise TaxonomyError(
            f"{path}: over the {MAX_BYTES // 1_000_000} MB limit for a taxonomy file",
            "split the file or drop entries; the bundled taxonomy is under 1 MB",
        )
    return raw


MAX_NODES = 2_000_000  # values in a taxonomy, counting each use of a YAML alias (*name)
_CONTROL = regex_cache.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # ESC and friends: terminal codes


def _value_problem(data: Any, limit: int = MAX_NODES) -> str | None:
    """Too many values once aliases are expanded (ten nested aliases of ten items each, "billion
    laughs", load small but expand to 10^10 values), a string with control characters, or a
    value that is not JSON data (the parsed file is cached as JSON)."""
    stack, count = [data], 0
    while stack:
        value = stack.pop()
        count += 1
        if count > limit:
            return f"more than {limit:,} values once its YAML aliases (*name) are expanded"
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and _CONTROL.search(value):
            return f"control characters in {value[:40]!r}"
        elif value is not None and not isinstance(value, (str, int, float)):
            # YAML dates, sets and binary: no field takes them, and they are not JSON
            return f"{str(value)[:40]!r} is a {type(value).__name__}, not text or a number"
    return None


def _parse_yaml(path: Path, raw: bytes) -> dict[str, Any]:
    import yaml  # only on a cache miss

    # libyaml's safe loader when PyYAML was built with it (5x faster); never an unsafe loader.
    safe_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=safe_loader)
    except UnicodeDecodeError as e:
        raise TaxonomyError(f"{path}: not UTF-8 text", "save the taxonomy as UTF-8") from e
    except RecursionError as e:  # the pure-Python loader on deeply nested lists
        raise TaxonomyError(f"{path}: invalid YAML: nested too deeply", "flatten it") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise TaxonomyError(
            f"{path}: invalid YAML{where}: {problem}",
            "fix the YAML syntax (tags such as !!python/object are not allowed)",
        ) from e
    if data is None:
        data = {}
    problem = _value_problem(data)
    if problem:
        raise TaxonomyError(
            f"{path}: {problem}", "write every entry out as plain text; quote dates"
        )
    if not isinstance(data, dict):
        raise TaxonomyError(
            f"{path}: the top level must be a mapping with a 'skills' list",
            "see docs/taxonomy-format.md",
        )
    return data


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _message(text: str) -> str:
    """pydantic's message without the "Value error, " our own validators get."""
    return text.removeprefix("Value error, ")


def _parse(path: Path, data: dict[str, Any]) -> TaxonomyFile:
    try:
        return TaxonomyFile.model_validate(data)
    except ValidationError as e:
        problems = [
            f"{path}: {_location(err['loc'])}: {_message(err['msg'])}" for err in e.errors()
        ]
        raise TaxonomyError(
            f"{path}: {len(problems)} problem(s): {problems[0].split(': ', 1)[1]}",
            "fix every listed entry; see docs/taxonomy-format.md",
            problems,
        ) from e


Origin = dict[tuple[str, str], str]  # ("skills", id) -> "file: skills[i]", for merged entries


def _merge(base: TaxonomyFile, extra: TaxonomyFile) -> TaxonomyFile:
    """Entries of `extra` replace entries of `base` with the same id; new ones are added."""

    def merged(old: list[Any], new: list[Any]) -> list[Any]:
        table = {item.id: item for item in old}
        table.update({item.id: item for item in new})
        return list(table.values())

    return TaxonomyFile(
        version=f"{base.version}+{extra.version}",
        skills=merged(base.skills, extra.skills),
        levels=merged(base.levels, extra.levels),
        roles=merged(base.roles, extra.roles),
    )


def _origins(source: Path, spec: TaxonomyFile) -> Origin:
    return {
        (key, item.id): f"{source}: {key}[{i}]"
        for key in ("skills", "levels", "roles")
        for i, item in enumerate(getattr(spec, key))
    }


def _duplicate_ids(source: Path, spec: TaxonomyFile) -> list[str]:
    problems: list[str] = []
    for key in ("skills", "levels", "roles"):
        seen: dict[str, int] = {}
        for index, item in enumerate(getattr(spec, key)):
            if item.id in seen:
                problems.append(
                    f"{source}: {key}[{index}].id: duplicate id {item.id!r}"
                    f" (first at {key}[{seen[item.id]}])"
                )
            seen.setdefault(item.id, index)
    return problems


def _unknown_links(skill: Skill, ids: set[str], where: str) -> list[str]:
    """The skill's implies, related and guard senses that name no skill."""
    links = {
        "implies": skill.implies,
        "related": skill.related,
        "guard.senses": list(skill.guard.senses) if skill.guard else [],
    }
    return [
        f"{where}.{field}: unknown skill id {target!r}"
        for field, targets in links.items()
        for target in targets
        if target not in ids
    ]


def _check_references(spec: TaxonomyFile, origin: Origin) -> list[str]:
    """Aliases that collide, and relations that point at unknown skills."""
    problems: list[str] = []
    ids = {s.id for s in spec.skills}
    owner: dict[str, str] = {}
    for skill in spec.skills:
        where = origin["skills", skill.id]
        for spelling in dict.fromkeys(s.lower() for s in skill.spellings):
            other = owner.get(spelling)
            if other and other != skill.id:
                problems.append(
                    f"{where}.aliases: {spelling!r} of {skill.id!r} is already used by"
                    f" {other!r} ({origin['skills', other]})"
                )
            owner.setdefault(spelling, skill.id)
        problems += _unknown_links(skill, ids, where)
    for key, fields in (("levels", ("expects",)), ("roles", ("core", "preferred", "defining"))):
        for item in getattr(spec, key):
            for field in fields:
                for target in getattr(item, field):
                    if target not in ids:
                        where = origin[key, item.id]
                        problems.append(f"{where}.{field}: unknown skill id {target!r}")
    for role in spec.roles:
        problems += [
            f"{origin['roles', role.id]}.defining: {target!r} is not among the role's core or"
            " preferred skills"
            for target in role.defining
            if target in ids and target not in role.core + role.preferred
        ]
    return problems


@functools.lru_cache(maxsize=8)
def _load_file(path: Path, stamp: tuple[int, int]) -> tuple[TaxonomyFile, bytes]:
    """Parse and validate one file; cached per path and modification stamp, and on disk as
    JSON under the bytes' hash (an entry that does not validate is a miss)."""
    raw = _read_bytes(path)
    key = f"taxonomy-{hashlib.sha256(raw).hexdigest()[:32]}"
    cached: TaxonomyFile | None = cache.load(key, TaxonomyFile.model_validate)
    if cached is not None:
        return cached, raw
    data = _parse_yaml(path, raw)
    spec = _parse(path, data)
    cache.store(key, data)
    return spec, raw


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (0, 0)  # _read_yaml reports the problem
    return (info.st_mtime_ns, info.st_size)


def load_taxonomy(extra: Path | None = None) -> Taxonomy:
    """The bundled taxonomy, with `extra` merged over it when given."""
    base_path = data_path("skills.yaml")
    spec, base_raw = _load_file(base_path, _stamp(base_path))
    problems = _duplicate_ids(base_path, spec)
    origin = _origins(base_path, spec)
    digest = hashlib.sha256(base_raw)
    if extra is not None:
        extra_spec, extra_raw = _load_file(extra, _stamp(extra))
        if not (extra_spec.skills or extra_spec.levels or extra_spec.roles):
            raise TaxonomyError(  # an empty file or the wrong one: merging it would change nothing
                f"{extra}: no skills, levels or roles to add to the bundled taxonomy",
                "give a file with a 'skills' list; see docs/taxonomy-format.md",
            )
        problems += _duplicate_ids(extra, extra_spec)
        origin.update(_origins(extra, extra_spec))
        spec = _merge(spec, extra_spec)
        digest.update(extra_raw)
    problems += _check_references(spec, origin)
    if problems:
        raise TaxonomyError(
            f"invalid taxonomy: {len(problems)} problem(s), first: {problems[0]}",
            "fix every listed entry; see docs/taxonomy-format.md",
            problems,
        )
    return Taxonomy(spec, digest.hexdigest())
