# Two commands: `make run` opens the console on the demo data, `make test` runs the whole suite.
# Both create .venv when missing and (re)install the project only when its packaging changed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Reinstall when the packaging or the translations change (the install compiles the .qm).
INSTALL_INPUTS := pyproject.toml setup.py $(wildcard resources/translations/*.ts)
BUILD_REQUIREMENTS := "setuptools>=68" wheel "PySide6-Essentials>=6.6,<7,!=6.12.0"

.PHONY: run test lint format clean

run: $(VENV)/.installed-run
	$(BIN)/console --demo $(ARGS)

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: $(INSTALL_INPUTS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip $(BUILD_REQUIREMENTS)
	$(BIN)/python -m pip install --quiet --no-build-isolation --editable .
	touch $@

$(VENV)/.installed-test: $(INSTALL_INPUTS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip $(BUILD_REQUIREMENTS)
	$(BIN)/python -m pip install --quiet --no-build-isolation --editable '.[test]'
	touch $@ $(VENV)/.installed-run

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
