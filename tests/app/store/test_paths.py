"""Where the database lives, and how ``--db`` / ``$MLOPS_CANVAS_DB`` are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from app import paths


def test_default_path_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.NO_USER_DATA_ENV, raising=False)
    import platformdirs

    expected = Path(platformdirs.user_data_dir("mlops-canvas", appauthor=False))
    assert paths.default_db_path() == expected / "canvas.sqlite3"
    assert paths.agency_dir("rulepacks") == expected / "rulepacks"


def test_suite_never_points_at_real_user_data() -> None:
    import platformdirs

    real = Path(platformdirs.user_data_dir("mlops-canvas", appauthor=False))
    assert real not in paths.default_db_path().parents


def test_data_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path))
    assert paths.default_db_path() == tmp_path / "canvas.sqlite3"
    assert paths.agency_dir("scenarios") == tmp_path / "scenarios"


@pytest.mark.parametrize("kind", ["", "../etc", "Rule Packs", "a/b"])
def test_agency_dir_refuses_odd_names(kind: str) -> None:
    with pytest.raises(ValueError, match="folder name"):
        paths.agency_dir(kind)


def test_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    assert make_url(paths.resolve_db_url(None)).database == str(tmp_path / "canvas.sqlite3")
    monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "env.sqlite3"))
    assert make_url(paths.resolve_db_url(None)).database == str(tmp_path / "env.sqlite3")
    assert make_url(paths.resolve_db_url("arg.db")).database == str(Path("arg.db").absolute())
    url = "postgresql+psycopg://canvas:secret@127.0.0.1:5432/workshops"
    assert paths.resolve_db_url(url) == url
    monkeypatch.setenv(paths.DB_ENV, url)
    assert paths.resolve_db_url(None) == url


@given(name=st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1))
def test_any_file_name_survives_the_url(name: str) -> None:
    path = Path("/tmp/canvas dir") / f"{name}.sqlite3"
    url = make_url(paths.resolve_db_url(str(path)))
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(path)
