"""Hand-picked mutations: break a claim on purpose, run the tests that should notice, report the survivors.

    python tools/mutants/run.py            # every mutation
    python tools/mutants/run.py read-token-officials export-command

Each mutation replaces one exact piece of source text in a throwaway copy of the working tree, then runs
the named tests there (with this interpreter; ``DG_SHARED_CORPUS`` points at the corpus beside the repo).
A mutation is *killed* when those tests fail, *survives* when they pass, and is *stale* when its source
text is gone (the code changed: update the mutation). Exit status 1 when any survives or is stale.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Mutation:
    id: str
    claim: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


def _unguarded(router: str) -> Mutation:
    return Mutation(
        f"read-token-{router}",
        f"the {router} routes check the read token",
        f"app/routes/{router}.py",
        "dependencies=[Depends(require_read)], ",
        "",
        ("tests/api/test_routes.py", "-k", "read_token"),
    )


MUTATIONS = [
    *(_unguarded(router) for router in ("officials", "meetings", "localities", "projects")),
    Mutation(
        "projects-router",
        "GET /projects/{key} answers for a real project",
        "app/routes/projects.py",
        '    "/{key:path}",',
        '    "/{key:path}/unused",',
        ("tests/api/test_routes.py",),
    ),
    Mutation(
        "no-officials",
        "the extractor finds officials",
        "loaders/extract/__init__.py",
        "        officials=officials,\n",
        "        officials=[],\n",
        ("tests/unit/extract/test_quality_floor.py",),
    ),
    Mutation(
        "no-relations",
        "the extractor finds relations",
        "loaders/extract/__init__.py",
        "        relations=relations,\n",
        "        relations=[],\n",
        ("tests/unit/extract/test_quality_floor.py",),
    ),
    Mutation(
        "tcvn3-table",
        "the TCVN3 table is right (two letters swapped)",
        "loaders/read/encodings.py",
        '    "\\u0300\\u0309\\u0303\\u0301\\u0323\\xe0\\u1ea3',
        '    "\\u0300\\u0309\\u0303\\u0301\\u0323\\u1ea3\\xe0',
        ("tests/unit/read/test_legacy_bytes.py",),
    ),
    Mutation(
        "vni-table",
        "the VNI table is right (two tones swapped)",
        "loaders/read/encodings.py",
        '_TONE = {"ù": "\\u0301", "ø": "\\u0300",',
        '_TONE = {"ù": "\\u0300", "ø": "\\u0301",',
        ("tests/unit/read/test_legacy_bytes.py",),
    ),
    Mutation(
        "export-command",
        "dg export exists as documented",
        "app/commands/graphio.py",
        '    @app.command("export")\n',
        "",
        ("tests/unit/test_docs.py", "tests/cli/test_commands.py"),
    ),
    Mutation(
        "empty-write-token",
        "an empty write token turns writes off",
        "kernel/settings.py",
        "if raw is None or (isinstance(raw, str) and not raw.strip()):",
        "if raw is None:",
        ("tests/unit/test_settings.py", "tests/api/test_ingest.py"),
    ),
    Mutation(
        "scorer-symbols",
        "dg eval matches described documents only when their symbols agree (as score.py)",
        "loaders/evaluate.py",
        "    if gs and ps and gs != ps:",
        "    if False:",
        ("tests/unit/test_evaluate.py",),
    ),
    Mutation(
        "error-detail-strings",
        "error details are JSON values (lists stay lists), not strings",
        "app/api_errors.py",
        "json_detail(detail))",
        "{k: str(v) for k, v in detail.items()})",
        ("tests/api/test_contract.py", "-k", "detail or ambiguous"),
    ),
    Mutation(
        "docs-from-cdn",
        "/docs loads Swagger UI from the package, not a CDN",
        "app/main.py",
        "docs_url=None,",
        'docs_url="/docs",',
        ("tests/api/test_contract.py", "-k", "docs"),
    ),
    Mutation(
        "name-norm-shown",
        "answers do not expose the internal name_norm",
        "app/schemas.py",
        'INTERNAL_PROPERTIES = frozenset({"name_norm"})',
        "INTERNAL_PROPERTIES = frozenset()",
        ("tests/api/test_contract.py", "-k", "name_norm"),
    ),
    Mutation(
        "depth-over-cap",
        "a depth over DG_MAX_LINEAGE_DEPTH (the OpenAPI maximum) is refused",
        "app/paging.py",
        "if depth > settings.max_lineage_depth:",
        "if False:",
        ("tests/api/test_contract.py", "-k", "depth"),
    ),
    Mutation(
        "accent-filters",
        "list filters ignore accents (province=nghe an finds Nghệ An)",
        "app/filters.py",
        "(wanted in fold(v) if contains else fold(v) == wanted)",
        "(text in v if contains else v == text)",
        ("tests/api/test_search_and_filters.py",),
    ),
    Mutation(
        "search-citations",
        "search finds 'Quyết định 204' by kind and number",
        "app/routes/search.py",
        "cited = reference_in(q)",
        "cited = None",
        ("tests/api/test_search_and_filters.py",),
    ),
    Mutation(
        "answer-not-shared",
        "a request for an answer being computed waits for it instead of computing it again",
        "app/cache.py",
        "if answer is None and (computing := self._computing.get((version, key))) is not None:",
        "if False:",
        ("tests/api/test_cache.py", "-k", "being_computed"),
    ),
    Mutation(
        "computing-unlisted",
        "an answer being computed is found by the requests that arrive meanwhile",
        "app/cache.py",
        "        self._computing[(version, key)] = computing\n",
        "",
        ("tests/api/test_cache.py", "-k", "being_computed"),
    ),
    Mutation(
        "keep-alive-5s",
        "dg serve keeps idle connections longer than httpx clients do (uvicorn's 5 s is httpx's 5 s)",
        "app/commands/serve.py",
        '            "timeout_keep_alive": settings.keep_alive_s,',
        "",
        ("tests/reliability/test_load.py", "-k", "idle_connections"),
    ),
    Mutation(
        "fetch-on-event-loop",
        "a URL fetch runs off the event loop (/health answers meanwhile)",
        "app/routes/fetch.py",
        "    doc = await run_in_threadpool(\n        fetch_document, body.url,",
        "    doc = (lambda f, *a, **k: f(*a, **k))(\n        fetch_document, body.url,",
        ("tests/api/test_fetch_route.py", "-k", "slow_fetch"),
    ),
]


def _copy_tree(dst: Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=REPO, capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    for name in files:
        src = REPO / name
        if src.is_file():
            target = dst / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)


def run(mutation: Mutation, work: Path) -> str:
    tree = work / mutation.id
    _copy_tree(tree)
    path = tree / mutation.path
    source = path.read_text(encoding="utf-8")
    if mutation.old not in source:
        return "stale"
    path.write_text(source.replace(mutation.old, mutation.new, 1), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    corpus = REPO.parent / "shared" / "corpus"
    if corpus.is_dir():
        env.setdefault("DG_SHARED_CORPUS", str(corpus))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *mutation.tests],
        cwd=tree, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode == 5:
        return "no tests ran"
    return "killed" if done.returncode != 0 else "SURVIVED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("ids", nargs="*", help="mutation ids (default: all)")
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    args = parser.parse_args()
    chosen = [m for m in MUTATIONS if not args.ids or m.id in args.ids]
    if args.list:
        for m in chosen:
            print(f"{m.id:22} {m.claim}")
        return 0
    results = {}
    with tempfile.TemporaryDirectory(prefix="dg-mutants-") as work:
        for m in chosen:
            results[m.id] = run(m, Path(work))
            print(f"{results[m.id]:12} {m.id:22} {m.claim}", flush=True)
    bad = [i for i, r in results.items() if r != "killed"]
    print(f"{len(results) - len(bad)} killed, {len(bad)} not killed" + (f": {', '.join(bad)}" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
