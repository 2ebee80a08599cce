"""A refused exchange document or paste says in French what is wrong and where (JSON path)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from app.exchange.clipboard import PasteError, pasted_bytes, read_pasted
from app.exchange.codec import document_bytes
from app.exchange.reader import ExchangeError, read_document, read_document_file
from app.i18n import speaking
from tests.app.exchange import samples
from tests.app.exchange.test_reader import LIBRARY, exported, resealed

NBSP = "\u00a0"


def _refusal(data: bytes) -> ExchangeError:
    with pytest.raises(ExchangeError) as caught:
        read_document(data, LIBRARY)
    return caught.value


def test_a_document_of_another_format_is_refused_in_french() -> None:
    with speaking("fr"):
        err = _refusal(b'{"format": "pdf"}')
    assert str(err) == (
        f"format{NBSP}: format inconnu «{NBSP}pdf{NBSP}»{NBSP}: ce n'est pas un document "
        "d'échange MLOps Canvas (cette application lit mlops-canvas/strategy et "
        "mlops-canvas/workshop)"
    )
    assert "not an MLOps Canvas" not in str(err)


def test_a_json_array_is_not_an_exchange_document_in_french() -> None:
    with speaking("fr"):
        err = _refusal(b"[1, 2, 3]")
    assert "ce n'est pas un document d'échange MLOps Canvas" in str(err)
    assert "un objet JSON est attendu" in str(err)


def test_a_newer_format_version_asks_for_an_update_in_french() -> None:
    doc = exported()
    doc["format_version"] = 99
    with speaking("fr"):
        err = _refusal(resealed(doc))
    assert "version de format 99" in str(err)
    assert "mettez l'application à jour" in str(err)
    assert "newer" not in str(err)


def test_hostile_fields_are_named_by_path_with_french_reasons(tmp_path: Path) -> None:
    doc = exported()
    strategy = doc["data"]["strategies"][0]
    strategy["cards"][0]["title"] = "Bell\x07"
    strategy["cards"][1]["title"] = ""
    del strategy["cards"][2]["phase"]
    strategy["links"][1]["target"] = strategy["links"][1]["source"]
    path = tmp_path / "hostile.json"
    path.write_bytes(resealed(doc))
    with speaking("fr"):
        with pytest.raises(ExchangeError) as caught:
            read_document_file(path, LIBRARY)
        found = [str(p) for p in caught.value.problems]
    text = str(caught.value)
    assert text.startswith(f"{path}") or "hostile.json" in text
    assert "4 problèmes" in text
    assert f"data.strategies[0].cards[0].title{NBSP}: contient des caractères de contrôle" in found
    assert any(
        p.startswith(f"data.strategies[0].cards[1].title{NBSP}: est trop court") for p in found
    )
    assert f"data.strategies[0].cards[2].phase{NBSP}: ce champ est obligatoire" in found
    assert (
        f"data.strategies[0].links[1]{NBSP}: Une carte ne peut pas être liée à elle-même." in found
    )
    for english in ("Value error", "Field required", "String should", "control characters"):
        assert english not in text


def test_cross_reference_problems_are_french() -> None:
    doc = exported()
    links = doc["data"]["strategies"][0]["links"]
    links.append(dict(links[0], id="copy"))
    links[1]["source"] = "ghost"
    with speaking("fr"):
        found = [str(p) for p in _refusal(resealed(doc)).problems]
    assert (
        f"data.strategies[0].links[1].source{NBSP}: "
        f"aucune carte d'identifiant «{NBSP}ghost{NBSP}» ici" in found
    )
    assert (
        f"data.strategies[0].links[2]{NBSP}: ces deux cartes sont déjà liées dans ce sens" in found
    )


def test_the_same_document_is_refused_in_plain_english_by_default() -> None:
    doc = exported()
    doc["data"]["strategies"][0]["cards"][0]["title"] = "Bell\x07"
    (problem,) = [str(p) for p in _refusal(resealed(doc)).problems]
    assert problem == "data.strategies[0].cards[0].title: Value error, contains control characters"


def test_a_hand_edited_document_warns_in_french() -> None:
    doc = exported()
    doc["data"]["strategies"][0]["name"] = "Modifié à la main"
    with speaking("fr"):
        result = read_document(document_bytes(doc), LIBRARY)
    assert any("l'empreinte du contenu ne correspond pas" in w for w in result.warnings)


def test_a_worker_thread_speaking_french_refuses_in_french_while_this_one_speaks_english() -> None:
    doc = exported()
    doc["data"]["strategies"][0]["cards"][0]["title"] = "Bell\x07"
    data = resealed(doc)
    seen: list[str] = []

    def work() -> None:
        with speaking("fr"):
            try:
                read_document(data, LIBRARY)
            except ExchangeError as err:
                seen.append(str(err))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen and "contient des caractères de contrôle" in seen[0]
    assert "contains control characters" in str(_refusal(data))


# -- the clipboard ------------------------------------------------------------------------------


def _paste_error(raw: bytes) -> PasteError:
    with pytest.raises(PasteError) as caught:
        read_pasted(raw)
    return caught.value


def test_a_bad_paste_is_refused_in_french() -> None:
    with speaking("fr"):
        foreign = _paste_error(json.dumps({"format": "other", "cards": []}).encode())
        empty = _paste_error(json.dumps({"format": "mlops-canvas-cards/1", "cards": []}).encode())
        extra = _paste_error(
            json.dumps({"format": "mlops-canvas-cards/1", "cards": [], "x": 1}).encode()
        )
    assert str(foreign) == "ce ne sont pas des cartes copiées depuis cette version de l'application"
    assert str(empty) == "ne contient aucune carte"
    assert str(extra) == f"membre inattendu «{NBSP}x{NBSP}»"


def test_a_pasted_card_with_a_control_character_is_named_in_french() -> None:
    card = samples.strategy("s1").cards["s1-c1"]
    payload = json.loads(pasted_bytes([card], []))
    payload["cards"][0]["title"] = "a\x1bb"
    with speaking("fr"):
        err = _paste_error(json.dumps(payload).encode())
    assert err.where == "cards[0].title"
    assert str(err) == f"cards[0].title{NBSP}: contient des caractères de contrôle"
    english = _paste_error(json.dumps(payload).encode())
    assert str(english) == "cards[0].title: Value error, contains control characters"


def test_a_paste_linking_outside_itself_is_refused_in_french() -> None:
    strategy = samples.strategy("s1")
    link = next(iter(strategy.links.values()))
    card = strategy.cards[link.source]
    with speaking("fr"):
        err = _paste_error(pasted_bytes([card], [link]))
    assert "relie une carte qui ne fait pas partie des cartes collées" in str(err)
    assert str(err).startswith("links[0].")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_hostile_name_in_a_message_stays_on_one_line(lang: str) -> None:
    """A value from the file (here a capability key with newlines, found by the French long
    fuzz run) is escaped inside the message, in both languages."""
    doc = exported()
    card = doc["data"]["strategies"][0]["cards"][0]
    card["capabilities"] = ["line one\n\nline two"]
    with speaking(lang):
        found = [str(p) for p in _refusal(resealed(doc)).problems]
    assert found and all("\n" not in p for p in found), found
    assert any("line one\\n\\nline two" in p for p in found), found
