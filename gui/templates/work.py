"""What the templates feature reads and writes; called on worker threads, touching no widget."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delivery.user_templates import list_user_templates, save_user_template, user_template_exists
from domain.model import Contract
from domain.templates import (
    LANGUAGES,
    as_template,
    from_template,
    load_trade_template,
    placeholders,
    trades,
)
from domain.validation import contract_to_data

__all__ = ["Choice", "choices", "save_as_template", "start_from", "templates_folder", "user_template_exists"]


@dataclass(frozen=True)
class Choice:
    """One template the chooser offers: a trade's (by id) or the user's own (by name)."""

    kind: str  # "trade" or "own"
    key: str
    name: str
    lang: str
    contract: Contract


def templates_folder(data_dir: Path) -> Path:
    """Where the user's own templates live: the data folder's templates/."""
    return data_dir / "templates"


def choices(*, data_dir: Path, lang: str) -> tuple[list[Choice], list[str]]:
    """Every trade template in both languages and the user's own; plus the files that could not be read."""
    found = [Choice("trade", trade, name, language, load_trade_template(trade, language))
             for language in LANGUAGES for trade, name in trades(language)]
    own, broken = list_user_templates(templates_folder(data_dir), lang)
    found += [Choice("own", t.file_name, t.name, t.language, t.contract) for t in own]
    return found, [f"{b.file_name}: {b.problem}" for b in broken]


def start_from(contract: Contract, *, start: dt.date, profile: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The wizard's data for a new contract from `contract`: dates from `start`, your details as provider.

    Returns the data and the fields that still hold a [PLACEHOLDER] to replace.
    """
    moved = from_template(contract, start)
    data = contract_to_data(moved)
    if profile.get("name"):
        data["provider"] = dict(profile)
    remaining = [p for p in placeholders(moved) if not (profile.get("name") and p.startswith("provider."))]
    return data, remaining


def save_as_template(*, data_dir: Path, name: str, contract: Contract, keep_client: bool, lang: str) -> Path:
    """Keep `contract` as the user's template `name` (the client cleared unless `keep_client`)."""
    return save_user_template(templates_folder(data_dir), name, as_template(contract, keep_client=keep_client), lang)
