"""One event's chain in the drills dock: its stages, where it breaks, and how to close the gap.

The panel names what is missing at the break (a capability, an owner, a link,
or a card that is still only planned), offers the one operation
``app.drills.closing_operation`` builds for it, and lists the other catalog
practices that provide the missing capability. It only emits intent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from app.drills import closing_operation
from app.i18n import day_number, translate
from models.drills import DrillEvent, Stage, Timeline
from models.operations import Operation
from models.strategy import Strategy
from views.docks.wrap_row import WrapRow
from views.labels import role_label
from views.widgets.marks import named
from views.widgets.wrap_combo import WrapCombo


def stage_label(stage: Stage) -> str:
    """A stage of the chain as shown."""
    return {
        Stage.OCCURRED: translate("drills", "Occurred"),
        Stage.DETECTED: translate("drills", "Detected"),
        Stage.HANDLED: translate("drills", "Handled"),
        Stage.FED_BACK: translate("drills", "Fed back"),
    }[stage]


def chain_steps(timeline: Timeline) -> list[tuple[list[str], str]]:
    """The stepping order: (cards lit so far, label) for each reached stage, then the break.

    Cards accumulate, so each step's list can go straight to ``scene.highlight``.
    """
    lit: list[str] = []
    steps: list[tuple[list[str], str]] = []
    for step in timeline.steps:
        lit.extend(c for c in step.card_ids if c not in lit)
        label = translate("drills", "{stage}, day {day}: {summary}").format(
            stage=stage_label(step.stage),
            day=day_number(step.day),
            summary=step.summary,
        )
        steps.append((list(lit), label))
    broken = timeline.broken
    if broken is not None:
        lit.extend(c for c in broken.card_ids if c not in lit)
        label = translate("drills", "Breaks before “{stage}”: {reason}").format(
            stage=stage_label(broken.stage), reason=broken.reason
        )
        steps.append((list(lit), label))
    return steps


class ChainPanel(QGroupBox):
    """The picked event's stages, its break point and the gap-closing actions.

    Signals:
        close_requested(object, str): the operation that closes the break, and its undo text.
        fix_requested(str): catalog key of an alternative practice to add.
    """

    close_requested = Signal(object, str)
    fix_requested = Signal(str)

    def __init__(self, events: Mapping[str, DrillEvent], library: Any) -> None:
        super().__init__(translate("drills", "Chain of the picked event"))
        named(self, translate("drills", "Chain of the picked event"))
        self._events = events
        self._library = library
        self._strategy: Strategy | None = None
        self._timeline: Timeline | None = None
        layout = QVBoxLayout(self)
        self.steps = QListWidget()
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        named(
            self.steps,
            translate("drills", "Stages of the chain"),
            translate("drills", "Occurred, detected, handled, fed back — or where it breaks."),
        )
        self.break_label = QLabel()
        self.break_label.setWordWrap(True)
        self.break_label.setTextFormat(Qt.TextFormat.PlainText)
        named(self.break_label, translate("drills", "Break point"))
        self.alternatives = WrapCombo()
        self.alternatives.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.alternatives.setMinimumContentsLength(12)
        named(
            self.alternatives,
            translate("drills", "Practices that provide the missing capability"),
            translate("drills", "Pick one and press Add to place it instead of the suggested fix."),
        )
        self.add_button = QPushButton(translate("drills", "A&dd"))
        named(self.add_button, translate("drills", "Add the picked practice"))
        self.close_button = QPushButton(translate("drills", "C&lose the gap"))
        named(
            self.close_button,
            translate("drills", "Close the gap"),
            translate(
                "drills",
                "Add, link, own or start the one thing that mends the chain, as one undoable step.",
            ),
        )
        for button in (self.add_button, self.close_button):
            button.setAutoDefault(True)
        self.add_button.clicked.connect(self._add_alternative)
        self.close_button.clicked.connect(self.close_gap)
        # Side by side while they fit, else on more rows (a French side column).
        self.mending = WrapRow(
            (self.alternatives, self.add_button, self.close_button),
            (1, 0, 0),
            translate("drills", "Mending the chain"),
        )
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.break_label)
        layout.addWidget(self.mending)
        self.show_chain(None, None)

    def show_chain(self, timeline: Timeline | None, strategy: Strategy | None) -> None:
        """Show one traced event on ``strategy`` (None clears the panel)."""
        self._timeline = timeline
        self._strategy = strategy
        self.steps.clear()
        self.alternatives.clear()
        if timeline is None:
            self.break_label.setText("")
            for widget in (self.alternatives, self.add_button, self.close_button):
                widget.setEnabled(False)
            return
        for _cards, label in chain_steps(timeline):
            self.steps.addItem(label)
        broken = timeline.broken
        if broken is None:
            self.break_label.setText(
                translate("drills", "✓ The chain is whole: detected, handled and fed back.")
            )
        else:
            self.break_label.setText(
                translate("drills", "✕ Breaks before “{stage}”. Missing: {missing}.").format(
                    stage=stage_label(broken.stage), missing=self.missing()
                )
            )
        catalog = getattr(self._library, "catalog", {})
        for key in broken.suggestions if broken else ():
            entry = catalog.get(key)
            self.alternatives.addItem(entry.title if entry else key, key)
        self.alternatives.setEnabled(self.alternatives.count() > 0)
        self.add_button.setEnabled(self.alternatives.count() > 0)
        self.close_button.setEnabled(self.closing_operation() is not None)

    def missing(self) -> str:
        """What the break lacks, in words ("" when the chain is whole)."""
        broken = self._timeline.broken if self._timeline else None
        if broken is None:
            return ""
        if broken.capability:
            capability = getattr(self._library, "capabilities", {}).get(broken.capability)
            title = capability.title if capability is not None else broken.capability
            text = translate("drills", "the capability “{title}”").format(title=title)
        elif broken.role is not None:
            text = translate("drills", "an owner ({role})").format(role=role_label(broken.role))
        else:
            text = translate("drills", "a link between the cards")
        if broken.planned:
            cards = self._strategy.cards if self._strategy else {}
            titles = ", ".join(f"“{cards[c].title}”" for c in broken.planned if c in cards)
            text += " " + translate(
                "drills",
                "— cards that would close it are still only planned ({titles}); "
                "put one in progress or in place",
            ).format(titles=titles)
        return text

    def closing_operation(self) -> Operation | None:
        """The one operation that closes the shown break, if one does."""
        timeline = self._timeline
        event = self._events.get(timeline.event_key) if timeline else None
        if self._strategy is None or timeline is None or event is None or not timeline.broken:
            return None
        return closing_operation(timeline, event, self._strategy, self._library)

    def close_gap(self) -> None:
        """Ask for the operation that closes the shown break."""
        op = self.closing_operation()
        if op is not None and self._timeline is not None:
            self.close_requested.emit(
                op,
                translate("drills", "Close the gap: {event}").format(
                    event=self._timeline.event_title
                ),
            )

    def _add_alternative(self) -> None:
        key = self.alternatives.currentData()
        if key:
            self.fix_requested.emit(str(key))
