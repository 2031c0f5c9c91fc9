"""The hand-written JSON spellings: what json.dumps would write, minus durable's blind spots."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy.engine import encode
from policy.engine.encode import FactEncoder, dump, number_text, string_text
from policy.engine.errors import EngineInputError


@given(st.text(max_size=60))
def test_strings_are_spelled_as_json_dumps_spells_them(text: str) -> None:
    assert string_text(text) == json.dumps(text, ensure_ascii=False)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e14, max_value=1e14))
def test_floats_round_trip_without_exponent(value: float) -> None:
    text = number_text(value)
    assert "e" not in text and "E" not in text
    assert float(text) == value


@given(st.integers(min_value=-(2**53), max_value=2**53))
def test_integers_are_plain(value: int) -> None:
    assert number_text(value) == str(value)


@pytest.mark.parametrize("value", [2**53 + 1, -(2**60), 1e15, -1e300, math.nan, math.inf])
def test_numbers_durable_cannot_hold_exactly_are_refused(value: float) -> None:
    with pytest.raises(ValueError):
        number_text(value)


def test_a_ruleset_definition_is_valid_json() -> None:
    definition = {"r0": {"all": [{"m": {"$and": [{"k": 1}, {"$lt": {"f0": 2.5e-07}}, {"f1": "Zoë \"x\""}, {"f2": False}]}}]}}
    assert json.loads(dump(definition)) == definition
    assert "e-07" not in dump(definition)


def test_the_encoder_writes_present_values_only() -> None:
    encoder = FactEncoder((("land", "f0", "landcode"), ("leeftijd", "f1", "geheel getal"),
                           ("ok", "f2", "ja/nee"), ("gronden", "f3", "lijst"), ("uren", "f4", "getal")))
    body = encoder.encode({"land": "AR", "leeftijd": None, "ok": False, "gronden": [], "uren": 0.5}, 738000)
    assert json.loads('{"d":' + body) == {"d": 738000, "f0": "AR", "f2": False, "f4": 0.5}
    body = encoder.encode({"gronden": ["leeftijd"], "uren": 3}, 1)
    assert json.loads('{"d":' + body) == {"d": 1, "f3": 1, "f4": 3}


def test_a_cached_spelling_is_never_lent_to_another_type() -> None:
    encoder = FactEncoder((("ok", "f0", "ja/nee"), ("n", "f1", "geheel getal")))
    encoder.encode({"ok": True, "n": 1}, 1)  # caches True and 1
    with pytest.raises(EngineInputError):
        encoder.encode({"ok": 1}, 1)  # 1 == True in Python: must not hit True's spelling
    with pytest.raises(EngineInputError):
        encoder.encode({"n": True}, 1)


def test_the_validators_number_range_is_what_the_encoder_can_write():
    """Facts pass validation only within what durable reads exactly; the two limits are one."""
    from policy.engine import encode
    from policy.evaluation.validate import MAX_FRACTIONAL, MAX_TEXT, MAX_WHOLE

    assert (encode._MAX_INT, encode._MAX_FLOAT, encode._MAX_STRING) == (MAX_WHOLE, MAX_FRACTIONAL, MAX_TEXT)


def test_ruleset_text_is_dumps_spelling_or_dump_where_numbers_are_exotic() -> None:
    import json
    import random

    from policy.engine.encode import dump
    from policy.engine.translate import translate_table
    from tests.unit.engine.generated import random_table
    from tests.unit.engine.tables import compiled, cond, rule

    table = random_table(random.Random(4), 300)
    odd = compiled({"uren": "getal", "naam": "tekst"},
                   [rule(0, cond("uren", "gt", 1e-7)), rule(1, cond("uren", "lt", 2.5e14)),
                    rule(2, cond("naam", "eq", 'zoë "x"\\ \u2028'))])
    for t in (table, odd):
        for chunk in translate_table(t, 0).chunks:
            assert chunk.text == dump(json.loads(chunk.text))
    assert '"$gt":{"f1":0.0000001}' in translate_table(odd, 0).chunks[0].text


def test_values_no_test_can_tell_from_absence_are_left_out() -> None:
    """``false`` where rules only test ``= true``, a country no row names, an age inside every
    band: durable would answer as for no value, so the fact is shorter; types are still held."""
    encoder = FactEncoder((("land", "f0", "landcode"), ("leeftijd", "f1", "geheel getal"),
                           ("ok", "f2", "ja/nee"), ("plaats", "f3", "keuzelijst")))
    encoder.set_tests({
        "land": [{"field": "land", "op": "in", "values": ["AR", "HK"]}],
        "leeftijd": [{"field": "leeftijd", "op": "lt", "value": 18}, {"field": "leeftijd", "op": "gt", "value": 30}],
        "ok": [{"field": "ok", "op": "eq", "value": True}],
        "plaats": [{"field": "plaats", "op": "ne", "value": "loket"}],
    })
    body = encoder.encode({"land": "NL", "leeftijd": 24, "ok": False, "plaats": "anders"}, 738000)
    assert json.loads('{"d":' + body) == {"d": 738000, "f3": "anders"}  # "ne" holds on it, not on absence
    body = encoder.encode({"land": "AR", "leeftijd": 17, "ok": True, "plaats": "loket"}, 738000)
    assert json.loads('{"d":' + body) == {"d": 738000, "f0": "AR", "f1": 17, "f2": True}
    for wrong in ({"leeftijd": 24.0}, {"ok": 0}, {"land": 5}, {"leeftijd": True}):
        with pytest.raises(EngineInputError):
            encoder.encode(wrong, 738000)
    body, values = encoder.encode_values({"land": "NL", "leeftijd": "24", "ok": 1}, 738000, frozenset({"land"}))
    assert json.loads('{"d":' + body) == {"d": 738000}
    assert values[0] == "NL" and values[1] is encode.MISSING and values[2] is encode.MISSING


def test_presence_fields_are_never_left_out() -> None:
    encoder = FactEncoder((("nummer", "f0", "tekst", True),))
    encoder.set_tests({"nummer": [{"field": "nummer", "op": "empty"}]})
    assert json.loads('{"d":' + encoder.encode({"nummer": "PR-1"}, 1)) == {"d": 1, "f0": 1}
    assert json.loads('{"d":' + encoder.encode({"nummer": None}, 1)) == {"d": 1}
    with pytest.raises(EngineInputError):
        encoder.encode({"nummer": "x" * 10_001}, 1)


def test_a_field_with_many_tests_keeps_every_value() -> None:
    """Checking a new value against hundreds of bands would cost more than it saves."""
    encoder = FactEncoder((("x", "f0", "geheel getal"),))
    encoder.set_tests({"x": [{"field": "x", "op": "eq", "value": n} for n in range(encode.NEUTRAL_TESTS + 1)]})
    assert json.loads('{"d":' + encoder.encode({"x": 1000}, 1)) == {"d": 1, "f0": 1000}


def test_values_left_out_are_absent_by_name_as_the_chunk_index_must_see_them() -> None:
    """The shared path selects chunks on ``by_name(values)``: a value left out of the fact is
    absent there (the range index cannot compare the ``MISSING`` marker with a bound)."""
    from policy.engine.index import ChunkIndex

    encoder = FactEncoder((("land", "f0", "landcode"), ("leeftijd", "f1", "geheel getal")))
    encoder.set_tests({"leeftijd": [{"field": "leeftijd", "op": "lt", "value": 18},
                                    {"field": "leeftijd", "op": "gt", "value": 30}]})
    body, values = encoder.encode_values({"land": "NL", "leeftijd": "24"}, 738000, frozenset({"land"}))
    assert values[1] is encode.MISSING and '"f1"' not in body  # as in the test above
    assert encoder.by_name(values) == {"land": "NL"}
    index = ChunkIndex([(n, {}, None, None, (), (("leeftijd", 10.0 * n, 10.0 * n + 9),)) for n in range(8)])
    assert index.select(encoder.by_name(values), 738000) == index.select({}, 738000) == []


def test_a_list_field_keeps_the_other_fields_on_the_cached_path() -> None:
    """A ``lijst`` value is unhashable: it is spelled inline (by whether it is empty), so the
    encoder's other fields still take their cached spellings; every list is still checked."""
    encoder = FactEncoder((("land", "f0", "landcode"), ("gronden", "f1", "lijst"), ("uren", "f2", "getal")))
    for _ in range(3):  # the second call on a type signature takes the cached path
        assert encoder.encode({"land": "AR", "gronden": ["a", "b"], "uren": 1.5}, 7) == '7,"f0":"AR","f1":1,"f2":1.5}'
        assert encoder.encode({"land": "AR", "gronden": [], "uren": 1.5}, 7) == '7,"f0":"AR","f2":1.5}'
        assert encoder.encode({"land": "AR", "gronden": None, "uren": 2.0}, 7) == '7,"f0":"AR","f2":2.0}'
    assert any(list in signature for signature in encoder._exact)
    for bad in (["a", 1], [None], ("a",)):
        with pytest.raises(EngineInputError):
            encoder.encode({"land": "AR", "gronden": bad, "uren": 1.5}, 7)
    # facts that keep lacking a field: the encoder reads them with ``get`` from then on, alike
    for _ in range(100):
        assert encoder.encode({"uren": 1.5}, 7) == '7,"f2":1.5}'
    assert encoder.encode({"land": "AR", "gronden": ["x"], "uren": 1.5}, 7) == '7,"f0":"AR","f1":1,"f2":1.5}'
