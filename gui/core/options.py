"""Every user preference, declared once with its type, default and translatable title.

QSettings holds these and the window's own state (sizes, splitters, last project);
never contract data, which lives in the repository.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from gui.core.marks import QT_TRANSLATE_NOOP

GROUP_DEFAULTS = QT_TRANSLATE_NOOP("Options", "Default terms for new contracts")
GROUP_APP = QT_TRANSLATE_NOOP("Options", "Application")


@dataclass(frozen=True)
class Option:
    """One preference: its QSettings key, type, default, title and group."""

    key: str
    type: type
    default: Any
    title: str
    group: str = GROUP_DEFAULTS
    choices: tuple[tuple[str, str], ...] = ()
    #: The contract field this default prefills, as a path (`payment.deposit_percent`).
    contract_path: str | None = None

    def label(self) -> str:
        """The title in the UI language."""
        return QCoreApplication.translate("Options", self.title)


OPTIONS: tuple[Option, ...] = (
    Option("ui/language", str, "system", QT_TRANSLATE_NOOP("Options", "Language of the app"), GROUP_APP,
           choices=(("system", QT_TRANSLATE_NOOP("Options", "As the system")),
                    ("es", QT_TRANSLATE_NOOP("Options", "Spanish")),
                    ("en", QT_TRANSLATE_NOOP("Options", "English")))),
    Option("documents/paper", str, "A4", QT_TRANSLATE_NOOP("Options", "Paper size of the documents"), GROUP_APP,
           choices=(("A4", QT_TRANSLATE_NOOP("Options", "A4")), ("Letter", QT_TRANSLATE_NOOP("Options", "US Letter")))),
    # What the client's copy leaves out unless asked (the keys documents.RenderOptions reads).
    Option("documents/legal_notice", bool, False,
           QT_TRANSLATE_NOOP("Options", "Add to the documents the note that they are not legal advice"), GROUP_APP),
    Option("documents/prepared_with_pacta", bool, False,
           QT_TRANSLATE_NOOP("Options", "Add “Prepared with Pacta” under the documents' title"), GROUP_APP),
    Option("defaults/currency", str, "EUR", QT_TRANSLATE_NOOP("Options", "Currency"), contract_path="currency"),
    Option("defaults/deposit_percent", str, "50", QT_TRANSLATE_NOOP("Options", "Deposit (%)"),
           contract_path="payment.deposit_percent"),
    Option("defaults/work_starts_after_deposit", bool, True,
           QT_TRANSLATE_NOOP("Options", "Work starts once the deposit is paid"),
           contract_path="payment.work_starts_after_deposit"),
    Option("defaults/payment_terms_days", str, "15", QT_TRANSLATE_NOOP("Options", "Days to pay an invoice"),
           contract_path="payment.payment_terms_days"),
    Option("defaults/late_interest_percent", str, "", QT_TRANSLATE_NOOP("Options", "Monthly late interest (%)"),
           contract_path="payment.late_interest_percent"),
    Option("defaults/rounds_included", str, "2", QT_TRANSLATE_NOOP("Options", "Revision rounds included"),
           contract_path="revisions.rounds_included"),
    Option("defaults/response_time_hours", str, "24", QT_TRANSLATE_NOOP("Options", "Response time (hours)"),
           contract_path="communication.response_time_hours"),
    Option("defaults/feedback_days", str, "5", QT_TRANSLATE_NOOP("Options", "Days the client has to give feedback"),
           contract_path="communication.feedback_days"),
    Option("defaults/urgent_surcharge_percent", str, "50", QT_TRANSLATE_NOOP("Options", "Surcharge for urgent work (%)"),
           contract_path="communication.urgent_surcharge_percent"),
    Option("defaults/notice_days", str, "15", QT_TRANSLATE_NOOP("Options", "Days of notice to end the contract"),
           contract_path="termination.notice_days"),
    Option("defaults/pay_for_work_done", bool, True,
           QT_TRANSLATE_NOOP("Options", "Work done is paid if the contract ends early"),
           contract_path="termination.pay_for_work_done"),
    Option("defaults/deposit_refundable", bool, False,
           QT_TRANSLATE_NOOP("Options", "The deposit is refunded if the client ends the contract"),
           contract_path="termination.deposit_refundable"),
    Option("defaults/kill_fee_percent", str, "25", QT_TRANSLATE_NOOP("Options", "Cancellation fee (%)"),
           contract_path="termination.kill_fee_percent"),
)

OPTION = {o.key: o for o in OPTIONS}

# Window state: UI memory only.
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
WIZARD_GEOMETRY = "wizard/geometry"
LAST_PROJECT = "window/last_project"
LAST_FOLDER = "window/last_folder"


def render_options(prefs: Preferences) -> Any:
    """The documents' render options (documents.RenderOptions) from the two document preferences."""
    from documents import RenderOptions

    return RenderOptions.from_settings({key: prefs.get(key) for key in RenderOptions.SETTINGS.values()})


def contract_defaults(values: dict[str, Any]) -> dict[str, Any]:
    """The contract data that option values (by key) prefill, as nested dicts; empty text left out."""
    data: dict[str, Any] = {}
    for option in OPTIONS:
        if option.contract_path is None or option.key not in values:
            continue
        value = values[option.key]
        if value == "":
            continue
        *parents, leaf = option.contract_path.split(".")
        target = data
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    return data


def default_issues(values: dict[str, Any], lang: str) -> dict[str, str]:
    """What is wrong with the default terms among `values`, by option key, in `lang`.

    The contract model judges them, so Preferences refuses exactly what the wizard would.
    """
    from domain.validation import ContractError, validate_contract

    keys = {o.contract_path: o for o in OPTIONS if o.contract_path is not None and o.key in values}
    try:
        validate_contract(contract_defaults(values), lang)
    except ContractError as error:
        return {keys[i.path].key: i.message(lang, keys[i.path].label()) for i in error.issues if i.path in keys}
    return {}


class Preferences:
    """Typed access to QSettings for the declared options and the window's state."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self._watchers: dict[str, list[Callable[[Any], None]]] = {}

    def watch(self, key: str, callback: Callable[[Any], None]) -> Callable[[], None]:
        """Call `callback(new_value)` whenever `set` changes `key`; returns a function that stops it."""
        self._watchers.setdefault(key, []).append(callback)

        def stop() -> None:
            if callback in self._watchers.get(key, []):
                self._watchers[key].remove(callback)

        return stop

    def get(self, key: str) -> Any:
        """The value of a declared option, or its default."""
        option = OPTION[key]
        value = self.settings.value(key, option.default)
        if option.type is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        return option.type(value)

    def set(self, key: str, value: Any) -> None:
        """Store a declared option."""
        option = OPTION[key]
        before = self.get(key)
        self.settings.setValue(key, option.type(value))
        after = self.get(key)
        if after != before:
            for callback in list(self._watchers.get(key, [])):
                callback(after)

    def state(self, key: str) -> Any:
        """A remembered piece of window state (None when never stored)."""
        value = self.settings.value(key)
        return value if value not in ("", QByteArray()) else None

    def set_state(self, key: str, value: Any) -> None:
        """Remember a piece of window state."""
        self.settings.setValue(key, value)

    def defaults(self) -> dict[str, Any]:
        """Prefilled contract data from the default-term options, as nested dicts."""
        return contract_defaults({o.key: self.get(o.key) for o in OPTIONS})

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.settings.sync()
