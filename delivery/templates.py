"""Mail templates per language, filled by safe substitution from a contract.

A template file is `resources/mail/<name>.<lang>.txt`: the first line is the subject, the
text after the first blank line is the body. Placeholders are `${name}` (string.Template
syntax: no expressions, no attribute access). A body paragraph that uses a placeholder with
no value for this contract (no deposit, no dates…) is left out; unknown placeholders are
left as typed so the user sees them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

from domain import formatting
from domain.limits import SETTINGS_FILE_BYTES, read_limited
from domain.model import Contract

TEMPLATE_NAME = "contract"
LANGUAGES = ("es", "en")

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

# Words that join values inside placeholders; the sentences around them live in the files.
_WORDS = {
    "es": {"by": "a más tardar el {date}", "bullet": "• "},
    "en": {"by": "by {date}", "bullet": "• "},
}


@dataclass(frozen=True)
class MailTemplate:
    """A subject line and a body, both with `${placeholders}`."""

    subject: str
    body: str

    @classmethod
    def parse(cls, text: str) -> MailTemplate:
        """A template from file text: subject on the first line, body after a blank line."""
        text = text.replace("\r\n", "\n").lstrip("\ufeff")
        subject, _, rest = text.partition("\n")
        return cls(subject=subject.strip(), body=rest.lstrip("\n").rstrip() + "\n")

    def dumps(self) -> str:
        """The template as file text, the inverse of `parse`."""
        return f"{self.subject}\n\n{self.body.rstrip()}\n"


def templates_folder() -> Path:
    """The folder of the bundled mail templates."""
    from resources import path

    return path("mail")


def load_template(lang: str, folder: Path | None = None, name: str = TEMPLATE_NAME) -> MailTemplate:
    """The template for `lang` from `folder` (the user's copy) or the bundled one."""
    lang = lang if lang in LANGUAGES else "en"
    filename = f"{name}.{lang}.txt"
    if folder is not None and (folder / filename).is_file():
        # The user's file: a regular file of a settings file's size at most (domain.limits).
        raw = read_limited(folder / filename, SETTINGS_FILE_BYTES)
        return MailTemplate.parse(raw.decode("utf-8", errors="replace"))
    return MailTemplate.parse((templates_folder() / filename).read_text(encoding="utf-8"))


def save_template(template: MailTemplate, folder: Path, lang: str, name: str = TEMPLATE_NAME) -> Path:
    """Write the user's edited template for `lang` into `folder`; returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.{lang}.txt"
    target.write_text(template.dumps(), encoding="utf-8")
    return target


PLACEHOLDERS = (
    "project",
    "reference",
    "version",
    "provider",
    "provider_contact",
    "client",
    "client_contact",
    "signature",
    "start",
    "deadline",
    "deadlines",
    "client_inputs",
    "total",
    "deposit",
    "deposit_percent",
)


def placeholder_values(contract: Contract, version: int, lang: str) -> dict[str, str | None]:
    """Every placeholder's text for this contract; None where the contract has no value."""
    lang = lang if lang in LANGUAGES else "en"
    words = _WORDS[lang]
    provider, client = contract.provider, contract.client

    deadlines = [
        f"{words['bullet']}{d.title}: {formatting.date(d.due, lang)}"
        for d in contract.deliverables
        if d.due is not None
    ]
    inputs = [
        words["bullet"]
        + (
            f"{c.title}, {words['by'].format(date=formatting.date(c.due, lang))}"
            if c.due is not None
            else c.title
        )
        for c in contract.client_inputs
    ]
    total = contract.total()
    deposit = contract.deposit_amount()
    percent = contract.payment.deposit_percent if contract.payment is not None else None
    last = contract.last_due()
    signature = (
        f"{provider.representative}\n{provider.name}" if provider.representative else provider.name
    )
    return {
        "project": contract.title,
        "reference": contract.reference or None,
        "version": str(version),
        "provider": provider.name,
        "provider_contact": provider.representative or provider.name,
        "client": client.name,
        "client_contact": client.representative or client.name,
        "signature": signature,
        "start": formatting.date(contract.start, lang) if contract.start else None,
        "deadline": formatting.date(last, lang) if last else None,
        "deadlines": "\n".join(deadlines) or None,
        "client_inputs": "\n".join(inputs) or None,
        "total": formatting.money(total, contract.currency, lang) if total is not None else None,
        "deposit": (
            formatting.money(deposit, contract.currency, lang) if deposit is not None else None
        ),
        "deposit_percent": formatting.percent(percent, lang) if percent is not None else None,
    }


def fill(text: str, values: dict[str, str | None], *, drop_empty_paragraphs: bool = True) -> str:
    """`text` with `${name}` replaced; paragraphs needing a missing value are dropped."""
    if not drop_empty_paragraphs:
        present = {k: v or "" for k, v in values.items()}
        return Template(text).safe_substitute(present)
    kept: list[str] = []
    present = {k: v for k, v in values.items() if v is not None}
    for paragraph in _PARAGRAPH_BREAK.split(text):
        needed = set(Template(paragraph).get_identifiers())
        if any(values.get(name, "") is None for name in needed):
            continue
        kept.append(Template(paragraph).safe_substitute(present))
    return "\n\n".join(p.strip("\n") for p in kept if p.strip()) + "\n"


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders in `text` that Pacta does not know, so an editor can warn about them."""
    return sorted(set(Template(text).get_identifiers()) - set(PLACEHOLDERS))


def one_line(text: str) -> str:
    """Text made safe for a mail header: line breaks become spaces."""
    return " ".join(text.split())
