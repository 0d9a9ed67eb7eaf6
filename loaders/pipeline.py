"""The load pipeline: read -> extract -> resolve -> write, for ``dg load`` and ``POST /documents``.

1. **Read** every source (content hash = document key; in ``workers`` processes). Bad files fail alone,
   with a reason.
2. **Skip** documents already fully loaded (same key, marked ``complete``). A path that now
   has different content is a *changed* document: its old contributions are purged first.
3. **Extract** the rest (in ``workers`` processes; extraction is pure; one document's failure fails it alone).
4. **Resolve** with the curators' keep-apart judgements in force, and with every dated resolution
   of the batch (and of the graph) known first, so an undated reference finds its document whatever
   the file order; documents loaded earlier whose
   undated references a newly loaded dated document may now identify are resolved again (from
   their stored text), so the order of loads never changes the graph.
5. **Write** in batches of documents; after each batch its documents are marked ``complete``.
   Writes are idempotent MERGEs, so a run killed at any point and started again ends with the
   same graph as a clean run.
6. **Curate**: the curators' corrections in force are applied again (``loaders/curation.py``).

What is read and extracted waits for the next stage on disk (a temporary spool), not in memory: a load of
100,000 documents holds a few windows of documents at a time, whatever its size.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import pickle
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from graph.store import GraphStore
from kernel.collector import fewer_collections
from kernel.errors import DirectiveGraphError
from loaders import curation
from loaders.extract import Extraction, extract
from loaders.read import SourceDocument, iter_sources, read_path, source_name, unsupported_in
from loaders.resolve import DocumentInfo, Resolver
from loaders.write import GraphWriter

#: Called after each document with (documents done, documents in all).
Progress = Callable[[int, int], None]


@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class LoadSummary:
    """What a load did."""

    loaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)  # read, with a repair (a replaced byte ...)
    repointed: list[str] = field(default_factory=list)  # earlier documents resolved again
    unsupported: list[str] = field(default_factory=list)  # files in the named folders no reader takes
    written: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "loaded": len(self.loaded),
            "skipped_unchanged": len(self.skipped),
            "replaced": len(self.replaced),
            "failed": [{"source": f.source, "reason": f.reason} for f in self.failed],
            "warnings": [{"source": w.source, "reason": w.reason} for w in self.warnings],
            "repointed": len(self.repointed),
            "unsupported": list(self.unsupported),
            "written": dict(sorted(self.written.items())),
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class Prepared:
    """A document read and extracted, ready to resolve."""

    info: DocumentInfo
    extraction: Extraction


def document_info(doc: SourceDocument) -> DocumentInfo:
    source = str(doc.source)
    path = source  # the source's identity: a new version from the same path or URL replaces the old
    return DocumentInfo(
        key=doc.key,
        title=doc.title or doc.stem,
        published=doc.published,
        source=source,
        path=path,
        text=doc.text,
        published_from=doc.published_from,
    )


def _extract(doc: SourceDocument) -> Prepared:
    """Extraction on exactly the text stored for the document, so its spans slice that text."""
    return Prepared(document_info(doc), extract(doc.text, published=doc.published, doc=doc.stem))


def _extract_or_fail(doc: SourceDocument) -> Prepared | Failure:
    """:func:`_extract`, a failure of this document alone said as such (the worker goes on with the next)."""
    try:
        return _extract(doc)
    except Exception as exc:
        return Failure(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")


def _read_or_fail(path: Path, *, max_bytes: int, roots: Sequence[str]) -> SourceDocument | Failure:
    """One file read (in a worker process), or why it could not be."""
    try:
        return read_path(path, max_bytes=max_bytes, source=source_name(path, roots))
    except DirectiveGraphError as exc:
        return Failure(str(path), exc.message)


#: Documents sent to the worker processes at a time; the next window goes out while one is taken in, so at most
#: two are in memory (besides the batch being written).
WINDOW = 512

_In = TypeVar("_In")
_Out = TypeVar("_Out")


def _windows(items: Iterable[_In], size: int) -> Iterator[list[_In]]:
    iterator = iter(items)
    while window := list(itertools.islice(iterator, size)):
        yield window


def _mapped(pool: ProcessPoolExecutor | None, fn: Callable[[_In], _Out], items: Iterable[_In]) -> Iterator[_Out]:
    """``fn`` over ``items`` in order: in the pool's workers a window at a time (the next one sent ahead), or here."""
    if pool is None:
        yield from map(fn, items)
        return
    ahead: deque[Iterator[_Out]] = deque()
    for window in _windows(items, WINDOW):
        ahead.append(pool.map(fn, window, chunksize=16))
        if len(ahead) > 1:
            yield from ahead.popleft()
    while ahead:
        yield from ahead.popleft()


class _Spool:
    """Objects pickled to a temporary file (this process's own, removed when closed) and read back by offset or in
    the order they were put: what a load keeps between its stages without holding every document in memory."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="dg-load-")  # noqa: SIM115 (closed by close())

    def put(self, item: object) -> int:
        offset = self._file.seek(0, 2)
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        return offset

    def get(self, offset: int) -> Any:
        self._file.seek(offset)
        return pickle.load(self._file)

    def __iter__(self) -> Iterator[Any]:
        self._file.seek(0)
        while True:
            try:
                yield pickle.load(self._file)
            except EOFError:
                return

    def close(self) -> None:
        self._file.close()


@dataclass(frozen=True)
class _Read:
    """A document read, spooled: where it is in the spool, and what triage needs of it."""

    offset: int
    path: str
    source: str
    warnings: tuple[str, ...]


class Loader:
    """Loads documents into a store; one instance per run (it keeps the resolution index)."""

    def __init__(
        self,
        store: GraphStore,
        *,
        workers: int = 1,
        batch_docs: int = 1000,
        batch_rows: int = 2000,
        max_bytes: int = 20 * 1024 * 1024,
        decisions_log: Path | None = None,
    ) -> None:
        self.store = store
        self.workers = max(1, workers)
        self.batch_docs = max(1, batch_docs)
        self.batch_rows = batch_rows
        self.max_bytes = max_bytes
        self.decisions_log = decisions_log
        self.resolver = Resolver()

    # -- entry points ----------------------------------------------------------------------

    def load_paths(
        self,
        paths: Sequence[str],
        progress: Progress | None = None,
        *,
        documents: Sequence[SourceDocument] = (),
        failed: Sequence[Failure] = (),
    ) -> LoadSummary:
        """Load files, folders and globs, with ``documents`` read elsewhere (fetched by URL) in the same
        run; ``failed`` are sources that could not be read there (they go into the summary)."""
        summary = LoadSummary(failed=list(failed))
        started = time.perf_counter()
        summary.unsupported = [str(p) for p in unsupported_in(paths)]
        files = list(iter_sources(list(paths)))
        self._load(documents, files, list(paths), summary, progress)
        summary.seconds = time.perf_counter() - started
        return summary

    def load_documents(self, docs: Sequence[SourceDocument], progress: Progress | None = None) -> LoadSummary:
        """Load documents already read (the ``POST /documents`` path)."""
        summary = LoadSummary()
        started = time.perf_counter()
        self._load(docs, [], [], summary, progress)
        summary.seconds = time.perf_counter() - started
        return summary

    # -- stages ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _pool(self, documents: int) -> Iterator[ProcessPoolExecutor | None]:
        """The worker processes of one load (none for one worker or a few documents)."""
        if self.workers == 1 or documents < 2 * self.workers:
            yield None
            return
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            yield pool

    def _load(
        self,
        documents: Sequence[SourceDocument],
        files: list[Path],
        roots: list[str],
        summary: LoadSummary,
        progress: Progress | None,
    ) -> None:
        self.resolver.kept_apart = curation.kept_apart(curation.log(self.store))  # the curators' judgements
        with contextlib.ExitStack() as stack:
            stack.enter_context(fewer_collections())
            spooled = stack.enter_context(contextlib.closing(_Spool()))
            extracted = stack.enter_context(contextlib.closing(_Spool()))
            pool = stack.enter_context(self._pool(len(documents) + len(files)))
            kept = self._read_all(documents, files, roots, pool, spooled, summary)
            summary.warnings.extend(Failure(r.source, w) for r in kept.values() for w in r.warnings)
            todo, stale = self._triage(kept, summary)
            for old_key in stale:
                self.purge(old_key)
            total, done = len(kept), len(summary.skipped)
            if progress:
                progress(done, total)
            loaded: list[str] = []
            dated: set[str] = set()
            undated: set[str] = set()
            for item in _mapped(pool, _extract_or_fail, (spooled.get(kept[key].offset) for key in todo)):
                if isinstance(item, Failure):
                    summary.failed.append(item)
                    done += 1
                    if progress:
                        progress(done, total)
                    continue
                self.resolver.remember(item.extraction)
                dated |= self.resolver.dated_symbols(item.extraction)
                undated |= self.resolver.undated_symbols(item.extraction)
                extracted.put(item)
                loaded.append(item.info.key)
            spooled.close()  # every document read is extracted: its disk space back now
            self._know_dated(undated)

            def tell(done: int) -> None:
                if progress:
                    progress(done, total)

            self._write_all(iter(extracted), summary, tell, done)
        self._repoint(dated, set(loaded), summary)
        if todo or stale:
            curation.apply(self.store)  # corrections outlive reloads (loaders/curation.py)

    def _read_all(
        self,
        documents: Sequence[SourceDocument],
        files: list[Path],
        roots: list[str],
        pool: ProcessPoolExecutor | None,
        spool: _Spool,
        summary: LoadSummary,
    ) -> dict[str, _Read]:
        """Every source read and spooled, by document key: the same content twice is one document (the last one
        read, in the place of the first); files that cannot be read are failures."""
        kept: dict[str, _Read] = {}
        read = functools.partial(_read_or_fail, max_bytes=self.max_bytes, roots=roots)
        for doc in itertools.chain(documents, _mapped(pool, read, files)):
            if isinstance(doc, Failure):
                summary.failed.append(doc)
                continue
            kept[doc.key] = _Read(spool.put(doc), document_info(doc).path, doc.source, doc.warnings)
        return kept

    def _repoint(self, dated_symbols: set[str], loaded: set[str], summary: LoadSummary) -> None:
        """Resolve again the documents loaded before whose undated references this load's dated documents
        may identify ("Nghị quyết số 57-NQ/TW" loaded before "Nghị quyết số 57-NQ/TW ngày 22/12/2024"):
        purged and loaded again from their stored text, they end as if loaded after."""
        dated = sorted(dated_symbols)
        if not dated:
            return
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(dated), 1000):  # a query a thousand symbols: a large load's stays within the timeout
            for row in self.store.read("documents_with_undated", {"symbols": dated[start : start + 1000]}):
                found.setdefault(row["key"], row)
        again = [found[key] for key in sorted(found) if key not in loaded and found[key]["text"]]
        if not again:
            return
        docs = [
            SourceDocument(key=row["key"], text=row["text"], title=row["title"] or "", published=row["published"],
                           source=row["source"] or row["key"], stem=row["key"], format="txt", encoding="utf-8")
            for row in again
        ]  # fmt: skip
        for doc in docs:
            self.purge(doc.key, keep_document=True)  # the Document node keeps what the readers recorded
        repointed = [_extract(doc) for doc in docs]
        self._prime_index(repointed)
        for start in range(0, len(repointed), self.batch_docs):
            self._write_batch(repointed[start : start + self.batch_docs], LoadSummary())
        summary.repointed.extend(doc.key for doc in docs)

    def _triage(self, kept: dict[str, _Read], summary: LoadSummary) -> tuple[list[str], list[str]]:
        """(keys of the documents to load, keys of old versions to purge); unchanged documents are skipped."""
        status: dict[str, dict[str, Any]] = {}
        by_path: dict[str, str] = {}
        keys = list(kept)
        for start in range(0, len(keys), 1000):
            chunk = keys[start : start + 1000]
            params = {"keys": chunk, "paths": [kept[key].path for key in chunk]}
            for row in self.store.read("documents_status", params):
                status[row["key"]] = row
                if row["path"]:
                    by_path[row["path"]] = row["key"]
        todo, stale = [], []
        for key in keys:
            known = status.get(key)
            if known and known["complete"]:
                summary.skipped.append(key)
                continue
            old = by_path.get(kept[key].path)
            if old and old != key:
                stale.append(old)
                summary.replaced.append(old)
            todo.append(key)
        return todo, stale

    def _prime_index(self, prepared: list[Prepared]) -> None:
        """Know every dated resolution (these documents' and the graph's) before resolving any reference."""
        symbols: set[str] = set()
        for item in prepared:
            self.resolver.remember(item.extraction)
            symbols |= self.resolver.undated_symbols(item.extraction)
        self._know_dated(symbols)

    def _know_dated(self, symbols: set[str]) -> None:
        """The graph's dated resolutions for the symbol keys referred to without a date, into the index."""
        ordered = sorted(symbols)
        for start in range(0, len(ordered), 1000):
            rows = self.store.read("resolutions_by_symbol", {"symbols": ordered[start : start + 1000]})
            for row in rows:
                self.resolver.index.add(row["symbol"], row["key"], str(row["issued_on"]), row.get("term"))

    def _write_all(
        self, prepared: Iterable[Prepared], summary: LoadSummary, progress: Callable[[int], None], done: int
    ) -> None:
        """Resolve and write in batches, each batch written (in a thread that mostly waits on the store) while the
        next one is resolved; a batch is sent only once the one before it is written and marked complete."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dg-load-write") as writing:
            pending: Future[list[str]] | None = None
            for batch in _windows(prepared, self.batch_docs):
                writer, decisions = self._resolve_batch(batch)
                if pending is not None:
                    done += len(pending.result())
                    progress(done)
                pending = writing.submit(self._flush_batch, writer, [item.info.key for item in batch], decisions,
                                         summary)  # fmt: skip
            if pending is not None:
                done += len(pending.result())
                progress(done)

    def _write_batch(self, batch: list[Prepared], summary: LoadSummary) -> None:
        writer, decisions = self._resolve_batch(batch)
        self._flush_batch(writer, [item.info.key for item in batch], decisions, summary)

    def _resolve_batch(self, batch: list[Prepared]) -> tuple[GraphWriter, list[dict[str, str]]]:
        """A batch resolved: its rows queued in a writer (nothing sent yet), and its identity decisions."""
        writer = GraphWriter(self.store, self.batch_rows)
        decisions: list[dict[str, str]] = []
        for item in batch:
            resolved = self.resolver.resolve(item.info, item.extraction)
            for n in resolved.nodes:
                writer.add_node(n.label, n.key, n.props, doc=item.info.key)
            for e in resolved.edges:
                writer.add_edge(e.type, e.source, e.target, id=e.id, props=e.props, provenance=e.provenance)
            decisions.extend(resolved.decisions)
        return writer, decisions

    def _flush_batch(
        self, writer: GraphWriter, keys: list[str], decisions: list[dict[str, str]], summary: LoadSummary
    ) -> list[str]:
        """A resolved batch written, then its documents marked complete (the only summary update, in batch order)."""
        writer.flush()
        self.store.write("mark_documents_complete", {"keys": keys})
        summary.loaded.extend(keys)
        summary.written.update(writer.written)
        if self.decisions_log is not None and decisions:
            self.decisions_log.parent.mkdir(parents=True, exist_ok=True)
            with self.decisions_log.open("a", encoding="utf-8") as handle:
                for decision in decisions:
                    handle.write(json.dumps(decision, ensure_ascii=False, sort_keys=True) + "\n")
        return keys

    def purge(self, doc_key: str, *, keep_document: bool = False) -> None:
        """Remove one document's contributions (provenance, orphaned entities, and the document unless kept)."""
        mentioned = [row["key"] for row in self.store.read("document_mentions", {"key": doc_key})]
        keys = [*mentioned, doc_key]
        for start in range(0, len(keys), 1000):
            chunk = keys[start : start + 1000]
            self.store.write("purge_document_edges", {"key": doc_key, "keys": chunk})
            self.store.write("purge_empty_edges", {"keys": chunk, "doc": doc_key})
        self.store.write("purge_orphans", {"keys": mentioned, "doc": doc_key})
        if not keep_document:
            self.store.write("delete_document", {"key": doc_key})
