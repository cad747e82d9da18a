"""Screenshots of the main window (empty, with projects, the History tab) and of every wizard page, in es and en.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

writes docs/screenshots/<lang>/*.png from a temporary data folder.
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


def pause(app: QApplication, seconds: float) -> None:
    """Process events for a while (rendering threads deliver their results)."""
    end = time.monotonic() + seconds
    wait(app, lambda: time.monotonic() >= end, seconds + 1)


def shoot(app: QApplication, lang: str) -> list[Path]:
    """Every screenshot in one language."""
    from domain.validation import contract_to_data, read_contract_file
    from gui.app import create_context
    from gui.core.i18n import remove_translators
    from gui.main.window import MainWindow
    from gui.wizard.wizard import ContractWizard
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
    save(window, "main-empty")
    for name in ("panaderia-v1.json", "brand-identity-en.json"):
        ctx.repo.create_project(read_contract_file(EXAMPLES / name))
    window.loaded = False
    window.reload()
    wait(app, lambda: window.loaded)
    wait(app, lambda: "€" in window.detail.summary.browser.toPlainText()
         or "$" in window.detail.summary.browser.toPlainText())
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
    save(window, "main-history")

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
        set_status(ctx.repo, paying, Status.SIGNED, dt.date(2026, 12, 1))
        record_payment(ctx.repo, paying, "deposit", on=dt.date(2026, 12, 2), amount=Decimal("1000.00"))
    payments = next(e for e in window.extensions if isinstance(e, PaymentsExtension))
    window.loaded = False
    window.reload(select=paying)
    wait(app, lambda: window.loaded and window.selected_id() == paying)
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
             "7-termination", "8-review"]
    for index, name in enumerate(names):
        if index:
            wizard.button(QWizard.WizardButton.NextButton).click()
        pause(app, 0.2)
        if name == "8-review":
            review = wizard.currentPage()
            wait(app, lambda review=review: review.pdf.pageCount() > 0)
            pause(app, 2.5)
        save(wizard, f"wizard-{name}")
    wizard.back()
    wizard.back()
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
    pause(app, 0.2)
    save(wizard, "wizard-5-payment-error")
    wizard.hide()
    window.hide()
    ctx.close()
    remove_translators(app, ctx.translators)
    return written


def main() -> int:
    """Write every screenshot and list them."""
    from gui.core.resources import STYLESHEET

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyleSheet(STYLESHEET)
    for lang in ("es", "en"):
        for path in shoot(app, lang):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
