"""The published JSON Schema matches the model."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script() -> object:
    spec = importlib.util.spec_from_file_location("schema_script", ROOT / "scripts" / "schema.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_published_schema_is_not_stale() -> None:
    script = _script()
    published = (ROOT / "docs" / "contract.schema.json").read_text(encoding="utf-8")
    assert published == script.render(), "run: .venv/bin/python scripts/schema.py"  # type: ignore[attr-defined]


def test_schema_describes_every_top_level_field_and_forbids_others() -> None:
    schema = json.loads((ROOT / "docs" / "contract.schema.json").read_text(encoding="utf-8"))
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"language", "currency", "title", "provider", "client", "deliverables"}
    assert {"payment", "revisions", "communication", "changes", "termination"} <= set(schema["properties"])
