"""Reading ``graph/schema.cypher``, the one definition of constraints and indexes."""

from __future__ import annotations

from pathlib import Path
from typing import LiteralString

SCHEMA_FILE = Path(__file__).resolve().parent / "schema.cypher"


def statements() -> list[LiteralString]:
    """The statements of ``schema.cypher`` (Neo4j 5 Cypher), comments removed, one line each."""
    lines = [line for line in SCHEMA_FILE.read_text(encoding="utf-8").splitlines() if not line.strip().startswith("//")]
    # mypy treats LiteralString as str; the text comes from our own file, never from input.
    return [" ".join(s.split()) for s in "\n".join(lines).split(";") if s.strip()]
