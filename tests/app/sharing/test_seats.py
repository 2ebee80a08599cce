"""Several seats on one strategy and one workshop: nothing lost, each told what changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.autosave import Autosaver, RemoteEdits, SaveKind
from app.document import Change, Document, Origin
from app.store import Store, StoreWriteError, TeamInUseError
from app.workshop_document import WorkshopChange, WorkshopDocument
from models.operations import AddCard, CardPatch, RemoveCard, UpdateCard
from models.phases import Phase
from models.review import Agenda
from models.strategy import Card
from models.workshop import Member, Team
from models.workshop_ops import AddTeam, RemoveTeam, ReviewEdit
from tests.app.store.conftest import WORKSHOP_ID

STRATEGY = "strategy-1"


class Seat:
    """One seat's open strategy: document, autosaver, what it heard."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.document = Document(store.load_strategy(STRATEGY))
        self.remote: list[RemoteEdits] = []
        self.heard: list[Change] = []
        self.writes = 0
        self.saver = Autosaver(store, self.document, on_remote=self.remote.append)
        self.document.add_listener(lambda _d, change: self.heard.append(change))

    def add(self, title: str, phase: Phase = Phase.DATA) -> Card:
        card = Card(title=title, phase=phase)
        self.document.apply(AddCard(card=card))
        return card

    def retitle(self, card_id: str, title: str) -> None:
        current = self.document.strategy.cards[card_id]
        self.document.apply(
            UpdateCard(
                card_id=card_id, before=CardPatch(title=current.title), after=CardPatch(title=title)
            )
        )


def test_edits_of_different_cards_from_two_seats_both_land_everywhere(
    seats: tuple[Store, Store],
) -> None:
    ana, ben = Seat(seats[0]), Seat(seats[1])
    ana.add("Ana's data check")
    ben.add("Ben's drift monitor", Phase.MONITOR)  # writes second: merges, then saves
    assert ben.saver.state.kind is SaveKind.SAVED and ben.saver.state.message == ""
    assert ana.saver.poll() is not None
    stored = seats[0].load_strategy(STRATEGY)
    assert ana.document.strategy == ben.document.strategy == stored
    assert {c.title for c in stored.cards.values()} == {"Ana's data check", "Ben's drift monitor"}
    assert [r.author for r in seats[0].history(STRATEGY)] == ["Ana", "Ben"]


def test_remote_operations_are_drawn_but_never_written_again_or_undoable(
    seats: tuple[Store, Store],
) -> None:
    ana, ben = Seat(seats[0]), Seat(seats[1])
    ben.add("Ben's card")
    before = len(seats[0].history(STRATEGY))
    edits = ana.saver.poll()
    assert edits is not None and edits.authors == ("Ben",)
    assert [c.origin for c in ana.heard] == [Origin.REMOTE]
    assert ana.saver.pending == 0 and len(seats[0].history(STRATEGY)) == before
    assert ana.saver.poll() is None  # nothing new: one cheap read, nothing applied


def test_the_later_write_of_one_field_wins_and_the_other_seat_is_told_exactly_what(
    seats: tuple[Store, Store],
) -> None:
    ana, ben = Seat(seats[0]), Seat(seats[1])
    card = ana.add("Bias audit")
    other = ana.add("Drift watch", Phase.MONITOR)
    ben.saver.poll()
    ana.retitle(card.id, "Fairness audit")  # written first
    ben.retitle(card.id, "Equality audit")  # written later: wins
    ben.retitle(other.id, "Drift and data watch")
    edits = ana.saver.poll()
    assert edits is not None
    assert ana.document.strategy.cards[card.id].title == "Equality audit"
    assert ana.document.strategy.cards[other.id].title == "Drift and data watch"
    [overwrite] = edits.overwritten
    assert overwrite.author == "Ben"
    assert overwrite.message == (
        "Ben changed the card “Fairness audit”: title from “Fairness audit” to "
        "“Equality audit”, replacing yours."
    )
    ana.document.apply(overwrite.restore)  # the told seat can put its value back
    assert ana.document.strategy.cards[card.id].title == "Fairness audit"
    ben.saver.poll()
    assert ben.document.strategy == ana.document.strategy == seats[0].load_strategy(STRATEGY)
    assert ben.remote[-1].overwritten == ()  # a deliberate edit after seeing his is no conflict


def test_a_seat_is_not_told_about_edits_that_did_not_overlap_its_own(
    seats: tuple[Store, Store],
) -> None:
    ana, ben = Seat(seats[0]), Seat(seats[1])
    card = ana.add("Bias audit")
    ben.saver.poll()
    ben.retitle(card.id, "Later title, seen first")
    assert ana.saver.poll() is not None
    ana.retitle(card.id, "Ana's after seeing Ben's")
    edits = ben.saver.poll()
    assert edits is not None and edits.overwritten == ()


def test_an_unsaved_edit_of_a_card_another_seat_removed_is_reported_as_dropped(
    seats: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    ana, ben = Seat(seats[0]), Seat(seats[1])
    card = ana.add("Short-lived")
    ben.saver.poll()
    real = seats[1].record_many

    def disk_full(*_args: object) -> None:
        raise StoreWriteError("Cannot save: disk full.")

    monkeypatch.setattr(seats[1], "record_many", disk_full)
    ben.retitle(card.id, "Ben's title")
    assert ben.saver.state.kind is SaveKind.ERROR and ben.saver.pending == 1
    strategy = ana.document.strategy
    ana.document.apply(RemoveCard(card=strategy.cards[card.id], links=()))
    monkeypatch.setattr(seats[1], "record_many", real)  # the disk has room again
    assert ben.saver.flush()
    edits = ben.remote[-1]
    assert [type(op).__name__ for op in edits.dropped] == ["UpdateCard"]
    assert card.id not in ben.document.strategy.cards and ben.saver.pending == 0
    assert ben.document.strategy == seats[1].load_strategy(STRATEGY)


# -- workshops -----------------------------------------------------------------------------------


def test_two_seats_adding_teams_to_one_workshop_both_keep_theirs(
    seats: tuple[Store, Store],
) -> None:
    for round_no in range(5):
        ana = WorkshopDocument(seats[0], seats[0].get_workshop(WORKSHOP_ID), "seat-ana")
        ben = WorkshopDocument(seats[1], seats[1].get_workshop(WORKSHOP_ID), "seat-ben")
        # Each edits the copy it loaded, as the teams dialog does, and saves it.
        ana.save(
            ana.workshop.model_copy(update={"teams": (*ana.workshop.teams, _team(f"A{round_no}"))})
        )
        ben.save(
            ben.workshop.model_copy(update={"teams": (*ben.workshop.teams, _team(f"B{round_no}"))})
        )
        names = {t.name for t in seats[0].get_workshop(WORKSHOP_ID).teams}
        assert {f"A{round_no}", f"B{round_no}"} <= names
        heard: list[WorkshopChange] = []
        ana.add_listener(_collect(heard))
        assert ana.poll() is not None and heard[0].origin is Origin.REMOTE
        assert ana.workshop == seats[1].get_workshop(WORKSHOP_ID)


def test_a_team_that_owns_strategies_is_not_removed_and_nothing_is_orphaned(
    seats: tuple[Store, Store],
) -> None:
    document = WorkshopDocument(seats[0], seats[0].get_workshop(WORKSHOP_ID))
    team_a = document.workshop.team("team-a")
    assert team_a is not None
    with pytest.raises(TeamInUseError, match="Team A strategy"):
        document.apply(RemoveTeam(team=team_a))
    assert seats[0].get_workshop(WORKSHOP_ID).team("team-a") == team_a
    team_b = document.workshop.team("team-b")
    assert team_b is not None
    document.apply(RemoveTeam(team=team_b))  # no strategies: removed, and undoable
    document.apply(RemoveTeam(team=team_b).inverse())
    assert seats[0].get_workshop(WORKSHOP_ID).team("team-b") == team_b


def test_workshop_and_review_edits_are_in_the_log_and_reach_the_other_seat(
    seats: tuple[Store, Store],
) -> None:
    ana = WorkshopDocument(seats[0], seats[0].get_workshop(WORKSHOP_ID), "seat-ana")
    ben = WorkshopDocument(seats[1], seats[1].get_workshop(WORKSHOP_ID), "seat-ben")
    ana.apply(AddTeam(team=_team("Team C")))
    seats[0].save_agenda(WORKSHOP_ID, Agenda.default())
    log = seats[1].workshop_history(WORKSHOP_ID)
    assert [(r.op.kind, r.author) for r in log] == [("add-team", "Ana"), ("review-edit", "Ana")]
    assert isinstance(log[1].op, ReviewEdit) and log[1].op.what == "agenda"
    change = ben.poll()
    assert change is not None and change.reviews_changed
    assert "Team C" in {t.name for t in ben.workshop.teams}
    assert ana.poll() is None  # its own edits do not come back as remote


def test_seats_see_who_else_is_here(seats: tuple[Store, Store]) -> None:
    ana, ben = seats
    ana.heartbeat(WORKSHOP_ID, STRATEGY)
    ben.heartbeat(WORKSHOP_ID, None)
    [other] = ana.present(WORKSHOP_ID)
    assert (other.name, other.strategy_id) == ("Ben", None)
    assert [p.strategy_id for p in ben.present(WORKSHOP_ID)] == [STRATEGY]
    ben.leave()
    assert ana.present(WORKSHOP_ID) == []


def _collect(into: list[WorkshopChange]) -> Callable[[WorkshopDocument, WorkshopChange], None]:
    return lambda _d, change: into.append(change)


def _team(name: str) -> Team:
    return Team(name=name, members=(Member(name=f"{name} lead", role="project-manager"),))
