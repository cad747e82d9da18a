"""The .ics export: one all-day event per dated commitment, both sides, stable UIDs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from domain.model import Contract, Installment, Payment
from domain.validation import read_contract_file

icalendar = pytest.importorskip("icalendar")
from delivery.calendar import build_ics, dated_items  # noqa: E402

STAMP = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)


def events(data: bytes) -> list[Any]:
    """The VEVENTs of an .ics file, parsed by icalendar."""
    calendar = icalendar.Calendar.from_ical(data)
    assert "Pacta" in str(calendar["PRODID"])
    assert str(calendar["VERSION"]) == "2.0"
    return list(calendar.walk("VEVENT"))


def dated_count(contract: Contract) -> int:
    """Deliverables, client inputs and installments that carry a fixed date."""
    installments = contract.payment.installments if contract.payment else []
    return (
        sum(d.due is not None for d in contract.deliverables)
        + sum(c.due is not None for c in contract.client_inputs)
        + sum(isinstance(i.due, dt.date) for i in installments)
    )


def test_panaderia_has_one_event_per_dated_item(panaderia: Contract) -> None:
    found = events(build_ics(panaderia, project_id="p-7f3a", stamp=STAMP))
    assert len(found) == dated_count(panaderia) == 6
    summaries = {str(e["SUMMARY"]): e for e in found}
    home = summaries["Entrega: Página de inicio — Rediseño del sitio web de Panadería La Espiga"]
    assert home["DTSTART"].dt == dt.date(2026, 11, 30)
    assert home["DTEND"].dt == dt.date(2026, 12, 1)
    assert "Precio: 900,00\xa0€" in str(home["DESCRIPTION"])
    assert "Compromiso de Lucía Martín Estudio." in str(home["DESCRIPTION"])
    access = summaries[
        "El cliente entrega: Acceso al panel del dominio y del alojamiento — "
        "Rediseño del sitio web de Panadería La Espiga"
    ]
    assert access["DTSTART"].dt == dt.date(2026, 11, 24)
    assert "Panadería La Espiga S.L." in str(access["DESCRIPTION"])
    for event in found:
        assert type(event["DTSTART"].dt) is dt.date  # all-day
        assert event["DTSTAMP"].dt == STAMP
        assert str(event["UID"]).startswith("p-7f3a.")
    assert len({str(e["UID"]) for e in found}) == len(found)


def test_brand_identity_has_one_event_per_dated_item(brand: Contract) -> None:
    found = events(build_ics(brand, project_id="brand", version=1))
    assert len(found) == dated_count(brand) == 5
    summaries = sorted(str(e["SUMMARY"]) for e in found)
    assert "Client hands over: Completed brand questionnaire — Brand identity for Northwind Coffee Roasters" in summaries
    assert "Delivery: Logo suite — Brand identity for Northwind Coffee Roasters" in summaries
    logo = next(e for e in found if "Logo suite" in str(e["SUMMARY"]))
    assert "Price: $3,200.00" in str(logo["DESCRIPTION"])
    assert "version 1" in str(logo["DESCRIPTION"])
    assert int(logo["SEQUENCE"]) == 1


def test_uids_are_stable_so_a_new_version_moves_the_same_events(examples_dir: Path) -> None:
    v1 = read_contract_file(examples_dir / "panaderia-v1.json")
    v2 = read_contract_file(examples_dir / "panaderia-v2.json")
    first = {str(e["UID"]): e["DTSTART"].dt for e in events(build_ics(v1, project_id="p", version=1))}
    again = {str(e["UID"]): e["DTSTART"].dt for e in events(build_ics(v1, project_id="p", version=1))}
    second = {str(e["UID"]): e["DTSTART"].dt for e in events(build_ics(v2, project_id="p", version=2))}
    assert first == again
    assert set(first) <= set(second)  # v2 adds deliverable D and keeps every earlier event
    moved = sorted(uid for uid in first if second[uid] == first[uid] - dt.timedelta(days=1))
    assert moved == sorted(uid for uid in first if ".deliverable." in uid)  # a day earlier
    assert all(second[uid] == first[uid] for uid in first if ".client-input." in uid)
    assert "p.deliverable.A@pacta" in first


def test_installments_with_a_date_appear_with_their_amount(panaderia: Contract) -> None:
    payment = Payment(
        deposit_percent=Decimal(40),
        installments=[
            Installment(label="Segundo pago", percent=Decimal(30), due=dt.date(2026, 11, 30)),
            Installment(label="Pago final", percent=Decimal(30), due="on_acceptance"),
        ],
    )
    contract = panaderia.model_copy(update={"payment": payment})
    found = events(build_ics(contract, project_id="p"))
    assert len(found) == dated_count(contract) == 7
    [pay] = [e for e in found if str(e["SUMMARY"]).startswith("Pago:")]
    assert str(pay["SUMMARY"]) == "Pago: Segundo pago — Rediseño del sitio web de Panadería La Espiga"
    assert "Importe: 810,00\xa0€ (30 % del total)" in str(pay["DESCRIPTION"])
    assert ".installment." in str(pay["UID"])


def test_text_with_commas_semicolons_and_newlines_survives(panaderia: Contract) -> None:
    title = "Web; tienda, blog\ny más: <b>&</b>"
    contract = panaderia.model_copy(update={"title": title})
    found = events(build_ics(contract, project_id="id with spaces/slash"))
    assert all(str(e["SUMMARY"]).endswith("Web; tienda, blog y más: <b>&</b>") for e in found)
    # icalendar reads X- properties back raw, so look at the escaped line itself.
    raw = build_ics(contract, project_id="p").decode()
    assert "\r\nX-WR-CALNAME:Plazos — Web\\; tienda\\, blog y más: <b>&</b>\r\n" in raw
    multiline = panaderia.model_copy(update={"deliverables": [
        panaderia.deliverables[0].model_copy(update={"description": "Línea 1;\nLínea 2, fin"})
    ]})
    [home] = [e for e in events(build_ics(multiline, project_id="p")) if "Entrega" in str(e["SUMMARY"])]
    assert "Línea 1;\nLínea 2, fin" in str(home["DESCRIPTION"])
    assert all(" " not in str(e["UID"]) and "/" not in str(e["UID"]) for e in found)
    assert [i.kind for i in dated_items(contract)].count("client-input") == 3
