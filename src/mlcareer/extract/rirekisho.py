"""The one-date lines of a Japanese rirekisho (履歴書), whose "学歴・職歴" block gives each event
of a career its own line: "2015年4月 東京大学 工学部 入学" (entered), "2019年3月 ... 卒業"
(graduated), "2019年4月 株式会社サンプル 入社" (joined), "2022年3月 一身上の都合により退社"
(left), and "現在に至る" (to this day) under a job still held.

How the lines pair: a job runs from its joining line to the next leaving line, or to now when
"現在に至る" (or "現在") follows it first; a job joined while another is open closes that one
the month it begins (a move with no leaving line). Studies run from an entry to the next
graduation or completion ("修了"). A job with neither a leaving line nor "現在に至る" after it
is left undated: the form says nothing of its end."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .. import regex_cache
from .numbers import (
    ERA_INITIAL_DATE,
    ERA_YEAR,
    calendar_year,
    era_month_index,
    era_year,
)

_MONTH = r"(?:0?[1-9]|1[0-2])"
# A line's own date, first on it: "2019年4月", "令和2年4月", "2019.4", "2019/04", an era's
# initial ("H30.4", "R2年4月"), or a fiscal year ("2020年度", "令和2年度"), which runs from
# April to the next March
_DATE = (
    rf"(?:(?:19|20)\d\d[ \t]?年[ \t]?{_MONTH}[ \t]?月|{ERA_YEAR}[ \t]?{_MONTH}[ \t]?月"
    rf"|(?:19|20)\d\d[./]{_MONTH}(?!\d)|{ERA_INITIAL_DATE}"
    rf"|(?P<fiscal>(?:(?:19|20)\d\d[ \t]?年|{ERA_YEAR})度))"
)
# The event a dated line ends on ("一身上の都合により退社": left for personal reasons), maybe
# with a note in brackets after it
_EVENTS = {
    "join": r"入社|入職|入所|入行|入庁",
    "leave": r"退社|退職|退所|退行|退庁",
    "enter": r"入学",
    "finish": r"卒業|修了",
    # studies left, coursework done without the thesis, or a graduation expected
    "left": r"中退|中途退学|(?:単位取得)?(?:満期)?退学",
    "expected": r"(?:卒業|修了)(?:見込み?|予定)",
}
_EVENT = "|".join(rf"(?P<{kind}>{words})" for kind, words in _EVENTS.items())
# or with the role it began in after it, apart from it ("入社 データサイエンティストとして配属":
# joined, posted as a data scientist; "入社、機械学習エンジニア")
_DATED_LINE = regex_cache.compile(
    rf"^[ \t　]*(?P<date>{_DATE})[ \t　]+(?P<before>[^\n]*?)(?:{_EVENT})"
    r"(?:[ \t　]*[（(][^\n）)]*[）)]|[ \t　,]+(?P<after>[^\n]*))?[ \t　]*$",
    re.M,
)
_NOW_LINE = regex_cache.compile(r"^[ \t　]*(?P<now>現在に至る|現在)[ \t　]*$", re.M)
_NOW_TEXT = "現在に至る"

Kind = Literal["job", "study"]


class Pair(NamedTuple):
    """A job's or a study's dates: from its opening line's date (at text[start:end]) to its
    closing month, or until now; `closing` is where the closing line starts."""

    kind: Kind
    start: int
    end: int
    first: int  # year*12 + month-1
    last: int | None  # None: until now
    closing: int
    text: str


def _month(date: re.Match[str], closing: bool = False) -> int:
    """year*12 + month-1 of a line's date, in figures or in a Japanese era; a fiscal year's
    April, or as it closes a job or studies, its last month (the next March)."""
    text = date["date"]
    numbers = [int(number) for number in re.findall(r"\d+", text)]
    era = era_year(text)
    if date["fiscal"]:
        year = calendar_year(era) if era else numbers[0]
        return year * 12 + (14 if closing else 3)
    return era_month_index(era) if era else numbers[0] * 12 + numbers[1] - 1


def _event(found: re.Match[str]) -> str:
    """What a dated line (or "現在に至る") tells: "join", "leave", "enter", "finish", "now"."""
    return next(kind for kind in (*_EVENTS, "now") if found.re.groupindex.get(kind) and found[kind])


def one_date_pairs(text: str) -> list[Pair]:
    """The jobs and studies a rirekisho's one-date lines pair into, in the text's order of
    their closing lines (see the module's notes)."""
    if "入" not in text:  # no joining nor entry line: most texts
        return []
    events = sorted(
        [*_DATED_LINE.finditer(text), *_NOW_LINE.finditer(text)], key=lambda found: found.start()
    )
    pairs: list[Pair] = []
    job: re.Match[str] | None = None
    study: re.Match[str] | None = None
    for found in events:
        kind = _event(found)
        if kind == "join":
            if job is not None:
                pairs.append(_paired("job", job, found))
            job = found
        elif kind in ("leave", "now") and job is not None:
            pairs.append(_paired("job", job, found))
            job = None
        elif kind == "enter":
            study = found
        elif kind in ("finish", "left", "expected") and study is not None:
            pairs.append(_paired("study", study, found))
            study = None
    return pairs


def closed_entries(text: str) -> set[int]:
    """Where the entry lines of studies a graduation closes start ("... 修士課程 入学"): the
    degree they name is the graduation line's, not a second one."""
    return {pair.start for pair in one_date_pairs(text) if pair.kind == "study"}


def _paired(kind: Kind, opening: re.Match[str], closing: re.Match[str]) -> Pair:
    """A job or studies from `opening` to `closing`: a leaving or a graduation closes them on
    its month, a new job (which opens in its month) too, "現在に至る" never."""
    event = _event(closing)
    last = None if event == "now" else _month(closing, event != "join")
    end_text = _NOW_TEXT if last is None else closing["date"]
    return Pair(
        kind=kind,
        start=opening.start("date"),
        end=opening.end("date"),
        first=_month(opening),
        last=last,
        closing=closing.start(),
        text=f"{opening['date']}～{end_text}",
    )


# A role said to be held: "データサイエンティストとして" (as a data scientist)
_AS_ROLE = regex_cache.compile(r"^[ \t]*([^\s,.、。()（）]{2,40}?)として")


def joining_title(text: str, line_start: int, next_line: str) -> tuple[str, bool] | None:
    """The title of the job a rirekisho's joining line at `line_start` opens, and whether the
    line below gives it: the role named after "入社" ("入社 データサイエンティストとして配属"
    -> "データサイエンティスト") or as the line below opens ("機械学習エンジニアとして推薦
    システムを担当"), else the employer named before "入社"; None for no joining line."""
    found = _DATED_LINE.match(text, line_start)
    if found is None or _event(found) != "join":
        return None
    after = (found["after"] or "").strip()
    if after:
        role = _AS_ROLE.match(after)
        return (role.group(1) if role else after), False
    if role := _AS_ROLE.match(next_line):
        return role.group(1), True
    employer = found["before"].strip()
    return (employer, False) if employer else None
