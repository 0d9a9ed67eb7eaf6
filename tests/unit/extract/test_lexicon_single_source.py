"""One lexicon for every word list: no two extraction modules keep their own copies of the same words (copies drift:
the issue found the resolver's posts, issuer codes and abbreviations drifted from the extractor's). A list used in two
places is defined once, in loaders/extract/lexicon.py, and imported."""

from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict

import loaders.extract as package


def _word_lists() -> dict[object, dict[int, list[str]]]:
    """Every module-level collection of three or more words (a set, tuple or list of strings, or a dict from strings
    to strings or numbers), by its content, then by the object holding it (one object imported under several names is
    one list)."""
    found: dict[object, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("__") or not isinstance(value, dict | set | frozenset | tuple | list) or len(value) < 3:
                continue
            if not all(isinstance(key, str) for key in value):
                continue
            if isinstance(value, dict):
                if not all(isinstance(v, str | int) for v in value.values()):
                    continue
                content: object = ("map", frozenset(value.items()))
            else:
                content = ("words", frozenset(value))
            found[content][id(value)].append(f"{info.name}.{name}")
    return found


def test_no_word_list_is_kept_twice() -> None:
    copies = [sorted(names[0] for names in holders.values()) for holders in _word_lists().values() if len(holders) > 1]
    assert not copies, f"the same words defined in two places (define them once in lexicon.py): {copies}"
