"""HTTP below the routes: ``HEAD`` wherever ``GET`` exists, and the one error shape for requests
the HTTP parser itself refuses.

* :class:`HeadAsGet` answers ``HEAD`` with the headers ``GET`` would send (status, ``Content-Length``,
  ``ETag`` ...) and no body; the routes and the OpenAPI document only know ``GET``.
* uvicorn answers a request line it cannot parse (raw UTF-8 in the path or query, ``/search?q=Quyết``
  sent without percent-encoding) with a plain-text 400 before the app sees it. :func:`http_protocol`
  is uvicorn's own protocol (httptools; :class:`JsonErrorH11Protocol` for ``--http h11``) with that
  answer in the error shape
  (``{"error": {"code": "bad_request", ...}}``); ``dg serve`` runs with it.
"""

from __future__ import annotations

import asyncio
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

BAD_REQUEST = {
    "error": {
        "code": "bad_request",
        "message": "the request is not valid HTTP; percent-encode non-ASCII characters in the path and query "
        "(UTF-8), e.g. /search?q=Quy%E1%BA%BFt",
        "detail": {},
    }
}


class HeadAsGet:
    """ASGI middleware: a ``HEAD`` request runs as ``GET``; its body is dropped, its headers kept."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def _answer_bad_request(transport: asyncio.Transport) -> None:
    body = json.dumps(BAD_REQUEST).encode()
    head = (
        b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n"
    )
    transport.write(head + body)
    transport.close()


class JsonErrorH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, answering an unparsable request in the error shape."""

    def send_400_response(self, msg: str) -> None:
        _answer_bad_request(self.transport)


class JsonErrorHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol (its default; httptools comes with uvicorn[standard]), answering an
    unparsable request in the error shape."""

    def send_400_response(self, msg: str) -> None:
        _answer_bad_request(self.transport)


def http_protocol() -> type[asyncio.Protocol]:
    """The protocol for ``uvicorn.run(http=...)``: uvicorn's default, with JSON 400s."""
    return JsonErrorHttpToolsProtocol
