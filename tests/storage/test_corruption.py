"""Corrupt or hand-edited files are reported, never overwritten; other projects keep working."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.validation import read_contract_file
from storage.errors import CorruptFile, StorageError
from storage.repository import Repository
from tests.clitools import Pacta


def _two_projects(data_dir: Path, examples_dir: Path) -> tuple[str, str]:
    with Repository(data_dir, write=True) as repo:
        a = repo.create_project(read_contract_file(examples_dir / "panaderia-v1.json")).project_id
        repo.add_version(a, read_contract_file(examples_dir / "panaderia-v2.json"), reason="more")
        b = repo.create_project(read_contract_file(examples_dir / "brand-identity-en.json")).project_id
    return a, b


@pytest.mark.parametrize("damage", ["truncate", "garbage", "edit"])
def test_damaged_file_is_reported_by_check_and_list_and_left_untouched(
    pacta: Pacta, data_dir: Path, examples_dir: Path, damage: str
) -> None:
    a, b = _two_projects(data_dir, examples_dir)
    path = data_dir / "projects" / a / "project.json"
    raw = path.read_bytes()
    if damage == "truncate":
        broken = raw[: len(raw) // 2]
    elif damage == "garbage":
        broken = b"\x00\xff not json at all"
    else:
        broken = raw.replace("Página de inicio".encode(), "Página de inicio!".encode(), 1)
    path.write_bytes(broken)

    check = pacta("check")
    assert check.code == 1
    assert str(path) in check.err and a in check.err
    if damage == "edit":
        assert "version 1" in check.err or "versión 1" in check.err

    listing = pacta("list")
    assert a in listing.err
    assert listing.out.startswith(b)
    assert pacta("export", b).code == 0

    # Writing to the damaged project is refused and the file stays as it was.
    with Repository(data_dir, write=True) as repo:
        with pytest.raises(StorageError):
            repo.add_version(a, read_contract_file(examples_dir / "panaderia-v1.json"), reason="x")
        repo.add_version(b, read_contract_file(examples_dir / "brand-identity-en.json").model_copy(update={"title": "B2"}), reason="y")
    assert path.read_bytes() == broken


def test_a_backup_can_be_restored(pacta: Pacta, data_dir: Path, examples_dir: Path) -> None:
    a, _ = _two_projects(data_dir, examples_dir)
    path = data_dir / "projects" / a / "project.json"
    path.write_bytes(b"{garbage")
    with Repository(data_dir, write=True) as repo:
        with pytest.raises(CorruptFile):
            repo.versions(a)
        assert repo.backups(a)
        kept = repo.restore_backup(a, 1)
        assert kept.read_bytes() == b"{garbage"
        # Backup 1 is the latest save: both versions come back.
        assert [v.number for v in repo.versions(a)] == [1, 2]
    assert pacta("check").code == 0


def test_versions_cannot_be_edited_or_deleted_through_the_api() -> None:
    public = {name for name in dir(Repository) if not name.startswith("_")}
    assert not {n for n in public if any(w in n for w in ("delete", "remove", "edit", "update", "replace"))}
