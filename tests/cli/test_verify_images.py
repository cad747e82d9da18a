"""`pacta verify` on images an adversarial run sent: a decompression bomb and a truncated PNG."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from tests.clitools import Pacta


def _png(width: int, height: int) -> bytes:
    """A valid PNG header of `width` × `height` grey pixels, with a tiny compressed body of zeros."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\0" * (width + 1) * min(height, 4), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def test_verify_decompression_bomb_png_says_the_image_is_too_large(pacta: Pacta, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png(30000, 30000))
    result = pacta("verify", bomb)
    assert result.code == 1
    assert "Traceback" not in result.err and "DecompressionBomb" not in result.err, result.err
    assert f"{bomb}" in result.err and "30000 × 30000" in result.err, result.err
    assert "80000000" in result.err


def test_verify_truncated_png_names_the_image_file_not_the_data_folder(pacta: Pacta, tmp_path: Path) -> None:
    from PIL import Image

    whole = tmp_path / "whole.png"
    Image.new("L", (600, 600), 255).save(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.png"
    cut.write_bytes(data[: len(data) // 2])
    result = pacta("verify", cut)
    assert result.code == 1
    assert str(cut) in result.err, result.err
    assert str(pacta.data) not in result.err, result.err
    assert "Traceback" not in result.err
