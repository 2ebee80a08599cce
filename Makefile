# The two commands the README shows: `make run` and `make test`.
# Packaging: `make wheel`, `make bundle` (offline archive), `make frozen` (one-folder app);
# `make install-check` / `make frozen-check` try them offline as a user would.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DIST := dist
CONSTRAINTS := app/packaging/constraints.txt
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
# Run the suite in a fresh network namespace where the system allows it (root on
# Linux): then even C-level code (Qt, libpq) cannot leave loopback. The pytest
# guard in tests/conftest.py covers Python code everywhere else.
NETNS_OK := $(shell unshare -n ip link set lo up >/dev/null 2>&1 && echo yes)
ifeq ($(NETNS_OK),yes)
ISOLATE := unshare -n sh -c 'ip link set lo up && exec "$$@"' sh
else
ISOLATE :=
endif

.PHONY: run test lint suite xvfb-test bench fuzz clean wheel sdist bundle install-check frozen frozen-check lock ts

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

# Lint, the installed app tried offline (bundle and frozen build), then the whole suite,
# then the end-to-end tests on a real X display.
test: lint install-check frozen-check suite xvfb-test

lint: $(TEST_STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy .
	$(BIN)/python -m app.packaging.lock --check

suite: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(ISOLATE) $(BIN)/python -m pytest -q

# The app on a real X server (Xvfb at 1366×768 with openbox) driven by real input (xdotool):
# restart keeps the layout, a palette drag saves a card, undo/redo keys, everything on screen.
# Its own pytest process (one QApplication per process, on the xcb platform); without
# Xvfb, openbox or xdotool the tests are skipped and say why.
xvfb-test: $(TEST_STAMP)
	MLOPS_CANVAS_XVFB=1 QT_QPA_PLATFORM=xcb $(ISOLATE) $(BIN)/python -m pytest -q -rs tests/xvfb

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The long fuzz run of every reader (exchange files, agency content, the clipboard); the
# suite runs a short one. FUZZ_INPUTS per reader; crashes and hangs land in build/fuzz-findings/.
FUZZ_INPUTS ?= 20000
fuzz: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(ISOLATE) $(BIN)/python -m tests.fuzz.run \
		--inputs $(FUZZ_INPUTS) --memory --out build/fuzz-findings

# The app's wheel, built in an isolated environment with the pinned setuptools. A stale
# build/ folder could put deleted files into the wheel, so it goes first.
wheel: $(STAMP)
	rm -rf build $(DIST)/wheel
	PIP_CONSTRAINT=$(CONSTRAINTS) $(BIN)/python -m pip wheel --quiet --no-deps -w $(DIST)/wheel .
	rm -rf *.egg-info  # left in the checkout by the build; it would shadow the installed metadata

sdist: $(TEST_STAMP)
	rm -rf build $(DIST)/sdist
	$(BIN)/python -c "from setuptools import build_meta as b; print(b.build_sdist('$(DIST)/sdist'))"
	rm -rf *.egg-info

# The offline archive for this platform: wheelhouse, install scripts, manifest, INSTALL.txt.
bundle: wheel
	rm -f $(DIST)/mlops-canvas-*.tar.gz $(DIST)/mlops-canvas-*.zip $(DIST)/mlops-canvas-*.sha256
	$(BIN)/python -m app.packaging.bundle --wheel $(DIST)/wheel/*.whl --out $(DIST)

# Unpack the bundle, refuse a tampered copy, install it into a fresh venv and run every
# sub-command and the GUI from an unrelated folder, all with no network.
install-check: bundle
	$(ISOLATE) $(BIN)/python -m app.packaging.smoke \
		--bundle $(DIST)/mlops-canvas-$(VERSION)-*.tar.gz --version $(VERSION)

# The one-folder app for machines without Python (PyInstaller, pinned).
frozen: $(STAMP)
	$(BIN)/python -m pip install --quiet --constraint $(CONSTRAINTS) pyinstaller
	$(BIN)/python -m app.packaging.frozen --out $(DIST)/frozen

frozen-check: frozen
	$(ISOLATE) $(BIN)/python -m app.packaging.smoke \
		--frozen $(DIST)/frozen/mlops-canvas/mlops-canvas --version $(VERSION)

# Refresh the interface catalogs resources/i18n/mlops_canvas_{en,fr}.ts from every
# translate("context", "text") in app/, models/ and views/ (kept translations stay; new
# strings come in unfinished). Offline; see app/translations.py for why not pyside6-lupdate.
ts: $(STAMP)
	$(BIN)/python -m app.translations

# Re-resolve the pinned versions after changing a dependency in pyproject.toml.
lock: $(TEST_STAMP)
	$(BIN)/python -m app.packaging.lock

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache build $(DIST)
