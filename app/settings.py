"""All settings in one place: environment variables with the prefix ``DG_`` (or a ``.env`` file)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """directive-graph settings. Every field is read from ``DG_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="DG_", env_file=".env", extra="ignore")

    backend: Literal["embedded", "neo4j"] = Field(
        "embedded", description="Graph store: 'embedded' (FalkorDB child process) or 'neo4j'."
    )
    data_dir: Path = Field(Path("var"), description="Folder for the embedded store's data, socket and pidfile.")
    embedded_start_timeout: float = Field(20.0, description="Seconds to wait for the embedded server.")
    graph_name: str = Field("directives", description="Graph name inside the embedded server.")
    query_timeout_ms: int = Field(10_000, description="Per-query timeout in milliseconds (both backends).")

    neo4j_uri: str | None = Field(None, description="Neo4j bolt URI, e.g. bolt://localhost:7687.")
    neo4j_user: str = Field("neo4j", description="Neo4j user.")
    neo4j_password: SecretStr = Field(SecretStr("neo4j"), description="Neo4j password.")
    neo4j_database: str = Field("neo4j", description="Neo4j database name.")

    write_token: SecretStr | None = Field(None, description="Bearer token required by write routes.")
    read_token: SecretStr | None = Field(None, description="If set, bearer token required by read routes.")
    max_page_size: int = Field(200, description="Largest page size a list route accepts.")
    max_lineage_depth: int = Field(8, description="Deepest lineage a route computes.")
    cache_mb: float = Field(
        64, ge=0, description="Memory per server process for cached read answers, in MiB; 0 turns the cache off."
    )
    max_body_bytes: int = Field(20 * 1024 * 1024, description="Largest request body accepted.")
    max_file_bytes: int = Field(20 * 1024 * 1024, description="Largest source file a reader accepts.")

    host: str = Field("127.0.0.1", description="Address dg serve binds to.")
    port: int = Field(8000, description="Port dg serve binds to.")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
