"""Issue 15: generated contracts at and just beyond Pacta's limits go through import, change,
render, calendar and send-to-.eml on the command line; every outcome is a result or a message,
never a traceback (Hypothesis)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain import limits
from tests.clitools import Pacta

HOSTILE = ["\x00", "\x1b[2J", "a\r\nBcc: x@y.example", "\u200b", "\ufeff\u2060", "\ud800", "\x85", "tab\there",
           "line\nbreak"]
# Texts that pass, at their most awkward: markup, placeholders, bidi, emoji, other scripts.
AWKWARD = ["<b>&amp;</b>", "${title} {title} %s", "\u202egnirts", "😀👍🏽", "\\", "مرحبا", "中文字", "ß" * 40]


def near(limit: int) -> st.SearchStrategy[int]:
    return st.sampled_from([limit - 1, limit])


def texts(limit: int, huge: bool, *, multiline: bool = False) -> st.SearchStrategy[str]:
    """Text within the limits (a line break and a tab only in a text of several lines)."""
    exclude = ("Cs", "Cc") if not multiline else ("Cs",)
    plain = st.text(st.characters(codec="utf-8", exclude_categories=exclude, exclude_characters="\r\x0b\x0c\x1c\x1d\x1e\x1f\x85"
                                  if multiline else None), max_size=20)
    if multiline:
        plain = plain.map(lambda t: "".join(c for c in t if c in "\n\t" or not (ord(c) < 32 or 0x7F <= ord(c) <= 0x9F)))
    options = [plain, st.sampled_from(AWKWARD)]
    if huge:
        options.append(st.builds(lambda n, c: (c * n)[:n], near(limit), st.sampled_from(["x", "é", "😀", "ab "])))
    return st.one_of(*options)


def required(limit: int, huge: bool) -> st.SearchStrategy[str]:
    return texts(limit, huge).map(lambda s: s + "x")


MONEY = st.one_of(
    st.decimals(min_value=0, max_value=10**15 - 1, places=2).map(str),
    st.sampled_from(["9" * 15 + ".99", "1e14", "0.000000001", "0"]),
    st.integers(0, 10**15 - 1),
)
DATES = st.sampled_from([limits.DATE_MIN.isoformat(), limits.DATE_MAX.isoformat(), "2026-11-30"])
COUNTS = st.sampled_from([0, 7, limits.COUNT_MAX])
# One value beyond a limit, put in one place of an otherwise acceptable contract.
BREAKS = st.one_of(
    st.tuples(st.sampled_from([("title",), ("client", "name"), ("client", "email"), ("deliverables", 0, "title"),
                               ("deliverables", 0, "description"), ("payment", "installments", 0, "label")]),
              st.sampled_from(HOSTILE)),
    st.tuples(st.sampled_from([("deliverables", 0, "price"), ("revisions", "extra_round_price")]),
              st.sampled_from(["9" * 16, "9" * 30, "1e15", "-1", "12,5", "NaN", 10**40])),
    st.tuples(st.sampled_from([("deliverables", 0, "due"), ("client_inputs", 0, "due"), ("start",)]),
              st.sampled_from(["1899-12-31", "2200-01-01", "9999-12-31", "2026-02-30", "0001-01-01"])),
    st.tuples(st.sampled_from([("revisions", "rounds_included"), ("termination", "notice_days")]),
              st.sampled_from([limits.COUNT_MAX + 1, "2", -1, True, 10**40])),
    st.tuples(st.just(("out_of_scope",)), st.just(["x"] * 201)),
)


@st.composite
def contracts(draw: st.DrawFn, huge: bool = False) -> dict[str, Any]:
    """A contract within every limit, or (half the time) with one value just beyond one."""
    line = lambda: draw(texts(limits.LINE_CHARS, huge))  # noqa: E731
    name = lambda: draw(required(limits.LINE_CHARS, huge))  # noqa: E731
    paragraph = lambda: draw(texts(limits.PARAGRAPH_CHARS, huge, multiline=True))  # noqa: E731
    n = draw(st.integers(1, 3))
    deliverables = [
        {"id": f"D{i}", "title": name(), "description": paragraph(), "acceptance": paragraph(), "price": draw(MONEY),
         **({"due": draw(DATES)} if draw(st.booleans()) else {})}
        for i in range(n)
    ]
    data: dict[str, Any] = {
        "format": "pacta.contract/1",
        "language": draw(st.sampled_from(["es", "en"])),
        "currency": draw(st.sampled_from(["EUR", "USD", "JPY", "BHD"])),
        "title": name(),
        "reference": line(),
        "provider": {"name": name(), "email": "ana@example.org", "address": paragraph()},
        "client": {"name": name(), "email": line()},
        "client_inputs": [{"title": name(), "due": draw(DATES)}],
        "deliverables": deliverables,
        "out_of_scope": [line() for _ in range(draw(st.integers(0, 2)))],
        "payment": {"deposit_percent": "40", "payment_terms_days": draw(COUNTS),
                    "installments": [{"label": name(), "percent": "60",
                                      "due": draw(st.one_of(DATES, st.just("on_delivery")))}]},
        "revisions": {"rounds_included": draw(COUNTS), "extra_round_price": draw(MONEY)},
        "termination": {"notice_days": draw(COUNTS), "work_ownership": paragraph()},
    }
    if draw(st.booleans()):
        path, value = draw(BREAKS)
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    return data


def _no_traceback(result: Any, *allowed: int) -> None:
    assert result.code in (allowed or (0, 1)), (result.code, result.err)
    assert "Traceback" not in result.err and "Error:" not in result.err.split(":", 1)[0], result.err
    if result.code:
        assert result.err.startswith("pacta: "), result.err


def _run_everything(pacta: Pacta, folder: Path, data: dict[str, Any], second: dict[str, Any], reason: str) -> None:
    first_file = folder / "a.json"
    first_file.write_text(json.dumps(data), encoding="utf-8")  # ASCII: a lone surrogate stays an escape
    imported = pacta("import", first_file)
    _no_traceback(imported)
    if imported.code:
        return
    pid = imported.out.strip().splitlines()[-1]
    second_file = folder / "b.json"
    second_file.write_text(json.dumps(second), encoding="utf-8")
    _no_traceback(pacta("change", pid, second_file, "--reason", reason))
    for kind in ("agreement", "checklist"):
        for fmt in ("pdf", "docx"):
            _no_traceback(pacta("render", pid, "--document", kind, "--format", fmt, "-o", folder))
    _no_traceback(pacta("calendar", pid, "-o", folder))
    _no_traceback(pacta("send", pid, "--to", "bruno@example.org", "--document", "agreement", "--eml", folder))
    for command in (("list",), ("history", pid), ("diff", pid, "1", "2"), ("check",)):
        _no_traceback(pacta(*command))


REASONS = st.one_of(st.sampled_from(["más plazo", "line\nbreak", "x" * 2000, "x" * 2001, "\x1b[31m", ""]),
                    st.text(max_size=10))


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=contracts(), second=contracts(), reason=REASONS)
def test_generated_contracts_at_the_limits_get_results_or_messages(
        pacta: Pacta, tmp_path: Path, data: dict[str, Any], second: dict[str, Any], reason: str) -> None:
    folder = tmp_path / "run"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(pacta.data, ignore_errors=True)
    folder.mkdir()
    _run_everything(pacta, folder, data, {**second, "language": data["language"]}, reason)


@pytest.mark.slow
@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=contracts(huge=True), second=contracts(huge=True), reason=REASONS)
def test_generated_contracts_with_texts_at_their_length_limits_get_results_or_messages(
        pacta: Pacta, tmp_path: Path, data: dict[str, Any], second: dict[str, Any], reason: str) -> None:
    folder = tmp_path / "run"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(pacta.data, ignore_errors=True)
    folder.mkdir()
    _run_everything(pacta, folder, data, {**second, "language": data["language"]}, reason)
