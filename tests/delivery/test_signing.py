"""`pacta sign` and `pacta receive` with a test CA: both signatures checked by poppler's pdfsig,
then only a PDF both parties signed, unchanged, of the version to sign, is recorded."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
from pathlib import Path

import pytest

from tests.clitools import Pacta
from tests.delivery.pki import PASSWORD, Person, Pki


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTA_CERT_PASSWORD", PASSWORD)
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")


def client_signs(source: Path, person: Person, target: Path, *, new_field: bool = False) -> Path:
    """Sign the client's field as a separate PAdES tool would: pyHanko, without Pacta's code."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12_data(person.p12.read_bytes(), (), PASSWORD.encode())
    writer = IncrementalPdfFileWriter(io.BytesIO(source.read_bytes()))
    name = "ClientSignature" if new_field else "PactaClient"
    spec = fields.SigFieldSpec(name, on_page=-1, box=(300, 100, 500, 140)) if new_field else None
    meta = signers.PdfSignatureMetadata(field_name=name, subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer, new_field_spec=spec).sign_pdf(writer, output=out)
    target.write_bytes(out.getvalue())
    return target


def add_text(source: Path, target: Path) -> Path:
    """An incremental update that writes a line of text on the last page, after the signatures."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(source.read_bytes()))
    font = writer.add_object(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Font"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
        generic.pdf_name("/BaseFont"): generic.pdf_name("/Helvetica"),
    }))
    stream = writer.add_object(generic.StreamObject(stream_data=b"BT /FX 12 Tf 60 60 Td (Deposit waived) Tj ET"))
    resources = generic.DictionaryObject({
        generic.pdf_name("/Font"): generic.DictionaryObject({generic.pdf_name("/FX"): font}),
    })
    pages = int(writer.root["/Pages"]["/Count"])
    writer.add_stream_to_page(pages - 1, stream, resources=resources)
    out = io.BytesIO()
    writer.write(out)
    target.write_bytes(out.getvalue())
    return target


def pdfsig(path: Path) -> list[dict[str, str]]:
    """poppler's own reading of every signature: field, validity, and whether it covers the file."""
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    found: list[dict[str, str]] = []
    for block in re.split(r"\nSignature #\d+:\n", result.stdout)[1:]:
        entry = {}
        for line in block.splitlines():
            key, _, value = line.strip().lstrip("- ").partition(":")
            entry[key.strip()] = value.strip()
            if line.strip().lstrip("- ") in ("Total document signed", "Not total document signed"):
                entry["coverage"] = line.strip().lstrip("- ")
        found.append(entry)
    return found


def _import(pacta: Pacta, examples_dir: Path, name: str = "panaderia-v1.json") -> str:
    result = pacta("import", examples_dir / name)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1]


def _records(pacta: Pacta, project: str) -> tuple[str, str, str]:
    """What the project's history, status and attachments say: compared before and after a refusal."""
    return (pacta("history", project).out, pacta("list").out, pacta("attachments", project).out)


def _sign(pacta: Pacta, project: str, person: Person, target: Path, *extra: str) -> Path:
    result = pacta("sign", project, "--document", "agreement", "--certificate", person.p12, "-o", target, *extra)
    assert result.code == 0, result.err
    assert result.out.strip() == f"firmado como proveedor por {person.name}: {target}"
    return target


def test_both_parties_sign_and_receive_records_the_contract_signed(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, pki: Pki, people: tuple[Person, Person]
) -> None:
    provider, client = people
    project = _import(pacta, examples_dir)
    signed = _sign(pacta, project, provider, tmp_path / "provider.pdf")
    sigs = pdfsig(signed)
    assert [s["Signature Field Name"] for s in sigs] == ["PactaClient", "PactaProvider"]
    assert "is not signed" in subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    assert sigs[1]["Signature Validation"] == "Signature is Valid."
    assert sigs[1]["Signer Certificate Common Name"] == provider.name
    assert sigs[1]["coverage"] == "Total document signed"

    both = client_signs(signed, client, tmp_path / "both.pdf")
    sigs = {s["Signature Field Name"]: s for s in pdfsig(both)}
    assert sigs["PactaClient"]["Signature Validation"] == "Signature is Valid."
    assert sigs["PactaProvider"]["Signature Validation"] == "Signature is Valid."
    assert sigs["PactaClient"]["coverage"] == "Total document signed"
    # The provider's signature covers the whole file as the provider sent it.
    ranges = [int(n) for n in re.findall(r"\d+", sigs["PactaProvider"]["Signed Ranges"])]
    assert ranges[0] == 0 and ranges[-1] == signed.stat().st_size
    assert both.read_bytes().startswith(signed.read_bytes())
    subprocess.run(["qpdf", "--check", str(both)], check=True, capture_output=True)

    before = _records(pacta, project)
    refused = pacta("receive", project, both)
    assert refused.code == 1
    assert f"la firma del proveedor ({provider.name}) es válida, pero su certificado no es de confianza" in refused.err
    assert _records(pacta, project) == before

    accepted = pacta("receive", project, both, "--trust", pki.pem)
    assert accepted.code == 0, accepted.err
    assert f"firma del proveedor: {provider.name}" in accepted.out
    assert f"firma del cliente: {client.name}" in accepted.out
    assert accepted.out.count("válida y de confianza") == 2
    # The project speaks Spanish: the outcome is said in Spanish.
    assert "Ambas partes firmaron el contrato de la versión 1" in accepted.out
    assert f"({provider.name}, {client.name})" in accepted.out
    history = pacta("history", project).out
    assert f"firmado como proveedor por {provider.name}" in history
    assert f"firmas electrónicas de {provider.name}, {client.name}" in history
    listing = pacta("list").out
    assert "\tsigned\t" in listing or "firmado" in listing
    attachments = pacta("attachments", project).out.splitlines()
    assert len(attachments) == 1 and attachments[0].startswith("v1\tboth.pdf\t") and attachments[0].endswith("ok")
    # The trusted CA is remembered: the same file is now recognised as already signed.
    again = pacta("receive", project, both)
    assert again.code == 1 and "ya consta como firmado" in again.err


def test_refusals_each_say_why_and_record_nothing(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, pki: Pki, people: tuple[Person, Person]
) -> None:
    provider, client = people
    project = _import(pacta, examples_dir)
    signed = _sign(pacta, project, provider, tmp_path / "provider.pdf")
    both = client_signs(signed, client, tmp_path / "both.pdf")
    before = _records(pacta, project)

    changed = add_text(both, tmp_path / "changed.pdf")
    result = pacta("receive", project, changed, "--trust", pki.pem)
    assert result.code == 1
    assert ("el documento se modificó después de firmarse (la revisión 4 cambia lo que muestran las páginas"
            in result.err), result.err
    assert _records(pacta, project) == before

    provider_only = pacta("receive", project, signed)
    assert provider_only.code == 1
    assert f"firmado solo por el proveedor ({provider.name})" in provider_only.err
    assert _records(pacta, project) == before

    rendered = tmp_path / "unsigned.pdf"
    assert pacta("render", project, "--document", "agreement", "--format", "pdf", "-o", rendered).code == 0
    before = _records(pacta, project)
    client_only = client_signs(rendered, client, tmp_path / "client-only.pdf", new_field=True)
    result = pacta("receive", project, client_only)
    assert result.code == 1
    assert f"firmado solo por el cliente ({client.name})" in result.err
    assert _records(pacta, project) == before

    # Before signing, a new version replaces the one the client signed.
    assert pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram").code == 0
    before = _records(pacta, project)
    result = pacta("receive", project, both)
    assert result.code == 1
    assert ("este documento es el contrato de la versión 1, pero la versión que corresponde firmar es la 2"
            in result.err), result.err
    assert _records(pacta, project) == before

    other = _import(pacta, examples_dir, "minimal.json")
    before = _records(pacta, project)
    result = pacta("receive", other, both)
    assert result.code == 1
    assert f"este documento es del proyecto {project}, no del {other}; no se registra nada" in result.err
    assert _records(pacta, project) == before


def test_sign_refuses_a_wrong_password_and_names_the_file(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, people: tuple[Person, Person],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    provider, _ = people
    project = _import(pacta, examples_dir)
    monkeypatch.setenv("PACTA_CERT_PASSWORD", "wrong")
    before = _records(pacta, project)
    result = pacta("sign", project, "--document", "agreement", "--certificate", provider.p12,
                   "-o", tmp_path / "x.pdf")
    assert result.code == 1
    assert f"no se puede abrir el certificado {provider.p12}: la contraseña no es correcta" in result.err
    assert not (tmp_path / "x.pdf").exists()
    assert _records(pacta, project) == before


def test_a_change_order_signed_by_both_is_recorded_as_accepted(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, pki: Pki, people: tuple[Person, Person]
) -> None:
    provider, client = people
    project = _import(pacta, examples_dir)
    contract = client_signs(_sign(pacta, project, provider, tmp_path / "c.pdf"), client, tmp_path / "c2.pdf")
    assert pacta("receive", project, contract, "--trust", pki.pem).code == 0
    assert pacta("change", project, examples_dir / "panaderia-v2.json", "--reason", "Instagram",
                 "--requested-by", "client").code == 0

    signed = tmp_path / "co.pdf"
    # The certificate used last time is remembered (its path; the password comes from the environment).
    result = pacta("sign", project, "--document", "change-order", "--change", "co1", "-o", signed)
    assert result.code == 0, result.err
    both = client_signs(signed, client, tmp_path / "co-both.pdf")
    result = pacta("receive", project, both)
    assert result.code == 0, result.err
    assert "Ambas partes firmaron la orden de cambio de la versión 2" in result.out
    history = pacta("history", project).out
    assert "CO-1 aceptada" in history
    assert pacta("list").out.split("\t")[3:5] == ["signed", "2"]
    attachments = pacta("attachments", project).out.splitlines()
    assert [line.split("\t")[:2] for line in attachments] == [["v1", "c2.pdf"], ["CO CO-1", "co-both.pdf"]]
    again = pacta("receive", project, both)
    assert again.code == 1 and "la orden de cambio CO-1 ya está aceptada; no se registra nada" in again.err


def test_documents_sent_by_email_are_known_as_written_by_pacta(
    pacta: Pacta, examples_dir: Path, data_dir: Path
) -> None:
    from delivery.outgoing import render
    from delivery.receiving import first_revision, known_documents
    from domain.lifecycle import RecordKind
    from storage.repository import Repository
    from storage.service import record_event

    project = _import(pacta, examples_dir)
    with Repository(data_dir, write=True) as repo:
        document = render(repo=repo, project_id=project, kind="checklist", fmt="pdf", paper="A4")
        assert known_documents(repo, project) == {}
        digest = hashlib.sha256(document.data).hexdigest()
        record_event(repo, project, RecordKind.EMAIL, {"to": ["c@example.com"], "subject": "Lista", "documents": [
            {"kind": "checklist", "format": "pdf", "version": 1, "name": document.name, "sha256": digest}]})
        known = known_documents(repo, project)
    assert list(known) == [digest] and known[digest]["kind"] == "checklist"
    assert first_revision(document.data)[0] == document.data
