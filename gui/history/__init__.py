"""History: the project's timeline, version comparison, change orders, statuses and proof."""

from gui.history.tab import install

__all__ = ["install"]
