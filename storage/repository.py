"""The store: one folder per project, append-only versions and records in TinyDB's JSON format.

Layout of a data folder::

    pacta.lock                    who writes now: pid and command (see storage.lock)
    projects/<id>/project.json    tables "versions" and "records", each a hash chain
    projects/<id>/summary.json    what the project list shows, so listing parses no versions,
                                  and where each chain ended at the last save (its "head")
    projects/<id>/files/          scans and other attachments, named by their SHA-256
    projects/.new-<id>-<random>/  a project being created; renamed to <id> once complete
    backups/<id>/project.json.N   the last few good copies of project.json; 1 is the latest save
    drafts/<name>.json            autosaved wizard drafts
    profile.json                  the provider's own details, remembered between contracts

Outside the data folder, in the user's state folder (storage.anchors), Pacta keeps the last
save of every project (its chain heads, signed with a key from the system keyring), so that
a project.json rolled back or cut short is found even when summary.json went with it.

Saving a project rewrites only that project's files, whatever the number of other
projects, and reads and verifies its project.json at most once.

The rooms behind this one class (tests/storage/test_rooms.py says who may import whom):

- storage.chain, storage.projectfile: the file format (TinyDB, ProjectStorage) and its hash chains
- storage.anchors: the last saves kept outside the data folder, and the key that signs them
- storage.store: the per-project store (reading, versions, records, saving)
- storage.summaries, storage.listing: summary.json, the project list, check
- storage.backups: kept copies and the trash
- storage.drafts: wizard drafts and the provider profile

Code outside storage/ imports this module, storage.service, storage.errors,
storage.atomic and storage.paths only.
"""

from __future__ import annotations

from domain.lifecycle import Status
from storage.backups import BackupsAndTrash
from storage.drafts import DraftsAndProfile
from storage.listing import Listing
from storage.model import Problem, ProjectSummary, Record, VersionRecord, now
from storage.projectfile import PROJECT_FILE, SUMMARY_FILE
from storage.store import NEW_MARK, PROJECTS, new_project_id


class Repository(Listing, BackupsAndTrash, DraftsAndProfile):
    """Projects, versions and records in one data folder.

    Open it with `write=True` to change anything; the folder's lock is taken only while
    something is written (a second writer waits a few seconds, then FolderInUse names the
    holder). Readers never lock.
    Without a version number, `version` gives the version in force.
    """

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "NEW_MARK",
    "PROJECTS",
    "PROJECT_FILE",
    "SUMMARY_FILE",
    "Problem",
    "ProjectSummary",
    "Record",
    "Repository",
    "Status",
    "VersionRecord",
    "new_project_id",
    "now",
]
