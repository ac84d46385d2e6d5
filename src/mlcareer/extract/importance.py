"""How much a posting wants a skill it names: required, preferred, only mentioned, or not at all.

A line is read as sentences, a sentence as clauses (between semicolons, dashes and "but",
"while", "though"...), a clause as parts (between commas and brackets). The words nearest the
skill decide, in this order:
1. what the employer offers is not asked: "Kafka training provided", "We will train you";
2. a negation about it: "No Java, Scala or Go needed", "Kafka is not required", "You don't
   need Java", "- No Scala", unless a clause around it turns it round ("not required, but a
   plus", "You don't need Scala, but it helps");
3. the cue nearest it in its own part: "SQL is required and Python is preferred";
4. a clause around it that names nothing else, or a negation pointing back from the next one:
   "Tableau, though optional", "We use Redis, but you don't have to know it";
5. the cue of the list it stands in: from the part that ends the list ("Python, SQL and
   Airflow required") or from the lead-in that opens it ("Familiarity with Python, SQL and
   Spark"); never from a part about something else ("Strong SQL, familiarity with dbt");
6. the label of its sentence: "Nice to have: Kubernetes; Terraform; Kafka";
7. the section: requirements, nice to have, or prose, where a sentence that asks something of
   the candidate asks for everything it names.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import islice
from typing import Literal, NamedTuple

from .. import regex_cache
from ..documents.sections import PROSE_SECTIONS
from ..models import Importance
from .education import _alternatives
from .wording import NO_FEAR, PREPOSITIONS

REQUIRED_CUES = regex_cache.compile(
    r"\b(?:must|required|requires?|requirements?|need(?:ed)?|essential|mandatory|minimum"
    # not a team's size: "a 25-strong team"
    r"|(?<!\d-)(?<!\d )strong|proficien\w*|expert\w*|solid|extensive|proven|demonstrated"
    r"|hands-on)\b",
    re.I,
)
# A sentence that asks something of the person sought ("The role requires deep knowledge of
# ..."; not "Acme requires every team to ship").
ASKING = regex_cache.compile(
    r"\b(?:requires?|must (?:have|hold|be|possess|know)|should (?:have|be|know)|will have"
    r"|needs? to (?:have|be|know)|proficient in|experience (?:in|with)|knowledge of|skilled in"
    r"|expertise in|asks? (?:that )?you)\b",
    re.I,
)
SOUGHT = regex_cache.compile(
    r"\b(?:candidates?|applicants?|you|ideal|successful|position|role|individual|hire)\b", re.I
)
# Preferences that yield to a requirement said of the same thing: "Familiarity with Git is
# required", "Must be familiar with the NEC".
# "First experience with Docker" (the European "erste Erfahrung", "première expérience",
# "primera experiencia"), "notions de": some exposure, no more.
_SOFT_PREFERRED = regex_cache.compile(
    r"\b(?:familiar(?:ity)?|exposure|(?:first|initial)\s+(?:practical\s+)?experiences?"
    r"|erste\s+(?:praktische\s+)?erfahrung(?:en)?"
    r"|premi[èe]re\s+expérience|primera\s+experiencia|prima\s+esperienza"
    r"|primeira\s+experiência|notions?\s+(?:de|d['’]|en)|nociones\s+de)(?!\w)",
    re.I,
)
_CJK_PREFERRED = (
    r"(?:优先(?:考虑)?|優先(?:考慮)?|加分(?:项|項)?|更佳|为佳|為佳|尚可|(?<!ご)歓迎(?:します)?"
    r"|優遇(?:します)?|우대(?:합니다)?)(?=\s*(?:[.,;:)!。，；、）！]|$))"
)
_PREFERRED = regex_cache.compile(
    r"\b(?:preferred|prefer(?:ably)?|preference (?:for|to)|plus points?"
    # "a plus", and how big a plus: "A real plus if you have used Looker", "a huge plus"
    r"|an?\s+(?:(?:real|big|huge|major|massive|definite|great|added|extra|strong|nice)\s+)?plus"
    r"|(?:nice|good)[- ]to[- ]haves?|bonus(?: points?)?|desired|desirable|ideally|advantage(?:ous)?"
    r"|optional|would be great|helpful|an asset|beneficial|valued|willing(?:ness)? to learn"
    r"|(?:also |is |are )welcome|would (?:like|love)|['’]d (?:like|love)"
    r"|encouraged\s+to\s+apply"  # "Applicants with Kubernetes experience are encouraged to apply"
    # ... as the firm words it: "We encourage applicants with Kubernetes experience to apply"
    r"|encourage\s+(?:applicants|candidates|anyone|those|people|you)\b[^.;\n]{0,80}?\bto\s+apply"
    # "Candidates with Kafka will be given preference", "MSc holders will get preference",
    # "Preference will be given to those with Spark", as South Asian postings say it
    r"|(?:given|gets?|getting|receives?)\s+(?:a\s+|an\s+added\s+)?preference"
    r"|preference\s+(?:will|shall|would)\s+be\s+given"
    # the same with priority, where a candidate is to get it ("Those with Kafka will be given
    # priority", "Priority will be given to ..."); not work put first ("incidents are given
    # priority")
    r"|(?:will|shall|would)\s+(?:be\s+given|get|receive)\s+(?:a\s+)?priority"
    r"|priority\s+(?:will|shall|would)\s+be\s+given\s+to"
    # "Docker will be given due consideration", "MS in CS will be given weightage", "carries
    # weightage": the same wish; not a duty ("security is given due consideration")
    r"|(?:will|shall|would)\s+be\s+given\s+(?:due\s+|special\s+|additional\s+|extra\s+)?"
    r"(?:consideration|weightage)|weightage\s+(?:will|shall|would)\s+be\s+given"
    r"|carr(?:y|ies)\s+(?:additional\s+|extra\s+)?weightage"
    r"|sets? you apart|(?:would|could|will|may|might)\s+(?:also\s+|really\s+)?help\s+you"
    # "Knowledge of Ruby counts in your favour", "works in your favor"
    r"|(?:counts?|works?|weighs?|speaks?)\s+in\s+your\s+favou?r"
    r"|(?:you(?:['’]ll| will)?|candidates?|applicants?|profiles?) (?:really )?"
    r"stands? out|makes? you stand out|(?:it|this|that) helps (?:if|when|to have)"
    r"|would be (?:nice|good|useful|handy)"
    # "is highly regarded", "will be looked upon favourably", as British and Australian
    # postings say it; not before the noun it describes ("our highly regarded data team")
    r"|(?:highly|well)\s+regarded(?!\s+(?!(?:by|if|and|or|but|in|for|as|too)\b)[a-z])"
    r"|regarded\s+(?:favou?rably|highly|positively)"
    r"|(?:looked\s+(?:up)?on|viewed|seen|considered)\s+(?:favou?rably|positively))\b"
    # "..., but it helps", "though it would help", "but it helps a lot": a help that ends its
    # clause
    r"|\b(?:(?:it|this|that)\s+(?:really\s+)?helps|(?:would|could|will|may|might)\s+"
    r"(?:also\s+|really\s+|certainly\s+)?help)(?:\s+(?:a\s+lot|a\s+great\s+deal|greatly"
    r"|enormously|tremendously|immensely|massively))?(?=\s*(?:[.,;:)!]|$))"
    # "C++ is not required but helps", "Experience with dbt helps."
    r"|\bhelps(?=\s*(?:[.,;:)!]|$))"
    r"|\bplus\b(?=\s*(?:[.,;:)!]|$))"  # "Docker plus" ends a part; "Python plus Django" joins
    # an alternative the posting accepts, at the end of its part: "GCP welcome)", "TensorFlow
    # acceptable", "Go also works", "(TensorFlow is fine too)"; not "we welcome applicants"
    r"|\b(?:welcomed?|acceptable|ok|okay|(?:is|are)\s+fine(?:\s+too)?|fine\s+too"
    r"|also\s+works|works\s+too|(?:is|are)\s+(?:also\s+)?accepted)(?=\s*(?:[.,;:)!]|$))"
    r"|\bideal\b(?=\s*(?:[.,;:)!]|$))"  # "Docker (ideal)"; not "the ideal candidate has"
    # German: "Spark ist von Vorteil", "wünschenswert", "idealerweise", "wäre schön"
    r"|\b(?:von\s+vorteil|vorteilhaft|wünschenswert|idealerweise|wäre\s+(?:schön|toll|super)"
    r"|pluspunkte?|gerne\s+gesehen)(?!\w)"
    # French: "serait un plus", "appréciée", "idéalement", "de préférence", "(un gros) atout"
    r"|\b(?:un\s+(?:vrai\s+|gros\s+|grand\s+|réel\s+)?(?:plus|atout)|appréciée?s?"
    r"|souhaitée?s?|souhaitable|idéalement"
    r"|de\s+préférence|atouts?"
    # Spanish: "valorable", "se valorará", "se valoran", "deseable", "preferiblemente"
    r"|valorables?|se\s+valorar[áa]n?|se\s+valoran?|deseables?|preferiblemente|preferentemente"
    r"|idealmente|punto\s+a\s+favor"
    # Italian: "preferibile", "gradita", "titolo preferenziale"; Portuguese: "desejável",
    # "uma mais-valia", "valorizado", "um diferencial"
    r"|preferibil(?:e|i|mente)|gradit[oaie]|titolo\s+preferenziale|desejáve(?:l|is)"
    r"|mais-valias?|valorizad[oa]s?|um\s+diferencial|preferencialmente)(?!\w)"
    # Dutch: "een pré", "is een pluspunt", "bij voorkeur"; Swedish, Danish, Norwegian:
    # "meriterande", "er en fordel", "önskvärt"; Polish: "mile widziane", "będzie atutem"
    r"|\b(?:een\s+pré|pluspunt(?:en)?|bij\s+voorkeur|wenselijk|mooi\s+meegenomen"
    r"|meriterande|önskvärd?t?|(?:en|ett)\s+(?:fordel|fördel)|ett\s+plus|ønskelig[et]?"
    r"|mile\s+widzian[eayi]|atut(?:em|y)?|plusem|preferowan[eayi]|pożądan[eayi])(?![\w-])"
    # Finnish: "katsotaan eduksi", "on eduksi", "plussaa", "toivottavaa"; Czech: "je výhodou",
    # "bude výhodou", "vítána", "vítaný" (welcome); Lithuanian: "būtų privalumas"; Latvian: "būs
    # priekšrocība", "tiks uzskatīta par priekšrocību", "vēlama" (desirable); Romanian, with or
    # without marks: "constituie un avantaj", "reprezintă un avantaj", "ar fi un avantaj"
    r"|\b(?:eduksi|plussaa|toivottava(?:a|t|ksi)?|hyödyksi|výhodou|vítán[aáoyé]?|vítan[ýáéí]"
    r"|privalum(?:as|ai)|priekšrocīb(?:a|u|as)|vēlam[sa]?"
    r"|(?:constituie|reprezint[ăa]|este|ar\s+fi)\s+(?:un\s+)?avantaj)(?![\w-])"
    # Turkish: "Docker bilgisi tercih sebebidir" (a reason to prefer), "tercih nedenidir",
    # "tercih edilir" (is preferred), "avantajdır", "avantaj sağlar" (gives an advantage);
    # the suffix's dotless "ı" as any letter, which keeps the pattern lower-case only
    r"|\b(?:tercih\s+(?:sebeb|neden)\w*|tercih\s+edil\w*|avantaj(?:[dt]\wr|\s+sağla\w*))(?!\w)"
    # Persian: "امتیاز محسوب می‌شود" (counts as a plus), "مزیت به شمار می‌رود", "یک مزیت است",
    # "ترجیحاً" (preferably), "در اولویت است"; not a score ("امتیاز بالا در Kaggle")
    r"|\b(?:(?:امتیاز|مزیت)\s+(?:محسوب|به\s+(?:حساب|شمار)|است|دارد)|یک\s+(?:امتیاز|مزیت)"
    r"|ترجیحا|در\s+اولویت)(?!\w)"
    # Chinese "(者)优先", "加分", "更佳"; Japanese "尚可", "歓迎", "優遇"; Korean "우대": at
    # the end of their clause ("有Spark经验者优先"), not "优先级" (a priority) nor "歓迎会"
    rf"|{_CJK_PREFERRED}",
    re.I,
)
# Any preference, for a quick test of a line ("is this line a requirement at all?")
PREFERRED_CUES = regex_cache.compile(f"{_PREFERRED.pattern}|{_SOFT_PREFERRED.pattern}", re.I)
# Cues that settle a skill's importance in its own part; grading words ("strong") do not.
_REQUIRED = regex_cache.compile(
    r"\b(?:must|required|requires?|need(?:ed)?|essential|mandatory|expected(?!\s+to))\b"
    # French, Spanish, Italian, Portuguese: "obligatoire", "imprescindible", "richiesto",
    # "indispensable", Latin America's "excluyente", "essentiel", "fondamentale"
    r"|\b(?:obligatoire|exigée?s?|requise?s?|imprescindibles?|obligatori[oa]s?|requerid[oa]s?"
    r"|richiest[oaie]|obbligatori[oa]|obrigatóri[oa]s?|indispensables?|indispensabil[ei]"
    r"|excluyentes?|imprescindíve(?:l|is)|essentiel(?:le)?s?|essenzial[ei]|fondamental[ei])(?!\w)"
    # Dutch, Swedish, Danish, Norwegian, Polish: "vereist", "ett krav", "påkrævet", "wymagane"
    r"|\b(?:vereist|verplicht|noodzakelijk|et{1,2}\s+krav|obligatoriskt?|påkrævet|påkrevd"
    r"|wymagan[eay]|obowiązkow[eayo]|niezbędn[eay]|konieczn[eay])(?!\w)"
    # Finnish: "edellytetään", "vaaditaan", "välttämätön"; Czech: "je nutná", "nezbytné",
    # "podmínkou"
    r"|\b(?:edellytetään|edellytämme|vaaditaan|välttämätön|välttämättömä\w*|pakollinen"
    r"|nutn[áéýo]|nezbytn[áéýo]|podmínkou|povinn[áéýo]"
    # Slovak: "podmienkou", "nevyhnutná"
    r"|podmienkou|nevyhnutn[áéýo])(?!\w)"
    # Persian: "الزامی" (mandatory), "ضروری" (necessary); not "... الزامی نیست" (NEGATED)
    r"|\b(?:الزامی|الزاما|ضروری)(?!\w)(?!\s+نیست)"
    # Chinese "必须", Japanese "必須", Korean "필수", at the end of their clause ("Python必須")
    r"|(?:必須|必须|必需|필수)(?:です)?(?=\s*(?:[.,;:)!]|$))",
    re.I,
)
_NO = rf"no(?!\s+(?:less|fewer|more|later)\b){NO_FEAR}"  # not "no less than 3 years"
# not "not only", "not limited to", "not less than 5 years"
_NOT_WORD = rf"not(?!\s+(?:limited|only|just|less|fewer|more|later)\b){NO_FEAR}"
_NOT = rf"(?:\b{_NOT_WORD}|n['’]t|\b{_NO})"
NEGATED = regex_cache.compile(
    rf"{_NOT}\b[^.;]{{0,60}}\b(?:required|needed|necessary|expected|mandatory|essential"
    r"|a must|a requirement|a prerequisite|compulsory)\b"
    r"|\b(?:unnecessary|none required)\b"
    r"|\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t|won['’]t|will\s+not)\s+"
    r"(?:have\s+to|need(?:\s+to)?|use|require|expect)\b"  # "you don't need to", "we don't use"
    r"|\bno\s+need\s+(?:for|to)\b"
    r"|\bno\b\s+(?:prior\s+)?\w+(?:\s+\w+)?\s+(?:needed|required|necessary)"
    r"|\beven\s+if\s+you(?:['’]ve|\s+have)?\s+never\b"  # "... never used Kubernetes"
    # the same said otherwise: "Even if you don't have / haven't used / have no / lack ...",
    # "Don't worry if you have never used ..."
    r"|\beven\s+if\s+you\s+(?:(?:don['’]t|do\s+not)\s+have|haven['’]t|have\s+no|lack)\b"
    r"|\bdon['’]t\s+worry\s+if\s+you\b"
    r"|\b(?:الزامی|ضروری)\s+نیست|\bنیازی\s+(?:به|نیست)",  # Persian: "not required", "no need"
    re.I,
)
# When the employer gives training: after the hire ("within 30 days of hire", "upon hire",
# "during onboarding", "new hires complete ...").
_AFTER_HIRE = (
    r"\b(?:within|in)\s+(?:the\s+)?(?:first\s+)?\w+\s+(?:days?|weeks?|months?)\s+"
    r"(?:of|after|from)\s+(?:hire|hiring|start(?:ing)?|joining|employment)\b"
    r"|\b(?:upon|after|on)\s+(?:hire|hiring|joining)\b"
    r"|\b(?:during|as\s+part\s+of)\s+(?:your\s+|our\s+|the\s+)?onboarding\b"
    r"|\bnew\s+(?:hires?|staff|employees)\s+(?:will\s+)?(?:complete|receive|attend|undergo)\b"
)
# What the employer gives is not asked for: "Kafka training provided", "We will train you on
# Kafka", "You will gain experience with Kubernetes", "access to Coursera".
_OFFERED = regex_cache.compile(
    r"\b(?:training (?:is |will be )?provided|we(?:'ll| will)? train|will be trained|you will gain"
    # training in a skill the employer gives: "Training in Kafka will be provided", "Full
    # training on Kafka provided", "We provide training in Kafka"
    r"|training (?:in|on) [^.;:\n]{1,60}? (?:is |will be )?provided\b"
    r"|we(?:['’]ll| will)? provide (?:full |free |on-the-job )?training (?:in|on)\b"
    r"|you'll gain|gain experience|access to|you will learn|you'll learn|opportunit(?:y|ies) to"
    # what it will teach: "We'll teach you Kubernetes", "You're encouraged to learn Kubernetes",
    # "Kubernetes can be learned on the job"
    r"|we(?:['’]ll| will)? teach\b|encouraged to learn\b"
    r"|\b(?:can|will) be (?:learned|learnt|taught) on the job\b"
    r"|we offer|we pay|(?:our )?(?:benefits|perks) include"
    # training given after hire: "HIPAA training within 30 days of hire", "during onboarding"
    rf"|\btraining\b.{{0,80}}?(?:{_AFTER_HIRE})|(?:{_AFTER_HIRE}).{{0,80}}?\btraining\b"
    r"|offers (?:medical|health|dental|benefits|(?:an? )?(?:competitive|generous"
    r"|comprehensive) (?:salary|pay|benefits|compensation|package))"
    # the hire's pay and the employer's pension payments: "Alongside your salary of £45,000,
    # the Department contributes £12,000 towards ...", "contributes 27% towards your pension"
    r"|\b(?:alongside|on top of|in addition to) your (?:salary|pay)\b"
    r"|\bcontributes (?:up to |an? (?:additional |further )?)?(?:[£$€] ?\d|\d[\d,.]* ?%)"
    r"[^.;]{0,40}?\btowards?\b)",
    re.I,
)
# Hiring boilerplate asks nothing: "an Equal Opportunity Employer" (or "equal-opportunity"),
# "without regard to ... veteran status", "We participate in E-Verify".
BOILERPLATE = regex_cache.compile(
    r"\b(?:equal[ -](?:employment[ -])?opportunit|affirmative action|without regard to|e-verify"
    r"|qualified applicants will receive|reasonable accommodation|protected veteran"
    r"|drug[- ]free work"
    # a UK university's: "committed to equality, diversity and inclusion", "Athena SWAN",
    # "a Disability Confident employer"
    r"|committed to (?:equality|diversity|inclusion|equal)|athena swan|disability confident"
    # an international organisation's languages, before what it asks of this post: "English
    # and French are the working languages of the Secretariat"; not a company's one language,
    # which a list of asks may name ("English is the working language of our team; Python")
    r"|are the (?:two )?(?:official|working) languages of)",
    re.I,
)
# How to apply asks nothing of the candidate's skills: "To apply, submit CV and a link to your
# GitHub", "Please include your resume", "Cover letter optional" (not "ability to apply ML").
_APPLYING = regex_cache.compile(
    r"(?<![\w\s])\s*to\s+apply\s*(?:[,:]|please\b)|\bhow\s+to\s+apply\b"
    r"|\bapply\s+(?:online|here|now|via)\b|\bcover\s+letters?\b"
    r"|\b(?:send|submit|e-?mail|include|attach|upload|forward|share|provide|reply\s+with"
    r"|(?:dm|pm|message)\s+(?:me|us)\s+with)\s+"
    # an agency's "send over an updated CV", "send me your CV", "an up-to-date CV"
    r"(?:(?:us|me|over|across|your|a|an|the|updated|up-to-date|latest|current|recent|short"
    r"|brief|pdf)\s+){0,3}"
    r"(?:cvs?|r[eé]sum[eé]s?|curriculum\s+vitae|portfolios?|links?\s+to|code\s+samples?"
    r"|writing\s+samples?|application|github)\b",
    re.I,
)
# A part that opens with a negation denies what it names: "- No Scala", "(no Jenkins)",
# "Python, not Java", "without Java".
_DENYING_PART = regex_cache.compile(rf"^[\s\-*•(]*(?:{_NO}|{_NOT_WORD}|without)\s", re.I)

_WITHOUT = regex_cache.compile(r"\bwithout\s+(?:[\w\-]+\s+)?$", re.I)
_SENTENCE_END = regex_cache.compile(r"[!?]|\.(?=\s|$)")
# Words that end with a dot without ending a sentence: "e.g. Tableau", "5+ yrs. of Java".
_ABBREVIATIONS = frozenset(
    "e.g i.e etc vs incl approx esp yrs yr min max no sr jr dept st exp hrs mos wk"
    " u.s u.k b.s m.s ph.d b.sc m.sc rs"  # "Rs. 3.5 LPA": rupees
    # dotted degrees: "M.A. or PhD preferred", "B.Tech. in CS"
    " b.a m.a b.e m.e b.tech m.tech b.eng m.eng m.phil b.com m.com b.ed m.ed".split()
)
# "e.g" before the final dot of "e.g.", without a bracket before it: "(min. 3 years)"
_LAST_WORD = regex_cache.compile(r"[^\s.(\[]+(?:\.[^\s.(\[]+)*$")
# A spaced dash ends a clause unless it joins two capitalised names ("Architect – Associate")
_CONTRAST = regex_cache.compile(
    r";|(?<=[a-z0-9)])\s[-–—]\s|\s[-–—]\s(?=[a-z])"
    r"|(?i:\b(?:but|whereas|while|however|though|although)\b)"
    # a comma before a short clause that denies the one before it: "Kafka can be learned on
    # the job, Python cannot."
    r"|,(?=[^,;.]{1,60}?(?i:\b(?:cannot|can['’]t|can\s+not))\s*(?:[.!)]|$))"
)
# "We use Redis, but you don't have to know it": the negation points back across "but"
_POINTS_BACK = regex_cache.compile(r"\s*(?:[\w'’]+\s+){0,2}(?:it|them|these|those|either)\b", re.I)
_PART_END = regex_cache.compile(r"[,()]")
_WORD_CHAR = regex_cache.compile(r"\w")
# A part that opens with its own lead-in: "Python, and familiarity with NumPy"; "3+ years of
# Python, ideally in fintech or banking" (the wish is the industry's, not Python's);
# "Proficient in Python, familiar with TensorFlow or PyTorch"
_OWN_LEAD = regex_cache.compile(
    r"\s*(?:(?:and|or|plus)\s+(?:some\s+|basic\s+|strong\s+)?(?:familiarity|exposure|experience"
    r"|knowledge|preferably|ideally)|preferably|ideally"
    r"|(?:some\s+|basic\s+)?(?:familiar(?:ity)?\s+with|exposure\s+to))\b",
    re.I,
)
# the last item of a list: "SQL and Airflow"
_LIST_END = regex_cache.compile(r"\b(?:and|or)\b|&", re.I)
# The last item of a Chinese, Japanese or Korean list and its wish, which holds for every item
# ("有 Spark、Hadoop 大数据经验者优先"); not a clause of its own ("熟悉Python，有Spark经验者优先")
_CJK_LIST_TAIL = regex_cache.compile(rf"\s*[A-Za-z][^,]*{_CJK_PREFERRED}\W*")
_FILLERS = regex_cache.compile(
    r"\b(?:is|are|be|been|would|will|very|also|it['’]s|it|its|that['’]s|a|an|highly|strongly|definitely"
    r"|considered|as|but|though|although|while|however|whereas|skills?"
    r"|either|both|all|any|each|or|and|of|them"
    # how big a wish is: "(we use pgvector) is a big plus", "a huge plus", "a major bonus"
    r"|big|huge|major|massive|real|definite|great|added|extra)\b",
    re.I,
)
_NEGATION_WORDS = regex_cache.compile(
    r"\b(?:not|no|none|n't|necessary|a must|do|does|don't|doesn't|have to|strictly)\b|n['’]t\b",
    re.I,
)
# A part that spells out the one before it takes its cue: "preferred, i.e. Azure or CKA"
_ELABORATES = regex_cache.compile(
    r"^\W*(?:e\.g\.|i\.e\.|such as|including|like|especially)\s", re.I
)
# "Nice to have: ...", at the start of a line or of a sentence (matched from its offset)
_LABEL = regex_cache.compile(r"[\s\-*•]*([A-Za-z][^:.;]{0,40}):\s")
# Labels of what the job gives, not what it asks: their own clause asks for nothing.
_OFFER_LABEL = regex_cache.compile(
    r"(?:base |annual |work |desired |preferred |expected |target )?"
    r"(?:compensation|salary|salary range|salary band|pay band|pay range|pay|pay rate|wage|wages"
    r"|benefits"
    r"|perks|equity|schedule|work schedule|shift|shifts|hours|working hours|location|locations"
    r"|office|offices|where|start|start date|availability|job type|employment type|work model"
    r"|remote policy|visa|sponsorship|travel"
    r"|reports to|reporting to|time zones?|timezones?"
    # a post's grade and terms, not a thing to know: "Classification: Analyst II", "CTC: 4 LPA",
    # "Exempt status: Exempt", "Substitution: experience may substitute for the degree"
    r"|classification|job classification|exempt status|flsa status|flsa|ctc|grade|pay grade"
    r"|job grade|salary grade|substitutions?|contract type|contract|industry|functional area"
    r"|role category|industry type|department|job category"
    # a contractor's terms: "Day rate: £650", "Engagement: 6 months for a fintech client"
    r"|rates?|day rate|daily rate|hourly rate|ir35 status|engagement|engagement type"
    r"|contract length|contract duration"
    # what an agency needs to put a candidate forward: "Submission requirements: full legal
    # name, last 4 SSN, DOB (MM/DD), LinkedIn URL"
    r"|submission|submission requirements|submission details|required for submission"
    r"|submittal|submittal requirements"
    # a French, Spanish, Italian or Portuguese job board's fields: "Type d'emploi", "Salaire",
    # "Lieu du poste", "Tipo de puesto", "Lugar de trabajo", "Tipo di contratto"
    r"|salaire|rémunération|type d['’]emploi|type de contrat|contrat|lieu du poste"
    r"|lieu de travail|localisation|horaires|date de début|télétravail"
    r"|salario|retribución|tipo de puesto|tipo de contrato|contrato|lugar de trabajo|ubicación"
    r"|horario|jornada|modalidad|teletrabajo"
    r"|retribuzione|tipo di contratto|contratto|sede di lavoro|sede|orario|luogo di lavoro"
    r"|salário|remuneração|local de trabalho|horário)",
    re.I,
)
_LEAD_WORDS = 3  # a list's opening cue stands in the first words of its first part

# "We are in search of an engineer who has ...", "The position calls for a developer with
# skills in ...": a sentence about what the person sought has.
_SEEKS = regex_cache.compile(
    r"\b(?:seek|seeking|seeks|looking (?:for|to hire)|in search of|hiring|calls? for|demands?)\b"
    r"[^.;]{0,80}?\b(?:with|who (?:has|have|brings|knows|possesses)|experienced in|skilled in"
    r"|proficient in|versed in)\b",
    re.I,
)
_VITAL = regex_cache.compile(r"\b(?:vital|crucial)\b", re.I)

Cue = Literal["required", "preferred"]
Span = tuple[int, int]


# The cue patterns run about three times as fast without re.I on lower-cased text, and find
# the same where lower-casing keeps every length and no letter folds unlike its lower case
# ("ſ" is an "s" and "ı" an "i" to re.I). Patterns with a letter other than lower-case
# Latin-1 ("a" to "z", "ß" to "ÿ"), or that turn re.I off, keep re.I (all of them, for
# simplicity). Written as escapes: the Kelvin sign (U+212A) had become a plain "K", which
# sent every text with a capital K down the slow way.
_FOLDS_UNLIKE_LOWER = regex_cache.compile(
    "[\u017f\u212a\u0130\u0131\u03a3"  # long s, Kelvin sign, dotted I, dotless i, sigma
    "\u1c80-\u1c88]"  # old Cyrillic letter forms, which re.I reads as "в", "д", "о", "с", "т"...
)


def lower_case_only(pattern: str) -> bool:
    """No letter in the pattern but lower-case Latin-1 or Latin Extended-A (escapes such as
    \\W aside): of the latter, only a letter whose capital lower-cases back to it, as the
    Polish "ą", "ł", "ż" do (not the dotless "ı" nor the long "ſ")."""
    letters = re.sub(r"\\[A-Za-z]", "", pattern)
    cased = (c for c in letters if c.lower() != c.upper())
    return "(?-i" not in pattern and all(_plain_lower(c) for c in cased)


def _plain_lower(letter: str) -> bool:
    """A lower-case letter that re.I folds only with its one capital: Latin-1, Latin
    Extended-A or a Russian or Ukrainian letter (their old forms are _FOLDS_UNLIKE_LOWER's)."""
    if letter <= "ÿ":
        return letter.islower() and letter != "µ"
    capital = letter.upper()
    alphabet = letter <= "ſ" or "\u0430" <= letter <= "\u045f" or letter == "ґ"
    return alphabet and letter.islower() and len(capital) == 1 and capital.lower() == letter


class _Patterns(NamedTuple):
    negated: re.Pattern[str]
    preferred: re.Pattern[str]
    required: re.Pattern[str]
    soft_preferred: re.Pattern[str]
    fillers: re.Pattern[str]
    negation_words: re.Pattern[str]
    offered: re.Pattern[str]
    applying: re.Pattern[str]
    boilerplate: re.Pattern[str]
    required_cues: re.Pattern[str]
    vital: re.Pattern[str]
    seeks: re.Pattern[str]
    asking: re.Pattern[str]
    sought: re.Pattern[str]


_ANY_CASE = _Patterns(
    *(NEGATED, _PREFERRED, _REQUIRED, _SOFT_PREFERRED, _FILLERS, _NEGATION_WORDS, _OFFERED),
    *(_APPLYING, BOILERPLATE, REQUIRED_CUES, _VITAL, _SEEKS, ASKING, SOUGHT),
)


def boundaries_joined(pattern: str) -> str:
    r"""The pattern with each run of top-level alternatives that open on a word boundary
    joined behind one: "\bno\b|\bnot\b|n't" -> "\b(?:no\b|not\b)|n't". It matches as the
    pattern does (at a place, the same alternatives are tried in the same order), while the
    engine looks for the boundary once per character instead of once per alternative: the
    cue patterns search in half the time."""
    joined: list[str] = []
    run: list[str] = []
    for alternative in [*_alternatives(pattern), None]:
        if alternative is not None and alternative.startswith(r"\b"):
            run.append(alternative.removeprefix(r"\b"))
            continue
        if run:
            joined.append(rf"\b(?:{'|'.join(run)})" if len(run) > 1 else rf"\b{run[0]}")
            run = []
        if alternative is not None:
            joined.append(alternative)
    return "|".join(joined)


_LOWER_CASE = (
    _ANY_CASE
    if not all(lower_case_only(p.pattern) for p in _ANY_CASE)
    else _Patterns(
        *(regex_cache.compile(boundaries_joined(p.pattern), p.flags & ~re.I) for p in _ANY_CASE)
    )
)


# Any requirement or preference cue, to tell whether a text holds one; and its twin for
# lower-cased text (lowered_alike), its words behind one word boundary (boundaries_joined),
# which tells the same of a line in about a third of the time
_ANY_CUE = regex_cache.compile(f"{REQUIRED_CUES.pattern}|{PREFERRED_CUES.pattern}", re.I)
_LOWER_ANY_CUE = (
    regex_cache.compile(boundaries_joined(_ANY_CUE.pattern))
    if lower_case_only(_ANY_CUE.pattern)
    else None
)


def holds_a_cue(text: str) -> bool:
    """Whether REQUIRED_CUES or PREFERRED_CUES finds a cue in the text."""
    lowered = lowered_alike(text)
    if _LOWER_ANY_CUE is None or lowered is None:
        return _ANY_CUE.search(text) is not None
    return _LOWER_ANY_CUE.search(lowered) is not None


def how_to_apply_end(line: str, start: int, end: int) -> int | None:
    """Where the first words in line[start:end] telling how to apply end ("Apply online",
    "Please attach your CV"); None when it tells nothing of it."""
    found = _APPLYING.search(line, start, end)
    return found.end() if found else None


# What every match of NEGATED opens with or holds ("no", "not", "n't", "unnecessary", "lack"), and a
# word every match of _OFFERED or _APPLYING holds: most clauses have neither, which these
# quick searches (alternatives that open on a letter, see open_on_letter) tell at a fraction
# of the cost of the full patterns. Both are for lower-cased text, which the patterns without
# re.I (_LOWER_CASE, when it is not _ANY_CASE) search: there they match these letters as
# written.
_NEGATION_HINT = regex_cache.compile(
    r"n(?<!\wn)o|n['’]t|u(?<!\wu)nnecessary|n(?<!\wn)ever|l(?<!\wl)ack\b"
    r"|نی(?:ست|ازی)"  # ... Persian
)
_OFFER_OR_APPLY_HINT = regex_cache.compile(
    "train|gain|access to|learn|opportunit|offer|we pay|include|your salary|your pay"  # _OFFERED
    "|teach|taught"  # _OFFERED
    "|contributes"  # _OFFERED
    "|apply|cover|send|submit|mail|attach|upload|forward|share|provide"  # _APPLYING
    "|me with|us with"  # _APPLYING
)


def _may_negate(text: str, patterns: _Patterns, start: int = 0, end: int = sys.maxsize) -> bool:
    """False when patterns.negated finds nothing in text[start:end] (see _NEGATION_HINT)."""
    if patterns is _ANY_CASE:
        return True  # text in its own case
    return _NEGATION_HINT.search(text, start, end) is not None


def _may_offer_or_apply(
    text: str, patterns: _Patterns, start: int = 0, end: int = sys.maxsize
) -> bool:
    """False when patterns.offered and patterns.applying find nothing in text[start:end]."""
    if patterns is _ANY_CASE:
        return True  # text in its own case
    return _OFFER_OR_APPLY_HINT.search(text, start, end) is not None


@lru_cache(maxsize=1024)  # asked of the same lines by many readers
def lowered_alike(text: str) -> str | None:
    """The text lower-cased, where a lower-case pattern without re.I finds in it what the
    pattern with re.I finds in the text; None where lower case changes a length or a letter
    folds unlike its lower case."""
    lowered = text.lower()
    if text.isascii():  # every letter that folds unlike its lower case is beyond ASCII
        return lowered
    if len(lowered) == len(text) and not _FOLDS_UNLIKE_LOWER.search(text):
        return lowered
    return None


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text may hold one of the lower-case words, in any case: False only when its
    lower case (lowered_alike) holds none, where a case-blind pattern needing one cannot
    match."""
    lowered = lowered_alike(text)
    return lowered is None or any(word in lowered for word in words)


def one_boundary(words: re.Pattern[str]) -> re.Pattern[str]:
    r"""A pattern that matches somewhere in a text exactly when `words` does (a test of whether
    a text holds one, not where): its alternatives that open on a word boundary joined behind
    one ("year|\bans\b|\blet\b" -> "year|\b(?:ans\b|let\b)"). The engine skips through an
    alternative that opens on a letter, while one that opens on a boundary is tried at every
    character: YEARS's words, with eighteen of them, took five times as long."""
    alternatives = _alternatives(words.pattern)
    bounded = [a.removeprefix(r"\b") for a in alternatives if a.startswith(r"\b")]
    if len(bounded) < 2:
        return words
    free = [a for a in alternatives if not a.startswith(r"\b")]
    # (compiled here, not through the pattern cache: a few words compile fast)
    return re.compile("|".join([*free, rf"\b(?:{'|'.join(bounded)})"]), words.flags)


def letters_first(words: re.Pattern[str]) -> re.Pattern[str]:
    r"""A pattern that matches somewhere in a text exactly when `words` does: each alternative
    that opens on a word boundary and a letter opens on the letter, the boundary looked at
    behind it ("\bans\b" -> "a(?<!\wa)ns\b"), the others behind one boundary (one_boundary).
    When every alternative opens on a plain character the engine skips to the characters that
    open them, instead of trying every alternative at every character: the years words are
    searched in less than half the time."""
    moved = [_letter_first(alternative) for alternative in _alternatives(words.pattern)]
    if moved == _alternatives(words.pattern):
        return one_boundary(words)
    # (compiled here, not through the pattern cache: a few words compile fast)
    return one_boundary(re.compile("|".join(moved), words.flags))


def _letter_first(alternative: str) -> str:
    letter, rest = alternative[2:3], alternative[3:]
    if (
        not alternative.startswith(r"\b")
        or not letter.isalnum()
        or rest[:1] in ("?", "*", "+", "{")
    ):
        return alternative
    return rf"{letter}(?<!\w{letter}){rest}"


class Gated:
    """A pattern, with re.Pattern's searches, that runs only on texts where `words` (lower-case
    words as alternatives, one of which every match holds in any case) finds one in the text's
    lower case (lowered_alike). A pattern opening on a word boundary or with re.I is tried at
    every character of a line; one search for the words, remembered per text, tells first that
    most lines hold no match. Exactly the pattern's results (tests/test_fast_paths.py)."""

    def __init__(self, compiled: re.Pattern[str], words: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.words = words
        self._words_found = letters_first(words)
        self.may_match = lru_cache(maxsize=1024)(self._holds_a_word)

    @classmethod
    def on_words(cls, compiled: re.Pattern[str], words: tuple[str, ...]) -> Gated:
        """Gated on plain words (lower case), one of which every match holds."""
        # (a plain alternation of a few words compiles fast: no need of the pattern cache)
        return cls(compiled, re.compile("|".join(map(re.escape, words))))

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags

    def _holds_a_word(self, text: str) -> bool:
        lowered = lowered_alike(text)
        return lowered is None or self._words_found.search(lowered) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos) if self.may_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos) if self.may_match(text) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos) if self.may_match(text) else iter(())

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self.may_match(text) else text


def _case_free(text: str) -> tuple[str, _Patterns]:
    """The text to search and the patterns to search it with: lower-cased text and patterns
    without re.I where they find the same."""
    lowered = lowered_alike(text)
    return (text, _ANY_CASE) if lowered is None else (lowered, _LOWER_CASE)


@lru_cache(maxsize=4096)
def _sentence_ends(line: str) -> tuple[Span, ...]:
    if "." not in line and "!" not in line and "?" not in line:
        return ()  # every end is one of them: no search needed
    ends: list[Span] = []
    for found in _SENTENCE_END.finditer(line):
        if found.group() == ".":
            word = _LAST_WORD.search(line, max(0, found.start() - 12), found.start())
            if word is None or word.group().lower() in _ABBREVIATIONS or len(word.group()) == 1:
                continue
        ends.append(found.span())
    return tuple(ends)


# Every contrast holds ";", a dash between spaces or one of _CONTRAST's words (in any case):
# nineteen posting lines in twenty hold none, which these tests tell faster than the search.
_CONTRAST_WORDS = ("but", "whereas", "while", "however", "though")
_DENIAL_WORDS = ("cannot", "can't", "can’t", "can not")  # "Kafka ..., Python cannot."
_SPACED_DASH = regex_cache.compile(r"\s[-–—]\s")


def _may_contrast(line: str) -> bool:
    """False when _CONTRAST finds nothing on the line."""
    lowered = lowered_alike(line)  # None where a letter folds unlike its lower case
    return (
        lowered is None
        or ";" in line
        or _SPACED_DASH.search(line) is not None
        or any(word in lowered for word in _CONTRAST_WORDS)
        or any(word in lowered for word in _DENIAL_WORDS)
    )


@lru_cache(maxsize=4096)
def _contrasts(line: str) -> tuple[Span, ...]:
    if not _may_contrast(line):
        return ()
    return tuple(m.span() for m in _CONTRAST.finditer(line))


@lru_cache(maxsize=4096)  # asked for each skill on the line
def sentence_spans(line: str) -> tuple[Span, ...]:
    """Where the sentences of a line stand."""
    starts = [0, *(e for _, e in _sentence_ends(line))]
    ends = [*(s for s, _ in _sentence_ends(line)), len(line)]
    return tuple((s, e) for s, e in zip(starts, ends, strict=True) if line[s:e].strip())


def sentence_at(line: str, at: int) -> Span | None:
    """The sentence of the line holding position `at`; None in the blanks between them.
    Found by bisection: a line of many sentences and many skills is read in n log n."""
    spans = sentence_spans(line)
    index = bisect_right(spans, (at, sys.maxsize)) - 1  # the last sentence starting by `at`
    return spans[index] if index >= 0 and at < spans[index][1] else None


def asks_the_candidate(sentence: str) -> bool:
    return _asks_with(*_case_free(sentence))


def _asks_with(text: str, patterns: _Patterns) -> bool:
    """Whether the text (as _case_free gives it) asks something of the one sought."""
    return bool(patterns.asking.search(text) and patterns.sought.search(text))


def _between(breaks: Sequence[Span], start: int, end: int, outer: Span) -> Span:
    """The stretch of `outer` between the breaks around start..end."""
    left, right = outer
    for b_start, b_end in breaks:
        if b_end <= start:
            left = max(left, b_end)
        elif b_start >= end:
            right = min(right, b_start)
            break
    return left, right


# The mentions of one line share its sentences, clauses and parts: what is read of a clause
# or a sentence is cached by (line, span), not worked out again for every skill in it.
@lru_cache(maxsize=8192)
def _parts(line: str, clause: Span) -> tuple[Span, ...]:
    """The parts of a clause, between commas and brackets."""
    breaks = [m.span() for m in _PART_END.finditer(line, *clause)]
    edges = [clause[0], *(e for _, e in breaks)], [*(s for s, _ in breaks), clause[1]]
    return tuple((s, e) for s, e in zip(*edges, strict=True) if line[s:e].strip())


@lru_cache(maxsize=8192)
def _negations(line: str, clause: Span) -> tuple[Span, ...]:
    """Where the negations of a clause stand."""
    text, patterns = _case_free(line)
    if not _may_negate(text, patterns, *clause):
        return ()
    return tuple(found.span() for found in patterns.negated.finditer(text, *clause))


@lru_cache(maxsize=8192)
def _boilerplate(line: str, sentence: Span) -> bool:
    text, patterns = _case_free(line)
    return bool(patterns.boilerplate.search(text, *sentence))


def asks_beside_boilerplate(line: str) -> bool:
    """A line with a sentence or clause that asks on its own, free of the hiring boilerplate
    beside it (see _asks_beside_boilerplate)."""
    breaks = sorted([*_sentence_ends(line), *_contrasts(line)])
    clauses = _between_all(breaks, (0, len(line)))
    return any(_asks_beside_boilerplate(line, clause) for clause in clauses)


def _between_all(breaks: Sequence[Span], outer: Span) -> list[Span]:
    """The stretches of `outer` between the breaks."""
    edges = [outer[0], *(e for _, e in breaks)], [*(s for s, _ in breaks), outer[1]]
    return [(s, e) for s, e in zip(*edges, strict=True) if s < e]


# The employer's duty under the law, beside its equal-opportunity statement: "we must comply
# with the VEVRAA and Section 503", "as required by law", "pursuant to the Fair Chance Act"
_LEGAL_DUTY = regex_cache.compile(
    r"\b(?:comply|complies|compliance|pursuant\s+to|in\s+accordance\s+with|obligat\w*"
    r"|obliged|(?:required|permitted)\s+by\s+(?:applicable\s+)?(?:federal\s+|state\s+)?law)\b",
    re.I,
)


_COLON = regex_cache.compile(r":(?=\s)")


def _boilerplate_breaks(line: str) -> list[Span]:
    """Where a clause beside hiring boilerplate may begin: after a contrast, or after a colon
    ("Equal opportunity employer: we require experience with Terraform")."""
    return sorted([*_contrasts(line), *(m.span() for m in _COLON.finditer(line))])


def _asks_beside_boilerplate(line: str, clause: Span) -> bool:
    """A clause of a sentence of hiring boilerplate that asks on its own: it holds no
    boilerplate and a cue of its own ("We are an equal opportunity employer; must have 3+
    years of Python"), and does not state the employer's legal duty."""
    text = line[slice(*clause)]
    return (
        not _boilerplate(line, clause) and _cue(text) is not None and not _LEGAL_DUTY.search(text)
    )


def _asks_beside_an_offer(line: str, clause: Span, start: int) -> bool:
    """The skill's own part of the clause asks with a cue of its own, the offer standing in
    another part: "5+ years of Python required, we offer a great salary"."""
    own = next((part for part in _parts(line, clause) if part[0] <= start < part[1]), None)
    return (
        own is not None
        and not _offer_or_applying(line, own)
        and _cue(line[slice(*own)]) is not None
    )


@lru_cache(maxsize=8192)
def _offer_or_applying(line: str, clause: Span) -> bool:
    """The clause tells what the employer gives or how to apply."""
    text, patterns = _case_free(line)
    if not _may_offer_or_apply(text, patterns, *clause):
        return False
    return bool(patterns.offered.search(text, *clause) or patterns.applying.search(text, *clause))


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _cue(text: str, near: Span = (0, 0)) -> Cue | None:
    """The cue in a stretch of text, the one nearest the offsets `near` when there are two:
    "SQL is required and Python is preferred"."""
    found, soft = _cue_marks(text)
    if found:
        return min(found, key=lambda f: max(f[0] - near[1], near[0] - f[1]))[2]
    return "preferred" if soft else None


@lru_cache(maxsize=8192)
def _cue_marks(text: str) -> tuple[tuple[tuple[int, int, Cue], ...], bool]:
    """Where a text's cues stand, and whether it has a soft preference."""
    text, patterns = _case_free(text)
    if _may_negate(text, patterns):
        text = patterns.negated.sub(_blank, text)  # "No degree required" asks for nothing
    found: list[tuple[int, int, Cue]] = [
        (*m.span(), "preferred") for m in patterns.preferred.finditer(text)
    ]
    found += [(*m.span(), "required") for m in patterns.required.finditer(text)]
    return tuple(found), bool(patterns.soft_preferred.search(text))


_NON_WORDS = regex_cache.compile(r"[\W_]+")


@lru_cache(maxsize=8192)
def _bare(text: str) -> bool:
    """Only cue words: "(required)", "though optional", "not required, is a plus"; not
    "no Oracle needed"."""
    text, patterns = _case_free(text)
    rest = patterns.fillers.sub(" ", patterns.preferred.sub(" ", patterns.required.sub(" ", text)))
    return not _NON_WORDS.sub("", patterns.negation_words.sub(" ", rest))


def only_cues(text: str) -> bool:
    """The text says how much something is wanted and names nothing: "Optional", "Bonus
    points", "Ideal"."""
    return _bare(text)


def _denied(line: str, start: int, end: int, clause: Span, part: Span) -> bool:
    """A negation about the skill: covering it, opening its part, or closing its list."""
    if _DENYING_PART.match(line[slice(*part)]) or _WITHOUT.search(line, part[0], start):
        return True  # "- No Scala", "Python, not Java", "Python without Java"
    for found_start, found_end in _negations(line, clause):
        if found_start <= start and found_end >= end:
            return True  # "No Java, Scala or Go needed"
        if part[0] <= found_start < start:
            return True  # "You do not need to speak Danish"
        between = line[end:found_start]
        if found_start >= end and _cue(between) is None:
            # "Kafka, Spark not required", "Java (not required)"; not "Python (Django not ...)"
            return "(" not in between or not _WORD_CHAR.search(between)
    return False


@lru_cache(maxsize=8192)
def _clauses_around(line: str, clause: Span, sentence: Span) -> Cue | Literal["denied"] | None:
    """What the other clauses of the sentence say of this one (see _turned)."""
    contrasts = [c for c in _contrasts(line) if sentence[0] <= c[0] and c[1] <= sentence[1]]
    return _turned(*_other_clauses(line, contrasts, clause, sentence))


def _other_clauses(
    line: str, contrasts: list[Span], clause: Span, sentence: Span
) -> tuple[list[str], list[str]]:
    """The sentence's clauses after this one, in order, and those before it, nearest first."""
    starts = [sentence[0], *(e for _, e in contrasts)]
    ends = [*(s for s, _ in contrasts), sentence[1]]
    spans = [(s, e) for s, e in zip(starts, ends, strict=True) if _WORD_CHAR.search(line, s, e)]
    after = [line[s:e] for s, e in spans if s >= clause[1]]
    before = [line[s:e] for s, e in reversed(spans) if e <= clause[0]]
    return after, before


def _bare_head(text: str) -> str:
    """The clause up to its first comma when those words name nothing else ("not needed")
    and the words after it do ("our team language is English"), else the whole clause
    ("while not required, is a plus")."""
    head, comma, _ = text.partition(",")
    return head if comma and _bare(head) and not _bare(text) else text


def _turned(after: list[str], before: list[str]) -> Cue | Literal["denied"] | None:
    """What the clauses around this one say of it when they name nothing else: "though
    optional", "while not required, is a plus", "Preferred but not required - AWS"; or a
    negation in the next clause pointing back: "but you don't have to know it"."""
    denied = False
    for clauses in (after, before):
        for index, text in enumerate(clauses):
            if clauses is after and index == 0:
                text = _bare_head(text)  # "but not needed, our team language is English"
            if not _bare(text):
                negation = NEGATED.search(text)
                points_back = negation and _POINTS_BACK.match(text, negation.end())
                if clauses is after and index == 0 and points_back:
                    return "denied"
                break
            cue = _cue(text)
            if cue:
                return cue
            denied = denied or bool(NEGATED.search(text))
    return "denied" if denied else None


def _list_cue(line: str, parts: Sequence[Span], own: int) -> Cue | None:
    """The cue of the part that ends the skill's list, or of the lead-in that opens it."""
    for start, end in parts[own + 1 :]:
        if _state_after_city(line, start, end):
            continue  # "Python developer in Tulsa, OK": Oklahoma, not an acceptance
        cue = _cue(line[start:end])
        if cue:  # the first part with a cue ends the list only if it holds its last item
            aside = line[:start].rstrip().endswith("(")  # "Python (Java or Scala welcome)"
            if _OWN_LEAD.match(line, start, end):
                break  # "Python, and familiarity with NumPy": the lead-in is NumPy's own
            if _bare(line[start:end]) or (_LIST_END.search(line, start, end) and not aside):
                return cue
            if _CJK_LIST_TAIL.fullmatch(line, start, end):
                return cue
            break
    if own > 0 and _ELABORATES.match(line[slice(*parts[own])]):
        return _cue(line[slice(*parts[own - 1])]) or _cue_after_bracket(line, parts, own)
    return _cue(" ".join(line[slice(*parts[0])].split()[:_LEAD_WORDS])) if own > 0 else None


# "Tulsa, OK": the state after its city, which _PREFERRED would read as "(GCP) ok"
_STATE_CODE = regex_cache.compile(r"\s*OK\s*")
_CITY_BEFORE = regex_cache.compile(r"[A-Z][a-z]+,\Z")


def _state_after_city(line: str, start: int, end: int) -> bool:
    """The part at start..end is the state code "OK" after a capitalised word and a comma."""
    return bool(
        _STATE_CODE.fullmatch(line, start, end)
        and _CITY_BEFORE.search(line, max(0, start - 30), start)
    )


_BRACKET_CLOSED = regex_cache.compile(r"\s*\)\s*")


def _cue_after_bracket(line: str, parts: Sequence[Span], own: int) -> Cue | None:
    """The cue of the phrase an example in brackets interrupts: "competition (e.g. Kaggle)
    experience is a plus"; not of a part after a comma ("Cloud (e.g. AWS), Docker a plus")."""
    if own + 1 >= len(parts) or not _BRACKET_CLOSED.fullmatch(
        line, parts[own][1], parts[own + 1][0]
    ):
        return None
    return _cue(line[slice(*parts[own + 1])])


_COLUMN_GAP = regex_cache.compile(r"[ \t]{2,}\|")


def is_table_row(line: str) -> bool:
    """A row of a table: "| Spark | 2+ |", or columns set apart by spaces before a bar
    ("Excel / Google Sheets        | Familiarity with Mixpanel"); not "Java Lead | PHP Lead"."""
    return "|" in line and (line.lstrip().startswith("|") or bool(_COLUMN_GAP.search(line)))


def mention_cue(line: str, span: Span | None) -> Cue | Literal["denied"] | None:
    """What the words around a skill named at `span` (or the whole line) say of it."""
    start, end = span or (0, len(line))
    line_label = _LABEL.match(line)
    if line_label and _offer_denies(line, line_label, start):
        return "denied"  # "Compensation: $180,000 + RSUs", "Schedule: 7:00 AM - 3:30 PM"
    sentence = _between(_sentence_ends(line), start, end, (0, len(line)))
    if is_table_row(line):  # a table's cell says what it asks: "Excel | Familiarity with X"
        right = line.find("|", end)
        sentence = (
            max(sentence[0], line.rfind("|", 0, start) + 1),
            min(sentence[1], right if right != -1 else len(line)),
        )
    if _boilerplate(line, sentence):
        own_clause = _between(_boilerplate_breaks(line), start, end, sentence)
        if not _asks_beside_boilerplate(line, own_clause):
            return "denied"
        sentence = own_clause  # "... value diversity; must have 3+ years of Python"
    label = _LABEL.match(line, sentence[0], sentence[1])
    if label and _offer_denies(line, label, start):
        return "denied"  # "Salary: $150k. Location: London or Zurich."
    if label and label.end() <= start:  # "Preferred, but not required: AWS"
        sentence = (label.end(), sentence[1])
    # The line's own label holds for all its sentences: "Preferred: an MPH. Experience with R."
    label = label or line_label
    contrasts = [c for c in _contrasts(line) if sentence[0] <= c[0] and c[1] <= sentence[1]]
    clause = _between(contrasts, start, end, sentence)
    if _offer_or_applying(line, clause) and not _asks_beside_an_offer(line, clause, start):
        return "denied"
    parts = _parts(line, clause)
    own = next((i for i, (s, e) in enumerate(parts) if s <= start < e), None)
    own_part = parts[own] if own is not None else clause
    if _denied(line, start, end, clause, own_part):
        turned = _clauses_around(line, clause, sentence)
        return turned if turned in ("required", "preferred") else "denied"
    found = _cue(line[slice(*own_part)], (start - own_part[0], end - own_part[0]))
    if found is not None:
        return found
    if own is not None and _wished_after_a_condition(line, parts, own):
        return "preferred"
    turned = _said_by_other_clauses(line, clause, sentence)
    if turned is not None:
        return turned
    return _list_or_label_cue(line, parts, own, label, start)


# A condition on the reader, then its wish in the next part alone: "if you've worked with
# satellite imagery, even better", "if you know dbt, that's a bonus"
_IF_YOU = regex_cache.compile(r"[\s\-*•]*(?:and\s+|or\s+)?if\s+you\b", re.I)  # past a bullet
_WISH_PART = regex_cache.compile(
    r"\s*(?:(?:that['’]s|that\s+is|it['’]s)\s+)?(?:even\s+better|all\s+the\s+better"
    r"|an?\s+(?:big\s+|huge\s+)?(?:plus|bonus))\s*[.!]?\s*",
    re.I,
)


def _wished_after_a_condition(line: str, parts: Sequence[Span], own: int) -> bool:
    """The skill's part is a condition on the reader and the next part its wish alone."""
    if own + 1 >= len(parts) or not _IF_YOU.match(line, parts[own][0]):
        return False
    return _WISH_PART.fullmatch(line, *parts[own + 1]) is not None


def _said_by_other_clauses(
    line: str, clause: Span, sentence: Span
) -> Cue | Literal["denied"] | None:
    """What the sentence's other clauses say of a skill whose own part has no cue."""
    turned = _clauses_around(line, clause, sentence)
    if turned == "denied" and _cue(line[slice(*clause)]) == "preferred":
        return "preferred"  # "experience with it will help you, though it is not a must"
    return turned


def _list_or_label_cue(
    line: str, parts: Sequence[Span], own: int | None, label: re.Match[str] | None, start: int
) -> Cue | Literal["denied"] | None:
    """The cue of the list the skill's part is in, else that of a label before the skill."""
    found = _list_cue(line, parts, own) if own is not None else None
    if found or label is None or label.end() > start:
        return found
    return _cue(label.group(1)) or ("denied" if NEGATED.search(label.group(1)) else None)


def _offered_until(line: str, label: re.Match[str]) -> int:
    """Where what an offer label ("Pay:", "Location:") says ends: its first clause ("Location:
    Boston; Python required" asks for Python). 0 for any other label."""
    if not _OFFER_LABEL.fullmatch(label.group(1).strip()):
        return 0
    ends = [s for s, _ in _sentence_ends(line) if s >= label.end()]
    ends += [m.start() for m in re.finditer(";", line) if m.start() >= label.end()]
    return min(ends, default=len(line))


def _offer_denies(line: str, label: re.Match[str], start: int) -> bool:
    """The offer label's first clause holds the skill at `start` and asks no know-how of it:
    "Location: Berlin or Boston", not "Contract: full time, must know SAP". A visa's clause
    names a status, never know-how ("Visa: must have a valid H1B")."""
    until = _offered_until(line, label)
    if start >= until:
        return False
    if start < label.end() or _STATUS_LABEL.search(label.group(1)):
        return True
    return not _asks_know_how_at(line, (label.end(), until), start)


_STATUS_LABEL = regex_cache.compile(r"\b(?:visa|sponsorship)\b", re.I)


# Know-how asked clearly enough to outweigh an offer label: "must know SAP", "experience with
# Java", "proficient in Excel", "3+ years of Go", "SAP knowledge required"; not "must be based
# in Boston", "relocation required" or "pay depending on experience".
_KNOW_HOW = regex_cache.compile(
    r"\b(?:must|should|needs?\s+to)\s+(?:know|have|possess)\b"
    r"|\b(?:experience|knowledge|proficiency|expertise|familiarity|skills?)\s+(?:in|with|of|using)\s"
    r"|\b(?:proficient|skilled|versed|fluent|experienced)\s+(?:in|with)\s"
    r"|\d\s*\+\s*(?:years?|yrs?)\b|\b(?:years?|yrs?)\s+of\s+(?:\w+\s+){0,2}?experience\b",
    re.I,
)
_KNOW_HOW_NOUN = regex_cache.compile(
    r"\b(?:experience|knowledge|proficiency|expertise|skills?)\b", re.I
)


# Pay measured by experience asks for none: "£60k depending on experience in SaaS sales"
_PAY_MEASURE = regex_cache.compile(
    r"\b(?:depend(?:s|ing|ent)?|based|commensurate|according|relative)\s+(?:up)?(?:on|with|to)\b",
    re.I,
)
# A place the know-how's object leads to: "must have transportation to the Plano site"
_PLACE_AFTER = regex_cache.compile(r"\b(?:to|at|from|near|within|around)\s", re.I)


def _know_how_at(text: str) -> int | None:
    """Where the text asks for know-how, if it does (not as the measure of pay)."""
    found = _KNOW_HOW.search(text)
    noun = _KNOW_HOW_NOUN.search(text)
    at = found.start() if found else noun.start() if noun and _cue(text) == "required" else None
    measure = _PAY_MEASURE.search(text)
    return None if at is None or (measure and measure.start() < at) else at


@lru_cache(maxsize=4096)
def _asks_know_how_at(line: str, clause: Span, start: int) -> bool:
    """Know-how asked in the skill's part of the clause, or of the list the part is in."""
    parts = _parts(line, clause)
    own = next((i for i, (s, e) in enumerate(parts) if s <= start < e), None)
    if own is None:
        return False
    asks = [_know_how_at(line[s:e]) for s, e in parts]
    at = asks[own]
    if at is not None:
        return not _PLACE_AFTER.search(line, parts[own][0] + at, start)
    return _list_asks(line, parts, asks, own)


def _list_asks(line: str, parts: Sequence[Span], asks: list[int | None], own: int) -> bool:
    """Know-how asked of the list the skill's part is an item of: by its lead-in ("must know
    SAP, Oracle and Salesforce") or after the conjunction of its last part ("SAP, Oracle and
    Salesforce experience required"); a part with a preposition is no item ("must know
    German, based in Berlin")."""
    if PREPOSITIONS & set(line[slice(*parts[own])].lower().split()):
        return False
    lead = asks[0]
    if lead is not None and len(line[parts[0][0] : parts[0][0] + lead].split()) < _LEAD_WORDS:
        return True
    later = [(parts[i][0], at) for i, at in enumerate(asks) if i > own and at is not None]
    return bool(later) and bool(_LIST_END.search(line, later[0][0], sum(later[0])))


# What the company is and uses, not what it asks: "About us: ...", "We run on Databricks and
# Kafka", "Our analysts live in Power BI", "We are building with PyTorch"; or lacks: "We have no
# Airflow yet".
_COMPANY_LABEL = regex_cache.compile(
    r"^[\s\-*•]*(?:about (?:us|the company|the team|our company|our team)|our (?:company|team"
    r"|mission|story)|who we are|the company|the team|team|department|division|group)\s*:",
    re.I,
)
_COMPANY_SAYS = regex_cache.compile(
    # a time word may open the sentence: "Currently we run ...", "Today we use ..."
    r"\W*(?:(?:currently|today|presently|at present|right now),?\s+)?"
    r"(?:we(?:['’]re| are)?|our (?:\w+\s+){0,2}?(?:teams?|analysts|engineers|scientists"
    r"|stack|platform|product|products|company|customers|clients|warehouse|infrastructure"
    r"|services)"
    # "the" names the firm's own group only: "The team currently runs Kubernetes", not the
    # role ("The Senior Infrastructure Architect will use ... Computer Networking")
    r"|the (?:\w+\s+)?(?:teams?|stack|platform|company))\s+(?:\w+\s+){0,2}?"
    r"(?:use|uses|using|run|runs|running|build|building|built|rely|work with|live in|love"
    r"|is built|are built|ship|deploy|serve|serves"
    # whom it works with: "We partner with Acme, a leading fintech company"
    r"|partner(?:s|ed)? with|collaborate with|work closely with)\b"
    r"|\W*our (?:current )?(?:tech(?:nology)? )?stack\s*(?::|is\b|includes\b)"
    # a chat post's shorthand, opening its sentence: "Stack is Python, Snowflake, dbt"
    r"|\W*(?:the )?(?:current )?(?:tech(?:nology)? )?stack\s+(?:is|includes)\b"
    # what it lacks: "We have no Airflow yet", "We don't have Kubernetes yet"; not what it
    # will not bear ("We have no tolerance for untested SQL")
    r"|(?P<lack>\W*we\s+(?:\w+\s+)?(?:have|use|run)\s+no\b"
    r"|\W*we\s+(?:do\s+not|don['’]t)\s+(?:\w+\s+)?have\b)"
    r"(?!\s+(?:any\s+)?(?:tolerance|patience|appetite|time)\s+for\b)",
    re.I,
)


# A posting's header field of the experience asked, wherever it stands (an Indian posting's
# below the company's blurb): "Experience: 0-2 yrs", "Exp: 3-5 years"
_EXPERIENCE_LABEL = r"(?:(?:work|relevant|total|years of) )?(?:experience|exp)(?: required)?"
EXPERIENCE_FIELD = regex_cache.compile(rf"[\s\-*•]*{_EXPERIENCE_LABEL}\s*:", re.I)
_ASKING_LABEL = regex_cache.compile(
    r"[\s\-*•]*(?:about you|who you are|your profile|you have|you bring|what you bring"
    r"|requirements|qualifications|must[- ]haves?"
    r"|(?:(?:key|core|technical|primary|mandatory) )?(?:skills?|skill ?sets?)"
    rf"|{_EXPERIENCE_LABEL})\s*:",
    re.I,
)


# After a label, the company's own voice: "Skills: we value curiosity", "Skills: our teams
# grow...", "Skills: you will learn Python": what it values or teaches, not what it asks.
_COMPANY_VOICE = regex_cache.compile(
    r"\s*(?:we|our|you(?:['’]ll| will) (?:gain|learn|develop|grow|build|acquire))\b", re.I
)


def label_asks(line: str, section: str | None) -> bool:
    """Outside the requirement lists, a line whose label asks of the candidate: "About you:
    ...", "Skills: AutoCAD, surveying" after the duties; not one that opens the company's
    own words ("Skills: we value curiosity")."""
    if section not in (*PROSE_SECTIONS, "responsibilities"):
        return False
    label = _ASKING_LABEL.match(line)
    return label is not None and not _COMPANY_VOICE.match(line, label.end())


# The company naming its own line of business: "We are a fintech startup", "Acme is a leading
# e-commerce company". The words before the noun tell what the company is, not what it asks,
# unless a role follows the noun ("This is a Python platform role"); and so do the few words
# of what it builds: "We're Acme, a tiny team building an AI copilot", "a startup building AI
# tools" (a team is the company's only when it builds: "We are a Python team" still asks).
_BUILDING = (
    r"[ \t]+(?:building|(?:that|which|who)[ \t]+(?:is[ \t]+building|builds|makes))[ \t]+"
    r"(?:(?:an?|the)[ \t]+)?(?:[\w&+./-]+[ \t]+){0,2}[\w&+./-]+"
)
_SELF_DESCRIBED = regex_cache.compile(
    r"\b(?:we(?:['’]re| are)(?:\s+(?-i:[A-Z][\w&.'’-]*),)?|(?-i:[A-Z][\w&.'’-]*)\s+is)"
    r"\s+an?\s+(?:[\w&+./-]+\s+){0,4}?"
    r"(?:(?:start-?ups?|scale-?ups?|company|firm|business|agency|consultancy|provider|platform"
    r"|marketplace|studio|bank|insurer|retailer|unicorn|shop|house|organi[sz]ation"
    rf"|non-?profit|leader|fintech|insurtech|healthtech|edtech|proptech|regtech|legaltech)\b"
    rf"(?:{_BUILDING})?|teams?{_BUILDING})"
    # not the role's own kind: "This is a Kubernetes platform (engineering) role"
    r"(?![ \t-]+(?:[\w-]+[ \t]+){0,2}(?:role|position|job|opening|vacancy|opportunity)\b)",
    re.I,
)


# ... or in an aside after the name opening the sentence: "Our client, a leading fintech
# company in Lagos, is hiring", "Acme, a fast-growing fintech start-up"; a tool's aside
# describes the tool, not a company ("Snowflake, a cloud data platform"), so only a
# company's own nouns count here.
_NAME_THEN_ASIDE = regex_cache.compile(
    r"[\s\-*•]*(?:(?:our|the)\s+(?:client|customer|partner)|(?-i:[A-Z][\w&.'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,2}),\s+an?\s+(?:[\w&+./-]+\s+){0,4}?"
    r"(?:start-?ups?|scale-?ups?|company|firm|business|agency|consultancy|bank|insurer"
    r"|retailer|unicorn|organi[sz]ation|non-?profit)\b",
    re.I,
)


# ... or a recruiter's client in an aside inside the sentence: "I'm working with my client, a
# Series B fintech based in London, who ..."
_CLIENT_ASIDE = regex_cache.compile(
    r"\b(?:our|the|my|a)\s+client,\s+an?\s+(?:[\w&+./-]+\s+){0,4}?"
    r"(?:start-?ups?|scale-?ups?|company|firm|business|bank|insurer|retailer|unicorn"
    r"|fintech|insurtech|healthtech|edtech|proptech|regtech|legaltech)\b",
    re.I,
)


# ... or in the recruiter's words for whom they hire: "for a fintech client", "for one of our
# healthcare clients" (the skill right before "client")
_FOR_A_CLIENT = regex_cache.compile(
    r"\bfor\s+(?:(?:one\s+of\s+)?(?:a|an|our|my)\s+)(?:[\w&+./-]+\s+){0,2}?\Z", re.I
)
_CLIENT_AFTER = regex_cache.compile(r"\s+clients?\b", re.I)


def _the_clients_field(line: str, start: int, end: int) -> bool:
    """The skill names the field of the recruiter's client: "for a fintech client"."""
    return bool(_CLIENT_AFTER.match(line, end)) and bool(
        _FOR_A_CLIENT.search(line, max(0, start - 40), start)
    )


@lru_cache(maxsize=256)  # asked of each skill in the sentence: read once
def _self_description(line: str, left: int, right: int) -> Span | None:
    """Where the sentence line[left:right] first describes a company by its kind."""
    found = _SELF_DESCRIBED.search(line, left, right)
    return None if found is None else found.span()


def self_described(line: str, start: int, end: int) -> bool:
    """The skill at start..end stands among the words a company describes itself with."""
    left, right = _between(_sentence_ends(line), start, end, (0, len(line)))
    found = _self_description(line, left, right)
    if found is None and "," in line[left:start]:  # a cheap gate: the aside's comma
        aside = _NAME_THEN_ASIDE.match(line, left, right)
        if aside is None and "client," in line[left:start].lower():
            aside = _CLIENT_ASIDE.search(line, left, right)
        found = None if aside is None else aside.span()
    return found is not None and found[0] < start and end <= found[1]


def _turns_to_the_reader(line: str, start: int, end: int) -> bool:
    """A clause between start and end turns to the person sought: what a firm uses or lacks
    ends there ("The team uses dbt; you will own our dbt models", "We have no DevOps team, so
    you will own Docker"; not "We have no Airflow, Dagster or Prefect yet")."""
    cut = _CLAUSE_BREAK.search(line, start, end)
    return cut is not None and _PERSON.search(line, cut.end(), end) is not None


def about_the_company(line: str, span: Span | None) -> bool:
    """The sentence naming the skill tells what the company is or uses, or the aside or
    clause it stands in does: "SQL (we use Snowflake)", "Python; we use Airflow"; not an aside
    closed before it ("Python (we use it daily) and Snowflake")."""
    if _COMPANY_LABEL.match(line):
        return True
    start, end = span or (0, len(line))
    left, right = _between(_sentence_ends(line), start, end, (0, len(line)))
    says = _COMPANY_SAYS.match(line, left, right)
    if says and not _turns_to_the_reader(line, says.end(), start):
        return True  # not past a turn to the hire: "The team uses dbt; you will own dbt models"
    if span and (self_described(line, start, end) or _the_clients_field(line, start, end)):
        return True
    aside = max(line.rfind("(", left, start), line.rfind(";", left, start)) + 1
    if aside == 0 or line.find(")", aside, start) >= 0:
        return False  # no aside, or its bracket closed before the skill
    return bool(_COMPANY_SAYS.match(line, aside, right))


# What a company sentence goes on to ask of the person sought, after a break: "We use
# Snowflake daily, and candidates must be proficient in it", "We run on Databricks, so you'll
# need experience with it"; "Who we are: a team that needs someone fluent in Rust".
# ... or after a conjunction opening a clause on the reader: "We build in Python and you will
# too", "Our team runs on Go so you'll own Go services"
_CLAUSE_BREAK = regex_cache.compile(r"[,;:]|\s[-–—]\s|\s(?:and|so)\s+(?=you\b)", re.I)
_PERSON = regex_cache.compile(
    r"\b(?:you|your|you['’]\w+|candidates?|applicants?|someone|anyone|experience|knowledge"
    r"|familiarity)\b",
    re.I,
)


def _asked_after_company(line: str, span: Span | None) -> Importance | None:
    """The cue of what a company sentence asks of the person sought after its first break, or
    "mentioned" where it gives the reader the same work ("We build in Go and you will too")."""
    start, end = span or (0, len(line))
    left, right = _between(_sentence_ends(line), start, end, (0, len(line)))
    cut = _CLAUSE_BREAK.search(line, left, right)
    rest = line[cut.end() : right] if cut else ""
    if not _PERSON.search(rest):
        return None
    if cue := _cue(rest) or ("required" if asks_the_candidate(rest) else None):
        return cue
    # the reader shares the work: "..., and you'll own those pipelines", "... and you will too"
    return "mentioned" if _DOES_IT_TOO.search(rest) else None


# The reader doing what the company said it does, or working on what it named: "and you will
# too", "and you will as well", "so will you", "you'll own those pipelines", "you will run
# it"; not "you will join a friendly team"
_DOES_IT_TOO = regex_cache.compile(
    r"\byou(?:['’]ll|[ \t]+will)[ \t]+(?:too\b|as[ \t]+well\b"
    r"|(?:[a-z]+ly[ \t]+)?(?:own|build|run|use"
    r"|maintain|operate|scale|extend|develop|design|work[ \t]+(?:on|with|in))[ \t]+"
    r"(?:it|them|those|these|this|that|the[ \t]+same)\b)|\bso[ \t]+will[ \t]+you\b",
    re.I,
)


# The fields a company hires from, in its blurb: "We need engineers who bring fresh ideas from
# all areas, including information retrieval, networking and security" names the breadth of
# the work, and asks none of them of each candidate.
_BREADTH = regex_cache.compile(
    r"\b(?:from|across|in)\s+(?:all|many|various|diverse|different|a\s+(?:wide\s+|broad\s+)?"
    r"(?:range|variety)\s+of)\s+(?:\w+\s+)?(?:areas|fields|domains|disciplines|backgrounds)\b",
    re.I,
)


def _names_breadth(line: str, span: Span | None) -> bool:
    """The skill stands after the fields a company hires from, in the same sentence."""
    start, end = span or (0, len(line))
    left, _ = _between(_sentence_ends(line), start, end, (0, len(line)))
    return _BREADTH.search(line, left, start) is not None


SECTION_IMPORTANCE: dict[str | None, Importance | None] = {
    "requirements": "required",
    "preferred": "preferred",
    "responsibilities": "mentioned",
    "about": "mentioned",
    "company": None,  # what the employer is or uses asks nothing ...
    "benefits": None,  # ... nor do benefits and perks
    "code": None,  # ... nor a fenced code block (a config or a query shown as an example)
    "signature": None,  # ... nor the signature below a message's sign-off
    "closing": None,  # ... nor how to apply, save a sentence that asks
}


# A job board's pills of skills it matched to the post, cut short: "Skills: Python, SQL, +8
# more". The board's reading, not the posting's ask.
_BOARD_PILLS = regex_cache.compile(r"[,·]\s*\+\s?\d+\s+more\s*$", re.I)
# A job board's company card: its headcount band as one of the card's fields, beside the
# industry it files the company under ("5,001-10,000 employees · IT Services and IT
# Consulting", "Founded 2019 · 51-200 Employees · Series B"). The company's, asked of nobody.
_COMPANY_CARD = regex_cache.compile(
    r"(?:^|[·|•])[ \t]*\d[\d,]*(?:[ \t]*[-–][ \t]*\d[\d,]*|\+)[ \t]+employees[ \t]*(?:[·|•]|$)",
    re.I,
)


def _boards_own_line(line: str) -> bool:
    """The job board's reading of the post or of its company (_BOARD_PILLS, _COMPANY_CARD)."""
    return bool(_BOARD_PILLS.search(line) or _COMPANY_CARD.search(line))


# A list item opened by a cross (a chat post's "❌ PHP", Slack's ":x: Java"): what the writer
# does not want, or does not have; a cross inside a line ("Python ❌ is not enough") is not read
CROSS_MARKS = ("❌", "✗", "✘", "✖", "🚫", "⛔", "☒", ":x:", ":no_entry")
CROSSED_ITEM = regex_cache.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:[❌✗✘✖🚫⛔☒]\ufe0f?|:x:|:no_entry(?:_sign)?:)(?P<item>[^\n]*)",
    re.M,
)


def crossed_item(line: str) -> bool:
    """The line is a list item opened by a cross (CROSSED_ITEM)."""
    return any(mark in line for mark in CROSS_MARKS) and CROSSED_ITEM.match(line) is not None


# A post's hashtag: "#python", "#MachineLearning" (not "C#" nor "## Skills")
_HASHTAG = regex_cache.compile(r"(?:^|(?<=[\s(]))#$")


def is_hashtag(line: str, span: Span | None) -> bool:
    """The skill at `span` is a hashtag of a post, which files the post under a topic."""
    # only its "#" right before it can match: the search starts there, not at the line's start
    return span is not None and _HASHTAG.search(line, max(0, span[0] - 1), span[0]) is not None


def line_importance(
    line: str, section: str | None, structured: bool, span: Span | None = None
) -> Importance | None:
    """Importance of a skill named on this line (at `span`, when known); None when the
    posting says it is not needed or names it among its benefits."""
    if section in ("benefits", "code", "signature") or _boards_own_line(line):
        return None
    if crossed_item(line):
        return None  # "❌ PHP": what the post does not want
    if is_hashtag(line, span):
        return "mentioned"  # "#hiring #MLOps #python": the post's topics, not its asks
    if section in PROSE_SECTIONS and _names_breadth(line, span):
        return "mentioned"
    if span and _praises_the_readers_work(line, span):
        return None  # "impressed by your work on recommender systems": the reader's past
    cue = mention_cue(line, span)
    if cue == "denied":
        return None
    if cue is not None:  # "Must have Python" even under "Nice to have"
        return cue
    if label_asks(line, section):
        return "required"  # "About you: You know Kubernetes.", "Skills: AutoCAD"
    if about_the_company(line, span):
        return _asked_after_company(line, span)
    if not structured and span and _tells_the_duties(line, span):
        return "mentioned"  # "You will own our Kafka pipelines": the work, as a duties list
    if section in PROSE_SECTIONS and _asks(line, span):
        return "required"  # "We are looking for someone with Kafka"
    return _section_default(line, section, structured, span)


def _section_default(
    line: str, section: str | None, structured: bool, span: Span | None
) -> Importance | None:
    """The section's own importance (SECTION_IMPORTANCE); in the company's blurb, "mentioned"
    where its sentence turns to the reader's work ("We code in Rust and you will as well")."""
    if section == "company" and span and _shares_the_work(line, span):
        return "mentioned"
    return SECTION_IMPORTANCE.get(section, "mentioned" if structured else "required")


def _shares_the_work(line: str, span: Span) -> bool:
    """A company sentence turns to the reader's work, whose tools are the job's: the reader
    does what the company does ("We code in Rust and you will as well", "We replaced Hadoop
    with Spark and you'll own those pipelines") or the tool stands in the reader's own work
    ("We are a fintech and you'll build Kafka pipelines"); not "... and you'll love our
    culture"."""
    start, end = span
    left, right = _between(_sentence_ends(line), start, end, (0, len(line)))
    cut = _CLAUSE_BREAK.search(line, left, right)
    if cut is None:
        return False
    if cut.end() <= start:
        return _DUTY_OPENER.search(line, cut.end(), start) is not None
    return end <= cut.start() and _DOES_IT_TOO.search(line, cut.end(), right) is not None


# A sentence of a posting without headings that tells the work, before the skill: "You will
# own the batch pipelines", "where you'll build models in PyTorch", "In this role you will
# design ..."; not "You will need Python" nor "You'll have 3+ years of Go" (asks)
_DUTY_OPENER = regex_cache.compile(
    r"\byou(?:['’]ll|[ \t]+will)[ \t]+(?:[a-z]+ly[ \t]+)?(?:own|build|design|develop|lead"
    r"|maintain|work|drive|partner|mentor|run|create|deliver|ship|implement|manage|support"
    r"|collaborate|join|architect|be[ \t]+(?:responsible|building|working|owning|designing"
    r"|developing|leading))\b",
    re.I,
)


def _tells_the_duties(line: str, span: Span) -> bool:
    """The skill at `span` stands in a sentence that tells the duties, after its opener."""
    if not _addresses_the_reader(line):
        return False  # nearly every line
    start, end = span
    left, right = _between(_sentence_ends(line), start, end, (0, len(line)))
    return any(after <= start < until for after, until in _duty_stretches(line, left, right))


_MOST_DUTY_OPENERS = 8  # openers read in a sentence: a long line in bounded time


@lru_cache(maxsize=1024)  # the same for each skill in the sentence
def _duty_stretches(line: str, left: int, right: int) -> tuple[Span, ...]:
    """Where the sentence line[left:right] tells duties: from each opener's end to the first
    ask after it ("You'll work with us and need ..."), or the sentence's end."""
    stretches = []
    for opener in islice(_DUTY_OPENER.finditer(line, left, right), _MOST_DUTY_OPENERS):
        ask = _ASK_AFTER_DUTY.search(line, opener.end(), right)
        stretches.append((opener.end(), ask.start() if ask else right))
    return tuple(stretches)


@lru_cache(maxsize=1024)  # asked for each skill on the line
def _addresses_the_reader(line: str) -> bool:
    return "you" in line.lower()


# An ask between the duty's opener and the skill: "You'll work with us and need strong Kafka"
_ASK_AFTER_DUTY = regex_cache.compile(
    r"\b(?:need|needs|have|has|bring|know|possess|must|should|require[sd]?|experience"
    r"|proficien\w*|familiar\w*|knowledge|skills?|background|comfortable|expert\w*)\b",
    re.I,
)


# A recruiter's compliment on the reader's past work: "I was impressed by your work on
# recommender systems", "impressed with your background in NLP"
_PRAISED_WORK = regex_cache.compile(
    r"\bimpressed\s+(?:by|with)\s+your\s+(?:\w+\s+)?"
    r"(?:work|background|experience|projects?|research|contributions?|profile)\b[^,;.!?]*",
    re.I,
)


def _praises_the_readers_work(line: str, span: Span) -> bool:
    """The skill at `span` names what the recruiter praises in the reader's work, in the
    compliment's own clause (_PRAISED_WORK)."""
    lowered = line.lower()
    if "impressed" not in lowered or "your" not in lowered:
        return False
    praised = _PRAISED_WORK.finditer(line)
    return any(found.start() <= span[0] and span[1] <= found.end() for found in praised)


def _asks(line: str, span: Span | None) -> bool:
    """The sentence naming the skill asks something of the candidate."""
    start, end = span or (0, len(line))
    left, right = _between(_sentence_ends(line), start, end, (0, len(line)))
    offered, seeks_end, asks = _sentence_asks(line, left, right)
    if offered:
        return False
    # "We are seeking an engineer with Kafka": what the one sought has, not how they are
    # described ("seeking a detail-oriented accountant")
    if seeks_end is not None and start - left >= seeks_end:
        return True
    return asks


@lru_cache(maxsize=8192)
def _sentence_asks(line: str, left: int, right: int) -> tuple[bool, int | None, bool]:
    """What the sentence line[left:right] says, the same for each skill in it: whether it
    offers something or tells how to apply; where its "seeking ..." ends (relative to the
    sentence), if it has one; whether it asks something of the candidate."""
    sentence, patterns = _case_free(line[left:right])
    offered = _may_offer_or_apply(sentence, patterns) and bool(patterns.offered.search(sentence))
    seeks = patterns.seeks.search(sentence)
    unnegated = (
        patterns.negated.sub(_blank, sentence) if _may_negate(sentence, patterns) else sentence
    )
    cues = patterns.required_cues.search(unnegated) or patterns.vital.search(sentence)
    return offered, seeks.end() if seeks else None, bool(cues) or _asks_with(sentence, patterns)
