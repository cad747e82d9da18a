"""What a letter is made of: its kind, the facts it quotes and the order of its paragraphs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Kind(StrEnum):
    """The situations Pacta writes a letter for."""

    PAYMENT_REMINDER = "payment-reminder"
    OUT_OF_SCOPE = "out-of-scope"
    URGENT_REQUEST = "urgent-request"
    EXTRA_ROUND = "extra-round"
    LATE_INPUT = "late-input"
    TERMINATION = "termination"

    @property
    def key(self) -> str:
        """The name of the kind's section in the letter texts: `payment_reminder`."""
        return self.value.replace("-", "_")


@dataclass(frozen=True)
class Quote:
    """A clause of the agreement: its section (`payment`), its text's key and the values that fill it.

    The values are already formatted as the agreement prints them, so the quoted words are
    the agreement's own.
    """

    section: str
    key: str
    values: dict[str, str] = field(default_factory=dict)
    #: The clause is the signed version's (a change order in force since no longer prints it).
    signed: bool = False


@dataclass(frozen=True)
class Fact:
    """One thing the letter states: a figure or a date, where it comes from, and the clause behind it.

    `name` is the fact's label key in the letter texts (`facts.<name>`); `value` is written in
    the contract's language; `source` says which version or records it was read from.
    """

    name: str
    value: str
    source: str
    quote: Quote | None = None


@dataclass(frozen=True)
class Part:
    """A paragraph of the letter: a text (`text`), a quoted clause (`quote`) or a list (`items`)."""

    kind: str  # "text", "quote" or "list"
    key: str = ""  # the text's key for "text"; the fact's name for "quote"
    items: tuple[str, ...] = ()


@dataclass
class LetterFacts:
    """Everything one letter says, before it is put into words.

    `figures` fill the letter texts' placeholders (formatted in the contract's language);
    `amounts` and `dates` keep the same figures as values, for the app and for tests.
    """

    kind: Kind
    lang: str
    date: dt.date
    version: int
    request: str
    figures: dict[str, str] = field(default_factory=dict)
    amounts: dict[str, Decimal] = field(default_factory=dict)
    dates: dict[str, dt.date] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)

    def fact(self, name: str) -> Fact | None:
        """The fact with this name, if the letter states it."""
        return next((f for f in self.facts if f.name == name), None)

    def text(self, key: str) -> None:
        """Add a paragraph from the kind's texts."""
        self.parts.append(Part("text", key))

    def quote(self, fact: Fact) -> None:
        """State a fact and quote its clause (when it has one) as a paragraph."""
        if fact not in self.facts:
            self.facts.append(fact)
        if fact.quote is not None:
            self.parts.append(Part("quote", fact.name))

    def items(self, lines: list[str]) -> None:
        """A list of lines (moved dates, a final statement)."""
        if lines:
            self.parts.append(Part("list", items=tuple(lines)))
