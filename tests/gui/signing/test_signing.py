"""Signing in the app: the Sign dialog with a test CA's certificates, its refusals, the keyring,
receiving the copy the client signed (refused while untrusted, then recorded), and Verify."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from delivery.sign_settings import SIGNING_FILE
from delivery.verifying import describe, verify
from domain.validation import read_contract_file
from gui.main.window import MainWindow
from gui.signing.menu import Signing, sentence
from gui.signing.results import ResultDialog
from gui.signing.sign_dialog import SignDialog
from tests.delivery.pki import PASSWORD
from tests.delivery.test_signing import client_signs, pdfsig
from tests.gui.keys import type_text


def open_window(qtbot, ctx, examples_dir: Path, name: str = "panaderia-v1.json") -> tuple[MainWindow, Signing, str]:
    pid = ctx.repository().create_project(read_contract_file(examples_dir / name)).project_id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.repository_ready()
    qtbot.waitUntil(lambda: window.loaded, timeout=5000)
    signing = next(e for e in window.extensions if isinstance(e, Signing))
    qtbot.waitUntil(lambda: signing.detail is not None, timeout=5000)
    return window, signing, pid


def sign_with(qtbot, dialog: SignDialog, certificate: Path, password: str) -> None:
    dialog.certificate.setText(str(certificate))
    dialog.password.clear()
    type_text(qtbot, dialog.password, password)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


def wait_status(qtbot, dialog: SignDialog) -> str:
    qtbot.waitUntil(lambda: dialog.sign_button.isEnabled() or dialog.outcome is not None, timeout=30000)
    return dialog.status.text()


def test_wrong_password_is_said_and_nothing_is_written_then_the_right_one_signs(
    qtbot, ctx, examples_dir, tmp_path, people, _private_config: Path
) -> None:
    provider, _client = people
    window, signing, _pid = open_window(qtbot, ctx, examples_dir)
    assert signing.sign_action in window.menu("project").actions()
    out = tmp_path / "out"
    out.mkdir()
    dialog = signing.sign()
    assert dialog is not None
    dialog.folder.setText(str(out))
    assert [dialog.document.itemText(i) for i in range(dialog.document.count())] == [
        "Services agreement", "Scope checklist"]

    sign_with(qtbot, dialog, provider.p12, "not the password")
    assert "password of the certificate is not correct" in wait_status(qtbot, dialog)
    assert dialog.isVisible() and list(out.iterdir()) == []
    assert not (_private_config / SIGNING_FILE).exists()  # nothing remembered from a failed attempt

    sign_with(qtbot, dialog, provider.p12, PASSWORD)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
    [signed] = list(out.iterdir())
    assert signed.name.endswith("-signed.pdf") or signed.name.endswith("-firmado.pdf")
    sigs = {s["Signature Field Name"]: s for s in pdfsig(signed)}
    assert sigs["PactaProvider"]["Signature Validation"] == "Signature is Valid."
    assert sigs["PactaProvider"]["Signer Certificate Common Name"] == provider.name
    assert "PactaClient" in subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    # The certificate's path is remembered, its password is not.
    saved = (_private_config / SIGNING_FILE).read_text(encoding="utf-8")
    assert json.loads(saved)["certificate"] == str(provider.p12.resolve())
    assert PASSWORD not in saved
    assert provider.name in window.statusBar().currentMessage()
    # The next time the dialog opens on the remembered certificate.
    again = signing.sign()
    assert again is not None and again.certificate.text() == str(provider.p12.resolve())
    again.reject()


def test_files_that_are_not_certificates_are_named_as_such(qtbot, ctx, examples_dir, tmp_path) -> None:
    _window, signing, _pid = open_window(qtbot, ctx, examples_dir)
    dialog = signing.sign()
    assert dialog is not None
    dialog.folder.setText(str(tmp_path))
    text = tmp_path / "notes.p12"
    text.write_text("not a certificate", encoding="utf-8")
    sign_with(qtbot, dialog, text, "x")
    assert "notes.p12 is not a signing certificate" in wait_status(qtbot, dialog)
    sign_with(qtbot, dialog, tmp_path / "gone.p12", "x")
    assert "gone.p12 cannot be read (No such file or directory)" in wait_status(qtbot, dialog)
    dialog.certificate.clear()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "Choose your certificate first" in dialog.status.text()
    dialog.reject()


def test_spanish_wrong_password(qtbot, ctx_es, examples_dir, tmp_path, people) -> None:
    provider, _client = people
    _window, signing, _pid = open_window(qtbot, ctx_es, examples_dir)
    dialog = signing.sign()
    assert dialog is not None
    assert dialog.windowTitle() == "Firmar como proveedor"
    dialog.folder.setText(str(tmp_path))
    sign_with(qtbot, dialog, provider.p12, "otra")
    assert "La contraseña del certificado no es correcta" in wait_status(qtbot, dialog)
    dialog.reject()


def test_the_password_kept_in_the_keyring_signs_without_typing(
    qtbot, ctx, examples_dir, tmp_path, people, _private_config: Path
) -> None:
    keyring = pytest.importorskip("keyring")
    from tests.delivery.test_passwords import MemoryKeyring

    provider, _client = people
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        _window, signing, _pid = open_window(qtbot, ctx, examples_dir)
        dialog = signing.sign()
        assert dialog is not None and dialog.remember.isEnabled()
        dialog.folder.setText(str(tmp_path))
        dialog.remember.setChecked(True)
        sign_with(qtbot, dialog, provider.p12, PASSWORD)
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
        # (The keyring may also hold the history's key: only the certificate's entry is ours.)
        ours = {key: value for key, value in memory.entries.items() if key[1].startswith("certificate:")}
        assert ours == {("Pacta", "certificate:" + str(provider.p12.resolve())): PASSWORD}
        assert PASSWORD not in (_private_config / SIGNING_FILE).read_text(encoding="utf-8")

        again = signing.sign("checklist")
        assert again is not None and again.chosen() == ("checklist", None)
        again.folder.setText(str(tmp_path))
        qtbot.mouseClick(again.sign_button, Qt.MouseButton.LeftButton)  # no password typed
        qtbot.waitUntil(lambda: again.outcome is not None, timeout=30000)
        assert again.outcome.document.kind == "checklist"
    finally:
        keyring.set_keyring(previous)


def result_of(qtbot, signing: Signing) -> ResultDialog:
    qtbot.waitUntil(lambda: signing.result is not None and signing.result.isVisible(), timeout=60000)
    result = signing.result
    assert result is not None
    signing.result = None
    return result


def test_receive_refuses_an_untrusted_copy_then_records_the_contract_signed(
    qtbot, ctx, examples_dir, tmp_path, pki, people, _private_config: Path
) -> None:
    from delivery.signing import sign

    provider, client = people
    window, signing, pid = open_window(qtbot, ctx, examples_dir)
    repo = ctx.repository()
    provider_copy = sign(repo=repo, project_id=pid, kind="agreement", certificate=provider.p12, password=PASSWORD,
                         output=tmp_path / "provider.pdf").path
    both = client_signs(provider_copy, client, tmp_path / "both.pdf")
    before = repo.summary(pid).status

    signing.receive(both)
    refused = result_of(qtbot, signing)
    assert not refused.ok
    assert refused.verdict.text().startswith("A signature is valid, but its certificate is not trusted, so "
                                             "nothing is recorded.")
    assert refused.details.toPlainText().count("valid, certificate not trusted") == 2
    assert f"Provider's signature: {provider.name}" in refused.details.toPlainText()
    assert repo.summary(pid).status == before
    assert "Trusted certificates…" in [b.text() for b in refused.buttons.buttons()]
    refused.reject()

    trust = signing.trusted_certificates()
    trust.add_file(pki.pem)
    assert len(trust.names()) == 1 and trust.list.count() == 1
    trust.add_file(tmp_path / "both.pdf")  # not a certificate: said, nothing added
    assert trust.problem.isVisible() and len(trust.names()) == 1
    trust.reject()
    assert "BEGIN CERTIFICATE" in (_private_config / SIGNING_FILE).read_text(encoding="utf-8")

    signing.receive(both)
    accepted = result_of(qtbot, signing)
    assert accepted.ok, accepted.text()
    assert accepted.verdict.text().startswith("Both parties signed the")
    assert accepted.details.toPlainText().count("valid and trusted") == 2
    assert repo.summary(pid).status == "signed"
    accepted.reject()

    signing.receive(both)  # the same file again: already recorded
    again = result_of(qtbot, signing)
    assert not again.ok and "already recorded as signed" in again.verdict.text()
    again.reject()

    # Verify says what `pacta verify` says, here of the copy both parties signed.
    signing.verify(both)
    verified = result_of(qtbot, signing)
    lines = describe(verify(repo, both), "en")
    # The same answer as `pacta verify`, line by line, under a verdict in words.
    assert verified.details.toPlainText().splitlines() == [
        line if line.startswith(" ") else sentence(line) for line in lines]
    assert "It is the version in force." in verified.details.toPlainText()
    verified.reject()
    window.close()


def test_verify_names_the_differences_and_files_that_are_not_pacta_documents(
    qtbot, ctx_es, examples_dir, tmp_path
) -> None:
    from delivery.render import render_project_document

    _window, signing, pid = open_window(qtbot, ctx_es, examples_dir)
    repo = ctx_es.repository()
    document = render_project_document(repo=repo, project_id=pid, kind="agreement", fmt="pdf", paper="A4")
    good = tmp_path / "acuerdo.pdf"
    good.write_bytes(document.data)
    signing.verify(good)
    shown = result_of(qtbot, signing)
    assert shown.ok, shown.text()
    expected = describe(verify(repo, good), "es")
    assert shown.details.toPlainText().splitlines() == [
        line if line.startswith(" ") else sentence(line) for line in expected]
    assert "Su texto es el" in shown.details.toPlainText()
    assert shown.verdict.text().startswith("Este archivo es la versión 1 de «Rediseño del sitio web")
    shown.reject()

    blank = tmp_path / "foto.png"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    assert image.save(str(blank))
    signing.verify(blank)
    refused = result_of(qtbot, signing)
    assert not refused.ok and "no lleva la huella de un documento de Pacta" in refused.verdict.text()
    refused.reject()

    broken = tmp_path / "rota.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    signing.verify(broken)
    refused = result_of(qtbot, signing)
    # The damaged image is named, and said to be damaged (not a data-folder problem).
    assert not refused.ok and "rota.png" in refused.verdict.text() and "dañada" in refused.verdict.text()
    refused.reject()


def test_verify_names_an_edited_deposit_with_both_amounts(qtbot, ctx_es, examples_dir, tmp_path) -> None:
    import datetime as dt

    from delivery.render import render_project_document
    from domain.lifecycle import Status
    from storage.service import set_status
    from tests.cli.test_verify_paper import edit_text

    _window, signing, pid = open_window(qtbot, ctx_es, examples_dir)
    repo = ctx_es.repository()
    set_status(repo, pid, Status.SIGNED, dt.date(2026, 11, 22))
    pdf = tmp_path / "acuerdo.pdf"
    pdf.write_bytes(render_project_document(repo=repo, project_id=pid, kind="agreement", fmt="pdf",
                                            paper="A4").data)
    edited = edit_text(pdf, tmp_path / "editado.pdf", "1.080,00", "80,00")
    signing.verify(edited)
    shown = result_of(qtbot, signing)
    assert not shown.ok
    details = shown.details.toPlainText().splitlines()
    assert details[0].startswith(f"Proyecto {pid} «Rediseño del sitio web de Panadería La Espiga», versión 1")
    assert details[1] == "Es la versión en vigor."
    assert details[2] == "Su texto NO es el del contrato de la versión 1; difiere en:"
    assert "  Anticipo a la firma: 1.080,00 € en la versión, 80,00 € en este archivo" in details
    assert shown.verdict.objectName() == "verdictBad"
    assert shown.verdict.text() == ("Este archivo no es lo que dice la versión 1 de «Rediseño del sitio web de "
                                    "Panadería La Espiga»: su texto es distinto.")
    shown.reject()


def test_a_keyring_that_refuses_the_password_is_said_and_the_document_is_still_signed(
    qtbot, ctx, examples_dir, tmp_path, people, dialogs
) -> None:
    keyring = pytest.importorskip("keyring")
    from tests.delivery.test_passwords import LockedKeyring

    provider, _client = people
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        _window, signing, _pid = open_window(qtbot, ctx, examples_dir)
        dialog = signing.sign()
        assert dialog is not None
        dialog.folder.setText(str(tmp_path))
        dialog.remember.setChecked(True)
        sign_with(qtbot, dialog, provider.p12, PASSWORD)
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
        assert dialog.outcome.path.parent == tmp_path and dialog.outcome.path.is_file()
        assert dialogs.titles("warning") == ["Password not kept"]
    finally:
        keyring.set_keyring(previous)
