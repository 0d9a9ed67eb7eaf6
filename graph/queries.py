"""The catalog of named Cypher queries: one file per query under ``graph/queries/``.

A query file starts with header comments::

    // Nodes that implement or cite the frontier (one level of a lineage walk).
    // @mode read
    // @param keys: list of node keys

``@mode`` is ``read`` or ``write``. A write query that adds, replaces or removes nodes or
relationships says ``// @changes`` and ends ``RETURN ... AS count, collect(...) AS changes`` (one row,
``{op, kind, key, label, type, source, target, id, doc}`` maps): it is run with that RETURN made a
``WITH`` and the tail of ``changes_append`` after it, so the same statement records its changes in the
change log (:mod:`graph.changes`); it then returns ``count`` and ``recorded``. A file in
``graph/queries/<dialect>/`` overrides the shared one for that backend (``falkordb`` or ``neo4j``);
callers never see the difference.
Query text is only ever loaded from these files; the one substitution is a label or
relationship type from the :mod:`graph.model` allowlist into a ``__LABEL__`` / ``__TYPE__``
placeholder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal, LiteralString, cast

from graph.model import Label, RelType
from kernel.errors import InvalidInput, NotFound

QUERY_DIR = Path(__file__).resolve().parent / "queries"
Dialect = Literal["falkordb", "neo4j"]
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAM = re.compile(r"^//\s*@param\s+(\w+)\s*:\s*(.*)$")
_MODE = re.compile(r"^//\s*@mode\s+(read|write)\s*$")
_CHANGES = re.compile(r"^//\s*@changes\s*$")


@dataclass(frozen=True)
class Query:
    """One named query as loaded from its file."""

    name: str
    text: LiteralString
    mode: Literal["read", "write"]
    summary: str
    params: dict[str, str] = field(default_factory=dict)
    changes: bool = False  # it records what it changes in the change log (see the module's text)

    def render(self, *, label: Label | None = None, rel_type: RelType | None = None) -> LiteralString:
        """The query text with allowlisted placeholders filled in."""
        text = self.text
        if "__LABEL__" in text:
            if label is None:
                raise InvalidInput(f"query {self.name!r} needs a label", query=self.name)
            text = text.replace("__LABEL__", Label(label).value)
        if "__TYPE__" in text:
            if rel_type is None:
                raise InvalidInput(f"query {self.name!r} needs a relationship type", query=self.name)
            text = text.replace("__TYPE__", RelType(rel_type).value)
        return text


def _parse(name: str, path: Path) -> Query:
    raw = path.read_text(encoding="utf-8")
    mode: Literal["read", "write"] | None = None
    summary: list[str] = []
    params: dict[str, str] = {}
    changes = False
    for line in raw.splitlines():
        stripped = line.strip()
        if not stripped.startswith("//"):
            continue
        if m := _MODE.match(stripped):
            mode = cast(Literal["read", "write"], m.group(1))
        elif _CHANGES.match(stripped):
            changes = True
        elif m := _PARAM.match(stripped):
            params[m.group(1)] = m.group(2).strip()
        elif not params and mode is None:
            summary.append(stripped.lstrip("/ ").strip())
    if mode is None:
        raise ValueError(f"{path}: missing '// @mode read|write' header")
    if changes and mode != "write":
        raise ValueError(f"{path}: '// @changes' on a read query")
    return Query(name, raw.strip().rstrip(";"), mode, " ".join(summary), params, changes)


def _with_change_log(query: Query, tail: Query) -> Query:
    """``query`` (a ``@changes`` query) with the change log's tail after it, in one statement."""
    head, sep, returned = query.text.rpartition("\nRETURN ")
    if not sep or " AS changes" not in returned or " AS count" not in returned:
        raise ValueError(f"query {query.name!r} says @changes but does not end 'RETURN ... AS count, ... AS changes'")
    statement = [line for line in tail.text.splitlines() if not line.lstrip().startswith("//")]
    text = head + "\nWITH " + returned + "\n" + "\n".join(statement[1:])  # the tail's first line stands for a query
    return Query(query.name, text, query.mode, query.summary, query.params, True)


@cache
def load(name: str, dialect: Dialect | None = None) -> Query:
    """The query called ``name``, with the dialect's override when there is one (a ``@changes`` query with
    the change log's tail: see the module's text)."""
    query = _load(name, dialect)
    return _with_change_log(query, _load("changes_append", dialect)) if query.changes else query


def _load(name: str, dialect: Dialect | None = None) -> Query:
    if not _NAME.match(name):
        raise NotFound(f"no query named {name!r}", query=name)
    candidates = [QUERY_DIR / dialect / f"{name}.cypher"] if dialect else []
    candidates.append(QUERY_DIR / f"{name}.cypher")
    if dialect is None:  # a query every dialect defines for itself (for listing and help)
        candidates.append(QUERY_DIR / "neo4j" / f"{name}.cypher")
    for path in candidates:
        if path.is_file():
            return _parse(name, path)
    raise NotFound(f"no query named {name!r}; see 'dg query --list'", query=name)


def names() -> list[str]:
    """Every query name (shared, or defined by every dialect), sorted."""
    shared = {p.stem for p in QUERY_DIR.glob("*.cypher")}
    per_dialect = [{p.stem for p in (QUERY_DIR / d).glob("*.cypher")} for d in ("falkordb", "neo4j")]
    return sorted(shared | set.intersection(*per_dialect))
