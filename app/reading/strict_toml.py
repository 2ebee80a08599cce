"""Strict TOML: the standard library's parser behind a scan that bounds what it would choke on.

``tomllib`` recurses once per nested array or inline table (a file nesting
100,000 deep raises ``RecursionError``), slices a dotted key once per part (a
40 KB dotted key costs gigabytes), and raises an unrelated ``ValueError`` for
an integer of more than 4,300 digits. So before it runs, one linear pass over
the tokens (strings and comments skipped exactly as TOML defines them) bounds
the nesting depth, the parts of a dotted key and the length of any unquoted
token, naming the line and column of the first excess. A UTF-8 byte-order
mark is accepted (Windows editors add one); UTF-16 and UTF-32 are refused
with a hint. After parsing, the tree is checked like JSON (numbers in range,
no NaN or infinity, no NUL).
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from app.i18n import grouped, translate
from app.reading.errors import InputError
from app.reading.limits import MAX_BARE_TOKEN, MAX_KEY_PARTS, Limits
from app.reading.parser_messages import toml_reason
from app.reading.strict_json import JsonSyntaxError, decode_text
from app.reading.tree import check_tree

# Possessive quantifiers: a string that never closes fails in linear time.
_TOKEN = re.compile(
    r"""
      (?P<string>
          \"\"\"(?:[^\\"]++|\\[\s\S]|"{1,2}(?!"))*+"{3,5}
        | '''(?:[^']++|'{1,2}(?!'))*+'{3,5}
        | "(?:[^"\\\n]++|\\.)*+"
        | '[^'\n]*+'
      )
    | (?P<comment>\#[^\n]*+)
    | (?P<open>[\[{])
    | (?P<close>[\]}])
    | (?P<dot>\.)
    | (?P<reset>[=,\n])
    | (?P<space>[ \t\r]++)
    | (?P<bare>[^\s"'\#\[\]{}.=,]++)
    | (?P<other>[\s\S])
    """,
    re.VERBOSE,
)


def _refuse(text: str, position: int, reason: str) -> InputError:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    # The same shape as tomllib's own messages.
    return InputError(
        translate(
            "errors-reading", "not valid TOML: {reason} (at line {line}, column {column})"
        ).format(reason=reason, line=line, column=column)
    )


def scan_toml(text: str, max_depth: int) -> None:
    """Bound nesting, dotted keys and unquoted tokens before ``tomllib`` sees ``text``.

    Raises:
        InputError: naming the line and column of the first excess.
    """
    depth = 0
    dots = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            dots = 0
            if depth > max_depth:
                raise _refuse(
                    text,
                    match.start(),
                    translate(
                        "errors-reading", "arrays and tables nested more than {depth} levels deep"
                    ).format(depth=max_depth),
                )
        elif kind == "close":
            depth = max(0, depth - 1)
            dots = 0
        elif kind == "dot":
            dots += 1
            if dots >= MAX_KEY_PARTS:
                raise _refuse(
                    text,
                    match.start(),
                    translate("errors-reading", "a dotted key of more than {parts} parts").format(
                        parts=MAX_KEY_PARTS
                    ),
                )
        elif kind in ("reset", "comment"):
            dots = 0
        elif kind == "other" and match.group() in "\"'":
            raise _refuse(
                text, match.start(), translate("errors-reading", "a string that is never closed")
            )
        elif kind == "bare" and match.end() - match.start() > MAX_BARE_TOKEN:
            raise _refuse(
                text,
                match.start(),
                translate(
                    "errors-reading",
                    "an unquoted key or value of more than {count} characters "
                    "(a number that long is not one this app stores)",
                ).format(count=MAX_BARE_TOKEN),
            )


def parse_toml(raw: bytes, limits: Limits) -> dict[str, Any]:
    """Parse a TOML file's bytes strictly within ``limits``.

    Raises:
        InputError: with a message naming the line and column, or the key path.
    """
    if len(raw) > limits.max_bytes:
        raise InputError(
            translate("errors-reading", "larger than the limit of {count} bytes").format(
                count=grouped(limits.max_bytes)
            )
        )
    try:
        text = decode_text(raw)
    except JsonSyntaxError as err:
        raise InputError(err.reason) from None
    scan_toml(text, limits.max_depth)
    try:
        value = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InputError(
            translate("errors-reading", "not valid TOML: {reason}").format(
                reason=toml_reason(str(err))
            )
        ) from None
    except (ValueError, RecursionError, MemoryError) as err:  # bounded by the scan; kept as a net
        raise InputError(
            translate("errors-reading", "not valid TOML: {reason}").format(
                reason=type(err).__name__
            )
        ) from None
    check_tree(value, limits)
    return value
