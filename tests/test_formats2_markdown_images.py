"""HTML images in a row inside Markdown (a GitHub profile README's tool icons) read their alt
texts, as Markdown images do, at the file's own offsets; a photo or a logo alone reads as
nothing, and a posting's logo or photo asks nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from mlcareer.documents import read_document

from .conftest import invoke

_ICON = (
    '<a href="https://{site}" target="_blank" rel="noreferrer"> <img src="https://raw.'
    'githubusercontent.com/devicons/devicon/master/icons/{name}/{name}-original.svg" '
    'alt="{name}" width="40" height="40"/> </a>'
)
PROFILE = (
    '<h1 align="center">Hi, I\'m Dana Whitfield</h1>\n'
    '<h3 align="center">Machine learning engineer who ships forecasting models</h3>\n\n'
    '<h3 align="left">Languages and Tools:</h3>\n<p align="left"> '
    + " ".join(
        _ICON.format(site=site, name=name)
        for site, name in (
            ("docker.com", "docker"),
            ("kubernetes.io", "kubernetes"),
            ("pytorch.org", "pytorch"),
        )
    )
    + " </p>\n"
)


def test_formats2_a_profile_readme_names_its_tool_icons(
    write: Callable[[str, str], Path],
) -> None:
    path = write("README.md", PROFILE)
    assert "docker" in read_document(path).text.split()
    result = invoke("extract", path, "--format", "json", "--as", "resume")
    assert result.exit_code == 0, result.output
    skills = {skill["name"]: skill for skill in json.loads(result.stdout)["skills"]}
    assert {"Docker", "Kubernetes", "PyTorch"} <= skills.keys()
    content = path.read_text(encoding="utf-8")
    for skill in skills.values():
        for mention in skill["mentions"]:
            assert content[mention["start"] : mention["end"]] == mention["text"]
    [mention] = skills["Docker"]["mentions"]
    assert mention["text"] == "docker"


def test_formats2_a_posting_s_logo_and_photo_ask_nothing(
    write: Callable[[str, str], Path],
) -> None:
    path = write(
        "jd.md",
        '<p align="center"><img src="banner.png" alt="Brightline Freight logo"/></p>\n\n'
        "# Data Scientist\n\n"
        '<img src="team.jpg" alt="Our team at the 2025 offsite in Denver">\n\n'
        "## Requirements\n\n- 3+ years of Python\n- SQL\n\n"
        '## Nice to have\n\n- Spark <img src="star.svg" alt="star" width="12">\n',
    )
    result = invoke("extract", path, "--format", "json")
    assert result.exit_code == 0, result.output
    asks = {r["name"]: r["importance"] for r in json.loads(result.stdout)["requirements"]}
    assert asks == {"Python": "required", "SQL": "required", "Apache Spark": "preferred"}


def test_formats2_an_image_without_alt_text_reads_as_nothing(
    write: Callable[[str, str], Path],
) -> None:
    text = 'Skills: <img src="a.svg" alt=""/>Python, <img src="b.svg">SQL, <img alt="C&amp;D">\n'
    document = read_document(write("cv.md", text))
    assert document.text == "Skills: Python, SQL, \n"


def test_formats2_a_photo_alone_on_its_line_reads_as_nothing(
    write: Callable[[str, str], Path],
) -> None:
    text = '<img src="me.png" alt="Dana Whitfield"/> Data scientist\nSkills: Python\n'
    assert read_document(write("cv.md", text)).text == " Data scientist\nSkills: Python\n"


def test_formats2_a_long_row_of_images_stays_fast() -> None:
    from mlcareer.documents.cleaning import clean_text
    from mlcareer.documents.limits import Limits

    icons = '<img src="a.svg" alt="python"/>' * 3000 + "\n"
    bold = "<b>python</b> and more words  " * (len(icons) // 29) + "\n"

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            started = time.process_time()
            clean_text(text, [], Limits())
            times.append(time.process_time() - started)
        return min(times)

    assert best(icons) < 5 * best(bold) + 0.05
