"""The deck's content as Markdown, for pasting into an agency's own templates.

User text is cleaned of control characters and Markdown-escaped, so a card
title cannot turn into a link, an image or raw HTML in the reader's renderer.

Escaping is not enough for addresses: GitHub's and GitLab's renderers (cmark-gfm)
and markdown-it's linkify turn ``name@example.org``, ``https://…`` and
``www.…`` into live links *after* escapes are resolved, and then show the
backslashes. So an address — a URL with a scheme, a ``www.`` name, an e-mail
address or an ``@handle`` — is written as a code span instead: every renderer
shows it verbatim, readable and never a link.
"""

from __future__ import annotations

import re

from app.export.blocks import (
    Block,
    Bullets,
    ColumnBreak,
    CoverageChart,
    Entries,
    Facts,
    Heading,
    LifecycleCanvas,
    Para,
    Slide,
    SlideKind,
    Table,
    in_lane_order,
)
from app.export.bundle import ExportBundle
from app.export.linechart import LineChart, chart_markdown_rows
from app.export.phase_slides import owner_label, phase_label, status_label
from app.export.text import clean, one_line
from app.i18n import link_label, percent, translate
from models.phases import ALL_PHASES

# "=" too: a line of "=" under a line of notes would make it a heading and vanish.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~=])")
# A run of text between spaces (and the characters a code span or a table cell
# cannot hold: backticks, pipes, angle brackets) that a renderer might link, however
# escaped: a scheme, "www.", or an "@" with anything after it (e-mail, @mention).
_RUN = re.compile(r"[^\s<>`|]+")
_LINKABLE = re.compile(
    r"[a-z][a-z0-9+.\-]{0,31}:/|(?:mailto|xmpp|tel|sms|callto):|www\.|@.", re.IGNORECASE
)
# Punctuation around an address that belongs to the sentence stays outside the code span.
_LEADING = "([{'\"*_~"
_TRAILING = ".,;:!?)]}'\"*_~"


def md(text: str) -> str:
    """Escape one line of user text for Markdown (no markup, no live link survives).

    Runs of text that a renderer could turn into a link become code spans; the
    rest is backslash-escaped. Both read as the typed text in every renderer.
    """
    line = one_line(clean(text))
    parts: list[str] = []
    start = 0
    for run in _RUN.finditer(line):
        word = run.group()
        if _LINKABLE.search(word) is None:
            continue
        core = word.lstrip(_LEADING).rstrip(_TRAILING)
        if not core:
            continue
        begin = run.start() + len(word) - len(word.lstrip(_LEADING))
        parts.append(_SPECIAL.sub(r"\\\1", line[start:begin]))
        parts.append(f"`{core}`")
        start = begin + len(core)
    parts.append(_SPECIAL.sub(r"\\\1", line[start:]))
    return "".join(parts)


def md_block(text: str) -> str:
    """Escape multi-line user text, keeping its paragraphs and line breaks."""
    return "\n".join(
        md(line) + "  " if line.strip() else "" for line in clean(text).split("\n")
    ).rstrip()


def _table(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> list[str]:
    lines = ["| " + " | ".join(md(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows]
    return lines


def _canvas(block: LifecycleCanvas) -> list[str]:
    titles = {c.id: c.title for c in block.cards}
    lines: list[str] = []
    for phase in ALL_PHASES:
        cards = in_lane_order([c for c in block.cards if c.phase is phase])
        lines.append(f"- **{md(phase_label(phase))}** ({len(cards)})")
        lines += [f"  - {md(c.title)} — {md(owner_label(c))}, {md(status_label(c))}" for c in cards]
    if block.links:
        lines += ["", translate("markdown", "Links:"), ""]
        lines += [
            f"- {md(titles[lk.source])} → {md(link_label(lk.kind))} → {md(titles[lk.target])}"
            for lk in block.links
        ]
    return lines


def render_block(block: Block) -> list[str]:
    """One block as Markdown lines."""
    if isinstance(block, Heading):
        return [f"### {md(block.text)}"]
    if isinstance(block, Para):
        return [f"*{md(block.text)}*" if block.muted else md_block(block.text)]
    if isinstance(block, Bullets):
        return [f"- {md(item)}" for item in block.items]
    if isinstance(block, Facts):
        return [
            "- "
            + translate("markdown", "**{label}:** {value}").format(label=md(label), value=md(value))
            for label, value in block.rows
        ]
    if isinstance(block, Table):
        return _table(block.header, block.rows)
    if isinstance(block, Entries):
        lines: list[str] = []
        for entry in block.items:
            marker = f"{md(entry.marker)} " if entry.marker else ""
            lines += [f"#### {marker}{md(entry.title)}", ""]
            lines += [f"- {md(line)}" for line in entry.meta]
            if entry.body.strip():
                lines += ["", md_block(entry.body)]
            lines.append("")
        return lines
    if isinstance(block, ColumnBreak):
        return []
    if isinstance(block, CoverageChart):
        return _table(
            (
                translate("markdown", "Rule pack"),
                translate("markdown", "Version"),
                translate("markdown", "In place"),
                translate("markdown", "Planned, not met"),
                translate("markdown", "In force"),
                translate("markdown", "Upcoming"),
                translate("markdown", "In place share"),
            ),
            tuple(
                (
                    b.label,
                    b.version,
                    str(b.satisfied),
                    str(b.planned),
                    str(b.applicable),
                    str(b.upcoming),
                    percent(b.share),
                )
                for b in block.bars
            ),
        )
    if isinstance(block, LineChart):
        lines = []
        for panel in block.panels:
            header = (block.axis_title, *(s.label for s in panel.series))
            lines += [f"**{md(panel.title)}**", ""]
            lines += [*_table(header, tuple(chart_markdown_rows(panel, block.bands))), ""]
        return lines[:-1]
    return _canvas(block)


def render_markdown(bundle: ExportBundle, slides: list[Slide]) -> str:
    """The whole export as one Markdown document."""
    lines: list[str] = []
    for slide in slides:
        level = "#" if slide.kind is SlideKind.TITLE else "##"
        lines += [f"{level} {md(slide.title)}", ""]
        if slide.subtitle:
            lines += [f"*{md(slide.subtitle)}*", ""]
        for block in slide.blocks:
            if not isinstance(block, ColumnBreak):
                lines += [*render_block(block), ""]
    exported = translate("markdown", "Exported {when}").format(when=bundle.exported_label)
    lines += ["---", f"*{md(exported)}*", ""]
    return "\n".join(lines)
