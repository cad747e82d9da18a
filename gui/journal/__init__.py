"""Journal: dated notes, revision rounds per deliverable and signed copies."""

from gui.journal.tabs import install

__all__ = ["install"]
