"""Write docs/contract.schema.json from the contract model (run after changing domain/model.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.schema import contract_schema  # noqa: E402

TARGET = ROOT / "docs" / "contract.schema.json"


def render() -> str:
    """The schema file's exact text."""
    return json.dumps(contract_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
