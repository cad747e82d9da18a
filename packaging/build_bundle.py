"""Build Pacta's one-folder bundle with PyInstaller: dist/pacta/pacta runs without Python.

    .venv/bin/python packaging/build_bundle.py [--clean]

Installs PyInstaller into the running virtual environment when it is missing, builds
from packaging/pacta.spec (work files in build/pyinstaller), and prints the build time
and the bundle's size. Run it with the interpreter that has Pacta's dependencies; from
another one it restarts itself with the checkout's .venv/bin/python.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pacta.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "pacta"
PYINSTALLER = "pyinstaller>=6.10,<7"


def folder_size(folder: Path) -> int:
    """Bytes taken by the files under a folder."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def ensure_pyinstaller() -> None:
    """Install PyInstaller into this interpreter's environment when it is missing."""
    if importlib.util.find_spec("PyInstaller") is None:
        print(f"Installing {PYINSTALLER} into {sys.prefix}", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER], check=True)


def main(argv: list[str] | None = None) -> int:
    """Build the bundle and report where it is, how long it took and how big it is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    args = parser.parse_args(argv)

    venv_python = ROOT / ".venv" / "bin" / "python"
    if importlib.util.find_spec("PySide6") is None and venv_python.exists():
        os.execv(
            venv_python, [str(venv_python), __file__, *(sys.argv[1:] if argv is None else argv)]
        )

    ensure_pyinstaller()
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
    ]  # fmt: skip
    if args.clean:
        command.insert(3, "--clean")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    seconds = time.monotonic() - started
    size = folder_size(BUNDLE)
    print(f"Built {BUNDLE / 'pacta'} in {seconds:.0f} s; the folder takes {size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
