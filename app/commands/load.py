"""``dg load``: read, extract, resolve and write documents into the graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from app.commands._common import console, documents_progress, settings_for, setup_logging, store_session
from kernel.errors import ReadError
from kernel.locks import writer_lock
from loaders.pipeline import Failure, Loader, LoadSummary
from loaders.read import SourceDocument
from loaders.read.fetch import FetchPolicy, fetch_document, is_url


def _print_summary(summary: LoadSummary) -> None:
    rate = len(summary.loaded) / summary.seconds if summary.seconds > 0 else 0.0
    console.print(
        f"[green]loaded[/] {len(summary.loaded)}, [cyan]skipped as unchanged[/] {len(summary.skipped)}, "
        f"[yellow]replaced[/] {len(summary.replaced)}, [red]failed[/] {len(summary.failed)} "
        f"in {summary.seconds:.1f} s ({rate:.1f} documents/s)"
    )
    if summary.written:
        table = Table("written", "rows", title="rows written")
        for name, count in sorted(summary.written.items()):
            table.add_row(name, str(count))
        console.print(table)
    for failure in summary.failed:
        console.print(f"[red]failed[/] {failure.source}: {failure.reason}")
    for warning in summary.warnings:
        console.print(f"[yellow]read with a repair[/] {warning.source}: {warning.reason}")
    for path in summary.unsupported:
        console.print(f"[yellow]not read (no reader for this type)[/] {path}")


def _fetch_all(urls: list[str], policy: FetchPolicy, *, quiet: bool) -> tuple[list[SourceDocument], list[Failure]]:
    """Fetch and read each URL (before the writer lock is taken: the network may be slow); a refused or
    failed URL is a failure of its own and the others go on."""
    docs: list[SourceDocument] = []
    failed: list[Failure] = []
    for url in urls:
        if not quiet:
            console.print(f"[cyan]fetching[/] {url}")
        try:
            docs.append(fetch_document(url, policy))
        except ReadError as exc:
            failed.append(Failure(url, exc.message))
    return docs, failed


def register(app: typer.Typer) -> None:
    @app.command("load")
    def load(
        paths: Annotated[
            list[str],
            typer.Argument(
                help="files, folders (read recursively) or globs: .txt .md .html .pdf .docx; "
                "http(s) URLs are fetched (see DG_FETCH_*)"
            ),
        ],
        workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="extraction processes")] = 1,
        batch: Annotated[int, typer.Option("--batch", min=1, help="documents written per batch")] = 1000,
        backend: Annotated[
            str | None, typer.Option("--backend", help="embedded or neo4j (default: DG_BACKEND)")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print the summary as JSON on stdout")] = False,
        wait: Annotated[
            float | None,
            typer.Option("--wait", min=0, help="seconds to wait for another dg load here (default: no limit)"),
        ] = None,
        report: Annotated[
            Path | None,
            typer.Option("--report", help="where to write the summary as JSON (default: DG_DATA_DIR/last-load.json)"),
        ] = None,
        verbose: Annotated[bool, typer.Option("--verbose", "-v", help="debug logging")] = False,
    ) -> None:
        """Load documents: read, extract, resolve identities, write with provenance.

        Safe to repeat: unchanged documents are skipped, a changed file replaces its own earlier
        contributions, and a run that was killed resumes where it stopped. One load writes to a data
        folder at a time (a lock file, writer.lock): a second one waits for the first to finish.
        The summary, failures included, is written to a report file; the exit status is 1 when any
        file failed (the others are loaded all the same).

        An http or https argument is fetched (public addresses only unless DG_FETCH_ALLOW_PRIVATE; at most
        DG_MAX_FILE_BYTES; HTML, PDF, DOCX or plain text) and its source in the graph is the URL; a web
        page is read for its article (headline, lead, body), without the page around it.
        """
        setup_logging(verbose)
        settings = settings_for(backend)
        urls = [p for p in paths if is_url(p)]
        files = [p for p in paths if not is_url(p)]
        fetched, fetch_failed = _fetch_all(urls, FetchPolicy.from_settings(settings), quiet=as_json)
        with (
            writer_lock(settings.data_dir, wait=wait, on_wait=lambda text: console.print(f"[yellow]{text}[/]")),
            store_session(backend) as store,
        ):
            store.apply_schema()
            loader = Loader(
                store,
                workers=workers,
                batch_docs=batch,
                max_bytes=settings.max_file_bytes,
                decisions_log=settings.data_dir / "identity-decisions.jsonl",
            )
            with documents_progress("loading", transient=as_json) as bar:
                task = bar.add_task("load", total=None, rate=0.0)

                def progress(done: int, total: int) -> None:
                    elapsed = bar.tasks[task].elapsed or 0.0
                    bar.update(task, completed=done, total=total, rate=done / elapsed if elapsed > 0 else 0.0)

                summary = loader.load_paths(files, progress, documents=fetched, failed=fetch_failed)
        report_path = report or settings.data_dir / "last-load.json"
        report_path.parent.mkdir(parents=True, exist_ok=True)
        report_path.write_text(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if as_json:
            print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
        else:
            _print_summary(summary)
            if summary.failed:
                console.print(f"[red]{len(summary.failed)} file(s) failed[/]; the report is in {report_path}")
        if summary.failed:
            raise typer.Exit(1)
