# One task runner; CI runs `make test` (see .ci/run and the README).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ACCOUNT ?= tests/fixtures/acme

.PHONY: install demo lint typecheck contracts pytest test bench

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'

demo: install
	$(BIN)/handoff ingest $(ACCOUNT) --account acme
	$(BIN)/handoff search --account acme "what was promised about support?" --k 3

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

contracts:
	$(BIN)/lint-imports

# pytest exits 5 when it collects nothing: that is a failure here, not a pass.
pytest:
	$(BIN)/python -m pytest

test: install lint typecheck contracts pytest

bench: install
	$(BIN)/python benchmarks/ingest_search.py
