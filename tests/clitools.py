"""Running the command line in-process against a temporary data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from cli import main


@dataclass
class Result:
    """What one command printed and returned."""

    code: int
    out: str
    err: str


class Pacta:
    """`pacta --data DIR …` as a function."""

    def __init__(self, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data = data
        self.capsys = capsys

    def __call__(self, *args: str | Path) -> Result:
        self.capsys.readouterr()
        try:
            code = main(["--data", str(self.data), *map(str, args)])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        return Result(code, out, err)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
