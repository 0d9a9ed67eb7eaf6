"""The change log: what was added, replaced or removed, numbered, so another system can follow the graph
(``GET /changes``) without reading it again.

**Granularity.** One entry per node or relationship a write added, replaced or removed: a node is
*replaced* when its properties or labels changed, a relationship when its properties changed (a
document's evidence added or taken away included). A node is named by its ``key`` and ``label``, a
relationship by its ``type``, its ``source`` and ``target`` keys and its ``id`` (which tells parallel
edges apart). Each entry says what caused it in ``doc``: the document key whose load, reload or unload
wrote it, ``curation:<id>`` for a correction, ``import:<file>`` for ``dg import``. An entry says *that*
something changed, not what it now holds: a follower reads the node or relationship again (or drops
it, when removed). A changed document's old version is taken out before the new one goes in, so an
entity both versions mention appears as removed, then added: the last entry about a thing tells its
state.

**Recording.** Every write query that changes nodes or relationships says ``// @changes`` and collects
what it changed; the catalog (:mod:`graph.queries`) runs it with the log's tail
(``graph/queries/changes_append.cypher``) in the same statement, so a write and its entries commit
together on both backends, and nothing travels back to the client. No write path can forget it: the
loader, ``dg import``, unload and curation all write through those queries (a test holds every write
query to it). Bookkeeping writes (a document marked complete, the curation log itself) change nothing a
follower reads and are not recorded.

**Storage**, in the store, so it survives restarts and works on both backends: one ``ChangeLog`` node
(the log's id, the last number handed out, the number pruned up to) and a ``ChangeSet`` node per
recorded write holding its entries, numbered ``first`` .. ``last``
(``graph/queries/changes_append.cypher``): one node per write instead of one per entry, and one
string per entry (op, key, label, target, doc, rid joined by tabs: a relationship's type in ``label``,
its start in ``key``; ``changes_since`` reads them back as six lists) keep a load's cost and memory
small (FalkorDB: about 100 bytes an entry, against 200 for six lists; BENCHMARKS.md). The log keeps
the last ``DG_CHANGES_KEEP`` changes: each write drops the change sets older than that.

**Tokens** are ``<log id>-<number>`` (``0`` before anything was recorded): a token names a point in one
log. A token from a log since emptied (``delete_all``) or older than what :func:`prune` kept is
:class:`ChangesExpired` (410): the follower reads the graph again and follows from ``current``. A
token ahead of the log or not of this form is :class:`kernel.errors.InvalidInput` (422).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from graph.store import GraphStore, Row
from kernel.errors import DirectiveGraphError, InvalidInput

Op = Literal["added", "replaced", "removed"]
Kind = Literal["node", "relationship"]
_TOKEN = re.compile(r"^(?:0|([0-9a-f]{8})-(0|[1-9][0-9]{0,17}))$")


class ChangesExpired(DirectiveGraphError):
    """A token older than the log keeps (pruned), or from a log since emptied: read the graph again."""

    code = "changes_expired"
    status = 410


@dataclass(frozen=True)
class Change:
    """One entry of the log."""

    number: int
    token: str
    op: Op
    kind: Kind
    doc: str | None
    at: str
    key: str | None = None  # a node
    label: str | None = None
    type: str | None = None  # a relationship
    source: str | None = None
    target: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class ChangesPage:
    """Changes after ``since`` up to ``next``, in order; ``current`` is the log's last token."""

    since: str
    next: str
    current: str
    has_more: bool
    items: list[Change]


# -- recording ------------------------------------------------------------------------------------


def stamp(keep: int) -> dict[str, Any]:
    """The parameters the store adds to a ``@changes`` query: the time of its entries, an id for the log
    should this write start it, and how many changes the log keeps (``DG_CHANGES_KEEP``)."""
    return {
        "changes_at": datetime.now(UTC).isoformat(timespec="microseconds"),
        "changes_log": secrets.token_hex(4),
        "changes_keep": keep,
    }


# -- reading -------------------------------------------------------------------------------------


def token(log: str | None, number: int) -> str:
    """The token of change ``number`` in the log ``log`` (``0``: before anything was recorded)."""
    return "0" if log is None else f"{log}-{number}"


def parse_token(text: str) -> tuple[str | None, int]:
    """(log id or None, number) of a token; :class:`InvalidInput` when it is not one."""
    match = _TOKEN.match(text)
    if match is None:
        raise InvalidInput(
            "since is not a change token: use `current` or `next` of an earlier answer (or leave it out)", since=text
        )
    return (match.group(1), int(match.group(2))) if match.group(1) else (None, 0)


def state(store: GraphStore) -> tuple[str | None, int, int]:
    """(log id or None, last number, pruned up to)."""
    rows = store.read("changes_state")
    row = rows[0] if rows else {}
    return row.get("log"), int(row.get("last") or 0), int(row.get("pruned") or 0)


def current(store: GraphStore) -> str:
    """The token of the last change recorded."""
    log, last, _ = state(store)
    return token(log, last)


def _expired(since: str, log: str | None, last: int, pruned: int, reason: str) -> ChangesExpired:
    if reason == "reset":
        message = (
            "this token is from another change log (the store was emptied since, or the token is another server's); "
            "read the graph again, then follow from `current`"
        )
    else:
        message = "changes after this token were pruned from the log; read the graph again, then follow from `current`"
    return ChangesExpired(message, since=since, reason=reason, oldest=token(log, pruned), current=token(log, last))


def page(store: GraphStore, since: str | None, limit: int) -> ChangesPage:
    """The changes after ``since`` (None: from the start), at most ``limit`` of them, in order."""
    log, last, pruned = state(store)
    start = 0
    if since:
        since_log, start = parse_token(since)
        if since_log is not None and since_log != log:
            raise _expired(since, log, last, pruned, "reset")
        if start > last:
            raise InvalidInput(
                f"since is ahead of the log (its last change is {token(log, last)}): not a token this server gave",
                since=since,
                current=token(log, last),
            )
    if start < pruned:
        raise _expired(since or "0", log, last, pruned, "pruned")
    until = min(start + max(1, limit), last)
    items: list[Change] = []
    if until > start:
        for row in store.read("changes_since", {"since": start, "until": until}):
            items.extend(_expand(row, log, start, until))
        if len(items) < until - start and state(store)[2] > start:  # pruned while we read
            raise _expired(since or "0", log, last, pruned, "pruned")
    return ChangesPage(
        since=token(log, start), next=token(log, until), current=token(log, last), has_more=until < last, items=items
    )


def _expand(row: Row, log: str | None, since: int, until: int) -> list[Change]:
    out: list[Change] = []
    first = int(row["first"])
    for i, op in enumerate(row["op"]):
        number = first + i
        if not since < number <= until:
            continue
        key, label, target, rid, doc = (row[name][i] or None for name in ("key", "label", "target", "rid", "doc"))
        node = target is None  # a relationship always has an end
        out.append(
            Change(
                number=number, token=token(log, number), op=op, kind="node" if node else "relationship",
                doc=doc, at=row["at"],
                key=key if node else None, label=label if node else None,
                type=None if node else label, source=None if node else key,
                target=target, id=None if node else rid,
            )
        )  # fmt: skip
    return out


def prune(store: GraphStore, keep: int) -> int:
    """Forget all but the last ``keep`` changes (whole change sets); returns the number pruned up to.

    A token older than that is then answered 410 (:class:`ChangesExpired`), never silently skipped."""
    if keep < 0:
        raise InvalidInput("keep must be 0 or more", keep=keep)
    _, last, pruned = state(store)
    through = last - keep
    if through <= pruned:
        return pruned
    rows = store.write("changes_prune", {"through": through})
    return int(rows[0]["pruned"]) if rows else pruned
