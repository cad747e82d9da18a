"""Reading contracts from JSON with errors that name the field, in es or en."""

from __future__ import annotations

import datetime as dt
import json
import locale
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from domain.about import FORMAT_ID
from domain.messages import render
from domain.model import STORED, Contract, Trigger

# pydantic's own error types, mapped to Pacta's message codes.
_PYDANTIC_CODES = {
    "missing": "missing",
    "extra_forbidden": "unknown_key",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "list_type": "list",
    "model_type": "object",
    "dict_type": "object",
    "model_attributes_type": "object",
    "string_type": "text",
}


@dataclass(frozen=True)
class Issue:
    """One thing wrong with a contract: where, what, and the facts to say it."""

    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str, label: str | None = None) -> str:
        """The issue in words, naming the field by `label` or by its path."""
        return render(self.code, lang, field=label or self.path, **self.params)


class ContractError(ValueError):
    """A contract that was refused, with every issue found."""

    def __init__(self, issues: list[Issue], lang: str = "en") -> None:
        self.issues = issues
        self.lang = lang
        super().__init__("; ".join(i.message(lang) for i in issues))

    def messages(self, lang: str | None = None) -> list[str]:
        """Every issue in words."""
        return [i.message(lang or self.lang) for i in self.issues]


def path_of(loc: tuple[int | str, ...]) -> str:
    """`("deliverables", 2, "due")` → `deliverables[2].due`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _issue_from_pydantic(err: Any) -> list[Issue]:
    loc = tuple(err["loc"])
    kind: str = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "pacta.rules":
        return list(ctx["issues"])
    # Tagged and union branches add their names to the location; keep only field names.
    loc = tuple(p for p in loc if isinstance(p, int) or not str(p).startswith(("function-", "lax-")))
    path = path_of(loc)
    if kind.startswith("pacta."):
        return [Issue(path, kind.removeprefix("pacta."), {k: str(v) for k, v in ctx.items()})]
    if loc == ("format",):
        return [Issue(path, "format")]
    if kind == "too_short" and loc == ("deliverables",):
        return [Issue(path, "no_deliverables")]
    if kind == "enum" and loc and loc[-1] == "language":
        return [Issue(path, "language")]
    if kind == "enum" and loc and loc[-1] == "party":
        return [Issue(path, "party")]
    if kind == "enum":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        if choices:
            return [Issue(path, "choice", {"choices": "|".join(choices)})]
    code = _PYDANTIC_CODES.get(kind)
    if code is not None:
        return [Issue(path, code)]
    return [Issue(path, "invalid", {"detail": err.get("msg", kind)})]


def rule_issues(contract: Contract) -> list[Issue]:
    """The rules that span fields: ids, sums, dates and totals."""
    issues: list[Issue] = []
    counts = Counter(d.id for d in contract.deliverables)
    reported: set[str] = set()
    for i, d in enumerate(contract.deliverables):
        if counts[d.id] > 1 and d.id not in reported:
            reported.add(d.id)
            issues.append(Issue(f"deliverables[{i}].id", "duplicate_id", {"id": d.id}))

    start = contract.start
    if start is not None:
        def check(path: str, when: dt.date | Trigger | None) -> None:
            if isinstance(when, dt.date) and when < start:
                issues.append(
                    Issue(path, "before_start", {"date": when.isoformat(), "start": start.isoformat()})
                )

        for i, d in enumerate(contract.deliverables):
            check(f"deliverables[{i}].due", d.due)
        for i, c in enumerate(contract.client_inputs):
            check(f"client_inputs[{i}].due", c.due)
        if contract.payment is not None:
            for i, inst in enumerate(contract.payment.installments):
                check(f"payment.installments[{i}].due", inst.due)

    payment = contract.payment
    if payment is not None:
        if payment.deposit_percent is not None or payment.installments:
            parts = [payment.deposit_percent or Decimal(0)] + [i.percent for i in payment.installments]
            total_percent = sum(parts, Decimal(0))
            if total_percent != 100:
                issues.append(Issue("payment", "payment_sum", {"sum": _plain(total_percent)}))
        ids = {d.id for d in contract.deliverables}
        for i, inst in enumerate(payment.installments):
            if inst.deliverable is not None and inst.deliverable not in ids:
                issues.append(
                    Issue(f"payment.installments[{i}].deliverable", "unknown_deliverable", {"id": inst.deliverable})
                )
        prices = [d.price for d in contract.deliverables]
        if payment.total is not None and prices and all(p is not None for p in prices):
            itemised = sum((p for p in prices if p is not None), Decimal(0))
            if itemised != payment.total:
                issues.append(
                    Issue("payment.total", "total_mismatch", {"total": _plain(payment.total), "sum": _plain(itemised)})
                )
    issues += _format2_issues(contract)
    return issues


def _format2_issues(contract: Contract) -> list[Issue]:
    """Rules of the format-2 fields: no tax and no right named twice."""
    issues: list[Issue] = []
    if contract.taxes is not None:
        seen: set[str] = set()
        for i, line in enumerate(contract.taxes.lines):
            key = line.name.strip().casefold()
            if key in seen:
                issues.append(Issue(f"taxes.lines[{i}].name", "duplicate_tax", {"name": line.name}))
            seen.add(key)
    if contract.ownership is not None:
        rights: set[str] = set()
        for i, right in enumerate(contract.ownership.rights):
            if right.value in rights:
                issues.append(Issue(f"ownership.rights[{i}]", "duplicate_right", {"right": right.value}))
            rights.add(right.value)
    return issues


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def validate_contract(data: Any, lang: str = "en", *, stored: bool = False) -> Contract:
    """A Contract from already-parsed JSON data, or ContractError naming every problem.

    `stored` is for versions read back from the store: a currency withdrawn since
    the version was saved is still accepted there, so old projects stay readable.
    """
    if not isinstance(data, dict):
        raise ContractError([Issue("", "not_object")], lang)
    try:
        contract = Contract.model_validate(data, context={STORED: True} if stored else None)
    except ValidationError as exc:
        issues = [i for err in exc.errors() for i in _issue_from_pydantic(err)]
        raise ContractError(issues, lang) from None
    issues = rule_issues(contract)
    if issues:
        raise ContractError(issues, lang)
    return contract


def loads_json(text: str) -> Any:
    """JSON with every number read as the Decimal it spells (never a float)."""
    return json.loads(text, parse_float=Decimal, parse_constant=_no_constant)


class _ConstantError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _no_constant(name: str) -> Any:
    raise _ConstantError(name)


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def parse_contract_text(text: str, lang: str | None = None) -> Contract:
    """A Contract from JSON text; errors follow the contract's language if it has one."""
    try:
        data = loads_json(text)
    except json.JSONDecodeError as exc:
        raise ContractError(
            [Issue("", "json", {"json_msg": exc.msg, "line": exc.lineno, "column": exc.colno})],
            lang or default_language(),
        ) from None
    except _ConstantError as exc:
        line, column = _position(text, max(text.find(exc.name), 0))
        raise ContractError(
            [Issue("", "json", {"json_msg": "constant", "line": line, "column": column})], lang or default_language()
        ) from None
    except ValueError:
        # Python refuses integers of thousands of digits; no contract needs one.
        raise ContractError(
            [Issue("", "json", {"json_msg": "", "line": 1, "column": 1})], lang or default_language()
        ) from None
    return validate_contract(data, lang or language_of(data))


def read_contract_file(path: Path, lang: str | None = None) -> Contract:
    """A Contract from a JSON file on disk."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContractError(
            [Issue(str(path), "unreadable", {"os_errno": exc.errno, "os_error": exc.strerror or exc})],
            lang or default_language(),
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContractError([Issue(str(path), "encoding")], lang or default_language()) from None
    return parse_contract_text(text, lang)


def language_of(data: Any) -> str:
    """The language a contract's messages should use: its own, or the system's."""
    if isinstance(data, dict) and data.get("language") in ("es", "en"):
        return str(data["language"])
    return default_language()


def default_language() -> str:
    """es when the system locale is Spanish, else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "es" if value.lower().startswith("es") else "en"
    loc = locale.getlocale()[0] or ""
    return "es" if loc.lower().startswith("es") else "en"


def contract_to_data(contract: Contract) -> dict[str, Any]:
    """The contract as interchange-format data: JSON types only, money as strings."""
    data: dict[str, Any] = contract.model_dump(mode="json", exclude_unset=True, exclude_none=True)
    data["format"] = FORMAT_ID  # what Pacta writes, whichever format the contract was read from
    return data


def dumps_contract(contract: Contract) -> str:
    """The contract as pretty interchange JSON."""
    return json.dumps(contract_to_data(contract), ensure_ascii=False, indent=2) + "\n"
