"""spaCy computes only the word attributes mlcareer reads (extract/nlp.py WORD_ATTRIBUTES):
any other reads as empty, so no code may read one."""

from __future__ import annotations

import re
from pathlib import Path

import mlcareer
from mlcareer.extract.nlp import WORD_ATTRIBUTES, blank_english

SOURCE = Path(mlcareer.__file__).parent
# spaCy's word attributes that are not in WORD_ATTRIBUTES, as a token or a lexeme spells them
OTHER_ATTRIBUTES = re.compile(
    r"\.(?:norm|shape|prefix|suffix|lang)_\b"
    r"|\.(?:is_(?:digit|lower|upper|title|punct|stop|ascii|bracket|quote|left_punct"
    r"|right_punct|currency|oov)|like_(?:num|url|email))\b"
)


def test_the_vocabulary_computes_only_the_attributes_read() -> None:
    from spacy.attrs import IDS

    getters = blank_english().vocab.lex_attr_getters
    assert set(getters) == {IDS[name] for name in WORD_ATTRIBUTES}


def test_no_code_reads_another_word_attribute() -> None:
    readers = [
        f"{path.relative_to(SOURCE)}: {found.group()}"
        for path in sorted(SOURCE.rglob("*.py"))
        for found in OTHER_ATTRIBUTES.finditer(path.read_text(encoding="utf-8"))
    ]
    assert readers == []
