"""User workflows of the workbench that go through dialogs or the clipboard.

Split from ``views.workbench`` (which opens things and keeps state) so each
file stays readable. Every dialog runs through ``run_dialog``/``confirm``/
``ask_text``, the one seam tests replace to answer a dialog by keyboard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPalette, QUndoGroup
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from app.i18n import translate
from app.store import StoreError
from models.content import Scenario
from models.phases import Phase
from models.strategy import Strategy
from models.workshop_ops import PutScenario
from views.clipboard import ClipboardError, decode, encode
from views.dialogs.choose import LinkDialog, PhaseDialog
from views.dialogs.custom_card import CustomCardDialog
from views.dialogs.workshop import NewStrategyDialog, TeamsDialog, WorkshopDialog
from views.screen_fit import available, columns, fit_to_screen
from views.theme import Theme

if TYPE_CHECKING:
    from views.workbench import Workbench


class Workflows(QObject):
    """Dialog-driven actions; mixed into ``Workbench``.

    Signals:
        session_changed(object): the strategy on the canvas changed; the argument
            is the new ``StrategySession`` or None. Later panels (findings,
            drills) follow the open strategy through this.
    """

    session_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.undo_group = QUndoGroup(self)
        self.presenting = False
        self._hidden_docks: list = []

    @property
    def _wb(self) -> Workbench:
        return self  # type: ignore[return-value]  # always mixed into Workbench

    # -- dialog seam ---------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog (never larger than the screen); True if accepted."""
        dialog.adjustSize()
        fit_to_screen(dialog, available(self._wb.window))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (default: No)."""
        answer = QMessageBox.question(
            self._wb.window,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_quit(self, title: str, text: str) -> bool:
        """Ask whether to quit although edits were not saved (default: keep the window open)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._wb.window)
        quit_button = box.addButton(
            translate("workflows", "Quit anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("workflows", "Keep the window open"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is quit_button

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """Ask for one line of text; None if cancelled."""
        value, ok = QInputDialog.getText(self._wb.window, title, label, text=text)
        return value if ok else None

    # -- cards ---------------------------------------------------------------------------------

    def _dropped(self, key: str, phase: str, x: float, y: float) -> None:
        wb = self._wb
        if wb.session is None:
            wb.show_message(translate("workflows", "Open a strategy first."))
            return
        card_id = wb.session.editor.add_catalog_card(key, Phase(phase), QPointF(x, y))
        if card_id is not None:
            wb.view.focus_card(card_id)

    def place_from_catalog(self, key: str) -> None:
        """Keyboard placing: choose a lane for a catalog entry, then put it in a free slot."""
        wb = self._wb
        if wb.session is None or wb.library is None or key not in wb.library.catalog:
            return
        entry = wb.library.catalog[key]
        dialog = PhaseDialog(
            translate("workflows", "Place card"), entry.title, entry.phase, wb.window
        )
        if not self.run_dialog(dialog):
            return
        card_id = wb.session.editor.add_catalog_card(key, dialog.chosen(), None)
        if card_id is not None:
            wb.view.setFocus()
            wb.view.focus_card(card_id)

    def add_custom_card(self) -> None:
        """Create a team's own practice through the custom-card dialog."""
        wb = self._wb
        if wb.session is None or wb.library is None:
            return
        card = wb.view.focused_card()
        phase = card.card.phase if card is not None else Phase.DATA
        dialog = CustomCardDialog(wb.library.capabilities, phase, wb.window)
        if not self.run_dialog(dialog) or dialog.card is None:
            return
        place = wb.session.editor.new_placement(dialog.card.phase)
        built = dialog.card.model_copy(update={"x": place.x, "y": place.y})
        card_id = wb.session.editor.add_card(built)
        if card_id is not None:
            wb.view.focus_card(card_id)

    def focused_card_id(self) -> str | None:
        """The card the keyboard commands act on."""
        item = self._wb.view.focused_card()
        return item.card_id if item is not None else None

    def link_card(self, source_id: str | None = None) -> None:
        """Keyboard linking: choose the target card and the kind."""
        wb = self._wb
        source_id = source_id or self.focused_card_id()
        if wb.session is None or source_id is None:
            wb.show_message(translate("workflows", "Select a card to link from first."))
            return
        dialog = LinkDialog(wb.session.document.strategy, source_id, wb.window)
        if not self.run_dialog(dialog):
            return
        chosen = dialog.chosen()
        if chosen is not None:
            wb.session.editor.link_cards(source_id, chosen[0], chosen[1])

    def move_card_to_phase(self, card_id: str | None = None) -> None:
        """Move a card to a lane chosen from a list."""
        wb = self._wb
        card_id = card_id or self.focused_card_id()
        if wb.session is None or card_id is None:
            return
        card = wb.session.document.strategy.cards[card_id]
        dialog = PhaseDialog(translate("workflows", "Move card"), card.title, card.phase, wb.window)
        if self.run_dialog(dialog):
            wb.session.editor.set_phase(card_id, dialog.chosen())
            wb.view.focus_card(card_id)

    def step_phase(self, step: int) -> None:
        """Move the focused card to the previous (-1) or next (+1) lane."""
        wb = self._wb
        card_id = self.focused_card_id()
        if wb.session is not None and card_id is not None:
            wb.session.editor.move_to_phase(card_id, step)
            wb.view.focus_card(card_id)

    def nudge(self, dx: int, dy: int) -> None:
        """Move the selected cards one grid step (merged into one undo step while repeated)."""
        wb = self._wb
        if wb.session is not None:
            wb.session.editor.nudge(wb.session.scene.selected_card_ids(), dx, dy)

    def delete_selection(self) -> None:
        """Delete the selected cards and links."""
        wb = self._wb
        if wb.session is not None:
            scene = wb.session.scene
            wb.session.editor.remove(scene.selected_card_ids(), scene.selected_link_ids())

    def duplicate_selection(self) -> None:
        """Duplicate the selected cards (and the links among them)."""
        wb = self._wb
        if wb.session is not None:
            new = wb.session.editor.duplicate(wb.session.scene.selected_card_ids())
            wb.session.scene.select_only(new)

    def arrange_lane(self) -> None:
        """Tidy the lane of the focused card (or every lane when nothing is focused)."""
        wb = self._wb
        if wb.session is None:
            return
        item = wb.view.focused_card()
        if item is not None:
            wb.session.editor.arrange_lane(item.card.phase)

    def use_catalog_titles(self) -> None:
        """Card › Catalog titles in this language: retitle the cards still worded as the
        catalog in another language (titles the team edited stay)."""
        wb = self._wb
        if wb.session is None:
            return
        count = wb.session.editor.use_catalog_titles()
        if count:
            text = translate("workflows", "%n card(s) now have the catalog's title.", None, count)
        else:
            text = translate(
                "workflows", "Every catalog card already has its title in this language."
            )
        wb.show_message(text)

    def offer_catalog_titles(self, session: object) -> None:
        """On opening a strategy, say if cards carry the catalog's titles in another language."""
        from app import edits

        wb = self._wb
        current = wb.session
        if current is None or current is not session:
            return
        count = len(edits.catalog_retitling(current.document.strategy, wb.library))
        if count:
            wb.show_message(
                translate(
                    "workflows",
                    "%n card(s) carry the catalog's title in another language: "
                    "Card › Catalog titles in this language shows them in yours.",
                    None,
                    count,
                )
            )

    def copy_selection(self) -> None:
        """Copy the selected cards to the clipboard in our own format."""
        wb = self._wb
        if wb.session is None:
            return
        ids = wb.session.scene.selected_card_ids()
        if not ids:
            wb.show_message(translate("workflows", "Select cards to copy first."))
            return
        QGuiApplication.clipboard().setMimeData(encode(wb.session.document.strategy, ids))
        wb.show_message(translate("workflows", "Copied {n} cards.").format(n=len(ids)))

    def paste(self) -> None:
        """Paste copied cards (from this or another strategy) into free slots."""
        wb = self._wb
        if wb.session is None:
            return
        try:
            cards, links = decode(QGuiApplication.clipboard().mimeData())
        except ClipboardError as err:
            wb.show_message(str(err))
            return
        new = wb.session.editor.insert_copies(cards, links, translate("workflows", "Paste"))
        wb.session.scene.select_only(new)

    # -- workshops and strategies --------------------------------------------------------------

    def new_workshop(self) -> None:
        """Create an empty workshop and switch to it."""
        wb = self._wb
        dialog = WorkshopDialog(wb.window)
        if wb.store is None or not self.run_dialog(dialog) or dialog.workshop is None:
            return
        try:
            wb.store.save_workshop(dialog.workshop)
        except StoreError as err:
            wb.report_error(translate("workflows", "Not saved"), str(err))
            return
        wb.switch_workshop(dialog.workshop.id)

    def edit_teams(self) -> None:
        """Edit the current workshop's teams and members."""
        wb = self._wb
        if wb.store is None or wb.workshop is None:
            return
        before = wb.workshop
        dialog = TeamsDialog(before, wb.window)
        if not self.run_dialog(dialog) or dialog.result_workshop is None:
            return
        # One operation per team changed, against what the dialog showed: another seat's
        # teams added meanwhile stay; the step is undoable (Edit › Undo).
        wb.seating.save_workshop_edits(
            before, dialog.result_workshop, translate("workflows", "Edit teams")
        )

    def _scenarios(self) -> list[Scenario]:
        wb = self._wb
        assert wb.store is not None and wb.library is not None and wb.workshop is not None
        own = {s.key: s for s in wb.store.list_scenarios(wb.workshop.id)}
        return [*own.values(), *(s for k, s in wb.library.scenarios.items() if k not in own)]

    def new_strategy(self) -> None:
        """Start a strategy for a team from a scenario (its profile is copied)."""
        wb = self._wb
        if wb.store is None or wb.workshop is None:
            wb.show_message(translate("workflows", "Create a workshop first."))
            return
        scenarios = self._scenarios()
        dialog = NewStrategyDialog(wb.workshop.teams, scenarios, wb.window)
        if not self.run_dialog(dialog):
            return
        team_id, key, name = dialog.values()
        scenario = next(s for s in scenarios if s.key == key)
        from app.demo import suggested_packs

        strategy = Strategy(
            workshop_id=wb.workshop.id,
            team_id=team_id,
            scenario_key=key,
            name=name,
            profile=scenario.profile,
            packs=suggested_packs(scenario.profile),
        )
        try:
            if key not in {s.key for s in wb.store.list_scenarios(wb.workshop.id)}:
                workshop = wb.seating.workshop_document()
                if workshop is None:
                    return  # the reason is in the status bar
                workshop.apply(PutScenario(key=key, after=scenario))  # logged, other seats hear
            wb.store.create_strategy(strategy)
        except StoreError as err:
            wb.report_error(translate("workflows", "Not saved"), str(err))
            return
        wb.open_strategy(strategy.id)

    def rename_strategy(self) -> None:
        """Rename the open strategy (an undoable operation like any edit)."""
        wb = self._wb
        if wb.session is None:
            return
        name = self.ask_text(
            translate("workflows", "Rename strategy"),
            translate("workflows", "New name:"),
            wb.session.document.strategy.name,
        )
        if name is not None and wb.session.editor.rename_strategy(name):
            wb.refresh_strategy_list()
            wb.window.setWindowTitle(
                translate("shell", "{name} — MLOps Lifecycle Canvas").format(name=name.strip())
            )

    def delete_strategy(self) -> None:
        """Delete the open strategy after confirmation (with its history)."""
        wb = self._wb
        if wb.session is None or wb.store is None:
            return
        session = wb.session
        name = session.document.strategy.name
        if not self.confirm(
            translate("workflows", "Delete strategy"),
            translate(
                "workflows",
                "Delete “{name}” with all its cards and history? This cannot be undone.",
            ).format(name=name),
        ):
            return
        session.autosaver.close()
        try:
            wb.store.delete_strategy(session.strategy_id)
        except StoreError as err:
            wb.report_error(translate("workflows", "Not deleted"), str(err))
            return
        del wb.sessions[session.strategy_id]
        session.scene.set_document(None)
        session.stack.deleteLater()
        wb.session = None
        wb.open_strategy(None)

    # -- shared-screen view --------------------------------------------------------------------

    def toggle_presentation(self, on: bool) -> None:
        """Full screen with every dock hidden, the board fitted (and back)."""
        wb = self._wb
        if on == self.presenting:
            return
        self.presenting = on
        if on:
            self._hidden_docks = [d for d in wb.docks if d.isVisible()]
            self._was_maximised = wb.window.isMaximized()
            for dock in self._hidden_docks:
                dock.hide()
            if wb.rail is not None:
                wb.rail.hide()
            wb.window.showFullScreen()
        else:
            for dock in self._hidden_docks:
                dock.show()
            if wb.rail is not None:
                wb.rail.show()
                wb.rail.sync()
            if getattr(self, "_was_maximised", False):
                wb.window.showMaximized()
            else:
                wb.window.showNormal()
        wb.view.zoom_to_width()

    def set_font_scale(self, scale: float, *, resize_docks: bool = True) -> None:
        """Enlarge canvas and docks for a projector (1.0–2.0), remembered in QSettings.

        Args:
            scale: 1.0 = 100%.
            resize_docks: widen the side docks with the text (not at start-up, where
                the remembered layout wins).
        """
        wb = self._wb
        scale = min(2.0, max(1.0, scale))
        wb.settings.setValue("view/font_scale", scale)
        wb.view.set_font_scale(scale)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            base = getattr(self, "_base_point_size", None)
            if base is None:
                base = app.font().pointSizeF()
                self._base_point_size = base
            font = app.font()
            font.setPointSizeF(base * scale)
            app.setFont(font)
            # The zoom figure keeps room for "400%" in the new type.
            wb.zoom_label.setMinimumWidth(QFontMetrics(font).horizontalAdvance("0000%") + 4)
        if wb.rail is not None:
            wb.rail.set_font_scale(scale)
        if resize_docks:
            # Docks grow with the text, but less than it, so the canvas keeps most room.
            size = columns(wb.window.width(), scale)
            wb.window.resizeDocks(
                [wb.palette, wb.inspector], [size.left, size.right], Qt.Orientation.Horizontal
            )

    def set_high_contrast(self, on: bool) -> None:
        """Switch canvas and panels to black on white (or back), remembered in QSettings."""
        wb = self._wb
        wb.settings.setValue("view/high_contrast", on)
        wb.theme = Theme(high_contrast=on)
        for session in wb.sessions.values():
            session.scene.apply_theme(wb.theme)
        wb.empty_scene.apply_theme(wb.theme)
        apply_panel_contrast(on)


def apply_panel_contrast(on: bool) -> None:
    """Give every widget a black-on-white palette with a black selection (or the style's own)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style = app.style()
    if not on:
        app.setPalette(style.standardPalette())
        return
    palette = QPalette(style.standardPalette())
    black, white = QColor("#000000"), QColor("#FFFFFF")
    for role, color in (
        (QPalette.ColorRole.Window, white),
        (QPalette.ColorRole.WindowText, black),
        (QPalette.ColorRole.Base, white),
        (QPalette.ColorRole.AlternateBase, QColor("#EDEDED")),
        (QPalette.ColorRole.Text, black),
        (QPalette.ColorRole.Button, white),
        (QPalette.ColorRole.ButtonText, black),
        (QPalette.ColorRole.Highlight, black),
        (QPalette.ColorRole.HighlightedText, white),
        (QPalette.ColorRole.ToolTipBase, white),
        (QPalette.ColorRole.ToolTipText, black),
        (QPalette.ColorRole.PlaceholderText, QColor("#333333")),
    ):
        palette.setColor(role, color)
    app.setPalette(palette)
