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


# Spanish words that start a schedule and read lower-case inside a sentence ("lunes a viernes").
_LOWER_START = {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "sábados", "domingo", "domingos", "de", "del",
                "todos", "cada", "días", "horario", "mañanas", "tardes"}


def sentence_part(text: str, lang: str) -> str:
    """User text to follow a colon inside a sentence that closes it with a full stop.

    In Spanish a schedule that opens with a weekday (or "De lunes…") goes lower-case there;
    anything else (a name, English weekdays) keeps its capitals.
    """
    text = quoted_text(text)
    first = text.split(" ", 1)[0].rstrip(",:;")
    if lang == "es" and first.casefold() in _LOWER_START and first[:1].isupper() and first[1:] == first[1:].lower():
        return text[:1].lower() + text[1:]
    return text


_STOP = {"para", "como", "hasta", "entre", "sobre", "este", "esta", "estos", "estas", "todo", "toda", "todos", "cada",
         "that", "with", "from", "will", "once", "each", "they", "them", "then", "their", "this", "have", "been", "when"}


def _stems(text: str) -> set[str]:
    words = "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()
    return {word[:4] for word in words if len(word) >= 4 and word not in _STOP}


def restates(text: str, clause: str, share: float = 0.6) -> bool:
    """Whether user text only says again what `clause` already says: most of its words
    (their first four letters, short and common words left out) are in the clause."""
    words = _stems(text)
    return bool(words) and len(words & _stems(clause)) >= share * len(words)


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
    """"a, b and c" in Spanish; "a, b, and c" in English, where an item may hold "and" itself."""
    if len(items) == 1:
        return items[0]
    last = f"{',' if w.lang == 'en' and len(items) > 2 else ''} {w('terms.ownership.and')} "
    return f"{', '.join(items[:-1])}{last}{items[-1]}"


# What users type for "everywhere": the clause's own word reads better ("para todo el mundo").
_WORLD = {"todo el mundo", "el mundo entero", "mundial", "worldwide", "the whole world", "the world", "world"}


def ownership(contract: Contract, s: _Sections) -> None:
    """The transfer of rights, always naming modes, territory and term (LPI art. 43), then the rest."""
    w = s.w
    given = getattr(contract, "ownership", None)
    rights = [_value(r) for r in (given.rights if given is not None else [])] or list(RIGHTS)
    modes = _join([w(f"terms.ownership.mode_{r}") for r in RIGHTS if r in rights], w)
    territory = quoted_text(given.territory) if given is not None and given.territory else ""
    if territory.casefold() in _WORLD:
        territory = ""
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
    note = contract.termination.work_ownership if contract.termination is not None else None
    note = quoted_text(note) if note else ""
    if on_payment:
        # The parties' own words on an early end follow at once, and the rule says it yields to them.
        s.para(w(f"terms.ownership.{'on_full_payment_except' if note else 'on_full_payment'}"))
    else:
        s.para(w("terms.ownership.on_delivery"))
    if note:
        s.para(w("terms.ownership.on_termination", text=note))
    s.para(w("terms.ownership.moral"))
    s.term(w("terms.ownership.prior"))
    showcase = given is None or given.portfolio_use is not False
    s.term(w(f"terms.ownership.{'showcase' if showcase else 'no_showcase'}"))


def confidentiality(contract: Contract, s: _Sections) -> None:
    """Confidentiality with its exclusions and term, and the data-processing terms."""
    w = s.w
    data = getattr(contract, "data_processing", None)
    # The heading names personal data only over a clause about it.
    s.heading_key(f"terms.confidentiality.{'heading' if data is None else 'heading_data'}")
    s.term(w("terms.confidentiality.duty"))
    s.para(w("terms.confidentiality.exclusions"))
    years = getattr(contract, "confidentiality_years", None)
    if years is None:
        s.para(w("terms.confidentiality.term_open"))
    elif years == 1:
        s.para(w("terms.confidentiality.term_one"))
    else:
        s.para(w("terms.confidentiality.term_years", years=w.number(years)))
    if data:
        s.term(w("terms.confidentiality.data_intro"))
        s.para(w("terms.confidentiality.data_duties"))
    elif data is False:
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
    """Where each party receives formal notices: its address and its email, one under the
    other, so a party with only an email shows just that (a dash only when it gave neither)."""
    rows: list[tuple[Cell, ...]] = []
    for key, party in (("provider", contract.provider), ("client", contract.client)):
        where = [text.strip() for text in (party.address, party.email) if text and text.strip()]
        rows.append(
            (
                Cell(w(f"common.party.{key}"), bold=True, detail=party.name),
                Cell("\n".join(where) or w("common.table.empty")),
            )
        )
    header = (w("terms.general.notices_party"), w("terms.general.notices_where"))
    return Table(header, rows, (0.38, 0.62))


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
    for key in ("severability", "waiver"):
        s.term(w(f"terms.general.{key}"))
    s.term(w("terms.general.survival", clauses=_join([w(f"terms.general.survives_{k}") for k in surviving(contract)], w)))
    for key in ("entire", "signing"):
        s.term(w(f"terms.general.{key}"))
    s.term(law_clause(contract, w))


def surviving(contract: Contract) -> list[str]:
    """The clauses the survival clause names: only those the agreement prints and that outlast it."""
    keys = ["payments", "ownership", "confidentiality"]
    if getattr(contract, "data_processing", None):
        keys.append("data")  # the processor's duties (return or delete the data) outlast the contract
    keys += ["client_material", "liability"]
    if getattr(contract, "non_solicitation_months", None):
        keys.append("non_solicitation")
    return [*keys, "notices", "law"]
