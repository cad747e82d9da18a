"""Issue 15, defect 2: tamper evidence beyond naive edits.

Each test does what the adversarial run did by hand to a data folder, then asks `check`,
the list and the history; every one of these passed unnoticed (or crashed) before.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from domain.lifecycle import RecordKind, Status
from domain.validation import read_contract_file
from storage import anchors, chain
from storage.repository import Repository
from storage.service import record_event, set_status
from tests.clitools import Pacta


def _project(data_dir: Path, examples_dir: Path, *, versions: int = 3, signed: bool = False) -> str:
    contract = read_contract_file(examples_dir / "minimal.json")
    with Repository(data_dir, write=True) as repo:
        pid = repo.create_project(contract).project_id
        for n in range(2, versions + 1):
            repo.add_version(pid, contract.model_copy(update={"title": f"Title {n}"}), reason=str(n))
        set_status(repo, pid, Status.SENT)
        if signed:
            set_status(repo, pid, Status.SIGNED)
            repo.append_record(pid, RecordKind.JOURNAL, {"id": 1, "kind": "decision", "text": "ok", "date": "2026-12-01"})
    return pid


def _file(data_dir: Path, pid: str) -> Path:
    return data_dir / "projects" / pid / "project.json"


def _rewrite(path: Path, edit: Any) -> None:
    """Edit the file's tree with `edit`, then recompute every fingerprint, as a careful forger would."""
    tree = json.loads(path.read_bytes())
    edit(tree)
    for table in ("versions", "records"):
        previous = chain.GENESIS
        docs = tree[table]
        for key in sorted(docs, key=int):
            docs[key] = chain.seal(docs[key]["body"], previous)
            previous = docs[key]["fingerprint"]
    path.write_text(json.dumps(tree, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _codes(data_dir: Path, pid: str) -> set[str]:
    return {p.error.code for p in Repository(data_dir).check() if p.project_id == pid}  # type: ignore[union-attr]


def test_a_forged_summary_is_never_shown(data_dir: Path, examples_dir: Path, pacta: Pacta) -> None:
    pid = _project(data_dir, examples_dir)
    summary = data_dir / "projects" / pid / "summary.json"
    data = json.loads(summary.read_bytes())
    data.update(title="FORGED TITLE", status="completed", in_force=7, version=7)
    summary.write_text(json.dumps(data), encoding="utf-8")  # its "stat" still describes project.json
    listing = pacta("list")
    assert "FORGED TITLE" not in listing.out and "Title 3" in listing.out
    assert "\tsent\t3\t" in listing.out
    assert Repository(data_dir).summary(pid).title == "Title 3"


def test_a_past_price_edited_with_the_fingerprints_recomputed_is_found(data_dir: Path, examples_dir: Path) -> None:
    pid = _project(data_dir, examples_dir)

    def cheaper(tree: dict[str, Any]) -> None:
        tree["versions"]["1"]["body"]["contract"]["deliverables"][0]["price"] = "1"

    _rewrite(_file(data_dir, pid), cheaper)
    (data_dir / "projects" / pid / "summary.json").unlink()
    assert Repository(data_dir).versions(pid)[0].contract.deliverables[0].price == Decimal(1)
    # This computer's record of the last save, and backup 1, both end elsewhere.
    assert _codes(data_dir, pid) >= {"anchor", "backup_ahead"}


def test_the_last_record_deleted_and_the_summary_head_fixed_is_found(data_dir: Path, examples_dir: Path) -> None:
    pid = _project(data_dir, examples_dir)
    path = _file(data_dir, pid)
    _rewrite(path, lambda tree: tree["records"].pop(max(tree["records"], key=int)))
    summary = data_dir / "projects" / pid / "summary.json"
    data = json.loads(summary.read_bytes())
    tree = json.loads(path.read_bytes())
    data["head"]["records"] = [0, ""]
    data["stat"] = [path.stat().st_size, path.stat().st_mtime_ns, path.stat().st_ctime_ns, path.stat().st_ino]
    assert not tree["records"]
    summary.write_text(json.dumps(data), encoding="utf-8")
    assert "anchor" in _codes(data_dir, pid)
    projects, problems = Repository(data_dir).list_projects()
    assert projects == [] and [p.project_id for p in problems] == [pid]


def test_the_signed_and_later_records_deleted_with_the_summary_are_found(
    data_dir: Path, examples_dir: Path, pacta: Pacta
) -> None:
    pid = _project(data_dir, examples_dir, signed=True)

    def unsign(tree: dict[str, Any]) -> None:
        tree["records"] = {"1": tree["records"]["1"]}

    _rewrite(_file(data_dir, pid), unsign)
    (data_dir / "projects" / pid / "summary.json").unlink()
    check = pacta("check")
    # Said in the contract's language (Spanish here), summary.json or not.
    assert check.code == 1 and "este equipo guardó por última vez 3 registros" in check.err, check.err
    listing = pacta("list")
    assert "\tsent\t" not in listing.out and pid in listing.err


def test_a_rollback_to_backup_3_with_the_summary_deleted_is_found(data_dir: Path, examples_dir: Path) -> None:
    pid = _project(data_dir, examples_dir)
    shutil.copyfile(data_dir / "backups" / pid / "project.json.3", _file(data_dir, pid))
    (data_dir / "projects" / pid / "summary.json").unlink()
    assert _codes(data_dir, pid) == {"anchor", "backup_ahead"}
    # Without this computer's record (another computer, a lost state folder) the backups still tell.
    anchors.anchor_path(data_dir, pid).unlink()
    assert _codes(data_dir, pid) == {"backup_ahead"}


def test_a_cut_tail_is_found_even_with_the_backups_gone(data_dir: Path, examples_dir: Path) -> None:
    pid = _project(data_dir, examples_dir, signed=True)
    _rewrite(_file(data_dir, pid), lambda tree: tree["versions"].pop("3"))
    (data_dir / "projects" / pid / "summary.json").unlink()
    shutil.rmtree(data_dir / "backups" / pid)
    codes = _codes(data_dir, pid)
    # The signed status names version 3, which is gone; the record of the last save says 3 versions.
    assert {"anchor", "dangling"} <= codes


def test_a_project_folder_copied_under_another_id_is_found(data_dir: Path, examples_dir: Path, pacta: Pacta) -> None:
    pid = _project(data_dir, examples_dir)
    copy = "c0ffee00"
    shutil.copytree(data_dir / "projects" / pid, data_dir / "projects" / copy)
    check = pacta("check")
    assert check.code == 1
    # Said in the contract's language (Spanish here).
    assert f"la versión 1 es del proyecto {pid}, no del {copy}" in check.err
    assert f"el registro 1 (un cambio de estado) es del proyecto {pid}, no del {copy}" in check.err
    assert _codes(data_dir, pid) == set()
    listing = pacta("list")
    assert copy in listing.err and listing.out.startswith(pid)


def test_deleting_the_last_version_with_the_summary_is_reported_not_a_crash(
    data_dir: Path, examples_dir: Path, pacta: Pacta
) -> None:
    pid = _project(data_dir, examples_dir, signed=True)
    path = _file(data_dir, pid)
    _rewrite(path, lambda tree: tree["versions"].pop("3"))
    (data_dir / "projects" / pid / "summary.json").unlink()
    anchors.anchor_path(data_dir, pid).unlink()
    shutil.rmtree(data_dir / "backups" / pid)
    for command in (("check",), ("list",), ("history", pid)):
        result = pacta(*command)
        assert result.code == 1, command
        assert "Traceback" not in result.err and "StopIteration" not in result.err
        # check and list say it in the contract's language, found in project.json; history,
        # with no readable summary, in the system's.
        said = ("names version 3, which the file does not have" if command[0] == "history"
                else "se refiere a la versión 3, que no está en el archivo")
        assert said in result.err, (command, result.err)


def test_a_document_that_left_pacta_is_compared_with_the_chain(data_dir: Path, examples_dir: Path) -> None:
    pid = _project(data_dir, examples_dir)
    with Repository(data_dir, write=True) as repo:
        version = repo.version(pid, 2)
        record_event(repo, pid, RecordKind.DOCUMENT, {
            "kind": "agreement", "format": "pdf", "version": 2, "fingerprint": version.fingerprint,
            "sha256": "0" * 64, "name": "a.pdf"})
    assert Repository(data_dir).check() == []

    def retitle(tree: dict[str, Any]) -> None:
        tree["versions"]["2"]["body"]["contract"]["title"] = "Rewritten"

    _rewrite(_file(data_dir, pid), retitle)
    # Even with every record outside the folder gone, the document's record gives it away.
    (data_dir / "projects" / pid / "summary.json").unlink()
    anchors.anchor_path(data_dir, pid).unlink()
    shutil.rmtree(data_dir / "backups" / pid)
    problems = [p for p in Repository(data_dir).check() if p.project_id == pid]
    assert [p.error.code for p in problems] == ["document"]  # type: ignore[union-attr]
    assert f"a document of version 2 left Pacta with fingerprint {version.fingerprint[:12]}" in problems[0].message("en")


def test_a_restore_of_a_backup_is_not_taken_for_a_rollback(data_dir: Path, examples_dir: Path, pacta: Pacta) -> None:
    pid = _project(data_dir, examples_dir)
    assert pacta("restore-backup", pid, "3").code == 0
    assert pacta("check").code == 0
    # The backups that held more were set aside, not deleted.
    aside = list((data_dir / "backups" / pid).glob("set-aside-*/project.json.*"))
    assert len(aside) == 2


def test_check_reports_every_problem_not_only_the_first(data_dir: Path, examples_dir: Path) -> None:
    a = _project(data_dir, examples_dir)
    b = _project(data_dir, examples_dir)
    tree = json.loads(_file(data_dir, a).read_bytes())
    tree["versions"]["1"]["body"]["reason"] = "edited"
    tree["versions"]["2"]["body"]["reason"] = "edited"
    _file(data_dir, a).write_text(json.dumps(tree), encoding="utf-8")
    _file(data_dir, b).write_bytes(b"{not json")
    problems = Repository(data_dir).check()
    by_project = {pid: [p.message("en") for p in problems if p.project_id == pid] for pid in (a, b)}
    assert any("version 1 does not match" in m for m in by_project[a])
    assert any("version 2 does not match" in m for m in by_project[a])
    assert len(by_project[b]) == 1 and "cannot be read" in by_project[b][0]


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    import keyring
    from keyring.backend import KeyringBackend

    stored: dict[tuple[str, str], str] = {}

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return stored.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            stored[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            stored.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    anchors._secret.clear()
    yield stored
    keyring.set_keyring(previous)
    anchors._secret.clear()


def test_the_head_is_keyed_with_a_secret_from_the_keyring(
    data_dir: Path, examples_dir: Path, memory_keyring: dict[tuple[str, str], str]
) -> None:
    pid = _project(data_dir, examples_dir)
    assert (anchors.SERVICE, anchors.KEY_NAME) in memory_keyring
    kept = anchors.anchor_path(data_dir, pid)
    record = json.loads(kept.read_bytes())
    assert len(record["mac"]) == 64
    # Whoever rewrites the chain and this record to agree needs the key: without it, it shows.
    record["head"]["records"][0] = 0
    kept.write_text(json.dumps(record), encoding="utf-8")
    assert "anchor_key" in _codes(data_dir, pid)


def test_without_a_keyring_the_key_lives_in_the_state_folder(data_dir: Path, examples_dir: Path) -> None:
    anchors._secret.clear()
    pid = _project(data_dir, examples_dir)
    key = anchors.default_state_dir() / anchors.KEY_FILE
    assert key.is_file() and key.stat().st_mode & 0o077 == 0
    assert json.loads(anchors.anchor_path(data_dir, pid).read_bytes())["mac"]
    assert Repository(data_dir).check() == []


def test_a_data_folder_put_back_from_your_own_copy_is_reported_then_accepted_with_restore_backup(
    data_dir: Path, examples_dir: Path, pacta: Pacta, tmp_path: Path
) -> None:
    pid = _project(data_dir, examples_dir, versions=2)
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)
    with Repository(data_dir, write=True) as repo:
        repo.append_record(pid, RecordKind.JOURNAL, {"id": 1, "kind": "question", "text": "?", "date": "2026-12-01"})
    shutil.rmtree(data_dir)
    shutil.copytree(copy, data_dir)
    assert _codes(data_dir, pid) == {"anchor"}
    assert pacta("journal", pid, "--add", "x", "--kind", "question").code == 1  # not built on a lost history
    assert pacta("restore-backup", pid, "1").code == 0
    assert pacta("check").code == 0
    assert pacta("journal", pid, "--add", "x", "--kind", "question").code == 0


def test_record_of_the_last_save_deleted_with_the_backups_and_a_recomputed_edit_is_warned_about(
    data_dir: Path, examples_dir: Path, pacta: Pacta
) -> None:
    pid = _project(data_dir, examples_dir)
    other = _project(data_dir, examples_dir, versions=1)

    def cheaper(tree: dict[str, Any]) -> None:
        tree["versions"]["2"]["body"]["contract"]["deliverables"][0]["price"] = "1"

    _rewrite(_file(data_dir, pid), cheaper)
    anchors.anchor_path(data_dir, pid).unlink()
    shutil.rmtree(data_dir / "backups" / pid)
    (data_dir / "projects" / pid / "summary.json").unlink()
    result = pacta("check")
    assert result.code == 0  # a warning: the project may have been copied from another computer
    assert (f"{pid}: aviso: este equipo no tiene registro del último guardado del proyecto {pid}"
            in result.err), result.err
    assert "todo en orden" not in result.out and "lea el aviso" in result.out, result.out
    assert other not in result.err  # its record is there: nothing to say about it
    # Only that project, every time check runs: nothing else is wrong that this computer can see.
    assert [p.project_id for p in Repository(data_dir).check_warnings()] == [pid]


def test_check_messages_keep_their_language_whether_or_not_summary_json_exists(
    data_dir: Path, examples_dir: Path, pacta: Pacta
) -> None:
    contract = read_contract_file(examples_dir / "panaderia-v1.json")
    assert contract.language == "es"
    with Repository(data_dir, write=True) as repo:
        pid = repo.create_project(contract).project_id
        repo.add_version(pid, contract.model_copy(update={"title": "Otra"}), reason="2")
        set_status(repo, pid, Status.SENT)

    def edit(tree: dict[str, Any]) -> None:
        tree["versions"]["2"]["body"]["reason"] = "otra cosa"

    _rewrite(_file(data_dir, pid), edit)
    with_summary = pacta("check").err
    (data_dir / "projects" / pid / "summary.json").unlink()
    without = pacta("check").err
    # summary.json's own head is one witness fewer; every message is still said in Spanish.
    assert with_summary.startswith("problemas encontrados") and without.startswith("problemas encontrados"), without
    assert "this computer" not in without and "holds" not in without
    assert "la versión 2, la última que guardó Pacta, ha cambiado" in without or "este equipo guardó" in without
    assert "ya no está" not in without and "no longer there" not in without
