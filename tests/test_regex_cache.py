"""Stored regular expressions: the same patterns as re.compile's, and only ever a speed-up."""

from __future__ import annotations

import ast
import binascii
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mlcareer import regex_cache

SRC = Path(__file__).resolve().parents[1] / "src" / "mlcareer"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
POSTINGS = Path(__file__).resolve().parents[1] / "data" / "job_descriptions"
PATTERN = r"(?P<month>[A-Z][a-z]{2})\.? (?P<year>\d{4})|(?i:present)"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache that this test alone reads and writes."""
    monkeypatch.setenv("MLCAREER_CACHE_DIR", str(tmp_path))
    regex_cache.forget()
    yield tmp_path
    regex_cache.forget()


def stored_file(folder: Path) -> Path:
    [found] = folder.glob("regexes-*.bin")
    return found


def stored_entries(folder: Path) -> dict[tuple[str, int], Any]:
    return regex_cache._unpack(stored_file(folder).read_bytes())


def store_entries(folder: Path, entries: dict[tuple[str, int], Any]) -> None:
    stored_file(folder).write_bytes(regex_cache._pack(entries))


def test_a_stored_pattern_comes_back_equal_without_compiling(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = re.compile(PATTERN, re.M)
    assert regex_cache.compile(PATTERN, re.M) == expected
    regex_cache.save()
    regex_cache.forget()

    def refuse(*args: object) -> None:
        raise AssertionError("a stored pattern was compiled again")

    monkeypatch.setattr(regex_cache.re, "compile", refuse)
    rebuilt = regex_cache.compile(PATTERN, re.M)
    monkeypatch.undo()
    assert rebuilt == expected  # flags, pattern and engine instructions
    assert rebuilt.groupindex == expected.groupindex
    text = "Jan 2020 - Present\nMar. 2019"
    assert [m.groupdict() for m in rebuilt.finditer(text)] == [
        m.groupdict() for m in expected.finditer(text)
    ]


def test_a_damaged_entry_or_file_is_compiled_again(cache_dir: Path) -> None:
    regex_cache.compile(PATTERN)
    regex_cache.save()
    entries = stored_entries(cache_dir)
    key = (PATTERN, 0)
    flags, code, *rest = entries[key]
    entries[key] = (flags, b"\xff" * len(code), *rest)  # instructions the engine refuses
    store_entries(cache_dir, entries)
    regex_cache.forget()
    assert regex_cache.compile(PATTERN) == re.compile(PATTERN)

    stored_file(cache_dir).write_bytes(b"not a marshalled dict")
    regex_cache.forget()
    assert regex_cache.compile(PATTERN) == re.compile(PATTERN)


def test_a_byte_changed_in_the_stored_file_never_changes_a_pattern(cache_dir: Path) -> None:
    """The engine accepts any well-formed instructions: one for another letter too."""
    regex_cache.compile("Ω+")
    regex_cache.save()
    path = stored_file(cache_dir)
    omega, psi = (ord(letter).to_bytes(4, sys.byteorder) for letter in "ΩΨ")
    assert omega in path.read_bytes()
    path.write_bytes(path.read_bytes().replace(omega, psi))
    regex_cache.forget()
    assert regex_cache.compile("Ω+").fullmatch("ΩΩ")


_READ_WITH_LITTLE_MEMORY = """
import re, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))
from mlcareer import regex_cache
assert regex_cache.compile(sys.argv[1]) == re.compile(sys.argv[1])
"""


@pytest.mark.parametrize(
    "content",
    [b"[\xff\xff\xff\x7f", b"(" * 100, b"{" * 5000],
    ids=["a list of two billion items", "tuples within tuples", "nested too deep"],
)
def test_a_hostile_file_is_a_miss(cache_dir: Path, content: bytes) -> None:
    """marshal makes room for a list before it reads one: five bytes ask for 16 GB. The file is
    written with its checksum right, as only someone meaning harm would."""
    regex_cache.compile(PATTERN)
    regex_cache.save()
    stored_file(cache_dir).write_bytes(binascii.crc32(content).to_bytes(4, "little") + content)
    run = subprocess.run(
        [sys.executable, "-c", _READ_WITH_LITTLE_MEMORY, PATTERN],
        env={**os.environ, "MLCAREER_CACHE_DIR": str(cache_dir)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr[-500:]


_DAMAGE = {
    "flags too large": lambda entry: (2**70, *entry[1:]),
    "groups too large": lambda entry: (*entry[:2], 2**70, *entry[3:]),
    "group number too large": lambda entry: (*entry[:3], {"month": 2**70}, *entry[4:]),
    "more groups than names for them": lambda entry: (*entry[:2], 9, *entry[3:]),
}


@pytest.mark.parametrize("damage", _DAMAGE.values(), ids=_DAMAGE.keys())
def test_an_entry_the_engine_refuses_in_any_way_is_compiled_again(
    cache_dir: Path, damage: Callable[[tuple[object, ...]], tuple[object, ...]]
) -> None:
    """_sre.compile refuses numbers it cannot hold with OverflowError, not ValueError, and
    checks the groups' names against neither the instructions nor each other."""
    regex_cache.compile(PATTERN)
    regex_cache.save()
    entries = stored_entries(cache_dir)
    entries[(PATTERN, 0)] = damage(entries[(PATTERN, 0)])
    store_entries(cache_dir, entries)
    regex_cache.forget()
    rebuilt = regex_cache.compile(PATTERN)
    expected = re.compile(PATTERN)
    assert rebuilt == expected
    found = rebuilt.search("since Mar 2019")
    assert found and found.groupdict() == {"month": "Mar", "year": "2019"}
    assert (rebuilt.groups, rebuilt.groupindex) == (expected.groups, expected.groupindex)


def test_only_the_python_that_stored_an_entry_reads_it() -> None:
    """A bug-fix release may compile a pattern differently under the same MAGIC number (it
    changes only with the engine's instruction set), and PyPy has an _sre of its own."""
    version = sys.version_info
    assert regex_cache._KEY is not None
    assert f"-{sys.implementation.name}-" in regex_cache._KEY
    assert f"-{version.major}.{version.minor}.{version.micro}" in regex_cache._KEY


_WITHOUT_CODE = """
import re, sys
real = re._compiler


class WithoutCode:  # re._compiler as a Python that renamed _code would have it
    def __getattr__(self, name):
        if name == "_code":
            raise AttributeError(name)
        return getattr(real, name)


re._compiler = WithoutCode()
from mlcareer import regex_cache
assert regex_cache._KEY is None, regex_cache._KEY
assert regex_cache.compile("a+").fullmatch("aa")
regex_cache.save()
"""


def test_a_python_without_a_private_name_used_turns_the_cache_off(tmp_path: Path) -> None:
    """Off, not on and failing: every run would parse each pattern again for nothing."""
    subprocess.run(
        [sys.executable, "-c", _WITHOUT_CODE],
        env={**os.environ, "MLCAREER_CACHE_DIR": str(tmp_path)},
        check=True,
    )
    assert list(tmp_path.iterdir()) == []


def test_nothing_is_stored_when_the_cache_is_off(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MLCAREER_NO_CACHE", "1")
    assert regex_cache.compile(PATTERN) == re.compile(PATTERN)
    assert not regex_cache._fresh  # nor is the work of storing done
    regex_cache.save()
    assert list(cache_dir.iterdir()) == []


def test_a_cache_that_cannot_be_written_costs_no_preparing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Preparing an entry parses the pattern again: a run whose entries cannot be stored (a
    read-only home, a cache path that is a file) would pay it every time for nothing."""
    a_file = tmp_path / "cache"
    a_file.write_text("")
    monkeypatch.setenv("MLCAREER_CACHE_DIR", str(a_file))
    regex_cache.forget()

    def refuse(*args: object) -> None:
        raise AssertionError("an entry was prepared")

    monkeypatch.setattr(regex_cache, "_entry_for", refuse)
    assert regex_cache.compile(PATTERN) == re.compile(PATTERN)
    regex_cache.save()
    regex_cache.forget()


class Text(str):
    """A str of another type, as an enum's member may be: marshal stores only str itself."""


def test_what_the_cache_cannot_hold_is_compiled_as_re_does(
    cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regex_cache.compile(Text(PATTERN)) == re.compile(PATTERN)
    regex_cache.compile("ab", re.DEBUG)
    regex_cache.save()  # never fails
    regex_cache.forget()
    capsys.readouterr()
    regex_cache.compile("ab", re.DEBUG)  # re prints what it compiled, each time
    printed = capsys.readouterr().out
    re.compile("ab", re.DEBUG)
    assert printed == capsys.readouterr().out != ""


def test_past_the_limit_a_save_keeps_only_its_own_patterns(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regex_cache.compile("first")
    regex_cache.save()
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 1)
    regex_cache.forget()
    regex_cache.compile("second")
    regex_cache.save()
    assert set(stored_entries(cache_dir)) == {("second", 0)}


def test_past_the_limit_a_save_keeps_the_patterns_its_process_read_too(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Or the next run would find only the few this one compiled, and compile the rest."""
    regex_cache.compile("first")
    regex_cache.compile("second")
    regex_cache.save()
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 2)
    regex_cache.forget()
    regex_cache.compile("first")  # read from the store
    regex_cache.compile("third")
    regex_cache.save()
    assert set(stored_entries(cache_dir)) == {("first", 0), ("third", 0)}


def test_the_tokenizer_affixes_are_spacys_patterns() -> None:
    from spacy.lang.en import English
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from mlcareer.extract.nlp import affix_pattern

    defaults = English.Defaults
    assert affix_pattern(list(defaults.prefixes), before="^") == compile_prefix_regex(
        defaults.prefixes
    )
    assert affix_pattern(list(defaults.suffixes), after="$") == compile_suffix_regex(
        defaults.suffixes
    )
    assert affix_pattern(list(defaults.infixes)) == compile_infix_regex(defaults.infixes)


def test_a_second_run_rebuilds_every_pattern_exactly(tmp_path: Path) -> None:
    """The CLI stores its patterns on the first run; the second reads them and says the same."""
    env = {**os.environ, "MLCAREER_CACHE_DIR": str(tmp_path)}
    env.pop("MLCAREER_NO_CACHE", None)
    command = [
        sys.executable,
        "-m",
        "mlcareer",
        "match",
        str(EXAMPLES / "entry-ml-engineer.pdf"),
        str(POSTINGS / "entry-ml-engineer.txt"),
        "--format",
        "json",
    ]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    entries = stored_entries(tmp_path)
    assert len(entries) > 300
    for (pattern, flags), entry in entries.items():
        assert regex_cache._rebuild(pattern, entry) == re.compile(pattern, flags), pattern[:80]
    second = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert second.stdout == first.stdout
    assert stored_entries(tmp_path) == entries  # nothing new to store


def test_a_batch_stores_the_patterns_its_workers_use(tmp_path: Path) -> None:
    """`batch` reads documents in forked workers, which never save: every pattern they use
    must be compiled in the parent first, so that the parent stores it."""
    from mlcareer.extract import literal

    resumes = sorted(EXAMPLES.glob("*.txt"))
    postings = sorted(POSTINGS.glob("*.txt"))[: len(resumes)]
    assert len(resumes) + len(postings) >= 8  # enough documents for the process pool
    pairs = tmp_path / "pairs.csv"
    rows = "".join(f"{r},{p}\n" for r, p in zip(resumes, postings, strict=True))
    pairs.write_text(f"resume,jd\n{rows}", encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "MLCAREER_CACHE_DIR": str(cache)}
    env.pop("MLCAREER_NO_CACHE", None)
    command = [sys.executable, "-m", "mlcareer", "batch", "--pairs", str(pairs), "-f", "csv"]
    command += ["--jobs", "2"]
    subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert (literal._MODAL.pattern, literal._MODAL.flags & ~re.U) in stored_entries(cache)


def _module_level_compiles(path: Path) -> Iterator[int]:
    """Lines of re.compile calls outside any function: patterns written in the code."""

    def walk(node: ast.AST) -> Iterator[int]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "compile"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "re"
            ):
                yield child.lineno
            yield from walk(child)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")))


def test_patterns_written_in_the_code_go_through_the_cache() -> None:
    """A module-level re.compile would be compiled afresh by every run."""
    found = [
        f"{path.relative_to(SRC)}:{line}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "regex_cache.py"
        for line in _module_level_compiles(path)
    ]
    assert found == []


def _cached_compiles_in_functions(path: Path) -> Iterator[str]:
    """Functions that call regex_cache.compile: what they compile may come from a document."""

    def walk(node: ast.AST, function: str | None) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            inside = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inside = child.name
            elif isinstance(child, ast.Lambda):
                inside = "lambda"
            if (
                inside
                and isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "compile"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "regex_cache"
            ):
                yield inside
            yield from walk(child, inside)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), None)


def test_only_patterns_written_in_the_code_go_through_the_cache() -> None:
    """Each pattern built from a document or a taxonomy would be stored for good: the stored
    set grows with the code only while calls stay at module level (spaCy's affixes are the
    one exception: they change with spaCy's version alone)."""
    found = {
        f"{path.relative_to(SRC).as_posix()}:{function}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "regex_cache.py"
        for function in _cached_compiles_in_functions(path)
    }
    assert found == {"extract/nlp.py:affix_pattern"}


_LIST_PATTERNS = """
import importlib, pkgutil
import mlcareer
from mlcareer import regex_cache
for module in pkgutil.walk_packages(mlcareer.__path__, "mlcareer."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
for pattern, flags in sorted(regex_cache._fresh):
    print(repr((pattern, flags)))
"""


def test_the_code_writes_the_same_patterns_on_every_run(tmp_path: Path) -> None:
    """A pattern joined from a set in hash order would differ from run to run: never found in
    the cache, and stored again by every run."""
    runs = [
        subprocess.run(
            [sys.executable, "-c", _LIST_PATTERNS],
            # an empty cache each time: every pattern is compiled afresh
            env={**os.environ, "PYTHONHASHSEED": seed, "MLCAREER_CACHE_DIR": str(tmp_path / seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0].count("\n") > 400
    assert runs[0] == runs[1]
