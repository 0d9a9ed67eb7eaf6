"""What the rule tests read of an extraction: its gold-format output (GOLD_FORMAT.md) and small views of it."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract


def run(text: str, published: str = "2025-06") -> dict[str, Any]:
    """The gold-format output of one text, published on ``published`` (YYYY-MM)."""
    return extract(text, published=published).to_gold()


def meetings(gold: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(m["body"], m["date"]) for m in gold["meetings"]]


def officials(gold: dict[str, Any]) -> set[str]:
    return {o["name"] for o in gold["officials"]}


def orgs(gold: dict[str, Any]) -> set[str]:
    return {o["name"] for o in gold["organizations"]}


def relations(gold: dict[str, Any], kind: str) -> set[tuple[str, str]]:
    """(source, target) of every relation of one type."""
    return {(r["source"], r["target"]) for r in gold["relations"] if r["type"] == kind}


def assigned(gold: dict[str, Any]) -> set[tuple[str, str]]:
    """(source, target) of every ASSIGNED_TO."""
    return relations(gold, "ASSIGNED_TO")
