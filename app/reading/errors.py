"""The one error every reader raises, and how paths are shown in messages."""

from __future__ import annotations

import os
from pathlib import Path


class InputError(ValueError):
    """Input was refused; ``where`` says where in it (or ""), ``reason`` why.

    ``str(err)`` is ``"<where>: <reason>"``: callers put the file's name in front.
    """

    def __init__(self, reason: str, where: str = "") -> None:
        super().__init__(f"{where}: {reason}" if where else reason)
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
