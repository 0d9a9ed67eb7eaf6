"""End-to-end load throughput on the embedded backend, for a synthetic corpus with gold truth.

Writes ``--docs`` articles with :func:`bench.synth_corpus.write_corpus` (default 10,000), loads
them with :class:`loaders.pipeline.Loader` into a fresh embedded store, and reports documents/s,
nodes+edges written/s, total seconds against the goal (10,000 documents in under 2 minutes on
2 cores) and the peak RSS of the loader, its extraction workers and the FalkorDB server.

The reference, in the same process: the same documents only read and extracted (same number
of worker processes, no resolution, no writes), so the ratio is the cost of resolving and
writing. A light correctness check compares the graph with the corpus gold: resolution and
official keys found against the distinct gold keys, and IMPLEMENTS edges.

    python -m bench.bench_load --docs 10000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.common import Figure, figures_table, peak_rss_mib
from bench.synth_corpus import write_corpus
from graph import stats
from graph.backends.embedded import EmbeddedStore
from graph.store import GraphStore
from kernel.text import identity_slug, slug
from loaders.extract import extract
from loaders.pipeline import Loader, LoadSummary
from loaders.read import SourceDocument, read_path

GOAL_DOCS, GOAL_SECONDS = 10_000, 120.0


@dataclass
class Gold:
    """Distinct keys the graph should hold, derived from the corpus gold files."""

    documents: int = 0
    resolutions: set[str] = field(default_factory=set)
    officials: set[str] = field(default_factory=set)
    implements: set[tuple[str, str]] = field(default_factory=set)


def read_gold(gold_dir: Path) -> Gold:
    """Gold keys in the graph's key scheme (loaders/resolve.py): ``57-NQ/TW:2024``, ``101-KH/TU@lao-cai:2025``, a
    district's plan with its district ``104-KH/HU@lao-cai/huyen-bao-thang:2025``, an official by the name's
    identity slug (its Vietnamese letters kept) ``phạm-kim-vinh@lao-cai``."""
    gold = Gold()
    for path in sorted(gold_dir.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        gold.documents += 1
        province = slug(doc["meetings"][0]["province"])
        districts = {loc["name"] for loc in doc["localities"] if loc["level"] == "huyện"}
        keys: dict[str, str] = {}
        for res in doc["resolutions"]:
            year = res["issued_on"][:4]
            local = "" if res["key"].endswith("/TW") else f"@{province}"
            if local and "huyện" in res["issuer"].lower() and len(districts) == 1:  # the article's one district
                local += "/" + slug(f"huyện {next(iter(districts))}")
            keys[res["key"]] = f"{res['key']}{local}:{year}"
        gold.resolutions |= set(keys.values())
        gold.officials |= {f"{identity_slug(o['name'])}@{province}" for o in doc["officials"]}
        gold.implements |= {
            (keys[r["source"]], keys[r["target"]])
            for r in doc["relations"]
            if r["type"] == "IMPLEMENTS" and r["source"] in keys and r["target"] in keys
        }
    return gold


def _read_and_extract(path: Path) -> int:
    """The reference's unit of work: read one file and extract it (no resolution, no write)."""
    doc: SourceDocument = read_path(path)
    gold = extract(doc.text, published=doc.published, doc=doc.stem).to_gold()
    return len(gold)


def reference_extract(paths: list[Path], workers: int) -> float:
    """Seconds to read and extract every document, the way the loader's pool does it."""
    started = time.perf_counter()
    if workers <= 1:
        for path in paths:
            _read_and_extract(path)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for _ in pool.map(_read_and_extract, paths, chunksize=16):
                pass
    return time.perf_counter() - started


def all_keys(store: GraphStore, query: str, params: dict[str, Any], page: int = 5000) -> set[str]:
    keys: set[str] = set()
    skip = 0
    while True:
        rows = store.read(query, {**params, "skip": skip, "limit": page})
        keys |= {str(row["key"]) for row in rows}
        if len(rows) < page:
            return keys
        skip += page


def graph_keys(store: GraphStore) -> tuple[set[str], set[str]]:
    """The keys of every resolution and every official in the graph."""
    everything = {"kinds": None, "issuers": None, "issuer_codes": None, "level": None, "date_from": None,
                  "date_to": None, "text": None}  # fmt: skip
    resolutions = all_keys(store, "resolutions_list", everything)
    return resolutions, all_keys(store, "officials_list", {"text": None, "provinces": None})


@dataclass
class LoadRun:
    summary: LoadSummary
    server_peak_mib: float | None
    children_peak_mib: float  # extraction workers (reaped by then), before the server is stopped
    counts: dict[str, dict[str, int]]
    resolutions: set[str]
    officials: set[str]


def load(corpus_docs: Path, data_dir: Path, workers: int) -> LoadRun:
    store = EmbeddedStore(data_dir, start_timeout=120, query_timeout_ms=600_000)
    try:
        store.apply_schema()
        summary = Loader(store, workers=workers).load_paths([str(corpus_docs)])
        pid = (data_dir / "falkordb.pid").read_text().strip()
        server_peak = peak_rss_mib(pid)  # read before close: the last user stops the server
        children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        counts = stats.counts(store)
        resolutions, officials = graph_keys(store)
    finally:
        store.close()
    return LoadRun(summary, server_peak, children_peak, counts, resolutions, officials)


def _coverage(name: str, found: set[str] | int, expected: set[str] | int) -> Figure:
    if isinstance(found, set) and isinstance(expected, set):
        hit = len(found & expected)
        value = f"{hit:,} / {len(expected):,} gold keys found"
        reference = f"{len(found - expected):,} other keys in the graph"
        ratio = f"{hit / len(expected):.1%}" if expected else ""
        return Figure(name, value, reference, ratio, "100% found", hit == len(expected))
    assert isinstance(found, int) and isinstance(expected, int)
    ratio = f"{found / expected:.2f}" if expected else ""
    return Figure(name, f"{found:,} edges", f"{expected:,} distinct gold pairs", ratio, ">= gold", found >= expected)


def run(docs: int, workers: int, seed: int = 11, work_dir: Path | None = None) -> tuple[str, list[Figure]]:
    """Generate, reference-extract, load and check; returns the printed report and its figures."""
    tmp = Path(tempfile.mkdtemp(prefix="dg-bench-load-", dir=work_dir))
    try:
        started = time.perf_counter()
        paths = write_corpus(tmp / "corpus", docs, seed)
        generated = time.perf_counter() - started
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        gold = read_gold(tmp / "corpus" / "gold")
        extract_seconds = reference_extract(paths, workers)
        result = load(tmp / "corpus" / "docs", tmp / "data", workers)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = result.summary
    seconds = summary.seconds
    loaded = len(summary.loaded)
    rows = sum(summary.written.values())
    projected = seconds * GOAL_DOCS / max(1, loaded)
    exact = loaded == GOAL_DOCS
    goal_text = f"< {GOAL_SECONDS:.0f} s for {GOAL_DOCS:,} docs"
    figures = [
        Figure(
            "load, documents/s (read, extract, resolve, write)",
            f"{loaded / seconds:,.1f}",
            f"{docs / extract_seconds:,.1f} read+extract only",
            f"{seconds / extract_seconds:.2f}x the time (write overhead)",
        ),
        Figure("load, nodes+edges written/s", f"{rows / seconds:,.0f}", f"{rows:,} rows written", ""),
        Figure(
            f"load, total seconds for {loaded:,} documents" + ("" if exact else f" (projected to {GOAL_DOCS:,})"),
            f"{seconds:.1f} s" + ("" if exact else f" -> {projected:.0f} s"),
            f"{extract_seconds:.1f} s read+extract only",
            f"{seconds / extract_seconds:.2f}",
            goal_text,
            projected < GOAL_SECONDS,
        ),
        Figure("peak RSS, loader process", f"{self_peak:,.0f} MiB", "", ""),
        Figure("peak RSS, largest extraction worker", f"{result.children_peak_mib:,.0f} MiB", "", ""),
        Figure(
            "peak RSS, FalkorDB server (VmHWM)",
            "n/a" if result.server_peak_mib is None else f"{result.server_peak_mib:,.0f} MiB",
            "",
            "",
        ),
        Figure("failed documents", f"{len(summary.failed)}", "", "", "0", not summary.failed),
        _coverage("gold check: resolutions", result.resolutions, gold.resolutions),
        _coverage("gold check: officials", result.officials, gold.officials),
        _coverage("gold check: IMPLEMENTS", result.counts["edges"]["IMPLEMENTS"], len(gold.implements)),
    ]
    nodes = sum(result.counts["nodes"].values())
    edges = sum(result.counts["edges"].values())
    title = (
        f"Load, embedded FalkorDB: {loaded:,} synthetic documents ({megabytes:.1f} MB, generated in "
        f"{generated:.1f} s), {workers} extraction workers -> {nodes:,} nodes / {edges:,} edges"
    )
    return title + "\n\n" + figures_table(figures), figures


def main() -> None:
    parser = argparse.ArgumentParser(description="end-to-end load benchmark (embedded store)")
    parser.add_argument("--docs", type=int, default=GOAL_DOCS)
    parser.add_argument("--workers", type=int, default=2, help="extraction processes (loader and reference)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--work-dir", type=Path, default=None, help="parent of the temporary corpus and store")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here as JSON")
    args = parser.parse_args()
    report, figures = run(args.docs, args.workers, args.seed, args.work_dir)
    print(report)
    if args.json is not None:
        args.json.write_text(json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
