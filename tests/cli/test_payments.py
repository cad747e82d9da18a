"""pacta paid / pacta payments, and --difference on pacta change, against a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.repository import Repository
from tests.clitools import Pacta

FORMAT2 = ("law", "taxes", "day_basis", "expenses", "ownership", "confidentiality_years",
           "non_solicitation_months", "data_processing")


def v2_with_taxes(examples: Path, folder: Path) -> Path:
    """panaderia-v2 with the format-2 fields of panaderia-v1-full (IVA and IRPF)."""
    full = json.loads((examples / "format2" / "panaderia-v1-full.json").read_text(encoding="utf-8"))
    data = json.loads((examples / "panaderia-v2.json").read_text(encoding="utf-8"))
    data.update({k: full[k] for k in FORMAT2}, format="pacta.contract/2")
    path = folder / "panaderia-v2-full.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def signed(pacta: Pacta, examples: Path) -> str:
    project = pacta("import", examples / "format2" / "panaderia-v1-full.json").out.strip().splitlines()[-1]
    assert pacta("status", project, "signed", "--date", "2026-11-20").code == 0
    return project


def plain(text: str) -> str:
    """Babel separates amount and currency with a no-break space; compare with plain spaces."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in plain(out).splitlines()]


def test_paid_deposit_then_payments_lists_base_taxes_paid_and_outstanding(pacta: Pacta, examples_dir: Path) -> None:
    project = signed(pacta, examples_dir)
    paid = pacta("paid", project, "deposit", "--date", "2026-11-21")
    assert paid.code == 0, paid.err
    assert plain(paid.out.strip()) == "Anticipo: 1.144,80 € recibido el 21 de noviembre de 2026; queda pendiente 0,00 €"
    table = rows(pacta("payments", project).out)
    assert table[0][:7] == ["pago", "concepto", "vencimiento", "base", "IVA (21 %)", "IRPF (15 %, retención)", "a pagar"]
    assert table[1] == ["deposit", "Anticipo", "a la firma (20 de noviembre de 2026)", "1.080,00 €", "226,80 €",
                        "−162,00 €", "1.144,80 €", "1.144,80 €", "0,00 €", ""]
    assert table[2][0:2] == ["1", "Entrega final aceptada"]
    assert table[2][2] == "a la aceptación de C · Formulario de encargos (el último entregable)"
    assert table[2][3:] == ["1.620,00 €", "340,20 €", "−243,00 €", "1.717,20 €", "0,00 €", "1.717,20 €", ""]
    assert table[3][3:9] == ["2.700,00 €", "567,00 €", "−405,00 €", "2.862,00 €", "1.144,80 €", "1.717,20 €"]
    assert table[4] == ["Pagado hasta ahora: 1.144,80 €"]


def test_change_keeps_the_paid_deposit_and_schedules_the_difference_as_chosen(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, data_dir: Path
) -> None:
    project = signed(pacta, examples_dir)
    assert pacta("paid", project, "deposit", "--date", "2026-11-21").code == 0
    change = pacta("change", project, v2_with_taxes(examples_dir, tmp_path), "--reason", "Instagram",
                   "--requested-by", "client", "--difference", "on-signing")
    assert change.code == 0, change.err
    assert pacta("accept", project, "CO-1").code == 0
    table = rows(pacta("payments", project).out)
    assert [r[0] for r in table[1:4]] == ["deposit", "1", "CO-1"]
    assert table[1][6:9] == ["1.144,80 €", "1.144,80 €", "0,00 €"]  # the deposit as it was, paid
    assert table[2][3] == "1.620,00 €"
    assert table[3][1:4] == ["Diferencia de la CO-1", table[3][2], "300,00 €"]
    assert table[3][2].startswith("a la firma de la CO-1")
    assert table[4][3:9] == ["3.000,00 €", "630,00 €", "−450,00 €", "3.180,00 €", "1.144,80 €", "2.035,20 €"]
    order = Repository(data_dir).state(project).change_order("CO-1")
    assert order is not None and order.difference == "on-signing"
    assert pacta("paid", project, "co1", "--amount", "100", "--date", "2026-11-26").code == 0
    assert rows(pacta("payments", project).out)[3][7:9] == ["100,00 €", "218,00 €"]


def test_default_difference_is_the_next_installment(pacta: Pacta, examples_dir: Path, tmp_path: Path, data_dir: Path) -> None:
    project = signed(pacta, examples_dir)
    pacta("change", project, v2_with_taxes(examples_dir, tmp_path), "--reason", "x", "--requested-by", "client")
    order = Repository(data_dir).state(project).change_order("CO-1")
    assert order is not None and order.difference == "next-installment"
    pacta("accept", project, "CO-1")
    row = rows(pacta("payments", project).out)[2]
    assert row[1] == "Entrega final aceptada (+300,00 € por la CO-1)" and row[3] == "1.920,00 €"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("7",), "el proyecto {p} no tiene ningún pago previsto «7» (sus pagos: deposit, 1)"),
        (("1", "--amount", "5000"), "el importe de «--amount» (5.000,00 €) supera los 1.717,20 € que quedan por pagar de «1»"),
        (("1", "--amount", "12,50"), "el campo «--amount» debe contener un importe como 1144.80, no 12,50"),
        (("1", "--amount", "-3"), "el campo «--amount» debe contener un importe como 1144.80, no -3"),
        (("1", "--amount", "0"), "el campo «--amount» debe ser mayor que cero"),
        (("1", "--amount", "1.234"), "el campo «--amount» tiene más decimales de los que admite EUR (1.234)"),
        (("1", "--date", "2099-01-01"), "la fecha de «--date» (1 de enero de 2099) es futura: registre el pago cuando se haya recibido"),
        (("deposit",), "el pago «deposit» del proyecto {p} ya está pagado por completo (1.144,80 €)"),
    ],
)
def test_a_wrong_payment_is_refused_in_the_contracts_language_and_nothing_is_written(
    pacta: Pacta, examples_dir: Path, data_dir: Path, args: tuple[str, ...], message: str
) -> None:
    project = signed(pacta, examples_dir)
    assert pacta("paid", project, "deposit").code == 0
    before = len(Repository(data_dir).records(project))
    result = pacta("paid", project, *args)
    assert result.code == 1
    assert plain(result.err.strip()) == f"pacta: {message.format(p=project)}"
    assert len(Repository(data_dir).records(project)) == before


def test_payment_shows_in_history_and_check_passes(pacta: Pacta, examples_dir: Path) -> None:
    project = signed(pacta, examples_dir)
    pacta("paid", project, "deposit", "--date", "2026-11-21", "--amount", "500")
    assert "Pago recibido (anticipo): 500,00 € (2026-11-21)" in plain(pacta("history", project).out)
    assert pacta("check").code == 0


def test_english_contract_payments(pacta: Pacta, examples_dir: Path) -> None:
    project = pacta("import", examples_dir / "brand-identity-en.json").out.strip().splitlines()[-1]
    table = rows(pacta("payments", project).out)
    assert table[0][:5] == ["payment", "description", "due", "base", "to pay"]
    assert table[2][2] == "on acceptance of LOGO · Logo suite"
    assert table[3][2].startswith("on delivery of GUIDE · ") and table[3][2].endswith("(the last deliverable)")


def test_an_unpaid_deposit_past_its_terms_is_overdue(pacta: Pacta, examples_dir: Path) -> None:
    project = pacta("import", examples_dir / "brand-identity-en.json").out.strip().splitlines()[-1]
    assert pacta("status", project, "signed", "--date", "2020-01-06").code == 0
    table = rows(pacta("payments", project).out)
    assert table[1][0] == "deposit" and table[1][-1] == "overdue"
    assert table[2][-1] == ""  # on acceptance: not due yet
    assert pacta("paid", project, "deposit", "--amount", "3000").code == 0
    assert rows(pacta("payments", project).out)[1][-2:] == ["$250.00", "overdue"]
    assert pacta("paid", project, "deposit").code == 0
    assert rows(pacta("payments", project).out)[1][-2:] == ["$0.00", ""]


def test_a_format2_change_without_taxes_removes_them(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    """In a /2 file an absent field means absent: the diff says the taxes go (a /1 file would keep them)."""
    project = signed(pacta, examples_dir)
    data = json.loads((examples_dir / "panaderia-v2.json").read_text(encoding="utf-8"))
    data["format"] = "pacta.contract/2"
    path = tmp_path / "v2-no-taxes.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert pacta("change", project, path, "--reason", "Sin impuestos", "--requested-by", "client").code == 0
    removed = pacta("diff", project, "1", "2").out
    assert "«IVA» → (vacío)" in removed and "«España» → (vacío)" in removed
    kept = pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Con impuestos",
                 "--requested-by", "client")
    assert kept.code == 0, kept.err
    diff = pacta("diff", project, "1", "3").out
    assert "IVA" not in diff and "España" not in diff and "Se añade el entregable D" in diff
