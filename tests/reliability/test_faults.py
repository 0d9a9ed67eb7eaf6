"""Faults: the store process killed while the API serves; an unusable data folder."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from graph.backends.embedded import EmbeddedStore
from kernel.errors import StoreUnavailable
from tests.conftest import REPO, kill_and_wait
from tests.reliability.conftest import Served

pytestmark = [pytest.mark.api, pytest.mark.slow]


READERS = 8
AFTER_KILL = 3  # answers each reader gets once the store is dead


async def _requests_while_killing(served: Served) -> Counter[str]:
    """Readers ask without pause; the store is killed once every reader has had an answer, and the readers
    stop once each has had :data:`AFTER_KILL` more after the store was gone (conditions, not a clock)."""
    outcomes: Counter[str] = Counter()
    answered = [0] * READERS
    after_kill: list[int] = []  # each reader's count at the kill
    everyone_answered, enough_after = asyncio.Event(), asyncio.Event()
    pidfile = served.data_dir / "falkordb.pid"
    async with httpx.AsyncClient(base_url=served.url, timeout=30) as client:

        async def reader(n: int) -> None:
            while not enough_after.is_set():
                response = await client.get("/resolutions/204-Q%C4%90%2FTW/implementations")
                outcomes[str(response.status_code)] += 1
                answered[n] += 1
                if all(answered):
                    everyone_answered.set()
                if after_kill and all(a - k >= AFTER_KILL for a, k in zip(answered, after_kill, strict=True)):
                    enough_after.set()

        async def killer() -> None:
            await everyone_answered.wait()
            await asyncio.to_thread(kill_and_wait, int(pidfile.read_text()))
            after_kill.extend(answered)
            outcomes["killed"] += 1

        await asyncio.wait_for(asyncio.gather(*(reader(n) for n in range(READERS)), killer()), timeout=120)
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
