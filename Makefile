# directive-graph: the two commands of the quick start are `make run` and `make test`.
# Each sets up what it needs (a virtualenv in .venv, the Cypher linter's npm packages).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DG     := $(BIN)/dg
LINT   := tools/cypher-lint
WEB    := tools/web
DATA   ?= var
PORT   ?=
# The Cypher that Neo4j runs: schema, shared queries, Neo4j-only queries, the Browser kit.
# (graph/queries/falkordb/ holds FalkorDB-only statements and is not linted as Neo4j.)
NEO4J_CYPHER = graph/schema.cypher $(wildcard graph/queries/*.cypher) $(wildcard graph/queries/neo4j/*.cypher) $(wildcard graph/browser/*.cypher)

.PHONY: help setup run test lint cypher-lint pytest bench soak mutants busy-check neo4j-test reliability lock audit clean web-assets

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

$(LINT)/node_modules/.installed: $(LINT)/package-lock.json
	npm ci --prefix $(LINT) --no-audit --no-fund --loglevel=error
	touch $@

$(WEB)/node_modules/.installed: $(WEB)/package-lock.json
	npm ci --prefix $(WEB) --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

app/web/vendor/cytoscape.min.js: $(WEB)/node_modules/.installed $(WEB)/vendor.sh
	sh $(WEB)/vendor.sh app/web/vendor

web-assets: app/web/vendor/cytoscape.min.js ## the web page's cytoscape, from npm (tools/web) into app/web/vendor/

setup: $(VENV)/.installed ## install the Python package and dev tools into .venv

run: setup web-assets ## load the seed articles (examples/seeds) into the embedded store and serve on :8000 (PORT=8080: another port)
	DG_DATA_DIR=$(DATA) $(DG) load examples/seeds
	DG_DATA_DIR=$(DATA) $(DG) serve $(if $(PORT),--port $(PORT))

lint: setup ## ruff, mypy --strict and the import layers (lint-imports)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

cypher-lint: $(LINT)/node_modules/.installed ## every statement Neo4j runs, through Neo4j's own Cypher front end
	node $(LINT)/lint.mjs $(NEO4J_CYPHER)

pytest: setup web-assets $(LINT)/node_modules/.installed
	$(BIN)/pytest

test: lint cypher-lint pytest ## the whole suite: ruff, mypy, Cypher lint, pytest

bench: setup ## every benchmark with its reference and ratio, written to BENCHMARKS.md (BENCH_ARGS="--scale 1.0" for 1M nodes)
	$(BIN)/python -m bench.run_all $(BENCH_ARGS)

soak: setup ## the full load test: 200 concurrent clients on the read routes for 60 s, zero errors
	DG_SOAK_CLIENTS=200 DG_SOAK_SECONDS=60 $(BIN)/pytest tests/reliability/test_load.py -v

mutants: setup ## break each tested claim on purpose (tools/mutants/run.py) and report the mutations the tests miss
	$(BIN)/python tools/mutants/run.py

RUNS ?= 20
busy-check: setup ## the API, load and reliability tests RUNS times in a row (default 20) with every core busy; stops at the first failure
	$(BIN)/python tools/busy_check.py --runs $(RUNS) $(BUSY_ARGS)

# A throw-away Neo4j from the compose file (its own project name and volumes, bolt on port 17687), the store
# contract suite and the API suite against it (the tests marked neo4j: every API test on the shared fixture graph,
# tests/api/conftest.py, runs once per backend), then the container and its volumes removed. Needs a Docker engine.
NEO4J_TEST_PASSWORD ?= dg-neo4j-test-password
neo4j-test: setup ## start Neo4j with docker compose, run the store contract and API suites against it, stop it
	NEO4J_PASSWORD=$(NEO4J_TEST_PASSWORD) NEO4J_BOLT_PORT=17687 NEO4J_HTTP_PORT=17474 \
		docker compose -p dg-neo4j-test up -d --wait neo4j
	DG_NEO4J_URI=bolt://127.0.0.1:17687 DG_NEO4J_PASSWORD=$(NEO4J_TEST_PASSWORD) \
		$(BIN)/pytest -m neo4j -v tests/contract tests/api; status=$$?; \
		NEO4J_PASSWORD=$(NEO4J_TEST_PASSWORD) docker compose -p dg-neo4j-test down -v; exit $$status

reliability: setup ## hostile inputs, faults and load: run their tests and write the table into README.md
	$(BIN)/python -m bench.reliability

lock: setup ## pin the installed dependency versions into requirements.lock (what audit checks)
	$(BIN)/pip freeze --exclude-editable | grep -v '^directive-graph' > requirements.lock

audit: setup ## pip-audit of requirements.lock against the PyPI/OSV advisories (needs access to them)
	$(BIN)/pip-audit --strict --progress-spinner off -r requirements.lock

clean: ## remove the virtualenv, npm packages and the embedded data folder
	rm -rf $(VENV) $(LINT)/node_modules $(WEB)/node_modules app/web/vendor $(DATA)
