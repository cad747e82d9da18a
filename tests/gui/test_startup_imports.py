"""The main window appears before the heavy libraries load (benchmarks/startup.py measures the time).

Building the window, menus and every extension's tabs and actions must not import
storage, the model, rendering or mail: those load on workers or on first use. The
check runs in a fresh interpreter, since this test process has imported everything.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("tinydb", "pydantic", "babel", "reportlab", "docx", "smtplib", "keyring", "icalendar",
         "storage.repository", "domain.model", "documents.api", "delivery.smtp")

PROGRAM = f"""
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.app import create_context
from gui.main.window import MainWindow
folder = Path(tempfile.mkdtemp())
ctx = create_context(app, data_dir=folder / "data",
                     settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
window = MainWindow(ctx)
window.show()
app.processEvents()
print(",".join(m for m in {HEAVY!r} if m in sys.modules))
"""


def test_showing_the_main_window_imports_nothing_heavy(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROGRAM], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=120, check=True)
    lines = result.stdout.strip().splitlines() or [""]
    loaded = [m for m in lines[-1].split(",") if m]
    assert loaded == [], f"imported before the window was shown: {loaded}"
