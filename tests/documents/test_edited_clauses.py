"""Every clause is editable: the user's clause folder replaces texts key by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import DocumentMeta, RenderRefused, render_document
from documents.clauses import TEXT_DIRS, copy_defaults, text
from domain.validation import read_contract_file
from tests.documents.helpers import pdftotext


@pytest.fixture
def clause_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "clauses"
    monkeypatch.setenv("PACTA_CLAUSES", str(folder))
    return folder


def _meta() -> DocumentMeta:
    return DocumentMeta("p1", 1, "ab" * 32)


def test_an_edited_clause_appears_in_the_document(clause_dir: Path, examples_dir: Path) -> None:
    contract = read_contract_file(examples_dir / "panaderia-v1.json")
    before = pdftotext(render_document("agreement", "pdf", contract, _meta()).data)
    assert "Cláusula de prueba" not in before
    copy_defaults()
    assert sorted(p.name for p in (clause_dir / "es").iterdir()) == sorted(
        p.name for folder in TEXT_DIRS for p in (folder / "es").iterdir())
    (clause_dir / "es" / "agreement.toml").write_text(
        '[out_of_scope]\nintro = "Cláusula de prueba: no se incluye lo siguiente."\n', encoding="utf-8")
    after = pdftotext(render_document("agreement", "pdf", contract, _meta()).data)
    assert "Cláusula de prueba" in after
    # Keys the file does not define keep the packaged text.
    assert text("es", "agreement.parties.heading") == "Partes"


def test_a_placeholder_the_text_cannot_fill_is_refused_with_file_and_key(clause_dir: Path, examples_dir: Path) -> None:
    contract = read_contract_file(examples_dir / "panaderia-v1.json")
    (clause_dir / "es").mkdir(parents=True)
    (clause_dir / "es" / "agreement.toml").write_text(
        '[purpose]\ntext = "Proyecto {titulo}."\n', encoding="utf-8")
    with pytest.raises(RenderRefused, match=r"agreement\.toml: agreement\.purpose\.text uses \{titulo\}"):
        render_document("agreement", "pdf", contract, _meta())


def test_a_broken_file_is_named(clause_dir: Path, examples_dir: Path) -> None:
    contract = read_contract_file(examples_dir / "panaderia-v1.json")
    (clause_dir / "es").mkdir(parents=True)
    (clause_dir / "es" / "agreement.toml").write_text('[purpose\n', encoding="utf-8")
    with pytest.raises(RenderRefused, match=r"agreement\.toml: cannot be read as TOML"):
        render_document("agreement", "pdf", contract, _meta())
