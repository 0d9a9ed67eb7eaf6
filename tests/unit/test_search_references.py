"""How people cite a document in a search box: kind word or abbreviation, then the number."""

from __future__ import annotations

import pytest

from app.filters import Reference, reference_in

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("query", "number", "kinds"),
    [
        ("Quyết định 204", "204", ("QĐ",)),
        ("quyet dinh so 204", "204", ("QĐ",)),
        ("nghi quyet 57", "57", ("NQ",)),
        ("Nghị quyết số 57-NQ/TW", "57", ("NQ",)),
        ("NQ 57", "57", ("NQ",)),
        ("nq57", "57", ("NQ",)),
        ("57-NQ/TW", "57", ("NQ",)),
        ("Kế hoạch 331", "331", ("KH",)),
        ("KẾ HOẠCH SỐ 331 của Tỉnh ủy", "331", ("KH",)),
        ("QĐ-204", "204", ("QĐ", "QĐi")),
        ("204/QĐ-TTg", "204", ("QĐ", "QĐi")),
        ("Quy định 105", "105", ("QĐi",)),
        ("Chỉ thị 05", "5", ("CT",)),
        ("Kết luận 121 của Bộ Chính trị", "121", ("KL",)),
    ],
)
def test_a_kind_and_a_number_cite_a_document(query: str, number: str, kinds: tuple[str, ...]) -> None:
    assert reference_in(query) == Reference(number, kinds)


@pytest.mark.parametrize("query", ["thai thanh quy", "chuyển đổi số 2025", "du an 12b", "nghe an", "57", "tinh uy 3"])
def test_names_and_bare_numbers_cite_nothing(query: str) -> None:
    assert reference_in(query) is None
