"""The store's refusals speak the user's language: French words, the file and the row kept.

Each failure is a real one (a garbage file, a truncated or scribbled database, a
schema from the future, a damaged row, a locked database); inside
``speaking("fr")`` its message is French and holds none of the English sentence,
and outside it the English message still reads as before.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from app.autosave import SaveKind, SaveState
from app.i18n import speaking
from app.paths import sqlite_url
from app.store import (
    CorruptDatabaseError,
    DamagedRowError,
    NewerSchemaError,
    NotADatabaseError,
    Store,
    StoreError,
    StoreWriteError,
    UnknownRecordError,
)
from app.store.engine import sqlite_reason
from bench.workload import WORKSHOP_ID, make_strategy
from tests.app.store.conftest import make_workshop

NBSP = "\u00a0"


def _populated(path: Path) -> Path:
    with Store.open(sqlite_url(path)) as store:
        store.save_workshop(make_workshop(WORKSHOP_ID))
        store.create_strategy(make_strategy(60))
    return path


def _refusal(path: Path, error: type[StoreError], language: str) -> str:
    before = path.read_bytes()
    with speaking(language), pytest.raises(error) as caught:
        Store.open(sqlite_url(path))
    assert path.read_bytes() == before
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_a_garbage_file_is_not_a_database_in_french_and_in_english(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(random.Random(3).randbytes(4096))
    french = _refusal(path, NotADatabaseError, "fr")
    assert "n'est pas une base de données MLOps Canvas" in french
    assert "ce n'est pas un fichier SQLite" in french and "il n'a pas été modifié" in french
    assert "is not" not in french and "left untouched" not in french
    english = _refusal(path, NotADatabaseError, "en")
    assert english == (
        f"{path} is not an MLOps Canvas database (it is not an SQLite file); it was left untouched."
    )


def test_another_applications_database_in_french(tmp_path: Path) -> None:
    path = tmp_path / "recipes.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")
    db.close()
    french = _refusal(path, NotADatabaseError, "fr")
    assert "la base de données d'une autre application" in french
    assert "another application" not in french


def test_a_folder_in_place_of_the_database_in_french(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    with speaking("fr"), pytest.raises(NotADatabaseError) as caught:
        Store.open(sqlite_url(folder))
    assert str(caught.value) == (
        f"{folder} est un dossier, pas un fichier de base de données; il n'a pas été modifié."
    )


def test_a_truncated_database_is_damaged_in_french(tmp_path: Path) -> None:
    path = _populated(tmp_path / "cut.sqlite3")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 - 100])
    french = _refusal(path, CorruptDatabaseError, "fr")
    assert "est une base de données endommagée (tronquée ou écrasée)" in french
    assert "damaged" not in french
    english = _refusal(path, CorruptDatabaseError, "en")
    assert "is a damaged database (truncated or overwritten)" in english


def test_scribbled_pages_are_damaged_in_french(tmp_path: Path) -> None:
    path = _populated(tmp_path / "scribbled.sqlite3")
    data = bytearray(path.read_bytes())
    rng = random.Random(5)
    for page in range(2, len(data) // 4096):
        start = page * 4096 + 8
        data[start : start + 64] = rng.randbytes(64)
    path.write_bytes(bytes(data))
    french = _refusal(path, CorruptDatabaseError, "fr")
    assert "base de données endommagée" in french and "elle n'a pas été modifiée" in french
    assert "damaged database" not in french


def test_a_newer_schema_is_refused_in_french(tmp_path: Path) -> None:
    path = _populated(tmp_path / "future.sqlite3")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.close()
    french = _refusal(path, NewerSchemaError, "fr")
    assert "une version plus récente de MLOps Canvas (schéma 9999_from_the_future)" in french
    assert "mettez l'application à jour" in french
    assert "newer version" not in french and "update the app" not in french
    english = _refusal(path, NewerSchemaError, "en")
    assert "was written by a newer version of MLOps Canvas (schema 9999_from_the_future)" in (
        english
    )


def test_a_damaged_row_names_table_and_row_in_french(tmp_path: Path) -> None:
    path = _populated(tmp_path / "rows.sqlite3")
    with Store.open(sqlite_url(path)) as store:
        strategy_id = store.list_strategies()[0].id
    with sqlite3.connect(path) as db:
        db.execute("UPDATE strategies SET profile = '{broken' WHERE id = ?", (strategy_id,))
    db.close()
    with (
        Store.open(sqlite_url(path)) as store,
        speaking("fr"),
        pytest.raises(DamagedRowError) as caught,
    ):
        store.load_strategy(strategy_id)
    message = str(caught.value)
    assert f"est endommagée{NBSP}: table strategies, ligne «{NBSP}{strategy_id}{NBSP}»" in message
    assert "profile n'est pas du JSON valide" in message
    assert "Rien n'a été modifié" in message and "is damaged" not in message
    assert caught.value.row == repr(strategy_id)  # the attribute is the same in every language


def test_unknown_records_in_french_quote_the_id(tmp_path: Path) -> None:
    with Store.open(sqlite_url(tmp_path / "empty.sqlite3")) as store, speaking("fr"):
        with pytest.raises(UnknownRecordError) as workshop:
            store.get_workshop("nope")
        with pytest.raises(UnknownRecordError) as strategy:
            store.load_strategy("ghost")
    assert str(workshop.value).startswith(f"Aucun atelier d'identifiant «{NBSP}nope{NBSP}» dans ")
    assert str(strategy.value).startswith(f"Aucune stratégie d'identifiant «{NBSP}ghost{NBSP}»")


def test_a_locked_database_says_so_in_french(tmp_path: Path) -> None:
    path = _populated(tmp_path / "locked.sqlite3")
    with Store.open(sqlite_url(path), busy_timeout_ms=20) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            with speaking("fr"), pytest.raises(StoreWriteError) as caught:
                store.save_workshop(make_workshop("ws-2"))
        finally:
            other.execute("ROLLBACK")
            other.close()
    assert str(caught.value) == (
        f"Impossible d'enregistrer dans {path}{NBSP}: un autre programme le verrouille."
    )


@pytest.mark.parametrize(
    ("driver", "french", "english"),
    [
        ("database or disk is full", "le disque est plein", "the disk is full"),
        ("attempt to write a readonly database", "le fichier est en lecture seule", "read-only"),
        ("database is locked", "un autre programme le verrouille", "holding a lock"),
        ("disk I/O error", "une erreur de disque s'est produite", "a disk error occurred"),
        ("database disk image is malformed", "le fichier de base de données est mal formé", ""),
    ],
)
def test_the_drivers_reasons_are_said_plainly(driver: str, french: str, english: str) -> None:
    with speaking("fr"):
        assert sqlite_reason(driver) == french
    assert english in sqlite_reason(driver)


def test_the_save_state_line_is_french() -> None:
    state = SaveState(SaveKind.ERROR, revision=9, saved_revision=2, pending=7, message="X.")
    with speaking("fr"):
        assert state.describe() == (
            f"Non enregistré{NBSP}: X. 7 modifications gardées en mémoire; "
            "nouvelle tentative en cours."
        )
        assert SaveState(SaveKind.SAVED, 3, 3, 0).describe() == "Enregistré · révision 3"
    assert state.describe() == "Not saved: X. 7 edits kept in memory; retrying."
    assert SaveState(SaveKind.PENDING, 3, 2, 1).describe() == "Saving 1 edit…"


def test_content_migration_notes_are_french() -> None:
    from app.content_migration import upgrade_cards

    document = {
        "cards": [
            {"id": "c1", "title": "Desk", "phase": "deploy", "capabilities": ["human-oversight"]}
        ],
        "links": [],
    }
    with speaking("fr"):
        _upgraded, notes = upgrade_cards(document)
    assert notes == [
        "1 carte date d'avant la série de contenu 2026.12, qui a scindé des capacités en "
        "obligations distinctes; elle a été reportée sur les nouvelles clés",
        f"carte «{NBSP}Desk{NBSP}»{NBSP}: capacité human-oversight → human-decision",
    ]
    _upgraded, english = upgrade_cards(document)
    assert english[1] == "card “Desk”: capability human-oversight → human-decision"
