"""``dg export --format csv``: one UTF-8 table per label and per relationship type, with evidence on
each edge row, read back by Python's csv module, by pandas, and by LibreOffice (headless) when installed."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from loaders.tables import EVIDENCE_COLUMNS, cell
from tests.cli.test_commands import dg
from tests.conftest import REPO

pytestmark = pytest.mark.load

SEEDS = REPO / "examples" / "seeds"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, dict[str, int]]]]:
    """The seeds loaded with ``dg load`` and exported with ``dg export --format csv``; and the graph's counts."""
    root = tmp_path_factory.mktemp("csv")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DG_")}
    env["DG_DATA_DIR"] = str(root / "var")
    dg("load", str(SEEDS), env=env)
    dg("export", "--format", "csv", "--out", str(root / "tables"), env=env)
    counts = json.loads(dg("query", "counts", env=env).stdout)
    present = {kind: {name: n for name, n in counts[kind + "s"].items() if n} for kind in ("node", "edge")}
    yield root / "tables", present


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_table_per_label_and_type_with_every_row(exported: tuple[Path, dict[str, dict[str, int]]]) -> None:
    folder, counts = exported
    names = {p.stem for p in folder.glob("*.csv")}
    assert names == set(counts["node"]) | set(counts["edge"])
    for label, count in counts["node"].items():
        assert len(read(folder / f"{label}.csv")) == count, label
    for rel_type, count in counts["edge"].items():
        assert len(read(folder / f"{rel_type}.csv")) == count, rel_type
    assert (folder / "Resolution.csv").read_bytes().startswith(b"\xef\xbb\xbfkey,name,")  # UTF-8, marked


def test_edge_rows_carry_their_evidence(exported: tuple[Path, dict[str, dict[str, int]]]) -> None:
    folder, _ = exported
    rows = read(folder / "IMPLEMENTS.csv")
    assert list(rows[0])[:4] == ["source", "source_name", "target", "target_name"]
    assert list(rows[0])[-len(EVIDENCE_COLUMNS) :] == EVIDENCE_COLUMNS
    headline = [r for r in rows if r["source_name"] == "331-KH/TU" and r["target_name"] == "204-QĐ/TW"]
    assert len(headline) == 1
    row = headline[0]
    assert row["document_dates"] == "2025-06" and row["document_titles"]
    assert "204-QĐ/TW" in row["sentences"] and "Kế hoạch số 331" in row["sentences"]
    start, end = (int(x) for x in row["spans"].split("-"))
    assert 0 <= start < end
    documents = {r["key"]: r for r in read(folder / "Document.csv")}
    assert row["document_titles"] == documents[row["documents"]]["title"]
    for rel_type in ("CITES", "ISSUED_BY", "HOLDS"):  # one line per document in every evidence cell
        for r in read(folder / f"{rel_type}.csv"):
            width = len(r["documents"].split("\n"))
            assert all(len(r[c].split("\n")) == width for c in ("document_titles", "document_dates", "sentences"))


def test_cells_are_readable() -> None:
    assert cell(["Nghệ An", "Hà Tĩnh"]) == "Nghệ An; Hà Tĩnh"
    assert cell(None) == "" and cell(True) == "true" and cell(3) == 3


def test_pandas_reads_every_table(exported: tuple[Path, dict[str, dict[str, int]]]) -> None:
    pandas = pytest.importorskip("pandas")
    folder, counts = exported
    for path in sorted(folder.glob("*.csv")):
        frame = pandas.read_csv(path, dtype=str, keep_default_na=False)
        assert frame.to_dict("records") == read(path), path.name  # the same cells as the csv module reads
    implements = pandas.read_csv(folder / "IMPLEMENTS.csv")
    assert list(implements.columns[:2]) == ["source", "source_name"]  # no byte-order mark in the first name
    assert len(implements) == counts["edge"]["IMPLEMENTS"]
    assert "204-QĐ/TW" in set(implements["target_name"])


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_libreoffice_opens_every_table(exported: tuple[Path, dict[str, dict[str, int]]], tmp_path: Path) -> None:
    """LibreOffice imports each table (UTF-8, comma, quotes, first line as header) and writes it back: every
    cell is the same, Vietnamese text and multi-line evidence included (a digits-only cell becomes a number)."""
    folder, _ = exported
    tables = sorted(folder.glob("*.csv"))
    subprocess.run(
        [
            str(_soffice()),
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(tmp_path / "out"),
            *map(str, tables),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for path in tables:
        with (tmp_path / "out" / path.name).open(encoding="utf-8", newline="") as handle:
            back = list(csv.reader(handle))
        with path.open(encoding="utf-8-sig", newline="") as handle:
            sent = list(csv.reader(handle))
        assert len(back) == len(sent), path.name
        for ours, theirs in zip(sent, back, strict=True):
            assert len(ours) == len(theirs)
            for a, b in zip(ours, theirs, strict=True):
                assert a == b or (a.isdigit() and b.isdigit() and int(a) == int(b)), (path.name, a, b)
