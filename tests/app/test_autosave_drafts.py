"""The autosaver never reports "Saved" while typed text is still a draft (issue 15, item 1)."""

from __future__ import annotations

from collections.abc import Sequence

from app.autosave import Autosaver, SaveKind, SaveState
from app.document import Change, Document
from models.operations import AddCard, OperationRecord
from models.phases import Phase
from models.strategy import Card, Strategy


class Sink:
    def __init__(self) -> None:
        self.written: list[int] = []

    def record_many(self, strategy: Strategy, changes: Sequence[Change]) -> None:
        self.written += [change.revision for change in changes]

    def strategy_revision(self, strategy_id: str) -> int | None:
        return self.written[-1] if self.written else 0

    def operations_since(self, strategy_id: str, revision: int) -> list[OperationRecord]:
        return []  # one seat: nobody else writes


def _saver() -> tuple[Autosaver, Document, list[SaveState], Sink]:
    document = Document(Strategy(workshop_id="w", scenario_key="s", name="Plan"))
    states: list[SaveState] = []
    sink = Sink()
    return Autosaver(sink, document, on_state=states.append), document, states, sink


def test_a_draft_is_pending_until_it_ends() -> None:
    saver, _, states, _ = _saver()
    assert kind_of(saver.state) is SaveKind.SAVED
    saver.begin_draft("card:a:notes")
    saver.begin_draft("card:a:notes")  # the next keystroke: still one draft
    assert kind_of(states[-1]) is SaveKind.PENDING and states[-1].drafts == 1
    assert states[-1].describe() == "Typing… saved at the next pause"
    assert len(states) == 1
    saver.end_draft("card:a:notes")
    assert kind_of(states[-1]) is SaveKind.SAVED


def test_an_edit_written_while_a_draft_is_open_does_not_say_saved() -> None:
    saver, document, states, sink = _saver()
    saver.begin_draft("card:a:notes")
    document.apply(AddCard(card=Card(title="Alarm", phase=Phase.MONITOR)))
    assert sink.written == [1]
    assert kind_of(states[-1]) is SaveKind.PENDING  # written, but words are still being typed
    assert saver.flush()  # the GUI's retry timer: still not "Saved"
    assert kind_of(saver.state) is SaveKind.PENDING
    saver.end_draft("card:a:notes")
    assert kind_of(saver.state) is SaveKind.SAVED
    assert saver.state.describe() == "Saved · revision 1"


def kind_of(state: SaveState) -> SaveKind:
    """The state's kind (a call, so a type checker does not narrow it between asserts)."""
    return state.kind
