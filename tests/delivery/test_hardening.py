"""Issue 15 in delivery: settings read strictly, clear text only when explicitly allowed and
always said, calendars without raw control bytes, drafts that never overwrite each other.
Each test is named after the defect the adversarial run found."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from delivery import outgoing
from delivery.calendar import build_ics
from delivery.config import SettingsFileError, load_smtp
from delivery.errors import SendError, SendErrorCode
from delivery.settings import SmtpSettings
from delivery.smtp import UnencryptedWarning, send
from domain.model import Contract
from tests.clitools import Pacta
from tests.delivery.conftest import PASSWORD, USER, Server, authenticate

pytestmark = pytest.mark.filterwarnings("ignore:.*AUTH.*:UserWarning")  # aiosmtpd: AUTH without TLS, on loopback

Start = Callable[..., Server]
GOOD = {"host": "mail.example.org", "port": 587, "security": "starttls", "username": "ana",
        "allow_unencrypted": False, "timeout": 30.0, "sender": "ana@example.org"}


def _settings_file(folder: Path, **changes: Any) -> Path:
    path = folder / "smtp.json"
    path.write_text(json.dumps({**GOOD, **changes}), encoding="utf-8")
    return path


@pytest.mark.parametrize("spelled", ["false", "no", "0", "true", 0, 1, None])
def test_allow_unencrypted_written_as_a_string_or_number_is_an_error_naming_key_and_file(
        tmp_path: Path, spelled: object) -> None:
    path = _settings_file(tmp_path, allow_unencrypted=spelled)
    with pytest.raises(SettingsFileError) as caught:
        load_smtp(tmp_path)
    given = json.dumps(spelled)
    assert caught.value.message("en") == f'{path}: "allow_unencrypted" must be true or false, without quotes, not {given}'
    assert caught.value.message("es") == f"{path}: «allow_unencrypted» debe valer true o false, sin comillas, no {given}"


def test_a_valid_settings_file_reads_back(tmp_path: Path) -> None:
    _settings_file(tmp_path)
    settings, sender = load_smtp(tmp_path) or (None, "")
    assert settings == SmtpSettings(host="mail.example.org", port=587, username="ana")
    assert sender == "ana@example.org"
    _settings_file(tmp_path, allow_unencrypted=True, security="none", port=None, timeout=10)
    loaded = load_smtp(tmp_path)
    assert loaded is not None and loaded[0].allow_unencrypted is True and loaded[0].port == 25


@pytest.mark.parametrize(("changes", "english"), [
    ({"port": "587"}, '"port" must be a whole number, without quotes, not "587"'),
    ({"port": True}, '"port" must be a whole number, without quotes, not true'),
    ({"port": 70000}, '"port" is out of range (70000)'),
    ({"security": "tls"}, '"security" must be starttls, ssl or none, not "tls"'),
    ({"timeout": "30"}, '"timeout" must be a number, without quotes, not "30"'),
    ({"username": ["ana"]}, '"username" must be one line of text in quotes'),
    ({"allow_unencryted": True}, '"allow_unencryted" is not a mail setting (check the spelling)'),
    ({"host": "mail.example.org\r\nRCPT TO:<x@y.z>"}, '"host" must be one line of text in quotes'),
])
def test_every_settings_key_of_the_wrong_type_is_an_error_naming_it(
        tmp_path: Path, changes: dict[str, Any], english: str) -> None:
    path = _settings_file(tmp_path, **changes)
    with pytest.raises(SettingsFileError) as caught:
        load_smtp(tmp_path)
    assert caught.value.message("en") == f"{path}: {english}"
    assert caught.value.message("es").startswith(f"{path}: «{english.split(chr(34))[1]}»")


def test_a_settings_file_with_a_duplicate_key_or_that_is_a_fifo_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "smtp.json"
    path.write_text('{"host": "a.example", "allow_unencrypted": false, "allow_unencrypted": true}', encoding="utf-8")
    with pytest.raises(SettingsFileError) as caught:
        load_smtp(tmp_path)
    assert "allow_unencrypted" in caught.value.message("en")
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(SettingsFileError) as caught:
        load_smtp(tmp_path)
    assert "is not a regular file" in caught.value.message("en")


def test_a_string_false_never_sends_the_password_in_clear(start_plain: Server, panaderia: Contract) -> None:
    # Settings built by a caller that did not go through the strict reader: only True allows it.
    settings = SmtpSettings(host=start_plain.host, port=start_plain.port, security="starttls", username=USER,
                            allow_unencrypted="false", timeout=5.0)  # type: ignore[arg-type]
    with pytest.raises(SendError) as caught:
        send(_message(panaderia), settings, password=PASSWORD)
    assert caught.value.code is SendErrorCode.NO_ENCRYPTION
    assert start_plain.handler.received == []


def test_plain_sign_in_without_tls_warns_each_time(smtp_server: Start, panaderia: Contract) -> None:
    server = smtp_server(authenticator=authenticate, auth_required=True, auth_require_tls=False)
    settings = SmtpSettings(host=server.host, port=server.port, security="none", username=USER,
                            allow_unencrypted=True, timeout=5.0)
    told: list[UnencryptedWarning] = []
    for _ in range(2):
        send(_message(panaderia), settings, password=PASSWORD, warn=told.append)
    assert len(told) == 2 and all(w.signing_in for w in told)
    assert told[0].message("es").startswith(f"aviso: la conexión con {server.host}:{server.port} no está cifrada; "
                                            "su contraseña y el mensaje viajan sin cifrar")
    # Without a listener the warning still reaches Python's warnings, every time.
    for _ in range(2):
        with pytest.warns(UnencryptedWarning):
            send(_message(panaderia), settings, password=PASSWORD)


def test_plain_sign_in_from_the_command_line_prints_the_warning(
        smtp_server: Start, pacta: Pacta, examples_dir: Path, _private_config: Path) -> None:
    server = smtp_server(authenticator=authenticate, auth_required=True, auth_require_tls=False)
    _settings_file(_private_config, host=server.host, port=server.port, security="none", username=USER,
                   allow_unencrypted=True, timeout=5.0, sender="lucia@estudio-martin.example")
    pid = pacta("import", examples_dir / "panaderia-v1.json").out.strip().splitlines()[-1]
    import getpass

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(getpass, "getpass", lambda prompt="": PASSWORD)
        result = pacta("send", pid, "--to", "jorge@laespiga.example", "--document", "checklist")
    assert result.code == 0, result.err
    assert "aviso: la conexión con" in result.err and "su contraseña y el mensaje viajan sin cifrar" in result.err


def test_ics_text_carries_no_raw_control_bytes_and_is_folded(panaderia: Contract) -> None:
    data = panaderia.model_dump()
    data["title"] = "Bad\x01title\x7f with a very long name " + "ü" * 80
    data["deliverables"][0]["description"] = "line one\r\nline two\x0b\x1b[2J\ud800 end"
    contract = Contract.model_validate(data)  # as an older version may hold it
    ics = build_ics(contract, project_id="p1", stamp=dt.datetime(2026, 11, 20, tzinfo=dt.UTC))
    lines = ics.split(b"\r\n")
    assert lines[-1] == b""
    for line in lines[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # folding never splits a character
        assert not any(b < 0x20 and b != 0x09 for b in line), line
        assert 0x7F not in line
    unfolded = ics.replace(b"\r\n ", b"").decode("utf-8")
    assert "line one\\nline two\ufffd\ufffd[2J\ufffd end" in unfolded
    assert "Bad\ufffdtitle\ufffd with" in unfolded


def test_unsent_mail_drafts_in_the_same_second_are_all_kept(tmp_path: Path, panaderia: Contract) -> None:
    kept = {outgoing.keep_in_outbox(message=_message(panaderia), data_dir=tmp_path, title="Logo", version=1)
            for _ in range(6)}
    assert len(kept) == 6
    assert sorted(p.name for p in (tmp_path / "outbox").iterdir()) == sorted(p.name for p in kept)
    assert all(p.read_bytes().startswith(b"X-Unsent: 1") or b"X-Unsent: 1" in p.read_bytes() for p in kept)


def test_a_draft_written_to_a_named_file_replaces_it(tmp_path: Path, panaderia: Contract) -> None:
    target = tmp_path / "mine.eml"
    target.write_bytes(b"old")
    assert outgoing.save_draft(message=_message(panaderia), path=target) == target
    assert b"X-Unsent: 1" in target.read_bytes()


@pytest.fixture
def start_plain(smtp_server: Start) -> Server:
    """A server that offers no encryption at all."""
    return smtp_server()


def _message(contract: Contract) -> EmailMessage:
    from delivery.mail import compose

    return compose(contract, version=1, to=["jorge@laespiga.example"], sender="lucia@estudio-martin.example")
