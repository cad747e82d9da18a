"""Dates typed the way people of a language write them, and shown that way.

Spanish readers write the day first (15/01/2027, 15-1-2027, 15.1.27); English
(US) readers the month first (1/15/2027). Both may type the ISO form 2027-01-15.
A date that could be read two ways is refused with a message that says which
reading Pacta would have taken, and every message gives an example date in the
future written the way the language expects.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

LANGUAGES: Final = ("es", "en")

_ISO = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_LOCAL = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})")

#: How each language orders a typed date, in words for the messages.
_ORDER: Final = {"es": "día/mes/año", "en": "month/day/year"}

_SUBJECT: Final = {
    "es": ("«{text}» no es una fecha", "el campo «{field}» contiene «{text}», que no es una fecha"),
    "en": ("“{text}” is not a date", "{field} holds “{text}”, which is not a date"),
}
_EMPTY: Final = {
    "es": ("no ha escrito ninguna fecha", "el campo «{field}» no contiene ninguna fecha"),
    "en": ("no date was typed", "{field} holds no date"),
}
_REASONS: Final[dict[str, dict[str, str]]] = {
    "unreadable": {"es": "", "en": ""},
    "no_month": {"es": ": no existe el mes {month}", "en": ": there is no month {month}"},
    "no_day": {"es": ": {month_name} de {year} no tiene día {day}", "en": ": {month_name} {year} has no day {day}"},
    "swapped": {"es": ": no existe el mes {month}", "en": ": there is no month {month}"},
}
_ADVICE: Final = {
    "es": "escriba la fecha como {order}, por ejemplo {example}",
    "en": "type the date as {order}, for example {example}",
}
# When the day and month were typed the other way round, the advice is the user's own date.
_SWAPPED_ADVICE: Final = {
    "es": "si se refiere al {meant}, escriba primero el día: {right}",
    "en": "if you mean {meant}, type the month first: {right}",
}


class DateInputError(ValueError):
    """Typed text that is not a date; `message()` says why, in the language it was typed in."""

    def __init__(self, code: str, lang: str, text: str, today: dt.date, **params: object) -> None:
        self.code = code
        self.lang = lang if lang in LANGUAGES else "en"
        self.text = text
        self.example = example_date(self.lang, today)
        self.params = params
        super().__init__(self.message())

    def message(self, field: str | None = None) -> str:
        """The problem and how to type the date; naming the field by its label when given."""
        values = {"text": self.text.strip(), "field": field or "", **self.params}
        table = _EMPTY if self.code == "empty" else _SUBJECT
        subject = table[self.lang][1 if field else 0].format(**values)
        reason = _REASONS.get(self.code, {}).get(self.lang, "").format(**values)
        if self.code == "swapped":
            advice = _SWAPPED_ADVICE[self.lang].format(**values)
        else:
            advice = _ADVICE[self.lang].format(order=_ORDER[self.lang], example=self.example)
        return f"{subject}{reason}; {advice}"


def format_short(value: dt.date, lang: str) -> str:
    """The date as people of `lang` type it: `15/01/2027` in Spanish, `1/15/2027` in English."""
    if lang == "es":
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    return f"{value.month}/{value.day}/{value.year:04d}"


def input_hint(lang: str) -> str:
    """What a date field expects, for a placeholder text: `dd/mm/aaaa`, `mm/dd/yyyy`."""
    return "dd/mm/aaaa" if lang == "es" else "mm/dd/yyyy"


def example_date(lang: str, today: dt.date | None = None) -> str:
    """A date in the future (the 15th of next month), typed the way `lang` types dates.

    The day is past 12, so the example cannot be read with day and month swapped.
    """
    today = today or dt.date.today()
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return format_short(dt.date(year, month, 15), lang)


def expand_year(two_digits: int, today: dt.date) -> int:
    """A two-digit year as the four-digit year nearest to today: 27 → 2027, 95 → 1995 (in 2026)."""
    century = today.year - today.year % 100
    candidates = (century - 100 + two_digits, century + two_digits, century + 100 + two_digits)
    return min(candidates, key=lambda year: (abs(year - today.year), -year))


def parse_date(text: str, lang: str, *, today: dt.date | None = None) -> dt.date:
    """The date `text` spells, read the way people of `lang` write dates; DateInputError otherwise.

    Accepted in both languages: 2027-01-15 (also 2027/1/15). In Spanish, day first:
    15/01/2027, 15-1-2027, 15.1.27. In English, month first: 1/15/2027, 1-15-27.
    A two-digit year is the one nearest to today. Whatever else is refused.
    """
    lang = lang if lang in LANGUAGES else "en"
    today = today or dt.date.today()
    typed = text.strip()
    if not typed:
        raise DateInputError("empty", lang, text, today)
    iso = _ISO.fullmatch(typed)
    if iso:
        return _build(int(iso[1]), int(iso[3]), int(iso[4]), typed, lang, today, swappable=False)
    local = _LOCAL.fullmatch(typed)
    if local is None:
        raise DateInputError("unreadable", lang, typed, today)
    first, second, year_text = int(local[1]), int(local[3]), local[4]
    year = int(year_text) if len(year_text) == 4 else expand_year(int(year_text), today)
    day, month = (first, second) if lang == "es" else (second, first)
    return _build(year, month, day, typed, lang, today, swappable=True)


def _build(year: int, month: int, day: int, typed: str, lang: str, today: dt.date, *, swappable: bool) -> dt.date:
    # Babel only for the words of a refusal: reading a good date stays light (the app's date
    # fields are built before its window shows, when nothing heavy may be imported yet).
    from babel.dates import get_month_names

    from domain import formatting

    if not 1 <= month <= 12:
        meant = _valid(year, day, month) if swappable else None
        if meant is not None:
            raise DateInputError(
                "swapped", lang, typed, today, month=month, meant=formatting.date(meant, lang),
                right=format_short(meant, lang),
            )
        raise DateInputError("no_month", lang, typed, today, month=month)
    found = _valid(year, month, day)
    if found is None:
        if day < 1 or year < 1:
            raise DateInputError("unreadable", lang, typed, today)
        name = get_month_names("wide", locale=formatting.locale_for(lang))[month]
        raise DateInputError("no_day", lang, typed, today, month_name=name, year=year, day=day)
    return found


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
