# TSC+ developer commands. `make run` and `make test` work on a fresh clone (Python 3.11+ and make).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# axe-core for the browser tests' accessibility checks: npm, pinned in package-lock.json.
NODE_STAMP := node_modules/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000
export DJANGO_SETTINGS_MODULE := tscplus.settings

.PHONY: help setup run test test-fast e2e lint format check messages bench fault cluster-smoke clean

help:
	@echo "make run    - set up, load demo data on SQLite, serve http://$(HOST):$(PORT)/"
	@echo "make test   - set up and run every test (browser tests included)"
	@echo "make lint   - ruff, the architecture's import contracts, migrations check, deploy check"
	@echo "make bench  - benchmarks, figures written to BENCHMARKS.md"
	@echo "make fault  - fault test (Redis, PostgreSQL, a lock) under load, figures in RELIABILITY.md"
	@echo "make cluster-smoke - nginx, two web nodes, two consumers, a replica, PgBouncer, an object store"

$(BIN)/python:
	@$(PYTHON) scripts/check_system.py python
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# Re-installed when node_modules is missing or older than the lock file (`npm ci` starts afresh).
$(NODE_STAMP): package.json package-lock.json
	@$(PYTHON) scripts/check_system.py node
	npm ci --no-audit --no-fund
	@touch $(NODE_STAMP)

setup: $(STAMP) $(NODE_STAMP)

run: setup
	@$(BIN)/python scripts/check_system.py run
	$(BIN)/tscplus migrate --noinput
	SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)} $(BIN)/tscplus demo
	@HOST=$(HOST) PORT=$(PORT) BIN=$(BIN) scripts/serve.sh

test: setup
	@$(BIN)/python scripts/check_system.py test
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(BIN)/pytest -m "not e2e and not consumer" $(PYTEST_ARGS)

e2e: setup
	@$(BIN)/python scripts/check_system.py test
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -m e2e $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	$(BIN)/tscplus makemigrations --check --dry-run
	@scripts/check_deploy.sh $(BIN)

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: setup
	cd tscplus && ../$(BIN)/tscplus makemessages -l th -l en --no-location --no-obsolete
	$(BIN)/python scripts/compile_messages.py

bench: setup
	@$(BIN)/python scripts/check_system.py bench
	$(BIN)/python bench/run.py

fault: setup
	$(BIN)/python scripts/fault.py

cluster-smoke: setup
	@$(BIN)/python scripts/check_system.py cluster
	$(BIN)/python scripts/cluster.py

clean:
	rm -rf $(VENV) node_modules staticfiles var/*.sqlite3*
