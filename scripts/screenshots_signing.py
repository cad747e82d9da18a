"""Screenshots of the Agreement terms page, the Sign dialog and a Verify result, in es and en.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_signing.py

writes docs/screenshots/<lang>/{wizard-8-terms,wizard-8-terms-end,sign-dialog,verify-result,receive-untrusted}.png from a temporary
data folder (the verify result is of an agreement whose deposit was edited in the PDF).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QWizard  # noqa: E402

from scripts.screenshots import EXAMPLES, OUT, pause, wait  # noqa: E402


def shoot(app: QApplication, lang: str) -> list[Path]:
    """The three screenshots in one language."""
    from delivery.render import render_project_document
    from domain.lifecycle import Status
    from domain.validation import contract_to_data, read_contract_file
    from gui.app import create_context
    from gui.core.i18n import remove_translators
    from gui.main.window import MainWindow
    from gui.signing.menu import Signing
    from gui.wizard.page_terms import COUNTRY_STATE
    from gui.wizard.wizard import ContractWizard, PageId
    from storage.repository import Repository
    from storage.service import set_status
    from tests.cli.test_verify_paper import edit_text

    folder = Path(tempfile.mkdtemp(prefix="pacta-shots-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", lang)
    ctx = create_context(app, data_dir=folder / "data", settings=settings)
    ctx.repo = Repository(ctx.data_dir, write=True)
    ctx.prefs.set_state(COUNTRY_STATE, "ES" if lang == "es" else "GB")
    target = OUT / lang
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: object, name: str) -> None:
        path = target / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

    example = {"es": "panaderia-v1.json", "en": "brand-identity-en.json"}[lang]
    wizard = ContractWizard(ctx, data=contract_to_data(read_contract_file(EXAMPLES / example)))
    wizard.show()
    while wizard.currentId() < PageId.TERMS:
        wizard.button(QWizard.WizardButton.NextButton).click()
        pause(app, 0.1)
    pause(app, 0.3)
    save(wizard, "wizard-8-terms")
    scroll = wizard.currentPage().findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    pause(app, 0.2)
    save(wizard, "wizard-8-terms-end")
    wizard.hide()

    bakery = ctx.repo.create_project(read_contract_file(EXAMPLES / "panaderia-v1.json")).project_id
    set_status(ctx.repo, bakery, Status.SIGNED, dt.date(2026, 11, 22))
    window = MainWindow(ctx)
    window.show()
    window.repository_ready()
    wait(app, lambda: window.loaded)
    signing = next(e for e in window.extensions if isinstance(e, Signing))
    wait(app, lambda: signing.detail is not None)
    dialog = signing.sign()
    assert dialog is not None
    home = "/home/lucia"
    dialog.certificate.setText(f"{home}/{'Certificados' if lang == 'es' else 'Certificates'}/lucia-martin.p12")
    dialog.folder.setText(f"{home}/{'Documentos' if lang == 'es' else 'Documents'}/Pacta")
    dialog.password.setText("secreto")
    pause(app, 0.3)
    save(dialog, "sign-dialog")
    dialog.reject()

    pdf = folder / "agreement.pdf"
    pdf.write_bytes(render_project_document(repo=ctx.repo, project_id=bakery, kind="agreement", fmt="pdf",
                                            paper="A4").data)
    edited = edit_text(pdf, folder / "edited.pdf", "1.080,00", "80,00")
    signing.result = None
    signing.verify(edited)
    wait(app, lambda: signing.result is not None and signing.result.isVisible(), 120)
    pause(app, 0.3)
    assert signing.result is not None
    save(signing.result, "verify-result")
    signing.result.reject()

    # The copy both parties signed, received while the test CA is not trusted yet.
    import os

    from delivery.signing import sign
    from tests.delivery.pki import PASSWORD, make_pki
    from tests.delivery.test_signing import client_signs

    os.environ["PACTA_CONFIG"] = str(folder / "config")
    pki = make_pki(folder)
    provider, client = pki.person("Lucía Martín Gómez"), pki.person("Jorge Ruiz Peña")
    bakery2 = ctx.repo.create_project(read_contract_file(EXAMPLES / "panaderia-v1.json")).project_id
    ours = sign(repo=ctx.repo, project_id=bakery2, kind="agreement", certificate=provider.p12, password=PASSWORD,
                output=folder / "provider.pdf").path
    both = client_signs(ours, client, folder / "both.pdf")
    signing.result = None
    signing.receive(both)
    wait(app, lambda: signing.result is not None and signing.result.isVisible(), 120)
    pause(app, 0.3)
    assert signing.result is not None
    save(signing.result, "receive-untrusted")
    signing.result.reject()
    window.hide()
    ctx.close()
    remove_translators(app, ctx.translators)
    return written


def main() -> int:
    """Write the screenshots and list them."""
    from gui.core.resources import STYLESHEET

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyleSheet(STYLESHEET)
    for lang in ("es", "en"):
        for path in shoot(app, lang):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
