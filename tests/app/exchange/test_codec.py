"""Canonical JSON, file bytes and strict parsing."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.exchange.codec import (
    JsonSyntaxError,
    canonical_json,
    content_hash,
    document_bytes,
    parse_json,
)
from models.numbers import STORE_INT_MAX, STORE_INT_MIN

# What the strict reader accepts: whole numbers in the stored range, text without NUL.
_text = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=STORE_INT_MIN, max_value=STORE_INT_MAX)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=_text),
    lambda children: (
        st.lists(children) | st.dictionaries(st.text(alphabet=_text, max_size=5), children)
    ),
    max_leaves=20,
)


def test_canonical_json_sorts_keys_without_spaces_or_escapes() -> None:
    assert canonical_json({"b": [1, 2.5], "a": "é"}) == '{"a":"é","b":[1,2.5]}'.encode()
    assert content_hash({}) == hashlib.sha256(b"{}").hexdigest()


@given(json_values)
def test_file_bytes_parse_back_to_the_same_value_and_hash(value: object) -> None:
    parsed = parse_json(document_bytes({"data": value}))
    assert parsed == {"data": value}
    assert content_hash(parsed["data"]) == content_hash(value)
    assert document_bytes(parsed) == document_bytes({"data": value})


def test_byte_order_mark_is_accepted() -> None:
    assert parse_json(b"\xef\xbb\xbf{}") == {}


def test_nan_is_refused_on_the_way_out() -> None:
    with pytest.raises(ValueError, match="not JSON compliant"):
        document_bytes({"x": float("nan")})


@pytest.mark.parametrize(
    "raw",
    [b'{"a": {"b": 1', b'{"a": [1, 2', b'{"a": "unfinished', b'{"a":'],
)
def test_cut_off_documents_are_called_truncated(raw: bytes) -> None:
    with pytest.raises(JsonSyntaxError, match="looks truncated"):
        parse_json(raw)


def test_a_broken_middle_is_not_called_truncated() -> None:
    with pytest.raises(JsonSyntaxError) as caught:
        parse_json(b'{"a": 1,, "b": 2}')
    assert "truncated" not in str(caught.value)
    assert "line 1, column 9" in str(caught.value)
