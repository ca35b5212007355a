# Two commands for a new user: `make run` and `make test`. Both check the system packages Qt and the
# tests need (packaging/system_requirements.py: installed when root, else one line saying what to
# run) and set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Arguments for the app, e.g. `make run ARGS="--screenshot /tmp/welcome.png"` (empty for users).
ARGS ?=

.PHONY: run test lint typecheck forms translations bench clean package package-check fresh-check system-run system-test system-package

# The system check prints nothing when all is there; otherwise its one line becomes make's only
# message ($(error) stops with that line, where a failing recipe would add make's own).
system-run system-test system-package: system-%:
	$(eval SYSTEM_PROBLEM := $(shell CIVICDESK_PYTHON=$(PYTHON) $(PYTHON) packaging/system_requirements.py $*))
	$(if $(SYSTEM_PROBLEM),$(error $(SYSTEM_PROBLEM)))

$(STAMP): pyproject.toml | system-run
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: system-run $(STAMP)
	$(BIN)/civicdesk $(ARGS)

test: system-test $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/python -m ruff check .

# Static types (mypy, configured in pyproject.toml): strict below the window, lenient in ui/.
typecheck: $(STAMP)
	$(BIN)/python -m mypy

# Recompile Qt Designer forms into civicdesk/ui/generated/ (a test fails when they are stale).
forms: $(STAMP)
	$(BIN)/python -m civicdesk.ui.build_forms

# Extract the window's strings into resources/translations/civicdesk_XX.ts (pyside6-lupdate; the words
# from data first, civicdesk/ui/data_words.py), the printed pages' into print_XX.ts, and build the .qm
# files the app loads (pyside6-lrelease, each merged with extra_XX.ts). The .qm files are committed, so
# `make run` and the packages need no Qt tools; a test fails when a .ts or .qm is stale.
translations: $(STAMP)
	$(BIN)/python -m civicdesk.devtools.translations

# Speed and memory budgets (not part of `make test`); results go into the README by hand.
bench: $(STAMP)
	status=0; for name in $(basename $(notdir $(wildcard tests/benchmarks/bench_*.py))); do \
		$(BIN)/python -m tests.benchmarks.$$name || status=1; done; exit $$status

# The desktop app as one folder, dist/civicdesk/ (PyInstaller; see packaging/README.md).
PKG_STAMP := $(VENV)/.packaging
$(PKG_STAMP): $(STAMP) | system-package
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $@

package: $(PKG_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/civicdesk.spec
	du -sh dist/civicdesk

# Build, then prove the frozen app works: its self-check offscreen and on an X server (Xvfb).
package-check: package
	$(BIN)/python packaging/check_bundle.py dist/civicdesk
	QT_QPA_PLATFORM=offscreen dist/civicdesk/civicdesk --self-check
	env -u QT_QPA_PLATFORM xvfb-run -a dist/civicdesk/civicdesk --self-check

# A clean Debian 12 root with only python3, python3-venv, make and git: clone this branch's
# committed state, run `make test` and `make run` (screenshot under Xvfb) there. Root; ~15-25 min.
fresh-check:
	packaging/fresh_machine_check.sh

clean:
	rm -rf $(VENV) build dist *.egg-info
