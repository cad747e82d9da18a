"""One read and one chain verification per operation, and a remembered file never hides a hand edit."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from domain.lifecycle import RecordKind, Status
from domain.validation import read_contract_file
from storage import chain, projectfile, store
from storage.errors import StorageError
from storage.repository import Repository
from storage.service import record_change, set_status


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often project files are parsed and chains verified from now on."""
    counts = {"parse": 0, "verify": 0}
    real_parse, real_verify = projectfile.parse, chain.verify

    def parse(path: Path, raw: bytes, **kwargs: Path | None) -> projectfile.ProjectFile:
        if path.name == projectfile.PROJECT_FILE:
            counts["parse"] += 1
        return real_parse(path, raw, **kwargs)

    def verify(entries: list[dict[str, object]]) -> list[tuple[int, str]]:
        counts["verify"] += 1
        return real_verify(entries)

    monkeypatch.setattr(store, "parse", parse)
    monkeypatch.setattr(chain, "verify", verify)
    return counts


def _project_with_versions(data_dir: Path, examples_dir: Path, n: int) -> str:
    v1 = read_contract_file(examples_dir / "panaderia-v1.json")
    v2 = read_contract_file(examples_dir / "panaderia-v2.json")
    with Repository(data_dir, write=True) as repo:
        pid = repo.create_project(v1).project_id
        for number in range(2, n + 1):
            repo.add_version(pid, v2 if number % 2 == 0 else v1, reason=str(number))
    return pid


def test_a_change_order_reads_and_verifies_the_file_once(
    data_dir: Path, examples_dir: Path, counted: dict[str, int]
) -> None:
    pid = _project_with_versions(data_dir, examples_dir, 5)
    counted.update(parse=0, verify=0)
    with Repository(data_dir, write=True) as repo:
        set_status(repo, pid, Status.SIGNED)
        assert counted == {"parse": 1, "verify": 2}  # one file, its two chains
        # state, the latest version, carry_ids, the new version, its change order record, state again.
        result = record_change(
            repo, pid, read_contract_file(examples_dir / "panaderia-v1.json").model_copy(update={"title": "Otro"}),
            reason="Otro título", requested_by="client",
        )
        repo.summary(pid)
        repo.list_projects()
    assert result.change_order is not None and result.change_order.number == "CO-1"
    assert counted == {"parse": 1, "verify": 2}
    assert Repository(data_dir).check() == []


@pytest.mark.parametrize("edit", ["same size, old mtime", "entry removed"])
def test_a_hand_edit_between_two_saves_of_an_open_writer_is_caught(
    data_dir: Path, examples_dir: Path, edit: str
) -> None:
    pid = _project_with_versions(data_dir, examples_dir, 3)
    path = data_dir / "projects" / pid / "project.json"
    with Repository(data_dir, write=True) as repo:
        repo.append_record(pid, RecordKind.JOURNAL, {"id": 1, "kind": "question", "text": "?", "date": "2026-12-01"})
        stat = path.stat()
        raw = path.read_bytes()
        if edit == "entry removed":
            tree = json.loads(raw)
            tree["records"] = {}
            path.write_text(json.dumps(tree), encoding="utf-8")
        else:
            edited = raw.replace(b"Jorge", b"Jorje", 1)
            assert edited != raw and len(edited) == len(raw)
            path.write_bytes(edited)
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        broken = path.read_bytes()
        with pytest.raises(StorageError):
            repo.append_record(pid, RecordKind.TRASHED, {})
        with pytest.raises(StorageError):
            repo.add_version(pid, read_contract_file(examples_dir / "panaderia-v1.json"), reason="on top")
    assert path.read_bytes() == broken


def test_every_save_goes_through_tinydb_and_keeps_each_name_its_own_file(
    data_dir: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[list[str]] = []
    real = projectfile.ProjectStorage.write

    def write(self: projectfile.ProjectStorage, data: dict[str, dict[str, object]]) -> None:
        writes.append(sorted(data))
        real(self, data)

    monkeypatch.setattr(projectfile.ProjectStorage, "write", write)
    pid = _project_with_versions(data_dir, examples_dir, 6)
    assert len(writes) == 6 and all(set(w) >= {"versions"} for w in writes)
    folder = data_dir / "projects" / pid
    path = folder / "project.json"
    backups = sorted((data_dir / "backups" / pid).iterdir())
    files = [path, *backups]
    assert [p.name for p in backups] == ["project.json.1", "project.json.2", "project.json.3"]
    assert all(p.stat().st_nlink == 1 for p in files)
    assert len({p.stat().st_ino for p in files}) == len(files)
    assert backups[0].read_bytes() == path.read_bytes()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    assert len(projectfile.read(path).versions) == 6 and Repository(data_dir).check() == []


def test_the_encoding_kept_between_saves_is_the_encoding_of_the_whole_file(data_dir: Path, examples_dir: Path) -> None:
    from storage.atomic import encode

    pid = _project_with_versions(data_dir, examples_dir, 4)
    path = data_dir / "projects" / pid / "project.json"
    with Repository(data_dir, write=True) as repo:
        for n in range(3):
            repo.append_record(pid, RecordKind.JOURNAL, {"id": n + 1, "kind": "question", "text": "¿?", "date": "2026-12-01"})
            assert path.read_bytes() == encode(json.loads(path.read_bytes()))


def test_records_that_go_together_are_one_write_or_none(
    data_dir: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = _project_with_versions(data_dir, examples_dir, 2)
    path = data_dir / "projects" / pid / "project.json"
    commits: list[int] = []
    real = projectfile.ProjectStorage._commit

    def commit(self: projectfile.ProjectStorage, data: dict[str, object]) -> None:
        commits.append(1)
        real(self, data)

    monkeypatch.setattr(projectfile.ProjectStorage, "_commit", commit)
    with Repository(data_dir, write=True) as repo:
        with repo.one_write(pid):
            set_status(repo, pid, Status.SENT)
            set_status(repo, pid, Status.SIGNED)  # reads the sent status not yet written
            assert commits == []
        assert commits == [1]
        assert [r.data["status"] for r in repo.records(pid)] == ["sent", "signed"]
        before = path.read_bytes()
        with pytest.raises(RuntimeError), repo.one_write(pid):
            repo.append_record(pid, RecordKind.JOURNAL, {"id": 1, "kind": "question", "text": "?", "date": "2026-12-01"})
            raise RuntimeError("the second half failed")
        assert path.read_bytes() == before and len(repo.records(pid)) == 2
    assert Repository(data_dir).check() == []
