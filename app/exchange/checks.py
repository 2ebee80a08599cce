"""Cross-reference checks on a structurally valid document, each problem with its JSON path.

Pydantic checks each record on its own; these checks look across records:
unique ids (strategies and scenarios per document, cards and links per
strategy, as the store keys them), a strategy's workshop, team and scenario
present, link ends inside the same strategy, capabilities known to the
content library.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.exchange.wire import BundleData
from app.i18n import translate
from models.errors import bare


class ContentInfo(Protocol):
    """What an import needs from the content library (``app.resources.ContentLibrary``)."""

    @property
    def version(self) -> str:
        """The content library's version string."""
        ...

    @property
    def capabilities(self) -> Mapping[str, Any]:
        """The known capability keys (values are not used here)."""
        ...


@dataclass(frozen=True)
class Problem:
    """One reason a document is refused, at a JSON path such as ``data.strategies[0].name``."""

    path: str
    message: str

    def __str__(self) -> str:
        if not self.path:
            return self.message
        return translate("errors-exchange", "{where}: {reason}").format(
            where=self.path, reason=self.message
        )


def json_path(loc: Sequence[int | str]) -> str:
    """A pydantic error location as a JSON path: ``('a', 0, 'b')`` → ``a[0].b``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def check_bundle(data: BundleData, library: ContentInfo | None) -> list[Problem]:
    """Every cross-reference problem in ``data``; empty when the bundle is consistent.

    Args:
        data: a bundle that passed pydantic validation.
        library: the content library to check capability keys against, or None to skip.
    """
    problems: list[Problem] = []
    scenario_keys = _first_seen(
        ((f"data.scenarios[{i}].key", s.key) for i, s in enumerate(data.scenarios)),
        translate("errors-exchange", "duplicate scenario key '{key}' (first used at {first})"),
        problems,
    )
    _first_seen(
        ((f"data.strategies[{i}].id", s.id) for i, s in enumerate(data.strategies)),
        translate("errors-exchange", "duplicate strategy id '{key}' (first used at {first})"),
        problems,
    )
    card_twice = translate("errors-exchange", "duplicate card id '{key}' (first used at {first})")
    link_twice = translate("errors-exchange", "duplicate link id '{key}' (first used at {first})")
    team_ids = {team.id for team in data.workshop.teams}
    known = set(library.capabilities) if library is not None else None
    for index, strategy in enumerate(data.strategies):
        at = f"data.strategies[{index}]"
        if strategy.workshop_id != data.workshop.id:
            problems.append(
                Problem(
                    f"{at}.workshop_id",
                    translate(
                        "errors-exchange", "'{found}' is not the document's workshop '{workshop}'"
                    ).format(found=bare(strategy.workshop_id), workshop=bare(data.workshop.id)),
                )
            )
        if strategy.team_id is not None and strategy.team_id not in team_ids:
            problems.append(
                Problem(
                    f"{at}.team_id",
                    translate("errors-exchange", "no team with id '{id}' in the workshop").format(
                        id=bare(strategy.team_id)
                    ),
                )
            )
        if strategy.scenario_key not in scenario_keys:
            problems.append(
                Problem(
                    f"{at}.scenario_key",
                    translate(
                        "errors-exchange", "no scenario with key '{key}' in data.scenarios"
                    ).format(key=bare(strategy.scenario_key)),
                )
            )
        item_ids: dict[str, str] = {}  # a strategy's card and link ids share one space
        card_ids: set[str] = set()
        for j, card in enumerate(strategy.cards):
            _claim(item_ids, card.id, f"{at}.cards[{j}].id", card_twice, problems)
            card_ids.add(card.id)
            if known is not None:
                for key in card.capabilities:
                    if key not in known:
                        problems.append(
                            Problem(
                                f"{at}.cards[{j}].capabilities",
                                _unknown_capability(key),
                            )
                        )
        pairs: set[tuple[str, str]] = set()
        for j, link in enumerate(strategy.links):
            _claim(item_ids, link.id, f"{at}.links[{j}].id", link_twice, problems)
            for end in ("source", "target"):
                card_id = getattr(link, end)
                if card_id not in card_ids:
                    problems.append(
                        Problem(
                            f"{at}.links[{j}].{end}",
                            translate("errors-exchange", "no card with id '{id}' here").format(
                                id=bare(card_id)
                            ),
                        )
                    )
            if (link.source, link.target) in pairs:
                problems.append(
                    Problem(
                        f"{at}.links[{j}]",
                        translate("errors-exchange", "these two cards are already linked that way"),
                    )
                )
            pairs.add((link.source, link.target))
    return problems


def raw_capability_problems(raw: Any, library: ContentInfo | None) -> list[Problem]:
    """Unknown capabilities found in raw, not yet validated document data.

    Used when pydantic already refused the document, so that a file with a bad
    title and an agency-specific capability reports both at once.
    """
    if library is None or not isinstance(raw, dict):
        return []
    strategies = (
        raw.get("data", {}).get("strategies") if isinstance(raw.get("data"), dict) else None
    )
    problems: list[Problem] = []
    for i, strategy in enumerate(strategies if isinstance(strategies, list) else []):
        cards = strategy.get("cards") if isinstance(strategy, dict) else None
        for j, card in enumerate(cards if isinstance(cards, list) else []):
            keys = card.get("capabilities") if isinstance(card, dict) else None
            for key in keys if isinstance(keys, list) else []:
                if isinstance(key, str) and key not in library.capabilities:
                    problems.append(
                        Problem(
                            f"data.strategies[{i}].cards[{j}].capabilities",
                            _unknown_capability(key),
                        )
                    )
    return problems


def _unknown_capability(key: str) -> str:
    return translate(
        "errors-exchange", "unknown capability '{key}' (not in this app's content library)"
    ).format(key=bare(key))


def _claim(owners: dict[str, str], key: str, path: str, twice: str, out: list[Problem]) -> None:
    """Record ``key`` at ``path``; a second use is a problem (``twice``: {key}, {first})."""
    if key in owners:
        out.append(Problem(path, twice.format(key=key, first=owners[key])))
    else:
        owners[key] = path


def _first_seen(items: Iterable[tuple[str, str]], twice: str, out: list[Problem]) -> set[str]:
    owners: dict[str, str] = {}
    for path, key in items:
        _claim(owners, key, path, twice, out)
    return set(owners)
