"""Score extractions against gold files (the rules of the corpus's ``score.py`` and GOLD_FORMAT.md).

Precision, recall and F1 per entity type and per relation type, micro-averaged over documents:
hits, predicted and gold counts are summed over every document first, then P/R/F1 are
computed once per type. The matching rules are those of the corpus scorer, reproduced here so
the repository stands alone (``tests/unit/test_evaluate.py`` checks both give the same numbers):

* resolutions: kind and number agree (leading zeros ignored), and the year where both give one;
  two unnumbered ones match on kind and key token overlap (Jaccard >= 0.5);
* resolutions without a number also need the symbols their keys name to agree, when both name some;
* officials, localities: folded name (casefolded, tone marks dropped, abbreviations expanded, a hyphen
  between words a space);
* organizations: folded name without a trailing province name (a unit below the province keeps it);
* meetings: body token overlap (Jaccard >= 0.6), the body without its unit's name and a committee under
  its full name ("Tỉnh ủy" = "Ban Chấp hành Đảng bộ tỉnh"), and one date a prefix of the other;
* projects: name token overlap (Jaccard >= 0.6);
* relations: same type, and both endpoints (a key, a name, ``meeting:I`` or ``doc``) resolve to
  entities of the same type that match under the rules above.

Within a type, each gold item takes the first unused prediction that matches it (greedy).

    scorer = Scorer()
    scorer.add(gold, predicted)           # once per document; dicts in GOLD_FORMAT shape
    scorer.table()                        # {type: {precision, recall, f1, hits, predicted, gold}}
    scorer.overall().f1                   # micro over every entity and relation type
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

Item = Mapping[str, Any]
Endpoint = tuple[str, Item] | None
T = TypeVar("T")

TONE_MARKS = frozenset({"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"})
ABBREVIATIONS = {
    "bch": "ban chấp hành",
    "btv": "ban thường vụ",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "tp": "thành phố",
    "tw": "trung ương",
    "bcs": "ban cán sự",
    "ccn": "cụm công nghiệp",
    "kcn": "khu công nghiệp",
    "đbqh": "đại biểu quốc hội",
    "ubkt": "ủy ban kiểm tra",
    "ubmttq": "ủy ban mặt trận tổ quốc",
}
#: abbreviations by their folded spelling ("hdnd"): folding has already made "đ" a "d"
_FOLDED_ABBREVIATIONS = {word.replace("đ", "d"): expanded for word, expanded in ABBREVIATIONS.items()}
ENTITY_TYPES = ("resolutions", "officials", "meetings", "projects", "localities", "organizations")
RELATION_TYPES = ("IMPLEMENTS", "CITES", "CONCLUDED", "ASSIGNED_TO")
NUMBERED = "resolutions (numbered)"
#: every row of the table, in the scorer's order; NUMBERED is a subset of "resolutions"
TYPE_NAMES = (*ENTITY_TYPES, NUMBERED, *RELATION_TYPES)
#: the rows the overall micro-average sums (every type once, so not the NUMBERED subset)
OVERALL_TYPES = (*ENTITY_TYPES, *RELATION_TYPES)

_NON_WORD = re.compile(r"[^\w/\-]+")
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(19|20)\d\d")
_MEETING_REF = re.compile(r"meeting:(\d+)")


# --- folding -------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Casefold, drop tone marks (so tone placement never matters), ``đ`` -> ``d``, expand abbreviations."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    s = unicodedata.normalize("NFC", kept).casefold().replace("đ", "d")
    s = _NON_WORD.sub(" ", s)
    return " ".join(_fold_abbreviation(w) for w in s.split() if w.strip("-/"))


def _fold_abbreviation(word: str) -> str:
    """Expand a folded abbreviation ("hdnd" -> "hoi dong nhan dan"); other words stay."""
    expanded = _FOLDED_ABBREVIATIONS.get(word)
    return word if expanded is None else fold(expanded)


_WORD_HYPHEN = re.compile(r"(?<=[^\W\d])-(?=[^\W\d])")


def name_fold(text: str | None) -> str:
    """:func:`fold`, and a hyphen between two words is a space ("Bà Rịa-Vũng Tàu" = "Bà Rịa - Vũng Tàu")."""
    return _WORD_HYPHEN.sub(" ", fold(text))


def tokens(text: str | None) -> set[str]:
    return set(fold(text).split())


def jaccard(a: str | None, b: str | None) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def first_int(text: str | None) -> str | None:
    """The first run of digits without its leading zeros ("05-CT" -> "5"), or None."""
    m = _DIGITS.search(text or "")
    if not m:
        return None
    return m.group(0).lstrip("0") or "0"


def year_of(res: Item) -> str | None:
    """The issue year, or the year written into the number or key ("30/2020/NĐ-CP" -> "2020")."""
    for name in ("issued_on", "number", "key"):
        value = str(res.get(name) or "")
        m = _YEAR.search(value)
        if m and (name == "issued_on" or "/" + m.group(0) in str(res.get(name))):
            return m.group(0)
    return None


def kind_of(res: Item) -> str:
    return fold(res.get("kind")).replace(" ", "").upper()


PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh",
    "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
    "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
    "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế",
    "Tiền Giang", "Hồ Chí Minh", "TP Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
    "Yên Bái",
]  # fmt: skip
#: folded province names, longest first (two of one length cannot both end the same string)
PROVINCE_SUFFIXES = sorted({name_fold(name) for name in PROVINCES}, key=len, reverse=True)
#: a place after one of these words is a unit below the province, not the province ("UBND xã Bình Định")
LOWER_LEVELS = tuple(fold(w) for w in ["xã", "phường", "huyện", "quận", "thị trấn", "thị xã"])


def org_core(name: str | None) -> str:
    """An organization's folded name without a trailing province ("Tỉnh ủy Nghệ An" -> "tinh uy"); a unit
    below the province keeps its name even when it is a province's ("UBND xã Bình Định")."""
    s = name_fold(name)
    for suffix in PROVINCE_SUFFIXES:
        if s.endswith(" " + suffix) and len(s) > len(suffix) + 1:
            head = s[: -len(suffix) - 1]
            return s if head.endswith(LOWER_LEVELS) else head
    return s


#: one committee, two names: "Tỉnh ủy" is the Ban Chấp hành Đảng bộ tỉnh (and so at every level)
COMMITTEE_NAMES = {
    fold(short): fold(full)
    for short, full in [
        ("Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh"), ("Thành ủy", "Ban Chấp hành Đảng bộ thành phố"),
        ("Huyện ủy", "Ban Chấp hành Đảng bộ huyện"), ("Quận ủy", "Ban Chấp hành Đảng bộ quận"),
        ("Thị ủy", "Ban Chấp hành Đảng bộ thị xã"), ("Đảng ủy xã", "Ban Chấp hành Đảng bộ xã"),
        ("Đảng ủy phường", "Ban Chấp hành Đảng bộ phường"),
    ]
}  # fmt: skip
#: a committee of a named unit ("Huyện ủy Gio Linh", "Ban Chấp hành Đảng bộ huyện Định Hóa"): group 1 is the
#: committee without the unit's name (the meeting carries its province)
_NAMED_COMMITTEE = re.compile(
    "^(.*?(?:"
    + "|".join(
        fold(w)
        for w in [
            "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy xã", "Đảng ủy phường",
            "Đảng ủy thị trấn", "Đảng ủy đặc khu", "Đảng bộ tỉnh", "Đảng bộ thành phố", "Đảng bộ huyện",
            "Đảng bộ quận", "Đảng bộ thị xã", "Đảng bộ xã", "Đảng bộ phường", "Đảng bộ thị trấn",
        ]
    )
    + r"))(?: .+)?$"
)  # fmt: skip


def body_of(meeting: Item) -> str:
    """A meeting's body, folded, without the unit's name, a committee under its full name."""
    core = org_core(meeting.get("body"))
    m = _NAMED_COMMITTEE.match(core)
    if m:
        core = m.group(1)
    return COMMITTEE_NAMES.get(core, core)


_SYMBOL = re.compile(r"\d+(?:/\d{4})?[-/][a-zđ]+[/-][a-zđ0-9-]+")


def symbols(text: str | None) -> set[str]:
    """The document symbols a described key names ("Báo cáo ... Nghị quyết số 57-NQ/TW" -> {"57-nq/tw"})."""
    return set(_SYMBOL.findall(fold(text)))


# --- matching ------------------------------------------------------------------------------


def match_resolution(g: Item, p: Item) -> bool:
    if g.get("number") and p.get("number"):
        if kind_of(g) != kind_of(p) or first_int(g["number"]) != first_int(p["number"]):
            return False
        gy, py = year_of(g), year_of(p)
        return gy is None or py is None or gy == py
    if g.get("number") or p.get("number"):
        return False
    if kind_of(g) != kind_of(p):
        return False
    gs, ps = symbols(g.get("key")), symbols(p.get("key"))
    if gs and ps and gs != ps:
        return False  # a report on 57-NQ/TW is not a report on 123-KL/TW, however alike the words
    return jaccard(g.get("key"), p.get("key")) >= 0.5


def match_name(g: Item, p: Item) -> bool:
    return name_fold(g.get("name")) == name_fold(p.get("name")) != ""


def match_org(g: Item, p: Item) -> bool:
    return org_core(g.get("name")) == org_core(p.get("name")) != ""


def match_project(g: Item, p: Item) -> bool:
    return jaccard(g.get("name"), p.get("name")) >= 0.6


def match_meeting(g: Item, p: Item) -> bool:
    if jaccard(body_of(g), body_of(p)) < 0.6:
        return False
    gd, pd = g.get("date") or "", p.get("date") or ""
    return bool(gd.startswith(pd) or pd.startswith(gd))


MATCHERS: dict[str, Callable[[Item, Item], bool]] = {
    "resolutions": match_resolution,
    "officials": match_name,
    "meetings": match_meeting,
    "projects": match_project,
    "localities": match_name,
    "organizations": match_org,
}


def _items(doc: Item, name: str) -> list[Item]:
    return list(doc.get(name) or [])


def resolve_endpoint(doc: Item, ref: str | None) -> Endpoint:
    """The entity a relation endpoint names, as (entity type, entity); ``("doc", {})`` for ``doc``.

    In order: ``meeting:I``; a resolution whose key is exactly ``ref``; an official, project,
    locality or organization whose folded name is ``ref`` folded; a resolution by folded key."""
    if ref == "doc":
        return ("doc", {})
    m = _MEETING_REF.fullmatch(ref or "")
    if m:
        meetings = _items(doc, "meetings")
        i = int(m.group(1))
        return ("meetings", meetings[i]) if i < len(meetings) else None
    resolutions = _items(doc, "resolutions")
    for res in resolutions:
        if res.get("key") == ref:
            return ("resolutions", res)
    wanted = fold(ref)
    for etype in ("officials", "projects", "localities", "organizations"):
        for ent in _items(doc, etype):
            if fold(ent.get("name")) == wanted:
                return (etype, ent)
    for res in resolutions:
        if fold(res.get("key")) == wanted:
            return ("resolutions", res)
    return None


def match_endpoint(g: Endpoint, p: Endpoint) -> bool:
    if g is None or p is None or g[0] != p[0]:
        return False
    return g[0] == "doc" or MATCHERS[g[0]](g[1], p[1])


def _match_pair(a: tuple[Endpoint, Endpoint], b: tuple[Endpoint, Endpoint]) -> bool:
    return match_endpoint(a[0], b[0]) and match_endpoint(a[1], b[1])


def count_matches(gold: Sequence[T], pred: Sequence[T], same: Callable[[T, T], bool]) -> int:
    """Greedy one-to-one matching: each gold item takes the first unused prediction it matches."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and same(g, p):
                used.add(j)
                hits += 1
                break
    return hits


# --- tallies -------------------------------------------------------------------------------


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; no prediction is precision 1 only when there was nothing to find."""
    p = hits / predicted if predicted else (1.0 if not gold else 0.0)
    r = hits / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Tally:
    hits: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, hits: int, predicted: int, gold: int) -> None:
        self.hits += hits
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return prf(self.hits, self.predicted, self.gold)[0]

    @property
    def recall(self) -> float:
        return prf(self.hits, self.predicted, self.gold)[1]

    @property
    def f1(self) -> float:
        return prf(self.hits, self.predicted, self.gold)[2]

    def as_dict(self) -> dict[str, Any]:
        """The corpus scorer's JSON row: precision, recall, f1, hits, predicted, gold."""
        p, r, f = prf(self.hits, self.predicted, self.gold)
        return {"precision": p, "recall": r, "f1": f, "hits": self.hits, "predicted": self.predicted, "gold": self.gold}


@dataclass
class Scorer:
    """Accumulates counts over documents; P/R/F1 come from the sums (micro-average)."""

    totals: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in TYPE_NAMES})
    documents: int = 0

    def add(self, gold: Item, pred: Item) -> None:
        """Score one document: its gold annotation and the prediction ({} when there is none)."""
        self.documents += 1
        for etype in ENTITY_TYPES:
            g, p = _items(gold, etype), _items(pred, etype)
            self.totals[etype].add(count_matches(g, p, MATCHERS[etype]), len(p), len(g))
        numbered_g = [r for r in _items(gold, "resolutions") if r.get("number")]
        numbered_p = [r for r in _items(pred, "resolutions") if r.get("number")]
        self.totals[NUMBERED].add(
            count_matches(numbered_g, numbered_p, match_resolution), len(numbered_p), len(numbered_g)
        )
        for rtype in RELATION_TYPES:
            gr = _relations(gold, rtype)
            pr = _relations(pred, rtype)
            self.totals[rtype].add(count_matches(gr, pr, _match_pair), len(pr), len(gr))

    def overall(self) -> Tally:
        """Micro-average over every entity and relation type (the numbered subset not counted twice)."""
        total = Tally()
        for name in OVERALL_TYPES:
            t = self.totals[name]
            total.add(t.hits, t.predicted, t.gold)
        return total

    def table(self) -> dict[str, dict[str, Any]]:
        """Per type, as ``score.py --json`` prints it."""
        return {name: self.totals[name].as_dict() for name in TYPE_NAMES}


def _relations(doc: Item, rtype: str) -> list[tuple[Endpoint, Endpoint]]:
    return [
        (resolve_endpoint(doc, r.get("source")), resolve_endpoint(doc, r.get("target")))
        for r in _items(doc, "relations")
        if r.get("type") == rtype
    ]


def score(pairs: Iterable[tuple[Item, Item]]) -> Scorer:
    """Score (gold, predicted) pairs, one per document."""
    scorer = Scorer()
    for gold, pred in pairs:
        scorer.add(gold, pred)
    return scorer


def load_json(path: Path) -> dict[str, Any]:
    """A gold or prediction file: one JSON object."""
    value = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(value, dict):
        raise ValueError(f"{path}: not a JSON object")
    return value


def score_dirs(gold_dir: Path, pred_dir: Path) -> Scorer:
    """Like ``score.py GOLD_DIR PRED_DIR``: every ``*.json`` in ``gold_dir``, the prediction with the
    same file name in ``pred_dir`` or an empty one when it is missing."""
    scorer = Scorer()
    for gold_file in sorted(gold_dir.glob("*.json")):
        pred_file = pred_dir / gold_file.name
        scorer.add(load_json(gold_file), load_json(pred_file) if pred_file.exists() else {})
    return scorer
