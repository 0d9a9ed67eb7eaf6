"""A cache of read answers, kept right by the store's version token.

Every GET on a read route (the paths under :data:`CACHED_PREFIXES`) first asks the store for
its version (:meth:`graph.store.GraphStore.version`, one small read). An answer computed while
the store read version ``v`` is served again, byte for byte, for the same path and query as long
as the store still reads ``v``. Any committed write, from this process or another (``dg load``,
``POST /documents`` on another worker), changes the version and so retires every answer computed
before it: the cache never serves what the graph no longer says.

Only ``200`` answers are kept; errors are recomputed every time. Requests that arrive for the
same answer while it is being computed wait for that one computation instead of each walking
the graph (after a write retires every answer, a popular lineage is computed once, not once
per client). Every cached route's answer carries an ``ETag``; a client that sends it back in
``If-None-Match`` gets ``304 Not Modified`` while the graph is unchanged. ``X-Cache`` says which
path an answer took: ``miss`` (computed for this request), ``shared`` (computed for another
request at the same time) or ``hit`` (kept from before).

Memory: ``DG_CACHE_MB`` per server process, least recently used answers dropped first; an answer
larger than an eighth of that is not kept. ``DG_CACHE_MB=0`` turns the cache off.

The key is the path and the *validated* query parameters (:mod:`app.query_guard` refuses unknown
ones and reads the rest as the route will), so junk in the query string cannot fill the cache.

Budgets (with or without the cache): at most ``DG_COMPUTE_WORKERS`` answers are computed at once
per process (the others wait without holding a thread, so ``/health``, ``/ready`` and cached answers
stay prompt); an answer that is not ready within ``DG_ANSWER_TIMEOUT_S`` (waiting included) is a
``503 answer_timeout``; one larger than ``DG_MAX_ANSWER_MB`` is a ``413 answer_too_large``.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api_errors import error_response
from app.deps import read_allowed
from app.query_guard import CACHE_KEY
from graph.store import GraphStore
from kernel.errors import DirectiveGraphError
from kernel.settings import Settings

#: (``/changes`` is not among them, and must never be: a follower asks it exactly because the graph moved)
CACHED_PREFIXES = (
    "/resolutions",
    "/officials",
    "/meetings",
    "/projects",
    "/localities",
    "/documents",
    "/search",
    "/graph/",
)
Headers = list[tuple[bytes, bytes]]


class _Gate:
    """The client's ``send``, closed when the answer's time budget is spent; says whether it started."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.started = False
        self.closed = False

    async def __call__(self, message: Message) -> None:
        if self.closed:
            return
        self.started = True
        await self._send(message)


@dataclass(frozen=True)
class Answer:
    """A finished ``200`` answer: its headers (with its ETag) and its body."""

    headers: Headers
    body: bytes
    etag: bytes
    route_headers: Headers = field(default_factory=list)  # as the route sent them (no ETag, no cache headers)

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + 64


class AnswerCache:
    """Answers of one store version, least recently used dropped first when over budget.

    Used from the event loop only (one thread), so it needs no lock."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_answer = max_bytes // 8
        self.version: str | None = None
        self.used = 0
        self.hits = self.misses = 0
        self._answers: OrderedDict[bytes, Answer] = OrderedDict()

    def get(self, version: str, key: bytes) -> Answer | None:
        answer = self._answers.get(key) if version == self.version else None
        if answer is None:
            self.misses += 1
            return None
        self._answers.move_to_end(key)
        self.hits += 1
        return answer

    def put(self, version: str, key: bytes, answer: Answer) -> None:
        if answer.size > self.max_answer:
            return
        if version != self.version:  # the graph changed: nothing kept so far is worth keeping
            self._answers.clear()
            self.used = 0
            self.version = version
        old = self._answers.pop(key, None)
        if old is not None:
            self.used -= old.size
        self._answers[key] = answer
        self.used += answer.size
        while self.used > self.max_bytes:
            _, dropped = self._answers.popitem(last=False)
            self.used -= dropped.size

    def __len__(self) -> int:
        return len(self._answers)


def _etag(version: str, body: bytes) -> bytes:
    digest = hashlib.blake2b(body, digest_size=8, key=version.encode()[:64]).hexdigest()
    return f'"{digest}"'.encode()


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return ""


def _matches(if_none_match: str, etag: bytes) -> bool:
    tag = etag.decode()
    return any(t.strip().removeprefix("W/") in (tag, "*") for t in if_none_match.split(",")) if if_none_match else False


class AnswerCacheMiddleware:
    """ASGI middleware around the app: answers read routes from :class:`AnswerCache` when it can."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.cache = AnswerCache(int(settings.cache_mb * 1024 * 1024))
        self._computing: dict[tuple[str, bytes], asyncio.Future[Answer | None]] = {}
        self.max_answer_bytes = int(settings.max_answer_mb * 1024 * 1024)
        self._slots = asyncio.Semaphore(settings.compute_workers)
        self._abandoned: set[asyncio.Task[Answer | None]] = set()
        self.waiting = 0  # requests waiting now for an answer another request is computing

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith(CACHED_PREFIXES)
            or not read_allowed(self.settings, _header(scope, b"authorization"))  # the route answers 401
        ):
            await self.app(scope, receive, send)
            return
        if self.cache.max_bytes <= 0:  # no cache, the same budgets; the answer goes out as the route made it
            if (answer := await self._budgeted(scope, receive, send, "")) is not None:
                await send({"type": "http.response.start", "status": 200, "headers": answer.route_headers})
                await send({"type": "http.response.body", "body": answer.body})
            return
        store: GraphStore = scope["app"].state.store
        try:
            version = await run_in_threadpool(store.version)
        except DirectiveGraphError:
            await self.app(scope, receive, send)  # the route meets the same trouble and reports it
            return
        # The Accept header is part of the key: a route may answer JSON or CSV for the same address.
        key = (
            scope["path"].encode()
            + b"?"
            + scope.get(CACHE_KEY, scope["query_string"])
            + b"\naccept="
            + _header(scope, b"accept").encode()
        )
        answer = self.cache.get(version, key)
        status_header = b"hit"
        if answer is None and (computing := self._computing.get((version, key))) is not None:
            self.waiting += 1
            try:
                answer = await asyncio.shield(computing)  # None: it was not a 200; compute our own below
            finally:
                self.waiting -= 1
            status_header = b"shared"
        if answer is None:
            answer = await self._compute_once(scope, receive, send, version, key)
            if answer is None:
                return  # not a 200: already sent as it was
            status_header = b"miss"
        await self._send(scope, send, answer, status_header)

    async def _compute_once(
        self, scope: Scope, receive: Receive, send: Send, version: str, key: bytes
    ) -> Answer | None:
        """Compute the answer; requests for it meanwhile wait for this one (see ``_computing``)."""
        computing: asyncio.Future[Answer | None] = asyncio.get_running_loop().create_future()
        self._computing[(version, key)] = computing
        answer: Answer | None = None
        try:
            answer = await self._budgeted(scope, receive, send, version)
            if answer is not None:
                self.cache.put(version, key, answer)
        finally:
            if self._computing.get((version, key)) is computing:
                del self._computing[(version, key)]
            computing.set_result(answer)  # on failure or cancellation: None, and the waiters compute
        return answer

    async def _budgeted(self, scope: Scope, receive: Receive, send: Send, version: str) -> Answer | None:
        """:meth:`_compute` in one of the ``DG_COMPUTE_WORKERS`` slots, within ``DG_ANSWER_TIMEOUT_S``.

        Past the time budget the client gets its error at once; the computation (a thread cannot be
        stopped) finishes in the background, keeping its slot until then, and its answer is dropped."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.answer_timeout_s
        if not self._slots.locked():
            await self._slots.acquire()  # a free slot is taken at once (wait_for would run a task for it)
        else:
            try:
                await asyncio.wait_for(self._slots.acquire(), self.settings.answer_timeout_s)
            except TimeoutError:
                await self._timeout(scope, receive, send)
                return None
        gate = _Gate(send)
        task = asyncio.create_task(self._compute(scope, receive, gate, version))
        task.add_done_callback(lambda _: self._slots.release())
        done: set[asyncio.Task[Answer | None]] = set()
        try:
            done, _ = await asyncio.wait({task}, timeout=max(0.0, deadline - loop.time()))
        finally:  # past the budget, or the client went away (cancelled): the computation ends unseen
            if not done:
                gate.closed = True  # nothing more from this computation reaches the client
                self._abandoned.add(task)  # kept referenced (and its slot held) until it ends
                task.add_done_callback(self._forget)
        if done:
            return task.result()
        if not gate.started:
            await self._timeout(scope, receive, send)
        return None

    def _forget(self, task: asyncio.Task[Answer | None]) -> None:
        self._abandoned.discard(task)
        if not task.cancelled():
            task.exception()  # retrieved: an abandoned computation's error is not logged as unhandled

    async def _timeout(self, scope: Scope, receive: Receive, send: Send) -> None:
        seconds = self.settings.answer_timeout_s
        message = (
            f"the answer was not ready within {seconds:g} s (DG_ANSWER_TIMEOUT_S); "
            "ask for less (a smaller depth, a level filter, a smaller page) or try again later"
        )
        await error_response(503, "answer_timeout", message, {"seconds": seconds})(scope, receive, send)

    async def _compute(self, scope: Scope, receive: Receive, send: Send, version: str) -> Answer | None:
        """Run the route; a 200 comes back (unsent) as an :class:`Answer`, anything else is sent.

        A 200 larger than ``DG_MAX_ANSWER_MB`` is not kept: the client gets ``413 answer_too_large``."""
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        passing = too_large = False

        async def capture(message: Message) -> None:
            nonlocal start, passing, size, too_large
            if message["type"] == "http.response.start":
                if message["status"] != 200:
                    passing = True
                    await send(message)
                else:
                    start = message
            elif passing:
                await send(message)
            elif message["type"] == "http.response.body" and not too_large:
                chunk = message.get("body", b"")
                size += len(chunk)
                too_large = size > self.max_answer_bytes
                chunks.append(chunk)
                if too_large:
                    chunks.clear()

        await self.app(scope, receive, capture)
        if passing or start is None:
            return None
        if too_large:
            limit = self.settings.max_answer_mb
            message = (
                f"the answer is larger than {limit:g} MiB (DG_MAX_ANSWER_MB); ask for less: "
                "a smaller depth, a level filter or a smaller page"
            )
            await error_response(413, "answer_too_large", message, {"limit_mib": limit})(scope, receive, send)
            return None
        body = b"".join(chunks)
        if self.cache.max_bytes <= 0:  # the answer goes out as the route made it: no ETag to compute
            return Answer(headers=[], body=body, etag=b"", route_headers=list(start.get("headers", [])))
        etag = _etag(version, body)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"etag", b"cache-control")]
        headers += [(b"etag", etag), (b"cache-control", b"no-cache")]
        return Answer(headers=headers, body=body, etag=etag, route_headers=list(start.get("headers", [])))

    @staticmethod
    async def _send(scope: Scope, send: Send, answer: Answer, status_header: bytes) -> None:
        if _matches(_header(scope, b"if-none-match"), answer.etag):
            await send(
                {
                    "type": "http.response.start",
                    "status": 304,
                    "headers": [(b"etag", answer.etag), (b"cache-control", b"no-cache"), (b"x-cache", status_header)],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        await send(
            {"type": "http.response.start", "status": 200, "headers": [*answer.headers, (b"x-cache", status_header)]}
        )
        await send({"type": "http.response.body", "body": answer.body})
