"""The OpenAPI document as a contract: operation names, declared errors, the real limits.

* Every operation is named in camelCase after its function (``get_implementations`` ->
  ``getImplementations``) instead of FastAPI's long default.
* Routes declare the errors they can return with :func:`errors`, each with the one error shape
  (:class:`app.api_errors.ErrorResponse`) and an example.
* A parameter whose bound is a setting (``depth`` <= ``DG_MAX_LINEAGE_DEPTH``) carries
  :func:`setting_bound` in its schema; :func:`install_openapi` writes the running server's value
  into the document as ``maximum``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Path
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from app.api_errors import ErrorResponse
from kernel.settings import Settings

#: status -> (description, an example error body)
ERRORS: dict[int, tuple[str, dict[str, Any]]] = {
    400: (
        "The body is not JSON",
        {"code": "bad_request", "message": "There was an error parsing the body", "detail": {}},
    ),
    401: (
        "A bearer token is required (DG_READ_TOKEN for reads, DG_WRITE_TOKEN for writes)",
        {"code": "unauthorized", "message": "a valid bearer token is required", "detail": {}},
    ),
    404: (
        "No node with that key",
        {"code": "not_found", "message": "no resolution with key '999-NQ/TW'", "detail": {"key": "999-NQ/TW"}},
    ),
    409: (
        "A bare symbol names several resolutions; `detail.candidates` lists their keys",
        {
            "code": "ambiguous",
            "message": "'15-KH/TU' names 2 resolutions; use one of their keys",
            "detail": {"candidates": ["15-KH/TU@nghe-an:2024", "15-KH/TU@ha-tinh:2025"]},
        },
    ),
    410: (
        "The change token is older than the change log keeps (pruned), or from a log since emptied: read the graph "
        "again and follow from `detail.current`",
        {
            "code": "changes_expired",
            "message": "changes after this token were pruned from the log; read the graph again, then follow from "
            "`current`",
            "detail": {"since": "3f9a1c0e-12", "reason": "pruned", "oldest": "3f9a1c0e-500", "current": "3f9a1c0e-812"},
        },
    ),
    413: (
        "The request body is over DG_MAX_BODY_BYTES",
        {"code": "payload_too_large", "message": "the body is over the 20,971,520-byte limit", "detail": {}},
    ),
    422: (
        "A parameter or the body is not valid; `detail.errors` lists each problem",
        {
            "code": "invalid_input",
            "message": "request parameters are not valid",
            "detail": {"errors": [{"loc": "query.depth", "msg": "Input should be greater than or equal to 1"}]},
        },
    ),
    500: (
        "The store failed a query, or an unexpected error (logged on the server)",
        {"code": "internal_error", "message": "internal error; see the server log", "detail": {}},
    ),
    503: (
        "The graph store cannot be reached",
        {"code": "store_unavailable", "message": "the graph store is not reachable", "detail": {}},
    ),
}

#: what every read route can answer besides its own errors
READ_ERRORS = (401, 422, 500, 503)


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route: each status with the error shape, a description and an example."""
    return {
        status: {
            "model": ErrorResponse,
            "description": ERRORS[status][0],
            "content": {"application/json": {"example": {"error": ERRORS[status][1]}}},
        }
        for status in statuses
    }


def operation_id(route: APIRoute) -> str:
    """``getImplementations`` for the function ``get_implementations``."""
    first, *rest = route.name.split("_")
    return first + "".join(word.capitalize() for word in rest)


_BOUND = "x-setting-maximum"


def setting_bound(setting: str) -> dict[str, Any]:
    """``json_schema_extra`` for a parameter whose maximum is the setting ``setting`` (a Settings field)."""
    if setting not in Settings.model_fields:
        raise ValueError(f"no setting {setting!r}")
    return {_BOUND: setting}


def _bind_settings(node: Any, settings: Settings) -> None:
    """Replace every setting marker under ``node`` by that setting's value as ``maximum``."""
    if isinstance(node, dict):
        setting = node.pop(_BOUND, None)
        if setting is not None:
            node["maximum"] = getattr(settings, setting)
        for value in node.values():
            _bind_settings(value, settings)
    elif isinstance(node, list):
        for value in node:
            _bind_settings(value, settings)


def install_openapi(app: FastAPI, settings: Settings) -> None:
    """Build the document once, with this server's settings written in."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
            )
            _bind_settings(schema, settings)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def key_path(what: str, example: str) -> Any:
    """The path parameter ``key``, described (keys contain '/': sent as they are or percent-encoded)."""
    return Path(
        description=f"the {what}'s key (as in `key` of any answer; '/' may be sent as is or as %2F)",
        examples=[example],
    )
