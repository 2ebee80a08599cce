"""The translation helper: .ts catalogs read without Qt, and content overlays."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>checking</name>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">Pas encore</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_a_ts_catalog_is_read_without_qt_and_unfinished_entries_are_not_used(
    tmp_path: Path,
) -> None:
    path = tmp_path / "fr.ts"
    path.write_text(TS, encoding="utf-8")
    found = i18n.read_catalog(path, "fr")
    assert found.lookup("checking", "Coverage", None) == "Couverture"
    assert found.lookup("checking", "Not yet", None) is None and found.unfinished == 1
    # French plural: 0 and 1 take the singular.
    assert [found.lookup("checking", "%n card(s)", n) for n in (0, 1, 2)] == [
        "%n carte",
        "%n carte",
        "%n cartes",
    ]


@pytest.mark.parametrize(
    ("code", "expected"),
    [("fr_CA.UTF-8", "fr"), ("fr-FR", "fr"), ("en_GB", "en"), ("de_DE", None), ("", None)],
)
def test_locale_names_are_reduced_to_a_language_the_app_has(
    code: str, expected: str | None
) -> None:
    assert i18n.normalise(code) == expected


def test_an_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="available: en, fr"):
        i18n.set_language("de")


def test_speaking_switches_for_a_block_only() -> None:
    before = i18n.language()
    with i18n.speaking("fr"):
        assert i18n.language() == "fr"
    assert i18n.language() == before


def test_an_overlay_replaces_text_only_and_matches_entries_by_their_id() -> None:
    base = {
        "title": "EU AI Act",
        "groups": ["All AI systems", "Provider"],
        "rule": [
            {
                "id": "r1",
                "title": "Literacy",
                "severity": "error",
                "pending": {"note": "N", "source": "S"},
            },
            {"id": "r2", "title": "Oversight", "requires": {"capability": "x"}},
        ],
    }
    overlay = {
        "title": "Règlement sur l'IA",
        "groups": ["Tous les systèmes d'IA"],  # wrong length: a positional list is kept
        "rule": [
            {"id": "r2", "title": "Contrôle humain", "requires": {"capability": "evil"}},
            {
                "id": "r1",
                "title": "Maîtrise de l'IA",
                "severity": "info",
                "pending": {"note": "Nf"},
            },
            {"id": "ghost", "title": "Ignored"},
        ],
    }
    merged = i18n.merge_overlay(base, overlay)
    assert merged["title"] == "Règlement sur l'IA"
    assert merged["groups"] == base["groups"]
    assert merged["rule"][0] == {
        "id": "r1",
        "title": "Maîtrise de l'IA",
        "severity": "error",  # structural: never taken from an overlay
        "pending": {"note": "Nf", "source": "S"},
    }
    assert merged["rule"][1]["requires"] == {"capability": "x"}
    assert len(merged["rule"]) == 2


def test_overlays_of_shipped_and_agency_files(tmp_path: Path) -> None:
    root = tmp_path / "resources"
    assert i18n.overlay_path(root, root / "rulepacks" / "gdpr.toml", "fr") == (
        root / "locale" / "fr" / "rulepacks" / "gdpr.toml"
    )
    agency = tmp_path / "agency" / "rulepacks" / "ours.toml"
    assert i18n.overlay_path(root, agency, "fr") == agency.with_name("ours.fr.toml")


def test_every_interface_string_has_a_finished_french_translation() -> None:
    from app.translations import extract, main

    assert main(["--check"]) == 0, "the .ts catalogs are stale: run make ts"
    root = Path(__file__).resolve().parents[2]
    messages = extract(root)
    assert len(messages) > 100
    french = i18n.read_catalog(i18n.catalog_path("fr"), "fr")
    assert french.unfinished == 0
    missing = [
        (m.context, m.source)
        for m in messages
        if (m.context, m.source) not in (french.plural if m.numerus else french.singular)
    ]
    assert missing == []
    # Every plural has the forms French needs (one, many).
    short = [key for key, forms in french.plural.items() if len(forms) < 2]
    assert short == []
    # Placeholders survive translation.
    for m in messages:
        found = french.lookup(m.context, m.source, 2 if m.numerus else None) or ""
        for mark in ("%1", "%2", "%3", "%4", "%n"):
            assert (mark in m.source) == (mark in found), (m.source, found)


def test_a_translate_call_with_a_variable_is_refused_by_the_extractor(tmp_path: Path) -> None:
    from app.translations import DynamicSourceError, extract

    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "x.py").write_text("translate('ctx', title)\n", encoding="utf-8")
    with pytest.raises(DynamicSourceError, match=r"app/x\.py:1"):
        extract(tmp_path, ("app",))


def test_plurals_and_dates_follow_the_language() -> None:
    import datetime as dt

    with i18n.speaking("fr"):
        assert i18n.translate("check", "%n card(s)", None, 1) == "1 carte"
        assert i18n.translate("check", "%n card(s)", None, 0) == "0 carte"
        assert i18n.translate("check", "%n card(s)", None, 5) == "5 cartes"
        assert i18n.long_date(dt.date(2026, 8, 1)) == "1er août 2026"
        assert i18n.document_language() == "fr-CA"
    assert i18n.translate("check", "%n card(s)", None, 1) == "1 card"
    assert i18n.long_date(dt.date(2026, 8, 2)) == "2 August 2026"


def test_speaking_is_the_thread_s_own() -> None:
    """An export speaking French in a worker thread leaves the window's thread in English."""
    import threading

    heard: list[str] = []
    inside = threading.Event()
    leave = threading.Event()

    def worker() -> None:
        with i18n.speaking("fr"):
            heard.append(i18n.translate("exporting", "Export PDF"))
            inside.set()
            leave.wait(10)
            heard.append(i18n.language())

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    assert i18n.language() == "en" and i18n.translate("exporting", "Export PDF") == "Export PDF"
    leave.set()
    thread.join(10)
    assert heard[0] != "Export PDF" and heard[1] == "fr"
    assert i18n.language() == "en"


def test_a_new_thread_starts_in_the_interface_language() -> None:
    import threading

    heard: list[str] = []
    with i18n.speaking("fr"):
        thread = threading.Thread(target=lambda: heard.append(i18n.language()))
        thread.start()
        thread.join(10)
        assert i18n.language() == "fr" and i18n.interface_language() == "en"
    assert heard == ["en"]


def test_long_words_break_at_the_hyphenation_points_of_the_export_language() -> None:
    from app.export.wrap import break_word

    word = "anticonstitutionnellement"
    english = break_word(word, 18, 90)
    with i18n.speaking("fr"):
        french = break_word(word, 18, 90)
    assert "".join(p.rstrip("-") for p in french) == word
    assert french != english  # French rules, not the English dictionary's
    assert french[0].endswith("-") and len(french) > 1


def test_vocabulary_numbers_and_quotes_follow_the_language() -> None:
    from app.i18n import (
        cadence_label,
        grouped,
        level_label,
        percent,
        quoted,
        severity_label,
        speaking,
    )
    from models.vocabulary import Cadence, Severity

    with speaking("en"):
        assert [cadence_label(c) for c in Cadence] == [c.value for c in Cadence]
        assert (grouped(1800.5, 1), percent(0.384), percent(0.1234, 1)) == (
            "1,800.5",
            "38%",
            "12.3%",
        )
        assert (level_label(1), severity_label(Severity.ERROR), quoted("x")) == (
            "Beginning",
            "Error",
            "“x”",
        )
    with speaking("fr"):
        assert cadence_label(Cadence.QUARTERLY) == "trimestrielle"
        assert (grouped(1800.5, 1), percent(0.384), percent(0.1234, 1)) == (
            "1\u00a0800,5",
            "38\u00a0%",
            "12,3\u00a0%",
        )
        assert (level_label(1), severity_label(Severity.ERROR), quoted("x")) == (
            "Débutant",
            "Erreur",
            "«\u00a0x\u00a0»",
        )
