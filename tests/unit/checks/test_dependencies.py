from policy.checks import run_checks
from policy.checks.dependencies import cycles

from .builder import CLEAN_UNIQUE, COLUMNS, DERIVED, INPUTS, OUTPUTS, at, eq, having, out, row, sub, table


def test_cycles_finds_each_circle_as_a_path():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"d"}, "e": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"], ["d", "d"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_tables_reading_each_others_output_are_a_cycle():
    outputs = [
        out("x", "keuzelijst", allowed=("ja", "nee"), intermediate=True),
        out("y", "keuzelijst", allowed=("ja", "nee"), intermediate=True),
        *OUTPUTS,
    ]
    a = sub("eerste", "UNIQUE", ["y"], ["x"], [row("A1", {}, {"x": "ja"})])
    b = sub("tweede", "UNIQUE", ["x"], ["y"], [row("B1", {}, {"y": "ja"})])
    c = sub("hoofd", "UNIQUE", ["x"], ["besluit"], [row("C1", {"x": eq("ja")}, {"besluit": "inwilligen"})])
    [d] = having(run_checks(table(INPUTS, outputs, [a, b, c], derived=DERIVED)), "cyclus")
    assert d.is_error and d.location == at("Eerste")
    assert "eerste → tweede → eerste" in d.message


def test_derived_input_depending_on_itself():
    derived = {**DERIVED, "a": ("geheel getal", "b + 1"), "b": ("geheel getal", "a * 2"), "c": ("geheel getal", "c")}
    t = table(INPUTS, OUTPUTS, [sub("hoofd", "UNIQUE", [*COLUMNS, "a", "c"], ["besluit"], CLEAN_UNIQUE)], derived=derived)
    diags = having(run_checks(t), "cyclus")
    assert [d.location for d in diags] == [at("Afgeleid", "C3"), at("Afgeleid", "C5")]
    assert "via a → b → a" in diags[0].message
    assert "c gebruikt zichzelf" in diags[1].message


def test_two_tables_writing_one_output_is_an_error():
    from policy.checks import run_checks
    from tests.unit.checks.builder import OUTPUTS, INPUTS, DERIVED, row, sub, table

    name = OUTPUTS[0].name
    first = sub("eerste", "FIRST", [], [name], [row("A1", {}, {name: "afwijzen"})])
    second = sub("tweede", "FIRST", [], [name], [row("B1", {}, {name: "inwilligen"})])
    found = [d for d in run_checks(table(INPUTS, OUTPUTS, [first, second], derived=DERIVED))
             if d.code == "uitvoer_dubbel"]
    assert len(found) == 1 and "'eerste'" in found[0].message and "'tweede'" in found[0].message
