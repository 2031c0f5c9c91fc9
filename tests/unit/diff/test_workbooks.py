"""diff_workbooks: pairs of factory workbooks and the exact differences between them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from policy.diff import CellChange, RowChange, SheetDiff, diff_workbooks, read_for_diff
from policy.errors import WorkbookInvalidError
from tests.bundled import TABLES_DIR
from tests.factories import build_workbook, sample_workbook

# The sample's Regels sheet: A regel_id, B nationaliteit, C leeftijd, D retourticket, E besluit,
# F gronden, G bron, H geldig_van, I geldig_tot, J toelichting; WH-01 … WH-04 on rows 2 … 5.


def pair(change) -> tuple[bytes, bytes]:
    """The sample workbook, and the sample after ``change(spec)``."""
    spec = sample_workbook()
    old = build_workbook(**spec)
    change(spec)
    return old, build_workbook(**spec)


def only(diff, kind: str) -> SheetDiff:
    assert [s.kind for s in diff.sheets] == [kind], diff.to_dict()
    return diff.sheets[0]


def test_identical_workbooks_have_an_empty_diff():
    old, new = pair(lambda spec: None)  # two builds of the same sheets
    diff = diff_workbooks(old, new)
    assert diff.identical
    assert diff.sheets == ()
    assert diff.to_dict()["summary"] == {"identical": True, "sheets": {},
                                         "rules": {"added": [], "changed": [], "removed": [], "moved": []}}


def test_a_workbook_against_its_own_file_is_identical():
    path = TABLES_DIR / "uitwisseling" / "working_holiday.xlsx"
    diff = diff_workbooks(path, path)
    assert diff.identical and diff.old_version == diff.new_version


def test_rewriting_a_cell_without_changing_its_meaning_is_no_change():
    def rewrite(spec):
        spec["rules"][2]["nationaliteit"] = "TW,AR, HK"  # same set, other order and spacing
        spec["rules"][0]["leeftijd"] = "niet [18 .. 30]"
        spec["metadata"]["beslissingsregel"] = "EERSTE"  # the Dutch name of FIRST
        spec["inputs"][3]["verplicht"] = "Nee"
    assert diff_workbooks(*pair(rewrite)).identical


def test_reordered_rules_are_moved_not_changed():
    def swap(spec):
        spec["rules"][1], spec["rules"][2] = spec["rules"][2], spec["rules"][1]
    diff = diff_workbooks(*pair(swap))
    sheet = only(diff, "regels")
    assert sheet.changed == () and sheet.added == () and sheet.removed == ()
    # WH-03 moving up past WH-02 is one move: the rows around them keep their order
    assert sheet.moved == (RowChange((("regel_id", "WH-02"),), "WH-02", 3, 4),)
    assert diff.rule_ids("moved") == {("hoofd", "WH-02")}
    assert diff.rule_ids("changed") == frozenset()


def test_a_row_inserted_above_others_moves_nothing():
    def insert(spec):
        spec["rules"].insert(0, {"regel_id": "WH-00", "nationaliteit": "KR", "leeftijd": "-", "retourticket": "-",
                                 "besluit": "afwijzen", "gronden": "nationaliteit", "bron": "Vc B2/2.0"})
    sheet = only(diff_workbooks(*pair(insert)), "regels")
    assert sheet.moved == () and sheet.changed == ()
    assert [r.label for r in sheet.added] == ["WH-00"]
    assert sheet.added[0].new_row == 2


def test_reordered_declarations_and_examples_are_not_reported():
    def reorder(spec):
        spec["inputs"].reverse()
    assert diff_workbooks(*pair(reorder)).identical


def test_a_changed_range_cell_names_column_texts_and_cells():
    def widen(spec):
        spec["rules"][0]["leeftijd"] = "niet [18..31]"
    diff = diff_workbooks(*pair(widen))
    sheet = only(diff, "regels")
    assert sheet.table == "hoofd" and sheet.old_sheet == sheet.new_sheet == "Regels"
    assert sheet.changed == (
        RowChange((("regel_id", "WH-01"),), "WH-01", 2, 2,
                  (CellChange("leeftijd", "niet [18..30]", "niet [18..31]", "C2", "C2"),)),
    )
    assert diff.rule_ids("changed") == {("hoofd", "WH-01")}
    assert diff.to_dict()["summary"]["sheets"] == {"Regels": {"added": 0, "removed": 0, "changed": 1, "moved": 0}}


def test_cell_addresses_follow_the_row_in_each_workbook():
    def move_and_change(spec):
        rule = spec["rules"].pop(3)
        rule["besluit"] = "inwilligen"
        rule["gronden"] = None
        spec["rules"].insert(0, rule)
    sheet = only(diff_workbooks(*pair(move_and_change)), "regels")
    assert sheet.changed == (
        RowChange((("regel_id", "WH-04"),), "WH-04", 5, 2, (
            CellChange("besluit", "afwijzen", "inwilligen", "E5", "E2"),
            CellChange("gronden", "nationaliteit", "", "F5", "F2"),
        )),
    )
    assert sheet.moved == ()  # a changed row is listed once, as changed


def test_an_added_dated_version_of_a_rule_is_keyed_by_regel_id_and_geldig_van():
    def new_version(spec):
        spec["rules"][2]["geldig_tot"] = date(2024, 12, 31)
        spec["rules"].append({"regel_id": "WH-03", "nationaliteit": "AR, HK", "leeftijd": "-", "retourticket": "-",
                              "besluit": "inwilligen", "bron": "Vc B2/2.3 (2025)", "geldig_van": date(2025, 1, 1)})
    diff = diff_workbooks(*pair(new_version))
    sheet = only(diff, "regels")
    assert sheet.changed == (
        RowChange((("regel_id", "WH-03"), ("geldig_van", "2020-01-01")), "WH-03 (geldig van 2020-01-01)", 4, 4,
                  (CellChange("geldig_tot", "", "2024-12-31", "I4", "I4"),)),
    )
    assert sheet.added == (
        RowChange((("regel_id", "WH-03"), ("geldig_van", "2025-01-01")), "WH-03 (geldig van 2025-01-01)", None, 6, (
            CellChange("regel_id", None, "WH-03", None, "A6"),
            CellChange("nationaliteit", None, "AR, HK", None, "B6"),
            CellChange("leeftijd", None, "-", None, "C6"),
            CellChange("retourticket", None, "-", None, "D6"),
            CellChange("besluit", None, "inwilligen", None, "E6"),
            CellChange("bron", None, "Vc B2/2.3 (2025)", None, "G6"),
            CellChange("geldig_van", None, "2025-01-01", None, "H6"),
        )),
    )
    assert diff.rule_ids("added") == diff.rule_ids("changed") == {("hoofd", "WH-03")}


def test_an_edited_geldig_van_of_a_single_rule_is_a_change():
    def later(spec):
        spec["rules"][1]["geldig_van"] = date(2021, 1, 1)
    sheet = only(diff_workbooks(*pair(later)), "regels")
    assert sheet.changed == (
        RowChange((("regel_id", "WH-02"),), "WH-02", 3, 3,
                  (CellChange("geldig_van", "2020-01-01", "2021-01-01", "H3", "H3"),)),
    )


def test_removed_rule_lists_its_cells_from_the_old_workbook():
    def drop(spec):
        del spec["rules"][1]
    diff = diff_workbooks(*pair(drop))
    sheet = only(diff, "regels")
    assert [(r.label, r.old_row, r.new_row) for r in sheet.removed] == [("WH-02", 3, None)]
    assert sheet.removed[0].cells[0] == CellChange("regel_id", "WH-02", None, "A3", None)
    assert sheet.moved == ()  # WH-03 and WH-04 moved up a row but kept their order
    assert diff.rule_ids("removed") == {("hoofd", "WH-02")}


QUOTA = [
    {"naam": "quotum", "sleutel": "HK", "waarde": 100, "geldig_van": date(2020, 1, 1), "bron": "Vc B2/2.1.2"},
    {"naam": "quotum", "sleutel": "AR", "waarde": 100, "geldig_van": date(2020, 1, 1), "bron": "Vc B2/2.1.2"},
]


def test_a_parameter_value_change_is_keyed_by_naam_sleutel_and_geldig_van():
    old = build_workbook(**{**sample_workbook(), "parameters": QUOTA})
    new = build_workbook(**{**sample_workbook(), "parameters": [dict(QUOTA[0], waarde=150), QUOTA[1]]})
    sheet = only(diff_workbooks(old, new), "parameters")
    assert sheet.changed == (
        RowChange((("naam", "quotum"), ("sleutel", "HK"), ("geldig_van", "2020-01-01")),
                  "quotum HK (geldig van 2020-01-01)", 2, 2, (CellChange("waarde", "100", "150", "C2", "C2"),)),
    )


def test_a_new_dated_parameter_value():
    old = build_workbook(**{**sample_workbook(), "parameters": QUOTA})
    values = [dict(QUOTA[0], geldig_tot=date(2024, 12, 31)), QUOTA[1],
              {"naam": "quotum", "sleutel": "HK", "waarde": 200, "geldig_van": date(2025, 1, 1), "bron": "Vc"}]
    sheet = only(diff_workbooks(old, build_workbook(**{**sample_workbook(), "parameters": values})), "parameters")
    assert [(r.label, r.old_row, r.new_row) for r in sheet.changed] == [("quotum HK (geldig van 2020-01-01)", 2, 2)]
    # the old Parameters sheet had no column geldig_tot: no old cell
    assert sheet.changed[0].cells == (CellChange("geldig_tot", None, "2024-12-31", None, "F2"),)
    assert [(r.label, r.new_row) for r in sheet.added] == [("quotum HK (geldig van 2025-01-01)", 4)]


def test_an_inputs_allowed_values_changed():
    def allowed(values):
        def change(spec):
            spec["inputs"].append({"naam": "indieningsplaats", "type": "keuzelijst",
                                   "toegestane_waarden": values, "verplicht": "nee"})
        return change
    old = build_workbook(**_apply(allowed("loket, consulaat")))
    new = build_workbook(**_apply(allowed("loket, consulaat, ambassade")))
    sheet = only(diff_workbooks(old, new), "invoer")
    # Invoer: A naam, B type, C verplicht, D omschrijving, E standaard, F toegestane_waarden
    assert sheet.changed == (
        RowChange((("naam", "indieningsplaats"),), "indieningsplaats", 6, 6,
                  (CellChange("toegestane_waarden", "loket, consulaat", "loket, consulaat, ambassade", "F6", "F6"),)),
    )


def _apply(change) -> dict:
    spec = sample_workbook()
    change(spec)
    return spec


def test_input_properties_added_and_removed_fields():
    def change(spec):
        spec["inputs"][3]["standaard"] = "ja"  # retourticket, row 5
        spec["inputs"][0]["type"] = "tekst"  # nationaliteit, row 2
        spec["inputs"].append({"naam": "uren", "type": "getal", "minimum": 0})
    sheet = only(diff_workbooks(*pair(change)), "invoer")
    assert [(r.label, [(c.column, c.old, c.new) for c in r.cells]) for r in sheet.changed] == [
        ("nationaliteit", [("type", "landcode", "tekst")]),
        ("retourticket", [("standaard", "nee", "ja")]),
    ]
    assert [(r.label, r.new_row, [(c.column, c.new) for c in r.cells]) for r in sheet.added] == [
        ("uren", 6, [("naam", "uren"), ("type", "getal"), ("minimum", "0")]),
    ]


def test_a_changed_formula_and_output():
    def change(spec):
        spec["derived"][0]["formule"] = "leeftijd(geboortedatum,  aanvraagdatum) + 1"
        spec["outputs"][0]["toegestane_waarden"] = "inwilligen, afwijzen, aanhouden"
    diff = diff_workbooks(*pair(change))
    assert [s.kind for s in diff.sheets] == ["afgeleid", "uitvoer"]
    assert diff.sheets[0].changed[0].cells == (
        CellChange("formule", "leeftijd(geboortedatum, aanvraagdatum)", "leeftijd(geboortedatum,  aanvraagdatum) + 1",
                   "C2", "C2"),)
    assert diff.sheets[1].changed[0].cells[0].column == "toegestane_waarden"


def test_a_formula_rewritten_with_other_spacing_is_no_change():
    def change(spec):
        spec["derived"][0]["formule"] = "leeftijd( geboortedatum ,aanvraagdatum )"
    assert diff_workbooks(*pair(change)).identical


def test_a_hit_policy_changed_on_metadata():
    def change(spec):
        spec["metadata"]["beslissingsregel"] = "UNIEK"
    sheet = only(diff_workbooks(*pair(change)), "metadata")
    assert sheet.changed == (
        RowChange((("eigenschap", "beslissingsregel"),), "beslissingsregel", 4, 4,
                  (CellChange("waarde", "FIRST", "UNIEK", "B4", "B4"),)),
    )


def _tables(policy: str) -> bytes:
    spec = sample_workbook()
    rules = spec.pop("rules")
    spec["metadata"].pop("beslissingsregel")
    spec["tables"] = {"hoofd": {"beslissingsregel": policy, "omschrijving": "De enige tabel", "rules": rules}}
    return build_workbook(**spec)


def test_a_hit_policy_changed_on_tabellen():
    sheet = only(diff_workbooks(_tables("FIRST"), _tables("COLLECT")), "tabellen")
    # Tabellen: A naam, B blad, C beslissingsregel, D omschrijving
    assert sheet.changed == (
        RowChange((("naam", "hoofd"),), "hoofd", 2, 2, (CellChange("beslissingsregel", "FIRST", "COLLECT", "C2", "C2"),)),
    )
    assert diff_workbooks(_tables("FIRST"), _tables("eerste")).identical


def test_metadata_title_and_quota_lines():
    def change(spec):
        spec["metadata"]["titel"] = "Working holiday"
        spec["metadata"]["quotum_parameter"] = "quotum"
    sheet = only(diff_workbooks(*pair(change)), "metadata")
    assert [(r.label, r.cells) for r in sheet.changed] == [
        ("titel", (CellChange("waarde", "Working holiday (test)", "Working holiday", "B2", "B2"),)),
    ]
    assert [(r.label, r.new_row) for r in sheet.added] == [("quotum_parameter", 7)]


def test_examples_are_keyed_by_name():
    def change(spec):
        spec["examples"][0]["besluit"] = "inwilligen"
        spec["examples"].append(dict(spec["examples"][0], voorbeeld="ook te jong"))
    sheet = only(diff_workbooks(*pair(change)), "voorbeelden")
    assert [(r.label, r.cells) for r in sheet.changed] == [
        ("te jong", (CellChange("besluit", "afwijzen", "inwilligen", "G2", "G2"),)),
    ]
    assert [r.label for r in sheet.added] == ["ook te jong"]


def test_a_condition_column_added_with_any_value_changes_no_rule():
    def change(spec):
        spec["inputs"].append({"naam": "eerder_verblijf", "type": "ja/nee", "verplicht": "nee"})
        for rule in spec["rules"]:
            rule_items = list(rule.items())
            rule.clear()
            rule.update(rule_items[:4] + [("eerder_verblijf", "-")] + rule_items[4:])
    diff = diff_workbooks(*pair(change))
    assert [s.kind for s in diff.sheets] == ["invoer", "regels"]
    rules = diff.sheets[1]
    assert rules.columns_added == ("eerder_verblijf",) and rules.columns_removed == ()
    assert rules.changed == rules.added == rules.removed == rules.moved == ()


def test_a_new_table_lists_its_rules_as_added():
    spec = sample_workbook()
    rules = spec.pop("rules")
    spec["metadata"].pop("beslissingsregel")
    spec["tables"] = {"hoofd": {"beslissingsregel": "FIRST", "rules": rules}}
    old = build_workbook(**spec)
    spec["tables"]["extra"] = {"beslissingsregel": "FIRST", "rules": rules[:1]}
    diff = diff_workbooks(old, build_workbook(**spec))
    assert [(s.kind, s.table, s.old_sheet, s.new_sheet) for s in diff.sheets] == [
        ("tabellen", None, "Tabellen", "Tabellen"), ("regels", "extra", None, "Extra")]
    assert diff.rule_ids("added") == {("extra", "WH-01")}


def test_to_dict_is_json_and_names_every_part():
    diff = diff_workbooks(TABLES_DIR / "uitwisseling" / "au_pair.xlsx", TABLES_DIR / "uitwisseling" / "working_holiday.xlsx")
    data = json.loads(json.dumps(diff.to_dict()))
    assert data["old"]["workbook"] == "au_pair.xlsx" and len(data["new"]["version"]) == 64
    assert data["identical"] is False
    kinds = [s["kind"] for s in data["sheets"]]
    assert kinds[:5] == ["metadata", "invoer", "afgeleid", "uitvoer", "tabellen"]
    assert kinds[-2:] == ["parameters", "voorbeelden"]
    assert set(data["sheets"][0]) == {"kind", "sheet", "old_sheet", "new_sheet", "table", "added", "removed",
                                      "changed", "moved", "columns_added", "columns_removed"}
    assert {"table": "besluit", "regel_id": "AP-01"} in data["summary"]["rules"]["removed"]
    assert {"table": "regeling", "regel_id": "WH-R01"} in data["summary"]["rules"]["added"]
    invoer = next(s for s in data["sheets"] if s["kind"] == "invoer")
    assert {r["label"] for r in invoer["removed"]} == {"via_erkend_au_pairbureau", "uren_per_week"}


def test_an_unreadable_workbook_raises_with_its_diagnostics():
    with pytest.raises(WorkbookInvalidError) as caught:
        diff_workbooks(b"not a workbook", build_workbook(**sample_workbook()))
    assert "oud.xlsx" in caught.value.message
    assert [d.code for d in caught.value.diagnostics] == ["onleesbaar_bestand"]


def test_a_workbook_read_once_can_be_compared_many_times():
    read = read_for_diff(build_workbook(**sample_workbook()), name="a.xlsx")
    assert diff_workbooks(read, read).identical
    assert diff_workbooks(read, build_workbook(**sample_workbook())).identical


def test_a_table_replaced_on_the_same_sheet_counts_apart():
    spec = sample_workbook()
    old = build_workbook(**spec)
    rules = spec.pop("rules")
    spec["metadata"].pop("beslissingsregel")
    spec["tables"] = {"besluit": {"blad": "Regels", "beslissingsregel": "FIRST", "rules": rules}}
    diff = diff_workbooks(old, build_workbook(**spec))
    assert [(s.kind, s.table) for s in diff.sheets] == [
        ("metadata", None), ("tabellen", None), ("regels", "besluit"), ("regels", "hoofd")]
    assert [r.label for r in diff.sheets[0].removed] == ["beslissingsregel"]  # now on Tabellen
    assert diff.summary()["sheets"] == {
        "Metadata": {"added": 0, "removed": 1, "changed": 0, "moved": 0},
        "Tabellen": {"added": 1, "removed": 0, "changed": 0, "moved": 0},
        "Regels": {"added": 4, "removed": 0, "changed": 0, "moved": 0},
        "Regels (hoofd)": {"added": 0, "removed": 4, "changed": 0, "moved": 0},
    }
    assert diff.rule_ids("removed") == {("hoofd", f"WH-0{i}") for i in range(1, 5)}


def test_a_changed_motivering_clause_is_a_changed_rule():
    def reword(spec):
        for rule in spec["rules"]:
            rule["motivering"] = "de aanvrager {leeftijd} jaar is" if rule["regel_id"] == "WH-01" else ""
    old = build_workbook(**{**sample_workbook(), "rules": [dict(r, motivering="") for r in sample_workbook()["rules"]]})
    spec = sample_workbook()
    reword(spec)
    diff = diff_workbooks(old, build_workbook(**spec))
    sheet = only(diff, "regels")
    [change] = sheet.changed
    assert dict(change.key) == {"regel_id": "WH-01"}
    assert [(c.column, c.old, c.new) for c in change.cells] == [("motivering", "", "de aanvrager {leeftijd} jaar is")]
