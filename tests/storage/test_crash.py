"""Kill a writer with SIGKILL at random moments: nothing saved is lost, nothing is corrupt."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from domain.validation import read_contract_file
from storage.repository import Repository

KILLS = 200
# Any seed must pass; PACTA_CRASH_SEED=n tries another one.
SEED = int(os.environ.get("PACTA_CRASH_SEED", "1234"))


def _writer(folder: str, example: str, conn: multiprocessing.connection.Connection) -> None:
    contract = read_contract_file(Path(example))
    repo = Repository(Path(folder), write=True)
    projects, _ = repo.list_projects()
    if not projects:
        project = repo.create_project(contract, reason="start").project_id
        conn.send(("saved", project, 1))
        projects, _ = repo.list_projects()
    project = projects[0].id
    # Alternate a long and a short title so that some writes shrink the file.
    while True:
        number = repo.version(project).number
        title = "x" * random.choice([1, 3000]) if number % 2 else "short"
        changed = contract.model_copy(update={"title": title})
        record = repo.add_version(project, changed, reason=f"loop {number}")
        conn.send(("saved", project, record.number))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_sigkill_during_saves_loses_nothing_that_was_saved(data_dir: Path, examples_dir: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    example = str(examples_dir / "panaderia-v1.json")
    confirmed: dict[str, int] = {}
    rng = random.Random(SEED)
    misses = 0
    for _ in range(KILLS):
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_writer, args=(str(data_dir), example, child))
        proc.start()
        child.close()
        # Mostly kill within 50 ms; after kills that let no save finish (a busy machine), wait
        # longer, so the writer always gets somewhere and later kills still land mid-save.
        time.sleep(rng.uniform(0.0, 0.05 * (1 + min(misses, 9))))
        before = dict(confirmed)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        while parent.poll():
            try:
                _, project, number = parent.recv()
            except EOFError:
                break
            confirmed[project] = max(confirmed.get(project, 0), number)
        parent.close()
        misses = 0 if confirmed != before else misses + 1

    assert confirmed, "the writer never completed a save"
    repo = Repository(data_dir, write=True)  # also cleans temporaries a kill left behind
    try:
        assert repo.check() == []
        projects, problems = repo.list_projects()
        assert problems == []
        # The writer creates a project only when it finds none: a kill during that first save
        # leaves either the whole project (perhaps not yet confirmed) or nothing at all.
        ids = {p.id for p in projects}
        assert len(ids) == 1 and set(confirmed) <= ids
        for project, number in confirmed.items():
            versions = repo.versions(project)
            assert [v.number for v in versions] == list(range(1, len(versions) + 1))
            assert len(versions) >= number
        leftovers = [p for p in data_dir.rglob("*") if ".tmp-" in p.name or p.name.startswith(".new-")]
        assert leftovers == []
    finally:
        repo.close()
