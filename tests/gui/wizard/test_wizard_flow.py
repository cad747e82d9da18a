"""The whole wizard driven by keys and clicks: the example contract goes in, the same comes out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from domain.agreement_terms import defaults
from domain.validation import contract_to_data, read_contract_file, validate_contract
from gui.main.window import MainWindow
from gui.wizard.wizard import PageId
from tests.gui.drive import fill_wizard
from tests.gui.keys import click


def test_entering_the_panaderia_example_saves_the_same_contract(qtbot, ctx_es, examples_dir: Path, dialogs) -> None:
    expected = read_contract_file(examples_dir / "panaderia-v1.json")
    # The app asks which deliverable an installment due on acceptance pays for: the last one, C.
    data = contract_to_data(expected)
    data["payment"]["installments"][0]["deliverable"] = "C"
    expected = validate_contract(data, "es")
    window = MainWindow(ctx_es)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded)
    click(qtbot, window.start_button)
    wizard = window.ops.wizards[0]
    fill_wizard(qtbot, wizard, contract_to_data(expected))
    country = wizard.page(PageId.TERMS).country.currentData()
    review = wizard.page(PageId.REVIEW)
    assert review.problems() == [], review.messages()
    assert "Panadería La Espiga S.L." in review.summary.toPlainText()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    projects, problems = ctx_es.repository().list_projects()
    assert problems == []
    saved = ctx_es.repository().version(projects[0].id).contract
    # A new contract states the usual agreement terms for its language and the provider's country.
    suggested = validate_contract({**contract_to_data(expected), **defaults("es", country, "EUR")})
    assert saved.day_basis is not None and saved.ownership is not None  # stated, not left to the fallbacks
    assert contract_to_data(saved) == contract_to_data(suggested)
    assert ctx_es.repository().drafts() == {}
    # "Use these as my details" was not ticked: saving a contract does not touch the profile.
    assert ctx_es.repository().profile() == {}
    assert dialogs.calls == []


def test_review_previews_the_pdf_and_generates_the_documents(qtbot, ctx, examples_dir, dialogs, tmp_path,
                                                             monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from gui.wizard.wizard import ContractWizard

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    data = contract_to_data(read_contract_file(examples_dir / "brand-identity-en.json"))
    wizard = ContractWizard(ctx, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.REVIEW:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    review = wizard.currentPage()
    qtbot.waitUntil(lambda: review.pdf.pageCount() > 0, timeout=20000)
    assert "page" in review.preview_status.text()
    out = tmp_path / "docs"
    out.mkdir()
    dialogs.folder = str(out)
    click(qtbot, review.generate_button)
    qtbot.waitUntil(lambda: len(list(out.iterdir())) == 4 and bool(opened), timeout=30000)
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".docx", ".pdf", ".pdf"]
    assert opened == [str(out)]
    assert wizard.project_id is not None and not wizard.dirty
    records = ctx.repository().records(wizard.project_id)
    assert [r.kind for r in records].count("document") == 4


def _review_of(qtbot, ctx, examples_dir: Path, name: str):
    from gui.wizard.wizard import ContractWizard

    wizard = ContractWizard(ctx, data=contract_to_data(read_contract_file(examples_dir / name)))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < PageId.REVIEW:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    return wizard, wizard.currentPage()


def test_a_failed_preview_or_save_is_explained_in_spanish(qtbot, ctx_es, examples_dir, dialogs, monkeypatch) -> None:
    from gui.core import services

    def broken(**_kwargs):
        raise RuntimeError("Font 'DejaVuSans' not found in registry")

    monkeypatch.setattr(services, "render_preview", broken)
    _wizard, review = _review_of(qtbot, ctx_es, examples_dir, "panaderia-v1.json")
    # The catalogue's Spanish (tests/gui/test_translations.py checks that every entry is there).
    def es(source: str, context: str = "ReviewPage") -> str:
        return QCoreApplication.translate(context, source)

    qtbot.waitUntil(lambda: "\n" in review.preview_status.text(), timeout=10000)
    first, detail = review.preview_status.text().split("\n")
    assert first == es("The preview could not be prepared; saving and generating the documents may still work.",
                       "PreviewPane")
    assert detail == es("Technical detail: {detail}", "PreviewPane").format(
        detail="RuntimeError: Font 'DejaVuSans' not found in registry")
    assert not review.progress.isVisible()

    def refused(**_kwargs):
        raise PermissionError(13, "Permission denied", "/srv/contratos")

    monkeypatch.setattr(services, "save_contract", refused)
    click(qtbot, review.save_button)
    qtbot.waitUntil(lambda: bool(dialogs.calls), timeout=10000)
    kind, title, text = dialogs.calls[0]
    assert kind == "warning" and title == es("Not done") != "Not done"
    main, _, technical = text.partition("\n\n")
    assert main == QCoreApplication.translate("Errors", "Pacta may not write there. Choose another folder.") \
        == "Pacta no tiene permiso para escribir ahí. Elija otra carpeta."
    assert "Permission denied" in technical and "Permission denied" not in main


def test_the_preview_waits_a_moment_and_only_the_newest_is_shown(qtbot, ctx, examples_dir, monkeypatch) -> None:
    from gui.core import services
    from gui.core.defs import PREVIEW_DELAY_MS

    calls = []
    real = services.render_preview
    monkeypatch.setattr(services, "render_preview", lambda **kw: calls.append(kw) or real(**kw))
    wizard, review = _review_of(qtbot, ctx, examples_dir, "brand-identity-en.json")
    assert review._preview_timer.interval() == PREVIEW_DELAY_MS and calls == []
    # Back at once: the render never starts.
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    qtbot.wait(PREVIEW_DELAY_MS * 2)
    assert calls == []
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: review.pdf.pageCount() > 0, timeout=20000)
    assert len(calls) == 1


def test_money_shows_the_spanish_decimal_comma_and_is_stored_as_a_decimal(qtbot, ctx_es, examples_dir: Path) -> None:
    from decimal import Decimal

    from gui.wizard.wizard import ContractWizard
    from tests.gui.keys import replace_text

    data = contract_to_data(read_contract_file(examples_dir / "panaderia-v1.json"))
    wizard = ContractWizard(ctx_es, data=data)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() != PageId.DELIVERABLES:
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    editor = wizard.page(PageId.DELIVERABLES).editor
    editor.select(0)
    price = editor._editors["price"][0]
    assert price.text() == "900,00"
    assert editor.model.index(0, editor.model.columns.index(
        next(c for c in editor.model.columns if c.key == "price"))).data() == "900,00"
    replace_text(qtbot, price, "950,50")
    contract = wizard.contract()
    assert contract.deliverables[0].price == Decimal("950.50")
