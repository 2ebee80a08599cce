"""The strict readers refuse in the user's language, keeping the line, column and key path.

Every case is a real refusal of ``app.reading``: inside ``speaking("fr")`` the
message is French (the library's own JSON and TOML messages included) and holds
none of the English sentence; outside it the English reads as it always did.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.i18n import speaking
from app.reading import InputError, read_file
from app.reading.limits import CONTENT, EXCHANGE, Limits
from app.reading.strict_json import parse_json
from app.reading.strict_toml import parse_toml

NBSP = "\u00a0"


def _json(raw: bytes, language: str = "fr", limits: Limits = EXCHANGE) -> str:
    with speaking(language), pytest.raises(InputError) as caught:
        parse_json(raw, limits)
    return str(caught.value)


def _toml(raw: bytes, language: str = "fr", limits: Limits = CONTENT) -> str:
    with speaking(language), pytest.raises(InputError) as caught:
        parse_toml(raw, limits)
    return str(caught.value)


def test_malformed_json_names_line_and_column_in_french() -> None:
    raw = b'{\n  "format": 1,\n  "data": {"a": 1 "b": 2}\n}\n'
    assert _json(raw) == (
        f"JSON non valide{NBSP}: séparateur «{NBSP},{NBSP}» attendu à la ligne 3, colonne 19"
    )
    assert _json(raw, "en") == "not valid JSON: Expecting ',' delimiter at line 3, column 19"


def test_truncated_json_says_so_in_french() -> None:
    message = _json(b'{"format": 1, "data": [1, 2')
    assert message.startswith(f"JSON non valide{NBSP}: ")
    assert "ligne 1" in message and "le fichier semble tronqué" in message
    assert "truncated" not in message and "Expecting" not in message


@pytest.mark.parametrize(
    ("raw", "french", "english"),
    [
        (b'{"a": 1, "a": 2}', f"la clé «{NBSP}a{NBSP}» figure deux fois", "appears twice"),
        (b"", "le fichier est vide", "the file is empty"),
        (b"\xff\xfe{\x00}\x00", "enregistrez-le en UTF-8", "save it as UTF-8"),
        (
            b'{"a": "\xe9t\xe9"}',
            "ce n'est pas du texte UTF-8 (l'octet 7, à la ligne 1",
            "not UTF-8",
        ),
        (b'{"n": NaN}', "NaN n'est pas un nombre JSON", "is not a JSON number"),
        (b'{"n": 99999999999999}', "hors de la plage que l'application conserve", "outside"),
        (b"[" * 40 + b"]" * 40, "plus de 32 niveaux d'imbrication", "levels deep"),
    ],
)
def test_json_refusals_in_french(raw: bytes, french: str, english: str) -> None:
    message = _json(raw)
    assert french in message, message
    assert english not in message
    assert english in _json(raw, "en")


def test_a_key_path_is_kept_and_the_colon_is_french() -> None:
    message = _json(b'{"data": {"items": [1, "a\\u0000b"]}}')
    assert message == f"data.items[1]{NBSP}: le texte contient un caractère NUL"
    assert _json(b'{"data": {"items": [1, "a\\u0000b"]}}', "en") == (
        "data.items[1]: the text contains a NUL character"
    )


@pytest.mark.parametrize(
    ("raw", "french", "english"),
    [
        (
            b'title = "x"\ntitle = "y"\n',
            f"TOML non valide{NBSP}: impossible de remplacer une valeur déjà définie",
            "Cannot overwrite a value",
        ),
        (
            b"[rule]\nid = 1\n[rule]\n",
            f"TOML non valide{NBSP}: impossible de déclarer «{NBSP}rule{NBSP}» deux fois "
            "(ligne 3, colonne 6)",
            "Cannot declare 'rule' twice (at line 3, column 6)",
        ),
        (
            b"key = tru\n",
            f"TOML non valide{NBSP}: valeur non valide (ligne 1, colonne 7)",
            "Invalid value (at line 1, column 7)",
        ),
        (
            b'key = "open\n',
            f"TOML non valide{NBSP}: une chaîne qui n'est jamais fermée (ligne 1, colonne 7)",
            "a string that is never closed (at line 1, column 7)",
        ),
        (
            b"a = [" * 40 + b"]" * 40,
            "tableaux et tables imbriqués sur plus de 32 niveaux",
            "nested more than 32 levels deep",
        ),
    ],
)
def test_malformed_toml_in_french(raw: bytes, french: str, english: str) -> None:
    message = _toml(raw)
    assert french in message, message
    assert "not valid TOML" not in message and english not in message
    assert english in _toml(raw, "en")


def test_a_too_large_toml_file_in_french() -> None:
    message = _toml(b"x = 1\n" * 1000, limits=Limits(max_bytes=4096))
    assert message == f"dépasse la limite de 4{NBSP}096{NBSP}octets"
    assert _toml(b"x = 1\n" * 1000, "en", Limits(max_bytes=4096)) == (
        "larger than the limit of 4,096 bytes"
    )


def test_a_too_large_file_in_french(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 5000)
    with speaking("fr"), pytest.raises(InputError) as caught:
        read_file(path, 4096)
    assert str(caught.value) == (
        "fait 4,9\u00a0Kio; la limite pour ce type de fichier est de 4,0\u00a0Kio, "
        "bien au-delà de ce que l'application écrit elle-même"
    )
    with pytest.raises(InputError, match=r"^is 4\.9 KiB; the limit for this kind of file is 4\.0"):
        read_file(path, 4096)


def test_the_exact_byte_count_in_french(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 5001)
    with speaking("fr"), pytest.raises(InputError) as caught:
        read_file(path, 5000)
    assert str(caught.value).startswith(
        f"fait 5{NBSP}001{NBSP}octets; "
        f"la limite pour ce type de fichier est de 5{NBSP}000{NBSP}octets"
    )


def test_missing_folder_and_fifo_in_french(tmp_path: Path) -> None:
    with speaking("fr"):
        with pytest.raises(InputError, match=r"^n'existe pas$"):
            read_file(tmp_path / "missing.json", 100)
        with pytest.raises(InputError, match=r"^est un dossier, pas un fichier ordinaire"):
            read_file(tmp_path, 100)
        if hasattr(os, "mkfifo"):
            fifo = tmp_path / "pipe"
            os.mkfifo(fifo)
            with pytest.raises(InputError, match=r"^est un tube nommé \(FIFO\)"):
                read_file(fifo, 100)
