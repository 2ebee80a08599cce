"""Headless command-line interface: ``python main.py <sub-command>``.

Each sub-command lives in its own module exposing ``register(subparsers)``;
this module lists them explicitly (no registry) and dispatches. Exit status:
0 success, 1 a check found errors, 2 bad input (one line on stderr; an unknown
sub-command or option also prints the usage line), 130 interrupted (Ctrl+C).
Output piped into a reader that stops early (``check … | head``) ends quietly.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.resources import ContentLibrary

# sub-command name -> module that registers it
SUBCOMMANDS: dict[str, str] = {
    "workshops": "app.cli.workshops",
    "strategies": "app.cli.workshops",
    "demo": "app.cli.workshops",
    "export": "app.cli.exchange",
    "import": "app.cli.exchange",
    "drill": "app.cli.drill",
    "check": "app.cli.check",
    "export-pdf": "app.cli.export_pdf",
    "report": "app.cli.report",
}

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every sub-command registered."""
    from app.about import app_version

    parser = argparse.ArgumentParser(
        prog="mlops-canvas",
        description="MLOps Lifecycle Canvas: design public-sector MLOps strategies offline. "
        "Without a sub-command (only --db, if anything), the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $MLOPS_CANVAS_DB, else the data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    registered: set[str] = set()
    for module_name in dict.fromkeys(SUBCOMMANDS.values()):
        if module_name not in registered:
            importlib.import_module(module_name).register(subparsers)
            registered.add(module_name)
    return parser


def run_cli(argv: Sequence[str]) -> int:
    """Parse ``argv`` and run the chosen sub-command; return its exit status."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        status: int = args.func(args)
        # Flush here, not at interpreter exit, so a closed pipe is seen while it can be handled.
        sys.stdout.flush()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): what it wanted was printed; end quietly.
        _discard_stdout()
        return EXIT_OK
    return status


def _discard_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def load_content() -> ContentLibrary:
    """The content library with the agency's scenarios; agency problems become warnings.

    Raises:
        ContentError: a shipped content file is broken.
    """
    from app.resources import load_installed_library

    library, problems = load_installed_library()
    for problem in problems:
        print(f"mlops-canvas: warning: {problem}", file=sys.stderr)
    return library


def fail(message: str) -> int:
    """Print a one-line error to stderr and return the bad-input status."""
    print(f"mlops-canvas: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_BAD_INPUT
