"""MLOps Lifecycle Canvas entry point: the GUI by default, sub-commands for headless work.

This is the composition root. It imports as little as possible before the
first window is painted: SQLAlchemy, NetworkX, ReportLab and Pydantic load
after the window shows (see views.app), and sub-commands never import Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the app (no sub-command) or a headless sub-command; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    from app.cli import SUBCOMMANDS

    if any(arg in SUBCOMMANDS for arg in args if not arg.startswith("-")) or any(
        arg in {"-h", "--help", "--version"} for arg in args
    ):
        from app.cli import run_cli

        return run_cli(args)

    from views.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
