"""Resolve: one document's extraction in, canonical graph rows out (pure; no database).

The extraction names things as the text does ("Nghị quyết 57", "huyện Anh Sơn", "Bí thư Tỉnh
ủy Nguyễn Đức Trung"). This stage gives every entity its canonical key, so that the same
thing in two documents becomes one node:

* **Resolution**: the official symbol, ``@province`` for local documents (a ``05-CT/TU`` of
  Nghệ An is not one of Hà Tĩnh), ``:year`` when the issue date is known and the symbol does not
  carry a year (Party numbering restarts each term, State numbering each year). A reference
  without a date links to the only candidate, or to the most recent one issued before the
  citing document, and the edge records ``inferred``; see :class:`ResolutionIndex`.
* **Official**: the name, ``@province`` (same name in the same province is one person; never
  merged across provinces on a name alone). Titles become ``HOLDS {title, as_of}`` edges.
* **Locality**: the key of :mod:`loaders.gazetteer` when it knows the unit, looked up by name,
  level, the document's province and date (the era: before or after the 1 July 2025 reform):
  ``tinh/nghe-an``, ``huyen/anh-son@nghe-an``, ``xa/anh-son@nghe-an``, ``tinh/tuyen-quang:2025``
  (see the gazetteer for the full scheme). Its node carries ``level``, ``code``, ``era``,
  ``province``, ``parent`` and ``valid_to`` (units the reform ended) or ``valid_from`` (units it
  made); PART_OF goes to the parent unit (district, province) and MERGED_INTO from an ended
  unit to what it became. Unknown names, and regions, keep ``level/name@province``.
* **Organization**, **Project**, **Meeting**: normalized names (+ province, + date).

Every decision that merges a mention into an existing identity is recorded in
:attr:`Resolved.decisions` so that it can be reviewed (``dg load`` writes them to a log).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.model import Label, RelType
from kernel.text import fold, slug, tone_key
from loaders import gazetteer
from loaders.gazetteer import Gazetteer, Unit
from loaders.write import Source

CENTRAL_CODES = {"TW", "CP", "TTG", "QH", "VPCP", "BCT", "BBT", "TTGCP", "CTN"}
_YEAR_IN_SYMBOL = re.compile(r"/(19|20)\d\d/")
ABBREVIATIONS = {
    "btv": "ban thường vụ",
    "bch": "ban chấp hành",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "bcs": "ban cán sự",
    "ubkt": "ủy ban kiểm tra",
    "tp": "thành phố",
    "tw": "trung ương",
    "tt&tt": "thông tin và truyền thông",
    "kh&đt": "kế hoạch và đầu tư",
    "kh&cn": "khoa học và công nghệ",
    "gd&đt": "giáo dục và đào tạo",
    "nn&ptnt": "nông nghiệp và phát triển nông thôn",
    "lđ-tb&xh": "lao động - thương binh và xã hội",
}
#: Post words that open a title; what follows them names the body ("Bí thư Tỉnh ủy" -> Tỉnh ủy).
POSTS = sorted(
    [
        "Ủy viên dự khuyết Trung ương Đảng",
        "Ủy viên Ban Chấp hành Trung ương Đảng",
        "Ủy viên Trung ương Đảng",
        "Ủy viên Ban Thường vụ",
        "Ủy viên",
        "Tổng Bí thư",
        "Bí thư",
        "Phó Bí thư Thường trực",
        "Phó Bí thư",
        "Chủ tịch",
        "Phó Chủ tịch Thường trực",
        "Phó Chủ tịch",
        "Giám đốc",
        "Phó Giám đốc",
        "Trưởng",
        "Phó Trưởng",
        "Chủ nhiệm",
        "Phó Chủ nhiệm",
        "Chánh Văn phòng",
        "Phó Chánh Văn phòng",
        "Chánh án",
        "Viện trưởng",
        "Thủ tướng Chính phủ",
        "Thủ tướng",
        "Bộ trưởng",
        "Thứ trưởng",
        "Chủ tịch nước",
        "Chủ tịch Quốc hội",
        "Tư lệnh",
        "Chỉ huy trưởng",
        "Cục trưởng",
        "Tổng Giám đốc",
    ],
    key=len,
    reverse=True,
)
_PARTY_POSTS = ("bi thu", "pho bi thu")
_STATE_POSTS = ("chu tich", "pho chu tich")


def expand(name: str) -> str:
    """Abbreviations expanded, word by word ("UBND tỉnh" -> "ủy ban nhân dân tỉnh")."""
    words = []
    for word in name.split():
        words.append(ABBREVIATIONS.get(tone_key(word), word))
    return " ".join(words)


def _province_slug(province: str | None) -> str | None:
    return slug(province) if province else None


def _at(base: str, province: str | None) -> str:
    return f"{base}@{province}" if province else base


def is_central_org(name: str) -> bool:
    folded = fold(expand(name))
    return (
        "trung uong" in folded
        or "quoc hoi" in folded
        or "chinh phu" in folded
        or folded.startswith(("bo ", "cuc "))
        or folded in {"bo chinh tri", "ban bi thu", "mat tran to quoc viet nam"}
    )


def org_key(name: str, province: str | None, province_names: Iterable[str] = ()) -> str:
    """Folded, abbreviations expanded, a trailing province name dropped; ``@province`` if local."""
    folded = fold(expand(name))
    for prov in sorted({fold(p) for p in province_names if p}, key=len, reverse=True):
        if folded.endswith(" " + prov) and len(folded) > len(prov) + 1:
            folded = folded[: -len(prov) - 1]
            break
    base = slug(folded)
    return base if is_central_org(name) else _at(base, province)


def split_title(title: str) -> tuple[str, str]:
    """(post, body) of a title: "Bí thư Tỉnh ủy Nghệ An" -> ("Bí thư", "Tỉnh ủy Nghệ An")."""
    key = tone_key(title)
    for post in POSTS:
        if key.startswith(tone_key(post)) and (len(key) == len(post) or key[len(post)] == " "):
            return title[: len(post)], title[len(post) :].strip(" ,-–")
    return title, ""


@dataclass(frozen=True)
class DocumentInfo:
    """What the resolver needs to know of the source document."""

    key: str
    title: str = ""
    published: str | None = None
    source: str = ""
    path: str = ""


@dataclass
class NodeRow:
    label: Label
    key: str
    props: dict[str, Any]


@dataclass
class EdgeRow:
    type: RelType
    source: str
    target: str
    id: str = ""
    props: dict[str, Any] = field(default_factory=dict)
    provenance: Source | None = None


@dataclass
class Resolved:
    """The graph rows one document contributes."""

    doc: DocumentInfo
    province: str | None
    nodes: list[NodeRow] = field(default_factory=list)
    edges: list[EdgeRow] = field(default_factory=list)
    decisions: list[dict[str, str]] = field(default_factory=list)
    inferred: set[str] = field(default_factory=set)  # keys reached by an undated reference


class ResolutionIndex:
    """Dated resolutions known so far, by symbol (and province): the candidates for undated references."""

    def __init__(self) -> None:
        self._by_symbol: dict[str, dict[str, str]] = {}

    def add(self, symbol_key: str, key: str, issued_on: str) -> None:
        self._by_symbol.setdefault(symbol_key, {})[key] = issued_on

    def candidates(self, symbol_key: str) -> dict[str, str]:
        return self._by_symbol.get(symbol_key, {})

    def pick(self, symbol_key: str, before: str | None) -> str | None:
        """The only candidate, else the most recent issued on or before ``before``, else the most recent."""
        found = self.candidates(symbol_key)
        if not found:
            return None
        if len(found) == 1:
            return next(iter(found))
        dated = sorted(found.items(), key=lambda kv: (kv[1], kv[0]))
        if before:
            earlier = [k for k, issued in dated if issued[: len(before)] <= before]
            if earlier:
                return earlier[-1]
        return dated[-1][0]


def _symbol_key(res: dict[str, Any], province: str | None) -> str:
    symbol = str(res.get("key") or "").strip()
    code = str(res.get("issuer_code") or "").upper() or _issuer_code(symbol)
    local = code.replace("Đ", "D") not in CENTRAL_CODES and not code.startswith(("B", "QH", "UBTVQH"))
    return _at(symbol, province) if local and province else symbol


def _issuer_code(symbol: str) -> str:
    """The issuer code of a symbol: after the last '/' (Party) or after the last '-' (State)."""
    if "-" in symbol and symbol.rfind("-") > symbol.rfind("/"):
        return symbol.rsplit("-", 1)[1]
    return symbol.rsplit("/", 1)[-1] if "/" in symbol else ""


def dated_key(res: dict[str, Any], province: str | None) -> str | None:
    """The key of a numbered resolution whose issue date is known (None otherwise)."""
    if not res.get("number") or not res.get("issued_on"):
        return None
    base = _symbol_key(res, province)
    if _YEAR_IN_SYMBOL.search(str(res.get("key"))):
        return base
    return f"{base}:{str(res['issued_on'])[:4]}"


def _unit_props(gaz: Gazetteer, unit: Unit) -> dict[str, Any]:
    """A known unit's node properties, all from the gazetteer (the same from every document).

    ``era`` is 2024 (a unit the reform ended: ``valid_to``), 2025 (a unit it made:
    ``valid_from``) or 2024-2025 (a unit it left as it was; described as it is now)."""
    same = gaz.counterpart(unit)
    now = unit if same is None or unit.era == gazetteer.CURRENT else same
    up = gaz.parent(now)
    props: dict[str, Any] = {
        "name": now.display,
        "level": now.level,
        "code": now.code,
        "era": now.era if same is None else f"{gazetteer.LEGACY}-{gazetteer.CURRENT}",
        "province": now.province,
        "parent": up.display if up is not None else None,
    }
    if same is None:
        props["valid_to" if now.era == gazetteer.LEGACY else "valid_from"] = gazetteer.REFORM
    return props


class Resolver:
    """Turns one document's extraction (GOLD_FORMAT shape) into graph rows."""

    def __init__(self, index: ResolutionIndex | None = None, provinces: Iterable[str] = ()) -> None:
        self.index = index or ResolutionIndex()
        self.provinces = list(provinces)

    # -- context ---------------------------------------------------------------------------

    @staticmethod
    def document_province(extraction: dict[str, Any]) -> str | None:
        for meeting in extraction.get("meetings") or []:
            if meeting.get("province"):
                return str(meeting["province"])
        counts = Counter(str(loc["name"]) for loc in extraction.get("localities") or [] if loc.get("level") == "tỉnh")
        return counts.most_common(1)[0][0] if counts else None

    @staticmethod
    def document_date(doc: DocumentInfo, extraction: dict[str, Any]) -> str | None:
        if doc.published:
            return doc.published
        dates = sorted(str(m["date"]) for m in extraction.get("meetings") or [] if m.get("date"))
        return dates[-1] if dates else None

    def undated_symbols(self, extraction: dict[str, Any]) -> set[str]:
        """Symbol keys of the numbered references without a date (to look up candidates for)."""
        province = _province_slug(self.document_province(extraction))
        return {
            _symbol_key(res, province)
            for res in extraction.get("resolutions") or []
            if res.get("number") and not res.get("issued_on")
        }

    def remember(self, extraction: dict[str, Any]) -> None:
        """Add a document's dated resolutions to the index before resolving (two-pass loads)."""
        province = _province_slug(self.document_province(extraction))
        for res in extraction.get("resolutions") or []:
            key = dated_key(res, province)
            if key:
                self.index.add(_symbol_key(res, province), key, str(res["issued_on"]))

    # -- resolve ---------------------------------------------------------------------------

    def resolve(self, doc: DocumentInfo, extraction: dict[str, Any]) -> Resolved:
        province_name = self.document_province(extraction)
        province = _province_slug(province_name)
        as_of = self.document_date(doc, extraction)
        out = Resolved(doc=doc, province=province_name)
        names: dict[str, str] = {}  # endpoint text -> node key
        labels: dict[str, Label] = {}
        provinces = [*self.provinces, *(loc["name"] for loc in extraction.get("localities") or [])]

        def node(label: Label, key: str, props: dict[str, Any], *refs: str | None) -> str:
            out.nodes.append(NodeRow(label, key, props))
            out.edges.append(EdgeRow(RelType.MENTIONED_IN, key, doc.key, provenance=Source(doc.key)))
            labels[key] = label
            for ref in refs:
                if ref:
                    names.setdefault(ref, key)
                    names.setdefault(fold(ref), key)
            return key

        out.nodes.append(
            NodeRow(
                Label.DOCUMENT,
                doc.key,
                {
                    "title": doc.title,
                    "published": doc.published,
                    "source": doc.source,
                    "path": doc.path,
                },
            )
        )

        orgs: dict[str, str] = {}

        def organization(name: str, kind: str | None = None) -> str:
            if name not in orgs:
                local = not is_central_org(name)
                props = {"name": name, "kind": kind, "province": province_name if local else None}
                orgs[name] = node(Label.ORGANIZATION, org_key(name, province, provinces), props, name)
            return orgs[name]

        for org in extraction.get("organizations") or []:
            if org.get("name"):
                organization(str(org["name"]), org.get("kind"))

        for res in extraction.get("resolutions") or []:
            key = self._resolution_key(res, province, as_of, out)
            level = res.get("level") or self._level(res)
            props = {k: res.get(k) for k in ("kind", "number", "issuer", "issuer_code", "issued_on", "title")}
            numbered = bool(res.get("number"))
            props.update(
                symbol=res.get("key") if numbered else None,
                level=level,
                symbol_key=_symbol_key(res, province) if numbered else None,
                province=province_name if province and "@" in key else None,
            )
            if not props.get("title") and not res.get("number"):
                props["title"] = res.get("key")
            node(Label.RESOLUTION, key, props, res.get("key"))
            if res.get("issuer"):
                issuer = organization(str(res["issuer"]))
                out.edges.append(EdgeRow(RelType.ISSUED_BY, key, issuer, provenance=Source(doc.key)))

        gaz = gazetteer.load()
        told = Source(doc.key, extractor="gazetteer")
        written: set[str] = set()  # units whose edges are out already

        def unit_node(unit: Unit, *refs: str | None) -> str:
            """A known unit, its parents (PART_OF) and, for a unit the reform ended, what it became.

            Parents and successors are written as mentioned by the document too, so that they
            leave the graph with the last document that brought them."""
            key = gaz.key(unit)
            if key in written:
                if refs:
                    node(Label.LOCALITY, key, _unit_props(gaz, unit), *refs)  # one more name for it
                return key
            written.add(key)
            node(Label.LOCALITY, key, _unit_props(gaz, unit), *refs)
            same = gaz.counterpart(unit)
            for u in sorted([unit, same] if same is not None else [unit], key=lambda u: u.era):
                up = gaz.parent(u)
                if up is not None:  # an unchanged commune was under its district until the reform
                    props: dict[str, Any] = {}
                    if same is not None and u.era == gazetteer.LEGACY:
                        props["valid_to"] = gazetteer.REFORM
                    out.edges.append(EdgeRow(RelType.PART_OF, key, unit_node(up), props=props, provenance=told))
            if gaz.merged(unit):
                after = gaz.successors(unit)
                for i, successor in enumerate(after):
                    split: dict[str, Any] = {"divided": True, "default": i == 0} if len(after) > 1 else {}
                    target = unit_node(successor)
                    out.edges.append(EdgeRow(RelType.MERGED_INTO, key, target, props=split, provenance=told))
            return key

        home = gaz.province(province_name, as_of) if province_name else None
        located = self._locate(extraction, province_name, as_of)
        for loc, unit in located:
            if unit is not None:
                unit_node(unit, loc["name"])
                continue
            level = loc.get("level")
            base = f"{slug(level) if level else 'dia-danh'}/{slug(str(loc['name']))}"
            parent = None if level in ("tỉnh", "vùng") else province
            key = _at(base, parent)
            node(
                Label.LOCALITY,
                key,
                {"name": loc["name"], "level": level, "parent": province_name if parent else None},
                loc["name"],
            )
            if parent and province_name:
                if home is not None:
                    prov_key = unit_node(home)
                else:
                    prov_key = node(Label.LOCALITY, f"tinh/{province}", {"name": province_name, "level": "tỉnh"})
                out.edges.append(EdgeRow(RelType.PART_OF, key, prov_key, provenance=Source(doc.key)))

        meeting_keys: list[str] = []
        for i, meeting in enumerate(extraction.get("meetings") or []):
            body = str(meeting.get("body") or "cuộc họp")
            date = str(meeting.get("date") or as_of or "undated")
            m_prov = _province_slug(meeting.get("province")) or province
            key = f"{_at(slug(fold(expand(body))), m_prov)}/{date}"
            title = f"{meeting.get('kind') or 'Phiên họp'} {body}" + (
                f" {meeting['province']}" if meeting.get("province") else ""
            )
            meeting_keys.append(
                node(
                    Label.MEETING,
                    key,
                    {
                        "name": title,
                        "body": body,
                        "date": date,
                        "province": meeting.get("province") or province_name,
                        "kind": meeting.get("kind"),
                    },
                    f"meeting:{i}",
                )
            )
            out.edges.append(EdgeRow(RelType.HELD_BY, key, organization(body), provenance=Source(doc.key)))

        for project in extraction.get("projects") or []:
            if project.get("name"):
                key = _at(slug(str(project["name"])), province)
                node(Label.PROJECT, key, {"name": project["name"], "kind": project.get("kind")}, project["name"])

        for official in extraction.get("officials") or []:
            if not official.get("name"):
                continue
            name = str(official["name"])
            key = _at(slug(name), province)
            node(Label.OFFICIAL, key, {"name": name, "name_ascii": fold(name).title(), "province": province_name}, name)
            out.decisions.append(
                {
                    "kind": "official",
                    "name": name,
                    "key": key,
                    "doc": doc.key,
                    "rule": "same name, same province" if province else "same name, province unknown",
                }
            )
            for title in official.get("titles") or []:
                self._holds(out, key, str(title), as_of, organization, doc)

        for rel in [*(extraction.get("relations") or []), *(extraction.get("extra_relations") or [])]:
            self._relation(out, rel, names, doc)
        return out

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _locate(
        extraction: dict[str, Any], province: str | None, as_of: str | None
    ) -> list[tuple[dict[str, Any], Unit | None]]:
        """Each named locality with its gazetteer unit (None: unknown, ambiguous, or a region).

        A name that repeats in the province is looked up again among the units under the
        districts (and provinces) the document also names."""
        gaz = gazetteer.load()

        def find(loc: dict[str, Any], near: list[Unit]) -> Unit | None:
            if loc.get("level") == "vùng":  # regions are not administrative units
                return None
            return gaz.lookup(str(loc["name"]), loc.get("level"), province, as_of, near)

        named = [loc for loc in extraction.get("localities") or [] if loc.get("name")]
        found = [(loc, find(loc, [])) for loc in named]
        near = [u for _, u in found if u is not None]
        if near and len(near) < len(found):
            found = [(loc, unit or find(loc, near)) for loc, unit in found]
        return found

    def _resolution_key(self, res: dict[str, Any], province: str | None, as_of: str | None, out: Resolved) -> str:
        if not res.get("number"):
            described = str(res.get("key") or res.get("title") or "van-ban")
            national = any(
                w in fold(described) for w in ("toan quoc", "trung uong", "quoc hoi", "chinh phu", "hien phap")
            )
            return slug(described) if national or res.get("kind") in ("HP", "Luật") else _at(slug(described), province)
        key = dated_key(res, province)
        if key:
            return key
        symbol = _symbol_key(res, province)
        picked = self.index.pick(symbol, as_of)
        if picked is not None:
            out.decisions.append(
                {
                    "kind": "resolution",
                    "name": str(res.get("key")),
                    "key": picked,
                    "doc": out.doc.key,
                    "rule": "undated reference: only or latest earlier candidate",
                }
            )
            out.inferred.add(picked)
            return picked
        return symbol

    @staticmethod
    def _level(res: dict[str, Any]) -> str | None:
        code = str(res.get("issuer_code") or _issuer_code(str(res.get("key") or ""))).upper()
        if not res.get("number"):
            return None
        if code in ("TU", "UBND", "HĐND", "HDND", "BCSĐ"):
            return "provincial"
        if code in ("HU", "QU", "TXU", "THU", "ĐU"):
            return "district"
        return "central"

    @staticmethod
    def _holds(
        out: Resolved, official: str, title: str, as_of: str | None, organization: Any, doc: DocumentInfo
    ) -> None:
        post, body = split_title(title)
        if not body:
            folded = fold(post)
            if folded.startswith(_PARTY_POSTS):
                body = "Tỉnh ủy"
            elif folded.startswith(_STATE_POSTS):
                body = "UBND tỉnh"
            else:
                return
        target = organization(body)
        out.edges.append(
            EdgeRow(
                RelType.HOLDS,
                official,
                target,
                id=f"{title}@{as_of or ''}",
                props={"title": title, "post": post, "as_of": as_of},
                provenance=Source(doc.key, title),
            )
        )

    @staticmethod
    def _relation(out: Resolved, rel: dict[str, Any], names: dict[str, str], doc: DocumentInfo) -> None:
        try:
            rel_type = RelType(str(rel.get("type")))
        except ValueError:
            return
        source = (
            doc.key
            if rel.get("source") == "doc"
            else names.get(str(rel.get("source"))) or names.get(fold(str(rel.get("source"))))
        )
        target = names.get(str(rel.get("target"))) or names.get(fold(str(rel.get("target"))))
        if not source or not target or source == target:
            return
        span = rel.get("span") or [-1, -1]
        evidence = rel.get("evidence") or rel.get("sentence") or ""
        rule = rel.get("extractor") or rel.get("rule") or ""
        props: dict[str, Any] = {}
        if rel.get("role"):
            props["role"] = rel["role"]
        if source in out.inferred or target in out.inferred:
            props["inferred"] = True
        edge_id = str(rel.get("role") or "")
        out.edges.append(
            EdgeRow(
                rel_type,
                source,
                target,
                id=edge_id,
                props=props,
                provenance=Source(doc.key, str(evidence), int(span[0]), int(span[1]), str(rule)),
            )
        )
