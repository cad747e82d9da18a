"""Every Alt+letter of a label on a wizard page reaches its field.

Qt moves the keyboard to a label's buddy only when the buddy itself accepts focus (it checks the
buddy's focus policy, not that of the widget it passes focus on to). On a real window a date
field's "Fec&ha" did nothing because the date field was a container that refused focus.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.wizard.wizard import ContractWizard, PageId


def test_every_label_mnemonic_has_a_buddy_that_takes_focus(qtbot: Any, ctx_es: Any) -> None:
    wizard = ContractWizard(ctx_es)
    qtbot.addWidget(wizard)
    wizard.show()
    dead = []
    for pid in PageId:
        for label in wizard.page(pid).findChildren(QLabel):
            if not re.search(r"&[^&]", label.text()):
                continue
            buddy = label.buddy()
            if buddy is None or buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
                dead.append((pid.name, label.text(), type(buddy).__name__ if buddy else None))
    assert dead == []
