"""Shared builders for the review service tests."""

from __future__ import annotations

from models.review import Criterion, Rubric

LEVELS = {1: "beginning", 2: "developing", 3: "proficient", 4: "exemplary"}


def make_rubric(*keys: str, key: str = "r", version: str = "1") -> Rubric:
    """A rubric with one criterion per key (default: coverage, ownership)."""
    names = keys or ("coverage", "ownership")
    return Rubric(
        key=key,
        title="Test rubric",
        version=version,
        criteria=tuple(Criterion(key=k, title=k.title(), levels=LEVELS) for k in names),
    )
