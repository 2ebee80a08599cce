"""Which catalog cards would fix a finding: catalog entries indexed by capability and phase."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from models.content import CatalogEntry
from models.phases import Phase
from models.vocabulary import Role

MAX_FIXES = 5


def catalog_entries(library: Any) -> list[CatalogEntry]:
    """The catalog entries of ``library``.

    Accepts a content library with a ``catalog`` attribute (a mapping or sequence of
    entries), a mapping of key → entry, an iterable of entries, or None (no catalog).
    """
    if library is None:
        return []
    source = getattr(library, "catalog", library)
    values: Iterable[Any] = source.values() if isinstance(source, Mapping) else source
    return [entry for entry in values if isinstance(entry, CatalogEntry)]


class FixFinder:
    """Suggests catalog keys that provide a capability, best match first."""

    def __init__(
        self,
        entries: Iterable[CatalogEntry] = (),
        starters: Mapping[Phase, Sequence[str]] | None = None,
    ) -> None:
        self._by_capability: dict[str, list[CatalogEntry]] = {}
        by_phase: dict[Phase, list[str]] = {}
        for entry in sorted(entries, key=lambda e: e.key):
            for cap in entry.capabilities:
                self._by_capability.setdefault(cap, []).append(entry)
            by_phase.setdefault(entry.phase, []).append(entry.key)
        # The phase guide's suggested first cards beat an alphabetical pick for an empty lane.
        for phase, keys in (starters or {}).items():
            known = [k for k in keys if k in by_phase.get(phase, [])]
            by_phase[phase] = known + [k for k in by_phase.get(phase, []) if k not in known]
        self._by_phase = by_phase
        self._cache: dict[tuple[str, Phase | None, Role | None], tuple[str, ...]] = {}

    @classmethod
    def from_library(cls, library: Any) -> FixFinder:
        """A finder over the catalog of ``library`` (see ``catalog_entries``)."""
        guide = getattr(library, "guide", None)
        starters: dict[Phase, Sequence[str]] = {}
        if isinstance(guide, Mapping):
            for phase, section in guide.items():
                cards = getattr(section, "cards", None)
                if isinstance(phase, Phase) and isinstance(cards, tuple):
                    starters[phase] = cards
        return cls(catalog_entries(library), starters)

    def providers(
        self, capability: str, phase: Phase | None = None, role: Role | None = None
    ) -> tuple[str, ...]:
        """Catalog keys providing ``capability``.

        When ``phase`` is given only entries of that phase are offered if any exist
        (a fix must land in the lane the rule asks for); entries whose typical owner
        is ``role`` come first. Entries providing fewer capabilities come before
        broad ones, so the suggestion is the most specific card.
        """
        cache_key = (capability, phase, role)
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        candidates = self._by_capability.get(capability, [])
        if phase is not None:
            in_phase = [e for e in candidates if e.phase is phase]
            candidates = in_phase or candidates
        ranked = sorted(
            candidates,
            key=lambda e: (role is not None and e.owner_role is not role, len(e.capabilities)),
        )
        result = tuple(e.key for e in ranked[:MAX_FIXES])
        self._cache[cache_key] = result
        return result

    def for_phase(self, phase: Phase) -> tuple[str, ...]:
        """Catalog keys of entries placed in ``phase``, for a lane that is still empty."""
        return tuple(self._by_phase.get(phase, [])[:MAX_FIXES])
