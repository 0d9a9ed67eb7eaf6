"""Accent-insensitive list filters and the references people type into search.

Filters: ``province=nghe an`` (or ``NGHỆ AN``, or ``Nghệ An``) matches what the graph stores as
"Nghệ An". The stored values of the filtered field are few (provinces, kinds, issuers); they are
read from the store (graph/queries/filter_values.cypher), folded like the input, and the query is
given the stored values that match.

Search: "Quyết định 204", "quyet dinh so 204", "NQ 57", "57-NQ", "Kế hoạch 331" cite a document
by its kind and number; :func:`reference_in` reads them with the kind words and abbreviations of
the extraction lexicon (loaders/extract/lexicon.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from graph.store import GraphStore
from kernel.text import fold
from loaders.extract.lexicon import KIND_ABBREVIATIONS, KIND_WORDS, SYMBOL_KINDS

Field = Literal[
    "official.province", "meeting.province", "resolution.kind", "resolution.issuer", "resolution.issuer_code"
]


def stored_values(store: GraphStore, field: Field, text: str | None, *, contains: bool = False) -> list[str] | None:
    """The stored values of ``field`` equal to ``text`` once both are folded (or containing it, with
    ``contains``); None when there is no filter, an empty list when nothing matches."""
    if text is None or not fold(text):
        return None
    wanted = fold(text)
    values = [str(row["value"]) for row in store.read("filter_values", {"field": field})]
    return [v for v in values if (wanted in fold(v) if contains else fold(v) == wanted)]


# ---- references in a search query ----------------------------------------------------------

#: folded kind word or abbreviation -> the kinds it may stand for ("qd" is a Quyết định or a Quy định)
_KINDS: dict[str, set[str]] = {}
for _word, _kind in KIND_WORDS.items():
    _KINDS.setdefault(fold(_word), set()).add(_kind)
for _letters, _kind in (*KIND_ABBREVIATIONS.items(), *SYMBOL_KINDS.items()):
    _KINDS.setdefault(fold(_letters), set()).add(_kind)
_KINDS["qd"].add("QĐi")  # Quy định are numbered -QĐ/TW too
_KIND_ALTERNATIVES = "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True))

# A kind then its number, on the folded query: "quyet dinh so 204", "nq 57", "ke hoach 331-kh/tu".
_KIND_THEN_NUMBER = re.compile(rf"(?<![a-z0-9])({_KIND_ALTERNATIVES})\s*(?:so\s*)?[-:.]?\s*(\d+)(?![0-9])")
# A symbol: number, then its kind letters: "57-nq/tw", "204/qd-ttg", "57 nq".
_NUMBER_THEN_KIND = re.compile(rf"(?<![a-z0-9])(\d+)\s*[-/ ]\s*({_KIND_ALTERNATIVES})(?![a-z])")


@dataclass(frozen=True)
class Reference:
    """A document cited by kind and number."""

    number: str
    kinds: tuple[str, ...]


def reference_in(query: str) -> Reference | None:
    """The kind and number the query cites, if it cites one (``"Quyết định 204"`` -> 204, QĐ)."""
    text = fold(query)
    found = _KIND_THEN_NUMBER.search(text)
    if found:
        kind, number = found.group(1), found.group(2)
    else:
        found = _NUMBER_THEN_KIND.search(text)
        if not found:
            return None
        number, kind = found.group(1), found.group(2)
    return Reference(number=number.lstrip("0") or "0", kinds=tuple(sorted(_KINDS[kind])))
