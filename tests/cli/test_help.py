"""`pacta --help` and `--version` name the version, the licence and the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli import main
from domain.about import LICENSE, VERSION


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().out


def test_help_names_version_licence_and_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    # A path with no hyphen, which argparse's wrapping could split.
    monkeypatch.setenv("PACTA_DATA", "/srv/pacta/mydata")
    code, out = _run(["--help"], capsys)
    flat = " ".join(out.split())
    assert code == 0
    assert f"Pacta {VERSION}" in flat and LICENSE in flat
    assert "data folder /srv/pacta/mydata" in flat
    assert "not legal advice" in flat
    assert "--data DIR" in out


def test_version_names_the_data_folder_in_use(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["--data", str(tmp_path / "other"), "--version"], capsys)
    assert code == 0
    assert out.splitlines() == [f"Pacta {VERSION}", f"Licence: {LICENSE}", f"Data folder: {tmp_path / 'other'}"]


def test_every_subcommand_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    from cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert {"import", "export", "list", "change", "history", "diff", "check", "render", "verify"} <= set(commands)
    for name in commands:
        code, out = _run([name, "--help"], capsys)
        assert code == 0 and out.startswith("usage: pacta " + name), name
