"""Query parameters a route does not declare are refused (422), and the answer cache keys on the
validated ones.

A junk parameter (``&_=123``) used to make every request a new cache entry and a new computation
of a heavy answer. :class:`QueryGuard` finds the route a request is for, checks every query
parameter name against the parameters the route declares (its own and its dependencies'),
answers ``422 invalid_input`` naming the unknown ones, and otherwise validates the values with the
route's own fields and leaves the result in the scope as :data:`CACHE_KEY`: the parameters in a
fixed order, each as the route will see it (defaults filled in, ``depth=01`` read as ``1``). Two
requests that the route cannot tell apart share one cache entry.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from fastapi.dependencies.models import Dependant
from fastapi.encoders import jsonable_encoder
from fastapi.routing import APIRoute
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from app.api_errors import error_response

#: scope key holding the request's validated query parameters as bytes (absent when they are not valid)
CACHE_KEY = "dg.query_key"


class QueryGuard:
    """ASGI middleware: unknown query parameters are a 422; known ones become the cache key."""

    def __init__(self, app: ASGIApp, routes: list[APIRoute], *, keyed: bool = True) -> None:
        """``routes``: the app's routes in the order they were included (the order the app matches them).
        ``keyed``: leave the cache key in the scope (the cache is on; without it the key would be computed for
        nothing, about a tenth of a computed search's CPU in the API)."""
        self.app = app
        self.routes = routes
        self.keyed = keyed
        self._fields: dict[int, dict[str, Any]] = {}
        # The routes a path can match, by the path's first segment: those whose first segment is that word, and
        # those whose first segment is a parameter, in the app's order (the same route the scan of every route
        # finds, without matching the pattern of each route of the routers before it: 45 on a search).
        self._by_segment: dict[str, list[APIRoute]] = {}
        words = {_first_segment(route.path) for route in routes} - {None}
        for word in words:
            self._by_segment[str(word)] = [r for r in routes if _first_segment(r.path) in (word, None)]
        self._any_segment = [r for r in routes if _first_segment(r.path) is None]

    def _route(self, scope: Scope) -> APIRoute | None:
        if scope.get("root_path"):  # a path under a prefix: matched as the app matches it, route by route
            candidates = self.routes
        else:
            candidates = self._by_segment.get(scope["path"][1:].partition("/")[0], self._any_segment)
        for route in candidates:
            match, _ = route.matches(scope)
            if match == Match.FULL:
                return route
        return None

    def _declared(self, route: APIRoute) -> dict[str, Any]:
        """The route's query fields by name (cached per route)."""
        fields = self._fields.get(id(route))
        if fields is None:
            fields = {}
            stack: list[Dependant] = [route.dependant]
            while stack:  # the route's own parameters and those of its dependencies (paging, auth)
                dependant = stack.pop()
                fields.update((field.alias, field) for field in dependant.query_params)
                stack.extend(dependant.dependencies)
            self._fields[id(route)] = fields
        return fields

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        route = self._route(scope)
        if route is None:
            await self.app(scope, receive, send)
            return
        declared = self._declared(route)
        try:
            pairs = parse_qsl(scope["query_string"].decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            await self.app(scope, receive, send)  # the route's own handling answers it
            return
        unknown = sorted({name for name, _ in pairs} - set(declared))
        if unknown:
            response = error_response(
                422,
                "invalid_input",
                f"unknown query parameter{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}",
                {"unknown": unknown, "allowed": sorted(declared)},
            )
            await response(scope, receive, send)
            return
        if self.keyed and (key := self._validated_key(declared, pairs)) is not None:
            scope[CACHE_KEY] = key
        await self.app(scope, receive, send)

    @staticmethod
    def _validated_key(declared: dict[str, Any], pairs: list[tuple[str, str]]) -> bytes | None:
        """The values as the route reads them (the last of repeated ones), in name order; None if any is invalid."""
        given = dict(pairs)
        values: list[tuple[str, Any]] = []
        for name in sorted(declared):
            field = declared[name]
            if name not in given:
                if field.field_info.is_required():
                    return None
                values.append((name, field.field_info.get_default(call_default_factory=True)))
                continue
            value, errors = field.validate(given[name], {}, loc=("query", name))
            if errors:
                return None
            values.append((name, value))
        return json.dumps(jsonable_encoder(values), ensure_ascii=False, sort_keys=True).encode()


def _first_segment(path: str) -> str | None:
    """The first segment of a route's path ("/resolutions/{key:path}" -> "resolutions"); None when it holds a
    parameter (it may match any word)."""
    word = path[1:].partition("/")[0]
    return None if "{" in word else word
