"""The parsed-font cache: the same metrics as parsing, and a damaged file only means parsing again."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from documents.font_cache import cache_dir, load_font
from documents.fonts import FILES, FONT_DIR, REGULAR


def test_cached_face_measures_and_subsets_as_the_parsed_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTA_CACHE", str(tmp_path))
    path = FONT_DIR / FILES[REGULAR]
    first = load_font("CacheTest", path)  # parsed, then written
    written = list((cache_dir() / "fonts").glob("*.marshal"))
    assert len(written) == 1
    second = load_font("CacheTest", path)  # read back
    parsed = TTFont("CacheTest", str(path))
    for text in ("Contrato de prestación de servicios", "€ «» ñ ü ß 中", "W" * 40):
        assert second.stringWidth(text, 9) == parsed.stringWidth(text, 9) == first.stringWidth(text, 9)
    assert second.face.makeSubset([0, 65, 66, 241]) == parsed.face.makeSubset([0, 65, 66, 241])
    assert second.face.name == parsed.face.name and second.face.ascent == parsed.face.ascent


def test_a_damaged_cache_file_falls_back_to_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTA_CACHE", str(tmp_path))
    path = FONT_DIR / FILES[REGULAR]
    load_font("CacheTest", path)
    [written] = (cache_dir() / "fonts").glob("*.marshal")
    written.write_bytes(b"\x00not marshal")
    font = load_font("CacheTest", path)
    assert font.stringWidth("Abc", 10) == TTFont("CacheTest", str(path)).stringWidth("Abc", 10)
    assert written.read_bytes() != b"\x00not marshal"  # written again
