"""The headings of resumes and job postings from India, Pakistan, Bangladesh, Sri Lanka and
Nepal that the shared tables lack: a job board's sections (Naukri's "Roles and
Responsibilities", BDJobs' "Educational Requirements" and "Compensation & Other Benefits") and
a student's resume headings ("Final Year Project", "Summer Internship", "Trainings").
Lower-cased as sections.heading_key gives them; sections.HEADINGS takes them in."""

from __future__ import annotations

# A posting's duties
TASKS = (
    *("roles and responsibilities", "roles & responsibilities", "role and responsibilities"),
    "duties & responsibilities",
)
# What it asks: BDJobs' "Educational Requirements", "Experience Requirements" and "Additional
# Requirements"; Merojob's "Job Specification" and "Other Specification"; Naukri's "Required
# Candidate Profile" and, in its newer template, "Preferred
# candidate profile", which holds the must-haves as the older "Desired Candidate Profile" did
PROFILE = (
    *("educational requirements", "education requirements", "experience requirements"),
    *("additional requirements", "required candidate profile", "preferred candidate profile"),
    *("job specification", "job specifications", "job requirement"),
    *("other specification", "other specifications"),  # Merojob's (Nepal) own asks
)
# The company: Naukri's "About Company", Rozee's "Company Profile"
COMPANY = ("about company", "company profile", "company info")
# What the job gives, where it is and how to apply: BDJobs' "Job Context" opens the posting's
# own description, its "Employment Status", "Workplace", "Job Location", "Compensation & Other
# Benefits" and "Read Before Apply" ask nothing
ABOUT = ("job context",)
OFFER = (
    *("compensation & other benefits", "compensation and other benefits", "other benefits"),
    *("employment status", "workplace", "job location", "read before apply"),
    *("apply instructions", "apply procedure", "walk-in details", "walk in details"),
)

# A student's resume headings (RESUME_ONLY)
PROJECTS = (
    *("final year project", "final year projects", "final year project details"),
    *("project details", "major project", "minor project", "mini project", "mini projects"),
)
WORK = (
    *("internship", "summer internship", "summer internships", "internship details"),
    *("industrial attachment", "industrial training details", "work experience summary"),
)
CERTIFICATIONS = (
    *("trainings", "workshops attended", "trainings and workshops", "workshops and trainings"),
    *("trainings & workshops", "workshops & trainings", "workshops"),
)
SKILLS = ("technical proficiency", "software proficiency", "technical proficiencies")
LANGUAGES = ("linguistic proficiency", "linguistic skills")
SUMMARY = ("professional synopsis", "career synopsis")
REFEREES = ("reference",)
RESUME_ONLY = (*PROJECTS, *WORK, *CERTIFICATIONS, *SKILLS, *LANGUAGES, *SUMMARY, *REFEREES)
