"""Seats that see each other: other seats' edits, who else is here, and what was overwritten.

``install_seating(workbench)`` names this seat, follows every open strategy and
the current workshop with a ``SeatCoordinator`` ticked by a timer (every 250 ms
while another seat is here, every 500 ms while this seat is alone, every two
seconds while the database cannot be reached), and shows three things:

- other seats' strategy operations, applied as remote by the autosaver (drawn
  and checked by the document's listeners, never on the undo stack, never
  written again); when this seat's unsaved operations were replayed on top,
  the undo stack is given the replayed ones (``SessionStack.rebase``);
- a notice bar above the canvas when another seat's later write replaced a
  field this seat had set (naming who and what, with an Undo that puts this
  seat's value back as a normal edit), when an edit could no longer apply, or
  when a part of the window failed to follow an edit (shown once; saving goes on);
- "Also here: Ana (Team Kōwhai), …" in the status bar, from the seats' heartbeats.

Workshop edits made in dialogs go through the ``WorkshopDocument`` here
(``save_workshop_edits``): one operation per team or detail, logged, heard by
the other seats, and one undo step on the open strategy's stack.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from app.autosave import RemoteEdits
from app.document import Listener, Origin
from app.i18n import translate
from app.seats import SeatCoordinator, this_seat
from app.store import Presence, StoreError, TeamInUseError
from app.workshop_document import WorkshopChange, WorkshopDocument
from models.operations import Batch, Operation
from models.workshop import Workshop
from models.workshop_ops import UndoableWorkshopOperation, workshop_edits
from views.commands import SessionStack, WorkshopCommand
from views.widgets.notice_bar import NoticeBar

if TYPE_CHECKING:
    from views.session import StrategySession
    from views.workbench import Workbench

_log = logging.getLogger(__name__)

TICK_MS = 250
"""How often other seats' edits are looked for (a poll on SQLite, notifications on PostgreSQL)."""

BACKOFF_MS = 2000
"""How often while the database cannot be reached (each try may wait for the network)."""

ALONE_MS = 500
"""How often while no other seat is here: two looks a second instead of four on an idle
laptop. A seat that arrives is seen at the next heartbeat, and its first edit within this
(so well inside the second the seats promise, with the work of drawing it); any edit from
another seat brings back ``TICK_MS`` at once."""

SEAT_ENV = "MLOPS_CANVAS_SEAT"
"""Names this seat for the others (else the ``seat/name`` setting, else user on host)."""

MAX_LISTED = 3
PRESENCE_CHARS = 70


def seat_name(setting: object) -> str:
    """The name other seats see: ``$MLOPS_CANVAS_SEAT``, the ``seat/name`` setting, or ""."""
    return (os.environ.get(SEAT_ENV) or str(setting or "")).strip()


def install_seating(wb: Workbench) -> Seating:
    """Name this seat, follow the open strategies and workshop, show who else is here."""
    return Seating(wb)


class Seating(QObject):
    """Keeps this window in step with the other seats on its database."""

    def __init__(self, wb: Workbench) -> None:
        super().__init__(wb)
        assert wb.store is not None
        self.wb = wb
        self.store = wb.store
        if self.store.seat is None:
            self.store.seat = this_seat(seat_name(wb.settings.value("seat/name", "")))
        self.coordinator = SeatCoordinator(self.store)
        self.notice = NoticeBar()
        wb.canvas_area.set_offer(self.notice)
        self.presence = QLabel()
        self.presence.setObjectName("presence")
        self.presence.setAccessibleName(translate("seats", "Other seats here"))
        self.presence.hide()
        wb.window.statusBar().addPermanentWidget(self.presence)
        self._followed: dict[str, StrategySession] = {}
        self._workshop: WorkshopDocument | None = None
        self._batching = False
        self._failed_listener_shown: set[str] = set()
        self._last_error = ""
        self._listing: frozenset[tuple[str, str]] = frozenset()
        self.alone = False
        """No other seat was here at the last heartbeat (then ticks come less often)."""
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        wb.session_changed.connect(self._session_changed)
        self.timer.start()

    # -- following ----------------------------------------------------------------------------

    def _session_changed(self, session: StrategySession | None) -> None:
        self._follow_sessions()
        self.workshop_document()
        self.coordinator.strategy_id = session.strategy_id if session is not None else None
        if session is not None and self.wb.workshop is not None and not self.wb.closed:
            # Tell the others at once which strategy this seat is on (else the next beat).
            with contextlib.suppress(StoreError):
                self.store.heartbeat(self.wb.workshop.id, session.strategy_id)
        self.refresh_presence()

    def _follow_sessions(self) -> None:
        """Follow every open strategy (and stop following closed ones)."""
        sessions = self.wb.sessions
        for strategy_id, session in list(self._followed.items()):
            if sessions.get(strategy_id) is not session:
                self.coordinator.unfollow(session.autosaver)
                del self._followed[strategy_id]
        for strategy_id, session in sessions.items():
            if strategy_id in self._followed:
                continue
            self._followed[strategy_id] = session
            self.coordinator.follow(session.autosaver)
            session.autosaver.on_remote = lambda edits, s=session: self.remote_edits(s, edits)
            session.document.on_listener_error = lambda listener, err, s=session: (
                self.listener_failed(s, listener, err)
            )

    def workshop_document(self) -> WorkshopDocument | None:
        """The current workshop's document (made when the workshop changes)."""
        workshop = self.wb.workshop
        if workshop is None:
            self.coordinator.workshop = None
            return None
        if self._workshop is None or self._workshop.workshop.id != workshop.id:
            if self._workshop is not None:
                self._workshop.remove_listener(self._workshop_changed)
            try:
                seat_id = self.store.seat.id if self.store.seat is not None else ""
                self._workshop = WorkshopDocument(self.store, workshop, seat_id)
            except StoreError as err:
                self.wb.show_message(str(err))
                self._workshop = None
                return None
            self._workshop.add_listener(self._workshop_changed)
            self.coordinator.workshop = self._workshop
        return self._workshop

    # -- the timer ----------------------------------------------------------------------------

    def tick(self) -> None:
        """Bring in what other seats wrote; every few seconds, say who else is here."""
        if self.wb.closed or self.wb.store is None:
            return
        try:
            self._follow_sessions()
            result = self.coordinator.tick()
            if result.presence is not None:
                self.show_presence(result.presence)
                self._refresh_listing()
                self.alone = not result.presence
            if result.remote or result.workshop is not None:
                self.alone = False  # another seat is writing: follow it closely at once
        except Exception as err:  # a timer slot must never end the app; say it once
            _log.exception("Following the other seats failed")
            self._report_error(str(err))
            return
        if result.errors:
            self._report_error(result.errors[0])
            return
        if self._last_error:
            self._last_error = ""
            self.wb.show_message(translate("seats", "Back in touch with the other seats."))
        wanted = ALONE_MS if self.alone else TICK_MS
        if self.timer.interval() != wanted:
            self.timer.setInterval(wanted)

    def _report_error(self, text: str) -> None:
        self.timer.setInterval(BACKOFF_MS)
        if text != self._last_error:
            self._last_error = text
            self.wb.show_message(
                translate("seats", "Other seats' edits cannot be read now: {error}").format(
                    error=text
                )
            )

    def _refresh_listing(self) -> None:
        """Show strategies other seats created or renamed (checked with each heartbeat)."""
        try:
            listing = frozenset((s.id, s.name) for s in self.wb.strategies_listing())
        except StoreError:
            return
        if listing != self._listing:
            if self._listing:
                self.wb.refresh_strategy_list()
            self._listing = listing

    # -- other seats' strategy edits ----------------------------------------------------------

    def remote_edits(self, session: StrategySession, edits: RemoteEdits) -> None:
        """Other seats' operations came into ``session``'s document (the autosaver's callback)."""
        stack = session.stack
        if isinstance(stack, SessionStack):
            stack.rebase(edits.integration.replaced)
        where = (
            ""
            if session is self.wb.session
            else translate("seats", "In “{name}”: ").format(name=session.document.strategy.name)
        )
        if edits.overwritten:
            lines = [o.message for o in edits.overwritten]
            shown = lines[:MAX_LISTED]
            if len(lines) > MAX_LISTED:
                shown.append(
                    translate("seats", "… and {n} more.").format(n=len(lines) - MAX_LISTED)
                )
            restores = [o.restore for o in edits.overwritten]
            self.notice.show_notice(
                where + " ".join(shown),
                lambda: self._restore(session, restores),
            )
        elif edits.dropped:
            n = len(edits.dropped)
            self.notice.show_notice(
                where
                + translate(
                    "seats",
                    "{n} of your edits could not be applied: {who} had removed what they "
                    "changed. Everything else was saved.",
                ).format(n=n, who=", ".join(edits.authors))
            )
        else:
            self.wb.show_message(
                where
                + translate("seats", "{who} changed the board ({n} edits).").format(
                    who=", ".join(edits.authors), n=len(edits.records)
                )
            )

    def _restore(self, session: StrategySession, restores: Sequence[Operation]) -> None:
        op = restores[0] if len(restores) == 1 else Batch(label="restore", ops=tuple(restores))
        session.editor.push(op, translate("seats", "Put back your edit"))

    def listener_failed(
        self, session: StrategySession, _listener: Listener, err: BaseException
    ) -> None:
        """A part of the window failed to follow an edit: say so once (saving goes on)."""
        if session.strategy_id in self._failed_listener_shown:
            return
        self._failed_listener_shown.add(session.strategy_id)
        self.notice.show_notice(
            translate(
                "seats",
                "A part of the window could not follow an edit ({error}). Your edits are "
                "still being saved; reopen the strategy to refresh the view.",
            ).format(error=str(err) or type(err).__name__)
        )

    # -- presence -----------------------------------------------------------------------------

    def refresh_presence(self) -> None:
        """Read who else is here now (the timer does it with every heartbeat)."""
        if self.wb.closed or self.wb.store is None:
            return
        try:
            seats = self.store.present(self.wb.workshop.id if self.wb.workshop else None)
        except StoreError:
            return  # the next tick reports it
        self.show_presence(seats)

    def show_presence(self, seats: Sequence[Presence]) -> None:
        """Show who else works on this workshop (those on this strategy first)."""
        if not seats:
            self.presence.clear()
            self.presence.hide()
            return
        current = self.wb.session.strategy_id if self.wb.session else None
        teams: dict[str, str] = {}
        if self.wb.workshop is not None:
            names = {t.id: t.name for t in self.wb.workshop.teams}
            try:
                teams = {s.id: names.get(s.team_id or "", "") for s in self.wb.strategies_listing()}
            except StoreError:
                teams = {}
        ordered = sorted(seats, key=lambda p: (p.strategy_id != current, p.name.casefold()))
        parts = []
        for seat in ordered:
            about = []
            team = teams.get(seat.strategy_id or "", "")
            if team:
                about.append(team)
            if current is not None and seat.strategy_id == current:
                about.append(translate("seats", "on this strategy"))
            parts.append(f"{seat.name} ({', '.join(about)})" if about else seat.name)
        text = translate("seats", "Also here: {seats}").format(seats=", ".join(parts))
        # Elided, so a long list never widens the window past a projector's screen.
        width = self.presence.fontMetrics().averageCharWidth() * PRESENCE_CHARS
        shown = self.presence.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        self.presence.setText(shown)
        self.presence.setToolTip(text)
        self.presence.setAccessibleDescription(text)
        self.presence.show()

    # -- workshop edits -----------------------------------------------------------------------

    def save_workshop_edits(self, before: Workshop, after: Workshop, text: str) -> bool:
        """Write what changed from ``before`` to ``after`` (a dialog's result) as operations.

        Each team and the details are one operation, so another seat's edits of
        other teams survive. What was written is one undo step on the open
        strategy's stack. A refusal (a team that still has strategies) is shown;
        the operations before it stay written.

        Returns:
            True when everything was written.
        """
        document = self.workshop_document()
        if document is None:
            self.wb.report_error(
                translate("workflows", "Not saved"),
                translate("seats", "The workshop cannot be read now."),
            )
            return False
        ops = workshop_edits(before, after)
        done: list[UndoableWorkshopOperation] = []
        failed: StoreError | None = None
        self._batching = True
        try:
            for op in ops:
                document.apply(op)
                done.append(op)
        except StoreError as err:
            failed = err
        finally:
            self._batching = False
        if done:
            self._workshop_refresh()
            if self.wb.session is not None:
                self.wb.session.stack.push(
                    WorkshopCommand(document, done, text, on_error=self._workshop_undo_failed)
                )
        if failed is not None:
            title = (
                translate("seats", "Team not removed")
                if isinstance(failed, TeamInUseError)
                else translate("workflows", "Not saved")
            )
            self.wb.report_error(title, str(failed))
            return False
        return True

    def _workshop_undo_failed(self, text: str) -> None:
        self.wb.report_error(translate("seats", "Cannot undo"), text)
        self._workshop_refresh()

    def _workshop_changed(self, _document: WorkshopDocument, change: WorkshopChange) -> None:
        if self._batching:
            return
        self._workshop_refresh()
        if change.origin is not Origin.REMOTE:
            return
        who = ", ".join(
            dict.fromkeys(r.author or translate("seats", "another seat") for r in change.records)
        )
        self.wb.show_message(translate("seats", "{who} changed the workshop.").format(who=who))
        tools = getattr(self.wb, "facilitating", None)
        if tools is not None:
            tools.workshop_changed(change)

    def _workshop_refresh(self) -> None:
        workshop = self.wb.workshop
        if workshop is not None and not self.wb.closed and self.wb.store is not None:
            self.wb.reload_workshops(workshop.id)

    # -- closing ------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop following and tell the others this seat has left (never raises)."""
        self.timer.stop()
        try:
            self.coordinator.close()
        except Exception:  # closing must go on whatever the database says
            _log.warning("Leaving the other seats failed", exc_info=True)
