"""Hypothesis strategies that generate valid cards, strategies and operations."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from models.layout import slot_position
from models.operations import (
    AddCard,
    AddLink,
    Batch,
    CardPatch,
    MoveCard,
    Operation,
    RemoveCard,
    RemoveLink,
    RenameStrategy,
    SetPacks,
    SetProfile,
    UpdateCard,
    UpdateLink,
)
from models.phases import ALL_PHASES
from models.profile import Profile
from models.strategy import Card, Link, Placement, Strategy
from models.vocabulary import (
    AIActRole,
    Annex3Area,
    Cadence,
    ImpactLevel,
    Jurisdiction,
    LinkKind,
    ProhibitedPractice,
    Role,
    Status,
)

CAPABILITIES = ("bias-examination", "dpia", "drift-monitoring", "rollback", "human-decision")
PACKS = ("eu-ai-act", "gdpr", "nist-ai-rmf", "oecd-ethics")

titles = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "" and s.isprintable())
notes = st.text(max_size=200).map(lambda s: "".join(c for c in s if c.isprintable() or c == "\n"))
coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False).map(lambda v: round(v, 2))


@st.composite
def cards(draw: st.DrawFn) -> Card:
    """A valid card with a fresh id."""
    return Card(
        title=draw(titles),
        notes=draw(notes),
        phase=draw(st.sampled_from(ALL_PHASES)),
        owner_role=draw(st.none() | st.sampled_from(list(Role))),
        status=draw(st.sampled_from(list(Status))),
        capabilities=tuple(draw(st.lists(st.sampled_from(CAPABILITIES), max_size=3))),
        cadence=draw(st.none() | st.sampled_from(list(Cadence))),
        x=draw(coords),
        y=draw(coords),
    )


profiles = st.builds(
    Profile,
    personal_data=st.booleans(),
    special_category=st.booleans(),
    decisions_about_individuals=st.booleans(),
    legal_effect=st.booleans(),
    solely_automated=st.booleans(),
    profiling=st.booleans(),
    public_facing=st.booleans(),
    generative=st.booleans(),
    high_impact=st.booleans(),
    public_authority=st.booleans(),
    large_scale=st.booleans(),
    continuously_learning=st.booleans(),
    # Every subset, up to all of them: the profile editor must round-trip each.
    jurisdictions=st.lists(st.sampled_from(list(Jurisdiction)), unique=True).map(tuple),
    impact_level=st.sampled_from(list(ImpactLevel)),
    annex3_area=st.none() | st.sampled_from(list(Annex3Area)),
    ai_act_role=st.sampled_from(list(AIActRole)),
    ai_system=st.booleans(),
    public_service=st.booleans(),
    flags_for_investigation=st.booleans(),
    vulnerable_groups=st.booleans(),
    monitors_public_areas=st.booleans(),
    special_category_for_bias=st.booleans(),
    art6_3_derogation=st.booleans(),
    prohibited_practices=st.lists(st.sampled_from(list(ProhibitedPractice)), unique=True).map(
        tuple
    ),
    as_of=st.none() | st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2040, 12, 31)),
)


@st.composite
def strategies(draw: st.DrawFn, max_cards: int = 12) -> Strategy:
    """A valid strategy with cards and non-duplicate links between them."""
    card_list = draw(st.lists(cards(), max_size=max_cards, unique_by=lambda c: c.id))
    strategy = Strategy(
        workshop_id="w",
        scenario_key="benefits",
        name=draw(titles),
        profile=draw(profiles),
        packs=tuple(draw(st.lists(st.sampled_from(PACKS), max_size=3))),
        cards={c.id: c for c in card_list},
    )
    if len(card_list) >= 2:
        pairs = draw(
            st.lists(
                st.tuples(st.sampled_from(card_list), st.sampled_from(card_list)),
                max_size=len(card_list) * 2,
            )
        )
        for source, target in pairs:
            if source.id != target.id and not strategy.has_link(source.id, target.id):
                link = Link(
                    source=source.id, target=target.id, kind=draw(st.sampled_from(list(LinkKind)))
                )
                strategy.links[link.id] = link
    return strategy


@st.composite
def operations_for(draw: st.DrawFn, strategy: Strategy) -> Operation:
    """An operation that is valid on ``strategy`` as it is now."""
    existing = list(strategy.cards.values())
    choices = ["add-card", "set-profile", "set-packs", "rename"]
    if existing:
        choices += ["remove-card", "move-card", "update-card"]
    pairs = [
        (a.id, b.id)
        for a in existing
        for b in existing
        if a.id != b.id and not strategy.has_link(a.id, b.id)
    ]
    if pairs:
        choices.append("add-link")
    if strategy.links:
        choices += ["remove-link", "update-link"]
    choice = draw(st.sampled_from(choices))
    if choice == "add-card":
        card = draw(cards())
        return AddCard(card=card)
    if choice == "remove-card":
        card = draw(st.sampled_from(existing))
        return RemoveCard(card=card, links=tuple(strategy.links_of(card.id)))
    if choice == "move-card":
        card = draw(st.sampled_from(existing))
        phase = draw(st.sampled_from(ALL_PHASES))
        x, y = slot_position(phase, draw(st.integers(0, 5)))
        return MoveCard(
            card_id=card.id, before=card.placement, after=Placement(phase=phase, x=x, y=y)
        )
    if choice == "update-card":
        card = draw(st.sampled_from(existing))
        after = CardPatch(
            title=draw(titles),
            status=draw(st.sampled_from(list(Status))),
            owner_role=draw(st.none() | st.sampled_from(list(Role))),
        )
        after = CardPatch.model_validate(
            after.model_dump() | {"clear_owner": after.owner_role is None}
        )
        return UpdateCard(card_id=card.id, before=CardPatch.of(card, after.fields()), after=after)
    if choice == "add-link":
        source, target = draw(st.sampled_from(pairs))
        return AddLink(
            link=Link(source=source, target=target, kind=draw(st.sampled_from(list(LinkKind))))
        )
    if choice == "remove-link":
        return RemoveLink(link=draw(st.sampled_from(list(strategy.links.values()))))
    if choice == "update-link":
        link = draw(st.sampled_from(list(strategy.links.values())))
        return UpdateLink(
            link_id=link.id, before=link.kind, after=draw(st.sampled_from(list(LinkKind)))
        )
    if choice == "set-profile":
        return SetProfile(before=strategy.profile, after=draw(profiles))
    if choice == "set-packs":
        return SetPacks(
            before=strategy.packs, after=tuple(draw(st.lists(st.sampled_from(PACKS), max_size=3)))
        )
    return RenameStrategy(before=strategy.name, after=draw(titles))


__all__ = ["Batch", "cards", "operations_for", "profiles", "strategies"]
