"""Carrying cards from an older content series to the current capability vocabulary.

Content series 2026.12 split capabilities that let one generic card satisfy
duties the law keeps apart (see ``RETIRED``) and gave catalog practices a
default cadence. Existing databases (an Alembic data migration) and older
exchange files (the importer) pass every card through ``migrate_card``, which
says what it changed so the user can be told.

How a card is carried over:

* a catalog card whose capabilities are still exactly the catalog's old ones
  takes the catalog's new capabilities (``CATALOG_2026_12``);
* a catalog card its team edited keeps its other capabilities, and each retired
  key becomes what the practice itself now provides in its place (an edited
  "safe stop" keeps its stop switch);
* a custom card keeps its capabilities, and each retired key becomes the
  successor that fits the card's lane (``LANE_SUCCESSOR``) — a generic "human
  oversight" card in the Deployment lane is the human decision, in Monitoring it
  is oversight monitoring;
* a catalog card with no cadence takes the catalog's default cadence.

The tables are frozen: they describe the 2026.12 change and must not follow
later catalog edits (a later split gets a table of its own).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.i18n import quoted, translate

SERIES = "2026.12"

RETIRED: dict[str, tuple[str, ...]] = {
    "human-oversight": (
        "human-decision",
        "oversight-design",
        "oversight-monitoring",
        "stop-switch",
    ),
    "transparency-notice": ("individual-notice", "public-transparency"),
    "impact-assessment": (
        "ai-impact-assessment",
        "algorithmic-impact-assessment",
        "equality-impact-assessment",
    ),
}
"""Capability keys that no longer exist → the keys they were split into."""

LANE_SUCCESSOR: dict[str, dict[str, str]] = {
    "human-oversight": {
        "deploy": "human-decision",
        "develop": "oversight-design",
        "monitor": "oversight-monitoring",
        "": "oversight-monitoring",
    },
    "transparency-notice": {"deploy": "individual-notice", "": "public-transparency"},
    "impact-assessment": {"": "ai-impact-assessment"},
}
"""For a custom or edited card: the successor of a retired key by the card's lane ('' = other)."""

CATALOG_2026_12: dict[str, tuple[tuple[str, ...], tuple[str, ...], str | None]] = {
    "data-validation-checks": (
        ("data-quality", "data-validation"),
        ("data-quality", "data-validation"),
        "continuous",
    ),
    "lawful-basis-check": (("lawful-basis",), ("lawful-basis",), "once"),
    "oversight-interface-design": (
        ("explainability", "human-oversight"),
        ("explainability", "oversight-design"),
        None,
    ),
    "independent-peer-review": (("independent-review",), ("independent-review",), "once"),
    "conformity-assessment": (
        ("quality-management", "technical-documentation", "validation-gate"),
        (
            "conformity-assessment",
            "quality-management",
            "technical-documentation",
            "validation-gate",
        ),
        None,
    ),
    "safe-stop": (("human-oversight", "rollback"), ("rollback", "stop-switch"), None),
    "human-review-before-decision": (("human-oversight",), ("human-decision",), "continuous"),
    "public-transparency-notice": (("transparency-notice",), ("public-transparency",), None),
    "notice-to-affected-people": (
        ("ai-disclosure", "transparency-notice"),
        ("ai-disclosure", "individual-notice"),
        None,
    ),
    "human-alternative": (("appeal-process", "human-oversight"), ("human-alternative",), None),
    "performance-monitoring": (("performance-monitoring",), ("performance-monitoring",), "weekly"),
    "drift-detection": (("drift-monitoring",), ("drift-monitoring",), "weekly"),
    "fairness-dashboard": (("fairness-monitoring",), ("fairness-monitoring",), "monthly"),
    "service-health-monitoring": (("service-monitoring",), ("service-monitoring",), "continuous"),
    "incident-runbook": (("incident-response",), ("incident-response",), "continuous"),
    "post-market-monitoring-plan": (
        ("post-market-monitoring",),
        ("post-market-monitoring",),
        "quarterly",
    ),
    "decision-log-retention": (
        ("event-logging", "log-retention"),
        ("event-logging", "log-retention"),
        "continuous",
    ),
    "override-tracking": (
        ("human-oversight", "performance-monitoring"),
        ("oversight-monitoring", "performance-monitoring"),
        "weekly",
    ),
    "periodic-model-review": (
        ("drift-monitoring", "performance-monitoring", "risk-management"),
        ("drift-monitoring", "performance-monitoring", "risk-management"),
        "quarterly",
    ),
    "decision-sample-audit": (
        ("human-oversight", "performance-monitoring"),
        ("oversight-monitoring", "performance-monitoring"),
        "monthly",
    ),
    "appeal-route": (
        ("appeal-process", "explanation-to-individuals"),
        ("appeal-process",),
        "continuous",
    ),
    "feedback-channel": (("user-feedback",), ("user-feedback",), "continuous"),
    "complaint-register": (("complaint-handling",), ("complaint-handling",), "continuous"),
    "controlled-retraining": (("retraining",), ("retraining",), "quarterly"),
    "community-panel": (("stakeholder-engagement",), ("stakeholder-engagement",), "quarterly"),
    "regulatory-horizon-scan": (("regulatory-watch",), ("regulatory-watch",), "quarterly"),
    "decommissioning-plan": (("model-retirement",), ("model-retirement",), "once"),
    "feedback-triage": (
        ("lessons-learned", "user-feedback"),
        ("lessons-learned", "user-feedback"),
        "weekly",
    ),
    "data-correction-loop": (
        ("data-quality", "retraining"),
        ("data-quality", "retraining"),
        "monthly",
    ),
    "public-performance-report": (
        ("stakeholder-engagement", "transparency-notice"),
        ("public-transparency",),
        "yearly",
    ),
    "risk-register": (("risk-management",), ("risk-management",), "quarterly"),
    "algorithmic-impact-assessment": (
        ("impact-assessment",),
        ("ai-impact-assessment", "algorithmic-impact-assessment"),
        "yearly",
    ),
    "fria": (("fria", "impact-assessment"), ("ai-impact-assessment", "fria"), "once"),
    "dpia": (("dpia",), ("dpia",), "once"),
    "equality-impact-assessment": (
        ("bias-examination", "impact-assessment"),
        ("bias-examination", "equality-impact-assessment"),
        "once",
    ),
    "ai-register-entry": (
        ("ai-register", "transparency-notice"),
        ("ai-register", "public-transparency"),
        None,
    ),
    "ai-literacy-programme": (("ai-literacy",), ("ai-literacy",), "yearly"),
    "ethics-board-review": (("ethics-review",), ("ethics-review",), "once"),
    "legal-authority-review": (
        ("lawful-basis", "legal-review"),
        ("lawful-basis", "legal-review"),
        "once",
    ),
}
"""Catalog key → (capabilities before 2026.12, capabilities since, default cadence)."""


@dataclass(frozen=True)
class CardChange:
    """What ``migrate_card`` changed on one card."""

    capabilities: tuple[str, ...]
    cadence: str | None
    notes: tuple[str, ...]

    @property
    def changed(self) -> bool:
        """Whether anything changed."""
        return bool(self.notes)


def migrate_card(
    catalog_key: str | None,
    phase: str,
    capabilities: Sequence[str],
    cadence: str | None,
) -> CardChange:
    """The card's capabilities and cadence in the 2026.12 vocabulary, and what changed.

    Args:
        catalog_key: the card's catalog entry, or None for a custom card.
        phase: the card's lane (``Phase`` value).
        capabilities: its capability keys.
        cadence: its cadence (``Cadence`` value) or None.
    """
    old = tuple(sorted(set(capabilities)))
    notes: list[str] = []
    entry = CATALOG_2026_12.get(catalog_key or "")
    if entry is not None and old == entry[0] and entry[0] != entry[1]:
        new = entry[1]
        notes.append(
            translate("content-migration", "capabilities {old} → {new} (catalog update)").format(
                old=", ".join(old), new=", ".join(new)
            )
        )
    else:
        swapped: list[str] = []
        for key in old:
            if key in LANE_SUCCESSOR:
                # An edited catalog card keeps what its practice became; others go by lane.
                table = LANE_SUCCESSOR[key]
                chosen = [c for c in entry[1] if c in RETIRED[key]] if entry is not None else []
                successors = chosen or [table.get(phase, table[""])]
                swapped.extend(successors)
                notes.append(
                    translate("content-migration", "capability {old} → {new}").format(
                        old=key, new=", ".join(successors)
                    )
                )
            else:
                swapped.append(key)
        new = tuple(sorted(set(swapped)))
    if cadence is None and entry is not None and entry[2] is not None:
        cadence = entry[2]
        notes.append(
            translate("content-migration", "cadence set to {cadence} (catalog default)").format(
                cadence=cadence
            )
        )
    return CardChange(capabilities=new, cadence=cadence, notes=tuple(notes))


def retired_in(capabilities: Sequence[str]) -> bool:
    """Whether any of ``capabilities`` is a retired key (the document needs migrating)."""
    return any(key in RETIRED for key in capabilities)


MAX_NOTES = 20
"""Changed cards listed one by one before a summary line."""


def _card_lists(raw: Any) -> list[list[Any]]:
    """Every strategy's cards in ``raw`` (an exchange document, a stored snapshot).

    A strategy is any object with ``cards`` and ``links``; its cards are a list (the
    exchange format) or an object keyed by card id (the model, as stored).
    """
    found: list[list[Any]] = []
    stack = [raw]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            cards = node.get("cards")
            if "links" in node and isinstance(cards, list):
                found.append(cards)
            elif "links" in node and isinstance(cards, dict):
                found.append(list(cards.values()))
            stack.extend(v for k, v in node.items() if k != "cards")
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _needs_upgrade(raw: Any) -> bool:
    return any(
        isinstance(card, dict)
        and isinstance(card.get("capabilities"), list)
        and retired_in([c for c in card["capabilities"] if isinstance(c, str)])
        for cards in _card_lists(raw)
        for card in cards
    )


def older_series(content_version: Any) -> bool:
    """Whether a document's ``content_version`` ('2026.11+ab12…') predates ``SERIES``."""
    if not isinstance(content_version, str):
        return False
    series = content_version.split("+", 1)[0].strip()
    return bool(series) and series < SERIES


def upgrade_cards(raw: Any, *, older: bool = False) -> tuple[Any, list[str]]:
    """``raw`` with every card in the 2026.12 vocabulary, and one note per changed card.

    Args:
        raw: a parsed document (an exchange file, a stored snapshot).
        older: the document comes from an older content series, so unedited catalog
            cards also take the catalog's new capabilities and default cadences, as a
            migrated database does; otherwise only retired keys are carried over.

    Returns the same object when nothing needs changing (a current document), else
    an upgraded deep copy. Malformed cards are left as they are for validation to report.
    """
    if not older and not _needs_upgrade(raw):
        return raw, []
    upgraded = copy.deepcopy(raw)
    notes: list[str] = []
    changed = 0
    for cards in _card_lists(upgraded):
        for card in cards:
            if not isinstance(card, dict):
                continue
            caps = card.get("capabilities")
            phase = card.get("phase")
            if not isinstance(caps, list) or not all(isinstance(c, str) for c in caps):
                continue
            if not (older or retired_in(caps)) or not isinstance(phase, str):
                continue
            key = card.get("catalog_key")
            cadence = card.get("cadence")
            change = migrate_card(
                key if isinstance(key, str) else None,
                phase,
                caps,
                cadence if isinstance(cadence, str) else None,
            )
            if not change.changed:
                continue
            card["capabilities"] = list(change.capabilities)
            if change.cadence is not None and cadence is None:
                card["cadence"] = change.cadence
            changed += 1
            if changed <= MAX_NOTES:
                title = card.get("title") if isinstance(card.get("title"), str) else card.get("id")
                notes.append(
                    translate("content-migration", "card {title}: {changes}").format(
                        title=quoted(str(title)), changes="; ".join(change.notes)
                    )
                )
    if not changed:
        return raw, []
    if changed > MAX_NOTES:
        notes.append(
            translate(
                "content-migration",
                "… and %n more card(s) updated the same way",
                None,
                changed - MAX_NOTES,
            )
        )
    notes.insert(
        0,
        translate(
            "content-migration",
            "%n card(s) came from before content series {series}, which split capabilities "
            "into distinct duties; they were carried over to the new keys",
            None,
            changed,
        ).format(series=SERIES),
    )
    return upgraded, notes
