"""The shipped rule ids, read from the loaded packs, to prove none reaches what a user reads."""

from __future__ import annotations

import re
from functools import cache

from app.checker import structural
from app.checker.packs import load_packs


@cache
def shipped_rule_ids() -> frozenset[str]:
    """Every rule id of every shipped pack, and of the structural rules."""
    packs = load_packs()
    ids = {rule.id for pack in packs.packs.values() for rule in pack.rules}
    return frozenset(ids | {rule.id for rule in structural.RULES})


@cache
def rule_id_pattern() -> re.Pattern[str]:
    """Any shipped rule id, as a whole token."""
    ids = sorted(shipped_rule_ids(), key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
