"""The rule registry is true: every example gives what it says, and every extractor id the extractor emits is
registered (so a new relation rule cannot ship without its entry and a sentence of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.synth_corpus import write_corpus
from loaders.extract import extract
from loaders.extract.model import Extraction
from loaders.extract.registry import BY_ID, RULES, Example, Expected, Rule
from loaders.read import iter_sources, read_path
from tests.conftest import REPO
from tests.unit.test_evaluate import GENRES

pytestmark = pytest.mark.unit


def found(extraction: Extraction, expected: Expected, rule_id: str) -> bool:
    v = expected.values
    if expected.what == "relation":
        return any((r.type, r.source, r.target, r.extractor) == (*v, rule_id) for r in extraction.relations)
    if expected.what == "resolution":
        return any(r.key == v[0] for r in extraction.resolutions)
    if expected.what == "official":
        return any(o.name == v[0] and v[1] in o.titles for o in extraction.officials)
    if expected.what == "meeting":
        return any((m.body, m.date, m.kind) == v for m in extraction.meetings)
    if expected.what == "project":
        return any(p.name == v[0] for p in extraction.projects)
    if expected.what == "locality":
        return any((loc.name, loc.level)[: len(v)] == v for loc in extraction.localities)  # (name) alone: no level
    if expected.what == "organization":
        return any(o.name == v[0] for o in extraction.organizations)
    raise AssertionError(f"unknown expectation {expected.what!r}")


CASES = [(r, i, ex) for r in RULES for i, ex in enumerate(r.examples)]


@pytest.mark.parametrize(("rule", "n", "example"), CASES, ids=[f"{r.id}[{i}]" for r, i, _ in CASES])
def test_every_example_gives_its_expected_output(rule: Rule, n: int, example: Example) -> None:
    extraction = extract(example.text, published=example.published)
    missing = [e for e in example.expect if not found(extraction, e, rule.id)]
    assert not missing, f"{rule.id} example {n}: missing {missing}\n{extraction.to_gold()}"


def test_every_rule_has_an_example_and_a_unique_id() -> None:
    assert len(BY_ID) == len(RULES)
    assert all(rule.examples and rule.reads and rule.where for rule in RULES)


def test_a_wrong_expectation_fails() -> None:
    """The check is real: an example expecting another target, or another rule's id, is not found."""
    rule = BY_ID["implements.cue"]
    extraction = extract(rule.examples[0].text, published="2025-06")
    assert found(extraction, rule.examples[0].expect[0], "implements.cue")
    assert not found(extraction, rule.examples[0].expect[0], "implements.purpose")
    assert not found(extraction, Expected("relation", ("IMPLEMENTS", "88-KH/TU", "68-NQ/TW")), "implements.cue")


def _texts(folder: Path) -> list[tuple[str, str | None]]:
    return [(d.text, d.published) for d in map(read_path, iter_sources([str(folder)]))]


def test_every_extractor_id_emitted_on_seeds_genres_and_synthetic_documents_is_registered(tmp_path: Path) -> None:
    write_corpus(tmp_path, 60)
    texts = _texts(REPO / "examples" / "seeds") + _texts(tmp_path / "docs")
    if GENRES.is_dir():
        texts += _texts(GENRES)
    emitted = {r.extractor for text, published in texts for r in extract(text, published=published).relations}
    assert emitted, "no relation extracted at all"
    assert emitted <= set(BY_ID), f"unregistered extractor ids: {sorted(emitted - set(BY_ID))}"
