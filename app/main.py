"""The FastAPI application factory.

``create_app()`` opens the configured store when the app starts and closes it when the app
stops (for the embedded backend that starts and stops the FalkorDB server, shared with any
loader running at the same time). Tests pass a store of their own.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import docs
from app.api_errors import install_error_handlers
from app.cache import AnswerCacheMiddleware
from app.openapi import install_openapi, operation_id
from app.query_guard import QueryGuard
from app.routes import (
    changes,
    curations,
    documents,
    fetch,
    graph,
    health,
    localities,
    meetings,
    officials,
    projects,
    resolutions,
    search,
    unload,
    web,
)
from app.transport import HeadAsGet
from graph.backends import open_store
from graph.store import GraphStore
from kernel.collector import YOUNG, fewer_collections
from kernel.settings import Settings, get_settings

DESCRIPTION = """Trace Vietnamese Party and State directives through the plans, meetings,
officials, projects and localities that carry them out. Every edge carries its evidence:
the source document, the sentence and its span. Errors share one shape, `ErrorResponse`;
`detail` holds JSON values. Every `GET` also answers `HEAD`. A typed Python client ships with the
package: `from app.client import Client`."""


# The page loads only its own files (cytoscape is vendored under /static); nothing may frame it.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
PROTECTIVE_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
#: Allocations between two young collections of the garbage collector in a serving process (Python's default: 700).
GC_YOUNG = YOUNG
#: Swagger UI and ReDoc load their scripts from a CDN: they keep the other headers, not the policy.
NO_POLICY = ("/docs", "/redoc")


class ProtectiveHeaders:
    """Adds :data:`PROTECTIVE_HEADERS` to every answer and :data:`CONTENT_SECURITY_POLICY` to all but the
    interactive docs (a header the route already set is kept)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = list(PROTECTIVE_HEADERS)
        if not scope["path"].startswith(NO_POLICY):
            extra.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in extra if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The app; ``store`` is opened from ``settings`` at start-up unless one is given."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store if store is not None else open_store(settings)
        logging.getLogger("directive_graph.api").info("store: %s", app.state.store.backend)
        if owned:  # a fresh data folder has no graph yet: every read would fail until the schema exists
            try:
                app.state.store.apply_schema()  # idempotent; creates only what is missing
            except BaseException:
                app.state.store.close()
                raise
        # What is alive now (modules, the app, its routes and models) lives as long as the process: kept out of the
        # collector's full passes, which otherwise walk all of it again and again under the many lists a computed
        # answer allocates (a lineage of 180 nodes spent more in those passes than in everything else).
        # A computed answer allocates thousands of lists and dicts, none in a cycle, and frees them when it is sent:
        # with the default threshold (700) each lineage of 263 nodes ran about 15 young collections over them, 0.3 ms
        # of its 2.6 (in process, BENCHMARKS.md, Computed answers); at GC_YOUNG they run about once a request. Both
        # given back when the app stops (tests open and close many apps in one process).
        try:
            with fewer_collections(GC_YOUNG):
                yield
        finally:
            if owned:
                app.state.store.close()

    app = FastAPI(
        title="directive-graph",
        description=DESCRIPTION,
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # served by app.docs from the package, not from a CDN
        redoc_url=None,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.add_middleware(AnswerCacheMiddleware, settings=settings)
    routers = [
        module.router
        for module in (
            health,
            resolutions,
            officials,
            meetings,
            projects,
            localities,
            fetch,  # before documents: its path is also a GET /documents/{key} path (OPTIONS answers Allow: POST)
            documents,
            unload,
            curations,
            changes,
            search,
            graph,
            web,
            docs,
        )
    ]
    routes = [route for router in routers for route in router.routes if isinstance(route, APIRoute)]
    # outside the cache: unknown parameters never reach it; no cache (DG_CACHE_MB=0), no key to compute for it
    app.add_middleware(QueryGuard, routes=routes, keyed=settings.cache_mb > 0)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match"],
            expose_headers=["ETag", "X-Cache"],
        )
    app.add_middleware(HeadAsGet)  # outside the guard and the cache: a HEAD is checked and cached as its GET
    app.add_middleware(ProtectiveHeaders)  # added last: outermost, so cached answers carry the headers too
    install_error_handlers(app)
    for router in routers:
        app.include_router(router)
    install_openapi(app, settings)
    return app
