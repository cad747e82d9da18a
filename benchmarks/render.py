"""Render times for 10, 100 and 1,000 deliverables, beside LibreOffice's DOCX→PDF conversion.

Run: .venv/bin/python benchmarks/render.py [--repeat N] [--sizes 10,100,1000]
     .venv/bin/python benchmarks/render.py --process 300 [--root CHECKOUT]

The second form times whole `pacta render` processes (start, imports, fonts, render, write)
for the agreement PDF of N deliverables, beside soffice converting the same DOCX; --root
runs another checkout's main.py (to compare before and after). Bytecode is allowed to be
cached for that run, as an installed Pacta has it.

Each time is the best of N runs (after one warm-up run), with the spread (slowest minus
best) beside it, so a figure taken on a busy machine says how noisy it was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
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
    clock = time.process_time if CPU else time.perf_counter
    for _ in range(repeat):
        start = clock()
        data = render_document(kind, fmt, new, META, previous=old, change=CHANGE).data
        times.append(clock() - start)
    return min(times), max(times) - min(times), data


# --cpu: time CPU seconds (this process's, and the children's for soffice and pacta render)
# instead of wall-clock seconds, so that other work on a shared machine moves the figures less.
CPU = False


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return float(usage.ru_utime + usage.ru_stime)


def _clock() -> float:
    return _children_cpu() if CPU else time.perf_counter()


def soffice_seconds(path: Path, outdir: Path, profile: Path) -> float | None:
    """Seconds LibreOffice takes to convert one DOCX to PDF (profile already warm)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    start = _clock()
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(path)],
        capture_output=True,
        check=True,
        timeout=600,
    )
    return _clock() - start


def process_seconds(root: Path, count: int, repeat: int) -> None:
    """Best of `repeat` whole `pacta render` runs for the agreement PDF, and soffice's best of two."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "contract.json"
        # Written as format 1 (it uses no format-2 field), so an older checkout reads it too.
        data = json.loads(contract(count).model_dump_json(exclude_none=True))
        data["format"] = "pacta.contract/1"
        source.write_text(json.dumps(data), encoding="utf-8")
        base = [sys.executable, str(root / "main.py"), "--data", str(folder / "data")]
        pid = subprocess.run([*base, "import", str(source)], capture_output=True, text=True, check=True, env=env)
        project = pid.stdout.split()[0]

        def render(fmt: str) -> float:
            out = folder / f"agreement.{fmt}"
            start = _clock()
            subprocess.run([*base, "render", project, "--document", "agreement", "--format", fmt, "-o", str(out)],
                           capture_output=True, check=True, env=env)
            return _clock() - start

        render("docx")
        render("pdf")  # warm-up: bytecode written, files in the page cache
        times = [render("pdf") for _ in range(repeat)]
        profile = folder / "profile"
        soffice_seconds(folder / "agreement.docx", folder, profile)
        lo = [soffice_seconds(folder / "agreement.docx", folder, profile) for _ in range(2)]
        best_lo = min((x for x in lo if x is not None), default=None)
        ratio = f"{best_lo / min(times):.1f}x" if best_lo else "n/a"
        print(f"{count} deliverables, {root}: pacta render {min(times):.2f} s (spread {max(times) - min(times):.2f}), "
              f"soffice {best_lo if best_lo is None else round(best_lo, 2)} s, ratio {ratio}", flush=True)


def main() -> None:
    """Print one line per size, document and format."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per figure (default 3)")
    parser.add_argument("--sizes", default="10,100,1000", help="deliverable counts, comma-separated")
    parser.add_argument("--process", type=int, metavar="N", help="time whole pacta render processes for N deliverables")
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose main.py --process runs")
    parser.add_argument("--cpu", action="store_true", help="CPU seconds instead of wall-clock seconds")
    args = parser.parse_args()
    global CPU
    CPU = args.cpu
    if args.process:
        process_seconds(args.root.resolve(), args.process, args.repeat)
        return
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
