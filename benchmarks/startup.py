"""Startup time: process start to main window shown, Pacta beside a bare PySide6 QMainWindow.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Each run is a fresh subprocess (offscreen platform, empty temporary data folder).
The child prints the seconds from its own process start (from /proc) to the first
event-loop turn after the window is shown; Pacta also reports when its project list
is loaded. Pacta must stay within 2x of the bare window: documents, reportlab,
python-docx and TinyDB are imported only when needed (storage opens after show), and
the History, Journal and Sending extensions are installed on the event-loop turn after
the window shows (about as long again as the window itself), before the data folder opens.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRELUDE = """
import os, sys, time
def since_start():
    ticks = os.sysconf('SC_CLK_TCK')
    start = int(open('/proc/self/stat').read().rsplit(')', 1)[1].split()[19]) / ticks
    uptime = float(open('/proc/uptime').read().split()[0])
    return time.clock_gettime(time.CLOCK_BOOTTIME) - start if hasattr(time, 'CLOCK_BOOTTIME') else uptime - start
"""

BARE = PRELUDE + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1180, 760)
window.show()
def done():
    print('shown', since_start(), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

PACTA = PRELUDE + """
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from gui.app import run
folder = Path(sys.argv[2])
def shown(window):
    print('shown', since_start(), flush=True)
    print('heavy', ' '.join(m for m in ('tinydb', 'reportlab', 'docx', 'documents') if m in sys.modules), flush=True)
    def loaded():
        print('loaded', since_start(), flush=True)
        window.close()
    window.projectsLoaded.connect(loaded)
run(sys.argv[:1], data_dir=folder / 'data', settings=QSettings(str(folder / 's.ini'), QSettings.Format.IniFormat))
""".replace("run(sys.argv[:1],", "run(sys.argv[:1], on_shown=shown,")


def measure(code: str, *args: str) -> dict[str, str]:
    """Run one child; its `key value` lines."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True,
                         timeout=120)
    return {line.split(" ", 1)[0]: line.split(" ", 1)[1] if " " in line else ""
            for line in out.stdout.splitlines() if line}


def main() -> int:
    """Alternate bare and Pacta runs; print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bare: list[float] = []
    shown: list[float] = []
    loaded: list[float] = []
    heavy: set[str] = set()
    measure(BARE)  # warm the file cache
    for _ in range(args.runs):
        bare.append(float(measure(BARE)["shown"]))
        with tempfile.TemporaryDirectory() as folder:
            result = measure(PACTA, str(ROOT), folder)
        shown.append(float(result["shown"]))
        loaded.append(float(result["loaded"]))
        heavy |= set(result.get("heavy", "").split())
    b, s, l = (statistics.median(x) for x in (bare, shown, loaded))  # noqa: E741
    print(f"runs: {args.runs}")
    print(f"bare QMainWindow shown:   {b * 1000:7.0f} ms (median)")
    print(f"Pacta main window shown:  {s * 1000:7.0f} ms (median)  ratio {s / b:.2f}x")
    print(f"Pacta project list ready: {l * 1000:7.0f} ms (median)")
    print(f"heavy modules imported before show: {', '.join(sorted(heavy)) or 'none'}")
    return 0 if s <= 2 * b else 1


if __name__ == "__main__":
    sys.exit(main())
