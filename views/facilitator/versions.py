"""Named snapshots of a strategy and the comparison of any two versions.

The panel lists the strategy's snapshots, asks for new ones by name (the
caller takes and stores the snapshot, then calls ``add_snapshot``), and
compares any two versions — two snapshots, or a snapshot and the strategy as
it is now: cards added, removed, moved and edited and links changed (a
table, and highlighted on a read-only canvas of the newer version), coverage
per pack before and after, and the findings opened and closed. The history
replay lives in ``views.facilitator.history``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.review.diff import Checker, StrategyDiff
from app.review.errors import ReviewError
from app.review.snapshots import diff_snapshots, diff_to_current, suggested_name
from models.review import Snapshot
from models.strategy import Strategy
from views.facilitator.common import Banner, ReadOnlyCanvas, font, named, plain_label
from views.facilitator.tables import (
    coverage_delta_rows,
    diff_rows,
    diff_summary,
    fill,
    finding_change_rows,
    make_table,
)
from views.theme import Theme

NOW = ""
"""The key of "the strategy as it is now" in the version pickers."""


class VersionsPanel(QWidget):
    """Snapshots of one strategy, and the difference between any two versions.

    Signals:
        snapshot_requested(str): take a snapshot with this (checked, unique) name.
        diff_shown(object): the ``StrategyDiff`` now shown.
    """

    snapshot_requested = Signal(str)
    diff_shown = Signal(object)

    def __init__(
        self,
        strategy: Strategy,
        snapshots: Sequence[Snapshot] = (),
        check: Checker | None = None,
        *,
        theme: Theme | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the panel.

        Args:
            strategy: the strategy as it is now.
            snapshots: its stored snapshots (others are ignored).
            check: runs the checker on a version, or None to compare cards and links only.
            theme: the canvas theme.
            parent: the parent widget.
        """
        super().__init__(parent)
        self.strategy = strategy
        self.check = check
        self._snapshots: list[Snapshot] = []
        self.diff: StrategyDiff | None = None
        named(
            self,
            translate("facilitator", "Versions"),
            translate("facilitator", "Snapshots of the strategy and what changed between them"),
        )
        layout = QVBoxLayout(self)
        heading = plain_label(
            translate("facilitator", "Versions of {name}").format(name=strategy.name)
        )
        heading.setFont(font(16, bold=True))
        layout.addWidget(heading)
        top = QHBoxLayout()
        top.addLayout(self._snapshot_column(), 1)
        top.addLayout(self._compare_column(), 2)
        layout.addLayout(top)
        self.message = Banner(translate("facilitator", "Versions message"))
        layout.addWidget(self.message)
        self.summary = plain_label(points=12)
        self.summary.setAccessibleName(translate("facilitator", "Summary of changes"))
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setAccessibleName(translate("facilitator", "Changes as tables and on the canvas"))
        self.tabs = named(QTabWidget(), translate("facilitator", "Changes"))
        self.changes_table = make_table(
            translate("facilitator", "Cards and links changed"),
            translate("facilitator", "What changed, card by card"),
        )
        self.coverage_table = make_table(
            translate("facilitator", "Coverage before and after"),
            translate("facilitator", "Rules met per pack"),
        )
        self.findings_table = make_table(
            translate("facilitator", "Findings opened and closed"),
            translate("facilitator", "Findings that changed"),
        )
        self.tabs.addTab(self.changes_table, translate("facilitator", "Cards and links"))
        self.tabs.addTab(self.coverage_table, translate("facilitator", "Coverage"))
        self.tabs.addTab(self.findings_table, translate("facilitator", "Findings"))
        self.canvas = ReadOnlyCanvas(
            theme, translate("facilitator", "Newer version, changes highlighted (read-only)")
        )
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.canvas)
        splitter.setSizes([700, 900])
        layout.addWidget(splitter, 1)
        self.set_snapshots(snapshots)

    def _snapshot_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(plain_label(translate("facilitator", "Snapshots"), wrap=False))
        self.list = named(
            QListWidget(),
            translate("facilitator", "Snapshots"),
            translate("facilitator", "Named copies of the strategy"),
        )
        self.list.setMaximumHeight(120)
        column.addWidget(self.list)
        row = QHBoxLayout()
        self.name_edit = named(
            QLineEdit(),
            translate("facilitator", "Snapshot name"),
            translate("facilitator", "For example: before feedback, round 2"),
        )
        self.name_edit.setMaxLength(120)
        self.name_edit.returnPressed.connect(self.request_snapshot)
        self.take_button = named(
            QPushButton(translate("facilitator", "Take snapshot")),
            translate("facilitator", "Take snapshot"),
            translate("facilitator", "Keep a named copy of the strategy as it is now"),
        )
        self.take_button.clicked.connect(self.request_snapshot)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.take_button)
        column.addLayout(row)
        return column

    def _compare_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(plain_label(translate("facilitator", "Compare two versions"), wrap=False))
        self.older = named(QComboBox(), translate("facilitator", "Older version"))
        self.newer = named(QComboBox(), translate("facilitator", "Newer version"))
        self.compare_button = named(
            QPushButton(translate("facilitator", "Compare")),
            translate("facilitator", "Compare"),
            translate("facilitator", "Show what changed between the two"),
        )
        self.compare_button.clicked.connect(self.compare_selected)
        for label, combo in (
            (translate("facilitator", "From"), self.older),
            (translate("facilitator", "To"), self.newer),
        ):
            row = QHBoxLayout()
            row.addWidget(plain_label(label, wrap=False))
            row.addWidget(combo, 1)
            column.addLayout(row)
        column.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        return column

    # -- snapshots -------------------------------------------------------------------------

    @property
    def snapshots(self) -> tuple[Snapshot, ...]:
        """The snapshots shown, oldest first."""
        return tuple(self._snapshots)

    def set_snapshots(self, snapshots: Sequence[Snapshot]) -> None:
        """Show these snapshots (those of other strategies are ignored)."""
        mine = [s for s in snapshots if s.strategy_id == self.strategy.id]
        self._snapshots = sorted(mine, key=lambda s: (s.revision, s.taken_at))
        self._refill()

    def add_snapshot(self, snapshot: Snapshot) -> None:
        """Show a snapshot the caller has just taken and stored."""
        self.set_snapshots([*self._snapshots, snapshot])
        self.message.show_text(
            translate("facilitator", "Snapshot “{name}” taken at revision {revision}.").format(
                name=snapshot.name, revision=snapshot.revision
            ),
            "info",
        )

    def set_strategy(self, strategy: Strategy) -> None:
        """Follow the strategy as it changes (the "now" version)."""
        self.strategy = strategy
        self._refill()

    def request_snapshot(self) -> str | None:
        """Ask for a snapshot named as typed (or a free default name); None when refused."""
        typed = " ".join(self.name_edit.text().split())
        name = typed or suggested_name(self._snapshots, self.strategy.id)
        if name.casefold() in {s.name.casefold() for s in self._snapshots}:
            self.message.show_text(
                translate(
                    "facilitator", "This strategy already has a snapshot named “{name}”."
                ).format(name=name),
                "error",
            )
            return None
        self.message.clear_text()
        self.name_edit.clear()
        self.snapshot_requested.emit(name)
        return name

    def _version_label(self, snapshot: Snapshot) -> str:
        when = snapshot.taken_at.replace("T", " ")[:16]
        return translate("facilitator", "{name} · revision {revision} · {when}").format(
            name=snapshot.name, revision=snapshot.revision, when=when
        )

    def _refill(self) -> None:
        self.list.clear()
        for snapshot in self._snapshots:
            self.list.addItem(self._version_label(snapshot))
        self.name_edit.setPlaceholderText(suggested_name(self._snapshots, self.strategy.id))
        now = translate("facilitator", "Now · revision {revision}").format(
            revision=self.strategy.revision
        )
        for combo in (self.older, self.newer):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for snapshot in self._snapshots:
                combo.addItem(self._version_label(snapshot), snapshot.id)
            combo.addItem(now, NOW)
            index = combo.findData(kept) if kept is not None else -1
            combo.setCurrentIndex(index if index >= 0 else -1)
            combo.blockSignals(False)
        if self.older.currentIndex() < 0:
            self.older.setCurrentIndex(max(0, self.older.count() - 2))
        if self.newer.currentIndex() < 0:
            self.newer.setCurrentIndex(self.newer.count() - 1)

    # -- comparing -------------------------------------------------------------------------

    def select(self, older: str, newer: str) -> None:
        """Pick two versions by snapshot id (``NOW`` for the current strategy)."""
        self.older.setCurrentIndex(self.older.findData(older))
        self.newer.setCurrentIndex(self.newer.findData(newer))

    def _snapshot(self, key: str) -> Snapshot | None:
        return next((s for s in self._snapshots if s.id == key), None)

    def compare_selected(self) -> StrategyDiff | None:
        """Compare the two versions picked; None (with a message) when they cannot be."""
        first, second = str(self.older.currentData()), str(self.newer.currentData())
        if first == second:
            self.message.show_text(
                translate("facilitator", "Choose two different versions to compare."), "error"
            )
            return None
        a, b = self._snapshot(first), self._snapshot(second)
        try:
            if a is not None and b is not None:
                diff = diff_snapshots(a, b, self.check)
                older, newer = sorted((a, b), key=lambda s: (s.revision, s.taken_at))
                before, after = older.strategy, newer.strategy
            else:
                snapshot = a or b
                assert snapshot is not None  # one of two different keys is a snapshot
                diff = diff_to_current(snapshot, self.strategy, self.check)
                before, after = snapshot.strategy, self.strategy
        except ReviewError as err:
            self.message.show_text(str(err), "error")
            return None
        if self.message.kind == "error":
            self.message.clear_text()
        self.diff = diff
        self.summary.setText(diff_summary(diff))
        fill(
            self.changes_table,
            [
                translate("facilitator", "Change"),
                translate("facilitator", "Card or link"),
                translate("facilitator", "Phase"),
                translate("facilitator", "Details"),
            ],
            diff_rows(diff, before, after),
            stretch=1,
        )
        fill(
            self.coverage_table,
            [
                translate("facilitator", "Rule pack"),
                translate("facilitator", "Before"),
                translate("facilitator", "After"),
                translate("facilitator", "Change"),
            ],
            coverage_delta_rows(diff),
        )
        fill(
            self.findings_table,
            [
                translate("facilitator", "Change"),
                translate("facilitator", "Severity"),
                translate("facilitator", "Rule"),
                translate("facilitator", "Pack"),
            ],
            finding_change_rows(diff),
            stretch=2,
        )
        self.canvas.show_strategy(after)
        self.canvas.mark(diff.highlights())
        self.canvas.zoom_to_fit()
        self.diff_shown.emit(diff)
        return diff
