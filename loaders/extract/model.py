"""Value objects of the extraction stage, and their GOLD_FORMAT rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Span:
    """Where something was read: character offsets into the normalized text, and its sentence."""

    start: int
    end: int
    sentence: str

    def as_dict(self) -> dict[str, Any]:
        return {"span": [self.start, self.end], "evidence": self.sentence}


@dataclass
class Resolution:
    key: str
    kind: str
    number: str | None
    issuer: str | None = None
    issuer_code: str | None = None
    issued_on: str | None = None
    level: str | None = None
    title: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Official:
    name: str
    titles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Meeting:
    body: str
    date: str | None
    province: str | None
    kind: str
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Project:
    name: str
    kind: str
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Locality:
    name: str
    level: str | None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Organization:
    name: str
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Relation:
    """``source``/``target`` name entities as GOLD_FORMAT does (key, name, ``meeting:I``, ``doc``)."""

    type: str
    source: str
    target: str
    where: Span
    extractor: str
    properties: dict[str, str] = field(default_factory=dict)


#: The entity lists of an :class:`Extraction` a :class:`Ref` can point into.
EntityKind = Literal["resolution", "official", "meeting", "project", "locality", "organization", "doc"]


@dataclass(frozen=True)
class Ref:
    """A typed reference to one entity of an :class:`Extraction`: its list and its index there
    (``Ref("doc")`` is the document itself)."""

    kind: EntityKind
    index: int = 0


SCORED_RELATIONS = {"IMPLEMENTS", "CITES", "CONCLUDED", "ASSIGNED_TO"}


@dataclass
class Extraction:
    """Everything one document yields."""

    doc: str
    published: str | None
    resolutions: list[Resolution] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    localities: list[Locality] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def ref(self, name: str, prefer: tuple[EntityKind, ...] = ()) -> Ref | None:
        """The entity a relation's endpoint names (``doc``, ``meeting:I``, a symbol or a name, exactly as the
        extractors wrote it), as a typed reference; ``prefer`` orders the lists tried first."""
        if name == "doc":
            return Ref("doc")
        if name.startswith("meeting:") and name[8:].isdigit():
            index = int(name[8:])
            return Ref("meeting", index) if index < len(self.meetings) else None
        names: dict[EntityKind, list[str]] = {
            "resolution": [r.key for r in self.resolutions],
            "official": [o.name for o in self.officials],
            "project": [p.name for p in self.projects],
            "organization": [o.name for o in self.organizations],
            "locality": [loc.name for loc in self.localities],
        }
        for kind in (*prefer, *names):
            if kind in names and name in names[kind]:
                return Ref(kind, names[kind].index(name))
        return None

    def endpoints(self, relation: Relation) -> tuple[Ref | None, Ref | None]:
        """A relation's source and target as typed references (an assignee is a body before a place)."""
        prefer: tuple[EntityKind, ...] = ("organization",) if relation.type == "ASSIGNED_TO" else ()
        return self.ref(relation.source), self.ref(relation.target, prefer)

    def to_gold(self) -> dict[str, Any]:
        """The GOLD_FORMAT shape, with spans and evidence as extra fields."""

        def mentions(spans: list[Span]) -> list[dict[str, Any]]:
            return [s.as_dict() for s in spans[:5]]

        def relation(r: Relation) -> dict[str, Any]:
            return {"type": r.type, "source": r.source, "target": r.target, **r.properties,
                    **r.where.as_dict(), "extractor": r.extractor}  # fmt: skip

        return {
            "doc": self.doc,
            "published": self.published,
            "resolutions": [
                {"key": r.key, "kind": r.kind, "number": r.number, "issuer": r.issuer, "issuer_code": r.issuer_code,
                 "issued_on": r.issued_on, "level": r.level, "title": r.title, "mentions": mentions(r.mentions)}
                for r in self.resolutions
            ],
            "officials": [
                {"name": o.name, "titles": o.titles, "mentions": mentions(o.mentions)} for o in self.officials
            ],
            "meetings": [{"body": m.body, "date": m.date, "province": m.province, "kind": m.kind,
                          "mentions": mentions(m.mentions)} for m in self.meetings],
            "projects": [{"name": p.name, "kind": p.kind, "mentions": mentions(p.mentions)} for p in self.projects],
            "localities": [{"name": loc.name, "level": loc.level, "mentions": mentions(loc.mentions)}
                           for loc in self.localities],
            "organizations": [{"name": o.name, "mentions": mentions(o.mentions)} for o in self.organizations],
            "relations": [relation(r) for r in self.relations if r.type in SCORED_RELATIONS],
            "extra_relations": [relation(r) for r in self.relations if r.type not in SCORED_RELATIONS],
        }  # fmt: skip
