"""Typed text becomes one edit per pause in typing, never one per keystroke.

``TypingPause`` remembers which fields were typed in since the last edit,
restarts a single-shot timer on every keystroke and emits ``paused`` when the
typing stops for ``TYPING_PAUSE_MS``. Meanwhile it holds a draft open in the
strategy's autosaver (``Autosaver.begin_draft``), so the save label reads
"pending" and never "Saved" over words that are not written yet.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.autosave import Autosaver

TYPING_PAUSE_MS = 700
"""A pause in typing this long turns the typed text into one edit."""


class TypingPause(QObject):
    """Fields typed in since the last edit, and the timer that waits for a pause.

    Signals:
        paused(): the typing stopped for ``TYPING_PAUSE_MS``; save what was typed.
    """

    paused = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: set[str] = set()
        self._key = ""
        self._autosaver: Autosaver | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.paused)

    def set_autosaver(self, autosaver: Autosaver | None) -> None:
        """Hold drafts in this autosaver from now on (None: hold none)."""
        self._autosaver = autosaver

    def typed(self, field: str, key: str) -> None:
        """A keystroke in ``field`` of the record ``key``: a draft until the next pause."""
        self._fields.add(field)
        self._key = key
        if self._autosaver is not None:
            self._autosaver.begin_draft(key)
        self._timer.start()  # restarted by every keystroke

    def holds(self, field: str) -> bool:
        """Whether ``field`` has typed text that is not an edit yet."""
        return field in self._fields

    def take(self) -> set[str]:
        """The fields typed in since the last edit, forgotten here (the caller saves them)."""
        self._timer.stop()
        fields, self._fields = self._fields, set()
        return fields

    def keep(self, field: str) -> None:
        """Leave ``field`` a draft after ``take`` (its text cannot be saved yet)."""
        self._fields.add(field)

    def settled(self) -> None:
        """Close the draft when no field is left holding typed text."""
        if not self._fields and self._autosaver is not None and self._key:
            self._autosaver.end_draft(self._key)

    def drop(self, field: str) -> None:
        """Forget what was typed in ``field`` (Esc): it is not saved."""
        self._fields.discard(field)
        if not self._fields:
            self._timer.stop()
            self.settled()
