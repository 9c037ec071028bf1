# Everything a fresh machine with Python 3.11+ and make needs: `make demo`, `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: demo test lint bench lock clean

$(STAMP): requirements.lock requirements-dev.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

## demo: install, analyse examples/ into an SQLite store and show what it found
demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/faultline ingest examples/ --db $(DEMO_DB)
	$(BIN)/faultline documents --db $(DEMO_DB)
	$(BIN)/faultline quotes --db $(DEMO_DB)
	$(BIN)/faultline events --db $(DEMO_DB)

## test: install, lint, type-check and run the whole suite
test: $(STAMP) lint
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

## bench: run every measured goal in benchmarks/ (not part of `make test`)
bench: $(STAMP)
	@set -e; for f in benchmarks/[!_]*.py; do echo "== $$f"; $(BIN)/python $$f; done

## lock: re-resolve pinned dependencies with hashes (needs uv; run by maintainers only)
lock:
	uv pip compile --quiet --generate-hashes --python-version 3.11 requirements.in -o requirements.lock
	uv pip compile --quiet --generate-hashes --python-version 3.11 -c requirements.lock requirements-dev.in -o requirements-dev.lock

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .mypy_cache .ruff_cache
