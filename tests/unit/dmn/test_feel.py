"""Formulas as FEEL and back: the FEEL export writes reads back as the same formula tree, the
functions' FEEL bodies parse, and what FEEL cannot hold exactly is refused with a reason."""

from __future__ import annotations

from datetime import date

import pytest

from policy.dmn.feel import LIBRARY, FeelError, feel_literal, from_feel, parse_feel, to_feel
from policy.expr import parse_formula


def _there_and_back(formula):
    tree = parse_formula(formula)
    used: set[str] = set()
    feel = to_feel(tree, lambda name: name, used)
    return tree, feel, from_feel(feel, lambda node: node[1], used)


@pytest.mark.parametrize("formula, feel", [
    ("leeftijd(geboortedatum, aanvraagdatum)", "functie_leeftijd(geboortedatum, aanvraagdatum)"),
    ("aanvraagdatum > datum_plus(roc_advies_datum, jaren=5)", 'aanvraagdatum > roc_advies_datum + duration("P5Y")'),
    ("datum_plus(d, dagen=-1, maanden=n)", 'd + duration("P1M") * (n) - duration("P1D")'),
    ('parameter("quotum", nationaliteit)', "parameter_quotum(nationaliteit)"),
    ("als(is_leeg(quotum), nee, verleend_dit_jaar >= quotum)",
     "(if functie_is_leeg(quotum) then false else verleend_dit_jaar >= quotum)"),
    ("x == 5", "(if x = null then null else x = 5)"),
    ("a != b", "(if a = null or b = null then null else a != b)"),
    ("niet a en b of c", "(not(a) and b) or c"),
    ("pogingen + min(staatsexamen, 2)", "pogingen + min(staatsexamen, 2)"),
    ('datum("2022-10-01") <= aanvraagdatum', 'date("2022-10-01") <= aanvraagdatum'),
    ("jaar(d) - 1.5 * 2", "functie_jaar(d) - (1.5 * 2)"),
    ('bevat(gronden, "leeftijd")', 'functie_bevat(gronden, "leeftijd")'),
    ("-(a + b)", "-(a + b)"),
])
def test_formulas_become_feel_and_read_back_as_the_same_tree(formula, feel):
    tree, written, back = _there_and_back(formula)
    assert written == feel
    assert back == tree


def test_every_library_body_is_feel_this_module_reads():
    for name, (_params, _result, body) in LIBRARY.items():
        assert parse_feel(body), name


@pytest.mark.parametrize("formula", ['samenvoegen(a, b)', "parameter(naam, x)"])
def test_what_has_no_exact_feel_is_refused(formula):
    with pytest.raises(FeelError):
        to_feel(parse_formula(formula), lambda name: name, set())


@pytest.mark.parametrize("feel", ["x = null", "string length(x)", "a instance of number", "x[1]", "for i in x return i"])
def test_feel_beyond_what_export_writes_is_refused_on_import(feel):
    with pytest.raises(FeelError):
        from_feel(feel, lambda node: node[1] if node[0] == "name" else "y", set())


def test_literals():
    assert [feel_literal(v) for v in (None, True, 3, -2.5, 'a "b"', date(2024, 2, 29), ["x", 1])] == [
        "null", "true", "3", "-2.5", '"a \\"b\\""', 'date("2024-02-29")', '["x", 1]']
