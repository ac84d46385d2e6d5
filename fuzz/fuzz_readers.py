"""Coverage-guided fuzzing of the document readers and extraction with atheris (a dev-only
tool: pip install atheris; it is no dependency of mlcareer).

    python fuzz/fuzz_readers.py MODE [libFuzzer options] [corpus folder]
    python fuzz/fuzz_readers.py pdf-content -max_total_time=300 -timeout=20

MODE picks what the fuzzer's bytes become:
  txt          a .txt file
  docx         a .docx file (the bytes are the whole zip package)
  docx-xml     word/document.xml inside a valid .docx package
  pdf          a .pdf file
  pdf-content  the page content stream of a valid one-page PDF (colours, matrices, forms)

Each input is read with read_document and extracted with extract_profile. DocumentError is
an expected outcome; any other exception, or a broken invariant below, is a finding. Inputs
are written to one reused file in a temporary folder that is emptied at each start.
"""

from __future__ import annotations

import io
import re
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for the tests' file builders
from tests.hostile_corpus import form_page_pdf

with atheris.instrument_imports(include=["mlcareer"]):
    from mlcareer.api import Options
    from mlcareer.documents import Limits, read_document
    from mlcareer.errors import DocumentError
    from mlcareer.extract import extract_profile

# PDFs are read in a child process that is killed past max_seconds (pdfium can hang on a tiny
# PDF). Coverage is seen only in this process: "pdf-content" reads in-process, with a form
# that never draws itself, so that pdf_hidden.py is fuzzed with coverage feedback.
GUARDED = Limits(max_seconds=10)
IN_PROCESS = Limits(max_seconds=0)
OPTIONS = Options(as_of=2026 * 12 + 10)
TAXONOMY = OPTIONS.taxonomy
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_template() -> bytes:
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.save(buffer)
    return buffer.getvalue()


DOCX = _docx_template()


def docx_with(xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(DOCX)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            data = xml if info.filename == "word/document.xml" else old.read(info)
            new.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


FORM = b"BT 1 1 1 rg /F1 12 Tf 100 100 Td (Ansible) Tj ET BT /F1 1 Tf 10 10 Td (Go) Tj ET"


def pdf_with(content: bytes) -> bytes:
    """A one-page PDF whose page draws `content`; Helvetica is /F1 and a form is /Fm1."""
    return form_page_pdf(content, FORM, b"/BBox [0 0 500 500] /Matrix [0.5 0 0 0.5 0 0]")


MODES: dict[str, tuple[str, Callable[[bytes], bytes], Limits]] = {
    "txt": (".txt", bytes, IN_PROCESS),
    "docx": (".docx", bytes, IN_PROCESS),
    "docx-xml": (".docx", docx_with, IN_PROCESS),
    "pdf": (".pdf", bytes, GUARDED),
    "pdf-content": (".pdf", pdf_with, IN_PROCESS),
}


RESUME = (
    "Jane Doe\nSkills\nPython, PyTorch, SQL, C++ and R\n\nExperience\nML Engineer | Acme\n"
    "Jan 2020 - Present\n- No experience with Java\n\nEducation\nMSc Physics, 2019\n"
)
CONTENT = [
    b"BT /F1 12 Tf 72 700 Td (Python and SQL) Tj ET",
    b"BT 1 1 1 rg /F1 12 Tf 72 650 Td (Kubernetes) Tj ET",
    b"BT /F1 12 Tf 0.1 0 0 0.1 72 600 Tm (Terraform) Tj ET 0 0 0 rg",
    b"q 0 0 0.5 rg 0 0 100 100 re f Q BT 1 1 1 rg 3 Tr /F1 9 Tf 900 20 Td (Docker) Tj ET",
    b"q 2 0 0 2 10 10 cm /Fm1 Do Q BT /F1 1 Tf 12 0 0 12 72 300 Tm [(Py)-20(Torch)] TJ ET",
]


def seeds(mode: str) -> list[bytes]:
    """Small valid inputs to start from: the fuzzer mutates them."""
    if mode == "txt":
        return [RESUME.encode(e) for e in ("utf-8", "utf-16", "utf-16-le", "cp1252")]
    if mode == "pdf-content":
        return [*CONTENT, b"\n".join(CONTENT)]
    if mode == "pdf":
        return [pdf_with(b"\n".join(CONTENT)), pdf_with(CONTENT[0])]
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in RESUME.split("\n"))
    merged = "<w:tcPr><w:gridSpan w:val='2'/><w:vMerge w:val='restart'/></w:tcPr>"
    table = (
        f"<w:tbl><w:tr><w:tc>{merged}<w:p><w:r><w:t>Python</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>SQL</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"
    )
    xml = f"<w:document xmlns:w='{W_NS}'><w:body>{paragraphs}{table}</w:body></w:document>"
    return [xml.encode()] if mode == "docx-xml" else [docx_with(xml.encode())]


def check(path: Path, limits: Limits) -> None:
    """Read and extract; DocumentError is fine, every invariant must hold otherwise."""
    try:
        document = read_document(path, limits)
    except DocumentError as error:
        assert error.exit_code == 3 and error.hint and "\n" not in error.message
        assert "internal error" not in error.message, error.message
        return
    text = document.text
    assert text.strip() and len(text) <= limits.max_chars
    assert not CONTROL.search(text), "a control character survived"
    assert max(map(len, text.split("\n"))) <= limits.max_line_chars
    profile = extract_profile(document, TAXONOMY, OPTIONS.as_of, "auto")
    for hit in profile.skills:
        for mention in hit.mentions:
            assert text[mention.start : mention.end] == mention.text


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in MODES:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(MODES)}}} [libFuzzer options]")
    mode = sys.argv.pop(1)
    suffix, wrap, limits = MODES[mode]
    folder = Path(tempfile.gettempdir()) / f"mlcareer-fuzz-{mode}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / f"input{suffix}"
    corpus = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")]
    if corpus and not any(corpus[0].glob("*")):
        corpus[0].mkdir(parents=True, exist_ok=True)
        for index, seed in enumerate(seeds(mode)):
            (corpus[0] / f"seed-{index}").write_bytes(seed)

    def one_input(data: bytes) -> None:
        path.write_bytes(wrap(data))
        check(path, limits)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
