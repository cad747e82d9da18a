"""Defects an adversarial run found in signing and receiving, each tested by name."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.clitools import Pacta
from tests.delivery.pki import PASSWORD, Person, Pki
from tests.delivery.test_signing import _import, _records, _sign, client_signs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTA_CERT_PASSWORD", PASSWORD)
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")


def test_provider_signing_both_fields_is_refused(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, pki: Pki, people: tuple[Person, Person]
) -> None:
    provider, _ = people
    project = _import(pacta, examples_dir)
    signed = _sign(pacta, project, provider, tmp_path / "provider.pdf")
    twice = client_signs(signed, provider, tmp_path / "twice.pdf")
    before = _records(pacta, project)
    result = pacta("receive", project, twice, "--trust", pki.pem)
    assert result.code == 1
    assert (f"la firma del cliente se hizo con el mismo certificado (o la misma clave o el mismo titular) que la "
            f"del proveedor ({provider.name}): una sola persona no puede firmar por ambas partes; no se registra "
            "nada") in result.err, result.err
    assert _records(pacta, project) == before
    assert "firmado" not in pacta("list").out.split("\t")[3]


def test_provider_signing_both_fields_with_a_second_certificate_of_the_same_holder_is_refused(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, pki: Pki, people: tuple[Person, Person]
) -> None:
    provider, _ = people
    second = pki.person(provider.name, slug="lucia-2")  # another key, the same holder
    project = _import(pacta, examples_dir)
    signed = _sign(pacta, project, provider, tmp_path / "provider.pdf")
    twice = client_signs(signed, second, tmp_path / "twice.pdf")
    before = _records(pacta, project)
    result = pacta("receive", project, twice, "--trust", pki.pem)
    assert result.code == 1 and "una sola persona no puede firmar por ambas partes" in result.err, result.err
    assert _records(pacta, project) == before


def test_provider_signature_made_with_another_certificate_than_pacta_sign_used_is_refused(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, pki: Pki, people: tuple[Person, Person]
) -> None:
    from delivery.signing import PROVIDER_FIELD

    provider, client = people
    other = pki.person("Marta Soler Vidal")
    project = _import(pacta, examples_dir)
    signed = _sign(pacta, project, provider, tmp_path / "provider.pdf")
    # The same unsigned document signed in the provider's field by someone else, outside Pacta.
    first = signed.read_bytes()[: signed.read_bytes().find(b"%%EOF") + 6]
    (tmp_path / "unsigned.pdf").write_bytes(first)
    forged = _sign_field(tmp_path / "unsigned.pdf", other, tmp_path / "forged.pdf", PROVIDER_FIELD)
    both = client_signs(forged, client, tmp_path / "both.pdf")
    before = _records(pacta, project)
    result = pacta("receive", project, both, "--trust", pki.pem)
    assert result.code == 1
    assert (f"la firma del proveedor ({other.name}) no se hizo con el certificado con el que «pacta sign» firmó "
            "este documento; no se registra nada") in result.err, result.err
    assert _records(pacta, project) == before


def _sign_field(source: Path, person: Person, target: Path, field: str) -> Path:
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12_data(person.p12.read_bytes(), (), PASSWORD.encode())
    writer = IncrementalPdfFileWriter(io.BytesIO(source.read_bytes()))
    fields.append_signature_field(writer, fields.SigFieldSpec("PactaClient", on_page=-1, box=(300, 100, 500, 140)))
    spec = fields.SigFieldSpec(field, on_page=-1, box=(50, 100, 250, 140))
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer, new_field_spec=spec).sign_pdf(writer, output=out)
    target.write_bytes(out.getvalue())
    return target


def test_sign_with_a_fifo_as_certificate_does_not_hang(
    pacta: Pacta, examples_dir: Path, tmp_path: Path
) -> None:
    project = _import(pacta, examples_dir)
    fifo = tmp_path / "cert.p12"
    os.mkfifo(fifo)
    outcome: dict[str, object] = {}
    thread = threading.Thread(target=lambda: outcome.update(r=pacta("sign", project, "--document", "agreement",
                                                                     "--certificate", fifo, "-o", tmp_path / "x.pdf")),
                              daemon=True)
    thread.start()
    thread.join(30)
    if thread.is_alive():  # unblock the reader so the test process can end
        with open(fifo, "wb"):
            pass
        pytest.fail("pacta sign --certificate FIFO hangs")
    result = outcome["r"]
    assert result.code == 1  # type: ignore[attr-defined]
    assert str(fifo) in result.err and "no es un archivo corriente" in result.err, result.err  # type: ignore[attr-defined]
    assert not (tmp_path / "x.pdf").exists()


def test_receive_says_an_expired_client_certificate_expired_on_its_date(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, pki: Pki, people: tuple[Person, Person]
) -> None:
    provider, _ = people
    expired = pki.person("Jorge Ruiz Peña", expired=True, slug="jorge-old")
    project = _import(pacta, examples_dir)
    signed = _sign(pacta, project, provider, tmp_path / "provider.pdf")
    both = client_signs(signed, expired, tmp_path / "both.pdf")
    before = _records(pacta, project)
    result = pacta("receive", project, both, "--trust", pki.pem)
    assert result.code == 1
    day = expired.cert.not_valid_after_utc.date()
    from domain import formatting

    assert (f"la firma del cliente ({expired.name}) se hizo con un certificado que caducó el "
            f"{formatting.date(day, 'es')}; no se registra nada") in result.err, result.err
    assert "no es de confianza" not in result.err
    assert _records(pacta, project) == before


def test_receive_one_byte_flipped_in_the_signed_range_says_the_signature_does_not_match(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, pki: Pki, people: tuple[Person, Person]
) -> None:
    provider, client = people
    project = _import(pacta, examples_dir)
    signed = _sign(pacta, project, provider, tmp_path / "provider.pdf")
    both = client_signs(signed, client, tmp_path / "both.pdf").read_bytes()
    # A digit of the document's creation date, well inside both signatures' ranges.
    at = both.find(b"/CreationDate (D:") + len(b"/CreationDate (D:") + 3
    assert at > 20
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(both[:at] + bytes([both[at] ^ 0x01]) + both[at + 1:])
    before = _records(pacta, project)
    result = pacta("receive", project, flipped, "--trust", pki.pem)
    assert result.code == 1
    assert "no corresponde a los datos del documento: el archivo se alteró o la firma está dañada" in result.err, \
        result.err
    assert _records(pacta, project) == before


def test_no_dsa_deprecation_warning_on_sign_receive_and_verify(
    examples_dir: Path, tmp_path: Path, people: tuple[Person, Person]
) -> None:
    provider, _ = people
    env = {**os.environ, "PACTA_CERT_PASSWORD": PASSWORD, "PYTHONWARNINGS": "default"}
    data = tmp_path / "data"
    data.mkdir()

    def pacta(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", "import sys, main; sys.exit(main.run(sys.argv[1:]))",
                               "--data", str(data), *map(str, args)], capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=300, check=False)

    imported = pacta("import", examples_dir / "panaderia-v1.json")
    project = imported.stdout.strip().splitlines()[-1]
    out = tmp_path / "s.pdf"
    for args in (("sign", project, "--document", "agreement", "--certificate", provider.p12, "-o", out),
                 ("receive", project, out), ("verify", out)):
        result = pacta(*args)
        assert "Traceback" not in result.stderr, result.stderr
        assert "DSA" not in result.stderr and "CryptographyDeprecationWarning" not in result.stderr, result.stderr
    assert out.exists()


def test_verify_on_pactas_own_signed_pdf_finds_no_text_difference(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, people: tuple[Person, Person]
) -> None:
    provider, client = people
    project = _import(pacta, examples_dir)
    signed = _sign(pacta, project, provider, tmp_path / "provider.pdf")
    both = client_signs(signed, client, tmp_path / "both.pdf")
    for copy in (signed, both):
        result = pacta("verify", copy)
        assert result.code == 0, result.out + result.err
        assert "su texto es el del contrato de la versión 1" in result.out, result.out
        assert "Firmado electrónicamente" not in result.out and "Digitally signed" not in result.out


def test_verify_still_finds_text_added_after_the_signatures(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, people: tuple[Person, Person]
) -> None:
    from tests.delivery.test_signing import add_text

    provider, client = people
    project = _import(pacta, examples_dir)
    both = client_signs(_sign(pacta, project, provider, tmp_path / "provider.pdf"), client, tmp_path / "both.pdf")
    changed = add_text(both, tmp_path / "changed.pdf")
    result = pacta("verify", changed)
    assert result.code == 1
    assert "Deposit waived" in result.out, result.out
