"""Trade templates: every one is a valid contract, both languages match, dates shift as a block."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.model import Contract
from domain.templates import (
    LANGUAGES,
    TRADES,
    TemplateError,
    all_dates,
    as_template,
    check_name,
    first_date,
    from_template,
    load_trade_template,
    placeholders,
    read_user_template,
    shift_dates,
    template_file_name,
    templates_folder,
    trade_name,
    trade_template_data,
    trades,
    user_template_bytes,
)
from domain.validation import ContractError, validate_contract

CASES = [(trade, lang) for trade in TRADES for lang in LANGUAGES]


def test_the_folder_holds_one_file_per_trade_and_language_and_nothing_else() -> None:
    names = {p.name for p in templates_folder().glob("*.json")}
    assert names == {f"{trade}.{lang}.json" for trade, lang in CASES}
    assert len(TRADES) >= 6


@pytest.mark.parametrize(("trade", "lang"), CASES)
def test_every_template_is_a_valid_format2_contract(trade: str, lang: str) -> None:
    data = trade_template_data(trade, lang)
    assert data["format"] == "pacta.contract/2"
    assert data["language"] == lang
    contract = load_trade_template(trade, lang)
    assert contract.format == "pacta.contract/2"
    assert contract.language.value == lang
    assert contract.currency == ("EUR" if lang == "es" else "USD")


@pytest.mark.parametrize(("trade", "lang"), CASES)
def test_every_template_has_what_a_first_contract_needs(trade: str, lang: str) -> None:
    contract = load_trade_template(trade, lang)
    assert len(contract.deliverables) >= 3
    assert all(d.acceptance and d.description and d.due and d.price for d in contract.deliverables)
    assert len(contract.client_inputs) >= 3 and all(c.due for c in contract.client_inputs)
    assert len(contract.out_of_scope) >= 4
    assert contract.revisions is not None and contract.revisions.rounds_included
    assert contract.revisions.extra_round_price
    assert contract.communication is not None and contract.communication.urgent_definition
    assert contract.changes is not None and contract.changes.process and contract.changes.hourly_rate
    termination = contract.termination
    assert termination is not None and termination.notice_days and termination.pay_for_work_done
    assert contract.payment is not None and contract.payment.work_starts_after_deposit
    assert contract.payment.deposit_percent and contract.payment.deposit_percent > 0
    # Format 2: the law is named, taxes and ownership stated.
    assert contract.law is not None and contract.law.governing_law and contract.law.courts
    ownership = contract.ownership
    assert ownership is not None and ownership.rights and ownership.territory and ownership.on_full_payment
    assert contract.day_basis is not None and contract.confidentiality_years
    taxes = contract.taxes
    assert taxes is not None and taxes.prices_include_tax is False
    if lang == "es":
        assert [(t.name, t.percent, t.kind.value) for t in taxes.lines] == [
            ("IVA", Decimal(21), "add"), ("IRPF", Decimal(15), "withhold")
        ]
        assert contract.law.governing_law == "España"
        # LPI art. 43: a Spanish transfer names its modes, territory and (here, by omission) the whole term.
        assert ownership.territory == "todo el mundo" and ownership.years is None
    else:
        assert taxes.lines == [] and taxes.note == "Fees exclude sales and use taxes."


@pytest.mark.parametrize(("trade", "lang"), CASES)
def test_installments_name_deliverables_that_exist_and_add_up_to_100(trade: str, lang: str) -> None:
    contract = load_trade_template(trade, lang)
    payment = contract.payment
    assert payment is not None and payment.installments
    ids = {d.id for d in contract.deliverables}
    assert all(i.deliverable in ids for i in payment.installments)
    assert (payment.deposit_percent or 0) + sum((i.percent for i in payment.installments), Decimal(0)) == 100


@pytest.mark.parametrize("trade", TRADES)
def test_both_languages_describe_the_same_job(trade: str) -> None:
    es, en = load_trade_template(trade, "es"), load_trade_template(trade, "en")
    assert [d.id for d in es.deliverables] == [d.id for d in en.deliverables]
    assert [d.due for d in es.deliverables] == [d.due for d in en.deliverables]
    assert [c.due for c in es.client_inputs] == [c.due for c in en.client_inputs]
    assert es.payment is not None and en.payment is not None
    assert es.payment.deposit_percent == en.payment.deposit_percent
    assert [(i.percent, i.due, i.deliverable) for i in es.payment.installments] == [
        (i.percent, i.due, i.deliverable) for i in en.payment.installments
    ]
    assert [d.title for d in es.deliverables] != [d.title for d in en.deliverables]


_ENGLISH_WORDS = re.compile(r"\b(the|and|with|of|for|client|deliverable|approved)\b")


@pytest.mark.parametrize("trade", TRADES)
def test_the_spanish_template_has_no_english_left_in_it(trade: str) -> None:
    def texts(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [t for k, v in value.items() if k not in ("format", "rights", "kind", "due", "id", "party") for t in texts(v)]
        if isinstance(value, list):
            return [t for v in value for t in texts(v)]
        return []

    english = [t for t in texts(trade_template_data(trade, "es")) if _ENGLISH_WORDS.search(t)]
    assert english == []


@pytest.mark.parametrize(("trade", "lang"), CASES)
def test_what_the_user_must_replace_is_marked_and_nothing_else(trade: str, lang: str) -> None:
    contract = load_trade_template(trade, lang)
    marked = placeholders(contract)
    assert {"client.name", "provider.name", "title", "law.courts"} <= set(marked)
    assert not any(p.startswith(("deliverables", "payment", "out_of_scope")) for p in marked)
    # No e-mail placeholder: an address is checked, and a placeholder would not pass.
    assert contract.client.email is None and contract.provider.email is None


def test_trade_names_are_translated() -> None:
    es, en = dict(trades("es")), dict(trades("en"))
    assert list(es) == list(en) == list(TRADES)
    assert es["photography"] == "Fotografía" and en["photography"] == "Photography"
    assert all(es[t] != en[t] for t in ("web-design", "software", "video"))
    with pytest.raises(TemplateError, match="no hay ninguna plantilla para el oficio «pottery»"):
        trade_name("pottery", "es")
    with pytest.raises(TemplateError, match="no template for the trade 'pottery'"):
        load_trade_template("pottery", "en")


@settings(max_examples=60, deadline=None)
@given(
    trade=st.sampled_from(TRADES),
    lang=st.sampled_from(LANGUAGES),
    start=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_dates_move_as_a_block_so_the_first_is_the_chosen_start(trade: str, lang: str, start: dt.date) -> None:
    template = load_trade_template(trade, lang)
    contract = from_template(template, start)
    assert contract.start == start
    assert first_date(contract) == start
    before, after = all_dates(template), all_dates(contract)
    assert len(before) == len(after) > 5
    delta = start - before[0]
    assert after == [day + delta for day in before]
    # Everything else is untouched.
    assert [d.title for d in contract.deliverables] == [d.title for d in template.deliverables]
    assert contract.payment is not None and template.payment is not None
    assert contract.payment.deposit_percent == template.payment.deposit_percent
    assert [i.percent for i in contract.payment.installments] == [i.percent for i in template.payment.installments]


def test_shifting_keeps_trigger_installments_and_moves_dated_ones() -> None:
    base = load_trade_template("web-design", "es")
    assert base.payment is not None
    data = base.model_dump(mode="json", exclude_none=True)
    data["payment"]["installments"][0]["due"] = "2027-02-01"
    contract = validate_contract(data, "es")
    moved = shift_dates(contract, dt.date(2027, 1, 11))
    assert moved.payment is not None
    assert moved.payment.installments[0].due == dt.date(2027, 2, 8)
    assert moved.payment.installments[1].due == base.payment.installments[1].due
    assert moved.deliverables[0].due == dt.date(2027, 1, 22)


def test_a_contract_without_dates_gets_the_start_date() -> None:
    contract = Contract.model_validate(
        {"language": "en", "currency": "USD", "title": "T", "provider": {"name": "P"}, "client": {"name": "C"},
         "deliverables": [{"title": "One"}]}
    )
    assert first_date(contract) is None
    assert shift_dates(contract, dt.date(2030, 5, 6)).start == dt.date(2030, 5, 6)


def test_a_user_template_round_trips_through_its_file_bytes() -> None:
    contract = load_trade_template("video", "es")
    raw = user_template_bytes("  Vídeo   corporativo  ", contract, "es")
    data = json.loads(raw)
    assert data["format"] == "pacta.template/1" and data["name"] == "Vídeo corporativo"
    assert data["contract"]["title"] == contract.title
    back = read_user_template(raw, "video-corporativo.json", "es")
    assert back.name == "Vídeo corporativo"
    assert back.contract == contract
    assert back.language == "es"
    assert template_file_name("Vídeo corporativo") == "video-corporativo.json"


def test_a_user_template_is_refused_when_it_is_not_one() -> None:
    with pytest.raises(TemplateError, match=r"el archivo notas\.json no es una plantilla de Pacta"):
        read_user_template(b'{"title": "x"}', "notas.json", "es")
    with pytest.raises(TemplateError, match="is not a Pacta template"):
        read_user_template(b"\xff\xfe", "x.json", "en")
    broken = json.dumps({"format": "pacta.template/1", "name": "X", "contract": {"title": "x"}}).encode()
    with pytest.raises(ContractError, match="client"):
        read_user_template(broken, "x.json", "en")


def test_template_names_are_checked_in_the_users_language() -> None:
    with pytest.raises(TemplateError, match="el nombre de la plantilla no puede quedar vacío"):
        check_name("   ", "es")
    with pytest.raises(TemplateError, match="is 81 characters long; at most 80 fit"):
        check_name("x" * 81, "en")


def test_saving_as_a_template_forgets_the_client_unless_asked() -> None:
    contract = load_trade_template("software", "en")
    real = contract.model_copy(update={"client": contract.client.model_copy(update={"name": "Acme Inc."}),
                                       "reference": "2027-003"})
    cleared = as_template(real)
    assert cleared.client.name == "[CLIENT NAME]" and cleared.reference is None
    assert cleared.deliverables == real.deliverables
    assert as_template(real, keep_client=True).client.name == "Acme Inc."
    es = as_template(load_trade_template("software", "es"))
    assert es.client.name == "[NOMBRE DEL CLIENTE]"
