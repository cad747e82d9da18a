"""E-mail addresses of the parties: checked with email-validator, the reason said in words.

Pacta puts these addresses in the To: line of the mail it prepares, so an address
must be one a mail program accepts: no spaces or line breaks (a CR/LF would let
text pass into the message headers), exactly one @, a real domain after it.
Whether the mailbox exists is not checked (no network lookups).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Final

from email_validator import EmailNotValidError, validate_email
from pydantic import BeforeValidator, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

#: Message codes (domain.messages) for each reason an address is refused.
REASONS: Final = ("email_spaces", "email_no_at", "email_several_at", "email_local", "email_domain", "email_long")

#: The validation context key domain.model sets for versions read back from the store
#: (domain.model.STORED; a test keeps the two equal; importing it here would be circular).
STORED_CONTEXT: Final = "pacta.stored"

_BLANK = re.compile(r"[\s\x00-\x1f\x7f]")


def email_problem(address: str) -> str | None:
    """None when `address` is a usable e-mail address, else the message code saying why not.

    An empty text is no address at all, and not a problem here (the field is optional).
    """
    if address == "":
        return None
    if _BLANK.search(address):
        return "email_spaces"
    if "@" not in address:
        return "email_no_at"
    if address.count("@") > 1:
        return "email_several_at"
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        # The library's messages are English sentences; they say which side of the @ is wrong.
        detail = str(exc)
        if "after the @" in detail or "domain" in detail.lower():
            return "email_domain"
        if "too long" in detail:
            return "email_long"
        return "email_local"
    return None


def _email(value: Any, info: ValidationInfo) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("pacta.text", "must be text")
    # A stored version keeps whatever address it was saved with, so old projects stay readable.
    stored = isinstance(info.context, dict) and info.context.get(STORED_CONTEXT)
    problem = None if stored else email_problem(value)
    if problem is not None:
        raise PydanticCustomError(f"pacta.{problem}", "must be an e-mail address such as ana@studio.com")
    return value


#: A party's e-mail address in the contract model.
Email = Annotated[str, BeforeValidator(_email), WithJsonSchema({"type": "string"})]
