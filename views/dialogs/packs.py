"""The rule-pack selector: which frameworks the strategy is checked against.

Every loaded pack is listed with its version and the date it took effect,
whether it applies to the current profile, and a checkbox. Agency packs that
failed to load are listed too, greyed out, with the reason (file, rule, field),
so a broken pack is visible rather than silently missing. A selected pack that
is not installed on this machine stays listed so it can be unticked.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checker import suggest_packs
from app.checker.integrity import PackIntegrity
from app.checker.packs import LoadProblem, PackSet
from app.checker.scope import explain
from app.i18n import QT_TRANSLATE_NOOP, translate
from models.profile import Profile
from models.rules import RulePack
from models.vocabulary import Severity
from views.labels import scope_reason
from views.widgets.marks import named, severity_icon

INTEGRITY_WORDS: dict[str, str] = {
    "verified": QT_TRANSLATE_NOOP("packs", "verified"),
    "modified": QT_TRANSLATE_NOOP("packs", "modified"),
    "unsigned": QT_TRANSLATE_NOOP("packs", "unsigned"),
}
"""``app.checker.integrity.Status``, marked for lupdate (a test keeps the two equal)."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def pack_line(
    pack: RulePack, profile: Profile | None, integrity: PackIntegrity | None = None
) -> str:
    """Title, then version, effective date and integrity, then whether it applies and why."""
    line = translate("packs", "{title}\n{version} · in effect from {date}").format(
        title=pack.title, version=pack.version_label, date=pack.effective.isoformat()
    )
    if integrity is not None:
        line += translate("packs", " · {where} ({status})").format(
            where=translate("packs", "shipped")
            if integrity.source == "shipped"
            else translate("packs", "agency folder"),
            status=translate("packs", INTEGRITY_WORDS[integrity.status]),
        )
    if profile is None:
        return line
    return line + "\n" + scope_reason(explain(pack, profile))


class PackSelector(QWidget):
    """A checkable list of the loaded packs (and the broken ones, with their error).

    Signals:
        packs_edited(object, object): old and new tuples of selected pack keys (sorted).
    """

    packs_edited = Signal(object, object)

    def __init__(
        self,
        packs: PackSet | Mapping[str, RulePack],
        selected: tuple[str, ...] = (),
        profile: Profile | None = None,
    ) -> None:
        super().__init__()
        named(
            self,
            translate("packs", "Rule packs"),
            translate("packs", "Choose the frameworks the strategy is checked against."),
        )
        self._integrity: dict[str, PackIntegrity] = {}
        if isinstance(packs, PackSet):
            self._packs: dict[str, RulePack] = dict(packs.packs)
            self._integrity = dict(packs.integrity)
            self._problems: tuple[LoadProblem, ...] = packs.problems
        else:
            self._packs, self._problems = dict(packs), ()
        self._selected = tuple(sorted(set(selected)))
        self._profile = profile
        self._loading = False
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        named(
            self.list,
            translate("packs", "Available rule packs"),
            translate("packs", "Tick a pack to check the strategy against it; Space toggles."),
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        named(self.note, translate("packs", "Pack notes"))
        row = QHBoxLayout()
        self.suggest_button = QPushButton(translate("packs", "&Suggest for this profile"))
        self.suggest_button.setAutoDefault(True)
        named(
            self.suggest_button,
            translate("packs", "Suggest packs for this profile"),
            translate("packs", "Select exactly the packs whose conditions hold for the profile."),
        )
        self.suggest_button.clicked.connect(self.suggest)
        row.addStretch(1)
        row.addWidget(self.suggest_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.list.itemChanged.connect(self._item_changed)
        self._fill()

    def _fill(self) -> None:
        self._loading = True
        self.list.clear()
        for key in sorted(self._packs, key=lambda k: self._packs[k].title):
            pack = self._packs[key]
            item = QListWidgetItem(pack_line(pack, self._profile, self._integrity.get(key)))
            item.setData(KEY_ROLE, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if key in self._selected else Qt.CheckState.Unchecked
            )
            item.setToolTip(pack.summary or pack.instrument)
            self.list.addItem(item)
        for key in self._selected:
            if key not in self._packs:
                item = QListWidgetItem(
                    translate(
                        "packs", "{key}\nnot installed on this machine: its rules are not checked"
                    ).format(key=key)
                )
                item.setData(KEY_ROLE, key)
                item.setIcon(severity_icon(Severity.WARNING))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.list.addItem(item)
        for problem in self._problems:
            item = QListWidgetItem(
                translate("packs", "Could not load {file}\n{problem}").format(
                    file=problem.path.name, problem=str(problem)
                )
            )
            item.setIcon(severity_icon(Severity.ERROR))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip(str(problem.path))
            self.list.addItem(item)
        broken = len(self._problems)
        self.note.setText(
            translate(
                "packs", "{n} pack files could not be loaded; they are listed with the reason."
            ).format(n=broken)
            if broken
            else translate("packs", "{n} packs loaded.").format(n=len(self._packs))
        )
        self._loading = False

    def selected(self) -> tuple[str, ...]:
        """The ticked pack keys, sorted."""
        keys = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(KEY_ROLE)
            if key and item.checkState() == Qt.CheckState.Checked:
                keys.append(str(key))
        return tuple(sorted(keys))

    def set_selected(self, selected: tuple[str, ...]) -> None:
        """Show the strategy's selection (after a load or an undo); never emits."""
        self._selected = tuple(sorted(set(selected)))
        self._fill()

    def set_profile(self, profile: Profile) -> None:
        """Say for each pack whether it applies to ``profile``."""
        self._profile = profile
        self._selected = self.selected()
        self._fill()

    def set_checked(self, key: str, on: bool) -> None:
        """Tick or untick one pack as a user would."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        new = self.selected()
        if new != self._selected:
            old, self._selected = self._selected, new
            self.packs_edited.emit(old, new)

    def suggest(self) -> None:
        """Select the packs that apply to the profile (one edit)."""
        if self._profile is None:
            return
        new = suggest_packs(self._profile, self._packs)
        if new != self._selected:
            old, self._selected = self._selected, tuple(sorted(new))
            self._fill()
            self.packs_edited.emit(old, self._selected)
