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
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

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
LANG_ENV = "MLOPS_CANVAS_LANG"
GLOBAL_OPTIONS = ("--db", "--lang")


class _VersionAction(argparse._VersionAction):
    """``--version``, with the version looked up only when asked (it reads package metadata)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from app.about import app_version

        self.version = f"%(prog)s {app_version()}"
        super().__call__(parser, namespace, values, option_string)


def named_command(argv: Sequence[str]) -> str | None:
    """The sub-command ``argv`` runs, when that is certain before parsing; else None.

    Only ``--db VALUE``, ``--lang VALUE`` (or ``--db=VALUE``, ``--lang=VALUE``) may come
    before it: anything else (help, an abbreviated or unknown option) leaves the decision
    to the full parser.
    """
    index = 0
    while index < len(argv):
        token = argv[index]
        if (
            token in GLOBAL_OPTIONS
            and index + 1 < len(argv)
            and not argv[index + 1].startswith("-")
        ):
            index += 2
        elif token.startswith(tuple(f"{option}=" for option in GLOBAL_OPTIONS)):
            index += 1
        elif token.startswith("-"):
            return None
        else:
            return token if token in SUBCOMMANDS else None
    return None


def requested_language(argv: Sequence[str]) -> str | None:
    """The ``--lang`` of ``argv`` (``--lang fr``, ``--lang=fr``) before its sub-command, if any.

    Read before parsing, so that the parser itself (help, errors) speaks the language:
    the last one given wins, as it does for argparse; a value the app does not have
    is left to the parser to refuse (in the default language).
    """
    found: str | None = None
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in GLOBAL_OPTIONS and index + 1 < len(argv):
            if token == "--lang":
                found = argv[index + 1]
            index += 2
        elif token.startswith("--lang="):
            found = token.partition("=")[2]
            index += 1
        elif token.startswith("-") and token != "--":
            index += 1
        else:
            break
    return found


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The top-level parser, with the sub-commands ``argv`` may need registered.

    When ``argv`` certainly runs one known sub-command, only that sub-command's
    module is imported and registered: the parse is the same, and the command
    does not pay for importing every other one (the checker, the exporter, the
    drills). Otherwise (help, a mistake, no ``argv``) every sub-command is.
    """
    from app.cli.parser import Parser
    from app.i18n import translate

    parser = Parser(
        prog="mlops-canvas",
        description=translate(
            "cli",
            "MLOps Lifecycle Canvas: design public-sector MLOps strategies offline. "
            "Without a sub-command (only --db, if anything), the desktop app opens.",
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help=translate("cli", "show program's version number and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate(
            "cli",
            "database file or SQLAlchemy URL (default: $MLOPS_CANVAS_DB, else the data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        help=translate(
            "cli",
            "language of the output, the help and exports: en or fr "
            "(default: $MLOPS_CANVAS_LANG, else the system language)",
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    command = None if argv is None else named_command(argv)
    modules = [SUBCOMMANDS[command]] if command is not None else SUBCOMMANDS.values()
    for module_name in dict.fromkeys(modules):
        importlib.import_module(module_name).register(subparsers)
    return parser


def run_cli(argv: Sequence[str]) -> int:
    """Parse ``argv`` and run the chosen sub-command; return its exit status.

    The parser is built and used in the language ``argv`` asks for, so that its help
    and its errors speak it too.
    """
    from app.i18n import speaking

    with speaking(choose_language(requested_language(argv))):
        parser = build_parser(argv)
        args = parser.parse_args(list(argv))
        if not getattr(args, "func", None):
            parser.print_help()
            return EXIT_BAD_INPUT
    try:
        with speaking(choose_language(getattr(args, "lang", None))):
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


def choose_language(requested: str | None) -> str:
    """The language to speak: ``requested``, else ``$MLOPS_CANVAS_LANG``, else the system's."""
    from app import i18n

    return (
        i18n.normalise(requested)
        or i18n.normalise(os.environ.get(LANG_ENV))
        or i18n.system_language()
    )


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
        warn(problem)
    return library


def warn(message: str) -> None:
    """Print a one-line warning to stderr, in the language of the run."""
    from app.i18n import translate

    line = translate("errors-cli", "mlops-canvas: warning: {message}")
    print(line.format(message=message), file=sys.stderr)


def note(message: str, stream: TextIO | None = None) -> None:
    """Print a note (what changed, nothing wrong) in the language of the run; stderr by default."""
    from app.i18n import translate

    line = translate("errors-cli", "note: {message}").format(message=message)
    print(line, file=sys.stderr if stream is None else stream)


def fail(message: str) -> int:
    """Print a one-line error to stderr, in the language of the run; return the bad-input status."""
    from app.i18n import translate

    line = translate("errors-cli", "mlops-canvas: error: {message}")
    # One line; French no-break spaces (which str.split() would also take) stay as they are.
    one_line = re.sub(r"[ \t\r\n\f\v]+", " ", message).strip(" ")
    print(line.format(message=one_line), file=sys.stderr)
    return EXIT_BAD_INPUT


def content_failure(err: Exception) -> int:
    """Report a broken shipped content file (a damaged installation) as the bad-input error."""
    from app.i18n import translate

    return fail(
        translate("errors-cli", "the content files cannot be read: {error}").format(error=err)
    )
