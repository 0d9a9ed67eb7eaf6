"""A real ``dg serve`` over the fixture graph, and Debian's headless Chromium driven by Playwright.

Playwright never downloads a browser here: it launches the system Chromium (``/usr/bin/chromium``,
or ``DG_CHROMIUM``). Without it the browser tests are skipped with the reason, except under CI
(``CI`` set), where ``.ci/run`` installs it and a missing browser is a failure.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from tests.conftest import FIXTURE_GRAPH, REPO

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path(os.environ.get("DG_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = REPO / "test-artifacts"
VENDORED = REPO / "app" / "web" / "vendor" / "cytoscape.min.js"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(folder: Path, env: dict[str, str]) -> Iterator[str]:
    """``dg serve`` on the data folder of ``env`` (a free port) until the block ends; its log in ``folder``."""
    port = _free_port()
    with (folder / "serve.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--port", str(port)],
            env=env,
            cwd=REPO,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(url + "/ready", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("dg serve did not become ready:\n" + (folder / "serve.log").read_text(errors="replace"))
        time.sleep(0.1)
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def web_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a ``dg serve`` process holding the fixture graph."""
    folder = tmp_path_factory.mktemp("web")
    env = {**os.environ, "DG_DATA_DIR": str(folder / "var")}
    env.pop("DG_READ_TOKEN", None)
    subprocess.run(
        [sys.executable, "-m", "app.cli", "import", str(FIXTURE_GRAPH)],
        check=True,
        env=env,
        cwd=REPO,
        capture_output=True,
    )
    with serving(folder, env) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless system Chromium; skipped (outside CI) when it is not installed."""
    if not CHROMIUM.is_file():
        reason = f"browser tests need Chromium at {CHROMIUM}: apt-get install -y chromium (or set DG_CHROMIUM)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    if not VENDORED.is_file():
        missing = f"{VENDORED.relative_to(REPO)} is missing: run make web-assets"
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e .[dev])")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page; errors thrown by the page's scripts fail the test."""
    context = browser.new_context(viewport={"width": 1400, "height": 860}, locale="vi-VN")
    opened = context.new_page()
    opened.set_default_timeout(10_000)
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield opened
    finally:
        context.close()
    assert not errors, f"script errors on the page: {errors}"


@pytest.fixture
def new_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """Open pages of a given size and language (``locale`` sets navigator.languages); script errors fail the test."""
    contexts = []
    errors: list[str] = []

    def open_page(width: int = 1400, height: int = 860, locale: str = "vi-VN") -> Page:
        context = browser.new_context(viewport={"width": width, "height": height}, locale=locale)
        contexts.append(context)
        opened = context.new_page()
        opened.set_default_timeout(10_000)
        opened.on("pageerror", lambda error: errors.append(str(error)))
        return opened

    try:
        yield open_page
    finally:
        for context in contexts:
            context.close()
    assert not errors, f"script errors on the page: {errors}"
