"""API throughput and latency under concurrent load (wrk), on the synthetic graph.

Every route runs twice, on two servers over the same store:

* **cached**: the server as shipped (``DG_CACHE_MB`` default). Each path of the workload is
  requested until it has been answered from the cache, then wrk cycles through all of them:
  this is a read-mostly API whose graph changes only when documents are loaded.
* **computed**: the same workload on a server with ``DG_CACHE_MB=0``, so that every request
  walks the graph and builds its answer.

``/health`` (the framework's own floor, no store call) is measured in the same run, so the
ratios hold on a noisy machine. Each row also gives the CPU time a request cost the API server's
processes (the uvicorn supervisor and its workers) and the FalkorDB server, read from ``/proc``
before and after the run: unlike the rate, that figure does not move when other work shares the
machine.

    python -m bench.bench_api --data-dir var-bench --seconds 10 --workers 2
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.common import table
from graph.backends.embedded import EmbeddedStore

PLANS = [f"{100 + d}-KH%2FTU@tinh-{p:02d}:{2020 + d % 6}" for p in range(63) for d in range(3)]
SEARCHES = [f"{word}%20{n:02d}" for word in ("xa", "huyen") for n in range(60)] + [
    f"{name}%20{part}" for name in ("nguyen", "tran", "le", "pham") for part in ("van", "thi", "duc", "minh", "thanh")
]
ROUTES = {
    "lineage (provincial plan, depth 3)": [f"/resolutions/{plan}/lineage?depth=3" for plan in PLANS],
    "search": [f"/search?q={q}" for q in SEARCHES],
    "neighbourhood": [f"/graph/neighbourhood?key={plan}" for plan in PLANS],
}
FLOOR = "health (floor)"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def wait_for_indexes(store: EmbeddedStore, timeout: float = 3600) -> float:
    """Wait until the server has built every index (a server that has just loaded the graph rebuilds them in the
    background: until then search finds nothing and key lookups scan); returns the seconds waited."""
    started = time.monotonic()
    while store.indexes_building():
        if time.monotonic() - started > timeout:
            raise SystemExit(f"the store's indexes were still being built after {timeout:.0f} s")
        time.sleep(1)
    return time.monotonic() - started


def process_tree(pid: int) -> list[int]:
    """``pid`` and every live process below it (the API server's supervisor and its workers)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, stack = [], [pid]
    while stack:
        tree.append(current := stack.pop())
        stack.extend(children.get(current, []))
    return tree


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU seconds the processes have used so far (the ones that ended are not counted)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
    return ticks / CLOCK_TICKS


def wrk(
    url: str, paths: list[str], seconds: int, connections: int, watched: dict[str, list[int]] | None = None
) -> dict[str, float]:
    """wrk's rate, p50, p99, errors and timeouts; with ``watched`` (name: process ids), also the CPU milliseconds
    per request each group of processes used during the run (``cpu <name>``)."""
    before = {name: cpu_seconds(pids) for name, pids in (watched or {}).items()}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % ", ".join(f'"{p}"' for p in paths))
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    os.unlink(script.name)
    used = {name: cpu_seconds(pids) - before[name] for name, pids in (watched or {}).items()}

    def ms(label: str) -> float:
        m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        if not m:
            return float("nan")
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"Socket errors:.*timeout (\d+)", out)
    done = re.search(r"(\d+) requests in", out)
    count = float(done.group(1)) if done else 0.0
    return {
        **{f"cpu {name}": seconds * 1000 / count if count else float("nan") for name, seconds in used.items()},
        "rps": float(rps.group(1)) if rps else 0.0,
        "p50": ms("50"),
        "p99": ms("99"),
        "errors": float(errors.group(1)) if errors else 0.0,
        "timeouts": float(timeouts.group(1)) if timeouts else 0.0,
    }


def prime(url: str, paths: list[str], attempts: int = 16) -> int:
    """Request each path until it is answered from a cache five times running.

    Every request opens a new connection, so that the server's workers (each with a cache of
    its own) share them as they share wrk's. Returns how many paths never got there (they are
    still measured)."""

    def one(path: str) -> bool:
        streak = 0
        for _ in range(attempts):
            response = httpx.get(url + path, timeout=120)
            response.raise_for_status()
            streak = streak + 1 if response.headers.get("x-cache") == "hit" else 0
            if streak == 5:
                return True
        return False

    with ThreadPoolExecutor(4) as pool:
        return sum(not ok for ok in pool.map(one, paths))


@dataclass
class Served:
    """A running API server: its address and the process ids whose CPU time a request costs."""

    url: str
    pid: int
    store_pid: int | None

    def watched(self) -> dict[str, list[int]]:
        """The API server's processes (found now: its workers start after it) and the store server's."""
        return {"api": process_tree(self.pid), "store": [self.store_pid] if self.store_pid else []}


@contextmanager
def server(
    data_dir: Path, port: int, workers: int, cache_mb: float | None, env: dict[str, str] | None = None
) -> Iterator[Served]:
    """``dg serve`` on ``data_dir``'s store (``env``: more environment, e.g. ``PYTHONPATH`` for another worktree)."""
    env = {**os.environ, "DG_DATA_DIR": str(data_dir), "DG_EMBEDDED_START_TIMEOUT": "1800", **(env or {})}
    if cache_mb is not None:
        env["DG_CACHE_MB"] = str(cache_mb)
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(3000):
            try:
                if httpx.get(url + "/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None:
                raise SystemExit(f"dg serve exited with {process.returncode} before it was ready")
            time.sleep(0.1)
        pidfile = data_dir / "falkordb.pid"
        yield Served(url, process.pid, int(pidfile.read_text()) if pidfile.exists() else None)
    finally:
        process.terminate()
        process.wait(timeout=60)


HEADER = ["route", "requests/s", "p50 ms", "p99 ms", "non-2xx", "timeouts (wrk: 2 s)", "vs /health"]
#: after the answer size (bench/run_all.py reads the columns before them by position)
CPU_HEADER = ["API CPU ms/request", "FalkorDB CPU ms/request"]


def answer_kb(url: str, paths: list[str]) -> float:
    """Mean size of the route's answers (KiB of JSON), each path asked once."""
    with httpx.Client(base_url=url, timeout=120) as client:
        return sum(len(client.get(path).content) for path in paths) / len(paths) / 1024


def row(name: str, result: dict[str, float]) -> list[str]:
    """The table's row, but for the ratio to /health and the answer size (inserted once the run is done)."""
    figures = (f"{result[k]:.0f}" for k in ("errors", "timeouts"))
    cpu = (f"{result[k]:.2f}" if k in result else "" for k in ("cpu api", "cpu store"))
    return [name, f"{result['rps']:.0f}", f"{result['p50']:.1f}", f"{result['p99']:.1f}", *figures, *cpu]


def run(data_dir: Path, seconds: int, workers: int, connections: int, computed_only: bool = False) -> str:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (make bench installs it: apt-get install wrk)")
    rows: list[list[str]] = []
    unprimed = 0
    holder = EmbeddedStore(data_dir, start_timeout=1800)  # one store server for both API servers
    kb: dict[str, float] = {}
    try:
        waited = wait_for_indexes(holder)
        with server(data_dir, 8790, workers, None) as served:
            url = served.url
            kb = {name: answer_kb(url, paths) for name, paths in ROUTES.items()}
            for name, paths in {} if computed_only else ROUTES.items():
                unprimed += prime(url, paths)
                wrk(url, paths, max(3, seconds // 2), connections)  # warm-up, not counted: every worker's cache
                rows.append(row(f"{name}, cached", wrk(url, paths, seconds, connections, served.watched())))
            if not computed_only:
                rows.append(row(FLOOR, wrk(url, ["/health"], seconds, connections, served.watched())))
        with server(data_dir, 8791, workers, 0) as served:
            for name, paths in ROUTES.items():
                result = wrk(served.url, paths, seconds, connections, served.watched())
                rows.append(row(f"{name}, computed (cache off)", result))
    finally:
        holder.close()
    floor = next((float(r[1]) for r in rows if r[0] == FLOOR), 0.0)
    for r in rows:
        r.insert(6, f"{float(r[1]) / floor:.2f}" if floor else "")
        r.insert(7, next((f"{size:.1f}" for name, size in kb.items() if r[0].startswith(name)), ""))
    sizes = ", ".join(f"{len(paths)} {name.split(' ')[0]} paths" for name, paths in ROUTES.items())
    title = (
        f"API under load: wrk, {connections} connections, {seconds}s per route, {workers} server workers; "
        f"{sizes}; cached = every path answered from the cache before the measured run ({unprimed} not), "
        f"after a warm-up run of wrk; measured once the store had built its indexes (waited {waited:.0f} s)"
    )
    return title + "\n\n" + table(rows, [*HEADER, "answer KB (mean)", *CPU_HEADER])


def main() -> None:
    parser = argparse.ArgumentParser(description="API load benchmark (wrk): cached and computed answers")
    parser.add_argument("--data-dir", type=Path, default=Path("var-bench"), help="the synthetic graph's folder")
    parser.add_argument("--seconds", type=int, default=10, help="wrk seconds per route")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections")
    parser.add_argument(
        "--computed-only", action="store_true", help="only the computed rows (cache off), without /health"
    )
    args = parser.parse_args()
    print(run(args.data_dir, args.seconds, args.workers, args.connections, args.computed_only))


if __name__ == "__main__":
    main()
