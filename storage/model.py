"""What the store hands out: versions, records, list lines and problems (plain, frozen data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from domain.limits import FileProblem
from domain.model import Contract
from storage.errors import StorageError


def now() -> dt.datetime:
    """The current time in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class VersionRecord:
    """One stored version of a contract."""

    project_id: str
    number: int
    contract: Contract
    fingerprint: str
    previous: str
    created: dt.datetime
    reason: str
    requested_by: str | None

    @property
    def short_fingerprint(self) -> str:
        """The first 12 hex digits, as printed in document footers."""
        return self.fingerprint[:12]


@dataclass(frozen=True)
class Record:
    """One entry of a project's append-only record (status, change order, note …)."""

    seq: int
    kind: str
    at: dt.datetime
    data: dict[str, Any]
    fingerprint: str


@dataclass(frozen=True)
class ProjectSummary:
    """What the project list shows, read without parsing any version.

    `version` is the version in force (domain.lifecycle decides which), the one every
    default uses; `latest` is the newest stored version, which differs while a change
    order is proposed or after one was rejected, and `latest_change` / `latest_status`
    say which change order proposed it and what became of it.
    """

    id: str
    title: str
    client: str
    status: str
    version: int
    in_force: int
    next_deadline: dt.date | None
    updated: dt.datetime
    trashed: bool
    language: str
    currency: str
    latest: int
    latest_change: str | None
    latest_status: str | None


@dataclass(frozen=True)
class Problem:
    """A file that cannot be trusted or read, and why (a StorageError, or a FileProblem when
    the system refused to read or write it)."""

    error: StorageError | FileProblem
    project_id: str | None

    def message(self, lang: str) -> str:
        """The problem in words."""
        return self.error.message(lang)
