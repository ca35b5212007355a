# Two commands for a new user: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint forms bench clean package package-check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(STAMP)
	$(BIN)/civicdesk

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/python -m ruff check .

# Recompile Qt Designer forms into civicdesk/ui/generated/ (a test fails when they are stale).
forms: $(STAMP)
	$(BIN)/python -m civicdesk.ui.build_forms

# Speed and memory budgets (not part of `make test`); results go into the README by hand.
bench: $(STAMP)
	for script in tests/benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

# The desktop app as one folder, dist/civicdesk/ (PyInstaller; see packaging/README.md).
PKG_STAMP := $(VENV)/.packaging
$(PKG_STAMP): $(STAMP)
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

clean:
	rm -rf $(VENV) build dist *.egg-info
