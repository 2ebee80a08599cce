"""Export failures a user can meet are told in the language of the export, naming the file.

Each failure is real (a folder in the way, a missing folder, a file system that refuses,
a damaged font, a strategy whose scenario is gone) or, where the machine cannot produce
it on demand (a full disk), the system's own error raised where the system raises it.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import app.export.atomic
import app.export.fonts
from app.demo import build_demo, ensure_demo
from app.export.api import export_pdf
from app.export.assemble import UnknownScenarioError, bundle_for
from app.export.atomic import ExportError, atomic_write
from app.export.batch import BatchError, export_workshop
from app.export.board_layout import PLAN_BOARD, TALK_BOARD, BoardType, plan_board
from app.export.flowables import CELL_PAD, column_widths
from app.export.fonts import FontError, register_fonts, text_width
from app.export.presentation import BOARD_BUDGET
from app.i18n import speaking
from app.paths import sqlite_url
from app.store import Store
from tests.app.export.conftest import EXPORTED_AT, library, sample_bundle

NBSP = "\u00a0"
# Words of the English messages that must not be left in a French one.
ENGLISH = ("cannot", "folder", "disk", "allowed", "give", "which", "neither", "reinstall")


def _write(handle: object) -> None:
    del handle


def _refused(target: Path, write: object = _write) -> str:
    with pytest.raises(ExportError) as caught:
        atomic_write(target, write)  # type: ignore[arg-type]
    return str(caught.value)


def _no_english(message: str) -> None:
    found = [word for word in ENGLISH if word in message.split() or f"{word}," in message]
    assert found == [], message


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder the user may not write in (root ignores the mode: the system's refusal then)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # root: the mode does not stop it, so refuse as the OS would

        def refuse(target: Path, suffix: str) -> tuple[int, Path]:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))

        monkeypatch.setattr(app.export.atomic, "open_temp", refuse)
    yield folder
    folder.chmod(0o755)


def test_a_full_disk_is_told_in_french_naming_the_file(tmp_path: Path) -> None:
    def full(handle: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with speaking("fr"):
        message = _refused(tmp_path / "deck.pdf", full)
    assert message == (
        f"impossible d'écrire {tmp_path / 'deck.pdf'}{NBSP}: le disque est plein; "
        "libérez de l'espace ou choisissez un autre disque"
    )
    assert "No space" not in message
    _no_english(message)
    assert list(tmp_path.iterdir()) == []  # nothing half-written is left


def test_a_full_disk_in_english(tmp_path: Path) -> None:
    def full(handle: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    assert _refused(tmp_path / "deck.pdf", full) == (
        f"cannot write {tmp_path / 'deck.pdf'}: the disk is full; "
        "free some space or choose another disk"
    )


def test_a_read_only_folder_is_told_in_french(read_only: Path) -> None:
    with speaking("fr"):
        message = _refused(read_only / "deck.pdf")
    assert message.startswith(f"impossible d'écrire {read_only / 'deck.pdf'}{NBSP}: ")
    assert "vous n'avez pas le droit d'écrire à cet endroit; choisissez un autre dossier" in message
    assert "Permission" not in message
    _no_english(message)
    assert _refused(read_only / "deck.pdf").endswith(
        "you are not allowed to write there; choose another folder"
    )


def test_a_folder_at_the_target_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    target.mkdir()
    called: list[object] = []
    with speaking("fr"):
        message = _refused(target, called.append)
    assert called == []  # refused before the document is built
    assert message == (
        f"impossible d'écrire {target}{NBSP}: c'est un dossier; indiquez un nom de fichier"
    )
    _no_english(message)
    assert _refused(target) == f"cannot write {target}: it is a folder; give a file name"


def test_a_missing_folder_is_told_in_french(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "deck.pdf"
    with speaking("fr"):
        message = _refused(target)
    assert message == (
        f"impossible d'écrire {target}{NBSP}: le dossier {target.parent} n'existe pas"
    )
    assert _refused(target) == f"cannot write {target}: the folder {target.parent} does not exist"


@pytest.mark.parametrize(
    ("code", "french", "english"),
    [
        (errno.EROFS, "le disque est en lecture seule", "the disk is read-only"),
        (errno.ENAMETOOLONG, "le nom est trop long", "the name is too long"),
        (errno.EIO, "le système a refusé (", "the system refused ("),
    ],
)
def test_other_refusals_of_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, french: str, english: str
) -> None:
    def refuse(target: Path, suffix: str) -> tuple[int, Path]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(app.export.atomic, "open_temp", refuse)
    with speaking("fr"):
        assert french in _refused(tmp_path / "x.pdf")
    assert english in _refused(tmp_path / "x.pdf")


@pytest.mark.parametrize("damage", ["missing", "garbage"])
def test_a_damaged_font_is_told_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    font = tmp_path / "DejaVuSans.ttf"
    if damage == "garbage":
        font.write_bytes(b"this is not a TrueType font" * 10)
    # A fresh registration (the process's is cached) of a font file that is not right.
    monkeypatch.setattr(app.export.fonts, "_codepoints", frozenset())
    monkeypatch.setattr(app.export.fonts, "font_files", lambda: [font, font])
    with speaking("fr"), pytest.raises(FontError) as caught:
        register_fonts()
    message = str(caught.value)
    assert f"la police d'exportation {font}" in message
    assert "réinstallez l'application" in message
    assert ("est absente" if damage == "missing" else "est illisible") in message
    _no_english(message)
    with pytest.raises(FontError, match="reinstall the app"):
        register_fonts()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(sqlite_url(tmp_path / "demo.sqlite3")) as opened:
        ensure_demo(opened, library())
        yield opened


def test_an_unknown_scenario_is_told_in_french(store: Store) -> None:
    summary = store.list_strategies()[0]
    strategy = store.load_strategy(summary.id).model_copy(update={"scenario_key": "nowhere"})
    with speaking("fr"), pytest.raises(UnknownScenarioError) as caught:
        bundle_for(store, library(), strategy, check=None, exported_at=EXPORTED_AT)
    message = str(caught.value)
    assert message.startswith(
        f"la stratégie «{NBSP}{strategy.name}{NBSP}» utilise le scénario «{NBSP}nowhere{NBSP}», "
        "qui n'est ni dans son atelier ni dans la bibliothèque de contenu"
    )
    _no_english(message)
    assert caught.value.key == "nowhere"


def test_a_workshop_export_with_an_unknown_scenario_is_told_in_french(tmp_path: Path) -> None:
    lib = library()
    demo = build_demo(lib)
    with speaking("fr"), pytest.raises(BatchError) as caught:
        export_workshop(
            demo.workshop,
            demo.strategies,
            {},
            lib,
            tmp_path,
            checker=lambda s: None,
            exported_at=EXPORTED_AT,
        )
    assert "utilise le scénario" in str(caught.value)
    _no_english(str(caught.value))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(BatchError, match=r"uses the scenario “.+”, which is neither"):
        export_workshop(
            demo.workshop,
            demo.strategies,
            {},
            lib,
            tmp_path,
            checker=lambda s: None,
            exported_at=EXPORTED_AT,
        )


@pytest.mark.parametrize(
    ("kind", "budget", "frame"),
    [(PLAN_BOARD, 0, (746.0, 467.0)), (TALK_BOARD, BOARD_BUDGET, (880.0, 404.0))],
)
def test_a_title_of_one_endless_word_still_lays_out(
    kind: BoardType, budget: int, frame: tuple[float, float]
) -> None:
    """A pasted URL or a run of letters as a title is broken across lines, not a failure."""
    cards = list(sample_bundle().strategy.cards.values())
    cards[0] = cards[0].model_copy(update={"title": "W" * 200})
    cards[1] = cards[1].model_copy(update={"title": "https://example.org/" + "x" * 150})
    sheets = plan_board(cards, *frame, kind, budget=budget)
    placed = {card_id for sheet in sheets for tier in sheet.tiers for card_id in tier.cards}
    if budget:  # within the budget; what does not fit is counted in a lane's "more" tile
        assert len(sheets) <= budget
        assert placed
    else:
        assert {cards[0].id, cards[1].id} <= placed


@pytest.mark.parametrize("handout", [False, True])
def test_a_title_of_one_endless_word_exports(tmp_path: Path, handout: bool) -> None:
    """The presentation and the plan both come out; no table squeezes a column to a letter."""
    bundle = sample_bundle()
    cards = dict(bundle.strategy.cards)
    first = next(iter(cards))
    cards[first] = cards[first].model_copy(update={"title": "W" * 200})
    strategy = bundle.strategy.model_copy(update={"cards": cards})
    result = export_pdf(replace(bundle, strategy=strategy), tmp_path / "deck.pdf", handout=handout)
    assert result.pages > 0 and (tmp_path / "deck.pdf").is_file()


def test_short_columns_keep_their_width_beside_an_endless_word() -> None:
    rows = [["Next step", "Owner", "Now"], ["W" * 200, "Data scientist", "Planned"]]
    widths = column_widths(rows, 18.0, 880.0)
    assert sum(widths) == pytest.approx(880.0)
    owner = text_width("scientist", 18.0) + 2 * CELL_PAD + 1
    assert widths[1] >= owner  # "Data scientist" wraps at its space, never letter by letter
    assert widths[0] > widths[1] + widths[2]


def test_a_failed_export_is_told_in_the_language_of_whoever_shows_it(tmp_path: Path) -> None:
    """A French export from an English window fails: the window says why in English."""
    target = tmp_path / "gone" / "deck.pdf"
    with speaking("fr"), pytest.raises(ExportError) as caught:
        atomic_write(target, lambda handle: handle.write(b"%PDF"))
    with speaking("fr"):
        assert "le dossier" in str(caught.value) and "n'existe pas" in str(caught.value)
    assert str(caught.value) == (
        f"cannot write {target}: the folder {target.parent} does not exist"
    )
    folder = tmp_path / "deck.pdf"
    folder.mkdir()
    with speaking("fr"), pytest.raises(ExportError) as caught:
        atomic_write(folder, lambda handle: handle.write(b"%PDF"))
    assert "it is a folder" in str(caught.value)
