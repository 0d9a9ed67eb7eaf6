"""The quick start on another port, as the README says: `make run PORT=8080` (and `DG_PORT=8080 make run`,
`dg serve --port 8080`) serves there; and `make neo4j-test` runs the contract and API suites."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import free_port
from tests.conftest import REPO

pytestmark = pytest.mark.slow


def _dry_run(*args: str) -> str:
    result = subprocess.run(["make", "-n", *args], cwd=REPO, capture_output=True, text=True, check=True)
    return result.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_run_passes_the_port_and_the_data_folder_to_dg() -> None:
    commands = _dry_run("run", "PORT=8123", "DATA=/tmp/dg-port-test").splitlines()
    assert "DG_DATA_DIR=/tmp/dg-port-test .venv/bin/dg load examples/seeds" in commands
    assert "DG_DATA_DIR=/tmp/dg-port-test .venv/bin/dg serve --port 8123" in commands
    plain = _dry_run("run").splitlines()
    assert "DG_DATA_DIR=var .venv/bin/dg serve " in [c + " " if c.endswith("serve") else c for c in plain]
    neo4j = _dry_run("neo4j-test")
    assert "pytest -m neo4j -v tests/contract tests/api" in neo4j and "docker compose -p dg-neo4j-test down" in neo4j


@contextmanager
def _serving(command: list[str], env: dict[str, str], port: int, timeout: float = 120) -> Iterator[str]:
    """``command`` started in its own process group; yields the URL once /ready answers, then stops the group."""
    process = subprocess.Popen(command, cwd=REPO, env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(url + "/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{' '.join(command)} did not serve on port {port}")
            time.sleep(0.2)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.mark.parametrize("how", ["--port", "DG_PORT"])
def test_dg_serve_on_another_port(tmp_path: Path, how: str) -> None:
    port = free_port()
    env = {**os.environ, "DG_DATA_DIR": str(tmp_path / "var"), "DG_PORT": str(port) if how == "DG_PORT" else "1"}
    command = [sys.executable, "-m", "app.cli", "serve", *(["--port", str(port)] if how == "--port" else [])]
    with _serving(command, env, port) as url:
        assert httpx.get(url + "/health").json()["status"] == "ok"


@pytest.mark.skipif(
    not (REPO / ".venv" / ".installed").is_file()
    or not (REPO / "app" / "web" / "vendor" / "cytoscape.min.js").is_file(),
    reason="make run needs the project's .venv and web assets: run `make test` (or `make setup web-assets`) first",
)
def test_make_run_on_another_port_answers_the_headline_question(tmp_path: Path) -> None:
    port = free_port()
    command = ["make", "run", f"PORT={port}", f"DATA={tmp_path / 'var'}"]
    with _serving(command, {**os.environ}, port, timeout=300) as url:
        answer = httpx.get(url + "/resolutions/204-QĐ/TW/implementations", params={"level": "provincial"}).json()
        assert any(item["properties"].get("symbol") == "331-KH/TU" for item in answer["items"])
