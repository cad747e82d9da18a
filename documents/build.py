"""From a contract to a `Document`: clean every user string, then hand over to a builder."""

from __future__ import annotations

import dataclasses
from typing import Any

from pydantic import ValidationError

from documents import fonts
from documents.blocks import Document
from documents.clauses import Texts
from documents.meta import (
    ChangeInfo,
    DocumentFormat,
    DocumentKind,
    DocumentMeta,
    RenderOptions,
    RenderRefused,
)
from documents.text import Cleaning, clean, describe_chars, replace_unprintable
from domain.diff import label
from domain.model import Contract
from domain.payments import Plan


def _clean_value(value: Any, path: str, report: Cleaning, pdf: bool) -> Any:
    if isinstance(value, str):
        text = clean(value, path, report)
        if pdf:
            text = replace_unprintable(text, path, report, fonts.printable, fonts.REPLACEMENT)
        return text
    if isinstance(value, dict):
        return {k: _clean_value(v, f"{path}.{k}" if path else k, report, pdf) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_value(v, f"{path}[{i}]", report, pdf) for i, v in enumerate(value)]
    return value


def clean_contract(contract: Contract, report: Cleaning, pdf: bool) -> Contract:
    """A copy of `contract` with every text field cleaned (and, for PDF, made printable)."""
    data = _clean_value(contract.model_dump(), "", report, pdf)
    if data == contract.model_dump():
        return contract
    try:
        return Contract.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise RenderRefused(
            f"{where}: {first['msg']} once characters a document cannot hold are removed"
        ) from None


def field_name(path: str, contract: Contract, t: Texts) -> str:
    """A field path as words in the document's language: `entregable A › título`."""
    lang = t.lang
    if path.startswith("deliverables["):
        index = int(path[len("deliverables[") : path.index("]")])
        rest = path[path.index("]") + 2 :]
        ident = contract.deliverables[index].id if index < len(contract.deliverables) else str(index + 1)
        head = t("common.warn.deliverable", id=ident)
        return f"{head} › {label(rest, lang)}" if rest else head
    if path == "change.reason":
        return t("common.warn.change_reason")
    return label(path, lang)


def warnings_for(report: Cleaning, contract: Contract, t: Texts) -> list[str]:
    """The report as sentences in the document's language, one per field and problem."""
    out = []
    for path, count in report.removed.items():
        key = "common.warn.removed_one" if count == 1 else "common.warn.removed"
        out.append(t(key, field=field_name(path, contract, t), count=count))
    for path, chars in report.unprintable.items():
        out.append(t("common.warn.unprintable", field=field_name(path, contract, t), chars=describe_chars(chars)))
    return out


def build(
    kind: DocumentKind,
    fmt: DocumentFormat,
    contract: Contract,
    meta: DocumentMeta,
    *,
    previous: Contract | None = None,
    change: ChangeInfo | None = None,
    plan: Plan | None = None,
    options: RenderOptions | None = None,
) -> tuple[Document, list[str]]:
    """The document's blocks and the warnings met while cleaning its text."""
    from documents.agreement import build_agreement
    from documents.change_order import build_change_order
    from documents.checklist import build_checklist
    from documents.common import Words
    from documents.payments import clean_plan

    pdf = fmt is DocumentFormat.PDF
    report = Cleaning()
    clean_new = clean_contract(contract, report, pdf)
    w = Words(clean_new, options)
    plan = clean_plan(plan) if plan is not None else None
    if kind is DocumentKind.AGREEMENT:
        doc = build_agreement(clean_new, meta, w, plan)
    elif kind is DocumentKind.CHECKLIST:
        doc = build_checklist(clean_new, meta, w)
    else:
        assert previous is not None and change is not None  # checked by check_change
        # The previous version's texts appear only as "before" values; their warnings would repeat.
        clean_old = clean_contract(previous, Cleaning(), pdf)
        reason = _clean_value(change.reason, "change.reason", report, pdf)
        number = _clean_value(change.number, "change.number", report, pdf)
        change = dataclasses.replace(change, reason=reason, number=number)
        doc = build_change_order(clean_new, clean_old, change, meta, w, plan)
    return doc, warnings_for(report, clean_new, w.t)
