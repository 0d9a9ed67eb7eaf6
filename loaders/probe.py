"""A recall probe for unlabeled text: where the extractor probably missed something.

With no gold to score against, the probe reads a text the way a reviewer would and lists what looks
like a fact the extraction did not return. Each signal is a cheap, independent reading of the text
(not the extractor's own rules, so it can see what they miss), checked against the extraction:

* ``symbol``: a document symbol in the text ("45/KH-UBND", "57-NQ/TW", "15/2023/QH15") that no
  extracted resolution covers;
* ``implements``: a sentence with an implementing cue ("thực hiện", "triển khai", "cụ thể hóa",
  "ban hành kèm theo") and two or more documents, with no IMPLEMENTS read from it;
* ``meeting``: a text with a meeting word ("hội nghị", "phiên họp", "kỳ họp", "đại hội", "tọa đàm",
  "làm việc với" ...) and a date, and no meeting extracted (one per text);
* ``assigned``: a sentence that gives a unit a task ("giao Sở Tài chính ...") or places a project
  ("Dự án X tại xã Y", "Cụm công nghiệp X, huyện Y"), with no ASSIGNED_TO read from it;
* ``official``: a post title ("Bí thư", "Chủ tịch", "Giám đốc" ...) next to a capitalised personal
  name that no extracted official covers.

A signal is a lead, not an error: some are true misses, some are the probe's own false alarms. The
counts are for comparing runs of the extractor on the same texts (drive them down).

    report = probe_texts([("doc-1", text, "2025-06")])
    report.totals                      # {"symbol": 3, "implements": 1, ...}
    report.documents[0].hits[0]        # Hit(signal, doc, text, sentence, start)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from loaders.extract import extract
from loaders.extract.lexicon import LOWER, POSTS, PROVINCES, SURNAMES, UPPER
from loaders.extract.model import Extraction, Span
from loaders.extract.text import Doc, key_of


@dataclass(frozen=True)
class Signal:
    id: str
    what: str


SIGNALS = [
    Signal("symbol", "a document symbol in the text that no extracted resolution covers"),
    Signal("implements", "a sentence with an implementing cue and two documents but no IMPLEMENTS"),
    Signal("meeting", "a text with a meeting word and a date but no meeting"),
    Signal("assigned", "a task given to a unit, or a project placed, with no ASSIGNED_TO in its sentence"),
    Signal("official", "a post title beside a personal name that no extracted official covers"),
]
SIGNAL_IDS = [s.id for s in SIGNALS]

# --- what the probe reads (deliberately broader than the extractor's rules) -------------------

#: any number-and-letters symbol: "57-NQ/TW", "45/KH-UBND", "01/2024/NQ-HĐND", "15/2023/QH15", "57 - NQ/TW"
_SYMBOL = re.compile(
    r"(?<![\w/.])\d{1,5}(?:/(?:19|20)\d{2})?\s?[-/–]\s?[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s?[-/]\s?[A-ZĐ][A-Za-zĐđ0-9&]*)*"
)
#: the words that say one document carries out another
_IMPLEMENT_CUE = re.compile(r"(?i)thực hiện|triển khai|cụ thể hóa|ban hành kèm theo|hướng dẫn thi hành")
#: a document named in a sentence: a capitalised kind word, or a symbol on its own
_DOCUMENT = re.compile(
    r"(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Chương trình|Đề án|Dự án|Thông báo|Hướng dẫn|Quy định"
    r"|Luật|Nghị định|Thông tư|Công văn|Quy hoạch)(?![\w])"
)
#: a meeting word (any case; tone placement is unified before matching)
_MEETING = re.compile(
    r"(?<![\w])(?:(?i:hội nghị|phiên họp|kỳ họp|đại hội|tọa đàm|hội thảo|buổi làm việc|làm việc với|lễ công bố"
    r"|lễ trao|phiên trù bị|phiên bế mạc|phiên khai mạc)|[Gg]iao ban)(?![\w])"  # "giao Ban Quản lý ...": a task
)
#: a meeting word that names a document or an event still to come: "Nghị quyết Đại hội XIII", "chuẩn bị Đại hội"
_NOT_HELD_BEFORE = re.compile(
    r"(?i)(?:nghị quyết|văn kiện|chuẩn bị|tiến tới|chào mừng|trình|sẽ|dự kiến|kỳ|thông tin về|trung tâm)"
    r"\s+(?:các\s+)?$"  # ... and a venue: "tại Trung tâm Hội nghị tỉnh"
)
#: a date: "12/3", "12-3-2025", "ngày 5 tháng 12", "(25/2)", "3.3", "Hôm nay (25/2)"
_DATE = re.compile(
    r"(?<![\d/.,])(?:[0-3]?\d\s?[/.-]\s?[01]?\d(?:\s?[/.-]\s?(?:19|20)\d{2})?)(?![\d/]|\.\d)"
    r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}"
)
_UNIT_HEAD = (
    r"(?:Sở|UBND|Ủy ban|Ban|Bộ|Công an|Bộ Chỉ huy|Văn phòng|Thanh tra|Đảng ủy|Đảng đoàn|Huyện ủy|Thành ủy|Tỉnh ủy"
    r"|Thị ủy|Mặt trận|Liên đoàn|Hội|Đoàn|Cục|Chi cục|Trung tâm|Kho bạc|Ngân hàng|Báo|Đài|Trường|Các sở|các sở"
    r"|các cơ quan|các đơn vị|các địa phương|các huyện|địa phương|[Hh]uyện|[Xx]ã|[Tt]hành phố|TP\.?|[Tt]hị xã)"
)
#: a task given to a unit: "giao Sở Tài chính", "giao cho UBND huyện", "giao nhiệm vụ cho các sở"
_GIVES = re.compile(rf"(?<![\w])(?:[Gg]iao|[Pp]hân công)\s+(?:nhiệm vụ\s+)?(?:cho\s+)?{_UNIT_HEAD}(?![\w])")
#: a place after a project, in apposition or after "tại": "Dự án X tại xã Y", "Cụm công nghiệp X, huyện Y"
_PLACED = re.compile(
    r"\s*(?:,\s*|\s+(?:tại|ở|trên địa bàn|thuộc)\s+)(?:xã|phường|thị trấn|huyện|thị xã|thành phố|TP\.?|quận|tỉnh"
    r"|các xã|các huyện)(?![\w])"
)
_POST = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in POSTS) + r")(?![\w])", re.IGNORECASE)
_SURNAME = "|".join(sorted(map(re.escape, SURNAMES), key=len, reverse=True))
#: a personal name: a known surname and one to three capitalised words ("Nguyễn Văn A", "Lò Văn Phúc")
_NAME = re.compile(rf"(?<![\w])(?:{_SURNAME})(?: [{UPPER}][{LOWER}]*){{1,3}}(?![\w])")  # on one line
_PROVINCE_KEYS = {key_of(p) for p in PROVINCES}
#: a level word right before a name makes it a place ("tỉnh Hà Tĩnh", "xã Lê Lợi")
_LEVEL_BEFORE = re.compile(r"(?:tỉnh|huyện|xã|phường|thị xã|thành phố|TP\.?|quận|thị trấn|ủy|đường|trường|Trường)\s*$")
_POST_AFTER = re.compile(r"\s*[,(–-]\s*(?:[Pp]hó\s+|[Nn]guyên\s+)?(?:" + "|".join(re.escape(p) for p in POSTS) + ")")
_NEAR = 80
#: "báo cáo kết quả thực hiện ...", "sơ kết 5 năm triển khai ...": a review cites, it does not implement
_REVIEW_BEFORE = re.compile(
    r"(?i)(?:kết quả|tổng kết|sơ kết|đánh giá|báo cáo|kiểm tra|giám sát|tinh thần|năm thứ|năm đầu)[^.;]*$"
)
_REVIEW_WINDOW = 60  # characters before the cue
#: bodies that open with a surname-like word ("Đoàn Chủ tịch", "Đoàn Thư ký")
_NOT_NAMES = re.compile(
    r"Đoàn (?:Chủ|Thư|Thanh|Kiểm|Giám|Công|Đại)|Văn (?:Phòng|Kiện)"
)  # characters between a post title and the name it belongs to


@dataclass(frozen=True)
class Hit:
    """One signal: what was read (``text``, at ``start``) and its sentence."""

    signal: str
    doc: str
    text: str
    sentence: str
    start: int

    def as_dict(self) -> dict[str, Any]:
        return {"signal": self.signal, "doc": self.doc, "text": self.text, "sentence": self.sentence,
                "start": self.start}  # fmt: skip


@dataclass
class DocumentProbe:
    doc: str
    characters: int
    hits: list[Hit] = field(default_factory=list)
    error: str | None = None
    #: candidates each signal examined (symbols, implementing sentences, ...), missed or not: the denominator
    seen: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SIGNAL_IDS, 0))

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(SIGNAL_IDS, 0)
        for hit in self.hits:
            counts[hit.signal] += 1
        return counts


@dataclass
class ProbeReport:
    documents: list[DocumentProbe] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, int]:
        totals = dict.fromkeys(SIGNAL_IDS, 0)
        for d in self.documents:
            for signal, n in d.counts.items():
                totals[signal] += n
        return totals

    @property
    def seen(self) -> dict[str, int]:
        """For each signal, the candidates examined in all documents (found by extraction or not)."""
        seen = dict.fromkeys(SIGNAL_IDS, 0)
        for d in self.documents:
            for signal, n in d.seen.items():
                seen[signal] += n
        return seen

    @property
    def documents_with(self) -> dict[str, int]:
        """For each signal, how many documents show it at least once."""
        return {s: sum(1 for d in self.documents if d.counts[s]) for s in SIGNAL_IDS}

    def examples(self, signal: str, n: int) -> list[Hit]:
        """Up to ``n`` hits of ``signal``, from as many documents as possible (each document's first hit first)."""
        hits = [[h for h in d.hits if h.signal == signal] for d in self.documents]
        firsts = [h[0] for h in hits if h]
        rest = [x for h in hits for x in h[1:]]
        return (firsts + rest)[:n]

    def as_dict(self, examples: int = 0) -> dict[str, Any]:
        return {
            "documents": len(self.documents),
            "failed": [{"doc": d.doc, "error": d.error} for d in self.documents if d.error],
            "signals": {s.id: s.what for s in SIGNALS},
            "totals": self.totals,
            "seen": self.seen,
            "documents_with": self.documents_with,
            "per_document": [{"doc": d.doc, "characters": d.characters, **d.counts} for d in self.documents],
            "examples": {s: [h.as_dict() for h in self.examples(s, examples)] for s in SIGNAL_IDS} if examples else {},
        }


def _overlaps(spans: Iterable[Span], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def probe_extraction(doc_id: str, text: str, extraction: Extraction, published: str | None = None) -> DocumentProbe:
    """The signals of one text against what was extracted from it."""
    d = Doc.of(text, published)
    sentences = d.sentences()
    result = DocumentProbe(doc_id, len(text))

    def hit(signal: str, start: int, end: int) -> None:
        s, e = d.sentence_bounds(start)
        result.hits.append(Hit(signal, doc_id, text[start:end], text[s:e].strip(), start))

    # a numbered đề án is a project ("Đề án số 04-ĐA/TU", GOLD_FORMAT): its symbol is covered by the project
    resolution_spans = [span for r in extraction.resolutions for span in r.mentions]
    resolution_spans += [span for p in extraction.projects for span in p.mentions]
    official_spans = [span for o in extraction.officials for span in o.mentions]
    official_keys = {key_of(o.name) for o in extraction.officials}
    place_keys = {key_of(loc.name) for loc in extraction.localities} | _PROVINCE_KEYS

    def relation_spans(kind: str) -> list[Span]:
        return [r.where for r in extraction.relations if r.type == kind]

    implements, assigned = relation_spans("IMPLEMENTS"), relation_spans("ASSIGNED_TO")
    assigned_sources = {r.source for r in extraction.relations if r.type == "ASSIGNED_TO"}

    for m in _SYMBOL.finditer(d.match):
        tail = m.group(0).split("/", 1)[-1]
        if sum(ch.isupper() for ch in tail) < 2 and not re.search(r"[A-ZĐ]{2}", m.group(0)):
            continue
        result.seen["symbol"] += 1
        if not _overlaps(resolution_spans, m.start(), m.end()):
            hit("symbol", m.start(), m.end())

    for s, e in sentences:
        sentence = d.match[s:e]
        cue = _IMPLEMENT_CUE.search(sentence)
        if cue and not _REVIEW_BEFORE.search(sentence, max(0, cue.start() - _REVIEW_WINDOW), cue.start()):
            documents = [x.start() for x in _DOCUMENT.finditer(sentence)]
            documents += [  # a symbol with no kind word before it is one more document
                x.start()
                for x in _SYMBOL.finditer(sentence)
                if not _DOCUMENT.search(sentence, max(0, x.start() - 30), x.start())
            ]
            if len(documents) >= 2:
                result.seen["implements"] += 1
                if not _overlaps(implements, s, e):
                    hit("implements", s + cue.start(), s + cue.end())
        given = _GIVES.search(sentence)  # one task-giving sentence is one candidate
        if given:
            result.seen["assigned"] += 1
            if not _overlaps(assigned, s, e):
                hit("assigned", s + given.start(), s + given.end())

    for p in extraction.projects:
        for span in p.mentions:  # a project placed where it is named: one candidate per project
            if placed := _PLACED.match(d.match, span.end):
                result.seen["assigned"] += 1
                if p.name not in assigned_sources:
                    hit("assigned", span.start, placed.end())
                break

    for s, e in sentences:
        word = next(
            (
                w
                for w in _MEETING.finditer(d.match, s, e)
                if not _NOT_HELD_BEFORE.search(d.match, max(s, w.start() - 20), w.start())
            ),
            None,
        )
        if word and (_DATE.search(d.match, s, e) or _DATE.search(d.match, 0, min(len(d.match), 400))):
            result.seen["meeting"] += 1
            if not extraction.meetings:
                hit("meeting", word.start(), word.end())
            break

    post_ends = [p.end() for p in _POST.finditer(d.match)]
    previous_name = 0
    for name in _NAME.finditer(d.match):
        key = key_of(name.group(0))
        if (
            key in place_keys
            or _NOT_NAMES.match(name.group(0))
            or _LEVEL_BEFORE.search(d.match, max(0, name.start() - 12), name.start())
        ):
            continue
        # titled: a post right after it ("A, Bí thư Tỉnh ủy"), or a post before it in its sentence with no
        # other name between ("Chủ tịch UBND tỉnh A")
        s, _ = d.sentence_bounds(name.start())
        i = bisect.bisect_right(post_ends, name.start())
        before = i > 0 and post_ends[i - 1] > max(s, previous_name, name.start() - _NEAR)
        previous_name = name.end()
        if not (before or _POST_AFTER.match(d.match, name.end())):
            continue
        result.seen["official"] += 1
        if key not in official_keys and not _overlaps(official_spans, name.start(), name.end()):
            hit("official", name.start(), name.end())
    return result


def probe_text(doc_id: str, text: str, published: str | None = None) -> DocumentProbe:
    """Extract ``text`` and probe it; an extraction that fails is reported on the document, not raised."""
    try:
        extraction = extract(text, published=published, doc=doc_id)
    except Exception as exc:  # a refused or failing text is one document's error, the rest go on
        message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
        return DocumentProbe(doc_id, len(text), error=message)
    return probe_extraction(doc_id, text, extraction, published)


def probe_texts(texts: Iterable[tuple[str, str, str | None]]) -> ProbeReport:
    """Probe ``(doc id, text, published)`` triples."""
    return ProbeReport([probe_text(doc_id, text, published) for doc_id, text, published in texts])
