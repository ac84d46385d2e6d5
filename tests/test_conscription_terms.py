"""A man's conscription status asked in a Korean, Taiwanese or Greek posting ("병역필 또는
면제자", "役畢或免役", "Εκπληρωμένες στρατιωτικές υποχρεώσεις") is eligibility, no skill: it
leaves no literal term to look for in a resume; the posting's other terms stay. Small texts
written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _unknown_terms(profile_of: ProfileOf, text: str) -> list[str]:
    return [req.name for req in profile_of(text, "posting").requirements if not req.known]


@pytest.mark.parametrize(
    "text",
    [
        "머신러닝 엔지니어\n\n자격 요건\n- Python 3년 이상 경험\n- 병역필 또는 면제자\n",
        "머신러닝 엔지니어\n\n자격 요건\n- Python 3년 이상 경험\n- 남자의 경우 군필 또는 면제\n",
        "機器學習工程師\n\n職務需求\n- 3年以上 Python 經驗\n- 役畢或免役\n- 男性需兵役已完成\n",
        "Μηχανικός Μηχανικής Μάθησης\n\nΑπαιτούμενα προσόντα\n"
        "- Τουλάχιστον 3 χρόνια εμπειρία με Python\n"
        "- Εκπληρωμένες στρατιωτικές υποχρεώσεις (για τους άνδρες)\n",
    ],
)
def test_conscription_status_asks_no_term(profile_of: ProfileOf, text: str) -> None:
    assert _unknown_terms(profile_of, text) == []


def test_a_korean_posting_keeps_its_other_terms(profile_of: ProfileOf) -> None:
    text = (
        "머신러닝 엔지니어\n\n자격 요건\n- Python 3년 이상 경험\n- 병역필 또는 면제자\n"
        "- Zorblex 플랫폼 운영 경험\n"
    )
    assert any("Zorblex" in term for term in _unknown_terms(profile_of, text))


def test_english_military_service_is_still_asked(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nRequirements\n- Python\n- Prior military service\n"
    names = [req.name for req in profile_of(text, "posting").requirements]
    assert any("military" in name.lower() for name in names)
