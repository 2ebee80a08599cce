"""Mutations that turn a valid file into a hostile one, byte-wise, text-wise and structurally.

Every mutator takes a ``random.Random`` so a run is reproducible from its seed.
The hostile pieces are the ones attacks use: numbers too long or out of range,
booleans for numbers, NaN and infinity, nesting past any limit, NUL and lone
surrogates, byte-order marks, invalid UTF-8, huge strings and collections.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

HOSTILE_JSON_TEXT: tuple[str, ...] = (
    "9" * 5000,
    "-" + "9" * 30,
    str(2**63),
    str(2**63 - 1),
    str(2**31),
    "-2147483649",
    "1e999",
    "-1e999",
    "NaN",
    "Infinity",
    "1.0",
    "-0",
    "true",
    "false",
    "null",
    '""',
    '"\\u0000"',
    '"\\ud800"',
    '"\\udfff\\ud800"',
    "[" * 40 + "]" * 40,
    "[" * 3000 + "]" * 3000,
    "{}",
    "[]",
    '{"a": 1, "a": 2}',
    '"' + "x" * 100_000 + '"',
    "[" + ",".join(["0"] * 20_000) + "]",
    '"\u202e\u0007text"',
)
HOSTILE_TOML_TEXT: tuple[str, ...] = (
    "9" * 5000,
    str(2**63),
    str(2**31),
    "-2147483649",
    "nan",
    "-inf",
    "true",
    '"\\u0000"',
    "[" * 40 + "]" * 40,
    "[" * 3000 + "]" * 3000,
    "{a = " * 100 + "1" + "}" * 100,
    '"' + "x" * 100_000 + '"',
    "1979-05-27T07:32:00Z",
    "0x7fffffffffffffff",
    "[" + ",".join(["0"] * 20_000) + "]",
    '"""' + "x" * 100 + '"""',
    "'''unterminated",
)
HOSTILE_BYTES: tuple[bytes, ...] = (
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x00",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\r\n",
    b"\n" * 1000,
    b"#",
    b'"',
    b"'",
    b"\\",
    b"=",
    b".",
    b"[[",
    b"]]",
)


def byte_mutation(data: bytes, rng: random.Random) -> bytes:
    """One random byte-level change: flip, insert, delete, duplicate, truncate or splice."""
    if not data:
        return rng.choice(HOSTILE_BYTES)
    at = rng.randrange(len(data))
    kind = rng.randrange(7)
    if kind == 0:
        return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]
    if kind == 1:
        return data[:at] + rng.choice(HOSTILE_BYTES) + data[at:]
    if kind == 2:
        return data[:at] + data[at + rng.randrange(1, 64) :]
    if kind == 3:
        end = min(len(data), at + rng.randrange(1, 256))
        return data[:end] + data[at:end] * rng.randrange(1, 4) + data[end:]
    if kind == 4:
        return data[:at]
    if kind == 5:
        return bytes([rng.randrange(256)]) + data if rng.random() < 0.5 else data + b"\x00"
    return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16))) + data[at:]


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _nodes(child, (*path, index))
    return found


_MARK = "\u2603fuzz\u2603"


def json_mutation(data: bytes, rng: random.Random, reseal: Callable[[Any], Any] | None) -> bytes:
    """Replace, delete or add one member of a JSON document; maybe fix up its hash after."""
    try:
        return _json_mutation(data, rng, reseal)
    except (ValueError, RecursionError, TypeError):  # no longer JSON this mutator can walk
        return byte_mutation(data, rng)


def _json_mutation(data: bytes, rng: random.Random, reseal: Callable[[Any], Any] | None) -> bytes:
    doc = json.loads(data)
    paths = _nodes(doc)
    path = rng.choice(paths)
    raw: str | None = None
    kind = rng.randrange(4)
    if not path or kind == 0:
        raw = rng.choice(HOSTILE_JSON_TEXT)
        value: Any = _MARK
    elif kind == 1:
        value = rng.choice([None, True, False, 0, -1, 1.5, "", "x" * 300, [], {}, [None]])
    elif kind == 2:
        value = json.loads(json.dumps(_get(doc, rng.choice(paths))))  # a value from elsewhere
    else:
        value = None
    if path:
        parent = _get(doc, path[:-1])
        if kind == 3 and isinstance(parent, dict):
            del parent[path[-1]]
        elif kind == 3 and isinstance(parent, list):
            parent.append(parent[path[-1]])
        else:
            parent[path[-1]] = value
    else:
        doc = value
    if reseal is not None and rng.random() < 0.7:
        doc = reseal(doc)
    text = json.dumps(doc, ensure_ascii=False)
    if raw is not None:
        text = text.replace(json.dumps(_MARK, ensure_ascii=False), raw, 1)
    return text.encode("utf-8", errors="surrogatepass")


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def toml_mutation(data: bytes, rng: random.Random) -> bytes:
    """Change one line or value of a TOML file: hostile values, dotted keys, lines moved."""
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return byte_mutation(data, rng)
    at = rng.randrange(len(lines))
    line = lines[at]
    kind = rng.randrange(6)
    if kind == 0 and "=" in line:
        key = line.split("=", 1)[0]
        lines[at] = f"{key}= {rng.choice(HOSTILE_TOML_TEXT)}"
    elif kind == 1:
        parts = rng.choice([40, 2000, 20_000])
        lines.insert(at, ".".join(["k"] * parts) + " = 1")
    elif kind == 2:
        lines.insert(at, line)
    elif kind == 3:
        del lines[at]
    elif kind == 4:
        other = rng.randrange(len(lines))
        lines[at], lines[other] = lines[other], lines[at]
    else:
        lines.insert(at, f"fuzz_{rng.randrange(9)} = {rng.choice(HOSTILE_TOML_TEXT)}")
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


def mutated(
    seed: bytes,
    rng: random.Random,
    structural: Callable[[bytes, random.Random], bytes],
    steps: int | None = None,
) -> bytes:
    """``seed`` after up to four mutations, structural more often than byte-wise.

    One input in ten is the seed itself or one mutation away, so the accepting
    path is exercised as well as the refusing ones.
    """
    data = seed
    if steps is None:
        steps = rng.choice((0, 1, 1, 1, 2, 2, 3, 4))
    for _ in range(steps):
        data = structural(data, rng) if rng.random() < 0.7 else byte_mutation(data, rng)
    return data
