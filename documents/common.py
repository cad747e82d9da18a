"""Pieces every document shares: formatting in the contract's language, parties, signatures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from documents.blocks import Cell, Document, Para, Signatures, Signer, Table, Title, runs
from documents.clauses import Texts
from documents.meta import DocumentMeta, RenderOptions, qr_payload
from domain import formatting
from domain.model import Contract, Party


class Words:
    """Clause texts plus money, date and percentage formatting for one contract."""

    def __init__(self, contract: Contract, options: RenderOptions | None = None) -> None:
        self.lang = contract.language.value
        self.options = options or RenderOptions()
        self.currency = contract.currency
        self.t = Texts(self.lang)

    def __call__(self, key: str, **values: object) -> str:
        """A clause filled with `values`."""
        return self.t(key, **values)

    def money(self, amount: Decimal) -> str:
        """`2.700,00 €`, `$6,500.00`."""
        return formatting.money(amount, self.currency, self.lang)

    def signed_money(self, amount: Decimal) -> str:
        """`+300,00 €`."""
        return formatting.signed_money(amount, self.currency, self.lang)

    def date(self, value: dt.date) -> str:
        """`30 de noviembre de 2026`, `November 30, 2026`."""
        return formatting.date(value, self.lang)

    def short_date(self, value: dt.date) -> str:
        """`29 nov`, `Nov 29`: for the timeline's axis."""
        from babel.dates import format_date

        pattern = "d MMM" if self.lang == "es" else "MMM d"
        return format_date(value, pattern, locale=formatting.locale_for(self.lang)).rstrip(".")

    def percent(self, value: Decimal) -> str:
        """`40 %`, `40%`."""
        return formatting.percent(value, self.lang)

    def number(self, value: int) -> str:
        """A whole number with the language's separators."""
        return formatting.number(value, self.lang)


def start_document(kind: str, title: str, contract: Contract, meta: DocumentMeta, w: Words) -> Document:
    """A document with its metadata, footer texts and title block."""
    doc = Document(
        kind=kind,
        lang=w.lang,
        title=f"{title} — {contract.title}",
        subject=title,
        author=contract.provider.name,
        footer_title=contract.title,
        footer_version=w("common.footer.version", version=meta.version, fingerprint=meta.fingerprint[:12]),
        page_label=w.t("common.footer.page", page="{page}", total="{total}"),
    )
    # Every document Pacta writes is signed: each page carries both parties' initials boxes.
    doc.initials = (w("common.party.provider"), w("common.party.client"))
    doc.initials_label = w("common.footer.initials")
    lines = []
    if contract.reference:
        lines.append(w("common.doc.reference", reference=contract.reference))
    lines.append(w("common.doc.version", version=meta.version))
    key = "common.doc.generated" if w.options.prepared_with else "common.doc.dated"
    lines.append(w(key, date=w.date(meta.generated_on or dt.date.today())))
    doc.add(Title(title, contract.title, (" · ".join(lines),)))
    return doc


def disclaimer(w: Words) -> Para:
    """The one notice that the document is a template, not legal advice."""
    return Para(runs(w("common.doc.disclaimer")), "notice")


def party_details(party: Party, w: Words) -> list[tuple[str, str]]:
    """A party's filled-in details as (label, value) pairs, name first."""
    pairs = [(w("common.party.name"), party.name)]
    for key in ("representative", "tax_id", "address", "email", "phone"):
        value = getattr(party, key)
        if value and value.strip():
            pairs.append((w(f"common.party.{key}"), value))
    return pairs


def parties_table(contract: Contract, w: Words) -> Table:
    """Provider and client side by side, one detail per row, blank details left out."""
    left = party_details(contract.provider, w)
    right = party_details(contract.client, w)
    rows: list[tuple[Cell, ...]] = []
    for index in range(max(len(left), len(right))):
        row: list[Cell] = []
        for side in (left, right):
            if index < len(side):
                label, value = side[index]
                row += [Cell(label, bold=True), Cell(value, bold=index == 0)]
            else:
                row += [Cell(), Cell()]
        rows.append(tuple(row))
    header = ("", w("common.party.provider"), "", w("common.party.client"))
    return Table(header, rows, (0.16, 0.34, 0.16, 0.34), pairs=True)


def signatures(contract: Contract, meta: DocumentMeta, w: Words, heading: str, intro: str) -> Signatures:
    """Both parties' signature blocks with name, place, date and signature lines, and the QR code."""
    lines = (w("common.sign.signature"), w("common.sign.place"), w("common.sign.date"))
    signers = []
    for key, party in (("provider", contract.provider), ("client", contract.client)):
        details = (party.representative,) if party.representative and party.representative.strip() else ()
        role = w("common.sign.for", party=w(f"common.party.the_{key}"))
        signers.append(Signer(role, party.name, details, lines))
    payload = qr_payload(meta)
    return Signatures(heading, intro, tuple(signers), payload, w("common.sign.qr", payload=payload))


def id_width(ids: list[str]) -> float:
    """The share of the text width an id column needs so the longest id stays on one line."""
    longest = max((len(i) for i in ids), default=1)
    return min(max(0.025 + 0.0125 * longest, 0.06), 0.16)


def empty_cell(w: Words) -> Cell:
    """The dash printed where a value is not given."""
    return Cell(w("common.table.empty"))
