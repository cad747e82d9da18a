"""import, export, list and refusals, through the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.clitools import Pacta, snapshot
from tests.domain.test_examples import EXPECTED


def _leaves(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_leaves(item, f"{prefix}.{key}" if prefix else key))
        return out
    if isinstance(value, list):
        out = {}
        for i, item in enumerate(value):
            out.update(_leaves(item, f"{prefix}[{i}]"))
        return out
    return {prefix: value}


def _same_value(a: Any, b: Any) -> bool:
    from decimal import Decimal

    if isinstance(a, str | int | float) and isinstance(b, str | int | float) and not isinstance(a, bool):
        try:
            return Decimal(str(a)) == Decimal(str(b))
        except ArithmeticError:
            pass
    return bool(a == b)


@pytest.mark.parametrize(
    "name",
    ["brand-identity-en.json", "minimal.json", "panaderia-v1.json", "panaderia-v2.json", "format2/panaderia-v1-full.json"],
)
def test_import_then_export_gives_the_same_contract(pacta: Pacta, examples_dir: Path, tmp_path: Path, name: str) -> None:
    source = examples_dir / name
    result = pacta("import", source)
    assert result.code == 0, result.err
    project = result.out.strip().splitlines()[-1]
    out = tmp_path / "out.json"
    assert pacta("export", project, "-o", out).code == 0
    # Pacta reads format 1 and 2 and writes 2; every other value comes back as it went in.
    original = _leaves({**json.loads(source.read_text(encoding="utf-8")), "format": "pacta.contract/2"})
    exported = _leaves(json.loads(out.read_text(encoding="utf-8")))
    assigned = {k for k in exported if k.startswith("deliverables[") and k.endswith("].id") and k not in original}
    assert set(exported) - assigned == set(original)
    for key, value in original.items():
        assert _same_value(value, exported[key]), key


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_file_is_refused_and_nothing_is_written(
    pacta: Pacta, examples_dir: Path, data_dir: Path, name: str
) -> None:
    pacta("import", examples_dir / "minimal.json")
    before = snapshot(data_dir)
    result = pacta("import", examples_dir / "invalid" / name)
    assert result.code == 1
    english, spanish = EXPECTED[name]
    assert english in result.err or spanish in result.err, result.err
    assert result.out == ""
    assert snapshot(data_dir) == before


def test_errors_follow_the_contract_language(pacta: Pacta, examples_dir: Path) -> None:
    result = pacta("import", examples_dir / "invalid" / "negative-price.json")
    assert "el campo «deliverables[1].price» no admite valores negativos" in result.err


def test_list_shows_id_first(pacta: Pacta, examples_dir: Path) -> None:
    project = pacta("import", examples_dir / "brand-identity-en.json").out.strip()
    lines = pacta("list").out.strip().splitlines()
    assert len(lines) == 1
    fields = lines[0].split("\t")
    assert fields[:5] == [project, "Brand identity for Northwind Coffee Roasters", "Northwind Coffee Roasters Inc.", "draft", "1"]


def test_usage_errors_exit_2(pacta: Pacta) -> None:
    assert pacta("export").code == 2
    assert pacta("no-such-command").code == 2


def test_unknown_project_is_refused(pacta: Pacta) -> None:
    result = pacta("export", "deadbeef")
    assert result.code == 1
    assert "deadbeef" in result.err


def test_every_subcommand_has_help(pacta: Pacta) -> None:
    from cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        result = pacta(name, "--help")
        assert result.code == 0 and "usage:" in result.out, name
