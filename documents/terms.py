"""The agreement's terms beyond the work itself: days, expenses, rights, secrecy, data, warranties, general terms.

Texts live in resources/clauses/<lang>/terms.toml. What a user typed (territory, the law,
the courts, the ownership note) enters a sentence written around it, or a table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from documents.blocks import Cell, Table
from domain.model import Contract

if TYPE_CHECKING:
    from documents.common import Words
    from documents.sections import Sections as _Sections

RIGHTS = ("reproduction", "distribution", "public_communication", "transformation")


def _value(item: Any) -> str:
    return str(getattr(item, "value", item))


def quoted_text(text: str) -> str:
    """User text to go between quotation marks that a clause closes with a full stop."""
    return " ".join(text.split()).rstrip(" .")


def day_basis_clause(contract: Contract, w: Words) -> str:
    """How every count of days in the contract is read, said once."""
    basis = getattr(contract, "day_basis", None)
    return w(f"terms.days.{'business' if basis is not None and _value(basis) == 'business' else 'calendar'}")


def expenses(contract: Contract, s: _Sections) -> None:
    """Whether expenses are paid back, and which need approval first (only when the contract says)."""
    given = getattr(contract, "expenses", None)
    if given is None or given.reimbursable is None:
        return
    w = s.w
    s.heading_key("terms.expenses.heading")
    if not given.reimbursable:
        s.para(w("terms.expenses.included"))
        return
    s.para(w("terms.expenses.reimbursable"))
    if given.approval_over is not None:
        s.para(w("terms.expenses.approval_over", amount=w.money(given.approval_over)))
    else:
        s.para(w("terms.expenses.approval_all"))
    s.para(w("terms.expenses.invoicing"))


def _join(items: list[str], w: Words) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {w('terms.ownership.and')} {items[-1]}"


def ownership(contract: Contract, s: _Sections) -> None:
    """The transfer of rights, always naming modes, territory and term (LPI art. 43), then the rest."""
    w = s.w
    given = getattr(contract, "ownership", None)
    rights = [_value(r) for r in (given.rights if given is not None else [])] or list(RIGHTS)
    modes = _join([w(f"terms.ownership.mode_{r}") for r in RIGHTS if r in rights], w)
    territory = given.territory.strip() if given is not None and given.territory and given.territory.strip() else ""
    years = given.years if given is not None else None
    if years is None:
        term = w("terms.ownership.term_legal")
    elif years == 1:
        term = w("terms.ownership.term_years_one")
    else:
        term = w("terms.ownership.term_years", years=w.number(years))
    exclusive = given is None or given.exclusive is not False
    s.heading_key("terms.ownership.heading")
    s.term(
        w(
            "terms.ownership.transfer",
            exclusive=w(f"terms.ownership.{'exclusive' if exclusive else 'non_exclusive'}"),
            modes=modes,
            territory=territory or w("terms.ownership.worldwide"),
            term=term,
        )
    )
    on_payment = given is None or given.on_full_payment is not False
    s.para(w(f"terms.ownership.{'on_full_payment' if on_payment else 'on_delivery'}"))
    s.para(w("terms.ownership.moral"))
    s.term(w("terms.ownership.prior"))
    showcase = given is None or given.portfolio_use is not False
    s.term(w(f"terms.ownership.{'showcase' if showcase else 'no_showcase'}"))
    note = contract.termination.work_ownership if contract.termination is not None else None
    if note and note.strip():
        s.para(w("terms.ownership.on_termination", text=quoted_text(note)))


def confidentiality(contract: Contract, s: _Sections) -> None:
    """Confidentiality with its exclusions and term, and the data-processing terms."""
    w = s.w
    s.heading_key("terms.confidentiality.heading")
    s.term(w("terms.confidentiality.duty"))
    s.para(w("terms.confidentiality.exclusions"))
    years = getattr(contract, "confidentiality_years", None)
    if years is None:
        s.para(w("terms.confidentiality.term_open"))
    elif years == 1:
        s.para(w("terms.confidentiality.term_one"))
    else:
        s.para(w("terms.confidentiality.term_years", years=w.number(years)))
    if getattr(contract, "data_processing", None):
        s.term(w("terms.confidentiality.data_intro"))
        s.para(w("terms.confidentiality.data_duties"))
    elif getattr(contract, "data_processing", None) is False:
        s.term(w("terms.confidentiality.data_none"))


def warranties(s: _Sections) -> None:
    """The Provider's warranties and their limits, the Client's material, the liability cap."""
    w = s.w
    s.heading_key("terms.warranties.heading")
    s.term(w("terms.warranties.provider"))
    s.para(w("terms.warranties.remedy"))
    s.term(w("terms.warranties.client_material"))
    s.term(w("terms.warranties.liability"))


def notices_table(contract: Contract, w: Words) -> Table:
    """Where each party receives formal notices: its address and email, a dash when not given."""
    rows: list[tuple[Cell, ...]] = []
    for key, party in (("provider", contract.provider), ("client", contract.client)):
        address = party.address.strip() if party.address else ""
        email = party.email.strip() if party.email else ""
        rows.append(
            (
                Cell(w(f"common.party.{key}"), bold=True, detail=party.name),
                Cell(address or w("common.table.empty")),
                Cell(email or w("common.table.empty")),
            )
        )
    header = tuple(w(f"terms.general.notices_{k}") for k in ("party", "address", "email"))
    return Table(header, rows, (0.30, 0.40, 0.30))


def law_clause(contract: Contract, w: Words) -> str:
    """Governing law and courts as given, or the rule that applies when either is missing; never a blank."""
    law = getattr(contract, "law", None)
    governing = law.governing_law.strip() if law is not None and law.governing_law and law.governing_law.strip() else ""
    courts = law.courts.strip() if law is not None and law.courts and law.courts.strip() else ""
    governing, courts = quoted_text(governing), quoted_text(courts)
    if governing and courts:
        return w("terms.general.law", law=governing, courts=courts)
    if governing:
        return w("terms.general.law_only", law=governing)
    if courts:
        return w("terms.general.courts_only", courts=courts)
    return w("terms.general.law_fallback")


def general(contract: Contract, s: _Sections) -> None:
    """Independence, non-solicitation, force majeure, assignment, notices, severability, waiver,
    survival, entire agreement, signatures and counterparts, and last governing law and courts."""
    w = s.w
    s.heading_key("terms.general.heading")
    s.term(w("terms.general.independence"))
    months = getattr(contract, "non_solicitation_months", None)
    if months:
        key = "non_solicitation_one" if months == 1 else "non_solicitation"
        s.term(w(f"terms.general.{key}", months=w.number(months)))
    for key in ("force_majeure", "assignment"):
        s.term(w(f"terms.general.{key}"))
    s.term(w("terms.general.notices"))
    s.doc.add(notices_table(contract, w))
    for key in ("severability", "waiver", "survival", "entire", "signing"):
        s.term(w(f"terms.general.{key}"))
    s.term(law_clause(contract, w))
