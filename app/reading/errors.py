"""The one error every reader raises, and how paths and names are shown in messages."""

from __future__ import annotations

import os
from pathlib import Path

from app.i18n import translate
from models.errors import bare


class InputError(ValueError):
    """Input was refused; ``where`` says where in it (or ""), ``reason`` why.

    ``str(err)`` is ``"<where>: <reason>"``: callers put the file's name in front.
    """

    def __init__(self, reason: str, where: str = "") -> None:
        shown = (
            translate("errors-reading", "{where}: {reason}").format(where=where, reason=reason)
            if where
            else reason
        )
        super().__init__(shown)
        self.reason = reason
        self.where = where


def display_path(path: Path | str) -> str:
    """``path`` as text that can always be printed: undecodable bytes of a name become escapes.

    A file name that is not valid UTF-8 reaches Python with lone surrogates in it
    (``os.fsdecode``); printing those to a UTF-8 stream raises. They are shown
    as ``\\xNN`` instead, so the name is still recognisable.
    """
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="backslashreplace")


def quote(text: object) -> str:
    """A name or id inside a message, quoted the way the current language quotes: 's1', « s1 »."""
    return translate("errors-reading", "'{name}'").format(name=bare(text))
