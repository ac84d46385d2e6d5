"""The headings of resumes and job postings from South-East Asia: written in Vietnamese,
Indonesian, Malay and Thai (TopCV, VietnamWorks, JobStreet, Glints, Kalibrr, JobsDB, JobThai),
and the Philippine resume's own English ones ("Character References", "Seminars and Trainings
Attended"). Lower-cased as sections.heading_key gives them; sections.HEADINGS takes them in."""

from __future__ import annotations

# Vietnamese (both spellings of "kỹ năng": "kỹ" and "kĩ")
VI_SUMMARY = (
    *("mục tiêu nghề nghiệp", "mục tiêu", "giới thiệu bản thân", "giới thiệu", "tóm tắt"),
    "tóm tắt bản thân",
)
VI_SKILLS = (
    *("kỹ năng", "kĩ năng", "kỹ năng chuyên môn", "kĩ năng chuyên môn", "kỹ năng mềm"),
    *("kĩ năng mềm", "công nghệ", "kỹ năng kỹ thuật"),
)
VI_EXPERIENCE = (
    *("kinh nghiệm làm việc", "kinh nghiệm", "quá trình làm việc", "kinh nghiệm chuyên môn"),
    "lịch sử làm việc",
)
VI_EDUCATION = ("học vấn", "trình độ học vấn", "quá trình học tập", "giáo dục", "bằng cấp")
VI_PROJECTS = ("dự án", "dự án cá nhân", "các dự án", "dự án tiêu biểu")
VI_CERTIFICATIONS = ("chứng chỉ", "chứng chỉ và khóa học", "khóa học")
VI_AWARDS = ("giải thưởng", "thành tích", "danh hiệu và giải thưởng")
VI_LANGUAGES = ("ngoại ngữ", "ngôn ngữ")
VI_INTERESTS = ("sở thích", "hoạt động", "hoạt động ngoại khóa", "người tham chiếu")
VI_CONTACT = ("thông tin cá nhân", "thông tin liên hệ", "liên hệ")
VI_COMPANY = ("về chúng tôi", "giới thiệu công ty", "về công ty")
VI_TASKS = (
    *("mô tả công việc", "nhiệm vụ", "trách nhiệm", "công việc chính", "trách nhiệm công việc"),
    "nhiệm vụ chính",
)
VI_PROFILE = (
    *("yêu cầu", "yêu cầu công việc", "yêu cầu ứng viên", "tiêu chuẩn", "yêu cầu chung"),
    "bạn cần có",
)
VI_WISHES = ("ưu tiên", "điểm cộng", "ưu tiên ứng viên", "là một lợi thế", "lợi thế")
VI_OFFER = (
    *("quyền lợi", "phúc lợi", "chế độ đãi ngộ", "quyền lợi được hưởng", "thu nhập"),
    *("cách thức ứng tuyển", "địa điểm làm việc", "thời gian làm việc", "mức lương"),
)

# Indonesian and Malay
ID_SUMMARY = (
    *("ringkasan", "tentang saya", "ringkasan profesional", "profil diri", "objektif"),
    "profil singkat",
)
ID_SKILLS = (
    *("keahlian", "keterampilan", "kemampuan", "kemahiran", "kemahiran teknikal"),
    *("keahlian teknis", "keterampilan teknis", "kemampuan teknis", "kompetensi"),
)
ID_EXPERIENCE = (
    *("pengalaman kerja", "pengalaman", "riwayat pekerjaan", "pengalaman profesional"),
    *("pengalaman bekerja", "pengalaman pekerjaan", "riwayat kerja", "pengalaman magang"),
)
ID_EDUCATION = (
    *("pendidikan", "riwayat pendidikan", "latar belakang pendidikan", "pendidikan formal"),
    *("kelayakan akademik", "akademik", "pendidikan dan kelayakan"),
)
ID_PROJECTS = ("proyek", "projek", "proyek pribadi")
ID_CERTIFICATIONS = ("sertifikasi", "sertifikat", "pelatihan", "sijil", "kursus")
ID_AWARDS = ("penghargaan", "prestasi", "anugerah", "pencapaian")
ID_LANGUAGES = ("bahasa", "kemampuan bahasa", "penguasaan bahasa", "kemahiran bahasa")
ID_INTERESTS = (
    *("pengalaman organisasi", "organisasi", "hobi", "minat", "referensi", "rujukan"),
    "kegiatan",
)
ID_CONTACT = (
    *("data pribadi", "data diri", "informasi pribadi", "maklumat peribadi", "butiran peribadi"),
    "kontak",
)
ID_COMPANY = ("tentang kami", "tentang perusahaan", "profil perusahaan", "mengenai kami")
ID_TASKS = (
    *("deskripsi pekerjaan", "tanggung jawab", "tugas dan tanggung jawab", "uraian tugas"),
    *("tanggungjawab", "skop kerja", "deskripsi tugas", "uraian pekerjaan", "tugas"),
)
ID_PROFILE = (
    *("persyaratan", "kualifikasi", "syarat", "kriteria", "keperluan"),
    *("persyaratan dan kualifikasi", "kualifikasi dan persyaratan", "syarat dan kualifikasi"),
)
ID_WISHES = (
    *("nilai tambah", "diutamakan", "nilai plus", "lebih disukai"),
    "menjadi nilai tambah",
)
ID_OFFER = (
    *("benefit", "fasilitas", "tunjangan", "kami menawarkan", "yang kami tawarkan", "gaji"),
    *("faedah", "cara melamar", "lokasi", "lokasi kerja", "manfaat", "penempatan"),
)

# Thai
TH_SUMMARY = ("สรุป", "เกี่ยวกับฉัน", "วัตถุประสงค์", "เป้าหมายในอาชีพ", "โปรไฟล์")
TH_SKILLS = ("ทักษะ", "ความสามารถ", "ทักษะและความสามารถ", "ความสามารถพิเศษ", "ทักษะทางเทคนิค")
TH_EXPERIENCE = ("ประสบการณ์ทำงาน", "ประสบการณ์การทำงาน", "ประวัติการทำงาน", "ประสบการณ์")
TH_EDUCATION = ("การศึกษา", "ประวัติการศึกษา", "วุฒิการศึกษา", "ระดับการศึกษา")
TH_PROJECTS = ("โครงการ", "โปรเจกต์", "ผลงาน")
TH_CERTIFICATIONS = ("ใบรับรอง", "การฝึกอบรม", "ประกาศนียบัตร")
TH_AWARDS = ("รางวัล", "รางวัลที่ได้รับ")
TH_LANGUAGES = ("ภาษา", "ทักษะทางภาษา", "ความสามารถทางภาษา")
TH_INTERESTS = ("งานอดิเรก", "กิจกรรม", "บุคคลอ้างอิง")
TH_CONTACT = ("ข้อมูลส่วนตัว", "ข้อมูลติดต่อ", "ติดต่อ")
TH_COMPANY = ("เกี่ยวกับเรา", "เกี่ยวกับบริษัท")
TH_TASKS = ("หน้าที่ความรับผิดชอบ", "หน้าที่และความรับผิดชอบ", "รายละเอียดงาน", "ลักษณะงาน")
TH_PROFILE = ("คุณสมบัติ", "คุณสมบัติผู้สมัคร", "คุณสมบัติที่ต้องการ", "คุณสมบัติผู้สมัครงาน")
TH_WISHES = ("คุณสมบัติที่พิจารณาเป็นพิเศษ", "จะพิจารณาเป็นพิเศษ", "พิจารณาเป็นพิเศษ")
TH_OFFER = ("สวัสดิการ", "สวัสดิการและผลประโยชน์", "เงินเดือน", "วิธีการสมัคร", "สถานที่ปฏิบัติงาน")

# The Philippine resume's own English headings: the trainings and seminars attended, the civil
# service or board eligibility held, the referees ("Character References")
PH_CERTIFICATIONS = (
    *("seminars and trainings attended", "trainings and seminars attended"),
    *("seminars attended", "trainings attended", "seminars and trainings"),
    *("trainings and seminars", "seminars and workshops attended", "eligibilities"),
    *("civil service eligibility", "licenses and eligibility", "eligibility and licenses"),
)
PH_REFEREES = ("character references", "character reference")

SUMMARY = (*VI_SUMMARY, *ID_SUMMARY, *TH_SUMMARY)
SKILLS = (*VI_SKILLS, *ID_SKILLS, *TH_SKILLS)
EXPERIENCE = (*VI_EXPERIENCE, *ID_EXPERIENCE, *TH_EXPERIENCE)
EDUCATION = (*VI_EDUCATION, *ID_EDUCATION, *TH_EDUCATION)
PROJECTS = (*VI_PROJECTS, *ID_PROJECTS, *TH_PROJECTS)
CERTIFICATIONS = (*VI_CERTIFICATIONS, *ID_CERTIFICATIONS, *TH_CERTIFICATIONS, *PH_CERTIFICATIONS)
AWARDS = (*VI_AWARDS, *ID_AWARDS, *TH_AWARDS)
LANGUAGES = (*VI_LANGUAGES, *ID_LANGUAGES, *TH_LANGUAGES)
INTERESTS = (*VI_INTERESTS, *ID_INTERESTS, *TH_INTERESTS)
CONTACT = (*VI_CONTACT, *ID_CONTACT, *TH_CONTACT)
COMPANY = (*VI_COMPANY, *ID_COMPANY, *TH_COMPANY)
TASKS = (*VI_TASKS, *ID_TASKS, *TH_TASKS)
PROFILE = (*VI_PROFILE, *ID_PROFILE, *TH_PROFILE)
WISHES = (*VI_WISHES, *ID_WISHES, *TH_WISHES)
OFFER = (*VI_OFFER, *ID_OFFER, *TH_OFFER)
# Their resume headings that in a posting state what it asks for ("Kỹ năng", "Pengalaman")
ASKED_IN_POSTINGS = (*SKILLS, *EXPERIENCE, *EDUCATION, *LANGUAGES)
