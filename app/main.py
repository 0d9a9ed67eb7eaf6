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

from app import docs
from app.api_errors import install_error_handlers
from app.cache import AnswerCacheMiddleware
from app.openapi import install_openapi, operation_id
from app.routes import documents, graph, health, localities, meetings, officials, projects, resolutions, search, web
from app.transport import HeadAsGet
from graph.backends import open_store
from graph.store import GraphStore
from kernel.settings import Settings, get_settings

DESCRIPTION = """Trace Vietnamese Party and State directives through the plans, meetings,
officials, projects and localities that carry them out. Every edge carries its evidence:
the source document, the sentence and its span. Errors share one shape, `ErrorResponse`;
`detail` holds JSON values. Every `GET` also answers `HEAD`. A typed Python client ships with the
package: `from app.client import Client`."""


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The app; ``store`` is opened from ``settings`` at start-up unless one is given."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store if store is not None else open_store(settings)
        logging.getLogger("directive_graph.api").info("store: %s", app.state.store.backend)
        try:
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
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match"],
            expose_headers=["ETag", "X-Cache"],
        )
    app.add_middleware(HeadAsGet)
    install_error_handlers(app)
    for module in (health, resolutions, officials, meetings, projects, localities, documents, search, graph, web):
        app.include_router(module.router)
    app.include_router(docs.router)
    install_openapi(app, settings)
    return app
