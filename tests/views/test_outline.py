"""The outline follows every edit by touching only the rows the edit changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from models.phases import Phase
from models.vocabulary import LinkKind, Status
from views.docks.outline import OutlineDock


def _texts(item: QTreeWidgetItem) -> list[Any]:
    children = [item.child(i) for i in range(item.childCount())]
    return [item.text(0), item.toolTip(0), [_texts(c) for c in children if c is not None]]


def tree(outline: OutlineDock) -> list[Any]:
    """Everything the tree shows, in order."""
    groups = [outline.tree.topLevelItem(i) for i in range(outline.tree.topLevelItemCount())]
    return [_texts(g) for g in groups if g is not None]


def rows(outline: OutlineDock) -> dict[str, QTreeWidgetItem]:
    """The row item of every card, by card id."""
    return dict(outline._rows)


def settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def test_an_edit_rebuilds_only_the_rows_it_touched(harness) -> None:  # type: ignore[no-untyped-def]
    outline = harness.workbench.outline
    session = harness.session
    editor = session.editor
    strategy = session.document.strategy
    settle()
    before = rows(outline)
    built = outline.rows_built
    card = next(c for c in strategy.cards.values() if not strategy.links_touching(c.id))
    editor.update_card(card.id, status=Status.IN_PLACE)
    editor.update_card(card.id, title="A renamed practice")
    settle()
    assert outline.rows_built == built  # updated in place: no row made anew
    after = rows(outline)
    assert all(after[cid] is item for cid, item in before.items())
    assert after[card.id].text(0) == "A renamed practice"

    # Moving a card to another phase moves its one row; a new card makes one row.
    editor.move_cards([(card.id, session.scene.geometry.lane_rect(Phase.GOVERNANCE).topLeft())])
    new_id = editor.add_catalog_card(
        next(iter(harness.workbench.library.catalog)), Phase.DATA, None
    )
    settle()
    assert outline.rows_built == built + 1
    after = rows(outline)
    assert all(after[cid] is item for cid, item in before.items())
    assert new_id is not None and new_id in after


def test_a_row_lists_its_links_once_expanded(harness) -> None:  # type: ignore[no-untyped-def]
    outline = harness.workbench.outline
    strategy = harness.session.document.strategy
    settle()
    card = max(strategy.cards.values(), key=lambda c: len(strategy.links_touching(c.id)))
    row = rows(outline)[card.id]
    assert row.childCount() == 0  # nothing made before anyone looks
    row.setExpanded(True)
    assert row.childCount() == 1 + len(strategy.links_touching(card.id))


def test_the_tree_after_edits_equals_a_fresh_rebuild(harness) -> None:  # type: ignore[no-untyped-def]
    outline = harness.workbench.outline
    session = harness.session
    editor = session.editor
    strategy = session.document.strategy
    settle()
    ids = sorted(strategy.cards)
    a, b, c = ids[0], ids[1], ids[2]
    expected: list[Any] = []

    def check() -> None:
        settle()
        shown = tree(outline)
        outline.rebuild()  # keeps the expanded rows expanded
        expected[:] = tree(outline)
        assert shown == expected
        outline.tree.expandAll()  # every row's links are listed from now on

    outline.tree.expandAll()
    settle()
    assert all(row.childCount() for row in rows(outline).values())

    outline.select_card(a)
    editor.update_card(a, title="Zeta practice")  # its neighbours' link rows name it
    check()
    if not strategy.has_link(b, c) and not strategy.has_link(c, b):
        editor.link_cards(b, c, LinkKind.FLOWS)
        check()
    editor.move_cards([(b, QPointF(session.scene.cards[b].pos()) + QPointF(0, 400))])
    check()
    editor.remove([c])
    check()
    session.stack.undo()
    check()
    session.stack.undo()
    session.stack.undo()
    check()
    assert outline.current_card_id() == a  # the picked card stays picked
