"""The spaCy side: a blank English tokenizer and phrase matchers built once from the taxonomy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import cache

if TYPE_CHECKING:
    from ..taxonomy import Taxonomy


@dataclass(frozen=True)
class RawMatch:
    """A taxonomy spelling found in the text, before guards are applied."""

    skill_id: str
    start: int  # character offsets
    end: int
    token_start: int
    token_end: int


class SkillMatcher:
    """Tokenizes text with spacy.blank("en") and finds every taxonomy spelling in it.

    Spellings match ignoring case, except for skills whose guard asks for exact case; where
    matches overlap the longest wins ("C++" over "C", "JavaScript" over "Java").
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.nlp = spacy.blank("en")
        self._any_case = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._exact_case = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        vocab = self.nlp.vocab
        for skill_id, exact, patterns in self._patterns(taxonomy, spacy.__version__):
            matcher = self._exact_case if exact else self._any_case
            matcher.add(skill_id, [Doc(vocab, words=words) for words in patterns])

    def _patterns(self, taxonomy: Taxonomy, version: str) -> list[Any]:
        """[skill id, exact case?, token lists] per skill; cached, as tokenizing is the cost."""
        key = f"patterns-{taxonomy.sha256[:32]}-spacy-{version}"
        cached = cache.load(key)
        if isinstance(cached, list):
            return cached
        patterns = [
            [
                skill.id,
                bool(skill.guard and skill.guard.case_sensitive),
                [[t.text for t in self.nlp.make_doc(s)] for s in dict.fromkeys(skill.spellings)],
            ]
            for skill in taxonomy.skills.values()
        ]
        cache.store(key, patterns)
        return patterns

    def tokenize(self, text: str) -> Any:
        return self.nlp.make_doc(text)

    def find(self, doc: Any) -> list[RawMatch]:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = [
            Span(doc, start, end, label=match_id)
            for matcher in (self._any_case, self._exact_case)
            for match_id, start, end in matcher(doc)
        ]
        kept = sorted(filter_spans(spans), key=lambda s: s.start)
        vocab = self.nlp.vocab.strings
        return [RawMatch(vocab[s.label], s.start_char, s.end_char, s.start, s.end) for s in kept]


_MATCHERS: dict[str, SkillMatcher] = {}


def skill_matcher(taxonomy: Taxonomy) -> SkillMatcher:
    """One matcher per taxonomy content per process: building it is the costly part."""
    matcher = _MATCHERS.get(taxonomy.sha256)
    if matcher is None:
        matcher = _MATCHERS[taxonomy.sha256] = SkillMatcher(taxonomy)
    return matcher
