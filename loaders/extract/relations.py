"""Relations between the entities of one document, each with its sentence and span.

* IMPLEMENTS: a plan, programme or project, then a cue ("để cụ thể hóa", "triển khai thực hiện",
  "thực hiện", "ban hành kèm theo"), then the document(s) it carries out. Reports and reviews
  of an implementation are not implementations (GOLD_FORMAT, hard cases).
* CITES: the reported meeting (or the document itself when there is none) -> every document named.
* CONCLUDED: the official in a sentence about the conclusion ("Kết luận ...", "phát biểu kết luận").
* ASSIGNED_TO: "giao <body> chủ trì / là cơ quan đầu mối", "<project> tại xã X", "cho TP Vinh".
* ATTENDED {role}: chủ trì, đồng chủ trì, trình bày, phát biểu, dự.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.model import Locality, Meeting, Official, Organization, Relation
from loaders.extract.people import PersonMention, holder_of
from loaders.extract.projects import ProjectMention
from loaders.extract.resolutions import Found
from loaders.extract.text import Doc, key_of

_IMPLEMENT_CUE = re.compile(
    r"(?:để\s+)?cụ thể hóa|triển khai thực hiện|tổ chức thực hiện"
    r"|kế hoạch thực hiện|ban hành kèm theo|thực hiện|triển khai"
)
_NOT_IMPLEMENTERS = {"BC", "TTr", "BB", "NQ", "TB", "HP", "Luật", "KL", "NĐ", "TT"}
#: the conclusion of the meeting, not a "Kết luận" document: a sentence opening "Kết luận nội dung
#: này, ...", or "phát biểu kết luận", "chủ trì và kết luận", "kết luận hội nghị"
_CONCLUDE = re.compile(
    r"^\W*[Kk]ết luận(?!\s+(?:số|\d|của|[A-ZĐ]))"
    r"|(?:[Pp]hát biểu|[Cc]hủ trì và|đã|[Đđ]ồng chí [^,.]{0,40})\s+kết luận(?!\s+(?:số|\d))"
    r"|[Kk]ết luận (?:hội nghị|phiên họp|buổi làm việc|cuộc làm việc|kỳ họp)"
)
_ROLES = [("đồng chủ trì", "chủ trì"), ("chủ trì", "chủ trì"), ("trình bày", "trình bày"), ("phát biểu", "phát biểu"),
          ("điều hành", "chủ trì"), ("dự", "dự")]  # fmt: skip
_ASSIGN = re.compile(r"(?:giao|phân công)\s+(?:cho\s+)?")
_AT_PLACE = re.compile(r"(?:tại|ở|trên địa bàn)\s+(?:xã|phường|thị trấn|huyện|thị xã|thành phố|TP\.?)\s*")


@dataclass
class Mentioned:
    """A document or project mention, with its endpoint text as GOLD_FORMAT writes it."""

    ref: str
    kind: str
    start: int
    end: int


def _mentions(resolutions: list[Found], projects: list[ProjectMention]) -> list[Mentioned]:
    out = [Mentioned(f.resolution.key, f.resolution.kind, f.start, f.end) for f in resolutions]
    out += [Mentioned(p.project.name, "project", p.start, p.end) for p in projects]
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def implements(doc: Doc, mentions: list[Mentioned]) -> list[Relation]:
    relations: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    for s, e in doc.sentences():
        inside = [m for m in mentions if s <= m.start < e]
        for i, source in enumerate(inside):
            if source.kind in _NOT_IMPLEMENTERS:
                continue
            # the first cue after the source's own head words, and the documents right after it
            for target in inside[i + 1 :]:
                if target.ref == source.ref or target.kind == "project":
                    continue
                between = doc.match[source.start : target.start]
                cue = None
                for c in _IMPLEMENT_CUE.finditer(between):
                    cue = c
                if cue is None or len(between) - cue.end() > 40:
                    continue
                pair = (source.ref, target.ref)
                if pair in seen:
                    continue
                seen.add(pair)
                where = doc.span(source.start, target.end)
                relations.append(Relation("IMPLEMENTS", source.ref, target.ref, where, "implements.cue"))
    return relations


def cites(doc: Doc, resolutions: list[Found], meetings: list[Meeting]) -> list[Relation]:
    source = "meeting:0" if meetings else "doc"
    relations, seen = [], set()
    for f in resolutions:
        if f.resolution.key in seen:
            continue
        seen.add(f.resolution.key)
        relations.append(Relation("CITES", source, f.resolution.key, doc.span(f.start, f.end), "cites.mentioned"))
    return relations


def concluded(
    doc: Doc, people: list[PersonMention], officials: list[Official], meetings: list[Meeting]
) -> list[Relation]:
    if not meetings:
        return []
    names = {o.name.casefold() for o in officials}
    for s, e in doc.sentences():
        sentence = doc.match[s:e]
        cue = _CONCLUDE.search(sentence)
        if not cue:
            continue
        inside = [p for p in people if s <= p.start < e and p.name.casefold() in names]
        if inside:
            person = min(inside, key=lambda p: abs(p.start - (s + cue.start())))
            return [
                Relation(
                    "CONCLUDED", person.name, "meeting:0", doc.span(person.start, person.end), "concluded.sentence"
                )
            ]
        for official in officials:
            for title in official.titles:
                at = sentence.find(title)
                if at >= 0 and holder_of(title, officials) is official:
                    return [Relation("CONCLUDED", official.name, "meeting:0", doc.span(s + at, s + at + len(title)),
                                     "concluded.title")]  # fmt: skip
    return []


def attended(doc: Doc, people: list[PersonMention], meetings: list[Meeting]) -> list[Relation]:
    if not meetings:
        return []
    relations, seen = [], set()
    for p in people:
        _, e = doc.sentence_bounds(p.start)
        after = doc.match[p.end : e]
        for word, role in _ROLES:
            if re.search(rf"(?<![\w]){word}(?![\w])", after[:120]):
                if (p.name, role) not in seen:
                    seen.add((p.name, role))
                    relations.append(Relation("ATTENDED", p.name, "meeting:0", doc.span(p.start, p.end),
                                              "attended.role", {"role": role}))  # fmt: skip
                break
    return relations


def assigned(doc: Doc, mentions: list[Mentioned], organizations: list[Organization],
             localities: list[Locality]) -> list[Relation]:  # fmt: skip
    relations: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    orgs = sorted(organizations, key=lambda o: -len(o.name))
    for m in _ASSIGN.finditer(doc.match):
        target = next((o for o in orgs if doc.match.startswith(_norm_prefix(o.name, doc), m.end())), None)
        if target is None:
            continue
        before = [x for x in mentions if x.end <= m.start() and m.start() - x.end < 600]
        if not before:
            continue
        source = before[-1]
        if (source.ref, target.name) not in seen:
            seen.add((source.ref, target.name))
            relations.append(
                Relation("ASSIGNED_TO", source.ref, target.name, doc.span(m.start(), m.end()), "assigned.giao")
            )
    names = {key_of(loc.name): loc for loc in localities}
    for m in _AT_PLACE.finditer(doc.match):
        place = next(
            (loc for key, loc in names.items() if key_of(doc.match[m.end() : m.end() + len(key)]) == key), None
        )
        if place is None:
            continue
        before = [x for x in mentions if x.kind == "project" and x.end <= m.start() and m.start() - x.end < 80]
        for source in before[-2:]:
            if (source.ref, place.name) not in seen:
                seen.add((source.ref, place.name))
                relations.append(Relation("ASSIGNED_TO", source.ref, place.name, doc.span(m.start(), m.end()),
                                          "assigned.located"))  # fmt: skip
    return relations


def _norm_prefix(name: str, doc: Doc) -> str:
    from loaders.normalize import unify_tones

    return unify_tones(name)


def extract_relations(
    doc: Doc,
    resolutions: list[Found],
    projects: list[ProjectMention],
    people: list[PersonMention],
    officials: list[Official],
    meetings: list[Meeting],
    organizations: list[Organization],
    localities: list[Locality],
) -> list[Relation]:
    mentions = _mentions(resolutions, projects)
    return [
        *implements(doc, mentions),
        *cites(doc, resolutions, meetings),
        *concluded(doc, people, officials, meetings),
        *assigned(doc, mentions, organizations, localities),
        *attended(doc, people, meetings),
    ]
