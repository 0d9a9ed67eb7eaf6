"""loaders.evaluate gives the same numbers as the corpus scorer (shared/corpus/score.py).

The scorer is found next to the repository (``../shared/corpus/score.py``) or in the folder of
``DG_SHARED_CORPUS``; the comparison tests are skipped, with that reason, when it is absent.
The scorer is run as a script (``score.py GOLD_DIR PRED_DIR --json``) on: the current
extractor's output for the seeds, the gold itself, no predictions at all, gold files perturbed
in ways the matching rules care about, and a small synthetic corpus.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from app.cli import app as cli_app
from bench.synth_corpus import write_corpus
from loaders.evaluate import (
    TYPE_NAMES,
    Scorer,
    first_int,
    fold,
    jaccard,
    match_resolution,
    org_core,
    prf,
    resolve_endpoint,
    score,
    score_dirs,
    year_of,
)
from loaders.extract import extract
from loaders.read import iter_sources, read_path

pytestmark = pytest.mark.unit

Doc = dict[str, Any]


def _corpus_dir() -> Path:
    env = os.environ.get("DG_SHARED_CORPUS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "corpus"


CORPUS = _corpus_dir()
SCORE_PY = CORPUS / "score.py"
GOLD = CORPUS / "gold"
SEEDS = CORPUS / "seeds"
GENRES_GOLD = CORPUS / "genres" / "gold"
GENRES = CORPUS / "genres" / "docs"
needs_scorer = pytest.mark.skipif(
    not SCORE_PY.is_file(), reason=f"corpus scorer not found at {SCORE_PY} (set DG_SHARED_CORPUS to its folder)"
)


def run_scorer(gold_dir: Path, pred_dir: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold_dir), str(pred_dir), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def assert_same(gold_dir: Path, pred_dir: Path) -> dict[str, Any]:
    ours = score_dirs(gold_dir, pred_dir).table()
    theirs = run_scorer(gold_dir, pred_dir)
    assert list(ours) == list(theirs)
    for name in theirs:
        assert ours[name] == theirs[name], name
    return ours


def write_docs(folder: Path, docs: dict[str, Doc]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, doc in docs.items():
        (folder / f"{stem}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def gold_docs(folder: Path) -> dict[str, Doc]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def extracted(paths: list[str]) -> dict[str, Doc]:
    out = {}
    for path in iter_sources(paths):
        doc = read_path(path)
        out[doc.stem] = extract(doc.text, published=doc.published, doc=doc.stem).to_gold()
    return out


# --- perturbations: each keeps the shape and changes what a matching rule looks at -----------

TONES = [
    ("òa", "oà"), ("ủy", "uỷ"), ("Ủy", "Uỷ"), ("óa", "oá"), ("ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"),
    ("Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh"), ("Cụm công nghiệp", "CCN"), (" - ", "-"),
]  # fmt: skip


def retone(text: str | None, rng: random.Random) -> str | None:
    if not text:
        return text
    for a, b in TONES:
        if rng.random() < 0.5:
            text = text.replace(a, b) if rng.random() < 0.5 else text.replace(b, a)
    return text.upper() if rng.random() < 0.1 else text


def perturb(doc: Doc, rng: random.Random) -> Doc:
    out = copy.deepcopy(doc)
    for res in out.get("resolutions") or []:
        roll = rng.random()
        if roll < 0.1 and res.get("number"):
            res["number"] = "0" + str(res["number"])  # leading zeros are ignored
        elif roll < 0.2 and res.get("issued_on"):
            res["issued_on"] = str(int(res["issued_on"][:4]) + 1) + res["issued_on"][4:]  # another year
        elif roll < 0.25:
            res["kind"] = "QĐ" if res.get("kind") != "QĐ" else "Qd"
        elif roll < 0.3:
            res["number"] = None
        elif roll < 0.35 and res.get("number"):
            res["number"] = str(res["number"]) + "/2020"
        elif roll < 0.4:
            res["key"] = retone(res.get("key"), rng)
    for etype in ("officials", "localities", "organizations", "projects"):
        for ent in out.get(etype) or []:
            roll = rng.random()
            if roll < 0.3:
                ent["name"] = retone(ent.get("name"), rng)
            elif roll < 0.4 and etype == "organizations":
                ent["name"] = f"{ent.get('name')} {rng.choice(['Nghệ An', 'Bình Định'])}"  # a trailing province
            elif roll < 0.45 and etype == "organizations":
                ent["name"] = f"UBND xã {rng.choice(['Bình Định', 'Nghệ An'])}"  # a commune keeps its name
            elif roll < 0.5 and ent.get("name"):
                words = str(ent["name"]).split()
                ent["name"] = " ".join(words[: max(1, len(words) - 1)])  # near the Jaccard bar
    for meeting in out.get("meetings") or []:
        roll = rng.random()
        if roll < 0.3 and meeting.get("date"):
            meeting["date"] = meeting["date"][:7]
        elif roll < 0.4:
            meeting["date"] = "2019-01-01"
        elif roll < 0.5:
            meeting["body"] = retone(meeting.get("body"), rng)
        elif roll < 0.6:
            meeting["body"] = f"{meeting.get('body')} {rng.choice(['Gio Linh', 'Nghệ An'])}"  # the unit's name
    relations = out.get("relations") or []
    for rel in relations:
        roll = rng.random()
        end = "source" if rng.random() < 0.5 else "target"
        if roll < 0.1:
            rel[end] = "doc"
        elif roll < 0.15:
            rel[end] = "meeting:7"  # out of range
        elif roll < 0.2:
            rel[end] = None
        elif roll < 0.3 and isinstance(rel.get(end), str):
            rel[end] = retone(rel[end], rng)  # resolved by folded name or key
        elif roll < 0.35:
            rel["type"] = rng.choice(["IMPLEMENTS", "CITES", "CONCLUDED", "ASSIGNED_TO", "MENTIONS"])
    for etype in ("resolutions", "officials", "meetings", "projects", "localities", "organizations", "relations"):
        items = out.get(etype) or []
        if not items:
            continue
        roll = rng.random()
        if roll < 0.2:
            items.pop(rng.randrange(len(items)))
        elif roll < 0.35:
            items.append(copy.deepcopy(rng.choice(items)))  # duplicates take one gold item at most
        elif roll < 0.5:
            rng.shuffle(items)  # meeting:I now names another meeting
    if rng.random() < 0.1:
        out.pop("relations", None)
    return out


@needs_scorer
def test_extractor_on_the_seeds(tmp_path: Path) -> None:
    table = assert_same(GOLD, write_docs(tmp_path / "pred", extracted([str(SEEDS)])))
    assert table["resolutions"]["gold"] > 0


@needs_scorer
def test_extractor_on_the_genres(tmp_path: Path) -> None:
    table = assert_same(GENRES_GOLD, write_docs(tmp_path / "pred", extracted([str(GENRES)])))
    assert table["meetings"]["gold"] > 0


@needs_scorer
@pytest.mark.parametrize("seed", range(3))
def test_perturbed_genres_gold(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    docs = {stem: perturb(doc, rng) for stem, doc in gold_docs(GENRES_GOLD).items()}
    assert_same(GENRES_GOLD, write_docs(tmp_path / "pred", docs))


@needs_scorer
def test_gold_as_its_own_prediction(tmp_path: Path) -> None:
    table = assert_same(GOLD, GOLD)
    assert all(row["f1"] == 1.0 for row in table.values())


@needs_scorer
def test_no_predictions(tmp_path: Path) -> None:
    (tmp_path / "pred").mkdir()
    table = assert_same(GOLD, tmp_path / "pred")
    assert all(row["hits"] == 0 for row in table.values())


@needs_scorer
@pytest.mark.parametrize("seed", range(6))
def test_perturbed_gold(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    docs = {stem: perturb(doc, rng) for stem, doc in gold_docs(GOLD).items() if rng.random() < 0.9}
    assert_same(GOLD, write_docs(tmp_path / "pred", docs))


@needs_scorer
def test_perturbed_extraction(tmp_path: Path) -> None:
    rng = random.Random(99)
    docs = {stem: perturb(doc, rng) for stem, doc in extracted([str(SEEDS)]).items()}
    assert_same(GOLD, write_docs(tmp_path / "pred", docs))


@needs_scorer
def test_synthetic_corpus(tmp_path: Path) -> None:
    write_corpus(tmp_path / "synth", 40, seed=5)
    pred = write_docs(tmp_path / "pred", extracted([str(tmp_path / "synth" / "docs")]))
    assert_same(tmp_path / "synth" / "gold", pred)


@needs_scorer
def test_hand_made_edge_cases(tmp_path: Path) -> None:
    gold: Doc = {
        "resolutions": [
            {"key": "57-NQ/TW", "kind": "NQ", "number": "57", "issued_on": "2024-12-22"},
            {"key": "30/2020/NĐ-CP", "kind": "NĐ", "number": "30/2020"},
            {"key": "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX", "kind": "NQ", "number": None},
        ],
        "officials": [{"name": "Thái Thanh Quý"}, {"name": None}],
        "meetings": [{"body": "Ban Thường vụ Tỉnh ủy", "date": "2025-06-12"}, {"body": "HĐND tỉnh", "date": None}],
        "projects": [{"name": "Đề án chuyển đổi số trong các cơ quan đảng"}, {"name": "Dự án cầu Vinh"}],
        "localities": [{"name": "Thanh Hóa", "level": "tỉnh"}, {"name": "Vinh", "level": "thành phố"}],
        "organizations": [{"name": "Ủy ban nhân dân tỉnh"}, {"name": "Tỉnh ủy"}],
        "relations": [
            {"type": "CITES", "source": "meeting:0", "target": "57-NQ/TW"},
            {"type": "CITES", "source": "doc", "target": "30/2020/NĐ-CP"},
            {"type": "CONCLUDED", "source": "Thái Thanh Quý", "target": "meeting:1"},
            {"type": "ASSIGNED_TO", "source": "Đề án chuyển đổi số trong các cơ quan đảng", "target": "Vinh"},
            {"type": "IMPLEMENTS", "source": None, "target": "57-nq/tw"},
            {"type": "IMPLEMENTS", "source": "Dự án cầu Vinh", "target": "57-NQ/TW"},
        ],
    }
    pred: Doc = {
        "resolutions": [
            {"key": "57-nq/tw", "kind": "NQ", "number": "58"},  # a folded-key match, but not the exact one
            {"key": "57-NQ/TW", "kind": "NQ", "number": "057", "issued_on": "2024"},
            {"key": "30/2021/NĐ-CP", "kind": "ND", "number": "30/2021"},
            {"key": "Nghị quyết Đại hội lần thứ XIX", "kind": "NQ", "number": None},
            {"key": "57-NQ/TW", "kind": "NQ", "number": "57"},
        ],
        "officials": [{"name": "THÁI THANH QUÝ"}, {"name": ""}],
        "meetings": [{"body": "HĐND tỉnh", "date": "2025"}, {"body": "BTV Tỉnh uỷ", "date": "2025-06"}],
        "projects": [{"name": "Đề án chuyển đổi số"}, {"name": "Dự án cầu Cửa"}],  # Jaccard exactly 0.6
        "localities": [{"name": "Thanh Hoá"}, {"name": "TP Vinh"}],
        "organizations": [{"name": "UBND tỉnh Nghệ An"}, {"name": "Tỉnh uỷ Thanh Hoá"}],
        "relations": [
            {"type": "CITES", "source": "meeting:1", "target": "57-NQ/TW"},
            {"type": "CITES", "source": "doc", "target": "30/2021/NĐ-CP"},
            {"type": "CONCLUDED", "source": "thái thanh quý", "target": "meeting:0"},
            {"type": "ASSIGNED_TO", "source": "Đề án chuyển đổi số", "target": "vinh"},
            {"type": "IMPLEMENTS", "source": "", "target": "57-NQ/TW"},
            {"type": "CONCLUDED", "source": "nobody", "target": "meeting:9"},
            {"type": "IMPLEMENTS", "source": "Dự án cầu Cửa", "target": "57-NQ/TW"},
        ],
    }
    table = assert_same(write_docs(tmp_path / "gold", {"a": gold}), write_docs(tmp_path / "pred", {"a": pred}))
    assert table["CITES"]["hits"] == 1  # the meeting indices resolve, then match by body and date


# --- the folding and matching functions, against the scorer's own, on arbitrary strings ------


@functools.cache
def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


VIETNAMESE = st.sampled_from(
    ["Hòa", "Hoà", "ủy", "uỷ", "UBND", "HĐND", "tp", "TP.", "Tỉnh", "Nghệ An", "Thanh Hóa", "đ", "Đ", "2020",
     "/2020", "057", "-", "/", " ", "NQ", "QĐ", "bch", "Btv", "mttq", "tw", "bcs", "Ủy", "x", "\u0301", ","]
)  # fmt: skip
TEXT = st.one_of(st.none(), st.text(max_size=30), st.lists(VIETNAMESE, max_size=8).map("".join))


@needs_scorer
@settings(max_examples=200, deadline=None)
@given(a=TEXT, b=TEXT, kind_a=TEXT, kind_b=TEXT, num_a=TEXT, num_b=TEXT)
def test_functions_agree_with_the_scorer(
    a: str | None, b: str | None, kind_a: str | None, kind_b: str | None, num_a: str | None, num_b: str | None
) -> None:
    ref = load_scorer()
    assert fold(a) == ref.fold(a)
    assert org_core(a) == ref.org_core(a)
    assert jaccard(a, b) == ref.jaccard(a, b)
    assert first_int(a) == ref.first_int(a)
    res_a = {"key": a, "kind": kind_a, "number": num_a, "issued_on": b}
    res_b = {"key": b, "kind": kind_b, "number": num_b, "issued_on": a}
    assert year_of(res_a) == ref.year_of(res_a)
    assert match_resolution(res_a, res_b) == ref.match_resolution(res_a, res_b)


# --- the scorer's rules, without the corpus --------------------------------------------------


def test_prf_edge_cases() -> None:
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)
    assert prf(0, 2, 0) == (0.0, 1.0, 0.0)
    assert prf(1, 2, 4) == (0.5, 0.25, 2 * 0.5 * 0.25 / 0.75)


def test_tone_placement_and_abbreviations_fold_the_same() -> None:
    assert fold("Thanh Hoá") == fold("thanh hòa") == "thanh hoa"
    assert fold("UBND tỉnh") == fold("Ủy ban nhân dân tỉnh")
    assert org_core("Tỉnh uỷ Nghệ An") == org_core("Tỉnh ủy") == "tinh uy"


def test_meeting_references_and_greedy_matching() -> None:
    gold: Doc = {
        "meetings": [{"body": "Ban Thường vụ Tỉnh ủy", "date": "2025-06-12"}],
        "relations": [{"type": "CITES", "source": "meeting:0", "target": "57-NQ/TW"}],
        "resolutions": [{"key": "57-NQ/TW", "kind": "NQ", "number": "57"}],
    }
    pred: Doc = {
        "meetings": [{"body": "HĐND tỉnh", "date": "2025-06"}, {"body": "Ban Thường vụ Tỉnh uỷ", "date": "2025-06"}],
        "relations": [
            {"type": "CITES", "source": "meeting:0", "target": "57-NQ/TW"},
            {"type": "CITES", "source": "meeting:1", "target": "57-NQ/TW"},
            {"type": "CITES", "source": "meeting:1", "target": "57-NQ/TW"},
        ],
        "resolutions": [{"key": "57-NQ/TW", "kind": "NQ", "number": "057"}],
    }
    assert resolve_endpoint(pred, "meeting:5") is None
    assert resolve_endpoint(pred, "doc") == ("doc", {})
    scorer = score([(gold, pred)])
    cites = scorer.totals["CITES"]
    assert (cites.hits, cites.predicted, cites.gold) == (1, 3, 1)
    assert scorer.totals["meetings"].hits == 1
    assert scorer.totals["resolutions"].hits == 1


def test_overall_is_micro_over_types_without_the_numbered_subset() -> None:
    scorer = Scorer()
    scorer.add({"resolutions": [{"key": "5-CT/TU", "kind": "CT", "number": "5"}]}, {})
    total = scorer.overall()
    assert (total.hits, total.predicted, total.gold) == (0, 0, 1)
    assert set(scorer.table()) == set(TYPE_NAMES)


def test_a_missing_prediction_file_is_an_empty_prediction(tmp_path: Path) -> None:
    write_docs(tmp_path / "gold", {"a": {"officials": [{"name": "Lê Hồng Vinh"}]}, "b": {}})
    write_docs(tmp_path / "pred", {"b": {"officials": [{"name": "Lê Hồng Vinh"}]}})
    scorer = score_dirs(tmp_path / "gold", tmp_path / "pred")
    assert scorer.documents == 2
    officials = scorer.totals["officials"]
    assert (officials.hits, officials.predicted, officials.gold) == (0, 1, 1)


# --- dg extract and dg eval ------------------------------------------------------------------

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(cli_app, list(args))


def test_dg_extract_writes_one_file_per_document_and_reports_bad_ones(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(" date 2025-06 Nghị quyết số 57-NQ/TW của Bộ Chính trị.", encoding="utf-8")
    (docs / "b.md").write_text("Kế hoạch số 331-KH/TU của Ban Thường vụ Tỉnh ủy.", encoding="utf-8")
    (docs / "c.txt").write_bytes(b"   ")  # empty: fails, the rest go on
    result = invoke("extract", str(docs), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["a.json", "b.json"]
    a = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert a["doc"] == "a" and a["published"] == "2025-06"
    assert "57-NQ/TW" in [r["key"] for r in a["resolutions"]]
    assert "Nghị quyết" in (tmp_path / "out" / "a.json").read_text(encoding="utf-8")  # ensure_ascii=False
    assert "c.txt" in result.output and "missing.txt" in result.output
    assert "extracted 2 documents" in result.output


def test_dg_eval_min_f1_json_and_documents_without_gold(tmp_path: Path) -> None:
    gold = write_docs(tmp_path / "gold", {"a": {"officials": [{"name": "Lê Hồng Vinh"}]}, "z": {}})
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Đồng chí Lê Hồng Vinh, Chủ tịch UBND tỉnh, phát biểu.", encoding="utf-8")
    (docs / "b.txt").write_text("Một văn bản khác.", encoding="utf-8")
    result = invoke("eval", "--gold", str(gold), str(docs), "--json")
    assert result.exit_code == 0, result.output
    numbers = json.loads(result.stdout)
    assert numbers["documents"] == 1
    assert numbers["no_gold"] == [str(docs / "b.txt")]
    assert numbers["unscored_gold"] == [str(gold / "z.json")]
    assert numbers["types"]["officials"]["hits"] == 1
    assert set(numbers["types"]) == set(TYPE_NAMES)
    assert invoke("eval", "--gold", str(gold), str(docs), "--min-f1", "1.0").exit_code == 1
    table = invoke("eval", "--gold", str(gold), str(docs), "--min-f1", "0.0")
    assert table.exit_code == 0 and "overall (micro)" in table.stdout


def test_dg_eval_on_predictions_gold_as_its_own_prediction(tmp_path: Path) -> None:
    gold = write_docs(tmp_path / "gold", {"a": {"officials": [{"name": "Lê Hồng Vinh"}], "relations": []}})
    pred = write_docs(tmp_path / "pred", gold_docs(gold))
    for args in ([str(pred)], [str(pred / "a.json")], [str(pred / "*.json")]):
        result = invoke("eval", "--gold", str(gold), *args, "--json", "--min-f1", "1.0")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["overall"]["f1"] == 1.0
    assert invoke("eval", "--gold", str(gold), str(gold)).exit_code == 1  # gold is never its own prediction


@needs_scorer
def test_dg_eval_on_the_seeds_gives_the_scorer_numbers(tmp_path: Path) -> None:
    assert invoke("extract", str(SEEDS), "--out", str(tmp_path / "pred")).exit_code == 0
    theirs = run_scorer(GOLD, tmp_path / "pred")
    for inputs in (str(SEEDS), str(tmp_path / "pred")):
        result = invoke("eval", "--gold", str(GOLD), inputs, "--json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["types"] == theirs


def test_described_documents_match_only_when_their_symbols_agree() -> None:
    """The scorer's rule, checked directly: two reports alike in words but on different documents differ."""
    on_57 = {"key": "Báo cáo sơ kết thực hiện Nghị quyết số 57-NQ/TW", "kind": "BC", "number": None}
    on_123 = {"key": "Báo cáo sơ kết thực hiện Kết luận số 123-KL/TW", "kind": "BC", "number": None}
    again_57 = {"key": "Báo cáo sơ kết việc thực hiện Nghị quyết số 57-NQ/TW", "kind": "BC", "number": None}
    assert not match_resolution(on_57, on_123)
    assert match_resolution(on_57, again_57)
