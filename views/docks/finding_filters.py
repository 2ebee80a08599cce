"""The findings dock's filter row: severity, rule pack and free text."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from models.vocabulary import Severity
from views.labels import tr
from views.widgets.marks import named, severity_icon, severity_plural

CONTEXT = "findings"


def _t(text: str) -> str:
    return tr(text, CONTEXT)


class FindingFilters(QWidget):
    """Three filters in a row; ``changed`` fires whenever any of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, _t("Finding filters"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.severity = QComboBox()
        self.severity.addItem(_t("All severities"), None)
        for severity in Severity:
            self.severity.addItem(
                severity_icon(severity), severity_plural(severity), severity.value
            )
        named(self.severity, _t("Severity filter"), _t("Show findings of one severity."))
        self.pack = QComboBox()
        named(self.pack, _t("Pack filter"), _t("Show findings of one rule pack."))
        self.text = QLineEdit()
        self.text.setPlaceholderText(_t("Filter by words…"))
        self.text.setClearButtonEnabled(True)
        named(
            self.text,
            _t("Text filter"),
            _t("Show findings whose title, message or citation contain these words."),
        )
        row.addWidget(self.severity)
        row.addWidget(self.pack)
        row.addWidget(self.text, 1)
        self.severity.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.pack.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.text.textChanged.connect(lambda _s: self.changed.emit())
