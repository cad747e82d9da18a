"""Deliverable ids: given once, then stable from one version to the next.

A file may leave deliverable ids out. A new contract numbers them D1, D2, …;
a new version of an existing project first gives each id-less deliverable the
id it had in the previous version (matched by title, when that is unambiguous),
and numbers the rest with ids no earlier version ever used, so that an id
never comes to mean a different deliverable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any


def lacks_id(item: Any) -> bool:
    """Whether a raw deliverable (a dict) has no id yet."""
    return isinstance(item, dict) and item.get("id") in (None, "")


def _title_key(item: Any) -> str | None:
    title = item.get("title") if isinstance(item, dict) else None
    return " ".join(title.split()).casefold() if isinstance(title, str) and title.strip() else None


def number_new(items: Sequence[Any], used: Iterable[str] = ()) -> tuple[list[Any], list[str]]:
    """Each id-less item with the first free id of D1, D2, … (skipping `used` and ids present).

    Returns the items (dicts copied where an id was added) and the ids given, in order.
    """
    taken = set(used) | {str(item["id"]) for item in items if isinstance(item, dict) and not lacks_id(item)}
    counter = 0
    given: list[str] = []
    out: list[Any] = []
    for item in items:
        if lacks_id(item):
            counter += 1
            while f"D{counter}" in taken:
                counter += 1
            ident = f"D{counter}"
            taken.add(ident)
            given.append(ident)
            item = {**item, "id": ident}
        out.append(item)
    return out, given


def carry_over(
    items: Sequence[Any], previous: Sequence[tuple[str, str]], ever_used: Iterable[str]
) -> list[Any]:
    """Ids for the id-less items of a new version.

    `previous` is the (id, title) of each deliverable of the version before;
    `ever_used` every id any earlier version had. An id-less item takes the id of
    the previous deliverable with the same title when exactly one previous
    deliverable and exactly one id-less item have that title and the id is not
    already in use in `items`; the others get ids never used before.
    """
    present = {str(item["id"]) for item in items if isinstance(item, dict) and not lacks_id(item)}
    before = Counter(key for key in (_title_key({"title": t}) for _, t in previous) if key is not None)
    by_title = {_title_key({"title": t}): ident for ident, t in previous}
    wanting = Counter(key for key in (_title_key(i) for i in items if lacks_id(i)) if key is not None)
    out: list[Any] = []
    for item in items:
        key = _title_key(item) if lacks_id(item) else None
        if key is not None and before[key] == 1 and wanting[key] == 1 and by_title[key] not in present:
            item = {**item, "id": by_title[key]}
            present.add(by_title[key])
        out.append(item)
    numbered, _ = number_new(out, set(ever_used) | present)
    return numbered
