"""The Payments tab in English: the schedule, a part payment typed in the dialog, refusals on the field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from gui.payments.dialog import MarkPaidDialog
from tests.gui.keys import replace_text
from tests.gui.test_reference_case import answer
from tests.gui.test_reference_money import open_app, plain, sign, table_rows


def test_a_part_payment_and_what_the_dialog_refuses(qtbot, ctx, dialogs, examples_dir, monkeypatch) -> None:
    window, history, payments, pid = open_app(qtbot, ctx, dialogs, examples_dir / "brand-identity-en.json")
    window.detail.setCurrentWidget(payments.tab)
    qtbot.waitUntil(lambda: bool(table_rows(payments)), timeout=5000)
    rows = table_rows(payments)
    assert [r[0] for r in rows] == ["Deposit", "Logo approved", "Final files"]
    assert [r[1] for r in rows] == ["$3,250.00", "$1,625.00", "$1,625.00"]
    assert rows[2][5].startswith("on delivery of GUIDE")  # tied to the last deliverable, said so
    assert not payments.tab.warning.isVisible()  # not signed yet
    sign(qtbot, monkeypatch, history, "2026-12-01")
    qtbot.waitUntil(lambda: payments.records.current is not None and payments.records.current.signed, timeout=5000)
    # Deposit first, but the work starts on 11 January 2027: no warning before then.
    assert payments.tab.warning.isVisible() == (dt.date.today() >= dt.date(2027, 1, 11))

    seen: list[str] = []

    def fill(dialog: Any) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.amount.text() == "3,250.00"
        for typed, message in (
            ("abc", "Amount received must be an amount written like 1,234.56"),
            ("-10", "Amount received must not be negative"),
            ("1.000,00", "Amount received cannot be read for sure (1.000,00): write 1 or 1,000"),
            ("4,000.00", "That is more than the $3,250.00 still owed for this payment."),
        ):
            replace_text(qtbot, dialog.amount, typed)
            ok.click()
            assert dialog.result() != QDialog.DialogCode.Accepted
            assert dialog.amount.property("invalid") is True
            seen.append(dialog.amount.toolTip())
            assert dialog.amount.text() == typed
            assert message in dialog.amount.toolTip(), dialog.amount.toolTip()
        replace_text(qtbot, dialog.date.line, "2026-12-02")
        replace_text(qtbot, dialog.amount, "1,000.50")

    answer(monkeypatch, MarkPaidDialog, fill)
    payments.paid_action.trigger()
    qtbot.waitUntil(lambda: payments.records.current is not None
                    and payments.records.current.plan.paid == Decimal("1000.50"), timeout=5000)
    assert len(seen) == 4
    [paid] = ctx.repository().state(pid).payments
    assert (paid.what, paid.amount, paid.date) == ("deposit", Decimal("1000.50"), dt.date(2026, 12, 2))
    rows = table_rows(payments)
    assert rows[0][2:4] == ["$1,000.50", "$2,249.50"]
    totals = plain(payments.tab.totals.text())
    assert "Total to pay: $6,500.00" in totals and "Paid so far: $1,000.50" in totals
    assert "Still to pay: $5,499.50" in totals
