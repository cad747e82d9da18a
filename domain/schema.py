"""The published JSON Schema of the interchange format, generated from the model."""

from __future__ import annotations

from typing import Any

from domain.about import FORMAT_ID
from domain.model import Contract


def contract_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) for one contract file as it is written and read."""
    schema = Contract.model_json_schema(mode="serialization")
    # An id is assigned on import when a deliverable has none, so files may leave it out.
    deliverable = schema["$defs"]["Deliverable"]
    deliverable["required"] = [name for name in deliverable["required"] if name != "id"]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://pacta.invalid/schema/contract-2.json"
    schema["title"] = FORMAT_ID
    schema["description"] = (
        "One services contract at one version. Money and percentages are decimal strings; "
        "dates are ISO 8601 calendar dates. Cross-field rules (unique deliverable ids, "
        "deposit plus installments equal 100, due dates on or after start, total equal to "
        "the itemised prices) are described in docs/format.md."
    )
    return schema
