"""Issue 15, defect 3: SIGKILL at random moments of import, a change to a signed contract,
a status, restore-backup and render; after every kill the folder keeps its invariants.

- no version of a signed contract without the change order that proposes it;
- every project has its backup;
- `check` finds nothing wrong, and the list reads every project.

PACTA_CRASH_SEED=n tries another seed; PACTA_KILLS=n another number of kills.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from domain.lifecycle import Status
from domain.validation import read_contract_file
from storage.repository import Repository

KILLS = int(os.environ.get("PACTA_KILLS", "300"))
SEED = int(os.environ.get("PACTA_CRASH_SEED", "1234"))
OPERATIONS = ("import", "change", "status", "restore-backup", "render")


def _worker(folder: str, example: str, seed: int, conn: Connection) -> None:
    """Do random operations on the folder until killed; say which project each one touches first."""
    from delivery.render import render_project_document, save_document
    from storage.service import record_change, set_status

    rng = random.Random(seed)
    contract = read_contract_file(Path(example))
    out = Path(folder).parent / "out"
    out.mkdir(exist_ok=True)
    repo = Repository(Path(folder), write=True)
    while True:
        projects, _ = repo.list_projects()
        operation = rng.choice(OPERATIONS) if projects else "import"
        if operation == "import" or not projects:
            conn.send(("import", None))
            repo.create_project(contract, reason="import")
            continue
        pid = rng.choice(projects).id
        conn.send((operation, pid))
        state = repo.state(pid)
        if operation == "status":
            following = {Status.DRAFT: Status.SENT, Status.SENT: Status.SIGNED}.get(state.status)
            if following is not None:
                set_status(repo, pid, following)
        elif operation == "change":
            if state.status is not Status.SIGNED:
                for status in (Status.SENT, Status.SIGNED)[[Status.DRAFT, Status.SENT].index(state.status):]:
                    set_status(repo, pid, status)
            title = f"{contract.title} {rng.randrange(10**9)}"
            record_change(repo, pid, contract.model_copy(update={"title": title}), reason="change",
                          requested_by="client")
        elif operation == "restore-backup":
            repo.restore_backup(pid, 1)
        else:
            document = render_project_document(repo=repo, project_id=pid, kind="agreement", fmt="pdf")
            save_document(repo=repo, document=document, target=out)


def _invariants(data_dir: Path, touched: set[str]) -> None:
    reader = Repository(data_dir)
    projects, problems = reader.list_projects()
    assert problems == []
    for project in projects:
        assert reader.backups(project.id), f"{project.id} has no backup"
    for pid in touched & {p.id for p in projects}:
        assert reader._check_project(pid) == [], pid
        state = reader.state(pid)
        if state.status is Status.SIGNED:
            signed = max(r.data["version"] for r in reader.records(pid) if r.data.get("status") == "signed")
            proposed = {c.version for c in state.change_orders}
            latest = reader.latest_version(pid).number
            assert set(range(signed + 1, latest + 1)) <= proposed, f"{pid}: a version without its change order"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_kills_during_import_signed_change_status_restore_and_render_keep_the_invariants(
    tmp_path: Path, examples_dir: Path
) -> None:
    data_dir = tmp_path / "data"
    ctx = multiprocessing.get_context("fork")
    rng = random.Random(SEED)
    example = str(examples_dir / "minimal.json")
    seen: dict[str, int] = dict.fromkeys(OPERATIONS, 0)
    for kill in range(KILLS):
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_worker, args=(str(data_dir), example, rng.randrange(2**32), child))
        proc.start()
        child.close()
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        touched: set[str] = set()
        while parent.poll():
            try:
                operation, pid = parent.recv()
            except EOFError:
                break
            seen[operation] += 1
            if pid is not None:
                touched.add(pid)
        parent.close()
        _invariants(data_dir, touched)
        if kill % 50 == 49:
            assert Repository(data_dir).check() == []
    # The kills landed in every kind of operation.
    assert all(seen.values()), seen
    with Repository(data_dir, write=True) as repo:
        repo.create_project(read_contract_file(Path(example)))  # the first write cleans up after the kills
        assert repo.check() == []
    leftovers = [p for p in data_dir.rglob("*") if ".tmp-" in p.name or p.name.startswith(".new-")]
    assert leftovers == []
