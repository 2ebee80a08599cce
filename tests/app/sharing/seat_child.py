"""One seat in its own process, driven by JSON lines on stdin (for the two-process tests).

Commands: ``{"add": TITLE}`` adds a card; ``{"retitle": OLD, "to": NEW}`` renames the
card titled OLD; ``{"wait": [TITLES], "timeout": S}`` ticks until every title is on the
board (answers the seconds it took, or null); ``{"board": true}`` answers every card's
title; ``{"quit": true}``. Each command is answered with one JSON line.
"""

from __future__ import annotations

import json
import sys
import time

from app.autosave import Autosaver
from app.document import Document
from app.seats import SeatCoordinator, this_seat
from app.store import Store
from models.operations import AddCard, CardPatch, UpdateCard
from models.phases import Phase
from models.strategy import Card

TICK_SECONDS = 0.05  # the GUI's timer ticks at this rate too


def main(url: str, name: str, strategy_id: str) -> None:
    store = Store.open(url)
    store.seat = this_seat(name)
    document = Document(store.load_strategy(strategy_id))
    saver = Autosaver(store, document)
    seats = SeatCoordinator(store)
    seats.follow(saver)
    seats.strategy_id = strategy_id
    overwritten: list[str] = []
    saver.on_remote = lambda edits: overwritten.extend(o.message for o in edits.overwritten)

    def titles() -> list[str]:
        return sorted(card.title for card in document.strategy.cards.values())

    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        answer: dict[str, object] = {}
        if "add" in command:
            document.apply(AddCard(card=Card(title=command["add"], phase=Phase.DATA)))
            answer = {"pending": saver.pending}
        elif "retitle" in command:
            card = next(
                c for c in document.strategy.cards.values() if c.title == command["retitle"]
            )
            document.apply(
                UpdateCard(
                    card_id=card.id,
                    before=CardPatch(title=card.title),
                    after=CardPatch(title=command["to"]),
                )
            )
            answer = {"pending": saver.pending}
        elif "wait" in command:
            start = time.monotonic()
            deadline = start + float(command.get("timeout", 5))
            took: float | None = None
            while time.monotonic() < deadline:
                seats.tick()
                if set(command["wait"]) <= set(titles()):
                    took = time.monotonic() - start
                    break
                time.sleep(TICK_SECONDS)
            answer = {"took": took}
        elif "board" in command:
            seats.tick()
            answer = {"titles": titles(), "overwritten": overwritten, "pending": saver.pending}
        elif "quit" in command:
            saver.close()
            seats.close()
            store.close()
            print(json.dumps({"bye": True}), flush=True)
            return
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
