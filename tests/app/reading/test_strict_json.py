"""Strict JSON: numbers, booleans, nesting and text bounded (issue 15, item 2)."""

from __future__ import annotations

import time

import pytest

from app.reading.limits import EXCHANGE, MAX_DEPTH
from app.reading.strict_json import JsonSyntaxError, parse_json
from models.numbers import STORE_INT_MAX, STORE_INT_MIN


def refusal(raw: bytes) -> JsonSyntaxError:
    with pytest.raises(JsonSyntaxError) as caught:
        parse_json(raw, EXCHANGE)
    return caught.value


def test_an_integer_of_5000_digits_is_refused_with_its_path_not_a_traceback() -> None:
    err = refusal(b'{"data": {"revision": ' + b"9" * 5000 + b"}}")
    assert err.where == "data.revision"
    assert "5,000 characters is too long" in err.reason


@pytest.mark.parametrize("number", [STORE_INT_MAX + 1, STORE_INT_MIN - 1, 2**63, 2**63 - 1])
def test_integers_outside_the_stored_range_are_refused(number: int) -> None:
    err = refusal(b'{"a": [1, %d]}' % number)
    assert err.where == "a[1]"
    assert "outside the range this app stores" in err.reason


@pytest.mark.parametrize("number", [STORE_INT_MAX, STORE_INT_MIN, 0])
def test_integers_at_the_ends_of_the_range_are_accepted(number: int) -> None:
    assert parse_json(b'{"a": %d}' % number, EXCHANGE) == {"a": number}


def test_a_float_that_overflows_to_infinity_is_refused() -> None:
    assert "infinite" in refusal(b'{"x": 1e999}').reason


def test_nesting_past_the_limit_is_refused_by_path() -> None:
    deep = b'{"a": ' + b"[" * MAX_DEPTH + b"]" * MAX_DEPTH + b"}"
    assert "nested more than" in refusal(deep).reason
    ok = b'{"a": ' + b"[" * (MAX_DEPTH - 2) + b"]" * (MAX_DEPTH - 2) + b"}"
    parse_json(ok, EXCHANGE)


def test_a_hundred_thousand_nested_arrays_are_one_clean_error_fast() -> None:
    started = time.monotonic()
    err = refusal(b"[" * 100_000 + b"]" * 100_000)
    assert "nested" in str(err)
    assert time.monotonic() - started < 5


def test_nul_in_text_or_keys_is_refused() -> None:
    assert "NUL" in refusal(b'{"a": "x\\u0000y"}').reason
    assert "NUL" in refusal(b'{"a\\u0000": 1}').reason


def test_a_lone_surrogate_is_refused() -> None:
    assert "not valid Unicode" in refusal(b'{"a": "\\ud800"}').reason


def test_utf16_is_refused_with_a_hint_and_a_bom_accepted() -> None:
    assert "UTF-16" in refusal("{}".encode("utf-16")).reason
    assert parse_json(b"\xef\xbb\xbf{}", EXCHANGE) == {}


def test_bytes_over_the_limit_are_refused_before_parsing() -> None:
    from app.reading.limits import Limits

    with pytest.raises(JsonSyntaxError, match="the limit is"):
        parse_json(b"[" + b"1," * 100 + b"1]", Limits(max_bytes=100))
