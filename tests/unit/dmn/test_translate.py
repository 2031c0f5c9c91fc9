"""Unary tests into the cell grammar; what the grammar cannot express is a diagnostic, never approximated."""

from __future__ import annotations

import pytest

from policy.dmn import field_name, import_dmn
from policy.dmn.translate import translate_test

_MODEL = """<?xml version="1.0"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" name="m" id="m1" namespace="x">
  <decision id="d1" name="Besluit">
    <decisionTable hitPolicy="FIRST">
      <input id="i1"><inputExpression typeRef="number"><text>Age</text></inputExpression></input>
      <output id="o1" name="Besluit" typeRef="string"><outputValues><text>"ja", "nee"</text></outputValues></output>
      <rule id="r1"><inputEntry><text>{test}</text></inputEntry><outputEntry><text>"ja"</text></outputEntry></rule>
      <rule id="r2"><inputEntry><text>-</text></inputEntry><outputEntry><text>"nee"</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>"""


@pytest.mark.parametrize("feel, cell", [
    ("-", "-"), ("", "-"), (">=18", ">= 18"), ("<18", "< 18"), ("[18..30]", "[18..30]"), ("]18..30[", "]18..30["),
    ('"Medium","Low"', '"Medium", "Low"'), ("true", "ja"), ("false", "nee"), ("not(<18)", "niet(< 18)"),
    ('date("2020-01-01")', "2020-01-01"), ("1, 2, 3", "1, 2, 3"),
    ("null", "leeg"), ("null, []", "leeg"), ("not(null)", "niet leeg"), ("not(null, [])", "niet leeg"),
    ('not(null, "AR", "HK")', 'niet("AR", "HK")'), ("not(null, [10..20))", "niet([10..20))"),
])
def test_simple_unary_tests_translate(feel, cell):
    assert translate_test(feel) == cell


@pytest.mark.parametrize("feel", ["Age + 1 > 3", "< 18, > 65", "matches(x, \"a\")", "? > 3", "not(-)", '"open'])
def test_beyond_simple_unary_tests_is_refused(feel):
    assert translate_test(feel) is None


def test_a_feel_test_the_grammar_cannot_hold_names_the_rule_and_writes_nothing(tmp_path):
    target = tmp_path / "m.xlsx"
    problems, _ = import_dmn(_MODEL.replace("{test}", "Age * 2 &gt; 30").encode(), target)
    assert [(p.code, p.element) for p in problems] == [("dmn_niet_vertaalbaar", "r1")]
    assert "eenvoudige unaire test" in problems[0].message
    assert not target.exists()


def test_hostile_xml_is_refused(tmp_path):
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><definitions>&a;</definitions>'
    with pytest.raises(Exception) as exc:
        import_dmn(bomb, tmp_path / "x.xlsx")
    assert "Entit" in type(exc.value).__name__ or "entit" in str(exc.value).lower()


def test_names_become_field_names():
    assert field_name("Approval Status") == "approval_status"
    assert field_name("Approved/Declined") == "approved_declined"
    assert field_name("1st") == "v_1st"
