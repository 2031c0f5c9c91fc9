"""The leaner motivering and Decision building say what the code before them said, byte for byte.

Replays ``tests.unit.motivering.corpus`` (every bundled table's examples and generated cases, and
wide generated tables) and compares each decision's sentences and ``to_dict`` with the digests the
code of main 9bcaf24 recorded (``expected_motivering.json``).
"""

from __future__ import annotations

import json

import pytest

from tests.unit.motivering.corpus import EXPECTED, answer, cases, digest, tables, version

_RECORDED = json.loads(EXPECTED.read_text())
_TABLES = dict(tables())


@pytest.mark.parametrize("key", sorted(_RECORDED))
def test_sentences_and_bodies_are_the_recorded_ones(key):
    recorded = _RECORDED[key]
    compiled = _TABLES[key]
    assert version(key, compiled) == recorded["version"], (
        f"{key} changed since expected_motivering.json was recorded")
    given = cases(key, compiled)
    assert digest(given) == recorded["facts"], "the case generator changed: the recorded answers are for other cases"
    wanted = recorded["answers"].split()
    assert len(wanted) == len(given)
    for (facts, peildatum), want in zip(given, wanted):
        sentences, body = answer(compiled, facts, peildatum)
        assert digest(sentences) == want[:8], (facts, sentences)
        assert digest(body) == want[8:], (facts, body)


def test_every_table_is_recorded():
    assert sorted(_RECORDED) == sorted(_TABLES)
