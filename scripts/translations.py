"""Update the UI's translation catalogues and compile them.

    .venv/bin/python scripts/translations.py

runs pyside6-lupdate over gui/ (new strings are added to resources/translations/
pacta_es.ts and pacta_en.ts, removed ones dropped), then pyside6-lrelease to build
the .qm files the app loads. Translate new entries with Qt Linguist
(`pyside6-linguist resources/translations/pacta_es.ts`), then run this again.
"""

from __future__ import annotations

import subprocess
import sys
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
    """Compile the .ts catalogues into .qm files."""
    for lang in LANGUAGES:
        ts = FOLDER / f"pacta_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    """Update, then compile (`--release-only` skips the update)."""
    if "--release-only" not in argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
