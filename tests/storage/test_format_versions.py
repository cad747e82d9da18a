"""A version stored as pacta.contract/1 stays as stored, verifies, and reads; new versions are /2."""

from __future__ import annotations

import json
from pathlib import Path

from domain.validation import contract_to_data, loads_json, read_contract_file
from storage import anchors, chain
from storage.repository import PROJECT_FILE, Repository


def _store_format1_project(repo: Repository, examples_dir: Path) -> str:
    """A project as Pacta stored it before format 2: version 1's contract says pacta.contract/1."""
    record = repo.create_project(read_contract_file(examples_dir / "panaderia-v1.json"))
    path = repo.project_dir(record.project_id) / PROJECT_FILE
    raw = json.loads(path.read_text(encoding="utf-8"))
    entry = raw["versions"]["1"]
    entry["body"]["contract"] = loads_json((examples_dir / "panaderia-v1.json").read_text(encoding="utf-8"))
    assert entry["body"]["contract"]["format"] == "pacta.contract/1"
    raw["versions"]["1"] = chain.seal(entry["body"], chain.GENESIS)
    path.write_text(json.dumps(raw), encoding="utf-8")
    (repo.folder / "backups" / record.project_id / "project.json.1").write_bytes(path.read_bytes())
    (repo.project_dir(record.project_id) / "summary.json").unlink()
    # Projects of that time had no record of their last save outside the data folder.
    anchors.anchor_path(repo.folder, record.project_id).unlink()
    return record.project_id


def test_format1_version_keeps_its_bytes_and_fingerprint_when_a_format2_version_follows(
    data_dir: Path, examples_dir: Path
) -> None:
    with Repository(data_dir, write=True) as repo:
        pid = _store_format1_project(repo, examples_dir)
        path = repo.project_dir(pid) / PROJECT_FILE
        before = json.loads(path.read_text(encoding="utf-8"))["versions"]["1"]
        first = repo.version(pid, 1)
        assert first.fingerprint == before["fingerprint"]
        assert repo.check() == []
        repo.add_version(pid, read_contract_file(examples_dir / "format2" / "panaderia-v1-full.json"), reason="taxes")
        after = json.loads(path.read_text(encoding="utf-8"))["versions"]
    assert after["1"] == before
    assert after["1"]["body"]["contract"]["format"] == "pacta.contract/1"
    assert after["2"]["body"]["contract"]["format"] == "pacta.contract/2"
    reader = Repository(data_dir)
    assert reader.check() == []
    assert reader.version(pid, 1).fingerprint == before["fingerprint"]
    assert reader.version(pid, 1).contract.taxes is None
    assert reader.version(pid, 2).contract.taxes is not None
    # Exporting the old version writes the format Pacta writes now, with the same values.
    exported = contract_to_data(reader.version(pid, 1).contract)
    assert exported == {**before["body"]["contract"], "format": "pacta.contract/2"}
