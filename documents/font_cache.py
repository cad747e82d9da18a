"""reportlab's parsed TrueType faces kept between runs, so a `pacta render` process does not parse fonts.

Parsing the three DejaVu faces (cmap, metrics, glyph offsets) in pure Python was a
sixth of a whole `pacta render` process. What the parser extracts is plain data
(numbers, strings, lists and dicts), so it is written once with `marshal` (which
stores data and never runs code when read) into Pacta's cache folder, keyed by the
font file's size and modification time, reportlab's version and Python's. Anything
unexpected (a missing or damaged file, another version) falls back to parsing, and
the cache is only ever an optimisation.
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

_FORMAT = 1


def cache_dir() -> Path:
    """$PACTA_CACHE, else `cache/` in $PACTA_CONFIG, else the platform's per-user cache folder."""
    override = os.environ.get("PACTA_CACHE")
    if override:
        return Path(override).expanduser()
    config = os.environ.get("PACTA_CONFIG")
    if config:
        return Path(config).expanduser() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Pacta", appauthor=False))


def _key(path: Path) -> Path:
    import reportlab

    stat = path.stat()
    python = "".join(map(str, sys.version_info[:2]))
    name = f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-rl{reportlab.Version}-py{python}-{_FORMAT}.marshal"
    return cache_dir() / "fonts" / name


def _plain(face: Any) -> dict[str, Any]:
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    out: dict[str, Any] = {}
    for key, value in face.__dict__.items():
        if key in ("_ttf_data", "_pdfScale"):
            continue
        out[key] = ("ttfname", bytes(value)) if isinstance(value, TTFNameBytes) else value
    return out


def _face(data: dict[str, Any], path: Path) -> Any:
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    for key, value in data.items():
        if isinstance(value, tuple) and len(value) == 2 and value[0] == "ttfname":
            value = TTFNameBytes(value[1])
        setattr(face, key, value)
    face._ttf_data = path.read_bytes()
    per_em = face.unitsPerEm
    face._pdfScale = (lambda x: x) if per_em == 1000 else (lambda x, k=1000 / per_em: x * k)
    if not face.charWidths or not face.glyphPos:
        raise ValueError("incomplete face")
    return face


def load_font(name: str, path: Path) -> Any:
    """A reportlab TTFont for `path` under `name`, from the cache when it is there and current."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

    try:
        key = _key(path)
        data = marshal.loads(key.read_bytes())
        face = _face(data, path)
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        font = TTFont(name, str(path))
        _store(font.face, path)
        return font
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob)
    return font


def _store(face: Any, path: Path) -> None:
    """Write the parsed face to the cache (atomically; a failure only means parsing next time)."""
    try:
        key = _key(path)
        key.parent.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps(_plain(face))
        handle, temp = tempfile.mkstemp(prefix=".font-", dir=key.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
            os.replace(temp, key)
        except OSError:
            Path(temp).unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
