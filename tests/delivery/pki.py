"""A small test PKI made with `cryptography`: a CA and signing certificates as PKCS#12 files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

PASSWORD = "correct horse"


@dataclass
class Person:
    """A signer's files: the PKCS#12 (key, certificate and CA) and the certificate as PEM."""

    name: str
    p12: Path
    pem: Path
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate


@dataclass
class Pki:
    """A test CA and its certificate as PEM, to pass to --trust."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    pem: Path
    folder: Path

    def person(self, name: str, *, password: str = PASSWORD, expired: bool = False,
               slug: str | None = None) -> Person:
        """A certificate for `name` issued by this CA, saved as NAME.p12 and NAME.pem (`slug`
        instead of the first name); `expired`: one that expired yesterday."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC) - (dt.timedelta(days=366) if expired else dt.timedelta())
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                                     x509.NameAttribute(NameOID.COUNTRY_NAME, "ES")]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256())
        )
        slug = slug or name.split()[0].lower()
        p12 = self.folder / f"{slug}.p12"
        p12.write_bytes(pkcs12.serialize_key_and_certificates(
            name.encode(), key, cert, [self.cert],
            serialization.BestAvailableEncryption(password.encode()),
        ))
        pem = self.folder / f"{slug}.pem"
        pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return Person(name, p12, pem, key, cert)


def make_pki(folder: Path, name: str = "Pacta Test CA") -> Pki:
    """A self-signed CA valid for a year, its certificate saved as ca.pem in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=2))
        .not_valid_after(now + dt.timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem = folder / "ca.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return Pki(key, cert, pem, folder)
