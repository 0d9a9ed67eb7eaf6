"""A scan of the whole text finds the sentences a search in every sentence finds (Doc.sentences_with): the rules that
read only the sentences holding a word ("chủ trì", "kết luận") read them from one scan, in text order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extract import meetings, relations
from loaders.extract.text import Doc

pytestmark = pytest.mark.unit

PIECES = [
    "Chủ tịch UBND tỉnh chủ trì hội nghị",
    "đồng chí Bí thư Tỉnh ủy kết luận",
    "KẾT LUẬN",
    "Kết luận số 12-KL/TU",
    "tổ chức cuộc họp",
    "tổ chức\ncuộc họp",
    "chủ\ntrì",
    "điều hành",
    "bế mạc hội nghị",
    "Sở Tài chính",
    "TP. Vinh",
    "ngày 5/6",
    ". ",
    "; ",
    "! ",
    "\n",
    "\n\n",
    " ",
    ", ",
    "… ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_one_scan_finds_the_sentences_each_search_finds(pieces: list[str]) -> None:
    doc = Doc.of("".join(pieces), None)
    each = [(s, e) for s, e in doc.sentences() if meetings._CHAIR.search(doc.match, s, e)]
    assert doc.sentences_with(m.start() for m in meetings._CHAIR.finditer(doc.match)) == each
    word = "ết luận"
    assert doc.sentences_with(relations._starts_of(doc.match, word)) == [
        (s, e) for s, e in doc.sentences() if word in doc.match[s:e]
    ]


def test_sentences_in_text_order_each_once() -> None:
    doc = Doc.of("Ông A chủ trì, chủ trì. Bà B nói. Ông C chủ trì.", None)
    assert doc.sentences_with([40, 6, 16]) == [(0, 24), (34, 48)]
