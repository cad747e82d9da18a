"""A dark palette like a desktop's dark theme, to check the app against it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    """Light text on dark windows, fields and buttons."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2d2d2d"), (roles.WindowText, "#eeeeee"), (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"), (roles.Text, "#eeeeee"), (roles.Button, "#353535"),
        (roles.ButtonText, "#eeeeee"), (roles.Highlight, "#3d7ab8"), (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#3a3a3a"), (roles.ToolTipText, "#eeeeee"), (roles.PlaceholderText, "#9a9a9a"),
        (roles.Light, "#505050"), (roles.Midlight, "#404040"), (roles.Mid, "#303030"), (roles.Dark, "#202020"),
        (roles.Shadow, "#101010"), (roles.BrightText, "#ffffff"), (roles.Link, "#8cc8ff"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#7a7a7a"))
    return palette
