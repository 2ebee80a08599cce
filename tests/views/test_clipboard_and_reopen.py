"""Copy/paste between strategies, foreign clipboards, reopening, and an unwritable database."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from app.store import StoreWriteError
from tests.views.helpers import scene_agrees, snapshot, stored
from views.mime import CARDS_MIME


def test_copy_paste_between_strategies(harness) -> None:  # type: ignore[no-untyped-def]
    wb = harness.workbench
    first = harness.session
    strategy = first.document.strategy
    linked = next(iter(strategy.links.values()))
    wb.view.focus_card(linked.source)
    first.scene.cards[linked.target].setSelected(True)
    wb.copy_selection()
    assert QGuiApplication.clipboard().mimeData().hasFormat(CARDS_MIME)
    other = next(s.id for s in wb.strategies_listing() if s.id != first.strategy_id)
    wb.open_strategy(other)
    second = harness.session
    assert second is not first
    before = snapshot(second.document.strategy)
    titles_before = [c.title for c in second.document.strategy.cards.values()]
    wb.paste()
    after = second.document.strategy
    new_cards = [c for c in after.cards.values() if c.id not in before["cards"]]
    assert sorted(c.title for c in new_cards) == sorted(
        strategy.cards[i].title for i in (linked.source, linked.target)
    )
    assert all(c.id not in strategy.cards for c in new_cards)  # fresh ids
    new_ids = {c.id for c in new_cards}
    assert any(lk.source in new_ids and lk.target in new_ids for lk in after.links.values())
    assert snapshot(stored(harness.db, second.strategy_id)) == snapshot(after)
    scene_agrees(second)
    assert second.stack.count() == 1  # one paste, one undo step
    second.stack.undo()
    assert snapshot(second.document.strategy) == before
    assert sorted(c.title for c in second.document.strategy.cards.values()) == sorted(titles_before)
    # The first strategy kept its own history and cards.
    assert first.document.strategy is strategy


def test_foreign_clipboard_is_refused_with_a_message(harness) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    before = snapshot(session.document.strategy)
    for data in (b"not json", b'{"format": "other", "cards": []}', b"\xff\xfe", b"[]"):
        mime = QMimeData()
        mime.setData(CARDS_MIME, data)
        QGuiApplication.clipboard().setMimeData(mime)
        harness.workbench.paste()
        assert harness.window.statusBar().currentMessage()
        assert snapshot(session.document.strategy) == before
    QGuiApplication.clipboard().setText("x" * 1_000_000)
    harness.workbench.paste()
    assert "no cards" in harness.window.statusBar().currentMessage()
    assert snapshot(session.document.strategy) == before


def test_reopen_after_close_shows_the_same_strategy(make_harness, db_path) -> None:  # type: ignore[no-untyped-def]
    first = make_harness(db_path)
    wb = first.workbench
    other = next(s.id for s in wb.strategies_listing() if s.id != first.session.strategy_id)
    wb.open_strategy(other)
    card = next(iter(first.session.document.strategy.cards.values()))
    first.session.editor.update_card(card.id, title="Edited just before closing")
    expected = snapshot(first.session.document.strategy)
    first.close()
    second = make_harness(db_path)
    assert second.session.strategy_id == other
    assert snapshot(second.session.document.strategy) == expected
    scene_agrees(second.session)


def test_unwritable_database_keeps_edits_and_says_so(harness, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    store = harness.workbench.store
    real = store.record_many

    def failing(strategy, changes) -> None:  # type: ignore[no-untyped-def]
        raise StoreWriteError("The disk is full.")

    monkeypatch.setattr(store, "record_many", failing)
    card = next(iter(session.document.strategy.cards.values()))
    session.editor.update_card(card.id, title="Written while the disk is full")
    session.editor.nudge([card.id], 1, 0)
    label = harness.workbench.save_label.text()
    assert label.startswith("Not saved")
    assert "2 edits pending" in label and "disk is full" in label
    assert session.document.strategy.cards[card.id].title == "Written while the disk is full"
    monkeypatch.setattr(store, "record_many", real)
    harness.workbench.flush_all()
    assert harness.workbench.save_label.text() == f"Saved · revision {session.document.revision}"
    assert snapshot(stored(harness.db, session.strategy_id)) == snapshot(session.document.strategy)


def test_closing_with_unwritten_edits_asks_and_can_stay_open(harness, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session = harness.session
    store = harness.workbench.store
    real = store.record_many

    def failing(strategy, changes) -> None:  # type: ignore[no-untyped-def]
        raise StoreWriteError("The database file was removed.")

    monkeypatch.setattr(store, "record_many", failing)
    card = next(iter(session.document.strategy.cards.values()))
    session.editor.update_card(card.id, title="Not yet written")
    questions: list[str] = []

    def refuse(title: str, text: str) -> bool:
        questions.append(text)
        return False

    harness.workbench.ask_quit = refuse
    harness.window.close()
    assert questions and "1 edits" in questions[0] and "removed" in questions[0]
    assert harness.window.isVisible()  # kept open: nothing silently dropped
    assert harness.workbench.store is not None
    monkeypatch.setattr(store, "record_many", real)
    harness.window.close()  # now the write succeeds: no question, the window closes
    assert len(questions) == 1
    assert not harness.window.isVisible()
    assert stored(harness.db, session.strategy_id).cards[card.id].title == "Not yet written"


def test_crafted_data_under_our_own_type_is_refused_with_a_message(harness) -> None:  # type: ignore[no-untyped-def]
    """Issue 15, item 6: these raised TypeError/ValueError/RecursionError out of Edit › Paste."""
    session = harness.session
    before = snapshot(session.document.strategy)
    fmt = b'{"format": "mlops-canvas-cards/1", "cards": '
    crafted = (
        fmt + b"5}",
        b"null",
        fmt + b"[" + b"9" * 5000 + b"]}",
        fmt + b"[" * 100_000 + b"]" * 100_000 + b"}",
        fmt + b'[{"title": "x", "phase": "data", "x": true}]}',
    )
    for data in crafted:
        mime = QMimeData()
        mime.setData(CARDS_MIME, data)
        QGuiApplication.clipboard().setMimeData(mime)
        harness.workbench.paste()
        assert "nothing was pasted" in harness.window.statusBar().currentMessage()
        assert snapshot(session.document.strategy) == before
    assert session.stack.count() == 0
