"""Vietnam's administrative units before and after the 2025 reform, and their graph keys (pure).

The data is ``loaders/data/gazetteer.tsv``, derived from the ``vietnamadminunits`` 1.0.4 dataset
(MIT; ``GAZETTEER-NOTICE.txt``) by ``tools/gazetteer/build.py``: one row per unit of each era.

* **era 2024**: the last list before 1 July 2025: 63 provinces, 696 districts, 10,035 communes.
* **era 2025**: from 1 July 2025: 34 provinces, 3,321 communes (the district tier is gone).

Each 2024 unit lists its 2025 successors (a merged province its new province, a commune the
new commune(s) it went into, the default first). A unit the reform left as it was (same level,
name and province, one predecessor with one successor: 11 provinces and some communes) is the
**same unit** in both eras: :meth:`Gazetteer.counterpart` pairs them and they share a key.

Keys (the graph's ``Locality.key`` for units the gazetteer knows):

* province tier (tỉnh and the centrally-run cities): ``tinh/<name>`` (``tinh/nghe-an``,
  ``tinh/ha-noi``); a 2025 province formed by a merger that took an old one's name gets
  ``:2025`` (``tinh/tuyen-quang:2025``; ``tinh/tuyen-quang`` is the old one, merged into it).
* district and commune tiers: ``<level>/<name>@<province>`` (``huyen/anh-son@nghe-an``,
  ``xa/anh-son@nghe-an``, ``quan/3@ho-chi-minh``), the form used for localities before the
  gazetteer. A 2024 commune whose key repeats in its province (two "xã Tân Minh" in Hà Nội,
  a "Phường 1" in several districts of Hồ Chí Minh City) adds its district:
  ``xa/tan-minh@soc-son.ha-noi``, ``phuong/1@quan-3.ho-chi-minh``; the few that differ from
  a neighbour's name only in their marks (xã Minh Quán, xã Minh Quân) add their code instead:
  ``xa/minh-quan-04516@yen-bai``.
* a 2025 unit whose key is already a 2024 unit's (or the repeated key of 2024 units) that is
  not the same unit gets ``:2025`` (``xa/bat-trang@ha-noi:2025`` is the new commune,
  ``xa/bat-trang@ha-noi`` one of the old ones merged into it).

Names match on :func:`~kernel.text.tone_key` (case and tone placement: "Thái Hoà" is
"Thái Hòa"). Names repeat a lot across the country, so a lookup names the province, and the
document date picks the era (see :meth:`Gazetteer.lookup`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from kernel.text import slug, tone_key

LEGACY = "2024"
CURRENT = "2025"
#: the day the 2025 units took over (the first day of the two-tier local government)
REFORM = "2025-07-01"
PROVINCE, DISTRICT, COMMUNE = "province", "district", "commune"
LEVELS = ("thành phố", "thị trấn", "đặc khu", "thị xã", "phường", "huyện", "quận", "tỉnh", "xã")
_TIER_RANK = {PROVINCE: 0, DISTRICT: 1, COMMUNE: 2}
_HYPHEN = re.compile(r"\s*[-–]\s*")
_slug = cache(slug)  # names and provinces repeat across thousands of units


def name_key(name: str) -> str:
    """The lookup key of a name: :func:`tone_key`, hyphens spaced one way ("Bà Rịa-Vũng Tàu")."""
    return _HYPHEN.sub(" - ", tone_key(name))


@dataclass(frozen=True)
class Unit:
    """One administrative unit of one era."""

    era: str  # "2024" (before 1 July 2025) or "2025"
    code: str  # statistics office code, unique within the era
    level: str  # tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu
    name: str  # as written after the level word ("Anh Sơn"; "1" for Phường 1)
    parent: str | None  # the parent's code, same era (None for a province)
    province: str  # the name of its province (its own name for a province)
    successors: tuple[str, ...] = ()  # 2025 codes (2024 units only), the default first
    aliases: tuple[str, ...] = ()

    @property
    def tier(self) -> str:
        return {2: PROVINCE, 3: DISTRICT}.get(len(self.code), COMMUNE)

    @property
    def display(self) -> str:
        """The name a reader expects: numbered units keep their level word ("Phường 1", "Quận 3")."""
        return f"{self.level.capitalize()} {self.name}" if self.name[:1].isdigit() else self.name


def era_of(on: str | None) -> str | None:
    """The era of a date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); None when unknown."""
    if not on or not on[:4].isdigit():
        return None
    return CURRENT if on[:7] >= REFORM[:7] else LEGACY


def _level_fits(unit: Unit, level: str | None) -> bool:
    if level is None:
        return True
    if level == "tỉnh":  # a province named with "tỉnh", or alone, whatever its own level word
        return unit.tier == PROVINCE
    return unit.level == level


class Gazetteer:
    """The units of both eras with a name index; built once from the TSV (see :func:`load`)."""

    def __init__(self, rows: Iterable[list[str]]) -> None:
        self.units: dict[tuple[str, str], Unit] = {}
        raw = list(rows)
        parents = {(era, code): parent for era, code, _, _, parent, *_ in raw}
        names = {(era, code): name for era, code, _, name, *_ in raw}
        for era, code, level, name, parent, successors, aliases in raw:
            top = (era, code)
            while parents[top]:
                top = (era, parents[top])
            self.units[(era, code)] = Unit(
                era=era,
                code=code,
                level=level,
                name=name,
                parent=parent or None,
                province=names[top],
                successors=tuple(s for s in successors.split(";") if s),
                aliases=tuple(a for a in aliases.split(";") if a),
            )
        self._index: dict[tuple[str, str], list[Unit]] = defaultdict(list)
        self._predecessors: dict[str, list[Unit]] = defaultdict(list)
        for unit in self.units.values():
            for name in (unit.name, *unit.aliases):
                self._index[(unit.era, name_key(name))].append(unit)
            for code in unit.successors:
                self._predecessors[code].append(unit)
        self._counterparts: dict[tuple[str, str], Unit] = {}
        for unit in self.units.values():
            if unit.era == CURRENT and len(before := self._predecessors[unit.code]) == 1:
                old = before[0]
                same = (old.level, name_key(old.name), name_key(old.province)) == (
                    unit.level,
                    name_key(unit.name),
                    name_key(unit.province),
                )
                if same and old.successors == (unit.code,):
                    self._counterparts[(unit.era, unit.code)] = old
                    self._counterparts[(old.era, old.code)] = unit
        self._keys = self._make_keys()
        self._by_key: dict[str, list[Unit]] = defaultdict(list)
        self._children: dict[tuple[str, str], list[Unit]] = defaultdict(list)
        for (era, code), key in sorted(self._keys.items()):
            self._by_key[key].append(self.units[(era, code)])
        for unit in self.units.values():
            if unit.parent:
                self._children[(unit.era, unit.parent)].append(unit)

    # -- navigation ------------------------------------------------------------------------

    def unit(self, era: str, code: str) -> Unit | None:
        return self.units.get((era, code))

    def parent(self, unit: Unit) -> Unit | None:
        return self.units.get((unit.era, unit.parent)) if unit.parent else None

    def province_of(self, unit: Unit) -> Unit:
        while unit.parent:
            unit = self.units[(unit.era, unit.parent)]
        return unit

    def successors(self, unit: Unit) -> list[Unit]:
        """The 2025 units a 2024 unit went into, the default first (none for districts)."""
        return [self.units[(CURRENT, code)] for code in unit.successors]

    def predecessors(self, unit: Unit) -> list[Unit]:
        """The 2024 units that went into a 2025 unit, by code."""
        return sorted(self._predecessors.get(unit.code, []), key=lambda u: u.code) if unit.era == CURRENT else []

    def counterpart(self, unit: Unit) -> Unit | None:
        """The same unit in the other era, when the reform left it unchanged."""
        return self._counterparts.get((unit.era, unit.code))

    def merged(self, unit: Unit) -> bool:
        """True for a 2024 unit that the reform abolished, merged or divided (it ends on 1 July 2025)."""
        return unit.era == LEGACY and self.counterpart(unit) is None

    # -- keys ------------------------------------------------------------------------------

    def _form(self, unit: Unit, qualify: str = "") -> str:
        """The key of a unit: plain, qualified by its ``district`` or by its ``code``."""
        if unit.tier == PROVINCE:
            return f"tinh/{_slug(unit.name)}"
        name, where = _slug(unit.name), _slug(unit.province)
        if qualify == "district":
            where = f"{_slug(self.units[(unit.era, str(unit.parent))].display)}.{where}"
        elif qualify == "code":
            name = f"{name}-{unit.code}"
        return f"{_slug(unit.level)}/{name}@{where}"

    def _make_keys(self) -> dict[tuple[str, str], str]:
        keys: dict[tuple[str, str], str] = {}
        by_era: dict[str, list[Unit]] = defaultdict(list)
        for unit in self.units.values():
            by_era[unit.era].append(unit)
        legacy_forms: dict[str, int] = defaultdict(int)
        for unit in by_era[LEGACY]:
            legacy_forms[self._form(unit)] += 1
        by_district: dict[str, int] = defaultdict(int)
        for unit in by_era[LEGACY]:
            if legacy_forms[self._form(unit)] > 1:
                by_district[self._form(unit, "district")] += 1
        for unit in by_era[LEGACY]:
            form = self._form(unit)
            if legacy_forms[form] > 1:  # the same name in two districts of a province
                form = self._form(unit, "district")
                if by_district[form] > 1:  # names that differ only in their marks (Minh Quán, Minh Quân)
                    form = self._form(unit, "code")
            keys[(unit.era, unit.code)] = form
        current_forms: dict[str, int] = defaultdict(int)
        for unit in by_era[CURRENT]:
            current_forms[self._form(unit)] += 1
        for unit in by_era[CURRENT]:
            old = self.counterpart(unit)
            if old is not None:
                keys[(unit.era, unit.code)] = keys[(old.era, old.code)]
                continue
            form = self._form(unit)
            key = self._form(unit, "code") if current_forms[form] > 1 else form
            keys[(unit.era, unit.code)] = f"{key}:{CURRENT}" if form in legacy_forms else key
        if len(set(keys.values())) != len(keys) - len(self._counterparts) // 2:
            raise ValueError("gazetteer keys are not unique")
        return keys

    def key(self, unit: Unit) -> str:
        """The graph key of a unit (shared by the two eras of an unchanged unit)."""
        return self._keys[(unit.era, unit.code)]

    def units_of(self, key: str) -> list[Unit]:
        """The units with that graph key, oldest era first (two for a unit the reform left as it was)."""
        return list(self._by_key.get(key, []))

    # -- the map of a date -----------------------------------------------------------------

    def standing_for(self, key: str, on: str) -> list[tuple[tuple[str, ...], Unit]] | None:
        """The units of the map of the day ``on`` (YYYY-MM-DD) that stand for the unit ``key``, each with the
        keys that lead there from ``key``; None when the gazetteer does not know the key.

        A unit on that map stands for itself. A unit the reform ended stands, after 1 July 2025, for the
        units it went into (a commune its new commune(s), a province its new province; a district, which
        has no successor, the new communes its communes went into). A unit the reform made stands, before,
        for the units that went into it."""
        units = self.units_of(key)
        if not units:
            return None
        era = era_of(on)
        same = [u for u in units if u.era == era]
        if same:
            return [((key,), same[0])]
        unit = units[0]
        found: list[tuple[tuple[str, ...], Unit]] = []
        if unit.era == LEGACY:
            parts = sorted(self._children[(unit.era, unit.code)], key=lambda u: u.code) if unit.tier == DISTRICT else []
            for via in [((key,), unit)] if not parts else [((key, self.key(c)), c) for c in parts]:
                found.extend(((*via[0], self.key(s)), s) for s in self.successors(via[1]))
        else:
            found = [((key, self.key(p)), p) for p in self.predecessors(unit)]
        first: dict[str, tuple[tuple[str, ...], Unit]] = {}
        for path, u in found:
            first.setdefault(path[-1], (path, u))
        return list(first.values())

    def on_map(self, key: str, on: str) -> list[tuple[str, ...]] | None:
        """The places that count for the unit ``key`` on the map of ``on``: :meth:`standing_for`, and every unit
        those are part of on that map (a 2024 commune's district and province; a 2025 commune's province),
        each as the keys from ``key`` to it (the shortest first); None when the gazetteer does not know it."""
        standing = self.standing_for(key, on)
        if standing is None:
            return None
        paths: dict[str, tuple[str, ...]] = {}
        for path, unit in standing:
            at: Unit | None = unit
            while at is not None:
                here = self.key(at)
                if here not in paths or len(path) < len(paths[here]):
                    paths[here] = path
                at = self.parent(at)
                if at is not None:
                    path = (*path, self.key(at))
        return sorted(paths.values(), key=lambda p: (len(p), p))

    # -- lookup ----------------------------------------------------------------------------

    def province(self, name: str, on: str | None = None) -> Unit | None:
        """The province (tỉnh or centrally-run city) of that name, in the era of ``on`` first."""
        for era in self._eras(on):
            for unit in self._index.get((era, name_key(name)), []):
                if unit.tier == PROVINCE:
                    return unit
        return None

    def lookup(
        self,
        name: str,
        level: str | None = None,
        province: str | None = None,
        on: str | None = None,
        near: Iterable[Unit] = (),
    ) -> Unit | None:
        """The unit a text means by ``level name``, or None when unknown or ambiguous.

        ``level`` is the level word in full (``tỉnh`` also matches the centrally-run cities);
        ``province`` names the document's province (provinces themselves match anywhere);
        ``on`` (a date) picks the era: before July 2025 the 2024 units, from then the 2025 units,
        else the other era (unknown date: 2024 first, the era of most documents). In the other
        era the province means its predecessors or successors (a 2025 text in Tuyên Quang
        finds the former Hà Giang's districts). Several matches in an era are narrowed to those
        whose parent is ``near`` (units the document also names), then, without a level, to the
        highest tier; still several is ambiguous and gives None (not the other era's unit).
        """
        key = name_key(name)
        if level is None:  # "Phường 1", "Quận 3" passed as a whole name
            for word in LEVELS:
                if key.startswith(word + " "):
                    found = self._lookup(key[len(word) + 1 :], word, province, on, near)
                    if found is not None:
                        return found
        return self._lookup(key, level, province, on, near)

    def _lookup(
        self, key: str, level: str | None, province: str | None, on: str | None, near: Iterable[Unit]
    ) -> Unit | None:
        home = self.province(province, on) if province else None
        if province and home is None:
            return None
        near_codes = {(u.era, u.code) for u in near}
        for era in self._eras(on):
            scope = self._scope(home, era) if home is not None else None
            found = [
                u
                for u in self._index.get((era, key), [])
                if _level_fits(u, level) and (scope is None or u.tier == PROVINCE or self._in(u, scope))
            ]
            if not found:
                continue
            if len(found) > 1 and scope is not None:  # provinces match anywhere, but the home one first
                found = [u for u in found if u.tier != PROVINCE or u.code in scope] or found
            if len(found) > 1 and near_codes:
                found = [u for u in found if (u.era, u.parent) in near_codes] or found
            if len(found) > 1 and level is None:
                top = min(_TIER_RANK[u.tier] for u in found)
                found = [u for u in found if _TIER_RANK[u.tier] == top]
            return found[0] if len(found) == 1 else None
        return None

    @staticmethod
    def _eras(on: str | None) -> tuple[str, str]:
        return (CURRENT, LEGACY) if era_of(on) == CURRENT else (LEGACY, CURRENT)

    def _scope(self, home: Unit, era: str) -> set[str]:
        """Codes of the provinces of ``era`` that the province ``home`` stands for."""
        if home.era == era:
            return {home.code}
        if home.era == LEGACY:
            return set(home.successors)
        return {u.code for u in self.predecessors(home)}

    def _in(self, unit: Unit, scope: set[str]) -> bool:
        return self.province_of(unit).code in scope


def read_rows(text: str) -> list[list[str]]:
    """The TSV rows (header dropped), each padded to seven cells."""
    lines = text.splitlines()
    return [(line.split("\t") + [""] * 7)[:7] for line in lines[1:] if line]


@cache
def load() -> Gazetteer:
    """The shipped gazetteer, read once."""
    text = files("loaders").joinpath("data", "gazetteer.tsv").read_text(encoding="utf-8")
    return Gazetteer(read_rows(text))


def lookup(
    name: str, level: str | None = None, province: str | None = None, on: str | None = None, near: Iterable[Unit] = ()
) -> Unit | None:
    """:meth:`Gazetteer.lookup` on the shipped gazetteer."""
    return load().lookup(name, level, province, on, near)


def province(name: str, on: str | None = None) -> Unit | None:
    return load().province(name, on)


def parent(unit: Unit) -> Unit | None:
    return load().parent(unit)


def successors(unit: Unit) -> list[Unit]:
    return load().successors(unit)


def key(unit: Unit) -> str:
    return load().key(unit)
