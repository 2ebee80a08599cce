"""Importing a validated document into a store: plan first, then one transaction.

Policy, decided here so the GUI and the CLI behave alike:

- A strategy whose id is already in the database is refused (the store would
  replace it and drop its history); ``as_new=True`` imports a copy with fresh
  strategy ids instead. Card and link ids stay: the store keys them per strategy.
- A workshop that is already in the database is kept as it is; teams and
  scenarios the document has and the database lacks are added, and every
  detail of the document that is not written (a different name, a team with
  other members) is reported in the summary's notes, never dropped silently.
- A workshop document imported ``as_new`` becomes a new workshop (fresh id)
  holding copies of its strategies, next to the original.
- A workshop document's reviews are written with its strategies (with fresh
  ids in a copy). Into an existing workshop, its own peer rounds and agenda
  are kept, like its teams, and differences are noted.

Nothing is written until every check has passed; the write is the store's
``save_bundle``, one transaction, so a failure leaves the database unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from app.exchange.checks import Problem
from app.exchange.reader import ExchangeError, ImportResult
from app.exchange.reviews import merged_reviews, renamed_reviews
from app.i18n import translate
from app.store.errors import DamagedRowError, UnknownRecordError
from app.store.review_writes import ReviewRecords
from models.content import Scenario
from models.errors import bare
from models.review import Agenda, PeerRound
from models.strategy import Strategy, new_id
from models.workshop import Workshop


class StrategyIdLike(Protocol):
    """The field of the store's strategy summary that import reads."""

    @property
    def id(self) -> str:
        """The strategy's id."""
        ...


class ImportTarget(Protocol):
    """The store methods import uses (``app.store.Store`` provides them)."""

    def get_workshop(self, workshop_id: str) -> Workshop:
        """The workshop; raises ``UnknownRecordError`` when absent."""
        ...

    def list_scenarios(self, workshop_id: str) -> Sequence[Scenario]:
        """The workshop's scenarios."""
        ...

    def list_strategies(self, workshop_id: str | None = None) -> Sequence[StrategyIdLike]:
        """Summaries of strategies."""
        ...

    def damaged_rows(self) -> Sequence[DamagedRowError]:
        """The damaged rows the lists so far left out."""
        ...

    def list_rounds(self, workshop_id: str) -> Sequence[PeerRound]:
        """The workshop's peer rounds."""
        ...

    def find_agenda(self, workshop_id: str) -> Agenda | None:
        """The workshop's saved agenda, or None; raises ``UnknownRecordError`` when absent."""
        ...

    def save_bundle(
        self,
        workshop: Workshop,
        scenarios: Sequence[Scenario],
        strategies: Sequence[Strategy],
        reviews: ReviewRecords | None = None,
    ) -> None:
        """Write everything in one transaction."""
        ...


@dataclass(frozen=True)
class ImportPlan:
    """What an import will write, computed without writing anything.

    Attributes:
        workshop: the workshop to write (the database's own, extended, if it exists).
        scenarios: every scenario to write.
        strategies: the strategies to write, with their final ids.
        workshop_exists: whether the workshop was already in the database.
        renamed: original strategy id → new id (``as_new`` only).
        notes: what the user should know (details kept from the database, copies made).
        reviews: the review records to write.
    """

    workshop: Workshop
    scenarios: tuple[Scenario, ...]
    strategies: tuple[Strategy, ...]
    workshop_exists: bool
    renamed: dict[str, str]
    notes: tuple[str, ...]
    reviews: ReviewRecords = field(default_factory=ReviewRecords)


def plan_import(store: ImportTarget, result: ImportResult, *, as_new: bool = False) -> ImportPlan:
    """Decide what importing ``result`` writes; read-only.

    Raises:
        ExchangeError: a strategy id is taken and ``as_new`` is false.
    """
    notes: list[str] = []
    workshop = result.workshop
    strategies = list(result.strategies)
    if as_new and result.kind == "workshop":
        workshop = workshop.model_copy(update={"id": new_id()})
        notes.append(
            translate(
                "errors-exchange", "imported as a new workshop '{id}' (a copy of '{original}')"
            ).format(id=bare(workshop.id), original=bare(result.workshop.id))
        )
    renamed: dict[str, str] = {}
    if as_new:
        renamed = {s.id: new_id() for s in strategies}
        strategies = [_renamed(s, renamed[s.id], workshop.id) for s in strategies]
    else:
        taken = {summary.id for summary in store.list_strategies()}
        # A row too damaged to list still holds its id: never replace it silently.
        taken |= {str(d.key[0]) for d in store.damaged_rows() if d.table == "strategies"}
        clashes = [
            Problem(
                f"data.strategies[{index}].id",
                translate(
                    "errors-exchange",
                    "a strategy with id '{id}' is already in this database; "
                    "import it as a new copy (--as-new) or delete the existing one first",
                ).format(id=bare(s.id)),
            )
            for index, s in enumerate(strategies)
            if s.id in taken
        ]
        if clashes:
            raise ExchangeError(clashes)
    reviews = result.reviews
    if as_new and not reviews.is_empty:
        reviews = renamed_reviews(reviews, renamed, workshop.id)
    existing = _existing_workshop(store, workshop.id)
    scenarios = list(result.scenarios)
    if existing is not None:
        workshop = _merged_workshop(existing, workshop, notes)
        scenarios = _new_scenarios(store.list_scenarios(existing.id), scenarios, notes)
        if not reviews.is_empty:
            reviews = merged_reviews(
                reviews, store.list_rounds(existing.id), store.find_agenda(existing.id), notes
            )
    if renamed:
        notes += [
            translate("errors-exchange", "strategy '{old}' imported as '{new}'").format(
                old=bare(old), new=bare(new)
            )
            for old, new in renamed.items()
        ]
    return ImportPlan(
        workshop=workshop,
        scenarios=tuple(scenarios),
        strategies=tuple(strategies),
        workshop_exists=existing is not None,
        renamed=renamed,
        notes=tuple(notes),
        reviews=reviews,
    )


def import_document(
    store: ImportTarget, result: ImportResult, *, as_new: bool = False
) -> ImportPlan:
    """Write a validated document into ``store`` in one transaction; return what was written.

    Args:
        store: the target database.
        result: from ``read_document``; it has passed every check.
        as_new: give the strategies fresh ids (and a workshop document a new workshop).

    Raises:
        ExchangeError: a strategy id is already taken (and ``as_new`` is false).
        app.store.errors.StoreError: the database refused the write; nothing was written.
    """
    plan = plan_import(store, result, as_new=as_new)
    store.save_bundle(plan.workshop, plan.scenarios, plan.strategies, plan.reviews)
    return plan


def _existing_workshop(store: ImportTarget, workshop_id: str) -> Workshop | None:
    try:
        return store.get_workshop(workshop_id)
    except UnknownRecordError:
        return None


def _renamed(strategy: Strategy, strategy_id: str, workshop_id: str) -> Strategy:
    return strategy.model_copy(update={"id": strategy_id, "workshop_id": workshop_id}, deep=True)


def _merged_workshop(existing: Workshop, incoming: Workshop, notes: list[str]) -> Workshop:
    """The database's workshop plus the document's teams it lacks; differences become notes."""
    header = ("name", "date", "facilitator", "description")
    differing = [f for f in header if getattr(existing, f) != getattr(incoming, f)]
    if differing:
        notes.append(
            translate(
                "errors-exchange",
                "workshop '{id}' is already here; kept its {fields} rather than the document's",
            ).format(id=bare(existing.id), fields=", ".join(differing))
        )
    known = {team.id: team for team in existing.teams}
    added = [team for team in incoming.teams if team.id not in known]
    changed = [team.name for team in incoming.teams if team.id in known and known[team.id] != team]
    if changed:
        notes.append(
            translate(
                "errors-exchange",
                "kept this database's version of team(s) {names}",
                None,
                len(changed),
            ).format(names=", ".join(changed))
        )
    if added:
        notes.append(
            translate(
                "errors-exchange", "added team(s) {names} to the workshop", None, len(added)
            ).format(names=", ".join(t.name for t in added))
        )
    return existing.model_copy(update={"teams": (*existing.teams, *added)})


def _new_scenarios(
    existing: Iterable[Scenario], incoming: Sequence[Scenario], notes: list[str]
) -> list[Scenario]:
    """The document's scenarios the workshop lacks (an existing key keeps the database's)."""
    known = {scenario.key: scenario for scenario in existing}
    changed = [s.key for s in incoming if s.key in known and known[s.key] != s]
    if changed:
        notes.append(
            translate(
                "errors-exchange",
                "kept this database's version of scenario(s) {names}",
                None,
                len(changed),
            ).format(names=", ".join(changed))
        )
    return [s for s in incoming if s.key not in known]
