"""The strict JSON reader: orjson first, the careful reader for whatever it must decide.

Every body must get exactly the answer of the careful reader alone (the standard library with a
hook per object, as before orjson): the same value, of the same types, or the same Dutch message.
"""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.bodies import MAX_JSON_DEPTH, JsonBodyError, _careful, json_depth, parse_json


def _reference(raw: bytes):
    """The careful reader alone, behind the same depth check."""
    if json_depth(raw) > MAX_JSON_DEPTH:
        raise JsonBodyError(f"arrays en objecten zijn dieper dan {MAX_JSON_DEPTH} niveaus genest")
    return _careful(raw)


def _same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, float):
        return repr(a) == repr(b) or (math.isnan(a) and math.isnan(b))
    return a == b


def _outcome(read, raw: bytes):
    try:
        return "value", read(raw)
    except JsonBodyError as exc:
        return "refused", exc.message


def _assert_same_answer(raw: bytes) -> None:
    fast, careful = _outcome(parse_json, raw), _outcome(_reference, raw)
    assert fast[0] == careful[0], raw
    assert _same(fast[1], careful[1]) if fast[0] == "value" else fast[1] == careful[1], raw


@pytest.mark.parametrize("raw, said", [
    (b'{"facts": {}, "facts": {}}', "het veld 'facts' staat er twee keer in"),
    (b'{"facts": {"a": 1, "b": {"c": 2, "c": 3}}}', "het veld 'c' staat er twee keer in"),
    (b'[{"a": 1}, {"a": 2, "a": 2}]', "het veld 'a' staat er twee keer in"),
    (b'{"tijd": "12:00", "url": "http://x", "a": 1, "a": 1}', "het veld 'a' staat er twee keer in"),
    (b'{"a\\"": "b:\\\\", "a\\"": 1}', "staat er twee keer in"),
    (b'{"facts": {"uren": NaN}}', "NaN is geen JSON-getal"),
    (b'{"facts": {"uren": Infinity}}', "Infinity is geen JSON-getal"),
    (b'[-Infinity]', "-Infinity is geen JSON-getal"),
    (b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1), f"dieper dan {MAX_JSON_DEPTH} niveaus"),
    (b'{"a": 1,}', "hier hoort een veldnaam"),
    (b"\xff\xfe{", "geen UTF-8"),
])
def test_what_is_refused_is_refused_with_its_dutch_message(raw, said):
    with pytest.raises(JsonBodyError) as refused:
        parse_json(raw)
    assert said in refused.value.message
    _assert_same_answer(raw)


@pytest.mark.parametrize("raw", [
    b'{"facts": {"kinderen": 123456789012345678901234567890}}',  # past 64 bits: an exact integer
    b"[18446744073709551616, -9223372036854775809, 9223372036854775807]",
    b"[1e400, -1e400, 1e-400, 0.1000000000000000055511151231257827]",
    b'{"tijd": "12:00", "a": {"b": ":"}}',  # colons inside strings, no duplicate
    b'"\\ud800"', b'"\xed\xa0\x80"', b"\xef\xbb\xbf{}",  # what only the standard library reads
    '{"a": "é"}'.encode("utf-16"),
    b'{"a": [1, 2.5, -0.0, true, null, "x"]}',
])
def test_what_is_accepted_reads_as_the_careful_reader_reads_it(raw):
    _assert_same_answer(raw)
    assert parse_json(b'{"k": 123456789012345678901234567890}')["k"] == 123456789012345678901234567890


_atoms = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**25), max_value=10**25),
                   st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=6))
_values = st.recursive(_atoms, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=3), inner, max_size=4)), max_leaves=12)
_pieces = st.sampled_from([b"{", b"}", b"[", b"]", b",", b":", b'"', b'"a"', b"1", b"-", b"e5", b".",
                           b"NaN", b"Infinity", b"true", b"null", b" ", b"\\", b"\\u00e9", b"\x01", b"\xff"])


@settings(max_examples=300, deadline=None)
@given(_values)
def test_any_json_value_reads_the_same(value):
    _assert_same_answer(json.dumps(value).encode())
    _assert_same_answer(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


@settings(max_examples=300, deadline=None)
@given(_values, st.lists(st.tuples(st.integers(min_value=0, max_value=400), _pieces), max_size=3))
def test_broken_and_duplicated_json_gets_the_same_answer(value, edits):
    raw = bytearray(json.dumps(value).encode())
    for place, piece in edits:
        raw[place % (len(raw) + 1):place % (len(raw) + 1)] = piece
    _assert_same_answer(bytes(raw))
    if isinstance(value, dict) and value:  # the same member twice
        first = json.dumps(value)[1:-1].split(", ")[0]
        _assert_same_answer(("{" + first + ", " + json.dumps(value)[1:]).encode())
