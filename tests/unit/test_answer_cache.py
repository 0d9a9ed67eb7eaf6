"""The answer cache's bookkeeping: one store version at a time, least recently used out first."""

from __future__ import annotations

import pytest

from app.cache import Answer, AnswerCache

pytestmark = pytest.mark.unit


def _answer(size: int) -> Answer:
    return Answer(headers=[], body=b"x" * (size - 64), etag=b'"e"')


def test_hit_only_for_the_same_version_and_key() -> None:
    cache = AnswerCache(10_000)
    cache.put("v1", b"/a?", _answer(100))
    assert cache.get("v1", b"/a?") is not None
    assert cache.get("v2", b"/a?") is None
    assert cache.get("v1", b"/a?x=1") is None
    assert (cache.hits, cache.misses) == (1, 2)


def test_a_new_version_drops_everything_older() -> None:
    cache = AnswerCache(10_000)
    cache.put("v1", b"/a?", _answer(100))
    cache.put("v2", b"/b?", _answer(100))
    assert len(cache) == 1 and cache.used == 100
    assert cache.get("v1", b"/a?") is None and cache.get("v2", b"/b?") is not None


def test_budget_drops_the_least_recently_used() -> None:
    cache = AnswerCache(8_000)
    for name in (b"/a?", b"/b?", b"/c?", b"/d?"):
        cache.put("v", name, _answer(1_000))
    cache.get("v", b"/a?")  # /a is now the most recently used
    for name in (b"/e?", b"/f?", b"/g?", b"/h?", b"/i?"):
        cache.put("v", name, _answer(1_000))
    assert cache.used <= 8_000
    assert cache.get("v", b"/a?") is not None
    assert cache.get("v", b"/b?") is None


def test_an_answer_over_an_eighth_of_the_budget_is_not_kept() -> None:
    cache = AnswerCache(8_000)
    cache.put("v", b"/big?", _answer(1_001))
    assert len(cache) == 0
    cache.put("v", b"/a?", _answer(500))
    cache.put("v", b"/a?", _answer(900))  # replacing an answer counts it once
    assert len(cache) == 1 and cache.used == 900
