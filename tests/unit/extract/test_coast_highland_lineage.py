"""IMPLEMENTS on the shapes of real plan, programme and news texts of the south-central coast, the Central
Highlands and the Mekong delta: a resolution "về ban hành" a programme, a resolution "về việc triển khai" another,
one programme named twice. Sentences written for these tests, in the shape of the texts read."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def test_a_programme_a_government_resolution_is_about_issuing_implements_that_resolution() -> None:
    gold = run(
        "Trong năm, các nghị quyết của Chính phủ được quán triệt sâu rộng: Nghị quyết số 88/NQ-CP ngày 02/6/2023 "
        "của Chính phủ về ban hành Chương trình hành động thực hiện Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ "
        "Chính trị về vùng Bắc Trung Bộ."
    )
    found = relations(gold, "IMPLEMENTS")
    programme = "Chương trình hành động thực hiện Nghị quyết số 26-NQ/TW"
    assert any(s.startswith(programme) and t == "88/NQ-CP" for s, t in found)
    assert any(s.startswith(programme) and t == "26-NQ/TW" for s, t in found)
    assert not any(s == "88/NQ-CP" for s, _ in found)


def test_a_resolution_about_deploying_another_implements_it() -> None:
    gold = run(
        "Căn cứ Nghị quyết số 14/NQ-CP ngày 03/3/2021 của Chính phủ về việc triển khai Nghị quyết số 120/2020/QH14 "
        "của Quốc hội về chương trình phát triển vùng núi;"
    )
    assert ("14/NQ-CP", "120/2020/QH14") in relations(gold, "IMPLEMENTS")


def test_a_resolution_about_enforcing_a_law_implements_it() -> None:
    gold = run("Căn cứ Nghị quyết số 21/NQ-CP ngày 05/02/2019 của Chính phủ về triển khai thi hành Luật Thủy sản;")
    assert ("21/NQ-CP", "Luật Thủy sản") in relations(gold, "IMPLEMENTS")
