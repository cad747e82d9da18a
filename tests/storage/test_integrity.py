"""What the store must never do: write what it cannot read, leave half a project,
lose the latest save from its backups, or miss entries deleted by hand."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from domain.lifecycle import RecordKind
from domain.model import Contract, Deliverable
from domain.validation import loads_json, read_contract_file, validate_contract
from storage import atomic as atomic_module
from storage.errors import StorageError
from storage.repository import Repository
from tests.clitools import snapshot


def _minimal(examples_dir: Path) -> Contract:
    return read_contract_file(examples_dir / "minimal.json")


def test_a_tiny_or_exponent_price_is_stored_plainly_and_reads_back(data_dir: Path, examples_dir: Path) -> None:
    text = (examples_dir / "minimal.json").read_text(encoding="utf-8")
    text = text.replace('"title": "Manual', '"price": 1e3, "title": "Manual')
    contract = validate_contract(loads_json(text))
    with Repository(data_dir, write=True) as repo:
        pid = repo.create_project(contract).project_id
        tiny = contract.model_copy(
            update={"deliverables": [contract.deliverables[0].model_copy(update={"price": Decimal("0.0000001")})]}
        )
        repo.add_version(pid, tiny, reason="tiny")
    raw = (data_dir / "projects" / pid / "project.json").read_text(encoding="utf-8")
    assert '"price":"1000"' in raw and '"price":"0.0000001"' in raw and "E+" not in raw and "E-" not in raw
    reader = Repository(data_dir)
    assert [v.contract.deliverables[0].price for v in reader.versions(pid)] == [Decimal(1000), Decimal("0.0000001")]
    assert reader.check() == []


def test_a_version_that_would_not_read_back_is_never_written(data_dir: Path, examples_dir: Path) -> None:
    contract = _minimal(examples_dir)
    with Repository(data_dir, write=True) as repo:
        pid = repo.create_project(contract).project_id
        before = snapshot(data_dir)
        # A contract built without validation, as a buggy caller could: a negative price.
        broken = Contract.model_construct(
            **{**dict(contract), "deliverables": [Deliverable.model_construct(id="D1", title="x", price=Decimal(-1))]}
        )
        with pytest.raises(ValueError):
            repo.add_version(pid, broken, reason="broken")
        with pytest.raises(ValueError):
            repo.create_project(broken)
        assert snapshot(data_dir) == before
        assert repo.check() == []


def _create_and_die(folder: str, example: str, calls: int) -> None:
    """Create a project, killing this process at the `calls`-th file write."""
    contract = read_contract_file(Path(example))
    real = atomic_module.write_atomic
    seen = [0]

    def dying(path: Path, data: bytes, **kwargs: Any) -> None:
        seen[0] += 1
        if seen[0] == calls:
            os.kill(os.getpid(), signal.SIGKILL)
        real(path, data, **kwargs)

    # Every file the store writes goes through write_atomic, whichever storage module calls it.
    for module in [m for name, m in sys.modules.items() if name.startswith("storage.")]:
        if getattr(module, "write_atomic", None) is real:
            module.write_atomic = dying
    repo = Repository(Path(folder), write=True)
    repo.create_project(contract)
    os._exit(0)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
@pytest.mark.parametrize("calls", [1, 2, 3, 4])
def test_a_kill_while_creating_a_project_leaves_all_of_it_or_nothing(
    data_dir: Path, examples_dir: Path, calls: int
) -> None:
    ctx = multiprocessing.get_context("fork")
    proc = ctx.Process(target=_create_and_die, args=(str(data_dir), str(examples_dir / "minimal.json"), calls))
    proc.start()
    proc.join()
    assert proc.exitcode == -signal.SIGKILL
    reader = Repository(data_dir)
    assert reader.check() == []
    projects, problems = reader.list_projects()
    assert problems == []
    # Killed while writing project.json, its first backup or summary.json: nothing; while writing
    # the record of the last save kept outside the data folder: all of it, backup included.
    assert len(projects) == (1 if calls == 4 else 0)
    for project in projects:
        assert Repository(data_dir).backups(project.id)
    # A half-built project is hidden until the next write removes it.
    with Repository(data_dir, write=True) as repo:
        repo.create_project(_minimal(examples_dir))
        assert len(list((data_dir / "projects").iterdir())) == len(projects) + 1
        assert repo.check() == []
    assert len(Repository(data_dir).list_projects()[0]) == len(projects) + 1


def test_backup_1_is_the_latest_save_from_the_first_one(data_dir: Path, examples_dir: Path) -> None:
    with Repository(data_dir, write=True) as repo:
        pid = repo.create_project(_minimal(examples_dir)).project_id
        path = repo.project_dir(pid) / "project.json"
        assert [p.name for p in repo.backups(pid)] == ["project.json.1"]
        assert repo.backups(pid)[0].read_bytes() == path.read_bytes()
        for n in range(4):
            repo.append_record(pid, RecordKind.JOURNAL, {"id": n + 1, "kind": "question", "text": "?", "date": "2026-12-01"})
        backups = repo.backups(pid)
        assert [p.name for p in backups] == ["project.json.1", "project.json.2", "project.json.3"]
        assert backups[0].read_bytes() == path.read_bytes()
        # Copies, not links: editing project.json in place leaves its backups alone.
        assert backups[0].stat().st_ino != path.stat().st_ino
        sizes = [len(json.loads(b.read_bytes())["records"]) for b in backups]
        assert sizes == [4, 3, 2]


def _drop_last(path: Path, table: str) -> None:
    data = json.loads(path.read_bytes())
    del data[table][max(data[table], key=int)]
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


@pytest.mark.parametrize(("table", "en", "es"), [
    ("versions", "3 versions expected, 2 found", "debería haber 3 versiones y hay 2"),
    ("records", "2 records expected, 1 found", "debería haber 2 registros y hay 1"),
])
def test_entries_deleted_from_the_end_by_hand_are_reported(
    data_dir: Path, examples_dir: Path, table: str, en: str, es: str
) -> None:
    contract = _minimal(examples_dir)
    with Repository(data_dir, write=True) as repo:
        pid = repo.create_project(contract).project_id
        for n in (2, 3):
            repo.add_version(pid, contract.model_copy(update={"title": f"v{n}"}), reason=str(n))
        for n in (1, 2):
            repo.append_record(pid, RecordKind.JOURNAL, {"id": n, "kind": "question", "text": "?", "date": "2026-12-01"})
    path = data_dir / "projects" / pid / "project.json"
    _drop_last(path, table)
    broken = path.read_bytes()

    problems = Repository(data_dir).check()
    # summary.json's head, this computer's record of the last save and backup 1 all say so.
    assert f"{path}: {en} (removed outside Pacta?)" in [p.message("en") for p in problems]
    assert f"{path}: {es} (¿se borraron fuera de Pacta?)" in [p.message("es") for p in problems]
    assert {p.error.code for p in problems} == {"head", "anchor", "backup_ahead"}
    # The list reports it too, a writer refuses to build on it, and the file stays as it was.
    _, listed = Repository(data_dir).list_projects()
    assert [p.project_id for p in listed] == [pid]
    with Repository(data_dir, write=True) as repo:
        assert repo.list_projects()[1][0].message("en") == problems[0].message("en")
        with pytest.raises(StorageError):
            repo.add_version(pid, contract, reason="on top")
        with pytest.raises(StorageError):
            repo.append_record(pid, RecordKind.TRASHED, {})
    assert path.read_bytes() == broken


def test_restoring_after_corruption_brings_back_every_version(data_dir: Path, examples_dir: Path) -> None:
    contract = _minimal(examples_dir)
    with Repository(data_dir, write=True) as repo:
        pid = repo.create_project(contract).project_id
        repo.add_version(pid, contract.model_copy(update={"title": "v2"}), reason="2")
    path = data_dir / "projects" / pid / "project.json"
    path.write_bytes(path.read_bytes()[:-40])
    assert Repository(data_dir).check()
    with Repository(data_dir, write=True) as repo:
        repo.restore_backup(pid)
        assert [v.contract.title for v in repo.versions(pid)] == [contract.title, "v2"]
        assert repo.check() == []


def test_a_same_size_edit_with_the_old_mtime_is_not_missed_by_list(data_dir: Path, examples_dir: Path) -> None:
    with Repository(data_dir, write=True) as repo:
        pid = repo.create_project(_minimal(examples_dir)).project_id
    path = data_dir / "projects" / pid / "project.json"
    stat = path.stat()
    raw = path.read_bytes()
    edited = raw.replace(b"Talleres Ortega", b"Talleres Ortegb")
    assert len(edited) == len(raw) and edited != raw
    path.write_bytes(edited)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # touch -r
    projects, problems = Repository(data_dir).list_projects()
    assert projects == [] and [p.project_id for p in problems] == [pid]
    assert "version 1" in problems[0].message("en")


def test_a_file_swapped_for_another_chain_of_the_same_length_is_reported(data_dir: Path, examples_dir: Path) -> None:
    with Repository(data_dir, write=True) as repo:
        a = repo.create_project(_minimal(examples_dir)).project_id
        b = repo.create_project(_minimal(examples_dir).model_copy(update={"title": "B"})).project_id
    target = data_dir / "projects" / a / "project.json"
    target.write_bytes((data_dir / "projects" / b / "project.json").read_bytes())
    found = [p for p in Repository(data_dir).check() if p.project_id == a]
    messages = [p.message("en") for p in found]
    assert f"{target}: version 1, the last one Pacta saved, has changed: its content or its fingerprint is not " \
           "what Pacta saved (edited or replaced outside Pacta?)" in messages
    assert f"{target}: version 1 belongs to project {b}, not to {a} (was a project folder copied under another id?)" \
           in messages
    es = [p.message("es") for p in found]
    assert f"{target}: la versión 1, la última que guardó Pacta, ha cambiado: su contenido o su huella no son los " \
           "que guardó Pacta (¿se editó o se sustituyó fuera de Pacta?)" in es
