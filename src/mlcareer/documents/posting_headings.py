"""The headings of job postings written in German, French, Spanish, Catalan, Italian, Portuguese,
Dutch, Swedish, Danish, Norwegian, Polish, Finnish, Czech, Slovak, Hungarian, Romanian, Estonian,
Lithuanian, Latvian, Turkish, Russian, Ukrainian, Chinese, Japanese and Korean, as job boards and
careers sites set them (Stepstone, XING, Welcome to the Jungle, Indeed, InfoJobs, LinkedIn,
werk.nl, Arbetsförmedlingen, Jobindex, FINN, pracuj.pl, Duunitori, jobs.cz, profession.hu, eJobs,
CV Keskus, CVbankas, CV.lv, kariyer.net, hh.ru, DOU, Djinni, work.ua, 拉勾, doda, 원티드),
lower-cased as sections.heading_key gives them. Each list names one of a posting's sections;
sections.HEADINGS takes them in."""

from __future__ import annotations


def asked(*phrases: str) -> tuple[str, ...]:
    """Headings written as questions, with or without the space French sets before "?":
    "Qui sommes-nous ?", "¿Qué ofrecemos?" (heading_key drops the opening "¿")."""
    return tuple(form for phrase in phrases for form in (phrase, f"{phrase} ?", f"{phrase}?"))


# German, in the "du" and the "Sie" form
DE_COMPANY = (
    *("über uns", "wer wir sind", "wer sind wir", "das sind wir", "wir über uns"),
    *("das unternehmen", "unser unternehmen", "über das unternehmen", "unternehmen"),
)
DE_TASKS = (
    *("aufgaben", "deine aufgaben", "ihre aufgaben", "das sind deine aufgaben"),
    *("das sind ihre aufgaben", "aufgabengebiet", "dein aufgabengebiet", "ihr aufgabengebiet"),
    *("tätigkeiten", "deine tätigkeiten", "ihre tätigkeiten", "deine rolle", "ihre rolle"),
    *("was dich erwartet", "was sie erwartet", "das erwartet dich", "das erwartet sie"),
    *("deine verantwortung", "ihre verantwortung", "aufgaben und verantwortung"),
)
DE_PROFILE = (
    *("dein profil", "ihr profil", "anforderungen", "anforderungsprofil", "voraussetzungen"),
    *("deine qualifikationen", "ihre qualifikationen", "qualifikationen"),
    *("das bringst du mit", "das bringen sie mit", "was du mitbringst", "was sie mitbringen"),
    *("du bringst mit", "sie bringen mit"),  # Swiss and Austrian postings
    *("das solltest du mitbringen", "das sollten sie mitbringen", "was du mitbringen solltest"),
    *("was sie mitbringen sollten", "das zeichnet dich aus", "das zeichnet sie aus"),
    *("was wir erwarten", "was wir von dir erwarten", "was wir von ihnen erwarten"),
    *("wen wir suchen", "was wir suchen", "deine kenntnisse", "ihre kenntnisse"),
    *("damit überzeugst du uns", "damit überzeugen sie uns"),
)
DE_WISHES = (
    *("wünschenswert", "von vorteil", "idealerweise", "pluspunkte", "das wäre schön"),
    *("idealerweise bringst du mit", "idealerweise bringen sie mit", "ein plus"),
)
DE_OFFER = (
    *("wir bieten", "was wir bieten", "das bieten wir", "unser angebot", "wir bieten dir"),
    *("wir bieten ihnen", "was wir dir bieten", "was wir ihnen bieten", "das bieten wir dir"),
    *("das bieten wir ihnen", "deine vorteile", "ihre vorteile", "deine benefits"),
    *("ihre benefits", "unsere benefits", "was dich bei uns erwartet", "was sie bei uns erwartet"),
    *("das erwartet dich bei uns", "das erwartet sie bei uns", "warum wir", "warum zu uns"),
    *("gehalt", "vergütung", "bewerbung", "deine bewerbung", "ihre bewerbung"),
    *("so bewirbst du dich", "so bewerben sie sich", "haben wir dein interesse geweckt"),
    *("haben wir ihr interesse geweckt", "interessiert", "standort", "arbeitsort"),
)

# French, in the "vous" and the "tu" form (France, Belgium, Switzerland, Quebec)
FR_COMPANY = (
    *asked("qui sommes-nous", "qui sommes nous", "nous connaître"),
    *("à propos de nous", "l'entreprise", "notre entreprise", "la société", "notre société"),
    *("présentation de l'entreprise", "description de l'entreprise", "nos valeurs"),
)
FR_ABOUT = (
    *("description du poste", "descriptif du poste", "le poste", "à propos du poste"),
    *("contexte", "le contexte", "contexte du poste", "l'équipe", "notre équipe", "le rôle"),
)
FR_TASKS = (
    *("missions", "vos missions", "tes missions", "les missions", "missions principales"),
    *("vos principales missions", "tes principales missions", "principales missions"),
    *("responsabilités", "vos responsabilités", "tes responsabilités", "votre rôle", "ton rôle"),
    *("vos tâches", "tes tâches", "tâches", "vos activités", "au quotidien", "ton quotidien"),
    *asked("ce que vous ferez", "ce que tu feras", "que ferez-vous", "que feras-tu"),
    *("missions et responsabilités", "description des missions"),
    *("your missions", "your main missions"),  # as a French posting writes it in English
)
FR_PROFILE = (
    *("profil recherché", "votre profil", "ton profil", "profil souhaité", "profil idéal"),
    *("le profil", "le profil recherché", "le candidat idéal", "la candidate idéale"),
    *("compétences requises", "compétences recherchées", "qualifications requises"),
    *("prérequis", "pré-requis", "exigences", "exigences du poste", "qualifications"),
    *asked("qui êtes-vous", "qui es-tu", "qui recherchons-nous", "ce que nous recherchons"),
    *("ce que nous cherchons", "ce qu'on recherche", "vous êtes", "tu es", "savoir-être"),
    *("compétences et qualifications", "expérience et compétences", "savoir-faire"),
)
FR_WISHES = (
    *("atouts", "vos atouts", "les plus", "les petits plus", "un plus", "serait un plus"),
    *("ce serait un plus", "bonus", "compétences appréciées", "qualifications souhaitées"),
    *("compétences souhaitées", "souhaité", "souhaitées", "apprécié", "idéalement"),
)
FR_OFFER = (
    *asked("ce que nous offrons", "ce que nous proposons", "ce que nous vous offrons"),
    *asked("ce que nous t'offrons", "ce qu'on t'offre", "ce qu'on vous offre"),
    *asked("pourquoi nous rejoindre", "pourquoi rejoindre", "pourquoi nous"),
    *("nous offrons", "nous proposons", "avantages", "vos avantages", "avantages sociaux"),
    *("rémunération", "salaire", "rémunération et avantages", "conditions du poste"),
    *("informations complémentaires", "informations pratiques", "infos pratiques"),
    *("processus de recrutement", "déroulement des entretiens", "processus de sélection"),
    *("localisation", "lieu de travail", "type de contrat", "postuler", "comment postuler"),
)

# Spanish (Spain and Latin America)
ES_COMPANY = (
    *asked("quiénes somos", "quienes somos"),
    *("sobre nosotros", "acerca de nosotros", "la empresa", "nuestra empresa", "empresa"),
    *("sobre la empresa", "acerca de la empresa", "conócenos", "descripción de la empresa"),
)
ES_ABOUT = (
    *("descripción del puesto", "descripción de la oferta", "descripción del empleo"),
    *("el puesto", "sobre el puesto", "acerca del puesto", "el rol", "sobre el rol"),
    *("el equipo", "nuestro equipo", "descripción"),
)
ES_TASKS = (
    *("funciones", "tus funciones", "sus funciones", "funciones principales"),
    *("principales funciones", "funciones del puesto", "responsabilidades"),
    *("tus responsabilidades", "principales responsabilidades", "funciones y responsabilidades"),
    *("tareas", "tus tareas", "tareas a realizar", "tu día a día", "tu misión", "tu rol"),
    *asked("qué harás", "que harás", "qué vas a hacer", "cuál será tu misión"),
    *("lo que harás", "misión del puesto", "actividades"),
)
ES_PROFILE = (
    *("requisitos", "requisitos mínimos", "requisitos del puesto", "requisitos indispensables"),
    *("requisitos imprescindibles", "requerimientos", "imprescindible", "imprescindibles"),
    *("requisitos excluyentes", "excluyente", "excluyentes"),  # Latin America's must-haves
    *asked("qué buscamos", "que buscamos", "a quién buscamos", "qué necesitas", "qué pedimos"),
    *("lo que buscamos", "buscamos", "perfil buscado", "tu perfil", "perfil requerido"),
    *("perfil del candidato", "perfil deseado", "el perfil", "lo que necesitas"),
    *("conocimientos requeridos", "habilidades requeridas", "cualificaciones", "calificaciones"),
)
ES_WISHES = (
    *("requisitos deseados", "requisitos deseables", "requisitos valorables", "se valorará"),
    *("se valorara", "valorable", "valorables", "se valora", "valoramos", "deseable"),
    *("se valoran", "se valorarán", "se valoraran"),
    *("deseables", "es un plus", "será un plus", "sería un plus", "puntos extra"),
    *("conocimientos deseables", "te valoraremos", "valoraremos"),
)
ES_OFFER = (
    *asked("qué ofrecemos", "que ofrecemos", "qué te ofrecemos", "que te ofrecemos"),
    *asked("por qué unirte", "por qué nosotros", "por qué trabajar con nosotros"),
    *("ofrecemos", "te ofrecemos", "lo que ofrecemos", "lo que te ofrecemos", "beneficios"),
    *("nuestros beneficios", "condiciones laborales", "salario", "retribución", "prestaciones"),
    *("proceso de selección", "ubicación", "tipo de contrato", "jornada", "cómo aplicar"),
)

# Catalan (InfoJobs, Barcelona and Valencia employers)
CA_COMPANY = (*asked("qui som"), "sobre nosaltres", "l'empresa", "sobre l'empresa")
CA_ABOUT = ("descripció del lloc", "el lloc de treball", "descripció de l'oferta", "el rol")
CA_TASKS = (
    *("funcions", "les teves funcions", "responsabilitats", "tasques", "les teves tasques"),
    *asked("què faràs", "que faràs"),
)
CA_PROFILE = (
    *("requisits", "requisits mínims", "requisits imprescindibles", "imprescindible"),
    *asked("què busquem", "que busquem", "a qui busquem"),
    *("el teu perfil", "perfil requerit", "perfil del candidat"),
)
CA_WISHES = (
    *("es valorarà", "es valorara", "es valoraran", "valorarem", "requisits valorables"),
    *("serà un plus", "és un plus"),
)
CA_OFFER = (*asked("què oferim", "que oferim", "què t'oferim", "que t'oferim"), "t'oferim")

# Italian
IT_COMPANY = ("chi siamo", "l'azienda", "azienda", "la società", "l'azienda cliente")
IT_ABOUT = ("descrizione del ruolo", "il ruolo", "descrizione della posizione", "la posizione")
IT_TASKS = (
    *("responsabilità", "principali responsabilità", "mansioni", "le tue attività"),
    *("attività", "compiti", "di cosa ti occuperai", "cosa farai", "ruolo e responsabilità"),
)
IT_PROFILE = (
    *("requisiti", "requisiti richiesti", "requisiti minimi", "chi cerchiamo", "cosa cerchiamo"),
    *("profilo ricercato", "il profilo", "il profilo ideale", "competenze richieste"),
)
IT_WISHES = (
    *("costituisce titolo preferenziale", "titoli preferenziali", "requisiti preferenziali"),
    *("preferenziale", "gradito", "graditi", "gradita", "è un plus", "sarà un plus"),
)
IT_OFFER = (
    *("cosa offriamo", "offriamo", "si offre", "cosa ti offriamo", "perché lavorare con noi"),
    *("sede di lavoro", "retribuzione", "benefit", "inquadramento"),
)

# Portuguese (Portugal and Brazil)
PT_COMPANY = ("sobre nós", "quem somos", "a empresa", "sobre a empresa")
PT_ABOUT = ("descrição da vaga", "a vaga", "sobre a vaga", "descrição da função", "a função")
PT_TASKS = (
    *("responsabilidades", "principais responsabilidades", "funções", "atribuições"),
    *("responsabilidades e atribuições", "o que vais fazer", "o que você vai fazer"),
    *("atividades", "principais atividades"),
)
PT_PROFILE = (
    *("requisitos", "requisitos obrigatórios", "o que procuramos", "perfil procurado"),
    *("requisitos e qualificações", "qualificações", "o teu perfil", "seu perfil"),
)
PT_WISHES = (
    *("valorizamos", "diferenciais", "requisitos desejáveis", "desejável", "desejáveis"),
    *("mais-valias", "será uma mais-valia", "é um plus", "será um diferencial"),
)
PT_OFFER = (
    *("o que oferecemos", "oferecemos", "o que te oferecemos", "benefícios"),
    *("local de trabalho", "remuneração"),
)

# Dutch (the Netherlands and Flanders), in the "je/jij" and the "u" form
NL_COMPANY = (
    *asked("wie zijn wij", "wie zijn we", "wie is"),
    *("over ons", "wie wij zijn", "wie we zijn", "dit zijn wij", "over het bedrijf"),
    *("het bedrijf", "de organisatie", "over de organisatie", "organisatie", "bedrijfsprofiel"),
)
NL_ABOUT = (
    *("functieomschrijving", "over de functie", "de functie", "over de rol", "de rol"),
    *("over de vacature", "de vacature", "vacature", "het team", "over het team", "jouw team"),
)
NL_TASKS = (
    *asked("wat ga je doen", "wat ga jij doen", "wat houdt de functie in"),
    *("wat je gaat doen", "taken", "jouw taken", "je taken", "werkzaamheden", "jouw rol"),
    *("jouw werkzaamheden", "je werkzaamheden", "taken en verantwoordelijkheden"),
    *("verantwoordelijkheden", "jouw verantwoordelijkheden", "wat ga je doen als"),
)
NL_PROFILE = (
    *asked("wie ben jij", "wie ben je", "wie zoeken wij", "wie zoeken we", "wat vragen wij"),
    *asked("wat vragen we", "wat breng je mee", "wat neem je mee", "wat heb je nodig"),
    *("wat wij vragen", "wat we vragen", "wat wij van je vragen", "wat we van jou vragen"),
    *("functie-eisen", "functieeisen", "eisen", "vereisten", "jouw profiel", "je profiel"),
    *("wat jij meebrengt", "dit breng je mee", "jouw kwalificaties", "kwalificaties"),
    *("wat wij zoeken", "wat we zoeken", "functievereisten"),
)
NL_WISHES = (
    *("een pré", "pré", "pluspunten", "pluspunt", "een pluspunt", "extra pluspunten"),
    *("bonuspunten", "mooi meegenomen", "bij voorkeur", "wat is een pré"),
)
NL_OFFER = (
    *asked("wat bieden wij", "wat bieden we", "wat krijg je", "wat krijg je ervoor terug"),
    *asked("wat mag je verwachten", "wat mag je van ons verwachten", "interesse"),
    *("wat wij bieden", "wat we bieden", "wij bieden", "wij bieden jou", "ons aanbod"),
    *("arbeidsvoorwaarden", "salaris", "solliciteren", "sollicitatie", "sollicitatieprocedure"),
    *("meer informatie", "geïnteresseerd", "standplaats", "werklocatie"),
)

# Swedish
SV_COMPANY = ("om oss", "om företaget", "företaget", "om bolaget", "bolaget", "vilka vi är")
SV_ABOUT = (
    *("om tjänsten", "tjänsten", "om rollen", "rollen", "om jobbet", "om teamet"),
    *("tjänstebeskrivning", "beskrivning"),
)
SV_TASKS = (
    *("arbetsuppgifter", "dina arbetsuppgifter", "dina uppgifter", "huvudsakliga arbetsuppgifter"),
    *("ansvarsområden", "ditt ansvar", "arbetsuppgifter och ansvar", "i rollen kommer du att"),
)
SV_PROFILE = (
    *asked("vem är du", "vem söker vi", "vem letar vi efter"),
    *("kvalifikationer", "krav", "kravprofil", "din profil", "vi söker dig som"),
    *("vi söker dig som har", "vad vi söker", "om dig", "vi tror att du har", "ska-krav"),
)
SV_WISHES = (
    *("meriterande", "det är meriterande om du har", "meriterande kvalifikationer", "bör-krav"),
    *("önskvärt", "önskvärda kvalifikationer", "det är meriterande om du"),
)
SV_OFFER = (
    *("vi erbjuder", "vad vi erbjuder", "vi erbjuder dig", "förmåner", "lön", "ansökan"),
    *("så ansöker du", "övrigt", "övrig information", "placeringsort", "anställningsform"),
)

# Danish and Norwegian (bokmål), whose headings are often spelt alike
DA_NO_COMPANY = (
    *asked("hvem er vi"),
    *("om os", "om virksomheden", "virksomheden", "om oss", "om selskapet", "selskapet"),
    *("om bedriften", "bedriften", "om firmaet"),
)
DA_NO_ABOUT = (
    *("om stillingen", "stillingen", "om jobbet", "om jobben", "om rollen", "rollen"),
    *("om teamet", "jobbeskrivelse", "stillingsbeskrivelse"),
)
DA_NO_TASKS = (
    *asked("hvad skal du lave", "hva skal du gjøre"),
    *("dine opgaver", "opgaver", "arbejdsopgaver", "dine arbejdsopgaver", "ansvarsområder"),
    *("arbeidsoppgaver", "dine arbeidsoppgaver", "dine oppgaver", "oppgaver", "dit ansvar"),
    *("ditt ansvar", "ansvar og arbeidsoppgaver", "jobbet indebærer"),
)
DA_NO_PROFILE = (
    *asked("hvem er du", "hvem søger vi", "hvem søker vi"),
    *("kvalifikationer", "dine kvalifikationer", "kvalifikasjoner", "dine kvalifikasjoner"),
    *("din profil", "krav", "vi forventer", "hvad vi forventer", "vi ser etter"),
    *("personlige egenskaper", "om dig", "om deg", "vi søger", "vi søker"),
)
DA_NO_WISHES = (
    *("det er en fordel", "en fordel", "det er en fordel hvis du har", "ønskeligt", "ønskelig"),
    *("ønskede kvalifikasjoner", "det er en fordel om du har"),
)
DA_NO_OFFER = (
    *("vi tilbyder", "hvad vi tilbyder", "vi kan tilbyde", "vi tilbyder dig", "vi tilbyr"),
    *("hva vi tilbyr", "vi kan tilby", "vi tilbyr deg", "løn", "lønn", "løn og vilkår"),
    *("ansøgning", "ansøgningsfrist", "søknad", "søknadsfrist", "arbejdssted", "arbeidssted"),
)

# Polish
PL_COMPANY = (*asked("kim jesteśmy"), "o nas", "o firmie", "o pracodawcy")
PL_ABOUT = ("opis stanowiska", "o stanowisku", "o roli", "o projekcie", "opis oferty")
PL_TASKS = (
    *asked("czym będziesz się zajmować", "czym będziesz się zajmował", "co będziesz robić"),
    *("zakres obowiązków", "twój zakres obowiązków", "obowiązki", "twoje obowiązki"),
    *("zadania", "twoje zadania", "główne zadania", "zakres zadań"),
)
PL_PROFILE = (
    *asked("kogo szukamy", "czego oczekujemy"),
    *("wymagania", "nasze wymagania", "wymagania konieczne", "wymagania obowiązkowe"),
    *("oczekujemy", "od ciebie oczekujemy", "twój profil", "profil kandydata"),
    *("wymagane umiejętności", "wymagane kwalifikacje", "kwalifikacje", "czego wymagamy"),
)
PL_WISHES = (
    *("mile widziane", "wymagania mile widziane", "dodatkowym atutem będzie", "atutem będzie"),
    *("dodatkowe atuty", "będzie atutem", "mile widziane umiejętności"),
)
PL_OFFER = (
    *asked("co oferujemy", "co zyskujesz", "co możemy ci zaoferować"),
    *("oferujemy", "to oferujemy", "nasza oferta", "benefity", "wynagrodzenie"),
    *("warunki zatrudnienia", "proces rekrutacji", "rekrutacja", "aplikuj"),
)

# Finnish: the employer speaks in the first person plural ("Edellytämme", "Tarjoamme")
FI_COMPANY = (
    *asked("keitä olemme", "keitä me olemme", "keitä me ollaan", "keitä ollaan"),
    *("meistä", "yrityksestä", "tietoa yrityksestä", "yritys", "me olemme", "tietoa meistä"),
)
FI_ABOUT = (
    *("tehtävän kuvaus", "tehtävänkuvaus", "työn kuvaus", "työnkuva", "tehtävästä"),
    *("tehtävä", "tietoa tehtävästä", "rooli", "roolin kuvaus", "tiimistä"),
)
FI_TASKS = (
    *asked("mitä teet", "mitä työhön kuuluu", "mitä tehtävään kuuluu"),
    *("työtehtävät", "tehtävät", "tehtäviisi kuuluu", "tehtävään kuuluu", "vastuualueet"),
    *("tehtäviäsi ovat", "työhösi kuuluu", "vastuualueesi", "päävastuualueet"),
    *("tehtäväsi", "sinun tehtäväsi", "tehtävänäsi", "tehtävänäsi on"),
)
FI_PROFILE = (
    *asked("keitä etsimme", "kenet haluamme", "keneltä odotamme", "kuka olet"),
    *("edellytämme", "odotamme", "odotamme sinulta", "edellytämme sinulta", "vaatimukset"),
    *("pätevyysvaatimukset", "kelpoisuusvaatimukset", "hakijalta edellytämme", "profiilisi"),
    *("etsimme henkilöä", "osaamisesi", "sinulla on", "sinulta odotamme", "vaadittava osaaminen"),
)
FI_WISHES = (
    *("toivomme", "arvostamme", "katsomme eduksi", "eduksi katsotaan", "eduksi", "plussaa"),
    *("toivomme sinulta", "lisäksi arvostamme", "katsomme eduksi myös", "hyödyksi"),
)
FI_OFFER = (
    *asked("mitä tarjoamme", "mitä me tarjoamme", "mitä saat"),
    *("tarjoamme", "tarjoamme sinulle", "me tarjoamme", "edut", "työsuhde-edut", "palkkaus"),
    *("palkka", "hakeminen", "hakuohjeet", "lisätietoja", "näin haet", "hae paikkaa"),
    *("työsuhteen ehdot", "sijainti", "työpaikan sijainti"),
)

# Czech, in the "ty" and the "vy" form ("Co tě čeká", "Co vás čeká")
CS_COMPANY = (*asked("kdo jsme", "kdo jsme my"), "o nás", "o společnosti", "o firmě")
CS_ABOUT = ("popis pozice", "o pozici", "pozice", "o roli", "náš tým", "o týmu")
CS_TASKS = (
    *asked("co tě čeká", "co vás čeká", "co budeš dělat", "co budete dělat"),
    *asked("co tě u nás čeká", "co vás u nás čeká", "na čem budeš pracovat"),
    *("náplň práce", "pracovní náplň", "tvoje náplň práce", "vaše náplň práce", "náplň pozice"),
    *("tvoje práce", "odpovědnosti", "zodpovědnosti", "hlavní úkoly", "úkoly"),
)
CS_PROFILE = (
    *asked("koho hledáme", "co od tebe očekáváme", "co od vás očekáváme", "co očekáváme"),
    *asked("co potřebujeme", "co budeš potřebovat", "co by jsi měl umět", "co bys měl umět"),
    *("požadujeme", "požadavky", "požadavky na uchazeče", "očekáváme", "co požadujeme"),
    *("tvůj profil", "váš profil", "kvalifikace", "předpoklady", "očekáváme od tebe"),
)
CS_WISHES = (
    *("výhodou", "výhodou je", "výhodou bude", "bude výhodou", "co je výhodou", "bonusem"),
    *("bonusem je", "plusem je", "ocením"),
)
CS_OFFER = (
    *asked("co nabízíme", "co ti nabízíme", "co vám nabízíme", "co získáš", "co získáte"),
    *asked("co ti nabídneme", "co vám nabídneme"),
    *("nabízíme", "benefity", "mzda", "plat", "místo výkonu práce", "typ úvazku"),
    *("mzdové podmínky", "odměna", "zaujala tě pozice", "zaujala vás pozice"),
)

# Slovak, where it differs from Czech ("Náplň práce", "Požadujeme", "Výhodou", "O nás" are
# the same words)
SK_TASKS = (*asked("čo ťa čaká", "čo vás čaká", "čo budeš robiť"), "pracovná náplň")
SK_PROFILE = (
    *asked("koho hľadáme", "čo od teba očakávame", "čo od vás očakávame"),
    *("požiadavky", "požiadavky na uchádzača", "požiadavky na zamestnanca", "očakávame"),
)
SK_OFFER = (
    *asked("čo ponúkame", "čo ti ponúkame", "čo vám ponúkame", "čo získaš"),
    *("ponúkame", "benefity", "mzdové podmienky", "miesto výkonu práce", "plat"),
)

# Hungarian, in the "te" and the "Ön" form (profession.hu, cvonline.hu)
HU_COMPANY = (*asked("kik vagyunk"), "rólunk", "a cégről", "cégünkről", "a vállalatról")
HU_ABOUT = ("a pozícióról", "a munkakörről", "munkakör leírása", "a szerepről")
HU_TASKS = (
    *asked("mi lesz a feladatod", "mik lesznek a feladataid", "mit fogsz csinálni"),
    *("feladatok", "feladataid", "feladatai", "főbb feladatok", "fő feladatok", "feladatkör"),
    *("főbb feladataid", "a munkakör feladatai", "feladatleírás"),
)
HU_PROFILE = (
    *asked("kit keresünk", "akit keresünk", "mit várunk tőled", "mit várunk el"),
    *("elvárások", "elvárásaink", "amit elvárunk", "követelmények", "amit kérünk"),
    *("amire szükséged lesz", "elvárt tapasztalat", "elvárt készségek", "elvárások a jelölttel"),
)
HU_WISHES = (
    *("előny", "előnyök", "előnyt jelent", "előnyt jelent, ha", "előny, ha", "az is előny"),
    *("pluszpont", "plusz pont", "amivel előnyt szerezhetsz"),
)
HU_OFFER = (
    *asked("mit kínálunk", "mit nyújtunk"),
    *("amit kínálunk", "amit nyújtunk", "amit tőlünk kapsz", "ajánlatunk", "juttatások"),
    *("kínálunk", "munkavégzés helye", "jelentkezés", "jelentkezés módja"),
)

# Romanian, in the "tu" and the "dumneavoastră" form (eJobs, BestJobs)
RO_COMPANY = (*asked("cine suntem"), "despre noi", "despre companie", "compania")
RO_ABOUT = ("descrierea jobului", "despre job", "despre rol", "descrierea postului", "rolul")
RO_TASKS = (
    *asked("ce vei face", "ce vei face la noi"),
    *("responsabilități", "responsabilitati", "responsabilități principale", "atribuții"),
    *("atributii", "sarcini", "rolul tău", "principalele responsabilități"),
)
RO_PROFILE = (
    *asked("ce căutăm", "pe cine căutăm", "de ce ai nevoie", "ce îți cerem"),
    *("cerințe", "cerinte", "cerințe obligatorii", "cerințe minime", "profilul candidatului"),
    *("candidatul ideal", "calificări", "calificari", "cerințele postului", "ce aduci"),
)
RO_WISHES = (
    *("constituie un avantaj", "constituie avantaj", "reprezintă un avantaj", "este un plus"),
    *("ar fi un plus", "reprezintă un plus", "cerințe opționale", "constituie avantaje"),
)
RO_OFFER = (
    *asked("ce oferim", "ce îți oferim", "ce vă oferim"),
    *("oferim", "beneficii", "pachet de beneficii", "oferta noastră", "pachetul salarial"),
)

# Estonian, in the "sina" and the "teie" form (CV Keskus, CV.ee)
ET_COMPANY = (*asked("kes me oleme"), "meist", "ettevõttest", "meie ettevõte")
ET_ABOUT = ("ametikoha kirjeldus", "töö kirjeldus", "rollist", "ametikohast")
ET_TASKS = (
    *asked("mida sa teed", "mida sa tegema hakkad", "millega sa tegelema hakkad"),
    *("sinu ülesanded", "tööülesanded", "ülesanded", "peamised tööülesanded", "teie ülesanded"),
    *("sinu tööülesanded", "peamised ülesanded", "sinu vastutusalad", "põhiülesanded"),
)
ET_PROFILE = (
    *asked("keda me otsime", "mida me ootame", "keda otsime"),
    *("ootame sinult", "ootame teilt", "nõuded", "nõuded kandidaadile", "ootused kandidaadile"),
    *("meie ootused", "kandidaadilt ootame", "nõudmised kandidaadile", "ootame"),
)
ET_WISHES = (
    *("kasuks tuleb", "kasuks tuleks", "eeliseks on", "eeliseks", "plussiks on", "plussiks"),
    *("boonuseks", "boonuseks on", "kasuks tulevad"),
)
ET_OFFER = (
    *asked("mida me pakume", "mida pakume"),
    *("omalt poolt pakume", "pakume", "me pakume", "pakume sulle", "pakume omalt poolt"),
    *("meie pakkumine", "sulle pakume", "teile pakume", "kandideerimine"),
)

# Lithuanian, in the "tu" and the "jūs" form (CVbankas, CV Online)
LT_COMPANY = (*asked("kas mes esame"), "apie mus", "apie įmonę", "įmonės aprašymas")
LT_ABOUT = ("apie poziciją", "pareigų aprašymas", "darbo aprašymas", "apie darbą")
LT_TASKS = (
    *asked("ką veiksi", "ką tu veiksi", "ką darysi"),
    *("jūsų atsakomybės", "tavo atsakomybės", "atsakomybės", "pagrindinės atsakomybės"),
    *("darbo funkcijos", "funkcijos", "pagrindinės funkcijos", "jūsų funkcijos"),
    *("užduotys", "jūsų užduotys", "tavo užduotys", "pagrindinės užduotys", "darbo pobūdis"),
)
LT_PROFILE = (
    *asked("ko tikimės", "ko mes tikimės", "ko tikimės iš tavęs", "ko tikimės iš jūsų"),
    *asked("ko ieškome"),
    *("reikalavimai", "reikalavimai kandidatui", "mūsų reikalavimai", "keliami reikalavimai"),
    *("kandidatui keliami reikalavimai", "ieškome", "tavo patirtis"),
)
LT_WISHES = (
    *("privalumas", "privalumai", "būtų privalumas", "privalumas būtų", "bus privalumas"),
    *("papildomas privalumas", "pranašumas"),
)
LT_OFFER = (
    *asked("ką siūlome", "ką mes siūlome", "ką tau siūlome", "ką jums siūlome"),
    *("mes siūlome", "siūlome", "įmonė siūlo", "atlyginimas", "darbo užmokestis"),
    *("kaip kandidatuoti", "darbo vieta"),
)

# Latvian, in the "tu" and the "jūs" form (CV.lv, CV Market)
LV_COMPANY = (*asked("kas mēs esam"), "par mums", "par uzņēmumu", "uzņēmuma apraksts")
LV_ABOUT = ("par amatu", "amata apraksts", "par lomu", "darba apraksts")
LV_TASKS = (
    *asked("ko tu darīsi", "ko jūs darīsiet"),
    *("pienākumi", "tavi pienākumi", "jūsu pienākumi", "galvenie pienākumi", "darba pienākumi"),
    *("amata pienākumi", "uzdevumi", "tavi uzdevumi", "jūsu uzdevumi", "galvenie uzdevumi"),
)
LV_PROFILE = (
    *asked("ko mēs sagaidām", "ko sagaidām", "ko mēs sagaidām no tevis", "ko mēs meklējam"),
    *("prasības", "prasības kandidātam", "mūsu prasības", "kandidātam izvirzītās prasības"),
    *("mēs meklējam", "nepieciešamās prasmes", "prasības kandidātiem"),
)
LV_WISHES = (
    *("priekšrocība", "priekšrocības", "kā priekšrocība", "būs priekšrocība", "vēlams"),
    *("par priekšrocību tiks uzskatīts", "tiks uzskatīts par priekšrocību"),
    *("papildu priekšrocība", "būs par priekšrocību"),
)
LV_OFFER = (
    *asked("ko mēs piedāvājam", "ko piedāvājam", "ko tu iegūsi"),
    *("mēs piedāvājam", "piedāvājam", "atalgojums", "atlīdzība", "kā pieteikties"),
    *("pieteikšanās", "darba vieta"),
)


# Turkish (kariyer.net, LinkedIn), written as heading_key folds them: the dotless "ı" as "i"
def turkish(*phrases: str) -> tuple[str, ...]:
    """Turkish headings as heading_key gives them: "Aranan Nitelikler" and "ARANAN
    NİTELİKLER" alike."""
    return tuple(phrase.replace("ı", "i") for phrase in phrases)


TR_COMPANY = turkish("hakkımızda", "biz kimiz", "şirket hakkında", "şirketimiz hakkında")
TR_ABOUT = turkish("pozisyon hakkında", "rol hakkında", "pozisyon tanımı", "genel tanım")
TR_TASKS = turkish(
    *("iş tanımı", "sorumluluklar", "görev ve sorumluluklar", "görevler", "sorumluluklarınız"),
    *("temel sorumluluklar", "iş tanımı ve sorumluluklar", "görev tanımı", "neler yapacaksın"),
    *asked("neler yapacaksın", "ne yapacaksın", "neler yapacaksınız"),
)
TR_PROFILE = turkish(
    *("aranan nitelikler", "genel nitelikler", "nitelikler", "aradığımız nitelikler"),
    *(
        "aranan özellikler",
        "aday profili",
        "gereksinimler",
        "beklentilerimiz",
        "aranan yetkinlikler",
    ),
    *asked("kimi arıyoruz", "seni arıyoruz", "nasıl birini arıyoruz"),
)
TR_WISHES = turkish(
    *("tercih sebebi", "tercih sebepleri", "tercih sebebidir", "tercih nedeni", "tercih nedenleri"),
    *("artı olarak", "artı", "artılar", "artı değer", "olsa iyi olur", "tercihen"),
)
TR_OFFER = turkish(
    *("sunduklarımız", "sana sunduklarımız", "size sunduklarımız", "yan haklar", "olanaklar"),
    *asked("neler sunuyoruz", "ne sunuyoruz", "neler sağlıyoruz"),
)


def apostrophes(*phrases: str) -> tuple[str, ...]:
    """Ukrainian headings with each apostrophe a keyboard gives: "обов'язки" and "обовʼязки"
    (heading_key turns "’" into "'" already)."""
    return tuple(dict.fromkeys(f for phrase in phrases for f in (phrase, phrase.replace("'", "ʼ"))))


# Russian (hh.ru, Habr Career) and Ukrainian (DOU, Djinni, work.ua), in the "ты" and the "вы"
# form; questions as their boards set them ("Что мы предлагаем?")
RU_UK_COMPANY = (
    *asked("кто мы", "кто мы такие", "хто ми", "хто ми такі"),
    *("о компании", "о нас", "про компанію", "про нас", "о команде", "про команду"),
)
RU_UK_ABOUT = (
    *("о вакансии", "описание вакансии", "о проекте", "о позиции", "о роли"),
    *("про вакансію", "опис вакансії", "про проєкт", "про проект", "про позицію", "про роль"),
)
RU_UK_TASKS = (
    *("обязанности", "ваши обязанности", "твои обязанности", "основные обязанности"),
    *("должностные обязанности", "задачи", "ваши задачи", "твои задачи", "основные задачи"),
    *asked("чем предстоит заниматься", "что нужно делать", "что предстоит делать"),
    *asked("чем ты будешь заниматься", "чем вы будете заниматься"),
    *apostrophes("обов'язки", "ваші обов'язки", "твої обов'язки", "основні обов'язки"),
    *("завдання", "ваші завдання", "твої завдання", "основні завдання"),
    *asked("що потрібно робити", "чим доведеться займатися", "що ти будеш робити"),
    *asked("що ти робитимеш", "чим ти будеш займатися", "чим ви будете займатися"),
)
RU_UK_PROFILE = (
    *("требования", "требования к кандидату", "наши требования", "ожидания", "мы ожидаем"),
    *asked("что мы ожидаем", "кого мы ищем", "что мы ждем от тебя", "что мы ждём от тебя"),
    *("мы ждем от вас", "мы ждём от вас", "мы ждем от тебя", "мы ждём от тебя"),
    *("вимоги", "вимоги до кандидата", "наші вимоги", "очікування", "ми очікуємо"),
    *asked("що ми очікуємо", "кого ми шукаємо", "що ми чекаємо від тебе"),
    *("ми чекаємо від тебе", "ми чекаємо від вас", "необхідні навички"),
)
RU_UK_WISHES = (
    *("будет плюсом", "будет преимуществом", "плюсом будет", "преимуществом будет"),
    *("будет большим плюсом", "желательно", "приветствуется"),
    *("буде перевагою", "буде плюсом", "перевагою буде", "плюсом буде", "бажано"),
    *("буде великим плюсом", "вітається"),
)
RU_UK_OFFER = (
    *asked("что мы предлагаем", "що ми пропонуємо"),
    *("мы предлагаем", "предлагаем", "условия", "условия работы", "наши условия"),
    *("мы предлагаем вам", "мы предлагаем тебе", "как откликнуться", "зарплата"),
    *("ми пропонуємо", "пропонуємо", "умови", "умови роботи", "наші умови", "зарплата"),
    *("ми пропонуємо тобі", "ми пропонуємо вам", "як відгукнутися", "заробітна плата"),
)

# Chinese (Boss直聘, 拉勾, 智联), Japanese (doda, Green, Wantedly) and Korean (원티드, 사람인,
# 잡코리아) postings' headings
EAST_ASIAN_COMPANY = (
    *("公司介绍", "公司简介", "关于我们", "会社概要", "企業紹介", "会社紹介", "회사 소개"),
    "회사소개",
)
EAST_ASIAN_TASKS = (
    *("岗位职责", "工作职责", "职位描述", "岗位描述", "工作内容", "職位描述", "崗位職責"),
    *("業務内容", "仕事内容", "職務内容", "主な業務"),
    *("주요 업무", "주요업무", "담당 업무", "담당업무"),
)
EAST_ASIAN_PROFILE = (
    *("任职要求", "岗位要求", "任职资格", "职位要求", "任職要求", "崗位要求"),
    *("必須スキル", "応募資格", "必須要件", "必須条件", "求める人材", "必要なスキル", "必須経験"),
    *("자격 요건", "자격요건", "필수 요건", "필수요건", "지원 자격", "지원자격"),
)
EAST_ASIAN_WISHES = (
    *("加分项", "加分項", "优先条件", "優先條件"),
    *("歓迎スキル", "歓迎要件", "歓迎条件", "歓迎経験", "尚可"),
    *("우대 사항", "우대사항", "우대 조건", "우대조건"),
)
EAST_ASIAN_OFFER = (
    *("福利待遇", "薪资福利", "薪資福利", "我们提供", "福利厚生", "待遇・福利厚生", "給与"),
    *("복리후생", "혜택 및 복지", "복지"),
)

COMPANY = (
    *EAST_ASIAN_COMPANY,
    *(*DE_COMPANY, *FR_COMPANY, *ES_COMPANY, *CA_COMPANY, *IT_COMPANY, *PT_COMPANY),
    *(*NL_COMPANY, *SV_COMPANY, *DA_NO_COMPANY, *PL_COMPANY, *FI_COMPANY, *CS_COMPANY),
    *(*HU_COMPANY, *RO_COMPANY, *ET_COMPANY, *TR_COMPANY),
    *(*LT_COMPANY, *LV_COMPANY),
    *RU_UK_COMPANY,
)
ABOUT = (
    *(*FR_ABOUT, *ES_ABOUT, *CA_ABOUT, *IT_ABOUT, *PT_ABOUT, *NL_ABOUT, *SV_ABOUT, *DA_NO_ABOUT),
    *(*PL_ABOUT, *FI_ABOUT, *CS_ABOUT, *HU_ABOUT, *RO_ABOUT, *ET_ABOUT),
    *(*LT_ABOUT, *LV_ABOUT),
    *RU_UK_ABOUT,
)
TASKS = (
    *EAST_ASIAN_TASKS,
    *(*DE_TASKS, *FR_TASKS, *ES_TASKS, *CA_TASKS, *IT_TASKS, *PT_TASKS),
    *(*NL_TASKS, *SV_TASKS, *DA_NO_TASKS, *PL_TASKS, *FI_TASKS, *CS_TASKS, *SK_TASKS),
    *(*HU_TASKS, *RO_TASKS, *ET_TASKS, *TR_TASKS),
    *(*LT_TASKS, *LV_TASKS),
    *RU_UK_TASKS,
)
PROFILE = (
    *EAST_ASIAN_PROFILE,
    *(*DE_PROFILE, *FR_PROFILE, *ES_PROFILE, *CA_PROFILE, *IT_PROFILE, *PT_PROFILE),
    *(*NL_PROFILE, *SV_PROFILE, *DA_NO_PROFILE, *PL_PROFILE, *FI_PROFILE, *CS_PROFILE),
    *(*SK_PROFILE, *HU_PROFILE, *RO_PROFILE, *ET_PROFILE, *TR_PROFILE),
    *(*LT_PROFILE, *LV_PROFILE),
    *RU_UK_PROFILE,
)
WISHES = (
    *EAST_ASIAN_WISHES,
    *(*DE_WISHES, *FR_WISHES, *ES_WISHES, *CA_WISHES, *IT_WISHES, *PT_WISHES),
    *(*NL_WISHES, *SV_WISHES, *DA_NO_WISHES, *PL_WISHES, *FI_WISHES, *CS_WISHES),
    *(*HU_WISHES, *RO_WISHES, *ET_WISHES, *TR_WISHES),
    *(*LT_WISHES, *LV_WISHES),
    *RU_UK_WISHES,
)
OFFER = (
    *EAST_ASIAN_OFFER,
    *(*DE_OFFER, *FR_OFFER, *ES_OFFER, *CA_OFFER, *IT_OFFER, *PT_OFFER),
    *(*NL_OFFER, *SV_OFFER, *DA_NO_OFFER, *PL_OFFER, *FI_OFFER, *CS_OFFER, *SK_OFFER),
    *(*HU_OFFER, *RO_OFFER, *ET_OFFER, *TR_OFFER),
    *(*LT_OFFER, *LV_OFFER),
    *RU_UK_OFFER,
)

# Skills headings ("Conocimientos técnicos"), a resume's or a posting's
ROMANCE_SKILLS = (
    *("conocimientos técnicos", "competencias técnicas", "habilidades técnicas"),
    *("competências técnicas", "conhecimentos técnicos", "savoir-faire technique"),
)

# A posting's headings that a resume uses for its own sections and that, in a posting, state
# what it asks for: "Profil" (a summary in a CV), "Compétences", "Formation", "Langues" (the
# German ones are left as they were read)
ASKED_IN_POSTINGS = frozenset(
    {
        *("profil", "perfil", "profilo", "compétences", "compétences techniques"),
        *("formation", "langues", "competencias", "conocimientos", "formación", "idiomas"),
        *("competenze", "competenze tecniche", "conoscenze", "lingue", "competências"),
        *("expérience", "experiencia", "esperienza", "experiência"),
        "profiel",
        *ROMANCE_SKILLS,
    }
)


# The heading of one language's version of a bilingual posting, as Canadian postings set the
# English and the French one after the other: the list before it ends there, and it asks for
# no language.
LANGUAGE_VERSIONS = frozenset(
    {
        *("english version", "french version", "version française", "version francaise"),
        *("version anglaise", "en français", "en francais", "in english", "in french"),
    }
)
# ... and a bare language name, which may as well be an item of a list of languages: a
# version's heading only set apart over a heading or a sentence
BARE_LANGUAGE_VERSIONS = frozenset({"english", "français", "francais", "french", "anglais"})
