"""Pacta: the app with no arguments, the command line with a subcommand."""

from __future__ import annotations

import sys


def run(argv: list[str] | None = None) -> int:
    """Entry point of the `pacta` command."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        return run_gui()
    from cli import main as cli_main

    return cli_main(args)


def run_gui() -> int:
    """Start the desktop app."""
    from gui.app import main as gui_main

    return gui_main(sys.argv)


if __name__ == "__main__":
    sys.exit(run())
