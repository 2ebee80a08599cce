# The two commands the README shows: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# Run the suite in a fresh network namespace where the system allows it (root on
# Linux): then even C-level code (Qt, libpq) cannot leave loopback. The pytest
# guard in tests/conftest.py covers Python code everywhere else.
NETNS_OK := $(shell unshare -n ip link set lo up >/dev/null 2>&1 && echo yes)
ifeq ($(NETNS_OK),yes)
ISOLATE := unshare -n sh -c 'ip link set lo up && exec "$$@"' sh
else
ISOLATE :=
endif

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP)
	$(BIN)/python main.py

test: $(TEST_STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy .
	QT_QPA_PLATFORM=offscreen $(ISOLATE) $(BIN)/python -m pytest -q

lint: $(TEST_STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy .

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache
