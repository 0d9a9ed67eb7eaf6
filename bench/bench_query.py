"""Query latency on a synthetic graph (default about 1M nodes / 3M edges), embedded backend.

Each figure is paired with a reference run in the same process, so the ratio holds on a
noisy machine:

* lineage, level-by-level walk (what the API uses) vs a naive walk (one query per node) and vs
  enumerating variable-length paths;
* search (full-text on name_norm) vs a scan (``CONTAINS`` over every name);
* neighbourhood (one node's relationships).

    python -m bench.bench_query --scale 1.0 --data-dir var-bench
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from bench.common import Timing, table, time_calls
from bench.synth_graph import central_keys, generate
from graph import lineage, stats
from graph.backends.embedded import EmbeddedStore
from graph.store import GraphStore


def naive_walk(store: GraphStore, key: str, depth: int) -> int:
    """Lineage the naive way: one step query per node."""
    seen, frontier = {key}, [key]
    for _ in range(depth):
        nxt = []
        for node in frontier:
            for row in store.read("lineage_down_step", {"keys": [node]}):
                if row["key"] not in seen:
                    seen.add(row["key"])
                    nxt.append(row["key"])
        frontier = nxt
    return len(seen)


def ensure_graph(store: GraphStore, scale: float) -> dict[str, dict[str, int]]:
    counts = stats.counts(store)
    if counts["nodes"]["Project"] == 0:
        store.apply_schema()
        generated = generate(store, scale)
        print(f"generated {generated.nodes:,} nodes and {generated.edges:,} edges in {generated.seconds:.0f}s")
        counts = stats.counts(store)
    return counts


def run(store: GraphStore, scale: float, runs: int) -> str:
    counts = ensure_graph(store, scale)
    nodes, edges = sum(counts["nodes"].values()), sum(counts["edges"].values())
    rng = random.Random(1)
    provinces = 63
    plans = [f"{100 + d}-KH/TU@tinh-{p:02d}:{2020 + d % 6}" for p in range(provinces) for d in range(2)]
    central = central_keys(scale)
    names = ["nguyen van", "tran thi lan", "xa 07", "du an nong thon moi", "100-kh-tu", "huyen 03"]

    def plan(i: int) -> str:
        return plans[rng.randrange(len(plans))]

    def walk_plan(i: int) -> object:
        return lineage.walk(store, plan(i), "down", 3)

    def naive_plan(i: int) -> object:
        return naive_walk(store, plan(i), 3)

    def walk_central(i: int) -> object:
        return lineage.walk(store, central[i % len(central)], "down", 2)

    def paths_central(i: int) -> object:
        return store.read("lineage_down_paths", {"key": central[i % len(central)]})

    def walk_up(i: int) -> object:
        return lineage.walk(store, f"du-an-{i % 13:02d}-h00@tinh-{i % 63:02d}", "up", 4)

    def search(i: int) -> object:
        *head, last = names[i % len(names)].split()
        return store.read("search", {"terms": [*head, last + "*"], "limit": 20})

    def scan(i: int) -> object:
        params = {"text": names[i % len(names)], "provinces": None, "skip": 0, "limit": 20}
        return store.read("officials_list", params)

    def neighbourhood(i: int) -> object:
        return store.read("neighbourhood_step", {"keys": [plan(i)], "limit": 1200})

    few = max(10, runs // 5)
    timings: list[tuple[Timing, Timing | None, str]] = [
        (
            time_calls("lineage down, provincial plan, depth 3 (walk)", walk_plan, runs),
            time_calls("same, naive: one query per node", naive_plan, few),
            "naive / walk",
        ),
        (
            time_calls("lineage down, central resolution, depth 2 (walk)", walk_central, few),
            time_calls("same, variable-length paths 1..4", paths_central, few),
            "paths / walk",
        ),
        (time_calls("lineage up, commune project, depth 4 (walk)", walk_up, runs), None, ""),
        (
            time_calls("search (full-text)", search, runs),
            time_calls("same, scan with CONTAINS over officials", scan, few),
            "scan / full-text",
        ),
        (time_calls("neighbourhood of a provincial plan", neighbourhood, runs), None, ""),
    ]
    rows = []
    for ours, reference, label in timings:
        rows.append([ours.name, f"{ours.p50:.2f}", f"{ours.p99:.2f}", "", ""])
        if reference is not None:
            ratio = reference.p50 / ours.p50 if ours.p50 else float("nan")
            rows.append([reference.name, f"{reference.p50:.2f}", f"{reference.p99:.2f}", label, f"{ratio:.1f}x"])
    title = f"Query latency, embedded FalkorDB, {nodes:,} nodes / {edges:,} edges, {runs} runs (ms)"
    return title + "\n\n" + table(rows, ["query", "p50 ms", "p99 ms", "ratio", "value"])


def main() -> None:
    parser = argparse.ArgumentParser(description="query latency benchmark")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--data-dir", type=Path, default=Path("var-bench"))
    args = parser.parse_args()
    store = EmbeddedStore(args.data_dir, start_timeout=600)
    try:
        print(run(store, args.scale, args.runs))
    finally:
        store.close()


if __name__ == "__main__":
    main()
