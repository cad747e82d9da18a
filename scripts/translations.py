"""Update the UI's translation catalogues and compile them.

    .venv/bin/python scripts/translations.py

runs pyside6-lupdate over gui/ (new strings are added to resources/translations/
pacta_es.ts and pacta_en.ts, removed ones dropped), then pyside6-lrelease to build
the .qm files the app loads (qt_extra_*.ts, the few Qt strings that Qt's own Spanish
catalogue lacks, is edited by hand and compiled here too). Translate new entries with Qt Linguist
(`pyside6-linguist resources/translations/pacta_es.ts`), then run this again, or
write them in a tab-separated file and merge it:

    .venv/bin/python scripts/translations.py --fill FILE.tsv

Each line of FILE.tsv is `context<TAB>source<TAB>Spanish[<TAB>English]`, with `*`
as the context for "wherever this source appears"; plural (numerus) forms are
separated by ` || ` and a line break is written `\\n`. English defaults to the source text (plural entries need
their English forms). Lines starting with # are skipped.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "en")


def sources() -> list[Path]:
    """Every Python file of the GUI, in a stable order."""
    return sorted((ROOT / "gui").rglob("*.py"))


def update() -> None:
    """Extract the strings into the .ts catalogues."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang in LANGUAGES:
        ts = FOLDER / f"pacta_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-no-obsolete", "-source-language", "en",
                        "-target-language", lang, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def release() -> None:
    """Compile the .ts catalogues into .qm files: Pacta's own and qt_extra_* (what Qt's lacks)."""
    for ts in [FOLDER / f"pacta_{lang}.ts" for lang in LANGUAGES] + sorted(FOLDER.glob("qt_extra_*.ts")):
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)


def _read_fill(path: Path) -> dict[tuple[str, str], dict[str, list[str]]]:
    entries: dict[tuple[str, str], dict[str, list[str]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) not in (3, 4):
            raise SystemExit(f"{path}:{number}: expected context, source, Spanish [, English]")
        context, source, spanish = (c.replace("\\n", "\n") for c in cells[:3])
        forms = {"es": spanish.split(" || ")}
        if len(cells) == 4:
            forms["en"] = cells[3].replace("\\n", "\n").split(" || ")
        entries[(context, source)] = forms
    return entries


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + body + "\n", encoding="utf-8")


def fill(path: Path) -> int:
    """Merge the translations in a TSV file into the catalogues; returns how many were set."""
    entries = _read_fill(path)
    count = 0
    for lang in LANGUAGES:
        ts = FOLDER / f"pacta_{lang}.ts"
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                forms = (entries.get((name, source)) or entries.get(("*", source)) or {}).get(lang)
                if forms is None and lang == "en" and message.get("numerus") != "yes":
                    forms = [source]
                translation = message.find("translation")
                if forms is None or translation is None:
                    continue
                if lang == "en" and translation.get("type") is None and (translation.text or len(translation)):
                    continue  # an English text already chosen is kept
                for child in list(translation):
                    translation.remove(child)
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = forms[0]
                count += lang == "es"
        _write_ts(tree, ts)
    return count


def main(argv: list[str]) -> int:
    """Update, then compile (`--release-only` skips the update; `--fill FILE` merges FILE)."""
    if "--fill" in argv:
        print(f"{fill(Path(argv[argv.index('--fill') + 1]))} Spanish entries set")
    elif "--release-only" not in argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
