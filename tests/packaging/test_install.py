"""The wheel, installed into a fresh virtual environment, works from any working directory.

The checkout (minus tests, caches and build output) is copied, built into a wheel and
installed with `pip install --no-deps --no-index` into a new venv. Pacta's dependencies
are not downloaded again: a .pth file in the new venv points to this interpreter's
site-packages. Every command then runs from a temporary folder outside the checkout.
About 7 s on a 2-core machine (the wheel's build isolation needs the package index once,
then pip's cache).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest

import documents

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("main", "domain", "storage", "documents", "gui", "cli", "delivery", "resources")
# Top-level entries of the checkout the wheel is not built from.
SKIPPED = {".git", ".venv", "build", "dist", "tests", "benchmarks", "out", ".hypothesis"}
CACHES = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".*_cache")


@dataclass(frozen=True)
class Installed:
    """A fresh venv with the wheel installed, and a working folder outside the checkout."""

    venv: Path
    site: Path
    work: Path
    env: dict[str, str]

    def run(self, *args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
        """Run a program of the venv (`pacta`, `python`) in the working folder; it must succeed."""
        argv = [str(self.venv / "bin" / str(args[0])), *map(str, args[1:])]
        done = subprocess.run(
            argv,
            cwd=self.work,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, f"{argv}\nstdout: {done.stdout}\nstderr: {done.stderr}"
        return done


def _copy_source(dest: Path) -> None:
    """The checkout as it is now (committed or not), without what a build must not see."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = set(CACHES(folder, names))
        if Path(folder) == ROOT:
            skipped |= SKIPPED.intersection(names)
        return skipped

    shutil.copytree(ROOT, dest, ignore=ignore)


def _dependency_dirs() -> list[str]:
    """This interpreter's site-packages, where PySide6 and the other dependencies are."""
    paths = sysconfig.get_paths()
    return list(dict.fromkeys([paths["purelib"], paths["platlib"]]))


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the wheel, make a fresh venv, install the wheel into it."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    _copy_source(source)
    wheels = base / "wheels"
    pip = [sys.executable, "-m", "pip"]
    build = [*pip, "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(source)]
    subprocess.run(build, check=True, timeout=300)
    (wheel,) = wheels.glob("pacta-*.whl")

    venv = base / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60
    )
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "pacta_test_dependencies.pth").write_text(
        "\n".join(_dependency_dirs()) + "\n", encoding="utf-8"
    )
    install = ["install", "--quiet", "--no-deps", "--no-index", "--ignore-installed", str(wheel)]
    subprocess.run([*pip, "--python", str(python), *install], check=True, timeout=120)

    work = base / "work"
    work.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PACTA_DATA", "XDG_DATA_HOME"}
    }
    env.update(
        PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        HOME=str(base / "home"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return Installed(venv=venv, site=site, work=work, env=env)


def test_version_shows_version_licence_and_data_folder(installed: Installed) -> None:
    out = installed.run("pacta", "--version").stdout
    from domain.about import LICENSE, VERSION

    assert f"Pacta {VERSION}" in out
    assert f"Licence: {LICENSE}" in out
    assert f"Data folder: {Path(installed.env['HOME']) / '.local' / 'share' / 'Pacta'}" in out
    assert "--install-desktop-entry" in installed.run("pacta", "--help").stdout


def test_console_and_gui_entry_points_are_installed(installed: Installed) -> None:
    for name in ("pacta", "pacta-gui"):
        script = installed.venv / "bin" / name
        assert os.access(script, os.X_OK), script
        assert script.read_text(encoding="utf-8").startswith(
            f"#!{installed.venv / 'bin' / 'python'}"
        )


def test_packages_import_from_the_fresh_venv_not_the_checkout(installed: Installed) -> None:
    code = (
        "import importlib, json\n"
        f"print(json.dumps({{n: importlib.import_module(n).__file__ for n in {PACKAGES!r}}}))"
    )
    files = json.loads(installed.run("python", "-c", code).stdout)
    for name, file in files.items():
        assert Path(file).is_relative_to(installed.site), f"{name} imported from {file}"
    assert Path(files["domain"]).is_relative_to(installed.venv)


def test_every_resource_is_installed_and_found_by_resources_path(installed: Installed) -> None:
    checkout = ROOT / "resources"
    expected = sorted(
        p.relative_to(checkout).as_posix()
        for p in checkout.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")
    )
    code = (
        "import resources\n"
        "root = resources.path()\n"
        "print(root)\n"
        "for p in sorted(root.rglob('*')):\n"
        "    if p.is_file() and '__pycache__' not in p.parts: print(p.relative_to(root).as_posix())\n"
    )
    root, *shipped = installed.run("python", "-c", code).stdout.splitlines()
    assert Path(root) == installed.site / "resources"
    assert sorted(shipped) == expected


def test_desktop_entry_points_to_the_installed_command(
    installed: Installed, tmp_path: Path
) -> None:
    installed.run("pacta", "--install-desktop-entry", XDG_DATA_HOME=str(tmp_path))
    entry = (tmp_path / "applications" / "pacta.desktop").read_text(encoding="utf-8")
    assert f"Exec={installed.venv / 'bin' / 'pacta'}\n" in entry
    assert (tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "pacta.png").is_file()


@pytest.mark.skipif(
    not hasattr(documents, "render_document"), reason="the renderers are not written yet"
)
@pytest.mark.parametrize("example", ["panaderia-v1.json", "brand-identity-en.json"])
def test_import_and_render_a_pdf(installed: Installed, examples_dir: Path, example: str) -> None:
    data = installed.work / f"data-{example}"
    imported = installed.run("pacta", "--data", data, "import", examples_dir / example)
    project = imported.stdout.strip().splitlines()[-1]
    out = installed.work / f"{example}.pdf"
    installed.run(
        "pacta",
        "--data",
        data,
        "render",
        project,
        "--document",
        "agreement",
        "--format",
        "pdf",
        "-o",
        out,
    )
    assert out.read_bytes().startswith(b"%PDF-")
    assert out.stat().st_size > 2000
