"""summary.json: what the project list shows of one project, and where its chains ended.

Written after every save from the bodies already in memory, so listing a folder
parses no version; storage.listing reads these files back.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from domain.lifecycle import fold
from domain.limits import FileProblem
from storage import anchors, atomic
from storage.atomic import decode
from storage.errors import CorruptFile, detail
from storage.model import ProjectSummary
from storage.projectfile import PROJECT_FILE, SUMMARY_FILE, ProjectFile, stat_key

#: Keys a summary.json must have to be used as it is; an older one lacking any is made again.
_KEYS = ("title", "client", "status", "version", "in_force", "updated", "trashed", "language", "currency",
         "latest_change")


def next_deadline(contract: dict[str, Any]) -> str | None:
    """The first due date from today on (the last one when all are past), as ISO text."""
    today = dt.date.today().isoformat()
    dates = sorted(
        str(d["due"]) for d in contract.get("deliverables", []) + contract.get("client_inputs", []) if d.get("due")
    )
    upcoming = [d for d in dates if d >= today]
    if upcoming:
        return upcoming[0]
    return dates[-1] if dates else None


def summary_data(versions: list[dict[str, Any]], records: list[dict[str, Any]]) -> dict[str, Any]:
    """What the project list shows, from a project's version and record bodies.

    The title, client and deadline are those of the version in force, as decided by
    domain.lifecycle (the newest version that is not a proposed or rejected change).
    """
    latest = int(versions[-1]["number"])
    state = fold(latest, records)
    found = [v for v in versions if int(v["number"]) == state.in_force]
    if not found:  # the records name a version the file lacks (storage.projectfile.shape_problems says so)
        raise CorruptFile(Path(PROJECT_FILE), detail("no_versions"))
    contract = found[0]["contract"]
    order = state.change_for_version(latest) if latest != state.in_force else None
    return {
        "title": contract["title"],
        "client": contract["client"]["name"],
        "status": state.status.value,
        "version": latest,
        "in_force": state.in_force,
        "latest_change": [order.number, order.status.value] if order is not None else None,
        "next_deadline": next_deadline(contract),
        "updated": max([v["created"] for v in versions] + [r["at"] for r in records]),
        "trashed": state.trashed,
        "language": contract["language"],
        "currency": contract["currency"],
    }


def write_summary(folder: Path, project_id: str, project: ProjectFile) -> None:
    """Write `folder`/summary.json for `project`, as its project.json now stands on disk."""
    summary = {
        "id": project_id,
        **summary_data(project.version_bodies(), project.record_bodies()),
        "stat": stat_key(folder / PROJECT_FILE),
        # Where each chain ended at this save: check and list notice entries deleted by hand.
        "head": project.head(),
    }
    # Signed with this user's key: a summary made up by hand is rebuilt from project.json, never shown.
    summary["mac"] = anchors.sign(project_id, summary)
    path = folder / SUMMARY_FILE
    try:
        atomic.write_atomic(path, json.dumps(summary, ensure_ascii=False).encode())
    except OSError as exc:
        raise FileProblem.from_os(path, exc, writing=True) from None


def read_summary(folder: Path) -> tuple[dict[str, Any] | None, bool]:
    """A project's summary.json when Pacta wrote it with this user's key (else None), and
    whether it still describes its project.json (same stat key: nobody wrote that since).

    A summary is a cache: one that is missing, unreadable, unsigned or stale is made
    again from project.json by the caller.
    """
    path = folder / SUMMARY_FILE
    try:
        data = decode(path, path.read_bytes())
        if not anchors.signed_by_us(folder.name, {k: v for k, v in data.items() if k != "mac"}, data.get("mac")):
            return None, False
        fresh = data.get("stat") == stat_key(folder / PROJECT_FILE) and all(k in data for k in _KEYS)
    except (OSError, CorruptFile):
        return None, False
    return data, fresh


def to_summary(project_id: str, data: dict[str, Any]) -> ProjectSummary:
    """A ProjectSummary from summary data; `version` is the one in force."""
    deadline = data.get("next_deadline")
    change = data.get("latest_change")
    return ProjectSummary(
        id=project_id,
        title=data["title"],
        client=data["client"],
        status=data["status"],
        version=int(data["in_force"]),
        in_force=int(data["in_force"]),
        next_deadline=dt.date.fromisoformat(deadline) if deadline else None,
        updated=dt.datetime.fromisoformat(data["updated"]),
        trashed=bool(data["trashed"]),
        language=data["language"],
        currency=data["currency"],
        latest=int(data["version"]),
        latest_change=str(change[0]) if change else None,
        latest_status=str(change[1]) if change else None,
    )


def expected_head(folder: Path) -> Any:
    """The chain heads summary.json recorded at the last save, if Pacta signed it (else None)."""
    data, _ = read_summary(folder)
    return data.get("head") if data is not None else None
