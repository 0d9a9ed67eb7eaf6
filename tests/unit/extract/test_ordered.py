"""StartIndex, SpanIndex and Covered answer exactly what the list comprehensions they replace answer."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from loaders.extract.ordered import Covered, SpanIndex, Spans, StartIndex


@dataclass
class Item:
    start: int
    end: int


spans = st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda t: Item(t[0], t[0] + t[1]))
sorted_items = st.lists(spans, max_size=25).map(lambda xs: sorted(xs, key=lambda m: (m.start, -m.end)))
any_order = st.lists(spans, max_size=25)
offsets = st.integers(-5, 90)


@given(any_order, offsets, offsets)
def test_within_and_first_within_keep_list_order(items: list[Item], lo: int, hi: int) -> None:
    index = StartIndex(items)
    expected = [m for m in items if lo <= m.start < hi]
    assert index.within(lo, hi) == expected
    assert index.first_within(lo, hi) is next(iter(expected), None)
    assert index.before(hi) == [m for m in items if m.start < hi]


@given(sorted_items, offsets)
def test_covers_and_last_ending_by(items: list[Item], pos: int) -> None:
    index = SpanIndex(items)
    assert index.covers(pos) == any(m.start <= pos < m.end for m in items)
    earlier = [m for m in items if m.end <= pos]
    assert index.last_ending_by(pos) is (earlier[-1] if earlier else None)


@given(st.lists(spans, max_size=10), offsets)
def test_covered_is_membership_in_any_added_span(added: list[Item], pos: int) -> None:
    covered = Covered(100)
    for m in added:
        covered.add(m.start, m.end)
    assert (pos in covered) == any(m.start <= pos < m.end for m in added)


def test_an_unsorted_list_is_read_in_its_own_order() -> None:
    """numbered + named mentions: two sorted runs; the first in list order wins, not the first in the text."""
    items = [Item(10, 12), Item(30, 33), Item(5, 8)]
    assert StartIndex(items).first_within(0, 40) is items[0]
    assert StartIndex(items).within(0, 40) == items


@given(any_order, offsets, st.integers(0, 15))
def test_spans_answer_as_the_comprehensions_do(items: list[Item], pos: int, length: int) -> None:
    pairs = [(m.start, m.end) for m in items]
    spans = Spans(pairs)
    assert spans.around(pos) == any(s < pos < e for s, e in pairs)
    assert spans.holds(pos, pos + length) == any(s <= pos and pos + length <= e for s, e in pairs)
