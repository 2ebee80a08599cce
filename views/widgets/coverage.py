"""Coverage meters for the status bar: one per selected pack, with the raw count beside the share.

Users distrust a bare percentage, so each meter reads "EU AI Act 12 in place ·
5 planned of 32": only practices in place count as met, planned ones are shown
apart and never as met. Each meter carries a compact two-segment bar — in place
solid, planned only hatched, the rest empty — so a board of planned cards never
looks complete, in colour or in greyscale. Its tooltip gives the upcoming rules,
the pack's version and the count by group (the NIST AI RMF functions, the OECD
principles, provider and deployer duties). Clicking a meter (or pressing Space on
it) asks for that pack's findings.

The bar is plain Qt widgets with a solid and a hatched brush, laid out by
stretch factors: Qt paints it in C++, with no Python paint override to run
(see the PySide6 paint hazard in PERFORMANCE.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.checker import structural
from app.i18n import translate
from models.findings import PackCoverage
from models.rules import RulePack
from views.widgets.marks import named

IN_PLACE_COLOUR = "#006B50"
"""Okabe–Ito bluish green, darkened to read on white (solid: met; hatched: planned)."""
TRACK_COLOUR = "#FFFFFF"
BAR_HEIGHT = 10
BUTTON_PADDING = 16  # a flat tool button's frame and margins around its text


def short_name(coverage: PackCoverage, packs: Mapping[str, RulePack]) -> str:
    """The short name a meter shows: the pack's citation prefix, else its title up to a dash."""
    if coverage.pack == structural.PACK:
        return translate("coverage", "Structure")
    pack = packs.get(coverage.pack)
    if pack is not None and pack.cite_as:
        return pack.cite_as
    return coverage.title.split(" — ")[0].strip() or coverage.pack


def meter_text(coverage: PackCoverage, name: str) -> str:
    """ "EU AI Act 12 in place · 5 planned of 32" (or "GDPR: no rule applies")."""
    if coverage.applicable == 0:
        return translate("coverage", "{name}: no rule applies").format(name=name)
    return translate("coverage", "{name} {done} in place · {planned} planned of {total}").format(
        name=name,
        done=coverage.satisfied,
        planned=coverage.planned,
        total=coverage.applicable,
    )


def compact_text(coverage: PackCoverage, name: str) -> str:
    """ "AI Act ●12 ○5 of 32": the cards' own status marks, when the full words do not fit."""
    if coverage.applicable == 0:
        return translate("coverage", "{name}: none").format(name=name)
    return translate("coverage", "{name} ●{done} ○{planned} of {total}").format(
        name=name,
        done=coverage.satisfied,
        planned=coverage.planned,
        total=coverage.applicable,
    )


def meter_tooltip(coverage: PackCoverage) -> str:
    """The pack's full title, its count in words and the count per group."""
    lines = [
        coverage.title,
        translate(
            "coverage",
            "{done} of {total} rules in force are met by practices in place ({share}%); "
            "{planned} more only by practices planned or in progress.",
        ).format(
            done=coverage.satisfied,
            total=coverage.applicable,
            share=round(100 * coverage.share),
            planned=coverage.planned,
        ),
    ]
    if coverage.upcoming:
        lines.append(
            translate("coverage", "1 more rule is upcoming: not yet in force on the date checked.")
            if coverage.upcoming == 1
            else translate(
                "coverage", "{n} more rules are upcoming: not yet in force on the date checked."
            ).format(n=coverage.upcoming)
        )
    if coverage.version_label:
        lines.append(
            translate("coverage", "Version: {version}").format(version=coverage.version_label)
        )
    lines.append(
        translate("coverage", "Bar: solid = in place, hatched = planned only, empty = missing.")
    )
    for group, (done, total) in coverage.groups.items():
        if total == 0:
            lines.append(translate("coverage", "{group}: no rule applies").format(group=group))
        else:
            lines.append(
                translate("coverage", "{group}: {done} of {total} · {share}%").format(
                    group=group, done=done, total=total, share=round(100 * done / total)
                )
            )
    return "\n".join(lines)


def _segment(brush: QBrush, name: str) -> QWidget:
    segment = QWidget()
    segment.setObjectName(name)
    segment.setAutoFillBackground(True)
    palette = segment.palette()
    palette.setBrush(QPalette.ColorRole.Window, brush)
    segment.setPalette(palette)
    # Widths come from stretch factors alone (the counts), never from size hints.
    segment.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    return segment


class CoverageBar(QFrame):
    """A compact bar in two segments: rules met in place (solid), met only on paper (hatched)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(1)
        self.setFixedHeight(BAR_HEIGHT)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(TRACK_COLOUR))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        self.setPalette(palette)
        colour = QColor(IN_PLACE_COLOUR)
        self.in_place = _segment(QBrush(colour), "in_place_segment")
        self.planned = _segment(QBrush(colour, Qt.BrushStyle.BDiagPattern), "planned_segment")
        self.rest = _segment(QBrush(QColor(TRACK_COLOUR)), "rest_segment")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        for segment in (self.in_place, self.planned, self.rest):
            layout.addWidget(segment)
        self._counts = (0, 0, 0)
        self.set_counts(0, 0, 0)

    def set_counts(self, in_place: int, planned: int, applicable: int) -> None:
        """Show ``in_place`` and ``planned`` of ``applicable`` rules (0 applicable: empty)."""
        in_place = max(0, min(in_place, applicable))
        planned = max(0, min(planned, applicable - in_place))
        self._counts = (in_place, planned, applicable)
        rest = applicable - in_place - planned
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        for index, (segment, count) in enumerate(
            ((self.in_place, in_place), (self.planned, planned), (self.rest, rest))
        ):
            layout.setStretch(index, count)
            segment.setVisible(count > 0)
        if applicable == 0:
            self.rest.show()
            layout.setStretch(2, 1)

    def segments(self) -> tuple[int, int, int]:
        """In place, planned only, and applicable: what the two segments stand for."""
        return self._counts


class CoverageMeter(QWidget):
    """One pack's meter: a flat button with the counts, and a two-segment bar under it."""

    def __init__(self, coverage: PackCoverage, name: str) -> None:
        super().__init__()
        self.pack = coverage.pack
        self.setObjectName(f"coverage_{coverage.pack}")
        self._box = layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(1)
        self.button = QToolButton()
        self.button.setObjectName(f"coverage_{coverage.pack}_button")
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.compact = False
        self._full = self._compact = ""
        self.bar = CoverageBar()
        self.bar.setObjectName(f"coverage_{coverage.pack}_bar")
        layout.addWidget(self.button)
        layout.addWidget(self.bar)
        self.set_coverage(coverage, name)

    def set_coverage(self, coverage: PackCoverage, name: str) -> None:
        """Show another count for the same pack."""
        text = meter_text(coverage, name)
        tip = meter_tooltip(coverage)
        self._full = text
        self._compact = compact_text(coverage, name)
        self.button.setText(self._compact if self.compact else text)
        self.button.setToolTip(tip)
        self.bar.set_counts(coverage.satisfied, coverage.planned, coverage.applicable)
        self.bar.setToolTip(tip)
        named(self, translate("coverage", "Coverage of {name}").format(name=name), tip)
        named(
            self.button,
            text,
            tip + "\n" + translate("coverage", "Press to list this pack's findings."),
        )
        named(self.bar, translate("coverage", "{name} coverage bar").format(name=name), text)

    @property
    def text(self) -> str:
        """What the meter says in full (the button may show the compact form)."""
        return self._full

    def set_compact(self, on: bool) -> None:
        """Show the compact count ("●12 ○5 of 32") instead of the words; names stay full."""
        if on != self.compact:
            self.compact = on
            self.button.setText(self._compact if on else self._full)

    def full_width(self) -> int:
        """The width the meter needs to show its count in words."""
        margins = self._box.contentsMargins()
        text = self.button.fontMetrics().horizontalAdvance(self._full)
        return text + BUTTON_PADDING + margins.left() + margins.right()


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
            translate("coverage", "Rule-pack coverage"),
            translate(
                "coverage",
                "How many applicable rules of each selected pack the strategy satisfies.",
            ),
        )
        self._packs: Mapping[str, RulePack] = packs or {}
        self._show_structure = show_structure
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.meters: dict[str, CoverageMeter] = {}
        self._shown: list[PackCoverage] = []  # the counts the meters show now

    def set_packs(self, packs: Mapping[str, RulePack]) -> None:
        """Use another set of loaded packs for the meters' names."""
        self._packs = packs
        self._shown = []

    def set_coverage(self, coverage: Sequence[PackCoverage]) -> None:
        """Show one meter per pack of ``coverage`` (a check result's ``coverage``), in order."""
        wanted = [c for c in coverage if self._show_structure or c.pack != structural.PACK]
        if wanted == self._shown and self.meters:
            return  # the counts did not change (most edits): nothing to redo
        self._shown = wanted
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
        self.updateGeometry()
        self._fit(self.width())

    def _full_width(self) -> int:
        spacing = self._layout.spacing() * max(0, len(self.meters) - 1)
        return sum(m.full_width() for m in self.meters.values()) + spacing

    def _fit(self, width: int) -> None:
        compact = width < self._full_width()
        for meter in self.meters.values():
            meter.set_compact(compact)

    def sizeHint(self) -> QSize:
        """As wide as the counts in words need; the status bar may give less (then compact)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._full_width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Switch to the compact counts when the status bar cannot give the words their room."""
        self._fit(event.size().width())
        super().resizeEvent(event)

    def texts(self) -> list[str]:
        """What each meter says in full, in order (for tests and the screen-reader summary)."""
        return [m.text for m in self.meters.values()]
