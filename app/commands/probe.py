"""``dg probe``: the recall probe over unlabeled documents (signals of what extraction missed)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from app.commands._common import console, documents_progress, print_json
from app.commands.extract import expand
from kernel.errors import DirectiveGraphError
from kernel.settings import get_settings
from loaders.probe import SIGNALS, DocumentProbe, ProbeReport, probe_text
from loaders.read import read_path


def _summary(report: ProbeReport, examples: int) -> None:
    table = Table(title=f"recall probe: {len(report.documents)} documents")
    table.add_column("signal")
    table.add_column("missed", justify="right")
    table.add_column("of seen", justify="right")
    table.add_column("documents", justify="right")
    table.add_column("what it means")
    totals, seen, with_signal = report.totals, report.seen, report.documents_with
    for signal in SIGNALS:
        row = [str(totals[signal.id]), str(seen[signal.id]), str(with_signal[signal.id])]
        table.add_row(signal.id, *row, signal.what)
    console.print(table)
    for signal in SIGNALS if examples else []:
        hits = report.examples(signal.id, examples)
        if hits:
            console.print(f"\n[bold]{signal.id}[/] ({totals[signal.id]}):")
        for hit in hits:
            console.print(f"  {hit.doc}: «{hit.text}» in: {hit.sentence[:300]}", markup=False, highlight=False)
    for failed in (d for d in report.documents if d.error):
        console.print(f"[red]failed[/] {failed.doc}: {failed.error}")


def register(app: typer.Typer) -> None:
    @app.command("probe")
    def probe_cmd(
        paths: Annotated[
            list[str], typer.Argument(help="files, folders (read recursively) or globs: .txt .md .html .pdf .docx")
        ],
        as_json: Annotated[
            bool,
            typer.Option("--json", help="print the report as JSON (totals, counts per document, examples)"),
        ] = False,
        examples: Annotated[
            int, typer.Option("--examples", "-n", min=0, help="sample sentences to show per signal (0: none)")
        ] = 3,
    ) -> None:
        """Signals of what extraction probably missed, per document and in total, for texts with no gold.

        Signals: a document symbol no resolution covers; a sentence with an implementing cue and two
        documents but no IMPLEMENTS; a text with a meeting word and a date but no meeting; a task given
        to a unit or a project placed with no ASSIGNED_TO; a post title beside a name no official covers.
        Leads, not errors: compare the counts between runs of the extractor on the same texts.
        """
        found, failed = expand(paths)
        report = ProbeReport()
        max_bytes = get_settings().max_file_bytes
        with documents_progress("probing", transient=as_json) as bar:
            task = bar.add_task("probing", total=len(found), rate=0.0)
            for done, path in enumerate(found, 1):
                try:
                    doc = read_path(path, max_bytes=max_bytes)
                except DirectiveGraphError as exc:
                    report.documents.append(DocumentProbe(str(path), 0, error=exc.message))
                else:
                    report.documents.append(probe_text(doc.stem, doc.text, doc.published))
                elapsed = bar.tasks[task].elapsed or 0.0
                bar.update(task, completed=done, rate=done / elapsed if elapsed > 0 else 0.0)
        report.documents += [DocumentProbe(f.source, 0, error=f.error) for f in failed]
        if as_json:
            print_json(report.as_dict(examples))
        else:
            _summary(report, examples)
        if any(d.error for d in report.documents):
            raise typer.Exit(1)
