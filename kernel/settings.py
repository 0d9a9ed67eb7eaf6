"""All settings in one place: environment variables with the prefix ``DG_`` (or a ``.env`` file)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from kernel.errors import InvalidSettings

#: a browser origin as CORS compares it: scheme, host and optional port, nothing after
_ORIGIN = re.compile(r"\*|https?://[^/\s?#]+")

#: the shortest bearer token the server accepts (a guessable token is worse than none)
MIN_TOKEN_LENGTH = 16


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
    store_reply_timeout_s: float = Field(
        60.0,
        gt=0,
        description="Seconds the embedded store may take to answer one command. A store that then no longer "
        "answers PING is taken as hung and restarted (the command runs again); one that does is left running "
        "and the command fails with 503.",
    )
    changes_keep: int = Field(
        1_000_000,
        ge=0,
        description="Changes the change log (GET /changes) keeps; older ones are pruned as writes go on, and a "
        "token older than what is kept is answered 410.",
    )

    neo4j_uri: str | None = Field(None, description="Neo4j bolt URI, e.g. bolt://localhost:7687.")
    neo4j_user: str = Field("neo4j", description="Neo4j user.")
    neo4j_password: SecretStr = Field(SecretStr("neo4j"), description="Neo4j password.")
    neo4j_database: str = Field("neo4j", description="Neo4j database name.")

    write_token: SecretStr | None = Field(
        None,
        description=f"Bearer token required by write routes, at least {MIN_TOKEN_LENGTH} characters; "
        "unset, empty or blank means writes are off.",
    )
    read_token: SecretStr | None = Field(
        None,
        description=f"If set (at least {MIN_TOKEN_LENGTH} characters), bearer token required by read routes; "
        "unset, empty or blank means reads are open.",
    )
    max_page_size: int = Field(200, description="Largest page size a list route accepts.")
    max_lineage_depth: int = Field(8, description="Deepest lineage a route computes.")
    cache_mb: float = Field(
        64, ge=0, description="Memory per server process for cached read answers, in MiB; 0 turns the cache off."
    )
    compute_workers: int = Field(
        8, ge=1, description="Read answers computed at once per server process; more wait (the rest stays free)."
    )
    answer_timeout_s: float = Field(
        30, gt=0, description="Seconds one read answer may take (waiting included) before a 503 answer_timeout."
    )
    max_answer_mb: float = Field(32, gt=0, description="Largest read answer, in MiB; larger is a 413 answer_too_large.")
    max_body_bytes: int = Field(20 * 1024 * 1024, description="Largest request body accepted.")
    max_file_bytes: int = Field(20 * 1024 * 1024, description="Largest source file a reader accepts.")
    max_extract_chars: int = Field(
        5_000_000,
        ge=1,
        description="Longest text (in characters) extraction reads; a longer document is refused with a per-file "
        "error. Extraction is linear in length, about 1 s per million characters per core.",
    )

    fetch_allow_private: bool = Field(
        False,
        description="Let `dg load URL` and POST /documents/fetch fetch from loopback, private and link-local "
        "addresses (an intranet); off, every address a host resolves to must be public.",
    )
    fetch_timeout_s: float = Field(20, gt=0, description="Seconds one URL fetch may take, redirects included.")
    fetch_max_redirects: int = Field(5, ge=0, le=20, description="Redirects one URL fetch follows.")

    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Browser origins allowed to call the API from another site (CORS), comma-separated, "
        "e.g. https://a.example,https://b.example; * allows any; unset means none (CORS off).",
    )

    host: str = Field("127.0.0.1", description="Address dg serve binds to.")
    port: int = Field(8000, description="Port dg serve binds to.")
    keep_alive_s: int = Field(
        75,
        ge=1,
        description="Seconds dg serve keeps an idle client connection open; keep it longer than the clients' own "
        "idle limit (httpx: 5 s; a proxy in front: its upstream idle timeout), or a client reuses a connection "
        "the server is closing and gets a read error.",
    )
    worker_healthcheck_s: int = Field(
        60,
        ge=1,
        description="With dg serve --workers N, seconds a worker may take to answer the supervisor's health ping "
        "before it is killed and restarted (uvicorn's own default, 5 s, kills busy workers in a loop on a loaded "
        "machine, and the server never becomes ready).",
    )

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        """``DG_CORS_ORIGINS=https://a.example, https://b.example`` (a list is taken as it is)."""
        origins = value.split(",") if isinstance(value, str) else value
        if not isinstance(origins, list):
            return value
        cleaned = [str(origin).strip().rstrip("/") for origin in origins if str(origin).strip()]
        for origin in cleaned:
            if not _ORIGIN.fullmatch(origin):
                raise ValueError(f"{origin!r} is not an origin (scheme://host[:port], or *)")
        return cleaned

    @field_validator("write_token", "read_token", mode="before")
    @classmethod
    def _real_token_or_none(cls, value: object) -> object:
        """An empty or blank token is no token (``DG_WRITE_TOKEN=`` turns writes off, never opens them);
        a token shorter than :data:`MIN_TOKEN_LENGTH` is refused at start-up."""
        raw = value.get_secret_value() if isinstance(value, SecretStr) else value
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, str) and len(raw.strip()) < MIN_TOKEN_LENGTH:
            raise ValueError(
                f"a token must have at least {MIN_TOKEN_LENGTH} characters (leave it empty to turn it off)"
            )
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment; a bad value is :class:`InvalidSettings`
    naming each variable and what is wrong with it (not a traceback)."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = {f"DG_{'_'.join(str(p) for p in e['loc']).upper()}": e["msg"] for e in exc.errors()}
        message = "; ".join(f"{name}: {msg}" for name, msg in problems.items())
        raise InvalidSettings(f"invalid settings: {message}", **problems) from None
