"""The embedded store's check for a NUL in query parameters (the client inlines them into the query text)."""

from __future__ import annotations

from collections import OrderedDict

from graph.backends.embedded import _has_nul


def test_a_nul_is_found_at_any_depth_and_in_any_container() -> None:
    assert _has_nul("a\x00b")
    assert _has_nul({"rows": [{"props": {"name": "x"}}, {"props": {"name": "y\x00"}}]})
    assert _has_nul(("x", ["y", ("z\x00",)]))
    assert _has_nul(OrderedDict(k=["\x00"]))


def test_values_without_a_nul_pass() -> None:
    assert not _has_nul({"rows": [{"key": "k", "n": 1, "f": 2.5, "b": True, "none": None, "l": [], "d": {}}]})
    assert not _has_nul("")
    assert not _has_nul(None)
