"""Words for "now" that end a range of dates running to the present ("2019 - present",
"10/2022 - heute", "2019.07 - 至今"), shared by the readers of jobs' and degrees' dates."""

from __future__ import annotations

# English, the words both readers take
ENGLISH_NOW = r"present|current|now|today"

# "To the present time" in Russian ("по настоящее время", "наст. время", "н.в.", "сейчас")
# and Ukrainian ("по теперішній час", "т.ч.", "досі", "дотепер", "зараз"), with or without
# the "по" ("up to") before it
CYRILLIC_NOW = (
    r"(?:по[ \t]+)?(?:(?:настоящее|текущее|нынешнее|наст\.?)[ \t]*(?:время|вр\.)"
    r"|н\.[ \t]?в\.?|(?:теперішній|поточний|цей)[ \t]+час|т\.[ \t]?ч\.?|сьогодні|сегодня)"
    r"|наст\.[ \t]?вр\.?|сейчас|до[ \t]+сих[ \t]+пор|по[ \t]+сей[ \t]+день"
    r"|досі|дотепер|зараз|тепер"
)

# "Today" in German, French, Italian, Spanish, Portuguese, Dutch, Finnish, Czech, Swedish,
# Slovak, Polish, Hungarian, Romanian, Estonian, Lithuanian, Latvian, Turkish, Danish and
# Norwegian ("d.d.": "dags dato", this day's date): a range's open end. The Finnish "nyt" and
# the Dutch or Swedish "nu" not in capitals: "Summer 2019 - NYT" names a newspaper, "Summer
# 2019 - NU" a university (Northeastern); nor "Nu" opening a name, one space before a capital
# ("2016 - Nu Skin", an employer).
EUROPEAN_NOW = (
    r"heute|bis\s+(?:heute|jetzt)|jetzt|aktuell|aujourd['’]hui|présent|actuel(?:lement)?"
    r"|en\s+cours|à\s+ce\s+jour|oggi|ad\s+oggi|attual(?:e|mente)|in\s+corso|presente"
    r"|actual(?:idad|mente)?|hoy|atual(?:mente)?|hoje|heden|(?-i:nu|Nu(?! [A-Z]))"
    # "en curso", "até o momento", "hasta la fecha", "- a la fecha"; not "la fecha de inicio"
    r"|e[nm]\s+curso|o\s+momento|(?:(?:hasta|a)\s+)?la\s+fecha(?!\s+de\b)"
    r"|nykyhetki|nykyään|(?-i:[Nn]yt)|současnost|dosud|doposud|dodnes|nyní"
    r"|súčasnos[tť]|doteraz"  # Slovak
    r"|obecnie|teraz|nadal|do\s+dzi[śs]"  # Polish
    r"|jelenleg|napjainkig|máig"  # Hungarian
    r"|(?:până[ \t]+)?în[ \t]+prezent|prezent"  # Romanian
    r"|praegu|tänaseni|kuni[ \t]+praeguseni"  # Estonian
    r"|(?:iki[ \t]+)?dabar|šiuo[ \t]+metu"  # Lithuanian
    r"|šobrīd|līdz[ \t]+šim|patlaban|tagad"  # Latvian
    r"|halen|günümüz|devam[ \t]+ediyor|hâlâ"  # Turkish
    r"|nå|pågående|d\.[ \t]?d\.?|dags[ \t]+dato|i[ \t]+dag|idag"
    rf"|{CYRILLIC_NOW}"
)

# "Until now" in Persian and Dari ("تاکنون", "تا کنون", "تا اکنون", "تا به حال", "تا امروز",
# "هم‌اکنون", "در حال حاضر"), with the Persian or the Arabic "ک"
PERSIAN_NOW = (
    r"تا[ \t]*(?:به[ \t]+)?(?:ا?[کك]نون|امروز|حال)|هم[ \t]?ا[کك]نون|ا?[کك]نون"
    r"|(?:در[ \t]+)?حال[ \t]+حاضر"
)

# "Today" and "until today" in Hebrew ("היום", "(ו)עד היום", "כיום", "עד כה"), Arabic
# ("حتى الآن", "حاليا", "الآن", "حتى اليوم"; with or without the hamza and the tanwin), Greek
# ("σήμερα", "έως σήμερα", "μέχρι σήμερα", "τώρα"; accented or in capitals without accents)
# and Persian (PERSIAN_NOW)
MIDEAST_NOW = (
    r"(?:ו?עד[ \t]+)?(?:היום|כיום|הווה)|ו?עד[ \t]+כה"
    r"|(?:(?:حتى|لغاية|إلى|الى)[ \t]+)?(?:ال[آا]ن|اليوم|تاريخه)|حالي(?:اً|ًا|ا)?"
    r"|(?:(?:έως|εως|μέχρι|μεχρι)[ \t]+)?(?:σ[ήη]μερα|τ[ώω]ρα)"
    rf"|{PERSIAN_NOW}"
)

# "Until now" in Chinese ("至今", "现在", "今"), Japanese ("現在", "現在まで") and Korean
# ("현재", "재직중": still employed)
EAST_ASIAN_NOW = r"(?:至今|现在|現在|今|현재)(?:まで)?|재직[ \t]?중"

# "Now" in Vietnamese ("hiện tại", "hiện nay", "nay": "03/2020 - nay"), Indonesian ("sekarang",
# "saat ini"), Malay ("kini") and Thai ("ปัจจุบัน"). "nay" and "kini" in lower case or
# capitalised only.
SEASIA_NOW = r"hiện[ \t]+(?:tại|nay)|(?-i:[Nn]ay|NAY)|sekarang|saat[ \t]+ini|(?-i:[Kk]ini)|ปัจจุบัน"

# "To date" ending a range ("2023 - to date", "2023 to date", "2024 – till date"): "date"
# only after "to" or "till"
TO_DATE = r"(?:to|till)[ \t]+date|(?<=\bto[ \t])date|(?<=\btill[ \t])date"

# The words that end a degree's dates still under way: English and European ones, not the
# looser words a job's range takes (a bare "date", "still", "ongoing"), which a degree's line
# uses otherwise ("Thesis submitted, defence date to be set")
DEGREE_NOW = rf"(?:{ENGLISH_NOW}|{EUROPEAN_NOW}|{SEASIA_NOW}|{MIDEAST_NOW}|{TO_DATE})"
