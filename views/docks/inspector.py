"""The inspector: edits the selected card (or link) through the editor's operations.

Every edit becomes an ``UpdateCard`` (or ``UpdateLink``) like any other
change, so it is undoable and autosaved. Bad input is trimmed or refused with
a message: an empty title is put back, a title over the limit is cut, a huge
paste into the notes is cut to the limit.

Typed text (the title and the notes) is saved as it is typed: each pause in
typing (``views.docks.typing``) turns what was typed into one edit — one undo
step per pause, never a save per keystroke — and leaving the field, choosing
another card or closing the window saves at once. Until then the text is a
draft of the autosaver, so the save label never says "Saved" over words that
are not.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.autosave import Autosaver
from app.document import Change, Document
from app.i18n import grouped, translate
from models.content import Capability, CatalogEntry
from models.strategy import MAX_NOTES, MAX_TITLE
from models.vocabulary import Cadence, LinkKind, Role, Status
from models.workshop import Team
from views.docks.typing import TypingPause
from views.editor import StrategyEditor
from views.labels import cadence_label, kind_label, role_label, status_label

CAPABILITY_KEY = Qt.ItemDataRole.UserRole + 1


class NotesEdit(QPlainTextEdit):
    """Multi-line notes that refuse to grow past the model's limit, even on paste.

    A pasted megabyte would first be laid out by Qt (seconds of frozen UI) and
    then refused by the model; trimming at the paste keeps both fast and clear.

    Signals:
        trimmed(int): a paste was cut; the argument is the limit in characters.
    """

    trimmed = Signal(int)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Insert pasted text, cut so that the notes stay within ``MAX_NOTES``."""
        text = source.text()
        selected = len(self.textCursor().selectedText())
        room = max(0, MAX_NOTES - (len(self.toPlainText()) - selected))
        if len(text) > room:
            self.insertPlainText(text[:room])
            self.trimmed.emit(MAX_NOTES)
            return
        super().insertFromMimeData(source)


def _named(widget: QWidget, name: str, description: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


class InspectorDock(QDockWidget):
    """Edits one card's title, notes, owner, status, cadence and capabilities; one link's kind.

    Signals:
        link_requested(str): "Link to…" pressed for this card id.
    """

    link_requested = Signal(str)

    def __init__(
        self, capabilities: Mapping[str, Capability], catalog: Mapping[str, CatalogEntry]
    ) -> None:
        super().__init__(translate("inspector", "Inspector"))
        self.setObjectName("inspector_dock")
        self.setAccessibleName(translate("inspector", "Inspector"))
        self._catalog = catalog
        self._editor: StrategyEditor | None = None
        self._card_id: str | None = None
        self._link_id: str | None = None
        self._loading = False
        self._typing_pause = TypingPause(self)
        self._typing_pause.paused.connect(lambda: self.commit_typed(final=False))
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(translate("inspector", "Inspector pages"))
        self.empty = QLabel(translate("inspector", "Select a card to see and edit it here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(12)
        _named(self.empty, translate("inspector", "Nothing selected"), "")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._card_page(capabilities))
        self.stack.addWidget(self._link_page())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        scroll.setAccessibleName(translate("inspector", "Inspector contents"))
        self.setWidget(scroll)

    # -- pages ---------------------------------------------------------------------------------

    def _card_page(self, capabilities: Mapping[str, Capability]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title = QLineEdit()
        # Long enough to notice and trim an over-long title with a message, short
        # enough that a pasted blob never reaches the model.
        self.title.setMaxLength(MAX_TITLE * 5)
        _named(
            self.title, translate("inspector", "Title"), translate("inspector", "The card's title.")
        )
        self.notes = NotesEdit()
        self.notes.setTabChangesFocus(True)
        _named(
            self.notes,
            translate("inspector", "Notes"),
            translate("inspector", "Free notes; saved as you type."),
        )
        self.owner = QComboBox()
        _named(
            self.owner,
            translate("inspector", "Owner role"),
            translate("inspector", "Who owns this practice."),
        )
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        _named(
            self.status,
            translate("inspector", "Status"),
            translate("inspector", "How far it has come."),
        )
        self.status.setObjectName("inspector_status")
        self.cadence = QComboBox()
        self.cadence.setObjectName("inspector_cadence")
        for cadence in (*Cadence, None):
            self.cadence.addItem(cadence_label(cadence), cadence.value if cadence else None)
        _named(
            self.cadence,
            translate("inspector", "Cadence"),
            translate(
                "inspector",
                "How often the practice runs. A one-off activity cannot notice what happens "
                "later, in operation; the drills time detection by it.",
            ),
        )
        self.capabilities = QListWidget()
        self.capabilities.setObjectName("inspector_capabilities")
        for cap in sorted(capabilities.values(), key=lambda c: c.title.casefold()):
            item = QListWidgetItem(cap.title)
            item.setData(CAPABILITY_KEY, cap.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(f"{cap.meaning}\n({cap.key})" if cap.meaning else cap.key)
            self.capabilities.addItem(item)
        _named(
            self.capabilities,
            translate("inspector", "Capabilities"),
            translate("inspector", "What this practice provides; the rules check these."),
        )
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        _named(self.description, translate("inspector", "Catalog description"), "")
        self.link_button = QPushButton(translate("inspector", "Link to…"))
        _named(
            self.link_button,
            translate("inspector", "Link this card to another"),
            translate("inspector", "Choose a target card and the kind of link."),
        )
        form.addRow(translate("inspector", "&Title"), self.title)
        form.addRow(translate("inspector", "&Notes"), self.notes)
        form.addRow(translate("inspector", "&Owner"), self.owner)
        form.addRow(translate("inspector", "&Status"), self.status)
        form.addRow(translate("inspector", "C&adence"), self.cadence)
        form.addRow(translate("inspector", "&Capabilities"), self.capabilities)
        form.addRow(translate("inspector", "About"), self.description)
        form.addRow(self.link_button)
        self.title.textEdited.connect(lambda _text: self._typing("title"))
        self.title.editingFinished.connect(self.commit_typed)
        self.title.installEventFilter(self)
        self.notes.textChanged.connect(lambda: self._typing("notes"))
        self.notes.installEventFilter(self)
        self.notes.trimmed.connect(
            lambda n: self._message(
                translate(
                    "inspector", "Notes are at most {n} characters; the rest was cut off."
                ).format(n=grouped(n))
            )
        )
        self.owner.activated.connect(
            lambda _i: self._commit("owner_role", self.owner.currentData())
        )
        self.status.activated.connect(
            lambda _i: self._commit("status", Status(self.status.currentData()))
        )
        self.cadence.activated.connect(lambda _i: self._commit("cadence", self._chosen_cadence()))
        self.capabilities.itemChanged.connect(self._commit_capabilities)
        self.link_button.clicked.connect(self._request_link)
        return page

    def _link_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.link_summary = QLabel()
        self.link_summary.setWordWrap(True)
        _named(self.link_summary, translate("inspector", "Link"), "")
        self.link_kind = QComboBox()
        for kind in LinkKind:
            self.link_kind.addItem(kind_label(kind), kind.value)
        _named(
            self.link_kind,
            translate("inspector", "Link kind"),
            translate("inspector", "What the link means."),
        )
        self.link_kind.activated.connect(self._commit_link_kind)
        layout.addWidget(self.link_summary)
        layout.addWidget(self.link_kind)
        layout.addStretch(1)
        return page

    # -- what is shown -------------------------------------------------------------------------

    def set_editor(
        self,
        editor: StrategyEditor | None,
        team: Team | None,
        autosaver: Autosaver | None = None,
    ) -> None:
        """Edit cards of another strategy (or none); fills the owner list from the team.

        Args:
            editor: the strategy's editor, or None.
            team: the strategy's team (its members name the owner roles), or None.
            autosaver: the strategy's autosaver, told about text still being typed.
        """
        self.commit_typed()  # into the strategy it was typed for
        if self._editor is not None:
            self._editor.document.remove_listener(self._on_change)
        self._editor = editor
        self._typing_pause.set_autosaver(autosaver)
        self._loading = True
        self.owner.clear()
        self.owner.addItem(role_label(None), None)
        members = team.members if team is not None else ()
        present = [r for r in Role if any(m.role is r for m in members)]
        for role in [*present, *[r for r in Role if r not in present]]:
            names = ", ".join(m.name for m in members if m.role is role)
            self.owner.addItem(f"{role_label(role)} — {names}" if names else role_label(role), role)
        self._loading = False
        if editor is not None:
            editor.document.add_listener(self._on_change)
        self.show_card(None)

    def show_card(self, card_id: str | None) -> None:
        """Show one card (or the empty page)."""
        if card_id != self._card_id:
            self.commit_typed()  # into the card it was typed for
        self._card_id = card_id
        self._link_id = None
        self._refresh()

    def show_link(self, link_id: str) -> None:
        """Show one link."""
        self.commit_typed()
        self._card_id = None
        self._link_id = link_id
        self._refresh()

    def _on_change(self, _document: Document, change: Change) -> None:
        if (self._card_id in change.cards) or (self._link_id in change.links):
            self._refresh()

    def _refresh(self) -> None:
        editor = self._editor
        strategy = editor.strategy if editor is not None else None
        self._loading = True
        try:
            if strategy is not None and self._card_id in strategy.cards:
                card = strategy.cards[self._card_id]
                self.stack.setCurrentIndex(1)
                # Text being typed is the user's latest word: a change from elsewhere
                # does not overwrite it (it becomes an edit at the next pause).
                if not self._typing_pause.holds("title") and (
                    not self.title.hasFocus() or self.title.text().strip() != card.title
                ):
                    self.title.setText(card.title)
                    self.title.setCursorPosition(0)
                if not self._typing_pause.holds("notes") and self.notes.toPlainText() != card.notes:
                    self.notes.setPlainText(card.notes)
                self.owner.setCurrentIndex(max(0, self.owner.findData(card.owner_role)))
                self.status.setCurrentIndex(self.status.findData(card.status.value))
                self.cadence.setCurrentIndex(
                    self.cadence.findData(card.cadence.value if card.cadence else None)
                )
                chosen = set(card.capabilities)
                for row in range(self.capabilities.count()):
                    item = self.capabilities.item(row)
                    item.setCheckState(
                        Qt.CheckState.Checked
                        if item.data(CAPABILITY_KEY) in chosen
                        else Qt.CheckState.Unchecked
                    )
                entry = self._catalog.get(card.catalog_key or "")
                self.description.setText(
                    entry.description
                    if entry
                    else translate("inspector", "A custom card of this team.")
                )
            elif strategy is not None and self._link_id in strategy.links:
                link = strategy.links[self._link_id]
                self.stack.setCurrentIndex(2)
                self.link_summary.setText(
                    f"{strategy.cards[link.source].title}\n→ {kind_label(link.kind)} →\n"
                    f"{strategy.cards[link.target].title}"
                )
                self.link_kind.setCurrentIndex(self.link_kind.findData(link.kind.value))
            else:
                self.stack.setCurrentIndex(0)
        finally:
            self._loading = False

    # -- edits ---------------------------------------------------------------------------------

    def _message(self, text: str) -> None:
        if self._editor is not None:
            self._editor.message.emit(text)

    def _commit(self, field: str, value: object) -> None:
        if self._loading or self._editor is None or self._card_id is None:
            return
        self._editor.update_card(self._card_id, **{field: value})

    # -- typed text ----------------------------------------------------------------------------

    def _typing(self, field: str) -> None:
        """A keystroke (or paste) in the title or notes: wait for a pause, then save."""
        if (
            self._loading
            or self._editor is None
            or self._card_id not in self._editor.strategy.cards
        ):
            return
        self._typing_pause.typed(field, f"inspector:card:{self._card_id}")

    def commit_typed(self, final: bool = True) -> None:
        """Turn the text typed since the last edit into one edit now (one undo step).

        Called at each pause in typing (``final=False``), and when the field loses
        focus, before another card, link or strategy is shown and before the window
        closes (``final=True``).
        """
        typed = self._typing_pause.take()
        try:
            if (
                self._loading
                or self._editor is None
                or self._card_id not in self._editor.strategy.cards
            ):
                return
            if final:  # also text set without a keystroke (a paste, a script, a test)
                typed |= self._differing()
            values: dict[str, object] = {}
            if "title" in typed:
                title = self._typed_title(final)
                if title is not None:
                    values["title"] = title
                elif not final:
                    self._typing_pause.keep("title")  # an empty title mid-typing waits
            if "notes" in typed:
                values["notes"] = self._typed_notes()
            if values:
                self._commit_values(values)
        finally:
            self._typing_pause.settled()

    def _differing(self) -> set[str]:
        """The text fields whose shown text differs from the stored card's."""
        assert self._editor is not None and self._card_id is not None
        card = self._editor.strategy.cards[self._card_id]
        found: set[str] = set()
        if " ".join(self.title.text().split()) != card.title:
            found.add("title")
        if self.notes.toPlainText() != card.notes:
            found.add("notes")
        return found

    def _typed_title(self, final: bool) -> str | None:
        """The title field's text as a title; None when it is empty.

        An empty title is no title: when the typing is over (``final``) the old one
        is put back with a message; at a pause it simply waits.
        """
        text = " ".join(self.title.text().split())
        if not text:
            if final:
                self._message(translate("inspector", "A card needs a title; the old one was kept."))
                self._refresh()
            return None
        if len(text) > MAX_TITLE:
            text = text[:MAX_TITLE].rstrip()
            self._message(
                translate(
                    "inspector", "Titles are at most {n} characters; the title was shortened."
                ).format(n=MAX_TITLE)
            )
            self._loading = True
            self.title.setText(text)
            self._loading = False
        return text

    def _typed_notes(self) -> str:
        """The notes field's text, cut to the limit (with a message) and without NULs."""
        text = self.notes.toPlainText().replace("\x00", "")
        if len(text) > MAX_NOTES:
            text = text[:MAX_NOTES]
            self._message(
                translate(
                    "inspector", "Notes are at most {n} characters; the rest was cut off."
                ).format(n=grouped(MAX_NOTES))
            )
            self._loading = True
            self.notes.setPlainText(text)
            self._loading = False
        return text

    def _commit_values(self, values: dict[str, object]) -> None:
        assert self._editor is not None and self._card_id is not None
        card = self._editor.strategy.cards[self._card_id]
        if all(getattr(card, name) == value for name, value in values.items()):
            return
        if not self._editor.update_card(self._card_id, **values):
            self._refresh()  # refused (the editor said why): show what is stored

    def commit_notes(self) -> None:
        """Save what was typed in the title and notes now (kept for the workbench's calls)."""
        self.commit_typed()

    def _chosen_cadence(self) -> Cadence | None:
        value = self.cadence.currentData()
        return Cadence(value) if value else None

    def _commit_capabilities(self, _item: QListWidgetItem) -> None:
        chosen = tuple(
            str(self.capabilities.item(r).data(CAPABILITY_KEY))
            for r in range(self.capabilities.count())
            if self.capabilities.item(r).checkState() == Qt.CheckState.Checked
        )
        self._commit("capabilities", chosen)

    def capability_item(self, key: str) -> QListWidgetItem | None:
        """The capability list's row for ``key`` (rows show titles; keys are in item data)."""
        for row in range(self.capabilities.count()):
            item = self.capabilities.item(row)
            if item.data(CAPABILITY_KEY) == key:
                return item
        return None

    def _commit_link_kind(self, _index: int) -> None:
        if self._loading or self._editor is None or self._link_id is None:
            return
        self._editor.set_link_kind(self._link_id, LinkKind(self.link_kind.currentData()))

    def _request_link(self) -> None:
        if self._card_id is not None:
            self.link_requested.emit(self._card_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save typed notes when focus leaves them; Esc in the title puts the stored one back."""
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.commit_typed()
        if (
            watched is self.title
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self._cancel_typed("title")
            self.title.selectAll()
            return True
        return super().eventFilter(watched, event)

    def _cancel_typed(self, field: str) -> None:
        """Drop what was typed in ``field`` since the last edit and show the stored text."""
        self._typing_pause.drop(field)
        self._refresh()

    def focus_first(self) -> None:
        """Put keyboard focus in the title field (the "open inspector" command)."""
        self.show()
        self.raise_()
        if self.stack.currentIndex() == 1:
            self.title.setFocus()
            self.title.selectAll()
        elif self.stack.currentIndex() == 2:
            self.link_kind.setFocus()
