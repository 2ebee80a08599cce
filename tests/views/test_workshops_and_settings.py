"""Workshops, teams and strategies; per-strategy undo; settings that survive a restart."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from models.phases import Phase
from models.vocabulary import Role
from tests.views.helpers import stored


def _accept_with(harness: Any, fill: Any) -> None:
    """Answer the next dialogs by calling ``fill(dialog)`` and then pressing OK."""

    def run(dialog: Any) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == 1

    harness.workbench.run_dialog = run


def test_create_workshop_team_and_strategy_from_scenario(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench

    def workshop(dialog: Any) -> None:
        dialog.name.setText("Spring cohort")
        dialog.facilitator.setText("A. Facilitator")
        dialog.date.setDate(QDate(2026, 12, 3))

    _accept_with(harness, workshop)
    wb.new_workshop()
    assert wb.workshop.name == "Spring cohort"
    assert wb.workshop.date == dt.date(2026, 12, 3)
    assert wb.store is not None
    assert wb.store.get_workshop(wb.workshop.id).date == dt.date(2026, 12, 3)
    assert wb.session is None  # an empty workshop has no strategy yet

    def teams(dialog: Any) -> None:
        dialog.add_team.click()
        dialog.team_name.setText("Team Otter")
        dialog.add_member.click()
        name = dialog.members.cellWidget(0, 0)
        role = dialog.members.cellWidget(0, 1)
        assert isinstance(name, QLineEdit) and isinstance(role, QComboBox)
        name.setText("Sam")
        role.setCurrentIndex(role.findData(Role.PRIVACY_ETHICS.value))

    _accept_with(harness, teams)
    wb.edit_teams()
    team = wb.workshop.teams[0]
    assert team.name == "Team Otter"
    assert [(m.name, m.role) for m in team.members] == [("Sam", Role.PRIVACY_ETHICS)]

    scenario = next(iter(wb.library.scenarios.values()))

    def strategy(dialog: Any) -> None:
        dialog.team.setCurrentIndex(dialog.team.findData(team.id))
        dialog.scenario.setCurrentIndex(dialog.scenario.findData(scenario.key))

    _accept_with(harness, strategy)
    wb.new_strategy()
    session = harness.session
    made = session.document.strategy
    assert made.team_id == team.id and made.scenario_key == scenario.key
    assert made.profile == scenario.profile
    assert stored(harness.db, made.id).name == made.name
    # The inspector's owner list starts with the team's roles and names.
    assert "Sam" in wb.inspector.owner.itemText(1)


def test_switching_keeps_each_strategy_undo_stack(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    first = harness.session
    card = next(iter(first.document.strategy.cards))
    first.editor.update_card(card, title="Changed in the first strategy")
    other = next(s.id for s in wb.strategies_listing() if s.id != first.strategy_id)
    wb.open_strategy(other)
    second = harness.session
    assert wb.undo_group.activeStack() is second.stack
    assert not second.stack.canUndo()
    wb.open_strategy(first.strategy_id)
    assert harness.session is first
    assert wb.undo_group.activeStack() is first.stack
    wb.actions["undo"].trigger()
    assert first.document.strategy.cards[card] == stored(harness.db, first.strategy_id).cards[card]
    assert first.document.strategy.cards[card].title != "Changed in the first strategy"


def test_rename_and_delete_with_confirmation(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    session = harness.session
    wb.ask_text = lambda title, label, text: "  Renamed strategy  "
    wb.rename_strategy()
    assert session.document.strategy.name == "Renamed strategy"
    assert stored(harness.db, session.strategy_id).name == "Renamed strategy"
    assert "Renamed strategy" in wb.strategies.list.currentItem().text()
    wb.ask_text = lambda title, label, text: "x" * 500
    wb.rename_strategy()
    assert session.document.strategy.name == "Renamed strategy"
    assert harness.window.statusBar().currentMessage()
    count = len(wb.strategies_listing())
    wb.confirm = lambda title, text: False
    wb.delete_strategy()
    assert len(wb.strategies_listing()) == count
    wb.confirm = lambda title, text: True
    doomed = session.strategy_id
    wb.delete_strategy()
    assert doomed not in {s.id for s in wb.strategies_listing()}
    assert harness.session.strategy_id != doomed


def test_custom_card_dialog_validates_and_adds(harness) -> None:  # type: ignore[no-untyped-def]
    from views.dialogs.custom_card import CustomCardDialog

    wb = harness.workbench
    dialog = CustomCardDialog(wb.library.capabilities, Phase.MONITOR, harness.window)
    dialog.accept()
    assert dialog.result() != 1 and "title" in dialog.error.text().lower()
    dialog.title.setText("Citizen panel review")
    item = dialog.capabilities.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.card is not None and dialog.card.phase is Phase.MONITOR

    def fill(d: Any) -> None:
        d.title.setText("Citizen panel review")
        d.capabilities.item(0).setCheckState(Qt.CheckState.Checked)

    _accept_with(harness, fill)
    before = set(harness.session.document.strategy.cards)
    wb.add_custom_card()
    new = [c for c in harness.session.document.strategy.cards.values() if c.id not in before]
    assert len(new) == 1 and new[0].catalog_key is None and new[0].capabilities


def test_palette_search_filters_by_title_description_and_capability(harness) -> None:  # type: ignore[no-untyped-def]
    palette = harness.workbench.palette
    everything = palette.visible_keys()
    palette.search.setText("drift-monitoring")
    keys = palette.visible_keys()
    library = harness.workbench.library
    assert keys and len(keys) < len(everything)
    assert all("drift-monitoring" in library.catalog[k].capabilities for k in keys) or any(
        "drift-monitoring" in library.catalog[k].description.lower() for k in keys
    )
    palette.search.setText("zzzz no such practice")
    assert palette.visible_keys() == []
    palette.search.clear()
    assert palette.visible_keys() == everything


def test_outline_moves_links_and_deletes_through_operations(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    session = harness.session
    strategy = session.document.strategy
    card = next(iter(strategy.cards.values()))
    wb.outline.rebuild()
    wb.outline.select_card(card.id)
    assert wb.outline.current_card_id() == card.id

    def to_governance(dialog: Any) -> None:
        dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.GOVERNANCE.value))

    _accept_with(harness, to_governance)
    wb.outline.move_button.click()
    assert strategy.cards[card.id].phase is Phase.GOVERNANCE
    target = next(
        c
        for c in strategy.cards.values()
        if c.id != card.id and not strategy.has_link(card.id, c.id)
    )
    _accept_with(harness, lambda d: d.choose(target.id))
    wb.outline.select_card(card.id)
    wb.outline.link_button.click()
    assert strategy.has_link(card.id, target.id)
    wb.outline.select_card(card.id)
    wb.outline.delete_button.click()
    assert card.id not in strategy.cards
    assert card.id not in stored(harness.db, session.strategy_id).cards


def test_layout_and_settings_survive_a_restart(make_harness, db_path) -> None:  # type: ignore[no-untyped-def]
    first = make_harness(db_path)
    wb = first.workbench
    # A 1600 px window starts with the palette column open, the guide a tab beside it.
    assert wb.palette.isVisible()
    assert wb.guide.toggleViewAction().isChecked()
    wb.guide.toggleViewAction().trigger()
    assert not wb.guide.toggleViewAction().isChecked()
    wb.actions["font_150"].trigger()
    wb.actions["high_contrast"].trigger()
    assert wb.theme.high_contrast
    assert QApplication.font().pointSizeF() > 0
    first.close()
    settings = QSettings()
    assert settings.value("window/state") is not None
    second = make_harness(db_path)
    wb2 = second.workbench
    assert not wb2.guide.toggleViewAction().isChecked()  # hidden stays hidden
    assert wb2.palette.isVisible()
    assert wb2.theme.high_contrast
    assert abs(wb2.view.transform().m11() / wb2.view.zoom - 1.5) < 1e-6
    assert wb2.actions["font_150"].isChecked()
    wb2.set_font_scale(1.0)


def test_presentation_mode_hides_docks_and_restores_them(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    visible = [d for d in wb.docks if d.isVisible()]
    wb.actions["presentation"].trigger()
    assert wb.presenting and not any(d.isVisible() for d in wb.docks)
    wb.actions["presentation"].trigger()
    assert not wb.presenting
    assert [d for d in wb.docks if d.isVisible()] == visible


def test_zoom_commands(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    view = wb.view
    view.set_zoom(1.0)
    wb.actions["zoom_in"].trigger()
    assert view.zoom > 1.0
    wb.actions["zoom_out"].trigger()
    wb.actions["zoom_out"].trigger()
    assert view.zoom < 1.0
    wb.actions["zoom_fit"].trigger()
    board = harness.session.scene.geometry.board_rect
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(board.adjusted(1, 1, -1, -1))
    wb.actions["zoom_lane_monitor"].trigger()
    lane = harness.session.scene.geometry.lane_rect(Phase.MONITOR)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.left() <= lane.left() and shown.right() >= lane.right()
    assert shown.width() < board.width() / 2


def test_guide_walks_the_phases_places_cards_and_goes_full_screen(harness, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    wb = harness.workbench
    guide = wb.guide.view
    guide.show_phase(Phase.FEEDBACK)
    section = wb.library.guide[Phase.FEEDBACK]
    assert guide.purpose.text() == section.purpose
    assert all(q.split()[0] in guide.questions.text() for q in section.questions)
    assert guide.cards.count() == len(section.cards)
    # Its cards drag like palette entries (same MIME type) and Enter places them.
    mime = guide.cards.mimeData([guide.cards.item(0)])
    from views.mime import CATALOG_MIME

    assert bytes(mime.data(CATALOG_MIME).data()).decode() == section.cards[0]
    _accept_with(harness, lambda d: None)
    before = set(harness.session.document.strategy.cards)
    guide.cards.itemActivated.emit(guide.cards.item(0))
    added = [
        harness.session.document.strategy.cards[c]
        for c in set(harness.session.document.strategy.cards) - before
    ]
    assert [c.catalog_key for c in added] == [section.cards[0]]
    wb.guide.full_button.click()
    window = wb.guide.full_window
    assert window is not None and window.isFullScreen()
    assert window.current_phase() is Phase.FEEDBACK
    assert window.font().pointSizeF() >= 20
    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
