"""Timing helpers shared by the benchmarks: percentiles and a table printer."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Timing:
    name: str
    samples_ms: list[float]

    @property
    def p50(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p99(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def time_calls(name: str, call: Callable[[int], object], runs: int) -> Timing:
    """Call ``call(i)`` ``runs`` times (after 3 warm-up calls) and record each latency in ms."""
    for i in range(3):
        call(i)
    samples = []
    for i in range(runs):
        started = time.perf_counter()
        call(i)
        samples.append((time.perf_counter() - started) * 1000)
    return Timing(name, samples)


def table(rows: list[list[str]], header: list[str]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


@dataclass
class Figure:
    """One reported figure next to its reference run (both measured in the same process)."""

    name: str
    value: str
    reference: str = ""
    ratio: str = ""
    goal: str = ""
    met: bool | None = None  # None: no goal, or not measurable at this scale

    def row(self) -> list[str]:
        met = "" if self.met is None else ("yes" if self.met else "**no**")
        return [self.name, self.value, self.reference, self.ratio, self.goal, met]


FIGURE_HEADER = ["figure", "value", "reference", "ratio", "goal", "met?"]


def figures_table(figures: list[Figure]) -> str:
    """A Markdown table of figures with their references, ratios and goals."""
    return table([f.row() for f in figures], FIGURE_HEADER)


def peak_rss_mib(pid: int | str) -> float | None:
    """Peak resident set size (VmHWM) of a live process, in MiB; None when it cannot be read."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None
