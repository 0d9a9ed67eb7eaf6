"""``as_of``: a walk on the administrative map of a day (the 2025 reform changed it on 1 July 2025).

On 1 July 2025 the district tier was abolished, 63 provinces became 34 and 10,035 communes 3,321. The
gazetteer (:mod:`loaders.gazetteer`, both eras, each old unit with its successors) says which units were on
the map of a day: before 1 July 2025 the 2024 units, from then the 2025 units; a unit the reform left as it
was is on both (one key). ``as_of=YYYY-MM-DD`` on a walk means:

* **A locality's directives** (``/localities/{key}/directives``): the places that count are the units of
  that day's map standing for the locality (itself when it was on the map; after the reform, what an ended
  unit went into: a commune its new commune(s), a province its new province, a district the new communes
  its communes went into; before the reform, the units a new one was made from) and every unit those were
  part of on that map (a 2024 commune's district and province, a 2025 commune's province). Districts are
  on no map after the reform. Nothing else: the MERGED_INTO history of the walk without a date (a new
  commune inheriting its predecessors' directives after the reform) is not followed. A place the
  gazetteer does not know ("xã Tân Lập" read with its document's province) is timeless: itself, and what
  it is PART_OF in the graph, on that map.
* **A lineage** (``/resolutions/{key}/lineage``): each place in the tree that is not on that day's map is
  shown as the units standing for it there (:func:`graph.dated.on_map`; the edge keeps its evidence and
  says ``mapped_from``). The root is walked as it is.

The map's steps (from a locality to the places that count) are facts of the gazetteer, not edges a
document says: ``from``/``to`` (document dates) judge only the steps from the place on.
"""

from __future__ import annotations

from datetime import date

from graph import dated, lineage
from graph.lineage import Lineage, Reached
from graph.model import Label
from graph.store import GraphStore
from kernel.errors import InvalidInput
from loaders import gazetteer
from loaders.resolve import unit_props


def check_day(day: str) -> str:
    """A day of the calendar, ``YYYY-MM-DD``, else :class:`InvalidInput` (422)."""
    try:
        if len(day) == 10:
            return date.fromisoformat(day).isoformat()
    except ValueError:
        pass
    raise InvalidInput("as_of is a day, YYYY-MM-DD (e.g. 2025-07-01)", as_of=day)


def places(store: GraphStore, key: str, day: str) -> list[tuple[str, ...]]:
    """The places that count for the locality ``key`` on the map of ``day``, each as the keys leading there."""
    gaz = gazetteer.load()
    found = gaz.on_map(key, day)
    if found is not None:
        return found
    paths: dict[str, tuple[str, ...]] = {key: (key,)}
    for row in store.read("locality_parents", {"key": key}):
        parent = str(row["key"])
        for path in gaz.on_map(parent, day) or [(parent,)]:
            paths.setdefault(path[-1], (key, *path))
    return sorted(paths.values(), key=lambda p: (len(p), p))


def locality_directives(store: GraphStore, key: str, day: str, depth: int = 4) -> list[Reached]:
    """What reached the locality ``key`` on the map of ``day`` (see the module's definition)."""
    return lineage.locality_directives_at(store, places(store, key, check_day(day)), depth)


def lineage_on(store: GraphStore, tree: Lineage, day: str) -> Lineage:
    """The lineage with its places as the map of ``day`` has them."""
    gaz = gazetteer.load()
    day = check_day(day)
    standing: dict[str, list[dated.OnMap]] = {}
    for node in tree.nodes[1:]:
        found = gaz.standing_for(node.key, day) if Label.LOCALITY.value in node.labels else None
        if found is None or [path for path, _ in found] == [(node.key,)]:
            continue
        units = []
        for path, unit in found:
            stored = store.read("node", {"key": path[-1]})
            props = stored[0]["properties"] if stored else {"key": path[-1], **unit_props(gaz, unit)}
            units.append(dated.OnMap(path[-1], [Label.LOCALITY.value], props))
        standing[node.key] = units
    return dated.on_map(tree, standing)
