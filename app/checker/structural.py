"""The built-in structural rules: always on, about the shape of the lifecycle itself.

Each rule has an id, a severity and a plain explanation; ``evaluate_structure``
turns the ones that fail into finding drafts (pack ``structure``), ranked with the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.checker.fixes import FixFinder
from app.checker.ranking import Draft
from app.checker.reach import GraphIndex
from app.i18n import phase_label, translate
from models.phases import LIFECYCLE, Phase
from models.vocabulary import Severity

PACK = "structure"
TITLE = "Lifecycle structure"
ORPHAN_ALLOWANCE = 3
"""Unlinked cards tolerated while a team is still placing cards ('a handful')."""


@dataclass(frozen=True)
class StructuralRule:
    """A built-in rule about the lifecycle's shape."""

    id: str
    title: str
    severity: Severity
    explanation: str


RULES: tuple[StructuralRule, ...] = (
    StructuralRule(
        "structure.phase-covered",
        "Every phase has a card",
        Severity.ERROR,
        "Each of the six lifecycle phases needs at least one practice; an empty lane is a "
        "stage of the system's life that nobody has planned for.",
    ),
    StructuralRule(
        "structure.loop-closed",
        "The feedback loop is closed",
        Severity.ERROR,
        "What monitoring finds must reach a feedback card and flow back into data or "
        "development; otherwise problems are seen but never fixed.",
    ),
    StructuralRule(
        "structure.deploy-gated",
        "Deployments are gated by evaluation",
        Severity.ERROR,
        "Every deployment card must be reachable from an evaluation card, so nothing "
        "goes live without passing a validation gate.",
    ),
    StructuralRule(
        "structure.monitor-after-deploy",
        "Monitoring follows deployment",
        Severity.WARNING,
        "Every monitoring card should be downstream of a deployment card: monitoring "
        "watches something that was released.",
    ),
    StructuralRule(
        "structure.no-orphans",
        "Cards are linked",
        Severity.WARNING,
        f"More than {ORPHAN_ALLOWANCE} cards have no link at all; a practice that connects "
        "to nothing is unlikely to be used.",
    ),
    StructuralRule(
        "structure.card-owner",
        "Every card has an owner",
        Severity.WARNING,
        "A practice without an owner role tends not to happen. Give each card an owner.",
    ),
    StructuralRule(
        "structure.link-direction",
        "Links follow the lifecycle",
        Severity.WARNING,
        "A link that runs against the lifecycle direction should be a feeds-back link; "
        "otherwise the flow of work is unclear.",
    ),
    StructuralRule(
        "structure.accountable-owner",
        "Governance has an accountable owner",
        Severity.ERROR,
        "A governance card providing 'accountability' with an owner role names who "
        "answers for the system and its outcomes.",
    ),
)
RULES_BY_ID = {rule.id: rule for rule in RULES}


def pack_title() -> str:
    """``TITLE`` in the current language."""
    return translate("checker", "Lifecycle structure")


def rule_title(rule_id: str) -> str:
    """A structural rule's title in the current language (``StructuralRule.title``)."""
    return {
        "structure.phase-covered": translate("checker", "Every phase has a card"),
        "structure.loop-closed": translate("checker", "The feedback loop is closed"),
        "structure.deploy-gated": translate("checker", "Deployments are gated by evaluation"),
        "structure.monitor-after-deploy": translate("checker", "Monitoring follows deployment"),
        "structure.no-orphans": translate("checker", "Cards are linked"),
        "structure.card-owner": translate("checker", "Every card has an owner"),
        "structure.link-direction": translate("checker", "Links follow the lifecycle"),
        "structure.accountable-owner": translate("checker", "Governance has an accountable owner"),
    }.get(rule_id, RULES_BY_ID[rule_id].title if rule_id in RULES_BY_ID else rule_id)


def rule_explanation(rule_id: str) -> str:
    """Why a structural rule matters, in the current language (``StructuralRule.explanation``)."""
    texts = {
        "structure.phase-covered": translate(
            "checker",
            "Each of the six lifecycle phases needs at least one practice; an empty lane is a "
            "stage of the system's life that nobody has planned for.",
        ),
        "structure.loop-closed": translate(
            "checker",
            "What monitoring finds must reach a feedback card and flow back into data or "
            "development; otherwise problems are seen but never fixed.",
        ),
        "structure.deploy-gated": translate(
            "checker",
            "Every deployment card must be reachable from an evaluation card, so nothing "
            "goes live without passing a validation gate.",
        ),
        "structure.monitor-after-deploy": translate(
            "checker",
            "Every monitoring card should be downstream of a deployment card: monitoring "
            "watches something that was released.",
        ),
        "structure.no-orphans": translate(
            "checker",
            "More than {allowance} cards have no link at all; a practice that connects "
            "to nothing is unlikely to be used.",
        ).format(allowance=ORPHAN_ALLOWANCE),
        "structure.card-owner": translate(
            "checker",
            "A practice without an owner role tends not to happen. Give each card an owner.",
        ),
        "structure.link-direction": translate(
            "checker",
            "A link that runs against the lifecycle direction should be a feeds-back link; "
            "otherwise the flow of work is unclear.",
        ),
        "structure.accountable-owner": translate(
            "checker",
            "A governance card providing 'accountability' with an owner role names who "
            "answers for the system and its outcomes.",
        ),
    }
    rule = RULES_BY_ID.get(rule_id)
    return texts.get(rule_id, rule.explanation if rule else "")


EVIDENCE_RULES = frozenset(
    {
        "structure.phase-covered",
        "structure.loop-closed",
        "structure.deploy-gated",
        "structure.monitor-after-deploy",
        "structure.accountable-owner",
    }
)
"""Rules about what the lifecycle does, so met only by cards in place; the others are about
how the board is drawn (links, owners) and hold or fail whatever the cards' status."""


def _finding(
    rule_id: str, message: str, cards: tuple[str, ...] = (), fixes: tuple[str, ...] = ()
) -> Draft:
    rule = RULES_BY_ID[rule_id]
    return Draft(
        rule_id=rule_id,
        pack=PACK,
        severity=rule.severity,
        title=rule_title(rule_id),
        message=message,
        card_ids=cards,
        fixes=fixes,
    )


def _phase_covered(g: GraphIndex, fixes: FixFinder) -> list[Draft]:
    return [
        _finding(
            "structure.phase-covered",
            translate("checker", "The {phase} lane has no card.").format(phase=phase_label(phase)),
            fixes=fixes.for_phase(phase),
        )
        for phase in LIFECYCLE
        if not g.by_phase[phase]
    ]


def _loop_closed(g: GraphIndex, fixes: FixFinder) -> list[Draft]:
    monitor = g.phase_bit(Phase.MONITOR)
    back = g.phase_bit(Phase.DATA) | g.phase_bit(Phase.DEVELOP)
    feedback = g.by_phase[Phase.FEEDBACK]
    if any(g.above[f] & monitor and g.below[f] & back for f in feedback):
        return []
    if not feedback:
        message = translate(
            "checker",
            "No feedback card: nothing carries what monitoring learns back into the lifecycle.",
        )
        return [_finding("structure.loop-closed", message, fixes=fixes.for_phase(Phase.FEEDBACK))]
    message = translate(
        "checker",
        "No path runs from a monitoring card through a feedback card back to a data or "
        "development card; link them.",
    )
    return [_finding("structure.loop-closed", message, g.names(feedback))]


def _deploy_gated(g: GraphIndex, fixes: FixFinder) -> list[Draft]:
    evaluate = g.phase_bit(Phase.EVALUATE)
    ungated = [d for d in g.by_phase[Phase.DEPLOY] if not g.strictly_above(d) & evaluate]
    if not ungated:
        return []
    message = translate(
        "checker",
        "%n deployment card(s) have no evaluation card upstream: "
        "nothing stops an unvalidated release.",
        None,
        len(ungated),
    )
    gate = () if g.by_phase[Phase.EVALUATE] else fixes.providers("validation-gate", Phase.EVALUATE)
    return [_finding("structure.deploy-gated", message, g.names(ungated), gate)]


def _monitor_after_deploy(g: GraphIndex, fixes: FixFinder) -> list[Draft]:
    deploy = g.phase_bit(Phase.DEPLOY)
    loose = [m for m in g.by_phase[Phase.MONITOR] if not g.above[m] & deploy]
    if not loose:
        return []
    message = translate(
        "checker",
        "%n monitoring card(s) are not downstream of any deployment card.",
        None,
        len(loose),
    )
    return [_finding("structure.monitor-after-deploy", message, g.names(loose))]


def _no_orphans(g: GraphIndex, fixes: FixFinder) -> list[Draft]:
    if len(g.orphans) <= ORPHAN_ALLOWANCE:
        return []
    message = translate(
        "checker",
        "%n card(s) have no link at all (up to {allowance} are tolerated).",
        None,
        len(g.orphans),
    ).format(allowance=ORPHAN_ALLOWANCE)
    return [_finding("structure.no-orphans", message, tuple(sorted(g.orphans)))]


def _card_owner(g: GraphIndex, fixes: FixFinder) -> list[Draft]:
    unowned = [i for i, owner in enumerate(g.owner) if owner is None]
    if not unowned:
        return []
    return [
        _finding(
            "structure.card-owner",
            translate("checker", "%n card(s) have no owner role.", None, len(unowned)),
            g.names(unowned),
        )
    ]


def _link_direction(g: GraphIndex, fixes: FixFinder) -> list[Draft]:
    if not g.back_links:
        return []
    cards = tuple(sorted({c for lk in g.back_links for c in (lk.source, lk.target)}))
    message = translate(
        "checker",
        "%n link(s) run against the lifecycle without being feeds-back links.",
        None,
        len(g.back_links),
    )
    return [_finding("structure.link-direction", message, cards)]


def _accountable_owner(g: GraphIndex, fixes: FixFinder) -> list[Draft]:
    accountable = g.cards_with("accountability", Phase.GOVERNANCE)
    if any(g.owner[i] is not None for i in accountable):
        return []
    if accountable:
        message = translate(
            "checker", "The governance card providing accountability has no owner role."
        )
        return [_finding("structure.accountable-owner", message, g.names(accountable))]
    message = translate(
        "checker", "No governance card provides 'accountability': nobody answers for the system."
    )
    suggestions = fixes.providers("accountability", Phase.GOVERNANCE)
    return [_finding("structure.accountable-owner", message, fixes=suggestions)]


CHECKS: tuple[Callable[[GraphIndex, FixFinder], list[Draft]], ...] = (
    _phase_covered,
    _loop_closed,
    _deploy_gated,
    _monitor_after_deploy,
    _no_orphans,
    _card_owner,
    _link_direction,
    _accountable_owner,
)


def evaluate_structure(g: GraphIndex, fixes: FixFinder) -> list[Draft]:
    """The findings of every structural rule that fails on ``g``."""
    findings: list[Draft] = []
    for check in CHECKS:
        findings.extend(check(g, fixes))
    return findings
