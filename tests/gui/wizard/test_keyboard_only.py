"""The reference contract written with the keyboard only: from the welcome screen to the documents.

No mouse event and no widget method that changes anything: Tab, Alt+letter, Insert, typing,
Space. Dates are typed the Spanish way and amounts with a decimal comma, as a Spanish
freelancer would. The stored contract must be the reference contract exactly (with the usual
agreement terms for Spain and the few typed on the terms page), and the
documents must be real ones.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from domain.agreement_terms import defaults
from domain.validation import contract_to_data, read_contract_file, validate_contract
from gui.main.window import MainWindow
from gui.wizard.page_terms import COUNTRY_STATE
from gui.wizard.wizard import ContractWizard, PageId
from tests.gui.keyboard import Key, Keyboard

REFERENCE = Path("/work/shared/examples/panaderia-v1.json")


def spanish_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def comma(amount: str) -> str:
    return amount.replace(".", ",")


def next_page(qtbot: Any, kb: Keyboard, wizard: ContractWizard) -> None:
    """Alt+the Next button's letter; the page must accept what was typed."""
    before = wizard.currentId()
    kb.alt(wizard.button(QWizard.WizardButton.NextButton).text())
    qtbot.waitUntil(lambda: wizard.currentId() == before + 1 or bool(wizard.currentPage().messages()),
                    timeout=3000)
    assert wizard.currentId() == before + 1, wizard.currentPage().messages()
    # The new page gives the keyboard to its first field.
    qtbot.waitUntil(lambda: wizard.currentPage().isAncestorOf(kb.focus()), timeout=2000)


def add_rows(kb: Keyboard, editor: Any, rows: list[dict[str, Any]], keys: tuple[str, ...]) -> None:
    """Insert in the table adds a row and puts the keyboard in its first field; Tab through the rest."""
    for item in rows:
        kb.tab_to(editor.table)
        kb.press(Key.Key_Insert)
        for key in keys:
            value = item.get(key)
            if value is None:
                continue
            widget = editor.editor(key)
            if hasattr(widget, "kind"):
                kb.choose(widget.kind, str(value))
            elif hasattr(widget, "findData"):
                kb.choose(widget, str(value))
            else:
                text = "\n".join(value) if isinstance(value, list) else str(value)
                if key == "due":
                    text = spanish_date(text)
                elif key in ("price", "percent"):
                    text = comma(text)
                kb.fill(widget, text)


def test_the_reference_contract_from_the_welcome_screen_to_the_documents_without_a_mouse(
        qtbot, ctx_es, dialogs, tmp_path, monkeypatch) -> None:
    reference = REFERENCE if REFERENCE.exists() else Path(__file__).resolve().parents[2] / "examples" / "panaderia-v1.json"
    expected = contract_to_data(read_contract_file(reference))
    ctx_es.prefs.set_state(COUNTRY_STATE, "ES")
    # The app names the deliverable the balance is paid on (the last one, C), and a Spanish contract
    # starts with IVA added; both are on the payment page to see and change.
    expected["payment"]["installments"][0]["deliverable"] = "C"
    expected["taxes"] = {"prices_include_tax": False, "lines": [{"name": "IVA", "percent": "21", "kind": "add"}]}
    expected = contract_to_data(validate_contract(expected, "es"))
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    # Any mouse event in this test is a failure.
    from PySide6.QtTest import QTest

    monkeypatch.setattr(QTest, "mouseClick", lambda *a, **k: pytest.fail("a mouse click"))
    monkeypatch.setattr(qtbot, "mouseClick", lambda *a, **k: pytest.fail("a mouse click"))

    window = MainWindow(ctx_es)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    kb = Keyboard(qtbot)
    assert window.start_button.isVisible()  # the welcome screen
    kb.activate(window.start_button)
    qtbot.waitUntil(lambda: bool(window.ops.wizards), timeout=3000)
    wizard = window.ops.wizards[0]
    qtbot.waitUntil(lambda: wizard.isActiveWindow() and wizard.currentPage().isAncestorOf(kb.focus()), timeout=3000)

    # 1. Project and parties: the keyboard starts in the title.
    page = wizard.currentPage()
    assert kb.has(page.project_title)
    kb.type(expected["title"])
    kb.fill(page.reference, expected["reference"])
    kb.choose(page.language, expected["language"])
    kb.fill(page.currency, expected["currency"])
    kb.fill(page.start, spanish_date(expected["start"]))
    for side, fields in (("provider", page.provider[1]), ("client", page.client[1])):
        for key, widget in fields.items():
            kb.fill(widget, expected[side].get(key, ""))
    next_page(qtbot, kb, wizard)

    # 2. Roles, on both sides.
    page = wizard.currentPage()
    for party, editor in page.editors.items():
        add_rows(kb, editor, [r for r in expected["roles"] if r["party"] == party], ("person", "role", "responsibilities"))
    next_page(qtbot, kb, wizard)

    # 3. Deliverables and what is not included.
    page = wizard.currentPage()
    add_rows(kb, page.editor, expected["deliverables"], ("title", "description", "acceptance", "due", "price", "id"))
    kb.fill(page.out_of_scope, "\n".join(expected["out_of_scope"]))
    next_page(qtbot, kb, wizard)

    # 4. What the client hands over.
    add_rows(kb, wizard.currentPage().editor, expected["client_inputs"], ("title", "due"))
    next_page(qtbot, kb, wizard)

    # 5. Payment: the default balance installment becomes the reference's.
    page = wizard.currentPage()
    payment = expected["payment"]
    kb.fill(page.deposit, comma(payment["deposit_percent"]))
    kb.tick(page.after_deposit, payment["work_starts_after_deposit"])
    [installment] = payment["installments"]
    assert page.model.rowCount() == 1
    kb.tab_to(page.editor.table)
    kb.fill(page.editor.editor("label"), installment["label"])
    kb.fill(page.editor.editor("percent"), comma(installment["percent"]))
    kb.choose(page.editor.editor("due").kind, installment["due"])
    kb.fill(page.terms, str(payment["payment_terms_days"]))
    kb.fill(page.interest, comma(payment["late_interest_percent"]))
    next_page(qtbot, kb, wizard)

    # 6. Revisions and communication.
    page = wizard.currentPage()
    revisions, talk = expected["revisions"], expected["communication"]
    kb.fill(page.rounds, str(revisions["rounds_included"]))
    kb.fill(page.extra, comma(revisions["extra_round_price"]))
    kb.fill(page.channels, "\n".join(talk["channels"]))
    kb.fill(page.hours, talk["working_hours"])
    kb.fill(page.response, str(talk["response_time_hours"]))
    kb.fill(page.urgent, talk["urgent_definition"])
    kb.fill(page.surcharge, comma(talk["urgent_surcharge_percent"]))
    kb.fill(page.feedback, str(talk["feedback_days"]))
    next_page(qtbot, kb, wizard)

    # 7. Changes and termination.
    page = wizard.currentPage()
    changes, ending = expected["changes"], expected["termination"]
    kb.fill(page.process, changes["process"])
    kb.fill(page.rate, comma(changes["hourly_rate"]))
    kb.fill(page.notice, str(ending["notice_days"]))
    kb.tick(page.work_done, ending["pay_for_work_done"])
    kb.tick(page.refundable, ending["deposit_refundable"])
    kb.fill(page.kill_fee, comma(ending["kill_fee_percent"]))
    kb.fill(page.ownership, ending["work_ownership"])
    next_page(qtbot, kb, wizard)

    # 8. Agreement terms: the usual ones for Spain, with the courts, non-solicitation and personal data added.
    page = wizard.currentPage()
    assert wizard.currentId() == PageId.TERMS and page.governing_law.value() == "España"
    kb.fill(page.courts, "Madrid")
    kb.tab_to(page.rights)
    kb.press(Key.Key_Space)  # the first right (reproduction) unticked, and ticked again
    kb.press(Key.Key_Space)
    kb.fill(page.non_solicitation, "12")
    kb.tick(page.data_processing, True)
    next_page(qtbot, kb, wizard)
    expected = contract_to_data(validate_contract({
        **expected, **defaults("es", "ES", "EUR"), "law": {"governing_law": "España", "courts": "Madrid"},
        "non_solicitation_months": 12, "data_processing": True}))

    # 9. Review: every step done; Generate documents with its Alt+letter.
    review = wizard.currentPage()
    assert wizard.currentId() == PageId.REVIEW and review.problems() == []
    assert contract_to_data(wizard.contract()) == expected
    out = tmp_path / "documentos"
    out.mkdir()
    dialogs.folder = str(out)
    kb.alt(review.generate_button.text())
    qtbot.waitUntil(lambda: len(list(out.glob("*.pdf"))) == 2 and len(list(out.glob("*.docx"))) == 2, timeout=60000)
    qtbot.waitUntil(lambda: not wizard.dirty and wizard.project_id is not None, timeout=10000)

    # Stored exactly as the reference, and the documents are real ones.
    repo = ctx_es.repository()
    [summary], problems = repo.list_projects()
    assert problems == []
    assert contract_to_data(repo.version(summary.id).contract) == expected
    for pdf in out.glob("*.pdf"):
        assert pdf.read_bytes().startswith(b"%PDF")
        if shutil.which("qpdf"):
            subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            assert "Panadería La Espiga" in text
    assert all(p.stat().st_size > 0 for p in out.glob("*.docx"))
    # And the keyboard finishes too: Alt+Finish closes the wizard.
    kb.alt(wizard.button(QWizard.WizardButton.FinishButton).text())
    qtbot.waitUntil(lambda: not window.ops.wizards, timeout=5000)
