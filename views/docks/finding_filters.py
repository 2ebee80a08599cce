"""The findings dock's filter row: severity, state, rule pack and free text; and the test itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.i18n import translate
from models.findings import Finding
from models.vocabulary import FindingState, Severity
from views.docks.wrap_row import WrapRow
from views.widgets.marks import named, severity_icon, severity_plural, state_icon, state_phrase


class FindingFilters(QWidget):
    """Four filters in a row; ``changed`` fires whenever any of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, translate("findings", "Finding filters"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.severity = QComboBox()
        self.severity.addItem(translate("findings", "All severities"), None)
        for severity in Severity:
            self.severity.addItem(
                severity_icon(severity), severity_plural(severity), severity.value
            )
        named(
            self.severity,
            translate("findings", "Severity filter"),
            translate("findings", "Show findings of one severity."),
        )
        self.severity.setObjectName("severity_filter")
        self.state = QComboBox()
        self.state.addItem(translate("findings", "All states"), None)
        for state in (
            FindingState.OPEN,
            FindingState.PLANNED,
            FindingState.UPCOMING,
            FindingState.PROHIBITED,
        ):
            self.state.addItem(state_icon(state, Severity.ERROR), state_phrase(state), state.value)
        named(
            self.state,
            translate("findings", "State filter"),
            translate(
                "findings",
                "Show only missing, only planned (not in place), only upcoming or prohibited.",
            ),
        )
        self.state.setObjectName("state_filter")
        self.pack = QComboBox()
        named(
            self.pack,
            translate("findings", "Pack filter"),
            translate("findings", "Show findings of one rule pack."),
        )
        self.pack.setObjectName("pack_filter")
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("findings", "Filter by words…"))
        self.text.setClearButtonEnabled(True)
        named(
            self.text,
            translate("findings", "Text filter"),
            translate(
                "findings", "Show findings whose title, message or citation contain these words."
            ),
        )
        self.text.setObjectName("text_filter")
        everything = (
            (self.severity, translate("findings", "All severities")),
            (self.state, translate("findings", "All states")),
            (self.pack, translate("findings", "All packs")),
        )
        for combo, first in everything:
            # Long pack titles must not force the dock wider than a small screen, but the
            # "All …" choice shown most of the time is shown whole (French runs longer).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(max(10, len(first)))
        # Side by side in a wide panel; on two or four rows in a narrow one (200 %).
        self.row = WrapRow(
            (self.severity, self.state, self.pack, self.text),
            (0, 0, 0, 1),
            translate("findings", "Finding filters"),
        )
        row.addWidget(self.row)
        self.severity.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.state.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.pack.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.text.textChanged.connect(lambda _s: self.changed.emit())

    # -- what the filters let through -----------------------------------------------------

    def choices(self) -> tuple[object, ...]:
        """The current choices: severity, state, pack key (None: all) and the words."""
        return (
            self.severity.currentData(),
            self.state.currentData(),
            self.pack.currentData(),
            self.text.text(),
        )

    def predicate(self, pack_title: Callable[[str], str]) -> Callable[[Finding], bool]:
        """A test of the current choices (read once, for a whole list of findings)."""
        severity, state, pack, text = self.choices()
        words = str(text).lower().split()

        def passes(finding: Finding) -> bool:
            if severity is not None and finding.severity.value != severity:
                return False
            if state is not None and finding.state.value != state:
                return False
            if pack is not None and finding.pack != pack:
                return False
            if not words:
                return True
            haystack = " ".join(
                (finding.title, finding.message, finding.citation, pack_title(finding.pack))
            ).lower()
            return all(word in haystack for word in words)

        return passes

    def set_packs(self, packs: Sequence[tuple[str, str]]) -> None:
        """Offer these (key, title) packs, keeping the chosen one if it is still there."""
        wanted = self.pack.currentData()
        self.pack.blockSignals(True)
        self.pack.clear()
        self.pack.addItem(translate("findings", "All packs"), None)
        for key, title in packs:
            self.pack.addItem(title, key)
        self.pack.setCurrentIndex(max(0, self.pack.findData(wanted)))
        self.pack.blockSignals(False)

    def set_pack(self, key: str | None) -> None:
        """Choose one pack (None: all)."""
        self.pack.setCurrentIndex(max(0, self.pack.findData(key)))

    def set_all(
        self,
        severity: Severity | None,
        state: FindingState | None,
        pack: str | None,
        text: str,
    ) -> None:
        """Set every filter at once; ``changed`` fires once."""
        combos = (self.severity, self.state, self.pack, self.text)
        for widget in combos:
            widget.blockSignals(True)
        try:
            self.severity.setCurrentIndex(
                max(0, self.severity.findData(severity.value if severity else None))
            )
            self.state.setCurrentIndex(max(0, self.state.findData(state.value if state else None)))
            self.pack.setCurrentIndex(max(0, self.pack.findData(pack)))
            self.text.setText(text)
        finally:
            for widget in combos:
                widget.blockSignals(False)
        self.changed.emit()
