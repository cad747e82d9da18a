"""Screenshots of the main window (empty, with projects, the History tab), the letter to the client and
its advice screen, every wizard page, the step list with the live preview and the focus ring in a light
and a dark palette, the drafts list, a template chosen and the clause editor, in es and en.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--letters]

writes docs/screenshots/<lang>/*.png from a temporary data folder (with --letters, only the
letter screens).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
EXAMPLES = ROOT / "resources" / "examples"
WIZARD_EXAMPLE = {"es": "panaderia-v1.json", "en": "brand-identity-en.json"}


def wait(app: QApplication, condition: Callable[[], bool], seconds: float = 20) -> None:
    """Process events until `condition` holds."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def dark_palette() -> QPalette:
    """Light text on dark windows, fields and buttons, like a desktop's dark theme."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2d2d2d"), (roles.WindowText, "#eeeeee"), (roles.Base, "#1e1e1e"),
                         (roles.AlternateBase, "#262626"), (roles.Text, "#eeeeee"), (roles.Button, "#353535"),
                         (roles.ButtonText, "#eeeeee"), (roles.Highlight, "#3d7ab8"),
                         (roles.HighlightedText, "#ffffff"), (roles.PlaceholderText, "#9a9a9a")):
        palette.setColor(role, QColor(colour))
    return palette


def pause(app: QApplication, seconds: float) -> None:
    """Process events for a while (rendering threads deliver their results)."""
    end = time.monotonic() + seconds
    wait(app, lambda: time.monotonic() >= end, seconds + 1)


def shoot_letter(app: QApplication, window: object, bakery: str, lang: str,
                 save: Callable[[object, str], None]) -> None:
    """The letter screen (an overdue deposit, the client's concern restated) and its advice screen."""
    from gui.letters.advice import AdviceDialog
    from gui.letters.feature import Letters

    letters = next(e for e in window.extensions if isinstance(e, Letters))  # type: ignore[attr-defined]
    if lang == "en":
        # In English, the English example: signed on 8 January 2027, deposit due 14 days later.
        import datetime as dt

        from domain.lifecycle import Status
        from storage.service import set_status

        repo = window.ctx.repo  # type: ignore[attr-defined]
        brand = next(s.id for s in repo.list_projects()[0] if "Northwind" in s.title)
        set_status(repo, brand, Status.SIGNED, dt.date(2027, 1, 8))
        window.loaded = False  # type: ignore[attr-defined]
        window.reload(select=brand)  # type: ignore[attr-defined]
        wait(app, lambda: window.loaded and letters.detail is not None  # type: ignore[attr-defined]
             and letters.detail.project_id == brand)
    dialog = letters.open_dialog()
    assert dialog is not None
    wait(app, lambda: dialog.written is not None)
    dialog.date.setValue({"es": "2026-12-15", "en": "2027-02-01"}[lang])
    dialog.message.setValue({"es": "Buenos días, ¿cuándo empiezan? Ya deberían estar trabajando.",
                             "en": "Hi, when do you start? You should be working by now."}[lang])
    dialog.request.setText({"es": "le preocupa que el trabajo aún no haya empezado",
                            "en": "you are worried that the work has not started yet"}[lang])
    dialog.written = None
    dialog.write()
    wait(app, lambda: dialog.written is not None)
    pause(app, 0.3)
    save(dialog, "letter")
    job = dialog.job()
    assert job is not None and dialog.written is not None
    advice = AdviceDialog(dialog.written, job, letters.clock(), dialog)
    advice.hours.setValue(6)
    advice.show()
    pause(app, 0.3)
    save(advice, "letter-advice")
    advice.reject()
    dialog.reject()


def shoot(app: QApplication, lang: str, only_letters: bool = False) -> list[Path]:
    """Every screenshot in one language."""
    from domain.validation import contract_to_data, read_contract_file
    from gui.app import create_context
    from gui.core.i18n import remove_translators
    from gui.main.window import MainWindow
    from gui.wizard.wizard import ContractWizard, PageId
    from storage.repository import Repository

    folder = Path(tempfile.mkdtemp(prefix="pacta-shots-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", lang)
    ctx = create_context(app, data_dir=folder / "data", settings=settings)
    ctx.repo = Repository(ctx.data_dir, write=True)
    target = OUT / lang
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: object, name: str) -> None:
        path = target / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

    window = MainWindow(ctx)
    window.show()
    window.repository_ready()
    wait(app, lambda: window.loaded)
    if not only_letters:
        save(window, "main-empty")
    for name in ("panaderia-v1.json", "brand-identity-en.json"):
        ctx.repo.create_project(read_contract_file(EXAMPLES / name))
    window.loaded = False
    window.reload()
    wait(app, lambda: window.loaded)
    wait(app, lambda: "€" in window.detail.summary.browser.toPlainText()
         or "$" in window.detail.summary.browser.toPlainText())
    if not only_letters:
        save(window, "main-projects")

    # The History tab: the bakery's contract signed, then CO-1 asked for by the client.
    import datetime as dt

    from domain.lifecycle import Status
    from gui.history.tab import HistoryExtension
    from storage.service import record_change, set_status

    bakery = next(s.id for s in ctx.repo.list_projects()[0] if "Panader" in s.title)
    set_status(ctx.repo, bakery, Status.SIGNED, dt.date(2026, 11, 20))
    record_change(ctx.repo, bakery, read_contract_file(ROOT / "tests" / "examples" / "panaderia-v2.json"),
                  reason={"es": "Integración con Instagram y entrega un día antes",
                          "en": "Instagram integration and delivery a day earlier"}[lang],
                  requested_by="client", asked_on=dt.date(2026, 11, 25))
    history = next(e for e in window.extensions if isinstance(e, HistoryExtension))
    window.loaded = False
    window.reload(select=bakery)
    wait(app, lambda: window.loaded and window.selected_id() == bakery)
    window.detail.setCurrentWidget(history.tab)
    wait(app, lambda: history.records.current is not None and len(history.records.current.versions) == 2)
    wait(app, lambda: "300" in history.tab.comparison.toPlainText())
    pause(app, 0.3)
    if not only_letters:
        save(window, "main-history")
    shoot_letter(app, window, bakery, lang, save)
    if only_letters:
        window.hide()
        ctx.close()
        remove_translators(app, ctx.translators)
        return written

    # The Payments tab: a contract with IVA and IRPF (es) or without taxes (en), signed, the deposit paid.
    from decimal import Decimal

    from gui.payments.tab import PaymentsExtension
    from storage.payments import record_payment

    if lang == "es":
        paying = ctx.repo.create_project(read_contract_file(ROOT / "tests" / "examples" / "format2"
                                                            / "panaderia-v1-full.json")).project_id
        set_status(ctx.repo, paying, Status.SIGNED, dt.date(2026, 11, 20))
        record_payment(ctx.repo, paying, "deposit", on=dt.date(2026, 11, 21))
    else:
        paying = next(s.id for s in ctx.repo.list_projects()[0] if "Brand" in s.title)
        if ctx.repo.state(paying).status is not Status.SIGNED:  # the letter's screenshot may have signed it
            set_status(ctx.repo, paying, Status.SIGNED, dt.date(2026, 12, 1))
        record_payment(ctx.repo, paying, "deposit", on=dt.date(2026, 12, 2), amount=Decimal("1000.00"))
    payments = next(e for e in window.extensions if isinstance(e, PaymentsExtension))
    window.loaded = False
    window.reload(select=paying)
    wait(app, lambda: window.loaded)
    window.show_project(paying)
    wait(app, lambda: window.selected_id() == paying)
    window.detail.setCurrentWidget(payments.tab)
    wait(app, lambda: payments.records.current is not None and payments.records.current.project_id == paying
         and bool(payments.records.current.plan.payments))
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sum(sizes) * 2 // 5, sum(sizes) * 3 // 5])  # the amounts need the width
    pause(app, 0.3)
    save(window, "main-payments")
    window.splitter.setSizes(sizes)

    data = contract_to_data(read_contract_file(EXAMPLES / WIZARD_EXAMPLE[lang]))
    wizard = ContractWizard(ctx, data=data)
    wizard.show()
    names = ["1-project", "2-roles", "3-deliverables", "4-client-inputs", "5-payment", "6-communication",
             "7-termination", "8-terms", "9-review"]
    for index, name in enumerate(names):
        if index:
            wizard.button(QWizard.WizardButton.NextButton).click()
        pause(app, 0.2)
        if name == "9-review":
            review = wizard.currentPage()
            wait(app, lambda review=review: review.pdf.pageCount() > 0)
            pause(app, 2.5)
        save(wizard, f"wizard-{name}")
    while wizard.currentId() > PageId.PAYMENT:
        wizard.back()
    payment = wizard.currentPage()
    # The taxes of the fee: a Spanish contract starts with IVA; IRPF withheld at 15 % is one click.
    if lang == "es":
        payment.taxes.irpf_15.click()
    from PySide6.QtWidgets import QScrollArea

    area = payment.findChild(QScrollArea)
    if area is not None:
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    pause(app, 0.3)
    save(wizard, "wizard-5-payment-taxes")
    if area is not None:
        area.verticalScrollBar().setValue(0)
    payment.deposit.setText("140")
    pause(app, 0.5)
    save(wizard, "wizard-5-payment-error")
    payment.deposit.setText("40")
    pause(app, 0.5)

    # The step list with the live preview beside the deliverables, in a wider window.
    wizard.resize(1440, 820)
    wizard.go_to(2)
    wizard.button(QWizard.WizardButton.CustomButton1).setChecked(True)
    wait(app, lambda: wizard.side_preview.pdf.pageCount() > 0)
    pause(app, 1.5)
    wizard.currentPage().editor.table.setFocus()
    pause(app, 0.3)
    save(wizard, "wizard-steps-preview")
    wizard.button(QWizard.WizardButton.CustomButton1).setChecked(False)

    # The keyboard's place, ringed, in a light and in a dark palette.
    from gui.core.resources import is_dark, stylesheet

    wizard.resize(980, 720)
    wizard.go_to(2)
    pause(app, 0.3)
    light = app.palette()
    for scheme in ("light", "dark"):
        if scheme == "dark":
            app.setPalette(dark_palette())
        app.setStyleSheet(stylesheet(is_dark(app.palette())))
        wizard.currentPage().editor.add_button.setFocus()
        pause(app, 0.3)
        save(wizard, f"wizard-focus-{scheme}")
    app.setPalette(light)
    app.setStyleSheet(stylesheet(False))
    wizard.hide()
    written += shoot_features(app, window, lang, save)
    window.hide()
    ctx.close()
    remove_translators(app, ctx.translators)
    return written


def shoot_features(app: QApplication, window: object, lang: str, save: Callable[[object, str], None]) -> list[Path]:
    """The drafts list, a trade template chosen, and the clause editor."""
    from gui.drafts.dialog import DraftsDialog
    from gui.templates.chooser import TemplateChooser

    ctx = window.ctx  # type: ignore[attr-defined]
    titles = {"es": [("Logotipo para Horno Sol", "Horno Sol S.L.", 2, True), ("Fotos de producto", "Ana Ruiz", 4, False),
                     ("Tienda en línea", "", 0, False)],
              "en": [("Logo for Harbor Café", "Harbor Café LLC", 2, True), ("Product photos", "Ann Reed", 4, False),
                     ("Online shop", "", 0, False)]}[lang]
    for number, (title, client, page, kept) in enumerate(titles):
        ctx.repo.save_draft(f"new-shot{number}", {"contract": {"title": title, "client": {"name": client}},
                                                  "page": page, "kept": kept,
                                                  "saved": f"2026-12-0{7 - number}T1{number}:30:00+00:00"})
    window.offer_drafts()  # type: ignore[attr-defined]
    wait(app, lambda: any(d.isVisible() for d in window.findChildren(DraftsDialog)))  # type: ignore[attr-defined]
    drafts = next(d for d in window.findChildren(DraftsDialog) if d.isVisible())  # type: ignore[attr-defined]
    pause(app, 0.3)
    save(drafts, "drafts-list")
    drafts.close()
    templates = next(e for e in window.extensions if type(e).__name__ == "Templates")  # type: ignore[attr-defined]
    templates.new_action.trigger()
    wait(app, lambda: any(d.isVisible() for d in window.findChildren(TemplateChooser)))  # type: ignore[attr-defined]
    chooser = next(d for d in window.findChildren(TemplateChooser) if d.isVisible())  # type: ignore[attr-defined]
    chooser.select("trade", "photography")
    pause(app, 0.3)
    save(chooser, "template-chosen")
    chooser.start_button.click()
    wait(app, lambda: bool(window.ops.wizards))  # type: ignore[attr-defined]
    wizard = window.ops.wizards[-1]  # type: ignore[attr-defined]
    pause(app, 0.3)
    save(wizard, "template-wizard-placeholders")
    wizard.dirty = False
    wizard.close()
    texts = next(e for e in window.extensions if type(e).__name__ == "DocumentTexts")  # type: ignore[attr-defined]
    editor = texts.open()
    wait(app, lambda: editor.tree.topLevelItemCount() == 6)
    key = "agreement.purpose.text"
    item = next(editor.tree.topLevelItem(0).child(c) for c in range(editor.tree.topLevelItem(0).childCount())
                if editor.tree.topLevelItem(0).child(c).data(0, 256) == key)
    editor.tree.setCurrentItem(item)
    editor.mine.setPlainText({"es": "El Proveedor realizará con esmero para el Cliente el proyecto «{title}», "
                                    "en los términos de este contrato.",
                              "en": "The Provider will carefully carry out the project “{title}” for the Client, "
                                    "on the terms of this agreement."}[lang])
    editor.request_preview()
    wait(app, lambda: editor.pdf.pageCount() > 0 and "…" not in editor.preview_status.text())
    pause(app, 1.0)
    save(editor, "clause-editor")
    editor.close()
    return []


def main() -> int:
    """Write every screenshot and list them."""
    from gui.core.resources import STYLESHEET

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyleSheet(STYLESHEET)
    for lang in ("es", "en"):
        for path in shoot(app, lang, only_letters="--letters" in sys.argv):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
