# Task runner. CI runs the README's test command through .ci/run; these targets are for people.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: install check lint types test bench accuracy

install:
	python3 -m venv $(VENV) && $(VENV)/bin/pip install -q -e ".[dev]"

lint:
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/ruff format --check src tests benchmarks scripts

types:
	$(VENV)/bin/mypy

test:
	$(PY) -m pytest -q

check: lint types test

bench:
	$(PY) benchmarks/bench.py

accuracy:
	$(PY) scripts/accuracy.py
