"""Python's cyclic garbage collector, run less often while a process makes many short-lived objects.

A load (rows, properties, provenance) and a serving process (the lists and dicts of a computed answer) allocate
millions of small objects, hardly any in a cycle: with the default threshold (700) the youngest generation is
collected every few hundred of them, each collection walking the batch or answer being built (40% of the CPU of
resolving and writing a load batch; 0.3 ms of a 2.6 ms lineage answer). :func:`fewer_collections` collects it every
``young`` allocations instead and leaves what was alive before out of the full passes (``gc.freeze``).
:func:`paused` turns it off for work that makes no cycles at all (an extraction, a bulk load's encoding).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

#: Allocations (less deallocations) of container objects between two young collections (Python's default: 700).
YOUNG = 20_000


@contextlib.contextmanager
def fewer_collections(young: int = YOUNG) -> Iterator[None]:
    """The youngest generation collected every ``young`` allocations, and the objects alive now frozen out of the
    collector's walks, until the block ends; the thresholds as they were and the objects unfrozen afterwards."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(young, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


class _Paused:
    """The blocks of :func:`paused` running (in any thread), and whether the collector was on before the first."""

    running = 0
    was_on = False
    lock = threading.Lock()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The cyclic garbage collector off until the block ends, for work that makes no reference cycles (its
    collections free nothing, but each full one walks every object made so far: on a 10 MB text a quarter of the
    extraction's time, growing with the length). On again, as it was, when the last such block running (in any
    thread) ends, however it ends."""
    with _Paused.lock:
        if _Paused.running == 0:
            _Paused.was_on = gc.isenabled()
            gc.disable()
        _Paused.running += 1
    try:
        yield
    finally:
        with _Paused.lock:
            _Paused.running -= 1
            if _Paused.running == 0 and _Paused.was_on:
                gc.enable()
