"""Every bundled workbook checks clean, and each of its worked examples is a test (both matchers)."""

import pytest

from policy.catalog import make_matcher
from policy.evaluation.examples import run_examples
from tests.bundled import bundled, bundled_ids

_MATCHERS = {}


def matcher_named(name):
    if name not in _MATCHERS:
        _MATCHERS[name] = make_matcher(name)
    return _MATCHERS[name]


@pytest.mark.parametrize("table_id", bundled_ids())
def test_bundled_workbook_has_no_errors(table_id):
    loaded = bundled(table_id)
    assert not any(d.is_error for d in loaded.diagnostics)
    assert loaded.compiled.data["examples"], "every bundled workbook carries worked examples"


def _example_items():
    for table_id in bundled_ids():
        for ex in bundled(table_id).compiled.data["examples"]:
            yield pytest.param(table_id, ex["name"], id=f"{table_id}:{ex['name']}")


@pytest.mark.parametrize("matcher", ["durable", "reference"])
@pytest.mark.parametrize(("table_id", "example"), list(_example_items()))
def test_worked_example(table_id, example, matcher):
    results = [r for r in run_examples(bundled(table_id).compiled, matcher_named(matcher)) if r.name == example]
    assert results and all(r.passed for r in results), "; ".join(r.describe() for r in results)
