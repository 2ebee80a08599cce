"""What matters first: findings grouped by the practice they miss, ranked by what would hurt first.

With a hundred findings the decisive five get lost. Findings that miss the same
practice (say 'Human decision' demanded by the GDPR, the DADM and the AI Act)
are one gap; gaps are ranked by

1. state — a prohibited practice outranks everything; a missing practice comes
   before one that is only planned (unless the system is already live, when a
   planned safeguard is as absent as a missing one); upcoming rules come last;
2. severity — errors before warnings before information;
3. demand — how many packs, then how many rules (articles) ask for it;
4. harm — what the drills attach to its absence: the harm per day of every
   event the practice would detect or answer.

Every finding gets the rank of its gap (1 = would hurt first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.i18n import translate
from models.drills import DrillEvent
from models.findings import Finding, TopGap
from models.vocabulary import FindingState, Severity

TOP = 5
"""How many gaps 'the gaps that would hurt first' shows."""

STATE_ORDER = {
    FindingState.PROHIBITED: 0,
    FindingState.OPEN: 1,
    FindingState.PLANNED: 2,
    FindingState.UPCOMING: 3,
}


@dataclass(slots=True)
class Draft:
    """A finding before it is ranked: the checker builds these, ``rank`` makes the findings.

    Building the frozen ``Finding`` once, with its rank, costs half of building it and
    copying it with a rank — and a check builds a hundred of them after every edit.
    """

    rule_id: str
    pack: str
    severity: Severity
    title: str
    message: str
    citation: str = ""
    card_ids: tuple[str, ...] = ()
    fixes: tuple[str, ...] = ()
    state: FindingState = FindingState.OPEN
    practice: str = ""
    applies_from: dt.date | None = None
    pending: str = ""

    def finding(self, rank: int) -> Finding:
        """The finding, with its rank."""
        return Finding(
            rule_id=self.rule_id,
            pack=self.pack,
            severity=self.severity,
            title=self.title,
            message=self.message,
            citation=self.citation,
            card_ids=self.card_ids,
            fixes=self.fixes,
            state=self.state,
            practice=self.practice,
            rank=rank,
            applies_from=self.applies_from,
            pending=self.pending,
        )


def harm_index(events: Iterable[DrillEvent]) -> dict[str, float]:
    """Capability → harm per day of the events it would detect or answer."""
    harm: dict[str, float] = {}
    for event in events:
        for cap in dict.fromkeys((*event.detect_capabilities, *event.respond_capabilities)):
            harm[cap] = harm.get(cap, 0.0) + event.harm_per_day
    return harm


@dataclass
class _Group:
    """The findings that miss one practice, with their aggregates worked out once."""

    key: str
    practice: str
    findings: list[Draft] = field(default_factory=list)
    state: FindingState = FindingState.UPCOMING
    severity: Severity = Severity.INFO
    packs: tuple[str, ...] = ()
    rules: int = 0

    def settle(self) -> None:
        self.state = min((f.state for f in self.findings), key=STATE_ORDER.__getitem__)
        self.severity = min((f.severity for f in self.findings), key=lambda s: s.rank)
        self.packs = tuple(dict.fromkeys(f.pack for f in self.findings))
        self.rules = len({f.rule_id for f in self.findings})


def rank(
    findings: Sequence[Draft],
    *,
    live: bool,
    harm: Mapping[str, float],
    title: Callable[[str], str],
    pack_titles: Mapping[str, str],
) -> tuple[list[Finding], tuple[TopGap, ...]]:
    """The findings with their ranks, sorted, and the top gaps.

    Args:
        findings: every finding of one check, as drafts.
        live: whether the system is live (planned safeguards then count as missing).
        harm: capability → harm per day (``harm_index``).
        title: a capability key → its title, unquoted.
        pack_titles: pack key → title.
    """
    groups: dict[str, _Group] = {}
    for finding in findings:
        key = finding.practice or finding.rule_id
        if finding.state is FindingState.UPCOMING:
            key = f"upcoming:{key}"
        groups.setdefault(key, _Group(key, finding.practice)).findings.append(finding)
    for group in groups.values():
        group.settle()

    def order(group: _Group) -> tuple[int, int, int, int, float, str]:
        state = STATE_ORDER[group.state]
        if live and group.state is FindingState.PLANNED:
            state = STATE_ORDER[FindingState.OPEN]
        return (
            state,
            group.severity.rank,
            -len(group.packs),
            -group.rules,
            -harm.get(group.practice, 0.0),
            group.key,
        )

    ordered = sorted(groups.values(), key=order)
    ranked: list[Finding] = []
    top: list[TopGap] = []
    for position, group in enumerate(ordered, start=1):
        members = sorted(group.findings, key=lambda f: (f.severity.rank, f.pack, f.rule_id))
        ranked.extend(f.finding(position) for f in members)
        if len(top) < TOP and group.state is not FindingState.UPCOMING:
            top.append(
                _top_gap(
                    position,
                    group,
                    members,
                    live=live,
                    harm=harm,
                    title=title,
                    pack_titles=pack_titles,
                )
            )
    return ranked, tuple(top)


def _top_gap(
    position: int,
    group: _Group,
    members: list[Draft],
    *,
    live: bool,
    harm: Mapping[str, float],
    title: Callable[[str], str],
    pack_titles: Mapping[str, str],
) -> TopGap:
    first = members[0]
    name = title(group.practice) if group.practice else first.title
    packs = tuple(pack_titles.get(p, p) for p in group.packs)
    per_day = harm.get(group.practice, 0.0)
    rules = group.rules
    severity = {
        Severity.ERROR: translate("checker", "Error"),
        Severity.WARNING: translate("checker", "Warning"),
        Severity.INFO: translate("checker", "Info"),
    }[group.severity]
    why = (
        translate("checker", "%1: demanded by %2 in %3")
        .replace("%3", translate("checker", "%n pack(s)", None, len(packs)))
        .replace("%2", translate("checker", "%n rule(s)", None, rules))
        .replace("%1", severity)
    )
    if per_day:
        harm_text = translate("checker", "; the drills attach %1 harm per day to its absence")
        why += harm_text.replace("%1", f"{per_day:g}")
    if group.state is FindingState.PLANNED:
        why += (
            translate("checker", "; planned but not in place while the system is live")
            if live
            else translate("checker", "; planned but not in place")
        )
    why += "."
    cards = tuple(dict.fromkeys(c for f in members for c in f.card_ids))
    fixes = tuple(dict.fromkeys(x for f in members for x in f.fixes))
    return TopGap(
        rank=position,
        practice=group.practice,
        title=name,
        severity=group.severity,
        state=group.state,
        rule_ids=tuple(f.rule_id for f in members),
        citations=tuple(dict.fromkeys(f.citation for f in members if f.citation)),
        packs=packs,
        harm_per_day=per_day,
        fixes=fixes[:5],
        card_ids=cards,
        why=why,
    )
