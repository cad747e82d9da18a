"""Issue 15 on the command line: hostile files, ids and texts get a message (never a traceback),
outputs cannot be spoofed, and read or write failures name the file. Each test is named after
the defect the adversarial run found."""

from __future__ import annotations

import errno
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from domain.model import Contract
from storage.repository import Repository
from tests.clitools import Pacta, snapshot

BASE: dict[str, Any] = {
    "format": "pacta.contract/1",
    "language": "en",
    "currency": "EUR",
    "title": "Logo",
    "provider": {"name": "Ana", "email": "ana@example.org"},
    "client": {"name": "Bruno"},
    "deliverables": [{"title": "Logo", "due": "2026-12-01", "price": "100"}],
}


def _write(tmp_path: Path, data: Any, name: str = "c.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _import(pacta: Pacta, path: Path) -> str:
    result = pacta("import", path)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1]


def _stored(data_dir: Path, **changes: Any) -> str:
    """A project as an older Pacta may have saved it, before today's input limits."""
    with Repository(data_dir, write=True) as repo:
        return repo.create_project(Contract.model_validate({**BASE, **changes})).project_id


def test_import_of_dev_zero_is_refused_at_once(pacta: Pacta, data_dir: Path) -> None:
    result = pacta("import", "/dev/zero")
    assert result.code == 1
    assert result.err == "pacta: /dev/zero is not a regular file (it is a folder, a device or a pipe)\n"
    assert snapshot(data_dir) == {}


def test_attach_of_a_fifo_is_refused_at_once_and_takes_no_lock(pacta: Pacta, data_dir: Path, tmp_path: Path) -> None:
    pid = _import(pacta, _write(tmp_path, BASE))
    fifo = tmp_path / "scan.pdf"
    os.mkfifo(fifo)
    before = snapshot(data_dir)
    result = pacta("attach", pid, fifo)
    assert result.code == 1
    assert result.err == f"pacta: {fifo} is not a regular file (it is a folder, a device or a pipe)\n"
    assert snapshot(data_dir) == before


def test_attach_and_verify_of_dev_zero_are_refused(pacta: Pacta, tmp_path: Path) -> None:
    pid = _import(pacta, _write(tmp_path, BASE))
    for args in (("attach", pid, "/dev/zero"), ("verify", "/dev/zero")):
        result = pacta(*args)
        assert result.code == 1 and "/dev/zero is not a regular file" in result.err, args


def test_an_escaped_lone_surrogate_is_refused_before_the_lock_is_taken(pacta: Pacta, data_dir: Path,
                                                                      tmp_path: Path) -> None:
    text = json.dumps(BASE).replace('"title": "Logo"', '"title": "Lo\\ud800go"', 1)
    result = pacta("import", _write(tmp_path, text))
    assert result.code == 1
    assert result.err == "pacta: title contains a character that is not valid Unicode (a lone surrogate); remove it\n"
    assert not (data_dir / "pacta.lock").exists() and snapshot(data_dir) == {}


def test_json_nested_990_levels_gives_a_message(pacta: Pacta, tmp_path: Path) -> None:
    result = pacta("import", _write(tmp_path, "[" * 990 + "]" * 990))
    assert result.code == 1
    assert result.err == "pacta: the file nests objects and lists more than 32 levels deep (line 1, column 33)\n"


@pytest.mark.parametrize("command", ["history", "render", "change", "export"])
def test_a_300_character_project_id_gets_a_message(pacta: Pacta, tmp_path: Path, command: str) -> None:
    ident = "a" * 300
    extra = {"render": ["--document", "agreement", "--format", "pdf"],
             "change": [str(_write(tmp_path, BASE)), "--reason", "x"]}.get(command, [])
    result = pacta(command, ident, *extra)
    assert result.code == 1
    assert result.err == (f"pacta: there is no project {'a' * 64}…: an id has at most 64 letters, digits, - or _\n")


def test_a_title_of_control_characters_already_stored_gets_a_message_from_render_and_send(
        pacta: Pacta, data_dir: Path, tmp_path: Path) -> None:
    pid = _stored(data_dir, title="\x01\x02\x07")
    for fmt in ("pdf", "docx"):
        result = pacta("render", pid, "--document", "agreement", "--format", fmt, "-o", tmp_path)
        assert result.code == 1, result.err
        assert result.err.startswith("pacta: the document cannot be written: title: ")
    result = pacta("send", pid, "--to", "b@example.org", "--document", "agreement", "--eml", tmp_path)
    assert result.code == 1 and result.err.startswith("pacta: the document cannot be written: ")


def test_amounts_with_26_to_30_integer_digits_already_stored_render_diff_and_calendar(
        pacta: Pacta, data_dir: Path, tmp_path: Path) -> None:
    pid = _stored(data_dir, deliverables=[{"title": "Logo", "due": "9999-12-31", "price": "9" * 30 + ".55"}],
                  payment={"deposit_percent": "50", "installments": [
                      {"label": "Rest", "percent": "50", "due": "9999-12-31"}]})
    for fmt in ("pdf", "docx"):
        result = pacta("render", pid, "--document", "agreement", "--format", fmt, "-o", tmp_path)
        assert result.code == 0, result.err
    calendar = pacta("calendar", pid, "-o", tmp_path)
    assert calendar.code == 0, calendar.err
    ics = Path(calendar.out.strip()).read_bytes()
    assert b"DTSTART;VALUE=DATE:99991231" in ics
    assert pacta("diff", pid, "1", "1").code == 0


def test_amounts_and_dates_beyond_the_limits_are_refused_on_import_and_change(
        pacta: Pacta, tmp_path: Path) -> None:
    pid = _import(pacta, _write(tmp_path, BASE))
    bad = _write(tmp_path, {**BASE, "deliverables": [{"title": "Logo", "due": "9999-12-31", "price": "9" * 27}]}, "b.json")
    for args in (("import", bad), ("change", pid, bad, "--reason", "more")):
        result = pacta(*args)
        assert result.code == 1
        assert result.err == (
            "pacta: deliverables[0].due must be a date from 1900-01-01 to 2199-12-31\n"
            "pacta: deliverables[0].price is too large an amount: at most 15 digits before the decimal point\n")


def test_a_newline_in_a_title_does_not_print_a_fake_line_in_list(pacta: Pacta, data_dir: Path) -> None:
    pid = _stored(data_dir, title="Logo\nfake1234\tFORGED TITLE\tclient\tcompleted\t7", client={"name": "B\x1b[2J"})
    result = pacta("list")
    assert result.code == 0
    [line] = result.out.splitlines()
    fields = line.split("\t")
    assert fields[:3] == [pid, "Logo\\nfake1234\\tFORGED TITLE\\tclient\\tcompleted\\t7", "B\\x1b[2J"]
    assert "\x1b" not in result.out


def test_a_newline_in_a_reason_does_not_print_a_fake_line_in_history(pacta: Pacta, tmp_path: Path) -> None:
    pid = _import(pacta, _write(tmp_path, BASE))
    changed = _write(tmp_path, {**BASE, "title": "Logo 2"}, "v2.json")
    reason = "typo\nversion 9\t2026-01-01T00:00:00\tforged\t-\tdeadbeef"
    assert pacta("change", pid, changed, "--reason", reason).code == 0
    result = pacta("history", pid)
    lines = result.out.splitlines()
    assert [line.split("\t")[0] for line in lines[:2]] == ["version 1", "version 2"]
    assert not any(line.startswith("version 9") for line in lines)
    assert "typo\\nversion 9\\t2026-01-01T00:00:00\\tforged\\t-\\tdeadbeef" in lines[1]


def test_a_reason_with_control_characters_or_too_long_is_refused(pacta: Pacta, tmp_path: Path) -> None:
    pid = _import(pacta, _write(tmp_path, BASE))
    changed = _write(tmp_path, {**BASE, "title": "Logo 2"}, "v2.json")
    result = pacta("change", pid, changed, "--reason", "ok\x1b[31m")
    assert result.code == 1 and result.err == "pacta: --reason contains a control character (U+001B); remove it\n"
    result = pacta("change", pid, changed, "--reason", "x" * 2001)
    assert result.code == 1 and result.err == "pacta: --reason is too long: 2001 characters, at most 2000\n"


def test_check_on_a_data_path_that_does_not_exist_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = Pacta(tmp_path / "nowhere", capsys)
    result = missing("check")
    assert result.code == 1
    assert result.err == (f"pacta: the data folder {tmp_path / 'nowhere'} does not exist: there is nothing to "
                          "check (is the path right?)\n")
    assert not (tmp_path / "nowhere").exists()


def test_check_on_a_data_path_that_is_a_file_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a_file = tmp_path / "data.txt"
    a_file.write_text("not a folder")
    result = Pacta(a_file, capsys)("check")
    assert result.code == 1
    assert result.err == f"pacta: {a_file} is not a folder: give --data the folder that holds Pacta's data\n"


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fsync fails as on a full disk: the error carries no file name."""
    import storage.atomic

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage.atomic.os, "fsync", full)


def test_a_full_disk_says_cannot_write_the_file_not_cannot_read(
        pacta: Pacta, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pid = _import(pacta, _write(tmp_path, BASE))
    target = tmp_path / "out.pdf"
    _full_disk(monkeypatch)
    result = pacta("render", pid, "--document", "agreement", "--format", "pdf", "-o", target)
    assert result.code == 1
    assert result.err == f"pacta: cannot write {target}: no space left on device\n"
    result = pacta("export", pid, "-o", tmp_path / "out.json")
    assert result.err == f"pacta: cannot write {tmp_path / 'out.json'}: no space left on device\n"


def test_a_full_disk_while_storing_names_the_data_folder_in_the_users_language(
        pacta: Pacta, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _write(tmp_path, {**BASE, "language": "es"})
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    _full_disk(monkeypatch)
    result = pacta("import", source)
    assert result.code == 1
    assert re.fullmatch(rf"pacta: no se puede escribir {re.escape(str(data_dir))}\S*: no queda espacio en el disco\n",
                        result.err), result.err


def test_a_read_only_output_folder_says_cannot_write(
        pacta: Pacta, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pid = _import(pacta, _write(tmp_path, BASE))
    import storage.atomic

    real_open = open

    def read_only(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(storage.atomic, "open", read_only, raising=False)
    target = tmp_path / "out.pdf"
    result = pacta("render", pid, "--document", "agreement", "--format", "pdf", "-o", target)
    assert result.err == f"pacta: cannot write {target}: the file system is read-only\n"


def test_eml_drafts_written_to_one_folder_in_the_same_second_are_all_kept(pacta: Pacta, tmp_path: Path) -> None:
    pid = _import(pacta, _write(tmp_path, BASE))
    folder = tmp_path / "drafts"
    folder.mkdir()
    written = []
    for _ in range(6):
        result = pacta("send", pid, "--to", "b@example.org", "--document", "agreement", "--eml", folder)
        assert result.code == 0, result.err
        written.append(result.out.strip().rsplit(": ", 1)[-1])
    assert len(set(written)) == 6
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(w).name for w in written)


@pytest.mark.parametrize("command", ["history", "render", "change", "list", "check"])
def test_a_project_file_that_cannot_be_read_gets_a_message_naming_it(
        pacta: Pacta, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    # Mode 000 as the tests' root user cannot make it: every read of the project's files fails instead.
    pid = _import(pacta, _write(tmp_path, BASE))
    project = data_dir / "projects" / pid
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.parent == project:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    extra = {"render": ["--document", "agreement", "--format", "pdf", "-o", str(tmp_path)],
             "change": [str(_write(tmp_path, {**BASE, "title": "Other"}, "v2.json")), "--reason", "x"]}
    args = [command] + ([] if command in ("list", "check") else [pid]) + extra.get(command, [])
    result = pacta(*args)
    assert result.code == 1, result.err
    assert "Traceback" not in result.err
    assert re.search(rf"{re.escape(str(project))}/\S+ cannot be read: permission denied", result.err), result.err
