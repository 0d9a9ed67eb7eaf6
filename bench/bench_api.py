"""API throughput and latency under concurrent load (wrk), on the synthetic graph.

Each route is measured next to ``/health`` (the framework's own floor, no store call) in the
same run, so the ratio holds on a noisy machine.

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
from pathlib import Path

import httpx

from bench.common import table

PLANS = [f"{100 + d}-KH%2FTU@tinh-{p:02d}:{2020 + d % 6}" for p in range(0, 63, 7) for d in range(2)]
ROUTES = {
    "lineage (provincial plan, depth 3)": [f"/resolutions/{plan}/lineage?depth=3" for plan in PLANS],
    "search": [f"/search?q={q}" for q in ("nguyen%20van", "tran%20thi", "xa%2007", "du%20an%20nong", "huyen%2003")],
    "neighbourhood": [f"/graph/neighbourhood?key={plan}" for plan in PLANS],
    "health (floor)": ["/health"],
}
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
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "p50": ms("50"),
        "p99": ms("99"),
        "errors": float(errors.group(1)) if errors else 0.0,
    }


def run(data_dir: Path, seconds: int, workers: int, connections: int) -> str:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (make bench installs it: apt-get install wrk)")
    port = 8790
    env = {**os.environ, "DG_DATA_DIR": str(data_dir)}
    server = subprocess.Popen(
        [sys.executable, "-m", "loaders.cli", "serve", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(url + "/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        rows = []
        for name, paths in ROUTES.items():
            result = wrk(url, paths, seconds, connections)
            rows.append(
                [
                    name,
                    f"{result['rps']:.0f}",
                    f"{result['p50']:.1f}",
                    f"{result['p99']:.1f}",
                    f"{result['errors']:.0f}",
                ]
            )
        floor = float(rows[-1][1]) or 1.0
        for row in rows:
            row.append(f"{float(row[1]) / floor:.2f}")
    finally:
        server.terminate()
        server.wait(timeout=60)
    title = f"API under load: wrk, {connections} connections, {seconds}s per route, {workers} server workers"
    return title + "\n\n" + table(rows, ["route", "requests/s", "p50 ms", "p99 ms", "non-2xx", "vs /health"])


def main() -> None:
    parser = argparse.ArgumentParser(description="API load benchmark (wrk)")
    parser.add_argument("--data-dir", type=Path, default=Path("var-bench"))
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    print(run(args.data_dir, args.seconds, args.workers, args.connections))


if __name__ == "__main__":
    main()
