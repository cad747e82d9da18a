"""The command line on damaged or unusual data: messages in the right language, nothing written when refused."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.clitools import Pacta, snapshot


def _import(pacta: Pacta, path: Path) -> str:
    result = pacta("import", path)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1]


def _variant(examples_dir: Path, tmp_path: Path, name: str, **changes: object) -> Path:
    data = json.loads((examples_dir / name).read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / f"variant-{len(list(tmp_path.glob('variant-*')))}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_exponent_price_imports_exports_and_checks(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    text = (examples_dir / "minimal.json").read_text(encoding="utf-8")
    source = tmp_path / "exp.json"
    source.write_text(text.replace('"title": "Manual', '"price": 1e3, "title": "Manual'), encoding="utf-8")
    pid = _import(pacta, source)
    exported = pacta("export", pid)
    assert exported.code == 0, exported.err
    assert json.loads(exported.out)["deliverables"][0]["price"] == "1000"
    assert pacta("check").code == 0


def test_restore_backup_and_check_speak_the_projects_language(pacta: Pacta, examples_dir: Path, data_dir: Path) -> None:
    pid = _import(pacta, examples_dir / "minimal.json")  # a Spanish contract
    check = pacta("check")
    assert check.code == 0 and check.out.strip() == "todo en orden: 1 proyecto, todas sus cadenas verificadas"
    for backup in (data_dir / "backups" / pid).iterdir():
        backup.unlink()
    before = snapshot(data_dir)
    result = pacta("restore-backup", pid)
    assert result.code == 1
    assert result.err.strip() == f"pacta: el proyecto {pid} no tiene copias de seguridad"
    assert snapshot(data_dir) == before


def test_check_in_english_for_english_contracts(pacta: Pacta, examples_dir: Path) -> None:
    _import(pacta, examples_dir / "brand-identity-en.json")
    assert pacta("check").out.strip() == "all good: 1 project, every chain verified"


def test_a_truncated_file_is_reported_without_english_in_spanish(
    pacta: Pacta, examples_dir: Path, data_dir: Path
) -> None:
    pid = _import(pacta, examples_dir / "minimal.json")
    _import(pacta, examples_dir / "panaderia-v1.json")
    path = data_dir / "projects" / pid / "project.json"
    path.write_bytes(path.read_bytes()[:120])
    check = pacta("check")
    assert check.code == 1
    assert check.err.startswith("problemas encontrados: 1\n")
    line = next(line for line in check.err.splitlines() if line.startswith(pid))
    assert re.fullmatch(
        rf"{pid}: no se puede leer {re.escape(str(path))} \(no es un JSON válido en la línea 1, columna \d+: "
        r"hay un texto entre comillas que no se cierra\); se ha dejado tal cual",
        line,
    ), line


def test_an_edited_journal_entry_is_named_as_such(pacta: Pacta, examples_dir: Path, data_dir: Path) -> None:
    pid = _import(pacta, examples_dir / "brand-identity-en.json")
    assert pacta("journal", pid, "--add", "Logo colours?", "--kind", "question").code == 0
    assert pacta("journal", pid, "--add", "Blue it is", "--kind", "decision").code == 0
    path = data_dir / "projects" / pid / "project.json"
    path.write_bytes(path.read_bytes().replace(b"Blue it is", b"Red it is!"))
    check = pacta("check")
    assert check.code == 1
    assert f"{path}: record 2 (journal entry 2) does not match its fingerprint" in check.err


def test_a_changed_version_links_agree_in_spanish() -> None:
    from storage.errors import StorageError

    error = StorageError("link", path="p.json", what="version", number=3)
    assert error.message("es") == "p.json: la versión 3 no enlaza con la anterior (la cadena está rota)"
    error = StorageError("link", path="p.json", what="record", number=4, kind="journal", ref=2)
    assert error.message("es") == (
        "p.json: el registro 4 (la entrada de diario 2) no enlaza con el anterior (la cadena está rota)"
    )


def test_deleting_the_last_version_by_hand_is_caught_by_check(
    pacta: Pacta, examples_dir: Path, data_dir: Path
) -> None:
    pid = _import(pacta, examples_dir / "panaderia-v1.json")
    assert pacta("change", pid, examples_dir / "panaderia-v2.json", "--reason", "Instagram").code == 0
    path = data_dir / "projects" / pid / "project.json"
    data = json.loads(path.read_bytes())
    del data["versions"]["2"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    check = pacta("check")
    assert check.code == 1
    assert f"{pid}: {path}: debería haber 2 versiones y hay 1 (¿se borraron fuera de Pacta?)" in check.err


def test_ids_left_out_of_a_change_keep_their_deliverables(
    pacta: Pacta, examples_dir: Path, tmp_path: Path
) -> None:
    pid = _import(pacta, examples_dir / "panaderia-v1.json")
    v1 = json.loads(pacta("export", pid).out)
    assert [d["id"] for d in v1["deliverables"]] == ["A", "B", "C"]
    # The next version drops deliverable A and lists the rest without ids, plus a new one.
    changed = {**v1, "deliverables": [{k: v for k, v in d.items() if k != "id"} for d in v1["deliverables"][1:]]}
    changed["deliverables"].append({"title": "Tienda en línea", "price": "500.00"})
    changed["payment"] = {k: v for k, v in v1["payment"].items() if k != "total"}
    changed["payment"]["installments"] = [
        {k: v for k, v in i.items() if k != "deliverable"} for i in v1["payment"]["installments"]
    ]
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    result = pacta("change", pid, path, "--reason", "sin A")
    assert result.code == 0, result.err
    v2 = json.loads(pacta("export", pid).out)
    assert [d["id"] for d in v2["deliverables"]] == ["B", "C", "D1"]
    # Another change without ids: A was used once, so a new deliverable never gets it.
    again = {**changed, "deliverables": [*changed["deliverables"], {"title": "Fotos"}]}
    path.write_text(json.dumps(again, ensure_ascii=False), encoding="utf-8")
    assert pacta("change", pid, path, "--reason", "fotos").code == 0
    v3 = json.loads(pacta("export", pid).out)
    assert [d["id"] for d in v3["deliverables"]] == ["B", "C", "D1", "D2"]
    # The same file again is identical to the latest version: nothing to record.
    assert pacta("change", pid, path, "--reason", "otra vez").code == 1


def test_a_refused_change_writes_nothing_not_even_the_lock(
    pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    pid = _import(pacta, examples_dir / "minimal.json")
    (data_dir / "pacta.lock").unlink()
    before = snapshot(data_dir)
    bad = _variant(examples_dir, tmp_path, "minimal.json", currency="ESP")
    result = pacta("change", pid, bad, "--reason", "pesetas")
    assert result.code == 1
    assert "ESP no es hoy moneda de curso legal" in result.err
    assert snapshot(data_dir) == before
    assert not (data_dir / "pacta.lock").exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"payment": {"work_starts_after_deposit": "yes"}},
     "el campo «payment.work_starts_after_deposit» debe valer true o false"),
    ({"currency": "XTS"}, "XTS no es hoy moneda de curso legal"),
])
def test_loose_booleans_and_test_currencies_are_refused(
    pacta: Pacta, examples_dir: Path, data_dir: Path, tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    result = pacta("import", _variant(examples_dir, tmp_path, "minimal.json", **changes))
    assert result.code == 1 and message in result.err
    assert snapshot(data_dir) == {}
