"""An HTML table left in a scraped posting: its cells stay apart and its rows adjacent, so a
column of years still gives each skill its years."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def test_an_html_tables_cells_stay_apart(profile_of: ProfileOf) -> None:
    tagged = (
        "Data Engineer<br>\n<b>Requirements</b>\n"
        "<table><tr><th>Skill</th><th>Years</th></tr>"
        "<tr><td>SQL</td><td>4</td></tr><tr><td>Airflow</td><td>2</td></tr></table>\n"
    )
    posting = profile_of(tagged, doc_type="posting")
    asked = {req.name: req.years for req in posting.requirements}
    assert asked == {"SQL": 4.0, "Apache Airflow": 2.0}
