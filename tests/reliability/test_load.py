"""Concurrent clients on the read routes of a real server: zero errors.

CI runs the short form; ``make soak`` runs 200 clients for 60 s (DG_SOAK_SECONDS=60)."""

from __future__ import annotations

import asyncio
import os
import time
from collections import Counter
from collections.abc import Callable

import httpx
import pytest

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
    outcomes: Counter[str] = Counter()
    deadline = time.monotonic() + SECONDS
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:

        async def one(worker: int) -> None:
            i = worker
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
