"""The deck's content as Markdown, for pasting into an agency's own templates.

User text is cleaned of control characters and Markdown-escaped, so a card
title cannot turn into a link, an image or raw HTML in the reader's renderer.
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
from models.phases import ALL_PHASES

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~])")


def md(text: str) -> str:
    """Escape one line of user text for Markdown (no markup survives)."""
    return _SPECIAL.sub(r"\\\1", one_line(clean(text)))


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
        lines += ["", "Links:", ""]
        lines += [
            f"- {md(titles[lk.source])} → {md(lk.kind.label)} → {md(titles[lk.target])}"
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
        return [f"- **{md(label)}:** {md(value)}" for label, value in block.rows]
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
                "Rule pack",
                "Version",
                "In place",
                "Planned, not met",
                "In force",
                "Upcoming",
                "In place share",
            ),
            tuple(
                (
                    b.label,
                    b.version,
                    str(b.satisfied),
                    str(b.planned),
                    str(b.applicable),
                    str(b.upcoming),
                    f"{round(b.share * 100)}%",
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
    lines += ["---", f"*Exported {md(bundle.exported_label)}*", ""]
    return "\n".join(lines)
