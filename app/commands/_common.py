"""Helpers shared by the command modules: opening the store, printing JSON."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, get_args

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from graph.backends import open_store
from graph.store import GraphStore
from kernel.errors import InvalidSettings
from kernel.settings import Settings, get_settings

console = Console(stderr=True)


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(message)s",
        handlers=[RichHandler(console=console, show_path=False)],
        force=True,
    )


def settings_for(backend: str | None) -> Settings:
    """The settings, with ``--backend`` validated like ``DG_BACKEND`` (``--backend foo`` is an error)."""
    settings = get_settings()
    if backend is not None and backend != settings.backend:
        allowed = get_args(Settings.model_fields["backend"].annotation)  # the one list: DG_BACKEND's
        if backend not in allowed:
            raise InvalidSettings(f"--backend must be one of {', '.join(allowed)}, not {backend!r}", backend=backend)
        settings = settings.model_copy(update={"backend": backend})
    return settings


@contextmanager
def store_session(backend: str | None = None) -> Iterator[GraphStore]:
    """Open the configured store for one command and close it afterwards."""
    store = open_store(settings_for(backend))
    try:
        yield store
    finally:
        store.close()


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False, default=str))


def documents_progress(label: str, transient: bool = False) -> Progress:
    """The progress bar of the document commands: done / total, documents/s (a task field ``rate``)."""
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} documents/s"),
        TimeElapsedColumn(),
        console=console,
        transient=transient,
    )
