"""The SMTP settings file: round trip, atomic write, no password, unreadable file reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delivery.config import SettingsFileError, config_dir, forget_smtp, load_smtp, save_smtp
from delivery.settings import SmtpSettings


def test_round_trip_without_a_password(tmp_path: Path) -> None:
    settings = SmtpSettings(host="mail.example.org", port=465, security="ssl", username="ana")
    path = save_smtp(settings, "Ana <ana@example.org>", tmp_path)
    assert load_smtp(tmp_path) == (settings, "Ana <ana@example.org>")
    assert "password" not in path.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["smtp.json"]
    forget_smtp(tmp_path)
    assert load_smtp(tmp_path) is None


def test_a_broken_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "smtp.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(SettingsFileError):
        load_smtp(tmp_path)
    assert (tmp_path / "smtp.json").read_text(encoding="utf-8") == "{not json"
    (tmp_path / "smtp.json").write_text(json.dumps({"port": 25}), encoding="utf-8")
    with pytest.raises(SettingsFileError):
        load_smtp(tmp_path)


def test_the_environment_chooses_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTA_CONFIG", str(tmp_path / "conf"))
    assert config_dir() == tmp_path / "conf"
