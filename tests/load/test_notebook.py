"""``examples/directives.ipynb`` runs as is (nbclient, a fresh kernel) and is committed without outputs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.load

NOTEBOOK = REPO / "examples" / "directives.ipynb"


def test_the_committed_notebook_has_no_outputs() -> None:
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code, "the notebook has code"
    for cell in code:
        assert cell["outputs"] == [] and cell["execution_count"] is None, "".join(cell["source"])[:80]


def _text(outputs: list[Any]) -> str:
    parts = []
    for output in outputs:
        parts.append("".join(output.get("text", "")))
        for media in ("text/plain", "text/html"):
            parts.append("".join(output.get("data", {}).get(media, "")))
    return "\n".join(parts)


def test_the_notebook_runs_and_answers_the_headline_question(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    for name in ("ipykernel", "matplotlib", "networkx", "pandas"):
        pytest.importorskip(name)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=240, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError, with the cell and its traceback, if a cell fails
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = _text(outputs)
    assert "loaded 5 documents, failed 0" in text
    assert "331-KH/TU" in text and "Nghệ An" in text  # the headline answer, with its province
    assert "2024 : 1 nodes, 0 edges" in text  # no article of 2024 speaks of it: the root alone
    told = re.search(r"2025 : (\d+) nodes, (\d+) edges", text)
    assert told and int(told.group(2)) > 0
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2, "the lineage drawing and the per-province chart"
    folder = re.search(r"data folder: (\S+)", text)
    assert folder and f"closed and removed {folder.group(1)}" in text
    assert not Path(folder.group(1)).exists(), "the store's temporary folder is removed"
