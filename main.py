"""MLOps Lifecycle Canvas entry point: the GUI by default, sub-commands for headless work.

This is the composition root. It imports as little as possible before the
first window is painted: SQLAlchemy, NetworkX, ReportLab and Pydantic load
after the window shows (see views.app), and sub-commands never import Qt.

Only ``--db PATH_OR_URL`` (or nothing) opens the GUI; anything else goes to the
command-line parser, so a mistyped sub-command or option exits 2 with a usage
line instead of silently opening a window. ``--lang en|fr`` may come first, for
the GUI and the sub-commands alike: it overrides the saved and the system language.
"""

from __future__ import annotations

import gc
import sys

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl+C
# A sub-command is a short run: collect young cycles (bounded memory), but make full
# collections rare. With the default (700, 10, 10) importing SQLAlchemy, pydantic and
# the models runs several full collections over every object loaded so far: ~0.05 s.
CLI_GC_THRESHOLDS = (10_000, 50, 100)


def gui_database(args: list[str]) -> tuple[bool, str | None]:
    """Whether ``args`` ask for the GUI, and the ``--db`` value they give.

    The GUI takes nothing but an optional ``--db PATH_OR_URL`` (or ``--db=...``);
    this is decided without building the full parser, which imports every
    sub-command and would delay the first paint.
    """
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--db="):
        return True, args[0].removeprefix("--db=")
    return False, None


def split_language(args: list[str]) -> tuple[str | None, list[str]]:
    """``--lang CODE`` or ``--lang=CODE`` at the front of ``args``, and the rest."""
    if args[:1] == ["--lang"] and len(args) >= 2:
        return args[1], args[2:]
    if args[:1] and args[0].startswith("--lang="):
        return args[0].removeprefix("--lang="), args[1:]
    return None, args


def unknown_language(code: str) -> str:
    """The refusal of ``--lang code``, in the language the user would otherwise get.

    That is ``$MLOPS_CANVAS_LANG``, else the system's: someone who typed ``--lang fr_FR``
    on a French system reads the refusal in French.
    """
    from app.cli import choose_language
    from app.i18n import speaking, translate

    with speaking(choose_language(None)):
        return translate(
            "errors-cli",
            "mlops-canvas: error: there is no interface language '{code}'; use {codes}.",
        ).format(code=code, codes="en, fr")


def main(argv: list[str] | None = None) -> int:
    """Run the app (no sub-command) or a headless sub-command; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    lang, args = split_language(args)
    if lang is not None:
        from app.i18n import set_language

        try:
            set_language(lang)
        except ValueError:
            print(unknown_language(lang), file=sys.stderr)
            return 2
    try:
        if args == ["--version"]:
            # Answered here: the full parser imports every sub-command (a third of a second).
            from app.about import app_version

            print(f"mlops-canvas {app_version()}")
            return 0
        gui, db = gui_database(args)
        if not gui:
            from app.cli import run_cli

            if argv is None:  # this process's own command line: it ends after the command
                gc.set_threshold(*CLI_GC_THRESHOLDS)
            # The sub-command chooses its own language (``--lang``, else the
            # environment); a ``--lang`` given first is handed on to it.
            status = run_cli(["--lang", lang, *args] if lang is not None else args)
            if argv is None:
                # What is alive now stays alive until exit: spare the interpreter a last
                # full collection of it while it shuts down (~0.05 s).
                gc.freeze()
            return status
        from views.app import run_gui

        return run_gui(db, lang)
    except KeyboardInterrupt:
        # Ctrl+C before the GUI's own handler is installed, or during a sub-command.
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
