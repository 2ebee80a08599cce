"""500 random edits with undo/redo interleaved: scene, document and a fresh load always agree.

Seeded, so a failure replays exactly. Edits go through the same editor calls
the gestures and dialogs use; after every step the scene must show exactly
the document, and a fresh load of the strategy from the database (another
connection) must equal the in-memory strategy, revision included.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPointF

from app.paths import resolve_db_url
from app.store import Store
from models.phases import ALL_PHASES
from models.vocabulary import LinkKind, Role, Status
from tests.views.helpers import scene_agrees

STEPS = 500


class RandomEditor:
    """Picks and performs one random edit (or undo/redo) at a time."""

    def __init__(self, session: Any, library: Any, rng: random.Random) -> None:
        self.session = session
        self.editor = session.editor
        self.library = library
        self.rng = rng
        self.keys = sorted(library.catalog)
        self.capabilities = sorted(library.capabilities)

    @property
    def strategy(self) -> Any:
        return self.session.document.strategy

    def _card(self) -> str | None:
        cards = sorted(self.strategy.cards)
        return self.rng.choice(cards) if cards else None

    def add(self) -> None:
        phase = self.rng.choice(ALL_PHASES)
        point = None
        if self.rng.random() < 0.5:
            origin = self.session.scene.geometry.content_origin(phase)
            point = origin + QPointF(self.rng.uniform(-30, 60), self.rng.uniform(0, 700))
        self.editor.add_catalog_card(self.rng.choice(self.keys), phase, point)

    def move(self) -> None:
        card = self._card()
        if card is not None:
            rect = self.session.scene.geometry.board_rect
            point = QPointF(
                self.rng.uniform(rect.left(), rect.right()), self.rng.uniform(0, rect.bottom())
            )
            self.editor.move_cards([(card, point)])

    def step_phase(self) -> None:
        card = self._card()
        if card is not None:
            self.editor.move_to_phase(card, self.rng.choice((-1, 1)))

    def nudge(self) -> None:
        card = self._card()
        if card is not None:
            self.editor.nudge([card], self.rng.choice((-1, 0, 1)), self.rng.choice((-1, 1)))

    def update(self) -> None:
        card = self._card()
        if card is None:
            return
        field = self.rng.choice(("title", "notes", "owner_role", "status", "capabilities"))
        value: Any = {
            "title": f"Title {self.rng.randrange(10_000)} ✓",
            "notes": "\n".join("note" for _ in range(self.rng.randrange(3))),
            "owner_role": self.rng.choice([None, *Role]),
            "status": self.rng.choice(list(Status)),
            "capabilities": tuple(self.rng.sample(self.capabilities, self.rng.randrange(4))),
        }[field]
        self.editor.update_card(card, **{field: value})

    def link(self) -> None:
        a, b = self._card(), self._card()
        if a is not None and b is not None:
            self.editor.link_cards(a, b, self.rng.choice(list(LinkKind)))

    def relink(self) -> None:
        links = sorted(self.strategy.links)
        if links:
            self.editor.set_link_kind(self.rng.choice(links), self.rng.choice(list(LinkKind)))

    def remove(self) -> None:
        cards = sorted(self.strategy.cards)
        links = sorted(self.strategy.links)
        chosen = self.rng.sample(cards, min(len(cards), self.rng.randrange(1, 3)))
        gone = self.rng.sample(links, min(len(links), self.rng.randrange(0, 2)))
        self.editor.remove(chosen, gone)

    def duplicate(self) -> None:
        cards = sorted(self.strategy.cards)
        self.editor.duplicate(self.rng.sample(cards, min(len(cards), self.rng.randrange(1, 4))))

    def arrange(self) -> None:
        self.editor.arrange_lane(self.rng.choice(ALL_PHASES))

    def rename(self) -> None:
        self.editor.rename_strategy(f"Strategy {self.rng.randrange(1000)}")

    def undo(self) -> None:
        for _ in range(self.rng.randrange(1, 4)):
            if self.session.stack.canUndo():
                self.session.stack.undo()

    def redo(self) -> None:
        for _ in range(self.rng.randrange(1, 4)):
            if self.session.stack.canRedo():
                self.session.stack.redo()

    def actions(self) -> list[tuple[Callable[[], None], int]]:
        return [
            (self.add, 12),
            (self.move, 10),
            (self.step_phase, 5),
            (self.nudge, 5),
            (self.update, 10),
            (self.link, 10),
            (self.relink, 3),
            (self.remove, 5),
            (self.duplicate, 3),
            (self.arrange, 2),
            (self.rename, 1),
            (self.undo, 12),
            (self.redo, 8),
        ]

    def step(self) -> str:
        actions = self.actions()
        action = self.rng.choices([a for a, _ in actions], weights=[w for _, w in actions])[0]
        action()
        return action.__name__


@pytest.mark.parametrize("seed", [20261129])
def test_500_random_operations_keep_scene_document_and_store_in_agreement(
    harness: Any, seed: int
) -> None:
    session = harness.session
    rng = random.Random(seed)
    driver = RandomEditor(session, harness.workbench.library, rng)
    reader = Store.open(resolve_db_url(str(harness.db)))
    kinds: dict[str, int] = {}
    try:
        for number in range(STEPS):
            name = driver.step()
            kinds[name] = kinds.get(name, 0) + 1
            scene_agrees(session)
            fresh = reader.load_strategy(session.strategy_id)
            assert fresh.model_dump() == session.document.strategy.model_dump(), (number, name)
    finally:
        reader.close()
    assert set(kinds) == {a.__name__ for a, _ in driver.actions()}
    assert session.document.revision > STEPS / 2
