"""What the findings dock says, in words: rows, gap lines, dates, the why of a rank, the summary.

Every sentence goes through the translator. Rule ids never appear in a text a
user reads; they are kept for tooltips (``rule_line``), where an expert or a
facilitator can look them up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate

from app.i18n import translate
from models.findings import Finding, TopGap
from models.vocabulary import FindingState, Severity
from views.translation import interface_locale
from views.widgets.marks import severity_label, state_label, state_phrase


def day(date: dt.date, long: bool = False) -> str:
    """A date as people write it: "2 Dec 2027" (or "2 December 2027" when ``long``)."""
    return interface_locale().toString(
        QDate(date.year, date.month, date.day), "d MMMM yyyy" if long else "d MMM yyyy"
    )


def is_gap(finding: Finding) -> bool:
    """Whether the finding counts against the strategy today (upcoming rules do not)."""
    return finding.state is not FindingState.UPCOMING


def mark_word(finding: Finding) -> str:
    """The word beside a row's mark: the severity of a missing practice, else the state."""
    if finding.state is FindingState.OPEN:
        return severity_label(finding.severity)
    return state_label(finding.state)


def finding_title(finding: Finding) -> str:
    """The row's title; an upcoming rule says first when it starts to apply.

    The date leads, so a narrow column cuts the title, never the date.
    """
    if finding.state is FindingState.UPCOMING and finding.applies_from is not None:
        return translate("findings", "Applies from {date}: {title}").format(
            title=finding.title, date=day(finding.applies_from)
        )
    return finding.title


def state_sentence(finding: Finding) -> str:
    """The state in words for the details and tooltips: "upcoming — applies from 2 Dec 2027"."""
    if finding.state is FindingState.UPCOMING:
        if finding.applies_from is None:
            return translate("findings", "Upcoming — not yet in force on the date checked")
        return translate("findings", "Upcoming — applies from {date}").format(
            date=day(finding.applies_from)
        )
    if finding.state is FindingState.OPEN:
        return translate("findings", "Missing · {severity}").format(
            severity=severity_label(finding.severity)
        )
    if finding.state is FindingState.PLANNED:
        return translate("findings", "Planned — not in place · {severity}").format(
            severity=severity_label(finding.severity)
        )
    return state_phrase(finding.state)


def rule_line(rule_ids: Iterable[str]) -> str:
    """The rule ids, for a tooltip only."""
    ids = list(dict.fromkeys(rule_ids))
    if len(ids) == 1:
        return translate("findings", "Rule id: {id}").format(id=ids[0])
    return translate("findings", "Rule ids: {ids}").format(ids=", ".join(ids))


def finding_tooltip(finding: Finding, pack_title: str) -> str:
    """Everything about a finding, including its rule id (tooltips only)."""
    lines = [finding.title, state_sentence(finding), finding.message]
    if finding.citation:
        lines.append(
            translate("findings", "{citation} · {pack}").format(
                citation=finding.citation, pack=pack_title
            )
        )
    else:
        lines.append(pack_title)
    if finding.pending:
        lines.append(
            translate("findings", "Reported change, not yet law: {note}").format(
                note=finding.pending
            )
        )
    lines.append(rule_line([finding.rule_id]))
    return "\n".join(lines)


def finding_accessible(finding: Finding) -> str:
    """What a screen reader announces for a finding row (no rule id)."""
    parts = [state_sentence(finding), finding.title]
    if finding.citation:
        parts.append(finding.citation)
    return ", ".join(parts)


def citations_text(gap: TopGap, limit: int | None = None) -> str:
    """The human citations demanding a gap: "AI Act Art. 73 · GDPR Art. 33–34 · …"."""
    cites = list(gap.citations) or list(gap.packs)
    shown = cites if limit is None else cites[:limit]
    text = " · ".join(shown)
    if limit is not None and len(cites) > limit:
        text += " " + translate("findings", "· and {n} more").format(n=len(cites) - limit)
    return text


def gap_state_word(gap: TopGap) -> str:
    """The gap's state as its line shows it ("Missing", "Planned, not in place", …)."""
    return {
        FindingState.OPEN: translate("findings", "Missing"),
        FindingState.PLANNED: translate("findings", "Planned, not in place"),
        FindingState.UPCOMING: translate("findings", "Upcoming"),
        FindingState.PROHIBITED: translate("findings", "Prohibited practice"),
    }[gap.state]


def gap_title(gap: TopGap) -> str:
    """A gap row's title: "2. Incident reporting"."""
    return translate("findings", "{rank}. {title}").format(rank=gap.rank, title=gap.title)


def gap_word(gap: TopGap) -> str:
    """The word beside a gap's mark ("Missing", "Planned", "Prohibited")."""
    return state_label(gap.state)


def _rules(n: int) -> str:
    return (
        translate("findings", "1 rule")
        if n == 1
        else translate("findings", "{n} rules").format(n=n)
    )


def _packs(n: int) -> str:
    return (
        translate("findings", "1 pack")
        if n == 1
        else translate("findings", "{n} packs").format(n=n)
    )


def gap_why(gap: TopGap, live: bool) -> str:
    """One sentence on why the gap ranks where it does."""
    if gap.state is FindingState.PROHIBITED:
        return translate(
            "findings",
            "A prohibited practice outranks every other gap: no card can make it lawful; "
            "the use itself must change.",
        )
    text = translate("findings", "{severity}, demanded by {rules} in {packs}").format(
        severity=severity_label(gap.severity),
        rules=_rules(len(set(gap.rule_ids))),
        packs=_packs(len(gap.packs)),
    )
    if gap.harm_per_day:
        text += translate(
            "findings", "; the drills attach {harm} harm per day to its absence"
        ).format(harm=f"{gap.harm_per_day:g}")
    if gap.state is FindingState.PLANNED:
        text += (
            translate("findings", "; only planned while the system is already live")
            if live
            else translate("findings", "; planned, but not in place")
        )
    return text + "."


def gap_tooltip(gap: TopGap, live: bool) -> str:
    """The gap in full: title, state, why, every citation and pack, then the rule ids."""
    lines = [
        translate("findings", "{rank}. {title}").format(rank=gap.rank, title=gap.title),
        gap_state_word(gap),
        gap_why(gap, live),
        translate("findings", "Demanded by: {citations}").format(citations=citations_text(gap)),
        translate("findings", "Packs: {packs}").format(packs="; ".join(gap.packs)),
        rule_line(gap.rule_ids),
    ]
    return "\n".join(lines)


def gap_accessible(gap: TopGap) -> str:
    """What a screen reader announces for a gap row."""
    return translate("findings", "Rank {rank}, {state}: {title}. Demanded by {citations}").format(
        rank=gap.rank, state=gap_state_word(gap), title=gap.title, citations=citations_text(gap)
    )


def count_text(n: int, severity: Severity) -> str:
    """ "1 error", "3 warnings", "1 suggestion"…"""
    if n == 1:
        return {
            Severity.ERROR: translate("findings", "1 error"),
            Severity.WARNING: translate("findings", "1 warning"),
            Severity.INFO: translate("findings", "1 suggestion"),
        }[severity]
    return {
        Severity.ERROR: translate("findings", "{n} errors"),
        Severity.WARNING: translate("findings", "{n} warnings"),
        Severity.INFO: translate("findings", "{n} suggestions"),
    }[severity].format(n=n)


def law_date_text(checked_on: dt.date | None, pinned: bool) -> str:
    """ "Checked against the law on 5 December 2026 (today)" or the profile's pinned date."""
    if checked_on is None:
        return ""
    if pinned:
        return translate(
            "findings",
            "Checked against the law as it stands on {date} — the date set in the profile, "
            "not today.",
        ).format(date=day(checked_on, long=True))
    return translate("findings", "Checked against the law on {date} (today).").format(
        date=day(checked_on, long=True)
    )


def summary_text(findings: Sequence[Finding], shown: int) -> str:
    """How many gaps, missing and planned, by severity; upcoming rules counted apart."""
    gaps = [f for f in findings if is_gap(f)]
    upcoming = len(findings) - len(gaps)
    if not gaps:
        text = translate("findings", "✓ No gaps: every rule in force is met by practices in place.")
    else:
        missing = sum(f.state is FindingState.OPEN for f in gaps)
        planned = sum(f.state is FindingState.PLANNED for f in gaps)
        prohibited = len(gaps) - missing - planned
        counts = ", ".join(
            count_text(n, s) for s in Severity if (n := sum(f.severity is s for f in gaps))
        )
        text = translate(
            "findings",
            "{n} gaps: {missing} missing, {planned} planned but not in place ({counts}).",
        ).format(n=len(gaps), missing=missing, planned=planned, counts=counts)
        if prohibited:
            text = translate("findings", "A prohibited practice blocks this use.") + " " + text
    if upcoming:
        text += " " + (
            translate("findings", "1 more rule is upcoming (not yet in force).")
            if upcoming == 1
            else translate("findings", "{n} more rules are upcoming (not yet in force).").format(
                n=upcoming
            )
        )
    if shown != len(findings):
        text += " " + translate("findings", "Showing {n} of them.").format(n=shown)
    return text
