"""What every output says about a check: the law's date, the pack versions, each finding's state.

The ``check`` text and JSON, the deck, the handout, Markdown, the facilitator's
batch index and the facilitator report all state the date whose law was
applied and the versions of the packs used, and label a finding that is only
planned as planned and a rule not yet in force as upcoming. The wording lives
here, once, so they all say it the same way. No ReportLab: the CLI imports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from app.i18n import long_date as i18n_long_date
from app.i18n import translate
from models.findings import CheckResult, Finding, PackCoverage
from models.vocabulary import FindingState, Severity

STRUCTURE = "structure"
"""The pack key of the built-in lifecycle rules (they have no version)."""

STATE_ORDER: tuple[FindingState, ...] = (
    FindingState.PROHIBITED,
    FindingState.OPEN,
    FindingState.PLANNED,
    FindingState.UPCOMING,
)
"""The order in which findings are grouped: blocking, missing, planned, upcoming."""


class _StateHeadings:
    """Group headings by state, in the current language (``STATE_HEADINGS[state]``)."""

    def __getitem__(self, state: FindingState) -> str:
        return {
            FindingState.PROHIBITED: translate("checked", "Prohibited practice — blocking"),
            FindingState.OPEN: translate("checked", "Missing"),
            FindingState.PLANNED: translate("checked", "Planned, not in place"),
            FindingState.UPCOMING: translate("checked", "Upcoming — not yet in force"),
        }[state]


class _StateWords:
    """The one-word state shown in markers (its last word is the key of the marker's colour)."""

    def __getitem__(self, state: FindingState) -> str:
        return {
            FindingState.PROHIBITED: translate("checked", "PROHIBITED"),
            FindingState.OPEN: translate("checked", "MISSING"),
            FindingState.PLANNED: translate("checked", "PLANNED"),
            FindingState.UPCOMING: translate("checked", "UPCOMING"),
        }[state]


STATE_HEADINGS = _StateHeadings()
"""Group headings by state."""

STATE_WORDS = _StateWords()
"""The one-word state shown in markers (also the key of the marker's colour)."""


def severity_word(severity: Severity) -> str:
    """'ERROR', 'WARNING', 'INFO' in the current language."""
    return {
        Severity.ERROR: translate("checked", "ERROR"),
        Severity.WARNING: translate("checked", "WARNING"),
        Severity.INFO: translate("checked", "INFO"),
    }[severity]


def long_date(day: dt.date) -> str:
    """'5 December 2026' (the day without a leading zero, on every platform), or in French."""
    return i18n_long_date(day)


def law_as_of(check: CheckResult) -> str:
    """'law as of 5 December 2026', or '' for a result that does not carry its date."""
    if not check.checked_on:
        return ""
    return translate("checked", "law as of %1").replace("%1", long_date(check.checked_on))


def law_dates(checks: Iterable[CheckResult | None]) -> str:
    """The dates of several checks in words: one date, or each distinct date in order."""
    days = sorted({c.checked_on for c in checks if c is not None and c.checked_on})
    return ", ".join(long_date(d) for d in days)


def pack_versions(checks: Iterable[CheckResult | None]) -> tuple[tuple[str, str], ...]:
    """(title, version) of every pack the checks used, in first-seen order (no structure).

    The version carries the pack file's hash and whether it matches the approved one
    ("…; sha256 29be4d05a774, shipped · verified"), so a reader can tell which packs a
    plan was checked against.
    """
    seen: dict[str, str] = {}
    for check in checks:
        for cov in check.coverage if check else ():
            if cov.pack != STRUCTURE and cov.title not in seen:
                version = cov.version_label
                if cov.sha256:
                    stamp = f"sha256 {cov.sha256[:12]}"
                    if cov.integrity:
                        stamp += f", {integrity_text(cov.integrity)}"
                    version = f"{version}; {stamp}" if version else stamp
                seen[cov.title] = version
    return tuple(seen.items())


def versions_text(versions: Sequence[tuple[str, str]]) -> str:
    """'EU AI Act — … (version …); GDPR — … (version …)', or 'no rule pack'."""
    if not versions:
        return translate("checked", "no rule pack")
    word = translate("checked", "version")
    return "; ".join(
        f"{title} ({word} {version})" if version else title for title, version in versions
    )


def integrity_text(described: str) -> str:
    """'shipped · verified' (``PackIntegrity.describe``) in the current language."""
    words = {
        "shipped": translate("checked", "shipped"),
        "agency folder": translate("checked", "agency folder"),
        "verified": translate("checked", "verified"),
        "modified": translate("checked", "modified"),
        "unsigned": translate("checked", "unsigned"),
    }
    return " · ".join(words.get(part, part) for part in described.split(" · "))


def checked_against(check: CheckResult) -> str:
    """One sentence naming the date whose law applied and the packs with their versions."""
    versions = versions_text(pack_versions([check]))
    when = (
        long_date(check.checked_on)
        if check.checked_on
        else translate("checked", "an unrecorded date")
    )
    text = translate("checked", "Checked against the law as of %1: %2.")
    return text.replace("%1", when).replace("%2", versions)


def state_label(finding: Finding) -> str:
    """'Missing', 'Planned, not in place', 'Upcoming — applies from 2 August 2026' …"""
    if finding.state is FindingState.UPCOMING and finding.applies_from:
        text = translate("checked", "Upcoming — applies from %1")
        return text.replace("%1", long_date(finding.applies_from))
    if finding.state is FindingState.OPEN:
        return translate("checked", "Missing")
    return {
        FindingState.PROHIBITED: translate("checked", "Prohibited practice"),
        FindingState.PLANNED: translate("checked", "Planned, not in place"),
        FindingState.UPCOMING: translate("checked", "Upcoming — not yet in force"),
    }.get(finding.state, finding.state.label)


def marker(finding: Finding) -> str:
    """A finding's marker: 'ERROR', 'PLANNED · ERROR', 'UPCOMING', 'PROHIBITED'.

    Missing findings keep their plain severity word (the last word colours the marker).
    """
    severity = severity_word(finding.severity)
    if finding.state is FindingState.OPEN:
        return severity
    if finding.state is FindingState.PLANNED:
        return f"{STATE_WORDS[FindingState.PLANNED]} · {severity}"
    return STATE_WORDS[finding.state]


def coverage_summary(cov: PackCoverage) -> str:
    """'12 in place · 5 planned of 32' (with upcoming rules), or 'no rule applies'."""
    if cov.applicable == 0 and not cov.upcoming:
        return translate("checked", "no rule applies")
    text = (
        translate("checked", "%1 in place · %2 planned of %3")
        .replace("%1", str(cov.satisfied))
        .replace("%2", str(cov.planned))
        .replace("%3", str(cov.applicable))
    )
    if cov.upcoming:
        text += " · " + translate("checked", "%n upcoming", None, cov.upcoming)
    return text


def by_state(findings: Iterable[Finding]) -> dict[FindingState, list[Finding]]:
    """The findings grouped by state, in ``STATE_ORDER``, each group in rank order."""
    groups: dict[FindingState, list[Finding]] = {state: [] for state in STATE_ORDER}
    for finding in findings:
        groups[finding.state].append(finding)
    return {state: sorted(group, key=_rank) for state, group in groups.items() if group}


def _rank(finding: Finding) -> tuple[int, int, str]:
    return (finding.rank or 1_000_000, finding.severity.rank, finding.title)


def counts(check: CheckResult) -> str:
    """'5 missing (3 errors), 2 planned, 4 upcoming' — every state present, with its errors."""
    parts = []
    for state, group in by_state(check.findings).items():
        n = len(group)
        text = {
            FindingState.PROHIBITED: translate("checked", "%n prohibited", None, n),
            FindingState.OPEN: translate("checked", "%n missing", None, n),
            FindingState.PLANNED: translate("checked", "%n planned", None, n),
            FindingState.UPCOMING: translate("checked", "%n upcoming", None, n),
        }[state]
        errors = sum(f.severity is Severity.ERROR for f in group)
        if errors and state in (FindingState.OPEN, FindingState.PLANNED):
            text += " (" + translate("checked", "%n error(s)", None, errors) + ")"
        parts.append(text)
    return ", ".join(parts) or translate("checked", "no findings")


def blocking(check: CheckResult) -> bool:
    """Whether an error is open or only planned, or a prohibited practice is named.

    Planned safeguards are never met (issue 10), so a planned error blocks like a
    missing one; an upcoming rule never does.
    """
    return any(
        f.state is FindingState.PROHIBITED
        or (f.severity is Severity.ERROR and f.state in (FindingState.OPEN, FindingState.PLANNED))
        for f in check.findings
    )
