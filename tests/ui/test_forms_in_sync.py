"""The generated form modules must match a fresh compile of forms/*.ui (run `make forms` if not)."""

from __future__ import annotations

import importlib
from pathlib import Path

from civicdesk.ui import build_forms


def test_every_form_has_a_fresh_generated_module(tmp_path: Path):
    forms = sorted(build_forms.FORMS_DIR.glob("*.ui"))
    assert forms, "no Designer forms found in forms/"
    fresh = build_forms.build(out_dir=tmp_path)
    assert len(fresh) == len(forms) + 1  # and the compiled icons
    for path in fresh:
        committed = build_forms.GENERATED_DIR / path.name
        assert committed.exists(), f"{path.name} is missing: run python -m civicdesk.ui.build_forms"
        assert committed.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{committed.name} is stale: run python -m civicdesk.ui.build_forms"
        )
        assert committed.read_text(encoding="utf-8").startswith("# Generated from ")


def test_no_generated_module_without_its_form():
    forms = {f"ui_{p.stem}.py" for p in build_forms.FORMS_DIR.glob("*.ui")}
    generated = {p.name for p in build_forms.GENERATED_DIR.glob("ui_*.py")}
    assert generated <= forms, f"left over from deleted forms: {sorted(generated - forms)}"


def test_generated_modules_import(qapp):
    for path in sorted(build_forms.GENERATED_DIR.glob("ui_*.py")):
        module = importlib.import_module(f"civicdesk.ui.generated.{path.stem}")
        assert any(name.startswith("Ui_") for name in vars(module))
