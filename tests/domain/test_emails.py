"""Party e-mail addresses: checked with email-validator, refused with the field and the reason."""

from __future__ import annotations

from typing import Any

import pytest

from domain.emails import STORED_CONTEXT, email_problem
from domain.model import STORED
from domain.validation import ContractError, validate_contract


def contract(email: str) -> dict[str, Any]:
    return {
        "language": "es",
        "currency": "EUR",
        "title": "Web",
        "provider": {"name": "Lucía"},
        "client": {"name": "Panadería", "email": email},
        "deliverables": [{"title": "Inicio"}],
    }


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("call me maybe", "email_spaces"),
        ("callmemaybe", "email_no_at"),
        ("jorge@laespiga.example\r\nBcc: all@list.example", "email_spaces"),
        ("jorge@laespiga.example\n", "email_spaces"),
        (" jorge@laespiga.example", "email_spaces"),
        ("jorge@@laespiga.example", "email_several_at"),
        ("jorge@laespiga", "email_domain"),
        ("jorge@localhost", "email_domain"),
        ("jorge@-laespiga.es", "email_domain"),
        ("jorge..ruiz@laespiga.es", "email_local"),
        ("@laespiga.es", "email_local"),
        ("x" * 250 + "@laespiga.es", "email_long"),
    ],
)
def test_what_is_not_an_address_is_refused_with_its_reason(address: str, code: str) -> None:
    assert email_problem(address) == code


@pytest.mark.parametrize(
    "address",
    ["jorge@laespiga.example", "lucia.martin+pacta@estudio-martin.es", "josé@correo.es", "ana@münchen.de", ""],
)
def test_real_addresses_are_accepted_as_typed(address: str) -> None:
    assert email_problem(address) is None
    assert validate_contract(contract(address)).client.email == address


def test_the_message_names_the_field_in_both_languages() -> None:
    with pytest.raises(ContractError) as caught:
        validate_contract(contract("call me maybe"), "es")
    assert caught.value.messages("es") == [
        "el campo «client.email» debe contener una dirección de correo electrónico, como ana@estudio.es: "
        "tiene espacios o saltos de línea"
    ]
    assert caught.value.issues[0].message("en", "Client's e-mail") == (
        "Client's e-mail must be an e-mail address such as ana@studio.com: it contains spaces or line breaks"
    )
    with pytest.raises(ContractError) as no_at:
        validate_contract(contract("jorge.laespiga.es"), "es")
    assert no_at.value.messages() == [
        "el campo «client.email» debe contener una dirección de correo electrónico, como ana@estudio.es: "
        "le falta la arroba (@)"
    ]


def test_a_header_injection_never_reaches_a_contract() -> None:
    data = contract("jorge@laespiga.example")
    data["provider"]["email"] = "lucia@estudio.example\r\nBcc: everyone@list.example"
    with pytest.raises(ContractError) as caught:
        validate_contract(data, "en")
    assert [i.path for i in caught.value.issues] == ["provider.email"]


def test_a_stored_version_keeps_the_address_it_was_saved_with() -> None:
    assert STORED_CONTEXT == STORED
    stored = validate_contract(contract("call me maybe"), stored=True)
    assert stored.client.email == "call me maybe"
