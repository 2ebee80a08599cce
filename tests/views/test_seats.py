"""Seats that see each other in the window: remote edits, overwrites, presence, workshop edits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.autosave import Autosaver
from app.document import Document
from app.paths import resolve_db_url
from app.store import Seat, Store, StoreWriteError
from models.operations import AddCard, CardPatch, UpdateCard
from models.phases import Phase
from models.strategy import Card
from models.workshop import Team
from models.workshop_ops import AddTeam, RemoveTeam
from views.commands import OperationCommand, WorkshopCommand


@pytest.fixture
def ben(harness: Any) -> Iterator[Store]:
    """Another seat, Ben, on the window's database file."""
    store = Store.open(resolve_db_url(str(harness.db)))
    store.seat = Seat(id="seat-ben", name="Ben")
    yield store
    store.close()


def ben_edits(ben: Store, strategy_id: str) -> tuple[Document, Autosaver]:
    """Ben's copy of a strategy, saved as he edits it."""
    document = Document(ben.load_strategy(strategy_id))
    return document, Autosaver(ben, document)


def retitle(card: Card, title: str) -> UpdateCard:
    return UpdateCard(
        card_id=card.id, before=CardPatch(title=card.title), after=CardPatch(title=title)
    )


def stack_ops(harness: Any) -> list[object]:
    return [harness.session.stack.command(i) for i in range(harness.session.stack.count())]


def test_a_remote_operation_is_drawn_not_undoable_and_not_written_again(  # type: ignore[no-untyped-def]
    harness, ben, qtbot
) -> None:
    session = harness.session
    undo_steps = session.stack.count()
    written = len(harness.workbench.store.history(session.strategy_id))
    document, saver = ben_edits(ben, session.strategy_id)
    card = Card(title="Ben's monitoring card", phase=Phase.MONITOR)
    document.apply(AddCard(card=card))
    assert saver.pending == 0
    qtbot.waitUntil(lambda: card.id in session.scene.cards, timeout=3000)
    assert session.document.strategy.cards[card.id].title == "Ben's monitoring card"
    assert session.stack.count() == undo_steps  # never on the local undo stack
    history = harness.workbench.store.history(session.strategy_id)
    assert len(history) == written + 1  # Ben's one write, not written again by this seat
    assert history[-1].author == "Ben"
    assert session.autosaver.pending == 0
    assert "Ben" in harness.window.statusBar().currentMessage()


def test_the_same_field_overwritten_is_told_and_undo_restores_it(harness, ben, qtbot) -> None:  # type: ignore[no-untyped-def]
    wb, session = harness.workbench, harness.session
    card = next(iter(session.document.strategy.cards.values()))
    document, _saver = ben_edits(ben, session.strategy_id)  # Ben loaded before Ana's edit
    wb.seating.timer.stop()
    assert session.editor.update_card(card.id, title="Ana's title")
    document.apply(retitle(card, "Ben's title"))  # conflicts, replays on top: Ben wins
    wb.seating.tick()
    assert session.document.strategy.cards[card.id].title == "Ben's title"
    notice = wb.seating.notice
    assert notice.isVisible() and notice.undo_button.isVisible()
    assert "Ben" in notice.text() and "Ben's title" in notice.text()
    assert "Ana's title" in notice.text()
    steps = session.stack.count()
    notice.undo_button.click()
    assert session.document.strategy.cards[card.id].title == "Ana's title"
    assert not notice.isVisible()
    assert session.stack.count() == steps + 1  # putting it back is an ordinary edit
    assert session.autosaver.pending == 0
    assert ben.load_strategy(session.strategy_id).cards[card.id].title == "Ana's title"


def test_local_edits_replayed_after_a_remote_one_keep_an_honest_undo(harness, ben) -> None:  # type: ignore[no-untyped-def]
    wb, session = harness.workbench, harness.session
    wb.seating.timer.stop()
    card = next(iter(session.document.strategy.cards.values()))
    original = card.title
    document, _saver = ben_edits(ben, session.strategy_id)
    document.apply(retitle(card, "Ben's title"))  # written first; this seat has not heard
    assert session.editor.update_card(card.id, title="Ana's title")  # conflicts, replays
    assert session.document.strategy.cards[card.id].title == "Ana's title"
    assert session.autosaver.pending == 0
    assert wb.save_label.text().startswith("Saved")  # a conflict is no disk error
    command = session.stack.command(session.stack.index() - 1)
    assert isinstance(command, OperationCommand)
    assert isinstance(command.op, UpdateCard)
    assert command.op.before.title == "Ben's title"  # the replayed operation, not the first
    session.stack.undo()
    # Undo puts back what the strategy held just before this seat's edit landed.
    assert session.document.strategy.cards[card.id].title == "Ben's title"
    session.stack.redo()
    assert session.document.strategy.cards[card.id].title == "Ana's title"
    assert original != "Ben's title"


def test_an_undo_replayed_after_a_remote_edit_keeps_the_stack_consistent(harness, ben) -> None:  # type: ignore[no-untyped-def]
    wb, session = harness.workbench, harness.session
    wb.seating.timer.stop()
    card = next(iter(session.document.strategy.cards.values()))
    original = card.title
    assert session.editor.update_card(card.id, title="Ana's title")
    document, _saver = ben_edits(ben, session.strategy_id)
    document.apply(retitle(document.strategy.cards[card.id], "Ben's title"))
    session.stack.undo()  # conflicts with Ben's write: replayed on top of it
    assert session.document.strategy.cards[card.id].title == original
    assert session.autosaver.pending == 0
    session.stack.redo()  # back to what the undo replaced: Ben's title, as it had landed
    assert session.document.strategy.cards[card.id].title == "Ben's title"
    session.stack.undo()
    assert session.document.strategy.cards[card.id].title == original
    assert session.autosaver.pending == 0
    saved = wb.store.load_strategy(session.strategy_id)
    assert saved.cards[card.id].title == original


def test_an_edit_whose_card_another_seat_removed_is_dropped_with_a_notice(harness, ben) -> None:  # type: ignore[no-untyped-def]
    from models.operations import RemoveCard

    wb, session = harness.workbench, harness.session
    wb.seating.timer.stop()
    card = next(c for c in session.document.strategy.cards.values())
    document, _saver = ben_edits(ben, session.strategy_id)
    links = tuple(document.strategy.links_touching(card.id))
    document.apply(RemoveCard(card=document.strategy.cards[card.id], links=links))
    steps = session.stack.count()
    session.editor.update_card(card.id, title="Too late")
    assert card.id not in session.document.strategy.cards
    assert "could not be applied" in wb.seating.notice.text()
    assert session.autosaver.pending == 0
    assert session.stack.count() == steps  # the dropped step never entered the history


def test_presence_names_the_other_seats_and_their_team(harness, ben) -> None:  # type: ignore[no-untyped-def]
    wb, session = harness.workbench, harness.session
    label = wb.seating.presence
    assert not label.isVisible()
    team = wb.workshop.team(session.document.strategy.team_id)
    ben.heartbeat(wb.workshop.id, session.strategy_id)
    wb.seating.refresh_presence()
    assert label.isVisible()
    assert label.text() == f"Also here: Ben ({team.name}, on this strategy)"
    assert label.accessibleName() == "Other seats here"
    ben.leave()
    wb.seating.refresh_presence()
    assert not label.isVisible()


def test_closing_leaves_so_the_others_stop_listing_this_seat(harness, ben) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    workshop_id = wb.workshop.id
    wb.seating.refresh_presence()
    wb.store.heartbeat(workshop_id, harness.session.strategy_id)
    assert [p.name for p in ben.present(workshop_id)] == [wb.store.seat.name]
    harness.window.close()
    assert ben.present(workshop_id) == []


def test_closing_with_unsaved_edits_asks_quit_or_keep_open(harness, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wb, session = harness.workbench, harness.session
    store = wb.store

    def failing(strategy, changes) -> None:  # type: ignore[no-untyped-def]
        raise StoreWriteError("The server closed the connection.")

    monkeypatch.setattr(store, "record_many", failing)
    card = next(iter(session.document.strategy.cards.values()))
    session.editor.update_card(card.id, title="Pending")
    assert "pending" in wb.save_label.text()
    asked: list[str] = []
    answer = [False]

    def ask_quit(_title: str, text: str) -> bool:
        asked.append(text)
        return answer[0]

    wb.ask_quit = ask_quit
    harness.window.close()
    assert asked and "could not be written" in asked[0] and "server closed" in asked[0]
    assert harness.window.isVisible()
    answer[0] = True
    harness.window.close()
    assert not harness.window.isVisible()


def test_a_close_hook_that_raises_asks_instead_of_escaping(harness) -> None:  # type: ignore[no-untyped-def]
    window = harness.window

    def broken() -> bool:
        raise RuntimeError("unforeseen")

    window.close_hooks.insert(0, broken)
    asked: list[str] = []

    def keep_open(error: str) -> bool:
        asked.append(error)
        return False

    window.ask_quit_after_error = keep_open
    window.close()  # no exception out of closeEvent
    assert asked == ["unforeseen"] and window.isVisible()
    window.close_hooks.remove(broken)


def test_a_broken_listener_is_shown_once_and_saving_goes_on(harness) -> None:  # type: ignore[no-untyped-def]
    wb, session = harness.workbench, harness.session
    calls: list[int] = []

    def broken(_document, change) -> None:  # type: ignore[no-untyped-def]
        calls.append(change.revision)
        raise ValueError("a view bug")

    session.document.add_listener(broken)
    cards = list(session.document.strategy.cards.values())
    session.editor.update_card(cards[0].id, title="First")
    text = wb.seating.notice.text()
    assert "a view bug" in text and "still being saved" in text
    wb.seating.notice.dismiss()
    session.editor.update_card(cards[1].id, title="Second")
    assert len(calls) == 2
    assert not wb.seating.notice.isVisible()  # once
    assert session.autosaver.pending == 0
    saved = wb.store.load_strategy(session.strategy_id)
    assert {saved.cards[cards[0].id].title, saved.cards[cards[1].id].title} == {"First", "Second"}


def _answer_teams(harness: Any, fill: Any) -> None:
    def run(dialog: Any) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == 1

    harness.workbench.run_dialog = run


def test_teams_dialog_edits_are_workshop_operations_and_undoable(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    workshop_id = wb.workshop.id
    seq = wb.store.workshop_seq(workshop_id)
    teams_before = [t.name for t in wb.workshop.teams]

    def add_team(dialog: Any) -> None:
        dialog.add_team.click()
        dialog.team_name.setText("Team Kōwhai")

    _answer_teams(harness, add_team)
    wb.edit_teams()
    assert [t.name for t in wb.workshop.teams] == [*teams_before, "Team Kōwhai"]
    history = wb.store.workshop_history(workshop_id, seq)
    assert [type(r.op) for r in history] == [AddTeam]
    assert history[0].op.team.name == "Team Kōwhai"
    assert history[0].author == wb.store.seat.name
    command = harness.session.stack.command(harness.session.stack.index() - 1)
    assert isinstance(command, WorkshopCommand)
    wb.undo_group.undo()  # Edit › Undo
    assert [t.name for t in wb.workshop.teams] == teams_before
    assert isinstance(wb.store.workshop_history(workshop_id, seq)[-1].op, RemoveTeam)
    wb.undo_group.redo()
    assert [t.name for t in wb.workshop.teams] == [*teams_before, "Team Kōwhai"]


def test_removing_a_team_that_owns_strategies_is_refused_with_the_reason(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    workshop_id = wb.workshop.id
    team = wb.workshop.team(harness.session.document.strategy.team_id)
    seq = wb.store.workshop_seq(workshop_id)

    def remove(dialog: Any) -> None:
        dialog.team_list.setCurrentRow([t.id for t in wb.workshop.teams].index(team.id))
        dialog.remove_team.click()

    _answer_teams(harness, remove)
    wb.edit_teams()
    assert harness.errors, "the refusal is shown"
    title, text = harness.errors[-1]
    assert title == "Team not removed"
    assert team.name in text and "strateg" in text
    assert team.id in {t.id for t in wb.workshop.teams}
    assert wb.store.workshop_history(workshop_id, seq) == []


def test_another_seats_team_appears_in_the_workshop(harness, ben, qtbot) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    ben.apply_workshop_op(wb.workshop.id, AddTeam(team=Team(name="Team Rātā")))
    qtbot.waitUntil(lambda: "Team Rātā" in [t.name for t in wb.workshop.teams], timeout=3000)
    assert "Ben" in harness.window.statusBar().currentMessage()


def test_the_facilitator_teams_dialog_refuses_a_team_with_strategies_before_ok(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    team = wb.workshop.team(harness.session.document.strategy.team_id)
    seq = wb.store.workshop_seq(wb.workshop.id)
    seen: list[str] = []

    def remove_then_add(dialog: Any) -> None:
        dialog.team_list.setCurrentRow([t.id for t in wb.workshop.teams].index(team.id))
        dialog.remove_team.click()
        seen.append(dialog.notice.text())
        dialog.add_team.click()
        dialog.team_name.setText("Team Tōtara")

    _answer_teams(harness, remove_then_add)
    wb.facilitating.edit_teams()
    assert team.name in seen[0] and "cannot be removed" in seen[0]
    assert harness.session.document.strategy.name in seen[0]
    assert [type(r.op) for r in wb.store.workshop_history(wb.workshop.id, seq)] == [AddTeam]
    assert {team.name, "Team Tōtara"} <= {t.name for t in wb.workshop.teams}
    assert harness.errors == []


def test_another_seats_agenda_reaches_the_facilitator_timer(harness, ben, qtbot) -> None:  # type: ignore[no-untyped-def]
    from models.review import Agenda, Stage

    wb = harness.workbench
    agenda = Agenda(stages=(Stage(name="Warm-up", minutes=5), Stage(name="Build", minutes=40)))
    ben.save_agenda(wb.workshop.id, agenda)
    timer = wb.facilitating.controller
    qtbot.waitUntil(lambda: timer.timer.agenda == agenda, timeout=3000)
    assert "Ben" in harness.window.statusBar().currentMessage()


def test_a_seat_alone_looks_for_edits_less_often_until_another_arrives(harness, ben) -> None:  # type: ignore[no-untyped-def]
    from views.seating import ALONE_MS, TICK_MS

    wb = harness.workbench
    seating = wb.seating
    seating.coordinator._last_beat = -1e9  # a heartbeat is due: presence is read
    seating.tick()
    assert seating.alone and seating.timer.interval() == ALONE_MS
    ben.heartbeat(wb.workshop.id, harness.session.strategy_id)
    seating.coordinator._last_beat = -1e9
    seating.tick()
    assert not seating.alone and seating.timer.interval() == TICK_MS
    ben.leave()
    seating.coordinator._last_beat = -1e9
    seating.tick()
    assert seating.alone and seating.timer.interval() == ALONE_MS


def test_an_edit_from_another_seat_ends_the_slow_ticks_before_the_next_heartbeat(  # type: ignore[no-untyped-def]
    harness, ben
) -> None:
    from views.seating import ALONE_MS, TICK_MS

    wb, session = harness.workbench, harness.session
    seating = wb.seating
    seating.timer.stop()
    seating.coordinator._last_beat = -1e9
    seating.tick()
    assert seating.alone and seating.timer.interval() == ALONE_MS
    assert ALONE_MS < 1000  # a newcomer's first edit must still arrive within a second
    document, _saver = ben_edits(ben, session.strategy_id)  # Ben has left no heartbeat yet
    document.apply(AddCard(card=Card(title="Ben's first card", phase=Phase.DATA)))
    seating.tick()  # not a heartbeat tick: presence is not read
    assert not seating.alone and seating.timer.interval() == TICK_MS
