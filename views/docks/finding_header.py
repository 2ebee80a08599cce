"""The top of the findings dock: a blocking banner for a prohibited practice, and the law's date.

A practice that EU AI Act Art. 5 prohibits is not one gap among others: no card
can make it lawful. It shows first, in a framed banner with the no-entry mark
and its words, above everything else in the dock. Under it, one line says on
which date's law the check was made — today, or the date the profile pins (a
planned go-live, say) — and its tooltip names each pack's version.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.i18n import translate
from models.findings import CheckResult, Finding
from models.vocabulary import FindingState, Severity
from views.docks.finding_text import law_date_text
from views.widgets.marks import named, state_icon

BANNER_ICON = 36


class ProhibitedBanner(QFrame):
    """A framed, blocking notice listing the prohibited practices the profile names."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("prohibited_banner")
        named(
            self,
            translate("findings", "Prohibited practice"),
            translate(
                "findings", "The use involves a practice the law prohibits; no card can fix it."
            ),
        )
        # Black frame and black text on a light vermillion tint: the mark and the words
        # carry the meaning, the tint only draws the eye (also in high contrast).
        self.setStyleSheet(
            "QFrame#prohibited_banner { border: 3px solid #000000; background: #FBE1D3; }"
            " QFrame#prohibited_banner QLabel { color: #000000; background: transparent;"
            " border: none; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        self.icon = named(QLabel(), translate("findings", "No-entry sign"))
        self.icon.setPixmap(
            state_icon(FindingState.PROHIBITED, Severity.ERROR, BANNER_ICON).pixmap(
                BANNER_ICON, BANNER_ICON
            )
        )
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = named(QLabel(), translate("findings", "Prohibited practice"))
        self.text.setObjectName("prohibited_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        self.hide()

    def show_findings(self, findings: Sequence[Finding]) -> None:
        """List ``findings`` (the prohibited ones); hide the banner when there are none."""
        if not findings:
            self.text.setText("")
            self.hide()
            return
        head = translate("findings", "Prohibited practice — this use cannot go ahead as planned.")
        lines = [f"<b>{html.escape(head)}</b>"]
        for finding in findings:
            cite = f" ({finding.citation})" if finding.citation else ""
            lines.append(html.escape(f"{finding.title}{cite}: {finding.message}"))
        lines.append(
            html.escape(translate("findings", "No card can fix this: the use itself must change."))
        )
        self.text.setText("<br>".join(lines))
        plain = " ".join([head, *(f"{f.title} {f.citation}: {f.message}" for f in findings)])
        self.text.setAccessibleDescription(plain)
        self.setAccessibleDescription(plain)
        self.show()


class FindingsHeader(QWidget):
    """The prohibited-practice banner and the line naming the date whose law was applied."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("findings_header")
        named(self, translate("findings", "Check header"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = ProhibitedBanner()
        self.law_date = named(
            QLabel(),
            translate("findings", "Date of the law applied"),
            translate(
                "findings", "The date whose law the check applied; set another in the profile."
            ),
        )
        self.law_date.setObjectName("law_date")
        self.law_date.setWordWrap(True)
        layout.addWidget(self.banner)
        layout.addWidget(self.law_date)
        self.law_date.hide()

    def show_result(self, result: CheckResult | None, pinned: dt.date | None) -> None:
        """Show ``result``'s prohibited findings and date; ``pinned`` is the profile's date."""
        if result is None:
            self.banner.show_findings(())
            self.law_date.hide()
            return
        self.banner.show_findings(
            [f for f in result.findings if f.state is FindingState.PROHIBITED]
        )
        is_pinned = pinned is not None and pinned == result.checked_on
        text = law_date_text(result.checked_on, is_pinned)
        self.law_date.setText(text)
        self.law_date.setVisible(bool(text))
        versions = [
            translate("findings", "{pack}: {version}").format(pack=c.title, version=c.version_label)
            for c in result.coverage
            if c.version_label
        ]
        tip = "\n".join([text, *versions]) if versions else text
        self.law_date.setToolTip(tip)
        self.law_date.setAccessibleDescription(tip)
