"""The five stages of the workshop day, matched to the agenda, and the offer bar.

An agenda's stages have names, not keys: a stage is matched to a day stage by
its name ("Explore", "Explore the lifecycle") and, failing that, by its place
when the agenda has exactly five stages. When the agenda timer moves to a new
stage, the offer bar above the canvas says so and offers that stage's view;
F12 opens it at any time.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.i18n import translate
from models.review import Agenda


class DayStage(StrEnum):
    """The workshop's five stages (the 5E model)."""

    ENGAGE = "engage"
    EXPLORE = "explore"
    EXPLAIN = "explain"
    ELABORATE = "elaborate"
    EVALUATE = "evaluate"

    @property
    def label(self) -> str:
        """The stage's name as shown."""
        return {
            DayStage.ENGAGE: translate("facilitator", "Engage"),
            DayStage.EXPLORE: translate("facilitator", "Explore"),
            DayStage.EXPLAIN: translate("facilitator", "Explain"),
            DayStage.ELABORATE: translate("facilitator", "Elaborate"),
            DayStage.EVALUATE: translate("facilitator", "Evaluate"),
        }[self]

    @property
    def offer(self) -> str:
        """What the stage's view is, as the offer and the day page name it."""
        return {
            DayStage.ENGAGE: translate("facilitator", "Present a case study full screen"),
            DayStage.EXPLORE: translate("facilitator", "Open the guided drill for teams"),
            DayStage.EXPLAIN: translate("facilitator", "Show the phase guide as slides"),
            DayStage.ELABORATE: translate("facilitator", "Back to the canvas"),
            DayStage.EVALUATE: translate("facilitator", "Present this team's plan"),
        }[self]

    @property
    def about(self) -> str:
        """One line on what happens in the stage."""
        return {
            DayStage.ENGAGE: translate(
                "facilitator", "A real failed public-sector AI project, on the shared screen."
            ),
            DayStage.EXPLORE: translate(
                "facilitator",
                "Teams throw what-if events at their board, watch them travel, and note what "
                "they observe and the questions it raises.",
            ),
            DayStage.EXPLAIN: translate(
                "facilitator", "The six lanes and governance, one slide at a time."
            ),
            DayStage.ELABORATE: translate(
                "facilitator", "Teams design their strategy on the canvas."
            ),
            DayStage.EVALUATE: translate(
                "facilitator",
                "Teams present; rubric and peer feedback; then everyone reflects on their own.",
            ),
        }[self]


ORDER = tuple(DayStage)


def day_stage(agenda: Agenda, index: int | None) -> DayStage | None:
    """The day stage of the agenda's stage at ``index`` (by name, else by place), or None."""
    if index is None or not 0 <= index < len(agenda.stages):
        return None
    name = agenda.stages[index].name.casefold()
    for stage in ORDER:
        if name.startswith(stage.value) or stage.value in name.split():
            return stage
    if len(agenda.stages) == len(ORDER):
        return ORDER[index]
    return None


class StageOffer(QFrame):
    """A slim bar above the canvas: "Stage 2 of 5 — Explore … [Open …] [Not now]".

    Signals:
        accepted(str): the user opened the offered view (the ``DayStage`` value).
    """

    accepted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("stage_offer")
        self.setAccessibleName(translate("facilitator", "Stage offer"))
        self.setAccessibleDescription(
            translate("facilitator", "The agenda moved on; open the new stage's view here.")
        )
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#stage_offer { background: #FFF4D6; border: 1px solid #B58100; }"
            " #stage_offer QLabel { color: #1F2328; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel()
        self.label.setObjectName("stage_offer_text")
        self.label.setAccessibleName(translate("facilitator", "Stage"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("stage_offer_open")
        self.dismiss_button = QPushButton(translate("facilitator", "Not now"))
        self.dismiss_button.setObjectName("stage_offer_dismiss")
        self.dismiss_button.setAccessibleName(translate("facilitator", "Not now"))
        self.dismiss_button.setAccessibleDescription(
            translate("facilitator", "Hide this offer; F12 opens it later.")
        )
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.dismiss_button)
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(self.hide)
        self.stage: DayStage | None = None
        self.hide()

    def offer(self, stage: DayStage, position: str) -> None:
        """Show the offer for ``stage`` ("Stage 2 of 5" as ``position``)."""
        self.stage = stage
        self.label.setText(
            translate("facilitator", "{position} — {stage}: {about}").format(
                position=position, stage=stage.label, about=stage.about
            )
        )
        text = translate("facilitator", "{offer} (F12)").format(offer=stage.offer)
        self.open_button.setText(text)
        self.open_button.setAccessibleName(stage.offer)
        self.open_button.setAccessibleDescription(text)
        self.show()

    def _open(self) -> None:
        if self.stage is not None:
            self.hide()
            self.accepted.emit(self.stage.value)
