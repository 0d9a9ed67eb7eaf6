"""Looking mentions up by where they start, without scanning the whole list each time.

The extractors ask the same questions many times per document: "which mentions start in this
sentence?", "the first document named after this offset?". Answered with a list comprehension
over every mention, that is quadratic in the length of the text (a 2 MB text took minutes); a
:class:`StartIndex` answers them with a binary search, in the list's own order, so the results
are exactly those of the comprehension.

    index = StartIndex(mentions)
    index.within(s, e)            # == [m for m in mentions if s <= m.start < e]
    index.first_within(s, e)      # == next((m for m in mentions if s <= m.start < e), None)
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, Protocol, TypeVar


class HasStart(Protocol):
    @property
    def start(self) -> int: ...


M = TypeVar("M", bound=HasStart)


class StartIndex(Generic[M]):
    """``items`` (any order) split into runs sorted by ``start``; each query bisects every run and keeps the
    list's order (a list sorted by start is one run; ``numbered + named`` is two)."""

    def __init__(self, items: Sequence[M]) -> None:
        self.runs: list[tuple[list[int], list[M]]] = []
        starts: list[int] = []
        run: list[M] = []
        for item in items:
            if starts and item.start < starts[-1]:
                self.runs.append((starts, run))
                starts, run = [], []
            starts.append(item.start)
            run.append(item)
        if run:
            self.runs.append((starts, run))

    def within(self, lo: int, hi: int) -> list[M]:
        """The items with ``lo <= start < hi``, in list order."""
        out: list[M] = []
        for starts, run in self.runs:
            out.extend(run[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])
        return out

    def first_within(self, lo: int, hi: int) -> M | None:
        """The first item (in list order) with ``lo <= start < hi``, or None."""
        for starts, run in self.runs:
            i = bisect.bisect_left(starts, lo)
            if i < len(run) and starts[i] < hi:
                return run[i]
        return None

    def before(self, hi: int) -> list[M]:
        """The items with ``start < hi``, in list order."""
        out: list[M] = []
        for starts, run in self.runs:
            out.extend(run[: bisect.bisect_left(starts, hi)])
        return out


class Covered:
    """Character positions taken by earlier matches (a symbol matched by one pattern is not read again by
    the next): marking costs the length of the match, a lookup is one index."""

    def __init__(self, length: int) -> None:
        self.taken = bytearray(length + 1)

    def add(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)

    def __contains__(self, pos: int) -> bool:
        return 0 <= pos < len(self.taken) and self.taken[pos] == 1


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=HasSpan)


class SpanIndex(StartIndex[S]):
    """A :class:`StartIndex` of items that also end: which of them cover an offset, and the last one that
    ends before it."""

    def __init__(self, items: Sequence[S]) -> None:
        super().__init__(items)
        self.longest = max((item.end - item.start for item in items), default=0)

    def covers(self, pos: int) -> bool:
        """``any(m.start <= pos < m.end for m in items)``"""
        return any(pos < item.end for item in self.within(pos - self.longest, pos + 1))

    def last_ending_by(self, pos: int, where: Callable[[S], bool] | None = None) -> S | None:
        """The last item, in list order, with ``end <= pos`` (and ``where(item)``): ``[m for m in items if m.end <=
        pos and where(m)][-1]``, read backwards from ``pos`` instead of forwards from the start."""
        for starts, run in reversed(self.runs):
            i = bisect.bisect_right(starts, pos)  # an item starting after pos ends after it
            while i > 0:
                i -= 1
                if run[i].end <= pos and (where is None or where(run[i])):
                    return run[i]
        return None


class Spans:
    """(start, end) pairs asked whether any of them holds a position or a span: ``any(s < pos < e for s, e in
    spans)`` over every pair is quadratic in the length of the text (each mention asks about every unit); this
    answers with one binary search: the pairs starting before a point, and the furthest end among them.

        spans = Spans(pairs)
        spans.around(pos)         # == any(s < pos < e for s, e in pairs)
        spans.holds(start, end)   # == any(s <= start and end <= e for s, e in pairs)
    """

    def __init__(self, pairs: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(pairs)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end of the pairs up to each one
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def around(self, pos: int) -> bool:
        """A pair starts before ``pos`` and ends after it."""
        i = bisect.bisect_left(self.starts, pos)
        return i > 0 and self.reach[i - 1] > pos

    def holds(self, start: int, end: int) -> bool:
        """A pair starts at or before ``start`` and ends at or after ``end``."""
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end
