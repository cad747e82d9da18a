"""The agreement's timeline: dated events on one axis, laid out once for both PDF and PNG.

Layout happens in points with y pointing up (reportlab's convention); the PNG
writer flips it. Text width comes from a `measure` callback so the layout works
with either library's font metrics.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Lane = Literal["deliverables", "inputs", "payments"]
LANES: tuple[Lane, ...] = ("deliverables", "inputs", "payments")
Measure = Callable[[str, float], float]


@dataclass(frozen=True)
class Event:
    """Something due on a date, in one lane, with a short label (an id or a title)."""

    on: dt.date
    lane: Lane
    label: str


@dataclass(frozen=True)
class Timeline:
    """Events plus the words the picture needs in the document's language."""

    events: tuple[Event, ...]
    lane_names: dict[str, str]
    short_date: Callable[[dt.date], str]
    start: dt.date | None = None
    start_label: str = ""

    def lanes(self) -> list[Lane]:
        """Lanes that have at least one event, in a fixed order."""
        used = {e.lane for e in self.events}
        return [lane for lane in LANES if lane in used]


@dataclass(frozen=True)
class Line:
    """A straight line."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.6
    gray: float = 0.0


@dataclass(frozen=True)
class Mark:
    """A marker: circle (deliverable), square (client input) or diamond (payment)."""

    shape: Literal["circle", "square", "diamond"]
    x: float
    y: float
    size: float


@dataclass(frozen=True)
class Label:
    """A line of text anchored at (x, y) on its baseline."""

    x: float
    y: float
    text: str
    size: float
    anchor: Literal["start", "middle", "end"] = "start"
    bold: bool = False
    gray: float = 0.0


@dataclass
class Picture:
    """Primitives and the size they fill."""

    width: float
    height: float
    items: list[Line | Mark | Label] = field(default_factory=list)


SHAPES: dict[Lane, Literal["circle", "square", "diamond"]] = {
    "deliverables": "circle",
    "inputs": "square",
    "payments": "diamond",
}
_LANE_HEIGHT = 32.0
_AXIS_SPACE = 22.0
# A free-text label (client input, payment) that does not fit beside its marker becomes a
# number there and is written out in a key under the axis; at most this many per picture.
_KEYED = 8
_KEY_LINE = 9.0
_TOP = 10.0
_FONT = 7.0


def fit(text: str, width: float, size: float, measure: Measure) -> str:
    """`text` shortened with an ellipsis so it is at most `width` wide ('' if nothing fits)."""
    text = " ".join(text.split())[:400]  # a label is one line; measuring 10,000 characters is waste
    if measure(text, size) <= width:
        return text
    low, high = 0, min(len(text), 400)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[:mid] + "…", size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…" if low else ""


def _axis(picture: Picture, timeline: Timeline, dates: list[dt.date], x_of: Callable[[dt.date], float],
          left: float, right: float, measure: Measure) -> float:
    axis_y = _AXIS_SPACE - 6
    picture.items.append(Line(left - 6, axis_y, right + 6, axis_y, 0.8))
    # Date ticks, labelled only where the label does not run into the previous one;
    # the last date is always labelled, so an earlier label gives way to it.
    labels: list[tuple[float, float, str]] = []
    for day in dates:
        x = x_of(day)
        picture.items.append(Line(x, axis_y - 2.5, x, axis_y + 2.5, 0.6))
        text = timeline.short_date(day)
        half = measure(text, _FONT) / 2
        labels.append((x - half, x + half, text))
    shown: list[tuple[float, float, str]] = []
    last = labels[-1]
    for start, end, text in labels[:-1]:
        if (not shown or start >= shown[-1][1] + 4) and end + 4 <= last[0]:
            shown.append((start, end, text))
    shown.append(last)
    for start, end, text in shown:
        picture.items.append(Label((start + end) / 2, axis_y - 10, text, _FONT, "middle"))
    return axis_y


def layout(timeline: Timeline, width: float, measure: Measure) -> Picture:
    """Place lanes, markers, labels and date ticks in a `width`-wide picture."""
    lanes = timeline.lanes()
    height = _TOP + _LANE_HEIGHT * len(lanes) + _AXIS_SPACE
    picture = Picture(width, height)
    if not lanes:
        return picture
    gutter = min(110.0, max(measure(timeline.lane_names[lane], _FONT) for lane in lanes) + 14)
    left, right = gutter + 16, width - 30
    dates = sorted({e.on for e in timeline.events} | ({timeline.start} if timeline.start else set()))
    first, last = dates[0], dates[-1]
    span = max((last - first).days, 1)

    def x_of(day: dt.date) -> float:
        if first == last:
            return (left + right) / 2
        return left + (right - left) * (day - first).days / span

    axis_y = _axis(picture, timeline, dates, x_of, left, right, measure)
    if timeline.start is not None:
        x = x_of(timeline.start)
        top = height - 2
        picture.items.append(Line(x, axis_y, x, top, 0.5, 0.6))
        picture.items.append(Label(x + 2, top - 6, timeline.start_label, _FONT - 0.5, "start", gray=0.35))

    keyed: list[str] = []
    for index, lane in enumerate(lanes):
        y = height - _TOP - _LANE_HEIGHT * (index + 0.55)
        name = fit(timeline.lane_names[lane], gutter - 4, _FONT, measure)
        picture.items.append(Label(0, y - 2.5, name, _FONT, bold=True))
        picture.items.append(Line(left - 6, y, right + 6, y, 0.4, 0.7))
        groups: dict[dt.date, list[str]] = {}
        for event in timeline.events:
            if event.lane == lane:
                groups.setdefault(event.on, []).append(event.label)
        xs = sorted((x_of(day), labels) for day, labels in groups.items())
        for position, (x, labels) in enumerate(xs):
            picture.items.append(Mark(SHAPES[lane], x, y, 6.0))
            # Labels alternate above and below the lane, so each competes for room only
            # with the labels two markers away; centred, so half the room on each side.
            before = x - xs[position - 2][0] if position >= 2 else 2 * (x - gutter)
            after = xs[position + 2][0] - x if position + 2 < len(xs) else 2 * (width - x)
            room = max(min(before, after, 2 * (x - gutter), 2 * (width - x)) - 6, 0)
            anchor: Literal["start", "middle", "end"] = "middle"
            at = x
            # Near an edge a centred label has little room: the first marker's label may run
            # to the right instead, the last one's to the left (a neighbour two markers away
            # takes at most half the distance between them).
            if position == 0 and min(after / 2, width - x) - 6 > room:
                anchor, at, room = "start", x - 3, min(after / 2, width - x) - 6
            elif position == len(xs) - 1 and position > 0 and min(before / 2, x - gutter) - 6 > room:
                anchor, at, room = "end", x + 3, min(before / 2, x - gutter) - 6
            text = ", ".join(labels) if len(labels) <= 6 else f"{', '.join(labels[:5])} +{len(labels) - 5}"
            shown = fit(text, min(room, 170), _FONT - 0.5, measure)
            if shown != text and lane != "deliverables" and len(keyed) < _KEYED:
                keyed.append(text)
                shown = str(len(keyed))
            if shown:
                below = position % 2 == 1
                picture.items.append(Label(at, y - 11.5 if below else y + 6, shown, _FONT - 0.5, anchor))
    if keyed:
        _add_key(picture, keyed, gutter, measure)
    return picture


def _add_key(picture: Picture, keyed: list[str], left: float, measure: Measure) -> None:
    """Room under the axis for the labels that became numbers, each in full on its own line."""
    extra = _KEY_LINE * len(keyed) + 4
    moved: list[Line | Mark | Label] = []
    for item in picture.items:
        if isinstance(item, Line):
            moved.append(dataclasses.replace(item, y1=item.y1 + extra, y2=item.y2 + extra))
        else:
            moved.append(dataclasses.replace(item, y=item.y + extra))
    picture.items = moved
    picture.height += extra
    for number, text in enumerate(keyed, 1):
        line = fit(f"{number}  {text}", picture.width - left, _FONT - 0.5, measure)
        picture.items.append(Label(left, extra - _KEY_LINE * number, line, _FONT - 0.5, gray=0.2))
