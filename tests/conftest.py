"""Fixtures shared by every test folder."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph import stats
from graph.backends import open_store
from graph.backends.embedded import EmbeddedStore
from graph.store import GraphStore
from kernel.settings import Settings

REPO = Path(__file__).resolve().parents[1]
FIXTURE_GRAPH = REPO / "examples" / "fixture-graph.jsonl"
SHARED = REPO.parent / "shared"


def kill_and_wait(pid: int, timeout: float = 10.0) -> None:
    """SIGKILL a process and return once it is gone (or a zombie: dead, not yet reaped), instead of
    sleeping a fixed time and hoping; fails the test if it is still running after ``timeout``."""
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except (FileNotFoundError, ProcessLookupError, IndexError):
            return
        if state in ("Z", "X"):
            return
        time.sleep(0.01)
    pytest.fail(f"process {pid} still runs {timeout} s after SIGKILL")


def neo4j_settings() -> Settings | None:
    """Settings for the real Neo4j of DG_NEO4J_URI (or NEO4J_URI), or None when none is configured.

    The contract tests empty the database they run on, so they run only on a dedicated test database
    (``DG_NEO4J_TEST_DATABASE``, used instead of DG_NEO4J_DATABASE) or on one that is empty when they start."""
    uri = os.environ.get("DG_NEO4J_URI") or os.environ.get("NEO4J_URI")
    if not uri:
        return None
    settings = Settings(backend="neo4j", neo4j_uri=uri)
    test_database = os.environ.get("DG_NEO4J_TEST_DATABASE")
    if test_database:
        settings = settings.model_copy(update={"neo4j_database": test_database})
    return settings


def refuse_unless_disposable(store: GraphStore, settings: Settings) -> None:
    """Stop (not skip: a red run says why) before wiping a Neo4j database that holds data and was not named
    as the test database."""
    if os.environ.get("DG_NEO4J_TEST_DATABASE"):
        return
    counts = stats.counts(store)
    if any(counts.get("nodes", {}).values()):
        pytest.fail(
            f"refusing to run the contract tests on Neo4j database {settings.neo4j_database!r}: it is not empty "
            "and the tests delete everything; name a dedicated database in DG_NEO4J_TEST_DATABASE",
            pytrace=False,
        )


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    store.apply_schema()
    try:
        yield store
    finally:
        store.close()


#: the backends a suite runs on in turn: the embedded store always, Neo4j when DG_NEO4J_URI names one
BACKENDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@contextmanager
def empty_store(backend: str, data_dir: Path, *, suite: str = "contract") -> Iterator[GraphStore]:
    """An empty store of ``backend`` with the schema applied, emptied again afterwards; the Neo4j one is
    skipped (with the reason) unless DG_NEO4J_URI names a server, and refused if it holds data."""
    if backend == "embedded":
        settings = Settings(backend="embedded", data_dir=data_dir, embedded_start_timeout=30)
    else:
        found = neo4j_settings()
        if found is None:
            pytest.skip(f"Neo4j {suite} run skipped: set DG_NEO4J_URI (e.g. bolt://localhost:7687) to run it")
        settings = found
    opened = open_store(settings)
    if backend == "neo4j":
        refuse_unless_disposable(opened, settings)
    opened.write("delete_all")
    opened.apply_schema()
    try:
        yield opened
    finally:
        opened.write("delete_all")
        opened.close()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """Every backend in turn: the contract suite runs once per backend."""
    with empty_store(request.param, tmp_path / "var") as opened:
        yield opened
