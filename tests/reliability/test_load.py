"""Concurrent clients on the read routes of a real server: zero errors.

CI runs the short form; ``make soak`` runs 200 clients for 60 s (DG_SOAK_SECONDS=60)."""

from __future__ import annotations

import asyncio
import os
import ssl
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

from app.cli import app as cli_app
from app.commands import serve
from kernel.settings import get_settings
from tests.reliability.conftest import Served

pytestmark = [pytest.mark.api, pytest.mark.slow]

CLIENTS = int(os.environ.get("DG_SOAK_CLIENTS", "200"))
SECONDS = float(os.environ.get("DG_SOAK_SECONDS", "5"))
ROUTES = [
    "/resolutions/204-Q%C4%90%2FTW/lineage?depth=3",
    "/resolutions/204-Q%C4%90%2FTW/implementations?level=provincial",
    "/search?q=nguyen%20duc",
    "/graph/neighbourhood?key=331-KH%2FTU&depth=2",
    "/resolutions?kind=KH",
    "/officials/nguyen-duc-trung@nghe-an",
    "/localities/tinh/nghe-an/directives",
]


async def _hammer(url: str) -> Counter[str]:
    """``CLIENTS`` clients, each with its own connection (as separate users have), asking in turn for the routes.

    One shared httpx pool would put the client library's own races in the count: httpcore 1.0 can hand an idle
    connection to a waiting request and close it under that request a moment later (encode/httpcore#1110, a
    ``ReadError`` from ``ClosedResourceError``), and under load it re-queues requests that lose a connection to
    another one (waits past 30 s were seen). With one connection per client no two requests share a pool."""
    outcomes: Counter[str] = Counter()
    deadline = time.monotonic() + SECONDS
    tls = ssl.create_default_context()  # unused on http://, but each client would load the CA bundle again

    async def one(worker: int) -> None:
        i = worker
        async with httpx.AsyncClient(
            base_url=url, timeout=30, verify=tls, limits=httpx.Limits(max_connections=1)
        ) as client:
            while time.monotonic() < deadline:
                try:
                    response = await client.get(ROUTES[i % len(ROUTES)])
                    outcomes[str(response.status_code)] += 1
                except httpx.HTTPError as exc:
                    outcomes[type(exc).__name__] += 1
                i += 1

    await asyncio.gather(*(one(w) for w in range(CLIENTS)))
    return outcomes


def test_concurrent_clients_get_no_errors(served: Served, record_property: Callable[[str, object], None]) -> None:
    """Concurrent clients on seven read routes of a real server get no error."""
    outcomes = asyncio.run(_hammer(served.url))
    record_property(
        "held", f"{CLIENTS} clients for {SECONDS:g} s: " + ", ".join(f"{n} x {k}" for k, n in outcomes.items())
    )
    assert set(outcomes) == {"200"}, outcomes
    assert outcomes["200"] >= CLIENTS


#: How late a busy client may read an answer (seconds): up to 3.6 s was seen with 200 clients on two busy cores.
CLIENT_LAG_S = 10


def test_the_server_keeps_idle_connections_longer_than_clients_do(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that closes an idle connection when an httpx client still counts it as reusable (uvicorn's
    default 5 s is httpx's 5 s) races the client's next request on it: on a busy machine the client starts its
    idle clock seconds after the server does, sends on the connection the server is closing and gets a
    ``ReadError`` (the 2 of 22 failed load runs). The server's idle limit outlasts the client's and its lag."""
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(options))
    monkeypatch.setattr(serve, "setup_logging", lambda: None)  # leave pytest's log handlers alone
    monkeypatch.delenv("DG_KEEP_ALIVE_S", raising=False)
    get_settings.cache_clear()  # the default, not what an earlier test's environment left cached
    try:
        result = CliRunner().invoke(cli_app, ["serve"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    client_idle = httpx.Limits().keepalive_expiry or 0.0
    server_idle = seen.get(
        "timeout_keep_alive", uvicorn.Config("app.main:create_app").timeout_keep_alive
    )  # uvicorn's default
    assert server_idle >= client_idle + CLIENT_LAG_S


def test_workers_are_not_killed_for_a_slow_health_ping_on_a_busy_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """With --workers N uvicorn's supervisor pings each worker and kills one that has not answered within
    ``timeout_worker_healthcheck`` (uvicorn's default: 5 s). On a loaded 2-core machine a worker busy computing
    answers misses that, is killed and restarted, and the server never becomes ready (seen at load 10 with 2
    workers). dg serve gives it DG_WORKER_HEALTHCHECK_S, far longer than a busy worker's lag."""
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(options))
    monkeypatch.setattr(serve, "setup_logging", lambda: None)
    monkeypatch.delenv("DG_WORKER_HEALTHCHECK_S", raising=False)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli_app, ["serve", "--workers", "2"])
        assert result.exit_code == 0, result.output
        assert seen["workers"] == 2
        assert seen.get("timeout_worker_healthcheck", 5) >= 30
        monkeypatch.setenv("DG_WORKER_HEALTHCHECK_S", "90")
        get_settings.cache_clear()
        result = CliRunner().invoke(cli_app, ["serve", "--workers", "2"])
        assert seen["timeout_worker_healthcheck"] == 90
    finally:
        get_settings.cache_clear()
