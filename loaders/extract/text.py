"""Text helpers for the extractors: sentences with offsets, dates, evidence spans."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kernel.text import unify_tones
from loaders.extract.lexicon import LINE_GOES_ON_AFTER, SENTENCE_ABBREVIATIONS
from loaders.extract.model import Span

#: a sentence ends at ".", "!", "?", ";" or "…" and a space, or at a line break; not after an abbreviation that
#: stands before a name (lexicon.SENTENCE_ABBREVIATIONS: "TP. Hồ Chí Minh", "PGS. TS. Lê Văn A", "Th.S. Ngô B"); the
#: next sentence starts at the match's end (the punctuation is read, not looked behind at: the engine then skips to it
#: fast). Written to open with the one class of every end character (the rest told apart by a look-behind), so the
#: engine skips to the next one in a single loop: the matches of "[.!?;…]{_NOT_AFTER}\s+(?=[^\s])|\n+" (the
#: abbreviations end with a full stop: only it is checked against them), about twice as fast
_NOT_AFTER = "".join(rf"(?<!(?<![\w]){re.escape(a)}\.)" for a in SENTENCE_ABBREVIATIONS)
_SENTENCE_END = re.compile(rf"[.!?;…\n](?:(?<=\.){_NOT_AFTER}\s+(?=[^\s])|(?<=[!?;…])\s+(?=[^\s])|(?<=\n)\n*)")
#: a single line break (not a blank line) before a line that starts with a character: each is read with what ends the
#: line before (its last character, its last word) and the next line's first characters (no pattern over the words)
_LINE_BREAK = re.compile(r"\n[ \t]*(?=[^\s])")
#: a line that opens a list item or a numbered heading: "- ", "+ ", "• ", "* ", "a) ", "đ. ", "1. ", "2) ", "1.2.",
#: "IV. "; it stays a sentence of its own
_LIST_ITEM = re.compile(r"[-–+•*](?!\w)|[a-zđ][.)]\s|\d{1,2}[.)](?:\s|\d)|[IVXLC]{1,5}[.)]\s")
#: a line's cue that the rules reading a header's title and preamble line by line find at a line's start ("thực hiện",
#: "triển khai", "về việc", "cụ thể hóa", "để ...", "Căn cứ", "Xét", "Theo đề nghị", "V/v"): a wrapped line break
#: before one stays a line break in Doc.match
_LINE_CUE = re.compile(
    r"[ \t]*(?i:(?:về việc\s+|về\s+)?(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá|để\s)|căn cứ|xét|theo đề nghị|v/v)"
)
#: a text wrapped to a width: at least this many breaks inside a sentence; a line of it is full when longer than _FILLED
_WRAPPED_TEXT, _FILLED = 3, 50
#: a Party committee's "ủy" written with a capital after its unit word ("Tỉnh Ủy", "Huyện Ủy", "Đảng Ủy"), as some
#: outlets and title-case headlines write it (replaced by a lower-case letter: the same length, offsets stay)
_CAPITAL_UY = re.compile(r"(?<![\w])(Tỉnh|Thành|Huyện|Thị|Quận|Đảng) Ủy(?![\w])")
#: a document's kind word with its second syllable capitalised ("Nghị Quyết số 29", "Chỉ Thị 05"), as title-case
#: headlines and careless copies write it: read as the rules spell it ("Nghị quyết"; the same length, offsets stay)
_CAPITAL_KINDS = ("Nghị Quyết", "Chỉ Thị", "Kết Luận", "Quyết Định", "Kế Hoạch", "Thông Báo")
#: an article's or chapter's heading at a line's start: "Điều 2.", "Chương II", "Mục 1", "Phần I"
_ARTICLE = re.compile(r"(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]")
#: what ends a sentence at a line's end (a line ending in one is never wrapped)
_FINAL = frozenset(".!?;:…\n")


def _wrapped_breaks(text: str) -> list[int]:
    """The line breaks inside a sentence: the line before ends with no sentence-final punctuation and the next starts
    in lower case ("Quyết\nđịnh số 112-QĐ/TW", "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết ..."), or the line
    before ends with a word that cannot end a sentence, a comma or a word's hyphen and the next is no line of
    capitals ("Chỉ thị số\n08-CT/TW", "của\nBan Bí thư", "Ban Bí thư,\nBan Thường vụ ...", "Bà Rịa -\nVũng Tàu");
    in a text wrapped to a width, a full line that a sentence went on onto goes on before a capitalized word too
    ("... của Bộ\nChính trị ..."); never before a list item or a numbered heading ("a) ...", "- ...", "1. ...")."""
    breaks: list[int] = []
    filled: list[tuple[int, int]] = []
    for m in _LINE_BREAK.finditer(text):
        at, nxt = m.start(), m.end()
        end = at  # the line before, without its trailing spaces
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == 0 or text[end - 1] in _FINAL or _LIST_ITEM.match(text, nxt):
            continue  # (a blank line or a sentence's end before; a list item after)
        last, first = text[end - 1], text[nxt]
        if last.isalnum():
            start = end - 1
            while start > 0 and end - start < 12 and text[start - 1].isalnum():
                start -= 1
            word = text[start:end].lower()
            goes_on = first.islower() or (word in LINE_GOES_ON_AFTER and not _capitals_line(text, nxt))
            if not goes_on and first.isupper() and at - text.rfind("\n", 0, at) > _FILLED:
                filled.append((at, nxt))  # (a full line before a capitalized word: "... của Bộ\nChính trị ...")
        elif last in ",-–":
            # (a comma or a hyphen after a word: "Ban Bí thư,\nBan ...", "Bà Rịa -\nVũng Tàu"; not a rule "-----")
            word_before = last == "," or text[max(0, end - 3) : end - 1].strip(" ")[-1:].isalnum()
            goes_on = word_before and (first.islower() or not _capitals_line(text, nxt))
        else:  # (a closing bracket or quote: "(khóa XIII)\nvề ...")
            goes_on = first.islower() and last not in "*_=#"
        if goes_on:
            breaks.append(at)
    # a text wrapped to a width (several breaks inside a sentence) wraps before a capitalized word too: a full line
    # ending in a word goes on on a capitalized line that is no line of capitals, no line's cue and no article
    # and is itself a line a sentence went on onto (not a headline over its lead: "... mỗi ngày\nTPO - Sau ...")
    if len(breaks) >= _WRAPPED_TEXT and filled:
        went_on = set(breaks)
        breaks.extend(
            at
            for at, nxt in filled
            if text.rfind("\n", 0, at) in went_on
            and not _capitals_line(text, nxt)
            and not _LINE_CUE.match(text, nxt)
            and not _ARTICLE.match(text, nxt)
        )
        breaks.sort()
    return breaks


def _capitals_line(text: str, at: int) -> bool:
    """True when the line from ``at`` has no lower-case letter in its first 40 characters ("BÍ THƯ", "QUYẾT ĐỊNH")."""
    end = text.find("\n", at, at + 40)
    return not any(c.islower() for c in text[at : end if end >= 0 else at + 40])


_DATE_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)\d{2}))?(?![\d/])")
_DATE_LONG = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d{2}))?")


@dataclass(frozen=True)
class Doc:
    """The text an extractor reads: ``text`` as given, ``match`` with tone placement unified
    (the same length, so offsets are shared), sentence boundaries, and the publication date."""

    text: str
    match: str
    starts: list[int]
    published: str | None
    #: evidence text by (sentence start, end): one slice per sentence however many spans it holds
    evidence: dict[tuple[int, int], str] = field(default_factory=dict, compare=False, repr=False)
    #: sentence bounds by offset: the extractors ask about the same offsets several times each
    bounds: dict[int, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)
    #: the (start, end) of every sentence, made on the first call of :meth:`sentences` (several extractors ask)
    spans: list[tuple[int, int]] = field(default_factory=list, compare=False, repr=False)
    #: the evidence span made for each (start, end): a span is a frozen value, one object serves every extractor that
    #: reads the same words (a frozen dataclass costs three times a plain one to build; a text asks for a third again)
    made: dict[tuple[int, int], Span] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, text: str, published: str | None) -> Doc:
        starts = [0]
        wrapped = set(_wrapped_breaks(text)) if "\n" in text else set()
        for m in _SENTENCE_END.finditer(text):
            if m.start() not in wrapped:  # (a line break inside a sentence ends none)
                starts.append(m.end())
        match = unify_tones(text)
        if " Ủy" in match:  # "Tỉnh Ủy Bình Phước", "Đảng Ủy xã": the committee as the rules spell it ("Tỉnh ủy")
            match = _CAPITAL_UY.sub(r"\1 ủy", match)
        for word in _CAPITAL_KINDS:
            if word in match:
                head, tail = word.split(" ")
                match = match.replace(word, f"{head} {tail.lower()}")
        # the words read on over a line break inside a sentence ("của Bộ\nChính trị" is "của Bộ Chính trị"): it reads
        # as the space it stands for (the same length: offsets stay), but before a line's cue ("... 2025\nthực hiện
        # Nghị quyết ...") that the rules reading a preamble line by line find at a line's start
        spaces = [i for i in wrapped if not _LINE_CUE.match(match, i + 1)]
        if spaces:
            chars = list(match)
            for i in spaces:
                chars[i] = " "
            match = "".join(chars)
        return cls(text, match, starts, published)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        bounds = self.bounds.get(offset)
        if bounds is None:
            i = bisect.bisect_right(self.starts, offset) - 1
            start = self.starts[max(0, i)]
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            bounds = self.bounds[offset] = (start, end)
        return bounds

    def span(self, start: int, end: int) -> Span:
        """The span and its evidence: every sentence it touches (a heading may run over lines)."""
        made = self.made.get((start, end))
        if made is not None:
            return made
        s, e = self.bounds.get(start) or self.sentence_bounds(start)
        if end > e:
            e = self.sentence_bounds(max(start, end - 1))[1]
        sentence = self.evidence.get((s, e))
        if sentence is None:
            sentence = self.evidence[(s, e)] = self.text[s:e].strip()
        made = self.made[(start, end)] = Span(start, end, sentence)
        return made

    def sentences(self) -> list[tuple[int, int]]:
        if not self.spans and self.text:
            bounds = [*self.starts, len(self.text)]
            self.spans.extend((bounds[i], bounds[i + 1]) for i in range(len(self.starts)) if bounds[i] < bounds[i + 1])
        return self.spans

    def sentences_with(self, starts: Iterable[int]) -> list[tuple[int, int]]:
        """The sentences (start, end) that hold any of these offsets, in text order, each once: the sentences that hold
        the matches of one scan of the text, in place of a search in every sentence (a word or pattern whose matches
        never hold a sentence's end, "chủ trì", is in a sentence exactly when one of its matches starts there)."""
        return sorted({self.sentence_bounds(at) for at in starts})

    def ends_with(self, end: int, char: str) -> bool:
        """True when the last character before ``end`` that is not a space is ``char`` (no copy of the text)."""
        i = end - 1
        while i >= 0 and self.match[i].isspace():
            i -= 1
        return i >= 0 and self.match[i] == char


@functools.lru_cache(maxsize=8192)
def key_of(name: str) -> str:
    """Comparison key of a name read from ``Doc.match`` (already tone-unified): case and spaces folded."""
    return " ".join(name.split()).casefold()


def iso_date(day: int, month: int, year: int | None, published: str | None) -> str | None:
    """``YYYY-MM-DD``; a missing year comes from the publication date."""
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year is None:
        if not published:
            return None
        year = int(published[:4])
    return f"{year:04d}-{month:02d}-{day:02d}"


_DATE_LEAD = re.compile(r"[\s,]*(?:ban hành\s+)?ngày\s+")


def date_after(doc: Doc, pos: int, window: int = 40) -> tuple[str | None, int]:
    """A "ngày d/m/yyyy" (or "ngày d tháng m năm yyyy") starting within ``window`` of ``pos``."""
    m = _DATE_LEAD.match(doc.match, pos, pos + window)
    if not m:
        return None, pos
    at = m.end()
    for pattern in (_DATE_LONG, _DATE_NUMERIC):
        d = pattern.match(doc.match, at)
        if d:
            year = int(d.group(3)) if d.group(3) else None
            return iso_date(int(d.group(1)), int(d.group(2)), year, doc.published), d.end()
    return None, pos


#: an escape whose letter's case is its meaning (\S is not \s)
_CASED_ESCAPE = re.compile(r"\\[A-Z]")
_LAST_LOWERED: list[tuple[str, str | None]] = [("", "")]


def lowered(text: str) -> str | None:
    """``text.lower()`` when a lower-case pattern over it matches where the pattern ignoring case matches over the text
    (always, for Vietnamese: one letter for one, no special folds), else None."""
    lower = text.lower()
    # (the dotted I lowers to two characters; the long s and the dotless i stay as they are)
    return lower if len(lower) == len(text) and "ſ" not in lower and "ı" not in lower else None


def lower_case_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that ignores case, in lower case without the flag, for :func:`lowered` text (the engine then compares
    letters as they are: about twice as fast); None when an escape's case is its meaning (``\\S`` is not ``\\s``)."""
    if not pattern.flags & re.IGNORECASE or _CASED_ESCAPE.search(pattern.pattern):
        return None
    return re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE)


def _lowered(text: str) -> str | None:
    """:func:`lowered`, a whole text's kept (a scan asks once per match; a short piece costs little to lower again)."""
    if len(text) < 256:
        return lowered(text)
    last, lower = _LAST_LOWERED[0]
    if last is not text:
        lower = lowered(text)
        _LAST_LOWERED[0] = (text, lower)
    return lower


class AnyCase:
    """A compiled pattern that ignores case, run in lower case over the lower-cased text (:func:`lower_case_pattern`),
    about twice as fast; a match found there is read again from the text as written, at the same start, so callers
    get the same match as from the pattern itself."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags | re.IGNORECASE)
        self.lower = lower_case_pattern(self.regex)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        lower = _lowered(text) if self.lower is not None else None
        if lower is None or self.lower is None:
            return self.regex.search(text, pos, end)
        found = self.lower.search(lower, pos, end)
        return (
            None if found is None else self.regex.match(text, found.start(), end) or self.regex.search(text, pos, end)
        )

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        lower = _lowered(text) if self.lower is not None else None
        if lower is None or self.lower is None:
            return self.regex.match(text, pos, end)
        return self.regex.match(text, pos, end) if self.lower.match(lower, pos, end) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches :meth:`re.Pattern.finditer` gives, left to right, never overlapping."""
        end = len(text) if endpos is None else endpos
        while pos <= end and (m := self.search(text, pos, end)) is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1


class WordPattern:
    """A compiled pattern whose matches must start a word: the pattern with a leading ``(?<![\\w])``.

    A leading look-behind stops the regular-expression engine from skipping ahead to the pattern's possible first
    characters on its own; :func:`scan.fast_starts` gives them to every pattern a module defines, so the engine skips
    to each, and there rejects one inside a word at once ("h" in "nhân", "c" in "trước") instead of trying the
    pattern's alternatives there; a scan with nothing else to check (no ``needs``, ``starts`` or lower-case run) is
    then the engine's own ``finditer``, with no Python step per match. The word start is also checked in Python
    where a match is read back (the same matches, whichever way). The pattern never matches an empty string."""

    def __init__(
        self,
        pattern: str,
        flags: int = 0,
        *,
        also: str = "",
        needs: tuple[str, ...] = (),
        starts: tuple[str, ...] = (),
    ) -> None:
        self.regex = re.compile(rf"(?<![\w{re.escape(also)}])(?:{pattern})", flags)
        self.also = also  # characters that, before a match, also make it not a word start
        #: a pattern that ignores case also runs without the flag, in lower case, over the lower-cased text (about
        #: twice as fast: the engine compares characters as they are); a match found there is read again from the
        #: text as written, at the same start (an escape such as \S or \W would change its meaning: kept as is)
        self.lower = lower_case_pattern(self.regex)
        #: literal text every match holds one of (written as the text writes it): a text without any has no match,
        #: which ``str.find`` tells far faster than a scan ("Cụm công nghiệp" for a list of industrial clusters)
        self.needs = needs
        #: literal text every match starts with one of (as the text writes it): the pattern is then tried only where a
        #: scan of those words alone finds one, not at every position that starts with a frequent letter ("giao",
        #: "chỉ đạo")
        self.starts = starts
        self._starts = re.compile(grouped_words(sorted(starts, key=len, reverse=True)) or "(?!)")

    def _may_match(self, text: str, pos: int, end: int) -> bool:
        for need in self.needs:  # (a loop: a generator costs more than the finds on a short text)
            if text.find(need, pos, end) >= 0:
                return True
        return not self.needs

    def _starts_word(self, text: str, at: int) -> bool:
        if at == 0:
            return True
        before = text[at - 1]
        return not (before.isalnum() or before == "_" or before in self.also)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self._search(text, pos, end) if self._may_match(text, pos, end) else None

    def _search(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        if self.starts:
            return self._search_from_starts(text, pos, end)
        lower = _lowered(text) if self.lower is not None else None
        while True:
            if lower is not None and self.lower is not None:
                found = self.lower.search(lower, pos, end)
                if found is None:
                    return None
                m = self.regex.match(text, found.start(), end)
                if m is None:  # never, for the text's own letters; else on from the next character
                    pos = found.start() + 1
                    continue
            else:
                m = self.regex.search(text, pos, end)
            if m is None:
                return None
            if self._starts_word(text, m.start()):
                return m
            pos = m.start() + 1

    def _search_from_starts(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        """The first match at a word start where one of ``starts`` stands (every match starts with one)."""
        while (anchor := self._starts.search(text, pos, end)) is not None:
            at = anchor.start()
            if self._starts_word(text, at) and (m := self.regex.match(text, at, end)) is not None:
                return m
            pos = at + 1
        return None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        m = self.regex.match(text, pos, end)
        return m if m is not None and self._starts_word(text, m.start()) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if not self._may_match(text, pos, end):
            return iter(())
        if self.lower is None and not self.starts:
            return self.regex.finditer(text, pos, end)  # (its look-behind checks each start)
        return self._finditer(text, pos, end)

    def _finditer(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        while (m := self._search(text, pos, end)) is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1


def grouped_words(words: list[str], escape: Callable[[str], str] = re.escape) -> str:
    """Literal words as one alternation grouped by their first letter ("B(?:í thư|ộ trưởng)|C(?:hủ tịch)"): the engine
    then tries only the words of the letter it reads. Words of different letters never match at one place, and the
    order among those of one letter is kept, so the matches are those of ``"|".join(map(escape, words))`` (``escape``
    writes the rest of each word as a pattern; its first letter stays a literal)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(escape(word[1:]))
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(rest)})" for letter, rest in groups.items())


def word_tree(words: Iterable[str]) -> str:
    """Literal words as one pattern shaped as the tree of their shared beginnings ("Long (?:Hồ|Phú|Thành(?: Bắc)?)"):
    at each character the engine follows the one branch the text goes on with, instead of trying every word of a long
    list in turn. Where a word ends inside a longer one, the longer is tried first, and the engine comes back to the
    shorter only when what follows the pattern fails after the longer: a match is the longest word the rest of the
    pattern accepts, as in an alternation of the words, longest first ("" for no words)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]  # (one way on: no group)
    return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")  # (greedy: the longer word first)


def dispatched(alternatives: list[str], *, any_case: bool = False) -> str:
    """The alternation ``(?:a|b|...)`` of patterns, grouped by the characters they can start with
    (:func:`first_letters`): ``(?:(?=B)(?:Ban ...|Bộ ...)|(?=C)(?:Chính phủ|...)|...)``. At a position the engine then
    tries only the alternatives that can start with the character there, not all of them (a group of a hundred body
    names: about a quarter faster). An alternative sits in the group of every character it may start with, in its
    order, so the first one that matches is the same: the matches are those of the plain alternation (``any_case``: in
    a pattern that ignores case, or in both kinds, a letter's group also holds the alternatives of its other case). The
    alternatives hold no capturing group (one repeated in several groups would be numbered again); one whose first
    characters are not plain letters (a class range, ``\\d``) raises ValueError.

        dispatched(["Bộ Chính trị", "[Bb]an [Bb]í thư", "Chính phủ"])
        -> "(?:(?=B)(?:Bộ Chính trị|[Bb]an [Bb]í thư)|(?=b)(?:[Bb]an [Bb]í thư)|(?=C)(?:Chính phủ))"
    """
    firsts: list[set[str]] = []
    for alternative in alternatives:
        if re.compile(alternative).groups:
            raise ValueError(f"a capturing group in {alternative!r}")
        letters = first_letters(alternative)
        if "\\" in letters or "-" in letters[1:-1]:
            raise ValueError(f"not plain first letters in {alternative!r}: {letters!r}")
        cased = {c for letter in letters for c in ((letter, letter.lower(), letter.upper()) if any_case else letter)}
        firsts.append({c for c in cased if len(c) == 1})
    groups = []
    for char in dict.fromkeys(c for first in firsts for c in sorted(first)):
        mine = [a for a, first in zip(alternatives, firsts, strict=True) if char in first]
        groups.append(f"(?={re.escape(char)})(?:{'|'.join(mine)})")
    return f"(?:{'|'.join(groups)})"


def first_letters(pattern: str) -> str:
    """The characters a match of ``pattern`` can start with, as the body of a character class, for a leading
    look-ahead ``(?=[...])``: the engine then skips every position that cannot start a match at C speed, instead of
    trying each alternative there (several times faster on patterns that open with a group of words).

    Reads the patterns the extractors open with: literal characters, ``[...]`` classes and groups of alternatives
    (``(?:a|[Bb]c)``, ``(?P<x>...)``, nested). Anything else at the start (an optional first element, a look-around,
    ``\\d``, ``.``) raises ValueError, so a pattern changed into a shape this cannot read fails at import, never
    silently loses matches.

        first_letters(r"(?:[Đđ]ồng chí|[Ôô]ng)\\s+")  -> "Đđ" + "Ôô"
    """
    letters: list[str] = []
    _group_firsts(pattern, 0, len(pattern), letters)
    return "".join(dict.fromkeys(letters))


def _closing(pattern: str, i: int, bracket: str) -> int:
    """The index of the ``)`` or ``]`` closing the group or class whose body starts at ``i``."""
    depth, in_class = 1, bracket == "]"
    if in_class and pattern[i : i + 1] == "]":
        i += 1  # "[]...]": a leading "]" is a literal
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                if bracket == "]":
                    return i
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced pattern: {pattern!r}")


def _group_firsts(pattern: str, start: int, end: int, letters: list[str]) -> None:
    """The first characters of every alternative of ``pattern[start:end]`` (a group's body)."""
    alternative, i = start, start
    while True:
        if i == end or pattern[i] == "|":
            _element_firsts(pattern, alternative, i, letters)
            if i == end:
                return
            alternative = i + 1
            i += 1
        elif pattern[i] == "\\":
            i += 2
        elif pattern[i] in "([":
            i = _closing(pattern, i + 1, ")" if pattern[i] == "(" else "]") + 1
        else:
            i += 1


def _element_firsts(pattern: str, i: int, end: int, letters: list[str]) -> None:
    """The first characters of the alternative ``pattern[i:end]``: those of its first element, and of the next ones
    while the ones before may be absent (``(?:Ban )?Thường trực``) or read nothing (a look-around)."""
    start = i
    while i < end:
        c = pattern[i]
        if c == "(":
            body, close = i + 1, _closing(pattern, i + 1, ")")
            if pattern.startswith(("?=", "?!", "?<=", "?<!"), body):
                i = close + 1  # reads nothing: the next element starts the match
                continue
            if pattern.startswith("?:", body):
                body += 2
            elif pattern.startswith("?P<", body):
                body = pattern.index(">", body) + 1
            elif pattern.startswith("?", body):
                raise ValueError(f"a flag opens {pattern[i:end]!r}")
            _group_firsts(pattern, body, close, letters)
            after = close + 1
        elif c == "[":
            close = _closing(pattern, i + 1, "]")
            if pattern[i + 1] == "^":
                raise ValueError(f"a negated class opens {pattern[i:end]!r}")
            letters.append(pattern[i + 1 : close])
            after = close + 1
        elif c == "\\" and not pattern[i + 1].isalnum():
            letters.append(pattern[i : i + 2])  # an escaped punctuation character: a literal
            after = i + 2
        elif c in "\\.^$|)*+?{":
            raise ValueError(f"{c!r} opens {pattern[i:end]!r}")
        else:
            letters.append(re.escape(c) if c in "]^-" else c)
            after = i + 1
        if pattern[after : after + 1] in ("?", "*"):
            i = after + 1
        elif pattern.startswith("{0", after):
            i = pattern.index("}", after) + 1
        else:
            return  # this element is always there: what follows it never starts the match
        if pattern[i : i + 1] in ("?", "+"):
            i += 1  # a lazy or possessive quantifier
    raise ValueError(f"every element may be absent in {pattern[start:end]!r}")
