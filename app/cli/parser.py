"""An ``argparse`` parser that speaks the language of the run, argparse's own words included.

argparse words its section titles, the ``-h`` help, the usage prefix and its error
messages in English through ``gettext``; the app's catalog is not gettext, and
patching ``argparse._`` would change every parser of the process. Instead this
parser renames its own sections and ``-h`` help when it is built, its formatter
gives the usage prefix, and its ``error`` rewords the messages argparse formats,
matched against argparse's English templates (Python 3.11). A message no template
matches is printed as argparse wrote it.

Build the parser inside the ``speaking`` block of the run's language: the words
are chosen when the parser is made (help) or when the error happens.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from functools import cache
from typing import Any, NoReturn

from app.i18n import translate


class Formatter(argparse.HelpFormatter):
    """argparse's help formatter, with the usage prefix in the current language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        # argparse writes a section's heading followed by a colon; French wants a
        # no-break space before it, so the heading takes the space of the language's
        # "{heading}:" (the colon itself stays argparse's).
        if heading:
            line = translate("cli", "{heading}:").format(heading=heading)
            heading = line.removesuffix(":")
        super().start_section(heading)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose section titles, ``-h`` help and errors are translated.

    Sub-parsers are of the same class (``add_subparsers`` makes them so).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = translate("cli", "show this help message and exit")

    def error(self, message: str) -> NoReturn:
        """Print the usage and ``message`` (translated) to stderr, and exit with status 2."""
        self.print_usage(sys.stderr)
        line = translate("cli", "{prog}: error: {message}").format(
            prog=self.prog, message=translated_error(message)
        )
        self.exit(2, f"{line}\n")


def _templates() -> list[tuple[str, str]]:
    """argparse's English error templates (Python 3.11), each with its translation."""
    return [
        (
            "argument %(argument_name)s: %(message)s",
            translate("cli", "argument %(argument_name)s: %(message)s"),
        ),
        (
            "invalid choice: %(value)r (choose from %(choices)s)",
            translate("cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        ),
        (
            "the following arguments are required: %s",
            translate("cli", "the following arguments are required: %s"),
        ),
        ("unrecognized arguments: %s", translate("cli", "unrecognized arguments: %s")),
        ("expected one argument", translate("cli", "expected one argument")),
        ("expected at most one argument", translate("cli", "expected at most one argument")),
        ("expected at least one argument", translate("cli", "expected at least one argument")),
        (
            "ambiguous option: %(option)s could match %(matches)s",
            translate("cli", "ambiguous option: %(option)s could match %(matches)s"),
        ),
        (
            "invalid %(type)s value: %(value)r",
            translate("cli", "invalid %(type)s value: %(value)r"),
        ),
        ("ignored explicit argument %r", translate("cli", "ignored explicit argument %r")),
        ("not allowed with argument %s", translate("cli", "not allowed with argument %s")),
        (
            "one of the arguments %s is required",
            translate("cli", "one of the arguments %s is required"),
        ),
    ]


_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching what ``template`` formats, one group per placeholder."""
    parts: list[str] = []
    end = 0
    for index, found in enumerate(_PLACEHOLDER.finditer(template)):
        parts.append(re.escape(template[end : found.start()]))
        parts.append(f"(?P<{found.group(1) or f'_{index}'}>.+?)")
        end = found.end()
    parts.append(re.escape(template[end:]))
    return re.compile("".join(parts), re.DOTALL)


def translated_error(message: str) -> str:
    """argparse's ``message`` in the current language (as it is when no template matches)."""
    for english, translation in _templates():
        found = _pattern(english).fullmatch(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:  # "argument X: <another argparse message>"
            values["message"] = translated_error(values["message"])
        return _fill(translation, values)
    return message


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with its placeholders replaced by ``values`` (already formatted text)."""
    positional = iter([v for k, v in values.items() if k.startswith("_")])

    def value(placeholder: re.Match[str]) -> str:
        name = placeholder.group(1)
        return values[name] if name else next(positional, "")

    return _PLACEHOLDER.sub(value, template)
