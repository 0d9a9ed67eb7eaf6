"""A typed Python client for the directive-graph REST API (httpx; answers are the API's own pydantic models).

::

    from app.client import Client, ApiError

    with Client("http://127.0.0.1:8000") as api:
        plans = api.implementations("204-QĐ/TW", level="provincial")
        for item in plans.items:
            print(item.key, item.evidence[0].title)
        for official in api.iter_officials(province="nghe an"):   # every page, one item at a time
            print(official.key)
        for change in api.iter_changes(since=saved_token):        # what changed since, page after page
            saved_token = change.version

    async with AsyncClient("http://127.0.0.1:8000") as api:       # the same methods, awaited
        tree = await api.lineage("204-QĐ/TW", depth=3)

Every error answer (and a server that cannot be reached) is raised as :class:`ApiError`, which
carries the error shape's ``code``, ``message`` and ``detail`` and the HTTP ``status``.
Keys may contain ``/`` and Vietnamese letters; the client encodes them.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, Self, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from app.schemas import (
    ChangeOut,
    ChangesOut,
    CurationOut,
    CurationsOut,
    DirectivesOut,
    GraphOut,
    HealthOut,
    ImplementationsOut,
    IngestOut,
    LineageOut,
    NodeDetailOut,
    NodeOut,
    PageOut,
    ReadyOut,
    SearchOut,
    UndoOut,
    UnloadOut,
)
from graph.model import Correction

__all__ = ["ApiError", "AsyncClient", "Client"]

T = TypeVar("T", bound=BaseModel)
Level = Literal["central", "provincial", "district", "commune"]
Direction = Literal["down", "up"]

DEFAULT_URL = "http://127.0.0.1:8000"
DEFAULT_PAGE = 200  # the server's default DG_MAX_PAGE_SIZE


class ApiError(Exception):
    """An error answer of the API: ``{"error": {"code", "message", "detail"}}`` and its HTTP status.

    ``status`` is None when no answer came (``code`` ``unreachable``: connection refused, timeout)."""

    def __init__(self, status: int | None, code: str, message: str, detail: dict[str, Any] | None = None) -> None:
        super().__init__(f"{status or '-'} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail or {}

    @classmethod
    def from_response(cls, response: httpx.Response) -> ApiError:
        try:
            error = response.json()["error"]
            return cls(response.status_code, str(error["code"]), str(error["message"]), dict(error.get("detail") or {}))
        except (ValueError, KeyError, TypeError):  # not the API's shape (a proxy's page, say)
            return cls(response.status_code, "http_error", response.text[:500] or response.reason_phrase)


@dataclass(frozen=True)
class _Call(Generic[T]):
    """One request, described independently of sync or async sending."""

    method: str
    path: str
    model: type[T]
    params: dict[str, Any] = field(default_factory=dict)
    content: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def query(self) -> dict[str, Any]:
        return {k: v for k, v in self.params.items() if v is not None}

    def parse(self, response: httpx.Response) -> T:
        if response.is_error:
            raise ApiError.from_response(response)
        try:
            return self.model.model_validate_json(response.content)
        except ValidationError as exc:
            raise ApiError(response.status_code, "unexpected_answer", f"not a {self.model.__name__}: {exc}") from exc


def _key(key: str) -> str:
    """A key as one path segment ('/' and every non-ASCII letter percent-encoded; the server accepts both)."""
    if not key:
        raise ValueError("a key is required")
    return quote(key, safe="")


# One function per route: what to send and what comes back. Client and AsyncClient send them.


def _health() -> _Call[HealthOut]:
    return _Call("GET", "/health", HealthOut)


def _ready() -> _Call[ReadyOut]:
    return _Call("GET", "/ready", ReadyOut)


def _resolutions(**params: Any) -> _Call[PageOut]:
    return _Call("GET", "/resolutions", PageOut, params)


def _resolution(key: str) -> _Call[NodeDetailOut]:
    return _Call("GET", f"/resolutions/{_key(key)}", NodeDetailOut)


def _when(date_from: str | None, date_to: str | None, as_of: str | None) -> dict[str, str | None]:
    """The time of a walk: ``from``/``to`` (document dates), ``as_of`` (the administrative map of that day)."""
    return {"from": date_from, "to": date_to, "as_of": as_of}


def _lineage(key: str, direction: Direction, depth: int, **when: str | None) -> _Call[LineageOut]:
    params = {"direction": direction, "depth": depth, **_when(**when)}
    return _Call("GET", f"/resolutions/{_key(key)}/lineage", LineageOut, params)


def _implementations(key: str, level: Level | None, depth: int) -> _Call[ImplementationsOut]:
    path = f"/resolutions/{_key(key)}/implementations"
    return _Call("GET", path, ImplementationsOut, {"level": level, "depth": depth})


def _officials(**params: Any) -> _Call[PageOut]:
    return _Call("GET", "/officials", PageOut, params)


def _meetings(**params: Any) -> _Call[PageOut]:
    return _Call("GET", "/meetings", PageOut, params)


def _detail(resource: str, key: str) -> _Call[NodeDetailOut]:
    return _Call("GET", f"/{resource}/{_key(key)}", NodeDetailOut)


def _directives(key: str, depth: int, **when: str | None) -> _Call[DirectivesOut]:
    return _Call("GET", f"/localities/{_key(key)}/directives", DirectivesOut, {"depth": depth, **_when(**when)})


def _search(q: str, limit: int) -> _Call[SearchOut]:
    return _Call("GET", "/search", SearchOut, {"q": q, "limit": limit})


def _neighbourhood(key: str, depth: int) -> _Call[GraphOut]:
    return _Call("GET", "/graph/neighbourhood", GraphOut, {"key": key, "depth": depth})


def _ingest(
    data: bytes, name: str | None, source: str | None, published: str | None, content_type: str
) -> _Call[IngestOut]:
    params = {"name": name, "source": source, "published": published}
    return _Call("POST", "/documents", IngestOut, params, content=data, headers={"Content-Type": content_type})


def _delete_document(key: str) -> _Call[UnloadOut]:
    return _Call("DELETE", f"/documents/{_key(key)}", UnloadOut)


def _curations(key: str | None) -> _Call[CurationsOut]:
    return _Call("GET", "/curations", CurationsOut, params={"key": key})


#: the corrections POST /curations records (an undo has its own route): graph.model.Correction
CurationAction = Correction


def _add_curation(
    action: CurationAction, source: str, target: str | None, why: str, author: str, type: str | None, name: str | None
) -> _Call[CurationOut]:
    body = {"action": action, "source": source, "target": target, "type": type, "name": name, "why": why,
            "author": author}  # fmt: skip
    content = json.dumps({k: v for k, v in body.items() if v is not None}, ensure_ascii=False).encode()
    return _Call("POST", "/curations", CurationOut, content=content, headers={"Content-Type": "application/json"})


def _undo_curation(entry_id: str, author: str, why: str) -> _Call[UndoOut]:
    content = json.dumps({"author": author, "why": why}, ensure_ascii=False).encode()
    return _Call("POST", f"/curations/{quote(entry_id, safe='')}/undo", UndoOut, content=content,
                 headers={"Content-Type": "application/json"})  # fmt: skip


def _ingest_url(url: str, published: str | None) -> _Call[IngestOut]:
    body = json.dumps({"url": url, "published": published}).encode("utf-8")
    return _Call("POST", "/documents/fetch", IngestOut, content=body, headers={"Content-Type": "application/json"})


def _changes(since: str | None, limit: int) -> _Call[ChangesOut]:
    return _Call("GET", "/changes", ChangesOut, {"since": since, "limit": limit})


DEFAULT_CHANGES_PAGE = 1000


def _headers(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


class Client:
    """The API over HTTP, synchronously. ``token`` is sent as the bearer token (read or write token).

    ``transport`` lets tests and embedders call an app in-process (``httpx.WSGITransport`` or a mock)."""

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        token: str | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._http = httpx.Client(base_url=base_url, headers=_headers(token), timeout=timeout, transport=transport)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _send(self, call: _Call[T]) -> T:
        try:
            response = self._http.request(
                call.method, call.path, params=call.query(), content=call.content, headers=call.headers
            )
        except httpx.TransportError as exc:
            raise ApiError(None, "unreachable", f"{type(exc).__name__}: {exc}") from exc
        return call.parse(response)

    def _pages(self, call: Callable[..., _Call[PageOut]], page_size: int, filters: dict[str, Any]) -> Iterator[NodeOut]:
        offset = 0
        while True:
            page = self._send(call(**filters, offset=offset, limit=page_size))
            yield from page.items
            if not page.has_more or not page.items:
                return
            offset += len(page.items)

    # ---- routes ----

    def health(self) -> HealthOut:
        return self._send(_health())

    def ready(self) -> ReadyOut:
        return self._send(_ready())

    def resolutions(self, *, offset: int = 0, limit: int = 50, **filters: str | None) -> PageOut:
        """One page of resolutions; filters: kind, issuer, level, issued_from, issued_to, text."""
        return self._send(_resolutions(offset=offset, limit=limit, **filters))

    def iter_resolutions(self, *, page_size: int = DEFAULT_PAGE, **filters: str | None) -> Iterator[NodeOut]:
        """Every resolution matching the filters, page after page."""
        return self._pages(_resolutions, page_size, filters)

    def resolution(self, key: str) -> NodeDetailOut:
        return self._send(_resolution(key))

    def lineage(
        self,
        key: str,
        direction: Direction = "down",
        depth: int = 4,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        as_of: str | None = None,
    ) -> LineageOut:
        """A lineage; ``date_from``/``date_to`` keep what documents of that window say, ``as_of`` (YYYY-MM-DD)
        shows its places on the administrative map of that day."""
        return self._send(_lineage(key, direction, depth, date_from=date_from, date_to=date_to, as_of=as_of))

    def implementations(self, key: str, level: Level | None = None, depth: int = 1) -> ImplementationsOut:
        return self._send(_implementations(key, level, depth))

    def officials(self, *, offset: int = 0, limit: int = 50, **filters: str | None) -> PageOut:
        """One page of officials; filters: name, province."""
        return self._send(_officials(offset=offset, limit=limit, **filters))

    def iter_officials(self, *, page_size: int = DEFAULT_PAGE, **filters: str | None) -> Iterator[NodeOut]:
        return self._pages(_officials, page_size, filters)

    def official(self, key: str) -> NodeDetailOut:
        return self._send(_detail("officials", key))

    def meetings(self, *, offset: int = 0, limit: int = 50, **filters: str | None) -> PageOut:
        """One page of meetings, newest first; filters: body, province, date_from, date_to."""
        return self._send(_meetings(offset=offset, limit=limit, **filters))

    def iter_meetings(self, *, page_size: int = DEFAULT_PAGE, **filters: str | None) -> Iterator[NodeOut]:
        return self._pages(_meetings, page_size, filters)

    def meeting(self, key: str) -> NodeDetailOut:
        return self._send(_detail("meetings", key))

    def project(self, key: str) -> NodeDetailOut:
        return self._send(_detail("projects", key))

    def locality(self, key: str) -> NodeDetailOut:
        return self._send(_detail("localities", key))

    def directives(
        self,
        key: str,
        depth: int = 4,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        as_of: str | None = None,
    ) -> DirectivesOut:
        """The documents that reached a locality, each with its chain; ``date_from``/``date_to`` (document dates),
        ``as_of`` (YYYY-MM-DD: the places of the administrative map of that day)."""
        return self._send(_directives(key, depth, date_from=date_from, date_to=date_to, as_of=as_of))

    def document(self, key: str) -> NodeDetailOut:
        return self._send(_detail("documents", key))

    def search(self, q: str, limit: int = 20) -> SearchOut:
        return self._send(_search(q, limit))

    def neighbourhood(self, key: str, depth: int = 1) -> GraphOut:
        return self._send(_neighbourhood(key, depth))

    def ingest(
        self,
        data: bytes,
        *,
        name: str | None = None,
        source: str | None = None,
        published: str | None = None,
        content_type: str = "text/plain",
    ) -> IngestOut:
        """Load one document (needs the write token); ``name``'s suffix picks the format."""
        return self._send(_ingest(data, name, source, published, content_type))

    def delete_document(self, key: str) -> UnloadOut:
        """Delete a document and what only it supported (needs the write token)."""
        return self._send(_delete_document(key))

    def curations(self, key: str | None = None) -> CurationsOut:
        """The curation log, oldest first; with ``key``, the entries naming that node and their undos."""
        return self._send(_curations(key))

    def add_curation(
        self,
        action: CurationAction,
        source: str,
        target: str | None = None,
        *,
        why: str,
        author: str,
        type: str | None = None,
        name: str | None = None,
    ) -> CurationOut:
        """Record and apply a correction (needs the write token)."""
        return self._send(_add_curation(action, source, target, why, author, type, name))

    def undo_curation(self, entry_id: str, *, author: str, why: str = "") -> UndoOut:
        """Cancel a correction (needs the write token)."""
        return self._send(_undo_curation(entry_id, author, why))

    def ingest_url(self, url: str, *, published: str | None = None) -> IngestOut:
        """Have the server fetch ``url`` and load it (needs the write token); its source is the URL."""
        return self._send(_ingest_url(url, published))

    def changes(self, since: str | None = None, *, limit: int = DEFAULT_CHANGES_PAGE) -> ChangesOut:
        """One page of what was added, replaced or removed after the token ``since`` (None: from the start)."""
        return self._send(_changes(since, limit))

    def iter_changes(self, since: str | None = None, *, page_size: int = DEFAULT_CHANGES_PAGE) -> Iterator[ChangeOut]:
        """Every change after ``since``, page after page, up to the last one recorded; each item's ``version``
        is the token to resume from. An :class:`ApiError` with status 410 means the log no longer covers
        ``since``: read the graph again and follow from ``error.detail["current"]``."""
        while True:
            page = self._send(_changes(since, page_size))
            yield from page.items
            if not page.has_more:
                return
            since = page.next


class AsyncClient:
    """The API over HTTP, asynchronously: the methods of :class:`Client`, awaited; the ``iter_*``
    helpers are async iterators (``async for``)."""

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        token: str | None = None,
        timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._http = httpx.AsyncClient(base_url=base_url, headers=_headers(token), timeout=timeout, transport=transport)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _send(self, call: _Call[T]) -> T:
        try:
            response = await self._http.request(
                call.method, call.path, params=call.query(), content=call.content, headers=call.headers
            )
        except httpx.TransportError as exc:
            raise ApiError(None, "unreachable", f"{type(exc).__name__}: {exc}") from exc
        return call.parse(response)

    async def _pages(
        self, call: Callable[..., _Call[PageOut]], page_size: int, filters: dict[str, Any]
    ) -> AsyncIterator[NodeOut]:
        offset = 0
        while True:
            page = await self._send(call(**filters, offset=offset, limit=page_size))
            for item in page.items:
                yield item
            if not page.has_more or not page.items:
                return
            offset += len(page.items)

    # ---- routes ----

    async def health(self) -> HealthOut:
        return await self._send(_health())

    async def ready(self) -> ReadyOut:
        return await self._send(_ready())

    async def resolutions(self, *, offset: int = 0, limit: int = 50, **filters: str | None) -> PageOut:
        return await self._send(_resolutions(offset=offset, limit=limit, **filters))

    def iter_resolutions(self, *, page_size: int = DEFAULT_PAGE, **filters: str | None) -> AsyncIterator[NodeOut]:
        return self._pages(_resolutions, page_size, filters)

    async def resolution(self, key: str) -> NodeDetailOut:
        return await self._send(_resolution(key))

    async def lineage(
        self,
        key: str,
        direction: Direction = "down",
        depth: int = 4,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        as_of: str | None = None,
    ) -> LineageOut:
        return await self._send(_lineage(key, direction, depth, date_from=date_from, date_to=date_to, as_of=as_of))

    async def implementations(self, key: str, level: Level | None = None, depth: int = 1) -> ImplementationsOut:
        return await self._send(_implementations(key, level, depth))

    async def officials(self, *, offset: int = 0, limit: int = 50, **filters: str | None) -> PageOut:
        return await self._send(_officials(offset=offset, limit=limit, **filters))

    def iter_officials(self, *, page_size: int = DEFAULT_PAGE, **filters: str | None) -> AsyncIterator[NodeOut]:
        return self._pages(_officials, page_size, filters)

    async def official(self, key: str) -> NodeDetailOut:
        return await self._send(_detail("officials", key))

    async def meetings(self, *, offset: int = 0, limit: int = 50, **filters: str | None) -> PageOut:
        return await self._send(_meetings(offset=offset, limit=limit, **filters))

    def iter_meetings(self, *, page_size: int = DEFAULT_PAGE, **filters: str | None) -> AsyncIterator[NodeOut]:
        return self._pages(_meetings, page_size, filters)

    async def meeting(self, key: str) -> NodeDetailOut:
        return await self._send(_detail("meetings", key))

    async def project(self, key: str) -> NodeDetailOut:
        return await self._send(_detail("projects", key))

    async def locality(self, key: str) -> NodeDetailOut:
        return await self._send(_detail("localities", key))

    async def directives(
        self,
        key: str,
        depth: int = 4,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        as_of: str | None = None,
    ) -> DirectivesOut:
        return await self._send(_directives(key, depth, date_from=date_from, date_to=date_to, as_of=as_of))

    async def document(self, key: str) -> NodeDetailOut:
        return await self._send(_detail("documents", key))

    async def search(self, q: str, limit: int = 20) -> SearchOut:
        return await self._send(_search(q, limit))

    async def neighbourhood(self, key: str, depth: int = 1) -> GraphOut:
        return await self._send(_neighbourhood(key, depth))

    async def ingest(
        self,
        data: bytes,
        *,
        name: str | None = None,
        source: str | None = None,
        published: str | None = None,
        content_type: str = "text/plain",
    ) -> IngestOut:
        return await self._send(_ingest(data, name, source, published, content_type))

    async def delete_document(self, key: str) -> UnloadOut:
        """Delete a document and what only it supported (needs the write token)."""
        return await self._send(_delete_document(key))

    async def curations(self, key: str | None = None) -> CurationsOut:
        """The curation log, oldest first; with ``key``, the entries naming that node and their undos."""
        return await self._send(_curations(key))

    async def add_curation(
        self,
        action: CurationAction,
        source: str,
        target: str | None = None,
        *,
        why: str,
        author: str,
        type: str | None = None,
        name: str | None = None,
    ) -> CurationOut:
        """Record and apply a correction (needs the write token)."""
        return await self._send(_add_curation(action, source, target, why, author, type, name))

    async def undo_curation(self, entry_id: str, *, author: str, why: str = "") -> UndoOut:
        """Cancel a correction (needs the write token)."""
        return await self._send(_undo_curation(entry_id, author, why))

    async def ingest_url(self, url: str, *, published: str | None = None) -> IngestOut:
        return await self._send(_ingest_url(url, published))

    async def changes(self, since: str | None = None, *, limit: int = DEFAULT_CHANGES_PAGE) -> ChangesOut:
        """One page of what was added, replaced or removed after the token ``since`` (None: from the start)."""
        return await self._send(_changes(since, limit))

    async def iter_changes(
        self, since: str | None = None, *, page_size: int = DEFAULT_CHANGES_PAGE
    ) -> AsyncIterator[ChangeOut]:
        """Every change after ``since``, page after page (see :meth:`Client.iter_changes`)."""
        while True:
            page = await self._send(_changes(since, page_size))
            for item in page.items:
                yield item
            if not page.has_more:
                return
            since = page.next
