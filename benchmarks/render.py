"""Render times for 10, 100 and 1,000 deliverables, beside LibreOffice's DOCX→PDF conversion.

Run: .venv/bin/python benchmarks/render.py [--repeat N] [--sizes 10,100,1000]

Each time is the best of N runs (after one warm-up run), with the spread (slowest minus
best) beside it, so a figure taken on a busy machine says how noisy it was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from documents import ChangeInfo, DocumentMeta, render_document  # noqa: E402
from domain.model import Contract  # noqa: E402

EXAMPLES = ROOT.parent / "shared" / "examples"
if not EXAMPLES.is_dir():
    EXAMPLES = ROOT / "tests" / "examples"
META = DocumentMeta("bench0001", 2, "0" * 64, generated_on=dt.date(2026, 11, 22))
CHANGE = ChangeInfo("CO-1", "Benchmark", "client", dt.date(2026, 11, 22))


def contract(count: int, shift: int = 0) -> Contract:
    """The brand example with `count` deliverables (dates shifted by `shift` days)."""
    data = json.loads((EXAMPLES / "brand-identity-en.json").read_text(encoding="utf-8"))
    base = dt.date(2027, 1, 15)
    data["deliverables"] = [
        {
            "id": f"D{i}",
            "title": f"Deliverable {i}",
            "description": "Design, build and hand over this part of the project.",
            "acceptance": "Approved in writing by the client after one review.",
            "due": (base + dt.timedelta(days=i % 120 + shift)).isoformat(),
            "price": "100.00",
        }
        for i in range(1, count + 1)
    ]
    data["payment"] = {"deposit_percent": "50", "installments": [{"label": "Rest", "percent": "50", "due": "on_delivery"}]}
    return Contract.model_validate(data)


def timed(kind: str, fmt: str, new: Contract, old: Contract, repeat: int) -> tuple[float, float, bytes]:
    """Best and spread of `repeat` renders of one document (one warm-up render first)."""
    data = render_document(kind, fmt, new, META, previous=old, change=CHANGE).data
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        data = render_document(kind, fmt, new, META, previous=old, change=CHANGE).data
        times.append(time.perf_counter() - start)
    return min(times), max(times) - min(times), data


def soffice_seconds(path: Path, outdir: Path, profile: Path) -> float | None:
    """Seconds LibreOffice takes to convert one DOCX to PDF (profile already warm)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    start = time.perf_counter()
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(path)],
        capture_output=True,
        check=True,
        timeout=600,
    )
    return time.perf_counter() - start


def main() -> None:
    """Print one line per size, document and format."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per figure (default 3)")
    parser.add_argument("--sizes", default="10,100,1000", help="deliverable counts, comma-separated")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        profile = folder / "profile"
        print(f"{'n':>5} {'document':<13} {'PDF s':>7} {'±':>6} {'DOCX s':>7} {'±':>6} {'soffice s':>10} {'ratio':>7}")
        warmed = False
        for count in sizes:
            new, old = contract(count), contract(count, shift=1)
            repeat = args.repeat if count <= 100 else max(1, min(args.repeat, 2))
            for kind in ("agreement", "checklist", "change-order"):
                pdf_s, pdf_spread, _ = timed(kind, "pdf", new, old, repeat)
                docx_s, docx_spread, docx_data = timed(kind, "docx", new, old, repeat)
                path = folder / f"{kind}-{count}.docx"
                path.write_bytes(docx_data)
                if not warmed:  # the first start creates the profile; do not charge it to a document
                    soffice_seconds(path, folder, profile)
                    warmed = True
                runs = [soffice_seconds(path, folder, profile) for _ in range(2 if count <= 100 else 1)]
                lo = min((r for r in runs if r is not None), default=None)
                lo_text = f"{lo:10.2f}" if lo is not None else f"{'n/a':>10}"
                ratio = f"{lo / pdf_s:6.1f}x" if lo else ""
                print(
                    f"{count:>5} {kind:<13} {pdf_s:7.3f} {pdf_spread:6.3f} {docx_s:7.3f} {docx_spread:6.3f} {lo_text} {ratio:>7}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
