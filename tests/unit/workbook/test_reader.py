"""read_workbook on factory-built workbooks: the model it builds and every diagnostic at its cell."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from policy.model import Location, Test
from policy.workbook import read_workbook
from tests.factories import Text, build_workbook, sample_workbook, write_workbook

WB = "proef/tabel.xlsx"


def read(**changes):
    kwargs = sample_workbook()
    kwargs.update(changes)
    return read_workbook(build_workbook(**kwargs), table_id="proef/tabel")


def where(diagnostics):
    return [(d.code, d.location.blad, d.location.cel) for d in diagnostics]


def test_sample_workbook_reads_into_the_model():
    data = build_workbook(**sample_workbook())
    table, diagnostics = read_workbook(data, table_id="proef/tabel")
    assert diagnostics == []
    assert table.table_id == "proef/tabel"
    assert table.version == hashlib.sha256(data).hexdigest()
    assert (table.title, table.owner, table.peildatum_field) == ("Working holiday (test)", "Team Uitwisseling", "aanvraagdatum")
    assert [(f.name, f.type, f.required) for f in table.inputs] == [
        ("nationaliteit", "landcode", True), ("geboortedatum", "datum", True),
        ("aanvraagdatum", "datum", True), ("retourticket", "ja/nee", False),
    ]
    assert table.inputs[3].default is False
    assert table.derived[0].expr == ["call", "leeftijd", [["name", "geboortedatum"], ["name", "aanvraagdatum"]]]
    assert table.outputs[0].allowed == ("inwilligen", "afwijzen")
    (sub,) = table.subtables
    assert (sub.name, sub.sheet, sub.hit_policy, sub.aggregation) == ("hoofd", "Regels", "FIRST", None)
    assert sub.inputs == ("nationaliteit", "leeftijd", "retourticket")
    assert sub.outputs == ("besluit", "gronden")
    first = sub.rules[0]
    assert (first.regel_id, first.row, first.bron, first.geldig_van, first.geldig_tot) == (
        "WH-01", 2, "Vc B2/2.1", date(2020, 1, 1), None)
    assert first.conditions[1].test == Test("not_between", low=18, high=30)
    assert first.conditions[1].location == Location(WB, "Regels", "C2")
    assert [(c.field, c.value) for c in first.outputs] == [("besluit", "afwijzen"), ("gronden", ["leeftijd"])]
    assert sub.rules[2].conditions[0].test == Test("in", values=("AR", "HK", "TW"))
    assert sub.rules[2].outputs[1].value is None  # blank: the output's standaard
    (example,) = table.examples
    assert example.facts == {"nationaliteit": "AR", "geboortedatum": date(2010, 1, 1),
                             "aanvraagdatum": date(2024, 3, 1), "retourticket": True}
    assert example.expected == {"besluit": "afwijzen", "gronden": ["leeftijd"]}
    assert example.peildatum == date(2024, 3, 1)


def test_path_source_names_the_table_after_the_file(tmp_path):
    path = write_workbook(tmp_path / "working_holiday.xlsx", **sample_workbook())
    table, diagnostics = read_workbook(path)
    assert diagnostics == []
    assert table.table_id == "working_holiday"
    assert table.version == hashlib.sha256(path.read_bytes()).hexdigest()
    assert table.subtables[0].rules[0].location == Location("working_holiday.xlsx", "Regels", "A2")


def test_unreadable_path_raises(tmp_path):
    with pytest.raises(OSError):
        read_workbook(tmp_path / "bestaat_niet.xlsx")


def test_several_tables_with_an_intermediate_result():
    kwargs = sample_workbook()
    kwargs["metadata"].pop("beslissingsregel")
    kwargs.pop("rules")
    kwargs.pop("examples")
    kwargs["outputs"].append({"naam": "grond", "type": "keuzelijst", "toegestane_waarden": "leeftijd, retourticket",
                              "tussenresultaat": "ja"})
    kwargs["tables"] = {
        "besluit": {"blad": "Besluit", "beslissingsregel": "EERSTE", "rules": [
            {"regel_id": "B1", "grond": "niet leeg", "besluit": "afwijzen", "gronden": "grond", "bron": "b"},
            {"regel_id": "B2", "grond": "-", "besluit": "inwilligen", "gronden": "leeg", "bron": "b"},
        ]},
        "gronden": {"beslissingsregel": "VERZAMEL", "omschrijving": "alle gronden", "rules": [
            {"regel_id": "G1", "leeftijd": "< 18", "retourticket": "-", "grond": "leeftijd", "bron": "b"},
            {"regel_id": "G2", "retourticket": "nee", "grond": "retourticket", "bron": "b"},
        ]},
    }
    table, diagnostics = read_workbook(build_workbook(**kwargs), table_id="proef/tabel")
    assert diagnostics == []
    besluit, gronden = table.subtables
    assert (besluit.inputs, besluit.outputs) == (("grond",), ("besluit", "gronden"))
    assert (gronden.name, gronden.sheet, gronden.hit_policy, gronden.description) == (
        "gronden", "Gronden", "COLLECT", "alle gronden")
    assert (gronden.inputs, gronden.outputs) == (("leeftijd", "retourticket"), ("grond",))
    assert besluit.rules[0].outputs[1].expr == ["name", "grond"]
    assert besluit.rules[1].outputs[1].value == []


def test_output_cells_literal_or_formula():
    kwargs = sample_workbook()
    kwargs["outputs"].append({"naam": "duur", "type": "geheel getal", "standaard": 6})
    kwargs["outputs"].append({"naam": "melding", "type": "tekst"})
    rules = kwargs["rules"]
    rules[0].update(duur="min(leeftijd, 12)", melding="Te jong of te oud")
    rules[1].update(duur=12, melding='"leeftijd"')
    rules[2].update(duur=None, melding="leeftijd")
    table, diagnostics = read_workbook(build_workbook(**kwargs))
    assert diagnostics == []
    cells = [{c.field: c for c in r.outputs} for r in table.subtables[0].rules]
    assert cells[0]["duur"].expr == ["call", "min", [["name", "leeftijd"], ["lit", 12]]]
    assert cells[0]["melding"].value == "Te jong of te oud"
    assert (cells[1]["duur"].value, cells[1]["melding"].value) == (12, "leeftijd")
    assert cells[2]["duur"].value == 6
    assert cells[2]["melding"].expr == ["name", "leeftijd"]


def test_text_that_starts_with_equals_is_a_condition_not_a_formula():
    rules = sample_workbook()["rules"]
    rules[1]["leeftijd"] = Text("= 18")
    table, diagnostics = read(rules=rules)
    assert diagnostics == []
    assert table.subtables[0].rules[1].conditions[1].test == Test("eq", value=18)


def mutate(part, index, **values):
    def apply(kwargs):
        target = kwargs[part] if index is None else kwargs[part][index]
        for key, value in values.items():
            if value is _DROP:
                target.pop(key)
            else:
                target[key] = value
    return apply


def append(part, **row):
    return lambda kwargs: kwargs[part].append(row)


_DROP = object()


@pytest.mark.parametrize(
    ("change", "code", "blad", "cel", "fragment"),
    [
        (mutate("rules", 0, nationaliteit="Argentinie"), "onbekende_waarde", "Regels", "B2", "(bedoelt u 'AR'?)"),
        (mutate("rules", 1, besluit="afwijzn"), "onbekende_waarde", "Regels", "E3", "(bedoelt u 'afwijzen'?)"),
        (mutate("rules", 1, leeftijd="achttien"), "ongeldige_waarde", "Regels", "C3", "achttien"),
        (mutate("rules", 1, retourticket="< ja"), "ongeldige_voorwaarde", "Regels", "D3", "retourticket"),
        (mutate("rules", 0, leeftijd="niet [30..18]"), "ongeldig_bereik", "Regels", "C2", "ondergrens"),
        (mutate("rules", 2, bron="=A1"), "excel_formule", "Regels", "G4", "zonder '='"),
        (mutate("rules", 0, besluit="min(1,"), "ongeldige_formule", "Regels", "E2", "niet te lezen"),
        (mutate("rules", 3, regel_id=None), "ontbrekende_waarde", "Regels", "A5", "regel_id"),
        (mutate("rules", 1, geldig_van="2024-02-30"), "ongeldige_waarde", "Regels", "H3", "JJJJ-MM-DD"),
        (mutate("rules", 0, nationaliteitt="AR"), "onbekende_kolom", "Regels", "K1", "(bedoelt u 'nationaliteit'?)"),
        (mutate("derived", 0, formule="leeftijd(geboortedatum,"), "ongeldige_formule", "Afgeleid", "C2", "haakjes"),
        (mutate("derived", 0, formule="=leeftijd(geboortedatum, aanvraagdatum)"), "excel_formule", "Afgeleid", "C2",
         "Excel-formule"),
        (mutate("inputs", 1, type="datm"), "onbekend_type", "Invoer", "B3", "(bedoelt u 'datum'?)"),
        (append("inputs", naam="2e nationaliteit", type="landcode"), "ongeldige_naam", "Invoer", "A6", "2e nationaliteit"),
        (mutate("inputs", 3, verplicht="misschien"), "ongeldige_waarde", "Invoer", "C5", "ja of nee"),
        (mutate("inputs", 3, herkomst="dienst"), "onbekende_waarde", "Invoer", "F5", "context"),
        (mutate("inputs", 0, minimum=3), "ongeldige_waarde", "Invoer", "E2", "minimum"),
        (mutate("outputs", 0, toegestane_waarden=None), "ontbrekende_waarde", "Uitvoer", "C2", "keuzelijst"),
        (append("outputs", naam="Leeftijd", type="geheel getal"), "dubbele_naam", "Uitvoer", "A4", "Afgeleid A2"),
        (mutate("metadata", None, versie="1"), "onbekende_eigenschap", "Metadata", "A7", "versie"),
        (mutate("metadata", None, peildatum=_DROP), "ontbrekende_eigenschap", "Metadata", None, "peildatum"),
        (mutate("metadata", None, beslissingsregel="EERST"), "onbekende_beslissingsregel", "Metadata", "B4",
         "(bedoelt u 'EERSTE'?)"),
        (mutate("examples", 0, nationaliteit="Nederland"), "onbekende_waarde", "Voorbeelden", "C2",
         "(bedoelt u 'NL'?)"),
        (mutate("examples", 0, leeftijd=20), "onbekende_kolom", "Voorbeelden", "J1", "afgeleid"),
    ],
)
def test_each_problem_is_reported_once_at_its_cell(change, code, blad, cel, fragment):
    kwargs = sample_workbook()
    change(kwargs)
    table, diagnostics = read_workbook(build_workbook(**kwargs), table_id="proef/tabel")
    assert table is None
    assert where(diagnostics) == [(code, blad, cel)]
    assert fragment in diagnostics[0].message
    assert diagnostics[0].location.werkboek == WB


def test_missing_sheet_and_missing_column():
    kwargs = sample_workbook()
    kwargs.pop("outputs")
    for rule in kwargs["rules"]:
        rule.pop("bron")
    table, diagnostics = read_workbook(build_workbook(**kwargs), table_id="proef/tabel")
    assert table is None
    # without Uitvoer, Regels' output columns cannot be told from mistakes: not reported
    assert where(diagnostics) == [("ontbrekend_blad", "Uitvoer", None), ("ontbrekende_kolom", "Regels", "rij 1")]


def test_duplicate_header_and_headerless_column():
    regels = [
        ["regel_id", "leeftijd", "besluit", "besluit", "bron", None],
        ["R1", "< 18", "afwijzen", "afwijzen", "b", "los"],
    ]
    kwargs = sample_workbook()
    kwargs.pop("rules")
    kwargs.pop("examples")
    table, diagnostics = read_workbook(build_workbook(**kwargs, sheets={"Regels": regels}), table_id="proef/tabel")
    assert table is None
    assert where(diagnostics) == [("kolom_zonder_kop", "Regels", "F2"), ("dubbele_kolom", "Regels", "D1")]


def test_unknown_sheet_is_only_a_warning():
    table, diagnostics = read(sheets={"Notities": [["wat", "nog"]]})
    assert table is not None
    assert [(d.code, d.severity, d.location.blad) for d in diagnostics] == [("onbekend_blad", "waarschuwing", "Notities")]


def test_table_listing_problems():
    kwargs = sample_workbook()
    rules = kwargs.pop("rules")
    kwargs["tables"] = {"hoofd": {"blad": "Hoofd", "beslissingsregel": "UNIEK", "rules": rules}}
    table, diagnostics = read_workbook(build_workbook(**kwargs))
    assert table is not None
    assert where(diagnostics) == [("overbodige_eigenschap", "Metadata", "B4")]

    kwargs["metadata"].pop("beslissingsregel")
    kwargs["tables"]["tweede"] = {"blad": "Tweede", "beslissingsregel": "ELK", "rules": rules}
    kwargs["tables"]["hoofd "] = {"blad": "Derde", "beslissingsregel": "EERSTE", "rules": rules}
    table, diagnostics = read_workbook(build_workbook(**kwargs))
    assert table is None
    assert where(diagnostics) == [("onbekende_beslissingsregel", "Tabellen", "C3"),
                                  ("dubbele_naam", "Tabellen", "A4"),
                                  ("onbekend_blad", "Derde", None)]  # its table row was refused


def test_minimum_above_maximum():
    inputs = sample_workbook()["inputs"]
    inputs.append({"naam": "aantal", "type": "geheel getal", "minimum": 10, "maximum": 5, "verplicht": "nee"})
    table, diagnostics = read(inputs=inputs)
    assert where(diagnostics) == [("ongeldig_bereik", "Invoer", "G6")]


def test_missing_table_sheet():
    tables = [["naam", "blad", "beslissingsregel"], ["hoofd", "Regels", "EERSTE"], ["extra", "Extra", "EERSTE"]]
    kwargs = sample_workbook()
    kwargs["metadata"].pop("beslissingsregel")
    table, diagnostics = read_workbook(build_workbook(**kwargs, sheets={"Tabellen": tables}))
    assert table is None
    assert where(diagnostics) == [("ontbrekend_blad", "Tabellen", "B3")]


def test_condition_right_of_an_output_and_an_ambiguous_intermediate():
    kwargs = sample_workbook()
    kwargs["rules"][0] = {"regel_id": "WH-01", "nationaliteit": "-", "besluit": "afwijzen", "leeftijd": "< 18",
                          "bron": "b"}
    table, diagnostics = read_workbook(build_workbook(**kwargs))
    # columns: regel_id nationaliteit besluit leeftijd bron retourticket …
    assert where(diagnostics) == [("kolomvolgorde", "Regels", "D1"), ("kolomvolgorde", "Regels", "F1")]

    kwargs = sample_workbook()
    kwargs["metadata"].pop("beslissingsregel")
    kwargs.pop("rules")
    kwargs["outputs"].append({"naam": "grond", "type": "tekst", "tussenresultaat": "ja"})
    rules = [{"regel_id": "R1", "grond": "-", "besluit": "afwijzen", "bron": "b"}]
    kwargs["tables"] = {"een": {"beslissingsregel": "EERSTE", "rules": rules},
                        "twee": {"beslissingsregel": "EERSTE", "rules": rules}}
    table, diagnostics = read_workbook(build_workbook(**kwargs))
    assert where(diagnostics) == [("dubbelzinnige_kolom", "Een", "B1"), ("dubbelzinnige_kolom", "Twee", "B1")]


def test_several_planted_mistakes_one_diagnostic_each():
    kwargs = sample_workbook()
    kwargs["inputs"][1]["type"] = "datum "  # fine: spaces are ignored
    kwargs["inputs"][3]["standaard"] = "misschien"  # Invoer E5
    kwargs["rules"][0]["nationaliteit"] = "Argentinie"  # Regels B2
    kwargs["rules"][1]["leeftijd"] = "[18..30"  # Regels C3
    kwargs["rules"][2]["gronden"] = "leeftijd, retourtiket"  # Regels F4
    kwargs["rules"][3]["geldig_tot"] = "31-12-2024"  # Regels I5
    kwargs["rules"][3]["besluit"] = "=B2"  # Regels E5
    kwargs["examples"][0]["peildatum"] = "gisteren"  # Voorbeelden B2
    table, diagnostics = read_workbook(build_workbook(**kwargs), table_id="proef/tabel")
    assert table is None
    assert sorted(where(diagnostics)) == sorted([
        ("ongeldige_waarde", "Invoer", "E5"),
        ("onbekende_waarde", "Regels", "B2"),
        ("ongeldige_voorwaarde", "Regels", "C3"),
        ("onbekende_waarde", "Regels", "F4"),
        ("ongeldige_waarde", "Regels", "I5"),
        ("excel_formule", "Regels", "E5"),
        ("ongeldige_waarde", "Voorbeelden", "B2"),
    ])
    assert all(d.is_error and d.message for d in diagnostics)


def test_example_that_expects_an_error_may_hold_an_invalid_value():
    examples = sample_workbook()["examples"]
    examples[0].update(nationaliteit="XX", fout="ongeldige_feiten", besluit=None, gronden=None)
    table, diagnostics = read(examples=examples)
    assert diagnostics == []
    assert table.examples[0].facts["nationaliteit"] == "XX"
    assert table.examples[0].expected == {"fout": "ongeldige_feiten"}


def test_parameters_are_typed_and_dated():
    parameters = [
        {"naam": "quotum", "sleutel": "HK", "waarde": 100, "geldig_van": date(2019, 1, 1), "bron": "Vc"},
        {"naam": "quotum", "sleutel": "KR", "waarde": "2,5", "geldig_van": "2024-01-01", "geldig_tot": None},
        {"naam": "grens", "waarde": "ja"},
    ]
    table, diagnostics = read(parameters=parameters)
    assert diagnostics == []
    assert [(p.name, p.key, p.value, p.geldig_van, p.geldig_tot) for p in table.parameters] == [
        ("quotum", "HK", 100, date(2019, 1, 1), None),
        ("quotum", "KR", 2.5, date(2024, 1, 1), None),
        ("grens", None, True, None, None),
    ]
    parameters[2]["geldig_van"] = "1 januari"
    table, diagnostics = read(parameters=parameters)
    assert where(diagnostics) == [("ongeldige_waarde", "Parameters", "D4")]


def _zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _future_zip_version():
    """A zip whose central directory asks for an extractor version zipfile does not implement."""
    data = bytearray(_zip({"xl/workbook.xml": "<workbook/>"}))
    central = data.index(b"PK\x01\x02")
    data[central + 6:central + 8] = (147).to_bytes(2, "little")
    return bytes(data)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "onleesbaar_bestand"),
        (_future_zip_version(), "onleesbaar_bestand"),
        (b"dit is geen werkboek", "onleesbaar_bestand"),
        (build_workbook(**sample_workbook())[:2000], "onleesbaar_bestand"),
        (_zip({"hallo.txt": "geen excel"}), "onleesbaar_bestand"),
        (_zip({"xl/workbook.xml": "<niet-afgesloten", "[Content_Types].xml": "<x/>"}), "onleesbaar_bestand"),
        (_zip({"xl/worksheets/sheet1.xml": b"0" * (4 * 1024 * 1024)}), "bestand_te_groot"),
        (_zip({f"onderdeel{i}.xml": b"" for i in range(2001)}), "bestand_te_groot"),
    ],
)
def test_damaged_or_hostile_files_are_diagnostics(data, code):
    table, diagnostics = read_workbook(data, table_id="proef/tabel")
    assert table is None
    assert [(d.code, d.location) for d in diagnostics] == [(code, Location(WB))]


def test_unpacked_size_limit():
    data = _zip({f"xl/deel{i}.xml": bytes(range(256)) * 4096 * 10 for i in range(6)})  # 6 x 10 MiB
    table, diagnostics = read_workbook(data)
    assert table is None and [d.code for d in diagnostics] == ["bestand_te_groot"]


def test_too_many_cells_in_a_sheet():
    wb = load_workbook(io.BytesIO(build_workbook(**sample_workbook())))
    notes = wb.create_sheet("Notities")
    for row in range(1, 14):
        notes.cell(row, 16384, "x")  # column XFD: every row is 16,384 cells wide
    buffer = io.BytesIO()
    wb.save(buffer)
    table, diagnostics = read_workbook(buffer.getvalue())
    assert table is None
    assert where(diagnostics) == [("te_veel_cellen", "Notities", None)]


def test_merged_cells_are_refused_at_their_first_cell():
    """Excel keeps a merged value in the first cell only: the rest would read as 'any value'."""
    import io

    import openpyxl

    from policy.catalog import load_table
    from tests.factories import build_workbook, sample_workbook

    wb = openpyxl.load_workbook(io.BytesIO(build_workbook(**sample_workbook())))
    wb["Regels"]["B3"] = "AU"
    wb["Regels"].merge_cells("B2:B3")
    wb["Voorbeelden"].merge_cells("A2:B2")
    buffer = io.BytesIO()
    wb.save(buffer)
    loaded, diagnostics = load_table(buffer.getvalue(), table_id="t/x", workbook_name="x.xlsx")
    assert loaded is None
    merged = [(d.location.blad, d.location.cel) for d in diagnostics if d.code == "samengevoegde_cellen"]
    assert merged == [("Regels", "B2"), ("Voorbeelden", "A2")]
    assert "B2:B3" in next(d.message for d in diagnostics if d.code == "samengevoegde_cellen")
