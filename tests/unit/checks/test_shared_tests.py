"""The checks remember atom masks per Test object (FieldSpace.mask): the reader shares one Test
between the rows whose cells read the same, so each table is checked here twice, once as read
(shared tests) and once with every test a distinct equal copy, and must give the same diagnostics."""

from dataclasses import replace

from policy.checks import run_checks
from policy.model import Table, Test
from policy.workbook import read_workbook
from tests.factories import build_workbook
from tests.unit.engine.wide import wide_workbook


def unshared(table: Table) -> Table:
    def copy(t: Test) -> Test:
        return Test(t.op, t.value, t.values, t.low, t.high, t.low_inclusive, t.high_inclusive)

    subtables = tuple(
        replace(sub, rules=tuple(
            replace(rule, conditions=tuple(replace(c, test=copy(c.test)) for c in rule.conditions))
            for rule in sub.rules))
        for sub in table.subtables)
    return replace(table, subtables=subtables)


def test_shared_and_distinct_tests_give_the_same_diagnostics():
    found = set()
    for policy, layout, rows, seed in (("FIRST", "grid", 600, 1), ("FIRST", "random", 300, 9),
                                       ("UNIQUE", "random", 300, 9), ("ANY", "random", 300, 5),
                                       ("COLLECT", "grid", 300, 4)):
        workbook = build_workbook(**wide_workbook(rows, 5, policy, layout=layout, seed=seed, fill=0.6))
        table, diagnostics = read_workbook(workbook, table_id="schaal")
        assert table is not None, diagnostics
        tests = [c.test for sub in table.subtables for r in sub.rules for c in r.conditions]
        assert len({id(t) for t in tests}) < len(tests)  # the reader does share them
        shared = run_checks(table, seconds=None)
        assert shared == run_checks(unshared(table), seconds=None), (policy, layout)
        found |= {d.code for d in shared}
    assert {"regel_onbereikbaar", "regels_overlappen"} <= found  # the coverage analyses had work to do
