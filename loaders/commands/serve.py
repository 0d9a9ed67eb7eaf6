"""``dg serve``: the REST API and the lineage page, with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from app.main import create_app
from loaders.commands._common import settings_for, setup_logging


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: Annotated[str | None, typer.Option(help="address to bind (default: DG_HOST, 127.0.0.1)")] = None,
        port: Annotated[int | None, typer.Option(help="port (default: DG_PORT, 8000)")] = None,
        backend: Annotated[
            str | None, typer.Option("--backend", help="embedded or neo4j (default: DG_BACKEND)")
        ] = None,
    ) -> None:
        """Serve the API (OpenAPI at /docs) on the configured store until interrupted."""
        setup_logging()
        settings = settings_for(backend)
        uvicorn.run(
            create_app(settings),
            host=host or settings.host,
            port=port or settings.port,
            log_config=None,
            timeout_graceful_shutdown=10,
        )
