"""One open strategy: its document, scene, undo stack, editor and autosaver.

Each strategy keeps its own undo stack (all in one ``QUndoGroup``), so
switching strategies and back keeps each one's history. The stack is a
``SessionStack``: when other seats' edits arrive before this seat's were
written, it takes the replayed operations (``views.seating`` tells it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoGroup

from app.autosave import Autosaver, SaveState
from app.document import Document
from app.store import Store
from models.strategy import Strategy
from views.canvas.scene import CanvasScene
from views.commands import SessionStack
from views.editor import CatalogSource, StrategyEditor
from views.theme import Theme


class StrategySession:
    """Everything that belongs to one open strategy."""

    def __init__(
        self,
        strategy: Strategy,
        *,
        store: Store,
        library: CatalogSource,
        theme: Theme,
        group: QUndoGroup,
        on_state: Callable[[StrategySession, SaveState], None],
    ) -> None:
        self.document = Document(strategy)
        self.scene = CanvasScene(theme)
        self.scene.set_document(self.document)
        self.stack = SessionStack(group)
        self.editor = StrategyEditor(self.document, self.scene, library, self.stack)
        self.autosaver = Autosaver(store, self.document, on_state=lambda s: on_state(self, s))

    @property
    def strategy_id(self) -> str:
        """The strategy's id."""
        return self.document.strategy.id

    def close(self) -> bool:
        """Flush and detach; False if edits could not be written (they are lost on exit)."""
        saved = self.autosaver.close()
        self.scene.set_document(None)
        self.stack.clear()
        return saved
