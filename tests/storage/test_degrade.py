"""Issue 15, defects 5, 7, 8 and 9 as far as storage goes: one damaged project never hides the
others, write errors name the file and say writing, and the lock fits the work."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from domain.limits import FileProblem
from domain.validation import read_contract_file
from storage import projectfile
from storage.errors import FolderInUse
from storage.lock import WriteLock
from storage.repository import Repository
from tests.clitools import Pacta

ROOT = Path(__file__).resolve().parents[2]


def _projects(data_dir: Path, examples_dir: Path, n: int = 3) -> list[str]:
    with Repository(data_dir, write=True) as repo:
        return [repo.create_project(read_contract_file(examples_dir / "brand-identity-en.json")).project_id
                for _ in range(n)]


def test_an_unreadable_project_is_listed_as_damaged_and_the_others_stay_usable(
    data_dir: Path, examples_dir: Path, pacta: Pacta, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = _projects(data_dir, examples_dir)
    locked = data_dir / "projects" / b / "project.json"
    (data_dir / "projects" / b / "summary.json").unlink()
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == locked:  # what mode 000 does for a user other than root
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    listing = pacta("list")
    assert listing.code == 1
    assert {line.split("\t")[0] for line in listing.out.splitlines()} == {a, c}
    assert f"{b}: the file {locked} cannot be read: permission denied" in listing.err
    check = pacta("check")
    assert f"the file {locked} cannot be read" in check.err and check.err.count(b) >= 1
    assert pacta("history", a).code == 0
    history = pacta("history", b)
    assert history.code == 1 and "cannot be read" in history.err and "Traceback" not in history.err


@pytest.mark.parametrize("damage", ["bad JSON", "too deep"])
def test_a_damaged_project_is_listed_with_the_reason(data_dir: Path, examples_dir: Path, pacta: Pacta,
                                                     damage: str) -> None:
    a, b, c = _projects(data_dir, examples_dir)
    path = data_dir / "projects" / b / "project.json"
    path.write_bytes(b'{"versions": {' if damage == "bad JSON" else b"[" * 200_000)
    listing = pacta("list")
    assert {line.split("\t")[0] for line in listing.out.splitlines()} == {a, c}
    reason = "not valid JSON" if damage == "bad JSON" else "nests objects and lists too deeply"
    assert f"{path} cannot be read" in listing.err and reason in listing.err
    check = pacta("check")
    assert check.code == 1 and reason in check.err and "Traceback" not in check.err


def test_a_write_error_names_the_file_and_says_writing(
    data_dir: Path, examples_dir: Path, pacta: Pacta, monkeypatch: pytest.MonkeyPatch
) -> None:
    (a, ) = _projects(data_dir, examples_dir, 1)

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path.with_name(f".{path.name}.tmp-1-ab")))

    monkeypatch.setattr(projectfile, "write_atomic", full)
    with Repository(data_dir, write=True) as repo, pytest.raises(FileProblem) as caught:
        repo.add_version(a, read_contract_file(examples_dir / "minimal.json"), reason="x")
    target = data_dir / "projects" / a / "project.json"
    assert caught.value.message("en") == f"cannot write {target}: no space left on device"
    assert caught.value.message("es").startswith(f"no se puede escribir {target}: ")
    result = pacta("trash", a)
    assert result.code == 1 and result.err.strip() == f"pacta: cannot write {target}: no space left on device"


def test_an_import_on_a_full_disk_names_the_project_file_it_could_not_write(
    data_dir: Path, examples_dir: Path, pacta: Pacta, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(projectfile, "write_atomic", full)
    result = pacta("import", examples_dir / "brand-identity-en.json")
    assert result.code == 1
    assert re.fullmatch(rf"pacta: cannot write {re.escape(str(data_dir))}/projects/[0-9a-f]{{8}}/project.json: "
                        r"no space left on device\n", result.err), result.err
    assert list((data_dir / "projects").iterdir()) == []


HOLD = """
import sys, time
sys.path.insert(0, {root!r})
from storage.repository import Repository
repo = Repository(__import__("pathlib").Path({folder!r}), write=True, holder="pacta send")
held = repo.writing()
held.__enter__()
print("locked", flush=True)
time.sleep({seconds})
held.__exit__(None, None, None)
print("released", flush=True)
time.sleep(60)
"""


def test_a_command_that_finds_the_folder_busy_waits_with_a_message_then_goes_on(
    data_dir: Path, examples_dir: Path
) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLD.format(root=str(ROOT), folder=str(data_dir), seconds=1.5)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data", str(data_dir), "import", str(examples_dir / "minimal.json")],
            capture_output=True, text=True, env={**os.environ, "LANG": "en_US.UTF-8", "PACTA_LOCK_WAIT": "20"},
        )
        assert result.returncode == 0, result.stderr
        assert f"is busy (process {proc.pid} (pacta send)); waiting a few seconds" in result.stderr
        assert time.monotonic() - started >= 0.5
        assert len(Repository(data_dir).list_projects()[0]) == 1
    finally:
        proc.kill()
        proc.wait()


def test_the_lock_always_names_its_holder(data_dir: Path) -> None:
    """Writers come and go quickly; whoever is refused hears a pid and a command, never "?"."""
    stop = threading.Event()

    def churn() -> None:
        while not stop.is_set():
            for command in ("pacta status", "pacta render"):
                lock = WriteLock(data_dir, holder=command)
                lock.acquire(wait=5)
                time.sleep(0.001)
                lock.release()

    data_dir.mkdir(parents=True, exist_ok=True)
    refusals: list[FolderInUse] = []
    worker = threading.Thread(target=churn)
    worker.start()
    try:
        deadline = time.monotonic() + 10
        while len(refusals) < 50 and time.monotonic() < deadline:
            probe = WriteLock(data_dir, holder="pacta list")
            try:
                probe.acquire(wait=0)
                probe.release()
            except FolderInUse as exc:
                refusals.append(exc)
    finally:
        stop.set()
        worker.join()
    assert refusals, "the churning writer was never met"
    assert all(r.pid == str(os.getpid()) and r.command in ("pacta status", "pacta render") for r in refusals)


def test_render_holds_the_lock_only_to_record_the_document(
    data_dir: Path, examples_dir: Path, pacta: Pacta, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import documents

    (a, ) = _projects(data_dir, examples_dir, 1)
    real = documents.render_document
    free: list[bool] = []

    def render(*args: object, **kwargs: object) -> object:
        probe = WriteLock(data_dir, holder="probe")
        try:
            probe.acquire(wait=0)
            probe.release()
            free.append(True)
        except FolderInUse:
            free.append(False)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(documents, "render_document", render)
    result = pacta("render", a, "--document", "agreement", "--format", "pdf", "-o", str(tmp_path))
    assert result.code == 0, result.err
    assert free == [True]
    assert [r.kind for r in Repository(data_dir).records(a)] == ["document"]


def test_reading_and_checking_while_another_writer_saves_reports_nothing(data_dir: Path, examples_dir: Path) -> None:
    """The app lists and the command line checks while another process saves: never a false rollback."""
    (a, ) = _projects(data_dir, examples_dir, 1)
    contract = read_contract_file(examples_dir / "brand-identity-en.json")
    stop = threading.Event()
    saved = [0]

    def writer() -> None:
        with Repository(data_dir, write=True) as repo:
            while not stop.is_set():
                repo.add_version(a, contract.model_copy(update={"title": f"T{saved[0]}"}), reason="loop")
                saved[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            reader = Repository(data_dir)
            projects, problems = reader.list_projects()
            assert problems == [] and [p.id for p in projects] == [a]
            assert reader.check() == []
    finally:
        stop.set()
        thread.join()
    assert saved[0] > 5


def test_a_draft_discarded_while_the_drafts_are_listed_is_skipped(data_dir: Path, monkeypatch: Any) -> None:
    """The app lists drafts on one thread while another discards one: the list must not fail."""
    from storage.repository import Repository

    repo = Repository(data_dir, write=True)
    repo.save_draft("gone", {"contract": {"title": "Gone"}})
    repo.save_draft("kept", {"contract": {"title": "Kept"}})
    real = Path.read_bytes

    def vanishing(path: Path) -> bytes:
        if path.stem == "gone":
            path.unlink()  # discarded between the folder listing and the read
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", vanishing)
    assert list(repo.drafts()) == ["kept"]
