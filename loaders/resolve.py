"""Resolve: one document's :class:`~loaders.extract.model.Extraction` in, canonical graph rows out (pure).

The extraction names things as the text does ("Nghị quyết 57", "huyện Anh Sơn", "Bí thư Tỉnh
ủy Nguyễn Đức Trung"). This stage gives every entity its canonical key, so that the same
thing in two documents becomes one node, and keeps apart what only looks alike. One step per
label, in this order (a later step finds the keys of the earlier ones by typed reference):

* **Organization** (:class:`OrganizationStep`): the name with its abbreviations expanded and
  its Vietnamese letters kept (:func:`kernel.text.identity_slug`: Hùng is not Hưng, only tone
  placement is folded), ``@province`` unless national (Bộ Chính trị, Chính phủ, Bộ X, Ban X
  Trung ương). A body of a unit keeps its unit ("UBND huyện Anh Sơn" is not "UBND huyện Con
  Cuông"); a provincial body written with its province's name is the one without it.
* **Resolution** (:class:`ResolutionStep`): the official symbol (its number as officially written: "5-CT/TW" is
  ``05-CT/TW``), ``@province`` for local documents (a ``05-CT/TU`` of Nghệ An is not one of Hà Tĩnh),
  ``@province/unit`` for a district's or commune's (``77/KH-UBND@nghe-an/huyen-yen-thanh``), ``:year`` when
  the issue date is known and the symbol has no year (Party numbering restarts each term, State numbering each
  year: a reused symbol of another term stays another document). A reference without a date
  links to the only candidate, or to the most recent one issued before the citing document, and
  the edge records ``inferred``; see :class:`ResolutionIndex`. Central documents carry no province.
* **Locality** (:class:`LocalityStep`): the key of :mod:`loaders.gazetteer` when it knows the unit
  (``tinh/nghe-an``, ``huyen/anh-son@nghe-an``, ``tinh/tuyen-quang:2025``), with PART_OF to its
  parents and MERGED_INTO from a unit the 2025 reform ended to what it became (both
  ``derived_from: gazetteer``). Unknown names and regions keep ``level/name@province``.
* **Meeting**, **Project**, **Official** (:class:`MeetingStep`, :class:`ProjectStep`,
  :class:`OfficialStep`): identity slugs of body (+ province, + date), name (+ province), name +
  province (the same name in the same province is one person; never merged across provinces on
  a name alone). Titles become ``HOLDS {title, post, as_of}`` edges, read from the sentence
  that names the official.
* **Relations** (:class:`RelationStep`): endpoints are typed references into the extraction.

A curator's keep-apart judgements (:class:`KeepApart`, built from the curation log by
:func:`loaders.curation.kept_apart`) are an input: an undated reference is not linked to a dated
document kept apart from the reference's own key (``57-NQ/TW`` from ``57-NQ/TW:2024``), and an official
whose name is written with the other tone placement keeps that spelling's key when the two keys are kept
apart (``nguyễn-văn-hoà@nghe-an`` from ``nguyễn-văn-hòa@nghe-an``).

Every edge carries where it comes from: the sentence and span of the text it was read from
(offsets into :attr:`DocumentInfo.text`, the text stored for the document), or ``derived_from``.
Every identity decision is recorded in :attr:`Resolved.decisions` (``dg load`` logs them).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.model import Label, RelType
from kernel.text import fold, identity_slug, slug, tone_key, unify_tones, written_slug
from loaders import gazetteer
from loaders.extract import lexicon
from loaders.extract.model import Extraction, Ref, Span
from loaders.extract.model import Official as OfficialMention
from loaders.extract.model import Resolution as ResolutionMention
from loaders.gazetteer import Gazetteer, Unit
from loaders.write import Source

_YEAR_IN_SYMBOL = re.compile(r"/(19|20)\d\d/")
_ABBREVIATIONS = {tone_key(word): expanded for word, expanded in lexicon.ABBREVIATIONS.items()}
_POSTS = sorted({*lexicon.POSTS, *lexicon.POST_BODY_HEADS, *lexicon.DEFAULT_BODY_OF_POST}, key=len, reverse=True)
_POST_KEYS = [(post, tone_key(post)) for post in _POSTS]
_LOCAL_WORDS = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(tone_key(w)) for w in lexicon.LOCAL_BODY_WORDS) + r")(?!\w)(?! hội)"
)
_NATIONAL_WORDS = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(tone_key(w)) for w in lexicon.NATIONAL_BODY_WORDS) + ")"
)
_PROVINCE_BY_SLUG = {slug(p): p for p in lexicon.PROVINCES}
_MINISTRY = re.compile(r"^bộ (?!chỉ(?!\w))")  # not the Bộ Chỉ huy Quân sự of a province
#: provincial bodies written with their province's name: "Tỉnh ủy Nghệ An", "UBND tỉnh Nghệ An"
_PROVINCIAL_HEAD = re.compile(r"(?:tỉnh|thành phố|tỉnh ủy|thành ủy)$")
#: a Party congress ("Đại hội XIII của Đảng", "Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội
#: đại biểu Đảng bộ tỉnh lần thứ XIX"): its number, and the committee when it is a local one
_CONGRESS = re.compile(
    r"đại hội(?: đại biểu)?(?: đảng)?(?: toàn quốc)?(?: (?P<local>đảng bộ (?:tỉnh|thành phố|huyện|xã|phường)))?"
    r"(?: lần thứ)? (?P<number>[ivxlc]+)(?!\w)"
)


def expand(name: str) -> str:
    """Abbreviations (written in capitals) expanded, word by word ("UBND tỉnh" -> "ủy ban nhân dân tỉnh";
    "TƯ" is Trung ương, "tư" in "Sở Tư pháp" a word)."""
    return " ".join(
        _ABBREVIATIONS.get(tone_key(word), word) if sum(ch.isupper() for ch in word) >= 2 or word == "TP." else word
        for word in name.split()
    )


def _at(base: str, province: str | None) -> str:
    return f"{base}@{province}" if province else base


@functools.cache
def is_central_org(name: str) -> bool:
    """A national body: no local word in its name, and a national one (or a ministry: "Bộ Tài chính")."""
    key = tone_key(expand(name))
    if _LOCAL_WORDS.search(key):
        return False
    return bool(_NATIONAL_WORDS.search(key) or _MINISTRY.match(key))


#: the lexicon's province names as a body's name ends with them (tone_key), the longest first
_PROVINCE_KEYS = sorted(lexicon.PROVINCE_BY_KEY, key=len, reverse=True)


@functools.lru_cache(maxsize=1 << 16)
def org_key(name: str, province: str | None) -> str:
    """Identity slug of the expanded name, ``@province`` when local.

    A provincial body followed by a province's name ("Tỉnh ủy Nghệ An") is keyed without the name,
    in that province; any other trailing name (a district's, a commune's) stays in the key. Only
    names of provinces (the lexicon's) count as provinces. Pure, and asked again for the same bodies in
    every document: kept (the last 65,536 names)."""
    key = tone_key(expand(name))
    for prov in _PROVINCE_KEYS:
        if key.endswith(" " + prov):
            head = key[: -len(prov) - 1]
            if _PROVINCIAL_HEAD.search(head):
                key, province = head, slug(prov)
                break
    for longer, same in lexicon.BODY_SAME_AS.items():
        if key.startswith(longer):
            key = same + key[len(longer) :]
    base = identity_slug(key)
    return base if is_central_org(name) else _at(base, province)


@functools.lru_cache(maxsize=1 << 14)
def split_title(title: str) -> tuple[str, str]:
    """(post, body) of a title: "Bí thư Tỉnh ủy Nghệ An" -> ("Bí thư", "Tỉnh ủy Nghệ An").

    "Phó" and "Thường trực" belong to the post; a post that heads a body names it ("Chánh Thanh
    tra tỉnh" -> ("Chánh Thanh tra", "Thanh tra tỉnh")); a membership names the body it is of
    ("Ủy viên Ban Thường vụ Tỉnh ủy" -> ("Ủy viên", "Ban Thường vụ Tỉnh ủy"))."""
    key = tone_key(title)
    deputy = "phó " if key.startswith("phó ") else ""
    rest_at = len(deputy)
    if key.startswith("ủy viên ", rest_at):
        # a standing member is a post of its own: "Ủy viên Thường trực HĐND tỉnh" -> ("Ủy viên Thường trực", "HĐND
        # tỉnh")
        standing = key.startswith("ủy viên thường trực", rest_at)
        end = rest_at + len("ủy viên thường trực" if standing else "ủy viên")
        return title[:end], title[end:].strip(" ,-–")
    if key.startswith("tỉnh ủy viên", rest_at):
        return title[: rest_at + 12], "Tỉnh ủy"
    for post, p in _POST_KEYS:
        if key.startswith(p, rest_at) and (len(key) == rest_at + len(p) or key[rest_at + len(p)] == " "):
            end = rest_at + len(p)
            if key.startswith(" thường trực", end):
                end += len(" thường trực")
            body = title[end:].strip(" ,-–")
            head = lexicon.POST_BODY_HEADS.get(post)
            if head and body and not tone_key(body).startswith(tone_key(head)):
                body = f"{head} {body}"
            return title[:end], body
    return title, ""


@dataclass(frozen=True)
class DocumentInfo:
    """What the resolver needs to know of the source document; spans are offsets into ``text``."""

    key: str
    title: str = ""
    published: str | None = None
    source: str = ""
    path: str = ""
    text: str = ""
    published_from: str | None = None  # where the date came from: explicit, header, dateline, html-meta ...


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
    undated: set[str] = field(default_factory=set)  # symbol keys referred to without a date


@dataclass(frozen=True)
class Judgement:
    """A curator's judgement that two keys name two things (the curation log entry ``id``)."""

    id: str
    a: str
    b: str


@dataclass(frozen=True)
class KeepApart:
    """The keep-apart judgements in force: pairs of keys identity resolution never makes one node."""

    judgements: tuple[Judgement, ...] = ()

    def judged(self, a: str, b: str) -> Judgement | None:
        """The judgement that keeps ``a`` and ``b`` apart, if one does."""
        return next((j for j in self.judgements if {j.a, j.b} == {a, b}), None)

    def apart_from(self, key: str) -> dict[str, str]:
        """The keys kept apart from ``key``, each with its judgement's id."""
        found = {j.b: j.id for j in self.judgements if j.a == key}
        found.update({j.a: j.id for j in self.judgements if j.b == key})
        return found


#: An undated reference links only to a document issued at most this many years before the citing one
#: (two Party terms): a symbol seen far earlier is another term's document.
MAX_YEARS_BACK = 10


class ResolutionIndex:
    """Dated resolutions known so far, by symbol (and province): the candidates for undated references."""

    def __init__(self) -> None:
        self._by_symbol: dict[str, dict[str, tuple[str, str | None]]] = {}

    def add(self, symbol_key: str, key: str, issued_on: str, term: str | None = None) -> None:
        known = self._by_symbol.setdefault(symbol_key, {})
        known[key] = (issued_on, term or (known[key][1] if key in known else None))

    def candidates(self, symbol_key: str) -> dict[str, str]:
        return {key: issued for key, (issued, _) in self._by_symbol.get(symbol_key, {}).items()}

    def pick(
        self, symbol_key: str, before: str | None, term: str | None = None, exclude: Iterable[str] = ()
    ) -> str | None:
        """The latest candidate issued on or before ``before`` and at most :data:`MAX_YEARS_BACK` years
        earlier (any candidate when ``before`` is unknown), of the committee term ``term`` when the
        reference names one, not one of ``exclude`` (kept apart by a curator); None when there is none
        (the reference stays its own node)."""
        excluded = set(exclude)
        found = {k: v for k, v in self._by_symbol.get(symbol_key, {}).items() if k not in excluded}
        if term:
            found = {k: v for k, v in found.items() if v[1] == term}
        dated = sorted(((issued, k) for k, (issued, _) in found.items()))
        if before and before[:4].isdigit():
            floor = f"{int(before[:4]) - MAX_YEARS_BACK:04d}"
            dated = [(issued, k) for issued, k in dated if floor <= issued[:4] and issued[: len(before)] <= before]
        return dated[-1][1] if dated else None


_TERM_AFTER = r"\s*[(,]?\s*kh[oó]a\s+([IVXLC]+)(?![\w])"
#: what every sentence that writes a term after a symbol holds (a sentence without it is not searched)
_TERM_WORD = re.compile(r"kh[oó]a\s+[IVXLC]", re.IGNORECASE)


#: the extraction's mark on a reused Party symbol of another term: "05-NQ/TU (khóa XIV)", "(2016)", "(2)"
_SYMBOL_MARK = re.compile(r"^(?P<symbol>\S+) \((?:khóa (?P<term>[IVXLC]+)|(?P<year>(?:19|20)\d\d))\)$")


#: the number a symbol starts with, its leading zeros apart ("05-CT/TW", "5-CT/TW", "007/QĐ-UBND")
_LEADING_NUMBER = re.compile(r"^0*(\d+)")


def canonical_number(number: str) -> str:
    """A document number as officially written: numbers below 10 with one leading zero, others without ("5" ->
    "05", "005" -> "05", "154" -> "154", "5/2020" -> "05/2020"). Articles write both "05-CT/TW" and "5-CT/TW"
    for one document (reference, section 1: compare numbers as integers)."""
    return _LEADING_NUMBER.sub(lambda m: m.group(1).zfill(2), number.strip(), count=1)


def written_symbol(res: ResolutionMention) -> str:
    """The symbol as the text writes it, without the extraction's term or year mark ("05-NQ/TU (khóa XIV)" ->
    "05-NQ/TU")."""
    found = _SYMBOL_MARK.match(res.key.strip())
    return found.group("symbol") if found else res.key.strip()


def bare_symbol(res: ResolutionMention) -> str:
    """The symbol as officially written (:func:`canonical_number`), without the extraction's term or year mark
    ("05-NQ/TU (khóa XIV)" -> "05-NQ/TU", "5-CT/TW" -> "05-CT/TW")."""
    return canonical_number(written_symbol(res))


def term_of(res: ResolutionMention) -> str | None:
    """The committee term of a Party symbol: the extraction's mark ("05-NQ/TU (khóa XIV)"), or written right
    after the symbol in a sentence naming it ("07-NQ/TU (khóa XIV)", "07-NQ/TU, khoá XV"), upper case."""
    marked = _SYMBOL_MARK.match(res.key.strip())
    if marked and marked.group("term"):
        return marked.group("term")
    sentences = [s for s in map(unify_tones, (span.sentence for span in res.mentions)) if _TERM_WORD.search(s)]
    if not sentences:
        return None
    pattern = re.compile(re.escape(written_symbol(res)) + _TERM_AFTER, re.IGNORECASE)
    for sentence in sentences:
        found = pattern.search(sentence)
        if found:
            return found.group(1).upper()
    return None


def _is_central(res: ResolutionMention) -> bool:
    if res.level:
        return res.level == "central"
    code = (res.issuer_code or _issuer_code(bare_symbol(res))).upper().replace("Đ", "D")
    return code in {c.replace("Đ", "D") for c in lexicon.CENTRAL_CODES} or code.endswith("TW")


def symbol_key(res: ResolutionMention, province: str | None, units: Mapping[str, str] | None = None) -> str:
    """The symbol, ``@province`` for a local document, ``@province/unit`` for a district's or a commune's whose
    issuer the text names with its unit ("77/KH-UBND@nghe-an/huyen-yen-thanh": every level writes "/KH-UBND", and
    each district numbers its own plans; "12-KH/HU" with no issuer named is the Huyện ủy's of the article's one
    district, ``units``: :func:`home_units`)."""
    symbol = bare_symbol(res)
    if _is_central(res):
        return symbol
    unit = unit_of(res, units)
    if unit:
        return _at(symbol, f"{province}/{unit}" if province else unit)
    return _at(symbol, province)


#: the unit in the name of a district's or a commune's body: "UBND huyện Yên Thành", "Ban Thường vụ Huyện ủy Anh Sơn",
#: "Đảng ủy xã Hưng Lộc", "Thành ủy Vinh"
_UNIT_OF_BODY = re.compile(
    r"(?:(?P<level>huyện|quận|thị xã|thành phố|TP\.?|xã|phường|thị trấn|đặc khu)"
    r"|(?P<committee>Huyện|Quận|Thị|Thành) ủy)\s+(?P<name>[A-ZĐÀ-Ỹ][^\s,;]*(?:\s+[A-ZĐÀ-Ỹ][^\s,;]*){0,3})$"
)
_COMMITTEE_LEVEL = {"Huyện": "huyện", "Quận": "quận", "Thị": "thị xã", "Thành": "thành phố"}


#: the district a district Party committee's code names ("12-KH/HU": a Huyện ủy's)
_CODE_UNIT_LEVEL = {"HU": "huyện", "QU": "quận"}
#: a district's body named without its unit ("UBND huyện", "Ban Thường vụ Huyện ủy"): the level of its unit
_BARE_DISTRICT_BODY = re.compile(r"(?:(?P<level>huyện|quận|thị xã)|(?P<committee>Huyện|Quận|Thị) ủy)$")
_UNIT_LEVELS = ("huyện", "quận", "thị xã")


def home_units(extraction: Extraction) -> dict[str, str]:
    """The article's one district of each level ({"huyện": "Anh Sơn"}), when it names exactly one."""
    named: dict[str, set[str]] = {}
    for loc in extraction.localities:
        if loc.level and loc.level in _UNIT_LEVELS and loc.name:
            named.setdefault(loc.level, set()).add(tone_key(loc.name))
    return {
        level: next(loc.name for loc in extraction.localities if loc.level == level)
        for level, names in named.items()
        if len(names) == 1
    }


def unit_of(res: ResolutionMention, units: Mapping[str, str] | None = None) -> str | None:
    """The slug of the district or commune whose body issued the document ("huyen-yen-thanh"), when the extraction
    gives a district or commune level and names the body with its unit; for a district Party committee's symbol
    with no issuer named, the article's one district of that level (``units``)."""
    if res.level not in ("district", "commune"):
        return None
    found = _UNIT_OF_BODY.search(unify_tones(res.issuer)) if res.issuer else None
    if found is None:
        bare = _BARE_DISTRICT_BODY.search(unify_tones(res.issuer)) if res.issuer else None
        if bare is not None:  # "UBND huyện ban hành Kế hoạch số 77/KH-UBND" in an article on one district
            level: str | None = bare.group("level") or _COMMITTEE_LEVEL[bare.group("committee")]
        else:
            level = (
                None
                if res.issuer
                else _CODE_UNIT_LEVEL.get((res.issuer_code or _issuer_code(bare_symbol(res))).upper())
            )
        name = (units or {}).get(level or "")
        return slug(f"{level} {name}") if level and name else None
    level = found.group("level") or _COMMITTEE_LEVEL[found.group("committee")]
    return slug(f"{'thành phố' if level.startswith('TP') else level} {found.group('name')}")


def _issuer_code(symbol: str) -> str:
    """The issuer code of a symbol: after the last '/' (Party) or after the last '-' (State)."""
    if "-" in symbol and symbol.rfind("-") > symbol.rfind("/"):
        return symbol.rsplit("-", 1)[1]
    return symbol.rsplit("/", 1)[-1] if "/" in symbol else ""


def dated_key(res: ResolutionMention, province: str | None, units: Mapping[str, str] | None = None) -> str | None:
    """The key of a numbered resolution whose issue date is known (None otherwise)."""
    if not res.number or not res.issued_on:
        return None
    base = symbol_key(res, province, units)
    return base if _YEAR_IN_SYMBOL.search(bare_symbol(res)) else f"{base}:{res.issued_on[:4]}"


#: the number of a symbol inside a description ("... Nghị quyết số 6-NQ/TU"), written officially ("06-NQ/TU")
_NUMBER_OF_SYMBOL = re.compile(r"(?<![\w/.-])0*(\d+)(?=\s?[-/]\s?[^\W\d_])")


def described_key(res: ResolutionMention, province: str | None) -> str:
    """A document without a number, by what the text calls it; a Party congress's resolution by the
    congress ("Nghị quyết Đại hội XIII của Đảng" = "... Đại hội đại biểu toàn quốc lần thứ XIII")."""
    described = _NUMBER_OF_SYMBOL.sub(lambda m: m.group(1).zfill(2), tone_key(res.key or res.title or "văn bản"))
    # (only the congress's resolution itself: "Kế hoạch học tập Nghị quyết Đại hội ..." is a plan)
    itself = res.kind == "NQ" and described.startswith("nghị quyết đại hội")
    congress = _CONGRESS.match(described, len("nghị quyết ")) if itself else None
    if congress:
        local = congress.group("local")
        base = identity_slug(f"nghị quyết đại hội {local or ''} {congress.group('number')}")
        return _at(base, province) if local else base
    national = _NATIONAL_WORDS.search(described) or "toàn quốc" in described or "hiến pháp" in described
    base = identity_slug(described)
    return base if national or res.kind in ("HP", "Luật") else _at(base, province)


def unit_props(gaz: Gazetteer, unit: Unit) -> dict[str, Any]:
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


def _read(doc: str, where: Span | None, extractor: str) -> Source:
    assert where is not None
    return Source(doc, where.sentence, where.start, where.end, extractor)


# -- the document being resolved ------------------------------------------------------------------


class Context:
    """One document's resolution in progress: its province and date, the rows so far, and the key
    each typed reference resolved to."""

    def __init__(self, resolver: Resolver, doc: DocumentInfo, extraction: Extraction) -> None:
        self.resolver = resolver
        self.doc = doc
        self.extraction = extraction
        self.province_name = document_province(extraction)
        self.province = slug(self.province_name) if self.province_name else None
        self.units = home_units(extraction)
        self.as_of = document_date(doc, extraction)
        self.out = Resolved(doc=doc, province=self.province_name)
        self.keys: dict[Ref, str] = {Ref("doc"): doc.key}
        self.mentioned: set[str] = set()

    def node(self, label: Label, key: str, props: dict[str, Any], mention: Source) -> str:
        """A node, and its MENTIONED_IN edge to the document (read where it is named, or derived)."""
        self.out.nodes.append(NodeRow(label, key, props))
        if key not in self.mentioned:
            self.mentioned.add(key)
            self.out.edges.append(EdgeRow(RelType.MENTIONED_IN, key, self.doc.key, provenance=mention))
        return key

    def mention(self, spans: list[Span]) -> Source:
        if spans:
            return _read(self.doc.key, spans[0], "mention")
        return Source.derived(self.doc.key, "rule:unplaced-mention")

    def edge(self, rel: RelType, source: str, target: str, where: Source, *, id: str = "", **props: Any) -> None:
        self.out.edges.append(EdgeRow(rel, source, target, id=id, props=props, provenance=where))

    def decide(self, kind: str, name: str, key: str, rule: str) -> None:
        self.out.decisions.append({"kind": kind, "name": name, "key": key, "doc": self.doc.key, "rule": rule})


def document_province(extraction: Extraction) -> str | None:
    for meeting in extraction.meetings:
        if meeting.province:
            return meeting.province
    counts = Counter(loc.name for loc in extraction.localities if loc.level == "tỉnh")
    return counts.most_common(1)[0][0] if counts else None


def document_date(doc: DocumentInfo, extraction: Extraction) -> str | None:
    if doc.published:
        return doc.published
    dates = sorted(m.date for m in extraction.meetings if m.date)
    return dates[-1] if dates else None


# -- one step per label ---------------------------------------------------------------------------


class OrganizationStep:
    """Bodies, by :func:`org_key`; also the bodies named by issuers, meetings and titles."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.keys: dict[str, str] = {}

    def __call__(self) -> None:
        for i, org in enumerate(self.ctx.extraction.organizations):
            if org.name:
                self.ctx.keys[Ref("organization", i)] = self.get(org.name, self.ctx.mention(org.mentions))

    def get(self, name: str, mention: Source) -> str:
        if name not in self.keys:
            central = is_central_org(name)
            key = org_key(name, self.ctx.province)
            where = key.rpartition("@")[2] if "@" in key else None
            province = self.ctx.province_name if where == self.ctx.province else _PROVINCE_BY_SLUG.get(where or "")
            props = {"name": name, "province": None if central else province}
            self.keys[name] = self.ctx.node(Label.ORGANIZATION, key, props, mention)
            self.ctx.decide("organization", name, key, "national body" if central else "body of this province")
        return self.keys[name]


def level_of(res: ResolutionMention) -> str | None:
    """The level of a numbered document: the extraction's, unless only a code every level writes gives it
    (a plan "số 77/KH-UBND" with no issuer named may be a district's): then not known, so that the
    route's ``level=`` keeps it rather than calling it provincial."""
    if not res.issuer and (res.issuer_code or "").upper() in lexicon.SHARED_LEVEL_CODES:
        return None
    return res.level


class ResolutionStep:
    def __init__(self, ctx: Context, orgs: OrganizationStep) -> None:
        self.ctx, self.orgs = ctx, orgs

    def __call__(self) -> None:
        ctx = self.ctx
        for i, res in enumerate(ctx.extraction.resolutions):
            key = self.key(res)
            numbered = bool(res.number)
            central = _is_central(res) if numbered else "@" not in key
            props = {
                "kind": res.kind, "number": canonical_number(res.number) if res.number else None,
                "issuer": res.issuer, "issuer_code": res.issuer_code,
                "issued_on": res.issued_on, "title": res.title or (None if numbered else res.key),
                "symbol": bare_symbol(res) if numbered else None, "level": level_of(res) if numbered else None,
                "symbol_key": symbol_key(res, ctx.province, ctx.units) if numbered else None,
                "province": None if central or not ctx.province else ctx.province_name,
                "term": term_of(res) if res.issued_on else None,
            }  # fmt: skip
            if key in ctx.out.inferred:  # an undated reference says nothing sure of the document it was linked to
                props = {p: props[p] for p in ("kind", "number", "symbol", "symbol_key")}
            mention = ctx.mention(res.mentions)
            ctx.keys[Ref("resolution", i)] = ctx.node(Label.RESOLUTION, key, props, mention)
            if res.issuer and key not in ctx.out.inferred:
                issuer = self.orgs.get(res.issuer, mention)
                ctx.edge(RelType.ISSUED_BY, key, issuer, _with_rule(mention, "issued_by.mention"))

    def key(self, res: ResolutionMention) -> str:
        ctx = self.ctx
        if not res.number:
            return described_key(res, ctx.province)
        key = dated_key(res, ctx.province, ctx.units)
        if key:
            candidates = ctx.resolver.index.candidates(symbol_key(res, ctx.province, ctx.units))
            others = sorted(k for k in candidates if k != key)
            if others:
                why = f"kept apart from {', '.join(others)}: same symbol, issued in another year or term"
                ctx.decide("resolution", res.key, key, why)
            return key
        symbol = symbol_key(res, ctx.province, ctx.units)
        ctx.out.undated.add(symbol)
        term = term_of(res)
        own = f"{symbol}:khóa-{term.lower()}" if term else symbol
        judged = ctx.resolver.kept_apart.apart_from(own)
        picked = ctx.resolver.index.pick(symbol, ctx.as_of, term, exclude=judged)
        if picked is None and ctx.resolver.index.pick(symbol, ctx.as_of, term) is not None:
            held = sorted(k for k in ctx.resolver.index.candidates(symbol) if k in judged)
            why = (
                "kept apart from " + ", ".join(f"{k} (curation {judged[k]})" for k in held) + ": a curator's judgement"
            )
            ctx.decide("resolution", res.key, own, why)
            return own
        if picked is None:
            known = sorted(ctx.resolver.index.candidates(symbol))
            why = f"kept apart from {', '.join(known)}: another term, or issued after or long before" if known else (
                "undated reference, no dated document known: the symbol")  # fmt: skip
            ctx.decide("resolution", res.key, own, why)
            return own
        ctx.decide("resolution", res.key, picked, "undated reference: the only or latest earlier dated document")
        ctx.out.inferred.add(picked)
        return picked


def _with_rule(source: Source, rule: str) -> Source:
    if source.derived_from:
        return source
    return Source(source.doc, source.evidence, source.span_start, source.span_end, rule)


class LocalityStep:
    """Places: gazetteer units (with their parents and successors), else ``level/name@province``."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.gaz = gazetteer.load()
        self.written: set[str] = set()
        self.told = Source.derived(ctx.doc.key, "gazetteer")

    def __call__(self) -> None:
        ctx = self.ctx
        home = self.gaz.province(ctx.province_name, ctx.as_of) if ctx.province_name else None
        for i, unit in enumerate(self._locate()):
            loc = ctx.extraction.localities[i]
            if not loc.name:
                continue
            mention = ctx.mention(loc.mentions)
            if unit is not None:
                ctx.keys[Ref("locality", i)] = self.unit(unit, mention)
                continue
            level = loc.level
            parent = None if level in ("tỉnh", "vùng") else ctx.province
            key = _at(f"{slug(level) if level else 'dia-danh'}/{slug(loc.name)}", parent)
            props = {"name": loc.name, "level": level, "parent": ctx.province_name if parent else None}
            ctx.keys[Ref("locality", i)] = ctx.node(Label.LOCALITY, key, props, mention)
            if parent and ctx.province_name:
                if home is not None:
                    up = self.unit(home, self.told)
                else:
                    rule = Source.derived(ctx.doc.key, "rule:document-province")
                    up = ctx.node(Label.LOCALITY, f"tinh/{parent}", {"name": ctx.province_name, "level": "tỉnh"}, rule)
                ctx.edge(RelType.PART_OF, key, up, Source.derived(ctx.doc.key, "rule:document-province"))

    def unit(self, unit: Unit, mention: Source) -> str:
        """A known unit, its parents (PART_OF) and, for a unit the reform ended, what it became.

        Parents and successors are written as mentioned by the document too (derived from the
        gazetteer), so that they leave the graph with the last document that brought them."""
        gaz, ctx = self.gaz, self.ctx
        key = gaz.key(unit)
        ctx.node(Label.LOCALITY, key, unit_props(gaz, unit), mention)
        if key in self.written:
            return key
        self.written.add(key)
        same = gaz.counterpart(unit)
        for u in sorted([unit, same] if same is not None else [unit], key=lambda u: u.era):
            up = gaz.parent(u)
            if up is not None:  # an unchanged commune was under its district until the reform
                props: dict[str, Any] = {}
                if same is not None and u.era == gazetteer.LEGACY:
                    props["valid_to"] = gazetteer.REFORM
                ctx.edge(RelType.PART_OF, key, self.unit(up, self.told), self.told, **props)
        if gaz.merged(unit):
            after = gaz.successors(unit)
            for i, successor in enumerate(after):
                split: dict[str, Any] = {"divided": True, "default": i == 0} if len(after) > 1 else {}
                ctx.edge(RelType.MERGED_INTO, key, self.unit(successor, self.told), self.told, **split)
        return key

    def _locate(self) -> list[Unit | None]:
        """Each named locality's gazetteer unit (None: unknown, ambiguous, or a region).

        A name that repeats in the province is looked up again among the units under the
        districts (and provinces) the document also names."""
        ctx, gaz = self.ctx, self.gaz

        def find(i: int, near: list[Unit]) -> Unit | None:
            loc = ctx.extraction.localities[i]
            if loc.level == "vùng" or not loc.name:  # regions are not administrative units
                return None
            return gaz.lookup(loc.name, loc.level, ctx.province_name, ctx.as_of, near)

        found = [find(i, []) for i in range(len(ctx.extraction.localities))]
        near = [u for u in found if u is not None]
        if near and len(near) < len(found):
            found = [unit or find(i, near) for i, unit in enumerate(found)]
        return found


class MeetingStep:
    def __init__(self, ctx: Context, orgs: OrganizationStep) -> None:
        self.ctx, self.orgs = ctx, orgs

    def __call__(self) -> None:
        ctx = self.ctx
        for i, meeting in enumerate(ctx.extraction.meetings):
            body = meeting.body or "cuộc họp"
            date = meeting.date or ctx.as_of or "undated"
            province = slug(meeting.province) if meeting.province else ctx.province
            held_by = org_key(body, province)
            key = f"{held_by}/{date}"
            national = "@" not in held_by
            title = f"{meeting.kind or 'Phiên họp'} {body}" + (f" {meeting.province}" if meeting.province else "")
            props = {"name": title, "body": body, "date": date, "kind": meeting.kind,
                     "province": None if national else meeting.province or ctx.province_name}  # fmt: skip
            mention = ctx.mention(meeting.mentions)
            ctx.keys[Ref("meeting", i)] = ctx.node(Label.MEETING, key, props, mention)
            ctx.edge(RelType.HELD_BY, key, self.orgs.get(body, mention), _with_rule(mention, "held_by.mention"))


class ProjectStep:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def __call__(self) -> None:
        ctx = self.ctx
        for i, project in enumerate(ctx.extraction.projects):
            if project.name:
                key = _at(identity_slug(project.name), ctx.province)
                props = {"name": project.name, "kind": project.kind}
                ctx.keys[Ref("project", i)] = ctx.node(Label.PROJECT, key, props, ctx.mention(project.mentions))


class OfficialStep:
    """People by name and province; each title a HOLDS edge to the body it names."""

    def __init__(self, ctx: Context, orgs: OrganizationStep) -> None:
        self.ctx, self.orgs = ctx, orgs

    def __call__(self) -> None:
        ctx = self.ctx
        folded: dict[str, str] = {}  # the key without marks -> the first key that folds to it
        written: dict[str, str] = {}  # key -> the first spelling of the name
        for i, official in enumerate(ctx.extraction.officials):
            if not official.name:
                continue
            national = self.national(official.titles)
            key = _at(identity_slug(official.name), None if national else ctx.province)
            spelled_key = _at(written_slug(self.as_written(official)), None if national else ctx.province)
            judged = ctx.resolver.kept_apart.judged(key, spelled_key) if spelled_key != key else None
            if judged is not None:
                why = f"kept apart from {key} (curation {judged.id}): a curator's judgement on this spelling"
                ctx.decide("official", official.name, spelled_key, why)
                key = spelled_key
            alike = folded.setdefault(fold(key), key)
            if alike != key and judged is None and not ctx.resolver.kept_apart.judged(key, alike):
                ctx.decide("official", official.name, key, f"kept apart from {alike}: the names differ in a letter")
            spelled = written.setdefault(key, official.name)
            if spelled != official.name:
                ctx.decide(
                    "official", official.name, key, f"merged with {spelled}: only tone placement or case differs"
                )
            shown = self.as_written(official) if judged is not None else official.name  # the spelling kept apart
            props = {"name": shown, "name_ascii": fold(official.name).title(),
                     "province": None if national else ctx.province_name}  # fmt: skip
            ctx.keys[Ref("official", i)] = ctx.node(Label.OFFICIAL, key, props, ctx.mention(official.mentions))
            if national:
                rule = "same name, a national post and no local one: no province"
            else:
                rule = "same name (tone placement folded), same province" if ctx.province else "same name, no province"
            ctx.decide("official", official.name, key, rule)
            for title in official.titles:
                self.holds(official, key, title)

    def as_written(self, official: OfficialMention) -> str:
        """The name as the document first writes it (the extraction unifies tone placement), else as read."""
        text = self.ctx.doc.text
        for span in official.mentions:
            written = text[span.start : span.end] if 0 <= span.start < span.end <= len(text) else ""
            if written and tone_key(written) == tone_key(official.name):
                return written
        return official.name

    @staticmethod
    def post_and_body(title: str) -> tuple[str, str]:
        """The post and the body it is held in, the body implied by the post when the title names none."""
        post, body = split_title(title)
        return post, body or lexicon.DEFAULT_BODY_OF_POST.get(post.removeprefix("Phó "), "")

    def national(self, titles: list[str]) -> bool:
        """A national post (Thủ tướng, Bộ trưởng Bộ X, Trưởng Ban X Trung ương; a membership does not count)
        and no post in a local body: the person is not of the document's province."""
        bodies = [(post, body) for post, body in map(self.post_and_body, titles) if body]
        held = [is_central_org(body) for post, body in bodies if not tone_key(post).startswith(("ủy viên", "tỉnh ủy"))]
        return any(held) and all(is_central_org(body) for _, body in bodies)

    def holds(self, official: OfficialMention, key: str, title: str) -> None:
        ctx = self.ctx
        post, body = self.post_and_body(title)
        if not body:
            ctx.decide("post", title, key, "no body named and none implied by the post: no HOLDS edge")
            return
        wanted = tone_key(title)
        spans = [s for s in official.mentions if wanted in tone_key(s.sentence)] or official.mentions
        where = _with_rule(ctx.mention(spans), "holds.title")
        target = self.orgs.get(body, where)
        ctx.edge(RelType.HOLDS, key, target, where, id=f"{title}@{ctx.as_of or ''}", title=title, post=post,
                 as_of=ctx.as_of)  # fmt: skip


class RelationStep:
    """The extraction's relations, between the keys their typed endpoints resolved to."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def __call__(self) -> None:
        ctx = self.ctx
        for rel in ctx.extraction.relations:
            try:
                rel_type = RelType(rel.type)
            except ValueError:
                continue
            source_ref, target_ref = ctx.extraction.endpoints(rel)
            source = ctx.keys.get(source_ref) if source_ref else None
            target = ctx.keys.get(target_ref) if target_ref else None
            if not source or not target or source == target:
                ctx.decide(
                    "relation", f"{rel.type} {rel.source} -> {rel.target}", "", "an endpoint is unknown: dropped"
                )
                continue
            props: dict[str, Any] = dict(rel.properties)
            if source in ctx.out.inferred or target in ctx.out.inferred:
                props["inferred"] = True
            ctx.edge(rel_type, source, target, _read(ctx.doc.key, rel.where, rel.extractor),
                     id=str(rel.properties.get("role") or ""), **props)  # fmt: skip


# -- the resolver ---------------------------------------------------------------------------------


class Resolver:
    """Turns one document's :class:`Extraction` into graph rows."""

    def __init__(self, index: ResolutionIndex | None = None, kept_apart: KeepApart | None = None) -> None:
        self.index = index or ResolutionIndex()
        self.kept_apart = kept_apart or KeepApart()

    def undated_symbols(self, extraction: Extraction) -> set[str]:
        """Symbol keys of the numbered references without a date (to look up candidates for)."""
        province_name = document_province(extraction)
        province = slug(province_name) if province_name else None
        units = home_units(extraction)
        return {symbol_key(r, province, units) for r in extraction.resolutions if r.number and not r.issued_on}

    def remember(self, extraction: Extraction) -> None:
        """Add a document's dated resolutions to the index before resolving (two-pass loads)."""
        province_name = document_province(extraction)
        province = slug(province_name) if province_name else None
        units = home_units(extraction)
        for res in extraction.resolutions:
            key = dated_key(res, province, units)
            if key and res.issued_on:
                self.index.add(symbol_key(res, province, units), key, res.issued_on, term_of(res))

    def dated_symbols(self, extraction: Extraction) -> set[str]:
        """Symbol keys this document gives a dated resolution for (new candidates for undated references)."""
        province_name = document_province(extraction)
        province = slug(province_name) if province_name else None
        units = home_units(extraction)
        return {symbol_key(r, province, units) for r in extraction.resolutions if dated_key(r, province, units)}

    def resolve(self, doc: DocumentInfo, extraction: Extraction) -> Resolved:
        ctx = Context(self, doc, extraction)
        document: dict[str, Any] = {"title": doc.title, "published": doc.published, "source": doc.source,
                                    "path": doc.path, "text": doc.text or None,
                                    "published_from": doc.published_from}  # fmt: skip
        ctx.out.nodes.append(NodeRow(Label.DOCUMENT, doc.key, document))
        orgs = OrganizationStep(ctx)
        for step in (
            orgs,
            ResolutionStep(ctx, orgs),
            LocalityStep(ctx),
            MeetingStep(ctx, orgs),
            ProjectStep(ctx),
            OfficialStep(ctx, orgs),
            RelationStep(ctx),
        ):
            step()
        if ctx.out.undated:
            document["undated"] = sorted(ctx.out.undated)
        return ctx.out
