"""The one root exception of directive-graph and its documented subclasses.

Every error the project raises on purpose derives from :class:`DirectiveGraphError`.
The API maps it to one JSON shape (see ``app.api_errors``)::

    {"error": {"code": "not_found", "message": "...", "detail": {...}}}

``code`` is stable and machine-readable; ``status`` is the HTTP status the API uses.
This module imports nothing from the rest of the project so every layer can use it.
"""

from __future__ import annotations

from typing import Any


class DirectiveGraphError(Exception):
    """Root of every error directive-graph raises on purpose."""

    code = "error"
    status = 500

    def __init__(self, message: str, **detail: Any) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "detail": self.detail}


class NotFound(DirectiveGraphError):
    """A key or named thing does not exist."""

    code = "not_found"
    status = 404


class InvalidInput(DirectiveGraphError):
    """A parameter or input file is not acceptable."""

    code = "invalid_input"
    status = 422


class Unauthorized(DirectiveGraphError):
    """A route needs a bearer token that was missing or wrong."""

    code = "unauthorized"
    status = 401


class PayloadTooLarge(DirectiveGraphError):
    """A request body or input file exceeds the configured limit."""

    code = "payload_too_large"
    status = 413


class StoreUnavailable(DirectiveGraphError):
    """The graph store cannot be reached or did not start."""

    code = "store_unavailable"
    status = 503


class StoreError(DirectiveGraphError):
    """The graph store refused or failed a query."""

    code = "store_error"
    status = 500


class ReadError(InvalidInput):
    """A source document could not be read (empty, binary, truncated, too large, undecodable)."""

    code = "read_error"


class Ambiguous(DirectiveGraphError):
    """A short name (e.g. a symbol without province or year) matches several nodes."""

    code = "ambiguous"
    status = 409


class InvalidSettings(DirectiveGraphError):
    """A ``DG_*`` setting (environment or ``.env``) has a value the server cannot run with."""

    code = "invalid_settings"
    status = 500
