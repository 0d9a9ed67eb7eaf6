"""One module per backend; :func:`open_store` picks the one the settings name."""

from __future__ import annotations

from graph.store import GraphStore
from kernel.settings import Settings, get_settings


def open_store(settings: Settings | None = None) -> GraphStore:
    """The store the settings name: ``embedded`` (default) or ``neo4j``."""
    settings = settings or get_settings()
    if settings.backend == "neo4j":
        from graph.backends.neo4j_store import Neo4jStore

        return Neo4jStore.from_settings(settings)
    from graph.backends.embedded import EmbeddedStore

    return EmbeddedStore.from_settings(settings)
