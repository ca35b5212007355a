"""Compile the Qt Designer forms in `forms/` and the icons in `resources/resources.qrc` into
Python modules in `civicdesk/ui/generated/`.

    python -m civicdesk.ui.build_forms            # write the generated modules
    python -m civicdesk.ui.build_forms --check    # exit 1 if any is stale or missing

The `.ui` files are the source of truth for dialog layouts; the generated modules are committed so
the app runs from a wheel or a frozen build without the uic tool.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = ROOT / "forms"
GENERATED_DIR = Path(__file__).resolve().parent / "generated"
HEADER = "# Generated from forms/{name}.ui by civicdesk.ui.build_forms — do not edit.\n"
QRC_FILE = ROOT / "resources" / "resources.qrc"
QRC_TARGET = "resources_rc.py"
QRC_HEADER = "# Generated from resources/resources.qrc by civicdesk.ui.build_forms — do not edit.\n"


def find_tool(tool: str = "pyside6-uic") -> Path:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    here = Path(sys.executable).parent
    for name in (tool, f"{tool}.exe"):
        if (here / name).exists():
            return here / name
    found = shutil.which(tool)
    if found is None:
        raise SystemExit(f"{tool} was not found: install PySide6 in this environment")
    return Path(found)


def find_uic() -> Path:
    return find_tool("pyside6-uic")


def compile_resources(qrc: Path = QRC_FILE) -> str:
    """The icons as a Python module; format 1 leaves out file times so the output is reproducible."""
    result = subprocess.run(
        [str(find_tool("pyside6-rcc")), "--format-version", "1", qrc.name],
        cwd=qrc.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-rcc failed on {qrc.name}: {result.stderr.strip()}")
    return QRC_HEADER + result.stdout


def compile_form(ui_file: Path, uic: Path | None = None) -> str:
    """The Python source for one form, with our header in front."""
    # Run from the forms folder with a bare file name so the output does not depend on where
    # the repository lives.
    result = subprocess.run(
        [str(uic or find_uic()), "--generator", "python", ui_file.name],
        cwd=ui_file.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {ui_file.name}: {result.stderr.strip()}")
    return HEADER.format(name=ui_file.stem) + result.stdout


def target_for(ui_file: Path, out_dir: Path = GENERATED_DIR) -> Path:
    return out_dir / f"ui_{ui_file.stem}.py"


def build(out_dir: Path = GENERATED_DIR, forms_dir: Path = FORMS_DIR) -> list[Path]:
    """Write every generated module; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Python modules compiled from forms/*.ui — do not edit."""\n',
                        encoding="utf-8", newline="\n")
    uic = find_uic()
    written = []
    for ui_file in sorted(forms_dir.glob("*.ui")):
        target = target_for(ui_file, out_dir)
        target.write_text(compile_form(ui_file, uic), encoding="utf-8", newline="\n")
        written.append(target)
    resources = out_dir / QRC_TARGET
    resources.write_text(compile_resources(), encoding="utf-8", newline="\n")
    written.append(resources)
    return written


def stale_forms(generated_dir: Path = GENERATED_DIR, forms_dir: Path = FORMS_DIR) -> list[str]:
    """Names of forms whose generated module is missing or differs from a fresh compile."""
    uic = find_uic()
    stale = []
    for ui_file in sorted(forms_dir.glob("*.ui")):
        target = target_for(ui_file, generated_dir)
        if not target.exists() or target.read_text(encoding="utf-8") != compile_form(ui_file, uic):
            stale.append(ui_file.name)
    resources = generated_dir / QRC_TARGET
    if not resources.exists() or resources.read_text(encoding="utf-8") != compile_resources():
        stale.append(QRC_FILE.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m civicdesk.ui.build_forms", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check that generated modules are fresh")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        for name in stale:
            print(f"stale or missing: {name} (run python -m civicdesk.ui.build_forms)")
        return 1 if stale else 0
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
