"""Layout metrics used across the app, named once so every screen spaces alike."""

from __future__ import annotations

MARGIN = 16
SPACING = 10
SMALL_SPACING = 6
FORM_LABEL_SPACING = 8

MAIN_WINDOW_SIZE = (1180, 760)
WIZARD_SIZE = (980, 720)
PREFERENCES_SIZE = (520, 560)
LIST_MIN_WIDTH = 320
DETAIL_MIN_WIDTH = 280
SPLITTER_SIZES = (750, 430)

TEXT_BOX_LINES = 3
LONG_TEXT_LINES = 4
ROW_TABLE_MIN_HEIGHT = 140
PDF_PREVIEW_MIN_HEIGHT = 360

#: How long the user may pause typing before a draft is saved.
AUTOSAVE_DELAY_MS = 800
#: Work shorter than this shows no busy indicator (a blink).
BUSY_INDICATOR_DELAY_MS = 200
#: Check a page this long after the last key typed (a long contract never delays a key press).
VALIDATE_DELAY_MS = 250
#: Update the step list's marks this long after the last change.
STEPS_DELAY_MS = 400
#: Re-render the live preview beside a page this long after the last change.
SIDE_PREVIEW_DELAY_MS = 900
#: Lines of problems a wizard page keeps room for at its foot (more are summed up in one).
ISSUE_LINES = 3
#: Re-render the review page's PDF this long after the last change.
PREVIEW_DELAY_MS = 300
EMPTY_TEXT_WIDTH = 520
CLIENT_COLUMN_WIDTH = 120
