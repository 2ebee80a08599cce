"""The integration recipe of the checker and drills widgets, as the main window would wire them.

Built on the same pieces a ``StrategySession`` has (document, scene, undo stack,
editor), so the tests prove the signals lead to the right undoable operations.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from app.checker import Checker, PackSet
from app.document import Change, Document
from app.drills import load_events, load_simulation
from app.resources import ContentLibrary
from models.findings import CheckResult
from models.operations import Operation, SetPacks, SetProfile
from models.profile import Profile
from models.strategy import Strategy
from views.canvas.scene import CanvasScene
from views.dialogs.profile import ProfilePanel
from views.docks.drills import DrillsDock
from views.docks.findings import FindingsDock, card_badges
from views.editor import StrategyEditor
from views.widgets.coverage import CoverageMeters


class Wiring:
    """One strategy's document, scene and editor with the findings, coverage, profile and drills."""

    def __init__(self, strategy: Strategy, library: ContentLibrary, packs: PackSet) -> None:
        self.library = library
        self.document = Document(strategy)
        self.scene = CanvasScene()
        self.scene.set_document(self.document)
        self.stack = QUndoStack()
        self.editor = StrategyEditor(self.document, self.scene, library, self.stack)
        events = load_events(capabilities=library.capabilities).events
        # As the main window does: one load of the drill events, shared by the checker
        # (its ranking weighs each gap by their harm) and the drills dock.
        self.checker = Checker(packs, library, library.capabilities, events=events)
        self.findings = FindingsDock(packs, library)
        self.coverage = CoverageMeters(packs.packs)
        self.profile = ProfilePanel(packs, strategy.profile, strategy.packs)
        self.drills = DrillsDock(events, load_simulation(), library)
        self.result: CheckResult = self.checker.check(strategy)
        # Views → document (intent → one undoable operation each).
        self.findings.fix_requested.connect(self.add_practice)
        self.drills.fix_requested.connect(self.add_practice)
        self.drills.close_requested.connect(self.push)
        self.profile.profile_edited.connect(self.set_profile)
        self.profile.packs_edited.connect(self.set_packs)
        # Views → canvas.
        self.findings.cards_selected.connect(self.scene.highlight)
        self.drills.cards_selected.connect(self.scene.highlight)
        self.drills.step_cards.connect(lambda cards, _label: self.scene.highlight(cards))
        self.coverage.pack_activated.connect(self.findings.set_pack_filter)
        # Document → views.
        self.document.add_listener(self.on_change)
        self.findings.set_strategy(self.document.strategy)
        self.drills.set_strategy(self.document.strategy)
        self.recheck()

    def add_practice(self, key: str) -> None:
        entry = self.library.catalog[key]
        self.editor.add_catalog_card(key, entry.phase, None)

    def push(self, op: Operation, text: str) -> None:
        self.editor.push(op, text)

    def set_profile(self, old: Profile, new: Profile) -> None:
        self.editor.push(SetProfile(before=old, after=new), "Edit profile")

    def set_packs(self, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        self.editor.push(SetPacks(before=old, after=new), "Choose rule packs")

    def recheck(self) -> None:
        strategy = self.document.strategy
        self.result = self.checker.check(strategy)
        self.findings.set_result(self.result, strategy=strategy)
        self.coverage.set_coverage(self.result.coverage)
        for card_id, badges in card_badges(self.result, strategy.cards).items():
            self.scene.set_badges(card_id, badges)

    def on_change(self, document: Document, change: Change) -> None:
        self.recheck()
        self.drills.strategy_changed()
        if "profile" in change.strategy_fields:
            self.profile.set_profile(document.strategy.profile)
        if "packs" in change.strategy_fields:
            self.profile.set_packs(document.strategy.packs)
