"""The version in force is what the store gives by default, and what summaries show."""

from __future__ import annotations

import json
from pathlib import Path

from domain.lifecycle import Status
from domain.validation import read_contract_file
from storage.repository import Repository
from storage.service import decide_change, record_change, set_status


def _signed_with_co1(repo: Repository, examples_dir: Path) -> str:
    pid = repo.create_project(read_contract_file(examples_dir / "panaderia-v1.json")).project_id
    set_status(repo, pid, Status.SIGNED)
    v2 = read_contract_file(examples_dir / "panaderia-v2.json")
    record_change(repo, pid, v2, reason="Instagram", requested_by="client")
    return pid


def test_after_a_rejected_change_order_the_default_version_and_the_summary_are_the_one_in_force(
    data_dir: Path, examples_dir: Path
) -> None:
    with Repository(data_dir, write=True) as repo:
        pid = _signed_with_co1(repo, examples_dir)
        decide_change(repo, pid, "CO-1", accepted=False, reason="Fuera de presupuesto")
    for repo in (Repository(data_dir), Repository(data_dir, write=True)):
        with repo:
            assert repo.version(pid).number == 1 == repo.in_force_number(pid)
            assert repo.latest_version(pid).number == 2
            assert repo.version(pid, 2).contract.deliverable("D") is not None
            summary = repo.summary(pid)
            assert (summary.version, summary.in_force, summary.latest) == (1, 1, 2)
            assert (summary.latest_change, summary.latest_status) == ("CO-1", "rejected")
            listed, problems = repo.list_projects()
            assert problems == [] and [p.version for p in listed] == [1]


def test_a_proposed_change_is_not_in_force_until_accepted(data_dir: Path, examples_dir: Path) -> None:
    with Repository(data_dir, write=True) as repo:
        pid = _signed_with_co1(repo, examples_dir)
        summary = repo.summary(pid)
        assert (summary.version, summary.latest, summary.latest_status) == (1, 2, "proposed")
        assert repo.version(pid).contract.deliverable("D") is None
        decide_change(repo, pid, "CO-1", accepted=True)
        summary = repo.summary(pid)
        assert (summary.version, summary.latest, summary.latest_change) == (2, 2, None)
        assert repo.version(pid).number == 2


def test_a_summary_written_before_the_in_force_rule_is_made_again(data_dir: Path, examples_dir: Path) -> None:
    with Repository(data_dir, write=True) as repo:
        pid = _signed_with_co1(repo, examples_dir)
    path = data_dir / "projects" / pid / "summary.json"
    old = json.loads(path.read_bytes())
    del old["latest_change"]
    path.write_text(json.dumps(old), encoding="utf-8")
    assert Repository(data_dir).summary(pid).latest_status == "proposed"
    with Repository(data_dir, write=True) as repo:
        assert repo.summary(pid).latest_change == "CO-1"
    assert "latest_change" in json.loads(path.read_bytes())
