"""spaCy is imported without its command line (extract/lean_spacy.py), and that changes nothing
a user of spaCy sees: spacy.info and `import spacy.cli` still work afterwards."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
import mlcareer.extract
lean = {"cli": "spacy.cli" in sys.modules, "jinja2": "jinja2" in sys.modules}
import spacy
nlp = spacy.blank("en")
from spacy.cli import info
import spacy.cli
print(json.dumps({
    **lean,
    "words": [t.text for t in nlp("Python and C++")],
    "cli_info_is_real": spacy.cli.info is info and info.__module__ == "spacy.cli.info",
    "info": sorted(spacy.info())[:1] != [],
}))
"""


def _probe() -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout
    return dict(json.loads(out))


def test_lean_spacy_leaves_out_spacys_command_line_and_keeps_it_importable() -> None:
    probe = _probe()
    assert probe["cli"] is False and probe["jinja2"] is False
    assert probe["words"] == ["Python", "and", "C++"]
    assert probe["cli_info_is_real"] is True and probe["info"] is True


def test_lean_spacy_stand_ins_are_gone_after_import() -> None:
    import spacy

    from mlcareer.extract import lean_spacy

    lean_spacy.import_spacy()  # spaCy already imported: nothing happens
    assert "spacy" in sys.modules and spacy.blank("en")("a b").text == "a b"
    for name in lean_spacy.CLI_MODULES:  # absent, or spaCy's own module read from its file
        assert name not in sys.modules or hasattr(sys.modules[name], "__file__")
