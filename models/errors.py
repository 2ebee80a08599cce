"""Typed errors raised when an operation or a record is invalid.

Views turn these into messages; they are user mistakes or stale state, never bugs.
"""

from __future__ import annotations


class DomainError(ValueError):
    """Base of every error that describes a refused change, with a user-facing message."""


class UnknownCardError(DomainError):
    """An operation names a card that the strategy does not have."""

    def __init__(self, card_id: str) -> None:
        super().__init__(f"No card with id {card_id!r} in this strategy.")
        self.card_id = card_id


class UnknownLinkError(DomainError):
    """An operation names a link that the strategy does not have."""

    def __init__(self, link_id: str) -> None:
        super().__init__(f"No link with id {link_id!r} in this strategy.")
        self.link_id = link_id


class DuplicateIdError(DomainError):
    """A card or link id is already in use."""

    def __init__(self, what: str, item_id: str) -> None:
        super().__init__(f"A {what} with id {item_id!r} already exists.")
        self.item_id = item_id


class SelfLinkError(DomainError):
    """A link would connect a card to itself."""

    def __init__(self, card_id: str) -> None:
        super().__init__("A card cannot be linked to itself.")
        self.card_id = card_id


class DuplicateLinkError(DomainError):
    """The two cards are already linked in that direction."""

    def __init__(self, source: str, target: str) -> None:
        super().__init__("These two cards are already linked in that direction.")
        self.source = source
        self.target = target


class StaleOperationError(DomainError):
    """The operation's 'before' state does not match the document (edited elsewhere)."""
