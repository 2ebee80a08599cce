"""The strategy's profile: the facts that decide which rules apply, the questionnaire, the packs.

``ProfileEditor`` edits each field of ``models.profile.Profile`` with a label
and a plain description and emits ``profile_edited(old, new)`` on every change;
the main window turns that into an undoable ``SetProfile`` and calls
``set_profile`` when the document changes (undo included), which never emits.
``ProfilePanel`` puts the editor, the guided questionnaire and the pack
selector in tabs for a dock; ``ProfileDialog`` is the same panel in a dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.checker.packs import PackSet
from app.i18n import translate
from models.profile import Profile
from models.rules import RulePack
from models.vocabulary import AIActRole, Annex3Area, ImpactLevel, Jurisdiction, ProhibitedPractice
from views.dialogs.packs import PackSelector
from views.dialogs.profile_labels import (
    FLAG_GROUPS,
    GROUP_TEXTS,
    PRACTICE_TEXTS,
    area_label,
    field_description,
    field_label,
    jurisdiction_label,
    practice_label,
    role_label,
)
from views.dialogs.questionnaire import QuestionnairePage
from views.translation import interface_locale
from views.widgets.marks import named
from views.widgets.wrap_check import HINT_COLOUR, WrapCheck
from views.widgets.wrap_combo import WrapCombo


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOUR};")
    named(label, text)
    return label


def _group(title: str, description: str = "") -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    named(box, title, description)
    layout = QVBoxLayout(box)
    layout.setSpacing(6)
    return box, layout


def _shrinking(combo: QComboBox) -> QComboBox:
    """Let a combo with long entries shrink to a narrow dock (its words wrap, the popup
    still shows them whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class ProfileEditor(QWidget):
    """Edits every field of a ``Profile``; each change emits ``profile_edited(old, new)``.

    The facts come in groups a team can find its way through — the date of the law,
    scope, decisions about people, data, where it is used, risk classification, the
    EU AI Act's derogation and prohibitions — each with its plain explanation. Every
    row wraps, so the panel fits a side dock of a 1366×768 screen at any font scale.
    """

    profile_edited = Signal(object, object)

    def __init__(self, profile: Profile | None = None) -> None:
        super().__init__()
        self.setObjectName("profile_editor")
        named(
            self,
            translate("profile", "Profile editor"),
            translate("profile", "The facts about the AI system that decide which rules apply."),
        )
        self._profile = profile or Profile()
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("profile_fields_scroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        named(scroll, translate("profile", "Profile fields"))
        body = QWidget()
        body.setObjectName("profile_fields")
        named(body, translate("profile", "Profile fields"))
        layout = QVBoxLayout(body)
        self.flags: dict[str, QCheckBox] = {}
        layout.addWidget(self._date())
        for title, description, names in FLAG_GROUPS:
            box, rows = _group(
                translate("profile", GROUP_TEXTS[title]),
                translate("profile", GROUP_TEXTS[description]),
            )
            for name in names:
                rows.addWidget(self._flag(name))
            layout.addWidget(box)
        layout.addWidget(self._where())
        layout.addWidget(self._levels())
        layout.addWidget(self._ai_act())
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.set_profile(self._profile)

    def _flag(self, name: str) -> WrapCheck:
        row = WrapCheck(field_label(name), field_description(name), name=f"profile_{name}")
        row.box.toggled.connect(self._changed)
        self.flags[name] = row.box
        return row

    def _date(self) -> QGroupBox:
        box, layout = _group(field_label("as_of"), field_description("as_of"))
        box.setObjectName("profile_as_of_group")
        row = QHBoxLayout()
        self.as_of_today = QCheckBox(translate("profile", "&Today"))
        self.as_of_today.setObjectName("profile_as_of_today")
        named(
            self.as_of_today,
            translate("profile", "Check the law as of today"),
            translate("profile", "Untick to check the law as it stands on another date."),
        )
        self.as_of = QDateEdit()
        self.as_of.setObjectName("profile_as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setLocale(interface_locale())  # « 6 décembre 2026 » in French
        self.as_of.setDisplayFormat("d MMMM yyyy")
        self.as_of.setDateRange(QDate(2016, 1, 1), QDate(2040, 12, 31))
        # One edit per finished date, not one per keystroke (each edit re-checks the board).
        self.as_of.setKeyboardTracking(False)
        named(self.as_of, field_label("as_of"), field_description("as_of"))
        self.as_of_today.toggled.connect(self._changed)
        self.as_of.dateChanged.connect(self._changed)
        row.addWidget(self.as_of_today)
        row.addWidget(self.as_of, 1)
        layout.addLayout(row)
        layout.addWidget(
            _hint(
                translate(
                    "profile",
                    "Rules not yet in force on this date show as upcoming, not as gaps. "
                    "Pick the planned go-live to see what will apply then.",
                )
            )
        )
        return box

    def _where(self) -> QGroupBox:
        box, layout = _group(field_label("jurisdictions"), field_description("jurisdictions"))
        self.jurisdictions: dict[Jurisdiction, QCheckBox] = {}
        for value in Jurisdiction:
            row = WrapCheck(jurisdiction_label(value), name=f"profile_jurisdiction_{value.value}")
            row.box.setAccessibleDescription(field_description("jurisdictions"))
            row.box.toggled.connect(self._changed)
            self.jurisdictions[value] = row.box
            layout.addWidget(row)
        return box

    def _ai_act(self) -> QGroupBox:
        box, layout = _group(
            translate("profile", "EU AI Act: exemption and prohibitions"),
            translate(
                "profile",
                "Art. 6(3) takes some Annex III uses out of the high-risk regime; Art. 5 "
                "prohibits some uses outright.",
            ),
        )
        layout.addWidget(self._flag("art6_3_derogation"))
        heading = QLabel(field_label("prohibited_practices"))
        heading.setWordWrap(True)
        heading.setObjectName("profile_prohibited_heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        named(
            heading, field_label("prohibited_practices"), field_description("prohibited_practices")
        )
        layout.addWidget(heading)
        layout.addWidget(
            _hint(
                translate(
                    "profile",
                    "Tick any the use involves. A prohibited practice blocks the check: no "
                    "card can make it lawful.",
                )
            )
        )
        self.prohibited_practices: dict[ProhibitedPractice, QCheckBox] = {}
        for value in ProhibitedPractice:
            row = WrapCheck(practice_label(value), name=f"profile_prohibited_{value.value}")
            row.box.setAccessibleDescription(
                translate("profile", PRACTICE_TEXTS[value])
                + " — "
                + field_description("prohibited_practices")
            )
            row.label.setToolTip(translate("profile", PRACTICE_TEXTS[value]))
            row.box.toggled.connect(self._changed)
            self.prohibited_practices[value] = row.box
            layout.addWidget(row)
        return box

    def _levels(self) -> QGroupBox:
        box = QGroupBox(translate("profile", "Risk classification"))
        named(box, translate("profile", "Risk classification"))
        form = QFormLayout(box)
        # Label above field: the dock is narrow and the labels are long.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.impact_level = _shrinking(WrapCombo())
        for level in ImpactLevel:
            self.impact_level.addItem(
                translate("profile", "Level {n}").format(n=level.roman), level.value
            )
        self.annex3_area = _shrinking(WrapCombo())
        self.annex3_area.addItem(area_label(None), None)
        for area in Annex3Area:
            self.annex3_area.addItem(area_label(area), area.value)
        self.ai_act_role = _shrinking(WrapCombo())
        for role in AIActRole:
            self.ai_act_role.addItem(role_label(role), role.value)
        for name, combo in (
            ("impact_level", self.impact_level),
            ("annex3_area", self.annex3_area),
            ("ai_act_role", self.ai_act_role),
        ):
            combo.setObjectName(f"profile_{name}")
            named(combo, field_label(name), field_description(name))
            combo.setToolTip(field_description(name))
            combo.currentIndexChanged.connect(self._changed)
            label = QLabel(field_label(name))
            label.setWordWrap(True)
            label.setBuddy(combo)
            named(label, field_label(name))
            form.addRow(label, combo)
            form.addRow(_hint(field_description(name)))
        return box

    # -- the profile ----------------------------------------------------------------------------

    def set_profile(self, profile: Profile) -> None:
        """Show ``profile`` (after a load, an undo, another strategy); never emits."""
        self._loading = True
        try:
            self._profile = profile
            for name, box in self.flags.items():
                box.setChecked(bool(getattr(profile, name)))
            for value, check in self.jurisdictions.items():
                check.setChecked(value in profile.jurisdictions)
            self.impact_level.setCurrentIndex(
                self.impact_level.findData(profile.impact_level.value)
            )
            area = profile.annex3_area.value if profile.annex3_area else None
            self.annex3_area.setCurrentIndex(self.annex3_area.findData(area))
            self.ai_act_role.setCurrentIndex(self.ai_act_role.findData(profile.ai_act_role.value))
            for practice, box in self.prohibited_practices.items():
                box.setChecked(practice in profile.prohibited_practices)
            self.as_of_today.setChecked(profile.as_of is None)
            day = profile.as_of or dt.date.today()
            self.as_of.setDate(QDate(day.year, day.month, day.day))
            self.as_of.setEnabled(profile.as_of is not None)
        finally:
            self._loading = False

    def profile(self) -> Profile:
        """The profile the fields show."""
        area = self.annex3_area.currentData()
        return Profile(
            **{name: box.isChecked() for name, box in self.flags.items()},
            jurisdictions=tuple(v for v, check in self.jurisdictions.items() if check.isChecked()),
            impact_level=ImpactLevel(self.impact_level.currentData()),
            annex3_area=Annex3Area(area) if area else None,
            ai_act_role=AIActRole(self.ai_act_role.currentData()),
            prohibited_practices=tuple(
                v for v, check in self.prohibited_practices.items() if check.isChecked()
            ),
            as_of=None if self.as_of_today.isChecked() else self.as_of.date().toPython(),
        )

    def _changed(self, *_args: object) -> None:
        self.as_of.setEnabled(not self.as_of_today.isChecked())
        if self._loading:
            return
        new = self.profile()
        if new == self._profile:
            return
        old, self._profile = self._profile, new
        self.profile_edited.emit(old, new)


class ProfilePanel(QTabWidget):
    """Profile, questionnaire and rule packs in tabs: a dock's body, or a dialog's.

    Args:
        packs: the loaded packs and the problems of those that failed to load.
        profile: the profile shown first.
        selected: the pack keys selected first.

    Signals:
        profile_edited(object, object): old and new ``Profile`` (an edit or the questionnaire).
        packs_edited(object, object): old and new tuples of selected pack keys.
    """

    profile_edited = Signal(object, object)
    packs_edited = Signal(object, object)

    def __init__(
        self,
        packs: PackSet | Mapping[str, RulePack],
        profile: Profile | None = None,
        selected: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.setObjectName("profile_panel")
        named(self, translate("profile", "Profile and rule packs"))
        profile = profile or Profile()
        self.editor = ProfileEditor(profile)
        loaded = packs.packs if isinstance(packs, PackSet) else packs
        self.questionnaire = QuestionnairePage(profile, loaded)
        self.packs = PackSelector(packs, selected, profile)
        self.addTab(self.editor, translate("profile", "&Profile"))
        self.addTab(self.questionnaire, translate("profile", "&Questionnaire"))
        self.addTab(self.packs, translate("profile", "&Rule packs"))
        self.editor.profile_edited.connect(self._edited)
        self.questionnaire.apply_requested.connect(self._apply_assessment)
        self.packs.packs_edited.connect(self.packs_edited.emit)

    def set_profile(self, profile: Profile) -> None:
        """Show the strategy's current profile everywhere; never emits."""
        self.editor.set_profile(profile)
        self.questionnaire.set_base(profile)
        self.packs.set_profile(profile)

    def set_packs(self, selected: tuple[str, ...]) -> None:
        """Show the strategy's current pack selection; never emits."""
        self.packs.set_selected(selected)

    def _edited(self, old: Profile, new: Profile) -> None:
        self.questionnaire.set_base(new)
        self.packs.set_profile(new)
        self.profile_edited.emit(old, new)

    def _apply_assessment(self, new: Profile) -> None:
        old = self.editor.profile()
        if new == old:
            return
        self.set_profile(new)
        self.profile_edited.emit(old, new)
        self.setCurrentWidget(self.editor)


class ProfileDialog(QDialog):
    """The profile panel in a dialog; its signals are the panel's (``dialog.panel``)."""

    def __init__(
        self,
        packs: PackSet | Mapping[str, RulePack],
        profile: Profile | None = None,
        selected: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("profile", "Profile and rule packs"))
        named(self, translate("profile", "Profile and rule packs"))
        layout = QVBoxLayout(self)
        self.panel = ProfilePanel(packs, profile, selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons, translate("profile", "Dialog buttons"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(760, 820)
        self.setWindowModality(Qt.WindowModality.NonModal)
