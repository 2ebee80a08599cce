"""Help › About: the version, the content and rule packs loaded, the licence, and where files live.

Everything shown is also one "Copy" away, so a facilitator can paste it into a
support request without retyping paths.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.about import PackLine
from app.i18n import translate


@dataclass(frozen=True)
class AboutFacts:
    """What the About box shows, gathered by the caller (``views.help``)."""

    version: str
    runtime: str
    content_version: str
    packs: tuple[PackLine, ...]
    license_name: str
    data_folder: str
    database: str
    settings_file: str
    log_file: str
    content_folder: str


HEADER_PADDING = 16
"""Room a header section keeps around its text."""


def _value(text: str, name: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    # Paths are meant to be copied into a file manager or a support e-mail.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    """The About box.

    Args:
        facts: what to show.
        license_text: the full licence, shown by "Licence…" (None disables the button).
        parent: the main window.
    """

    def __init__(
        self, facts: AboutFacts, license_text: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.facts = facts
        self._license_text = license_text
        self.setObjectName("about_dialog")
        self.setWindowTitle(translate("help", "About MLOps Lifecycle Canvas"))
        self.setAccessibleName(translate("help", "About MLOps Lifecycle Canvas"))
        layout = QVBoxLayout(self)
        heading = _value(
            translate("help", "MLOps Lifecycle Canvas {version}").format(version=facts.version),
            "about_heading",
            translate("help", "Application and version"),
        )
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        form = QFormLayout()
        rows = (
            ("about_runtime", translate("help", "Runs on"), facts.runtime),
            ("about_content", translate("help", "Content library"), facts.content_version),
            ("about_license", translate("help", "Licence"), facts.license_name),
            ("about_data", translate("help", "Data folder"), facts.data_folder),
            ("about_database", translate("help", "Database"), facts.database),
            ("about_settings", translate("help", "Settings"), facts.settings_file),
            ("about_log", translate("help", "Log file"), facts.log_file),
            ("about_content_folder", translate("help", "Content files"), facts.content_folder),
        )
        self.values: dict[str, QLabel] = {}
        for name, label, text in rows:
            value = _value(text, name, label)
            caption = QLabel(f"{label}:")
            caption.setObjectName(f"{name}_caption")
            caption.setAccessibleName(label)
            caption.setBuddy(value)
            form.addRow(caption, value)
            self.values[name] = value
        layout.addLayout(form)
        self.packs = QTableWidget(len(facts.packs), 4)
        self.packs.setObjectName("about_packs")
        self.packs.setAccessibleName(translate("help", "Rule packs loaded"))
        headings = [
            translate("help", "Rule pack"),
            translate("help", "Version"),
            translate("help", "Effective"),
            translate("help", "Source and integrity"),
        ]
        self.packs.setHorizontalHeaderLabels(headings)
        self.packs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.packs.verticalHeader().hide()
        for row, pack in enumerate(facts.packs):
            texts = (pack.title, pack.version, pack.effective, pack.integrity)
            for column, text in enumerate(texts):
                self.packs.setItem(row, column, QTableWidgetItem(text))
        header = self.packs.horizontalHeader()
        # Titles, versions and sources are long sentences: they share the width and wrap,
        # each column never narrower than its heading (at 200 % font scale the sources
        # took the width and left "Rule pack" 50 px).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        header.setMinimumSectionSize(
            max(metrics.horizontalAdvance(h) for h in headings) + HEADER_PADDING
        )
        self.packs.setWordWrap(True)
        self.packs.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.packs, 1)
        buttons = QDialogButtonBox()
        buttons.setObjectName("about_buttons")
        buttons.setAccessibleName(translate("help", "Dialog buttons"))
        self.license_button = self._button(
            buttons, "about_view_license", translate("help", "&Licence…")
        )
        self.license_button.setEnabled(license_text is not None)
        self.license_button.clicked.connect(self.show_license)
        self.copy_button = self._button(buttons, "about_copy", translate("help", "&Copy"))
        self.copy_button.clicked.connect(self.copy)
        close = self._button(buttons, "about_close", translate("help", "Cl&ose"))
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.license_dialog: QDialog | None = None
        # Room for the four headings side by side (the screen caps it when shown).
        width = max(760, 4 * header.minimumSectionSize() + 80)
        # Tall enough for the facts as they wrap at that width (they run to two or three
        # lines at 200 % font scale); the screen caps it when shown.
        self.resize(width, max(620, layout.totalHeightForWidth(width)))

    def _button(self, box: QDialogButtonBox, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def as_text(self) -> str:
        """Everything the box shows, as plain text lines."""
        f = self.facts
        lines = [
            f"MLOps Lifecycle Canvas {f.version}",
            f"{translate('help', 'Runs on')}: {f.runtime}",
            f"{translate('help', 'Content library')}: {f.content_version}",
            f"{translate('help', 'Licence')}: {f.license_name}",
            f"{translate('help', 'Data folder')}: {f.data_folder}",
            f"{translate('help', 'Database')}: {f.database}",
            f"{translate('help', 'Settings')}: {f.settings_file}",
            f"{translate('help', 'Log file')}: {f.log_file}",
            f"{translate('help', 'Content files')}: {f.content_folder}",
            translate("help", "Rule packs") + ":",
        ]
        lines += [f"  {p.title} ({p.key}) {p.version}, {p.effective}" for p in f.packs]
        return "\n".join(lines)

    def copy(self) -> None:
        """Put ``as_text()`` on the clipboard."""
        QGuiApplication.clipboard().setText(self.as_text())

    def show_license(self) -> None:
        """Show the full licence text in its own window."""
        if self._license_text is None:
            return
        from views.dialogs.guide import GuideDialog

        if self.license_dialog is None:
            # Plain text in a code block: the licence is not Markdown.
            text = "```\n" + self._license_text + "\n```\n"
            self.license_dialog = GuideDialog(
                translate("help", "Licence"), text, "license_viewer", self
            )
        self.license_dialog.show()
        self.license_dialog.activateWindow()
