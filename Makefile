# One task runner; CI runs `make test` (see .ci/run and the README).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ACCOUNT ?= examples/northwind-health

.PHONY: install demo lint typecheck contracts pytest test bench

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'

demo: install
	$(BIN)/handoff brief $(ACCOUNT) --out out/briefing.md
	$(BIN)/handoff brief $(ACCOUNT) --format html --out out/briefing.html
	@sed -n '1,40p' out/briefing.md

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
