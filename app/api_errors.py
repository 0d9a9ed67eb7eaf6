"""The one error handler: every error leaves the API as the same JSON shape.

::

    {"error": {"code": "not_found", "message": "no resolution with key 'x'", "detail": {...}}}

``code`` values: ``bad_request`` (400: not valid HTTP, e.g. raw UTF-8 in the URL), ``not_found`` (404),
``invalid_input`` / ``read_error`` (422), ``unauthorized`` (401), ``ambiguous`` / ``writer_busy`` (409),
``changes_expired`` (410: a change token the log no longer covers),
``payload_too_large`` / ``answer_too_large`` (413), ``store_unavailable`` / ``answer_timeout`` (503),
``store_error`` and ``internal_error`` (500). No stack trace and no file system path ever leaves the process.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from kernel.errors import DirectiveGraphError

log = logging.getLogger("directive_graph.api")

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
}
_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


class ErrorBody(BaseModel):
    code: str = Field(description="stable, machine-readable: not_found, invalid_input, ambiguous ...")
    message: str = Field(description="what went wrong, for a person")
    detail: dict[str, Any] = Field(
        default_factory=dict,
        description="JSON values about the error, e.g. the key asked for, a list of candidates, the fields at fault",
    )


class ErrorResponse(BaseModel):
    """The shape of every error response."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "error": {
                        "code": "not_found",
                        "message": "no node with key '999-NQ/TW'",
                        "detail": {"key": "999-NQ/TW"},
                    }
                }
            ]
        }
    )

    error: ErrorBody


def json_detail(detail: dict[str, Any]) -> dict[str, Any]:
    """An error's detail as JSON values: lists stay lists, numbers stay numbers; anything JSON cannot
    hold (a path, a date, an object) becomes its string."""

    def value(v: Any) -> Any:
        try:
            return jsonable_encoder(v)
        except (TypeError, ValueError):
            return str(v)

    return {str(k): value(v) for k, v in detail.items()}


def error_response(
    status: int,
    code: str,
    message: str,
    detail: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ErrorResponse(error=ErrorBody(code=code, message=message, detail=detail or {}))
    headers = dict(headers or {})
    if status == 401:
        headers.setdefault("WWW-Authenticate", "Bearer")
    return JSONResponse(body.model_dump(), status_code=status, headers=headers or None)


# An absolute file path inside a message: after a space, a quote, '(' or '=' (never inside a key such as 57-NQ/TW).
_ABSOLUTE_PATH = re.compile(r"(?:(?<=^)|(?<=[\s'\"(=]))/[^\s'\",;)]+")


def _data_folders(request: Request) -> list[str]:
    """The data folder as configured and as the store resolved it, longest first."""
    found: set[str] = set()
    settings = getattr(request.app.state, "settings", None)
    store = getattr(request.app.state, "store", None)
    for folder in (getattr(settings, "data_dir", None), getattr(getattr(store, "server", None), "dir", None)):
        if isinstance(folder, Path):
            found.update({str(folder), str(folder.resolve()), str(folder.absolute())})
    return sorted((f for f in found if f not in ("", ".", "/")), key=len, reverse=True)


def redact(text: str, folders: list[str]) -> str:
    """No file system path leaves the API: the data folder becomes ``DG_DATA_DIR``, any other absolute
    path its last part (``/srv/x/falkordb.log`` -> ``falkordb.log``)."""
    for folder in folders:
        text = text.replace(folder, "DG_DATA_DIR")
    return _ABSOLUTE_PATH.sub(lambda m: Path(m.group(0)).name or "/", text)


def _allowed(request: Request) -> str:
    """Every method some route serves at this path (Starlette's 405 names only the first route's methods,
    and ``DELETE /documents/{key}`` shares its path with ``GET``)."""
    routes = request.app.router.routes
    methods = [m for m in _METHODS if any(r.matches({**request.scope, "method": m})[0] is Match.FULL for r in routes)]
    return ", ".join(methods)


def install_error_handlers(app: FastAPI) -> None:
    """Map every exception to :class:`ErrorResponse`."""

    @app.exception_handler(DirectiveGraphError)
    async def _ours(request: Request, exc: DirectiveGraphError) -> JSONResponse:
        if exc.status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc.message)
        folders = _data_folders(request)
        detail = {k: redact(v, folders) if isinstance(v, str) else v for k, v in exc.detail.items()}
        return error_response(exc.status, exc.code, redact(exc.message, folders), json_detail(detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"loc": ".".join(str(p) for p in e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in exc.errors()
        ]
        return error_response(422, "invalid_input", "request parameters are not valid", {"errors": problems})

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = _allowed(request)
        return error_response(exc.status_code, code, str(exc.detail), headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "internal error; see the server log")
