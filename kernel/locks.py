"""One writer at a time per data folder, across processes: an ``fcntl`` lock on ``<data>/writer.lock``.

Two ``dg load`` runs writing the same graph at once interleave their batches, and the store's
``MERGE`` of a relationship is not safe against another process's batch (measured: thousands of
relationships written twice). A writer holds this lock for its whole run; a second writer waits
for it (saying who holds it) or gives up after ``wait`` seconds with :class:`WriterBusy`.

The lock is released by the kernel when its holder exits, even after ``kill -9``: there is
never a stale lock to clear by hand.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from kernel.errors import DirectiveGraphError

LOCK_NAME = "writer.lock"


class WriterBusy(DirectiveGraphError):
    """Another process is writing to the same data folder and did not finish in time."""

    code = "writer_busy"
    status = 409


def _holder(handle_path: Path) -> str:
    try:
        text = handle_path.read_text().strip()
    except OSError:
        return "another process"
    return f"process {text}" if text else "another process"


@contextlib.contextmanager
def writer_lock(
    data_dir: Path,
    *,
    wait: float | None = None,
    on_wait: Callable[[str], None] | None = None,
    poll: float = 0.1,
) -> Iterator[None]:
    """Hold the data folder's writer lock; ``wait`` seconds at most (``None``: as long as it takes).

    ``on_wait`` is called once, with a sentence naming the holder, when the lock is taken."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_NAME
    with open(path, "a+") as handle:
        deadline = None if wait is None else time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(path)
                if deadline is not None and time.monotonic() >= deadline:
                    raise WriterBusy(
                        f"{holder} is writing to this data folder (lock {LOCK_NAME}); "
                        "run the loads one after the other, or wait longer (--wait)",
                        holder=holder,
                    ) from None
                if not told and on_wait is not None:
                    on_wait(f"{holder} is writing to this data folder; waiting for it to finish")
                    told = True
                time.sleep(poll)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            yield
        finally:
            with contextlib.suppress(OSError):
                handle.seek(0)
                handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
