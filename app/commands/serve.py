"""``dg serve``: the REST API and the lineage page, with uvicorn."""

from __future__ import annotations

import os
from typing import Annotated, Any

import typer
import uvicorn

from app.commands._common import settings_for, setup_logging
from app.main import create_app
from app.transport import http_protocol


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: Annotated[str | None, typer.Option(help="address to bind (default: DG_HOST, 127.0.0.1)")] = None,
        port: Annotated[int | None, typer.Option(help="port (default: DG_PORT, 8000)")] = None,
        backend: Annotated[
            str | None, typer.Option("--backend", help="embedded or neo4j (default: DG_BACKEND)")
        ] = None,
        access_log: Annotated[bool, typer.Option("--access-log/--no-access-log", help="log every request")] = False,
        workers: Annotated[int, typer.Option("--workers", help="server processes (they share one store)")] = 1,
    ) -> None:
        """Serve the API (OpenAPI at /docs) on the configured store until interrupted."""
        setup_logging()
        settings = settings_for(backend)
        options: dict[str, Any] = {
            "host": host or settings.host,
            "port": port or settings.port,
            "log_config": None,
            "access_log": access_log,
            "timeout_graceful_shutdown": 10,
            "timeout_keep_alive": settings.keep_alive_s,  # uvicorn's 5 s equals httpx's: a race on a busy machine
            "http": http_protocol(),  # a request uvicorn cannot parse gets the JSON error shape too
        }
        if workers > 1:
            # Each worker process builds its own app (and store client) from the environment.
            os.environ["DG_BACKEND"] = settings.backend
            uvicorn.run(
                "app.main:create_app",
                factory=True,
                workers=workers,
                timeout_worker_healthcheck=settings.worker_healthcheck_s,  # a busy worker is slow, not dead
                **options,
            )
        else:
            uvicorn.run(create_app(settings), **options)
