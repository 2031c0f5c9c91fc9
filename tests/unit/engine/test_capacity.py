"""What the engine cannot hold is a `check` error (te_groot_voor_engine), never a live failure."""

from __future__ import annotations

from policy.catalog import load_table
from policy.checks import capacity
from policy.engine import DurableMatcher, translate
from policy.evaluation import decide
from tests.factories import build_workbook, sample_workbook


def test_the_check_uses_the_adapters_numbers() -> None:
    assert (capacity.MAX_FIELDS, capacity.LIST_PART, capacity.MAX_VARIANTS) == (
        translate.MAX_FIELDS, translate.LIST_PART, translate.MAX_VARIANTS)


def _workbook(fields: int, rule_cells: dict[str, str] | None = None) -> bytes:
    book = sample_workbook()
    book["metadata"]["beslissingsregel"] = "FIRST"
    book["inputs"] = [{"naam": "aanvraagdatum", "type": "datum"}] + [
        {"naam": f"v{i}", "type": "ja/nee"} for i in range(fields)]
    book["inputs"] += [{"naam": "nummer", "type": "geheel getal", "verplicht": "nee"},
                       {"naam": "code", "type": "geheel getal", "verplicht": "nee"}]
    book["derived"] = None
    book["outputs"] = [{"naam": "besluit", "type": "keuzelijst", "toegestane_waarden": "ja, nee", "standaard": "nee"}]
    row = {"regel_id": "R1", **{f"v{i}": "ja" for i in range(fields)}, **(rule_cells or {}),
           "besluit": "ja", "bron": "Vc B1"}
    book["rules"] = [row, {"regel_id": "R2", "besluit": "nee", "bron": "Vc B2"}]
    book["examples"] = None
    return build_workbook(**book)


def test_a_table_testing_more_fields_than_a_fact_holds_is_refused() -> None:
    loaded, diagnostics = load_table(_workbook(151), table_id="test/breed")
    assert loaded is None
    found = [d for d in diagnostics if d.code == "te_groot_voor_engine"]
    assert len(found) == 1 and found[0].is_error and "151 velden" in found[0].message
    assert (found[0].location.blad, found[0].location.cel) == ("Metadata", "B4")  # the table's beslissingsregel


def test_the_widest_table_that_passes_holds() -> None:
    loaded, diagnostics = load_table(_workbook(148, {"nummer": "1, 2", "code": ">= 0"}), table_id="test/breed")
    assert loaded is not None, [d for d in diagnostics if d.is_error]
    facts = {"aanvraagdatum": "2024-01-01", **{f"v{i}": True for i in range(148)}, "nummer": 2, "code": 5}
    assert decide(loaded.compiled, facts, matcher=DurableMatcher()).outputs["besluit"] == "ja"
    facts["v100"] = False
    assert decide(loaded.compiled, facts, matcher=DurableMatcher()).outputs["besluit"] == "nee"


def test_lists_too_long_for_the_engine_are_refused_at_their_cell() -> None:
    many = ", ".join(str(n) for n in range(1_801))  # 9 parts each: 81 durable rules
    loaded, diagnostics = load_table(_workbook(1, {"nummer": many, "code": many}), table_id="test/lijst")
    assert loaded is None
    found = [d for d in diagnostics if d.code == "te_groot_voor_engine"]
    assert len(found) == 1 and found[0].location.cel is not None and found[0].location.cel.endswith("2")
    fine = ", ".join(str(n) for n in range(1_000))  # 5 durable rules
    loaded, diagnostics = load_table(_workbook(1, {"nummer": fine, "code": fine}), table_id="test/lijst")
    assert loaded is not None, [d for d in diagnostics if d.is_error]
    facts = {"aanvraagdatum": "2024-01-01", "v0": True, "nummer": 999, "code": 0}
    assert decide(loaded.compiled, facts, matcher=DurableMatcher()).outputs["besluit"] == "ja"
    facts["code"] = 1_000
    assert decide(loaded.compiled, facts, matcher=DurableMatcher()).outputs["besluit"] == "nee"
