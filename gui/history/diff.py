"""Two versions of a contract side by side, as HTML: what was added, removed and changed.

Every changed row carries a colour and a text marker (+ added, − removed, ~ changed),
so the comparison reads the same for colour-blind users and on paper. Built on
domain.diff: deliverables matched by id, every other field by its path.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from gui.history.work import Comparison

ADDED_BG = "#e3f2e6"
REMOVED_BG = "#fbe4e2"
CHANGED_BG = "#fff1cc"
MUTED = "#77776f"


class DeadlineWords(QObject):
    """How far the last delivery moves, with the plural forms of the UI language.

    pyside6-lupdate marks plural (numerus) entries only for `tr()` calls with a count, not for
    `QCoreApplication.translate`, hence this small class.
    """

    def earlier(self, days: int) -> str:
        """The last delivery moves `days` day(s) earlier."""
        return self.tr("The last delivery moves %n day(s) earlier.", "", days)

    def later(self, days: int) -> str:
        """The last delivery moves `days` day(s) later."""
        return self.tr("The last delivery moves %n day(s) later.", "", days)


def markers() -> dict[str, str]:
    """The text marker of each kind of row, in the UI language."""
    return {
        "added": "+ " + QCoreApplication.translate("Comparison", "added"),
        "removed": "− " + QCoreApplication.translate("Comparison", "removed"),
        "changed": "~ " + QCoreApplication.translate("Comparison", "changed"),
    }


def comparison_html(comparison: Comparison, lang: str) -> str:
    """Old on the left, new on the right; unchanged deliverables in grey for context."""
    from domain import formatting as fmt
    from domain.diff import format_value, label

    diff = comparison.diff
    old, new = comparison.old, comparison.new
    currency = new.currency
    mark = markers()

    def value(path: str, item: Any) -> str:
        return escape(format_value(path, item, currency, lang))

    def deliverable(d: Any) -> str:
        bits = [f"<b>{escape(d.id)} · {escape(d.title)}</b>"]
        facts = []
        if d.due is not None:
            facts.append(QCoreApplication.translate("Comparison", "due {date}").format(date=escape(fmt.date(d.due, lang))))
        if d.price is not None:
            facts.append(escape(fmt.money(d.price, currency, lang)))
        if facts:
            bits.append(" · ".join(facts))
        return "<br>".join(bits)

    rows: list[str] = []

    def row(kind: str | None, left: str, right: str) -> None:
        bg = {"added": ADDED_BG, "removed": REMOVED_BG, "changed": CHANGED_BG}.get(kind or "", "")
        style = f" bgcolor='{bg}'" if bg else ""
        colour = "" if kind else f" style='color:{MUTED}'"
        marker = f"<b>{escape(mark[kind].split(' ', 1)[0])}</b>" if kind else ""
        rows.append(f"<tr{style}><td width='4%' valign='top' align='center'>{marker}</td>"
                    f"<td width='48%' valign='top'{colour}>{left or '—'}</td>"
                    f"<td width='48%' valign='top'{colour}>{right or '—'}</td></tr>")

    def section(title: str) -> None:
        rows.append(f"<tr><td colspan='3'><h4 style='margin-top:8px'>{escape(title)}</h4></td></tr>")

    section(QCoreApplication.translate("Comparison", "Deliverables"))
    changed = {c.id: c for c in diff.changed}
    added = {d.id for d in diff.added}
    old_by_id = {d.id: d for d in old.deliverables}
    for d in new.deliverables:
        if d.id in added:
            row("added", "", deliverable(d))
        elif d.id in changed:
            before = old_by_id[d.id]
            left = [f"<b>{escape(before.id)} · {escape(before.title)}</b>"]
            right = [f"<b>{escape(d.id)} · {escape(d.title)}</b>"]
            for fc in changed[d.id].changes:
                name = escape(label(fc.path, lang).capitalize())
                left.append(f"{name}: <s>{value(fc.path, fc.old)}</s>")
                right.append(f"{name}: <u><b>{value(fc.path, fc.new)}</b></u>")
            row("changed", "<br>".join(left), "<br>".join(right))
        else:
            row(None, deliverable(old_by_id[d.id]), deliverable(d))
    for d in diff.removed:
        row("removed", f"<s>{deliverable(d)}</s>", "")

    if diff.other or diff.list_added or diff.list_removed:
        section(QCoreApplication.translate("Comparison", "Other terms"))
        for fc in diff.other:
            name = escape(label(fc.path, lang).capitalize())
            kind = "added" if fc.old is None else "removed" if fc.new is None else "changed"
            row(kind, f"{name}: <s>{value(fc.path, fc.old)}</s>" if fc.old is not None else "",
                f"{name}: <b>{value(fc.path, fc.new)}</b>" if fc.new is not None else "")
        for path, item in diff.list_removed:
            row("removed", f"{escape(label(path, lang).capitalize())}: <s>{escape(item)}</s>", "")
        for path, item in diff.list_added:
            row("added", "", f"{escape(label(path, lang).capitalize())}: <b>{escape(item)}</b>")

    section(QCoreApplication.translate("Comparison", "Price and deadline"))
    total_kind = "changed" if diff.old_total != diff.new_total else None
    row(total_kind, QCoreApplication.translate("Comparison", "Total: {amount}").format(amount=value("total", diff.old_total)),
        QCoreApplication.translate("Comparison", "Total: {amount}").format(amount=value("total", diff.new_total)))
    deadline_kind = "changed" if diff.old_deadline != diff.new_deadline else None
    row(deadline_kind, QCoreApplication.translate("Comparison", "Last delivery: {date}").format(date=value("due", diff.old_deadline)),
        QCoreApplication.translate("Comparison", "Last delivery: {date}").format(date=value("due", diff.new_deadline)))

    impact = []
    if diff.price_impact:
        impact.append(QCoreApplication.translate("Comparison", "Price impact: {amount}; new total {total}.").format(
            amount=escape(fmt.signed_money(diff.price_impact, currency, lang)), total=value("total", diff.new_total)))
    else:
        impact.append(QCoreApplication.translate("Comparison", "No price impact."))
    days = diff.deadline_impact_days
    if days:
        words = DeadlineWords()
        text = words.earlier(-days) if days < 0 else words.later(days)
        impact.append(escape(text))
    else:
        impact.append(QCoreApplication.translate("Comparison", "No deadline impact."))
    moved = []
    for was, now, ids in diff.moved_dates():
        moved.append(QCoreApplication.translate("Comparison", "Due date of {ids}: {old} → {new}.").format(
            ids=escape(", ".join(ids)), old=value("due", was), new=value("due", now)))

    head = QCoreApplication.translate("Comparison", "Version {old} → version {new}").format(old=comparison.old_number, new=comparison.new_number)
    legend = " &nbsp; ".join(
        f"<span style='background:{bg}'>&nbsp;<b>{escape(mark[k])}</b>&nbsp;</span>"
        for k, bg in (("added", ADDED_BG), ("removed", REMOVED_BG), ("changed", CHANGED_BG)))
    if diff.is_empty():
        summary = "<p><b>" + escape(QCoreApplication.translate("Comparison", "The two versions say the same thing.")) + "</b></p>"
    else:
        summary = "<p><b>" + " ".join(impact) + "</b>" + ("<br>" + "<br>".join(moved) if moved else "") + "</p>"
    if comparison.plan is not None:
        from gui.widgets.payments import change_lines

        lines = change_lines(comparison.plan, new, lang)
        summary += ("<h4>" + escape(QCoreApplication.translate("Comparison", "Payments")) + "</h4><p>"
                    + "<br>".join(escape(line) for line in lines) + "</p>")
    old_head = escape(QCoreApplication.translate("Comparison", "Version {n}").format(n=comparison.old_number))
    new_head = escape(QCoreApplication.translate("Comparison", "Version {n}").format(n=comparison.new_number))
    return (f"<h3>{escape(head)}</h3>{summary}<p>{legend}</p>"
            "<table width='100%' cellspacing='0' cellpadding='5' style='border-collapse:collapse'>"
            f"<tr><th></th><th align='left'>{old_head}</th>"
            f"<th align='left'>{new_head}</th></tr>"
            + "".join(rows) + "</table>")
