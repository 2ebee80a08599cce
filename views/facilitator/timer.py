"""The agenda timer: a controller over the pure state machine, a large shared-screen panel
and a compact variant for a toolbar or status bar.

The displays observe a ``TimerController`` (``views.facilitator.timer_control``,
re-exported here): a ``QTimer`` polls the pure state machine a few times a
second; nothing sleeps or opens a modal dialog, so the timer never holds up
editing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.review.timer import StageEnded, TimerState, TimerView
from views.facilitator.common import agenda_stage_about, agenda_stage_label, font, named
from views.facilitator.timer_control import TimerController

FLASH_MS = 450
FLASH_TIMES = 6  # on/off changes: three flashes, gentle enough for a room
OVERRUN_COLOUR = "#D55E00"
FLASH_COLOUR = "#FFE08A"


def _toggle_text(state: TimerState) -> str:
    return {
        TimerState.READY: translate("facilitator", "Start"),
        TimerState.RUNNING: translate("facilitator", "Pause"),
        TimerState.PAUSED: translate("facilitator", "Resume"),
        TimerState.FINISHED: translate("facilitator", "Start"),
    }[state]


def _state_text(view: TimerView) -> str:
    if view.state is TimerState.FINISHED:
        return translate("facilitator", "The agenda is over")
    if view.overrun:
        return translate("facilitator", "Over time")
    return {
        TimerState.READY: translate("facilitator", "Ready"),
        TimerState.RUNNING: translate("facilitator", "Running"),
        TimerState.PAUSED: translate("facilitator", "Paused"),
    }.get(view.state, "")


def _next_text(view: TimerView) -> str:
    if view.state is TimerState.FINISHED:
        return ""
    if view.next_stage is None:
        return translate("facilitator", "Last stage of the agenda")
    return translate("facilitator", "Next: {stage} · {minutes} min").format(
        stage=agenda_stage_label(view.next_stage.name), minutes=view.next_stage.minutes
    )


__all__ = ["CompactTimer", "TimerController", "TimerPanel"]


class TimerPanel(QWidget):
    """The large timer for the shared screen: stage, time left, next stage, progress.

    Several panels (a docked one and a full-screen one) can show one controller.
    """

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("timer_panel")
        named(
            self,
            translate("facilitator", "Agenda timer"),
            translate(
                "facilitator", "The workshop's current stage, its time left and the next stage."
            ),
        )
        self.setAutoFillBackground(True)
        self._base_palette = QPalette(self.palette())
        self._flash_left = 0
        self._flasher = QTimer(self)
        self._flasher.setInterval(FLASH_MS)
        self._flasher.timeout.connect(self._flash_step)
        self._presenter: TimerPanel | None = None
        self._build()
        controller.changed.connect(self.refresh)
        controller.options_changed.connect(self._sync_options)
        controller.stage_ended.connect(self._stage_ended)
        controller.refused.connect(self.message.setText)
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # The type follows the panel's size (resizeEvent), so its text must not set a
        # minimum size: the panel then fits any window, down to a 1366×768 laptop's.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(32, 24, 32, 24)
        self.position = self._label(
            translate("facilitator", "Stage position"), Qt.AlignmentFlag.AlignLeft
        )
        self.stage_name = self._label(
            translate("facilitator", "Current stage"), Qt.AlignmentFlag.AlignCenter
        )
        self.stage_name.setWordWrap(True)
        self.stage_about = self._label(
            translate("facilitator", "About this stage"), Qt.AlignmentFlag.AlignCenter
        )
        self.stage_about.setWordWrap(True)
        self.clock = self._label(
            translate("facilitator", "Time left"), Qt.AlignmentFlag.AlignCenter
        )
        self.state_label = self._label(
            translate("facilitator", "Timer state"), Qt.AlignmentFlag.AlignCenter
        )
        self.progress = named(
            QProgressBar(),
            translate("facilitator", "Stage progress"),
            translate("facilitator", "Share of the stage used"),
        )
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.next_label = self._label(
            translate("facilitator", "Next stage"), Qt.AlignmentFlag.AlignCenter
        )
        self.message = self._label(
            translate("facilitator", "Timer message"), Qt.AlignmentFlag.AlignCenter
        )
        layout.addWidget(self.position)
        layout.addStretch(1)
        layout.addWidget(self.stage_name)
        layout.addWidget(self.stage_about)
        layout.addWidget(self.clock)
        layout.addWidget(self.state_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(self._controls())

    def _label(self, name: str, align: Qt.AlignmentFlag) -> QLabel:
        label = named(QLabel(), name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(align)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.toggle_button = self._button(
            "", translate("facilitator", "Start, pause or resume the timer")
        )
        self.toggle_button.clicked.connect(lambda: self._command(self.controller.toggle))
        self.skip_button = self._button(
            translate("facilitator", "Skip stage"),
            translate("facilitator", "End this stage and start the next"),
        )
        self.skip_button.clicked.connect(lambda: self._command(self.controller.skip))
        self.extend_button = self._button(
            translate("facilitator", "+5 min"),
            translate("facilitator", "Give this stage five more minutes"),
        )
        self.extend_button.clicked.connect(lambda: self._command(self.controller.extend))
        self.reset_button = self._button(
            translate("facilitator", "Reset"),
            translate("facilitator", "Back to the first stage, stopped"),
        )
        self.reset_button.clicked.connect(lambda: self._command(self.controller.reset))
        self.full_button = self._button(
            translate("facilitator", "Full screen"),
            translate("facilitator", "Show the timer on the whole screen"),
        )
        self.full_button.clicked.connect(self.toggle_full_screen)
        self.chime_box = named(
            QCheckBox(translate("facilitator", "Chime")),
            translate("facilitator", "Chime"),
            translate("facilitator", "A short sound when a stage's time is up"),
        )
        self.chime_box.setChecked(self.controller.chime)
        self.chime_box.toggled.connect(self._set_chime)
        self.chime_box.setObjectName("timer_chime")
        self.flash_box = named(
            QCheckBox(translate("facilitator", "Flash")),
            translate("facilitator", "Flash"),
            translate("facilitator", "Flash the timer when a stage's time is up"),
        )
        self.flash_box.setChecked(self.controller.flash)
        self.flash_box.toggled.connect(self._set_flash)
        self.flash_box.setObjectName("timer_flash")
        self.auto_box = named(
            QCheckBox(translate("facilitator", "Move on by itself")),
            translate("facilitator", "Move on by itself"),
            translate(
                "facilitator",
                "When unticked, a stage whose time is up stays and counts the overrun",
            ),
        )
        self.auto_box.setChecked(self.controller.timer.auto_advance)
        self.auto_box.toggled.connect(self.controller.set_auto_advance)
        self._controls_widgets: list[QWidget] = [
            self.toggle_button,
            self.skip_button,
            self.extend_button,
            self.reset_button,
            self.chime_box,
            self.flash_box,
            self.auto_box,
            self.full_button,
        ]
        for button in (self.toggle_button, self.skip_button, self.extend_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        for widget in (self.chime_box, self.flash_box, self.auto_box, self.full_button):
            row.addWidget(widget)
        return row

    def _button(self, text: str, description: str) -> QPushButton:
        button = named(QPushButton(text), text or description, description)
        button.setMinimumHeight(44)
        return button

    def _command(self, command: Callable[[], None]) -> None:
        # A fresh command makes the last message stale; a refusal sets a new one.
        self.message.setText("")
        command()

    def _set_chime(self, on: bool) -> None:
        self.controller.chime = on

    def _set_flash(self, on: bool) -> None:
        self.controller.flash = on

    def _sync_options(self) -> None:
        """Show the controller's chime and flash choice (set from another display)."""
        for box, on in (
            (self.chime_box, self.controller.chime),
            (self.flash_box, self.controller.flash),
        ):
            if box.isChecked() != on:
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)

    @property
    def flash_enabled(self) -> bool:
        """Whether this display flashes when a stage's time is up (the controller's choice)."""
        return self.controller.flash

    @flash_enabled.setter
    def flash_enabled(self, on: bool) -> None:
        self.controller.flash = on

    # -- display ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw from the controller's current view."""
        view = self.controller.view()
        stages = self.controller.timer.agenda.stages
        if view.stage is None or view.index is None:
            self.stage_name.setText(translate("facilitator", "Agenda complete"))
            self.stage_about.setText("")
            self.position.setText(
                translate("facilitator", "All {count} stages done").format(count=len(stages))
            )
            self.clock.setText("0:00")
        else:
            self.stage_name.setText(agenda_stage_label(view.stage.name))
            self.stage_about.setText(agenda_stage_about(view.stage.description))
            self.position.setText(
                translate("facilitator", "Stage {number} of {count}").format(
                    number=view.index + 1, count=len(stages)
                )
            )
            self.clock.setText(view.clock_text)
        self.clock.setAccessibleDescription(
            translate("facilitator", "{time} left").format(time=view.clock_text)
            if not view.overrun
            else translate("facilitator", "{time} over time").format(
                time=view.clock_text.lstrip("-")
            )
        )
        colour = (
            OVERRUN_COLOUR if view.overrun else self.palette().color(QPalette.ColorRole.WindowText)
        )
        self.clock.setStyleSheet(f"color: {QColor(colour).name()};")
        self.state_label.setText(_state_text(view))
        self.progress.setValue(round(view.progress * 1000))
        self.next_label.setText(_next_text(view))
        text = _toggle_text(view.state)
        self.toggle_button.setText(text)
        self.toggle_button.setAccessibleName(text)
        running = view.state is not TimerState.FINISHED
        self.toggle_button.setEnabled(running)
        self.skip_button.setEnabled(running)
        self.extend_button.setEnabled(running)

    def _stage_ended(self, event: StageEnded) -> None:
        if event.skipped:
            return
        self.message.setText(
            translate("facilitator", "Time is up for {stage}.").format(
                stage=agenda_stage_label(event.stage.name)
            )
        )
        if self.flash_enabled:
            self._flash_left = FLASH_TIMES
            self._flasher.start()
            self._flash_step()

    @property
    def flashing(self) -> bool:
        """Whether the panel is flashing now."""
        return self._flasher.isActive()

    def _flash_step(self) -> None:
        if self._flash_left <= 0:
            self._flasher.stop()
            self.setPalette(self._base_palette)
            return
        palette = QPalette(self._base_palette)
        if self._flash_left % 2 == 0:
            palette.setColor(QPalette.ColorRole.Window, QColor(FLASH_COLOUR))
        self.setPalette(palette)
        self._flash_left -= 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the panel so the clock fills a projector screen."""
        super().resizeEvent(event)
        # Everything stacked takes about 760 px at scale 1 plus margins and controls.
        scale = max(0.3, min(self.width() / 1600, (self.height() - 130) / 790))
        self.clock.setFont(self._pixels(300 * scale, bold=True))
        self.stage_name.setFont(self._pixels(110 * scale, bold=True))
        for label in (self.next_label, self.state_label):
            label.setFont(self._pixels(44 * scale))
        for label in (self.position, self.message, self.stage_about):
            label.setFont(self._pixels(32 * scale))
        controls = self._pixels(22 * scale)
        for widget in self._controls_widgets:
            widget.setFont(controls)
            widget.setMinimumHeight(max(32, round(56 * scale)))
        self.progress.setFixedHeight(max(10, round(26 * scale)))

    @staticmethod
    def _pixels(size: float, bold: bool = False) -> QFont:
        result = font(12, bold)
        result.setPixelSize(max(12, round(size)))
        return result

    # -- full screen -----------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        """A top-level panel toggles full screen; an embedded one opens a full-screen twin."""
        if self.isWindow():
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        if self._presenter is not None:
            self._presenter.close()
            self._presenter = None
            return
        presenter = TimerPanel(self.controller)
        presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        presenter.setWindowTitle(translate("facilitator", "Agenda timer"))
        presenter.destroyed.connect(self._presenter_gone)
        self._presenter = presenter
        presenter.showFullScreen()

    @property
    def presenter(self) -> TimerPanel | None:
        """The full-screen twin opened from this embedded panel, if any."""
        return self._presenter

    def _presenter_gone(self) -> None:
        self._presenter = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc leaves full screen (closing a full-screen twin); F11 toggles it."""
        if event.key() == Qt.Key.Key_Escape and self.isWindow() and self.isFullScreen():
            if self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
                self.close()
            else:
                self.showNormal()
            event.accept()
            return
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close a full-screen twin along with its embedded panel."""
        if self._presenter is not None:
            self._presenter.close()
        super().closeEvent(event)


class CompactTimer(QWidget):
    """A one-line timer for a toolbar or status bar: stage, time left, start/pause.

    Signals:
        expand_requested(): the user asked for the large timer.
    """

    expand_requested = Signal()

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        named(
            self,
            translate("facilitator", "Agenda timer (compact)"),
            translate("facilitator", "Current stage and time left"),
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        self.label = named(QLabel(), translate("facilitator", "Stage and time left"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setFont(font(13, bold=True))
        self.toggle_button = named(
            QPushButton(), translate("facilitator", "Start or pause the timer")
        )
        self.toggle_button.clicked.connect(controller.toggle)
        self.expand_button = named(
            QPushButton(translate("facilitator", "Timer…")),
            translate("facilitator", "Show the large timer"),
            translate("facilitator", "Open the large agenda timer"),
        )
        self.expand_button.clicked.connect(self.expand_requested)
        row.addWidget(self.label)
        row.addWidget(self.toggle_button)
        row.addWidget(self.expand_button)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the controller's current view."""
        view = self.controller.view()
        if view.stage is None:
            text = translate("facilitator", "Agenda complete")
        elif view.overrun:
            text = translate("facilitator", "{stage} · {time} over").format(
                stage=agenda_stage_label(view.stage.name), time=view.clock_text.lstrip("-")
            )
        else:
            text = translate("facilitator", "{stage} · {time}").format(
                stage=agenda_stage_label(view.stage.name), time=view.clock_text
            )
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        colour = (
            OVERRUN_COLOUR if view.overrun else self.palette().color(QPalette.ColorRole.WindowText)
        )
        self.label.setStyleSheet(f"color: {QColor(colour).name()};")
        toggle = _toggle_text(view.state)
        self.toggle_button.setText(toggle)
        self.toggle_button.setAccessibleName(toggle)
        self.toggle_button.setEnabled(view.state is not TimerState.FINISHED)
