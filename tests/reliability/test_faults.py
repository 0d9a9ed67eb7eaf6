"""Faults: the store process killed while the API serves; an unusable data folder."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from graph.backends.embedded import EmbeddedStore
from kernel.errors import StoreUnavailable
from tests.conftest import REPO
from tests.reliability.conftest import Served

pytestmark = [pytest.mark.api, pytest.mark.slow]


async def _requests_while_killing(served: Served) -> Counter[str]:
    outcomes: Counter[str] = Counter()
    pidfile = served.data_dir / "falkordb.pid"
    async with httpx.AsyncClient(base_url=served.url, timeout=30) as client:

        async def reader() -> None:
            deadline = time.monotonic() + 4
            while time.monotonic() < deadline:
                response = await client.get("/resolutions/204-Q%C4%90%2FTW/implementations")
                outcomes[str(response.status_code)] += 1

        async def killer() -> None:
            await asyncio.sleep(1)
            os.kill(int(pidfile.read_text()), signal.SIGKILL)
            outcomes["killed"] += 1

        await asyncio.gather(*(reader() for _ in range(8)), killer())
    return outcomes


def test_store_killed_while_serving(served: Served, record_property: Callable[[str, object], None]) -> None:
    """kill -9 of the store while 8 clients read: every request answered, the data kept."""
    old_pid = int((served.data_dir / "falkordb.pid").read_text())
    outcomes = asyncio.run(_requests_while_killing(served))
    record_property("held", ", ".join(f"{n} x {k}" for k, n in sorted(outcomes.items())))
    assert outcomes["killed"] == 1
    assert set(outcomes) <= {"200", "killed"}, outcomes
    assert int((served.data_dir / "falkordb.pid").read_text()) != old_pid, "a new server was started"
    body = httpx.get(served.url + "/resolutions/204-Q%C4%90%2FTW/implementations").json()
    assert [item["key"] for item in body["items"]] == ["331-KH/TU"], "data written before the kill is there"


def test_unusable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreUnavailable, match="data folder"):
        EmbeddedStore(blocker / "var")


def test_cli_reports_an_unusable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "schema", "apply"],
        env={**os.environ, "DG_DATA_DIR": str(blocker / "var")},
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "data folder" in result.stderr and "Traceback" not in result.stderr
