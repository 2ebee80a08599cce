"""Content series 2026.12: split capabilities carried over; notices for the user.

Cards that used a capability since split into distinct duties
(``human-oversight``, ``transparency-notice``, ``impact-assessment``) are carried
to the new keys by ``app.content_migration.migrate_card`` — unedited catalog
cards take the catalog's new capabilities, other cards the successor that fits
their lane — and catalog cards with no cadence take the catalog's default. Stored
snapshots are carried over the same way, so a snapshot and the live strategy are
compared in one vocabulary. What changed is written, card by card, to the new
``notices`` table, which the app shows once (the window) or prints (the CLI).

The data change is one-way: a downgrade drops the notices table and keeps the
new capability keys (the old ones are ambiguous by design).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 12:00:00
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.content_migration import SERIES, migrate_card, upgrade_cards
from app.i18n import quoted, translate

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MAX_LINES = 40
"""Changed cards listed one by one in the notice before a summary line."""


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("topic", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("shown", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
    )
    conn = op.get_bind()
    card_lines = _migrate_cards(conn)
    lines = card_lines + _migrate_snapshots(conn)
    if lines:
        # Written once, in the language of the app that upgrades the database.
        head = translate(
            "content-migration",
            "Content series {series} split capabilities that let one generic card satisfy "
            "duties the law keeps apart. %n card(s) were carried over to the new keys; "
            "check that each still says what your team meant:",
            None,
            len(card_lines),
        ).format(series=SERIES)
        shown = lines[:MAX_LINES]
        if len(lines) > MAX_LINES:
            shown.append(
                translate("content-migration", "… and %n more", None, len(lines) - MAX_LINES)
            )
        notices = sa.table(
            "notices",
            sa.column("created_at", sa.String),
            sa.column("topic", sa.String),
            sa.column("text", sa.Text),
            sa.column("shown", sa.Boolean),
        )
        conn.execute(
            notices.insert().values(
                created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                topic=f"capabilities-{SERIES}",
                text="\n".join([head, *(f"• {line}" for line in shown)]),
                shown=False,
            )
        )


def _migrate_cards(conn: sa.Connection) -> list[str]:
    cards = sa.table(
        "cards",
        sa.column("strategy_id", sa.String),
        sa.column("id", sa.String),
        sa.column("catalog_key", sa.String),
        sa.column("title", sa.String),
        sa.column("phase", sa.String),
        sa.column("capabilities", sa.JSON),
        sa.column("cadence", sa.String),
    )
    strategies = sa.table("strategies", sa.column("id", sa.String), sa.column("name", sa.String))
    names = {row[0]: row[1] for row in conn.execute(sa.select(strategies.c.id, strategies.c.name))}
    lines: list[str] = []
    rows = conn.execute(sa.select(cards).order_by(cards.c.strategy_id, cards.c.id)).mappings()
    for row in rows.all():
        caps = row["capabilities"]
        if not isinstance(caps, list):
            continue  # damaged: the store's reader reports it; a migration must not guess
        change = migrate_card(row["catalog_key"], row["phase"], caps, row["cadence"])
        if not change.changed:
            continue
        conn.execute(
            cards.update()
            .where(cards.c.strategy_id == row["strategy_id"], cards.c.id == row["id"])
            .values(capabilities=list(change.capabilities), cadence=change.cadence)
        )
        if tuple(sorted(set(caps))) != change.capabilities:
            # Say every change of what a card counts for (a retired key, or a catalog card
            # that no longer provides a duty the law keeps apart); a default cadence alone
            # is only counted.
            where = names.get(row["strategy_id"], row["strategy_id"])
            lines.append(
                translate("content-migration", "{card} in {strategy}: {changes}").format(
                    card=quoted(str(row["title"])),
                    strategy=quoted(str(where)),
                    changes="; ".join(change.notes),
                )
            )
    return lines


def _migrate_snapshots(conn: sa.Connection) -> list[str]:
    snapshots = sa.table(
        "snapshots",
        sa.column("id", sa.String),
        sa.column("name", sa.String),
        sa.column("data", sa.JSON),
    )
    lines: list[str] = []
    for row in conn.execute(sa.select(snapshots)).mappings().all():
        data: Any = row["data"]
        upgraded, notes = upgrade_cards(data)
        if upgraded is data:
            continue
        conn.execute(snapshots.update().where(snapshots.c.id == row["id"]).values(data=upgraded))
        lines.append(
            translate("content-migration", "snapshot {name}: {changes}").format(
                name=quoted(str(row["name"])),
                changes=notes[0] if notes else translate("content-migration", "updated"),
            )
        )
    return lines


def downgrade() -> None:
    """Revert this revision (the notices table; the capability keys stay new)."""
    op.drop_table("notices")
