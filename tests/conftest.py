"""Fixtures every test folder shares: the example contracts and a data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.clitools import Pacta
from tests.delivery.pki import Person, Pki, make_pki

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
_SHARED = ROOT.parent / "shared" / "examples"
# The examples live in ../shared beside a checkout; a copy ships in tests/examples for
# machines that have only the repository.
EXAMPLES = _SHARED if _SHARED.is_dir() else Path(__file__).resolve().parent / "examples"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The folder of valid example contracts (with invalid/ inside)."""
    return EXAMPLES


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def pacta(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Pacta:
    """The command line bound to a fresh data folder."""
    return Pacta(data_dir, capsys)


@pytest.fixture(autouse=True)
def _private_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user's settings, SMTP file, keyring or state folder."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("PACTA_CONFIG", str(folder))
    # Nor the real user's record of the last saves (storage.anchors).
    monkeypatch.setenv("PACTA_STATE", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", os.environ.get("PACTA_TEST_KEYRING", "keyring.backends.fail.Keyring"))
    return folder


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """A test CA with the provider's and the client's certificates (one per test module)."""
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def people(pki: Pki) -> tuple[Person, Person]:
    """The provider (Lucía) and the client's representative (Jorge), each with a .p12."""
    return pki.person("Lucía Martín Gómez"), pki.person("Jorge Ruiz Peña")
