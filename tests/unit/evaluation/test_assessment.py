"""``beoordeling_vereist``: a status of its own, naming the ground, rows and facts."""

from __future__ import annotations

from datetime import date

import pytest

from policy.compiler import compile_table
from policy.engine import DurableMatcher
from policy.evaluation import decide
from policy.model import InputField, OutputField, Test
from policy.reference import ReferenceMatcher

from .model_builder import rule, sub, table

INPUTS = [
    InputField("datum", "datum"),
    InputField("bijzondere_omstandigheden", "ja/nee"),
    InputField("duur", "geheel getal"),
]
OUTPUTS = [
    OutputField("besluit", "keuzelijst", allowed=("inwilligen", "afwijzen", "beoordeling_vereist")),
    OutputField("grond", "keuzelijst", allowed=("duur", "bijzondere_omstandigheden")),
]
BESLUIT = sub("besluit", "FIRST", ["bijzondere_omstandigheden", "duur"], ["besluit", "grond"], [
    rule("B1", 2, {"bijzondere_omstandigheden": Test("eq", True)},
         {"besluit": "beoordeling_vereist", "grond": "bijzondere_omstandigheden"}, van=date(2020, 1, 1)),
    rule("B2", 3, {"duur": Test("gt", 12)}, {"besluit": "afwijzen", "grond": "duur"}, van=date(2020, 1, 1)),
    rule("B3", 4, {}, {"besluit": "inwilligen"}, van=date(2020, 1, 1)),
])


@pytest.fixture(scope="module")
def compiled():
    return compile_table(table(INPUTS, OUTPUTS, [BESLUIT], table_id="test/beoordeling"))


@pytest.mark.parametrize("matcher", [ReferenceMatcher(), DurableMatcher()], ids=["reference", "durable"])
def test_an_output_beoordeling_vereist_is_the_status_with_its_ground_rows_and_facts(compiled, matcher):
    d = decide(compiled, {"datum": "2024-01-01", "bijzondere_omstandigheden": True, "duur": 20}, matcher=matcher)
    assert d.status == "beoordeling_vereist"
    body = d.to_dict()
    assert body["status"] == "beoordeling_vereist"
    assert body["beoordeling"]["grond"] == "bijzondere_omstandigheden"
    assert [r["regel_id"] for r in body["beoordeling"]["regels"]] == ["B1"]
    assert body["beoordeling"]["feiten"] == {"bijzondere_omstandigheden": True}
    assert body["beoordeling"]["uitvoer"] == ["besluit"]
    assert "ontbrekende_feiten" not in body


@pytest.mark.parametrize(("facts", "besluit"), [
    ({"bijzondere_omstandigheden": False, "duur": 20}, "afwijzen"),
    ({"bijzondere_omstandigheden": False, "duur": 12}, "inwilligen"),
])
def test_every_other_decision_is_beslist(compiled, facts, besluit):
    d = decide(compiled, {"datum": "2024-01-01", **facts})
    assert (d.status, d.outputs["besluit"], d.assessment) == ("beslist", besluit, None)
    assert d.to_dict()["status"] == "beslist"
