"""FastAPI dependencies: the settings, the store, and the bearer-token checks."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from graph.store import GraphStore
from kernel.errors import Unauthorized
from kernel.settings import Settings

_bearer = HTTPBearer(auto_error=False)


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


def _token_matches(given: str, token: str) -> bool:
    """Constant-time comparison of the presented bearer token with the configured one."""
    return hmac.compare_digest(given.encode(), token.encode())


def read_allowed(settings: Settings, authorization: str) -> bool:
    """Whether a request with this ``Authorization`` header may read (always, without a read token)."""
    if settings.read_token is None:
        return True
    scheme, _, given = authorization.partition(" ")
    return _token_matches(given if scheme.lower() == "bearer" else "", settings.read_token.get_secret_value())


async def require_read(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> None:
    """Reads are open unless ``DG_READ_TOKEN`` is set.

    The header is read directly (not through ``HTTPBearer``) so that the OpenAPI schema does not
    declare reads as authenticated when, by default, they are not."""
    if not read_allowed(settings, request.headers.get("authorization", "")):
        raise Unauthorized("a valid bearer token is required")


async def require_write(
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Writes always need ``DG_WRITE_TOKEN``; with none configured, writes are refused."""
    if settings.write_token is None:
        raise Unauthorized("writes are disabled: set DG_WRITE_TOKEN on the server")
    if not _token_matches(credentials.credentials if credentials else "", settings.write_token.get_secret_value()):
        raise Unauthorized("a valid bearer token is required")


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
