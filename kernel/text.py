"""Vietnamese text normalization: NFC at the reader boundary, folded keys for lookups.

Three levels, each built on the one before:

* :func:`nfc` - Unicode NFC plus white-space clean-up. Applied once, by the readers.
* :func:`tone_key` - casefolded, tone placement unified (``hoà`` -> ``hòa``,
  ``thuỷ`` -> ``thủy``); keeps every mark, so it is still Vietnamese. For identity.
* :func:`fold` - no tone or vowel marks, ``đ`` -> ``d``, casefolded, single spaces.
  For accent-insensitive search (``name_norm``): "thai thanh quy" finds "Thái Thanh Quý".

:func:`slug` turns a folded string into a key fragment (``anh-son``); :func:`identity_slug` keeps the
Vietnamese letters (``nguyễn-đức-trung``): keys of people and bodies, where Hùng is not Hưng.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Distinct texts with marks whose :func:`fold` is remembered (the least recently used are dropped).
FOLD_CACHE = 1 << 15

_SPACES = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff]+")
_HSPACES = re.compile(r"[ \t\u00a0\u200b\u200c\u200d\ufeff]+")

# Marked second vowel -> (marked first vowel, bare second vowel), lower case; see reference 7.2.
_SECOND_TO_FIRST = {
    "à": ("ò", "a"),
    "á": ("ó", "a"),
    "ả": ("ỏ", "a"),
    "ã": ("õ", "a"),
    "ạ": ("ọ", "a"),
    "è": ("ò", "e"),
    "é": ("ó", "e"),
    "ẻ": ("ỏ", "e"),
    "ẽ": ("õ", "e"),
    "ẹ": ("ọ", "e"),
    "ỳ": ("ù", "y"),
    "ý": ("ú", "y"),
    "ỷ": ("ủ", "y"),
    "ỹ": ("ũ", "y"),
    "ỵ": ("ụ", "y"),
}
#: an open rhyme with its tone on the second vowel, "oà" (not after "q": "quà") or "uý", ending its word; written to
#: open with the class of first vowels (then the look-behinds), so the engine skips to the next o or u in one loop
#: instead of trying the pattern at every position (4x faster; the same matches as
#: "(?<![qQ])([oO][àáảãạ...]|[uU][ỳýỷỹỵ...])")
_OPEN_RHYME = re.compile(
    r"([oOuU](?<![qQ][oOuU])(?:(?<=[oO])[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|(?<=[uU])[ỳýỷỹỵỲÝỶỸỴ]))(?![^\W\d_])"
)


def nfc(text: str) -> str:
    """NFC, with non-breaking and zero-width spaces made plain and runs of spaces kept single.

    Line breaks are kept (readers rely on them for paragraphs)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _HSPACES.sub(" ", text)


def _rewrite_pair(match: re.Match[str]) -> str:
    first, second = match.group(1)[0], match.group(1)[1]
    marked_first, bare_second = _SECOND_TO_FIRST[second.lower()]
    if first.isupper():
        marked_first = marked_first.upper()
    if second.isupper():
        bare_second = bare_second.upper()
    return marked_first + bare_second


def unify_tones(text: str) -> str:
    """Rewrite second-vowel tone placement to first-vowel (``hoà`` -> ``hòa``); same length."""
    return _OPEN_RHYME.sub(_rewrite_pair, unicodedata.normalize("NFC", text))


def tone_key(text: str) -> str:
    """Casefolded comparison key where only tone placement is unified (``Hoà`` == ``hòa``)."""
    return _SPACES.sub(" ", unify_tones(text)).strip().casefold()


def fold(text: str) -> str:
    """Accent-insensitive search key: no marks, ``đ`` -> ``d``, casefolded, single spaces."""
    if text.isascii():  # most keys and symbols: nothing to decompose (8x faster; a load folds every key twice)
        # ASCII white space is what split() splits at (as _SPACES): 0.15x the time of the pattern on a key
        return " ".join(text.split()).casefold()
    return _fold_marked(text)


@functools.lru_cache(maxsize=FOLD_CACHE)
def _fold_marked(text: str) -> str:
    """:func:`fold` of text with a letter outside ASCII, remembered: a load folds the same names (of places,
    bodies, people, projects) again and again, 4-6 us each, a tenth of that when remembered. Keys, ASCII
    mostly, do not pass here (each is folded once, and would push the names out)."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    return _SPACES.sub(" ", bare).strip().casefold()


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Key fragment: folded, every run of other characters one hyphen (``Anh Sơn`` -> ``anh-son``)."""
    return _NON_SLUG.sub("-", fold(text)).strip("-")


_NON_IDENTITY = re.compile(r"[^\w\s-]+")
_IDENTITY_GAPS = re.compile(r"[\s_-]+")


def identity_slug(text: str) -> str:
    """Identity key fragment: :func:`tone_key` (NFC, lower case, tone placement unified), punctuation
    dropped, spaces and hyphens one ``-`` (``Nguyễn Đức Trung`` -> ``nguyễn-đức-trung``; ``Hoà`` = ``Hòa``)."""
    return _IDENTITY_GAPS.sub("-", _NON_IDENTITY.sub("", tone_key(text))).strip("-")


def written_slug(text: str) -> str:
    """:func:`identity_slug` with the tone placement as written (``Hoà`` -> ``hoà``, ``Hòa`` -> ``hòa``): the key
    a name keeps when a curator's judgement keeps its spelling apart from the unified one."""
    return _IDENTITY_GAPS.sub("-", _NON_IDENTITY.sub("", _SPACES.sub(" ", text).strip().casefold())).strip("-")
