"""The About facts: the licence text is found even when a build left metadata in the checkout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.about import DIST_NAME, license_text


def test_the_licence_text_is_the_shipped_one() -> None:
    text = license_text()
    assert text is not None and "Apache License" in text


def test_a_stale_egg_info_in_the_working_folder_does_not_hide_it(tmp_path: Path) -> None:
    # ``pip wheel .`` leaves ``*.egg-info`` in the checkout, without the licence file; run
    # from there, it comes first on the path.
    stale = tmp_path / f"{DIST_NAME.replace('-', '_')}.egg-info"
    stale.mkdir()
    (stale / "PKG-INFO").write_text(
        f"Metadata-Version: 2.1\nName: {DIST_NAME}\nVersion: 0.0.1\n", encoding="utf-8"
    )
    root = Path(__file__).resolve().parents[2]
    code = "import app.about as a; print(a.license_text() is not None)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": f"{tmp_path}:{root}", "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "True"


def test_pack_integrity_lines_follow_the_language() -> None:
    from app.about import pack_lines
    from app.checker import load_packs
    from app.i18n import speaking

    loaded = load_packs(lang="en")
    with speaking("fr"):
        french = pack_lines(loaded.packs.values(), loaded.integrity)
    english = pack_lines(loaded.packs.values(), loaded.integrity)
    assert french and all(
        line.integrity.startswith("livré avec l'application · vérifié · sha256 ") for line in french
    )
    assert all(line.integrity.startswith("shipped · verified · sha256 ") for line in english)


def test_pack_lines_show_the_version_in_the_language_loaded() -> None:
    from app.about import pack_lines
    from app.checker import load_packs

    english, french = load_packs(lang="en"), load_packs(lang="fr")
    shown = {line.key: line.version for line in pack_lines(french.packs.values())}
    for key, pack in english.packs.items():
        assert shown[key] == french.packs[key].version_label != pack.version
    assert {line.key: line.version for line in pack_lines(english.packs.values())} == {
        key: pack.version for key, pack in english.packs.items()
    }
