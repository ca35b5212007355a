"""Extract the window's strings into `resources/translations/*.ts` and build the `.qm` files the app loads.

    python -m civicdesk.devtools.translations            # lupdate every .ts, then build every .qm
    python -m civicdesk.devtools.translations --release  # only build the .qm files from the .ts
    python -m civicdesk.devtools.translations --check    # exit 1 if a .ts or .qm is stale

`make translations` runs the first. The window's strings come from `SOURCES` (the one list of what
lupdate reads, used by this module and by the test that fails when a `.ts` is stale). Each
language's `.qm` is built from `civicdesk_XX.ts` (the translators' file) merged with
`extra_XX.ts`, which holds translations of strings added after the translators began: a finished
translation in `civicdesk_XX.ts` wins, else the one in `extra_XX.ts`. The printed pages' words
(`print_XX.ts`, read without Qt by `civicdesk/reports/words.py`) are listed by
`civicdesk/devtools/print_strings.py`. The `.qm` files are committed, like the compiled forms,
so the app runs from a fresh clone, a wheel or a frozen build without the Qt tools.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from civicdesk.ui.build_forms import find_tool

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("cy", "pl", "ur")  # each has the translators' civicdesk_XX.ts
# Each has a .qm; English's holds only the plural forms of counted words ("%n space(s)"), from extra_en.ts.
QM_LANGUAGES = ("en", *LANGUAGES)


def sources(root: Path = ROOT) -> list[str]:
    """What lupdate reads, relative to the repository: the window's modules (not the generated
    ones, whose strings come from the forms) and the Designer forms."""
    ui = root / "civicdesk" / "ui"
    modules = sorted(
        p.relative_to(root).as_posix() for p in ui.rglob("*.py") if "generated" not in p.relative_to(ui).parts
    )
    forms = sorted(p.relative_to(root).as_posix() for p in (root / "forms").glob("*.ui"))
    return modules + forms


def ts_file(language: str, kind: str = "civicdesk") -> Path:
    return TRANSLATIONS / f"{kind}_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"civicdesk_{language}.qm"


def lupdate(language: str, target: Path, root: Path = ROOT) -> None:
    """Bring `target` up to date with the strings in the source (its translations kept)."""
    result = subprocess.run(
        [str(find_tool("pyside6-lupdate")), *sources(root), "-source-language", "en",
         "-target-language", language, "-no-obsolete", "-locations", "relative", "-silent",
         "-ts", str(target)],
        cwd=root, capture_output=True, text=True, encoding="utf-8", check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed: {result.stderr.strip()}")


Key = tuple[str, str]


def messages(ts: Path) -> dict[Key, ET.Element]:
    """A .ts file's messages by (context, source)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def extracted(root: Path = ROOT) -> set[Key]:
    """The (context, source) of every string in the source, as lupdate finds them now."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh_en.ts"
        lupdate("en", fresh, root)
        return set(messages(fresh))


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((translation.text or "").strip())


def merged(language: str) -> ET.ElementTree[ET.Element]:
    """`civicdesk_XX.ts` with the translations of `extra_XX.ts` where it has none of its own."""
    main = ts_file(language)
    root = (ET.parse(main).getroot() if main.exists()
            else ET.Element("TS", version="2.1", language=language, sourcelanguage="en"))
    extra_path = ts_file(language, "extra")
    extra = messages(extra_path) if extra_path.exists() else {}
    used: set[Key] = set()
    contexts: dict[str, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        contexts[name] = context
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in extra:
                used.add(key)
                # A plural translation fits only a plural message (lupdate reads %n only from self.tr).
                same_kind = message.get("numerus") == extra[key].get("numerus")
                if same_kind and not finished(message) and finished(extra[key]):
                    old = message.find("translation")
                    if old is not None:
                        message.remove(old)
                    message.append(extra[key].find("translation"))  # type: ignore[arg-type]
    for key, message in extra.items():  # strings the translators' file does not have yet
        if key in used or not finished(message):
            continue
        if key[0] not in contexts:
            contexts[key[0]] = ET.SubElement(root, "context")
            ET.SubElement(contexts[key[0]], "name").text = key[0]
        contexts[key[0]].append(message)
    return ET.ElementTree(root)


def release(language: str, out: Path) -> None:
    """Build one language's .qm from its merged .ts files."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"civicdesk_{language}.ts"
        merged(language).write(source, encoding="utf-8", xml_declaration=True)
        result = subprocess.run(
            [str(find_tool("pyside6-lrelease")), "-silent", "-removeidentical", str(source), "-qm", str(out)],
            capture_output=True, text=True, encoding="utf-8", check=False,
        )
    if result.returncode != 0 or not out.exists():
        raise SystemExit(f"pyside6-lrelease failed for {language}: {result.stderr.strip()}")


def stale() -> list[str]:
    """What `make translations` would change: a .ts whose strings differ from the source, a .qm
    that differs from what its .ts files build."""
    from civicdesk.devtools import data_words

    problems = []
    if data_words.TARGET.read_text(encoding="utf-8") != data_words.render():
        problems.append(f"{data_words.TARGET.name} is not written from the current constants")
    wanted = extracted()
    with tempfile.TemporaryDirectory() as tmp:
        for language in QM_LANGUAGES:
            have = set(messages(ts_file(language))) if language in LANGUAGES else wanted
            if have != wanted:
                problems.append(
                    f"{ts_file(language).name}: {len(wanted - have)} strings in the source are missing, "
                    f"{len(have - wanted)} are no longer used, e.g. {sorted(wanted ^ have)[:3]}"
                )
            built = Path(tmp) / f"{language}.qm"
            release(language, built)
            if not qm_file(language).exists() or qm_file(language).read_bytes() != built.read_bytes():
                problems.append(f"{qm_file(language).name} is not built from the current .ts files")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m civicdesk.devtools.translations")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if a .ts or .qm file is stale")
    mode.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            print("run `make translations`", file=sys.stderr)
        return 1 if problems else 0
    from civicdesk.devtools import data_words, print_strings

    if not args.release:
        data_words.main([])
    for language in QM_LANGUAGES:
        if not args.release and language in LANGUAGES:
            lupdate(language, ts_file(language))
            print_strings.update(language)
        release(language, qm_file(language))
        print(f"{qm_file(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
