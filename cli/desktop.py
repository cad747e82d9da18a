"""Per-user desktop integration: the menu entry, the icons and the AppStream metainfo.

`pacta --install-desktop-entry` writes them under $XDG_DATA_HOME (default
~/.local/share), needing no root; `pacta --uninstall-desktop-entry` removes them.
Pure Python: no Qt import.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import sysconfig
from pathlib import Path

import resources
from cli.common import fail
from storage.atomic import write_atomic

DESKTOP_FILE = "pacta.desktop"
METAINFO_FILE = "org.pacta.Pacta.metainfo.xml"
ICON_NAME = "pacta"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
COMMAND = "pacta"

# Characters that oblige an Exec argument to be quoted (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def default_data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path, else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def pacta_executable() -> Path:
    """The absolute path of the `pacta` command running now (or of the bundle's executable)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).absolute()
    argv0 = sys.argv[0] if sys.argv else ""
    if Path(argv0).name == COMMAND and os.path.isfile(argv0):
        return Path(argv0).absolute()
    script = Path(sysconfig.get_path("scripts")) / COMMAND
    if script.is_file():
        return script
    found = shutil.which(COMMAND)
    if found:
        return Path(found).absolute()
    raise FileNotFoundError(f"cannot find the installed `{COMMAND}` command")


def exec_quote(argument: str) -> str:
    """One Exec argument, quoted and escaped as a desktop entry's string value."""
    if _RESERVED.intersection(argument):
        inner = "".join(f"\\{c}" if c in '"`$\\' else c for c in argument)
        argument = f'"{inner}"'
    return argument.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry_text(executable: Path) -> str:
    """The packaged pacta.desktop with Exec and TryExec pointing to `executable`."""
    template = resources.path("desktop", DESKTOP_FILE).read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_quote(str(executable))}"
        elif line.startswith("TryExec="):
            line = "TryExec=" + str(executable).replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def _targets(data_home: Path) -> list[tuple[Path, Path | None]]:
    """Every file the entry installs, with its packaged source (None: generated)."""
    hicolor = data_home / "icons" / "hicolor"
    targets: list[tuple[Path, Path | None]] = [(data_home / "applications" / DESKTOP_FILE, None)]
    for size in ICON_SIZES:
        source = resources.path("desktop", f"{ICON_NAME}-{size}.png")
        targets.append((hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png", source))
    svg = resources.path("desktop", f"{ICON_NAME}.svg")
    targets.append((hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg", svg))
    metainfo = resources.path("desktop", METAINFO_FILE)
    targets.append((data_home / "metainfo" / METAINFO_FILE, metainfo))
    return targets


def install_desktop_entry(
    data_home: Path | None = None, executable: Path | None = None
) -> list[Path]:
    """Write the menu entry, icons and metainfo for this user; returns the files written."""
    home = data_home or default_data_home()
    entry = desktop_entry_text(executable or pacta_executable()).encode("utf-8")
    written = []
    for target, source in _targets(home):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, entry if source is None else source.read_bytes())
        written.append(target)
    return written


def uninstall_desktop_entry(data_home: Path | None = None) -> list[Path]:
    """Remove what install_desktop_entry wrote; returns the files removed."""
    removed = []
    for target, _source in _targets(data_home or default_data_home()):
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    return removed


def register_flags(parser: argparse.ArgumentParser) -> None:
    """Add --install-desktop-entry and --uninstall-desktop-entry to the top-level parser."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Pacta to this user's application menu (no root needed) and exit",
    )
    group.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove Pacta from this user's application menu and exit",
    )


def handle_flags(args: argparse.Namespace) -> int | None:
    """Run the flag given, printing each file; None when neither flag was given."""
    if getattr(args, "install_desktop_entry", False):
        try:
            written = install_desktop_entry()
        except OSError as exc:
            return fail(f"cannot install the desktop entry: {exc}")
        for path in written:
            print(f"wrote {path}")
        return 0
    if getattr(args, "uninstall_desktop_entry", False):
        try:
            removed = uninstall_desktop_entry()
        except OSError as exc:
            return fail(f"cannot remove the desktop entry: {exc}")
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print("nothing to remove")
        return 0
    return None
