"""The load pipeline: read -> extract -> resolve -> write, for ``dg load`` and ``POST /documents``.

1. **Read** every source (content hash = document key). Bad files fail alone, with a reason.
2. **Skip** documents already fully loaded (same key, marked ``complete``). A path that now
   has different content is a *changed* document: its old contributions are purged first.
3. **Extract** the rest (in ``workers`` processes; extraction is pure).
4. **Resolve** with the curators' keep-apart judgements in force, and with every dated resolution
   of the batch (and of the graph) known first, so an undated reference finds its document whatever
   the file order; documents loaded earlier whose
   undated references a newly loaded dated document may now identify are resolved again (from
   their stored text), so the order of loads never changes the graph.
5. **Write** in batches of documents; after each batch its documents are marked ``complete``.
   Writes are idempotent MERGEs, so a run killed at any point and started again ends with the
   same graph as a clean run.
6. **Curate**: the curators' corrections in force are applied again (``loaders/curation.py``).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.store import GraphStore
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


class Loader:
    """Loads documents into a store; one instance per run (it keeps the resolution index)."""

    def __init__(
        self,
        store: GraphStore,
        *,
        workers: int = 1,
        batch_docs: int = 200,
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
        docs: list[SourceDocument] = list(documents)
        summary.unsupported = [str(p) for p in unsupported_in(paths)]
        for path in iter_sources(list(paths)):
            try:
                docs.append(read_path(path, max_bytes=self.max_bytes, source=source_name(path, paths)))
            except DirectiveGraphError as exc:
                summary.failed.append(Failure(str(path), exc.message))
        self._load(docs, summary, progress)
        summary.seconds = time.perf_counter() - started
        return summary

    def load_documents(self, docs: Sequence[SourceDocument], progress: Progress | None = None) -> LoadSummary:
        """Load documents already read (the ``POST /documents`` path)."""
        summary = LoadSummary()
        started = time.perf_counter()
        self._load(list(docs), summary, progress)
        summary.seconds = time.perf_counter() - started
        return summary

    # -- stages ----------------------------------------------------------------------------

    def _load(self, docs: list[SourceDocument], summary: LoadSummary, progress: Progress | None) -> None:
        docs = list({d.key: d for d in docs}.values())  # the same content twice is one document
        self.resolver.kept_apart = curation.kept_apart(curation.log(self.store))  # the curators' judgements
        summary.warnings.extend(Failure(d.source, w) for d in docs for w in d.warnings)
        todo, stale = self._triage(docs, summary)
        for old_key in stale:
            self.purge(old_key)
        total, done = len(docs), len(summary.skipped)
        if progress:
            progress(done, total)
        prepared: list[Prepared] = []
        for item in self._extract_all(todo):
            if isinstance(item, Failure):
                summary.failed.append(item)
                done += 1
                if progress:
                    progress(done, total)
            else:
                prepared.append(item)
        self._prime_index(prepared)
        for start in range(0, len(prepared), self.batch_docs):
            batch = prepared[start : start + self.batch_docs]
            self._write_batch(batch, summary)
            done += len(batch)
            if progress:
                progress(done, total)
        self._repoint(prepared, summary)
        if todo or stale:
            curation.apply(self.store)  # corrections outlive reloads (loaders/curation.py)

    def _repoint(self, prepared: list[Prepared], summary: LoadSummary) -> None:
        """Resolve again the documents loaded before whose undated references this load's dated documents
        may identify ("Nghị quyết số 57-NQ/TW" loaded before "Nghị quyết số 57-NQ/TW ngày 22/12/2024"):
        purged and loaded again from their stored text, they end as if loaded after."""
        dated = sorted(set().union(*(self.resolver.dated_symbols(p.extraction) for p in prepared)))
        if not dated:
            return
        loaded = {p.info.key for p in prepared}
        rows = self.store.read("documents_with_undated", {"symbols": dated})
        again = [row for row in rows if row["key"] not in loaded and row["text"]]
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

    def _triage(self, docs: list[SourceDocument], summary: LoadSummary) -> tuple[list[SourceDocument], list[str]]:
        """(documents to load, keys of old versions to purge); unchanged documents are skipped."""
        status: dict[str, dict[str, Any]] = {}
        by_path: dict[str, str] = {}
        for start in range(0, len(docs), 1000):
            chunk = docs[start : start + 1000]
            params = {"keys": [d.key for d in chunk], "paths": [document_info(d).path for d in chunk]}
            for row in self.store.read("documents_status", params):
                status[row["key"]] = row
                if row["path"]:
                    by_path[row["path"]] = row["key"]
        todo, stale = [], []
        for doc in docs:
            known = status.get(doc.key)
            if known and known["complete"]:
                summary.skipped.append(doc.key)
                continue
            old = by_path.get(document_info(doc).path)
            if old and old != doc.key:
                stale.append(old)
                summary.replaced.append(old)
            todo.append(doc)
        return todo, stale

    def _extract_all(self, docs: list[SourceDocument]) -> Iterator[Prepared | Failure]:
        def guarded(results: Iterable[Prepared], doc_list: list[SourceDocument]) -> Iterator[Prepared | Failure]:
            iterator = iter(results)
            for doc in doc_list:
                try:
                    yield next(iterator)
                except Exception as exc:
                    yield Failure(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")

        if self.workers == 1 or len(docs) < 2 * self.workers:
            for doc in docs:
                try:
                    yield _extract(doc)
                except Exception as exc:
                    yield Failure(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")
            return
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            yield from guarded(pool.map(_extract, docs, chunksize=16), docs)

    def _prime_index(self, prepared: list[Prepared]) -> None:
        """Know every dated resolution (this load's and the graph's) before resolving any reference."""
        symbols: set[str] = set()
        for item in prepared:
            self.resolver.remember(item.extraction)
            symbols |= self.resolver.undated_symbols(item.extraction)
        ordered = sorted(symbols)
        for start in range(0, len(ordered), 1000):
            rows = self.store.read("resolutions_by_symbol", {"symbols": ordered[start : start + 1000]})
            for row in rows:
                self.resolver.index.add(row["symbol"], row["key"], str(row["issued_on"]), row.get("term"))

    def _write_batch(self, batch: list[Prepared], summary: LoadSummary) -> None:
        writer = GraphWriter(self.store, self.batch_rows)
        decisions: list[dict[str, str]] = []
        for item in batch:
            resolved = self.resolver.resolve(item.info, item.extraction)
            for n in resolved.nodes:
                writer.add_node(n.label, n.key, n.props, doc=item.info.key)
            for e in resolved.edges:
                writer.add_edge(e.type, e.source, e.target, id=e.id, props=e.props, provenance=e.provenance)
            decisions.extend(resolved.decisions)
        writer.flush()
        keys = [item.info.key for item in batch]
        self.store.write("mark_documents_complete", {"keys": keys})
        summary.loaded.extend(keys)
        summary.written.update(writer.written)
        if self.decisions_log is not None and decisions:
            self.decisions_log.parent.mkdir(parents=True, exist_ok=True)
            with self.decisions_log.open("a", encoding="utf-8") as handle:
                for decision in decisions:
                    handle.write(json.dumps(decision, ensure_ascii=False, sort_keys=True) + "\n")

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
