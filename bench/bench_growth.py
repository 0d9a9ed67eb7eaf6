"""Growth: what one row written, and one node of a lineage returned, cost at two graph sizes (issue 13).

The same measurements run on the synthetic graph of two scales, one after the other in this
process, and each figure is reported at the larger scale next to the smaller one, with the growth
(larger / smaller, per unit: per row written, per node returned). A cost that stays flat as the
graph grows has a growth near 1. Beside them, each change that made a path cheaper is measured
against the way it replaced, on the same graph, moments apart:

* writes: a batch of new nodes through ``upsert_nodes`` (FalkorDB's own text: a node created with
  its labels) vs the shared text (``MERGE`` then ``SET n:Label``, what FalkorDB ran before); a batch
  of new edges to hub documents (the documents every project of a province mentions) and the same
  edges written again (the ``MERGE`` finds them);
* lineage (a provincial plan, depth 3): the walk with JSON rows vs the same walk over the shared
  query text (the client's typed reply, value by value);
* the API with the cache off (``DG_CACHE_MB=0``), one request at a time in process: lineage, search
  and neighbourhood, each with its answer's size.

    python -m bench.bench_growth --scales 0.1,0.3 --data-root bench/out
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import json
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from bench.common import Figure, figures_table
from bench.synth_graph import generate
from graph import changes, lineage, provenance, queries, stats
from graph.backends.embedded import EmbeddedStore
from graph.model import Label, RelType
from graph.store import Row

PROBE_ROWS = 2000
WRITE_GOAL, LINEAGE_GOAL = 1.5, 1.3
WRITE_RATE_GOAL = 20_000  # rows/s through the store's batched upsert at 1M nodes (issue 13)
MEMORY_GOAL_MIB = 1536  # FalkorDB RSS at 1M nodes / 3M edges (issue 13)


def interleaved(calls: list[Callable[[int], object]], runs: int, block: int = 10) -> list[float]:
    """p50 ms of each call, timed in turns of ``block`` calls (call 0 ten times, call 1 ten times, ...,
    call 0 again) so that a busy moment of the shared machine falls on all of them alike; the first call
    of each turn is a warm-up (the other server, or the other query text, was the last one used)."""
    samples: list[list[float]] = [[] for _ in calls]
    for start in range(0, runs, block):
        for call, kept in zip(calls, samples, strict=True):
            call(start)
            for i in range(start, min(start + block, runs)):
                started = time.perf_counter()
                call(i)
                kept.append((time.perf_counter() - started) * 1000)
    return [sorted(k)[len(k) // 2] for k in samples]


def plans() -> list[str]:
    """The provincial plans of every scale (two per province)."""
    return [f"{100 + d}-KH/TU@tinh-{p:02d}:{2020 + d % 6}" for p in range(63) for d in range(2)]


class SharedText:
    """A store that runs the shared query text (not FalkorDB's override): the reference of the walk (level by
    level with the step queries, as a backend other than the embedded one walks)."""

    backend = "shared-text"

    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store

    def read(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self.store._run(queries.load(name).render(), params, read_only=True)


def open_graph(root: Path, scale: float) -> EmbeddedStore:
    """The synthetic graph of ``scale`` under ``root`` (built the first time, as run_all does)."""
    store = EmbeddedStore(root / f"graph-scale-{scale:g}", start_timeout=600)
    store.apply_schema()  # idempotent; a fresh folder has no graph for the counts to read
    if stats.counts(store)["nodes"]["Project"] == 0:
        built = generate(store, scale)
        rate = (built.nodes + built.edges) / built.seconds
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        marker = {"scale": scale, "nodes": built.nodes, "edges": built.edges, "seconds": built.seconds}
        (root / f"graph-scale-{scale:g}" / "built.json").write_text(json.dumps(marker | {"built_on": when, "rss": {}}))
        print(
            f"scale {scale:g}: built {built.nodes:,} nodes, {built.edges:,} edges, {built.seconds:.0f}s, {rate:,.0f}/s"
        )
    return store


def server_cpu_s(store: EmbeddedStore) -> float:
    """CPU seconds the store's server process has used (user + system, from /proc)."""
    fields = Path(f"/proc/{store.server._pid()}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_write(store: EmbeddedStore, text: str, rows: list[dict[str, Any]], cpu: list[float] | None = None) -> float:
    """Microseconds per row of one write query (the version bump and the change log included, as in every write).
    ``cpu`` gets the CPU microseconds per row it took, this process's and the server's: what the wall time would be
    on an idle machine, where the two take turns, and what a busy machine does not inflate."""
    started, client, server = time.perf_counter(), time.process_time(), server_cpu_s(store)
    store._run(text, {"rows": rows, **changes.stamp(store.changes_keep)}, read_only=False)
    wall = (time.perf_counter() - started) / len(rows) * 1e6
    if cpu is not None:
        cpu.append((time.process_time() - client + server_cpu_s(store) - server) / len(rows) * 1e6)
    return wall


def writes(stores: list[EmbeddedStore], rounds: int = 7) -> list[dict[str, float]]:
    """Per store: median per-row costs of batched upserts of new and existing rows, the stores taking
    turns round by round; the probe rows are removed after."""
    ours = queries.load("upsert_nodes", "falkordb").render(label=Label.PROJECT)
    shared = queries.load("upsert_nodes").render(label=Label.PROJECT)
    edges = queries.load("upsert_edges", "falkordb").render(rel_type=RelType.MENTIONED_IN)
    kinds = ("nodes", "nodes_shared", "edges_new", "edges_again", "nodes_cpu", "edges_new_cpu")
    costs: list[dict[str, list[float]]] = [{k: [] for k in kinds} for _ in stores]
    for r in range(rounds):
        for store, cost in zip(stores, costs, strict=True):
            for kind, text in (("nodes", ours), ("nodes_shared", shared)):
                rows = [
                    {"key": f"growth-probe-{kind}-{r}-{i}", "props": {"name": f"Dự án {i}", "name_norm": f"du an {i}"}}
                    for i in range(PROBE_ROWS)
                ]
                cost[kind].append(timed_write(store, text, rows, cost["nodes_cpu"] if kind == "nodes" else None))
            linked = [
                {
                    "source": f"growth-probe-nodes-{r}-{i}",
                    "target": f"doc-{i % 63}-0",  # the hub documents: every project of a province mentions one
                    "id": "",
                    "props": {},
                    "docs": [f"doc-{i % 63}-0"],
                    "prov": [provenance.entry(f"doc-{i % 63}-0", "Câu thử.", 0, 8, "probe")],
                }
                for i in range(PROBE_ROWS)
            ]
            cost["edges_new"].append(timed_write(store, edges, linked, cost["edges_new_cpu"]))
            cost["edges_again"].append(timed_write(store, edges, linked))
    for store in stores:
        store._run("MATCH (n:Project) WHERE n.key STARTS WITH 'growth-probe-' DETACH DELETE n", None, read_only=False)
    return [{k: sorted(v)[len(v) // 2] for k, v in cost.items()} for cost in costs]


def _walk(store: Any, keys: list[str], direction: lineage.Direction, depth: int, i: int) -> object:
    return lineage.walk(store, keys[i % len(keys)], direction, depth)


def _get(client: Any, path: Callable[[int], str], i: int) -> object:
    return client.get(path(i))


def walks(stores: list[EmbeddedStore], runs: int) -> list[dict[str, float]]:
    """Per store: nodes per lineage, p50 ms of the walk and of the same walk over the shared text."""
    keys = plans()
    sizes = [sum(len(lineage.walk(store, k, "down", 3).nodes) for k in keys) / len(keys) for store in stores]
    projects = [f"du-an-{i % 2:02d}-h{i % 2:02d}@tinh-{i % 63:02d}" for i in range(126)]  # every scale has them
    calls: list[Callable[[int], object]] = []
    for store in stores:
        reference: Any = SharedText(store)
        calls.append(functools.partial(_walk, store, keys, "down", 3))
        calls.append(functools.partial(_walk, reference, keys, "down", 3))
        calls.append(functools.partial(_walk, store, projects, "up", 4))
    p50 = interleaved(calls, runs)
    return [
        {"nodes": n, "walk": p50[3 * k], "walk_shared": p50[3 * k + 1], "walk_up": p50[3 * k + 2]}
        for k, n in enumerate(sizes)
    ]


def api(stores: list[EmbeddedStore], runs: int) -> list[dict[str, tuple[float, float, float]]]:
    """Per store and route: p50 ms, answer KB and nodes per answer; cache off, one request at a time."""
    os.environ["DG_CACHE_MB"] = "0"
    from fastapi.testclient import TestClient

    from app.main import create_app
    from kernel.settings import Settings

    routes: dict[str, Callable[[int], str]] = {
        "lineage": lambda i: f"/resolutions/{plans()[i % 126].replace('/', '%2F')}/lineage?depth=3",
        "search": lambda i: f"/search?q={('xa', 'huyen', 'nguyen van')[i % 3]}%20{i % 13:02d}",
        "neighbourhood": lambda i: f"/graph/neighbourhood?key={plans()[i % 126].replace('/', '%2F')}",
    }
    clients = [TestClient(create_app(Settings(data_dir=s.server.dir, cache_mb=0), s)) for s in stores]
    out: list[dict[str, tuple[float, float, float]]] = [{} for _ in stores]
    with contextlib.ExitStack() as opened:
        for client in clients:
            opened.enter_context(client)
        for name, path in routes.items():
            shape: list[tuple[float, float]] = []
            for client in clients:
                answers = [client.get(path(i)) for i in range(126)]
                assert all(a.status_code == 200 for a in answers), [a.text for a in answers if a.status_code != 200]
                kb = sum(len(a.content) for a in answers) / len(answers) / 1024
                shape.append((kb, sum(len(a.json().get("nodes", [])) for a in answers) / len(answers)))
            p50 = interleaved([functools.partial(_get, c, path) for c in clients], runs)
            for k, (kb, nodes) in enumerate(shape):
                out[k][name] = (p50[k], kb, nodes)
    return out


def memory(store: EmbeddedStore) -> dict[str, float]:
    """The FalkorDB server's memory for this graph (each scale has its own server): RSS and allocated MiB, and
    GRAPH.MEMORY USAGE's estimate split (graph, edge properties, indexes; MB)."""
    connection = store._db.connection
    reply = connection.execute_command("GRAPH.MEMORY", "USAGE", store.graph_name)
    usage = dict(zip(reply[::2], reply[1::2], strict=True))
    edge_attrs = usage["amortized_edge_attributes_by_type_sz_mb"]
    node_attrs = dict(zip(usage["amortized_node_attributes_by_label_sz_mb"][::2],
                          usage["amortized_node_attributes_by_label_sz_mb"][1::2], strict=True))  # fmt: skip
    rss = Path(f"/proc/{store.server._pid()}/status").read_text().split("VmRSS:")[1].split()[0]
    return {
        "rss": int(rss) / 1024,
        "used": connection.info("memory")["used_memory"] / 2**20,
        "graph": float(usage["total_graph_sz_mb"]),
        "edge_props": float(sum(edge_attrs[1::2])),
        "indexes": float(usage["indices_sz_mb"]),
        "change_log": float(node_attrs.get("ChangeSet", 0)),
        "node_props": float(sum(v for k, v in node_attrs.items() if k != "ChangeSet")),
    }


def first_load(root: Path, scale: float) -> dict[str, float]:
    """The synthetic graph of ``scale`` written into an empty store twice, by the batched upserts and by the
    bulk insert (BulkWriter), one after the other; nodes+edges per second of each (generating the rows, the
    indexes and the version included), and of the bulk insert's own finish (encoding, sending, indexes)."""
    import shutil
    import tempfile

    from loaders.write import BulkWriter

    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory(dir=root) as scratch:
        for kind in ("batched", "bulk"):
            store = EmbeddedStore(Path(scratch) / kind, start_timeout=600)
            try:
                store.apply_schema()
                started = time.perf_counter()
                if kind == "bulk":
                    writer = BulkWriter(store)
                    built = generate(store, scale, writer=writer)
                    finishing = time.perf_counter()
                    writer.finish()
                    rates["bulk_finish"] = (built.nodes + built.edges) / (time.perf_counter() - finishing)
                else:
                    built = generate(store, scale)
                rates[kind] = (built.nodes + built.edges) / (time.perf_counter() - started)
                rates["rows"] = built.nodes + built.edges
            finally:
                store.close()
            shutil.rmtree(Path(scratch) / kind, ignore_errors=True)
    return rates


def growth(small: float, large: float, goal: float | None) -> tuple[str, str, bool | None]:
    ratio = large / small if small else float("nan")
    return f"{ratio:.2f}x", (f"<= {goal}x" if goal else ""), (ratio <= goal if goal else None)


def run(root: Path, scales: list[float], runs: int) -> str:
    stores = [open_graph(root, scale) for scale in scales]  # both open: the timings alternate between them
    try:
        measured: list[dict[str, Any]] = []
        for scale, store in zip(scales, stores, strict=True):
            counts = stats.counts(store)
            measured.append({"scale": scale, "size": (sum(counts["nodes"].values()), sum(counts["edges"].values()))})
        for m, w, walk, answers in zip(measured, writes(stores), walks(stores, runs), api(stores, runs), strict=True):
            m["w"], m["l"], m["a"] = w, walk, answers
        for m, store in zip(measured, stores, strict=True):
            m["m"] = memory(store)
    finally:
        for store in stores:
            store.close()
    loads = first_load(root, scales[0])
    a, b = measured[0], measured[-1]
    figures: list[Figure] = []

    def add(name: str, unit: str, value_a: float, value_b: float, goal: float | None, extra: str = "") -> None:
        ratio, goal_text, met = growth(value_a, value_b, goal)
        figures.append(
            Figure(
                f"{name}, {unit}",
                f"{value_b:,.1f}{extra}",
                f"{value_a:,.1f} at scale {a['scale']:g}",
                f"growth {ratio}",
                goal_text,
                met,
            )
        )

    add("upsert of new nodes (batches of 2,000, median of 7)", "us/row", a["w"]["nodes"], b["w"]["nodes"], WRITE_GOAL)
    add(
        "upsert of new edges to hub documents (batches of 2,000)",
        "us/row",
        a["w"]["edges_new"],
        b["w"]["edges_new"],
        WRITE_GOAL,
    )
    add("upsert of the same edges again", "us/row", a["w"]["edges_again"], b["w"]["edges_again"], WRITE_GOAL)
    if b["scale"] >= 1:  # the rate goal is set at 1M nodes: new nodes and new edges, half of each
        rate, small = (2e6 / (m["w"]["nodes"] + m["w"]["edges_new"]) for m in (b, a))
        per_cpu = 2e6 / (b["w"]["nodes_cpu"] + b["w"]["edges_new_cpu"])
        figures.append(Figure(f"batched upsert at scale {b['scale']:g}, new nodes and new edges (batches of 2,000), "
                              "rows/s", f"{rate:,.0f} ({per_cpu:,.0f} per CPU second, client and server)",
                              f"{small:,.0f} at scale {a['scale']:g}", "", f">= {WRITE_RATE_GOAL:,} rows/s",
                              rate >= WRITE_RATE_GOAL))  # fmt: skip
    add("lineage walk, provincial plan, depth 3, p50", "us per returned node",
        a["l"]["walk"] * 1000 / a["l"]["nodes"], b["l"]["walk"] * 1000 / b["l"]["nodes"], LINEAGE_GOAL,
        f" ({b['l']['walk']:.2f} ms for {b['l']['nodes']:.0f} nodes)")  # fmt: skip
    add("lineage up, commune project, depth 4 (5 nodes at every scale), p50", "ms",
        a["l"]["walk_up"], b["l"]["walk_up"], LINEAGE_GOAL)  # fmt: skip
    for route in ("lineage", "search", "neighbourhood"):
        ms_a, _, n_a = a["a"][route]
        ms_b, kb_b, n_b = b["a"][route]
        shown = f" ({ms_b:.2f} ms, {kb_b:.0f} KB" + (f", {n_b:.0f} nodes)" if n_b else ")")
        if route == "lineage":
            add("API lineage, cache off, one request", "us per returned node", ms_a * 1000 / n_a, ms_b * 1000 / n_b,
                LINEAGE_GOAL, shown)  # fmt: skip
        else:
            add(f"API {route}, cache off, one request", "ms", ms_a, ms_b, None, shown)
    for m in (a, b):
        s = f"at scale {m['scale']:g}"
        w, walk = m["w"], m["l"]
        figures.append(Figure(f"upsert of new nodes {s}, us/row", f"{w['nodes']:.1f}",
                              f"{w['nodes_shared']:.1f} shared text (MERGE, then SET n:Label)",
                              f"{w['nodes_shared'] / w['nodes']:.1f}x faster"))  # fmt: skip
        figures.append(Figure(f"lineage walk {s}, p50 ms", f"{walk['walk']:.2f}",
                              f"{walk['walk_shared']:.2f} shared text (typed reply)",
                              f"{walk['walk_shared'] / walk['walk']:.1f}x faster"))  # fmt: skip
    rows_a, rows_b = sum(a["size"]), sum(b["size"])
    for key, what in (("rss", "FalkorDB server RSS"), ("used", "FalkorDB allocated (used_memory)")):
        add(f"{what}, after loading", "bytes per node+edge", a["m"][key] * 2**20 / rows_a,
            b["m"][key] * 2**20 / rows_b, None, f" ({b['m'][key]:,.0f} MiB)")  # fmt: skip
    split = b["m"]
    figures.append(Figure(f"GRAPH.MEMORY USAGE at scale {b['scale']:g}, MB", f"{split['graph']:.0f}",
                          f"edge properties {split['edge_props']:.0f}, indexes {split['indexes']:.0f}, node properties "
                          f"{split['node_props']:.0f}, change log {split['change_log']:.0f}",
                          f"{split['edge_props'] / split['graph']:.2f} edge properties"))  # fmt: skip
    if b["scale"] >= 1:  # the goal is set at 1M nodes / 3M edges
        figures.append(Figure(f"FalkorDB server RSS after loading, scale {b['scale']:g}, MiB", f"{split['rss']:,.0f}",
                              f"{a['m']['rss']:,.0f} at scale {a['scale']:g}", "", "<= 1,536 MiB (1.5 GB)",
                              split["rss"] <= MEMORY_GOAL_MIB))  # fmt: skip
    figures.append(Figure(f"first load into an empty store, scale {a['scale']:g} ({loads['rows']:,.0f} rows), rows/s",
                          f"{loads['bulk']:,.0f} bulk insert (its finish alone: {loads['bulk_finish']:,.0f})",
                          f"{loads['batched']:,.0f} batched upserts", f"{loads['bulk'] / loads['batched']:.1f}x faster",
                          ">= 100,000 rows/s", loads["bulk_finish"] >= 100_000))  # fmt: skip
    sizes = ", ".join(f"scale {m['scale']:g}: {m['size'][0]:,} nodes / {m['size'][1]:,} edges" for m in measured)
    title = f"Growth between two graph sizes, embedded FalkorDB ({sizes}); medians, {runs} runs"
    return title + "\n\n" + figures_table(figures)


def main() -> None:
    parser = argparse.ArgumentParser(description="per-row and per-node costs at two graph sizes")
    parser.add_argument("--scales", default="0.1,0.3", help="two scales, smaller first")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--data-root", type=Path, default=Path("bench/out"), help="graphs in <root>/graph-scale-<s>")
    args = parser.parse_args()
    scales = sorted(float(s) for s in args.scales.split(","))
    if len(scales) != 2:
        parser.error("--scales takes two scales")
    print(run(args.data_root, scales, args.runs))


if __name__ == "__main__":
    main()
