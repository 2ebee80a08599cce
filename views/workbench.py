"""The workbench: opens the database and content, fills the main window, switches strategies.

Created in the first idle tick after the window has painted, so everything
heavy (SQLAlchemy, NetworkX, pydantic, the content files) loads here. A store
that refuses to open is reported in a message box naming the file and what is
wrong; the file is left untouched and the window stays up, empty.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDockWidget,
    QLabel,
    QMessageBox,
    QScrollArea,
    QUndoView,
)

from app.autosave import SaveKind, SaveState
from app.drills.load import DrillLoad
from app.i18n import percent, translate
from app.resources import RESOURCES_DIR, ContentError, ContentLibrary, load_installed_library
from app.services import Services, build_services
from app.store import Store, StoreError, StrategySummary
from models.workshop import Workshop
from views.canvas.scene import CanvasScene
from views.canvas.view import CanvasView
from views.docks.guide import GuideDock
from views.docks.inspector import InspectorDock
from views.docks.outline import OutlineDock
from views.docks.palette import PaletteDock
from views.docks.strategies import StrategiesDock
from views.items.card_item import CardItem
from views.items.link_item import LinkItem
from views.panels import install_rail, restore_layout, save_layout
from views.rail import CanvasArea, PanelRail
from views.session import StrategySession
from views.shell import MainWindow, probe
from views.theme import Theme
from views.workflows import Workflows, apply_panel_contrast

RETRY_MS = 2000
MAX_DOCK_MIN_HEIGHT = 220  # taller panel contents scroll instead of growing the window


class Workbench(Workflows):
    """Owns the store, the library, the open strategies and the docks of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.settings = QSettings()
        self.theme = Theme(high_contrast=self._bool_setting("view/high_contrast"))
        self.store: Store | None = None
        self.closed = False
        self.library: ContentLibrary | None = None
        self.rail: PanelRail | None = None
        # Built once the database and the content are open: the composition root's services.
        self.services: Services | None = None
        self.sessions: dict[str, StrategySession] = {}
        self.session: StrategySession | None = None
        self.workshop: Workshop | None = None
        self.empty_scene = CanvasScene(self.theme)
        self.view = CanvasView(self.empty_scene)
        self.save_label = QLabel(translate("status", "No strategy open"))
        self.save_label.setAccessibleName(translate("status", "Save state"))
        self.zoom_label = QLabel(percent(1.0))
        self.zoom_label.setMinimumWidth(
            self.zoom_label.fontMetrics().horizontalAdvance(percent(10.0))
        )
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.zoom_label.setAccessibleName(translate("status", "Zoom"))
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.flush_all)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(percent(z)))
        self.view.catalog_dropped.connect(self._dropped)
        self.view.drop_refused.connect(self.show_message)
        window.close_hooks.append(self.shutdown)

    @property
    def drill_load(self) -> DrillLoad | None:
        """The drill events the services loaded (None before a database is open)."""
        return self.services.drills if self.services is not None else None

    @drill_load.setter
    def drill_load(self, loaded: DrillLoad | None) -> None:
        # Panel building hands over the events it loaded: the services keep that one copy.
        if self.services is not None and loaded is not None:
            self.services.drills = loaded

    def _bool_setting(self, key: str) -> bool:
        return str(self.settings.value(key, "false")).lower() in {"true", "1"}

    # -- opening -------------------------------------------------------------------------------

    def report_error(self, title: str, text: str) -> None:
        """Tell the user something went wrong (a modal message box; tests replace this)."""
        QMessageBox.critical(self.window, title, text)

    def report_notice(self, title: str, text: str) -> None:
        """Tell the user something they should know once (a modal box; tests replace this)."""
        QMessageBox.information(self.window, title, text)

    def open_database(self, arg: str | None) -> bool:
        """Open the database (path, URL or the default), the content, and the last strategy."""
        from app.paths import resolve_db_url

        url = resolve_db_url(arg)
        try:
            store = Store.open(url)
        except StoreError as err:
            where = arg or url
            self.report_error(
                translate("errors", "Cannot open the database"),
                translate(
                    "errors",
                    "The database {file} could not be opened:\n\n{error}\n\n"
                    "The file was not changed.",
                ).format(file=where, error=err),
            )
            self.window.show_placeholder(
                translate("errors", "No database is open. {error}").format(error=err)
            )
            return False
        try:
            library, content_problems = load_installed_library()
        except ContentError as err:
            store.close()
            text = translate(
                "errors",
                "{error}\n\nThe content files that ship with the app are read from {folder}. "
                "They are missing or were changed: reinstall the app.",
            ).format(error=err, folder=RESOURCES_DIR)
            self.report_error(translate("errors", "Content files are damaged"), text)
            self.window.show_placeholder(text)
            return False
        self.store = store
        self.library = library
        self.services = build_services(store, library)
        try:
            from app.demo import ensure_demo

            ensure_demo(store, library)
        except StoreError as err:
            self.show_message(
                translate("errors", "The demo workshop could not be written: {e}").format(e=err)
            )
        self._build_ui(library)
        for problem in content_problems:
            self.show_message(problem)
        try:
            notices = store.take_notices()
        except StoreError:
            notices = []  # read-only or busy: they will be shown the next time
        for notice in notices:
            self.report_notice(translate("errors", "Your database was updated"), notice)
        from views.seating import install_seating

        self.seating = install_seating(self)  # names this seat before the first heartbeat
        self.reload_workshops(str(self.settings.value("session/workshop", "")) or None)
        last = str(self.settings.value("session/strategy", "")) or None
        self.open_strategy(last if last in self._strategy_ids() else None)
        self.retry.start()
        self.view.setFocus()  # keyboard users start on the board
        probe("READY")
        return True

    def _build_ui(self, library: ContentLibrary) -> None:
        window = self.window
        self.palette = PaletteDock(
            library.catalog.values(),
            self.theme,
            {key: cap.title for key, cap in library.capabilities.items()},
        )
        self.guide = GuideDock(library.guide, library.catalog, self.theme)
        self.inspector = InspectorDock(library.capabilities, library.catalog)
        self.outline = OutlineDock(self.theme)
        self.strategies = StrategiesDock()
        self.history = QUndoView(self.undo_group)
        self.history.setAccessibleName(translate("history", "Undo history"))
        self.history.setAccessibleDescription(
            translate("history", "Every change; click one to go back to it.")
        )
        self.history_dock = self._dock(
            self.history, translate("history", "History"), "history_dock"
        )
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        # Side columns run the full height; bottom panels sit under the canvas only, so
        # their height adds to the canvas column, not to the tallest side column.
        window.setCorner(Qt.Corner.BottomLeftCorner, left)
        window.setCorner(Qt.Corner.BottomRightCorner, right)
        window.addDockWidget(left, self.strategies)
        window.addDockWidget(left, self.palette)
        window.addDockWidget(left, self.guide)
        window.tabifyDockWidget(self.palette, self.guide)
        self.palette.raise_()
        window.addDockWidget(right, self.inspector)
        window.addDockWidget(right, self.outline)
        window.addDockWidget(right, self.history_dock)
        window.tabifyDockWidget(self.outline, self.history_dock)
        self.outline.raise_()
        from views.mounting import WholeDockTabs

        self.dock_tabs = WholeDockTabs(window)
        self.canvas_area = CanvasArea(self.view)
        window.set_central(self.canvas_area)
        window.statusBar().addPermanentWidget(self.zoom_label)
        window.statusBar().addPermanentWidget(self.save_label)
        self.docks = [
            self.strategies,
            self.palette,
            self.guide,
            self.inspector,
            self.outline,
            self.history_dock,
        ]
        from views.actions import _float, install_actions

        self.actions = install_actions(self)
        self._connect_docks()
        from views.checking import install_checking
        from views.drilling import install_drilling, load_drill_events
        from views.exporting import install_exporting

        # Loaded once: the checker ranks gaps by the harm these events attach to them,
        # the drills dock throws them, and the exports print them.
        self.drill_load = load_drill_events(library)
        self.checking = install_checking(self)
        self.drilling = install_drilling(self, beside=self.checking.findings)
        self.exporting = install_exporting(self, self.checking)
        from views.facilitating import install_facilitator

        self.facilitating = install_facilitator(self)
        from views.day.controller import install_day

        self.day = install_day(self)
        from views.help import install_help

        self.help = install_help(self)  # its shortcuts table lists every other menu
        self.rail = install_rail(self)
        self._let_docks_scroll()
        restore_layout(self)
        if self._bool_setting("view/guide_hidden"):
            self.guide.hide()
            self.guide.toggleViewAction().setChecked(False)
        self.guide.hidden_by_user.connect(
            lambda hidden: self.settings.setValue("view/guide_hidden", hidden)
        )
        self.set_font_scale(_float(self.settings.value("view/font_scale", 1.0)), resize_docks=False)
        if self.theme.high_contrast:
            apply_panel_contrast(True)

    def _let_docks_scroll(self) -> None:
        """Put tall dock contents in scroll areas, so no panel forces the window taller
        than a projector's screen or clips at 200% font scale; the canvas keeps its room."""
        for dock in self.docks:
            content = dock.widget()
            if content is None or isinstance(content, QAbstractScrollArea):
                continue
            if content.minimumSizeHint().height() <= MAX_DOCK_MIN_HEIGHT:
                continue
            scroll = QScrollArea()
            scroll.setObjectName(f"{dock.objectName()}_scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setAccessibleName(
                translate("shell", "{panel} contents").format(panel=dock.windowTitle())
            )
            dock.setWidget(scroll)
            scroll.setWidget(content)

    def _dock(self, widget: QUndoView, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        return dock

    def _connect_docks(self) -> None:
        self.palette.place_requested.connect(self.place_from_catalog)
        self.palette.custom_requested.connect(self.add_custom_card)
        self.palette.search.returnPressed.connect(self._place_current_palette_entry)
        self.guide.place_requested.connect(self.place_from_catalog)
        self.inspector.link_requested.connect(self.link_card)
        self.outline.card_selected.connect(self.view.focus_card)
        self.outline.move_requested.connect(self.move_card_to_phase)
        self.outline.link_requested.connect(self.link_card)
        s = self.strategies
        s.workshop_chosen.connect(self.switch_workshop)
        s.strategy_chosen.connect(self.open_strategy)
        s.new_workshop.connect(self.new_workshop)
        s.edit_teams.connect(self.edit_teams)
        s.new_strategy.connect(self.new_strategy)
        s.rename_strategy.connect(self.rename_strategy)
        s.delete_strategy.connect(self.delete_strategy)

    def _place_current_palette_entry(self) -> None:
        key = self.palette.current_key()
        if key is not None:
            self.place_from_catalog(key)

    # -- workshops and strategies --------------------------------------------------------------

    def strategies_listing(self) -> list[StrategySummary]:
        """The current workshop's strategies (as listed in the side panel)."""
        return self._summaries()

    def _strategy_ids(self) -> list[str]:
        return [s.id for s in self._summaries()]

    def _summaries(self) -> list[StrategySummary]:
        if self.store is None or self.workshop is None:
            return []
        return self.store.list_strategies(self.workshop.id)

    def reload_workshops(self, current: str | None = None) -> None:
        """Refresh the workshop picker and select ``current`` (or keep / the first)."""
        assert self.store is not None
        workshops = self.store.list_workshops()
        wanted = current or (self.workshop.id if self.workshop else None)
        self.workshop = next(
            (w for w in workshops if w.id == wanted), workshops[0] if workshops else None
        )
        self.strategies.set_workshops(workshops, self.workshop.id if self.workshop else None)
        self.refresh_strategy_list()

    def refresh_strategy_list(self) -> None:
        """Refill the strategies list from the store."""
        current = self.session.strategy_id if self.session else None
        self.strategies.set_strategies(self._summaries(), current)

    def switch_workshop(self, workshop_id: str) -> None:
        """Show another workshop and open its first strategy."""
        self.reload_workshops(workshop_id)
        self.open_strategy(None)

    def open_strategy(self, strategy_id: str | None) -> None:
        """Show a strategy (or the workshop's first; or nothing) on the canvas."""
        assert self.store is not None and self.library is not None
        ids = self._strategy_ids()
        if strategy_id is None:
            strategy_id = ids[0] if ids else None
        self.inspector.commit_notes()
        if strategy_id is None:
            self._show_session(None)
            return
        session = self.sessions.get(strategy_id)
        if session is None:
            try:
                strategy = self.store.load_strategy(strategy_id)
            except StoreError as err:
                self.show_message(str(err))
                return
            session = StrategySession(
                strategy,
                store=self.store,
                library=self.library,
                theme=self.theme,
                group=self.undo_group,
                on_state=self._save_state,
            )
            session.scene.selectionChanged.connect(lambda s=session: self._selection_changed(s))
            session.scene.card_activated.connect(lambda _cid: self.inspector.focus_first())
            session.editor.message.connect(self.show_message)
            self.sessions[strategy_id] = session
        self._show_session(session)
        # What is loaded now lives as long as the board: keep it out of the collector's
        # scans, so no full collection (~0.25 s at 5,000 cards) lands inside a later drop.
        gc.freeze()

    def _show_session(self, session: StrategySession | None) -> None:
        self.session = session
        self.view.setScene(session.scene if session else self.empty_scene)
        if session is not None:
            self.undo_group.setActiveStack(session.stack)
            self.settings.setValue("session/strategy", session.strategy_id)
            if self.workshop is not None:
                self.settings.setValue("session/workshop", self.workshop.id)
            self.window.setWindowTitle(
                translate("shell", "{name} — MLOps Lifecycle Canvas").format(
                    name=session.document.strategy.name
                )
            )
            self._save_state(session, session.autosaver.state)
        else:
            self.save_label.setText(translate("status", "No strategy open"))
        team = (
            self.workshop.team(session.document.strategy.team_id)
            if session and self.workshop
            else None
        )
        self.inspector.set_editor(
            session.editor if session else None, team, session.autosaver if session else None
        )
        self.outline.set_editor(session.editor if session else None)
        self.refresh_strategy_list()
        self.view.zoom_to_width()
        self.session_changed.emit(session)
        self.offer_catalog_titles(session)

    def _selection_changed(self, session: StrategySession) -> None:
        if session is not self.session or self.closed:
            return
        self.inspector.commit_notes()
        items = session.scene.selectedItems()
        cards = [i for i in items if isinstance(i, CardItem)]
        links = [i for i in items if isinstance(i, LinkItem)]
        if cards:
            self.inspector.show_card(cards[0].card_id)
            self.outline.select_card(cards[0].card_id)
        elif links:
            self.inspector.show_link(links[0].link_id)
        else:
            self.inspector.show_card(None)

    # -- saving --------------------------------------------------------------------------------

    def _save_state(self, session: StrategySession, state: SaveState) -> None:
        if state.kind is SaveKind.SAVED:  # the side list shows what is in the database now
            strategy = session.document.strategy
            self.strategies.update_strategy(
                session.strategy_id, strategy.name, len(strategy.cards), state.revision
            )
        if session is not self.session:
            return
        if state.kind is SaveKind.SAVED:
            text = translate("status", "Saved · revision {n}").format(n=state.revision)
        elif state.kind is SaveKind.PENDING:
            text = translate("status", "Saving {n} edits…").format(n=state.pending)
        else:
            text = translate("status", "Not saved — {n} edits pending: {reason}").format(
                n=state.pending, reason=state.message
            )
        self.save_label.setText(text)
        self.save_label.setStyleSheet(
            "" if state.kind is SaveKind.SAVED else "color: #B00020; font-weight: bold;"
        )

    def flush_all(self) -> None:
        """Retry writing pending edits of every open strategy."""
        for session in self.sessions.values():
            if session.autosaver.pending:
                session.autosaver.flush()

    def show_message(self, text: str) -> None:
        """Show a refusal or a note in the status bar."""
        self.window.statusBar().showMessage(text, 8000)

    # -- layout and closing --------------------------------------------------------------------

    def view_font_scale(self) -> float:
        """The font scale chosen in View › Font scale (1.0 = 100 %)."""
        from views.actions import _float

        return _float(self.settings.value("view/font_scale", 1.0))

    def shutdown(self) -> bool:
        """Save layout and flush every strategy (called when the window closes).

        Returns:
            False to keep the window open: some edits could not be written and
            the user chose not to lose them (they stay in memory; writing is
            retried).
        """
        if self.store is None:
            return True
        self.inspector.commit_notes()
        unsaved = [s for s in self.sessions.values() if not s.autosaver.flush()]
        if unsaved and not self.ask_quit(
            translate("errors", "Edits could not be saved"),
            translate(
                "errors",
                "{n} edits could not be written to the database: {reason}\n\n"
                "Quit anyway and lose them, or keep the window open (writing is retried)?",
            ).format(
                n=sum(s.autosaver.pending for s in unsaved),
                reason=unsaved[0].autosaver.state.message,
            ),
        ):
            return False
        save_layout(self)  # before ``closed``: a crushed canvas is never remembered
        self.closed = True
        self.retry.stop()
        for session in self.sessions.values():
            session.autosaver.close()
        if getattr(self, "seating", None) is not None:
            self.seating.close()  # leave: the others stop listing this seat
        self.store.close()
        self.store = None
        return True
