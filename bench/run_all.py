"""Run every benchmark in sequence and write BENCHMARKS.md (``make bench``).

Each benchmark runs in its own process (so peak RSS figures are its own), its output is shown
as it comes and collected; every figure is written next to its reference run, the ratio
between them, the goal it is measured against and whether the goal is met. While a benchmark
runs, the peak RSS (VmHWM) of each process it starts is sampled (API server, FalkorDB server).

    python -m bench.run_all                      # scale 0.2 (about 45k nodes), 10,000 documents
    python -m bench.run_all --scale 1.0          # the 1M-node / 3M-edge graph the goals are set for (slow)
    python -m bench.run_all --only load,query    # a subset; --out - prints the report only
    python -m bench.run_all --scale 0.3 --only growth   # per-row and per-node costs at scale 0.1 and 0.3

The growth rows (``bench.bench_growth``) measure the cost per row written and per lineage node
returned on the graphs of ``--growth-from`` (0.1) and ``--scale``, in the same run, and their ratio.

The synthetic graph of each scale is built once and kept in ``bench/out/graph-scale-<s>``
(nodes grow with the square of the scale: 0.1 is about 13k nodes, 0.5 about 250k, 1.0 about 1M).
During the API benchmark this process holds the graph's FalkorDB server open, so the API server
does not wait for a large graph to load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.common import FIGURE_HEADER, Figure, figures_table, peak_rss_mib, table
from graph.backends.embedded import EmbeddedStore

REPO = Path(__file__).resolve().parent.parent
BENCHES = ["extract", "load", "query", "api", "growth"]
LATENCY_GOAL_MS, RPS_GOAL, GOAL_SCALE = 50.0, 1000.0, 1.0


# -- processes ---------------------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _cmdline(pid: int) -> str:
    try:
        return (Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")).strip()
    except OSError:
        return ""


def role(cmdline: str, root: bool, under_server: bool) -> str:
    if root:
        return "benchmark process"
    if "redis-server" in cmdline:
        return "FalkorDB server"
    if cmdline.split(" ", 1)[0].endswith("wrk"):
        return "wrk (load generator)"
    if "app.cli serve" in cmdline:
        return "API server (uvicorn)"
    if under_server:
        return "API server worker"
    return "worker process"


@dataclass
class RssMonitor:
    """Samples the peak RSS of a process tree until stopped: {role: (largest peak MiB, processes)}."""

    root: int
    interval: float = 0.5
    peaks: dict[int, tuple[str, float]] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        tree = _children()
        stack: list[tuple[int, bool]] = [(self.root, False)]
        while stack:
            pid, under_server = stack.pop()
            cmd = _cmdline(pid)
            mib = peak_rss_mib(pid)
            if mib is not None and cmd:
                name = role(cmd, pid == self.root, under_server)
                previous = self.peaks.get(pid, (name, 0.0))[1]
                self.peaks[pid] = (name, max(previous, mib))
            server = under_server or "app.cli serve" in cmd
            stack.extend((child, server) for child in tree.get(pid, []))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def stop(self) -> dict[str, tuple[float, int]]:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        by_role: dict[str, tuple[float, int]] = {}
        for name, mib in self.peaks.values():
            largest, count = by_role.get(name, (0.0, 0))
            by_role[name] = (max(largest, mib), count + 1)
        return by_role


@dataclass
class Outcome:
    output: str
    seconds: float
    returncode: int
    rss: dict[str, tuple[float, int]]


def run_bench(module: str, args: list[str], timeout: float) -> Outcome:
    """``python -m module args``: its output shown live and collected, its process tree's peak RSS."""
    command = [sys.executable, "-m", module, *args]
    print(f"\n$ python {' '.join(command[1:])}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True, bufsize=1)
    monitor = RssMonitor(process.pid)
    monitor.start()
    lines: list[str] = []
    killer = threading.Timer(timeout, process.kill)
    killer.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            print(line, end="", flush=True)
            lines.append(line)
        process.wait()
    finally:
        killer.cancel()
        rss = monitor.stop()
    return Outcome("".join(lines), time.perf_counter() - started, process.returncode, rss)


# -- parsing what the benchmarks print ----------------------------------------------------------


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[str]]


def parse_tables(text: str) -> list[Table]:
    """Markdown tables in a benchmark's output, each with the last line of text above it as title."""
    tables: list[Table] = []
    title, current = "", None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped[1:-1].split("|")]
            if current is None:
                current = Table(title, cells, [])
                tables.append(current)
            elif not all(set(c) <= set("-: ") for c in cells):
                current.rows.append(cells)
        else:
            if current is not None:
                title, current = "", None
            if stripped:
                title = stripped
    return tables


def _number(text: str) -> float:
    match = re.search(r"-?[\d,]*\.?\d+", text)
    return float(match.group(0).replace(",", "")) if match else float("nan")


def is_figure_table(tab: Table) -> bool:
    return [h.lower() for h in tab.header] == FIGURE_HEADER


def other_tables(tables: list[Table]) -> list[str]:
    """Tables not in the figure format, as Markdown under their title (when a figure table came first)."""
    if not any(is_figure_table(t) for t in tables):
        return []
    return [(f"{t.title}\n\n" if t.title else "") + table(t.rows, t.header) for t in tables if not is_figure_table(t)]


def generic_figures(tables: list[Table]) -> list[Figure]:
    """Figures from the tables in the figure format; without any, every table row by row."""
    figures: list[Figure] = []
    only_figures = any(is_figure_table(t) for t in tables)
    for tab in tables:
        if only_figures and not is_figure_table(tab):
            continue
        if is_figure_table(tab):
            for row in tab.rows:
                name, value, reference, ratio, goal, met = (row + [""] * 6)[:6]
                verdict = {"yes": True, "no": False, "**no**": False}.get(met.lower())
                figures.append(Figure(name, value, reference, ratio, goal, verdict))
            continue
        for row in tab.rows:
            value = "; ".join(f"{h} {v}" for h, v in zip(tab.header[1:], row[1:], strict=False) if v)
            figures.append(Figure(row[0], value))
    return figures


def generic_figures_of(output: str) -> list[Figure]:
    return generic_figures(parse_tables(output))


def extract_figures(output: str) -> list[Figure]:
    return generic_figures(parse_tables(output))


def query_figures(tables: list[Table], scale: float) -> list[Figure]:
    """bench_query's rows: each query, followed by its reference (same query done the naive way)."""
    figures: list[Figure] = []
    judged = scale >= GOAL_SCALE
    ours_p50 = float("nan")
    for tab in tables:
        for row in tab.rows:
            name, p50, p99, label, _ = (row + [""] * 5)[:5]
            if label and figures:  # a reference row belongs to the figure above it
                figures[-1].reference = f"{name}: p50 {p50} / p99 {p99} ms"
                figures[-1].ratio = f"{_number(p50) / ours_p50:.2g}x ({label}, p50)"
                continue
            ours_p50 = _number(p50)
            goal, met = "", None
            if name.startswith(("lineage", "search")):
                goal = f"p99 < {LATENCY_GOAL_MS:.0f} ms at 1M nodes"
                met = _number(p99) < LATENCY_GOAL_MS if judged else None
                if not judged:
                    goal += f" (not judged at scale {scale})"
            figures.append(Figure(name, f"p50 {p50} / p99 {p99} ms", "", "", goal, met))
    return figures


TRUNCATED = (
    "wrk leaves requests slower than its 2 s timeout out of its percentiles (and bench_api does not count "
    "them): where the mean latency implied by Little's law (connections / requests/s) exceeds p99, the "
    "p99 shown is too low and the route is slower than it says."
)


def api_figures(tables: list[Table], scale: float, connections: int) -> list[Figure]:
    """bench_api's rows: each route next to /health, the framework's floor, in the same run.

    Each value also shows the mean latency implied by Little's law (``connections / requests/s``),
    a check on wrk's percentiles, which leave out requests that hit its 2 s timeout."""
    figures: list[Figure] = []
    judged = scale >= GOAL_SCALE
    errors = 0.0
    for tab in tables:
        floor = next((r for r in tab.rows if r[0].startswith("health")), None)
        for row in tab.rows:
            name, rps, p50, p99, non2xx, timeouts, vs, kb, api_cpu, store_cpu = (row + [""] * 10)[:10]
            errors += _number(non2xx) if non2xx else 0.0
            if row is floor:
                continue
            goal, met = "", None
            if name.startswith(("lineage", "search")) and name.endswith("cached"):
                goal = f">= {RPS_GOAL:.0f} req/s and p99 < {LATENCY_GOAL_MS:.0f} ms at 1M nodes"
                met = _number(rps) >= RPS_GOAL and _number(p99) < LATENCY_GOAL_MS if judged else None
                if not judged:
                    goal += f" (not judged at scale {scale})"
            elif name.startswith(("lineage", "search")):
                goal = "none: every request computed, for reference"
            reference = f"/health: {floor[1]} req/s, p50 {floor[2]} / p99 {floor[3]} ms" if floor else ""
            mean = connections / _number(rps) * 1000 if _number(rps) > 0 else float("inf")
            flag = " (> p99: see note)" if mean > _number(p99) else ""
            late = f"; {timeouts} over 2 s" if timeouts and _number(timeouts) > 0 else ""
            size = f"; answers {kb} KB" if kb else ""
            cpu = f"; CPU per request: API {api_cpu} ms, FalkorDB {store_cpu} ms" if api_cpu else ""
            value = f"{rps} req/s, p50 {p50} / p99 {p99} ms; implied mean {mean:,.0f} ms{flag}{late}{size}{cpu}"
            figures.append(Figure(name, value, reference, f"{vs} of /health", goal, met))
    figures.append(Figure("API: non-2xx responses, all routes", f"{errors:.0f}", "", "", "0", errors == 0))
    return figures


def rss_figures(rss: dict[str, tuple[float, int]], skip: tuple[str, ...] = ()) -> list[Figure]:
    figures = []
    for name, (mib, count) in sorted(rss.items()):
        if name in skip:
            continue
        several = f", largest of {count}" if count > 1 else ""
        figures.append(Figure(f"peak RSS, {name}{several} (sampled)", f"{mib:,.0f} MiB"))
    return figures


# -- the report -------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    info = {"cores": str(os.cpu_count()), "python": platform.python_version(), "kernel": platform.release()}
    try:
        cpu = Path("/proc/cpuinfo").read_text()
        model = re.search(r"^model name\s*:\s*(.+)$", cpu, re.M)
        info["cpu"] = model.group(1).strip() if model else "unknown"
        mem = re.search(r"^MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
        info["ram"] = f"{int(mem.group(1)) / 1024**2:.1f} GiB" if mem else "unknown"
    except OSError:
        info.setdefault("cpu", "unknown")
        info.setdefault("ram", "unknown")
    return info


def commit() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + (" (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else "")


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


@dataclass
class Section:
    name: str
    command: str
    title: str = ""
    figures: list[Figure] = field(default_factory=list)
    note: str = ""
    extra: list[str] = field(default_factory=list)  # other tables the benchmark printed, as printed
    raw: str = ""


def render(sections: list[Section], header: dict[str, str], notes: list[str]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench.run_all`). Every figure is measured next to a reference",
        "run in the same process, so the ratio holds when the machine is busy. Goals are from the issues",
        "(load: 10,000 documents in under 2 min on 2 cores; API: lineage and search p99 < 50 ms and",
        ">= 1000 req/s at 1M nodes / 3M edges). A goal that is missed says **no**.",
        "",
    ]
    lines += [f"- **{key}**: {value}" for key, value in header.items()]
    lines += [f"- {note}" for note in notes]
    goals = [(s.name, f) for s in sections for f in s.figures if f.goal]
    if goals:
        lines += ["", "## Goals", ""]
        rows = [[name, f.name, f.value, f.goal, f.row()[5]] for name, f in goals]
        lines.append(table(rows, ["benchmark", "figure", "measured", "goal", "met?"]))
    for section in sections:
        lines += ["", f"## {section.name}", "", f"`{section.command}`", ""]
        if section.title:
            lines += [section.title, ""]
        if section.note:
            lines += [section.note, ""]
        if section.figures:
            lines.append(figures_table(section.figures))
        for extra in section.extra:
            lines += ["", extra]
        if section.raw:
            lines += ["", "<details><summary>output</summary>", "", "```", section.raw.strip(), "```", "", "</details>"]
    return "\n".join(lines) + "\n"


def run_step(
    name: str,
    module: str,
    bench_args: list[str],
    parse: Callable[[str], list[Figure]],
    rss_skip: tuple[str, ...] | None,
    timeout: float,
) -> Section:
    """Run one benchmark; ``rss_skip``: the sampled process roles not to report (None: report none)."""
    outcome = run_bench(module, bench_args, timeout)
    tables = parse_tables(outcome.output)
    section = Section(name, f"python -m {module} {' '.join(bench_args)}".strip())
    section.title = tables[0].title if tables else ""
    if outcome.returncode != 0:
        section.note = f"**failed** (exit status {outcome.returncode}); its output is below."
        section.raw = outcome.output[-4000:]
    section.figures = parse(outcome.output)
    section.extra = other_tables(tables)
    if rss_skip is not None:
        section.figures += rss_figures(outcome.rss, rss_skip)
    section.figures.append(Figure("wall time of this benchmark", f"{outcome.seconds:.0f} s"))
    return section


def have_wrk() -> bool:
    if shutil.which("wrk"):
        return True
    sudo: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None or subprocess.run(["sudo", "-n", "true"], check=False).returncode != 0:
            return False
        sudo = ["sudo", "-n"]
    print("wrk is missing: installing it with apt-get", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "wrk"]):
        if subprocess.run([*sudo, *step], env=env, check=False).returncode != 0:
            return False
    return shutil.which("wrk") is not None


BUILT = re.compile(r"(\d+) nodes, (\d+) edges in ([\d.]+)s")


def ensure_graph(graph_dir: Path, scale: float, timeout: float) -> Section:
    """Build the synthetic graph for query and API unless this scale's graph is already there."""
    marker = graph_dir / "built.json"
    command = ["--scale", f"{scale:g}", "--data-dir", str(graph_dir)]
    section = Section("Synthetic graph", f"python -m bench.synth_graph {' '.join(command)}")
    built: dict[str, Any] = json.loads(marker.read_text()) if marker.exists() else {}
    if built.get("scale") == scale:
        section.note = f"reused: built by an earlier run on {built.get('built_on', '?')} (delete the folder to rebuild)"
    else:
        outcome = run_bench("bench.synth_graph", command, timeout)
        found = BUILT.search(outcome.output)
        if outcome.returncode != 0 or not found:
            section.note = f"**failed** (exit status {outcome.returncode}); its output is below."
            section.raw = outcome.output[-4000:]
            return section
        nodes, edges, seconds = int(found.group(1)), int(found.group(2)), float(found.group(3))
        rss = {name: list(peak) for name, peak in outcome.rss.items() if name != "worker process"}
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        built = {"scale": scale, "nodes": nodes, "edges": edges, "seconds": seconds, "built_on": when, "rss": rss}
        marker.write_text(json.dumps(built), encoding="utf-8")
    peaks = {name: (float(peak[0]), int(peak[1])) for name, peak in built.get("rss", {}).items()}
    section.figures += rss_figures(peaks, ())
    rate = (built["nodes"] + built["edges"]) / max(built["seconds"], 1e-9)
    section.figures[:0] = [
        Figure("nodes / edges", f"{built['nodes']:,.0f} / {built['edges']:,.0f}"),
        Figure("build, nodes+edges written/s (batched MERGE)", f"{rate:,.0f}", f"{built['seconds']:.0f} s in all"),
    ]
    return section


def main() -> None:
    parser = argparse.ArgumentParser(description="run every benchmark and write BENCHMARKS.md")
    parser.add_argument("--scale", type=float, default=0.2, help="synthetic graph for query/api; 1.0 = 1M nodes")
    parser.add_argument("--docs", type=int, default=10_000, help="documents for the load benchmark")
    parser.add_argument("--workers", type=int, default=2, help="loader extraction processes and API server workers")
    parser.add_argument("--query-runs", type=int, default=300)
    parser.add_argument("--api-seconds", type=int, default=10, help="wrk seconds per route")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections")
    parser.add_argument(
        "--growth-from", type=float, default=0.1, help="the smaller scale of the growth rows (the larger is --scale)"
    )
    parser.add_argument("--only", default=",".join(BENCHES), help=f"comma-separated subset of {','.join(BENCHES)}")
    parser.add_argument("--graph-dir", type=Path, default=None, help="default bench/out/graph-scale-<scale>")
    parser.add_argument("--out", default="BENCHMARKS.md", help="report file, or - for stdout only")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed per benchmark")
    args = parser.parse_args()
    only = [b.strip() for b in args.only.split(",") if b.strip()]
    if set(only) - set(BENCHES):
        parser.error(f"unknown benchmark(s): {', '.join(sorted(set(only) - set(BENCHES)))}")
    scale: float = args.scale
    if scale < 0.1:
        parser.error("--scale must be at least 0.1 (the query benchmark walks up from 13 communes per district)")
    graph_dir: Path = args.graph_dir or REPO / "bench" / "out" / f"graph-scale-{scale:g}"
    started, load_before = dt.datetime.now(dt.UTC), load_average()
    sections: list[Section] = []

    if "extract" in only:
        if (REPO / "bench" / "bench_extract.py").exists():
            sections.append(run_step("Extraction", "bench.bench_extract", [], extract_figures, (), args.timeout))
        else:
            print("\nbench/bench_extract.py does not exist: extraction benchmark skipped", flush=True)
            sections.append(Section("Extraction", "-", note="skipped: bench/bench_extract.py does not exist yet"))

    if "load" in only:
        with tempfile.TemporaryDirectory() as tmp:
            result = Path(tmp) / "load.json"

            def load_figures(output: str) -> list[Figure]:
                if not result.exists():
                    return generic_figures(parse_tables(output))
                return [Figure(**item) for item in json.loads(result.read_text(encoding="utf-8"))]

            load_args = ["--docs", str(args.docs), "--workers", str(args.workers)]
            section = run_step(
                "Load", "bench.bench_load", [*load_args, "--json", str(result)], load_figures, None, args.timeout
            )
            section.command = f"python -m bench.bench_load {' '.join(load_args)}"
            sections.append(section)

    if "query" in only or "api" in only:
        sections.append(ensure_graph(graph_dir, scale, args.timeout))

    if "query" in only:
        query_args = ["--scale", f"{scale:g}", "--runs", str(args.query_runs), "--data-dir", str(graph_dir)]

        def parse_query(output: str) -> list[Figure]:
            return query_figures(parse_tables(output), scale)

        sections.append(
            run_step("Query", "bench.bench_query", query_args, parse_query, ("worker process",), args.timeout)
        )

    if "api" in only:
        if not have_wrk():
            message = "skipped: wrk is not installed and cannot be installed here (apt-get install wrk)"
            print(f"\n{message}", flush=True)
            sections.append(Section("API", "python -m bench.bench_api", note=message))
        else:
            api_args = ["--data-dir", str(graph_dir), "--seconds", str(args.api_seconds)]
            api_args += ["--workers", str(args.workers), "--connections", str(args.connections)]

            def parse_api(output: str) -> list[Figure]:
                return api_figures(parse_tables(output), scale, args.connections)

            skip = ("benchmark process", "wrk (load generator)", "FalkorDB server")
            # Hold the server open (loaded) for the API server; its peak RSS is read before letting go.
            holder = EmbeddedStore(graph_dir, start_timeout=1800)
            try:
                section = run_step("API", "bench.bench_api", api_args, parse_api, skip, args.timeout)
                pid = (graph_dir / "falkordb.pid").read_text().strip()
                server = peak_rss_mib(pid)
            finally:
                holder.close()
            if server is not None:
                section.figures.insert(-1, Figure("peak RSS, FalkorDB server (VmHWM)", f"{server:,.0f} MiB"))
            if any("see note" in f.value for f in section.figures):
                section.note = (section.note + " " + TRUNCATED).strip()
            sections.append(section)

    if "growth" in only:
        if scale <= args.growth_from:
            message = f"skipped: --scale {scale:g} is not larger than --growth-from {args.growth_from:g}"
            sections.append(Section("Growth", "python -m bench.bench_growth", note=message))
        else:
            root = graph_dir.parent  # graph-scale-<s> folders, the larger one is this run's graph
            growth_args = ["--scales", f"{args.growth_from:g},{scale:g}", "--data-root", str(root)]
            growth_args += ["--runs", str(max(50, args.query_runs // 3))]
            sections.append(
                run_step("Growth", "bench.bench_growth", growth_args, generic_figures_of, None, args.timeout)
            )

    info = machine()
    header = {
        "date": started.strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit(),
        "machine": f"{info['cores']} cores, {info['ram']} RAM, {info['cpu']}; Linux {info['kernel']}, "
        f"Python {info['python']}",
        "scale": f"{scale} for query and API (1.0 = about 1M nodes / 3M edges); {args.docs:,} documents for load",
        "load average": f"{load_before} at the start, {load_average()} at the end (1, 5, 15 min)",
    }
    notes = [
        "The machine is shared and noisy: read the ratios (each against a reference measured in the same "
        "process, moments apart) rather than the absolute numbers.",
        "Peak RSS marked *sampled* is VmHWM read every 0.5 s from /proc for each process the benchmark started.",
    ]
    report = render(sections, header, notes)
    if args.out == "-":
        print(report)
    else:
        Path(args.out).write_text(report, encoding="utf-8")
        print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
