"""Resumes and postings kept as Markdown (a GitHub README, a page copied from Notion): the
markup around words (emphasis, reference links) does not hide dates, titles, degrees or skills,
and offsets still point into the file's own text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import invoke

README_RESUME = """<!-- built with pandoc -->
# Priya Nair
[![CI](https://github.com/priyan/cv/actions/workflows/ci.yml/badge.svg)](https://github.com/priyan/cv/actions)
**Senior Machine Learning Engineer** · Berlin · <https://github.com/priyan> :rocket:

> Seven years building search and NLP systems in production.

---

## Experience

### Senior ML Engineer · Lexa AI · *Mar 2022 – Present*
- Led a team of 4 building retrieval with [PyTorch][pt] and [Hugging Face][hf]
- Cut inference latency 40% with ONNX Runtime and `TensorRT`
  - Served models on Kubernetes behind FastAPI
- Tracked runs in **MLflow**; scheduled pipelines with *Airflow*

### Machine Learning Engineer · Finlytics GmbH · *Jun 2019 – Feb 2022*
* Built fraud models with XGBoost and scikit-learn
+ Deployed on AWS SageMaker

***

## Skills

| Skill | Years |
|-------|------:|
| Python | 7 |
| `Terraform` | 2 |

## Education

**M.Sc. Computer Science**, Technical University of Munich, *2014 – 2016*

[pt]: https://pytorch.org
[hf]: https://huggingface.co
"""

SETEXT_RESUME = """Daniel Okafor
=============

ML Engineer — [GitHub](https://github.com/dokafor)

Summary
-------
Machine learning engineer working on computer vision.

**Experience**

**Computer Vision Engineer**, Visionary Labs — _January 2021 – Present_
- Trained object detection models in PyTorch

**Junior Data Scientist**, DataCo — __Aug 2019 – Dec 2020__
- Analysed data with pandas and NumPy

**Skills**

- **Languages:** Python, C++, SQL

**Education**

- **Ph.D., Computational Linguistics** — University of Edinburgh (2013 – 2018)
- **B.A., Linguistics** — Peking University (2009 – 2013)
"""


def _extract(path: Path, kind: str) -> dict[str, Any]:
    result = invoke("extract", path, "--as", kind, "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    return found[0] if isinstance(found, list) else found


def _write(tmp_path: Path, text: str, name: str = "resume.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_underscore_emphasis_hides_no_dates(tmp_path: Path) -> None:
    experience = _extract(_write(tmp_path, SETEXT_RESUME), "resume")["experience"]
    ranges = {found["text"] for found in experience["ranges"]}
    assert {"January 2021 – Present", "Aug 2019 – Dec 2020"} <= ranges
    assert [job["title"].split(",")[0] for job in experience["jobs"]] == [
        "Computer Vision Engineer",
        "Junior Data Scientist",
    ]


def test_emphasis_leaves_no_separator_on_a_title(tmp_path: Path) -> None:
    titles = _extract(_write(tmp_path, README_RESUME), "resume")["experience"]["titles"]
    assert titles == ["Senior ML Engineer · Lexa AI", "Machine Learning Engineer · Finlytics GmbH"]


def test_reference_links_name_skills(tmp_path: Path) -> None:
    profile = _extract(_write(tmp_path, README_RESUME), "resume")
    ids = {skill["id"] for skill in profile["skills"]}
    assert {"pytorch", "hugging-face-transformers", "mlflow", "airflow", "terraform"} <= ids
    assert [section["name"] for section in profile["sections"]] == [
        "experience",
        "skills",
        "education",
    ]
    assert profile["experience"]["level"] == "senior"
    assert profile["education"]["highest"] == "master"


@pytest.mark.parametrize("text", [README_RESUME, SETEXT_RESUME])
def test_offsets_are_the_files_own(tmp_path: Path, text: str) -> None:
    path = _write(tmp_path, text)
    content = path.read_text(encoding="utf-8")
    mentions = [m for skill in _extract(path, "resume")["skills"] for m in skill["mentions"]]
    assert "PyTorch" in {m["text"] for m in mentions}  # some are checked
    for mention in mentions:
        assert content[mention["start"] : mention["end"]] == mention["text"]


def test_emphasis_marks_go_and_other_stars_stay() -> None:
    from mlcareer.documents.cleaning import SourceMap, clean_text
    from mlcareer.documents.limits import Limits

    text = (
        "**Skills** and _Python_ and __SQL__ in *Jan 2020*\n"
        "* a bullet, feature_store_v2, 2*3*4, a ***, Python* and *Required\n"
    )
    cleaned, edits = clean_text(text, [], Limits())
    assert cleaned == (
        "Skills and Python and SQL in Jan 2020\n"
        "* a bullet, feature_store_v2, 2*3*4, a ***, Python* and *Required\n"
    )
    source = SourceMap(cleaned, edits)
    at = cleaned.index("Jan 2020")
    start, end = source.start(at), source.end(at + len("Jan 2020"))
    assert text[start:end] == "Jan 2020"


POSTING = """# ML Platform Engineer

**Lexa AI** · Remote · Full-time

## Requirements
- 3+ years with **Python**
- Experience with Kubernetes

| Must have | Nice to have |
|---|:---:|
| Docker | Terraform |

***

Our deploy config, for a taste of the stack:

```yaml
image: registry/base
steps:
  - run: make test  # must pass
```

**Nice to have:**
- Experience with `Ray` or Spark
- Familiarity with [MLflow][mlflow]

[mlflow]: https://mlflow.org
"""


def test_a_postings_code_block_asks_nothing(tmp_path: Path) -> None:
    profile = _extract(_write(tmp_path, POSTING, "posting.md"), "posting")
    asked = {req["name"]: req["importance"] for req in profile["requirements"]}
    assert {name: asked.get(name) for name in ("Python", "Kubernetes", "Docker")} == dict.fromkeys(
        ("Python", "Kubernetes", "Docker"), "required"
    )
    assert {name: asked.get(name) for name in ("Terraform", "Ray", "Apache Spark", "MLflow")} == (
        dict.fromkeys(("Terraform", "Ray", "Apache Spark", "MLflow"), "preferred")
    )
    lines = POSTING.splitlines()
    fenced = range(lines.index("```yaml") + 1, lines.index("```") + 2)
    assert [req["name"] for req in profile["requirements"] if req["line"] in fenced] == []
    assert not {"---", "|---|", "***", "```yaml"} & {
        req["jd_text"] for req in profile["requirements"]
    }
