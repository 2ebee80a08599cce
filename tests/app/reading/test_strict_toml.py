"""Strict TOML: what crashed or stalled ``tomllib`` is one clean error (issue 15, item 3)."""

from __future__ import annotations

import time
import tomllib
import tracemalloc

import pytest

from app.reading import InputError
from app.reading.limits import CONTENT, MAX_KEY_PARTS
from app.reading.strict_toml import parse_toml
from app.resources import RESOURCES_DIR


def refusal(raw: bytes) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_toml(raw, CONTENT)
    return caught.value


def test_a_5000_digit_integer_is_refused_with_line_and_column() -> None:
    err = refusal(b"key = 'x'\nweight = " + b"7" * 5000 + b"\n")
    assert "(at line 2, column 10)" in str(err)


def test_a_hundred_thousand_nested_arrays_are_refused_quickly() -> None:
    started = time.monotonic()
    err = refusal(b"a = " + b"[" * 100_000 + b"]" * 100_000)
    assert "nested more than" in str(err) and "line 1" in str(err)
    assert time.monotonic() - started < 2


def test_three_thousand_nested_inline_tables_are_refused() -> None:
    err = refusal(b"a = " + b"{b = " * 3000 + b"1" + b"}" * 3000)
    assert "nested more than" in str(err)


def test_a_40kb_dotted_key_costs_neither_seconds_nor_memory() -> None:
    raw = b".".join([b"a"] * 20_000) + b" = 1\n"
    tracemalloc.start()
    started = time.monotonic()
    try:
        err = refusal(raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"more than {MAX_KEY_PARTS} parts" in str(err)
    assert time.monotonic() - started < 1
    assert peak < 50_000_000


def test_dotted_keys_with_spaces_and_quoted_parts_count_too() -> None:
    raw = " . ".join(['"a"'] * (MAX_KEY_PARTS + 1)).encode() + b" = 1"
    assert "parts" in str(refusal(raw))
    fine = ".".join(["a"] * MAX_KEY_PARTS).encode() + b" = 1"
    parse_toml(fine, CONTENT)


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse_toml(b"\xef\xbb\xbfkey = 'x'\n", CONTENT) == {"key": "x"}


def test_utf16_is_refused_with_a_hint() -> None:
    assert "UTF-16" in str(refusal("key = 'x'".encode("utf-16")))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a = nan", "infinite or not a number"),
        (b"a = -inf", "infinite or not a number"),
        (b"a = 2147483648", "outside the range"),
        (b'a = "x\\u0000"', "NUL"),
        (b"a = true\na = false", "not valid TOML"),
    ],
)
def test_values_no_model_should_see_are_refused_by_key(raw: bytes, expected: str) -> None:
    assert expected in str(refusal(raw))


@pytest.mark.parametrize(
    "text",
    [
        'a = """x"""""\nb = 2',
        "a = '''it''s'''\nb = [1.5, 2.5e3, 1979-05-27T07:32:00.999]",
        'a = "q\\"#[{"\nb.c."d e" = {x = [[1], [2]]}  # [[[ comment',
        "[t.u]\nv = 1\n[[w]]\nx = 2\n[[w]]\nx = 3",
    ],
)
def test_the_scan_agrees_with_tomllib_on_valid_files(text: str) -> None:
    assert parse_toml(text.encode(), CONTENT) == tomllib.loads(text)


def test_every_shipped_content_file_passes_the_strict_reader() -> None:
    files = sorted(RESOURCES_DIR.rglob("*.toml"))
    assert len(files) >= 20
    for path in files:
        raw = path.read_bytes()
        assert parse_toml(raw, CONTENT) == tomllib.loads(raw.decode()), path
