"""The end-to-end measure asks the level filter with the level a gold implementer's issuer names."""

from __future__ import annotations

import pytest

from app.end_to_end import issuer_level


@pytest.mark.parametrize(
    ("issuer", "level"),
    [
        ("Ban Thường vụ Tỉnh ủy", "provincial"),
        ("Ban Chấp hành Đảng bộ tỉnh", "provincial"),  # "Đảng bộ" is not a ministry ("Bộ")
        ("Bộ Chỉ huy Quân sự tỉnh", "provincial"),
        ("UBND huyện Đông Sơn", "district"),
        ("UBND thị xã Sông Cầu", "district"),
        ("Đảng ủy xã", "commune"),
        ("UBND phường Hòa Khánh", "commune"),
        ("Bộ Công Thương", "central"),
        ("Ban Thường vụ Đảng ủy Bộ Y tế", "central"),
        ("Quân ủy Trung ương", "central"),  # not a "Quận ủy", though both fold alike
        ("Ban Thường vụ Thành ủy", None),  # a province's or a district's city
        (None, None),
    ],
)
def test_issuer_level(issuer: str | None, level: str | None) -> None:
    assert issuer_level(issuer) == level
