"""The API, load and reliability tests, run again and again with every core kept busy: a test that leans on
timing (a sleep long enough, a deadline short enough) fails here instead of once in a while in CI.

    python tools/busy_check.py --runs 20           # make busy-check RUNS=20
    python tools/busy_check.py --runs 3 -k cache   # more pytest arguments after the options

The tests are those marked ``api`` or ``slow`` (:data:`MARKERS`): tests/api, tests/reliability (hostile
inputs, ``kill -9`` of the store, a full disk, concurrent loads, 200 concurrent clients) and the ``kill -9``
mid-load resume; not the unit, contract, browser or neo4j tests, nor the single-process load-pipeline ones.

One CPU burner per core (a Python busy loop that ends by itself when this script is gone) runs while the
tests do; the runs stop at the first failure, which is printed with pytest's output; the burners are
stopped whatever happens. Exit status 0 only when every run passed.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MARKERS = "api or slow"

#: A busy loop that stops once its parent (this script) is gone, even when this script is killed with -9.
BURNER = "import os\nparent = os.getppid()\nwhile os.getppid() == parent:\n    for _ in range(1_000_000): pass\n"


def start_burners(count: int) -> list[subprocess.Popen[bytes]]:
    return [subprocess.Popen([sys.executable, "-c", BURNER]) for _ in range(count)]


def stop_burners(burners: list[subprocess.Popen[bytes]]) -> None:
    for burner in burners:
        burner.terminate()
    for burner in burners:
        try:
            burner.wait(timeout=10)
        except subprocess.TimeoutExpired:
            burner.kill()
            burner.wait()


def run_tests(command: list[str], env: dict[str, str], log: Path) -> int:
    """One pytest run, its output into ``log``; interrupted, pytest gets a Ctrl-C (its fixtures then stop the
    servers they started) and a minute to finish before it is killed."""
    with log.open("w", encoding="utf-8") as out:
        tests = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            return tests.wait()
        finally:
            if tests.poll() is None:
                tests.send_signal(signal.SIGINT)
                try:
                    tests.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    tests.kill()
                    tests.wait()


def summary_line(output: str) -> str:
    """pytest's last line ('236 passed, 2 skipped, 790 deselected in 467.23s (0:07:47)')."""
    lines = [line.strip("= ") for line in output.splitlines() if line.strip("= ")]
    return lines[-1] if lines else "(no pytest output)"


def failures(output: str) -> list[str]:
    """The failed and errored test ids from pytest's short summary (``-ra``)."""
    return re.findall(r"^(?:FAILED|ERROR) (\S+)", output, flags=re.MULTILINE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=20, help="consecutive runs (default 20)")
    parser.add_argument("--burners", type=int, default=os.cpu_count() or 2, help="busy loops (default: one a core)")
    parser.add_argument("--markers", default=MARKERS, help=f"pytest -m expression (default {MARKERS!r})")
    parser.add_argument("--keep", type=Path, help="folder for every run's pytest output (default: a temporary one)")
    args, pytest_args = parser.parse_known_args()
    # Ctrl-C, or a TERM, stops the run in progress and the burners (even when started in the background,
    # where a shell starts it with SIGINT ignored).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    command = [sys.executable, "-m", "pytest", "-q", "-ra", "-p", "no:cacheprovider", "--durations=10"]
    command += ["-m", args.markers, *pytest_args]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    corpus = REPO.parent / "shared" / "corpus"
    if corpus.is_dir():
        env.setdefault("DG_SHARED_CORPUS", str(corpus))
    logs = args.keep or Path(tempfile.mkdtemp(prefix="dg-busy-check-"))
    logs.mkdir(parents=True, exist_ok=True)
    print(f"{args.runs} runs of pytest -m {args.markers!r} with {args.burners} CPU burners; output in {logs}")

    started = time.monotonic()
    passed = 0
    burners = start_burners(args.burners)
    try:
        for run in range(1, args.runs + 1):
            begun = time.monotonic()
            log = logs / f"run-{run:02d}.log"
            returncode = run_tests(command, env, log)
            output = log.read_text(encoding="utf-8", errors="replace")
            took = time.monotonic() - begun
            if returncode != 0:
                print(output)
                print(f"run {run}/{args.runs} FAILED after {took:.0f} s: {summary_line(output)}")
                for test in failures(output):
                    print(f"  {test}")
                break
            passed += 1
            print(f"run {run}/{args.runs} passed in {took:.0f} s: {summary_line(output)}", flush=True)
    except (KeyboardInterrupt, SystemExit):
        print(f"interrupted during run {passed + 1}")
    finally:
        stop_burners(burners)
    minutes = (time.monotonic() - started) / 60
    print(f"{passed} of {args.runs} runs passed in a row, {minutes:.1f} min, {args.burners} CPU burners", flush=True)
    return 0 if passed == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
