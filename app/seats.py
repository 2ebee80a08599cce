"""Keeping one seat in step with the others: what the GUI's timer calls, without Qt.

``SeatCoordinator.tick()`` is cheap enough to run a few times a second. It
asks the change feed which strategies and workshops other seats wrote to
(PostgreSQL notifications; on SQLite every followed one is polled, one indexed
read each), brings those edits into the open documents, and every few seconds
leaves a heartbeat and reads who else is here. Errors are collected, never
raised: a seat that cannot reach the database keeps working on its copy and
says so.
"""

from __future__ import annotations

import getpass
import logging
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from app.autosave import Autosaver, RemoteEdits
from app.store import ChangeFeed, Presence, Seat, Store, StoreError
from app.workshop_document import WorkshopChange, WorkshopDocument
from models.errors import DomainError

_log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 5.0
"""How often a seat says it is here and reads who else is."""

SAFETY_POLL_SECONDS = 5.0
"""Even with notifications, poll this often (a notification can be lost on reconnect)."""


def this_seat(name: str = "") -> Seat:
    """A seat id for this run, named ``name`` or "<user> on <host>"."""
    if not name:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no user name in a bare container
            user = "someone"
        name = f"{user} on {socket.gethostname()}"
    return Seat(id=uuid.uuid4().hex, name=name[:120])


@dataclass
class Tick:
    """What one ``tick`` brought in."""

    remote: list[tuple[Autosaver, RemoteEdits]] = field(default_factory=list)
    workshop: WorkshopChange | None = None
    presence: list[Presence] | None = None
    """Set when presence was read this tick (every few seconds)."""
    errors: list[str] = field(default_factory=list)


class SeatCoordinator:
    """Polls for other seats' edits and keeps this seat's presence fresh."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self._clock = clock
        self._savers: list[Autosaver] = []
        self.workshop: WorkshopDocument | None = None
        self.strategy_id: str | None = None
        """The strategy this seat shows (for presence)."""
        self._feed: ChangeFeed | None = None
        self._last_beat = -HEARTBEAT_SECONDS
        self._last_poll = -SAFETY_POLL_SECONDS

    def follow(self, saver: Autosaver) -> None:
        """Bring other seats' edits into ``saver``'s document from now on."""
        if saver not in self._savers:
            self._savers.append(saver)

    def unfollow(self, saver: Autosaver) -> None:
        """Stop following ``saver``'s document."""
        if saver in self._savers:
            self._savers.remove(saver)

    def tick(self) -> Tick:
        """Bring in what other seats wrote; every few seconds, beat and read presence."""
        result = Tick()
        now = self._clock()
        topics = self._topics(result)
        everything = topics is None or now - self._last_poll >= SAFETY_POLL_SECONDS
        if everything:
            self._last_poll = now
        for saver in list(self._savers):
            if (
                not everything
                and topics is not None
                and f"s:{saver.document.strategy.id}" not in topics
            ):
                continue
            try:
                edits = saver.poll()
            except (StoreError, DomainError) as err:
                result.errors.append(str(err))
                continue
            if edits is not None:
                result.remote.append((saver, edits))
        workshop = self.workshop
        if workshop is not None and (
            everything or (topics is not None and f"w:{workshop.workshop.id}" in topics)
        ):
            try:
                result.workshop = workshop.poll()
            except StoreError as err:
                result.errors.append(str(err))
        if now - self._last_beat >= HEARTBEAT_SECONDS:
            self._last_beat = now
            workshop_id = workshop.workshop.id if workshop is not None else None
            try:
                self.store.heartbeat(workshop_id, self.strategy_id)
                result.presence = self.store.present(workshop_id)
            except StoreError as err:
                result.errors.append(str(err))
        return result

    def _topics(self, result: Tick) -> set[str] | None:
        if self._feed is None:
            self._feed = self.store.change_feed()
        try:
            return self._feed.topics()
        except StoreError as err:
            result.errors.append(str(err))
            return None  # poll everything until the feed is back

    def close(self) -> None:
        """Stop listening and tell the others this seat has left (best effort)."""
        if self._feed is not None:
            self._feed.close()
            self._feed = None
        try:
            self.store.leave()
        except StoreError:
            _log.warning("Could not remove this seat's presence", exc_info=True)
