"""A corpus of broken and hostile input, written on demand: nothing large is committed.

`write_corpus(folder)` writes every case and returns (name, path, expected outcome) triples.
The expected outcome says how the real CLI must end: a result (exit 0, maybe with a warning)
or a one-line `error:` with a `hint:` and exit code 3 (document) or 4 (taxonomy).
"""

from __future__ import annotations

import codecs
import io
import os
import random
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from fpdf import FPDF
from PIL import Image

GOOD_RESUME = """Jane Doe
Machine learning engineer

Skills
Python, PyTorch, SQL, Docker

Experience
ML Engineer | Acme
Jan 2020 - Dec 2023
- Trained models with PyTorch and served them with Docker

Education
MSc Computer Science, 2019
"""

GOOD_POSTING = """Title: Machine Learning Engineer

Requirements
- 3+ years of Python and PyTorch
- Experience with SQL and Docker

Nice to have
- Kubernetes
"""

MARKER = "CORPUS-SECRET-7f3a"  # text of a local file that an XML entity must never pull in
TAG_MARKER = "yaml-tag-ran"  # file a YAML tag would create if it were ever executed


@dataclass(frozen=True)
class Expected:
    """How the CLI must end for one case."""

    exit_code: int = 0  # 0: a result; 3: document error; 4: taxonomy error
    says: str = ""  # in the error line, or in one of the result's warnings ("" for none)
    command: str = "extract"  # "extract" FILE, or "match" with the file as --taxonomy
    options: tuple[str, ...] = ()  # global options, before the command
    env: tuple[tuple[str, str], ...] = ()  # environment variables for the run
    seconds: float = 5.0  # wall-clock bound
    skip: str = ""  # reason when the case cannot be made on this machine
    finds: str = ""  # a skill id the result must hold: the text was read, not lost
    not_finds: str = ""  # a skill id the result must not hold

    @property
    def ok(self) -> bool:
        return self.exit_code == 0


Case = tuple[str, Path, Expected]
OK, DOC, TAX = 0, 3, 4
FAST = Expected().seconds


# -- builders ----------------------------------------------------------------------------------


def pdf_bytes(lines: list[str], pages: int = 1, **encryption: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    if encryption:
        pdf.set_encryption(**encryption)
    for number in range(pages):
        pdf.add_page()
        for line in lines:
            pdf.cell(h=6, text=line.format(page=number + 1) or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def image_pdf_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (90, 90, 90)).save(buffer, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=20, y=20, w=80)
    return bytes(pdf.output())


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def replace_part(package: bytes, name: str, write: Callable[[zipfile.ZipFile], None]) -> bytes:
    """The DOCX `package` with part `name` written by `write` instead."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            if info.filename != name:
                new.writestr(info, old.read(info.filename), zipfile.ZIP_DEFLATED)
        write(new)
    return out.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(body_text: str, doctype: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"{doctype}<w:document xmlns:w='{W_NS}'><w:body>"
        f"<w:p><w:r><w:t>Jane Doe, Python and SQL engineer</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>{body_text}</w:t></w:r></w:p></w:body></w:document>"
    )


def grid_span_bomb_xml() -> str:
    """200 table rows, each one cell claiming a billion grid columns."""
    cell = "<w:tc><w:tcPr><w:gridSpan w:val='1000000000'/></w:tcPr>{}</w:tc>"
    row = "<w:tr>" + cell.format("<w:p><w:r><w:t>SQL</w:t></w:r></w:p>") + "</w:tr>"
    table = f"<w:tbl>{row * 200}</w:tbl>"
    return document_xml("PyTorch").replace("</w:body>", table + "</w:body>")


MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V_NS = "urn:schemas-microsoft-com:vml"


def blocks_xml(blocks: str) -> str:
    """A document.xml whose body holds a line naming Python, then `blocks` (raw XML)."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:document xmlns:w='{W_NS}' xmlns:mc='{MC_NS}' xmlns:v='{V_NS}'><w:body>"
        f"{line_xml('Jane Doe, Python and SQL engineer')}{blocks}</w:body></w:document>"
    )


def line_xml(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def text_box_xml(blocks: str, fallback: bool = False) -> str:
    """A paragraph anchoring a VML text box that holds `blocks`; with `fallback`, the box is
    the choice of an mc:AlternateContent and its copy the fallback, as Word writes it."""
    vml = f"<w:pict><v:shape><v:textbox><w:txbxContent>{blocks}</w:txbxContent></v:textbox>"
    vml += "</v:shape></w:pict>"
    if fallback:
        vml = (
            f"<mc:AlternateContent><mc:Choice Requires='v'>{vml}</mc:Choice>"
            f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>"
        )
    return f"<w:p><w:r>{vml}</w:r></w:p>"


def many_text_boxes_xml(count: int) -> str:
    box = text_box_xml(line_xml("a"), fallback=True)
    return blocks_xml(text_box_xml(line_xml("Kubernetes"), fallback=True) + box * count)


def nested_text_boxes_xml(depth: int, width: int) -> str:
    """Text boxes `depth` deep, the innermost holding PyTorch and `width` more lines."""
    blocks = line_xml("PyTorch") + line_xml("a") * width
    for _ in range(depth):
        blocks = text_box_xml(blocks)
    return blocks_xml(blocks)


def nested_content_controls_xml(depth: int, width: int) -> str:
    """Content controls `depth` deep, each declaring an XML namespace of its own (unwrapping
    one rewrites its content's namespace references), around PyTorch and `width` lines."""
    opened = "".join(f"<w:sdt xmlns:n{i}='urn:n{i}'><w:sdtContent>" for i in range(depth))
    closed = "</w:sdtContent></w:sdt>" * depth
    return blocks_xml(opened + line_xml("PyTorch") + line_xml("a") * width + closed)


def docx_with_xml(xml: str) -> bytes:
    return replace_part(
        docx_bytes("x"),
        "word/document.xml",
        lambda z: z.writestr("word/document.xml", xml, zipfile.ZIP_DEFLATED),
    )


def billion_laughs_xml() -> str:
    entities = ['<!ENTITY lol "lol">']
    for level in range(1, 10):
        entities.append(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">'.replace("lol0", "lol"))
    doctype = "<!DOCTYPE w:document [\n" + "\n".join(entities) + "\n]>\n"
    return document_xml("Docker &lol9;", doctype)


def external_entity_xml(secret: Path) -> str:
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
    return document_xml("Docker &xxe;", doctype)


def zip_bomb_docx(unpacked: int) -> bytes:
    """document.xml of `unpacked` bytes of spaces: a few dozen kB on disk."""

    def write(archive: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as stream:
            stream.write(document_xml("Python").encode()[:-30])
            chunk = b" " * 1_000_000
            for _ in range(unpacked // len(chunk)):
                stream.write(chunk)

    return replace_part(docx_bytes("x"), "word/document.xml", write)


def lying_zip_bomb_docx(unpacked: int) -> bytes:
    """A zip bomb whose headers claim document.xml is tiny (the check must not trust them)."""
    raw = bytearray(zip_bomb_docx(unpacked))
    name = b"word/document.xml"
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            if raw[start + name_at : start + name_at + len(name)] == name:
                raw[start + size_at : start + size_at + 4] = struct.pack("<I", 1000)
            start += 4
    return bytes(raw)


def assemble_pdf(objects: list[bytes]) -> bytes:
    """A PDF file from numbered object bodies (object 1 is the catalogue), with a valid xref."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


FONT_ONLY = b"<< /Font << /F1 5 0 R >> >>"
FONT_AND_FORM = b"<< /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >>"


def form_page_pdf(
    content: bytes, form: bytes, form_keys: bytes, form_resources: bytes = FONT_ONLY
) -> bytes:
    """A one-page PDF: `content` on the page, Helvetica as /F1 and a form XObject /Fm1 that
    draws `form` (`form_keys` gives its /BBox and /Matrix)."""
    return assemble_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources %s >>" % FONT_AND_FORM,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Form %s /Resources %s /Length %d >>\nstream\n%s\nendstream"
        % (form_keys, form_resources, len(form), form),
    ])  # fmt: skip


def recursive_form_pdf() -> bytes:
    """700 bytes: a form XObject that draws itself twice. pdfium's page loading never ends and
    takes gigabytes: the read must be stopped from outside."""
    content = b"BT /F1 12 Tf 72 700 Td (Python and SQL) Tj ET /Fm1 Do"
    form = b"q 0.5 0 0 0.5 10 10 cm /Fm1 Do Q q 0.5 0 0 0.5 300 10 cm /Fm1 Do Q"
    return form_page_pdf(content, form, b"/BBox [0 0 600 800]", FONT_AND_FORM)


def junk(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def patch_zip_headers(package: bytes, part: str, patch: Callable[[bytearray, int], None]) -> bytes:
    """Apply `patch(raw, header_start)` to the local and central headers of `part`."""
    raw = bytearray(package)
    name = part.encode()
    for signature, name_at in ((b"PK\x03\x04", 30), (b"PK\x01\x02", 46)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            if raw[start + name_at : start + name_at + len(name)] == name:
                patch(raw, start + (0 if signature == b"PK\x03\x04" else 2))
            start += 4
    return bytes(raw)


def _set_encrypted(raw: bytearray, at: int) -> None:
    raw[at + 6] |= 0x1  # general purpose flag bit 0: encrypted


def _set_method_99(raw: bytearray, at: int) -> None:
    raw[at + 8 : at + 10] = struct.pack("<H", 99)  # AES: a method zipfile cannot unpack


def corrupt_deflate_docx() -> bytes:
    package = docx_bytes(GOOD_RESUME * 20)
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        info = archive.getinfo("word/document.xml")
    raw = bytearray(package)
    data_at = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(data_at + 20, data_at + min(info.compress_size, 400), 7):
        raw[offset] ^= 0x5A
    return bytes(raw)


def hidden_text_pdf() -> bytes:
    """A resume page with "Kubernetes Terraform" in white and in 1 pt type."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in GOOD_RESUME.splitlines():
        pdf.cell(h=6, text=line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(255, 255, 255)
    pdf.cell(h=6, text="Kubernetes Terraform", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font_size(1)
    pdf.cell(h=2, text="Kubernetes Terraform", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


ESCAPES = "\x1b[2J\x1b[5;35mblink\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x9b31m"


# -- the corpus --------------------------------------------------------------------------------

Content = Callable[[Path], bytes]  # the file's bytes, given the corpus folder


@dataclass(frozen=True)
class Spec:
    name: str
    expected: Expected
    build: Callable[[Path], Path]


def _file(name: str, content: Content, expected: Expected, file_name: str = "") -> Spec:
    def build(folder: Path) -> Path:
        path = folder / (file_name or name)
        if not path.exists():
            path.write_bytes(content(folder))
        return path

    return Spec(name, expected, build)


def _bytes(raw: bytes) -> Content:
    return lambda folder: raw


def _good_pdf(**encryption: str) -> Content:
    return lambda folder: pdf_bytes(GOOD_RESUME.splitlines(), **encryption)


def _truncated_pdf(folder: Path) -> bytes:
    whole = pdf_bytes(GOOD_RESUME.splitlines())
    return whole[: len(whole) // 2]


def _text(text: str, encoding: str = "utf-8", bom: bytes = b"") -> Content:
    return lambda folder: bom + text.encode(encoding)


def _big_text(folder: Path) -> bytes:
    line = b"Built data pipelines in Python and SQL; deployed models with Docker.\n"
    return line * (40_000_000 // len(line) + 1)


def _one_line(folder: Path) -> bytes:
    words = b"Python SQL Docker pipelines dashboards stakeholders reporting "
    return (words * (5_000_000 // len(words) + 1))[:5_000_000]


def _docx_xml(make: Callable[[Path], str]) -> Content:
    return lambda folder: docx_with_xml(make(folder))


def _zip_patched(patch: Callable[[bytearray, int], None]) -> Content:
    return lambda folder: patch_zip_headers(docx_bytes(GOOD_RESUME), "word/document.xml", patch)


_RESUME = GOOD_RESUME
_PY = {"finds": "python"}

DOCUMENTS = [
    _file("empty.txt", _bytes(b""), Expected(DOC, "empty")),
    _file("empty.pdf", _bytes(b""), Expected(DOC, "empty")),
    _file("empty.docx", _bytes(b""), Expected(DOC, "empty")),
    _file("whitespace.txt", _bytes(b" \n\t\r\n  \n"), Expected(DOC, "no text")),
    _file("junk.txt", lambda f: junk(4096, 1), Expected(DOC, "binary")),
    _file("junk.pdf", lambda f: junk(4096, 2), Expected(DOC, "not a readable PDF")),
    _file("junk.docx", lambda f: junk(4096, 3), Expected(DOC, "not a zip package")),
    _file("truncated.pdf", _truncated_pdf, Expected(DOC, "not a readable PDF")),
    _file(
        "encrypted-user-password.pdf",
        _good_pdf(owner_password="owner", user_password="secret"),
        Expected(DOC, "password"),
    ),
    _file(
        "encrypted-owner-password-only.pdf",
        _good_pdf(owner_password="owner", user_password=""),
        Expected(OK, **_PY),
    ),
    _file("image-only.pdf", lambda f: image_pdf_bytes(), Expected(DOC, "no text layer")),
    _file(
        "300-pages.pdf",
        lambda f: pdf_bytes(["Page {page}: Python and SQL"], pages=300),
        Expected(OK, "read the first 50 of 300 pages", **_PY),
    ),
    _file(
        "hidden-text.pdf",
        lambda f: hidden_text_pdf(),
        Expected(OK, "hidden text", finds="pytorch", not_finds="kubernetes"),
    ),
    _file(
        "recursive-form.pdf",
        lambda f: recursive_form_pdf(),
        Expected(DOC, "reading the PDF", env=(("MLCAREER_MAX_SECONDS", "3"),)),
    ),
    _file("zip-bomb.docx", lambda f: zip_bomb_docx(60_000_000), Expected(DOC, "over the limit")),
    _file(
        "zip-bomb-lying-sizes.docx",
        lambda f: lying_zip_bomb_docx(60_000_000),
        Expected(DOC, "Bad CRC"),
    ),
    _file("billion-laughs.docx", _docx_xml(lambda f: billion_laughs_xml()), Expected(DOC, "DTD")),
    _file(
        "external-entity.docx",
        _docx_xml(lambda f: external_entity_xml(f / "secret.txt")),
        Expected(DOC, "DTD"),
    ),
    _file("malformed-xml.docx", _docx_xml(lambda f: "<w:document><w:body>"), Expected(DOC, "XML")),
    _file(
        "deeply-nested-xml.docx",
        _docx_xml(lambda f: document_xml("<w:r>" * 20_000 + "</w:r>" * 20_000)),
        Expected(DOC, "XML"),
    ),
    _file(
        "grid-span-bomb.docx",
        _docx_xml(lambda f: grid_span_bomb_xml()),
        Expected(OK, finds="pytorch"),
    ),
    _file(
        "40000-paragraphs.docx",
        _docx_xml(lambda f: blocks_xml(line_xml("PyTorch") + line_xml("a") * 40_000)),
        Expected(OK, finds="pytorch"),
    ),
    _file(
        "20000-text-boxes.docx",
        _docx_xml(lambda f: many_text_boxes_xml(20_000)),
        Expected(OK, finds="kubernetes"),
    ),
    _file(
        "nested-text-boxes.docx",  # as deep as the XML parser allows
        _docx_xml(lambda f: nested_text_boxes_xml(40, 20_000)),
        Expected(OK, finds="pytorch"),
    ),
    _file(
        "nested-content-controls.docx",
        _docx_xml(lambda f: nested_content_controls_xml(120, 40_000)),
        Expected(OK, finds="pytorch"),
    ),
    _file("encrypted-part.docx", _zip_patched(_set_encrypted), Expected(DOC, "encrypted")),
    _file("unknown-compression.docx", _zip_patched(_set_method_99), Expected(DOC, "DOCX")),
    _file("corrupt-deflate.docx", lambda f: corrupt_deflate_docx(), Expected(DOC, "DOCX")),
    _file(
        "word-97-or-password.docx",
        _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)),
        Expected(DOC, "password-protected"),
    ),
    _file(
        "latin-1.txt", _text("Zoë Brontë: Python\n", "latin-1"), Expected(OK, "not UTF-8", **_PY)
    ),
    _file("cp1252.txt", _text("“Python” — €40k\n", "cp1252"), Expected(OK, "1252", **_PY)),
    _file(
        "utf-16-bom.txt",
        _text(_RESUME, "utf-16-le", codecs.BOM_UTF16_LE),
        Expected(OK, **_PY),
    ),
    _file("utf-16-no-bom.txt", _text(_RESUME, "utf-16-be"), Expected(OK, "byte-order", **_PY)),
    _file("crlf.txt", _text(_RESUME.replace("\n", "\r\n")), Expected(OK, **_PY)),
    _file(
        "nul-bytes.txt",
        _text(_RESUME.replace("Python", "Py\x00thon")),
        Expected(OK, "control characters", **_PY),
    ),
    _file(
        "zero-width-bidi.txt",
        _text(_RESUME.replace("Python", "Py\u200bthon \u202eLQS\u202c \u2066x\u2069")),
        Expected(OK, "invisible", **_PY),
    ),
    _file(
        "escape-sequences.txt",
        _text(_RESUME + ESCAPES + "\n"),
        Expected(OK, "control characters", **_PY),
    ),
    _file("cv.rtf", _bytes(rb"{\rtf1\ansi Jane Doe, Python\par}"), Expected(DOC, "unsupported")),
    _file(
        "cv.doc",
        _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
        Expected(DOC, "unsupported"),
    ),
    _file("40-mb.txt", _big_text, Expected(DOC, "over the 20.0 MB limit")),
    _file(
        "40-mb.txt --max-file-mb 60",
        _big_text,
        Expected(OK, "kept the first", options=("--max-file-mb", "60"), seconds=10, **_PY),
        file_name="40-mb.txt",
    ),
    _file(
        "one-line-5-mb.txt",
        _one_line,
        Expected(OK, "split", seconds=10, **_PY),
    ),
]


def _special(name: str, expected: Expected, make: Callable[[Path], None]) -> Spec:
    def build(folder: Path) -> Path:
        path = folder / name
        make(path)
        return path

    return Spec(name, expected, build)


def _unreadable(path: Path) -> None:
    path.write_text(GOOD_RESUME)
    path.chmod(0)


_ROOT_SKIP = "running as root: file permissions do not block reads"
SPECIAL_FILES = [
    _special("folder.txt", Expected(DOC, "folder"), Path.mkdir),
    _special("fifo.txt", Expected(DOC, "not a regular file"), os.mkfifo),
    _special(
        "device.txt", Expected(DOC, "not a regular file"), lambda p: p.symlink_to("/dev/zero")
    ),
    _special("loop.txt", Expected(DOC, "symbolic links"), lambda p: p.symlink_to(p.name)),
    _special("missing.txt", Expected(DOC, "no such file"), lambda p: None),
    _special(
        "unreadable.txt",
        Expected(DOC, "cannot read", skip=_ROOT_SKIP if os.geteuid() == 0 else ""),
        _unreadable,
    ),
]


def _taxonomy(exit_code: int, says: str = "") -> Expected:
    return Expected(exit_code, says, command="match")


_SKILL = "{id: %s, name: %s, kind: technical, category: ml}"
_ZORB, _ZORB2, _BLAX = (
    _SKILL % ("zorb", "Zorb"),
    _SKILL % ("zorb", "Zorb2"),
    _SKILL % ("blax", "zorb"),
)
_LAUGHS = "\n".join(
    ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
)
TAXONOMIES = [
    _file(
        "malformed.yaml",
        _bytes(b"skills:\n  - id: x\n   name: [unclosed\n"),
        _taxonomy(TAX, "YAML"),
    ),
    _file("top-level-list.yaml", _bytes(b"- id: x\n"), _taxonomy(TAX, "mapping")),
    _file(
        "wrong-types.yaml",
        _bytes(b"skills:\n  - id: 5\n    name: [1, 2]\n"),
        _taxonomy(TAX, "valid string"),
    ),
    _file("skills-not-a-list.yaml", _bytes(b"skills: python\n"), _taxonomy(TAX, "valid list")),
    _file(
        "duplicate-ids.yaml",
        _text(f"skills: [{_ZORB}, {_ZORB2}]"),
        _taxonomy(TAX, "duplicate id"),
    ),
    _file(
        "colliding-aliases.yaml", _text(f"skills: [{_ZORB}, {_BLAX}]"), _taxonomy(TAX, "used by")
    ),
    _file(
        "python-tag.yaml",
        _text(f'skills: !!python/object/apply:os.system ["touch {TAG_MARKER}"]\n'),
        _taxonomy(TAX, "python/object"),
    ),
    _file("not-utf8.yaml", _text("version: é\n", "latin-1"), _taxonomy(TAX, "UTF-8")),
    _file(
        "deep-nesting.yaml",
        _bytes(b"skills: " + b"[" * 50_000 + b"]" * 50_000),
        _taxonomy(TAX, "nesting"),
    ),
    _file("billion-laughs.yaml", _text(_LAUGHS), _taxonomy(TAX, "aliases")),
    _file(
        "escape-in-name.yaml",
        _text('skills: [{id: zorb, name: "\\e[31mZorb", kind: technical, category: ml}]'),
        _taxonomy(TAX, "control characters"),
    ),
    _file("date-version.yaml", _bytes(b"version: 2026-11-01\n"), _taxonomy(TAX, "a date")),
    _file("yaml-set.yaml", _bytes(b"skills: !!set {a, b}\n"), _taxonomy(TAX, "a set")),
    _file("empty.yaml", _bytes(b""), _taxonomy(TAX, "no skills, levels or roles")),
    _file("good.yaml", _text(f"skills: [{_SKILL % ('zorb', 'Zorblax')}]"), _taxonomy(OK)),
]

SPECS: list[Spec] = DOCUMENTS + SPECIAL_FILES + TAXONOMIES


def case_names() -> list[str]:
    return [spec.name for spec in SPECS]


def write_corpus(folder: Path) -> list[Case]:
    """Write every case into `folder`; return (name, path, expected outcome) triples."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "secret.txt").write_text(MARKER)
    (folder / "good-resume.txt").write_text(GOOD_RESUME)
    (folder / "good-posting.txt").write_text(GOOD_POSTING)
    return [(spec.name, spec.build(folder), spec.expected) for spec in SPECS]
