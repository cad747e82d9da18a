"""One writer at a time; a lock left by a killed process is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from domain.validation import read_contract_file
from storage.errors import FolderInUse
from storage.repository import Repository

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from storage.repository import Repository
repo = Repository(__import__("pathlib").Path({folder!r}), write=True, holder="pacta render")
held = repo.writing()
held.__enter__()
print("locked", flush=True)
time.sleep(60)
"""


def _hold(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(root=str(ROOT), folder=str(folder))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_writer_in_another_process_is_refused_with_its_pid(data_dir: Path) -> None:
    proc = _hold(data_dir)
    try:
        with pytest.raises(FolderInUse) as caught:
            Repository(data_dir, write=True, wait=0).create_project(read_contract_file(ROOT / "tests/examples/minimal.json"))
        assert f"in use by process {proc.pid} (pacta render)" in caught.value.message("en")
        assert f"en uso por el proceso {proc.pid} (pacta render)" in caught.value.message("es")
    finally:
        proc.kill()
        proc.wait()


def test_lock_of_a_killed_process_is_recovered(data_dir: Path, examples_dir: Path) -> None:
    proc = _hold(data_dir)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(0.05)
    with Repository(data_dir, write=True) as repo:
        repo.create_project(read_contract_file(examples_dir / "minimal.json"))
        with repo.writing():
            assert (data_dir / "pacta.lock").read_text().split()[0] == str(os.getpid())


def test_second_writer_from_the_command_line_is_refused(data_dir: Path, examples_dir: Path) -> None:
    proc = _hold(data_dir)
    try:
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data", str(data_dir), "import", str(examples_dir / "minimal.json")],
            capture_output=True,
            text=True,
            env={**os.environ, "LANG": "en_US.UTF-8", "PACTA_LOCK_WAIT": "0.5"},
        )
        assert result.returncode == 1
        assert f"is busy (process {proc.pid} (pacta render)); waiting a few seconds" in result.stderr
        assert f"in use by process {proc.pid} (pacta render)" in result.stderr
        assert not (data_dir / "projects").exists()
    finally:
        proc.kill()
        proc.wait()


def test_readers_do_not_need_the_lock(data_dir: Path, examples_dir: Path) -> None:
    with Repository(data_dir, write=True) as writer:
        project = writer.create_project(read_contract_file(examples_dir / "minimal.json")).project_id
        reader = Repository(data_dir)
        assert reader.version(project).number == 1


def test_threads_of_one_process_do_not_lose_versions(data_dir: Path, examples_dir: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    contract = read_contract_file(examples_dir / "minimal.json")
    with Repository(data_dir, write=True) as repo:
        project = repo.create_project(contract).project_id
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(lambda i: repo.add_version(project, contract, reason=f"t{i}"), range(20)))
        assert [v.number for v in repo.versions(project)] == list(range(1, 22))
        assert repo.check() == []
