"""One rule for the current version: export, list and every default use the version in force.

A proposed or rejected change order's version stays reachable with --version or --change,
and the list names it as what it is.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.clitools import Pacta


def _signed_with_co1(pacta: Pacta, examples: Path) -> str:
    project = pacta("import", examples / "panaderia-v1.json").out.strip().splitlines()[-1]
    assert pacta("status", project, "signed", "--date", "2026-11-22").code == 0
    change = pacta("change", project, examples / "panaderia-v2.json", "--reason", "Instagram", "--requested-by", "client")
    assert change.out.split() == ["versión", "2", "CO-1"], change.err
    return project


def _titles(exported: str) -> list[str]:
    return [d["title"] for d in json.loads(exported)["deliverables"]]


def test_after_a_rejected_change_order_export_and_list_give_the_version_in_force(
    pacta: Pacta, examples_dir: Path
) -> None:
    project = _signed_with_co1(pacta, examples_dir)
    assert pacta("reject", project, "CO-1", "--reason", "Fuera de presupuesto").out.strip() == "1"

    exported = pacta("export", project)
    assert exported.code == 0, exported.err
    assert "Integración con Instagram" not in _titles(exported.out)
    assert exported.out == pacta("export", project, "--version", "1").out
    # The rejected proposal is still there when asked for by number or by change order.
    for which in (["--version", "2"], ["--change", "co1"]):
        assert "Integración con Instagram" in _titles(pacta("export", project, *which).out)

    fields = pacta("list").out.strip().split("\t")
    assert fields[3:5] == ["signed", "1"]
    assert fields[6] == "versión 2: CO-1 rechazada"


def test_while_a_change_order_is_proposed_the_list_names_it_and_after_acceptance_it_is_in_force(
    pacta: Pacta, examples_dir: Path
) -> None:
    project = _signed_with_co1(pacta, examples_dir)
    fields = pacta("list").out.strip().split("\t")
    assert fields[4] == "1" and fields[6] == "versión 2: CO-1 propuesta"
    assert "Integración con Instagram" not in _titles(pacta("export", project).out)

    assert pacta("accept", project, "CO-1").code == 0
    fields = pacta("list").out.strip().split("\t")
    assert fields[4] == "2" and len(fields) == 6
    assert "Integración con Instagram" in _titles(pacta("export", project).out)


def test_export_refuses_an_unknown_change_order_by_name(pacta: Pacta, examples_dir: Path) -> None:
    project = _signed_with_co1(pacta, examples_dir)
    result = pacta("export", project, "--change", "CO-7")
    assert result.code == 1 and result.out == ""
    assert "CO-7" in result.err and "CO-1" in result.err
    assert pacta("export", project, "--version", "1", "--change", "CO-1").code == 2


def test_before_signing_the_latest_version_is_the_one_in_force(pacta: Pacta, examples_dir: Path) -> None:
    project = pacta("import", examples_dir / "panaderia-v1.json").out.strip().splitlines()[-1]
    assert pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "más").out.strip() == "2"
    assert "Integración con Instagram" in _titles(pacta("export", project).out)
    fields = pacta("list").out.strip().split("\t")
    assert fields[4] == "2" and len(fields) == 6
