"""Meetings, officials, bodies and places in shapes southern provincial and commune news uses (TP.HCM and its
spellings, congresses of the new wards and communes, bare names in lists); sentences written for the test, none
copied from an article or the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract import extract
from loaders.extract.text import Doc

pytestmark = pytest.mark.unit


def run(text: str, published: str = "2025-08") -> dict[str, Any]:
    return extract(text, published=published).to_gold()


def meetings(gold: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(m["body"], m["date"]) for m in gold["meetings"]]


def officials(gold: dict[str, Any]) -> set[str]:
    return {o["name"] for o in gold["officials"]}


def orgs(gold: dict[str, Any]) -> set[str]:
    return {o["name"] for o in gold["organizations"]}


def places(gold: dict[str, Any]) -> set[str]:
    return {p["name"] for p in gold["localities"]}


def sentences(text: str) -> list[str]:
    doc = Doc.of(text, None)
    return [doc.text[s:e].strip() for s, e in doc.sentences()]


# --- sentences ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Th.S. Trần Văn Lộc, Phó Giám đốc Sở Y tế, trình bày tham luận.",
        "BSCKII. Lê Thị Mai, Giám đốc Trung tâm Y tế, báo cáo kết quả.",
        "CN. Phạm Văn Tư, Chủ tịch UBND phường, phát biểu.",
        "NGƯT. Võ Thị Hạnh, Hiệu trưởng, nhận bằng khen.",
        "Tổ công tác đến TX. Phú Mỹ và Q. Bình Thạnh rồi về TP. Vĩnh Long.",
    ],
)
def test_no_sentence_ends_after_a_degree_or_a_unit_abbreviation(text: str) -> None:
    assert sentences(text) == [text]
