"""One fuzz input through one reader, judged: accepted and valid, or exactly one clean refusal.

Each target returns ``"accepted"`` or ``"refused"``; anything else it raises is
a crash. What "valid" means, per reader:

- exchange: the document imports into a real SQLite store (a copy, so ids never
  clash, or as is, so they may) and every strategy reads back equal; a refusal,
  at reading or at import, leaves the database byte for byte as it was;
- content: the agency folder still loads (packs, scenarios, drills, rubrics never
  raise), each bad file is one problem, and what loads is used — a pack checks
  the demo strategy, a drill event is traced through it;
- clipboard: the pasted cards go into a strategy as the editor inserts them,
  without a single refusal.

A refusal must be one message on one line. Some inputs arrive as hostile paths
rather than bytes: a FIFO, a link to ``/dev/zero``, a folder, a dangling link,
a name that is not UTF-8.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import re
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.agency_scenarios import with_agency_scenarios
from app.checker.engine import Checker
from app.checker.packs import load_packs
from app.demo import build_demo
from app.document import Document
from app.drills.load import load_events
from app.drills.trace import run_drills
from app.exchange.clipboard import PasteError, pasted_bytes, read_pasted
from app.exchange.codec import content_hash
from app.exchange.importer import import_document
from app.exchange.reader import ExchangeError, read_document, read_document_file
from app.exchange.writer import export_strategy, export_workshop
from app.paths import sqlite_url
from app.resources import RESOURCES_DIR, ContentError, ContentLibrary, load_library, read_toml
from app.review.rubrics import load_rubrics
from app.store import Store
from models.layout import next_free_position
from models.operations import AddCard, AddLink, Batch, Operation
from models.strategy import Card, Link, Strategy, new_id

Target = Callable[[bytes, random.Random], str]
PATH_KINDS = ("fifo", "dev-zero", "folder", "dangling", "non-utf8")


class RefusalError(AssertionError):
    """A refusal that is not one clean line."""


def one_line(err: object) -> None:
    """A refusal's message (an exception or a problem record) is one clean line."""
    text = str(err)
    if not text.strip() or "\n" in text or "Traceback" in text:
        raise RefusalError(f"not one clean line: {text!r}")


def _hostile_path(folder: Path, name: str, kind: str) -> Path:
    """Put something that is not a plain file where a reader will look for ``name``."""
    path = folder / name
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    elif kind == "dangling":
        path.symlink_to(folder / "nowhere")
    else:
        raw = os.fsencode(folder) + b"/bad-\xff-" + os.fsencode(name)
        with open(raw, "wb") as handle:  # noqa: PTH123 - a bytes name Path cannot express
            handle.write(b"\xff\xfe not text")
        path = Path(os.fsdecode(raw))
    return path


def _agency(paths: list[Path]) -> list[bytes]:
    """Shipped files as an agency's own: every key renamed, so they do not clash on load."""
    return [re.sub(rb'(?m)^key = "', b'key = "agency-', path.read_bytes()) for path in paths]


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@dataclass
class Context:
    """What the targets share: a scratch folder, the library, a store and the seeds."""

    root: Path
    library: ContentLibrary = field(default_factory=load_library)
    seeds: dict[str, list[bytes]] = field(default_factory=dict)
    demo: Strategy | None = None
    _store: Store | None = None
    _imports: int = 0

    def __post_init__(self) -> None:
        bundle = build_demo(self.library)
        self.demo = bundle.strategies[0]
        store = self.store()
        self.seeds["exchange"] = [
            export_workshop(store, bundle.workshop.id, self.library.version),
            *(export_strategy(store, s.id, self.library.version) for s in bundle.strategies),
        ]
        self.seeds["clipboard"] = [
            pasted_bytes(list(s.cards.values()), list(s.links.values())) for s in bundle.strategies
        ]
        self.seeds["clipboard"].append(
            pasted_bytes(list(self.demo.cards.values())[:2], [])  # a small copy
        )
        content = RESOURCES_DIR
        self.seeds["pack"] = _agency(sorted((content / "rulepacks").glob("*.toml")))
        self.seeds["scenario"] = _agency(sorted((content / "scenarios").glob("*.toml")))
        self.seeds["drills"] = _agency([content / "drills" / "events.toml"])
        self.seeds["rubric"] = [
            p.read_bytes() for p in sorted((content / "rubrics").glob("*.toml"))
        ]

    # -- the store: small, so that "unchanged" can be checked byte for byte ------------------

    def store(self) -> Store:
        if self._store is None or self._imports >= 40:
            if self._store is not None:
                self._store.close()
            folder = _fresh(self.root / "db")
            self._store = Store.open(sqlite_url(folder / "fuzz.sqlite3"))
            bundle = build_demo(self.library)
            self._store.save_bundle(bundle.workshop, bundle.scenarios, bundle.strategies)
            self._imports = 0
        return self._store

    def database_digest(self) -> str:
        """The database's whole content (through its own connection), as one hash."""
        db = sqlite3.connect(self.root / "db" / "fuzz.sqlite3")
        try:
            return hashlib.sha256("\n".join(db.iterdump()).encode()).hexdigest()
        finally:
            db.close()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


# -- exchange documents -----------------------------------------------------------------------


def reseal(doc: Any) -> Any:
    """Recompute a document's hash, so mutations are judged on content, not on the hash."""
    if isinstance(doc, dict) and isinstance(doc.get("data"), (dict, list)):
        with contextlib.suppress(UnicodeEncodeError, ValueError, RecursionError):
            doc["sha256"] = content_hash(doc["data"])
    return doc


def exchange(ctx: Context, data: bytes, rng: random.Random) -> str:
    """Read a document (as bytes, or as a file that may be a hostile path), then import it."""
    store = ctx.store()
    before = ctx.database_digest() if rng.random() < 0.2 else None
    try:
        if rng.random() < 0.1 and sys.platform != "win32":
            folder = _fresh(ctx.root / "exchange")
            path = _hostile_path(folder, "doc.json", rng.choice(PATH_KINDS))
            result = read_document_file(path, ctx.library)
        elif rng.random() < 0.1:
            path = _fresh(ctx.root / "exchange") / "doc.json"
            path.write_bytes(data)
            result = read_document_file(path, ctx.library)
        else:
            result = read_document(data, ctx.library)
    except ExchangeError as err:
        one_line(err)
        if before is not None and ctx.database_digest() != before:
            raise AssertionError("a refused document changed the database") from None
        return "refused"
    for strategy in result.strategies:
        Strategy.model_validate(strategy.model_dump())  # valid, and stays valid
    before = ctx.database_digest()
    try:
        plan = import_document(store, result, as_new=rng.random() < 0.8)
    except ExchangeError as err:
        one_line(err)
        if ctx.database_digest() != before:
            raise AssertionError("a refused import changed the database") from None
        return "refused"
    ctx._imports += 1
    for strategy in plan.strategies:
        if store.load_strategy(strategy.id) != strategy:
            raise AssertionError(f"strategy {strategy.id} did not read back as imported")
    return "accepted"


# -- content files ----------------------------------------------------------------------------

CONTENT_KINDS = ("pack", "scenario", "drills", "rubric")


def content(ctx: Context, kind: str, data: bytes, rng: random.Random) -> str:
    """Drop one file into an agency folder and load the folder as the app does."""
    folder = _fresh(ctx.root / "agency" / kind)
    if rng.random() < 0.08 and sys.platform != "win32":
        path = _hostile_path(folder, f"fuzz-{kind}.toml", rng.choice(PATH_KINDS))
    else:
        path = folder / ("default.toml" if kind == "rubric" else f"fuzz-{kind}.toml")
        path.write_bytes(data)
    try:
        read_toml(path)
    except ContentError as err:
        one_line(err)
    caps = ctx.library.capabilities
    assert ctx.demo is not None
    if kind == "pack":
        # The shipped packs are not re-read for every input: only the agency file is new.
        none_shipped = ctx.root / "no-shipped-packs"
        none_shipped.mkdir(exist_ok=True)
        packs = load_packs([folder], none_shipped, capabilities=caps, strict=False)
        for problem in packs.problems:
            one_line(problem)
        mine = [key for key, source in packs.sources.items() if source.parent == folder]
        if not mine:
            return "refused"
        checker = Checker(packs, ctx.library, caps)
        checker.check(ctx.demo, packs=mine)
        return "accepted"
    if kind == "scenario":
        library, problems = with_agency_scenarios(ctx.library, RESOURCES_DIR, [path])
        for message in problems:
            one_line(message)
        return "accepted" if len(library.scenarios) > len(ctx.library.scenarios) else "refused"
    if kind == "drills":
        loaded = load_events([folder], capabilities=caps)
        for event_problem in loaded.problems:
            one_line(event_problem)
        shipped = {e.key for e in load_events([], capabilities=caps).events}
        new = [event for event in loaded.events if event.key not in shipped]
        run_drills(ctx.demo, new)
        return "accepted" if new else "refused"
    rubrics = load_rubrics([folder], caps)
    for error in rubrics.errors:
        one_line(error)
    return "refused" if rubrics.errors else "accepted"


# -- clipboard --------------------------------------------------------------------------------


def clipboard(ctx: Context, data: bytes, rng: random.Random) -> str:
    """Read pasted bytes; insert what is accepted as the editor does (fresh ids, free slots)."""
    try:
        pasted = read_pasted(data)
    except PasteError as err:
        one_line(err)
        return "refused"
    assert ctx.demo is not None
    document = Document(ctx.demo.model_copy(deep=True))
    ids = {card.id: new_id() for card in pasted.cards}
    placed: list[Card] = list(document.strategy.cards.values())
    ops: list[Operation] = []
    for card in pasted.cards:
        x, y = next_free_position(placed, card.phase)
        copy = card.model_copy(update={"id": ids[card.id], "x": x, "y": y})
        placed.append(copy)
        ops.append(AddCard(card=copy))
    for link in pasted.links:
        ops.append(
            AddLink(link=Link(source=ids[link.source], target=ids[link.target], kind=link.kind))
        )
    document.apply(ops[0] if len(ops) == 1 else Batch(label="Paste", ops=tuple(ops)))
    return "accepted"
