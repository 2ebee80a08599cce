"""Names the findings dock puts to things: packs, cards, catalog practices, and why a rule matters.

It holds what the dock was last given (the loaded packs, the content library,
the strategy and the check) and answers the questions of ``FindingDetails``
(the ``FindingSource`` protocol) and of the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.checker import structural
from app.i18n import QT_TRANSLATE_NOOP, translate
from models.findings import CheckResult, Finding
from models.rules import RulePack
from models.strategy import Strategy
from views.labels import phase_short

STRUCTURE_TITLE = QT_TRANSLATE_NOOP("findings", "Lifecycle structure")
"""``app.checker.structural.TITLE``, marked for lupdate (a test keeps the two equal)."""


class FindingNames:
    """What the dock knows to name things with.

    Attributes:
        packs: the loaded packs by key.
        library: the content library (the catalog's titles and lanes), if any.
        strategy: the strategy the findings are about, if any.
        result: the check shown, if any.
    """

    def __init__(self, packs: Mapping[str, RulePack], library: Any = None) -> None:
        self.packs: dict[str, RulePack] = dict(packs)
        self.library = library
        self.strategy: Strategy | None = None
        self.result: CheckResult | None = None

    def pack_title(self, key: str) -> str:
        """A pack's title as shown (the structure rules have their own)."""
        if key == structural.PACK:
            return translate("findings", STRUCTURE_TITLE)
        pack = self.packs.get(key)
        if pack is not None:
            return pack.title
        for coverage in self.result.coverage if self.result else ():
            if coverage.pack == key:
                return coverage.title
        return key

    def card_title(self, card_id: str) -> str:
        """A card's title in the current strategy (its id if unknown)."""
        card = self.strategy.cards.get(card_id) if self.strategy else None
        return card.title if card is not None else card_id

    def entry_label(self, key: str) -> str:
        """A catalog practice as offered for a fix: its title and lane."""
        catalog = getattr(self.library, "catalog", None)
        entry = catalog.get(key) if isinstance(catalog, Mapping) else None
        if entry is None:
            return key
        return translate("findings", "{title} · {phase}").format(
            title=entry.title, phase=phase_short(entry.phase)
        )

    def explanation(self, finding: Finding) -> str:
        """Why the finding's rule matters, from its pack (or the structural rules)."""
        if finding.pack == structural.PACK:
            return structural.rule_explanation(finding.rule_id)
        pack = self.packs.get(finding.pack)
        rule = pack.rule(finding.rule_id) if pack else None
        return rule.explanation if rule else ""
