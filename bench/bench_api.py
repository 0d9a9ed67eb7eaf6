"""API throughput and latency under concurrent load (wrk), on the synthetic graph.

Every route runs twice, on two servers over the same store:

* **cached**: the server as shipped (``DG_CACHE_MB`` default). Each path of the workload is
  requested until it has been answered from the cache, then wrk cycles through all of them:
  this is a read-mostly API whose graph changes only when documents are loaded.
* **computed**: the same workload on a server with ``DG_CACHE_MB=0``, so that every request
  walks the graph and builds its answer.

``/health`` (the framework's own floor, no store call) is measured in the same run, so the
ratios hold on a noisy machine.

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
LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def wrk(url: str, paths: list[str], seconds: int, connections: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % ", ".join(f'"{p}"' for p in paths))
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    os.unlink(script.name)

    def ms(label: str) -> float:
        m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        if not m:
            return float("nan")
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"Socket errors:.*timeout (\d+)", out)
    return {
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


@contextmanager
def server(data_dir: Path, port: int, workers: int, cache_mb: float | None) -> Iterator[str]:
    env = {**os.environ, "DG_DATA_DIR": str(data_dir), "DG_EMBEDDED_START_TIMEOUT": "1800"}
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
        yield url
    finally:
        process.terminate()
        process.wait(timeout=60)


HEADER = ["route", "requests/s", "p50 ms", "p99 ms", "non-2xx", "timeouts (wrk: 2 s)", "vs /health"]


def answer_kb(url: str, paths: list[str]) -> float:
    """Mean size of the route's answers (KiB of JSON), each path asked once."""
    with httpx.Client(base_url=url, timeout=120) as client:
        return sum(len(client.get(path).content) for path in paths) / len(paths) / 1024


def row(name: str, result: dict[str, float]) -> list[str]:
    figures = (f"{result[k]:.0f}" for k in ("errors", "timeouts"))
    return [name, f"{result['rps']:.0f}", f"{result['p50']:.1f}", f"{result['p99']:.1f}", *figures]


def run(data_dir: Path, seconds: int, workers: int, connections: int) -> str:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (make bench installs it: apt-get install wrk)")
    rows: list[list[str]] = []
    unprimed = 0
    holder = EmbeddedStore(data_dir, start_timeout=1800)  # one store server for both API servers
    try:
        with server(data_dir, 8790, workers, None) as url:
            kb = {name: answer_kb(url, paths) for name, paths in ROUTES.items()}
            for name, paths in ROUTES.items():
                unprimed += prime(url, paths)
                wrk(url, paths, max(3, seconds // 2), connections)  # warm-up, not counted: every worker's cache
                rows.append(row(f"{name}, cached", wrk(url, paths, seconds, connections)))
            rows.append(row(FLOOR, wrk(url, ["/health"], seconds, connections)))
        with server(data_dir, 8791, workers, 0) as url:
            for name, paths in ROUTES.items():
                rows.append(row(f"{name}, computed (cache off)", wrk(url, paths, seconds, connections)))
    finally:
        holder.close()
    floor = next(float(r[1]) for r in rows if r[0] == FLOOR) or 1.0
    for r in rows:
        r.append(f"{float(r[1]) / floor:.2f}")
        r.append(next((f"{size:.1f}" for name, size in kb.items() if r[0].startswith(name)), ""))
    sizes = ", ".join(f"{len(paths)} {name.split(' ')[0]} paths" for name, paths in ROUTES.items())
    title = (
        f"API under load: wrk, {connections} connections, {seconds}s per route, {workers} server workers; "
        f"{sizes}; cached = every path answered from the cache before the measured run ({unprimed} not), "
        "after a warm-up run of wrk"
    )
    return title + "\n\n" + table(rows, [*HEADER, "answer KB (mean)"])


def main() -> None:
    parser = argparse.ArgumentParser(description="API load benchmark (wrk): cached and computed answers")
    parser.add_argument("--data-dir", type=Path, default=Path("var-bench"), help="the synthetic graph's folder")
    parser.add_argument("--seconds", type=int, default=10, help="wrk seconds per route")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections")
    args = parser.parse_args()
    print(run(args.data_dir, args.seconds, args.workers, args.connections))


if __name__ == "__main__":
    main()
