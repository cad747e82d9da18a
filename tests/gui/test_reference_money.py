"""The money reference case of issue 12 in the app, in Spanish, through its menus, tabs and dialogs.

Import panaderia-v1 with IVA and IRPF (format 2), mark it signed, see the Payments tab warn
that the deposit is not paid while the work is due to start, mark the deposit as paid there,
record panaderia-v2 as the client's change with the difference going with the next payment,
accept it: the History comparison and the exported change order (read back with pdftotext)
show 1.080,00 € of base paid (1.144,80 € with IVA and IRPF), no new deposit, and a remaining
schedule that adds up to the balance, with IVA and IRPF lines.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from gui.history.tab import ROLE_CHANGE, HistoryExtension
from gui.main.window import MainWindow
from gui.payments.dialog import MarkPaidDialog
from gui.payments.tab import PaymentsExtension
from gui.widgets.change_request import ChangeRequestDialog, DecisionDialog
from tests.gui.keys import choose, click, replace_text, type_text
from tests.gui.test_reference_case import answer

FORMAT2 = ("law", "taxes", "day_basis", "expenses", "ownership", "confidentiality_years",
           "non_solicitation_months", "data_processing")


def plain(text: str) -> str:
    """Babel puts no-break spaces between amount and currency; compare with plain spaces."""
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def v2_with_taxes(examples: Path, folder: Path) -> Path:
    """panaderia-v2 with the format-2 fields of panaderia-v1-full (IVA 21 % added, IRPF 15 % withheld)."""
    full = json.loads((examples / "format2" / "panaderia-v1-full.json").read_text(encoding="utf-8"))
    data = json.loads((examples / "panaderia-v2.json").read_text(encoding="utf-8"))
    data.update({k: full[k] for k in FORMAT2}, format="pacta.contract/2")
    path = folder / "panaderia-v2-full.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def open_app(qtbot: Any, ctx: Any, dialogs: Any, contract: Path) -> tuple[MainWindow, HistoryExtension,
                                                                          PaymentsExtension, str]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    history = next(e for e in window.extensions if isinstance(e, HistoryExtension))
    payments = next(e for e in window.extensions if isinstance(e, PaymentsExtension))
    dialogs.open_file = str(contract)
    window.commands.import_.trigger()
    qtbot.waitUntil(lambda: window.selected_id() is not None and payments.records.current is not None, timeout=5000)
    pid = window.selected_id()
    assert pid is not None
    return window, history, payments, pid


def sign(qtbot: Any, monkeypatch: pytest.MonkeyPatch, history: HistoryExtension, on: str) -> None:
    answer(monkeypatch, DecisionDialog, lambda d: replace_text(qtbot, d.date.line, on))
    history.actions.status_actions["signed"].trigger()
    qtbot.waitUntil(lambda: history.records.current is not None
                    and history.records.current.state.status.value == "signed", timeout=5000)


def table_rows(payments: PaymentsExtension) -> list[list[str]]:
    table = payments.tab.table
    return [[plain(item.text(c)) for c in range(table.columnCount())]
            for i in range(table.topLevelItemCount()) if (item := table.topLevelItem(i)) is not None]


def test_the_money_reference_case_in_the_app(qtbot, ctx_es, dialogs, examples_dir, monkeypatch, tmp_path) -> None:
    ctx = ctx_es
    window, history, payments, pid = open_app(qtbot, ctx, dialogs, examples_dir / "format2" / "panaderia-v1-full.json")
    sign(qtbot, monkeypatch, history, "2026-11-20")
    window.detail.setCurrentWidget(payments.tab)
    qtbot.waitUntil(lambda: payments.records.current is not None and payments.records.current.signed, timeout=5000)

    # The schedule with IVA and IRPF: deposit 1.080,00 € of base is 1.144,80 € to pay.
    shown = table_rows(payments)
    assert shown[0][0] == "Anticipo" and shown[0][1] == "1.144,80 €" and shown[0][3] == "1.144,80 €"
    assert shown[1][1] == "1.717,20 €"  # 1.620,00 € + 340,20 € − 243,00 €
    first = payments.tab.table.topLevelItem(0)
    assert first is not None
    assert plain(first.toolTip(1)) == "Base 1.080,00 € + IVA (21 %) 226,80 € − IRPF (15 %) 162,00 € = 1.144,80 €"
    totals = plain(payments.tab.totals.text())
    assert "Total a pagar: Base 2.700,00 € + IVA (21 %) 567,00 € − IRPF (15 %) 405,00 € = 2.862,00 €" in totals
    assert "Pagado hasta ahora: 0,00 €" in totals and "Pendiente de pago: 2.862,00 €" in totals

    # Deposit first, work due to start (23 November 2026), deposit not recorded: a warning.
    assert dt.date.today() >= dt.date(2026, 11, 23)
    assert payments.tab.warning.isVisible()
    assert plain(payments.tab.warning.text()) == (
        "El trabajo empieza cuando se paga el anticipo y ya debería empezar (23 de noviembre de 2026), pero el "
        "anticipo no consta como pagado: quedan 1.144,80 € por pagar.")

    # Mark as paid, in the tab: the dialog offers all that is owed for the deposit.
    def pay(dialog: Any) -> None:
        assert dialog.what.currentData() == "deposit"
        assert dialog.amount.text() == "1.144,80"
        replace_text(qtbot, dialog.date.line, "2026-11-21")

    answer(monkeypatch, MarkPaidDialog, pay)
    click(qtbot, payments.tab.paid_button)
    qtbot.waitUntil(lambda: payments.records.current is not None
                    and payments.records.current.plan.paid == Decimal("1144.80"), timeout=5000)
    [paid] = ctx.repository().state(pid).payments
    assert (paid.what, paid.amount, paid.date) == ("deposit", Decimal("1144.80"), dt.date(2026, 11, 21))
    qtbot.waitUntil(lambda: not payments.tab.warning.isVisible(), timeout=5000)
    assert table_rows(payments)[0][2] == "1.144,80 €" and table_rows(payments)[0][3] == "0,00 €"

    # The change, asked for by the client; once signed the dialog asks where the difference goes.
    def change(dialog: Any) -> None:
        assert dialog.difference is not None
        type_text(qtbot, dialog.reason, "Añadir la integración con Instagram")
        click(qtbot, dialog.client)
        replace_text(qtbot, dialog.date.line, "2026-11-25")
        choose(qtbot, dialog.difference, "next-installment")

    answer(monkeypatch, ChangeRequestDialog, change)
    dialogs.open_file = str(v2_with_taxes(examples_dir, tmp_path))
    history.actions.change_action.trigger()
    qtbot.waitUntil(lambda: bool(ctx.repository().state(pid).change_orders), timeout=5000)
    [order] = ctx.repository().state(pid).change_orders
    assert order.difference == "next-installment"

    # Accept CO-1 in the History tab.
    window.detail.setCurrentWidget(history.tab)
    qtbot.waitUntil(lambda: history.records.current is not None and bool(history.records.current.change_orders),
                    timeout=5000)
    answer(monkeypatch, DecisionDialog, lambda d: replace_text(qtbot, d.date.line, "2026-11-26"))
    history.actions.accept_action.trigger()
    qtbot.waitUntil(lambda: ctx.repository().state(pid).in_force == 2, timeout=5000)

    # The History comparison: totals before and after with taxes, paid so far, what remains = the balance.
    qtbot.waitUntil(lambda: "3.180,00 €" in plain(history.tab.comparison.toPlainText()), timeout=5000)
    text = plain(history.tab.comparison.toPlainText())
    assert "Base 2.700,00 € + IVA (21 %) 567,00 € − IRPF (15 %) 405,00 € = 2.862,00 €" in text
    assert "Base 3.000,00 € + IVA (21 %) 630,00 € − IRPF (15 %) 450,00 € = 3.180,00 €" in text
    assert "Total antes de la CO-1: Base 2.700,00 €" in text and "Total después de la CO-1: Base 3.000,00 €" in text
    assert "Pagado hasta ahora: 1.144,80 €" in text
    assert "Estos pagos suman exactamente lo pendiente: 3.180,00 € a pagar, menos 1.144,80 € ya pagados, " \
           "son 2.035,20 €." in text
    assert "La diferencia de precio se suma al próximo pago aún no vencido." in text
    assert "Anticipo" not in text.split("1.144,80 €", 1)[1]  # no new deposit among what remains

    # The Payments tab after the change: the deposit as it was, the rest 2.035,20 € with the +300,00 €.
    qtbot.waitUntil(lambda: payments.records.current is not None and payments.records.current.plan.version == 2,
                    timeout=5000)
    after = table_rows(payments)
    assert after[0][0] == "Anticipo" and after[0][3] == "0,00 €"
    assert after[1][1] == "2.035,20 €" and "+300,00 €" in after[1][0] and "CO-1" in after[1][0]
    assert len(after) == 2

    # The change order exported from the History tab, read back with pdftotext.
    timeline = history.tab.timeline
    items = [item for i in range(timeline.topLevelItemCount()) if (item := timeline.topLevelItem(i)) is not None]
    timeline.setCurrentItem(next(item for item in items if item.data(0, ROLE_CHANGE) == "CO-1"))
    out = tmp_path / "out"
    out.mkdir()
    dialogs.folder = str(out)
    click(qtbot, history.tab.export_button)
    qtbot.waitUntil(lambda: any(p.suffix == ".pdf" for p in out.iterdir()), timeout=30000)
    pdf = next(p for p in out.iterdir() if p.suffix == ".pdf")
    tool = shutil.which("pdftotext")
    assert tool is not None
    words = plain(subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout)
    assert "1.080,00 € 226,80 € −162,00 € 1.144,80 €" in words  # paid so far, with IVA and IRPF
    assert "el Cliente ha pagado 1.144,80 €" in words
    assert "abonará un anticipo" not in words
    assert "IVA (21 %)" in words and "IRPF (15 %," in words
    assert "Los pagos pendientes suman 2.035,20 €" in words
