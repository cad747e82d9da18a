"""The user's own templates on disk: saved atomically, listed by name, deleted, broken files reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from delivery.user_templates import (
    delete_user_template,
    list_user_templates,
    save_user_template,
    user_template_exists,
)
from domain.templates import as_template, load_trade_template


def test_save_list_and_delete(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "templates"
    web = as_template(load_trade_template("web-design", "es"))
    photo = as_template(load_trade_template("photography", "en"))
    assert list_user_templates(folder) == ([], [])
    first = save_user_template(folder, "Webs para tiendas", web, "es")
    save_user_template(folder, "Bodas", photo, "es")
    assert first == folder / "webs-para-tiendas.json"
    found, broken = list_user_templates(folder)
    assert broken == []
    assert [(t.name, t.language) for t in found] == [("Bodas", "en"), ("Webs para tiendas", "es")]
    assert found[1].contract == web
    assert sorted(os.listdir(folder)) == ["bodas.json", "webs-para-tiendas.json"]  # no temporary left behind

    assert user_template_exists(folder, "webs  para tiendas")
    assert delete_user_template(folder, "Webs para tiendas")
    assert not delete_user_template(folder, "Webs para tiendas")
    assert [t.name for t in list_user_templates(folder)[0]] == ["Bodas"]


def test_saving_under_the_same_name_replaces_the_template(tmp_path: Path) -> None:
    first = load_trade_template("video", "en")
    second = load_trade_template("software", "en")
    save_user_template(tmp_path, "Mine", first)
    save_user_template(tmp_path, "mine", second)
    found, _ = list_user_templates(tmp_path)
    assert [t.name for t in found] == ["mine"]
    assert found[0].contract == second


def test_a_broken_file_is_reported_in_the_users_language_and_the_rest_still_listed(tmp_path: Path) -> None:
    save_user_template(tmp_path, "Good", load_trade_template("video", "es"))
    (tmp_path / "notes.json").write_text('{"title": 1}', encoding="utf-8")
    (tmp_path / ".good.json.tmp-1-ab").write_text("half", encoding="utf-8")
    found, broken = list_user_templates(tmp_path, "es")
    assert [t.name for t in found] == ["Good"]
    assert [(b.file_name, b.problem) for b in broken] == [
        ("notes.json", "el archivo notes.json no es una plantilla de Pacta")
    ]


def test_a_bad_name_writes_nothing(tmp_path: Path) -> None:
    from domain.templates import TemplateError

    with pytest.raises(TemplateError, match="must not be empty"):
        save_user_template(tmp_path / "t", " ", load_trade_template("video", "en"))
    assert not (tmp_path / "t").exists()
