"""Qt's translation marker with a type mypy understands.

PySide6's stubs declare `QT_TRANSLATE_NOOP` as returning `object`; at run time it
returns the text unchanged. pyside6-lupdate looks for calls by this name, so the
modules that mark strings import it from here under the same name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Mark `text` for translation in `context`; returns it unchanged."""
        ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
