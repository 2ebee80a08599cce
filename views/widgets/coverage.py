"""Coverage meters for the status bar: one per selected pack, with the raw count beside the share.

Users distrust a bare percentage, so each meter reads "EU AI Act 12 in place ·
5 planned of 32": only practices in place count as met, planned ones are shown
apart and never as met. Each meter carries a compact bar; its tooltip breaks the
count down by group (the NIST AI RMF functions, the OECD principles, provider and
deployer duties). Clicking a
meter (or pressing Space on it) asks for that pack's findings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QVBoxLayout, QWidget

from app.checker import structural
from models.findings import PackCoverage
from models.rules import RulePack
from views.labels import tr
from views.widgets.marks import named

CONTEXT = "coverage"


def short_name(coverage: PackCoverage, packs: Mapping[str, RulePack]) -> str:
    """The short name a meter shows: the pack's citation prefix, else its title up to a dash."""
    if coverage.pack == structural.PACK:
        return tr("Structure", CONTEXT)
    pack = packs.get(coverage.pack)
    if pack is not None and pack.cite_as:
        return pack.cite_as
    return coverage.title.split(" — ")[0].strip() or coverage.pack


def meter_text(coverage: PackCoverage, name: str) -> str:
    """ "EU AI Act 12 in place · 5 planned of 32" (or "GDPR: no rule applies")."""
    if coverage.applicable == 0:
        return tr("{name}: no rule applies", CONTEXT).format(name=name)
    return tr("{name} {done} in place · {planned} planned of {total}", CONTEXT).format(
        name=name,
        done=coverage.satisfied,
        planned=coverage.planned,
        total=coverage.applicable,
    )


def meter_tooltip(coverage: PackCoverage) -> str:
    """The pack's full title, its count in words and the count per group."""
    lines = [
        coverage.title,
        tr(
            "{done} of {total} rules in force are met by practices in place ({share}%); "
            "{planned} more only by practices planned or in progress.",
            CONTEXT,
        ).format(
            done=coverage.satisfied,
            total=coverage.applicable,
            share=round(100 * coverage.share),
            planned=coverage.planned,
        ),
    ]
    if coverage.upcoming:
        lines.append(
            tr("{n} rule(s) are not yet in force on the date checked.", CONTEXT).format(
                n=coverage.upcoming
            )
        )
    for group, (done, total) in coverage.groups.items():
        if total == 0:
            lines.append(tr("{group}: no rule applies", CONTEXT).format(group=group))
        else:
            lines.append(
                tr("{group}: {done} of {total} · {share}%", CONTEXT).format(
                    group=group, done=done, total=total, share=round(100 * done / total)
                )
            )
    return "\n".join(lines)


class CoverageMeter(QWidget):
    """One pack's meter: a flat button with the count and share, and a compact bar under it."""

    def __init__(self, coverage: PackCoverage, name: str) -> None:
        super().__init__()
        self.pack = coverage.pack
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(1)
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        layout.addWidget(self.button)
        layout.addWidget(self.bar)
        self.set_coverage(coverage, name)

    def set_coverage(self, coverage: PackCoverage, name: str) -> None:
        """Show another count for the same pack."""
        text = meter_text(coverage, name)
        tip = meter_tooltip(coverage)
        self.button.setText(text)
        self.button.setToolTip(tip)
        self.bar.setRange(0, max(1, coverage.applicable))
        self.bar.setValue(coverage.satisfied if coverage.applicable else 1)
        self.bar.setToolTip(tip)
        named(self, tr("Coverage of {name}", CONTEXT).format(name=name), tip)
        named(self.button, text, tip + "\n" + tr("Press to list this pack's findings.", CONTEXT))
        named(self.bar, tr("{name} coverage bar", CONTEXT).format(name=name), text)

    @property
    def text(self) -> str:
        """What the meter reads."""
        return self.button.text()


class CoverageMeters(QWidget):
    """A row of coverage meters, one per pack of the latest check, for the status bar.

    Args:
        packs: the loaded packs (their short citation names label the meters).
        show_structure: also show the built-in structural rules as a meter.

    Signals:
        pack_activated(str): a meter was clicked; the pack key (to filter the findings).
    """

    pack_activated = Signal(str)

    def __init__(
        self, packs: Mapping[str, RulePack] | None = None, show_structure: bool = True
    ) -> None:
        super().__init__()
        self.setObjectName("coverage_meters")
        named(
            self,
            tr("Rule-pack coverage", CONTEXT),
            tr("How many applicable rules of each selected pack the strategy satisfies.", CONTEXT),
        )
        self._packs: Mapping[str, RulePack] = packs or {}
        self._show_structure = show_structure
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.meters: dict[str, CoverageMeter] = {}

    def set_packs(self, packs: Mapping[str, RulePack]) -> None:
        """Use another set of loaded packs for the meters' names."""
        self._packs = packs

    def set_coverage(self, coverage: Sequence[PackCoverage]) -> None:
        """Show one meter per pack of ``coverage`` (a check result's ``coverage``), in order."""
        wanted = [c for c in coverage if self._show_structure or c.pack != structural.PACK]
        keys = [c.pack for c in wanted]
        if keys != list(self.meters):
            for meter in self.meters.values():
                self._layout.removeWidget(meter)
                meter.deleteLater()
            self.meters = {}
            for item in wanted:
                meter = CoverageMeter(item, short_name(item, self._packs))
                meter.button.clicked.connect(
                    lambda _=False, k=item.pack: self.pack_activated.emit(k)
                )
                self._layout.addWidget(meter)
                self.meters[item.pack] = meter
        else:
            for item in wanted:
                self.meters[item.pack].set_coverage(item, short_name(item, self._packs))
        summary = "; ".join(m.text for m in self.meters.values())
        self.setAccessibleDescription(summary)
        self.setVisible(bool(self.meters))

    def texts(self) -> list[str]:
        """What each meter reads, in order (for tests and the screen-reader summary)."""
        return [m.text for m in self.meters.values()]
