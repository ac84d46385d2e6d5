"""Find a document's sections from heading lines ("Experience", "Requirements:", "SKILLS")."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from .. import regex_cache
from ..models import Section
from . import seasia_headings as seasia
from . import southasia_headings as southasia
from .cleaning import EAST_ASIAN_LETTERS
from .mideast_headings import MIDEAST_HEADINGS, MILITARY_HEADINGS, fold_script
from .posting_headings import (
    ABOUT,
    BARE_LANGUAGE_VERSIONS,
    COMPANY,
    LANGUAGE_VERSIONS,
    OFFER,
    PROFILE,
    ROMANCE_SKILLS,
    TASKS,
    WISHES,
    apostrophes,
    turkish,
)
from .profile_header import header_apart

# A list item's mark at the start of a line: bullets and arrows, "1." or "2)", and the "o"
# of bullets pasted from Word.
ITEM_MARK = r"(?:[-–—•*·▪●►✓✔➢➤◦>→★◆■⁃‣▸▹❖○◾∙⦁\uf0b7]+|\d+[.)]|o(?=\s))"

# A federal vacancy's notice of how applicants are rated; the competencies it names are wished
EVALUATION_HEADINGS = ("how you will be evaluated", "how you'll be evaluated")

# Headings over jobs set apart from the main ones: "Other Experience", "Consulting". A
# posting's "Additional experience:" asks for things, as any posting heading naming experience.
OTHER_WORK_HEADINGS = (
    *("additional experience", "other experience", "related experience", "previous experience"),
    *("prior experience", "earlier experience", "academic experience", "selected experience"),
    *("additional work experience", "other work experience", "previous work experience"),
    *("research and teaching experience", "teaching and research experience"),
    *("industry and research experience", "research and industry experience"),
    *("management experience", "consulting", "consulting and freelance work"),
)
# A contractor's headings over the contracts and over the permanent jobs before them
# (RESUME_ONLY): "Contract History", "Recent Contracts", "Permanent Roles"
CV_CONTRACT_WORK = (
    *("contract history", "contract experience", "contract roles", "contract assignments"),
    *("recent contracts", "key contracts", "selected contracts", "previous contracts"),
    *("contracts and assignments", "interim assignments", "interim roles", "freelance history"),
    *("permanent roles", "permanent positions", "permanent employment", "permanent experience"),
    *("previous permanent roles", "permanent roles held", "permanent career history"),
)

# A Europass CV's skills headings, which in a posting open no section ("Communication skills:
# you present to executives")
EUROPASS_SKILLS = (
    *("personal skills", "job-related skills", "job related skills", "digital skills"),
    *("communication skills", "organisational skills", "organizational skills"),
    *("organisational and managerial skills", "organizational and managerial skills"),
    *("computer skills", "artistic skills", "other skills"),
)
# A resume's closing odds and ends (Europass's "Additional information", "Annexes"): no work
# or study, whatever dates they hold. A posting's "Additional information" is read by its words.
CLOSING_NOTES = ("additional information", "other information", "annexes", "annex")
# An academic CV's kinds of papers (RESUME_ONLY), and its talks, reviewing and editing, which
# are no jobs: "Reviewer for NeurIPS, 2014 - 2024" spans no work
CV_PAPERS = (
    *("peer reviewed publications", "peer-reviewed publications", "refereed publications"),
    *("refereed conference papers", "refereed journal papers", "refereed papers"),
    *("journal papers", "journal articles", "journal publications", "conference publications"),
    *("conference proceedings", "workshop papers", "selected papers", "preprints"),
    *("working papers", "manuscripts under review", "papers under review", "book chapters"),
    *("books and book chapters", "publications and preprints", "papers and preprints"),
)
CV_TALKS_AND_SERVICE = (
    *("invited talks and seminars", "talks and seminars", "seminars", "conference presentations"),
    *("selected presentations", "conference talks", "posters", "peer review"),
    *("reviewing activities", "editorial and reviewing", "reviewing and editorial"),
    *("editorial service", "editorial boards", "outreach"),
    *("departmental service", "university service"),
)
# A personal site's or a blog writer's list of posts (RESUME_ONLY): a post's date is when it
# was written, no job's; its topics are named, as a talk's are
CV_WRITING = (
    *("blog", "blog posts", "recent posts", "latest posts", "recent blog posts"),
    # not a bare "Writing", a skill listed on a line of its own ("- Writing")
    *("selected writing", "recent writing", "articles", "recent articles"),
    *("selected articles", "blog and talks", "writing and talks", "talks and writing"),
)
# The students an academic CV's writer supervised or mentored (RESUME_ONLY): their dates
# ("PhD students: Priya Osei (2019 - present)") and the writer's own ("Supervised 3
# undergraduate projects, 2018 - 2021") fall within a post or a degree named elsewhere, and
# measure no job of their own
CV_SUPERVISION = (
    *("supervision", "mentoring and supervision", "supervision and mentoring"),
    *("student supervision", "students supervised", "supervised students"),
    *("research supervision", "graduate supervision", "doctoral supervision", "phd supervision"),
    # (not a bare "Mentoring" or "Advising": a skill a resume lists, or a line inside a job)
    *("research mentoring", "student mentoring", "students mentored", "mentees"),
    *("student advising", "students advised", "research advising", "advisees"),
)
# A student's work terms and internships (RESUME_ONLY: a co-op posting's "Work Terms" says
# when its terms run, and asks for nothing)
STUDENT_WORK_HEADINGS = (
    *("co-op experience", "co-op work experience", "co-op work terms", "work terms"),
    *("internship and co-op experience", "co-op and internship experience"),
    *("praktische erfahrung", "praktische erfahrungen", "praktika", "berufserfahrung und praktika"),
    # an Indian engineering student's weeks at a company, often a required part of the degree
    *("industrial training", "summer training"),
)
# Headings of Indian and British CVs (RESUME_ONLY): a profile, coursework, languages known,
# achievements, posts held in clubs, and the closing declaration and referees
CV_SUMMARIES = (
    *("professional profile", "career profile", "profile summary", "career summary"),
    # a summary in British CVs, where it opens the CV, and personal details in Indian ones,
    # which set them after the work and studies (see _profile_or_details)
    *("executive summary", "personal profile"),
    # the fields the writer wants to work in, as an academic's "Research Interests"
    *("areas of interest", "area of interest"),
)
CV_COURSEWORK = ("relevant coursework", "coursework", "selected coursework", "key coursework")
CV_LANGUAGES = ("languages known", "known languages", "language proficiency")
CV_ACHIEVEMENTS = (
    *("key achievements", "academic achievements", "scholastic achievements"),
    *("academic honors", "academic honours", "competitions"),
)
CV_ACTIVITIES = (
    *("positions of responsibility", "position of responsibility"),
    *("extra curricular activities", "co curricular activities", "cocurricular activities"),
)
CV_REFEREES = (
    *("references", "referees", "reference", "referee", "professional references"),
    *("professional referees", "work references", "employment references"),
    *seasia.PH_REFEREES,
    # Dutch, Catalan, Spanish, Portuguese
    *("referenties", "referències", "referencias", "referências"),
    # a web profile's recommendations and testimonials: others' words, about the writer and
    # about themselves ("Head of Engineering ... led our Kubernetes migration")
    *("recommendations", "recommendations received", "testimonials"),
)
# A CV's closing headings: the declaration, the referees and a bare "Additional" (a veteran's
# languages, clearance and the like after "Awards"), which in a posting opens no section
CV_CLOSINGS = ("declaration", "additional", *CV_REFEREES)
CV_PORTFOLIOS = ("portfolio", "project portfolio", "work samples")
CV_TECHNICAL = ("technical", "technical proficiencies", "technical proficiency")
# A career changer's headings, set above the work of the old career (RESUME_ONLY): the
# projects of the new one and the skills carried over
CV_CHANGER_PROJECTS = (
    *("relevant projects", "data projects", "bootcamp projects", "capstone project"),
    *("capstone projects", "capstone", "portfolio projects", "independent projects"),
    *("side projects", "technical projects", "machine learning projects", "ml projects"),
    *("data science projects", "deep learning projects", "ai projects"),
)
CV_STUDENT_PROJECTS = ("projects undertaken",)  # an Indian student's
CV_CHANGER_SKILLS = ("transferable skills",)
# A competitor's entries (RESUME_ONLY), whose lines say what was built, as a project's do
CV_COMPETITIONS = (
    *("kaggle competitions", "kaggle and competitions", "competitions and kaggle"),
    *("competitions and hackathons", "hackathons and competitions"),
    *("data science competitions", "machine learning competitions", "ml competitions"),
)
# The sidebars of online builders' templates (RESUME_ONLY): pastimes, a pie chart of the week
# and a motto; contact details and links ("Details", "Links", as resume.io sets them); skills
# as a toolkit; industries rated with bars. A two-column page is read column by column only
# when each column holds a heading (pdf_columns.py): a sidebar of these must name one.
CV_SIDEBAR_PASTIMES = (
    "passions",
    "my passions",
    "my time",
    "life philosophy",
    "my life philosophy",
)
CV_SIDEBAR_LINKS = (
    *("find me online", "online profiles", "details", "links", "socials"),
    *("contact me", "get in touch"),
)
CV_SIDEBAR_SKILLS = ("industry expertise", "toolkit", "my toolkit", "my skills")

# A Swedish, Danish or Norwegian CV's headings over its skills and its work
NORDIC_SKILLS = (
    *("kompetenser", "färdigheter", "tekniska färdigheter", "it-kompetens", "kunskaper"),
    *("kompetencer", "færdigheder", "tekniske færdigheder", "it-kompetencer"),
    *("ferdigheter", "kompetanse", "tekniske ferdigheter", "it-kompetanse"),
)
NORDIC_EXPERIENCE = (
    *("arbetslivserfarenhet", "arbetserfarenhet", "yrkeserfarenhet", "erfarenhet"),
    *("erhvervserfaring", "arbejdserfaring", "arbeidserfaring", "yrkeserfaring", "erfaring"),
)

# A Polish CV's headings: its summary, skills, work, studies, languages and certificates
PL_SUMMARIES = ("o mnie", "podsumowanie", "profil zawodowy", "podsumowanie zawodowe")
PL_SKILLS = ("umiejętności", "umiejętności techniczne", "kompetencje", "kompetencje techniczne")
PL_EXPERIENCE = (
    *("doświadczenie zawodowe", "doświadczenie", "przebieg pracy zawodowej"),
    *("historia zatrudnienia", "przebieg kariery"),
)
PL_EDUCATION = ("wykształcenie", "edukacja", "wykształcenie i kursy")
PL_LANGUAGES = ("języki", "języki obce", "znajomość języków", "znajomość języków obcych")
PL_CERTIFICATIONS = ("certyfikaty", "kursy i certyfikaty", "szkolenia i certyfikaty")

# A Hungarian, Romanian or Estonian CV's headings (Europass's among them)
# Catalan CV headings
CA_SUMMARIES = ("sobre mi", "perfil professional")
CA_SKILLS = ("habilitats", "habilitats tècniques", "competències", "competències tècniques")
CA_EXPERIENCE = ("experiència", "experiència laboral", "experiència professional")
CA_EDUCATION = ("formació", "formació acadèmica", "educació", "estudis")
CA_LANGUAGES = ("idiomes", "llengües")
CEE_SUMMARIES = ("magamról", "szakmai összefoglaló", "despre mine", "rezumat", "minust")
CEE_SKILLS = (
    *("készségek", "szakmai készségek", "kompetenciák", "ismeretek", "informatikai ismeretek"),
    *("technikai ismeretek", "competențe", "competente", "competențe tehnice", "aptitudini"),
    *("abilități", "cunoștințe tehnice", "oskused", "tehnilised oskused", "pädevused"),
)
CEE_EXPERIENCE = (
    *("szakmai tapasztalat", "munkatapasztalat", "munkahelyek", "szakmai gyakorlat"),
    *("experiență profesională", "experienta profesionala", "experiență", "istoric profesional"),
    *("töökogemus", "töökogemused", "varasem töökogemus"),
)
# A Chinese (simplified and traditional), Japanese or Korean CV's headings, each alone on its
# line: its work ("工作经历", "職歴", "경력"), its studies ("教育背景", "学歴", "학력") and its
# skills ("技能", "スキル", "기술 스택"); inside a sentence they are no heading
EAST_ASIAN_EXPERIENCE = (
    *("工作经历", "工作經歷", "工作经验", "工作經驗", "实习经历", "實習經歷"),
    *("職歴", "職務経歴", "경력", "경력사항", "경력 사항", "업무 경력"),
    # a Japanese rirekisho's one block of studies and jobs, each on a line of its own date
    # (extract/rirekisho.py tells the studies from the jobs)
    *("学歴・職歴", "学歴職歴", "学歴及び職歴"),
)
# The Japanese forms' summary ("職務要約", the career in brief; "自己PR", self-promotion), and
# their licences and certificates ("資格", "免許・資格")
EAST_ASIAN_SUMMARY = ("職務要約", "職務概要", "自己pr", "自己ｐｒ", "自己紹介")
EAST_ASIAN_CERTIFICATIONS = ("資格", "免許・資格", "免許資格", "保有資格", "资格证书", "자격증")
EAST_ASIAN_EDUCATION = (
    *("教育背景", "教育经历", "教育經歷", "学历", "學歷", "学歴", "학력", "학력사항", "학력 사항"),
)
EAST_ASIAN_SKILLS = (
    *("技能", "专业技能", "專業技能", "スキル", "保有スキル", "스킬", "기술 스택", "보유 기술"),
    *("技能特长", "技能特長", "技术栈", "技術スタック", "기술", "기술스택", "보유기술"),
)
CEE_EDUCATION = (
    *("tanulmányok", "végzettség", "iskolai végzettség", "képzettség", "oktatás"),
    *("educație", "educatie", "studii", "educație și formare", "formare profesională"),
    *("haridus", "haridustee", "õpingud"),
)
CEE_LANGUAGES = (
    *("nyelvismeret", "nyelvtudás", "nyelvek", "idegennyelv-tudás", "idegen nyelvek"),
    *("limbi străine", "limbi", "limbi cunoscute", "keeleoskus", "keeled"),
)

# A Lithuanian or Latvian CV's headings (Europass's among them)
BALTIC_SUMMARIES = ("apie mane", "profilis", "par mani", "profils")
BALTIC_SKILLS = (
    *("įgūdžiai", "gebėjimai", "kompetencijos", "techniniai įgūdžiai", "kompiuteriniai įgūdžiai"),
    *("prasmes", "iemaņas", "kompetences", "tehniskās prasmes", "datorprasmes"),
)
BALTIC_EXPERIENCE = (
    *("darbo patirtis", "profesinė patirtis", "darbo istorija", "patirtis"),
    *("darba pieredze", "profesionālā pieredze", "pieredze"),
)
BALTIC_EDUCATION = ("išsilavinimas", "mokslas", "studijos", "izglītība", "studijas")
BALTIC_LANGUAGES = (
    *("kalbos", "kalbų žinios", "užsienio kalbos", "kalbų mokėjimas"),
    *("valodas", "valodu zināšanas", "svešvalodas", "valodu prasmes"),
)
# A Turkish CV's headings, folded as heading_key folds them (the dotless "ı" as "i")
TR_SUMMARIES = turkish("hakkımda", "özet", "kariyer hedefi", "profesyonel özet")
TR_SKILLS = turkish(
    *("yetenekler", "beceriler", "teknik beceriler", "yetkinlikler", "teknik yetkinlikler"),
    *("bilgisayar bilgisi", "teknik bilgiler", "uzmanlık alanları"),
)
TR_EXPERIENCE = turkish(
    *("iş deneyimi", "iş deneyimleri", "deneyim", "deneyimler", "profesyonel deneyim"),
    *("çalışma geçmişi", "iş tecrübesi", "tecrübeler", "staj deneyimi"),
)
TR_EDUCATION = turkish("eğitim", "eğitim bilgileri", "eğitim durumu", "öğrenim", "eğitim geçmişi")
TR_LANGUAGES = turkish("yabancı diller", "yabancı dil", "diller", "dil bilgisi", "dil becerileri")

# A Russian or Ukrainian CV's headings (hh.ru's, DOU's and work.ua's forms among them)
RU_UK_SUMMARIES = ("о себе", "обо мне", "про себе", "про мене", "цель", "мета")
RU_UK_SKILLS = (
    *("навыки", "ключевые навыки", "профессиональные навыки", "технические навыки"),
    *("компетенции", "технологии", "стек технологий", "знания и навыки", "hard skills"),
    *("навички", "ключові навички", "професійні навички", "технічні навички"),
    *("компетенції", "технології", "стек технологій", "знання та навички"),
)
RU_UK_EXPERIENCE = (
    *("опыт работы", "профессиональный опыт", "трудовая деятельность", "места работы"),
    *("досвід роботи", "професійний досвід", "трудова діяльність", "місця роботи"),
)
RU_UK_EDUCATION = ("образование", "основное образование", "освіта", "вища освіта")
RU_UK_CERTIFICATIONS = (
    *("курсы", "сертификаты", "курсы и сертификаты", "повышение квалификации"),
    *("повышение квалификации, курсы", "дополнительное образование"),
    *("курси", "сертифікати", "курси та сертифікати", "курси і сертифікати"),
    *("підвищення кваліфікації", "додаткова освіта"),
)
RU_UK_LANGUAGES = (
    *("языки", "знание языков", "владение языками", "иностранные языки"),
    *("мови", "знання мов", "володіння мовами", "іноземні мови"),
)
RU_UK_OTHERS = {
    "projects": ("проекты", "проєкти", "проекти", "пет-проекты", "пет-проєкти"),
    "publications": ("публикации", "публікації", "научные публикации", "наукові публікації"),
    # not "Достижения" / "Досягнення", which a CV sets under each job as its achievements
    "awards": ("награды", "нагороди"),
    "interests": (
        *("хобби", "интересы", "хобі", "інтереси", "дополнительная информация"),
        *apostrophes("додаткова інформація", "інтереси та хобі"),
    ),
    "contact": (
        *("контакты", "контактная информация", "личная информация", "личные данные"),
        *("контакти", "контактна інформація", "особиста інформація", "особисті дані"),
    ),
}

# Heading wording -> canonical section name. Resume and posting headings share one table.
# A posting's headings over the tools of the job, which it names without asking them
_WITH_WHOM = ("what you'll work with", "you'll work with")
_TOOLS_OF_THE_JOB = (
    *("our stack", "our tech stack", "our tools", "tech we use", "tools we use"),
    *("technologies we use", *_WITH_WHOM),
)
HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary",
        *EAST_ASIAN_SUMMARY,
        "profile",
        "professional summary",
        "about me",
        "objective",
        "career objective",
        "overview",
        "personal statement",
        "introduction",
        # German, French, Italian, Spanish, Portuguese, Dutch
        "profil",
        "kurzprofil",
        "profilo",
        "perfil",
        "profiel",
        "research interests",
        # Finnish, Czech
        "profiili",
        "tiivistelmä",
        "o mně",
        "o mne",
        # Swedish, Danish, Norwegian
        "om mig",
        "om meg",
        "sammanfattning",
        "sammendrag",
        "personlig profil",
        *CEE_SUMMARIES,
        *PL_SUMMARIES,
        *CA_SUMMARIES,
        *BALTIC_SUMMARIES,
        *TR_SUMMARIES,
        *RU_UK_SUMMARIES,
        "research statement",
        *CV_SUMMARIES,
        *seasia.SUMMARY,
        *southasia.SUMMARY,
    ),
    "skills": (
        "skills",
        "skills and certifications",  # the certificates' dates are no work
        "certifications and skills",
        "technical skills",
        # a one-page academic CV's bare "Technical" over its tools (RESUME_ONLY)
        *CV_TECHNICAL,
        "core skills",
        "key skills",
        "skill set",
        "skillset",
        "competencies",
        "core competencies",
        "technologies",
        "tools",
        "tech stack",
        "expertise",
        "areas of expertise",
        "it skills",
        # South African and Nigerian CVs' list of programs ("Ms Excel, MS Office, Python")
        *("computer literacy", "computer proficiency", "computer knowledge"),
        "soft skills",
        "skills and tools",
        "tools and technologies",
        "languages and tools",
        "strengths",
        "key strengths",
        "core strengths",
        *CV_SIDEBAR_SKILLS,
        *CV_CHANGER_SKILLS,
        "skills summary",
        # a table of each skill's years and level ("Skill | Years | Level")
        *("skills matrix", "skill matrix", "technical skills matrix", "competency matrix"),
        "professional skills",
        "skills and abilities",
        # a federal vacancy's "Knowledge, Skills and Abilities (KSAs)"
        "knowledge, skills and abilities",
        "knowledge, skills, and abilities",
        "knowledge skills and abilities",
        "ksas",
        "kenntnisse",
        "fähigkeiten",
        "fachkenntnisse",
        "it-kenntnisse",
        "edv-kenntnisse",
        "technische kenntnisse",
        "kompetenzen",
        "compétences",
        "compétences techniques",
        "competenze",
        "competenze tecniche",
        "conoscenze",
        "habilidades",
        "competencias",
        "conocimientos",
        "competências",
        "vaardigheden",
        "competenties",
        "taidot",
        "osaaminen",
        "tekniset taidot",
        "ydinosaaminen",
        "dovednosti",
        "zručnosti",
        "technické zručnosti",
        "znalosti",
        "technické dovednosti",
        "technické znalosti",
        *NORDIC_SKILLS,
        *CEE_SKILLS,
        *PL_SKILLS,
        *CA_SKILLS,
        *TR_SKILLS,
        *RU_UK_SKILLS,
        *EAST_ASIAN_SKILLS,
        "活かせる経験・知識・技術",  # a Japanese CV's "experience, knowledge and skills to offer"
        *BALTIC_SKILLS,
        *ROMANCE_SKILLS,
        "top skills",
        "toolbox",
        "my toolbox",
        "stack",
        "my stack",
        "tools and stack",
        "what i know",
        "things i know",
        "tools i use",
        *_TOOLS_OF_THE_JOB,
        # an academic CV's code it wrote or uses (RESUME_ONLY)
        "software",
        # Europass CVs (RESUME_ONLY)
        *EUROPASS_SKILLS,
        *seasia.SKILLS,
        *southasia.SKILLS,
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "relevant experience",
        "industry experience",
        "internships",
        "internship experience",
        "positions held",
        "professional background",
        "research experience",
        "research and work experience",
        "work and research experience",
        "research positions",
        # a student's research posts ("Research Assistant, ... Lab" under it)
        "graduate research",
        "graduate research experience",
        "undergraduate research",
        "undergraduate research experience",
        "academic appointments",
        "appointments",
        "professional appointments",
        # an academic CV's jobs
        "positions",
        "academic positions",
        "research and academic positions",
        "professional positions",
        "visiting positions",
        "academic employment",
        "teaching experience",
        "relevant work experience",
        "technical experience",
        "where i've worked",
        "where i have worked",
        "experience and projects",
        "work and projects",
        *STUDENT_WORK_HEADINGS,
        "berufserfahrung",
        "berufspraxis",
        "berufliche erfahrung",
        "beruflicher werdegang",
        "werdegang",
        "praxiserfahrung",
        "expérience professionnelle",
        "expériences professionnelles",
        "expérience",
        "expériences",
        "esperienza professionale",
        "esperienze professionali",
        "esperienza lavorativa",
        "esperienze lavorative",
        "esperienza",
        "esperienze",
        "experiencia profesional",
        "experiencia laboral",
        "experiencia",
        "experiência profissional",
        "experiência",
        "werkervaring",
        "ervaring",
        "työkokemus",
        "työhistoria",
        "työura",
        "pracovní zkušenosti",
        "pracovné skúsenosti",
        "odborné skúsenosti",
        "profesní zkušenosti",
        "pracovní praxe",
        "praxe",
        *NORDIC_EXPERIENCE,
        *CEE_EXPERIENCE,
        *PL_EXPERIENCE,
        *CA_EXPERIENCE,
        *TR_EXPERIENCE,
        *RU_UK_EXPERIENCE,
        *EAST_ASIAN_EXPERIENCE,
        *BALTIC_EXPERIENCE,
        "teaching",
        "teaching and supervision",
        # a freelancer's or a veteran's
        "engagements",
        "client engagements",
        "selected engagements",
        "consulting experience",
        "freelance experience",
        "military experience",
        "military service",
        # Nigeria's year of national service after a degree, a posting of its own (RESUME_ONLY)
        *("nysc", "national youth service", "national youth service corps"),
        # Indian resumes
        "career",
        "career graph",
        "career details",
        "career record",
        "employment details",
        "employment record",
        "employment summary",
        "organizational experience",
        "organisational experience",
        "experience details",
        "work experience details",
        "experience summary",
        "job history",
        "previous employers",
        # other jobs set apart from the main ones (RESUME_ONLY)
        *OTHER_WORK_HEADINGS,
        *CV_CONTRACT_WORK,
        *seasia.EXPERIENCE,
        *southasia.WORK,
    ),
    "education": (
        "education",
        "academic background",
        "academics",
        "academic qualifications",
        "educational background",
        "education and training",
        "educational qualifications",
        "degrees",
        "education and certifications",
        "education and certification",
        "education and certificates",
        "certifications and education",
        "education and qualifications",
        "education and credentials",
        "academic credentials",
        "education and professional development",
        "education and licenses",
        "education and courses",
        "education and coursework",
        "education and awards",
        "education and honors",
        "training and education",
        "education history",
        "educational history",
        "academic history",
        "education details",
        "educational details",
        "academic details",
        "schooling",
        "ausbildung",
        "studium",
        "akademische ausbildung",
        "bildungsweg",
        "schulbildung",
        "formation",
        "formations",
        "formazione",
        "istruzione",
        "istruzione e formazione",
        "titoli di studio",
        "formación",
        "formación académica",
        "educación",
        "estudios",
        "formação",
        "formação académica",
        "formação acadêmica",
        "educação",
        "opleiding",
        "opleidingen",
        "koulutus",
        "koulutustausta",
        "opinnot",
        "tutkinnot",
        "vzdělání",
        "vzdelanie",
        *CEE_EDUCATION,
        *PL_EDUCATION,
        *CA_EDUCATION,
        *TR_EDUCATION,
        *RU_UK_EDUCATION,
        *EAST_ASIAN_EDUCATION,
        *BALTIC_EDUCATION,
        *("utbildning", "utbildningar", "uddannelse", "uddannelser", "utdanning", "utdannelse"),
        # Indian resumes
        "educational qualification",
        "education qualification",
        "education qualifications",
        "academic qualification",
        "technical qualification",
        "technical qualifications",
        "professional qualification",
        "professional qualifications",
        "academic profile",
        "scholastic profile",
        "academic record",
        "educational credentials",
        "qualification",
        *CV_COURSEWORK,
        *seasia.EDUCATION,
    ),
    "projects": (
        "projects",
        "personal projects",
        "selected projects",
        "academic projects",
        "key projects",
        "open source",
        "open-source contributions",
        "open source contributions",
        # projects and papers under one heading: read as projects, whose skills are used in
        # them (counted as papers, each project's year would add to the publications)
        "projects and publications",
        "publications and projects",
        "hackathons",
        *CV_CHANGER_PROJECTS,
        *CV_STUDENT_PROJECTS,
        *CV_COMPETITIONS,
        # a portfolio of work appended to a resume (RESUME_ONLY)
        *CV_PORTFOLIOS,
        "projekte",
        "projets",
        "progetti",
        "proyectos",
        "projetos",
        "projecten",
        "projektit",
        "projekty",
        *("projektek", "proiecte", "projektid", "projektai", "projekti", "projeler"),
        *("projekt", "projekter", "prosjekter"),
        *RU_UK_OTHERS["projects"],
        *seasia.PROJECTS,
        *southasia.PROJECTS,
    ),
    "publications": (
        "publications",
        "selected publications",
        "papers",
        "research",
        "conference papers",
        "talks and publications",
        "publications and patents",
        "patents and publications",
        "patents",
        "professional publications",
        *CV_PAPERS,
        "publikationen",
        "veröffentlichungen",
        "pubblicazioni",
        "publicaciones",
        "publicações",
        "publicaties",
        "julkaisut",
        "publikace",
        *(
            "publikációk",
            "publicații",
            "publikatsioonid",
            "publikacijos",
            "publikācijas",
            "yayinlar",
        ),
        *("publikationer", "publikasjoner"),
        *RU_UK_OTHERS["publications"],
    ),
    "certifications": (
        "certifications",
        *EAST_ASIAN_CERTIFICATIONS,
        "certificates",
        "licenses and certifications",
        "certifications and licenses",
        "certificates and licenses",
        "licenses and certificates",
        "certifications and qualifications",
        "qualifications and certifications",
        "courses",
        # an East African or a British CV's courses taken beside the degrees
        *("professional courses", "short courses", "online courses"),
        "training",
        "professional development",  # courses after the degree (RESUME_ONLY)
        "certifications and training",
        "training and certifications",
        "courses and certifications",
        "awards and certifications",
        "certifications and awards",
        "honors and certifications",
        "honours and certifications",
        "zertifikate",
        "zertifizierungen",
        "certificazioni",
        "certificaciones",
        "certificações",
        "certificaten",
        "sertifikaatit",
        "certifikáty",
        "certifikace",
        *("tanúsítványok", "certificări", "certificari", "sertifikaadid"),
        *("sertifikatai", "sertifikāti", "sertifikalar"),
        *("certifieringar", "certifikat", "certificeringer", "sertifiseringer", "sertifikater"),
        *PL_CERTIFICATIONS,
        *RU_UK_CERTIFICATIONS,
        *seasia.CERTIFICATIONS,
        *southasia.CERTIFICATIONS,
    ),
    "awards": (
        "awards",
        "honors",
        "honours",
        "achievements",
        "awards and honors",
        "accomplishments",
        "honors and awards",
        "honours and awards",
        "honors awards",  # "Honors-Awards", as a profile export heads them
        "honours awards",
        "grants",
        "fellowships",
        "grants and fellowships",
        "grants and funding",
        "funding",
        "research funding",
        "research grants",
        "scholarships",
        "awards and fellowships",
        *CV_ACHIEVEMENTS,
        *RU_UK_OTHERS["awards"],
        *seasia.AWARDS,
    ),
    "languages": (
        "languages",
        "spoken languages",
        "language skills",
        "sprachen",
        "sprachkenntnisse",
        "langues",
        "lingue",
        "conoscenze linguistiche",
        "idiomas",
        "talen",
        "talenkennis",
        "kielitaito",
        "kielet",
        "jazyky",
        *CEE_LANGUAGES,
        *PL_LANGUAGES,
        *CA_LANGUAGES,
        *BALTIC_LANGUAGES,
        *TR_LANGUAGES,
        *RU_UK_LANGUAGES,
        "jazykové znalosti",
        "jazykové dovednosti",
        *("språk", "sprog", "språkkunskaper", "sprogkundskaber", "språkferdigheter"),
        # Europass CVs
        "mother tongue",
        "mother tongues",
        "other languages",
        "native language",
        "native languages",
        *CV_LANGUAGES,
        *seasia.LANGUAGES,
        *southasia.LANGUAGES,
    ),
    "interests": (
        "interests",
        "hobbies",
        "activities",
        "volunteering",
        "volunteer experience",
        "interessen",
        "hobbys",
        "centres d'intérêt",
        "loisirs",
        "interessi",
        "intereses",
        "interesses",
        "professional service",
        "academic service",
        # an academic CV's service, talks and memberships: no jobs ("Reviewer: ICML 2019-2022"),
        # but a bare "Service" may hold a veteran's (judged by its entries)
        "service",
        "reviewing",
        "professional activities",
        "invited talks",
        "talks",
        "selected talks",
        "invited presentations",
        "talks and presentations",
        "conferences and talks",
        *CV_TALKS_AND_SERVICE,
        *CV_WRITING,
        *CV_SUPERVISION,
        "affiliations",
        "professional affiliations",
        "memberships",
        "professional memberships",
        "extracurricular activities",
        "extracurriculars",
        # a student's clubs and societies, or jobs, as the entries show (RESUME_ONLY)
        "leadership",
        "leadership experience",
        *CV_ACTIVITIES,
        *CLOSING_NOTES,
        *CV_CLOSINGS,
        *CV_SIDEBAR_PASTIMES,
        *RU_UK_OTHERS["interests"],
        *seasia.INTERESTS,
    ),
    "contact": (
        "contact",
        *CV_SIDEBAR_LINKS,
        "contact information",
        "personal information",
        "personal details",
        "persönliche daten",
        "persönliche angaben",
        "kontakt",
        "informations personnelles",
        "dati personali",
        "datos personales",
        "dados pessoais",
        "persoonlijke gegevens",
        *("személyes adatok", "elérhetőség", "date personale", "informații personale"),
        *("isikuandmed", "kontaktandmed", "asmeninė informacija", "kontaktai"),
        *("personīgā informācija", "kontaktinformācija"),
        # Europass CVs: personal details
        "driving licence",
        "driving license",
        "driver's license",
        *RU_UK_OTHERS["contact"],
        *seasia.CONTACT,
    ),
    # What the employer is: its blurb asks for nothing
    "company": (
        "about us",
        "about the company",
        "who we are",
        "company overview",
        "our mission",
        "company",
        "the company",
        "company description",
        "our company",
        # how the company works and what it values: its culture, not the hire's asks
        "how we work",
        "our culture",
        "company culture",
        "culture",
        "our values",
        "working here",
        # where and how the work is done: prose, whose sentences ask only when they say so
        "working conditions",
        "work conditions",
        "work environment",
        "working environment",
        # a UK agency's (Hays') headings over its client's blurb and the job
        "your new company",
        *COMPANY,
        *seasia.COMPANY,
        *southasia.COMPANY,
    ),
    # What the job is: the skills it names are wanted, if not asked
    "about": (
        "about the team",
        *southasia.ABOUT,
        "the team",
        "about the role",
        "the role",
        "job summary",
        "job description",
        "position summary",
        "role overview",
        "job title",
        "description",
        "about the job",
        "about the position",
        "about this role",
        "about the opportunity",
        "the opportunity",
        "your new role",
        # a Gulf or UK job description's one-paragraph aim of the job, an NHS posting's summary
        *("job purpose", "role purpose", "purpose of the role", "purpose of the job"),
        "job overview",
        # a job board's heading over the posting's own text, below its panels
        "full job description",
        *ABOUT,
    ),
    "responsibilities": (
        "responsibilities",
        "key responsibilities",
        "what you will do",
        "what you'll do",
        "your role",
        "duties",
        "the job",
        "your impact",
        "day to day",
        "job duties",
        "role and responsibilities",
        "role responsibilities",
        "job responsibilities",
        "your responsibilities",
        "what you will be doing",
        # a bare "You will:" over the duties' list
        "you will",
        "you'll",
        "you will be",
        "you'll be",
        "in this role",
        "in this role, you will",
        "in this role you will",
        "essential functions",
        "essential job functions",
        "essential duties",
        "essential duties and responsibilities",
        "duties and responsibilities",
        "what you'll be doing",
        "what you'll work on",
        "your mission",
        "main responsibilities",
        "key duties",
        # an NHS posting's duties, after its job summary
        "main duties of the job",
        "what the job involves",
        # a Gulf or UK job description's duties, as graded job descriptions set them
        *("accountabilities", "key accountabilities", "main accountabilities"),
        *("principal accountabilities", "job accountabilities", "role accountabilities"),
        # the European "Your tasks" ("Ihre Aufgaben")
        "tasks",
        "your tasks",
        "main tasks",
        "key tasks",
        "your main tasks",
        "tasks and responsibilities",
        "your tasks and responsibilities",
        *TASKS,
        *seasia.TASKS,
        *southasia.TASKS,
    ),
    "requirements": (
        "requirements",
        "qualifications",
        "required qualifications",
        "minimum qualifications",
        "minimum requirements",
        "basic qualifications",
        "what you bring",
        "what we are looking for",
        "what we're looking for",
        "what we look for",
        # a chat post's "What we're after:"
        *("what we're after", "what we are after", "who we're after", "who we are after"),
        "you bring",
        "who you are",
        "required skills",
        "must have",
        "must haves",
        "requirements and skills",
        "required experience",
        "skills and qualifications",
        "your profile",
        "you have",
        # a startup's hedged "You probably have" lists what it asks all the same
        "you probably have",
        "you likely have",
        "you will need",
        "you'll need",
        "key requirements",
        "essential skills",
        "job requirements",
        "experience and skills",
        "skills required",
        "required education",
        "education and experience",
        "skills and experience",
        "about you",
        "what you'll need",
        "what you need",
        "physical demands",
        "physical requirements",
        "key qualifications",
        "must have skills",
        "required",
        "required skills and experience",
        "required certifications",
        "what we need",
        # what the employer asks of its reader: "What we need from you (do not apply without
        # these):"
        *("what we need from you", "what we expect from you", "what we ask of you"),
        "requirements and qualifications",
        "must have qualifications",
        "what you'll bring",
        "what you will bring",
        "you should have",
        "you'll have",
        "you will have",
        "what you should have",
        "who we're looking for",
        "who we are looking for",
        "what you'll need to succeed",
        "what you will need",
        "the ideal candidate",
        "ideal candidate",
        "your background",
        "your qualifications",
        "your skills",
        "your experience",
        "eligibility",
        "what it takes",
        "what we expect",
        "qualifications and experience",
        "experience and qualifications",
        "skills and requirements",
        "technical requirements",
        "desired skills and experience",
        # UK and Australian academic and public-sector postings
        "essential",
        "essentials",
        "essential criteria",
        "selection criteria",
        "key selection criteria",
        "person specification",
        "essential requirements",
        "essential qualifications",
        "who can apply",
        # an EU institution's or international organisation's must-haves
        "eligibility criteria",
        "eligibility requirements",
        # a Canadian public-service posting's other must-haves, often after its assets
        "language requirements",
        "various language requirements",
        "operational requirements",
        # the UK civil service's Success Profiles: the behaviours assessed ("Working Together")
        "behaviours",
        "behaviors",
        # Indian job boards' heading for the must-haves
        "desired candidate profile",
        "candidate profile",
        "desired profile",
        "ideal candidate profile",
        *PROFILE,
        *seasia.PROFILE,
        *southasia.PROFILE,
    ),
    "preferred": (
        "nice to have",
        "nice to haves",
        "preferred qualifications",
        "preferred",
        "bonus",
        "bonus points",
        "pluses",
        "desirable",
        "preferred skills",
        "good to have",
        "additional qualifications",
        "it's a plus if",
        "extra credit",
        "desired skills",
        "preferred experience",
        "good to haves",
        "you might also have",
        "nice to have skills",
        "preferred certifications",
        "desirable qualifications",
        "nice to have qualifications",
        "desired qualifications",
        "desired experience",
        "bonus skills",
        "preferred skills and experience",
        "even better if you have",
        "it would be great if you have",
        "it would be great if you had",
        "it'd be great if you have",
        "it'd be great if you had",
        "it would be nice if you had",
        "even better if you had",
        "desired",
        "desirable criteria",
        "desirable requirements",
        "desirable skills",
        # a Canadian public-service posting's assets: met or not, they never screen out
        "asset qualifications",
        "asset qualification",
        "asset criteria",
        "asset experience",
        "assets",
        # an EU or international posting's wishes
        "advantageous",
        "an advantage",
        *WISHES,
        *seasia.WISHES,
    ),
    "benefits": (
        "benefits",
        "job benefits",
        "perks",
        "what we offer",
        "why join us",
        "compensation",
        "perks and benefits",
        "salary and benefits",
        "we offer",
        "our offer",
        "equal opportunity",
        "how to apply",
        # ... and over its offer and how to apply
        *("what you'll get in return", "what you will get in return", "what you get in return"),
        "what you need to do now",
        # a Nigerian or Kenyan posting's pay and how to apply: "Remuneration", "Method of
        # Application"
        *("remuneration", "remuneration and benefits", "remuneration package"),
        *("method of application", "mode of application", "application method"),
        "to apply",
        "apply now",
        "application process",
        # what an academic post asks applicants to send: a CV, statements, referees' names
        *("application materials", "application documents", "application instructions"),
        "application procedure",
        # the steps of hiring, whose items ("Live coding interview in Python") ask nothing
        "hiring process",
        "our hiring process",
        "interview process",
        "our interview process",
        "recruitment process",
        "our recruitment process",
        "recruiting process",
        "selection process",
        "the hiring process",
        "the interview process",
        "next steps",
        "what happens next",
        "location",
        "salary",
        # the pay a posting must state in some states, under a careers site's heading
        *("base salary", "base pay", "base pay range", "salary range", "pay range"),
        *("us base salary", "us base salary range", "annual base salary", "compensation range"),
        *("us base pay", "us base pay range"),  # Greenhouse's pay box
        "compensation and benefits",
        "why you'll love working here",
        "equal opportunity employer",
        "schedule",
        "work schedule",
        "working hours",
        "pay",
        "pay rate",
        "shift and pay",
        "schedule and pay",
        "pay and benefits",
        "pay and schedule",
        "what's in it for you",
        "benefits and perks",
        "our benefits",
        "total rewards",
        "why work with us",
        "why us",
        # a contractor's terms: the rate, IR35 status, how the contract is engaged
        "contract details",
        "contract terms",
        "contract information",
        "engagement details",
        "terms of engagement",
        *("engagement", "engagement type", "contract length", "contract duration"),
        *("rate", "rates", "day rate", "daily rate", "hourly rate", "ir35 status"),
        # a job board's page around the posting, pasted with it
        "show more",
        "show less",
        "see more",
        "similar jobs",
        "more jobs like this",
        "jobs you may be interested in",
        "recommended jobs",
        "people also viewed",
        "people also searched",
        "job seekers also viewed",
        *("show all", "show match details"),  # a board's buttons under its skill pills
        "similar searches",
        "set alert for similar jobs",
        "meet the hiring team",
        "benefits found in job post",
        "onboarding",
        # a federal vacancy's notices: eligibility paperwork and how applicants are rated
        # (save the competencies it rates on: see rated_competencies)
        "conditions of employment",
        *EVALUATION_HEADINGS,
        "required documents",
        "this job is open to",
        "agency contact information",
        # the UK civil service's notices: who may apply by nationality, the code staff keep
        "nationality requirements",
        "success profiles",  # how candidates are assessed: experience, behaviours, strengths
        "civil service code",
        "recruitment principles",
        "things you need to know",
        # an NHS posting's employer: its name and address, the schemes it has signed
        "employer details",
        "employer certification and accreditation badges",
        *OFFER,
        *seasia.OFFER,
        *southasia.OFFER,
    ),
}

# LinkedIn's job criteria, each over its short value ("Seniority level" over "Entry level");
# a posting's own heading in these words over a list or a sentence ("Job Function" over its
# duties) is none
BOARD_CRITERIA = frozenset({"seniority level", "employment type", "job function"})
_MAX_CRITERION_WORDS = 8
_MAX_CRITERION_CHARS = 40  # a criterion's heading with its marks ("### Seniority level:")
# A job board's or careers site's page pasted with a posting, headings found in postings only:
# its panels ("How you match", Indeed's "Profile insights", LinkedIn's offer of paid advice
# "How your profile and resume fit this job"), the application form with its
# survey, from its heading or its first field ("First Name*"), the buttons that fold the text
# ("Read less"), the page's footer ("Report job") and LinkedIn's job criteria below the text.
# None asks anything.
JOB_BOARD_PAGE = frozenset(
    {
        *("how you match", "profile insights", "read more", "read less", "see less"),
        *("how your profile and resume fit this job", "how your profile fits this job"),
        *("submit your application", "submit application", "indicates a required field"),
        *("first name", "legal first name", "full name", "resume and cv"),
        *("voluntary self-identification", "voluntary self identification"),
        *("report job", "report this job", "powered by greenhouse", "jobs powered by lever"),
        "create a job alert",
        # Indeed's screening questions listed after the posting, and its panel of how the
        # employer answers
        *("application questions", "hiring insights", "job activity"),
        *("additional questions", "screening questions"),  # the form's, pasted with the posting
        *BOARD_CRITERIA,
    }
)
# The company's other openings listed after the posting ("Other open roles: Frontend Engineer
# (React)", "We're also hiring:"): their skills are those roles' asks, not this one's. Also a
# line's lead-in before its colon, as a careers page runs them into one line.
OTHER_OPENINGS = frozenset(
    {
        *("other open roles", "other open positions", "other openings", "other roles"),
        *("other positions", "other vacancies", "other jobs", "other job openings"),
        *("more open roles", "more openings", "more open positions"),
        *("we're also hiring", "we are also hiring", "also hiring"),
    }
)
# ... and a careers site's or a board's list of jobs after the posting: "More jobs at Marigold
# Retail", "Related jobs", "Other roles from Acme"
_JOBS_ELSEWHERE = regex_cache.compile(
    r"(?:more|other|related|similar|recommended|latest)[ ]+(?:open[ ]+)?"
    r"(?:jobs|roles|openings|positions|vacancies)"
    r"(?:[ ]+(?:at|from|with|in)[ ]+[\w&.'-]+(?:[ ]+[\w&.'-]+){0,4})?"
    r"|jobs[ ]+you[ ]+(?:may|might)[ ]+(?:also[ ]+)?(?:like|be[ ]+interested[ ]+in)"
)
# A board's fields with its answer below them ("Ability to Commute:" over "Denver, CO (Required)"),
# set with their colon: without it, "Ability to relocate" may be an item of an unbulleted list
_BOARD_FIELDS = frozenset({"ability to commute", "ability to relocate", "work location"})
# The page's buttons, above the posting or below it ("Apply", "Easy Apply", "Save"): below a
# section what follows is the company's card, which asks only when its sentences say so, as a
# closing paragraph does.
JOB_BOARD_BUTTONS = frozenset({"apply", "easy apply", "save", "save job"})
# An applicant-tracking site's button to apply below the posting (Greenhouse, Lever, Ashby,
# iCIMS): its application form follows, whose screening questions ("Do you have experience
# with Kubernetes?") and fields ask nothing, or the site's footer. iCIMS sets its buttons
# under "Options".
APPLY_BUTTONS = frozenset(
    {"apply for this job", "apply for this position", "apply for this job online"}
)
_BUTTONS_HEADING = "options"
# Indeed's notice below every posting, which names the board ("... as Indeed is not
# responsible for the employer's application process")
_BOARDS_NOTICE = "if you require alternative methods of application or screening"
# The surveys an application form closes with, whatever they ask about: "Voluntary
# Self-Identification of Disability" (the federal Form CC-305), "... of Veteran Status",
# "U.S. Standard Demographic Questions"
_SURVEY_OPENINGS = ("voluntary self-identification", "voluntary self identification")
_SURVEYS = frozenset(
    {"demographic questions", "standard demographic questions", "demographic survey"}
    | {"u.s. standard demographic questions", "us standard demographic questions", "eeo survey"}
)
_MAX_SURVEY_HEADING_WORDS = 8


def _a_survey(key: str) -> bool:
    """Whether a heading's words open an application form's survey."""
    if key in _SURVEYS:
        return True
    return key.startswith(_SURVEY_OPENINGS) and len(key.split()) <= _MAX_SURVEY_HEADING_WORDS


# The fields of an applicant-tracking site's header, each label on a line over its value
# ("Department" over "Research"): the value opens no section
HEADER_FIELD_LABELS = frozenset({"department", "team", "job family", "job category"})
# ... and those of its labels that name a section elsewhere ("Location" over "New York City"
# above the posting's text is a field, as "Location: New York City" is), above any section
# but the site's tab ("Overview")
_HEADER_FIELDS = frozenset({"location", "employment type", "compensation", "salary", "pay"})
_HEADER_TABS = frozenset({"overview"})
# A careers site's tabs over the posting (Ashby's "Overview" beside "Application"): the site's
# own, no heading
_TAB_BAR = ("overview", "application")
_MAX_FIELD_VALUE_WORDS = 8
# Headings read with the line after them
_OVER_THE_NEXT_LINE = BOARD_CRITERIA | {_BUTTONS_HEADING}
# Indeed's profile insights set the posting's asks out as the reader's own under headings of
# their own: inside that panel these open no section of the posting.
_PANEL_FIELDS = frozenset(
    {"skills", "education", "licenses", "certifications", "licenses and certifications"}
    | {"languages", "language", "experience"}
)

POSTING_SECTIONS = {
    *("company", "about", "responsibilities", "requirements", "preferred", "benefits", "closing")
}
# Headings that open a resume's section but in a posting name no section of their own
# ("Leadership: you will lead a team of five", "Additional experience: ..."): its own words
# decide there.
RESUME_ONLY = frozenset(
    {"leadership", "leadership experience", "software", *OTHER_WORK_HEADINGS, *EUROPASS_SKILLS}
    | set(CV_CONTRACT_WORK)
    | {"military experience", "military service"}  # a posting's ask ("- Military service")
    | {"nysc", "national youth service", "national youth service corps"}
    | {"professional development"}  # a posting's benefit ("- Professional development")
    | set(MILITARY_HEADINGS)
    | set(CLOSING_NOTES)
    | {*CV_SUMMARIES, *CV_COURSEWORK, *CV_LANGUAGES, *CV_ACHIEVEMENTS, *CV_ACTIVITIES}
    | {*CV_SIDEBAR_PASTIMES, *CV_SIDEBAR_LINKS, *CV_SIDEBAR_SKILLS}
    | set(CV_CLOSINGS)
    | set(CV_PORTFOLIOS)
    | set(CV_TECHNICAL)
    | {*CV_CHANGER_PROJECTS, *CV_STUDENT_PROJECTS, *CV_CHANGER_SKILLS, *CV_COMPETITIONS}
    | {*CV_PAPERS, *CV_TALKS_AND_SERVICE, *CV_WRITING, *CV_SUPERVISION}
    | set(STUDENT_WORK_HEADINGS)
    | set(southasia.RESUME_ONLY)
)

# Hebrew, Arabic and Greek headings, a resume's and a posting's
for _name, _phrases in MIDEAST_HEADINGS.items():
    HEADINGS[_name] = (*HEADINGS[_name], *_phrases)

_LOOKUP = {phrase: name for name, phrases in HEADINGS.items() for phrase in phrases}
# Headings letter-spaced for looks ("W O R K  E X P E R I E N C E"), whose word gaps text
# extraction may keep or lose, are looked up with no spaces at all.
_UNSPACED_LOOKUP = {phrase.replace(" ", ""): name for phrase, name in _LOOKUP.items()}
# The headings by their first letter, in _LOOKUP's order: the candidates for a misspelt one
_LOOKUP_BY_FIRST: dict[str, list[str]] = {}
for _phrase in _LOOKUP:
    _LOOKUP_BY_FIRST.setdefault(_phrase[:1], []).append(_phrase)
_LETTER_SPACED = regex_cache.compile(r"[^\W\d_](?: {1,3}(?:[^\W\d_]|&))+")
# Emoji and pictographs that decorate a heading: "🎁 What we offer", "What you bring ✅"; and
# an icon font's glyph (private use, U+E000-U+F8FF), as builders set one before a heading
PICTOGRAPH = "[\u2190-\u2bff\ue000-\uf8ff\U0001f000-\U0001faff\ufe0f\u200d]"
# An emoji as GitHub and Slack let it be typed, by its short name: ":briefcase: Experience"
_SHORTCODE = r"(?<!\w):[a-z0-9_+\-]{1,40}:"
# A heading's marks around its words: Markdown's, the rules of a plain-text resume ("=====
# EXPERIENCE =====", "~~~ SKILLS ~~~", "+++ EDUCATION +++"), emoji; and the "¿" that opens
# a Spanish question ("¿Qué ofrecemos?"); its "?" stays, as an English heading's does. The
# trailing marks are tried only where a run of them starts (the look-behind): tried at each
# blank of a long run, a line of 50,000 spaces took minutes.
_TRAILING_MARK = rf"[\s#*\-–—•|:=~+.]|{PICTOGRAPH}"
_STRIP = regex_cache.compile(
    rf"^(?:{_SHORTCODE}|[\s#*\-–—•|:=~+¿¡]|{PICTOGRAPH})+"
    rf"|(?<!{_TRAILING_MARK})(?:{_SHORTCODE}|{_TRAILING_MARK})+$"
)
# A character _STRIP may take at either end of a line (a shortcode opens and closes with ":"):
# a line that opens and ends with none is left as it is, without trying _STRIP's trailing
# marks at each of its characters
_EDGE_MARK = regex_cache.compile(rf"[\s#*\-–—•|:=~+¿¡.]|{PICTOGRAPH}")


def _without_marks(line: str) -> str:
    """_STRIP.sub("", line)."""
    if _EDGE_MARK.match(line[:1]) or _EDGE_MARK.match(line[-1:]):
        return _STRIP.sub("", line)
    return line


_SPACE_RUN = regex_cache.compile(r"\s+")
_HYPHEN_IN_WORD = regex_cache.compile(r"(?<=[a-z])-(?=[a-z])")  # "nice-to-haves"
_ASCII_WORD = regex_cache.compile(r"[A-Za-z]+")


# A pure function of the line, asked about each line by several readers (heading_name,
# posting_heading, the kind votes): cached, bounded like heading_name's cache.
@lru_cache(maxsize=8192)
def heading_key(line: str) -> str:
    """A heading's words, lower-cased, without marks: "## Key Skills:" -> "key skills",
    "What You’ll Do" -> "what you'll do"."""
    key = _without_marks(line).lower().replace("&", "and").replace("’", "'").replace("/", " and ")
    if not key.isascii():  # a Vietnamese heading saved with its marks apart ("e" + U+0302 U+0323)
        key = unicodedata.normalize("NFC", key)
    # Turkish: "İ" lowers to "i" and a combining dot, and "ı" and "I" are one letter's cases
    key = key.replace("\u0307", "").replace("ı", "i")
    key = fold_script(key)  # Greek accents, Arabic hamza and vowels, "؟"
    return _SPACE_RUN.sub(" ", key).replace("(s)", "s")  # "Mother tongue(s)"


def _unhyphenated(key: str) -> str:
    """ "nice-to-haves" -> "nice to haves"."""
    return _HYPHEN_IN_WORD.sub(" ", key)


@lru_cache(maxsize=8192)  # a document's lines are asked about by several readers
def heading_name(line: str) -> str | None:
    """The canonical section a heading line opens, or None when the line is not a heading. A
    heading in two languages ("BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE") names the section
    both its parts name; one with a note in brackets ("Publications (selected; * equal
    contribution)") the section its words before the note name."""
    name = _heading_name(line)
    if name is None and "(" in line:  # (every note is in brackets)
        noted = _NOTE.fullmatch(line)
        if noted and not _names_something(noted):
            name = _heading_name(noted["words"])
    return name


def _names_something(noted: re.Match[str]) -> bool:
    """Whether a heading's note names something: a capitalised word, or in a heading all in
    capitals ("SKILLS (PYTHON, SQL)", not "PUBLICATIONS (SELECTED)") a list."""
    note = noted["note"]
    if _initials_of(noted["words"], note):
        return False  # "Knowledge, Skills and Abilities (KSAs)": the heading's own acronym
    if noted["words"].isupper() and note.isupper():
        return "," in note
    return bool(_NAMES.search(note))


def _initials_of(words: str, note: str) -> bool:
    """Whether the note is the initials of the words' capitalised ones, maybe plural: "KSAs"
    of "Knowledge, Skills and Abilities", "KPIs" of "Key Performance Indicators"."""
    initials = "".join(word[0] for word in _ASCII_WORD.findall(words) if word[0].isupper())
    acronym = note.strip()
    acronym = acronym[:-1] if acronym.endswith("s") else acronym
    return len(acronym) >= 2 and acronym.isupper() and acronym == initials


# A heading's note in brackets after its words, and a note's capitalised word other than "I",
# which names something: "Skills (Python)" is a line of skills, not a heading
_NOTE = regex_cache.compile(r"(?P<words>[^()]*?\w)\s*\((?P<note>[^()]+)\)\s*:?")
_NAMES = regex_cache.compile(r"\b(?!I\b)[A-Z]")


def _heading_name(line: str) -> str | None:
    if len(line) > 60:
        return None
    name = _one_heading(line)
    if name is None and _SMALL_CAPS_INITIAL.search(line) and not _LOWER_LETTER.search(line):
        name = _one_heading(_SMALL_CAPS_INITIAL.sub(r"\g<initial>", line))
    # a label in Chinese, Japanese or Korean, their brackets and the total time in Russian or
    # Ukrainian are written in letters beyond ASCII: an ASCII line holds none
    ascii_only = line.isascii()
    if name is None and not ascii_only and (words := _cjk_labelled_words(line)):
        name = _one_heading(words)
    if name is None and not ascii_only and (bracketed := _EAST_ASIAN_BRACKETS.fullmatch(line)):
        name = _one_heading(bracketed["words"])
    if name is None and ("/" in line or "|" in line):
        parts = {_lookup(heading_key(part)) for part in _BILINGUAL.split(line)}
        name = parts.pop() if len(parts) == 1 else None
    if name is None and not ascii_only and (total := _TOTAL_TIME.search(line)):
        name = _one_heading(line[: total.start()])
    if name is None and (numbered := _NUMBERED_BLOCK.fullmatch(line)):
        numbered_name = _one_heading(numbered["words"])
        name = numbered_name if numbered_name in _NUMBERED_BLOCKS else None
    return name


_BILINGUAL = regex_cache.compile(r"\s*[/|]\s*")
# An applicant-tracking site's profile numbers its repeated blocks: "Work Experience 1",
# "Education 2"; not a label over its count ("Experience: 5", years a posting asks)
_NUMBERED_BLOCK = regex_cache.compile(r"(?P<words>[^\W\d][^\d\n:]*?)[ \t]+\d{1,2}")
_NUMBERED_BLOCKS = frozenset({"experience", "education"})
# The total time hh.ru and work.ua write after a CV's work heading: "Опыт работы — 5 лет 2
# месяца", "Досвід роботи — 3 роки"
_TOTAL_TIME = regex_cache.compile(
    r"[ \t]*[—–-][ \t]*\d{1,2}[ \t]+(?:год|года|лет|рік|роки|років)"
    r"(?:[ \t]+\d{1,2}[ \t]+(?:месяц|месяца|месяцев|місяць|місяці|місяців))?[ \t]*$"
)
# A small-capital heading's larger first letter, which PDF readers may set apart from the rest
# of its word: "P ROJECTS", "T ECHNICAL S KILLS" (LaTeX's \scshape, as Jake's template sets it)
_SMALL_CAPS_INITIAL = regex_cache.compile(r"(?<!\w)(?P<initial>[A-Z]) (?=[A-Z]{2})")
# A label in Chinese, Japanese or Korean before or after a heading's English words, as
# bilingual resumes and postings set them: "学歴 / Education", "工作经历 Work Experience",
# "자격 요건 / Qualifications". Only at either end: "東京大学 University of Tokyo" is a name.
_CJK = EAST_ASIAN_LETTERS
_CJK_LABEL = rf"[{_CJK}](?:[{_CJK} ]{{0,20}}[{_CJK}])?"
_CJK_LABELLED = regex_cache.compile(
    rf"\s*(?:(?P<before>{_CJK_LABEL})[ \t]*[/|:]?[ \t]*)?(?P<words>[^{_CJK}]+?)"
    rf"(?:[ \t]*[/|:]?[ \t]*(?P<after>{_CJK_LABEL}))?[ \t]*"
)


# A heading set in the lenticular or full-width brackets of Japanese and Chinese CVs: "【学歴】",
# "［職歴］", "〔技能〕"
_EAST_ASIAN_BRACKETS = regex_cache.compile(
    r"\s*[【［〔][ \t]*(?P<words>[^【［〔】］〕]+?)[ \t]*[】］〕]\s*:?\s*"
)


def _cjk_labelled_words(line: str) -> str | None:
    """The English words of a heading labelled at one end (_CJK_LABELLED); not of a phrase
    with Chinese, Japanese or Korean at both ("海外 Experience あり", overseas experience: yes)."""
    labelled = _CJK_LABELLED.fullmatch(line)
    if labelled is None or (labelled["before"] is None) == (labelled["after"] is None):
        return None
    return labelled["words"]


def _lookup(key: str) -> str | None:
    return _named(key) or _joined(key)


def _named(key: str) -> str | None:
    """The section a heading's words name, as written or unhyphenated."""
    return _LOOKUP.get(key) or _LOOKUP.get(_unhyphenated(key))


_AND = regex_cache.compile(r",? and |, ")


def _joined(key: str) -> str | None:
    """The section headings joined by "and" all name: "Grants & Awards", "Projects &
    Hackathons"; None when they name different ones ("Education & Projects")."""
    parts = _AND.split(key)
    if len(parts) < 2:
        return None
    names = {_named(part) for part in parts}
    return names.pop() if len(names) == 1 else None


_SPACED_LETTERS = regex_cache.compile(r"(?<!\w)[^\W\d_] {1,3}[^\W\d_] {1,3}[^\W\d_](?!\w)")


def _letter_spaced(line: str) -> str | None:
    """The section of a letter-spaced heading: "S K I L L S", "W O R K E X P E R I E N C E"."""
    if not _SPACED_LETTERS.search(line):
        return None
    letters = _without_marks(line).lower()
    if len(letters) < 5 or not _LETTER_SPACED.fullmatch(letters):
        return None
    return _UNSPACED_LOOKUP.get(letters.replace(" ", "").replace("&", "and"))


def _one_heading(line: str) -> str | None:
    if spaced := _letter_spaced(line):
        return spaced
    key = heading_key(line)
    if not key:
        return None
    if _SOUGHT.fullmatch(key):
        return "requirements"
    if len(key.split()) > 6:  # a sentence, unless a long heading as written
        return _named(key)  # "It would be great if you had"
    name = _lookup(key)
    if name is None and (appended := _APPENDIX.fullmatch(key)):
        name = _lookup(appended["words"])
    if name is None and len(key) >= _FUZZY_MIN_CHARS and _marked(line):
        return _misspelt_heading(key)
    return name


# Whom or what the employer seeks, told in other words than the tables' ("who we are looking
# for"): "What we're looking for in you", "The person we are looking for", "Here is what we
# are seeking in a candidate"
_SOUGHT = regex_cache.compile(
    r"(?:here is |here's )?(?:what|who|the (?:person|people|candidate|profile))"
    r" (?:we are|we're) (?:looking for|seeking)"
    r"(?: in (?:you|a candidate|candidates|our next (?:hire|colleague|teammate)))?"
)


# An appendix set after a resume, named by the section it holds: "Appendix A: Publications",
# "Annex 2 - Project portfolio"
_APPENDIX = regex_cache.compile(r"(?:appendix|annex)(?: [a-z0-9]{1,3})?\s*[:.\-–—]\s*(?P<words>.+)")
_FUZZY_MIN_CHARS = 10  # "Responsibilites", "Requirments"; "Contract" is not "Contact"
# "## ...", "...:", "... if...", all capitals, an emoji at the end, or words that lead into
# a list ("Bonus points if you", "Ideally you also have"): set out as a heading
_MARKED = regex_cache.compile(
    rf"^#|:$|[a-z](?:\.\.\.|…)$|^[^a-z]+$|[a-z.!)]\s*{PICTOGRAPH}+$"
    r"|\b(?:if you|you (?:also )?have)$"
)
# How each of _MARKED's matches that ends the line ends; the others open it with "#" or hold
# no lower-case letter.
_MARK_ENDINGS = (":", "...", "…", "if you", "have")
_PICTOGRAPH = regex_cache.compile(PICTOGRAPH)
_LOWER_LETTER = regex_cache.compile("[a-z]")


def _marked(line: str) -> bool:
    """_MARKED.search(line), searched only where it may match: a line opening with "#", one
    without a lower-case letter, or one that ends as one of the other alternatives does ("$"
    also stands before a last line break). Most lines are none: each alternative anchored at
    the end made the search try every character."""
    end = line[:-1] if line.endswith("\n") else line
    if (
        line.startswith("#")
        or end.endswith(_MARK_ENDINGS)
        or _PICTOGRAPH.fullmatch(end[-1:])
        or not _LOWER_LETTER.search(line)
    ):
        return _MARKED.search(line) is not None
    return False


def _misspelt_heading(key: str) -> str | None:
    from rapidfuzz import fuzz, process

    # A typo keeps the first letter and the length: "Deployment" is not "Employment".
    choices = [k for k in _LOOKUP_BY_FIRST.get(key[0], ()) if abs(len(k) - len(key)) <= 2]
    found = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=90)
    return _LOOKUP[found[0]] if found else None


# A posting's own headings and the lines that open its lists ("The ideal candidate should
# have:", "## Required Skills and Expertise"), named by their words, first match wins.
_POSTING_HEADING_WORDS = [
    # whom the job is not for, as a startup's page lists it ("Not for you if", "You might not
    # be a good fit if:", "Please don't apply if:"): its items ask nothing
    (
        "benefits",
        regex_cache.compile(
            r"(?:\bnot\s+(?:be\s+)?(?:for\s+you|(?:a\s+)?(?:good\s+|great\s+|right\s+)?fit)"
            r"|\b(?:should\s+not|shouldn't|don't|do\s+not)\s+apply)\s+if\b"
            # ... not the list of what is needed: "not a good fit if you lack:"
            r"(?![^\n]*\b(?:lack|lacking|missing|without|unless)\b)",
            re.I,
        ),
    ),
    # what applicants are assessed against, though during a "selection process": "We'll
    # assess you against these behaviours during the selection process:" (not the work's
    # measure, "You will be assessed on delivery of pipelines:")
    (
        "requirements",
        regex_cache.compile(r"\bassess(?:ed)?\s+(?:you\s+)?against\b|\bassess\s+you\s+on\b", re.I),
    ),
    (
        "benefits",
        regex_cache.compile(
            r"benefit|perks|we offer|compensation|what you get|love working|receive|await"
            r"|equal opportunity|(?:hiring|interview|recruit\w*|selection|application) process"
            # French, Spanish, Italian, Portuguese: "Nous vous offrons :", "Te ofrecemos:"
            r"|offrons|proposons|ofrecemos|offriamo|oferecemos",
            re.I,
        ),
    ),
    (
        "responsibilities",
        regex_cache.compile(
            r"responsib|duties|you will do|you'll do|day to day|tasks|in this role(?! if)|outcomes"
            r"|first \d+ days|first (?:thirty|sixty|ninety) days|you will achieve",
            re.I,
        ),
    ),
    (
        "preferred",
        regex_cache.compile(
            r"nice to have|good to have|preferred|bonus|\bplus\b|desir|recommended|might also"
            r"|^nice$"  # a staffing agency's "Nice:" list after its "Must:" one
            r"|extra (?:love|points?|kudos)|brownie points"  # "Extra love if", a startup's
            # what candidates may also have, not what the role may also involve or have
            # ("This role may also have the opportunity to:", "The role may also have you:")
            r"|(?<!role )(?<!position )(?<!job )may also (?:have|bring|possess|hold|know)\b"
            r"(?! you\b)|ideally|would be great|great if you"
            r"|we'd love|would love|stand ?out|set you apart|helps if|we value|valued"
            # "Idéalement, vous avez :", "Se valorará:", "Costituisce titolo preferenziale:"
            r"|idéalement|idealmente|valorar|valorable|deseable|souhait|apprécié|atouts?\b"
            r"|preferenziale|desejável|valoriz",
            re.I,
        ),
    ),
    (
        "requirements",
        regex_cache.compile(
            r"requir|qualif|\bmust\b|\bshould\b|skill|expertise|experience|candidate|applicant"
            r"|minimum|possess|competenc|criteria|about you|who you are|you have|you bring|you need"
            r"|you.ll need|your profile|physical demands|a (?:good |great )?fit\b"
            r"|thrive\b.*\bif you\b"  # "You'll thrive in this role if you:"
            # whom the company seeks: "We are looking for a data scientist with:"
            r"|\b(?:looking for|seeking)\b.*\b(?:with|who(?: has| have)?)$"
            # "Nous recherchons une personne avec :", "Buscamos a alguien con:", "Compétences
            # requises :", "Requisitos:", "Requisiti:"; not a "Requisition ID:"
            r"|recherch|buscamos|cerchiamo|procuramos|requis(?:es?)?\b|\brequisit(?:os|i)\b"
            r"|\bprofil\b|\bperfil\b",
            re.I,
        ),
    ),
]
# A posting's prose (before any heading, its about or summary, its closing paragraph): where a
# sentence may ask for things and a list opener may start a list; duties and lists only
# describe or list.
PROSE_SECTIONS = (None, "company", "about", "summary", "closing")
_MAX_LIST_OPENER_WORDS = 12
# ... and characters: a line of one long token ("////...") is no heading, and its key is not
# searched for every heading's words
_MAX_LIST_OPENER_CHARS = 200


def posting_heading(
    line: str, current: str | None = None, after_blank: bool = True, following: str | None = None
) -> str | None:
    """The section a posting's heading, or a line that opens one of its lists, starts. A
    line that only ends with a colon opens a section when it stands in prose or after a blank
    line, not inside a list ("- Operate the following equipment:" stays a duty). `following`
    is the next line with words, when known."""
    if not _BULLETED.match(line) and (page := _job_board_page(line, current, following)):
        return page
    name = heading_name(line)
    if name is not None and heading_key(line) in CLOSING_NOTES and not _BULLETED.match(line):
        # a vacancy's "Additional information" (incentives, bargaining unit, who is eligible)
        # asks only where its sentences say so, as a closing paragraph does
        return "closing"
    if name is not None and heading_key(line) in RESUME_ONLY:
        name = None
    if name is not None and _an_item_of_the_list(line, current, after_blank):
        name = None  # "- Contract terms" among a procurement analyst's skills
    if name is not None and _a_listed_literacy(line, current, after_blank):
        name = None  # "Computer literacy" among the unbulleted items of a list
    if name is None and after_blank and current not in PROSE_SECTIONS and _closes(line):
        # how to apply, whom to ask: no list goes on past it, and its own sentences ask only
        # when they say so ("Please apply only if you know Spark")
        return "closing"
    if name is None and (after_blank or current in PROSE_SECTIONS) and _about_a_name(line):
        return "company"  # the agency's or the company's blurb, which asks for nothing
    if name is None and after_blank and current in _LISTS and _a_companys_blurb(line):
        return "company"  # "Apex Systems specializes in placing Java developers ..."
    if name is not None or not _marked(line) or _too_long_to_open_a_list(line):
        return name
    heading = line.startswith("#") or not any(c.islower() for c in line)
    set_apart = after_blank or current in PROSE_SECTIONS
    if _BULLETED.match(line) and not heading:
        return None
    key = heading_key(line)
    if not key or ":" in key:  # "Job Title: Surgeon" is a field, not a heading
        return None
    key = _unhyphenated(key)
    name = next((name for name, words in _POSTING_HEADING_WORDS if words.search(key)), None)
    # What the job gives ends a list even without a blank line: "This is awaiting you..."
    return name if heading or set_apart or name == "benefits" else None


def _too_long_to_open_a_list(line: str) -> bool:
    return len(line) > _MAX_LIST_OPENER_CHARS or len(line.split()) > _MAX_LIST_OPENER_WORDS


def _job_board_page(line: str, current: str | None, following: str | None = None) -> str | None:
    """The section a line of a job board's page opens: its panels and forms ask nothing, nor
    what follows a careers site's button to apply below a section (its form), and after a
    board's buttons below a section a sentence asks only when it says so (above the first
    section, the posting's text may follow without a heading)."""
    key = heading_key(line)
    if key in BOARD_CRITERIA and following is not None and not _a_criterions_value(following):
        return None
    if key in JOB_BOARD_PAGE or (key in _BOARD_FIELDS and line.rstrip().endswith(":")):
        return "benefits"
    if key.startswith(_BOARDS_NOTICE) or _a_survey(key):
        return "benefits"
    lead = key.split(":", 1)[0]
    if lead in OTHER_OPENINGS or _JOBS_ELSEWHERE.fullmatch(lead):
        return "benefits"
    if current is None:
        return None
    if key in APPLY_BUTTONS or (
        key == _BUTTONS_HEADING
        and following is not None
        and heading_key(following) in APPLY_BUTTONS
    ):
        return "benefits"
    return "closing" if key in JOB_BOARD_BUTTONS else None


def _a_criterions_value(line: str) -> bool:
    """ "Entry level", "Engineering and Information Technology": a few words, not an item."""
    return not _BULLETED.match(line) and len(line.split()) <= _MAX_CRITERION_WORDS


_BULLETED = regex_cache.compile(rf"^{ITEM_MARK}\s*")
# "About" and a name in capitals, alone on its line: "About Brightline Staffing:", "## About
# Helix AI"; not "About the role", "About You" nor "About our team" (HEADINGS names those),
# nor the job or its reader without "the" ("About Role", "About Yourself", "About Candidate")
_ABOUT_A_NAME = regex_cache.compile(
    r"(?:#+\s*)?About\s+(?!(?i:the|this|these|you|your|yourself|us|our|me|my|what|how|why"
    r"|working|role|position|job|candidates?|opportunity)\b)"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|&))*)\s*:?"
)
_ABOUT_WORDS = 6


def _about_a_name(line: str) -> bool:
    """ "About Brightline Staffing:", "## About Helix AI": a heading over a company's blurb;
    not over a posting's own section ("About Requirements", "About Benefits")."""
    if len(line.split()) > _ABOUT_WORDS:
        return False
    about = _ABOUT_A_NAME.fullmatch(line)
    return about is not None and heading_name(about["name"]) is None


_LISTS = ("requirements", "preferred", "responsibilities")
# A paragraph opening with a company's name and what the company does or is: "Apex Systems
# specializes in ...", "Northwind Talent is a staffing firm that ...", "Quuxcorp provides ...";
# not "Quuxcorp is an equal opportunity employer" (closing words, after which a list goes on)
_COMPANY_DOES = regex_cache.compile(
    r"(?P<name>(?:The[ \t]+)?[A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z0-9][\w&.'’-]*|&)){0,3})[ \t]+"
    r"(?:speciali[sz]es[ \t]+in|provides|offers|partners[ \t]+with|places|connects|delivers"
    r"|serves|was[ \t]+founded|has[ \t]+been[ \t]+(?:placing|helping|serving|connecting)"
    r"|(?:is|are)[ \t]+(?:a|an|the|one)\b[^.;:]{0,60}?\b(?:firm|company|agency|provider"
    r"|consultancy|organi[sz]ation|leader|startup|start-up)s?)\b"
)
_BLURB_WORDS = 8  # a sentence at least this long, not a short list item
# A name that is the hire's role ("The ML Engineer is a key member of our research
# organization", "The Data Scientist serves as ..."): what the job is, not the company
_A_ROLE = regex_cache.compile(
    r"\b(?:engineer|scientist|analyst|developer|architect|manager|lead|specialist|researcher"
    r"|consultant|intern|director|administrator|technician|role|position|candidate|hire)\Z",
    re.I,
)
# The reader's own work told in the paragraph: "... hospitals; you will work with Spark"
_YOUR_WORK = regex_cache.compile(r"\byou(?:'ll|’ll| will| would|'d|’d)\b", re.I)
# The company's equal-opportunity words ("Quuxcorp provides equal employment opportunities
# to all applicants"): closing words, after which a list goes on
_EQUAL_OPPORTUNITY = regex_cache.compile(r"\bequal[\s-]+(?:employment[\s-]+)?opportunit", re.I)


def _a_companys_blurb(line: str) -> bool:
    """A paragraph after a list that tells what a company does or is, opening with its name:
    "Apex Systems specializes in placing Java developers ...". What it names is its trade,
    not an ask."""
    if _BULLETED.match(line) or len(line.split()) < _BLURB_WORDS:
        return False
    does = _COMPANY_DOES.match(line.strip())
    if does is None or _A_ROLE.search(does["name"]) or _YOUR_WORK.search(line):
        return False
    return not _EQUAL_OPPORTUNITY.search(line)


def _an_item_of_the_list(line: str, current: str | None, after_blank: bool) -> bool:
    """A list item inside a list that names a heading's words without a heading's marks (no
    colon, not all in capitals): one of the list's things ("- Compensation", "- Contract
    terms"), not a heading over what follows."""
    return current in _LISTS and not after_blank and _an_unmarked_bullet(line)


def _an_unmarked_bullet(line: str) -> bool:
    """A list item without a heading's marks: no colon at its end, not all in capitals."""
    return bool(_BULLETED.match(line)) and not line.endswith(":") and any(c.islower() for c in line)


# Skills headings that a posting also lists as one of its asks
_LITERACY_KEYS = frozenset({"computer literacy", "computer proficiency", "computer knowledge"})


def _a_listed_literacy(line: str, current: str | None, after_blank: bool) -> bool:
    """ "Computer literacy" right below another item of a list, without a heading's marks (no
    colon, not all in capitals): an ask of the list, bulleted or not."""
    return (
        current in _LISTS
        and not after_blank
        and heading_key(line) in _LITERACY_KEYS
        and not line.endswith(":")
        and any(c.islower() for c in line)
    )


# A paragraph that closes a posting without a heading: how to apply, whom to ask, the
# agency's notice. "Please apply", "Informal enquiries may be made to", "Interested? ..."
_CLOSING = regex_cache.compile(
    r"\bplease\s+apply\b|^to\s+apply\b|\bapply\s+(?:now|today|online|here|via|through)\b"
    r"|^(?:informal\s+)?(?:enquiries|inquiries)\b|\breach\s+out\s+to\s+(?:us\b|(?-i:[A-Z]))"
    r"|^interested\?|\blook\s+forward\s+to\s+(?:your|receiving|hearing)\b"
    r"|\bif\s+(?:this|that)\s+sounds\s+like\s+you\b"
    r"|\bact(?:ing|s)?\s+as\s+an?\s+employment\s+(?:agency|business)\b",
    re.I,
)


def _closes(line: str) -> bool:
    """Prose, not a list item nor a list's opener ("If this sounds like you, you'll also
    need:"), that says how to apply or whom to ask."""
    opens_a_list = line.endswith(":")
    return not opens_a_list and not _BULLETED.match(line) and bool(_CLOSING.search(line))


def _a_listed_skill(line: str, set_apart: bool, current: str | None, previous: str) -> bool:
    """A Europass heading that names a skill ("Communication skills") in a list of skills:
    a list item, or a line not `set_apart` by a blank line or a heading before it, of the
    `current` skills section or under a line that opens a list ("Skills gained:") or names
    another such skill. Under a role's bullet (PDF text has no blank lines) it heads its own
    section. So too a site's link among others ("- Blog"), which a posts heading names."""
    if heading_key(line) not in _LISTED_KEYS:
        return False
    if _BULLETED.match(line):
        return True
    listed_before = previous.endswith(":") or heading_key(previous) in _LISTED_KEYS
    return not set_apart and (current in (None, "skills") or listed_before)


def _a_skills_bullet(line: str, set_apart: bool, current: str | None, previous: str) -> bool:
    """A bullet right under another of a resume's skills list that names a heading's words
    without a heading's marks (no colon, not all in capitals): one of the skills ("- Leadership",
    "- Teaching", "- Supervision"), not a heading over the rest of the list."""
    return (
        current == "skills"
        and not set_apart
        and bool(_BULLETED.match(previous))
        and _an_unmarked_bullet(line)
    )


_EUROPASS_KEYS = frozenset(EUROPASS_SKILLS)
_LISTED_KEYS = _EUROPASS_KEYS | frozenset(CV_WRITING)
# Headings that are also strengths a resume lists: "Strengths" then "Leadership" names one
_STRENGTH_HEADINGS = frozenset({"leadership"})


_A_STRENGTH = regex_cache.compile(r"[A-Za-z][A-Za-z -]{2,40}")
# A line that is an entry of its own, not another strength: it holds a year ("Team Lead,
# Hackathon Club, 2019 - 2020") or runs on as a sentence
_AN_ENTRY = regex_cache.compile(r"\b(?:19|20)\d\d\b|(?:\S+\s+){6}\S")


def _a_listed_strength(
    line: str, after_heading: str | None, current: str | None, previous: str, following: str
) -> bool:
    """A strength that a heading's words name ("Leadership") set right under a skills or
    strengths heading, as a builder's sidebar lists them, or right after another strength
    of the list, set alike ("Communication", "Leadership"): the list's item, not a heading.
    A dated entry or a sentence `following` it makes it the heading of its own section."""
    if heading_key(line) not in _STRENGTH_HEADINGS or _AN_ENTRY.search(following):
        return False
    if after_heading is not None:
        return after_heading == "skills"
    listed = current == "skills" and bool(_A_STRENGTH.fullmatch(previous))
    return listed and len(previous.split()) <= 3 and previous.isupper() == line.isupper()


# One-word headings of an academic CV that an industry resume also writes as a line inside a
# job, over some of its bullets ("Outreach" over "- Ran meetups for students")
_JOB_SUB_LINES = frozenset(
    {"outreach", "service", "teaching", "supervision", "grants", "funding", "talks"}
)


# A bare "Mentoring" or "Advising" line (a skill a resume lists, or a line inside a job) heads
# an academic CV's supervised students when the entry below names one: "Anna Berg, MSc
# thesis: ...", "Leo Kim (PhD student, 2021 - present)"
BARE_SUPERVISION = frozenset({"mentoring", "advising", "mentorship"})
_BARE_SUPERVISION_CHARS = 16  # "## Mentorship:" and its marks
_A_STUDENTS_ENTRY = regex_cache.compile(
    r"\b(?:(?:phd|ph\.d\.|msc|m\.sc\.|ms|ma|mphil|bsc|b\.sc\.|bs|ba|master['’]?s|bachelor['’]?s"
    r"|doctoral|undergraduate|graduate|postgraduate)\s+(?:students?|thesis|theses|dissertation"
    r"|project|candidate)|postdoc(?:toral)?(?:\s+(?:fellow|researcher))?)\b",
    re.I,
)


_VERSION_CHARS = 40  # "--- Version française ---" and its marks


def _an_item(line: str) -> bool:
    """A list item ("- English"), not a heading set between dashes ("--- English ---")."""
    return bool(_BULLETED.match(line)) and line[-1:].isalnum()


_VERSION_SENTENCE_WORDS = 6
# A line above that asks a language, or opens a value below it: "Working language:",
# "Language requirements", "You must speak:" (not a title that names one: "Large Language
# Models Engineer")
_ASKS_A_LANGUAGE = regex_cache.compile(
    r"(?:(?:working|required|spoken|official)[ \t]+)?langu(?:age|e)s?"
    r"(?:[ \t]+(?:requirements?|required|skills?|proficiency))?[ \t*]*:?[ \t*]*$|.*:[ \t*]*$",
    re.I,
)


def _a_language_version(line: str, set_apart: bool, lines: list[str], number: int) -> str | None:
    """ "about" for the heading of one language's version of a bilingual posting (see
    posting_headings.LANGUAGE_VERSIONS), set apart; a bare language name only over a
    heading or a sentence, not over another item ("English" over "French")."""
    if not set_apart or len(line) > _VERSION_CHARS or _an_item(line):
        return None  # nearly every line: cheap tests before heading_key
    key = heading_key(line)
    if key in LANGUAGE_VERSIONS:
        return "about"
    if key not in BARE_LANGUAGE_VERSIONS:
        return None
    preceding = next((text.strip() for text in reversed(lines[:number]) if text.strip()), "")
    if heading_name(preceding) == "languages" or _ASKS_A_LANGUAGE.match(preceding):
        return None  # "Languages" over "English": the language asked, no version's heading
    following = next((text.strip() for text in lines[number + 1 :] if text.strip()), "")
    if not following or _BULLETED.match(following):
        return None
    if heading_name(following) or len(following.split()) >= _VERSION_SENTENCE_WORDS:
        return "about"
    return None


def _a_bare_mentoring_heading(
    line: str, set_apart: bool, lines: list[str], number: int
) -> str | None:
    """ "interests" (CV_SUPERVISION's section) for a set-apart "Mentoring" line whose next
    entry names a supervised student."""
    if not set_apart or len(line) > _BARE_SUPERVISION_CHARS:
        return None  # nearly every line: a cheap test before heading_key
    if heading_key(line).rstrip(" :") not in BARE_SUPERVISION:
        return None
    following = (lines[index].strip() for index in range(number + 1, len(lines)))
    entry = next((text for text in following if text), "")
    return "interests" if _A_STUDENTS_ENTRY.search(entry) else None


def _a_jobs_sub_line(line: str, sections: list[Section], previous: str, following: str) -> bool:
    """A one-word academic heading inside a job: in the experience section, right after one
    of the job's bullets (no blank line between), and over another bullet or written unlike
    the section's heading ("Outreach" under "EXPERIENCE" or "## Experience"). Set apart by a
    blank line, set out as that heading is ("OUTREACH" under "EXPERIENCE"), or over an entry
    of its own in a CV whose headings look alike, it heads its own section."""
    if heading_key(line) not in _JOB_SUB_LINES or not sections:
        return False
    if sections[-1].name != "experience" or not _BULLETED.match(previous):
        return False
    heading = sections[-1].heading
    if _marked_as(line, heading, str.isupper) or _marked_as(line, heading, _hash_marked):
        return False
    unlike = heading.isupper() or _hash_marked(heading)
    return unlike or bool(_BULLETED.match(following.strip()))


def _marked_as(line: str, heading: str, mark: Callable[[str], bool]) -> bool:
    return mark(line) and mark(heading)


def _hash_marked(line: str) -> bool:
    return line.startswith("#")


# A message's sign-off alone on its line ("Best,", "Kind regards,", "Cheers!"): a recruiter's
# e-mail or a chat post ends there, and the few lines below it are the writer's signature
_SIGN_OFF = regex_cache.compile(
    r"(?:(?:best|kind|warm|warmest)(?: regards| wishes)?|regards|cheers|thanks|many thanks"
    r"|thank you|thanks again|sincerely|all the best|speak soon|talk soon)\s*[,.!]?",
    re.I,
)
_SIGNATURE_LINES = 6  # at most this many lines below the sign-off
_SIGNATURE_LINE_CHARS = 160  # ... each a name, a job title or contact details (some joined)
# A job's years, which no signature holds ("Analyst, Beta, 2017 - 2020" in a resume below a
# letter's "Best,")
_WORK_YEARS = regex_cache.compile(
    r"\b(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:(?:19|20)\d\d|present|current)\b", re.I
)
_LIST_ITEM = regex_cache.compile(rf"{ITEM_MARK}\s")


def signature_start(text: str) -> int | None:
    """Where a message's sign-off line starts, when only a short signature follows it: "Best,"
    over "Jordan Blake" and "Talent Partner at Acme | Python enthusiast"."""
    worded: list[tuple[int, str]] = []  # each line with words: where it starts, stripped
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            worded.append((offset, line.strip()))
        offset += len(line)
    last = worded[-_SIGNATURE_LINES - 1 :]
    for number, (start, line) in enumerate(last[:-1]):
        below = last[number + 1 :]
        if _SIGN_OFF.fullmatch(line) and _a_signature([rest for _, rest in below]):
            return start
    return None


def _a_signature(lines: list[str]) -> bool:
    """Lines a signature may be: a name, a job title, contact details; not a list ("- Must
    have Spark" twice: a posting's asks) nor a job's years ("— Casey" alone is a signature)."""
    items = sum(1 for line in lines if _LIST_ITEM.match(line))
    return items < 2 and all(
        len(line) <= _SIGNATURE_LINE_CHARS and not _WORK_YEARS.search(line) for line in lines
    )


# A Markdown code fence, "```yaml" or "~~~", and the fence that closes it
_FENCE = regex_cache.compile(r" {0,3}(?P<fence>`{3,}|~{3,})")


def find_sections(text: str, posting: bool = False) -> list[Section]:
    """Split the text at heading lines; text before the first heading has no section. In a
    posting, unlisted headings and list openers are named by their words, and a fenced code
    block is a section of its own ("code"), after which the section it interrupted goes on."""
    sections: list[Section] = []
    offset = 0
    blank = True  # the line before was blank (or there was none)
    set_apart = True  # ... or a heading
    after_heading: str | None = None  # the section a heading on the line before opened
    previous = ""  # the line before, stripped
    fence: str | None = None  # the open code fence's marks, in a posting
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        if posting and (fence or _FENCE.match(line)):
            fence = _fenced(sections, line, offset, fence, len(text))
            offset += len(line)
            continue
        current = sections[-1].name if sections else None
        if posting:
            name = posting_heading(line.strip(), current, blank, _criterions_value(lines, number))
            name = name or _an_outlines_part(lines, number, current)
            name = None if name and _in_a_boards_panel(sections, line.strip()) else name
            if name == "requirements" and _the_hires_duties(line.strip(), lines, number):
                name = "responsibilities"
            if name == "responsibilities" and _the_hires_traits(line.strip(), lines, number):
                name = "requirements"
            name = (
                name
                or _ticked_traits(line.strip(), current, blank, lines, number)
                or _a_language_version(line.strip(), blank, lines, number)
            )
            name = _past_the_tools(
                line.strip(),
                _merit_criteria(line.strip(), name, sections),
                sections,
                (blank, lines, number),
            )
            name = None if name and heading_key(previous) in HEADER_FIELD_LABELS else name
            name = None if name and _a_header_field(line.strip(), sections, lines, number) else name
            name = None if name and _a_tab_bar(line.strip(), lines, number) else name
        else:
            name = heading_name(line.strip())
            name = (
                None
                if name and _a_listed_skill(line.strip(), set_apart, current, previous)
                else name
            )
            if name and _a_skills_bullet(line.strip(), set_apart, current, previous):
                name = None  # "- Leadership" among a skills list's bullets
            following = lines[number + 1] if number + 1 < len(lines) else ""
            listed = name and _a_listed_strength(
                line.strip(), after_heading, current, previous, following
            )
            name = None if listed else name
            if name and _a_jobs_sub_line(line.strip(), sections, previous, following):
                name = None  # "Outreach" over some of a job's bullets
            name = name or _a_bare_mentoring_heading(line.strip(), blank, lines, number)
            name = _profile_or_details(line.strip(), name, sections)
            name = "summary" if name is None and _GREETING.fullmatch(line.strip()) else name
        blank = not line.strip()
        set_apart = blank or name is not None
        after_heading, previous = name, line.strip()
        if name is not None:
            _open(sections, name, line.strip(), offset, len(text))
        offset += len(line)
    # a posting's rated competencies; a network profile's name, read under its sidebar
    sections = rated_competencies(text, sections) if posting else header_apart(text, sections)
    signed = signature_start(text) if posting else None
    if signed is not None and (not sections or sections[-1].start < signed):
        # the writer's name, job and contact details ask nothing
        _open(sections, "signature", text[signed:].splitlines()[0].strip(), signed, len(text))
    return sections


# Whom the hire works with, not tools: "product, design and data science", "our teams"
_PEOPLE_FIRST = regex_cache.compile(
    r"[\W\d]*(?:product|design|engineering|marketing|sales|research|operations|finance"
    r"|leadership|customers?|clients?|stakeholders?|partners?|colleagues?|people|our|a|the"
    r"|teams?|(?:cross-?functional|business|other|product|data)[ \t]+\w+)\b",
    re.I,
)
_STACKS = frozenset((*_TOOLS_OF_THE_JOB, "stack", "tech stack", "technology stack"))
# A paragraph that turns to the reader: what the job asks
_TO_THE_READER = regex_cache.compile(
    r"[\W\d]*(?:you|your|we(?:['’]re|[ \t]+are)[ \t]+looking|we[ \t]+want|experience"
    r"|the[ \t]+ideal|candidates?|applicants?|must|required|requirements?)\b",
    re.I,
)


def _past_the_tools(
    line: str, name: str | None, sections: list[Section], where: tuple[bool, list[str], int]
) -> str | None:
    """The section a line opens where a heading over the job's tools ("Our stack", "You'll
    work with") stands: none for that heading when people or teams follow it ("You'll work
    with / product, design and data science"); the asks, for a paragraph set apart below the
    tools that turns to the reader ("You have 5+ years of Python")."""
    blank, lines, at = where  # after a blank line; the lines and this one's number
    if name is not None:
        following = next((text for text in lines[at + 1 :] if text.strip()), "")
        if heading_key(line) in _WITH_WHOM and _PEOPLE_FIRST.match(following):
            return None
        return name
    if not blank or not sections:
        return None
    if heading_key(sections[-1].heading) in _STACKS and _TO_THE_READER.match(line):
        return "requirements"
    return None


# A Canadian statement of merit criteria's sub-headings, which its asset qualifications
# repeat ("ASSET QUALIFICATIONS" over "Education:" and "Experience:")
_MERIT_SUB_HEADINGS = frozenset(
    {"education", "experience", "knowledge", "abilities", "ability", "skills", "competencies"}
    | {"certification", "certifications", "occupational certification", "personal suitability"}
)
# Its line on what is assessed later: essential qualifications ("(essential for the job)") or
# assets ("(may be needed for the job)")
_ASSESSED_LATER = regex_cache.compile(
    r"the following (?:will|may) be (?:applied\s*/\s*)?assessed at a later date\s*"
    r"\((?P<need>essential for|may be needed for) the job\)",
    re.I,
)


def _merit_criteria(line: str, name: str | None, sections: list[Section]) -> str | None:
    """The section a line of a statement of merit criteria opens: an asset's sub-heading
    ("Education:" under "ASSET QUALIFICATIONS") none, what is assessed later the essentials
    or the assets its words name."""
    later = _ASSESSED_LATER.search(line) if "later date" in line.lower() else None
    if later:
        return "requirements" if later["need"] == "essential for" else "preferred"
    if name is None or not sections or sections[-1].name != "preferred":
        return name
    assets = heading_key(sections[-1].heading).startswith("asset")
    return None if assets and heading_key(line) in _MERIT_SUB_HEADINGS else name


# The line naming what a federal vacancy rates applicants on: "You will be evaluated on the
# following competencies:" over a list, "Competencies: Data Management; Python", "on your
# competency in Data Management and Oral Communication"; not "the competencies listed above"
_COMPETENCY = r"\b(?:competenc(?:y|ies)|KSAs?|knowledge,?\s+skills,?\s+(?:and\s+)?abilities)\b"
_RATED_ON = regex_cache.compile(
    rf"{_COMPETENCY}[^:.\n]{{0,120}}:\s*(?P<listed>.*)"
    r"|\bcompetenc(?:y|ies)\s+(?:in|of)\s+(?P<named>\S.*)",
    re.I,
)
# An unbulleted line of the list: short names, each capitalised ("Data Management, Python
# Programming"), or one name before its description ("Data Management - Knowledge of ...")
_NAMES_LINE = regex_cache.compile(
    r"(?:(?:and\s+|or\s+)?[A-Z][\w&/+-]*(?:\s+[\w&/+-]+){0,4}\s*(?:[,;]\s*|\.?\s*$))+"
)
_NAME_BEFORE_TEXT = regex_cache.compile(r"[A-Z][\w&/+-]*(?:\s+[\w&/+-]+){0,4}\s*(?:\s[-–—]|:)\s")
# A bare label over the list: "Competencies:", "Core Competencies", "KSAs"
_COMPETENCY_LABEL = regex_cache.compile(rf"(?:(?:core|key|required)\s+)?{_COMPETENCY}\s*:?", re.I)


def _evaluation(section: Section) -> bool:
    return section.name == "benefits" and heading_key(section.heading) in EVALUATION_HEADINGS


def _labels_rejoined(sections: list[Section]) -> list[Section]:
    """The sections, with one headed by a bare competencies label ("Competencies:") right
    after "How You Will Be Evaluated" taken back into it: the label names what is rated,
    and what follows its list is the notice's."""
    joined: list[Section] = []
    for section in sections:
        if joined and _evaluation(joined[-1]) and _COMPETENCY_LABEL.fullmatch(section.heading):
            joined[-1] = joined[-1].model_copy(update={"end": section.end})
        else:
            joined.append(section)
    return joined


def rated_competencies(text: str, sections: list[Section]) -> list[Section]:
    """The sections, with the competencies a federal vacancy rates applicants on, under "How
    You Will Be Evaluated", a section of their own that wishes for them ("preferred"): from
    the line naming them to the list's last item. The notice around them asks nothing."""
    split: list[Section] = []
    for section in _labels_rejoined(sections):
        if not _evaluation(section):
            split.append(section)
            continue
        for start, end in _competency_lists(text, section.start, section.end):
            split.append(section.model_copy(update={"end": start}))
            lead_in = text[start:end].strip().splitlines()[0]
            split.append(Section(name="preferred", heading=lead_in, start=start, end=end))
            section = section.model_copy(update={"start": end})
        split.append(section)
    return [s for s in split if s.end > s.start]


def _competency_lists(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the lists of rated competencies stand between start and end (the section's
    heading line aside): from the start of the sentence naming them to the end of their last
    line."""
    lists: list[tuple[int, int]] = []
    offset = text.find("\n", start, end) + 1 or end  # past the heading
    while offset < end:
        line_end = _line_end(text, offset, end)
        found = _RATED_ON.search(text, offset, line_end)
        if found is None and not _COMPETENCY_LABEL.fullmatch(text[offset:line_end].strip()):
            offset = line_end
            continue
        inline = (found.group("listed") or found.group("named") or "").strip() if found else ""
        if inline and not _NAMES_LINE.fullmatch(inline):
            offset = line_end  # a sentence after them: "competencies of this position are ..."
            continue
        listed_inline = bool(inline)
        last = line_end if listed_inline else _last_item_end(text, line_end, end)
        if last > line_end or listed_inline:
            # from its own sentence: one before it on the line ("... category rating.") is
            # the notice's
            sentence = text.rfind(". ", offset, found.start()) if found else -1
            lists.append((offset if sentence == -1 else sentence + 2, last))
        offset = max(last, line_end)
    return lists


def _line_end(text: str, offset: int, end: int) -> int:
    """Where the line at `offset` ends, past its newline (at most `end`)."""
    newline = text.find("\n", offset, end)
    return end if newline == -1 else newline + 1


# The rating's own words, which end a list of competencies: "Category rating: Best Qualified,
# Well Qualified, Qualified", "Note: ..."
_RATING_WORDS = regex_cache.compile(
    r"\b(?:(?:best|well|highly)\s+qualified|category\s+rating)\b|^note\b", re.I
)


def _last_item_end(text: str, offset: int, end: int) -> int:
    """The end of the last line of the list that starts at `offset` (blank lines between its
    items, all written alike), or `offset` when no item follows."""
    last, form = offset, None
    while offset < end:
        line_end = _line_end(text, offset, end)
        line = text[offset:line_end].strip()
        if line:
            form = form or _competency_item_form(line)
            if form is None or _competency_item_form(line) != form:
                break
            last = line_end
        offset = line_end
    return last


def _competency_item_form(line: str) -> str | None:
    """How a line of a list of competencies is written: a list item, names without a
    sentence, or a name before its description; None for any other line or the rating's."""
    if _RATING_WORDS.search(line):
        return None
    if _BULLETED.match(line):
        return "bulleted"
    if _NAMES_LINE.fullmatch(line):
        return "names"
    return "described" if _NAME_BEFORE_TEXT.match(line) else None


# A list opener saying what the hire will do or have, the list's items telling which: "The
# successful candidate will:", "The post holder will be expected to:"
_THE_HIRE_WILL = regex_cache.compile(
    r"(?:the\s+)?(?:successful\s+|ideal\s+|selected\s+)?(?:candidate|applicant|appointee"
    r"|post\s?holder)s?\s+will(?:\s+be\s+(?:expected|required|asked)\s+to)?\s*:",
    re.I,
)
# An item that tells who the hire is, not what the hire does: "- Have a PhD", "- Hold ...",
# "- Be fluent in ...", "- Possess ...", "- Ideally have ..." (not "- Be responsible for
# ..."); or a qualification named with no verb, as lists under such an opener often are:
# "- Strong experience with ...", "- 3+ years of ...", "- A PhD in ...", "- Must know ..."
_THE_HIRE_IS = regex_cache.compile(
    rf"{ITEM_MARK}?\s*(?:ideally\s+|already\s+|also\s+)?(?:(?:have|hold|possess|bring"
    r"|demonstrate|show|need)\b|be\b(?!\s+(?:responsible|expected|required|asked|involved"
    r"|working|part|leading|developing)\b)"
    r"|\d|(?:an?|must|should|strong|excellent|proven|solid|good|demonstrable|deep|extensive"
    r"|sound|relevant|previous|prior|hands-on|advanced|outstanding|exceptional|experience"
    r"|expertise|knowledge|understanding|familiarity|proficiency|fluency|ability|skills?"
    r"|degree|background|track\s+record|qualifications?|ph\.?\s?d|minimum|at\s+least)\b)",
    re.I,
)


def _the_hires_duties(line: str, lines: list[str], number: int) -> bool:
    """A "The successful candidate will:" opener over items of the work to do ("- Develop
    Bayesian methods"): duties, not requirements. Items that say who the hire is ("- Hold a
    PhD") keep it a requirements list."""
    if not _THE_HIRE_WILL.fullmatch(line):
        return False
    following = (lines[index].strip() for index in range(number + 1, len(lines)))
    item = next((text for text in following if text), "")
    return bool(item) and not _THE_HIRE_IS.match(item)


# A "You will be:" opener, which may head the work ("- Building pipelines") or who the hire is;
# an item naming a trait or a length of experience tells the latter: "- Fluent in Python",
# "- Experienced with Airflow", "- Comfortable with ambiguity", "- A strong communicator"
_YOU_WILL_BE = ("you will be", "you'll be")
_A_TRAIT = regex_cache.compile(
    rf"{ITEM_MARK}?\s*(?:(?:highly|very|deeply|already)\s+)?(?:fluent|experienced|comfortable"
    r"|proficient|skilled|familiar|knowledgeable|confident|passionate|curious|motivated"
    r"|detail[\s-]oriented|organi[sz]ed|able\s+to|capable|versed|well[\s-]versed|an?\s"
    r"|someone|\d+\+?\s*(?:years?|yrs))\b",
    re.I,
)


_ITEM = regex_cache.compile(ITEM_MARK)


def _the_hires_traits(line: str, lines: list[str], number: int) -> bool:
    """A "You will be:" opener over items most of which say who the hire is ("- Fluent in
    Python and SQL", "- Experienced with Airflow (3+ years)"): requirements, not duties. A
    list of the work that opens on a trait ("- Comfortable with ambiguity", "- Building
    pipelines", "- Deploying models") stays duties."""
    if heading_key(line).rstrip(" :") not in _YOU_WILL_BE:
        return False
    items = _opening_items(lines, number)
    traits = sum(1 for item in items if _A_TRAIT.match(item))
    return traits * 2 > len(items)


# A tick opening an item ("✓ 3+ years of Python"), and what a ticked item says of the hire
# rather than of the work: "Strong SQL", "Experience with Kafka", "Knowledge of ..."
_TICK = "✓✔☑✅"
_TICKED_TRAIT = regex_cache.compile(
    rf"[{_TICK}]\s*(?:(?:strong|solid|proven|good|excellent|deep|hands[\s-]on)\b"
    r"|(?:experience|knowledge|background|understanding|familiarity|proficiency|expertise"
    r"|fluency)\s+(?:in|with|of)\b|(?:bachelor|master|phd|degree)|\d+\+?\s*(?:years?|yrs)\b)"
    rf"|{_A_TRAIT.pattern}",
    re.I,
)


def _ticked_traits(
    line: str, current: str | None, after_blank: bool, lines: list[str], number: int
) -> str | None:
    """ "requirements" for a ticked list set apart below the duties, with no heading, most of
    whose items say who the hire is ("✓ 3+ years of Python", "✓ Strong SQL"). The list
    before it is not ticked (a ticked duties list goes on), and ticked duties ("✓ Build
    pipelines") stay duties."""
    if current != "responsibilities" or not after_blank or line[:1] not in _TICK:
        return None
    before = next((text.strip() for text in reversed(lines[:number]) if text.strip()), "")
    if before[:1] in _TICK:
        return None
    items = [line, *(item for item in _opening_items(lines, number) if item[:1] in _TICK)]
    traits = sum(1 for item in items if _TICKED_TRAIT.match(item))
    return "requirements" if traits * 2 > len(items) else None


def _opening_items(lines: list[str], number: int, most: int = 8) -> list[str]:
    """The first items under an opener (line `number`), stripped: the next line with words,
    and after it the marked items that follow it ("- ...", "• ..."), up to `most`."""
    following = (lines[index].strip() for index in range(number + 1, len(lines)))
    items = [next((text for text in following if text), "")]
    for text in following:
        if len(items) >= most or (text and not _ITEM.match(text)):
            break
        items.extend([text] if text else [])
    return [item for item in items if item]


# A numbered outline's part: its number (or a Roman one) and words ("2. Responsibilities",
# "3) Qualifications", "II. Requirements"), then the number of its first sub-part ("2.1 ...")
_OUTLINE_PART = regex_cache.compile(
    r"[ \t]*(\d{1,2}|[IVX]{1,4})[.)][ \t]+([^\W\d][^\n]{0,60}?)[ \t]*:?[ \t]*\n?"
)
_SUB_PART = regex_cache.compile(r"[ \t]*(\d{1,2})\.1(?:[.)]|[ \t])")
_SUB_PART_REACH = 3  # lines after a part's heading where its first sub-part may stand
# A numbered list's item, as the next item of a list below a numbered line would open
_NUMBERED_ITEM = regex_cache.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]")


def _an_outlines_part(lines: list[str], number: int, current: str | None) -> str | None:
    """The section a numbered outline's part opens: its words name one ("2. Responsibilities")
    and either its first sub-part follows within a line or two ("2.1 ...") or it stands apart,
    after a blank line, over lines that are no numbered items ("- Python", a paragraph); not
    a numbered list's item ("2. Communication skills" over "3. Tableau")."""
    part = _OUTLINE_PART.fullmatch(lines[number])
    if part is None:
        return None
    following = (line for line in lines[number + 1 : number + 1 + _SUB_PART_REACH] if line.strip())
    below = next(following, "")
    sub = _SUB_PART.match(below)
    if sub is not None and sub.group(1) == part.group(1):
        return posting_heading(part.group(2), current)
    set_apart = number == 0 or not lines[number - 1].strip()
    if not set_apart or not below or _NUMBERED_ITEM.match(below):
        return None
    return posting_heading(part.group(2), current)


def _criterions_value(lines: list[str], number: int) -> str | None:
    """The next line with words after a job criterion's heading or a site's "Options" (line
    `number`), stripped ("" at the end); None after any other line."""
    line = lines[number].strip()
    if len(line) > _MAX_CRITERION_CHARS or heading_key(line) not in _OVER_THE_NEXT_LINE:
        return None
    words = (lines[index].strip() for index in range(number + 1, len(lines)))
    return next((line for line in words if line), "")


def _a_header_field(line: str, sections: list[Section], lines: list[str], number: int) -> bool:
    """Whether a heading's words are a field's label in the header of a careers site's
    posting, over a short value on the next line with words (see _HEADER_FIELDS)."""
    if heading_key(line) not in _HEADER_FIELDS:
        return False
    if any(heading_key(section.heading) not in _HEADER_TABS for section in sections):
        return False
    value = next((text.strip() for text in lines[number + 1 : number + 3] if text.strip()), "")
    return (
        bool(value) and not _BULLETED.match(value) and len(value.split()) <= _MAX_FIELD_VALUE_WORDS
    )


def _a_tab_bar(line: str, lines: list[str], number: int) -> bool:
    """Whether the line is the first of a careers site's tabs with the next one below it."""
    if heading_key(line) != _TAB_BAR[0] or number + 1 >= len(lines):
        return False
    return heading_key(lines[number + 1].strip()) == _TAB_BAR[1]


def _in_a_boards_panel(sections: list[Section], line: str) -> bool:
    """A heading of the reader's own fit inside a board's profile insights ("Skills" over
    "Machine learning (Required)"), which opens no section of the posting."""
    inside = bool(sections) and heading_key(sections[-1].heading) == "profile insights"
    return inside and heading_key(line) in _PANEL_FIELDS


# A letter's greeting alone on its line ("Dear Hiring Manager,", "To whom it may concern:",
# "Sehr geehrte Damen und Herren,", "Estimado/a ...:", "Geachte heer/mevrouw,", "Madame,
# Monsieur,", "Gentile Responsabile,", "Prezado(a) recrutador(a),", "Cher Monsieur,",
# "Bonjour,"): a cover letter filed with the resume opens there, the applicant's own words
# about their work as a summary is, not the list the resume ended with. The Dutch "Beste"
# greets a person, not its regards ("Beste groeten,", the German "Beste Grüße,": sign-offs).
_DEAR = (
    r"(?:dear|sehr\s+geehrte[rs]?|estimad[oa]s?(?:/[oa]s?)?|geachte|gentil[ei]|egregi[oa]"
    r"|prezad[oa]s?(?:\([oa]s?\)|/[oa]s?)?|ch[eè]re?s?"
    r"|beste(?!\s+(?:gr[üu](?:ß|ss)en?|groet(?:en)?|wensen)\b))"
)
_SIR_OR_MADAM = r"(?:madame|monsieur|mesdames|messieurs)"
# "Bonjour" alone or before whom it greets: "Bonjour Madame Dupont,"
_HELLO = rf"(?:bonjour|buongiorno)(?:\s+{_SIR_OR_MADAM}(?:\s+[^\W\d_][^\n]{{0,40}})?)?"
_GREETING = regex_cache.compile(
    rf"(?:{_DEAR}\s+[^\W\d_][^\n]{{0,60}}|to whom it may concern|{_HELLO}"
    rf"|{_SIR_OR_MADAM}(?:\s*,\s*{_SIR_OR_MADAM})?)\s*[,:]",
    re.I,
)


def _profile_or_details(line: str, name: str | None, sections: list[Section]) -> str | None:
    """A resume's "Personal Profile" after its work or studies heads personal details
    (father's name, date of birth), as Indian CVs close with them; before them, a summary."""
    if name != "summary" or heading_key(line) != "personal profile":
        return name
    after_work = any(s.name in ("experience", "education") for s in sections)
    return "contact" if after_work else name


def _open(sections: list[Section], name: str, heading: str, start: int, end: int) -> None:
    """A section from `start`, ending the one before it there."""
    if sections:
        sections[-1].end = start
    sections.append(Section(name=name, heading=heading, start=start, end=end))


def _fenced(
    sections: list[Section], line: str, offset: int, fence: str | None, size: int
) -> str | None:
    """The code fence still open after this line of a posting: a code section opens at an
    opening fence, and after its closing fence the section it interrupted goes on."""
    if fence is None:
        _open(sections, "code", line.strip(), offset, size)
        found = _FENCE.match(line)
        return found.group("fence") if found else None
    if not line.strip().startswith(fence) or line.strip().strip(fence[0]):
        return fence  # a line of code
    after = offset + len(line)
    if len(sections) > 1:
        _open(sections, sections[-2].name, sections[-2].heading, after, size)
    else:
        sections[-1].end = after
    return None


def section_index(sections: list[Section], position: int) -> int:
    """The index of the section holding `position`, or -1; sections come in text order and
    do not overlap."""
    index = bisect_right(sections, position, key=_start) - 1
    return index if index >= 0 and position < sections[index].end else -1


def section_at(sections: list[Section], position: int) -> str | None:
    """The name of the section holding `position`."""
    index = section_index(sections, position)
    return sections[index].name if index >= 0 else None


def _start(section: Section) -> int:
    return section.start
