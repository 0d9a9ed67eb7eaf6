"""``dg extract`` and ``dg eval``: run the extractor over files, and score it against gold files."""

from __future__ import annotations

import glob
import json
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from app.commands._common import console, documents_progress
from kernel.errors import DirectiveGraphError
from kernel.settings import get_settings
from loaders.evaluate import NUMBERED, TYPE_NAMES, Scorer, Tally, load_json
from loaders.extract import extract
from loaders.read import iter_sources, read_path

ENTITY_LISTS = ("resolutions", "officials", "meetings", "projects", "localities", "organizations")


@dataclass(frozen=True)
class Outcome:
    """One file: its document's stem and extraction (GOLD_FORMAT shape), or why it failed."""

    source: str
    stem: str
    result: dict[str, Any] | None = None
    error: str | None = None


def extract_file(path: Path, max_bytes: int) -> Outcome:
    """Read and extract one file; never raises (a failure is an :class:`Outcome` with ``error``)."""
    try:
        doc = read_path(path, max_bytes=max_bytes)
    except DirectiveGraphError as exc:
        return Outcome(str(path), path.stem, error=exc.message)
    try:
        result = extract(doc.text, published=doc.published, doc=doc.stem).to_gold()
    except DirectiveGraphError as exc:  # refused (a text over DG_MAX_EXTRACT_CHARS)
        return Outcome(str(path), doc.stem, error=exc.message)
    except Exception as exc:  # the extractor should not raise; if it does, report it and go on
        return Outcome(str(path), doc.stem, error=f"extraction failed: {type(exc).__name__}: {exc}")
    return Outcome(str(path), doc.stem, result=result)


def _extract_one(job: tuple[Path, int]) -> Outcome:
    return extract_file(*job)


def extract_files(paths: Sequence[Path], workers: int, max_bytes: int) -> Iterator[Outcome]:
    """Extract each file, in order, in ``workers`` processes (in this process for 1)."""
    jobs = [(path, max_bytes) for path in paths]
    if workers <= 1 or len(jobs) < 2 * workers:
        yield from map(_extract_one, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_extract_one, jobs, chunksize=max(1, min(32, len(jobs) // (8 * workers))))


def expand(patterns: Sequence[str]) -> tuple[list[Path], list[Outcome]]:
    """Files named by paths, folders and globs (see :func:`iter_sources`), once each; a pattern that
    names nothing is a failure, not the end of the run."""
    found: list[Path] = []
    failed: list[Outcome] = []
    seen: set[Path] = set()
    for pattern in patterns:
        try:
            paths = list(iter_sources([pattern]))
        except DirectiveGraphError as exc:
            failed.append(Outcome(pattern, Path(pattern).stem, error=exc.message))
            continue
        for path in paths:
            if path.resolve() not in seen:
                seen.add(path.resolve())
                found.append(path)
    return found, failed


def run_extraction(
    paths: Sequence[Path], workers: int, label: str, quiet: bool, each: Callable[[Outcome], None]
) -> None:
    """Extract ``paths`` with a progress bar, handing every outcome to ``each``."""
    max_bytes = get_settings().max_file_bytes
    with documents_progress(label, quiet) as bar:
        task = bar.add_task(label, total=len(paths), rate=0.0)
        for done, outcome in enumerate(extract_files(paths, workers, max_bytes), 1):
            each(outcome)
            elapsed = bar.tasks[task].elapsed or 0.0
            bar.update(task, completed=done, rate=done / elapsed if elapsed > 0 else 0.0)


def _say_failed(failure: Outcome) -> None:
    error = failure.error or "failed"
    console.print(f"[red]failed[/] {error if error.startswith(failure.source) else f'{failure.source}: {error}'}")


def _report_failures(failed: Sequence[Outcome]) -> None:
    for failure in failed:
        _say_failed(failure)


# --- dg eval ---------------------------------------------------------------------------------


@dataclass
class Evaluation:
    """What ``dg eval`` scored and what it left out."""

    scorer: Scorer = field(default_factory=Scorer)
    scored: list[str] = field(default_factory=list)
    no_gold: list[str] = field(default_factory=list)
    unscored_gold: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)

    def as_dict(self, min_f1: float | None) -> dict[str, Any]:
        overall = self.scorer.overall()
        return {
            "documents": len(self.scored),
            "types": self.scorer.table(),
            "overall": overall.as_dict(),
            "min_f1": min_f1,
            "passed": min_f1 is None or overall.f1 >= min_f1,
            "no_gold": self.no_gold,
            "unscored_gold": self.unscored_gold,
            "duplicates": self.duplicates,
            "failed": [{"source": f.source, "reason": f.error} for f in self.failed],
        }


def split_inputs(patterns: Sequence[str], gold_dir: Path) -> tuple[list[Path], list[Path], list[Outcome]]:
    """(documents, prediction files, failures). A ``.json`` path or glob is a prediction; a folder
    gives its documents, or its ``*.json`` files when it holds no document. JSON files inside the
    gold folder are never taken as predictions."""
    documents: list[str] = []
    predictions: list[Path] = []
    failed: list[Outcome] = []
    gold_root = gold_dir.resolve()
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            has_documents = True
            try:
                next(iter_sources([pattern]))
            except (StopIteration, DirectiveGraphError):
                has_documents = False
            if has_documents:
                documents.append(pattern)
            else:
                predictions.extend(sorted(p for p in path.rglob("*.json") if p.is_file()))
        elif pattern.lower().endswith(".json"):
            matched = [path] if path.is_file() else sorted(Path(p) for p in glob.glob(pattern, recursive=True))
            matched = [p for p in matched if p.is_file()]
            if not matched:
                failed.append(Outcome(pattern, path.stem, error=f"{pattern}: no such file or match"))
            predictions.extend(matched)
        else:
            documents.append(pattern)
    kept = []
    for p in predictions:
        if p.resolve().is_relative_to(gold_root):
            console.print(f"[yellow]skipped[/] {p}: it is in the --gold folder")
        else:
            kept.append(p)
    found, bad = expand(documents) if documents else ([], [])
    return found, kept, failed + bad


def evaluate_inputs(patterns: Sequence[str], gold_dir: Path, workers: int, quiet: bool) -> Evaluation:
    """Extract or load every input, pair it with ``gold_dir/<stem>.json`` and score the pairs."""
    ev = Evaluation()
    documents, predictions, failed = split_inputs(patterns, gold_dir)
    ev.failed.extend(failed)
    predicted: dict[str, tuple[str, dict[str, Any]]] = {}

    def keep(outcome: Outcome) -> None:
        if outcome.result is None:
            ev.failed.append(outcome)
        elif outcome.stem in predicted:
            ev.duplicates.append(f"{outcome.source} (same stem as {predicted[outcome.stem][0]}; not scored)")
        else:
            predicted[outcome.stem] = (outcome.source, outcome.result)

    for path in predictions:
        try:
            keep(Outcome(str(path), path.stem, result=load_json(path)))
        except (OSError, ValueError) as exc:
            keep(Outcome(str(path), path.stem, error=f"not a prediction file: {exc}"))
    if documents:
        run_extraction(documents, workers, "extracting", quiet, keep)
    gold_files = {p.stem: p for p in sorted(gold_dir.glob("*.json"))}
    for stem in sorted(predicted):
        source, result = predicted[stem]
        gold_file = gold_files.get(stem)
        if gold_file is None:
            ev.no_gold.append(source)
            continue
        try:
            gold = load_json(gold_file)
        except (OSError, ValueError) as exc:
            ev.failed.append(Outcome(str(gold_file), stem, error=f"bad gold file: {exc}"))
            continue
        ev.scorer.add(gold, result)
        ev.scored.append(stem)
    ev.unscored_gold = [str(p) for stem, p in gold_files.items() if stem not in predicted]
    return ev


def _row(name: str, t: Tally) -> list[str]:
    return [name, str(t.gold), str(t.predicted), str(t.hits), f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}"]


def print_table(ev: Evaluation, gold_dir: Path) -> None:
    table = Table(
        "type", "gold", "predicted", "matched", "P", "R", "F1",
        title=f"{len(ev.scored)} documents against {gold_dir}",
    )  # fmt: skip
    for name in TYPE_NAMES:
        style = "dim" if name == NUMBERED else None
        table.add_row(*_row(name, ev.scorer.totals[name]), style=style)
    table.add_section()
    table.add_row(*_row("overall (micro)", ev.scorer.overall()), style="bold")
    Console().print(table)


def _report_eval(ev: Evaluation) -> None:
    for source in ev.no_gold:
        console.print(f"[yellow]no gold file[/] for {source}: ignored")
    for line in ev.duplicates:
        console.print(f"[yellow]duplicate[/] {line}")
    if ev.unscored_gold:
        console.print(
            f"[cyan]{len(ev.unscored_gold)} gold files[/] have no document or prediction among PATH: not scored"
        )
    _report_failures(ev.failed)


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract_cmd(
        paths: Annotated[
            list[str], typer.Argument(help="files, folders (read recursively) or globs: .txt .md .html .pdf .docx")
        ],
        out: Annotated[
            Path | None,
            typer.Option("--out", "-o", help="folder for the JSON files (created if missing); without it, print JSON"),
        ] = None,
        workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="extraction processes")] = 1,
    ) -> None:
        """Extract entities and relations from documents, one JSON file per document (OUT/<stem>.json).

        Without --out the JSON goes to standard output: one document pretty-printed, several as
        JSON lines (one document per line).

        The files have the shape of the gold files (GOLD_FORMAT.md) with spans and evidence added,
        so they can be scored with dg eval. A file that cannot be read is reported and the rest go
        on; the exit code is 1 if any failed.
        """
        started = time.perf_counter()
        found, failed = expand(paths)
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
        written: dict[str, str] = {}
        counts = {"entities": 0, "relations": 0}

        def write(outcome: Outcome) -> None:
            if outcome.result is None:
                failed.append(outcome)
                _say_failed(outcome)
                return
            if outcome.stem in written:
                duplicate = Outcome(
                    outcome.source, outcome.stem, error=f"same stem as {written[outcome.stem]}; not written"
                )
                failed.append(duplicate)
                _say_failed(duplicate)
                return
            if out is None:  # to standard output; the progress bar and messages are on standard error
                print(json.dumps(outcome.result, ensure_ascii=False, indent=2 if len(found) == 1 else None), flush=True)
            else:
                text = json.dumps(outcome.result, ensure_ascii=False, indent=2)
                (out / f"{outcome.stem}.json").write_text(text + "\n", encoding="utf-8")
            written[outcome.stem] = outcome.source
            counts["entities"] += sum(len(outcome.result.get(name) or []) for name in ENTITY_LISTS)
            counts["relations"] += len(outcome.result.get("relations") or [])

        _report_failures(failed)
        run_extraction(found, workers, "extracting", out is None, write)
        seconds = time.perf_counter() - started
        rate = len(written) / seconds if seconds > 0 else 0.0
        console.print(
            f"[green]extracted[/] {len(written)} documents to {out or 'standard output'} "
            f"({counts['entities']} entities, "
            f"{counts['relations']} relations), [red]failed[/] {len(failed)}, "
            f"in {seconds:.1f} s ({rate:.1f} documents/s)"
        )
        if failed:
            raise typer.Exit(1)

    @app.command("eval")
    def eval_cmd(
        paths: Annotated[
            list[str],
            typer.Argument(
                help="documents (files, folders, globs), extracted here; or predictions: .json files or globs, "
                "or a folder holding only .json files (as written by dg extract)"
            ),
        ],
        gold: Annotated[
            Path,
            typer.Option(
                "--gold", exists=True, file_okay=False, help="folder of gold files, one <stem>.json per document"
            ),
        ],
        min_f1: Annotated[
            float | None,
            typer.Option("--min-f1", min=0.0, max=1.0, help="exit 1 when the overall (micro) F1 is below this"),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print the numbers as JSON on stdout")] = False,
        workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="extraction processes")] = 1,
        end_to_end: Annotated[
            bool,
            typer.Option(
                "--end-to-end",
                help="load PATH (documents) into a fresh temporary store and ask the API what implements each "
                "numbered gold target: gold implementations found, missed (with the reason), extra",
            ),
        ] = False,
        min_recall: Annotated[
            float | None,
            typer.Option(
                "--min-recall", min=0.0, max=1.0, help="with --end-to-end: exit 1 when fewer of the gold are found"
            ),
        ] = None,
    ) -> None:
        """Score the extractor against gold files: P, R and F1 per entity and relation type.

        Each document (or prediction file) is paired with the gold file of the same stem; one with
        no gold file is reported and ignored, and gold files with no document among PATH are not
        scored. Counts are summed over documents before P/R/F1 (micro-average), with the matching
        rules of the corpus scorer (loaders/evaluate.py); "overall" sums every entity and relation
        type. Exit code 1 when a file fails, nothing could be scored, or F1 is below --min-f1.

        With --end-to-end, PATH is loaded as dg load would (into a temporary embedded store, removed
        afterwards) and, for every gold IMPLEMENTS edge to a numbered document, GET
        /resolutions/{symbol}/implementations is asked of the app; each gold implementer is found or
        missed, a miss with its reason (target not a node, target under another key, implementer not a
        node, edge to another key, edge missing); a found implementer whose gold issuer names its level
        is asked for again with level= it (found or filtered by level). Exit code 1 when nothing was
        measured, a file fails, or the share found is below --min-recall.
        """
        if end_to_end:
            from app.commands._end_to_end import report

            report(paths, gold, min_recall, as_json)
            return
        ev = evaluate_inputs(paths, gold, workers, quiet=as_json)
        _report_eval(ev)
        overall = ev.scorer.overall()
        if as_json:
            print(json.dumps(ev.as_dict(min_f1), ensure_ascii=False, indent=2))
        elif ev.scored:
            print_table(ev, gold)
        if not ev.scored:
            console.print(f"[red]nothing scored[/]: no document among PATH has a gold file in {gold}")
            raise typer.Exit(1)
        if min_f1 is not None and overall.f1 < min_f1:
            console.print(f"[red]below the bar[/]: overall F1 {overall.f1:.3f} < {min_f1}")
            raise typer.Exit(1)
        if ev.failed:
            raise typer.Exit(1)
