"""A workshop document's reflections and observations: wire order, checks, copies.

They travel in ``data.reviews`` beside the score sheets and peer feedback (see
``app.exchange.reviews``, which calls these). Every reflection must belong to the
document's workshop; an observation must also refer to one of its strategies.
A reflection's team need not exist any more (a member may have left).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.exchange.checks import Problem
from app.i18n import translate
from app.review.reflections import Observation, Reflection
from models.errors import bare
from models.strategy import new_id


def wire_order(
    reflections: Sequence[Reflection], observations: Sequence[Observation]
) -> tuple[tuple[Reflection, ...], tuple[Observation, ...]]:
    """Both lists sorted so a document's bytes never depend on the store's order."""
    return (
        tuple(sorted(reflections, key=lambda r: (r.kind.value, r.author.casefold(), r.id))),
        tuple(sorted(observations, key=lambda o: (o.strategy_id, o.event_key, o.id))),
    )


def check_reflections(
    reflections: Sequence[Reflection],
    observations: Sequence[Observation],
    workshop_id: str,
    strategy_ids: set[str],
) -> list[Problem]:
    """Every cross-reference problem of a document's reflections and observations."""
    problems: list[Problem] = []
    seen: dict[object, str] = {}

    def once(key: object, path: str, what: str) -> None:
        if key in seen:
            problems.append(
                Problem(
                    path,
                    translate("errors-exchange", "duplicate {what} (first at {first})").format(
                        what=what, first=seen[key]
                    ),
                )
            )
        else:
            seen[key] = path

    def elsewhere(at: str, their_workshop: str) -> None:
        if their_workshop != workshop_id:
            problems.append(
                Problem(
                    f"{at}.workshop_id",
                    translate("errors-exchange", "'{id}' is not the workshop").format(
                        id=bare(their_workshop)
                    ),
                )
            )

    for i, reflection in enumerate(reflections):
        at = f"data.reviews.reflections[{i}]"
        elsewhere(at, reflection.workshop_id)
        once(
            ("reflection-id", reflection.id),
            f"{at}.id",
            translate("errors-exchange", "reflection id '{id}'").format(id=bare(reflection.id)),
        )
        once(
            ("reflection", reflection.key),
            at,
            translate("errors-exchange", "reflection of '{author}'").format(
                author=bare(reflection.author)
            ),
        )
    for i, observation in enumerate(observations):
        at = f"data.reviews.observations[{i}]"
        elsewhere(at, observation.workshop_id)
        if observation.strategy_id not in strategy_ids:
            problems.append(
                Problem(
                    f"{at}.strategy_id",
                    translate("errors-exchange", "no strategy '{id}' in data.strategies").format(
                        id=bare(observation.strategy_id)
                    ),
                )
            )
        once(
            ("observation-id", observation.id),
            f"{at}.id",
            translate("errors-exchange", "observation id '{id}'").format(id=bare(observation.id)),
        )
        once(
            ("observation", observation.key),
            at,
            translate("errors-exchange", "observation of this event on this strategy"),
        )
    return problems


def renamed(
    reflections: Sequence[Reflection],
    observations: Sequence[Observation],
    strategy_ids: Mapping[str, str],
    workshop_id: str,
) -> tuple[tuple[Reflection, ...], tuple[Observation, ...]]:
    """Copies for a workshop imported as new: fresh ids, the new workshop and strategy ids."""
    return (
        tuple(
            r.model_copy(update={"id": new_id(), "workshop_id": workshop_id}) for r in reflections
        ),
        tuple(
            o.model_copy(
                update={
                    "id": new_id(),
                    "workshop_id": workshop_id,
                    "strategy_id": strategy_ids.get(o.strategy_id, o.strategy_id),
                }
            )
            for o in observations
        ),
    )
