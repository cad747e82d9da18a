"""The detail area of the selected project: a tab widget other modules can add tabs to.

A tab is any QWidget with `show_project(detail)`, where `detail` is a
`gui.core.services.ProjectDetail` or None; add it with `DetailTabs.add_tab(widget, title)`.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from gui.core.statuses import status_label
from gui.main.projects import list_date

if TYPE_CHECKING:
    from gui.core.services import ProjectDetail



def _short_date(day: dt.date) -> str:
    """A date in the UI locale's short format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _local_day(moment: dt.datetime) -> dt.date:
    """The day of a stored moment on this computer's clock, as the list shows "last change"."""
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()

class SummaryTab(QWidget):
    """Parties, deliverables with due dates, payment schedule with amounts, and documents."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.header = QLabel(self)
        self.header.setObjectName("hint")
        self.notice = QLabel(self)
        self.notice.setObjectName("why")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.browser, 1)
        self.show_project(None)

    def show_project(self, detail: ProjectDetail | None) -> None:
        """Show a project (None: say that none is selected)."""
        if detail is None:
            self.header.setText("")
            self.notice.hide()
            self.browser.setHtml("<p style='color:#777'>" + escape(self.tr("Select a project to see it here.")) + "</p>")
            return
        from gui.widgets.summary import contract_html

        version = detail.version
        self.header.setText(self.tr("{status} · version {number} · {when} · fingerprint {fingerprint}").format(
            status=status_label(detail.state.status.value), number=version.number,
            when=list_date(_local_day(version.created)),
            fingerprint=version.short_fingerprint))
        self._show_changes(detail)
        html = contract_html(version.contract, self.lang)
        html += "<h3>" + escape(self.tr("Documents")) + "</h3>"
        if detail.documents:
            html += "<ul>" + "".join(
                f"<li>{escape(str(r.data.get('name', '')))} — "
                + escape(self.tr("version {number}, {when}").format(
                    number=r.data.get("version", "?"),
                    when=_short_date(r.at.date())))
                + "</li>" for r in detail.documents) + "</ul>"
        else:
            html += "<p>" + escape(self.tr("No documents generated yet: open the project and use "
                                           "“Generate documents…” on its last page.")) + "</p>"
        self.browser.setHtml(html)


    def _show_changes(self, detail: ProjectDetail) -> None:
        """Say which version is in force and what became of the change orders after it."""
        lines = []
        pending = getattr(detail, "pending", [])
        rejected = getattr(detail, "rejected", [])
        if pending or rejected:
            lines.append(self.tr("This is version {number}, the one in force.").format(number=detail.version.number))
        for order in pending:
            lines.append(self.tr("{number} (version {version}) is proposed, waiting for both signatures: "
                                 "{reason}").format(number=order.number, version=order.version, reason=order.reason))
        for order in rejected:
            if order.version <= detail.version.number:
                continue
            lines.append(self.tr("{number} (version {version}) was rejected on {date}: {reason}").format(
                number=order.number, version=order.version,
                date=_short_date(order.decided_on or order.asked_on), reason=order.decision_note or order.reason))
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))


class DetailTabs(QTabWidget):
    """Summary first; History, Journal and other tabs are added by their own modules."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.summary = SummaryTab(lang, self)
        self.addTab(self.summary, self.tr("Summary"))

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab that has a `show_project(detail)` method."""
        return self.addTab(widget, title)

    def show_project(self, detail: Any) -> None:
        """Pass the selected project (or None) to every tab."""
        for i in range(self.count()):
            tab = self.widget(i)
            show = getattr(tab, "show_project", None)
            if show is not None:
                show(detail)
