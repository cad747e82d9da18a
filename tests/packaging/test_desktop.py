"""The per-user desktop entry, icons and metainfo, and the packaged desktop files."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

import resources
from cli import desktop, main

DESKTOP = resources.path("desktop")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_resources_path_finds_the_desktop_files() -> None:
    assert resources.path() == Path(resources.__file__).parent
    assert resources.path("desktop", "pacta.svg").is_file()
    assert resources.path("desktop", desktop.DESKTOP_FILE).is_file()
    assert resources.path("desktop", desktop.METAINFO_FILE).is_file()


@pytest.mark.parametrize("size", desktop.ICON_SIZES)
def test_every_icon_size_is_a_square_png_of_that_size(size: int) -> None:
    assert png_size(DESKTOP / f"pacta-{size}.png") == (size, size)


def test_desktop_entry_has_english_and_spanish_texts() -> None:
    text = (DESKTOP / desktop.DESKTOP_FILE).read_text(encoding="utf-8")
    keys = {line.split("=", 1)[0] for line in text.splitlines() if "=" in line}
    for key in (
        "Name",
        "GenericName",
        "GenericName[es]",
        "Comment",
        "Comment[es]",
        "Exec",
        "Icon",
        "Categories",
        "Keywords",
        "Keywords[es]",
        "StartupWMClass",
    ):
        assert key in keys, key
    assert "Icon=pacta" in text.splitlines()
    assert "Categories=Office;" in text.splitlines()


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("/usr/bin/pacta", "/usr/bin/pacta"),
        ("/home/ana maría/.local/bin/pacta", '"/home/ana maría/.local/bin/pacta"'),
        ('/opt/a"b$c/pacta', '"/opt/a\\\\"b\\\\$c/pacta"'),
        ("/opt/100%/pacta", "/opt/100%%/pacta"),
    ],
)
def test_exec_quote_follows_the_desktop_entry_specification(argument: str, expected: str) -> None:
    assert desktop.exec_quote(argument) == expected


def test_install_and_uninstall_under_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "xdg data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert main(["--install-desktop-entry"]) == 0
    out = capsys.readouterr().out
    written = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    expected = sorted(
        [
            "applications/pacta.desktop",
            "icons/hicolor/scalable/apps/pacta.svg",
            "metainfo/org.pacta.Pacta.metainfo.xml",
        ]
        + [f"icons/hicolor/{s}x{s}/apps/pacta.png" for s in desktop.ICON_SIZES]
    )
    assert written == expected
    for name in expected:
        assert str(home / name) in out
    assert (home / "icons/hicolor/scalable/apps/pacta.svg").read_bytes() == (
        DESKTOP / "pacta.svg"
    ).read_bytes()

    entry = (home / "applications" / "pacta.desktop").read_text(encoding="utf-8").splitlines()
    exe = desktop.pacta_executable()
    assert exe.is_absolute()
    assert f"Exec={desktop.exec_quote(str(exe))}" in entry
    assert f"TryExec={exe}" in entry
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(home / "applications" / "pacta.desktop")],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout + check.stderr

    assert main(["--uninstall-desktop-entry"]) == 0
    assert [p for p in home.rglob("*") if p.is_file()] == []
    assert main(["--uninstall-desktop-entry"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_default_data_home_ignores_a_relative_xdg_data_home(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")
    assert desktop.default_data_home() == Path.home() / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop.default_data_home() == Path.home() / ".local" / "share"


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli is not installed")
def test_metainfo_validates() -> None:
    check = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(DESKTOP / desktop.METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
