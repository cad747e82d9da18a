"""The letter flow in the app, end to end: write, read the facts, edit, keep a draft, the advice
screen, send tomorrow at 9:00 with a fake clock, cancel, and the question at the next start.

Real widgets, real storage in a temporary folder, a real SMTP server on loopback.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from delivery import letter_outbox
from domain.lifecycle import Status
from domain.validation import read_contract_file
from gui.letters.dialog import LetterDialog
from gui.letters.feature import Letters
from gui.main.window import MainWindow
from storage.repository import Repository
from storage.service import set_status
from tests.cli.test_send import configure
from tests.delivery.conftest import smtp_server  # noqa: F401
from tests.gui.keys import click, type_text

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # aiosmtpd on loopback


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


def open_window(qtbot: Any, ctx: Any, examples_dir: Path, clock: Clock, monkeypatch: Any) -> tuple[MainWindow, Letters, str]:
    import gui.letters.feature as feature

    monkeypatch.setattr(feature, "now", clock)
    repo = ctx.repository()
    pid = repo.create_project(read_contract_file(examples_dir / "panaderia-v1.json")).project_id
    set_status(repo, pid, Status.SIGNED, dt.date(2026, 11, 20))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    letters = next(e for e in window.extensions if isinstance(e, Letters))
    qtbot.waitUntil(lambda: letters.detail is not None, timeout=5000)
    return window, letters, pid


def facts(dialog: LetterDialog) -> dict[str, tuple[str, int | None]]:
    assert dialog.written is not None
    return {q.label: (q.value, q.clause) for q in dialog.written.letter.letter.quoted}


def journal_letters(repo: Repository, pid: str) -> list[dict[str, Any]]:
    return [r.data for r in repo.records(pid) if r.kind == "journal" and r.data["kind"] == "letter"]


def test_write_advise_send_tomorrow_and_cancel(qtbot, ctx, examples_dir, monkeypatch, smtp_server, dialogs) -> None:  # noqa: F811
    server = smtp_server()
    configure(server)
    clock = Clock(dt.datetime(2026, 12, 15, 18, 30))
    _window, letters, pid = open_window(qtbot, ctx, examples_dir, clock, monkeypatch)
    assert letters.write_action.isEnabled()

    dialog = letters.open_dialog()
    assert isinstance(dialog, LetterDialog)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    # The overdue deposit, with its clause and interest to the letter's date, beside the letter (the facts
    # are named in the contract's language, like the letter).
    shown = facts(dialog)
    assert shown["Intereses de demora"] == ("5,33\xa0€", 8)
    assert shown["Días de retraso"] == ("10", None)
    panel = dialog.facts.toPlainText()
    assert "Intereses de demora: 5,33 €" in panel.replace("\xa0", " ")
    assert "Clause 8 · Honorarios y forma de pago" in panel
    assert "Las cantidades no pagadas a su vencimiento devengarán un interés de demora del 1,5 % mensual" in panel
    assert "version 1 (in force)" in dialog.source.text()
    assert "Cláusula 8 («Honorarios y forma de pago»)" in dialog.editor.toPlainText()

    # The client's message, and their concern in the user's words: the letter opens with it.
    type_text(qtbot, dialog.message, "¿Por qué no han empezado todavía?")
    type_text(qtbot, dialog.request, "Que empiece el proyecto antes de recibir el anticipo.")
    click(qtbot, dialog.write_button)
    qtbot.waitUntil(lambda: "Que empiece el proyecto" in dialog.editor.toPlainText(), timeout=10000)
    assert ("Si lo he entendido bien, me pide lo siguiente: «Que empiece el proyecto antes de recibir el anticipo»."
            in dialog.editor.toPlainText())

    # Edited by hand and kept as a draft.
    dialog.editor.moveCursor(dialog.editor.textCursor().MoveOperation.End)
    type_text(qtbot, dialog.editor, "P. D.: adjunto la factura.")
    click(qtbot, dialog.draft_button)
    draft_file = letter_outbox.draft_path(ctx.data_dir, pid, "payment-reminder")
    qtbot.waitUntil(draft_file.exists, timeout=5000)
    draft = json.loads(draft_file.read_text(encoding="utf-8"))
    assert draft["text"].endswith("P. D.: adjunto la factura.")
    assert draft["client_message"] == "¿Por qué no han empezado todavía?"

    # The advice screen: the concern restated, wait, and the cost of walking away.
    seen: dict[str, str] = {}

    def advise() -> None:
        advice = letters.advice
        seen["owed"] = advice.owed.text()
        advice.hours.setValue(4)
        seen["cost"] = advice.cost.text()
        seen["to"] = advice.to.text()
        click(qtbot, advice.later_button)

    QTimer.singleShot(0, advise)
    click(qtbot, dialog.send_button)
    assert seen["owed"] == "Still owed on this contract: 2.700,00\xa0€."
    assert "45,00\xa0€ an hour, that time is worth 180,00\xa0€" in seen["cost"]
    assert seen["to"] == "jorge@laespiga.example"
    qtbot.waitUntil(lambda: len(letters.jobs) == 1, timeout=5000)
    [job] = letters.jobs
    assert job.due_at == dt.datetime(2026, 12, 16, 9, 0)
    assert job.text.endswith("P. D.: adjunto la factura.")
    assert "goes 2026-12-16 09:00" in dialog.status.text()

    # Not yet at 8:59; sent at 9:00, with the PDF, and kept in the journal.
    clock.moment = dt.datetime(2026, 12, 16, 8, 59)
    letters.check()
    qtbot.wait(300)
    assert server.handler.received == []
    clock.moment = dt.datetime(2026, 12, 16, 9, 0)
    with qtbot.waitSignal(letters.sent, timeout=10000):
        letters.check()
    [got] = server.handler.received
    assert got.rcpt_tos == ["jorge@laespiga.example"]
    assert b"application/pdf" in got.content
    qtbot.waitUntil(lambda: letters.jobs == [], timeout=5000)
    [entry] = journal_letters(ctx.repository(), pid)
    assert entry["letter"]["action"] == "sent" and entry["letter"]["scheduled"] == "2026-12-16T09:00"
    assert entry["text"].endswith("P. D.: adjunto la factura.")

    # Another one put off until tomorrow, then cancelled from the outbox: it never goes.
    QTimer.singleShot(0, lambda: click(qtbot, letters.advice.later_button))
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: len(letters.jobs) == 1, timeout=5000)
    assert letters.jobs[0].due_at == dt.datetime(2026, 12, 17, 9, 0)
    outbox = letters.open_outbox()
    qtbot.waitUntil(lambda: outbox.list.count() == 1, timeout=5000)
    click(qtbot, outbox.cancel_button)
    qtbot.waitUntil(lambda: letters.jobs == [] and outbox.list.count() == 0, timeout=5000)
    clock.moment = dt.datetime(2026, 12, 17, 9, 30)
    letters.check()
    qtbot.wait(300)
    assert len(server.handler.received) == 1
    assert len(journal_letters(ctx.repository(), pid)) == 1


def test_a_letter_due_while_the_app_was_closed_is_asked_about(
    qtbot, ctx, examples_dir, monkeypatch, smtp_server, dialogs  # noqa: F811
) -> None:
    server = smtp_server()
    configure(server)
    clock = Clock(dt.datetime(2026, 12, 15, 18, 0))
    window, letters, _pid = open_window(qtbot, ctx, examples_dir, clock, monkeypatch)
    dialog = letters.open_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    QTimer.singleShot(0, lambda: click(qtbot, letters.advice.later_button))
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: len(letters.jobs) == 1, timeout=5000)

    # The app is closed, and started again the day after at 11:00: the letter was due at 9:00. No: it stays.
    letters.stop()
    clock.moment = dt.datetime(2026, 12, 16, 11, 0)
    dialogs.answer = QMessageBox.StandardButton.No
    again = Letters(window, clock)
    qtbot.waitUntil(lambda: dialogs.titles("question") == ["A letter was not sent"], timeout=5000)
    qtbot.wait(300)
    assert server.handler.received == [] and len(again.jobs) == 1
    again.check()  # the timer does not send it behind the user's back
    again.stop()
    qtbot.wait(300)
    assert server.handler.received == []

    # Started once more, and this time the answer is yes: it goes.
    dialogs.answer = QMessageBox.StandardButton.Yes
    third = Letters(window, clock)
    with qtbot.waitSignal(third.sent, timeout=10000):
        pass
    assert len(server.handler.received) == 1
    qtbot.waitUntil(lambda: third.jobs == [], timeout=5000)


def test_amounts_typed_the_spanish_way_and_a_request_with_control_characters(
        qtbot, ctx_es, examples_dir, monkeypatch) -> None:
    """Hours and price are read the UI language's way (2,5 is two and a half), garbage is refused on
    the field, and the client's concern is held to the same text rules as a change's reason."""
    from domain.letters import Kind

    clock = Clock(dt.datetime(2026, 12, 15, 18, 30))
    _window, letters, _pid = open_window(qtbot, ctx_es, examples_dir, clock, monkeypatch)
    dialog = letters.open_dialog()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.OUT_OF_SCOPE.value))
    type_text(qtbot, dialog.hours, "2,5")
    request = dialog.request_of()
    assert request is not None and request.hours == Decimal("2.5")
    dialog.hours.clear()
    type_text(qtbot, dialog.price, "1.234,56")
    request = dialog.request_of()
    assert request is not None and request.price == Decimal("1234.56")
    dialog.price.clear()
    type_text(qtbot, dialog.price, "mil")
    assert dialog.request_of() is None and dialog.price.property("invalid") and dialog.price.toolTip()
    dialog.price.clear()
    dialog.request.setText("hola\x1b[2Jadiós")  # pasted, as a terminal escape would arrive
    assert dialog.request_of() is None
    assert dialog.request.property("invalid") and "carácter de control" in dialog.request.toolTip()
