"""File names in the document's language, and the title Duplicate gives a copy."""

from __future__ import annotations

import pytest

from domain.files import copy_title, document_name, slug

TITLE = "Rediseño del sitio web de Panadería La Espiga"


@pytest.mark.parametrize(
    ("kind", "change", "lang", "expected"),
    [
        ("agreement", None, "es", "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-contrato.pdf"),
        ("checklist", None, "es", "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-lista-de-alcance.pdf"),
        ("change-order", "CO-1", "es", "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-orden-de-cambio-1.pdf"),
        ("change-order", "CO-12", "es", "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-orden-de-cambio-12.pdf"),
        ("change-order", None, "es", "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-orden-de-cambio.pdf"),
        ("agreement", None, "en", "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-agreement.pdf"),
        ("checklist", None, "en", "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-checklist.pdf"),
        ("change-order", "CO-1", "en", "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-co-1.pdf"),
        ("change-order", None, "fr", "rediseno-del-sitio-web-de-panaderia-la-espiga-v2-change-order.pdf"),
    ],
)
def test_document_names_are_in_the_documents_language(kind: str, change: str | None, lang: str, expected: str) -> None:
    assert document_name(TITLE, 2, kind, "pdf", change, lang) == expected


def test_without_a_language_names_stay_english() -> None:
    assert document_name("Logo", 1, "checklist", "docx") == "logo-v1-checklist.docx"


def test_slug_is_safe_for_any_title() -> None:
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("مرحبا") == "pacta"


@pytest.mark.parametrize(
    ("title", "lang", "expected"),
    [
        ("Web de la panadería", "es", "Web de la panadería (copia)"),
        ("Web de la panadería (copia)", "es", "Web de la panadería (copia 2)"),
        ("Web de la panadería (copia 2)", "es", "Web de la panadería (copia 3)"),
        ("Brand identity", "en", "Brand identity (copy)"),
        ("Brand identity (copy)", "en", "Brand identity (copy 2)"),
        ("Brand identity (copy)", "es", "Brand identity (copy) (copia)"),
        ("Logo ", "xx", "Logo (copy)"),
    ],
)
def test_a_duplicate_is_titled_in_the_projects_language(title: str, lang: str, expected: str) -> None:
    assert copy_title(title, lang) == expected
