"""A posting's lines written in another language than English: German (german.py), French,
Spanish, Italian or Portuguese (romance.py), Dutch, Swedish, Danish, Norwegian, Polish, Finnish
or Czech (northern.py), Russian or Ukrainian (cyrillic.py, whose terms literal.py reads by
where they stand), Vietnamese, Indonesian, Malay or Thai (seasia.py). Their common words, which
a sentence or an item capitalises as its language does, name no requirement of their own."""

from __future__ import annotations

from . import cyrillic, german, mideast, northern, romance, seasia

# A document is written in another language when this share of its lines with words is, and
# at least this many (an English line may hold a word such as "und" or "pour", and a flattened
# document has one long line)
_OTHER_LANGUAGE_SHARE = 0.3
_OTHER_LANGUAGE_LINES = 2


def foreign_line(line: str) -> bool:
    """Whether the line reads as German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
    Danish, Norwegian, Polish, Finnish, Czech, Russian, Ukrainian, Vietnamese, Indonesian,
    Malay or Thai."""
    return (
        german.german_line(line)
        or romance.romance_line(line)
        or northern.northern_line(line)
        or cyrillic.cyrillic_line(line)
        or seasia.vietnamese_line(line)
        or seasia.malay_line(line)
        or seasia.thai_line(line)
    )


def in_another_language(text: str) -> bool:
    """Whether a document is written in another language than English (see foreign_line): a
    third of its lines with words or more read so, two at least."""
    lines = [line for line in text.splitlines() if any(c.isalpha() for c in line)]
    foreign = sum(1 for line in lines if foreign_line(line))
    return foreign >= max(_OTHER_LANGUAGE_LINES, _OTHER_LANGUAGE_SHARE * len(lines))


def common_words(line: str, term: str) -> bool:
    """Whether a term found on the line is only common words of the line's language: "Tage
    Urlaub" on a German line, "Au moins" or "Experiencia mínima de" on a French or a Spanish
    one; never a term of an English line."""
    # the line first: each line's language is read once (cached), and an English line, as
    # nearly every line is, then needs no look at the term's words
    if german.german_line(line) and german.common_words(term):
        return True
    if romance.romance_line(line) and romance.common_words(term):
        return True
    if mideast.mideast_line(line) and mideast.common_words(term):
        return True
    if northern.northern_line(line) and northern.common_words(term):
        return True
    return seasia.common_words(line, term)
