"""Contract templates: one per trade and language (bundled), and the user's own.

A trade template is a whole contract in the interchange format, stored as
`resources/templates/trades/<trade>.<lang>.json`. What the user must replace is
written in square brackets in capitals (`[NOMBRE DEL CLIENTE]`); `placeholders()`
lists the fields that still hold one. Its dates are an example schedule:
`shift_dates()` moves every date by the same number of days so that the
schedule starts on the day the user chooses.

A user template is a contract the user saved under a name of their choice. This
module turns one into bytes and back (`user_template_bytes`, `read_user_template`)
and names its file; writing it atomically into the data folder, listing and
deleting are file operations, done in `delivery.user_templates`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from domain.files import slug
from domain.model import Contract, Installment, Party
from domain.validation import contract_to_data, loads_json, validate_contract

#: The trades with a bundled template, in the order the app offers them.
TRADES: Final = ("web-design", "brand-identity", "photography", "copywriting", "software", "video")

TRADE_NAMES: Final[dict[str, dict[str, str]]] = {
    "web-design": {"es": "Diseño web", "en": "Web design"},
    "brand-identity": {"es": "Identidad de marca", "en": "Brand identity"},
    "photography": {"es": "Fotografía", "en": "Photography"},
    "copywriting": {"es": "Redacción y traducción", "en": "Copywriting and translation"},
    "software": {"es": "Desarrollo de software", "en": "Software development"},
    "video": {"es": "Vídeo", "en": "Video"},
}

LANGUAGES: Final = ("es", "en")

USER_TEMPLATE_FORMAT: Final = "pacta.template/1"
NAME_MAX: Final = 80
_PLACEHOLDER = re.compile(r"\[[^\[\]]*[A-ZÁÉÍÓÚÑ]{2}[^\[\]]*\]")

_MESSAGES: Final[dict[str, dict[str, str]]] = {
    "unknown_trade": {
        "en": "there is no template for the trade '{trade}'",
        "es": "no hay ninguna plantilla para el oficio «{trade}»",
    },
    "name_empty": {
        "en": "the template's name must not be empty",
        "es": "el nombre de la plantilla no puede quedar vacío",
    },
    "name_long": {
        "en": "the template's name is {length} characters long; at most {limit} fit",
        "es": "el nombre de la plantilla tiene {length} caracteres; caben como máximo {limit}",
    },
    "not_template": {
        "en": "the file {file} is not a Pacta template",
        "es": "el archivo {file} no es una plantilla de Pacta",
    },
}


class TemplateError(ValueError):
    """A template that cannot be found, named or read; says why in es or en."""

    def __init__(self, code: str, lang: str = "en", **params: object) -> None:
        self.code = code
        self.params = params
        self.lang = lang
        super().__init__(self.message(lang))

    def message(self, lang: str | None = None) -> str:
        """The problem in words."""
        table = _MESSAGES[self.code]
        template = table.get(lang or self.lang) or table["en"]
        return template.format(**{k: str(v) for k, v in self.params.items()})


def trades(lang: str) -> list[tuple[str, str]]:
    """Every trade as `(id, name in lang)`, in the order the app offers them."""
    return [(trade, trade_name(trade, lang)) for trade in TRADES]


def trade_name(trade: str, lang: str) -> str:
    """The trade's name in `lang` (English when the language is unknown)."""
    names = TRADE_NAMES.get(trade)
    if names is None:
        raise TemplateError("unknown_trade", lang, trade=trade)
    return names.get(lang) or names["en"]


def templates_folder() -> Path:
    """The folder of the bundled trade templates."""
    from resources import path

    return path("templates", "trades")


def trade_template_path(trade: str, lang: str) -> Path:
    """Where the bundled template of `trade` in `lang` lives."""
    if trade not in TRADE_NAMES:
        raise TemplateError("unknown_trade", lang, trade=trade)
    return templates_folder() / f"{trade}.{lang if lang in LANGUAGES else 'en'}.json"


def trade_template_data(trade: str, lang: str) -> dict[str, Any]:
    """The bundled template as interchange-format data, exactly as stored."""
    data = loads_json(trade_template_path(trade, lang).read_text(encoding="utf-8"))
    if not isinstance(data, dict):  # pragma: no cover - the bundled files are tested
        raise TemplateError("not_template", lang, file=f"{trade}.{lang}.json")
    return data


def load_trade_template(trade: str, lang: str) -> Contract:
    """The bundled template of `trade` in `lang` as a contract (its example dates unchanged)."""
    return validate_contract(trade_template_data(trade, lang), lang)


# Dates -----------------------------------------------------------------------------------


def all_dates(contract: Contract) -> list[dt.date]:
    """Every calendar date the contract holds: start, client inputs, deliverables, installments."""
    dates = [contract.start] if contract.start is not None else []
    dates += [c.due for c in contract.client_inputs if c.due is not None]
    dates += [d.due for d in contract.deliverables if d.due is not None]
    if contract.payment is not None:
        dates += [i.due for i in contract.payment.installments if isinstance(i.due, dt.date)]
    return dates


def first_date(contract: Contract) -> dt.date | None:
    """The earliest date in the contract, or None when it has none."""
    dates = all_dates(contract)
    return min(dates) if dates else None


def shift_dates(contract: Contract, start: dt.date) -> Contract:
    """The contract with every date moved by the same number of days, the first one landing on `start`.

    The spacing between dates is kept (a delivery two weeks after the start stays
    two weeks after it). A contract with no dates gets `start` as its start date.
    """
    first = first_date(contract)
    if first is None:
        return contract.model_copy(update={"start": start})
    delta = start - first

    def move(day: dt.date | None) -> dt.date | None:
        return None if day is None else day + delta

    update: dict[str, Any] = {
        "start": move(contract.start),
        "client_inputs": [c.model_copy(update={"due": move(c.due)}) for c in contract.client_inputs],
        "deliverables": [d.model_copy(update={"due": move(d.due)}) for d in contract.deliverables],
    }
    if contract.payment is not None:
        installments: list[Installment] = [
            i.model_copy(update={"due": i.due + delta}) if isinstance(i.due, dt.date) else i
            for i in contract.payment.installments
        ]
        update["payment"] = contract.payment.model_copy(update={"installments": installments})
    return contract.model_copy(update=update)


def from_template(contract: Contract, start: dt.date) -> Contract:
    """A new contract from a template: dates starting on `start`, validated like any contract."""
    moved = shift_dates(contract, start)
    return validate_contract(contract_to_data(moved), moved.language.value)


# Placeholders ----------------------------------------------------------------------------


def placeholders(contract: Contract) -> list[str]:
    """Paths of the text fields that still hold a `[PLACEHOLDER]` (`client.name`, `law.courts`)."""
    found: list[str] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, str):
            if _PLACEHOLDER.search(value):
                found.append(path)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")

    walk(contract.model_dump(mode="json", exclude_none=True), "")
    return found


def is_placeholder(text: str) -> bool:
    """Whether `text` holds a `[PLACEHOLDER]` the user is meant to replace."""
    return bool(_PLACEHOLDER.search(text))


# User templates --------------------------------------------------------------------------

_CLIENT_PLACEHOLDER: Final = {"es": "[NOMBRE DEL CLIENTE]", "en": "[CLIENT NAME]"}


@dataclass(frozen=True)
class UserTemplate:
    """A contract the user saved as a template, under a name of their choice."""

    name: str
    contract: Contract
    file_name: str

    @property
    def language(self) -> str:
        """The language of the template's documents."""
        return self.contract.language.value


def check_name(name: str, lang: str) -> str:
    """The name with surrounding spaces removed, or TemplateError if it is empty or too long."""
    clean = " ".join(name.split())
    if not clean:
        raise TemplateError("name_empty", lang)
    if len(clean) > NAME_MAX:
        raise TemplateError("name_long", lang, length=len(clean), limit=NAME_MAX)
    return clean


def template_file_name(name: str, lang: str = "en") -> str:
    """The file a user template of this name is kept in: `diseno-web-para-tiendas.json`."""
    return f"{slug(check_name(name, lang))}.json"


def as_template(contract: Contract, *, keep_client: bool = False) -> Contract:
    """`contract` ready to be reused: the client and the reference cleared unless `keep_client`."""
    if keep_client:
        return contract
    client = Party(name=_CLIENT_PLACEHOLDER.get(contract.language.value, "[CLIENT NAME]"))
    return contract.model_copy(update={"client": client, "reference": None})


def user_template_bytes(name: str, contract: Contract, lang: str = "en") -> bytes:
    """The bytes of a user template file: its name and the whole contract, as UTF-8 JSON."""
    data = {"format": USER_TEMPLATE_FORMAT, "name": check_name(name, lang), "contract": contract_to_data(contract)}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_user_template(raw: bytes, file_name: str, lang: str = "en") -> UserTemplate:
    """A user template from its file's bytes; TemplateError or ContractError if it is not one."""
    try:
        data = loads_json(raw.decode("utf-8-sig"))
    except ValueError:
        raise TemplateError("not_template", lang, file=file_name) from None
    if (
        not isinstance(data, dict)
        or data.get("format") != USER_TEMPLATE_FORMAT
        or not isinstance(data.get("name"), str)
        or not isinstance(data.get("contract"), dict)
    ):
        raise TemplateError("not_template", lang, file=file_name)
    contract = validate_contract(data["contract"], lang)
    return UserTemplate(name=check_name(data["name"], lang), contract=contract, file_name=file_name)


__all__ = [
    "LANGUAGES",
    "TRADES",
    "TemplateError",
    "UserTemplate",
    "all_dates",
    "as_template",
    "check_name",
    "first_date",
    "from_template",
    "load_trade_template",
    "placeholders",
    "read_user_template",
    "shift_dates",
    "template_file_name",
    "trade_name",
    "trades",
    "user_template_bytes",
]
