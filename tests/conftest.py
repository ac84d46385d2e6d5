"""Shared fixtures. Tests never read ../shared: everything here is written for the project."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from mlcareer.api import Options, compare
from mlcareer.cli import app
from mlcareer.documents import read_document
from mlcareer.extract import DocType, extract_profile
from mlcareer.extract.nlp import skill_matcher
from mlcareer.models import Profile

# Tests never read or write the user's cache: each run gets a fresh one, removed at exit.
_CACHE_DIR = tempfile.mkdtemp(prefix="mlcareer-test-cache-")
os.environ["MLCAREER_CACHE_DIR"] = _CACHE_DIR
atexit.register(shutil.rmtree, _CACHE_DIR, ignore_errors=True)
# Reports are as wide as COLUMNS asks: tests see the default width unless they set it.
os.environ.pop("COLUMNS", None)

# Child processes (`python -m mlcareer`, `python -c ...`) compile mlcareer's 45,000 lines anew
# each time when bytecode is not to be written (PYTHONDONTWRITEBYTECODE): with it set, they
# keep their bytecode in a folder of this run instead (never beside the sources), so only the
# first child compiles (test_module_imports, which re-imports every module: 36 s -> 17 s).
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
    os.environ["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="mlcareer-test-bytecode-")
    atexit.register(shutil.rmtree, os.environ["PYTHONPYCACHEPREFIX"], ignore_errors=True)

gc.disable()  # until the start-up is frozen (_frozen_startup)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
POSTINGS = ROOT / "data" / "job_descriptions"
AS_OF = 2026 * 12 + 10  # November 2026: "Present" means this month in every test


def invoke(*args: str | Path) -> Result:
    """Run the CLI in-process with "Present" pinned to AS_OF."""
    return CliRunner().invoke(app, [str(a) for a in args] + ["--as-of", "2026-11"])


@pytest.fixture(scope="session")
def options() -> Options:
    return Options(as_of=AS_OF)


@pytest.fixture(scope="session", autouse=True)
def _frozen_startup() -> None:
    """What every run keeps (spaCy, the taxonomy and its matchers, the collected tests) is
    built with the garbage collector off, then frozen out of its passes and the collector
    switched on, as the CLI does (cli._finish_startup): collecting it again and again took
    an eighth of the CPU of large test files."""
    skill_matcher(Options(as_of=AS_OF).taxonomy)  # not `options`: a module may override it
    gc.collect()
    gc.freeze()
    gc.enable()


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write text to a file in tmp_path and return its path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def profile_of(options: Options, write: Callable[[str, str], Path]) -> Callable[..., Profile]:
    """Extract a profile from a text written here."""

    def _profile(text: str, doc_type: DocType = "auto", name: str = "doc.txt") -> Profile:
        document = read_document(write(name, text))
        return extract_profile(document, options.taxonomy, options.as_of, doc_type)

    return _profile


@pytest.fixture
def missing_of(
    profile_of: Callable[..., Profile], options: Options
) -> Callable[[str, str], list[str]]:
    """What a match reports missing when a posting's requirements `asked` meet a resume whose
    experience is `shown`: the posting's own words of each missing ask."""

    def _missing(asked: str, shown: str) -> list[str]:
        posting = profile_of(f"Requirements\n{asked}", doc_type="posting", name="jd.txt")
        resume = profile_of(f"Experience\n{shown}", doc_type="resume", name="r.txt")
        return [m.jd_text for m in compare(resume, posting, options).missing]

    return _missing


@pytest.fixture(scope="session")
def shared_profile_of(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Profile]:
    """profile_of, extracting each (text, doc_type, name) once for the whole run: for a text
    that many tests or parametrized cases read (a module's constant). The profile is shared,
    so a test must not change it; profile_of gives each test its own. It reads as of AS_OF
    whatever `options` a module defines."""
    options = Options(as_of=AS_OF)
    folder = tmp_path_factory.mktemp("shared")
    profiles: dict[tuple[str, str, str], Profile] = {}

    def _profile(text: str, doc_type: DocType = "auto", name: str = "doc.txt") -> Profile:
        key = (text, doc_type, name)
        if key not in profiles:
            path = folder / str(len(profiles)) / name
            path.parent.mkdir()
            path.write_text(text, encoding="utf-8")
            document = read_document(path)
            profiles[key] = extract_profile(document, options.taxonomy, options.as_of, doc_type)
        return profiles[key]

    return _profile


def one_range(profile: Profile, start: tuple[int, int], end: tuple[int, int], ongoing: bool) -> str:
    """The profile's only date range, checked against (year, month) start and end; its text."""
    [found] = profile.experience.ranges
    assert (found.start // 12, found.start % 12 + 1) == start
    assert (found.end // 12, found.end % 12 + 1) == end
    assert found.ongoing is ongoing
    return found.text


def dated_job_cv(dates: str) -> str:
    """A resume of one job dated by `dates` (for tests of how a range is read)."""
    return f"Experience\nData Scientist, Acme\n{dates}\n- Python\n"


def rirekisho_job(dates: str, name: str = "佐藤 健二") -> str:
    """A Japanese resume's 職歴 (work history) with one job dated by `dates`."""
    return f"{name}\n\n職歴\nData Scientist, Example K.K.\n{dates}\n- Python models\n"


def new_doctor_cv(heading: str, entry: str) -> str:
    """A new doctor's CV (a PhD 2016 - 2021, a research post since 2022) with one more section:
    `heading` over `entry` (for tests of an academic CV's teaching and supervision)."""
    return (
        "Education\nPhD in Statistics, University of Kelso, 2016 - 2021\n\n"
        "Experience\nResearch Scientist, Quillon Labs, Jan 2022 - Present\n"
        f"- Trained diffusion models in PyTorch.\n\n{heading}\n{entry}\n"
    )


@pytest.fixture
def graduate_and_intern_posting(tmp_path: Path) -> tuple[Path, Path]:
    """A senior graduate's resume and an internship for current students: a pair held down
    by level and enrollment, which no added skill lifts."""
    graduate = tmp_path / "senior.txt"
    graduate.write_text(
        "Experience\nSenior Data Scientist, Acme, Jan 2014 - Present\n- Python, SQL\n\n"
        "Education\nM.S. in Statistics, State University, 2013\n",
        encoding="utf-8",
    )
    posting = tmp_path / "jd.txt"
    posting.write_text(
        "Data Science Intern\n\nRequirements\n- Currently enrolled in a Bachelor's program\n"
        "- Python\n",
        encoding="utf-8",
    )
    return graduate, posting


_SERVICE_POSTING = """\
Intelligence Analyst

Requirements
- 3+ years of experience with Python and SQL.

Preferred
- {}.
"""


def service_term_status(
    profile_of: Callable[..., Profile], options: Options, cv: str, asked: str
) -> str:
    """How a resume (`cv`, after a name line) meets a posting whose one preferred item,
    `asked`, is a term beyond the taxonomy ("Prior military service"): its match status."""
    resume = profile_of("Sam Ortiz\nsam@example.com\n\n" + cv, "resume")
    report = compare(resume, profile_of(_SERVICE_POSTING.format(asked), "posting"), options)
    [term] = [m for m in report.matched + report.missing if m.id.startswith("term:")]
    return term.status
