"""Degrees: level (secondary ... phd) and field, from resume lines or posting requirements."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from .. import regex_cache
from ..documents.cleaning import EAST_ASIAN_LETTER, EAST_ASIAN_LETTERS
from ..documents.labels import FLATTENED_LINE
from ..documents.sections import (
    BARE_SUPERVISION,
    CV_SUPERVISION,
    HEADINGS,
    ITEM_MARK,
    POSTING_SECTIONS,
    heading_key,
    heading_name,
    section_index,
)
from ..models import DEGREE_ORDER, Degree, DegreeLevel, Education, Section
from .answered import answered_no
from .lines import LineIndex, plain
from .now_words import DEGREE_NOW
from .numbers import ERA_INITIAL_DATE, ERA_YEAR, calendar_year, era_year
from .rirekisho import closed_entries
from .seasia_degrees import SEASIA_DEGREE_PATTERNS, may_hold
from .wording import is_occupation

# A field of study right after a bare acronym makes it a degree: "BS Electrical Engineering",
# "BE-Mechanical".
_FIELD_WORD = (
    r"(?i:computer|computing|electrical|electronics?|mechanical|civil|chemical|information"
    r"|software|math(?:ematic)?s?|physics|chemistry|biology|economics|business|commerce"
    r"|finance|accounting|marketing|management|statistics|engineering|science|arts"
    r"|psychology|journalism|communications?|history|english|political|industrial|sociology"
    r"|literature|geography"
    r"|biomedical|nursing|education|architecture|hons|honours"
    r"|design|fine|applied|visual|painting|sculpture|photography|film|music|dance)\b"
)
# What may follow a bare all-caps acronym (BS, BE, MS...) when it names a degree.
_STRONG_CUE = (
    rf"[ \t]*(?:in\b|of\b|degree|\()|(?:[ \t]+|[ \t]*[-–][ \t]*){_FIELD_WORD}"
    # ... or the kind of degree it is part of: "MS dual degree", "BS-MS Dual Degree"
    r"|[ \t]+(?i:dual|joint|combined|integrated|double)[ \t-]+(?i:degree)\b"
)
# ... or another degree offered beside it: "MS or PhD in Computer Science".
_ANOTHER_DEGREE = (
    r"\s+(?:or|and|/)\s+"
    r"(?:(?i:an?\s+)?(?i:ph\.?\s?d|doctor|m\.?\s?sc?\b|master|b\.?\s?sc?\b|bachelor)"
    # ... a clinician's, in capitals: "MS or MD degree", "MS or PA degree"
    r"|(?-i:MD|PA|MPH|MBA)\b(?=[ \t]+(?i:degree|in\b)))"
)
# ... or a posting's word for how much it is wanted: "a BS is a plus", "MS preferred", "a BS is
# fine".
# The words that accept a degree as enough, shared with the reading of what a posting asks
# (requirements._ACCEPTED)
DEGREE_ACCEPTED = r"acceptable|accepted|ok|okay|sufficient"
_WANTED = (  # in any case: "BS Required, MS Preferred"
    r"\s+(?i:(?:is\s+)?(?:a\s+plus|a\s+bonus|preferred|required|desired|desirable|fine"
    rf"|{DEGREE_ACCEPTED}))\b"
)
# A state's code ("Jackson, MS") is never wanted: one with such a word after it is a degree
_WANTED_AFTER = regex_cache.compile(_WANTED, re.I)
# ... or a master's joined to it by a hyphen, as a five-year programme is named: "BS-MS"
# (not tandem mass spectrometry's "MS-MS")
_MASTERS_JOINED = r"(?<!MS)[-–](?=M(?:S|Sc|A|E|Tech)\b)"
_PLAIN_CUE = (
    rf"{_STRONG_CUE}|{_ANOTHER_DEGREE}|{_WANTED}|{_MASTERS_JOINED}"
    r"|\s*(?:,|/|[-–:]\s+[A-Z]|\.\s*[A-Z])"
)
# Fields of ML in industry, which name a degree after a bare acronym only in an entry of its
# own (_an_industry_entry): "MS Data Science, Columbia University", "MS Biostatistics | 2016";
# not "Jackson, MS Health Department" nor "MS Data Access Components"
_INDUSTRY_FIELD = (
    r"(?i:data|financial|quantitative|actuarial|operations|robotics|aerospace|environmental"
    r"|atmospheric|geospatial|health|informatics|bioinformatics|biostatistics|epidemiology"
    r"|machine|artificial)\b"
)
_ACRONYM_CUE = rf"(?={_PLAIN_CUE}|[ \t]+{_INDUSTRY_FIELD})"

# What follows "MD" when it is the medical degree: another degree ("MD, MPH", "MD/PhD"), the
# word "degree", its name in brackets, or a school on the line ("MD, University of Illinois
# College of Medicine", "MD - Harvard Medical School"); a state's "Baltimore, MD, University of
# Maryland" is told by the town before it (_is_false_friend). Not the word "medical" alone: a
# managing director's "MD, Medical Affairs", a state's "MD, USA. Medical devices".
_MD_BESIDE_DEGREE = r"[ \t]*(?:[,/&–-]|and)[ \t]*(?i:ph\.?[ \t]?d|m\.?p\.?h|mba|m\.?sc?)\b"
_MD_CUE = (
    rf"{_MD_BESIDE_DEGREE}|[ \t]+(?i:degree|program|programme)\b|[ \t]*\((?i:doctor)"
    r"|[ \t]*(?:,|[ \t][-–—][ \t])[^\n]{0,80}?\b(?i:university|college|school|medicine)\b"
    # ... or a posting's ask on its line: "MD preferred", "MD or DO" (a town's state before
    # it stays the state: "Baltimore, MD preferred")
    r"|[ \t]+(?i:(?:is[ \t]+)?(?:preferred|required|desired|a[ \t]+plus))\b"
    r"|[ \t]+or[ \t]+(?:DO|D\.O\.|PhD|PharmD)\b"
)
_MD_DEGREE_AFTER = regex_cache.compile(_MD_BESIDE_DEGREE)
_MD_CUED = regex_cache.compile(_MD_CUE)
# ... or, read further (_md_beside_its_school), a year or a comma after it: "University of
# Lagos, MD, 2012", or "MD, 2012" opening its own line below the school
_MD_YEAR = r"[ \t]*(?:[,(][ \t]*)?(?:19|20)\d\d\b"
# ... or the line's end, read further too: "Johns Hopkins University, MD" above its years
_MD_LINE_END = r"[ \t]*(?:\n|\Z)"
_MD_LOOSE_CUE = rf"{_MD_YEAR}|[ \t]*,|{_MD_LINE_END}"
_MD_ENDS_LINE = regex_cache.compile(_MD_LINE_END)
# A line of dates only, under a school's line: "2008 - 2012", "May 2012", "Sep 2008 – Present"
_WHEN = r"(?:[A-Z][a-z]{2,8}\.?[ \t]+)?(?:19|20)\d\d"
_DATES_LINE = regex_cache.compile(
    rf"[ \t]*{_WHEN}(?:[ \t]*[-–—][ \t]*(?:{_WHEN}|(?i:present|current)))?[ \t]*"
)
# A place written with its state's code: "Stanford University, CA", "Baltimore, MD 21201"
_STATE_CODE_ENDING = regex_cache.compile(
    r"[A-Za-z.)],[ \t]*(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]"
    r"|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b(?:[ \t]+\d{5})?[ \t]*$",
    re.M,
)
_STATES_REACH = 3  # lines on either side of a school's line where other states are looked for
_MD_OPENS_LINE = regex_cache.compile(rf"[ \t]*(?:{ITEM_MARK}[ \t]*)?")
_MD_YEAR_AFTER = regex_cache.compile(_MD_YEAR)
# ... or a school's name opening its line and a comma before it: "University of Lagos, MD"
# or its parts ("College of Medicine, University of Lagos, MD")
_SCHOOL_THEN_MD = regex_cache.compile(rf"[ \t]*(?:{ITEM_MARK}[ \t]*)?(?P<school>[^\n]+),[ \t]*")
_SCHOOL_REACH = 120  # characters before "MD" where its school's name may open the line
# A degree a school's entry may name on a line of its own
_A_DEGREE_NAMED = regex_cache.compile(
    r"\b(?:B\.?S\.?c?|B\.?A|M\.?S\.?c?|M\.?A|MBA|MPH|Ph\.?D|(?i:bachelor|master|doctor)\w*)\b"
)

# "M.A", "B.A" written without their last dot are degrees before a field or a year: "M.A
# English", "B.A 2006"; not initials before a name ("M.A Rahman").
_UNDOTTED_CUE = (
    rf"(?![.\w])(?=[ \t]*(?:[(,:]|[-–][ \t]|(?:in|of)\b|(?:19|20)\d\d\b)|[ \t]+{_FIELD_WORD})"
)

# A month or a season names a date, never a field: "graduated in June 2023", "B.S., May 2019".
_DATE_WORD = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn"
    r"|winter)\b"
)

# A German Diplom of a Fachhochschule (a university of applied sciences) or a Berufsakademie
# is a bachelor's level: "Diplom-Informatiker (FH)", "Dipl.-Ing. (FH)", "Dipl.-Inf. (BA)",
# or "Diplom-Informatiker, Fachhochschule Köln" (a dot the degree's letters end on may stand
# before the bracket: "Dipl.-Inf. (FH)")
_OF_A_FH = r"\.?[ \t]*\((?:fh|ba)\)|[ \t]*(?:(?:,|an[ \t]+der)[ \t]*)?fachhochschule\b"
_NOT_OF_A_FH = rf"(?!{_OF_A_FH})"
_DIPLOM_OF_A_FH = (
    rf"|diplom(?:-[a-zäöü]+)?(?={_OF_A_FH})"
    rf"|dipl\.(?:[ \t]?-[ \t]?[a-zäöü]{{2,6}}\b\.?)+(?={_OF_A_FH})"
)
# What ends a year's number, not a number going on: "Master 2, Université", not "Master 2.0"
_NO_NUMBER_GOES_ON = (
    r"(?![\w.]|,\S)(?![ \t]+(?:years?|yrs?|ans?|ann[ée]es?|months?|mois|weeks?|days?|times?"
    r"|fois)\b)"
)
_AND_THE_SECOND_YEAR = (
    rf"[ \t]*(?:&|et|and|ou|or|/|-|–)[ \t]*(?:master[ \t]+|m)?2{_NO_NUMBER_GOES_ON}"
)
# Italy's master's: a "Laurea magistrale" (or "specialistica") and the five- or six-year
# "Laurea a ciclo unico"
# A degree's word opening its item, no word before it
_OPENS_ITEM = r"(?<![^\W\d_][ \t])(?<![^\W\d_][ \t]{2})"
# ... standing alone, a comma, bracket or dash after it
_NAMED_ALONE = r"(?=[ \t]*[,(–—:]|[ \t]+-[ \t])"
_FRENCH_FIELDS = r"informatique|math[ée]matiques|physique|[ée]conomie|statistiques?|sciences"
# "Laurea a ciclo unico", and the old system's four- or five-year degree: "Laurea
# quinquennale", "Laurea vecchio ordinamento", or so noted later on its line ("Laurea in
# Fisica (vecchio ordinamento)", "(V.O.)")
_LAUREA_MAGISTRALE = (
    r"magistrale|specialistica|a[ \t]+ciclo[ \t]+unico|quinquennale|vecchio[ \t]+ordinamento"
)
_OLD_SYSTEM_LATER = r"[^\n]{0,80}?\((?:vecchio[ \t]+ordinamento|v\.[ \t]?o\.)\)"
# European degrees, lower case. A German Diplom (from a university) is a master's, and so are
# "Laurea Magistrale", "Mestrado", "Máster", "Ingénieur diplômé", the French "Master 2" (the
# master's second and final year; "Master 1", its first year, holds no master's yet), "Bac+5"
# (five years of study after the baccalauréat), an "école d'ingénieur" and the Spanish
# "Ingeniero Superior"; "Diplom-Informatiker (Dipl.-Inf.)" is one degree, named twice. A
# "Maîtrise en informatique" is a master's, a "maîtrise de Python" the mastery of a tool.
# "Laurea" alone, "Licence en ...", "Licenciatura", "Grado en ..." and the Latin American
# "Ingeniero en ..." are bachelors (not the jobs "Ingeniero en prácticas", "Ingeniero en
# jefe"); "Licence" needs a field after it (not "Driving licence"), and "Ingeniería" a field
# and no word such as "de" before it ("equipo de ingeniería" is a team).
_EUROPEAN_MASTER = (
    rf"|diplom(?:-[a-zäöü]+\b(?:[ \t]*\(dipl\.[^()\n]{{1,20}}\))?|[ \t]+(?:in|im|der)\b"
    rf"|(?=[ \t]*[(,])){_NOT_OF_A_FH}"
    rf"|dipl\.[ \t]?-[ \t]?[a-zäöü]{{2,6}}\b\.?{_NOT_OF_A_FH}"
    rf"|laurea[ \t]+(?:{_LAUREA_MAGISTRALE})\b|laurea\b(?={_OLD_SYSTEM_LATER})"
    r"|máster\b|mestrado\b|maestr[ií]a\b"
    # a "Maîtrise" names its field ("en informatique", "ès sciences"), its letters ("(M.
    # Sc.)") or its university; "Maîtrise parfaite de Python" is the mastery of a tool
    r"|ma[iî]trise\b(?=[ \t]+(?:en|ès|es|universitaire)\b|[ \t]*\([ \t]*m\."
    r"|[ \t]*[,–—-][ \t]*universit)|magister\b"
    r"|ing[ée]nieur[ \t]+dipl[ôo]m[ée]|dipl[ôo]me[ \t]+d['’][ \t]?ing[ée]nieur"
    r"|école[ \t]+d['’][ \t]?ing[ée]nieurs?\b|ecole[ \t]+d['’][ \t]?ing[ée]nieurs?\b"
    r"|bac[ \t]*\+[ \t]*5\b"
    rf"|(?<!scrum )master[ \t]+2{_NO_NUMBER_GOES_ON}|ingenier[oa][ \t]+superior\b"
    # ... and the whole master's before its field: "Master Informatique, parcours IA"
    rf"|{_OPENS_ITEM}master[ \t]+(?:{_FRENCH_FIELDS})\b"
    # ... and both of its years named: "Master 1 & 2", "Master 1 et 2", "M1/M2"
    rf"|(?<!scrum )master[ \t]+1{_AND_THE_SECOND_YEAR}"
    # a German "Staatsexamen" (state examination), which ends a university's study
    r"|staatsexamens?\b"
    # a Brazilian master's or doctoral programme: "Pós-graduação stricto sensu"
    r"|p[óo]s[ \t-]?gradua[çc][ãa]o[ \t]+stricto\b"
)
_SPANISH_FIELDS = (
    r"en|inform[aá]tica|industrial|civil|electr[oó]nica|el[eé]ctrica|mec[aá]nica|qu[ií]mica"
    r"|telem[aá]tica|de[ \t]+(?:sistemas|telecomunicaci[oó]n|computaci[oó]n)"
)
# The fields of a Latin American "Profesional en ..." degree ("Profesional en Estadística"),
# which a job's "Profesional en formación" or "Profesional en ventas" never names
_LATAM_FIELDS = (
    r"ingenier[ií]a|ciencias|matem[aá]ticas|estad[ií]stica|f[ií]sica|qu[ií]mica|econom[ií]a"
    r"|administraci[oó]n|contadur[ií]a|finanzas|biolog[ií]a|psicolog[ií]a|derecho|dise[nñ]o"
)
# What follows "Ingeniero en" in a job's title, never a degree's: in training, chief
_SPANISH_JOBS = r"pr[aá]cticas?|formaci[oó]n|jefe|jefa"
# A rank after "Ingeniero de Sistemas" makes it a job's title: "Senior", "Jr", "Líder", "II"
_SPANISH_RANKS = r"senior|junior|sr|jr|ssr|semi[ -]?senior|l[ií]der|lead|i{1,3}|iv"
# A German posting's degrees: "abgeschlossenes (Hochschul-)Studium" and "Hochschulabschluss"
# are a completed degree, a bachelor's or higher; "Masterstudium", "Master oder Promotion" a
# master's; "Promotion" a doctorate only where German words stand by it (in English it is a
# step up the ladder or a sale).
_GERMAN_BACHELOR = (
    r"|abgeschlossene[nsm]?[ \t]+(?:(?:hochschul|fachhochschul|universitäts|bachelor)-?[ \t]*)?"
    # "Studium (Master oder Promotion)", "Studium der Informatik (Master)": the kind named
    r"studium\b(?![^()\n]{0,60}\((?:master|promotion|diplom))"
    r"|hochschul(?:studium|abschluss)\b|fachhochschul(?:studium|abschluss)\b"
    r"|universitäts(?:studium|abschluss)\b|bachelor(?:studium|abschluss)\b"
)
_GERMAN_MASTER = (
    r"|master(?:studium|abschluss)\b"
    r"|studium\b(?=[^()\n]{0,60}\((?:master|diplom)\b)"  # "Studium der Informatik (Master)"
    r"|master(?=[ \t]+(?:oder|bzw\.?|und)[ \t]+(?:eine[ \t]+)?promotion\b)"
)
_GERMAN_PHD = (
    r"|promotion(?:(?<=\boder promotion)|(?<=\bbzw\. promotion)|(?<=ossene promotion))"
    r"|promotion(?=[ \t]+(?:in|im)[ \t]+(?:der[ \t]+|einem[ \t]+|einer[ \t]+)?"
    r"(?:informatik|mathematik|physik|statistik|elektrotechnik|bereich|verwandten|ähnlichen"
    r"|vergleichbaren|naturwissenschaft|ingenieurwissenschaft|computerlinguistik))"
)
# Dutch, Swedish, Danish, Norwegian and Polish degrees. A Dutch "WO" (university) study ends
# in a master's, an "HBO" one (a university of applied sciences) in a bachelor's: "afgeronde
# WO-opleiding", "HBO/WO-niveau", "hbo- of wo-opleiding". A Swedish "civilingenjörsexamen"
# (five years), a Danish "kandidatgrad" and a Norwegian "mastergrad" are masters; the Swedish
# "kandidatexamen", a "högskoleexamen", the Norwegian "høyere utdanning" and the Polish
# "wykształcenie wyższe" (higher education) bachelors, unless "magisterskie" says a master's.
_DUTCH_LEVEL = r"(?:opleiding|niveau|denkniveau|diploma|bachelor|master)\b"
# A Dutch "Master" or "Bachelor" opening its item before its field, with no "in": "Master
# Technische Informatica, TU Delft", "Bachelor Wiskunde" (not a role: "Scrum Master")
_DUTCH_FIELDS = (
    r"(?:technische[ \t]+)?(?:informatica|wiskunde|natuurkunde|econometrie|bedrijfskunde"
    r"|statistiek|scheikunde|sterrenkunde|elektrotechniek|werktuigbouwkunde|bioinformatica"
    r"|kunstmatige[ \t]+intelligentie|economie|bedrijfseconomie|bestuurskunde)\b"
)
_NORTHERN_MASTER = (
    rf"|{_OPENS_ITEM}master[ \t]+{_DUTCH_FIELDS}"
    rf"|wo(?=[ \t]*-?[ \t]*{_DUTCH_LEVEL})"
    r"|master(?:examen|grad|opleiding|diploma|uddannelse|utdanning|niveau|nivå)\b"
    r"|civilingenj[öø]r(?:s?examen|s?utbildning)?\b|civilingeni[øo]r\b|sivilingeni[øo]r\b"
    r"|kandidatgrad\b|kandidatuddannelse\b|magisterexamen\b"
    r"|wykształcenie[ \t]+wyższe[ \t]+magisterskie\b|studia[ \t]+magisterskie\b"
    r"|tytuł(?:em)?[ \t]+magistra\b"
    # the Danish and Norwegian "cand." degrees: "Cand.polyt.", "cand.scient.", "cand.merc.it"
    r"|cand\.[ \t]?(?:polyt|scient|merc|it|mag|psych|oecon|techn|real|act|ling)\b"
)
_NORTHERN_BACHELOR = (
    rf"|{_OPENS_ITEM}bachelor[ \t]+{_DUTCH_FIELDS}"
    r"|hbo-ict\b"  # the HBO's bachelor's programme in ICT
    rf"|hbo(?=[ \t]*-?[ \t]*(?:(?:/|of)[ \t]*wo\b|{_DUTCH_LEVEL}))"
    r"|bachelor(?:examen|grad|opleiding|diploma|uddannelse|utdanning|niveau|nivå)\b"
    r"|kandidatexamen\b|högskoleexamen\b|universitetsexamen\b|professionsbachelor\b"
    r"|högskoleutbildning\b|universitetsutbildning\b|høyere[ \t]+utdanning\b"
    r"|wykształcenie[ \t]+wyższe\b(?![ \t]+magisterskie)|studia[ \t]+wyższe\b|licencjat\b"
    r"|tytuł(?:em)?[ \t]+inżyniera\b|studia[ \t]+inżynierskie\b"
    # an engineer's degree named alone, opening its item: "inżynier, Politechnika Łódzka";
    # not a job's "Inżynier danych"
    rf"|{_OPENS_ITEM}inżynier{_NAMED_ALONE}"
)
_NORTHERN_PHD = (
    r"|doktorsexamen\b|doktorgrad(?:en)?\b|doktorat\b|gepromoveerd\b"
    r"|stopie[ńm][ \t]+doktora\b|stopniem[ \t]+doktora\b|tytuł(?:em)?[ \t]+doktora\b"
)
# Danish: a "lang videregående uddannelse" (a long higher education) ends in a master's, a
# "mellemlang" one in a bachelor's
_DANISH_MASTER = r"|lang[ \t]+videregående[ \t]+uddannelse\b"
_DANISH_BACHELOR = r"|mellemlang[ \t]+videregående[ \t]+uddannelse\b"
# Finnish and Czech degrees, whose names Finnish inflects ("maisterin tutkinto", "tohtoriksi").
# A "diplomi-insinööri" (DI) and any "maisteri" are masters, so is an "ylempi" (higher)
# university or AMK degree; a "kandidaatti", a degree of an "ammattikorkeakoulu" (AMK, a
# university of applied sciences: "Insinööri (AMK)") and a "korkeakoulututkinto" alone are
# bachelors; a "tohtori" (TkT, FT) a doctorate, not the "tohtorikoulutettava" (a doctoral
# student). Czech: "vysokoškolské vzdělání" (VŠ) is a degree, a bachelor's unless
# "magisterské" or "inženýrské" says a master's; "bakalářské" a bachelor's, "doktorské" and
# "doktorát" a doctorate.
_FINNISH_CZECH_PHD = (
    r"|tohtori(?:n)?(?:[ \t]*tutkinto\w*)?\b|tkt\b"
    r"|doktorát\w*|doktorsk(?:é|ého|ém)[ \t]+(?:studium|studia|vzdělání|program)\w*"
)
_FINNISH_CZECH_MASTER = (
    r"|diplomi-?insinöö?ri\w*|maisteri\w*|ylempi[ \t]+(?:korkeakoulututkin|amk)\w*"
    r"|magistersk\w+|inženýrsk(?:é|ého|ém)[ \t]+(?:studium|studia|vzdělání|stupně)\b"
    # Slovak: an engineer's or a second-level university education
    r"|inžiniersk(?:e|eho|om)[ \t]+(?:štúdium|vzdelanie|vzdelania)\b"
    r"|vysokoškolsk(?:é|ého|om)[ \t]+vzdelani[ea][ \t]+(?:2\.|druhého)[ \t]+stupňa\b"
)
_NOT_SECOND_LEVEL = r"(?![ \t]+(?:2\.|druhého)[ \t]+stupňa)"
_FINNISH_CZECH_BACHELOR = (
    r"|kandidaat(?:ti|in)\w*|(?<!ylempi )amk\b|(?<!ylempi )korkeakoulututkin\w*"
    r"|ammattikorkeakoulututkin\w*|bakalářsk\w+|vysokoškolsk(?:é|ého|ém)[ \t]+vzdělání\w*"
    r"|vš[ \t]+vzdělání\w*"
    # Slovak: "vysokoškolské vzdelanie", "VŠ vzdelanie", "bakalárske"
    rf"|vysokoškolsk(?:é|ého|om)[ \t]+vzdelani[ea]\b{_NOT_SECOND_LEVEL}"
    rf"|vš[ \t]+vzdelani[ea]\b{_NOT_SECOND_LEVEL}"
    r"|bakalársk\w+"
)
# Hungarian, Romanian, Estonian and Greek degrees. A Hungarian "felsőfokú végzettség" (higher
# education; "felsőfokú angol" is a language's grade), an "egyetemi" or "főiskolai" one and
# an "alapképzés" are bachelors, a "mesterképzés" a master's; a Romanian "studii superioare"
# and a "licență" (with its field or after "diplomă de": a "licență Windows" is a licence) are
# bachelors, a "masterat", a "master în" or a "Master" before a "Universitatea" a master's;
# an Estonian "kõrgharidus" a bachelor's, a "magistrikraad" a master's, a "doktorikraad" a
# doctorate; a Greek "Ptychio" a bachelor's and an "Integrated Master" (a five-year Diploma)
# a master's, not a project's "Integrated Master Schedule" or "Plan".
# A "Master" before a university opens its item or follows a date or "de": after another
# word it ends a job's title ("Scrum Master", "Web Master", "Scrum-Master").
_BEFORE_A_UNIVERSITY = r"(?=[ \t]*[,–—-][^\n]{0,80}\buniversitat)"
# A Greek engineering school's five-year "Diploma", an integrated master's: "Diploma in
# Electrical and Computer Engineering, NTUA", with that school on its line or opening the
# next (the line ending at its field). Not a college's or a polytechnic's diploma ("Diploma in
# Computer Engineering, Government Polytechnic", nor with the school of the next line's degree
# "MSc, University of Patras"), nor a Greek diploma outside engineering (a Ptychio translated)
_GREEK_ENGINEERING_SCHOOL = (
    r"ntua\b|national[ \t]+technical[ \t]+university[ \t]+of[ \t]+athens"
    r"|technical[ \t]+university[ \t]+of[ \t]+crete|aristotle[ \t]+university"
    r"|[(,][ \t]*auth[ \t]*(?=[,)\n]|$)"  # "(AUTh)", "..., AUTh, 2017"; not "Auth module"
    r"|democritus[ \t]+university"
    r"|university[ \t]+of[ \t]+(?:patras|thessaly|western[ \t]+macedonia)"
)
_GREEK_ENGINEERING = (
    r"[^\n,;]{0,60}?engineering\b"
    rf"(?:[^\n]{{0,120}}?|[^\n,;]{{0,120}}\n[^\n,;]{{0,120}}?)(?:{_GREEK_ENGINEERING_SCHOOL})"
)
_FIVE_YEAR_DIPLOMA = rf"[ \t]+(?:in|of)[ \t]+{_GREEK_ENGINEERING}"
# ... abbreviated, its field maybe right after it: "Dipl. Electrical and Computer Engineering,
# NTUA" (not the German "Dipl.-Ing.", a master's of its own)
_FIVE_YEAR_DIPL = rf"[ \t]+(?:(?:in|of)[ \t]+)?{_GREEK_ENGINEERING}"
_CEE_PHD = r"|doktori[ \t]+fokozat\w*|doktorikraad\w*|doktoriõpe\w*"
_CEE_MASTER = (
    r"|mesterképzés\w*|mesterfokozat\w*|mesterszak\w*"
    r"|masterat\w*|studii[ \t]+de[ \t]+master\b|diplom[ăa][ \t]+de[ \t]+master\b|master[ \t]+în\b"
    rf"|(?<![^\W\d_][ \t\-])(?<![^\W\d_][ \t]{{2}})master{_BEFORE_A_UNIVERSITY}"
    rf"|(?<=\bde[ \t])master{_BEFORE_A_UNIVERSITY}"
    r"|magistrikraad\w*|magistriõpe\w*"
    r"|integrated[ \t]+master(?:['’]s)?\b(?![ \t]+(?:schedule|plan)\b)"
    rf"|diploma(?={_FIVE_YEAR_DIPLOMA})|dipl\.(?={_FIVE_YEAR_DIPL})"
)
_CEE_BACHELOR = (
    r"|felsőfokú(?:[ \t]+[^\W\d_]+){0,2}[ \t]+végzettség\w*|egyetemi[ \t]+végzettség\w*"
    r"|főiskolai[ \t]+végzettség\w*|alapképzés\w*"
    r"|studii[ \t]+superioare\b|diplom[ăa][ \t]+de[ \t]+licen[țţt][ăa]\b"
    r"|studii[ \t]+de[ \t]+licen[țţt][ăa]\b"
    r"|licen[țţt][ăa](?=[ \t]*(?:[,(–—-]|[îi]n\b))"  # "în" typed without marks too
    r"|kõrgharidus\w*|rakenduskõrgharidus\w*|bakalaureus\w*|ptychio\b"
)
# What follows a Quebec "Baccalauréat", a university's first degree: its field after "en" or
# "ès" ("ès sciences"); not France's series "Baccalauréat ES" (economics), a school's end
_QUEBEC_FIELD = r"[ \t]+(?:en|ès|es[ \t]+(?:sciences?|arts|lettres))\b"
# A "Bachillerato" (or "Bachiller") of a university, named with its field on its line: "...
# en Ingeniería, Universidad de Costa Rica", "Bachillerato Universitario en Computación";
# elsewhere the Spanish and Latin American school-leaving certificate
_AT_A_UNIVERSITY = (
    r"[ \t]+universitario\b|[ \t]+(?:en|de)\b[^\n]{0,80}?\buniversi(?:dad|ty|tario)\b"
)
# Lithuanian and Latvian degrees: a "magistro" or "maģistra" degree (its genitive, before
# "laipsnis" or "grāds" or alone in a list) or a "magistras"/"maģistrs" is a master's, a
# "bakalauro"/"bakalaura" one a bachelor's, a "daktaro laipsnis" or "doktora grāds" a
# doctorate; "aukštasis (universitetinis) išsilavinimas" and "augstākā izglītība" (higher
# education) read as a bachelor's, as the Hungarian "felsőfokú végzettség" does; not after
# "nebaigtas"/"nepabeigta" (unfinished), a CV's higher education left without a degree
_BALTIC_PHD = r"|daktaro[ \t]+laipsn\w*|doktorantūr\w*|doktora[ \t]+grād\w*"
_BALTIC_MASTER = r"|magistr(?:o|as|ą|antūr\w*)\b|maģistr(?:a|s|antūr\w*)\b"
_BALTIC_BACHELOR = (
    r"|bakalaur(?:o|as|ą|a|s)\b"
    r"|(?<!nebaigtas[ \t])aukštasis(?:[ \t]+(?:universitetinis|koleginis))?[ \t]+išsilavinimas\b"
    r"|(?<!nepabeigta[ \t])augstākā(?:[ \t]+(?:akadēmiskā|profesionālā))?[ \t]+izglītība\b"
)
# Turkish degrees: a "doktora" (not a "doktora sonrası" post), a "yüksek lisans" a master's, a
# "lisans" with its graduation, degree or a comma after it a bachelor's ("Lisans mezunu",
# "Lisans, Boğaziçi"; a "lisans yönetimi" is licence management, an "ön lisans" an associate
# degree), and a graduate of a university, faculty or department ("bölümlerinden mezun")
_TURKISH_PHD = r"|doktora\b(?![ \t]+sonras)"
_TURKISH_MASTER = r"|yüksek[ \t]+lisans\b"
_TURKISH_BACHELOR = (
    r"|(?<!yüksek )(?<!ön )lisans(?=[ \t]*(?:[,(–—]|-[ \t]|mezun|derece|diploma|öğrenim"
    r"|eğitim))"
    r"|üniversite\w*[ \t]+mezun\w*|fakülte\w*[ \t]+mezun\w*|bölüm\w*[ \t]+mezun\w*"
)
_TURKISH_ASSOCIATE = r"|ön[ \t]+lisans\b"
# Russian and Ukrainian degrees: a "кандидат наук" (a candidate of sciences, "к.т.н.") and a
# "доктор наук" or the Ukrainian "доктор філософії" are doctorates, so is an "аспирантура"
# (the study towards one); a "магистр" and a "специалист" (a five-year degree, named so on
# its line: "Специалист, прикладная математика"; "специалист по данным" is a job) masters; a
# "бакалавр" and "высшее образование" (higher education, any case: "с высшим образованием")
# bachelors, unless "неоконченное" or "незакінчена" (unfinished) stands before
_CYRILLIC_PHD = (
    r"|кандидат(?:а|ом|у)?[ \t]+(?:[\w.\-]+[ \t]+){0,2}наук\b|канд\.[ \t]?[\w.\- ]{0,20}?наук\b"
    r"|доктор(?:а|ом|у)?[ \t]+(?:[\w.\-]+[ \t]+){0,2}(?:наук|філософії|философии)\b"
    r"|к\.(?:[ \t]?[а-яёі]{1,2}\.-?){1,2}[ \t]?н\.|аспирантур\w*|аспірантур\w*"
)
# "Специалист, ...", "Специалист (5 лет)": the degree opens its item and stands alone (not a
# job's "Ведущий специалист — ...")
_CYRILLIC_MASTER = (
    r"|магистр\w*|магістр\w*|специалитет\w*|спеціаліт\w*"
    rf"|{_OPENS_ITEM}специалист(?:а|у)?{_NAMED_ALONE}|{_OPENS_ITEM}спеціаліст(?:а|у)?{_NAMED_ALONE}"
    r"|(?<=диплом[ \t])специалиста\b|(?<=диплом[ \t])спеціаліста\b"
    # ... written in English: "Specialist degree in Mathematics" (and the US Ed.S., a step
    # past a master's)
    r"|specialist(?:['’]s)?[ \t]+degree\b"
    # ... or after a school's name or a degree's label: "Moscow State University, Specialist
    # in Computer Science", "Degree: Specialist (5 years)"; not a job's title on its own line
    r"|specialist(?:(?<=university,[ \t]specialist)|(?<=institute,[ \t]specialist)"
    r"|(?<=academy,[ \t]specialist)|(?<=degree:[ \t]specialist))"
    r"(?=[ \t]+(?:in|of)[ \t]|[ \t]*[,(]|[ \t]*$)"
)
_NOT_FINISHED = (
    r"(?<!неоконченное[ \t])(?<!незаконченное[ \t])(?<!неполное[ \t])"
    r"(?<!незакінчена[ \t])(?<!неповна[ \t])"
)
_CYRILLIC_BACHELOR = (
    r"|бакалав\w*"
    rf"|{_NOT_FINISHED}высш(?:ее|его|им|ем)\b(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]+образовани\w*"
    rf"|{_NOT_FINISHED}вищ(?:а|ої|у|ою|ій)\b(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]+освіт\w*"
    rf"|(?<=образование:[ \t]){_NOT_FINISHED}высшее\b|(?<=освіта:[ \t])вища\b"
)
# A licence's first or second year, named after it on its line, holds no licence yet:
# "Licence informatique (L2)", "Licence – L1", "Licence de mathématiques, 2e année"; not all
# its years ("(L1 à L3)") nor an L1 cache
_FIRST_YEARS = (
    r"(?:[(,–—-][ \t]*l[12]\b(?![ \t]*(?:à|a|-|–|/|et|&)[ \t]*l?3\b)"
    r"|(?:1(?:re|ère|er)|2(?:e|ème|nde?)|premi[èe]re|deuxi[èe]me)[ \t]+ann[ée]e\b)"
)
_NOT_A_FIRST_YEAR = rf"(?![^\n]{{0,80}}?{_FIRST_YEARS})"
_EUROPEAN_BACHELOR = (
    rf"|laurea\b(?![ \t]+(?:{_LAUREA_MAGISTRALE})\b)(?!{_OLD_SYSTEM_LATER})"
    r"|licenciatura\b|bacharel(?:ado)?\b"
    # the third year of a French licence, which completes it: "Licence 3" ("L3" is read as
    # an acronym); the first of a master's, done, shows the licence it follows
    # (_level_under_way)
    rf"|licence[ \t]+3{_NO_NUMBER_GOES_ON}"
    rf"|(?<!scrum )master[ \t]+1{_NO_NUMBER_GOES_ON}(?!{_AND_THE_SECOND_YEAR})"
    # Brazil: the undergraduate degree ("Graduação em", "Graduação completa"), and a
    # specialisation after it ("Pós-graduação (lato sensu) em"), which shows it held
    rf"|(?<!pós-)(?<!pós )(?<!pos-)(?<!pos )gradua[çc][ãa]o[ \t]+(?:em|completa)\b(?![ \t]+\d)"
    rf"|p[óo]s[ \t-]?gradua[çc][ãa]o\b(?![ \t]+stricto\b)"
    rf"{_DIPLOM_OF_A_FH}"
    # "Bac+3" (a licence), "Bac+4"; Quebec's "Baccalauréat en génie" (France's is school's end)
    rf"|bac[ \t]*\+[ \t]*[34]\b|baccalaur[ée]at(?={_QUEBEC_FIELD})"
    # a Costa Rican university's "Bachillerato en ...", a Peruvian graduate's "Bachiller en"
    rf"|bachiller(?:ato)?(?={_AT_A_UNIVERSITY})"
    # "Formación universitaria en", "Titulación universitaria", "Graduado/a en"
    # a Spanish or Latin American postgraduate "Especialización en ...", opening its item
    # (not a job's "Ingeniero con especialización en visión")
    rf"|{_OPENS_ITEM}especializaci[oó]n[ \t]+en\b"
    r"|formaci[oó]n[ \t]+universitaria\b|titulaci[oó]n[ \t]+universitaria\b"
    r"|t[ií]tulo[ \t]+universitario\b|graduad[oa](?:/a)?[ \t]+en\b"
    r"|licence[ \t]+(?:en|ès|es|d['’]|de(?![ \t]+conduire)|professionnelle)(?!\w)"
    rf"{_NOT_A_FIRST_YEAR}|licence[ \t]+(?:{_FRENCH_FIELDS})\b{_NOT_A_FIRST_YEAR}"
    # a "BUT" (Bachelor Universitaire de Technologie), three years at an IUT
    r"|bachelor[ \t]+universitaire[ \t]+de[ \t]+technologie\b"
    rf"|grado[ \t]+en\b|ingenier[oa][ \t]+en\b(?![ \t]+(?:{_SPANISH_JOBS})\b)"
    # ... nor a rank after its field, "Ingeniero en Informática Senior": a job's title
    # (the field in words of letters: a rank after "-", "|" or "/" is a headline's job's)
    rf"(?![ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+(?:{_SPANISH_RANKS})\b)"
    rf"|(?<!de )(?<!la )(?<!en )(?<!y )(?<!of )ingenier[ií]a[ \t]+(?:{_SPANISH_FIELDS})\b"
    # Latin American titles: "Profesional en Ingeniería de Sistemas", "Ingeniera de Sistemas",
    # "Licenciado en Matemáticas"; not the jobs "Ingeniero de Datos", "Ingeniero de Software"
    rf"|profesional[ \t]+en[ \t]+(?:{_LATAM_FIELDS})\b"
    r"|ingenier[oa][ \t]+de[ \t]+(?:sistemas|telecomunicaciones)\b"
    rf"(?![ \t]+(?:{_SPANISH_RANKS})\b)|licenciad[oa][ \t]+en\b"
)

# The words of each level's degrees, as alternatives that each open on a letter (see
# open_on_letter), in lower case: they run on the lower-cased text.
# A doctoral candidate in Dutch, German, French, Italian, Spanish and Portuguese
_DOCTORAL_CANDIDATES = (
    r"promovend(?:us|a)\b|doktorand(?:in)?\b|doctorante?\b|dottorand[oa]\b|doctorand[oa]\b"
    r"|doutorand[oa]\b"
)
_PHD_WORDS = (
    # (not a postdoc's "post-doctoral" research: it implies a doctorate, but names none)
    r"ph\.?\s?d\b\.?|p\.\s?h\.?\s?d\b\.?|doctorate|doctoral(?<!post-doctoral)(?<!post doctoral)"
    r"|doctor of philosophy"
    r"|d\.\s?phil\b\.?|dphil\b"
    # professional doctorates: medicine, pharmacy, public health ("M.D.", not the cancer
    # center "M.D. Anderson")
    r"|doctor of (?:medicine|pharmacy|public health|osteopathic medicine)\b"
    r"|m\.\s?d\.(?![ \t]*anderson)|pharm\.?\s?d\b\.?|drph\b"
    # Europe: "Doctorat", "Dottorato", "Dr. rer. nat.", "Dr.-Ing.", "Dr. sc. techn."
    r"|doctorat\b|dottorato\b|doutorado\b|doutoramento\b|doctorado\b|bac[ \t]*\+[ \t]*8\b"
    # a doctoral candidate, one: a doctorate under way (_DOCTORAL_CANDIDATE); not "Doktoranden",
    # "doctorants", "promovendi", the candidates a supervisor has
    rf"|{_DOCTORAL_CANDIDATES}"
    r"|dr\.[ \t]?(?:-[ \t]?ing\b\.?|rer\.[ \t]?[a-z]{2,5}\b\.?|phil\.|sc\.|techn\.)"
    rf"{_GERMAN_PHD}{_NORTHERN_PHD}{_FINNISH_CZECH_PHD}{_CEE_PHD}{_BALTIC_PHD}"
    rf"{_TURKISH_PHD}{_CYRILLIC_PHD}"
)
# After "MCA" or "BCA", what makes it no degree: a certification, a registration, Singapore's
# Green Mark, a bracket spelling out another name ("MCA (Mental Capacity Act)")
_NOT_COMPUTER_APPLICATIONS = (
    r"(?![ \t-]*(?:certifi|registered|green[ \t]+mark|\((?!master|bachelor|[mb]\.|computer)))"
)
_MASTER_WORDS = (
    # "Master in Data Science"; not a rank's title ("Master Instructor", "Master Inventor")
    r"(?<!scrum\s)masters?(?:['’´]s)?\s+(?:of(?!\s+ceremon)|in\b|degree|level|program|programme"
    r"|student|thesis|\(|(?:en|em)\b)"
    # "Master's" ending its clause too: "Degree in CS, ideally a Master's."
    r"|(?<!scrum\s)masters?['’´]s(?!\w)|m\.\s?sc?\b\.?|msc\b|m\.\s?s\."
    r"|m\.?\s?eng\b|m[.\-]?\s?tech\b|m\.\s?e\b\.?|mba\b|m\.b\.a\.?|m\.\s?a\.|m\.?\s?phil\b"
    rf"|m\.\s?a{_UNDOTTED_CUE}"
    rf"|(?<!microsoft )mca\b{_NOT_COMPUTER_APPLICATIONS}|m\.c\.a\.?|mscs\b"
    r"|m\.\s?com\b|mcom\b|m\.\s?ed\b|m\.\s?pharm|ll\.\s?m\b"
    r"|m\.\s?des\b|mdes\b|m\.\s?f\.\s?a\b\.?|m\.\s?p\.\s?ed\b"  # design, fine arts
    # (not a postgraduate certificate, which a first degree comes before: _BACHELOR_WORDS)
    r"|post\s?-?graduat(?:e|ion)(?!\s+certificate)|pgd(?:m|ba|ca)?\b|p\.?\s?g\.?\s*diploma"
    r"|graduate degree"
    # "advanced (university) degree", not "an advanced degree of autonomy"; "msn", a Master of
    # Science in Nursing
    r"|advanced[ \t]+(?:university[ \t]+|academic[ \t]+)?degree(?![ \t]+of\b)|msn\b"
    # Master of Public Health; not a speed ("40 mph")
    r"|(?<!\d )(?<!\d)mph\b|m\.p\.h\b\.?|msph\b"
    r"|masters?(?:['’´]s)?(?=\s+or\s+(?:an?\s+)?(?:ph\.?\s?d|doctor))"  # "Master or PhD"
    rf"{_EUROPEAN_MASTER}{_GERMAN_MASTER}{_NORTHERN_MASTER}{_DANISH_MASTER}"
    rf"{_FINNISH_CZECH_MASTER}{_CEE_MASTER}{_BALTIC_MASTER}{_TURKISH_MASTER}"
    rf"{_CYRILLIC_MASTER}"
)
# "Graduated in Physics", "graduate with a degree in"; not "graduated in June 2019"
_GRADUATED_IN = (
    r"graduat(?:e|ed|ion)\s+(?:in|with a degree)\b"
    rf"(?!\s+(?:{_DATE_WORD}|the\b|top\b|class\b|year\b|\d))"
)
_BACHELOR_WORDS = (
    r"bachelors?(?:['’´]s)?"
    r"(?=[ \t]*(?:(?:of|in|degree|program|programme)\b|[(,:-])|s\b|'|’)"
    r"|b\.\s?sc?\b\.?|bsc\b|b\.\s?s\.|b[.\-]?\s?tech\b\.?|b\.\s?e\b\.?|b\.?\s?eng\b"
    rf"|b\.\s?a\.|b\.\s?a{_UNDOTTED_CUE}|bba\b|b\.b\.a\.?|bca\b{_NOT_COMPUTER_APPLICATIONS}"
    r"|b\.c\.a\.?|b\.\s?com\b|bcom\b|bbm\b"
    r"|b\.?\s?pharm|b\.\s?arch\b|b\.\s?ed\b|ll\.?\s?b\b|mbbs\b|bscs\b|bsse\b|bsit\b"
    # design, fine arts, hotel management, mass media, physical education
    r"|b\.\s?des\b|bdes\b|bfa\b|b\.\s?f\.\s?a\b\.?|bhm\b|bmm\b|b\.\s?p\.\s?ed\b|bped\b"
    r"|bsn\b"  # Bachelor of Science in Nursing
    # a postgraduate certificate, which a first degree comes before and which is no master's:
    # the UK's teaching "PGCE", "PGCert", "Postgraduate Certificate in Education"
    r"|pgce\b|pg\s?cert\b|post\s?-?graduate\s+certificate\b"
    rf"|under{_GRADUATED_IN}|{_GRADUATED_IN}|undergraduate degree"
    # a posting's "Any Graduate", "Graduate / MBA": a first degree
    r"|any\s+graduate\b"
    r"|(?<!post )(?<!post-)graduate(?=\s*/\s*(?:post|pg\b|mba\b|master))"
    r"|four-year degree|4-year degree|college degree|(?<!advanced )university degree"
    # Australian and New Zealand postings: "Tertiary qualifications in a quantitative
    # discipline"; not "the tertiary education sector", "tertiary care"
    r"|tertiary\s+(?:qualifications?|degree)\b"
    # the European "completed studies in physics" (abgeschlossenes Studium)
    r"|completed\s+(?:university\s+|academic\s+)?stud(?:y|ies)\s+(?:of|in)\b"
    rf"{_EUROPEAN_BACHELOR}{_GERMAN_BACHELOR}{_NORTHERN_BACHELOR}{_DANISH_BACHELOR}"
    rf"{_FINNISH_CZECH_BACHELOR}{_CEE_BACHELOR}{_BALTIC_BACHELOR}{_TURKISH_BACHELOR}"
    rf"{_CYRILLIC_BACHELOR}"
)
_OR_BACHELOR = (
    r"[ \t]*(?:(?:or|and)[ \t]+|/[ \t]*)(?:an?[ \t]+)?bachelor(?:['’´]?s)?[ \t]+(?:degree|in|of)\b"
)
_ASSOCIATE_WORDS = (
    rf"associate(?:['’´]s)?\s+(?:degree|of)|a\.a\.s\.?|diploma\b(?!{_FIVE_YEAR_DIPLOMA})"
    # an associate's that shares the bachelor's degree word after it: "Associate or
    # bachelor's degree in Business", "Associate's/Bachelor's degree"; a bare "associate"
    # after a word of three letters or more is a post ("2 years as a Sales Associate or a
    # Bachelor's degree", "Research Associate or ..."), after "an" or "or" the degree
    rf"|associate['’´]s(?={_OR_BACHELOR})"
    rf"|(?<![^\W\d_]{{3}}[ \t])associate(?={_OR_BACHELOR})"
    r"|hnd\b|adn\b"
    # the US community colleges' (and the Air Force's) "Associate in (Applied) Science" or
    # "in Arts", not a researcher's post ("Research Associate in Science Policy") nor a post
    # whose name goes on ("Associate in Science Communication", "Associate in Arts and Crafts")
    r"|(?<!research\s)associate\s+in\s+(?:applied\s+science|science|arts)\b"
    r"(?![ \t]+(?!in\b|degree\b)[^\W\d_])"
    r"|higher national diploma|bac[ \t]*\+[ \t]*2\b"  # the French "Bac+2" (BTS, DUT)
    # a Latin American technologist's title, a three-year degree short of a bachelor's, and
    # the Brazilian one ("Tecnólogo em Análise e Desenvolvimento de Sistemas")
    r"|tecn[oó]log[oa][ \t]+e[nm]\b"
    rf"{_TURKISH_ASSOCIATE}"
)
# Sri Lanka's school certificates: "G.C.E. Advanced Level", "G.C.E. (A/L)", "A/L", "O/L"
# (not "N/A/L", "A/L/M"; nor a British posting's annual leave: "28 days A/L", "A/L
# entitlement", "A/L: 25 days")
_SOUTH_ASIAN_SCHOOL = (
    r"G(?<!\wG)\.?[ \t]?C\.?[ \t]?E\.?[ \t]*\(?"
    r"(?:[AO][ \t]?/[ \t]?L\b|(?:Advanced|Ordinary)[ \t]+Level)"
    r"|A(?<![\w/]A)(?<!days[ \t]A)/L(?![\w/])(?![ \t]*(?:entitlement|allowance|:[ \t]*\d))"
    r"|O(?<![\w/]O)/L(?![\w/])"
)
_PLUS_TWO = r"(?<=\+2[ \t])(?<!\d\+2[ \t])"  # "+2 Science", not "2+2 science"
_SCHOOL_YEAR = r"[ \t]{0,3}(?:[-:][ \t]{0,3})?(?:x|xii|10|12)(?:th)?\b"  # "Class XII", "Std: 10th"
_SECONDARY_WORDS = (
    r"high school|higher\s+secondary|senior\s+secondary|sr\.?\s+secondary|secondary school"
    r"|h\.?\s?s\.?\s?c\b|s\.?\s?s\.?\s?c\b|s\.?s\.?l\.?c\b|hslc\b|ged\b|gcse"
    r"|matric(?:ulation)?\b|cbse\b|icse\b|pre-university|10\s?\+\s?2"
    # Nepal's "+2 Science" (the two years after school's tenth) and "School Leaving
    # Certificate" (SLC), which ends the tenth
    rf"|{_PLUS_TWO}science\b|{_PLUS_TWO}management\b|{_PLUS_TWO}commerce\b"
    r"|school\s+leaving\s+certificate"
    # India's pre-university course; not a Pontifical Catholic University ("PUC Minas",
    # "PUC-Rio", "PUC de São Paulo")
    r"|puc\b(?!(?:[ \t]*[-–])?[ \t]*(?:minas|rio|sp|campinas|goi[áa]s|paran[áa]|pr|rs|chile|per[úu]"
    r"|valpara[íi]so|d[eoa])\b)"
    # the Guatemalan school-leaving certificate ("Bachiller en Ciencias y Letras")
    r"|bachiller[ \t]+en[ \t]+ciencias[ \t]+y[ \t]+letras\b"
    rf"|class{_SCHOOL_YEAR}|std\.?{_SCHOOL_YEAR}|standard{_SCHOOL_YEAR}|grade{_SCHOOL_YEAR}"
    r"|xth\b|xiith\b"
    r"|1[02]th\b(?!\W{0,3}(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    # not a language's grade: "English: Upper-Intermediate (B2)", "Pre-Intermediate (A2)"
    r"|(?<!upper-)(?<!upper )(?<!pre-)(?<!pre )"
    r"intermediate(?=\s*(?:\(|from\b|board\b|education\b|exam|certificate|\d{4}"
    r"|[,:–-]\s*(?:\d{4}|board|mpc|bipc|cec|mec|science|commerce|arts)))"
    r"|board of intermediate"
    # West Africa's school-leaving exams (WAEC's WASSCE, the SSCE, NECO's), Kenya's KCSE, South
    # Africa's National Senior Certificate and Egypt's General Secondary Education Certificate
    r"|wassce\b|waec\b|ssce\b|neco\b|kcse\b|senior\s+school\s+certificate"
    r"|national\s+senior\s+certificate|certificate\s+of\s+secondary\s+education"
    r"|secondary\s+education\s+certificate"
    # the German school-leaving certificates: "Abitur", "Allgemeine Hochschulreife"
    r"|abitur\b|fachabitur\b|allgemeine\s+hochschulreife|fachhochschulreife"
    # France's "Baccalauréat" (Quebec's "Baccalauréat en ..." is a bachelor's), the Austrian
    # and Swiss "Matura", "Maturität", the Italian "(Diploma di) maturità", Spain's
    # "Bachillerato" (not one of a university: _AT_A_UNIVERSITY) and the International
    # Baccalaureate
    rf"|baccalaur[ée]at\b(?!{_QUEBEC_FIELD})|international\s+baccalaureate\b"
    rf"|matura(?:prüfung|zeugnis)?\b|maturit(?:ät\w*|à|a\b)|bachillerato\b(?!{_AT_A_UNIVERSITY})"
    # the IB's "IB Diploma (Programme)", "IBDP", and France's "Bac" named by its series:
    # "Bac S", "Bac ES", "Bac série L", "Bac pro", "Bac général"
    r"|ib[ \t]+diploma\b|ibdp\b"
    r"|bac[ \t]+(?:s[ée]rie[ \t]+)?(?:s|es|l|stmg|sti2d|st2s|pro|professionnel|scientifique"
    r"|g[ée]n[ée]ral[e]?|litt[ée]raire|[ée]conomique)\b"
)


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a pattern: "a|b(?:c|d)|[|]" gives a, b(?:c|d) and [|]."""
    found, depth, in_set, start, at = [], 0, False, 0, 0
    while at < len(body):
        char = body[at]
        if char == "\\":
            at += 1  # the escaped character is no operator
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(body[start:at])
            start = at + 1
        at += 1
    return [*found, body[start:]]


_LOOKBEHIND = regex_cache.compile(r"\(\?<[!=](?:\\.|[^()\\])*\)")
_LOOKBEHINDS = regex_cache.compile(rf"(?:{_LOOKBEHIND.pattern})*")


def open_on_letter(body: str, after: str = "") -> str:
    r"""The pattern \b(?:body)after with each alternative opening on its first letter, and the
    word boundary and the alternative's own lookbehinds looked at behind that letter:
    "(?<!post )graduate" becomes "g(?<!\wg)(?<!post g)raduate". The search then skips to those
    letters instead of trying every alternative at every word (same matches: a property test
    checks). Alternatives that open on one letter are kept together in their order; two that
    open on different letters never match at the same place. `after` (such as "\b") follows
    each group, so that the pattern stays an alternation of letters the search can skip to."""
    by_letter: dict[str, list[str]] = {}
    for alternative in _alternatives(body):
        behind = _LOOKBEHINDS.match(alternative)
        assert behind is not None  # it matches the empty string
        letter, rest = alternative[behind.end()], alternative[behind.end() + 1 :]
        if not letter.isalnum() or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"a degree word must open on a letter: {alternative!r}")
        moved = "".join(found[:-1] + letter + ")" for found in _LOOKBEHIND.findall(behind.group()))
        by_letter.setdefault(letter, []).append(moved + rest)
    return "|".join(
        rf"{letter}(?<!\w{letter})(?:{'|'.join(rests)}){after}"
        for letter, rests in by_letter.items()
    )


# Said between a degree and its fields: "a 2:1 degree or above in", "degree or higher in",
# "degree or equivalent in"
_OR_ABOVE = r"or\s+(?:above|higher|equivalent)\s+"
# "A degree in statistics or similar": a degree of no named level is a bachelor's, unless
# another mention names its level ("Master's degree in", dropped in degree_mentions). The
# word comes first and what stands before it is looked at behind it: a search for a word
# is about thirty times as fast as trying the lookbehinds at every character.
_BARE_DEGREE = (
    r"degree(?<=\bdegree)(?<!high degree)(?<!some degree)(?<!great degree)"
    rf"(?<!advanced degree)(?<!graduate degree)(?=\s+(?:\([^()]*\)\s*)?(?:{_OR_ABOVE})?in\s"
    # a federal vacancy's "Basic Requirements: Degree: Mathematics, statistics or ..."
    r"|[ \t]*:[ \t]*[A-Za-z]"
    # a British posting's "educated to degree level", "degree educated", "degree-level"
    r"|[ \t]*-?[ \t]*(?:level|educated)\b"
    # "Degree or equivalent experience", "a degree or comparable practical experience"
    r"|[ \t]+or[ \t]+(?:equivalent|comparable)[ \t]+(?:[a-z-]+[ \t]+)?experience\b)"
)

# A British degree class standing for the degree: "a 2:1 or above in", "a First or 2:1 in",
# "2.1 or higher in" (a dotted class only with its "or higher": "Python 2.1 in 2019" is none)
# (one run of blanks before "or" or its bracket, and the closing bracket with its own: two runs
# in a row are split every way before a long run of blanks)
_OR_BETTER = r"\s*(?:\(\s*)?or\s+(?:above|higher|better|equivalent)(?:\s*\))?"
# The "2" comes first and the ratio before it is looked at behind it, so that the search skips
# to each "2" instead of trying the lookbehinds at every character
_CLASS_DEGREE = (  # not a ratio: "a compression ratio of 2:1 in production"
    r"2(?<!ratio\s2)(?<!ratio\sof\s2)"
    rf"(?<![\w.:]2):[1i](?![\w.:])(?:{_OR_BETTER})?(?:\s*\(\s*hons\s*\))?\s+(?:in|hons|honours)\b"
    rf"|2(?<![\w.:]2)\.[1i](?![\w.:]){_OR_BETTER}\s+in\b"
)

# A British degree named by its class or honours, with no field after it: "a first or upper
# second class degree", "a 2:1 degree", "a good honours degree"; not a measure of something
# ("a first-class degree of autonomy", "a world-class degree of expertise")
_CLASSED_DEGREE = (
    r"degree(?<=\bdegree)(?:(?<=class degree)|(?<=honours degree)|(?<=hons degree)"
    r"|(?<=2:1 degree)|(?<=2\.1 degree))"
    r"(?<!world class degree)(?<!world-class degree)(?![ \t]+of\b)"
)

# The title "Ing.", not the end of "Dipl.-Ing."; and a Dutch university of applied sciences
# named later on its line ("Hogeschool Utrecht", "(HBO)", "Fontys University of Applied
# Sciences"), which makes it the Dutch bachelor-level title
_ING = r"I(?<!\wI)(?<!-I)ng\."
_DUTCH_HBO_LATER = (
    r"[^\n]{0,120}?(?i:hogeschool|\bhbo\b|university[ \t]+of[ \t]+applied[ \t]+sciences)"
)
# Finnish degrees' abbreviations: "DI", "FM", "KTM" (masters), "FT", "TkT" (doctorates). All
# but "TkT" are other words as often ("FM" radio, "FT" full time, "DI" dependency injection):
# they name a degree before "-tutkinto", another of them ("DI tai FM"), or a Finnish field or
# school, a comma or a bracket between ("FM, tietojenkäsittelytiede", "KTM, Aalto-yliopisto",
# "FT tilastotieteestä")
_FINNISH_ABBREVIATION = r"(?:DI|FM|FT|KTM|TkT)\b"
_FINNISH_SCHOOL_OR_FIELD = (
    r"(?:[ \t]*[,(])?[ \t]+(?:[^\W\d_]+[ \t]+)?[\w-]*?(?i:tiede|tietee|tieteen|tieteiden"
    r"|tekniik|yliopisto|korkeakoulu|matematiik|fysiik|kemia|kemian)"
)
_FINNISH_CUE = (
    rf"(?=-tutkin|[ \t]*(?:,|/|[ \t]tai[ \t]|[ \t]ja[ \t])[ \t]*{_FINNISH_ABBREVIATION}"
    rf"|{_FINNISH_SCHOOL_OR_FIELD})"
)
# Every pattern is tried; the highest level wins per line (a mention's context can veto it).
# The case-insensitive ones hold no capital letter: they run on the lower-cased text.
# " i " and a field's word in lower case after a Nordic degree
_NORDIC_FIELD = r"[ \t]+i[ \t]+[a-zæøåäö]"
# A Han letter standing alone before a word, as a one-letter surname does ("王博士": Dr Wang);
# not a year's or month's mark after its number ("2015年博士") nor a verb ("获博士学位": got a
# doctorate, "读博士": studies for one)
_LONE_HAN = r"(?<![\u4e00-\u9fff\d])(?![年月获獲读讀攻])[\u4e00-\u9fff]"
# ... and the common two-letter surnames, standing alone as well ("欧阳博士": Dr Ouyang); any
# other two letters before 博士 name its field ("统计博士", a doctorate in statistics)
_TWO_LETTER_SURNAME = (
    r"(?<![\u4e00-\u9fff\d])(?:欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|皇甫|司徒|慕容|夏侯|令狐"
    r"|公孙|公孫|尉迟|尉遲|宇文|长孙|長孫|南宫|南宮|端木|轩辕|軒轅)"
)
# French degrees' abbreviations: the two-year "BTS" and "DUT" (associate degrees), the years
# "L3" (a licence's last), "M1" and "M2" (a master's first and second); each is other
# things as often (a base transceiver station, a device under test, a network layer, a
# chip), and names a degree only before a French field, a school later on its line, or for
# the two-year ones a speciality's letters, "(Bac+2)" or the other of them ("BTS/DUT"); a
# school named in the next cell, after capitalised words ("M2 MVA, ENS Paris-Saclay", "DUT
# Informatique – IUT de Lannion"; not "DUT test benches with pytest, Université ...")
# French schools' names by their first word: "Télécom Paris", "ENS Paris-Saclay"
_FRENCH_SCHOOL = (
    r"(?:(?i:universit[ée]|university|[ée]cole|institut|polytechnique|sorbonne|lyc[ée]e"
    r"|t[ée]l[ée]com|centrale|mines|dauphine)|(?:ENS|INSA|IUT|CNAM|UTC)\b)"
)
_FRENCH_SCHOOL_LATER = (
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][^,|(–—\n]{0,60})?[ \t]*(?:[,|(–—]|-[ \t])[ \t]*"
    rf"{_FRENCH_SCHOOL}"
)
_FRENCH_FIELD_AFTER = (
    rf"[ \t]+(?i:{_FRENCH_FIELDS}|g[ée]nie|gestion|r[ée]seaux|syst[èe]mes|services"
    r"|[ée]lectronique|[ée]lectrotechnique|mesures|commerce|comptabilit[ée]|biologie|chimie"
    r"|miashs|miage|en)\b"
)
_TWO_YEAR_SPECIALITY = r"[ \t]+(?:SIO|SN|CIEL|GEII|STID|MMI|GEA|TC|GIM|GMP|R&T|RT|NDRC|MCO)\b"
# ... in brackets too: "Licence (L3) Informatique"
_FRENCH_CUE = rf"(?=\)?(?:{_FRENCH_FIELD_AFTER}|{_FRENCH_SCHOOL_LATER}))"
_TWO_YEAR_CUE = (
    rf"(?={_FRENCH_FIELD_AFTER}|{_TWO_YEAR_SPECIALITY}|{_FRENCH_SCHOOL_LATER}"
    r"|[ \t]*\((?i:bac)|[ \t]*(?:/|ou|or|,)[ \t]*(?:BTS|DUT)\b)"
)
# A "BUT" (Bachelor Universitaire de Technologie) before its field, speciality, school or
# "(Bac+3)", or restating its name in brackets: "BUT Informatique, IUT de Nantes", "BUT GEII";
# not the English "BUT we also ..."
_BUT_CUE = (
    rf"(?=\)?(?:{_FRENCH_FIELD_AFTER}|{_TWO_YEAR_SPECIALITY}|[ \t]+SD\b|{_FRENCH_SCHOOL_LATER}"
    r"|[ \t]*\((?i:bac)))"
)
# "M1/M2", "M1 & M2": both years of a master's
_M1_AND_M2 = r"[ \t]*(?:&|et|and|/|-|–)[ \t]*M?2\b"
# Hebrew, Arabic, Persian and Greek degrees, in lower case (searched case-blind, as the Greek
# capitals drop their accents: "ΠΤΥΧΙΟ"). Hebrew and Arabic glue a preposition or an article
# to a word ("בתואר ראשון", "الماجستير"), so no word boundary before them. A postdoc
# ("פוסט-דוקטורט", "ما بعد الدكتوراه", "μεταδιδακτορικός") is no doctorate, and a Greek
# "πτυχίο" of a language ("Πτυχίο Αγγλικών", "Πτυχίο Proficiency") a certificate, no degree.
_GREEK_LANGUAGE_CERTIFICATE = (
    r"[ \t]+(?:αγγλικ|γαλλικ|γερμανικ|ιταλικ|ισπανικ|ρωσικ|ξέν|ξεν|γλώσσ|γλωσσ"
    r"|proficiency|lower|advanced|cambridge|michigan|ecpe|ecce|delf|goethe)"
)
# (each alternative opens on its letter, its lookbehinds after it, so that the search skips to
# that letter: tests/test_pattern_openings.py)
_MIDEAST_PHD = (
    r"ד(?<!פוסטד)(?<!פוסט-ד)(?<!פוסט ד)(?<!פוסט־ד)וקטורט|תואר[ \t]+שלישי"
    r"|د(?<!بعد د)(?<!بعد الد)كتورا[هة]"
    # Persian and Dari: "دکتری", "دکترای"; not the title "دکتر" (Dr.) before a name, nor a
    # postdoc ("پسادکتری", "فوق دکتری")
    r"|د(?<!پساد)(?<!پسا د)(?<!فوق د)(?<!فوقد)[کك]تر(?:ا|[یي](?![^\W\d_]))|دو[کك]تورا"
    r"|δ(?<![^\W\d_]δ)(?:ιδακτορ[ιί]κ|ιδ[άα]κτ[οω]ρ)"
)
_MIDEAST_MASTER = (
    r"תואר[ \t]+(?:שני|מוסמך)|ماج(?:ي)?ستير|μ(?<![^\W\d_]μ)εταπτυχιακ"
    # Persian and Dari: "کارشناسی ارشد", "فوق لیسانس", "ماستری"; not a senior expert's title
    # ("کارشناس ارشد", without the "ی")
    r"|ک(?<![^\W\d_]ک)ارشناس[یي][ \t]*ارشد|ك(?<![^\W\d_]ك)ارشناس[یي][ \t]*ارشد"
    r"|ف(?<![^\W\d_]ف)وق[ \t]*ل[یي]سانس"
    r"|م(?<![^\W\d_]م)استر(?:[یي])?(?![^\W\d_])"
)
_MIDEAST_BACHELOR = (
    r"תואר[ \t]+(?:ראשון|בוגר)|بكالوري?وس|ل(?<!فوق ل)(?<!فوقل)[يی]سانس"
    # Persian: "کارشناسی", not "کارشناسی ارشد" (a master's) nor the title "کارشناس" (expert)
    r"|ک(?<![^\W\d_]ک)ارشناس[یي](?![ \t]*ارشد)(?![^\W\d_])"
    r"|ك(?<![^\W\d_]ك)ارشناس[یي](?![ \t]*ارشد)(?![^\W\d_])"
    r"|π(?<![^\W\d_]π)τυχ(?:[ιί](?:ο|ου|α|ων)|ιούχ\w*|ιουχ\w*)(?!\w)"
    rf"(?!{_GREEK_LANGUAGE_CERTIFICATE})"
)
_MIDEAST_DEGREES: list[tuple[DegreeLevel, re.Pattern[str]]] = [
    ("phd", regex_cache.compile(_MIDEAST_PHD, re.I)),
    ("master", regex_cache.compile(_MIDEAST_MASTER, re.I)),
    ("bachelor", regex_cache.compile(_MIDEAST_BACHELOR, re.I)),
]
DEGREE_PATTERNS: list[tuple[DegreeLevel, re.Pattern[str]]] = [
    ("phd", regex_cache.compile(open_on_letter(_PHD_WORDS), re.I)),
    ("master", regex_cache.compile(open_on_letter(_MASTER_WORDS), re.I)),
    # Each all-caps acronym pattern opens with its first letter, so that the search skips to
    # that letter; the word boundary before it is looked at behind it (about twenty times as
    # fast as trying "\b" at every character).
    ("master", regex_cache.compile(rf"M(?<!\wM)(?:S|A|E|Sc|ASc)\b{_ACRONYM_CUE}")),
    # "MD" only with a degree, a school or its name beside it: alone it is Maryland or a
    # managing director
    ("phd", regex_cache.compile(rf"M(?<!\wM)D\b(?={_MD_CUE}|{_MD_LOOSE_CUE})")),
    # "MFA", not multi-factor authentication
    ("master", regex_cache.compile(rf"M(?<!\wM)FA\b(?={_STRONG_CUE})")),
    # The Czech titles written before a name and after it in a CV's education: "Ing.",
    # "Mgr." (masters), "Bc." (a bachelor's); not a Latin American "Ing. en Sistemas", an
    # engineer's title that a bachelor's gives, nor the end of a German "Dipl.-Ing.", "Dr.-Ing."
    # A Dutch "Ing.", from a university of applied sciences (HBO), is a bachelor's, and so is
    # the Latin American "Ing. en Sistemas" (an Ingeniero's, its field in capitals after "en")
    (
        "master",
        regex_cache.compile(
            rf"{_ING}(?![ \t]+(?:en|de|del)\b)(?!{_DUTCH_HBO_LATER})|M(?<!\wM)gr\."
        ),
    ),
    (
        "bachelor",
        regex_cache.compile(
            rf"B(?<!\wB)c\.(?!\w)|{_ING}(?={_DUTCH_HBO_LATER}|[ \t]+en[ \t]+[A-ZÁÉÍÓÚ])"
        ),
    ),
    (
        "master",
        regex_cache.compile(
            rf"D(?<!\wD)I\b{_FINNISH_CUE}|F(?<!\wF)M\b{_FINNISH_CUE}|K(?<!\wK)TM\b{_FINNISH_CUE}"
        ),
    ),
    ("phd", regex_cache.compile(rf"F(?<!\wF)T\b{_FINNISH_CUE}")),
    # A Norwegian, Danish or Swedish degree in a field, which "i" (in) joins in lower case:
    # "Master i informatikk", "en master i statistikk", "Bachelor i matematikk"; a capital
    # "I" is a rank, no field ("Master I Certification"), and a role's "Scrum Master i
    # teamet" holds no degree (_A_ROLES_MASTER)
    (
        "master",
        regex_cache.compile(rf"M(?<!\wM)aster{_NORDIC_FIELD}|m(?<!\wm)aster{_NORDIC_FIELD}"),
    ),
    (
        "bachelor",
        regex_cache.compile(rf"B(?<!\wB)achelor{_NORDIC_FIELD}|b(?<!\wb)achelor{_NORDIC_FIELD}"),
    ),
    ("bachelor", regex_cache.compile(open_on_letter(_BACHELOR_WORDS), re.I)),
    ("bachelor", regex_cache.compile(rf"B(?<!\wB)(?:S|E|A|Sc|Eng|ASc)\b{_ACRONYM_CUE}")),
    # French degrees' abbreviations (not a year after another's slash: "L2/L3 networking")
    (
        "associate",
        regex_cache.compile(rf"B(?<!\wB)TS\b{_TWO_YEAR_CUE}|D(?<!\wD)UT\b{_TWO_YEAR_CUE}"),
    ),
    (
        "bachelor",
        regex_cache.compile(
            rf"L(?<![\w/]L)3\b{_FRENCH_CUE}|M(?<![\w/]M)1\b(?!{_M1_AND_M2}){_FRENCH_CUE}"
            rf"|B(?<!\wB)UT\b{_BUT_CUE}"
        ),
    ),
    (
        "master",
        regex_cache.compile(
            rf"M(?<![\w/]M)2\b{_FRENCH_CUE}|M(?<![\w/]M)1{_M1_AND_M2}{_FRENCH_CUE}"
        ),
    ),
    # Chinese, Japanese and Korean degrees, often written with no space around them
    # ("北京大学统计学本科"): a doctorate (not "博士后" nor "박사후", a postdoc; not the brand
    # "博士伦"; not "王博士" nor "欧阳博士", a surname and the title, Dr Wang; not "博士前期課程",
    # a master's, though "博士後期課程" is a doctorate's programme; "박사 후보" is a
    # doctoral candidate), a master's, a bachelor's (not
    # "학사지원팀", a school's academic affairs office)
    (
        "phd",
        regex_cache.compile(
            rf"博(?<!{_LONE_HAN}博)(?<!{_TWO_LETTER_SURNAME}博)士(?![后伦倫]|後(?!期)|前期)"
            r"|박사(?![ \t]?후(?!보))"
        ),
    ),
    # ... a Japanese doctoral programme's first part, the master's ("博士前期課程"), whose
    # latter part ("博士後期課程") is the doctorate's
    ("master", regex_cache.compile(r"硕士|碩士|修士|석사|博士前期")),
    # ... and a Japanese faculty or university graduated from: "東京大学 工学部 卒業",
    # "大学卒業以上" (a university degree or more), "大卒", Korean "대졸"; not a junior
    # college's ("短期大学卒業", "短大卒", Korean "초대졸", "전문대졸") nor graduate school
    # ("大学院")
    (
        "bachelor",
        regex_cache.compile(
            r"本科|学士|學士|학(?<!전문학)사(?!지원|행정|관리|운영|팀)|学部[ \t　]*卒業"
            r"|大(?<!短期大)学[ \t　]*卒業|大(?<!短大)卒|대(?<!초대)(?<!전문대)졸"
        ),
    ),
    # ... a junior college's two-year degree: Japanese "短期大学", "短大卒", Chinese "大专",
    # Korean "전문대", "전문학사", "초대졸"; not a professional graduate school ("법학전문대학원")
    # nor colleges in general ("大专院校")
    (
        "associate",
        regex_cache.compile(r"短期大学|短大|大[专專](?!院校)|전문대(?!학원)|전문학사|초대졸"),
    ),
    *SEASIA_DEGREE_PATTERNS,
    *_MIDEAST_DEGREES,
    ("associate", regex_cache.compile(open_on_letter(_ASSOCIATE_WORDS), re.I)),
    ("secondary", regex_cache.compile(open_on_letter(_SECONDARY_WORDS), re.I)),
    # two alternatives that open on a letter, not a class: _ANY_ACRONYM below then opens on
    # letters only, and the search skips to them
    ("secondary", regex_cache.compile(r"A(?<!\wA)[- ][Ll]evels?\b|O(?<!\wO)[- ][Ll]evels?\b")),
    # Sri Lanka's G.C.E. Advanced and Ordinary Levels ("G.C.E. (A/L)", "A/L 2019", "O/L") and
    # an A-level's "A/L": school, as A-levels are
    ("secondary", regex_cache.compile(_SOUTH_ASIAN_SCHOOL)),
    ("bachelor", regex_cache.compile(_CLASS_DEGREE, re.I)),
    ("bachelor", regex_cache.compile(_CLASSED_DEGREE, re.I)),
    ("bachelor", regex_cache.compile(_BARE_DEGREE, re.I)),  # last: tests/test_properties.py
]
# re.I costs about three times as much as matching lower-cased text without it. Keyed by the
# place in DEGREE_PATTERNS: a pattern's hash is worked out from its whole code at every lookup.
_LOWER_CASE_PATTERNS = {
    index: regex_cache.compile(pattern.pattern, pattern.flags & ~re.I)
    for index, (_, pattern) in enumerate(DEGREE_PATTERNS)
    if pattern.flags & re.I
}
# (and which patterns are case-blind, without re.I's flag arithmetic per search)
_CASE_BLIND = frozenset(
    index for index, (_, pattern) in enumerate(DEGREE_PATTERNS) if pattern.flags & re.I
)
# Most lines name no degree: one search for any of the words, and one for any acronym, says
# so in a third of the time the patterns take one by one; and where they match is where the
# patterns are tried (_matches_within: each pattern's alternatives are among theirs, so a
# pattern matches only where one of them does).
_ANY_WORD = regex_cache.compile(
    open_on_letter(
        "|".join((_PHD_WORDS, _MASTER_WORDS, _BACHELOR_WORDS, _ASSOCIATE_WORDS, _SECONDARY_WORDS))
    )
    + f"|{_BARE_DEGREE}|{_CLASS_DEGREE}|{_CLASSED_DEGREE}"
)
_ANY_ACRONYM = regex_cache.compile(
    "|".join(p.pattern for _, p in DEGREE_PATTERNS if not p.flags & re.I)
)
# _ANY_WORD's alternatives, each searched on its own (_starts_of_any): a search for one skips
# ahead to its opening letter, while the alternation tries each of its ~40 letters' groups at
# every letter; together half the time. (Not so the acronyms: their alternation is as fast.)
_ANY_WORD_PARTS = tuple(regex_cache.compile(part) for part in _alternatives(_ANY_WORD.pattern))
# A text's words: each opens where no word character stands right before it
_WORDS = regex_cache.compile(r"\w+")
# Past this many characters a text opens words on most parts' letters, and finding its words
# costs more than the parts it leaves out
_GATED_CHARS = 400
# Looking behind a pattern's first character for a word character: "p(?<!\wp)", and the
# "2(?<![\w.:]2)" of a British class of degree
_NONE_BEFORE = r"\(\?<!(?:\\w|\[\\w[^\]]*\]){}\)"
# ... and behind its first word for a boundary: "degree(?<=\bdegree)"
_OPENING_WORD_BOUNDED = regex_cache.compile(r"(\w+)\(\?<=\\b\1\)")


def _opens_a_word(source: str) -> bool:
    """Every match of the pattern (its source) opens a word: its first character is a literal
    one that its lookbehinds, right after it, look at for a word character before it, or its
    first word is bounded behind."""
    first = source[:1]
    if not first.isalnum():
        return False
    if _OPENING_WORD_BOUNDED.match(source):
        return True
    lookbehinds = re.match(r"(?:\(\?<![^()]*\))*", source[1:])
    assert lookbehinds is not None  # it matches the empty string
    return re.search(_NONE_BEFORE.format(re.escape(first)), lookbehinds.group()) is not None


# Each part by the character its matches open a word on: a part whose character opens no word
# of a text finds nothing there (most lines open no word on most of the ~40 parts' letters),
# which one search for the text's words' first characters tells.
_ANY_WORD_PARTS_BY_OPENING: dict[str, list[re.Pattern[str]]] = {}
for _part in _ANY_WORD_PARTS:
    _ANY_WORD_PARTS_BY_OPENING.setdefault(_part.pattern[0], []).append(_part)
if not all(_opens_a_word(p.pattern) and not p.flags & re.I for p in _ANY_WORD_PARTS):
    raise ValueError("each degree word must open a word on its first character, as written")


def _degree_word_starts(lowered: str) -> list[int]:
    """_starts_of_any(_ANY_WORD_PARTS, lowered), searching in a line only the parts whose
    character opens one of its words (a line opens a dozen words: most parts are left out)."""
    if len(lowered) > _GATED_CHARS:
        return _starts_of_any(_ANY_WORD_PARTS, lowered)
    openings = {word[0] for word in _WORDS.findall(lowered)}
    by_opening = _ANY_WORD_PARTS_BY_OPENING
    parts = tuple(part for first in openings & by_opening.keys() for part in by_opening[first])
    return _starts_of_any(parts, lowered)


# The patterns of Chinese, Japanese and Korean degrees (本科, 修士, 박사): searched only in a text
# that holds such a letter
_EAST_ASIAN_PATTERNS = frozenset(
    index
    for index, (_, pattern) in enumerate(DEGREE_PATTERNS)
    if EAST_ASIAN_LETTER.match(pattern.pattern)
)
# The case-blind patterns of Vietnamese, Indonesian, Malay and Thai degrees: searched only in
# a text that may hold one (seasia_degrees.may_hold)
_SEASIA_WORD_PATTERNS = frozenset(
    index
    for index, (_, pattern) in enumerate(DEGREE_PATTERNS)
    if pattern.flags & re.I and any(pattern is p for _, p in SEASIA_DEGREE_PATTERNS)
)

# The patterns of Hebrew, Arabic and Greek degrees: searched only in a text that holds such a
# letter
_MIDEAST_LETTER = regex_cache.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0590-\u05ff\u0600-\u06ff]")
_MIDEAST_PATTERNS = frozenset(
    index
    for index, entry in enumerate(DEGREE_PATTERNS)
    if any(entry is mideast for mideast in _MIDEAST_DEGREES)
)
# The two groups above are case-blind patterns whose words _ANY_WORD leaves out: each searches
# the whole text on its own, where its letters are
_OWN_SEARCH = _SEASIA_WORD_PATTERNS | _MIDEAST_PATTERNS

# Patterns that rarely match, searched only in a text holding one of the strings every match
# holds (as searched: a case-blind pattern's in the lower-cased text): a substring test costs
# a fraction of the pattern's search, which stops at each of its opening letters. Keyed by how
# each pattern opens (tests/test_speedext_fast_paths.py checks each pattern's matches hold one).
_NORDIC_I = (" i ", "\ti", "i\t")  # _NORDIC_FIELD's "i" between blanks
_NEEDED_BY_OPENING = {
    _ING: ("ng.", "gr."),  # "Ing.", "Mgr."
    r"B(?<!\wB)c\.": ("c.", "ng."),  # "Bc.", "Ing."
    r"M(?<!\wM)aster[ \t]+i": _NORDIC_I,
    r"B(?<!\wB)achelor[ \t]+i": _NORDIC_I,
    r"A(?<!\wA)[- ][Ll]evel": ("level", "Level"),
    r"G(?<!\wG)\.?": ("/L", "Level"),
    r"B(?<!\wB)TS": ("BTS", "DUT"),
    r"L(?<![\w/]L)3": ("L3", "M1", "BUT"),
    r"M(?<![\w/]M)2": ("M2", "M1"),
    "a(?<!\\wa)(?:ssociate": (
        *("associate", "a.a.s", "adn", "diploma", "hnd", "bac", "tecn"),
        "lisans",  # the Turkish "ön lisans"
    ),
}
_NEEDED = {
    index: words
    for index, (_, pattern) in enumerate(DEGREE_PATTERNS)
    for opening, words in _NEEDED_BY_OPENING.items()
    if pattern.pattern.startswith(opening)
}


def _starts(wide: re.Pattern[str], text: str) -> list[int]:
    """Where `wide` matches in the text, in order: where each match its search finds starts,
    and each place within one where it matches as well."""
    starts: list[int] = []
    for found in wide.finditer(text):
        start, end = found.span()
        starts.append(start)
        starts.extend(at for at in range(start + 1, end) if wide.match(text, at))
    return starts


def _starts_of_any(parts: tuple[re.Pattern[str], ...], text: str) -> list[int]:
    """_starts of the alternation of `parts`: where any part matches, in order."""
    return sorted({start for part in parts for start in _starts(part, text)})


def _matches_within(
    pattern: re.Pattern[str], text: str, starts: list[int]
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), tried only at `starts`: where a wider pattern (an alternation of
    this one's alternatives and others) matches, so wherever this one does (_starts). Most
    texts name a few degrees: a few tries instead of a search of every letter."""
    at = 0  # where the last match ended: matches do not overlap
    for start in starts:
        if start >= at and (found := pattern.match(text, start)):
            yield found
            at = found.end()


def _may_match(index: int, searched: str) -> bool:
    """Whether DEGREE_PATTERNS[index] may match `searched` (the text it searches), as far as
    the strings its matches need tell."""
    needed = _NEEDED.get(index)
    return needed is None or any(word in searched for word in needed)


# Microsoft's tools after a comma too: "MS, Excel and PowerPoint" (not "MS, Project Management")
_MS_TOOL_LISTED = (
    r"|[ \t]*,[ \t]*(?:office|excel|word|access|visio|outlook|powerpoint|teams|sharepoint)\b"
)
# A two-letter acronym with another after a slash: a degree only beside another degree's
# ("MS/PhD", "BS/MS", "ME/MTech"); else what the pair names ("ME/CFS", "BA/BI", "MS/Excel")
_SLASHED_WORDS = frozenset({"ms", "ma", "me", "ba", "bs", "be"})
_SLASHED_OTHER = regex_cache.compile(r"/[ \t]*([A-Za-z]{2,8})\b")
_DEGREE_ACRONYMS = frozenset(
    "MS MA ME BS BA BE MSC BSC MENG BENG MBA MPH MFA BFA MTECH BTECH MPHIL DPHIL PHD MD JD"
    " MRES MSE BSE MASC BASC MCA BCA MCOM BCOM LLB LLM EDD DBA MASTER MASTERS BACHELOR"
    " BACHELORS DOCTORATE CS EE CE ECE CSE IT".split()
)
_FIELD_NAMED = regex_cache.compile(_FIELD_WORD)
# A depth of work, not a degree: "PhD-level problems", "PhD level research", "MBA-level
# thinking" ("PhD-level degree", "PhD level education", "Masters level in Data Science",
# "MBA-level study" name one)
_LEVEL_OF_WORK = regex_cache.compile(
    r"[ \t]?-?[ \t]?level[ \t]+(?!(?:degree|education|qualifications?|or|and|in|of|from"
    r"|study|studies|programmes?|programs?|coursework|courses?)\b)"
    r"[a-z]"
)
# Tool names that follow "MS"/"M.S." ("MS-Word", "M.S. Office"): not a master's degree.
_MS_TOOL = regex_cache.compile(
    r"[\s.\-–]*(?:office|excel|word|access|dos|project|visio|sql|windows|outlook|powerpoint"
    r"|teams|dynamics|paint|azure|sharepoint|exchange|crm|publisher|navision)\b" + _MS_TOOL_LISTED,
    re.I,
)
# Those who live with multiple sclerosis, which is written "MS": "patients with MS", "adults
# diagnosed with MS"; not "candidates with MS preferred"
_LIVING_WITH_BEFORE = regex_cache.compile(
    r"\b(?:patients?|people|persons?|individuals|adults|children|kids|subjects|cohorts?"
    r"|living|diagnosed|affected)[ \t]+with[ \t]+$",
    re.I,
)
# ... unless a degree is named beside it or its field after it: "Individuals with MS or PhD",
# "People with MS in Computer Science", "MS degree"
_DEGREE_NAMED_AFTER = regex_cache.compile(
    rf"[ \t]*degree\b|{_ANOTHER_DEGREE}|[ \t]+in[ \t]+(?:[A-Za-z]+[ \t]+){{0,2}}?{_FIELD_WORD}",
    re.I,
)
# "Boston, MA, USA", "Boston, MA (Remote)": US states spelled like degrees, after a city and
# without a degree cue; in brackets only a field is one ("MA (Economics)").
_STATES = {"ma", "me", "ms"}
_CITY_BEFORE = regex_cache.compile(r"[a-z]{2,}\.?,\s*$")
# "Starkville MS, May 2011 - ..."
_TOWN_WORD_BEFORE = regex_cache.compile(r"\b[A-Z][a-z]{2,}[ \t]+$")


_NOT_A_TOWN = regex_cache.compile(rf"\w+(?:ed|ing)|has|have|holds?|got|{_FIELD_WORD}", re.I)


# US states' codes that spell no degree (nor "IN", "OR"), beside a code in a list of states:
# "clients in MA, NY and CT", "NJ/MA"; not "MS, MA or PhD"
_PLAIN_STATE = (
    r"(?-i:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADL]|K[SY]|LA|M[INOT]|N[CDEHJMVY]|O[HK]|PA|RI"
    r"|S[CD]|T[NX]|UT|V[AT]|W[AIVY])"
)
_STATE_LIST_JOIN = r"[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*(?:(?:and|or)[ \t]+)?"
_STATE_NEXT = regex_cache.compile(rf"{_STATE_LIST_JOIN}{_PLAIN_STATE}\b")
_STATE_BEFORE = regex_cache.compile(rf"\b{_PLAIN_STATE}{_STATE_LIST_JOIN}$")


# ... a list of codes that a degree's word closes is of degrees: "MS, PA or MD degree" (a
# physician assistant's), "MS, PA or PhD"
_DEGREES_CLOSE_THE_LIST = regex_cache.compile(
    rf"(?:{_STATE_LIST_JOIN}(?-i:[A-Z]{{2}})\b){{1,3}}"
    r"(?:[ \t]+(?:degrees?|qualifications?|credentials?)\b"
    rf"|{_STATE_LIST_JOIN}(?:Ph\.?\s?D\b|(?-i:MD|DO|MBA|MPH|DNP|PharmD)\b))",
    re.I,
)

# ... unless a place's word opens it: "offices in MS, PA or MD"
_A_PLACE_OPENS = regex_cache.compile(r"\b(?:in|across|from|throughout|at|near|to)[ \t]+\Z", re.I)


def _among_state_codes(text: str, start: int, end: int) -> bool:
    """A code in a list of US states' codes: "in MA, NY and CT", "NY, MA"."""
    return bool(
        _STATE_NEXT.match(text, end) or _STATE_BEFORE.search(text, max(0, start - 12), start)
    )


def _town_before(text: str, start: int) -> bool:
    """A town's name right before a state's code, with no comma between: a place; not a field
    ("Computer Science MS") or a verb ("Received MS, 2015")."""
    town = _TOWN_WORD_BEFORE.search(text, max(0, start - 30), start)
    return town is not None and not _NOT_A_TOWN.fullmatch(town.group().strip())


_DEGREE_AFTER = regex_cache.compile(
    rf"[ \t]*(?:in\b|of\b|degree)|[ \t]+{_FIELD_WORD}"
    rf"|[ \t]*\([ \t]*(?:[A-Za-z]+[ \t]+)?{_FIELD_WORD}"
)
_ROLE_BEFORE = regex_cache.compile(r"\b(?:senior|junior|sr|jr|lead|an?)\W*$", re.I)
# A federal job's pay fields beside its "Grade: 12": "Series: 0343  Pay Plan: GS  Grade: 12
# Step: 3", "Highest Grade Held: 12"; "series" and "step" as a form's fields, with a colon or
# a number, not in a school's name ("Step by Step School", "Science Series")
_PAY_FIELDS = regex_cache.compile(
    r"\b(?:pay\s*plan|grade\s+held)\b|\b(?:series|step|salary)[ \t]*:|\b(?:series|step)[ \t]+\d"
    r"|(?-i:\bGS\b)",
    re.I,
)
_STATUS_BEFORE = regex_cache.compile(r"(?:status|single|unmarried)\W*$", re.I)
# A role's word before a Nordic "master i": "Scrum Master i teamet", "Game master i dag", "Quiz
# Master i have been"; not a degree's kind ("Executive Master i ledelse") nor a verb ("Fullført")
_A_ROLES_MASTER = regex_cache.compile(
    r"\b(?:scrum|game|quiz|dungeon|release|build|test|web|chess|grand|toast)[ \t]+\Z", re.I
)
_NORDIC_MASTER = regex_cache.compile(rf"master{_NORDIC_FIELD}", re.I)
# A high school named with a job there is a workplace: "High School Mathematics Teacher"...
_SCHOOL_JOB_AFTER = regex_cache.compile(
    r"\s+(?:[A-Za-z]+\s+){0,2}(?:teachers?|students?|principal|counsell?ors?|coach|instructors?"
    r"|educators?|tutors?|teaching|classroom|coordinators?|examiners?)\b",
    re.I,
)
# ... or "Chemistry Teacher — Travis Heights High School"
_SCHOOL_JOB_BEFORE = regex_cache.compile(
    r"\b(?:teachers?|principal|counsell?ors?|coach|instructors?|educators?|tutors?|librarian"
    r"|substitute)\b[^\n]{0,50}$",
    re.I,
)
# ... or on the title line beside the school's, in a job's entry: "Mathematics Teacher" above
# or below "Whetstone High School, Columbus, OH | Aug 2015 - Jun 2023"
_SCHOOL_JOB_TITLE = regex_cache.compile(
    r"[ \t]*(?:[^\W\d_][\w.&-]*[ \t,/]+){0,4}(?:teachers?|principal|counsell?ors?|coach"
    r"|instructors?|educators?|tutors?|librarian|substitute)\b",
    re.I,
)
_SCHOOL_BEFORE = regex_cache.compile(
    r"(?:school|secondary|ged|1[02]th|hsc|ssc|baccalaureate|\bib)\W*$", re.I
)
_SCHOOL_AFTER = regex_cache.compile(r"[ \t]+di[ \t]+maturit", re.I)  # "Diploma di maturità"
# A craft school's diploma, a vocational certificate and no degree: "Culinary Arts Diploma",
# "Diploma in Pâtisserie" (not a polytechnic's "Diploma in Computer Engineering")
_CRAFT = (
    r"(?:culinary|cookery|pastry|p[aâ]tisserie|baking|bakery|hairdressing|barbering"
    r"|cosmetology|beauty[ \t]+therapy|floristry|bartending|mixology)"
)
_CRAFT_BEFORE = regex_cache.compile(rf"\b{_CRAFT}(?:[ \t]+arts?)?[ \t]+\Z", re.I)
_CRAFT_AFTER = regex_cache.compile(rf"[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?{_CRAFT}\b", re.I)
# A degree being studied for is not held; a degree named while teaching is not the writer's.
_PURSUED_AFTER = regex_cache.compile(
    r"\W{0,3}(?:student|candidate|scholar|aspirant|\(?\s*(?:pursuing|ongoing|in progress))\b"
    # ... or after the field: "M.S. Data Science student"; not a students' body beside a held
    # degree ("BA Economics Student Association")
    r"|\W{0,3}(?:[a-z&]+[ \t]+){1,3}?(?:student|candidate)\b"
    r"(?![ \t]+(?:association|government|union|club|council|ambassador|society|senate|body"
    r"|organi[sz]ation|chapter|services|affairs"
    # ... nor a student's honour or post beside it ("B.S. Biology Student Athlete of the Year")
    r"|athletes?|exchange|mentors?|representatives?|leaders?|volunteers?|of[ \t]+the[ \t]+year"
    r"|awards?|orientation|success|life|housing|newspaper|magazine|senators?|trustees?))",
    re.I,
)
_PURSUED_BEFORE = regex_cache.compile(  # on its line
    r"\b(?:pursuing|currently doing|enrolled in|studying|final year|candidate for"
    r"|(?:first|second|third|fourth|1st|2nd|3rd|4th) year)[ \t]+(?:(?:a|an|my|the|of)[ \t]+)*$",
    re.I,
)
_TEACHING_BEFORE = regex_cache.compile(
    r"\b(?:taught|teach(?:ing)?|classes\s+(?:for|to)|lectures?\s+(?:for|to)|guided)\b"
    r"[^;|\n]{0,30}\Z",
    re.I,
)
# ... or its supervision ("PhD supervision"; not "PhD (supervision: Prof. Kim)", "PhD,
# supervision by ...", "PhD supervision: Dr Kim", the writer's own)
_SUPERVISOR_AFTER = (
    r"(?:[ \t]+|-)(?:supervision|supervisors?|begeleid(?:er|ers|ing|ster))\b"
    r"(?![ \t]+(?:by|from|under)\b)"
    r"(?![ \t]*[:\-–—][ \t]*(?:prof(?:essor)?|dr)\b)"
)
_TEACHING_AFTER = regex_cache.compile(
    r"\W{0,3}(?:courses|classes|students|studenten|batch(?:es)?)\b"
    # ... or the job of a supervisor ("PhD supervisor", the Dutch "PhD-begeleider")
    rf"|{_SUPERVISOR_AFTER}",
    re.I,
)
# In a posting, the job of supervising a degree's students, not the degree asked: "PhD
# supervisor experience", "Experience supervising PhD students"
_SUPERVISOR_AFTER_ALONE = regex_cache.compile(_SUPERVISOR_AFTER, re.I)
_SUPERVISING_JUST_BEFORE = regex_cache.compile(
    r"\b(?:co-?)?supervis(?:e|es|ed|ing)[ \t]+(?:(?:of|\d+|a|an|the)[ \t]+)?\Z", re.I
)
# A course's level in brackets on a teacher's line: "Teaching Assistant, Introduction to
# Machine Learning (PhD)", "2018-2020  Graduate TA - Statistical Learning (Master's level)",
# "Module leader, Computer Vision (MSc)"
_COURSE_LEVEL_AFTER = regex_cache.compile(r"(?:['’]s)?[ \t]*(?:level[ \t]*)?\)", re.I)
_TEACHER = regex_cache.compile(
    r"\b(?:(?i:teaching[ \t]+(?:assistant|fellow|aide)|course[ \t]+assistant"
    r"|instructional[ \t]+aide|instructor|lecturer|grader|tutor|demonstrator"
    r"|(?:module|course)[ \t]+(?:leader|lead|convenor|convener|organi[sz]er|coordinator))|TA)\b"
)
# Supervising others' degrees ("Co-supervise 3 PhD students and 5 MSc dissertations")
_SUPERVISING_BEFORE = regex_cache.compile(
    r"\b(?:(?:co-?)?supervis\w*|mentor(?:ed|ing|s)?|advis(?:e|ed|ing))\b(?!\s+by\b)"
    r"[^;|\n]{0,50}\Z",
    re.I,
)
# An award named after a degree is no degree: "Google PhD Fellowship finalist"
_AWARD_AFTER = regex_cache.compile(
    r"[ \t]*(?:fellows?(?:hip)?s?|scholarships?|studentships?|grants?|awards?|prizes?)\b", re.I
)
# ... nor, in a posting, the post it offers: "a fully funded PhD studentship", "two PhD
# positions", "the PhD project will ..."
_POST_AFTER = regex_cache.compile(
    r"[ \t]*(?:studentships?|scholarships?|fellowships?|positions?|places?|vacanc(?:y|ies)"
    r"|projects?|opportunit(?:y|ies))\b",
    re.I,
)

FIELDS: dict[str, tuple[str, ...]] = {
    "computer science": (
        "computer science",
        "computing",
        "computer engineering",
        "software engineering",
        "information technology",
        "informatics",
        "informatik",
        "informatiker",
        "informatique",
        "informatica",
        "informática",
        "informatikk",  # Norwegian, Swedish, Danish, Polish
        "datavetenskap",
        "datateknik",
        "datalogi",
        "informatyka",
        "ciência da computação",  # Portuguese
        "ciências da computação",
        "engenharia de computação",
        "ciencias de la computación",  # Spanish
        "ciencia de la computación",
        "scienze informatiche",  # Italian
        "dipl.-inf",
        "cs",
        "cse",
        "pgdca",  # a postgraduate diploma in computer applications
        # India's Bachelor and Master of Computer Applications, Pakistan's BS in Computer
        # Science, Software Engineering or IT written as one word
        *("mca", "bca", "computer applications", "bscs", "mscs", "bsse", "bsit"),
        "ilmu komputer",  # Indonesian, Malay, Vietnamese, Thai
        "informatika",
        "sains komputer",
        "sistem informasi",
        "khoa học máy tính",
        "công nghệ thông tin",
        "kỹ thuật phần mềm",
        "วิทยาการคอมพิวเตอร์",
        "วิศวกรรมคอมพิวเตอร์",
        "计算机",  # Chinese, Japanese, Korean
        "計算機",
        "软件工程",
        "軟件工程",
        "軟體工程",
        "情報工学",
        "情報科学",
        "컴퓨터공학",
        "컴퓨터과학",
        "전산학",
        "소프트웨어공학",
        "کامپیوتر",  # Persian and Arabic: computer (engineering, science), software
        "نرمافزار",
        "نرم افزار",
        "علوم الحاسوب",
        "علوم الحاسب",
        "هندسة الحاسوب",
        "هندسة الحاسب",
        "هندسة البرمجيات",
        "информатик",  # Russian and Ukrainian
        "інформатик",
        "компьютерные науки",
        "комп'ютерні науки",
        "комп’ютерні науки",
        "вычислительная техника",
        "программная инженерия",
        "програмна інженерія",
    ),
    "artificial intelligence": (
        "artificial intelligence",
        "machine learning",
        " ai",
        "inteligencia artificial",
        "inteligência artificial",
        "intelligence artificielle",
        "intelligenza artificiale",
        "aprendizaje automático",
        "aprendizado de máquina",
        "apprentissage automatique",
        "apprendimento automatico",
        "kecerdasan buatan",
        "trí tuệ nhân tạo",
        "人工智能",
        "人工知能",
        "인공지능",
        "هوش مصنوعی",  # Persian and Arabic
        "یادگیری ماشین",
        "الذكاء الاصطناعي",
        "التعلم الآلي",
        "искусственный интеллект",
        "машинное обучение",
        "штучний інтелект",
    ),
    "data science": (
        "data science",
        "data analytics",
        "analytics",
        "ciencia de datos",
        "ciencias de datos",
        "ciência de dados",
        "science des données",
        "sciences des données",
        "scienza dei dati",
        "sains data",
        "khoa học dữ liệu",
        "วิทยาการข้อมูล",
        "数据科学",
        "數據科學",
        "データサイエンス",
        "데이터과학",
        "데이터사이언스",
        "علم داده",  # Persian and Arabic
        "علوم داده",
        "علم البيانات",
        "علوم البيانات",
        "наука о данных",
        "анализ данных",
        "науки про дані",
    ),
    "mathematics": (
        "mathematics",
        "applied math",
        "maths",
        "math",
        "mathematik",
        "wiskunde",  # Dutch
        "matematik",  # Swedish, Danish, Norwegian, Polish
        "matematikk",
        "matematyka",
        "mathématiques",
        "matematica",
        "matemática",
        "matemáticas",
        "dipl.-math",
        "matematika",
        "toán học",
        "คณิตศาสตร์",
        "数学",
        "數學",
        "ریاضی",  # Persian and Arabic
        "الرياضيات",
        "математик",
    ),
    "statistics": (
        "statistics",
        "statistical",
        "biostatistics",
        "statistik",
        "statistikk",
        "statystyka",
        "statistica",
        "statistique",
        "statistiques",
        "estadística",
        "estatística",
        "statistika",
        "thống kê",
        "สถิติ",
        "统计",
        "統計",
        "통계학",
        "آمار",  # Persian and Arabic
        "الإحصاء",
        "الاحصاء",
        "статистик",
    ),
    "physics": (
        "physics",
        "physik",
        "natuurkunde",  # Dutch
        "fysik",  # Swedish, Danish, Norwegian, Polish
        "fysikk",
        "fizyka",
        "physique",
        "fisica",
        "física",
        "dipl.-phys",
        "fisika",
        "vật lý",
        "物理学",
        "물리학",
        "فیزیک",  # Persian and Arabic
        "الفيزياء",
        "физик",
        "фізик",
    ),
    "electrical engineering": (
        "electrical",
        "electronics",
        "ece",
        "eee",
        "elektrotechnik",
        "elettronica",
        "électronique",
        "electrónica",
        "teknik elektro",
        "điện tử",
        "مهندسی برق",  # Persian and Arabic
        "الهندسة الكهربائية",
        "هندسة كهربائية",
        "электротехник",
        "радиотехник",
        "електротехнік",
    ),
    # a quant's field of its own, before the engineering and the finance in its name
    "financial engineering": (
        *("financial engineering", "quantitative finance", "computational finance"),
        "mathematical finance",
    ),
    "engineering": (
        *("engineering", "dipl.-ing", "ingegneria", "ingeniería", "engenharia"),
        *("مهندسی", "هندسة"),  # Persian and Arabic
    ),
    "economics": (
        *("economics", "econometrics", "finance", "economía", "economia", "économie"),
        *("اقتصاد", "الاقتصاد", "экономик", "економік"),
    ),
    "business": (
        *("business", "management", "commerce", "mba", "pgdm", "pgdba"),
        *("مدیریت", "إدارة الأعمال", "ادارة الاعمال", "менеджмент"),
    ),
}

# A field follows "in", "of", a comma or a dash, or a degree's acronym ("MSc Robotics").
_FIELD_AFTER = regex_cache.compile(
    r"(?:(?P<in>\bin\b)|(?P<of>\bof\b)|,|(?<!ipl\.)-|–|:"
    r"|(?<![\w.])(?:[BM]\.?\s?(?:Sc|S|A|E|Eng|Tech|Com)|Ph\.?\s?D|S[123])\.?(?=[ \t])"
    r"|\b(?:[Cc]ử[ \t]+nhân|[Tt]hạc[ \t]+sĩ|[Tt]iến[ \t]+sĩ)(?=[ \t]))"  # "Cử nhân Ngôn ngữ Anh"
    r"\s*(?P<field>[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[&.\- ]){2,60})"
)

# Text whose line breaks were lost (FLATTENED_LINE) keeps them as runs of spaces.
_WIDE_GAP = regex_cache.compile(r"[ \t]{3,}")
_CHUNK = regex_cache.compile(r"\S+(?:[ \t]\S+)*")
RESUME_SECTIONS = frozenset(HEADINGS) - POSTING_SECTIONS


_FIELD_CUES = {
    field: regex_cache.compile(
        rf"(?<![a-z])(?:{'|'.join(re.escape(cue.strip()) for cue in cues)})(?![a-z])"
    )
    for field, cues in FIELDS.items()
}


def _labelled_field(text: str, end: int) -> str | None:
    """A field labelled on the line after the degree's: "Major: Statistics"."""
    found = _FIELD_LABEL.match(text, end + 1) if text[end : end + 1] == "\n" else None
    return (field_of(found.group(1)) or found.group(1).strip()[:60]) if found else None


def is_field_of_study(text: str) -> bool:
    """ "Computer Science", "Mathematics", "Statistics": a known field of study."""
    lowered = text.lower().strip()
    return any(
        (found := cue.search(lowered)) is not None and found.group() == lowered
        for cue in _FIELD_CUES.values()
    )


_SCHOOL_BEFORE_OF = regex_cache.compile(r"\b(?:University|Universidad|College)[ \t]*$", re.I)


# Where a posting's degree line goes on to the years it asks with the degree, whose area is
# the work's, not the degree's field: "... in Statistics and 5 years of experience in data
# science", "... in Physics, or 4+ years in machine learning"
_YEARS_WITH_DEGREE = regex_cache.compile(
    r"[ \t]*[,;]?[ \t]+(?:and|or|with|plus|\+)[ \t]+"
    r"(?:at[ \t]+least[ \t]+|a[ \t]+minimum[ \t]+of[ \t]+)?\d{1,2}\+?[ \t]*(?:years?|yrs?)\b",
    re.I,
)


def _without_years_clauses(line: str) -> str:
    """The line without the years asked with a degree, each up to the next degree named
    ("Bachelor's degree with 4+ years of experience, or Master's degree in Computer Science
    with 2+ years" keeps "Bachelor's degree ... Master's degree in Computer Science")."""
    years = _YEARS_WITH_DEGREE.search(line)
    if years is None:
        return line
    starts = [start for _, start, _ in degree_mentions(line)]
    kept: list[str] = []
    at = 0
    while years is not None:
        kept.append(line[at : years.start()])
        at = next((start for start in starts if start >= years.end()), len(line))
        years = _YEARS_WITH_DEGREE.search(line, at)
    return " ".join([*kept, line[at:]])


def field_of(line: str, within: int | None = None) -> str | None:
    """The degree's field, normalised to a known area when possible; one written after a
    separator ("in", "of", a dash) only when the separator starts by `within`, if given."""
    line = _without_years_clauses(line)
    lowered = line.lower()
    for field, cue in _FIELD_CUES.items():
        if any(_the_field(lowered, found.start()) for found in cue.finditer(lowered)):
            return field
    for found in _FIELD_AFTER.finditer(line):
        if within is not None and found.start() > within:
            break
        if _CUT_WORD.match(line, found.end("field")) or _CUT_AT_DIGIT.match(line, found.end()):
            continue  # "- You don't need a graduate degree", "- Pendidikan minimal S1": a word cut
        if found.group("of") and _SCHOOL_BEFORE_OF.search(line, 0, found.start()):
            continue  # "University of Lagos, MSc": the school's place, not the field
        parts = re.split(r"\s[-–]\s", found.group("field"))
        if _BULLET.fullmatch(line, 0, found.start("field")):
            parts = parts[1:]  # "- HND holders may apply": a bullet's dash, then the degree
        for part in parts:
            named = _parts_field(part, found)
            if named is not None and within is not None:
                named = _first_words(named) or None  # "B.Com Skill Details": no field
            if named is not None:
                return named
    return None


def _parts_field(part: str, found: re.Match[str]) -> str | None:
    """The field a part of the text after a separator (`found`) names, if any."""
    if _INSTITUTION.search(part) or (not found.group("in") and _school_and_town(part)):
        return None  # not "University of Utah", nor "Diplôme d'ingénieur, INSA Lyon"
    # "Bachelor of Science in Nursing": the field follows the last "in"
    field = part.rsplit(" in ", 1)[-1].strip()
    honours = _HONOURS.match(field)
    field = field[honours.end() :] if honours else field  # "BSc Honours Information Systems"
    # a role's cell before the degree's: "Degree Apprentice, BSc Digital Technology Solutions"
    letters = _DEGREE_OPENING.match(field)
    field = field[letters.end() :] if letters else field
    if not field or _NOT_A_FIELD.match(field) or _DEGREE_ITSELF.fullmatch(field):
        return None
    if found.group("of") and _DEGREE_NAME.fullmatch(part.strip()):
        return None  # "Bachelor of Science, Information Systems": the degree's own name
    return field if found.group("in") or not _ABBREVIATION.fullmatch(field) else None


_FIELD_WORDS = 3  # "Mechanical and Automation", "English Literature"
# A job title or a label after the field in a flattened line: "English Teacher", "Skill Details"
_NEXT_ENTRY = regex_cache.compile(
    r"(?:teachers?|engineers?|analysts?|managers?|developers?|consultants?|executives?"
    r"|officers?|assistants?|scientists?|skills?|details|company|experience)",
    re.I,
)


def _the_field(lowered: str, at: int) -> bool:
    """Whether a field's cue at `at` names the degree's field: not a minor ("B.A. Economics
    (minor in Statistics)" is economics) nor informatics of care ("Health Informatics")."""
    before = max(0, at - 20)
    return not _MINOR_BEFORE.search(lowered, before, at) and not _CARE_BEFORE.search(
        lowered, before, at
    )


def _first_words(field: str) -> str:
    """A field read in a flattened line: its first few words, up to a job title's or a
    label's word, or a word said again (the field's "English" in the title "English
    Teacher"); none when such a word opens it ("B.Com Skill Details")."""
    kept: list[str] = []
    for word in field.split()[:_FIELD_WORDS]:
        if _NEXT_ENTRY.fullmatch(word) or word in kept:
            break
        kept.append(word)
    return " ".join(kept)


_CUT_WORD = regex_cache.compile(r"['’]\w")
_CUT_AT_DIGIT = regex_cache.compile(r"(?<=\w)\d")  # a level's letter cut from its digit: "S|1"
# A list's bullet dash opening the line, before the degree: no separator before a field
_BULLET = regex_cache.compile(r"[ \t]*[-–][ \t]*")
# An honours degree's word where its field would follow: "BA Honours degree", "BSc Hons"
_HONOURS = regex_cache.compile(r"(?:(?:\(?hons\.?\)?|honou?rs)(?:[ \t]+degree)?\b[ \t]*)?", re.I)
# Care before "informatics": "Health Informatics", "Nursing Informatics" study care's records
_CARE_BEFORE = regex_cache.compile(
    r"\b(?:health|healthcare|nursing|clinical|medical|biomedical|pharmacy)\s+(?=$)"
)
_MINOR_BEFORE = regex_cache.compile(r"\bminor(?:ing)?(?:\s+(?:in|of))?\s*:?\s*$")
# The field on a line of its own under the degree: "Major: Statistics"
# ... or on a line of its own over its value, as a careers site's profile sets its fields
# ("Field of Study", then "Analytics")
_FIELD_LABEL = regex_cache.compile(
    r"[ \t]*(?:major|field(?: of study)?|concentration|speciali[sz]ation|specialty)"
    r"(?:\s*[:\-–]\s*|[ \t]*\n[ \t]*)(.+)",
    re.I,
)
# A date ("June 2023") or what names the degree's work ("M.Tech Project") is not a field.
_NOT_A_FIELD = regex_cache.compile(
    rf"{_DATE_WORD}|(?i:project|thesis|dissertation|student|candidate|course|program)"
    # the kind of degree, after the master's of a pair: "BS-MS dual degree", "B.Tech-M.Tech
    # Dual Degree"
    r"|(?:M[\w.]{0,6}[ \t]+)?(?i:dual|joint|combined|integrated|double)[ \t-]+(?i:degree)\b"
)
_DEGREE_NAME = regex_cache.compile(
    r"(?:applied |fine |liberal )?(?:sciences?|arts|philosophy|technology|laws)", re.I
)
# A school's abbreviation ("MSc Robotics, CMU"), unless it follows "in" ("B.E. in ENC") or is
# a field's acronym ("B.Tech, MIS").
# A degree's dotted abbreviation after a bullet's dash: "- Ph.D., Computational Linguistics"
_DOTTED_DEGREE = regex_cache.compile(r"(?:[A-Z][A-Za-z]{0,3}\.[ \t]?){2,4}")
# A degree's own letters where a field may stand: "B.Sc.", "M. Tech", "MSc", "PhD"
_DEGREE_ITSELF = regex_cache.compile(
    rf"{_DOTTED_DEGREE.pattern}|[BM](?:Sc|Eng|Tech|Phil|Res|Ed)\.?|Ph\.?D\.?"
)
# ... opening the words after a separator, before the field
_DEGREE_OPENING = regex_cache.compile(rf"(?:{_DEGREE_ITSELF.pattern})[ \t]+(?=[A-Z])")
_ABBREVIATION = regex_cache.compile(r"(?!(?:MIS|ECE|CSE|EEE|EIE|IT|EE|ME|CS|AI|ML|HR)$)[A-Z]{2,6}")


def _school_and_town(part: str) -> bool:
    """A school's abbreviation and its town, as French schools name themselves: "INSA Lyon",
    "ENSAE Paris", "ENS Paris-Saclay", or a school known by its first word and its place
    ("Télécom Paris", "FATEC São Paulo"); not a field's acronym ("IT Management")."""
    words = part.split()
    if len(words) == 2 and _ABBREVIATION.fullmatch(words[0]) and _TOWN.fullmatch(words[1]):
        return True
    return _KNOWN_SCHOOL_AND_PLACE.fullmatch(part.strip()) is not None


# A town's name: "Lyon", "Paris-Saclay"; not a field's word ("Management")
_TOWN_NAME = rf"(?!{_FIELD_WORD})[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*"
_TOWN = regex_cache.compile(_TOWN_NAME)
# ... after a school's own first word: French schools', Brazil's Faculdade de Tecnologia
_KNOWN_SCHOOL_AND_PLACE = regex_cache.compile(
    rf"(?:{_FRENCH_SCHOOL}|FATEC\b|ETEC\b)(?:[ \t]+(?:{_TOWN_NAME}|[A-Z][a-z]*[A-Z]\w*))+"
)


# The name of a school ("University of Utah", "Oregon State University"), not "School
# Counseling".
_INSTITUTION = regex_cache.compile(
    r"\b(?:University|College|Institute|School|Academy)\s+(?:of|for)\b"
    r"|\b\w+\s+(?:University|College|Institute|Polytechnic)\b"
    r"|\bUniversi(?:ty|dad|dade|tät|té|tà|ta|te|tas|ti|tet|tetet|teit)\b"
    r"|\b(?:Uniwersytet\w*|Politechnik\w*|Hogeschool|Högskola\w*)"
    r"|\b(?:[ÉE]cole|Lyc[ée]e|Politecnico|Hochschule"
    r"|Đại[ \t]+học|Học[ \t]+viện"  # Vietnamese: a university, an academy
    r"|Fachhochschule|Polytechnique|Istituto|Instituto|Institut)\b",
    re.I,
)


def names_a_school(text: str) -> bool:
    """Whether the text names a school ("University of Leeds", "Leeds Beckett University")."""
    return _INSTITUTION.search(text) is not None


# A title before a person's name is no degree of the writer's ("Prof. Dr.-Ing. Hans Müller",
# a referee); the name is two or three capitalised words, then the end of the clause.
_TITLES = ("dr.", "dipl.", "diplom-")
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?"
_PERSON_AFTER = regex_cache.compile(
    rf"[ \t]+(?:{_CAPITALISED}[ \t]+){{1,2}}(?:(?:von|van|de|di|da|del|der|zu)[ \t]+)?"
    rf"{_CAPITALISED}(?=[ \t]*(?:$|[,(;|]))",
    re.M,
)


_YEAR_AFTER = regex_cache.compile(r"[ \t]*[,:(-]?[ \t]*(?:19|20)\d\d\b")


def _initials_after_name(text: str, start: int, end: int) -> bool:
    """ "Ravi B.A, Pune": a given name's initials, written without the last dot; a degree
    has a field or a year after it ("B.A History", "Completed B.A, 2015")."""
    undotted = "." in text[start:end] and not text[start:end].endswith(".")
    return (
        undotted
        and not _DEGREE_AFTER.match(text, end)
        and not _YEAR_AFTER.match(text, end)
        and _town_before(text, start)  # a capitalised word before, not a verb or a field
    )


def _is_false_friend(text: str, start: int, end: int, level: DegreeLevel) -> bool:
    """Degree look-alikes: "MS Word", the diploma of a high school."""
    named = text[start:end]
    word = re.sub(r"[\s.]", "", named).lower()
    return _is_abbreviation_of_another(text, start, end, level, word) or _is_word_of_another(
        text, start, end, level, word
    )


_FRENCH_ABBREVIATIONS = frozenset({"BTS", "DUT", "L3", "M1", "M2"})
# The rest of a cell: up to a comma, a bracket, a bar or the line's end
_REST_OF_CELL = regex_cache.compile(r"[^,;|()\n]{0,40}")


# What may stand before an entry's first word on its line: nothing, a bullet, a cell's mark
# or a year ("2019 - 2021  M2 Data Science", "Formation : M2 ...", "| L3 Informatique"), or
# in a French sentence an article or a conjunction ("titulaire d'un BTS ou DUT")
_CELL_OPENS = regex_cache.compile(
    r"(?:^|[|;:,(/]|[-–—][ \t]|(?:19|20)\d\d"
    r"|\b(?:un|une|d['’]un|d['’]une|en|du|ou|et)[ \t])[ \t]*(?:[-–•*▪·][ \t]*)?\Z",
    re.M,
)


def _opens_its_cell(text: str, start: int) -> bool:
    """Whether the word at `start` opens its line or a cell of it, as a degree's name does."""
    line_start = text.rfind("\n", 0, start) + 1
    return _CELL_OPENS.search(text, max(line_start, start - 40), start) is not None


def _a_jobs_title_after(text: str, end: int) -> bool:
    """Whether the words after `end` in its cell name a job: "Support Engineer"."""
    cell = _REST_OF_CELL.match(text, end)
    return cell is not None and any(is_occupation(word) for word in cell.group().split())


_PLAIN_CUED = regex_cache.compile(_PLAIN_CUE)
_INDUSTRY_AFTER = regex_cache.compile(rf"[ \t]+{_INDUSTRY_FIELD}")
# A place or a thing of that name: "Data Migration Lead", "Health Department", Microsoft's
# "Machine Learning Server" and "Data Science Virtual Machine"
_A_PLACE_OR_THING = (
    r"(?:Lead|Team|Department|Office|Board|Group|Unit|Components|Services|Center|Centre"
    r"|Manager|Hub|Division|Server|Studio|Suite|Machine|Platform|Toolkit|Connector)\b"
)
# The industry field's words to the end of its cell: "Data Science," "Health Informatics (",
# "Biostatistics" at the line's end, "Data Science or a related field", "... preferred" (a
# word of its own: "Connector" ends in no "or")
_INDUSTRY_CELL = regex_cache.compile(
    rf"[ \t]+{_INDUSTRY_FIELD}(?:[ \t]+(?:and[ \t]+)?(?!{_A_PLACE_OR_THING})[A-Z][a-z]+){{0,3}}"
    r"[ \t]*(?:[,(|–—\t]|[ \t]-[ \t]|$"
    r"|\b(?:or|and|preferred|required|desired|degree|student|candidate|program|programme)\b)",
    re.M,
)
# What may stand before such an entry on its line: nothing, a bullet or a year
_ENTRY_OPENS = regex_cache.compile(
    r"(?:^|(?:19|20)\d\d[ \t]*[-–—:|,]?)[ \t]*(?:[-–•*▪·][ \t]*)?\Z", re.M
)


_ENTRY_OPENING = 40  # the most an entry's bullet or years before it take


def _only_an_industry_field(text: str, end: int) -> bool:
    """Whether only an industry field after an acronym makes it a degree."""
    return _INDUSTRY_AFTER.match(text, end) is not None and _PLAIN_CUED.match(text, end) is None


def _an_industry_entry(text: str, start: int, end: int) -> bool:
    """Whether an acronym before an industry field opens an entry of its own: "MS Data
    Science, Columbia University, 2017"; not a job ("BA Data Migration Lead, Acme")."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        start - line_start <= _ENTRY_OPENING
        and _ENTRY_OPENS.search(text, line_start, start) is not None
        and _INDUSTRY_CELL.match(text, end) is not None
        and not _a_jobs_title_after(text, end)
    )


# Mass spectrometry, "MS" after its method's letters: "LC-MS", "ICP-MS", "LC-MS/MS", "MS/MS",
# "MALDI-TOF MS", "tandem MS"; not after a degree's ("BS-MS dual degree")
_SPECTROMETRY_BEFORE = regex_cache.compile(
    r"(?:(?<![A-Za-z0-9])([A-Z]{2,6})-|\bTOF[ \t]|\btandem[ \t]|\bMS/)\Z"
)
_SPECTROMETRY_AFTER = regex_cache.compile(r"/MS\b")


def _mass_spectrometry(text: str, start: int, end: int) -> bool:
    """Whether an "MS" names mass spectrometry (_SPECTROMETRY_BEFORE), as a lab CV writes it."""
    if _SPECTROMETRY_AFTER.match(text, end):
        return True
    before = _SPECTROMETRY_BEFORE.search(text, max(0, start - 8), start)
    return before is not None and (before.group(1) or "") not in _DEGREE_ACRONYMS


def _is_abbreviation_of_another(
    text: str, start: int, end: int, level: DegreeLevel, word: str
) -> bool:
    """A degree's letters standing for something else: a tool, a disease, a state, a role."""
    named = text[start:end]
    if named == "MS" and _mass_spectrometry(text, start, end):
        return True
    if (
        word in _SLASHED_WORDS
        and named.isupper()
        and named.isalpha()
        and _only_an_industry_field(text, end)
    ):
        # "MS Data Science": a degree in an entry of its own
        return not _an_industry_entry(text, start, end)
    if level == "master" and word == "ms" and _MS_TOOL.match(text, end):
        return True
    if word in _SLASHED_WORDS and (other := _SLASHED_OTHER.match(text, end)):
        # "ME/CFS" the illness, "BA/BI team", "MS/Excel": no degree beside it ("MS/PhD")
        paired = other.group(1)
        return paired.upper() not in _DEGREE_ACRONYMS and not _FIELD_NAMED.fullmatch(paired)
    if named[:3] in _FRENCH_ABBREVIATIONS:  # "L3 Support Engineer", "Built L3 switches"
        return not _opens_its_cell(text, start) or _a_jobs_title_after(text, end)
    if word == "ms" and _LIVING_WITH_BEFORE.search(text, max(0, start - 40), start):
        # the disease: "patients with MS", "people living with MS"
        return not _DEGREE_NAMED_AFTER.match(text, end)
    if word == "md" and named == "MD":
        return _maryland(text, start, end)
    if named == "Mgr.":
        return _a_managers_abbreviation(text, start)
    if (
        word in _STATES
        and named.isupper()
        and _among_state_codes(text, start, end)
        and not (
            _DEGREES_CLOSE_THE_LIST.match(text, end)
            and not _A_PLACE_OPENS.search(text, max(0, start - 20), start)
        )
    ):
        return True  # "clients in MA, NY and CT"; not "MS, PA or MD degree"
    if (
        word in _STATES
        and named.isupper()
        and not _DEGREE_AFTER.match(text, end)
        and not (_WANTED_AFTER.match(text, end) and _no_town_named(text, start))
    ):
        return bool(_CITY_BEFORE.search(text, max(0, start - 30), start)) or _town_before(
            text, start
        )
    if level == "bachelor" and word == "ba":  # "Senior BA": a business analyst
        return bool(_ROLE_BEFORE.search(text, max(0, start - 12), start)) or _initials_after_name(
            text, start, end
        )
    return False


# France's "Bac" and a series of one or two letters, written in capitals: "Bac S", "BAC ES";
# not the bank's "BAC S.A." nor the Spanish "el BAC es" (is)
_BAC_SERIES = regex_cache.compile(r"(?i:bac)[ \t]+(?:S|ES|L)")
_INITIAL_AFTER = regex_cache.compile(r"\.[^\W\d_]")


def _not_a_bac_series(text: str, start: int, end: int) -> bool:
    """Whether "Bac S" (or ES, L) is written otherwise than _BAC_SERIES, or as initials."""
    written = _BAC_SERIES.fullmatch(text, start, end)
    return written is None or _INITIAL_AFTER.match(text, end) is not None


def _is_word_of_another(text: str, start: int, end: int, level: DegreeLevel, word: str) -> bool:
    """A degree's words used otherwise: a marital status, a teacher's school, a referee."""
    named = text[start:end]
    if level == "master" and _NORDIC_MASTER.fullmatch(named):
        return bool(_A_ROLES_MASTER.search(text, max(0, start - 12), start))
    if level in ("phd", "master") and _LEVEL_OF_WORK.match(text, end):
        return True
    if level == "bachelor" and word.startswith("bachelor"):  # marital status on Indian resumes
        return bool(_STATUS_BEFORE.search(text, max(0, start - 25), start))
    if level == "secondary" and word.startswith("grade"):  # a pay grade, not a school year
        left, right = local_span(text, start, end)
        return bool(_PAY_FIELDS.search(text, left, right))
    if level == "secondary" and word in ("bacs", "baces", "bacl"):
        return _not_a_bac_series(text, start, end)
    # "High School Mathematics Teacher", "IB Diploma Programme Coordinator"
    if level == "secondary" and word in ("highschool", "ibdiploma"):
        return bool(
            _SCHOOL_JOB_AFTER.match(text, end)
            or _SCHOOL_JOB_BEFORE.search(text, max(0, start - 60), start)
        )
    if named.lower().startswith(_TITLES) and (person := _PERSON_AFTER.match(text, end)):
        words = person.group()  # a referee: "Dr.-Ing. Hans Müller"; not "Mechanical Engineering"
        return not _INSTITUTION.search(words) and not re.search(_FIELD_WORD, words, re.I)
    if level == "bachelor" and word.startswith("tertiary"):  # a CV's "Tertiary Qualifications"
        return _alone_on_line(text, start, end) or bool(
            _TRADE_BEFORE.search(text, max(0, start - 20), start)
        )
    if level == "bachelor" and word == "degree" and text[end : end + 3].lstrip(" \t")[:1] == ":":
        return not _field_labelled(text, end)  # "Degree: not required", "Degree: Master of ..."
    if level == "associate" and word == "diploma":
        return bool(
            _POSTGRADUATE_BEFORE.search(text, max(0, start - 20), start)
            or _SCHOOL_BEFORE.search(text, max(0, start - 30), start)
            or _SCHOOL_AFTER.match(text, end)
            or _CRAFT_BEFORE.search(text, max(0, start - 30), start)
            or _CRAFT_AFTER.match(text, end)
        )
    return False


# A postgraduate diploma, read as a master's (_MASTER_WORDS), is no associate degree too:
# "Post Graduate Diploma in Data Science", "Postgraduate Diploma", "PG Diploma", "P.G. Diploma"
_POSTGRADUATE_BEFORE = regex_cache.compile(
    r"(?:\bpost[ \t]?-?[ \t]?graduate|\bp\.?[ \t]?g\.?)[ \t]*\Z", re.I
)


# The word a role's "Mgr." (manager) follows on its line: "Program Mgr.", "Sr. Mgr."; not
# another Czech title ("Ing. Mgr. Jan Novák") nor a lower-case word ("titul Mgr.")
_ROLE_WORD_BEFORE = regex_cache.compile(r"(?<![\w.])[A-Z][A-Za-z]*\.?[ \t]+\Z")
_CZECH_TITLES = frozenset({"ing.", "bc.", "mgr.", "mudr.", "rndr.", "phdr.", "judr.", "doc."})


def _a_managers_abbreviation(text: str, start: int) -> bool:
    """An English "Mgr." after a role's word ("Program Mgr., Google"), not the Czech title."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _ROLE_WORD_BEFORE.search(text, max(line_start, start - 30), start)
    return before is not None and before.group().strip().lower() not in _CZECH_TITLES


def _maryland(text: str, start: int, end: int) -> bool:
    """An "MD" that is the state: "Bethesda, MD, National Cancer Institute"."""
    if not _MD_CUED.match(text, end):
        return not _md_beside_its_school(text, start, end)
    beside_a_degree = _MD_DEGREE_AFTER.match(text, end)
    return not beside_a_degree and bool(_CITY_BEFORE.search(text, max(0, start - 30), start))


def _md_beside_its_school(text: str, start: int, end: int) -> bool:
    """An "MD" with only a year or a comma after it is the degree when it opens its line
    before a year ("MD, 2012" below the school) or follows the school's own name ("University
    of Lagos, MD") as the line's first part; after a town ("Baltimore, MD"), an employer, a
    school of Maryland, or beside a degree of the same school ("BS Biology") it is Maryland,
    and so in a document that is no clinician's (_a_clinicians_document)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _MD_OPENS_LINE.fullmatch(text, line_start, start):
        return bool(_MD_YEAR_AFTER.match(text, end))
    if start - line_start > _SCHOOL_REACH:
        return False  # a long line's "MD" is no school's
    school = _SCHOOL_THEN_MD.fullmatch(text, line_start, start)
    if school is None:
        return False
    if not all(_INSTITUTION.search(part) for part in school.group("school").split(",")):
        return False  # "Research Assistant, Johns Hopkins University, MD": an employer's
    if "maryland" in school.group().lower():
        return False  # "University of Maryland, MD"
    if not _a_clinicians_document(text):
        return False  # "Towson University, MD, 2014" in a data analyst's resume: the state
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
    line_end = text.find("\n", end)
    below = _line_from(text, line_end + 1) if line_end != -1 else ""
    beside = [above, below]
    if _MD_ENDS_LINE.match(text, end):
        if not _DATES_LINE.fullmatch(below) or _states_written_near(text, line_start, end):
            return False  # "Johns Hopkins University, MD" above no dates, or among places
        if _names_a_job(above):
            return False  # "Teaching Assistant" above it: the employer's state
        beside.append(_line_from(text, line_end + len(below) + 2))
    # "BS Biology" / "Towson University, MD, 2010": the degree beside is the school's
    return not any(_degree_of_no_school(line) for line in beside)


# A clinician's words, or a medical school's: a school's line ending on "MD" reads as the
# degree in such a document only, as most schools written "School, MD" are Maryland's
_CLINICIANS_WORDS = regex_cache.compile(
    r"\b(?:physicians?|clinicians?|surgeons?|residency|usmle|mbbs|board[- ]certified"
    r"|doctor[ \t]+of[ \t]+medicine|(?:school|college|faculty)[ \t]+of[ \t]+medicine"
    r"|medical[ \t]+(?:school|college|university|degree|doctor|licen[cs]e))\b",
    re.I,
)
# A health degree: the writer's "MD" beside another one ("Amara Quux, MD, MPH", "MD/PhD"), or
# a master's in public health
_HEALTH_DEGREE = regex_cache.compile(
    rf"\bMD{_MD_BESIDE_DEGREE}|\bM\.?P\.?H\b|\b(?i:master[ \t]+of[ \t]+public[ \t]+health)\b"
)


def _a_clinicians_document(text: str) -> bool:
    """A clinician's words, or a health degree: a school's line ending on "MD" (or on "MD" and
    its year) reads as the degree in such a document only."""
    return bool(_CLINICIANS_WORDS.search(text) or _HEALTH_DEGREE.search(text))


def _names_a_job(line: str) -> bool:
    """A job's title ending the line: "Teaching Assistant", "Research Scientist"."""
    words = line.split()
    return bool(words) and is_occupation(words[-1].strip(",;:"))


def _states_written_near(text: str, line_start: int, line_end: int) -> bool:
    """Another line near a school's writes a place with its state's code ("Stanford
    University, CA"): the writer gives states so, and the school's "MD" is one."""
    low = line_start
    for _ in range(_STATES_REACH):
        low = text.rfind("\n", 0, max(0, low - 1)) + 1
    high = line_end
    for _ in range(_STATES_REACH + 1):
        found = text.find("\n", high + 1)
        high = len(text) if found == -1 else found
    return any(
        not line_start <= place.start() < line_end
        for place in _STATE_CODE_ENDING.finditer(text, low, high)
    )


def _line_from(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end != -1 else len(text)]


def _degree_of_no_school(line: str) -> bool:
    """A line naming a degree and no school of its own ("BS Biology, 2010")."""
    return bool(_A_DEGREE_NAMED.search(line)) and not _INSTITUTION.search(line)


# A capitalised word and a comma right before a code: "Jackson, MS"
_NAMED_TOWN_BEFORE = regex_cache.compile(r"\b[A-Z][a-z]+\.?,[ \t]*$")
_DEGREE_BEFORE = regex_cache.compile(r"\b(?:B\.?S\.?c?|B\.?A\.?|(?i:bachelor))\b")


def _no_town_named(text: str, start: int) -> bool:
    """Before a code a posting wants ("... MS preferred"), no town: a lower-case word ("BS is
    fine, MS preferred") or another degree on the line ("BS Required, MS Preferred"); not
    "Candidates located in Jackson, MS preferred"."""
    line_start = text.rfind("\n", 0, start) + 1
    if _DEGREE_BEFORE.search(text, line_start, start):
        return True
    return not _NAMED_TOWN_BEFORE.search(text, max(line_start, start - 30), start)


_LABELLED_FIELD_CHARS = 100


def _field_labelled(text: str, end: int) -> bool:
    """Whether a "Degree:" label names a known field of study ("Degree: Mathematics, statistics
    or computer science that included 24 semester hours") and no degree of its own."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end != -1 else len(text)][:_LABELLED_FIELD_CHARS]
    if _ANY_WORD.search(rest.lower()) or _ANY_ACRONYM.search(rest):
        return False
    return any(cue.search(rest.lower()) for cue in _FIELD_CUES.values())


# A trade offered beside a tertiary qualification, which it meets as well: "Trade or tertiary
# qualifications", "trade/tertiary"
_TRADE_BEFORE = regex_cache.compile(r"\btrade[ \t]*(?:,?[ \t]+(?:and/)?or[ \t]+|/[ \t]*)\Z", re.I)
# What may stand around a heading's words on their line: "## Tertiary Qualifications:", and
# after them the years the section spans, bracketed or not ("Tertiary Qualifications
# (2015-2019)"); not a note on what is asked ("Tertiary qualification (essential)")
_HEADING_MARKS = regex_cache.compile(r"[ \t#*_:]*")
_YEAR_WORD = r"(?:19|20)\d\d"
_SPANNED = rf"{_YEAR_WORD}(?:[ \t]*[-–—][ \t]*(?:{_YEAR_WORD}|present))?"
_HEADING_TAIL = regex_cache.compile(
    rf"[ \t#*_:]*(?:(?:\([ \t]*{_SPANNED}[ \t]*\)|{_SPANNED})[ \t#*_:]*)?", re.I
)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """text[start:end] is all its line says, but for a heading's marks and a note or years
    after it: a CV's heading."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        _HEADING_MARKS.fullmatch(text, line_start, start)
        and _HEADING_TAIL.fullmatch(text, end, line_end)
    )


DegreeMention = tuple[DegreeLevel, int, int]  # level, start, end


def _skipped_scripts(text: str, *, seasia: bool, mideast: bool) -> frozenset[int]:
    """The patterns of scripts and languages the text cannot hold: East Asian letters,
    South-East Asian words, Hebrew, Arabic or Greek letters."""
    east_asian = not text.isascii() and EAST_ASIAN_LETTER.search(text) is not None
    return (
        (frozenset() if east_asian else _EAST_ASIAN_PATTERNS)
        | (frozenset() if seasia else _SEASIA_WORD_PATTERNS)
        | (frozenset() if mideast else _MIDEAST_PATTERNS)
    )


def degree_mentions(text: str) -> list[DegreeMention]:
    """Every degree named in the text as (level, start, end), in text order."""
    lowered = text.lower()
    mideast = not text.isascii() and _MIDEAST_LETTER.search(text) is not None
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): no shortcut
        lowered = ""
    seasia = may_hold(text, lowered or text.lower())
    words = _degree_word_starts(lowered) if lowered else []
    acronyms = _starts(_ANY_ACRONYM, text)
    titles = _dutch_titles(text)
    if lowered and not seasia and not mideast and not words and not acronyms and not titles:
        return []
    found: list[tuple[DegreeLevel, int, int]] = []
    skipped = _skipped_scripts(text, seasia=seasia, mideast=mideast)
    for index, (level, pattern) in enumerate(DEGREE_PATTERNS):
        if index in skipped:
            continue
        fast = _LOWER_CASE_PATTERNS.get(index) if lowered else None
        matches: Iterable[re.Match[str]]
        if index in _OWN_SEARCH:  # (gated by their letters above)
            matches = fast.finditer(lowered) if fast else pattern.finditer(text)
        elif fast:
            matches = _matches_within(fast, lowered, words) if _may_match(index, lowered) else ()
        elif index in _CASE_BLIND:  # searching the text as written: not gated
            matches = pattern.finditer(text)
        else:
            matches = _matches_within(pattern, text, acronyms) if _may_match(index, text) else ()
        for match in matches:
            if not _is_false_friend(text, match.start(), match.end(), level):
                found.append((level, match.start(), match.end()))
    # A bare acronym offered after a degree is one too: "MS or BS with 3 years", "MS/PhD"
    starts = {start for _, start, _ in found}
    for _, _, end in list(found):
        offered = _OFFERED_AFTER.match(text, end)
        if offered and offered.start(1) not in starts:
            bare: DegreeLevel = "bachelor" if offered.group(1)[0] in "Bb" else "master"
            found.append((bare, offered.start(1), offered.end(1)))
            starts.add(offered.start(1))
    found += _finnish_offered_after(text, found)
    found = _ing_bachelors(text, found)
    found += titles
    found = list(dict.fromkeys(found))  # two patterns may name one degree: read it once
    nearby = _Nearby(found, text)
    found = [
        item
        for item in found
        if not _named_before(item, nearby, text)
        and not _levels_in_brackets(item, nearby, text)
        and not _acronym_of_before(item, nearby, text)
        and not _acronym_after_its_name(item, nearby, text)
        and not _spelled_out_after(item, nearby, text)
        and not _board_beside_its_certificate(item, nearby, text)
        and not _school_after_its_certificate(item, nearby, text)
        and not _integrated_master_of_a_diploma(item, nearby, text)
    ]
    # two patterns may name one degree ("MSc" as a word and as an acronym): once
    return sorted(set(found), key=lambda item: (item[1], item[2]))


# How far apart two mentions may be to be read together: a degree's name and its acronym, a
# bracket of levels. Mentions are looked up within it, not compared with every other mention
# (a line of thousands of degrees took tens of seconds).
_REACH = 200


# A character that is neither a letter nor a space or tab: no degree's name holds one.
_NO_NAME_CHARACTER = regex_cache.compile(r"[^\w \t]|[\d_]")


class _Nearby:
    """A document's degree mentions, found by where they end or start."""

    def __init__(self, found: list[DegreeMention], text: str) -> None:
        self.by_end = sorted(found, key=lambda item: item[2])
        self.ends = [end for _, _, end in self.by_end]
        self.starts = sorted(start for _, start, _ in found)
        self.text = text
        self._breaks: list[int] | None = None  # where the text's names break, found once

    def name_run_start(self, at: int) -> int:
        """Where the run of letters, spaces and tabs that ends at `at` starts."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _NO_NAME_CHARACTER.finditer(self.text)]
        before = bisect_left(self._breaks, at)
        return self._breaks[before - 1] + 1 if before else 0

    def ending_within(self, low: int, high: int) -> list[DegreeMention]:
        """The mentions that end from `low` to `high`."""
        return self.by_end[bisect_left(self.ends, low) : bisect_right(self.ends, high)]

    def starts_within(self, low: int, high: int) -> bool:
        """Whether a mention starts from `low` up to, not including, `high`."""
        return bisect_left(self.starts, low) < bisect_left(self.starts, high)


# A school board, which awards a certificate but is none: "Class XII | CBSE | 2023"
_SCHOOL_BOARD = regex_cache.compile(r"cbse|icse|board of intermediate", re.I)


def _board_beside_its_certificate(item: DegreeMention, nearby: _Nearby, text: str) -> bool:
    """A board named on the line of another school-leaving certificate: the board of that
    certificate ("Class XII | CBSE", "Intermediate | Board of Intermediate Education"). Looked
    for within reach, not over the whole line (a line of boards took seconds)."""
    level, start, end = item
    if level != "secondary" or not _SCHOOL_BOARD.fullmatch(text, start, end):
        return False
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    line_end = text.find("\n", end, end + _REACH)
    line_end = min(len(text), end + _REACH) if line_end == -1 else line_end
    line_start = max(line_start, start - _REACH)
    return any(
        other == "secondary"
        and other_start != start
        and not _SCHOOL_BOARD.fullmatch(text, other_start, other_end)
        for other, other_start, other_end in nearby.ending_within(line_start, line_end)
    )


# A school's name, as the school-leaving certificate before it names it: "Parktown Boys' High
# School", "Kings College Secondary School"
_SCHOOLS_NAME = regex_cache.compile(r"(?:high|secondary)[ \t]+school", re.I)


def _school_after_its_certificate(item: DegreeMention, nearby: _Nearby, text: str) -> bool:
    """A school named after a school-leaving certificate on its line is the school that gave
    it: "National Senior Certificate (Matric), Parktown Boys' High School, 2014" holds one."""
    level, start, end = item
    if level != "secondary" or not _SCHOOLS_NAME.fullmatch(text, start, end):
        return False
    line_start = max(text.rfind("\n", max(0, start - _REACH), start) + 1, start - _REACH)
    return any(
        other == "secondary" and other_end <= start and "\n" not in text[other_end:start]
        for other, _, other_end in nearby.ending_within(line_start, start)
    )


def _named_before(item: DegreeMention, nearby: _Nearby, text: str) -> bool:
    """A bare "degree" whose level a mention just before names: "Master's degree in", "BS
    degree in", "Bachelor of Science degree in", "MS or PhD degree in"."""
    if text[item[1] : item[2]].lower() != "degree":
        return False
    return any(
        start < item[1] and item[1] - end <= 25 and not re.search(r"[;,]", text[end : item[1]])
        for level, start, end in nearby.ending_within(item[1] - 25, item[1] + _REACH)
        if level != "secondary"
    )


# What lies between a degree's name and its acronym restating it: the rest of the name, then
# a dash ("Master of Science - MS", "Doctor of Philosophy - PhD"), as profile exports write it,
# or a bracket that holds only the acronym ("Bachelor of Science in Nursing (BSN)"; not "(PhD
# preferred)"); the rest of the name may run to a long field's words ("Master of Science in
# Electrical and Computer Engineering (MSc)").
_NAME_THEN = r"[^\W\d_]*(?:[ \t]+[^\W\d_]+){0,8}"
_NAME_THEN_DASH = regex_cache.compile(rf"{_NAME_THEN}[ \t]+[-–—][ \t]+")
_NAME_THEN_BLANKS = regex_cache.compile(rf"{_NAME_THEN}[ \t]+")
# ... with the honours of either in brackets or after the acronym: "Bachelor of Engineering
# (Honours) (BE(Hons))", "Bachelor of Engineering (BE Hons)"
_HONOURS_WORD = r"(?:with[ \t]+)?(?:honou?rs|hons\.?)"
_NAME_THEN_BRACKET = regex_cache.compile(
    rf"{_NAME_THEN}(?:[ \t]*\({_HONOURS_WORD}\))?[ \t]*\([ \t]*", re.I
)
_BRACKET_CLOSE = regex_cache.compile(
    rf"(?:[ \t]*\([ \t]*{_HONOURS_WORD}[ \t]*\)|[ \t]+{_HONOURS_WORD})?[ \t]*\)", re.I
)


_INTEGRATED_MASTER = regex_cache.compile(r"integrated", re.I)
_GREEK_DIPLOMA = regex_cache.compile(r"dipl(?:oma|\.)", re.I)


def _integrated_master_of_a_diploma(item: DegreeMention, nearby: _Nearby, text: str) -> bool:
    """An "Integrated Master" on the line of a Greek engineering school's five-year Diploma,
    which it names again: "Diploma in ECE (Integrated Master), NTUA" is one master's."""
    level, start, _ = item
    if level != "master" or not _INTEGRATED_MASTER.match(text, start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return any(
        other == "master" and _GREEK_DIPLOMA.match(text, other_start) is not None
        for other, other_start, _ in nearby.ending_within(line_start, line_end)
    )


def _acronym_of_before(item: DegreeMention, nearby: _Nearby, text: str) -> bool:
    """An acronym after a dash, or alone in brackets, that restates the degree of its level
    named just before it."""
    level, start, end = item
    if not text[start:end].isalnum():
        return False
    closed = _BRACKET_CLOSE.match(text, end) is not None
    # Both forms end on a dash or an opening bracket and blanks, after a name's letters: only
    # the mentions ending in those letters are tried (each tried every mention within reach).
    mark = _blanks_before(text, start) - 1
    if mark < 0 or not (text[mark] in "-–—" or (closed and text[mark] == "(")):
        return False
    low = max(start - _REACH, _name_run_start_past_honours(nearby, text, mark))
    return any(
        other == level
        and before < start
        and bool(
            _NAME_THEN_DASH.fullmatch(text, after, start)
            or (closed and _NAME_THEN_BRACKET.fullmatch(text, after, start))
        )
        for other, before, after in nearby.ending_within(low, mark)
    )


# A degree's acronym right after its name, a blank between, that ends the name: "Master of
# Science MSc, University of Leeds", "Studia magisterskie MSc, Politechnika" (not "Master of
# Science, MSc Physics": a comma parts two degrees)
_ENDS_THE_NAME = regex_cache.compile(r"[ \t]*(?:[,;|(–—]|-[ \t]|in\b|\n|\Z)")


# ... and not another degree's acronym, nor a degree offered beside it ("DI tai FM", "Master
# of Science or MSc")
_AN_ACRONYM = regex_cache.compile(r"[A-Z][A-Za-z]{0,4}")
_JOINING_WORD = regex_cache.compile(
    r"\b(?:or|and|tai|ja|eller|og|och|oder|und|ou|et|o|y|e|lub|oraz|albo|nebo|a)\b", re.I
)


def _acronym_after_its_name(item: DegreeMention, nearby: _Nearby, text: str) -> bool:
    """An acronym after blanks that restates the degree of its level whose name the run of
    letters before it holds: "Studia magisterskie MSc, Politechnika" is one master's."""
    level, start, end = item
    mark = _blanks_before(text, start) - 1
    if mark < 0 or mark == start - 1 or not text[start:end].isalnum():
        return False
    if not text[mark].isalpha() or _ENDS_THE_NAME.match(text, end) is None:
        return False
    low = max(start - _REACH, nearby.name_run_start(mark + 1))
    return any(
        other == level
        and before < start
        and not _AN_ACRONYM.fullmatch(text, before, after)
        and _NAME_THEN_BLANKS.fullmatch(text, after, start) is not None
        and _JOINING_WORD.search(text, after, start) is None
        for other, before, after in nearby.ending_within(low, mark + 1)
    )


_HONOURS_BEFORE = regex_cache.compile(rf"\([ \t]*{_HONOURS_WORD}[ \t]*\)[ \t]*\Z", re.I)


def _name_run_start_past_honours(nearby: _Nearby, text: str, at: int) -> int:
    """Where the name's run ending at `at` starts, past a bracket of honours inside it
    ("Bachelor of Engineering (Honours) ")."""
    low = nearby.name_run_start(at)
    honours = _HONOURS_BEFORE.search(text, max(0, low - 16), low)
    return nearby.name_run_start(honours.start()) if honours else low


def _spelled_out_after(item: DegreeMention, nearby: _Nearby, text: str) -> bool:
    """A degree's name in the bracket that opens after its acronym or its name, of its level:
    "MCA (Master of Computer Applications)", "B.Tech (Bachelor of Technology)", with the rest
    of the name between: "Laurea Triennale (Bachelor's degree)", "Master of Science (Laurea
    Magistrale)", as a Europass CV gives the national name and its English one."""
    level, start, item_end = item
    opening = _blanks_before(text, start) - 1
    if opening < 0 or text[opening] != "(":
        return False
    right_after = _blanks_before(text, opening)
    # past the rest of a name, the bracket holds only the degree ("(PhD preferred)" does more)
    alone = _DEGREE_ALONE.match(text, item_end) is not None
    # either ends right before the bracket or holds only a name's letters up to it
    low = max(start - _REACH, nearby.name_run_start(opening))
    return any(
        other == level
        and (end == right_after or (alone and _NAME_THEN_BRACKET.fullmatch(text, end, start)))
        for other, _, end in nearby.ending_within(low, opening)
    )


# ... maybe with how it is earned: "M.Sc. in Computer Science (MSc by Research)"
_DEGREE_ALONE = regex_cache.compile(
    r"(?:['’]s)?[ \t]*(?:degree|diploma)?(?:[ \t]+by[ \t]+research)?[ \t]*\)", re.I
)


def _blanks_before(text: str, at: int) -> int:
    """Where the spaces and tabs right before `at` start."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at


_GENERIC_DEGREE = regex_cache.compile(r"(?:(?:university|college|undergraduate)\s+)?degree", re.I)
_BRACKET_OPEN = regex_cache.compile(r"\s*\(")
# A Czech or Finnish university education of no level, whose bracket may follow its field's
# words: "VŠ vzdělání technického směru (Ing. nebo Mgr.)"
_FOREIGN_GENERIC_DEGREE = regex_cache.compile(
    r"vš\s+vzdělání\w*|vysokoškolsk\w+\s+vzdělání\w*|(?:ammatti)?korkeakoulututkin\w*"
    r"|(?:vš|vysokoškolsk\w+)\s+vzdelani[ea]",
    re.I,
)
_WORDS_THEN_BRACKET = regex_cache.compile(r"(?:\s+[^\W\d_]+){0,2}\s*\(")
# ... or its examples, which name the level: "korkeakoulututkinto, esimerkiksi DI tai FM",
# "University degree, e.g. MSc or MEng"
_FINNISH_EXAMPLES = regex_cache.compile(r",?[ \t]*(?:esimerkiksi|esim\.)[ \t]+")
_EXAMPLES = regex_cache.compile(
    r",?[ \t]*(?:e\.[ \t]?g\.?|such[ \t]+as|for[ \t]+example),?[ \t]+(?:an?[ \t]+)?", re.I
)


def _levels_in_brackets(item: DegreeMention, nearby: _Nearby, text: str) -> bool:
    """A degree of no level whose bracket names the levels asked: "University degree (Master
    or PhD)" asks for a master's, not a bachelor's; so do the examples right after it
    ("University degree, e.g. MSc or MEng", "korkeakoulututkinto, esimerkiksi DI tai FM")."""
    _, start, end = item
    if _GENERIC_DEGREE.fullmatch(text, start, end):
        if examples := _EXAMPLES.match(text, end):
            return nearby.starts_within(examples.end(), examples.end() + 1)
        opened = _BRACKET_OPEN.match(text, end)
    elif _FOREIGN_GENERIC_DEGREE.fullmatch(text, start, end):
        if examples := _FINNISH_EXAMPLES.match(text, end):
            return nearby.starts_within(examples.end(), examples.end() + 1)
        opened = _WORDS_THEN_BRACKET.match(text, end)
    else:
        return False
    if opened is None:
        return False
    close = text.find(")", opened.end(), opened.end() + _REACH)
    return close != -1 and nearby.starts_within(opened.end(), close)


_OFFERED_AFTER = regex_cache.compile(r"\s*(?:or|/)\s*(BS|BA|BSc|MS|MA|MSc)\b")
# A Finnish abbreviation that follows a degree, as another or as its example: "DI tai FM",
# "korkeakoulututkinto, esimerkiksi DI", "korkeakoulututkinto (DI, FM)"
_FINNISH_OFFERED_AFTER = regex_cache.compile(
    r"[ \t]*(?:tai|ja|/|,|\(|,?[ \t]*(?:esimerkiksi|esim\.))[ \t]*(?:(DI|FM|KTM)|(FT|TkT))\b"
)


# The Finnish degrees such a run follows
_FINNISH_DEGREE = regex_cache.compile(
    rf"{_FINNISH_ABBREVIATION}|(?i:\w*(?:tutkin|maisteri|tohtori|insinöö?ri|kandidaat)\w*)"
)


def _finnish_offered_after(text: str, found: list[DegreeMention]) -> list[DegreeMention]:
    """The Finnish abbreviations that follow a Finnish degree found, and each other, in a run;
    not an English "BSc, FT" (full time)."""
    offered: list[DegreeMention] = []
    ends = [end for _, start, end in found if _FINNISH_DEGREE.fullmatch(text, start, end)]
    read: set[int] = set()  # a long run is read once, not again from each degree in it
    while ends:
        end = ends.pop()
        after = None if end in read else _FINNISH_OFFERED_AFTER.match(text, end)
        read.add(end)
        if after is None:
            continue
        level: DegreeLevel = "master" if after.group(1) else "phd"
        offered.append((level, after.start(after.lastindex or 1), after.end()))
        ends.append(after.end())
    return offered


# Words only a Dutch CV writes, its headings' and its sentences' ("Data Engineer bij Bol.com",
# "gebouwd met Python"); and those only a Spanish or Portuguese one writes ("Educación",
# "Desarrollador Backend en Softtek", "Formação", "serviços em Python"), where "Ing." (an
# Ingeniero's, an Engenheiro's title) is a bachelor's too. Two of one language make the
# document of it; a Czech or Slovak CV holds none ("Vzdělání", "Skúsenosti", "Python a SQL")
_ING_BACHELOR_LANGUAGES = (
    regex_cache.compile(
        r"\b(?:opleiding(?:en)?|werkervaring(?:en)?|vaardigheden|talen|nederlands|hogeschool"
        r"|een|het|voor|naar|ook|bij|zowel|niet|wordt|gebouwd|ontwikkeld|verantwoordelijk"
        r"|werkzaam)\b",
        re.I,
    ),
    regex_cache.compile(
        # (not a web address's "com", nor a place's "Los", "Las", "Del")
        r"(?<![\w.@/])(?:experiencia|educación|formación|idiomas|español|inglés|universidad"
        r"|ingeniero|ingeniería|desarrollador|desarrollé|con|para|nativo"
        r"|experiência|formação|português|inglês|universidade|engenharia|engenheiro"
        r"|desenvolvedor|desenvolvi|com|fluente)(?!\w)",
        re.I,
    ),
)
_LANGUAGE_WORDS_NEEDED = 2


def _ing_bachelors(text: str, found: list[DegreeMention]) -> list[DegreeMention]:
    """An "Ing." read as the Czech master's, in a Dutch document (the bachelor's of a
    university of applied sciences, HBO) or a Spanish or Portuguese one (an engineer's title,
    which a bachelor's gives): a bachelor's."""
    if "Ing." not in text or not any(text.startswith("Ing.", start) for _, start, _ in found):
        return found
    if not any(
        len({word.lower() for word in words.findall(text)}) >= _LANGUAGE_WORDS_NEEDED
        for words in _ING_BACHELOR_LANGUAGES
    ):
        return found
    starts = {start for _, start, _ in found}
    return [
        _the_bachelors_ing(text, item)
        for item in found
        if not _ing_before_its_degree(text, item, starts)
    ]


_SPACE_AFTER = regex_cache.compile(r"[ \t]+")


def _ing_before_its_degree(text: str, item: DegreeMention, starts: set[int]) -> bool:
    """An "Ing." before the degree it is the title of: "Ing. Ingeniería en Computación"."""
    _, start, _ = item
    space = _SPACE_AFTER.match(text, start + 4) if text.startswith("Ing.", start) else None
    return space is not None and space.end() in starts


def _the_bachelors_ing(text: str, item: DegreeMention) -> DegreeMention:
    level, start, end = item
    return (
        ("bachelor", start, end) if level == "master" and text.startswith("Ing.", start) else item
    )


# The Dutch and Polish academic titles written in lower case before the writer's name on a
# CV's first lines: "ir." (an engineer's master's of a university), "drs." (a doctorandus, a
# master's of the old system), "ing." (an engineer of a university of applied sciences, HBO:
# a bachelor's), the Polish "mgr" (a magister) and "inż." (an engineer's first degree), maybe
# after "prof." or "dr" (a doctor's title, left alone as in English): "dr. ir. Jan de Vries".
# A run of them names one degree, its highest ("mgr inż.": a master's in engineering). Not a
# referee's title further down, nor "drs" (doctors) in a sentence.
_DUTCH_TITLE_RUN = regex_cache.compile(
    r"[ \t]*((?:(?:prof|dr|mr|ir|drs|ing|inż)\.[ \t]*|(?:mgr|dr)[ \t]+)+)(?=[A-Z])"
)
_DUTCH_TITLE = regex_cache.compile(r"(?<![\w.])(?:(ir|drs|ing|inż)\.|(mgr)\b)")
_DUTCH_TITLE_LEVELS: dict[str, DegreeLevel] = {
    **{"ir": "master", "drs": "master", "mgr": "master"},
    **{"ing": "bachelor", "inż": "bachelor"},
}
_NAME_LINES = 3  # how many of a CV's first lines may hold its writer's name


def _dutch_titles(text: str) -> list[DegreeMention]:
    """The degree the Dutch or Polish titles before a name on one of the text's first lines
    name."""
    head = text.lstrip()
    head_start = len(text) - len(head)
    found: list[DegreeMention] = []
    line_start = head_start
    for _ in range(_NAME_LINES):
        run = _DUTCH_TITLE_RUN.match(text, line_start)
        if run:
            titles = [
                (_DUTCH_TITLE_LEVELS[title[1] or title[2]], title.start(), title.end())
                for title in _DUTCH_TITLE.finditer(text, run.start(1), run.end(1))
            ]
            if titles:
                found.append(max(titles, key=lambda title: DEGREE_ORDER[title[0]]))
        line_start = text.find("\n", line_start) + 1
        if not line_start:
            break
    return found


# After a degree, where its fields of study start ("Bachelor's degree in", "MS (or PhD) in")
# and what ends them: "..., or equivalent experience", "with 3 years", "; strong SQL".
_FIELDS_START = regex_cache.compile(  # "PhD in", "Master's degree programme in", "BS:"
    r"(?:['’]s)?\s*(?:(?:degree\s+)?program(?:me)?|degree|diploma)?\s*(?:\([^()]*\)\s*)?"
    rf"(?:{_OR_ABOVE})?(?:in|of|:)\s",
    re.I,
)
_FIELDS_END = regex_cache.compile(
    r";|(?<!e\.g)(?<!i\.e)\.(?:\s|$)|\d|\b(?:with|plus|including|equivalent|preferably"
    r"|required|preferred|knowledge|experience|proficiency|familiarity|expertise"
    r"|understanding|skills?|abilit(?:y|ies)"
    r"|and (?:strong|solid|deep|excellent|good|proven|hands-on|working|at least))\b",
    re.I,
)


# "Degree in computer science", "Advanced degree (MS/PhD) in ML"; not "a high degree of
# proficiency in Python"
# A degree's fields in brackets after it: "MBA (Marketing)", "Bachelor's degree (Finance or
# Accounting)"
_FIELDS_IN_BRACKETS = regex_cache.compile(r"(?:['’]s)?\s*(?:degree|diploma)?\s*\(([^()]*)\)", re.I)
_DEGREE_IN = regex_cache.compile(
    rf"(?<!high )(?<!some )(?<!great )\bdegree(?=\s+(?:\([^()]*\)\s*)?(?:{_OR_ABOVE})?in\s)",
    re.I,
)


@lru_cache(maxsize=8192)
def field_spans(line: str) -> list[tuple[int, int]]:
    """Where a line lists the fields of a degree it names: in "BS in Electrical Engineering,
    Computer Science, or equivalent experience" the two fields, which the degree's score
    judges; they are not skills asked for."""
    if degree_in_line(line) is None and not _DEGREE_IN.search(line):
        return []  # most lines name no degree; degree_in_line's answer is cached
    spans = []
    ends = [end for _, _, end in degree_mentions(line)]
    for end in [*ends, *(found.start() for found in _DEGREE_IN.finditer(line))]:
        start = _FIELDS_START.match(line, end)
        if start is None:
            if bracket := _FIELDS_IN_BRACKETS.match(line, end):  # "MBA (Marketing)"
                spans.append(bracket.span(1))
            continue
        stop = _FIELDS_END.search(line, start.end())
        spans.append((start.end(), stop.start() if stop else len(line)))
    return spans


@lru_cache(maxsize=8192)
def degree_in_line(line: str) -> DegreeLevel | None:
    """The highest degree a line names (asked for several times per posting line: cached)."""
    levels = [level for level, _, _ in degree_mentions(line)]
    return max(levels, key=DEGREE_ORDER.__getitem__, default=None)


def is_taught(text: str, start: int, end: int) -> bool:
    """A degree named while teaching, guiding or supervising others ("MBA classes",
    "supervised 5 MSc theses"), or an award named after one ("PhD Fellowship"), is not the
    writer's degree."""
    before = text[max(0, start - 40) : start]
    if _TEACHING_BEFORE.search(before) or _TEACHING_AFTER.match(text, end):
        return True
    if before.rstrip(" \t").endswith("(") and _COURSE_LEVEL_AFTER.match(text, end):
        line_start = text.rfind("\n", 0, start) + 1
        if _TEACHER.search(text, line_start, start):
            return True
    if _AWARD_AFTER.match(text, end):
        return True
    return bool(_SUPERVISING_BEFORE.search(text, max(0, start - 60), start))


def names_a_supervisor(text: str, start: int, end: int) -> bool:
    """The degree at start-end names a supervisor's job, not a degree asked: "PhD supervisor",
    "PhD supervision", "supervising PhD students"."""
    return bool(
        _SUPERVISOR_AFTER_ALONE.match(text, end)
        or _SUPERVISING_JUST_BEFORE.search(text, max(0, start - 30), start)
    )


def names_the_post(text: str, end: int) -> bool:
    """The degree named before `end` is the post or award a posting offers ("PhD
    studentship", "Doktorand (m/w/d)"), not one it asks for."""
    return bool(
        _POST_AFTER.match(text, end)
        or _DOCTORAL_CANDIDATE_ENDS.search(text, max(0, end - _CANDIDATE_CHARS), end)
    )


_DOCTORAL_CANDIDATE_ENDS = regex_cache.compile(rf"(?:{_DOCTORAL_CANDIDATES})\Z", re.I)
_CANDIDATE_CHARS = 12  # the longest title: "promovendus", "doktorandin"


def is_pursued(text: str, start: int, end: int) -> bool:
    """A degree still being studied for: "PhD student", "pursuing an MBA"."""
    before = text[max(0, start - 40) : start]
    return bool(_PURSUED_BEFORE.search(before) or _PURSUED_AFTER.match(text, end))


def local_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around [start, end); in a long flattened line, the stretch between wide gaps."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start <= FLATTENED_LINE:
        return line_start, line_end
    left, right = max(line_start, start - 150), min(line_end, end + 150)
    gaps_before = list(_WIDE_GAP.finditer(text, left, start))
    gap_after = _WIDE_GAP.search(text, end, right)
    return (
        gaps_before[-1].end() if gaps_before else _whole_word_start(text, left, start),
        gap_after.start() if gap_after else _whole_word_end(text, end, right),
    )


def _whole_word_start(text: str, left: int, start: int) -> int:
    """`left`, or past the word it cuts ("...ghtGBM, feature" starts at "feature")."""
    if not text[left - 1 : left].strip() or (space := text.find(" ", left, start)) == -1:
        return left
    return space + 1


def _whole_words(text: str, limit: int) -> str:
    """The text, cut to at most `limit` characters before a word it would cut."""
    cut = text.rfind(" ", 0, limit + 1) if len(text) > limit else -1
    return text[:cut] if cut > 0 else text[:limit]


def _whole_word_end(text: str, end: int, right: int) -> int:
    """`right`, or before the word it cuts ("B.A. Econo" ends at "B.A.")."""
    if not text[right : right + 1].strip() or (space := text.rfind(" ", end, right)) == -1:
        return right
    return space


def inline_sections(text: str) -> list[Section]:
    """Resume sections whose headings sit inside flattened lines, set apart by spaces."""
    sections: list[Section] = []
    for chunk in _CHUNK.finditer(text):
        words = chunk.group()
        if len(words) > 40 or not words[0].isupper():
            continue
        name = heading_name(words)
        if name not in RESUME_SECTIONS:
            continue
        if sections:
            sections[-1].end = chunk.start()
        sections.append(Section(name=name, heading=words, start=chunk.start(), end=len(text)))
    return sections


def resume_sections(lines: LineIndex, sections: list[Section]) -> list[Section]:
    """The document's sections, or those found inline when its line breaks were lost."""
    return sections or inline_sections(lines.text)


class _Hit(NamedTuple):
    degree: Degree
    start: int
    end: int


# An unfinished degree: "(expected May 2027)", "Exp. 05/2027", "(ABD)"; not what a job
# seeker expects to be paid ("Expected CTC: 25 LPA", "Expected salary") below a degree. A
# graduation to come, told with its date: "Graduating June 2028", "Due to graduate in 2027";
# of two dates, the later: "Graduating between Dec 2027 and June 2028".
_GRADUATING = (
    r"(?:graduating|(?:due|set)\s+to\s+graduate|will\s+graduate)(?!\s+class)"
    rf"(?=[\s:,(]*(?:(?:in|on|by|between)\s+)?(?:{_DATE_WORD}\.?,?\s+|\d{{1,2}}[/.\-])?"
    r"(?:19|20)\d\d)"
)
_EXPECTED = regex_cache.compile(
    r"\b(?:(?:expected|anticipated|exp\.)"
    r"(?!\s+(?:salary|ctc|compensation|pay|package|stipend|remuneration|wages?|rate|hike))"
    rf"|{_GRADUATING})"
    r"(?:\s+(?:graduation|completion|date|in|by))*\W{0,3}"
    rf"(?:between\s+[^\n]{{1,20}}?\s+and\s+)?"
    rf"(?:(?P<month>{_DATE_WORD})\.?\W{{0,3}}|(?P<number>0?[1-9]|1[0-2])[/.\-])?"
    r"(?P<year>(?:19|20)\d\d)?(?!\d)",
    re.I,
)
# The date written just before "expected": "2023 - 2025 (expected)", "May 2025, expected"
_YEAR_BEFORE = regex_cache.compile(
    rf"(?:\b(?P<month>{_DATE_WORD})\.?,?[ \t]*)?\b(?P<year>(?:19|20)\d\d)\W{{0,3}}$"
)
_YEAR_BEFORE_REACH = 20  # characters before "expected" where that date may start
# A degree not yet held: "(ABD)", "Ph.D. (thesis submitted)", "awaiting award", "viva pending"
_UNFINISHED = regex_cache.compile(
    r"\bABD\b|\ball but dissertation\b|(?i:\b(?:thesis|dissertation)\s+submitted\b"
    r"|\bawaiting\s+(?:award|viva|defen[cs]e|conferment)\b|\bviva(?:[\s-]+voce)?\s+pending\b)"
)
# Said after the field on the degree's own line: "Ph.D. in CS (in progress), Acme University",
# "PhD, Machine Learning, Acme University, 2023 – present", "B.E. Civil (pursuing, 3rd year)",
# "B.Tech (final year)"
_STILL_STUDIED = regex_cache.compile(
    r"\(\s*(?:in\s+progress|ongoing|pursuing|appearing|laufend|en\s+cours"
    r"|current(?:ly\s+(?:enrolled|pursuing|studying))?"
    r"|(?:final|first|second|third|fourth|1st|2nd|3rd|4th)\s+year)\s*(?:[,;/][^()\n]{0,40})?\)",
    re.I,
)
# ... or in Chinese, Japanese or Korean, right after the degree (and its "programme"), maybe in
# brackets: "硕士在读", "博士課程 在学中", "석사 재학중", "硕士（在读）", "석사 (재학중)"
_STILL_STUDIED_EAST = regex_cache.compile(
    r"[ \t]*[(（]?[ \t]*(?:课程|課程|과정)?"
    r"[ \t]*(?:在读|在讀|在学中|在学|在籍中|就读中|재학[ \t]?중)"
)
# ... or how studies for it ended, right after it (and its programme's words): left unfinished,
# no degree ("修士課程 中退", "硕士 肄业", "석사 중퇴"); its coursework done without the thesis, as
# "ABD" says ("博士課程 単位取得満期退学", "박사 수료"); expected ("卒業見込み", "修了予定",
# "졸업 예정", "预计2027年6月毕业"; the faculty's "学部 卒業" ends on the graduation)
_ENDED_EAST = regex_cache.compile(
    r"[ \t]*(?:後期|前期)?(?:課程|课程|과정)?[ \t]*"
    r"(?:(?P<left>中退|中途退学|退学|肄业|肄業|중퇴|중도[ \t]?퇴학)"
    r"|(?P<unfinished>単位取得(?:満期)?退学|満期退学|수료"
    r"|(?:卒業|修了)[ \t]?(?:見込み?|予定)|(?<=卒業)[ \t]?(?:見込み?|予定)|졸업[ \t]?예정"
    r"|(?:预计|預計)[^\n]{0,12}?(?:毕业|畢業)))"
)
# ... or right before it, in Chinese: "在读硕士", "在读博士"; not "在读硕士期间发表论文" (during
# the master's studies, published papers) nor "在读硕士时" (while studying for it), which tell
# of studies done
_STILL_STUDIED_BEFORE = regex_cache.compile(r"(?:在读|在讀)[ \t]?")
# ... or anywhere before it on its line, in Korean: "재학중 고려대학교 통계학 석사", unless another
# degree or a graduation stands between ("학사 졸업, 석사 재학중": the bachelor's is held)
_ENROLLED_KOREAN = regex_cache.compile(r"재학[ \t]?중")
_ANOTHER_KOREAN_DEGREE = regex_cache.compile(r"학사|석사|박사|졸업|수료")
_DURING = regex_cache.compile(r"[ \t]*(?:研究生)?(?:期[间間]|[时時](?![间間]))")
# ... or set apart as a cell of its own on that line: "MCA - Pursuing | Pune University",
# "B.Tech | 2022 - 2026 | Pursuing", "M.Tech, IIT Madras: Ongoing", India's "B.Tech in CSE -
# Appearing" (sitting the final exams); not "- pursuing a career"
_STATUS_CELL = regex_cache.compile(
    r"(?:^|[-–—|,:;])[ \t]*(?:currently[ \t]+)?"
    r"(?:pursuing|ongoing|in[ \t]+progress|appearing)[ \t]*"
    r"(?=$|[-–—|,;:(])",
    re.I | re.M,
)
_STATUS_REACH = 20  # characters past the degree's own text where its status cell may end


def _status_cell(text: str, end: int, own_line: str) -> bool:
    """A status cell (_STATUS_CELL) that opens in `own_line`, the text after the degree up to
    the next one on its line, and ends where its line or a cell does: "MCA - Pursuing |"; not
    "| Currently pursuing" cut short by the next degree ("... | Currently pursuing MBA")."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = min(line_end, end + len(own_line) + _STATUS_REACH)
    found = _STATUS_CELL.search(text[end:stop])
    return (
        found is not None
        and found.start() < len(own_line)
        and (found.end() < stop - end or stop == line_end)
    )


# A degree's dates running to now: "2023 - present", "10/2022 - heute", "2022 - actualidad"
_UNTIL_NOW = regex_cache.compile(rf"\b((?:19|20)\d\d)\s*(?:-|–|—|to|bis)+\s*{DEGREE_NOW}\b", re.I)
# Dates that open a degree's line and run to now, as a CV's column of dates sets them:
# "10/2022 - heute   B.Sc. Informatik", "Sep 2024 – Present | M.Sc.", "Since 2023  B.Sc.";
# between them and the degree at most the studies' name ("seit 10/2022  Studium der
# Informatik (B.Sc.)", "2019 - heute  Promotion (PhD)"), never a job's title
_START_DATE = (
    rf"(?:(?:(?:{_DATE_WORD}\.?|(?:0?[1-9]|1[0-2])[/.])[ \t]*)?(?:19|20)\d\d"
    # the East Asian way, year first: "2019.09", "2021年4月", "2022년 3월"
    r"(?:[/.](?:0?[1-9]|1[0-2])(?!\d)|年(?:度|[ \t]?(?:0?[1-9]|1[0-2])[ \t]?月)?"
    r"|[ \t]?년(?:[ \t]?(?:0?[1-9]|1[0-2])[ \t]?월)?)?"
    # a Japanese era's year, its fiscal year or its initial: "令和5年4月", "令和5年度", "R5.4"
    rf"|{ERA_YEAR}(?:度|[ \t]?(?:0?[1-9]|1[0-2])[ \t]?月)?|{ERA_INITIAL_DATE})"
)
_OPENING_DATES = (
    rf"[\W_]*(?:(?:seit|since)[ \t]+{_START_DATE}"
    rf"|{_START_DATE}[ \t]*(?:-|–|—|~|to|bis)+[ \t]*(?:{DEGREE_NOW}|至今|现在|現在|현재))"
)
_OPENS_UNTIL_NOW = regex_cache.compile(
    rf"{_OPENING_DATES}[\s:|,–—-]*(?:(?:\w*studium|promotion|doktorat)\b[^\d\n]{{0,40}})?", re.I
)
# ... and before a degree in Chinese, Japanese or Korean, which ends its line's school and
# field: "2019.09 - 至今 清华大学 计算机 硕士"
_OPENS_UNTIL_NOW_EAST = regex_cache.compile(rf"{_OPENING_DATES}[^\d\n]{{0,40}}", re.I)
# The first cell of a job's line, where its title holds a degree's word: "PhD supervisor",
# "MSc Programme Director, UCL"
_FIRST_CELL = regex_cache.compile(r"[^,;|\n]*")
# A status that opens the line below a degree, however long that line: "Expected May 2027 |
# GPA: 3.9/4.0 | Dean's List"
_STATUS_OPENS = regex_cache.compile(
    r"\W{0,3}(?:(?:expected|anticipated|in\s+progress)\b|exp\.)", re.I
)
_AFTER_CHARS = 150  # how far after a degree its status may be written
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASON_MONTHS = {"spring": 5, "summer": 8, "fall": 12, "autumn": 12, "winter": 12}


def _expected_month(found: re.Match[str]) -> int:
    """The month an expected degree is due, as year*12 + month-1 (June when only a year)."""
    word = found.group("month")
    month = _month_number(word) if word else int(found.group("number") or 6)
    return int(found.group("year")) * 12 + month - 1


def _this_year_alone(expected: re.Match[str], as_of: int) -> bool:
    """An expected date that names only a year, the year of `as_of`."""
    named_month = expected.group("month") or expected.group("number")
    return not named_month and int(expected.group("year")) == as_of // 12


def _is_unfinished(text: str, start: int, end: int, after: str, as_of: int) -> bool:
    """A degree still being studied for: "PhD candidate", "(ABD)", "(in progress)", expected
    or dated after as_of ("Aug 2023 - May 2027"), or dated until now ("2023 - present"). An
    expected date decides: "pursuing a B.S., expected May 2015" is done by 2025; a year alone
    that is this year's ("(in progress), expected 2026" in November 2026) leaves it to the
    status written."""
    expected = _EXPECTED.search(after)
    if expected and expected.group("year"):
        if not _this_year_alone(expected, as_of):
            return _expected_month(expected) > as_of
        expected = None  # the year may end after this month: the status written decides
    if expected and (
        before := _YEAR_BEFORE.search(
            after, max(0, expected.start() - _YEAR_BEFORE_REACH), expected.start()
        )
    ):
        # "2023 - 2025 (expected)": June of 2025; "Sep 2025 - Dec 2026 (expected)": December
        month = _month_number(before["month"]) if before["month"] else 6
        return int(before["year"]) * 12 + month - 1 > as_of
    own_line = after.split("\n", 1)[0]
    unfinished = (
        _UNFINISHED.search(after)
        or _STILL_STUDIED.search(own_line)
        or _STILL_STUDIED_EAST.match(own_line)
        or _studied_now_before(text, start, own_line)
        or _status_cell(text, end, own_line)
    )
    dated = _dated_until_now(own_line, as_of) or _dated_after(own_line, as_of)
    dated = dated or _opens_until_now(text, start, as_of)
    candidate = _DOCTORAL_CANDIDATE.fullmatch(text, start, end)
    return bool(expected or unfinished or dated or candidate) or is_pursued(text, start, end)


# A doctoral candidate's title ("Promovendus", "Doktorand"): the doctorate is under way
_DOCTORAL_CANDIDATE = regex_cache.compile(_DOCTORAL_CANDIDATES, re.I)


def _studied_now_before(text: str, start: int, own_line: str) -> bool:
    """Whether the degree at `start` follows the Chinese "under way" (_STILL_STUDIED_BEFORE)
    or, on its line, the Korean "enrolled" (_ENROLLED_KOREAN)."""
    reach = max(0, start - 3)
    before = _STILL_STUDIED_BEFORE.search(text, reach, start)
    if before is not None and before.end() == start and not _DURING.match(own_line):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    enrolled = _ENROLLED_KOREAN.search(text, line_start, start)
    return enrolled is not None and not _ANOTHER_KOREAN_DEGREE.search(text, enrolled.end(), start)


# The longest a degree is studied for, in years: one dated to now from longer ago is held
# since then ("Since 2012  M.Sc."), not studied for fourteen years
_LONGEST_STUDIES = 8


def _recent(year: int, as_of: int) -> bool:
    """Whether studies begun in `year` may still go on at as_of (year*12 + month-1)."""
    return as_of // 12 - year <= _LONGEST_STUDIES


def _begun(text: str, start: int, end: int) -> int | None:
    """The year text[start:end] opens with, written in figures or in a Japanese era."""
    begun = _BEGUN.search(text, start, end)
    era = era_year(text, start, end)
    if era and (begun is None or era.start() < begun.start()):
        return calendar_year(era)
    return int(begun.group()) if begun else None


def _opens_until_now(text: str, start: int, as_of: int) -> bool:
    """Whether the degree's line opens with its dates running to now (_OPENS_UNTIL_NOW), from
    a recent year, and the degree names no job ("2021 - present  PhD supervisor": a current
    job's title)."""
    line_start = text.rfind("\n", 0, start) + 1
    east = EAST_ASIAN_LETTER.match(text, start)  # the degree is written in its script
    opening = _OPENS_UNTIL_NOW_EAST if east else _OPENS_UNTIL_NOW
    if opening.fullmatch(text, line_start, start) is None:
        return False
    begun = _begun(text, line_start, start)
    if begun and not _recent(begun, as_of):
        return False
    cell = _FIRST_CELL.match(text, start)
    words = re.findall(r"[^\W\d_]+", cell.group()) if cell else []
    return not any(is_occupation(word) for word in words)


# An expected graduation in Chinese, Japanese or Korean (_ENDED_EAST): "卒業見込み", "졸업 예정"
_EXPECTED_EAST = regex_cache.compile(r"見込|予定|예정|预计|預計")
# A date as these lines write it: "2022年4月", "2022.03", "2022년 2월", "2022年"
_EAST_DATE = regex_cache.compile(
    r"(?<!\d)((?:19|20)\d\d)(?:[ \t]*(?:[./]|年|년)[ \t]*(?:(\d{1,2})(?!\d))?)?"
)


def _east_asian_due_after(line: str, as_of: int) -> bool:
    """Whether an expected graduation is still ahead at as_of: the last date its line writes
    (the graduation's, or its range's end) is after as_of, as "expected May 2022" is read; a
    line with no date, or with only a year that is as_of's, stays under way."""
    dates = list(_EAST_DATE.finditer(line))
    if not dates:
        return True
    year, month = int(dates[-1].group(1)), dates[-1].group(2)
    if month is None or not 1 <= int(month) <= 12:
        return year >= as_of // 12
    return year * 12 + int(month) - 1 > as_of


# The year a degree's line opens with
_BEGUN = regex_cache.compile(r"(?:19|20)\d\d")
# A year as degrees and jobs are dated; it ends an entry: "B.Tech Mechanical VIT 2012"
YEAR = regex_cache.compile(r"\b(?:19|20)\d\d\b")
_DEGREE_YEARS = regex_cache.compile(
    rf"\b(?:(?P<month>{_DATE_WORD})\.?,?\s*)?(?P<year>(?:19|20)\d\d)(?:\s*(?:-|–|—|to)\s*"
    rf"(?:(?P<end_month>{_DATE_WORD})\.?,?\s*)?(?P<end_year>(?:19|20)\d\d)\b)?"
)


def _dated_after(own_line: str, as_of: int) -> bool:
    """The degree's own date, the first written after it, falls after as_of: "B.S. in
    Statistics, 2028", "2024 - 2028", "Aug 2023 - May 2027", "Dec 2026" (a year alone, as June,
    may still be ahead within as_of's year; it is read as done)."""
    dated = _DEGREE_YEARS.search(own_line)
    if dated is None:
        return False
    month, year = (
        dated.group("end_month", "end_year") if dated["end_year"] else dated.group("month", "year")
    )
    if month:
        return int(year) * 12 + _month_number(month) - 1 > as_of
    return int(year) > as_of // 12


def _month_number(word: str) -> int:
    """A month's or a season's number: "May" 5, "Sept" 9, "Fall" 12."""
    word = word.lower()
    return _SEASON_MONTHS.get(word) or _MONTH_NAMES.index(word[:3]) + 1


def _dated_until_now(own_line: str, as_of: int) -> bool:
    """Whether the degree's own dates run to the present from a recent year: the range "2023 –
    present" opens at the first year written after it. A range after the degree's own years
    is another entry's, on a line a two-column page or a flattened resume shares ("BS CS
    (2010–2014) | Software Engineer (2014–present)", "B.Sc. Mathematics, 2014    Data
    Scientist, 2020 - Present")."""
    until_now = _UNTIL_NOW.search(own_line)
    first_year = YEAR.search(own_line)
    return (
        until_now is not None
        and first_year is not None
        and first_year.start() == until_now.start()
        and _recent(int(until_now.group(1)), as_of)
    )


def _text_after(text: str, end: int, next_start: int) -> str:
    """What follows a degree on its line, up to the next degree, and a short next line
    without a degree ("Expected June 2027" under "M.S. Computer Science"), past one blank
    line (a double-spaced document)."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = min(next_start, end + _AFTER_CHARS)
    if stop <= line_end:
        return text[end:stop]
    if text.startswith("\n\n", line_end):
        line_end += 1
    next_end = text.find("\n", line_end + 1)
    next_end = len(text) if next_end < 0 else next_end
    below = text[line_end:next_end]
    short = (next_end - line_end <= 60 or _STATUS_OPENS.match(below)) and next_start > next_end
    return text[end:line_end] + (below if short else "")


_OWN_WORDS = 45  # "B.E Mechanical Engineering Pune University"


def _own_field(
    text: str, start: int, end: int, left: int, right: int, starts: list[int], following: int
) -> str | None:
    """The field named in a degree's own words: its stretch of the line; in a flattened line
    (a resume scraped into one line), the words from the degree on, up to the next degree or
    a year, as the words before and after belong to other entries ("MBA Finance IIM 2014
    B.Tech Mechanical VIT 2012 Business Analyst"); there a field follows the degree at once,
    not a school's "University of Pune" or a skill's "Payroll- Experience" further on."""
    if right - left <= 160:
        return field_of(plain(text[left:right]))
    stop = min(start + _OWN_WORDS, starts[following] if following < len(starts) else right)
    year = YEAR.search(text, end, stop)
    named = plain(text[start : year.start() if year else max(stop, end)])
    degree_word = _DEGREE_WORD_AFTER.match(text, end)
    return field_of(named, within=(degree_word.end() if degree_word else end) - start)


_DEGREE_WORD_AFTER = regex_cache.compile(r"(?:['’]s)?[ \t]*(?:degree|diploma)?[ \t]*", re.I)

# A school's (or its faculty's) name ends in Chinese, Japanese or Korean: "清华大学",
# "東京大学大学院", "서울대학교", "공과대학", "计算机学院"
_EAST_SCHOOL_END = regex_cache.compile(
    r"大学院|大學院|研究生院|大学|大學|学院|學院|대학교|대학원|대학|학교|学部"
)
# The words between that name and the degree, which name its field: "计算机科学与技术", or a
# major's marked one ("情報工学専攻", "컴퓨터공학 전공"); the last of them when several stand
_EAST_FIELD_WORDS = regex_cache.compile(
    rf"[{EAST_ASIAN_LETTERS}]{{2,20}}?(?:専攻|专业|專業|전공|研究科)?"
)
# A status before the degree, not its field: "在读硕士", "재학중 석사"
_EAST_STATUS = regex_cache.compile(r"在读|在讀|在学中?|在籍中?|就读中?|재학[ \t]?중")


def _end(found: re.Match[str]) -> int:
    return found.end()


def _east_asian_field(text: str, start: int) -> str | None:
    """The field a Chinese, Japanese or Korean degree's line names between its school and
    the degree's word ("2015.09 - 2019.06 清华大学 计算机科学与技术 本科", "北京大学统计学本科"):
    a known area when the words name one, else the words as written."""
    line_start = text.rfind("\n", 0, start) + 1
    school = max(_EAST_SCHOOL_END.finditer(text, line_start, start), default=None, key=_end)
    if school is None or text.startswith("学部", start):
        return None  # no school before, or "工学部 卒業": the faculty is the degree's word
    between = text[school.end() : start].strip(" \t|·,，、/／")
    words = re.split(r"[\s|·,，、/／]+", between)[-1]
    found = _EAST_FIELD_WORDS.fullmatch(words)
    if found is None or _EAST_STATUS.search(words):
        return None
    field = re.sub(r"(?:専攻|专业|專業|전공|研究科)$", "", words)
    return field_of(field) or field


Named = Callable[[LineIndex, int, int], bool]  # whether a degree named at start:end counts


def _school_line_unfinished(lines: LineIndex, line: int, as_of: int) -> bool:
    """A degree on an undated line below its school's line, and that line dates the studies
    as still going on: "University of Michigan    Expected May 2027" above "B.S.E. in Computer
    Science". The school's line is this degree's only when no degree stands above it (there
    it is the line below that degree: "M.S. CS" / "Stanford University, expected 2027")."""
    if line < 2 or YEAR.search(lines.line_text(line)):
        return False
    school = lines.line_text(line - 1)
    if not _INSTITUTION.search(school) or degree_in_line(school) is not None:
        return False
    if line > 2 and degree_in_line(lines.line_text(line - 2)) is not None:
        return False
    return _is_unfinished(school, 0, 0, school, as_of)


# A thesis named by its degree: "Master's thesis:", "M.S. Thesis", "PhD dissertation"
_THESIS_AFTER = regex_cache.compile(r"(?:['’´]s)?[ \t]*(?:thesis|dissertation)\b", re.I)
_THESIS_END = regex_cache.compile(r"(?:thesis|dissertation)$", re.I)
# A project done for a degree, as an Indian student's resume labels it: "Final Year Project:
# Crop disease detection using CNN (B.Tech)", "Mini Project (B.E.): ...", "B.Tech Project -
# ...": the line opens on the project's label, and the degree is the one it was done for
_PROJECT_LABEL = regex_cache.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?:(?:final[ \t-]+year|major|minor|mini|capstone|academic"
    r"|[A-Za-z.]{2,7})[ \t]+)?projects?[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?[:\-–]",
    re.I,
)


def _theses_of_named_degrees(text: str, mentions: list[DegreeMention]) -> set[int]:
    """The starts of mentions that name a thesis or a project of a degree the text names
    elsewhere as such ("Master's thesis: ..." below "M.S. Computer Science, expected 2027",
    "Final Year Project: ... (B.Tech)"): the thesis is that degree's, no degree of its own
    (nor one held); alone it still names its degree."""

    def names_thesis(start: int, end: int) -> bool:
        if _THESIS_END.search(text, start, end) or _THESIS_AFTER.match(text, end):
            return True
        return bool(_PROJECT_LABEL.match(text, text.rfind("\n", 0, start) + 1))

    theses = {start for _, start, end in mentions if names_thesis(start, end)}
    named = {level for level, start, _ in mentions if start not in theses}
    return {start for level, start, _ in mentions if start in theses and level in named}


# A French master's first year ("Master 1", "M1"), read as the licence it follows
_FIRST_YEAR_OF_A_MASTER = regex_cache.compile(r"(?i:master)[ \t]+1|M1")


def _level_under_way(level: DegreeLevel, text: str, start: int, end: int) -> DegreeLevel:
    """The level of a degree under way, named at start:end: a master's first year, which
    degree_mentions reads as the licence it shows held, is a master's under way."""
    return "master" if _FIRST_YEAR_OF_A_MASTER.fullmatch(text, start, end) else level


def _degree_hits(lines: LineIndex, as_of: int, counts: Named | None) -> list[_Hit]:
    """Every degree of the writer with its offsets, one per mention (taught ones left out,
    theses of degrees named elsewhere, and those `counts` rejects)."""
    text = lines.text
    found: list[_Hit] = []
    mentions = degree_mentions(text)
    starts = [start for _, start, _ in mentions]  # in text order
    theses = _theses_of_named_degrees(text, mentions)
    below_unfinished: dict[int, bool] = {}  # per line: read once however many degrees it holds
    # a rirekisho's entry lines whose studies a later line closes: that line tells the degree
    entries = {lines.line_of(start) for start in closed_entries(text)}
    denied = answered_no(text)  # "Have you completed ...: Master's Degree?" over "No"
    for level, start, end in mentions:
        if start in theses or is_taught(text, start, end) or lines.line_of(start) in entries:
            continue
        if any(first <= start < last for first, last in denied):
            continue
        ended = _ENDED_EAST.match(text, end) if EAST_ASIAN_LETTER.match(text, start) else None
        if ended and ended["left"]:
            continue  # studies left unfinished: no degree
        if counts and not counts(lines, start, end):
            continue
        left, right = local_span(text, start, end)
        if right - left > 160:
            left = _whole_word_start(text, max(left, start - 40), start)
        context = _whole_words(plain(text[left:right]).strip(" |"), 160)  # a table row's bars go
        following = bisect_left(starts, end)
        after = _text_after(text, end, starts[following] if following < len(starts) else len(text))
        field = None
        if level != "secondary":
            own = _own_field(text, start, end, left, right, starts, following)
            if own is None and EAST_ASIAN_LETTER.match(text, start):
                own = _east_asian_field(text, start)
            field = own or _labelled_field(text, right)
        line = lines.line_of(start)
        if line not in below_unfinished:
            below_unfinished[line] = _school_line_unfinished(lines, line, as_of)
        if ended and _EXPECTED_EAST.search(ended.group()):
            in_progress = _east_asian_due_after(lines.line_text(line), as_of)
        else:
            in_progress = (
                bool(ended)
                or _is_unfinished(text, start, end, after, as_of)
                or below_unfinished[line]
            )
        degree = Degree(
            level=_level_under_way(level, text, start, end) if in_progress else level,
            text=context,
            field=field,
            line=line,
            in_progress=in_progress,
        )
        found.append(_Hit(degree, start, end))
    return found


def school_job_beside(lines: LineIndex, line: int) -> bool:
    """A title naming a job at a school on the line above or below (a job's entry names the
    school where the writer taught, not where they studied)."""
    beside = (line - 1, line + 1) if line > 1 else (line + 1,)
    return any(
        number <= len(lines) and _SCHOOL_JOB_TITLE.match(lines.line_text(number))
        for number in beside
    )


def _school_worked_at(hit: _Hit, lines: LineIndex, sections: list[Section]) -> bool:
    """A high school named in the work section beside a teacher's title or under a teaching
    heading, or a university's "Specialist" there ("Ohio State University, Specialist in
    Research Computing"): a workplace and a post, no degree."""
    if lines.section_of(hit.start, sections) != "experience":
        return False
    if hit.degree.level == "master":
        return lines.text.startswith(("Specialist", "specialist"), hit.start)
    return hit.degree.level == "secondary" and (
        school_job_beside(lines, hit.degree.line) or under_teaching(hit.start, sections)
    )


# A CV's headings over what its writer taught, whose entries may name a course and no role
TEACHING_HEADINGS = frozenset({"teaching", "teaching experience", "teaching and supervision"})


def under_teaching(at: int, sections: list[Section]) -> bool:
    """Whether a teaching heading's section holds the offset `at`: a school named there is
    where its writer taught ("Lincoln High School, Aug 2014 - Jun 2022")."""
    return any(
        s.start <= at < s.end and heading_key(s.heading) in TEACHING_HEADINGS for s in sections
    )


# A name line: a full name, maybe labelled, and the doctor's title after it: "山田 太郎 博士",
# "山田太郎博士", "氏名: 李明博士"; not a field before the doctorate ("工学博士", "情報科学 博士")
_NAME_TITLED = regex_cache.compile(
    r"[ \t]*(?:氏名[ \t]*:?[ \t]*)?[\u4e00-\u9fff]{1,3}[ \t]?[\u4e00-\u9fff]{1,3}(?<!学)"
    r"[ \t]?博士[ \t]*"
)
_HEADER_LINES = 3  # how far a resume without headings may hold its name line


def _name_titled(hit: _Hit, lines: LineIndex, sections: list[Section]) -> bool:
    """A doctor's title after the writer's name on the resume's name line, above its first
    section (or among its first lines without one): no degree claimed."""
    if hit.degree.level != "phd" or lines.text[hit.start] != "博":
        return False
    first = min((section.start for section in sections), default=None)
    in_header = hit.start < first if first is not None else hit.degree.line <= _HEADER_LINES
    line = hit.degree.line
    return in_header and _NAME_TITLED.fullmatch(lines.line_text(line)) is not None


# A title before the writer's name on the name line: "Ing. Carlos Pérez", "Mgr. Jana Nová"
_TITLE_BEFORE_NAME = regex_cache.compile(
    r"[ \t]*(?:Ing|Mgr|Bc)\.[ \t]+[^\W\d_][^\W\d_'.-]*(?:[ \t]+[^\W\d_][^\W\d_'.-]*){1,3}[ \t]*"
)


def _title_before_name(hit: _Hit, lines: LineIndex, first: int | None) -> bool:
    """An "Ing.", "Mgr." or "Bc." opening the name line above the first section (which
    starts at `first`): a title whose degree the education section tells (its level differs
    by country: the Czech master's, a Latin American or Dutch engineer's bachelor's)."""
    if first is None or hit.start >= first:
        return False
    return _TITLE_BEFORE_NAME.fullmatch(lines.line_text(hit.degree.line)) is not None


# The writer's name before a degree's letters on the name line ("Wei Zhang, PhD"), and other
# letters after them ("Ana Ruiz, MSc, PMP")
_NAME_BEFORE_LETTERS = regex_cache.compile(
    r"[ \t]*[^\W\d_][^\W\d_'.-]*(?:[ \t]+[^\W\d_][^\W\d_'.-]*){1,3}[ \t]*,?[ \t]*"
)
_LETTERS_AFTER = regex_cache.compile(r"(?:[ \t]*,?[ \t]*[A-Z][A-Za-z.]{1,9})*[ \t]*")


def _letters_after_name(hit: _Hit, lines: LineIndex, first: int | None) -> bool:
    """A degree's letters after the writer's name on the name line, above the `first`
    section's start (or among the first lines without one): "Wei Zhang, PhD"."""
    in_header = hit.start < first if first is not None else hit.degree.line <= _HEADER_LINES
    if not in_header:
        return False
    start = lines.line_start(hit.degree.line)
    end = start + len(lines.line_text(hit.degree.line))
    return (
        _NAME_BEFORE_LETTERS.fullmatch(lines.text, start, hit.start) is not None
        and _LETTERS_AFTER.fullmatch(lines.text, hit.end, end) is not None
    )


def _told_below(found: list[_Hit], lines: LineIndex, sections: list[Section]) -> list[_Hit]:
    """`found` without the letters after the writer's name whose degree another line names
    ("PhD in Statistics, Stanford, 2019" under "Wei Zhang, PhD"): one degree, not two."""
    first = min((section.start for section in sections), default=None)
    letters = [hit for hit in found if _letters_after_name(hit, lines, first)]
    if not letters:
        return found
    letter_lines = {hit.degree.line for hit in letters}
    named = {hit.degree.level for hit in found if hit.degree.line not in letter_lines}
    return [hit for hit in found if hit not in letters or hit.degree.level not in named]


# The headings over the students an academic CV's writer supervised: their degrees are theirs
_SUPERVISION_HEADINGS = frozenset({*CV_SUPERVISION, *BARE_SUPERVISION})


def _a_students_degree(hit: _Hit, sections: list[Section]) -> bool:
    """A degree named under the writer's supervised students ("Anna Berg, MSc thesis")."""
    index = section_index(sections, hit.start)
    return index >= 0 and heading_key(sections[index].heading).rstrip(" :") in (
        _SUPERVISION_HEADINGS
    )


# A milestone inside a doctorate, no degree held: "MPhil ... (PhD transfer)", "PhD upgrade",
# "transferred to the PhD programme"
_MILESTONE_AFTER = regex_cache.compile(
    r"[ \t]+(?:transfer|upgrade|confirmation|progression)\b", re.I
)
_TRANSFERRED_BEFORE = regex_cache.compile(
    r"\b(?:transferred|upgraded)[ \t]+to[ \t]+(?:the[ \t]+)?\Z", re.I
)
# A detail of the degree named above, on a line of its own: "PhD Supervisor: Prof. Jane
# Smith", "MSc Thesis: Graph neural networks", "Doctoral advisor - Dr. Lee"
_DEGREES_DETAIL = regex_cache.compile(
    r"[ \t]+(?:supervisors?|co-?supervisors?|advisors?|advisers?|thesis|dissertation|committee"
    r"|examiners?)[ \t]*[:\-–—]",
    re.I,
)
_DETAIL_REACH = 3  # lines below the degree where its details stand


def _not_a_degree_held(
    hit: _Hit, lines: LineIndex, levels_by_line: dict[int, set[DegreeLevel]]
) -> bool:
    """A doctorate's milestone ("(PhD transfer)"), or a line of details opening with the
    degree named on a line just above ("PhD Supervisor: Prof. Jane Smith"); `levels_by_line`:
    the levels named on each line."""
    text = lines.text
    if _MILESTONE_AFTER.match(text, hit.end) or _TRANSFERRED_BEFORE.search(
        text, max(0, hit.start - 20), hit.start
    ):
        return True
    line = hit.degree.line
    opens = not lines.line_text(line)[: hit.start - lines.line_start(line)].strip(" \t-•*")
    return (
        opens
        and _DEGREES_DETAIL.match(text, hit.end) is not None
        and any(
            hit.degree.level in levels_by_line.get(line - above, ())
            for above in range(1, _DETAIL_REACH + 1)
        )
    )


def resume_education(
    lines: LineIndex, sections: list[Section], as_of: int, counts: Named | None = None
) -> Education:
    """Highest degree held on the resume, those in the education section trusted first. A
    degree still studied for ("PhD candidate", "expected May 2027") is listed, marked
    in_progress, and never counts as held. `counts` may leave mentions out (a posting's "you
    don't need a graduate degree")."""
    sections = resume_sections(lines, sections)
    found = [
        hit
        for hit in _degree_hits(lines, as_of, counts)
        if not _school_worked_at(hit, lines, sections)
        and not _name_titled(hit, lines, sections)
        and not _a_students_degree(hit, sections)
    ]
    levels_by_line: dict[int, set[DegreeLevel]] = {}
    for hit in found:
        levels_by_line.setdefault(hit.degree.line, set()).add(hit.degree.level)
    found = [hit for hit in found if not _not_a_degree_held(hit, lines, levels_by_line)]
    found = _told_below(found, lines, sections)
    held = [hit for hit in found if not hit.degree.in_progress]
    in_education = [hit for hit in held if lines.section_of(hit.start, sections) == "education"]
    if in_education:  # where the first section starts, once: a flattened CV has thousands
        first = min((section.start for section in sections), default=None)
        found = [hit for hit in found if not _title_before_name(hit, lines, first)]
    pool = in_education or held
    degrees = [hit.degree for hit in found]
    if not pool:
        return Education(degrees=degrees)
    best = max(pool, key=lambda hit: (DEGREE_ORDER[hit.degree.level], -hit.start))
    return Education(highest=best.degree.level, field=best.degree.field, degrees=degrees)
