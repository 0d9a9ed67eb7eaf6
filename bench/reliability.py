"""The reliability table (``make reliability``): run the red-path tests and write what they tried.

Runs pytest over :data:`SUITES` (hostile inputs, injected faults, load held) with a small plugin
that records, for every test function, its cases, outcome, time and what it measured (the
``record_property`` values a test leaves, e.g. ``held``), then writes the table into the README
between the ``reliability`` markers (``--out -`` prints it instead). Exit status: pytest's.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- reliability:begin -->", "<!-- reliability:end -->"

#: test file -> what kind of trouble it brings
SUITES = {
    "tests/unit/read/test_dates_and_bad_files.py": "input",
    "tests/unit/read/test_fetch.py": "input",
    "tests/load/test_bad_files_batch.py": "input",
    "tests/api/test_documents_text.py": "input",
    "tests/api/test_security.py": "input",
    "tests/api/test_reader_budget.py": "input / load",
    "tests/api/test_exposure.py": "input",
    "tests/reliability/test_api_fuzz.py": "input",
    "tests/reliability/test_faults.py": "fault",
    "tests/reliability/test_disk_faults.py": "fault",
    "tests/reliability/test_concurrent_load.py": "fault",
    "tests/api/test_ingest_lock.py": "fault",
    "tests/reliability/test_load.py": "load",
}


@dataclass
class Row:
    kind: str
    what: str
    cases: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    measured: list[str] = field(default_factory=list)

    @property
    def result(self) -> str:
        if self.outcomes.get("failed"):
            return f"**FAILED** ({self.outcomes['failed']} of {self.cases})"
        if self.outcomes.get("skipped") == self.cases:
            return "skipped"
        passed = self.outcomes.get("passed", 0)
        skipped = f", {self.outcomes['skipped']} skipped" if self.outcomes.get("skipped") else ""
        return f"passed ({passed} of {self.cases}{skipped})" if self.cases > 1 else "passed" + skipped


def _what(item: pytest.Item) -> str:
    """The test's docstring, first sentence, or its name in words."""
    function = getattr(item, "function", None)
    doc = (getattr(function, "__doc__", None) or "").strip()
    if doc:
        return re.split(r"(?<=[.:])\s", " ".join(doc.split()), maxsplit=1)[0].rstrip(".:")
    name = getattr(item, "originalname", None) or item.name
    return name.removeprefix("test_").replace("_", " ")


class Collector:
    """A pytest plugin: one :class:`Row` per test function of :data:`SUITES`."""

    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}
        self._items: dict[str, pytest.Item] = {}

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            self._items[item.nodeid] = item

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call" and not (report.when == "setup" and report.outcome != "passed"):
            return
        item = self._items.get(report.nodeid)
        path = report.nodeid.split("::", 1)[0]
        base = report.nodeid.split("[", 1)[0]
        row = self.rows.get(base)
        if row is None:
            row = self.rows[base] = Row(SUITES.get(path, "other"), _what(item) if item else base)
        row.cases += 1
        row.outcomes[report.outcome] = row.outcomes.get(report.outcome, 0) + 1
        row.seconds += report.duration
        row.measured += [str(value) for name, value in report.user_properties if name == "held"]


def _commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return result.stdout.strip() or "unknown"


def table(rows: list[Row], seconds: float) -> str:
    lines = [
        BEGIN,
        f"Written by `make reliability` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"commit {_commit()}, in {seconds:.0f} s.",
        "",
        "| kind | tried | cases | result | measured | s |",
        "|---|---|---|---|---|---|",
    ]
    order = {"input": 0, "input / load": 1, "fault": 2, "load": 3}
    for row in sorted(rows, key=lambda r: order.get(r.kind, 9)):
        measured = "; ".join(row.measured).replace("|", "/")
        lines.append(f"| {row.kind} | {row.what} | {row.cases} | {row.result} | {measured} | {row.seconds:.1f} |")
    lines.append(END)
    return "\n".join(lines)


def write(readme: Path, text: str) -> None:
    content = readme.read_text(encoding="utf-8")
    start, end = content.find(BEGIN), content.find(END)
    if start == -1 or end == -1:
        raise SystemExit(f"{readme} has no {BEGIN} ... {END} section to write the table into")
    readme.write_text(content[:start] + text + content[end + len(END) :], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="run the reliability tests and write their table into the README")
    parser.add_argument("--out", default="README.md", help="file with the reliability markers, or - for stdout")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (e.g. -x)")
    args = parser.parse_args(argv)
    collector = Collector()
    started = time.monotonic()
    status = pytest.main(["-q", "-p", "no:cacheprovider", *SUITES, *args.pytest_args], plugins=[collector])
    text = table(list(collector.rows.values()), time.monotonic() - started)
    if args.out == "-":
        print(text)
    else:
        write(REPO / args.out, text)
        print(f"reliability table written to {args.out}", file=sys.stderr)
    return int(status)


def _main() -> Any:
    sys.exit(main())


if __name__ == "__main__":
    _main()
