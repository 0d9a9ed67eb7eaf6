"""A real ``dg serve`` process on a free localhost port, over a store holding the fixture graph."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import FIXTURE_GRAPH, REPO


@dataclass
class Served:
    url: str
    data_dir: Path
    process: subprocess.Popen[bytes]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def dg(*args: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "app.cli", *args], check=True, env=env, cwd=REPO, capture_output=True)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    data = tmp_path_factory.mktemp("served") / "var"
    env = {**os.environ, "DG_DATA_DIR": str(data), "DG_WRITE_TOKEN": "reliability-token"}
    dg("import", str(FIXTURE_GRAPH), env=env)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port)],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/ready", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("dg serve did not become ready")
    yield Served(url, data, process)
    process.terminate()
    process.wait(timeout=30)
