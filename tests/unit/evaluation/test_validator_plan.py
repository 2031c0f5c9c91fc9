"""The prepared ``FactValidator`` says exactly what ``validate_facts`` says, on any facts.

``FactValidator`` answers the common case with one specialised check per field and hands
anything it does not accept to ``validate_facts``; the two must agree on every normalised value
(and its type) and on every error (field, message, order).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policy.errors import FactsInvalidError
from policy.evaluation.validate import MAX_WHOLE, FactValidator, validate_facts
from tests.bundled import bundled, bundled_ids


class _Text(str):
    """A str subclass: the fast path leaves it to the careful one."""


def _spec(name: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "type": kind, "required": False, "context": False, "default": None,
            "allowed": None, "minimum": None, "maximum": None, **extra}


SPECS = [
    _spec("lijst_vrij", "lijst"),
    _spec("lijst_keuze", "lijst", allowed=["a", "b", "c"]),
    _spec("lijst_verplicht", "lijst", required=True),
    _spec("tekst", "tekst"),
    _spec("keuze", "keuzelijst", allowed=["a", "b"]),
    _spec("getal", "getal", minimum=0, maximum=100),
    _spec("geheel", "geheel getal", default=3),
    _spec("datum", "datum", minimum=date(2000, 1, 1).toordinal()),
    _spec("ja_nee", "ja/nee"),
]

texts = st.one_of(st.sampled_from(["a", "b", "c", "d", "", " "]), st.text(max_size=4),
                  st.builds(_Text, st.sampled_from(["a", "b"])))
values = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2 * MAX_WHOLE, max_value=2 * MAX_WHOLE),
    st.floats(allow_nan=True, allow_infinity=True), texts,
    st.sampled_from(["2024-02-29", "2023-02-29", "1999-12-31", "20240101"]), st.dates(),
    st.lists(texts, max_size=4), st.lists(st.one_of(texts, st.none(), st.integers()), max_size=3),
    st.tuples(texts), st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
)


def _outcome(fn: Any, facts: Any) -> Any:
    try:
        out = fn(facts)
    except FactsInvalidError as exc:
        return "error", [(k, list(v)) for k, v in exc.errors.items()]
    return "ok", [(k, type(v).__name__, v) for k, v in out.items()]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from([s["name"] for s in SPECS] + ["onbekend"]), values, max_size=6))
def test_the_prepared_validator_agrees_with_validate_facts(facts: dict[str, Any]) -> None:
    prepared = FactValidator(SPECS)
    assert _outcome(prepared, facts) == _outcome(lambda f: validate_facts(SPECS, f), facts)


def test_a_list_of_allowed_texts_is_copied_on_the_fast_path() -> None:
    prepared = FactValidator(SPECS)
    given_list = ["a", "c"]
    out = prepared({"lijst_keuze": given_list, "lijst_verplicht": []})
    assert out["lijst_keuze"] == ["a", "c"] and out["lijst_keuze"] is not given_list
    assert out["lijst_verplicht"] == []


def test_every_bundled_table_agrees_on_its_example_facts_and_lists() -> None:
    for table_id in bundled_ids():
        inputs = bundled(table_id).compiled.data["inputs"]
        prepared = FactValidator(inputs)
        for spec in inputs:
            if spec["type"] != "lijst":
                continue
            allowed = spec.get("allowed") or ["x"]
            for value in ([], [allowed[0]], list(allowed), [allowed[0], "niet-toegestaan"], [1], "tekst"):
                facts = {spec["name"]: value}
                assert _outcome(prepared, facts) == _outcome(lambda f: validate_facts(inputs, f), facts)
