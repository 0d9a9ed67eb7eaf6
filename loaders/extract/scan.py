r"""The characters a pattern's matches can start with, read from the pattern itself, given to the engine where it reads
none on its own: a scan then passes over every other position in the engine's own loop instead of trying each
alternative there (a scan that finds nothing still visits every character; a short article holds the words of few of
the extractors' hundreds of patterns).

The characters go where the engine keeps those it reads itself from a pattern that opens with a literal or a class (the
"info" block that heads a compiled pattern): the same pattern, compiled again with that block filled in, so a scan skips
to the next possible first character in one tight loop (about a third faster over a text than a look-ahead, which the
engine evaluates at every position). A pattern that ignores case gets a leading look-ahead instead (the block is
compared with the text as written; the look-ahead ignores case as the pattern does):

    with_first_characters(re.compile(r"(?:(?:[Vv]ào|[Tt]rong)\s+|(?<![\w]))[Cc]ác\s+ngày"))
        -> the same pattern, its scans skipping to the next of "VvTtCc"
    with_first_characters(re.compile(r"(?:là|gồm)\s+xã", re.IGNORECASE))
        -> re.compile(r"(?=[lg])(?:(?:là|gồm)\s+xã)", re.IGNORECASE)

:func:`fast_starts` does it to every pattern a rule module defines, when the package is imported: a new rule's pattern
joins by being defined; the characters come from the parsed pattern, never written by hand, so a pattern that changes
changes its first characters with it (the same matches, groups and flags: tests/unit/extract/test_scan_speed.py
compares every rewritten pattern with the one its module wrote).
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import Any

# the parser and compiler of the standard library's engine (re._parser, re._compiler; no public names): they read
# patterns exactly as re does
_parser: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")
_compiler: Any = importlib.import_module("re._compiler")
_sre: Any = importlib.import_module("_sre")

_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_WORD: r"\w"}

#: a pattern opening with a look-ahead written by hand that is longer than this (a generated alternation: bodies' is
#: 435,000 characters) is left as written: its look-ahead skips fast already, and compiling it again cost 0.8 s at
#: import for 2 us a text
_LONG = 50_000

#: a hand-written look-ahead opening a pattern, after the word start's look-behind a WordPattern puts first
_LOOK_AHEAD_FIRST = re.compile(r"(?:\(\?<!\[\\w[^\]]*\]\)\(\?:)?\(\?=")

#: a pattern opening with a global flag ("(?i)...") cannot be wrapped in a group
_GLOBAL_FLAG = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """A pattern whose first characters are not read here (any character, a negated class, a back-reference)."""


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """The characters a match of ``pattern`` can start with, as the body of a character class, or None when any
    character may (a pattern that may match nothing, opens with ``.``, ``\\S`` or a negated class)."""
    return _first_characters(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)


def _first_characters(tree: Any, flags: int) -> str | None:
    try:
        items, nullable = _firsts(list(tree.data), flags)
    except _Unknown:
        return None
    return None if nullable or not items else "".join(dict.fromkeys(items))


def _firsts(items: list[tuple[Any, Any]], flags: int) -> tuple[list[str], bool]:
    """(the class items the sequence can start with, whether it can match nothing)."""
    out: list[str] = []
    for op, av in items:
        firsts, nullable = _element_firsts(op, av, flags)
        out.extend(firsts)
        if not nullable:
            return out, False
    return out, True


def _element_firsts(op: Any, av: Any, flags: int) -> tuple[list[str], bool]:
    if op is _C.LITERAL:
        return [_in_class(chr(av))], False
    if op is _C.IN:
        chars = []
        for item, value in av:
            if item is _C.LITERAL:
                chars.append(_in_class(chr(value)))
            elif item is _C.RANGE:
                chars.append(f"{_in_class(chr(value[0]))}-{_in_class(chr(value[1]))}")
            elif item is _C.CATEGORY and value in _CATEGORIES:
                chars.append(_CATEGORIES[value])
            else:
                raise _Unknown  # a negation, \S, \W, \D: nearly any character
        return chars, False
    if op is _C.ASSERT and av[0] == 1:  # a look-ahead ("(?=[BTbt])", written by hand before a long alternation)
        firsts, nullable = _firsts(list(av[1].data), flags)
        return ([], True) if nullable else (firsts, False)  # (every match starts with one of what it reads first)
    if op in _ZERO_WIDTH:
        return [], True  # reads nothing: the next element starts the match
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            raise _Unknown
        return _firsts(list(sub.data), flags)
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _firsts(list(av.data), flags)
    if op is _C.BRANCH:
        out: list[str] = []
        nullable = False
        for branch in av[1]:
            firsts, empty = _firsts(list(branch.data), flags)
            out.extend(firsts)
            nullable = nullable or empty
        return out, nullable
    if op in _REPEATS:
        low, _high, sub = av
        firsts, empty = _firsts(list(sub.data), flags)
        return firsts, empty or low == 0
    raise _Unknown


def _in_class(c: str) -> str:
    return "\\" + c if c in "\\]^-[" else c


def _engine_skips_ahead(tree: Any, flags: int) -> bool:
    """True when the engine itself finds where a match can start (a literal prefix, or a set of first characters it
    reads from the pattern), so a look-ahead of first characters would add nothing."""
    prefix, _skip, _all = _compiler._get_literal_prefix(tree, flags)
    return bool(prefix) or bool(_compiler._get_charset_prefix(tree, flags))


def with_first_characters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with the characters its matches start with given to the engine, when the engine reads none from it:
    a scan then passes over each other position at once, instead of trying every alternative there (a pattern opening
    with a group of optional words, a look-behind, a class of common letters). The same pattern compiled with them in
    its info block (:func:`skipping_to`), or, for a pattern that ignores case, with a leading look-ahead ``(?=[...])``.
    The same matches, groups and flags; ``pattern`` itself when nothing is gained (or it ignores case and opens with a
    look-ahead already)."""
    if len(pattern.pattern) > _LONG and _LOOK_AHEAD_FIRST.match(pattern.pattern):
        return pattern
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if _engine_skips_ahead(tree, pattern.flags):
        return pattern
    firsts = _first_characters(tree, pattern.flags)
    if firsts is None or r"\w" in firsts:
        return pattern
    if not pattern.flags & re.IGNORECASE:  # (a look-ahead written first too: the engine then skips to its characters)
        return _skipping_to(pattern, tree, firsts)
    if pattern.pattern.startswith("(?=") or _GLOBAL_FLAG.match(pattern.pattern):
        return pattern
    return re.compile(f"(?=[{firsts}])(?:{pattern.pattern})", pattern.flags)


def skipping_to(pattern: re.Pattern[str], firsts: str) -> re.Pattern[str]:
    """``pattern`` compiled again with ``firsts`` (the body of a character class holding every character a match can
    start with; the pattern does not ignore case) in its info block, where the engine keeps the characters it reads
    itself from a pattern that opens with a class: a search then skips, in the engine's own loop, to the next position
    holding one of them and tries the pattern there. When every match starts with the same text (after a look-behind:
    "(?<!Phó )Chủ tịch ") or the same character, that text goes in the block instead, as the engine keeps a literal
    start it reads itself: it is then found with a plain comparison loop, faster still. The pattern's own code is
    compiled as re compiles it, and its text, flags and groups are those of ``pattern``: the same matches, found
    faster."""
    return _skipping_to(pattern, _parser.parse(pattern.pattern, pattern.flags), firsts)


def _skipping_to(pattern: re.Pattern[str], tree: Any, firsts: str) -> re.Pattern[str]:
    """:func:`skipping_to` given the parsed pattern (parsing the extractors' long alternations is most of the work)."""
    if pattern.flags & re.IGNORECASE:
        raise ValueError(f"a pattern that ignores case: {pattern.pattern[:80]!r}")
    low, high = tree.getwidth()
    if low == 0:
        raise ValueError(f"a pattern that may match nothing: {pattern.pattern[:80]!r}")
    flags = tree.state.flags | pattern.flags
    op, av = _parser.parse(f"[{firsts}]", flags).data[0]
    prefix = _literal_start(tree, flags) or ([av] if op is _C.LITERAL else [])
    maxcode = _compiler.MAXCODE
    code = [_C.INFO, 0, _C.SRE_INFO_PREFIX if prefix else _C.SRE_INFO_CHARSET, min(low, maxcode), min(high, maxcode)]
    if prefix:  # its length, where the pattern's code starts (0: at its start, the look-behind read first), the text
        code.extend([len(prefix), 0, *prefix, *_compiler._generate_overlap_table(prefix)])
    else:
        charset, _cased = _compiler._optimize_charset([(op, av)] if op is _C.LITERAL else av)
        _compiler._compile_charset(charset, flags, code)
    code[1] = len(code) - 1  # the block's length: the engine skips over it to the pattern's code
    _compiler._compile(code, tree.data, flags)
    code.append(_C.SUCCESS)
    groups = tree.state.groupdict
    names: list[str | None] = [None] * tree.state.groups
    for name, index in groups.items():
        names[index] = name
    compiled: re.Pattern[str] = _sre.compile(pattern.pattern, flags, code, tree.state.groups - 1, groups, tuple(names))
    return compiled


def _literal_start(tree: Any, flags: int) -> list[int]:
    """The text (character codes) every match of a parsed pattern that opens with zero-width checks (a look-behind, a
    word boundary) starts with, read after them; empty when there is none or nothing opens the pattern (the engine then
    reads its literal start itself)."""
    items = list(tree.data)
    skipped = 0
    while skipped < len(items) and items[skipped][0] in _ZERO_WIDTH:
        skipped += 1
    if not skipped:
        return []
    prefix, _skip, _whole = _compiler._get_literal_prefix(_parser.SubPattern(tree.state, items[skipped:]), flags)
    return list(prefix)


#: each pattern :func:`fast_starts` rewrote -> the pattern as its module wrote it (the tests compare their matches)
REWRITTEN: dict[re.Pattern[str], re.Pattern[str]] = {}


def _rewritten(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """:func:`with_first_characters` of ``pattern``, or ``pattern`` as written should the rewrite fail: it reads re's
    private parser and compiler (checked on Pythons 3.11-3.13, the versions pyproject allows), and a release that
    changes them must cost speed, never an import."""
    try:
        return with_first_characters(pattern)
    except (AttributeError, TypeError, ValueError, IndexError, KeyError, RuntimeError):
        return pattern


def fast_starts(*modules: ModuleType) -> int:
    """Give every pattern the modules define (compiled patterns, and those inside a :class:`WordPattern` or
    :class:`AnyCase`) the look-ahead of :func:`with_first_characters`; returns how many changed. A new rule's pattern
    joins by being defined at module level; nothing else changes (the same matches, groups and flags)."""
    from loaders.extract.text import AnyCase, WordPattern

    changed = 0

    def record(faster: re.Pattern[str], pattern: re.Pattern[str]) -> re.Pattern[str]:
        REWRITTEN[faster] = pattern
        return faster

    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                faster = _rewritten(value)
                if faster is not value:
                    setattr(module, name, record(faster, value))
                    changed += 1
            elif isinstance(value, (WordPattern, AnyCase)):
                for attr in ("regex", "lower"):
                    pattern = getattr(value, attr)
                    if pattern is not None and (faster := _rewritten(pattern)) is not pattern:
                        setattr(value, attr, record(faster, pattern))
                        changed += 1
    return changed
