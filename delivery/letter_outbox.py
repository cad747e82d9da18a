"""Letters kept for later: drafts being written, and letters waiting in the outbox to be sent.

A draft is the letter's text as the user left it, with what it was written from, one per
project and kind: `letters/drafts/<project>-<kind>.json` in the data folder. A letter
scheduled to go ("send tomorrow at 9:00") waits in `outbox/letters/<id>.json` until it is
sent or cancelled; the app sends it when it is open at or after that time, and asks first
when the time went by while it was closed. Files are written atomically.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage.atomic import write_atomic

if TYPE_CHECKING:
    from delivery.letters import Request

DRAFTS = Path("letters") / "drafts"
OUTBOX = Path("outbox") / "letters"
#: The hour a letter put off "until tomorrow" goes out.
MORNING = dt.time(9, 0)


@dataclass
class LetterJob:
    """A letter as the user left it: what it was written from, its text, and where it goes."""

    project_id: str
    kind: str
    date: str  # the letter's date (ISO)
    text: str
    subject: str
    request: str = ""
    client_message: str = ""
    deliverable: str | None = None
    hours: str | None = None
    price: str | None = None
    extra_days: int | None = None
    by_client: bool = False
    to: list[str] = field(default_factory=list)
    attach_pdf: bool = False
    ident: str = ""
    due: str | None = None  # when a scheduled letter goes (local time, ISO)
    scheduled_at: str | None = None  # when it was put in the outbox

    def request_of(self) -> Request:
        """What the letter was written from, to write it again."""
        from delivery.letters import Request
        from domain.letters import Kind

        return Request(
            kind=Kind(self.kind), date=dt.date.fromisoformat(self.date), request=self.request,
            deliverable=self.deliverable, hours=Decimal(self.hours) if self.hours else None,
            price=Decimal(self.price) if self.price else None, extra_days=self.extra_days, by_client=self.by_client,
        )

    @property
    def due_at(self) -> dt.datetime | None:
        """When a scheduled letter goes."""
        return dt.datetime.fromisoformat(self.due) if self.due else None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LetterJob:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def tomorrow_morning(now: dt.datetime) -> dt.datetime:
    """9:00 on the day after `now`."""
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), MORNING)


def _write(path: Path, job: LetterJob) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(asdict(job), ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def draft_path(data_dir: Path, project_id: str, kind: str) -> Path:
    """Where the draft of one kind of letter for one project is kept."""
    return data_dir / DRAFTS / f"{project_id}-{kind}.json"


def save_draft(data_dir: Path, job: LetterJob) -> Path:
    """Keep the letter as a draft (replacing the previous draft of that kind for that project)."""
    return _write(draft_path(data_dir, job.project_id, job.kind), job)


def load_draft(data_dir: Path, project_id: str, kind: str) -> LetterJob | None:
    """The draft kept for this project and kind, if any."""
    path = draft_path(data_dir, project_id, kind)
    try:
        return LetterJob.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def schedule(data_dir: Path, job: LetterJob, due: dt.datetime, now: dt.datetime) -> LetterJob:
    """Put the letter in the outbox, to go at `due`."""
    job.ident = job.ident or f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
    job.due = due.isoformat(timespec="minutes")
    job.scheduled_at = now.isoformat(timespec="seconds")
    _write(data_dir / OUTBOX / f"{job.ident}.json", job)
    return job


def waiting(data_dir: Path) -> list[LetterJob]:
    """The letters in the outbox, the soonest first."""
    folder = data_dir / OUTBOX
    jobs = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            jobs.append(LetterJob.from_dict(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, TypeError):
            continue
    return sorted(jobs, key=lambda j: j.due or "")


def remove(data_dir: Path, ident: str) -> None:
    """Take a letter out of the outbox (sent or cancelled)."""
    (data_dir / OUTBOX / f"{ident}.json").unlink(missing_ok=True)
