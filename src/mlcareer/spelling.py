"""British spellings read as American ones, so that a posting's literal term and a resume's
words meet across the Atlantic: "optimisation" / "optimization", "licence" / "license",
"analyser" / "analyzer", "colour" / "color", and an "e-" prefix joined ("e-mail" / "email").
Works on lowercased text."""

from __future__ import annotations

from functools import lru_cache

from . import regex_cache

# Whole words whose British form no rule below reaches.
_WORDS = {
    "licence": "license", "licences": "licenses", "programme": "program",
    "programmes": "programs", "centre": "center", "centres": "centers",
    "catalogue": "catalog", "catalogues": "catalogs", "judgement": "judgment",
    "ageing": "aging", "enrolment": "enrollment", "enrolments": "enrollments",
    "defence": "defense", "offence": "offense", "cheque": "check", "cheques": "checks",
    "modelling": "modeling", "modelled": "modeled", "travelling": "traveling",
    "travelled": "traveled", "labelling": "labeling", "labelled": "labeled",
    "cancelled": "canceled", "cancelling": "canceling", "counselling": "counseling",
    "counselled": "counseled", "counsellor": "counselor", "counsellors": "counselors",
    "signalling": "signaling", "fuelled": "fueled", "levelled": "leveled",
    "practise": "practice", "practised": "practiced", "practises": "practices",
    "practising": "practicing",
}  # fmt: skip
# Openings spelt "our" or "ae"/"oe" in British words, kept with whatever ending follows:
# "behavioural" -> "behavioral", "anaesthetist" -> "anesthetist".
_OPENINGS = {
    "colour": "color", "behaviour": "behavior", "favour": "favor", "labour": "labor",
    "honour": "honor", "neighbour": "neighbor", "flavour": "flavor", "endeavour": "endeavor",
    "humour": "humor", "harbour": "harbor", "anaesth": "anesth", "paediatr": "pediatr",
    "haemat": "hemat", "haemo": "hemo", "orthopaed": "orthoped", "gynaecol": "gynecol",
    "oesophag": "esophag", "oestrogen": "estrogen", "aetiol": "etiol",
    "encyclopaed": "encycloped",
}  # fmt: skip
_OPENING = regex_cache.compile("^(" + "|".join(sorted(_OPENINGS, key=len, reverse=True)) + ")")
# "-ise" / "-yse" verbs and their forms: "organised", "prioritisation", "analysing".
_ISE = regex_cache.compile(r"^([a-z]{3,})(is|ys)(e|es|ed|ing|er|ers|ation|ations|ational|able)$")
# Words ending "-ise" that are not "-ize" verbs spelt the British way ("enterprise",
# "supervised", "expertise"), matched as endings so "otherwise" and "comprise" stay too.
_NOT_IZE = (
    "advise", "devise", "revise", "supervise", "improvise", "televise", "prise", "exercise",
    "excise", "incise", "concise", "precise", "circumcise", "premise", "promise", "compromise",
    "demise", "surmise", "expertise", "advertise", "chastise", "treatise", "mortise", "valise",
    "merchandise", "paradise", "franchise", "despise", "disguise", "wise", "raise", "poise",
    "noise", "cruise", "bruise", "guise", "arise",
)  # fmt: skip
_WORD = regex_cache.compile(r"[a-z]+")
_E_PREFIX = regex_cache.compile(r"\be-(?=[a-z]{3})")  # "e-mail", "e-discovery", "e-filing"


@lru_cache(maxsize=65536)
def american_word(word: str) -> str:
    """One lowercased word in its American spelling; any other word as it is."""
    if word in _WORDS:
        return _WORDS[word]
    opening = _OPENING.match(word)
    if opening:
        return _OPENINGS[opening[1]] + word[opening.end() :]
    ise = _ISE.match(word)
    if ise is None or (ise[2] == "ys" and ise[3] == "es"):  # "analyses" is a noun's plural
        return word
    if ise[2] == "is" and f"{ise[1]}ise".endswith(_NOT_IZE):
        return word
    return f"{ise[1]}{ise[2][0]}z{ise[3]}"


# The words american_word may change, found in one pass so that the other words (nearly
# all of them) cost no call: a whole word of _WORDS, an opening of _OPENINGS, an "-ise" form.
_CANDIDATE = regex_cache.compile(
    r"(?<![a-z])(?:"
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + "|(?:"
    + "|".join(sorted(_OPENINGS, key=len, reverse=True))
    + r")[a-z]*"
    + r"|[a-z]{3,}(?:is|ys)(?:e|es|ed|ing|er|ers|ation|ations|ational|able)"
    + r")(?![a-z])"
)


def american(lowered: str) -> str:
    """Lowercased text with its British spellings made American and "e-" prefixes joined."""
    if "-" in lowered:
        lowered = _E_PREFIX.sub("e", lowered)
    return _CANDIDATE.sub(lambda m: american_word(m[0]), lowered)


def american_by_word(lowered: str) -> str:
    """american, word by word: the plain form that `american` must equal (tests)."""
    return _WORD.sub(lambda m: american_word(m[0]), _E_PREFIX.sub("e", lowered))
