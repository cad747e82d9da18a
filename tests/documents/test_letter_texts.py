"""Letter texts: both languages say the same things with the same fields, and the user's edits win."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from documents.clauses import keys, placeholders, raw
from documents.letters import write_letter
from domain.letters import Kind, LetterInput, letter_facts
from domain.lifecycle import fold
from domain.validation import read_contract_file


def test_spanish_and_english_letters_have_the_same_keys_and_fields() -> None:
    es = {k for k in keys("es") if k.startswith("letters.")}
    en = {k for k in keys("en") if k.startswith("letters.")}
    assert es == en and len(es) > 60
    for key in es:
        assert placeholders(raw("es", key)) == placeholders(raw("en", key)), key
    # Every kind has its subject.
    assert {f"letters.{k.key}.subject" for k in Kind} <= es


def test_an_edited_letter_text_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, examples_dir: Path) -> None:
    folder = tmp_path / "clauses"
    (folder / "es").mkdir(parents=True)
    (folder / "es" / "letters.toml").write_text('[common]\ngreeting = "Estimado señor {addressee}:"\n',
                                                encoding="utf-8")
    monkeypatch.setenv("PACTA_CLAUSES", str(folder))
    contract = read_contract_file(examples_dir / "panaderia-v1.json")
    state = fold(1, [{"kind": "status", "data": {"status": "signed", "date": "2026-11-20", "version": 1}}])
    facts = letter_facts(LetterInput(Kind.URGENT_REQUEST, contract, 1, state, dt.date(2026, 11, 26)))
    letter = write_letter(facts, contract)
    assert "Estimado señor Jorge Ruiz Peña:" in letter.text
    # The rest keeps the packaged texts, and every quoted clause has its number.
    assert "Cláusula 10 («Comunicación»)" in letter.text
    assert all(q.clause == 10 for q in letter.quoted if q.words)
