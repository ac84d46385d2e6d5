"""A job board's line of tags under a "Technologies" heading ("python apache-spark
amazon-web-services"): every tag names a technology, lower-case, its words joined by hyphens."""

from __future__ import annotations

import re

from .. import regex_cache

# The heading, alone on its line, then one line of lower-case tags separated by single spaces
_TAG_LINE = regex_cache.compile(
    r"^[ \t]*(?i:technologies|tags|tech stack)[ \t]*:?[ \t]*\n"
    r"(?P<tags>[a-z0-9.+#][a-z0-9.+#-]*(?: [a-z0-9.+#][a-z0-9.+#-]*)*)[ \t]*$",
    re.M,
)


# Words of a sentence that name no technology: a line holding one is prose ("we use whatever
# fits the job best"), whose words keep their guards.
_SENTENCE_WORDS = frozenset(
    "a an the and but for to of in on at by with from we our us you your is are be it its"
    " that this which what whatever where when how not no".split()
)


def tag_lines(text: str) -> list[tuple[int, int]]:
    """Where each line of tags starts and ends."""
    return [
        match.span("tags")
        for match in _TAG_LINE.finditer(text)
        if _SENTENCE_WORDS.isdisjoint(match["tags"].split(" "))
    ]


def in_tag_line(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start:end stands wholly inside one of the lines of tags `spans`."""
    return any(line_start <= start and end <= line_end for line_start, line_end in spans)


_APART = str.maketrans({" ": "\n", "-": " "})


def tags_apart(text: str, spans: list[tuple[int, int]]) -> str:
    """The text to match names in: each tag on a line of its own, so that no name runs over
    two tags ("azure devops" is two), and its words apart ("amazon web services"). Every
    offset stays where it was."""
    for start, end in spans:
        text = text[:start] + text[start:end].translate(_APART) + text[end:]
    return text
