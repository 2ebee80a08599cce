"""The four requirement kinds, each on strategies that meet it and that do not."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from app.checker.fixes import FixFinder
from app.checker.requirements import Gap, evaluate_requirement
from models.content import CatalogEntry
from models.phases import Phase
from models.rules import Before, Owned, PathTo, Present, Requirement
from models.vocabulary import LinkKind, Role
from tests.app.checker.helpers import D, E, F, G, M, P, V, card, index, strategy


def _entry(key: str, phase: Phase, caps: list[str], owner: Role = Role.DATA_SCIENTIST) -> Any:
    return CatalogEntry(
        key=key,
        title=key,
        phase=phase,
        description="d",
        owner_role=owner,
        capabilities=tuple(caps),
        why_public_sector="w",
    )


FIXES = FixFinder(
    [
        _entry("dpia-any", V, ["dpia"]),
        _entry("dpia-gov", G, ["dpia", "records-of-processing"]),
        _entry("review-legal", G, ["legal-review"], Role.POLICY_LEGAL),
        _entry("review-pm", G, ["legal-review"], Role.PROJECT_MANAGER),
        _entry("gate", E, ["validation-gate"]),
        _entry("retrain", F, ["retraining"]),
    ]
)


def _gap(req: Requirement, cards: list[Any], links: Sequence[Any] = ()) -> Gap | None:
    s = strategy(cards, links)
    tracked = req.capabilities if isinstance(req, PathTo | Before) else ()
    return evaluate_requirement(req, index(s, tracked), FIXES, lambda key: key)


def test_present_anywhere_and_in_a_lane() -> None:
    anywhere = Present(capability="dpia")
    assert _gap(anywhere, [card("a", V, ["dpia"])]) is None
    gap = _gap(anywhere, [card("a", V)])
    assert gap is not None and gap.fixes[0] == "dpia-any", "the most specific provider first"
    in_lane = Present(capability="dpia", phase=G)
    gap = _gap(in_lane, [card("a", V, ["dpia"])])
    assert gap is not None
    assert gap.cards == ("a",), "the card in the wrong lane is named"
    assert gap.fixes == ("dpia-gov",), "only providers placed in the lane the rule asks for"
    assert _gap(in_lane, [card("a", G, ["dpia"])]) is None


def test_owned_needs_the_role_on_a_card_with_the_capability() -> None:
    req = Owned(capability="legal-review", role=Role.POLICY_LEGAL)
    assert _gap(req, [card("a", G, ["legal-review"], Role.POLICY_LEGAL)]) is None
    gap = _gap(req, [card("a", G, ["legal-review"], Role.PROJECT_MANAGER)])
    assert gap is not None and gap.cards == ("a",)
    assert gap.fixes[0] == "review-legal", "providers owned by the role come first"
    gap = _gap(req, [card("a", G)])
    assert gap is not None and gap.cards == () and gap.fixes[0] == "review-legal"


@pytest.mark.parametrize(
    ("links", "ok"),
    [
        ([("m", "f")], True),
        ([("m", "x"), ("x", "f")], True),
        ([("f", "m", LinkKind.FEEDS_BACK)], False),
        ([], False),
    ],
)
def test_path_follows_links_from_every_source(links: list[Any], ok: bool) -> None:
    req = PathTo(source="drift-monitoring", target="retraining")
    cards = [card("m", M, ["drift-monitoring"]), card("x", M), card("f", F, ["retraining"])]
    gap = _gap(req, cards, links)
    assert (gap is None) is ok
    if gap is not None:
        assert gap.cards == ("m",) and gap.fixes == (), "the target exists: link, don't add"


def test_path_goes_round_the_loop_only_into_data_and_development() -> None:
    req = PathTo(source="drift-monitoring", target="bias-mitigation")
    into = [
        card("m", M, ["drift-monitoring"]),
        card("f", F),
        card("d", D),
        card("v", V, ["bias-mitigation"]),
    ]
    links = [("m", "f"), ("f", "d", LinkKind.FEEDS_BACK), ("d", "v")]
    assert _gap(req, into, links) is None, "the lesson travels back into development"
    # Round the loop and on through the next release to operations: not a path.
    req = PathTo(source="retraining", target="drift-monitoring")
    cards = [card("f", F, ["retraining"]), card("d", D), card("m", M, ["drift-monitoring"])]
    around = [("f", "d", LinkKind.FEEDS_BACK), ("d", "m")]
    assert _gap(req, cards, around) is not None
    # One card cannot raise the alarm and answer it: the chain needs another card.
    gap = _gap(req, [card("both", M, ["retraining", "drift-monitoring"])])
    assert gap is not None and gap.cards == ("both",)
    assert "one card cannot raise an alarm and answer it" in gap.message


def test_path_with_every_source_required_and_missing_ends() -> None:
    req = PathTo(source="drift-monitoring", target="retraining")
    cards = [card("m1", M, ["drift-monitoring"]), card("m2", M, ["drift-monitoring"])]
    gap = _gap(req, [*cards, card("f", F, ["retraining"])], [("m1", "f")])
    assert gap is not None and gap.cards == ("m2",)
    gap = _gap(req, cards)
    assert gap is not None and gap.fixes == ("retrain",), "no target at all: suggest one"
    gap = _gap(req, [card("f", F, ["retraining"])])
    assert gap is not None and "No card provides drift-monitoring" in gap.message


def test_order_by_lane_or_by_link_but_not_round_the_loop() -> None:
    req = Before(first="dpia", then="validation-gate")
    gate = card("e", E, ["validation-gate"])
    assert _gap(req, [card("d", D, ["dpia"]), gate]) is None, "an earlier lane comes before"
    governance = card("g", G, ["dpia"])
    gap = _gap(req, [governance, gate])
    assert gap is not None and gap.cards == ("e",), "governance has no lane order: link it"
    assert _gap(req, [governance, gate], [("g", "e")]) is None
    same_lane = card("e0", E, ["dpia"])
    assert _gap(req, [same_lane, gate], [("e0", "e")]) is None
    later = card("p", P, ["dpia"])
    looped = [("e", "p"), ("p", "f"), ("f", "d", LinkKind.FEEDS_BACK), ("d", "e")]
    loop_cards = [later, gate, card("f", F), card("d", D)]
    gap = _gap(req, loop_cards, looped)
    assert gap is not None, "going round the feedback loop does not put dpia before the gate"


def test_order_needs_both_ends_and_a_card_is_not_before_itself() -> None:
    req = Before(first="dpia", then="validation-gate")
    gap = _gap(req, [card("e", E, ["validation-gate"])])
    assert gap is not None and gap.cards == ("e",) and gap.fixes[0] == "dpia-any"
    gap = _gap(req, [card("g", G, ["dpia"])])
    assert gap is not None and gap.fixes == ("gate",)
    assert _gap(req, [card("both", E, ["dpia", "validation-gate"])]) is not None
