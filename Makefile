# Event Planner: `make run` starts the app, `make test` runs every check headless. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test demo bench lint typecheck pytest screenshots clean venv wheel-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/eventplanner

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint typecheck pytest

# Build the wheel, install it into an empty venv and run `eventplanner demo` and `pdf` from it (as CI does).
wheel-test:
	PYTHON=$(PYTHON) tools/wheel_smoke.sh

demo: $(STAMP)
	$(BIN)/python -m eventplanner.demo migrants-day-programme.pdf

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py docs/screenshots

# lupdate: refresh resources/translations/*.ts from the code (keeps translations); lrelease: compile the .qm (committed).
.PHONY: translations
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache

# Packaging (packaging/README.md): one-folder PyInstaller bundle in dist/eventplanner/, and its headless smoke test.
.PHONY: bundle bundle-test

bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(BIN)/pyinstaller --noconfirm --clean packaging/pyinstaller/eventplanner.spec

bundle-test: bundle
	$(BIN)/python packaging/pyinstaller/smoke_test.py dist/eventplanner
