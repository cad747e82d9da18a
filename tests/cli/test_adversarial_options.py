"""Options an adversarial run found accepted without the checks other options get:
`letter --request` and `paid --date`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clitools import Pacta


def _signed(pacta: Pacta, example: Path, on: str) -> str:
    result = pacta("import", example)
    assert result.code == 0, result.err
    pid = result.out.strip().splitlines()[-1]
    assert pacta("status", pid, "signed", "--date", on).code == 0
    return pid


@pytest.mark.parametrize(("text", "char"), [("a\x1b[2Jb", "U+001B"), ("ring\x07", "U+0007"),
                                            ("over\rwrite", "U+000D"), ("fdp.\u202etxt", "U+202E")])
def test_letter_request_with_control_characters_is_refused(
    pacta: Pacta, examples_dir: Path, tmp_path: Path, text: str, char: str
) -> None:
    pid = _signed(pacta, examples_dir / "brand-identity-en.json", "2027-01-08")
    out = tmp_path / "letter.txt"
    result = pacta("letter", pid, "out-of-scope", "--date", "2027-01-20", "--request", text, "--hours", "10",
                   "--format", "txt", "-o", out)
    assert result.code == 1
    assert "--request" in result.err and char in result.err, result.err
    assert "\x1b" not in result.out + result.err and "\x07" not in result.out + result.err
    assert not out.exists()


def test_letter_request_of_100000_characters_is_refused(pacta: Pacta, examples_dir: Path, tmp_path: Path) -> None:
    pid = _signed(pacta, examples_dir / "brand-identity-en.json", "2027-01-08")
    out = tmp_path / "letter.txt"
    result = pacta("letter", pid, "out-of-scope", "--date", "2027-01-20", "--request", "x" * 100_000,
                   "--hours", "10", "--format", "txt", "-o", out)
    assert result.code == 1
    assert "--request is too long: 100000 characters, at most 2000" in result.err, result.err
    assert not out.exists()
    # A request of 2,000 characters, at the limit, is still written.
    fine = pacta("letter", pid, "out-of-scope", "--date", "2027-01-20", "--request", "y" * 2000,
                 "--hours", "10", "--format", "txt", "-o", out)
    assert fine.code == 0, fine.err


def test_paid_date_outside_the_limits_is_refused(pacta: Pacta, examples_dir: Path) -> None:
    pid = _signed(pacta, examples_dir / "panaderia-v1.json", "2026-11-20")
    before = pacta("history", pid).out
    for day in ("1899-01-01", "2200-01-01"):
        result = pacta("paid", pid, "deposit", "--date", day)
        assert result.code == 1
        assert "el campo «--date» debe contener una fecha entre el 1900-01-01 y el 2199-12-31" in result.err, \
            result.err
    assert pacta("history", pid).out == before
    assert pacta("paid", pid, "deposit", "--date", "2026-11-21").code == 0
