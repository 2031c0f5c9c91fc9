"""Joint enumeration of unknown facts (policy.evaluation.joint): exact where table by table is not.

The property test holds it to brute force: every value of every unknown fact's whole domain,
decided with that fact given."""

from __future__ import annotations

from itertools import product

import pandas as pd
from hypothesis import given, settings, strategies as st

from policy.compiler import compile_table
from policy.evaluation import decide
from policy.evaluation.batch.unknown_rows import evaluate_cases
from policy.model import InputField, OutputField, Test
from tests.bundled import bundled

from .model_builder import rule, sub, table
from .test_unknown import MATCHERS, VAN

ARBEID_2019_B5_2_1_5 = {"aanvraagdatum": "2019-03-01", "soort_aanvraag": "verlening", "route": "b5_2_1_5"}


def test_arbeid_2016_b5_2_1_5_is_beoordeling_vereist_whatever_vrij_op_arbeidsmarkt_is():
    """Table by table, aantekening_grond is unknown, so neither AL-V03 nor AL-V04 is known to hold;
    jointly one of them holds for ja and the other for nee, and both say beoordeling_vereist."""
    c = bundled("arbeid/arbeid_in_loondienst").compiled
    found = [decide(c, ARBEID_2019_B5_2_1_5, matcher=m) for m in MATCHERS]
    assert found[0].to_dict() == found[1].to_dict()
    d = found[0]
    assert (d.status, d.outputs["uitkomst"], d.missing_facts) == (
        "beoordeling_vereist", "beoordeling_vereist", ("vrij_op_arbeidsmarkt",))
    assert set(d.unknown_outputs) == {"gronden", "arbeidsmarktaantekening", "aantekening_vv"}
    # only the rows that decided whether vrij is ja or nee (not AL-A04/AL-A08, AL-V03/AL-V04)
    assert [m.regel_id for m in d.matched_rows] == ["AL-B01", "AL-G10"]
    assert not any("vrij is op de arbeidsmarkt" in s for s in d.motivering)
    for vrij in (True, False):
        given_ = decide(c, {**ARBEID_2019_B5_2_1_5, "vrij_op_arbeidsmarkt": vrij})
        assert given_.outputs["uitkomst"] == "beoordeling_vereist"
        assert {"AL-B01", "AL-G10"} <= {m.regel_id for m in given_.matched_rows}
    trace = decide(c, ARBEID_2019_B5_2_1_5, explain=True).trace
    (joint,) = [t for t in trace if t["step"] == "joint"]
    assert (joint["facts"], joint["combinations"], joint["settled"]) == (["vrij_op_arbeidsmarkt"], 2, ["uitkomst"])


def test_the_batch_path_gives_the_joint_answer():
    c = bundled("arbeid/arbeid_in_loondienst").compiled
    frame = pd.DataFrame([{**ARBEID_2019_B5_2_1_5, "vrij_op_arbeidsmarkt": None},
                          {**ARBEID_2019_B5_2_1_5, "vrij_op_arbeidsmarkt": True}])
    out = evaluate_cases(c, frame)
    for i in range(2):
        facts = {k: v for k, v in frame.iloc[i].to_dict().items() if v is not None}
        d = decide(c, facts)
        assert out["status"].iat[i] == d.status
        assert tuple(out["ontbrekende_feiten"].iat[i]) == d.missing_facts
        assert out["uitkomst"].iat[i] == d.outputs["uitkomst"]
    assert out["status"].iat[0] == "beoordeling_vereist"


# --- the property: joint enumeration equals brute force over each unknown fact's whole domain ---

FACTS = {  # name -> (input, whole domain)
    "a": (InputField("a", "ja/nee", required=False), (True, False)),
    "b": (InputField("b", "ja/nee", required=False), (True, False)),
    "k": (InputField("k", "keuzelijst", allowed=("x", "y", "z"), required=False), ("x", "y", "z")),
    "n": (InputField("n", "geheel getal", minimum=0, maximum=8, required=False), tuple(range(9))),
}
INPUTS = [InputField("datum", "datum")] + [f for f, _ in FACTS.values()]
TUSSEN = OutputField("tussen", "keuzelijst", allowed=("p", "q", "r"), intermediate=True)
BESLUIT = OutputField("besluit", "keuzelijst", allowed=("afwijzen", "inwilligen", "nader"), default="nader")
DUUR = OutputField("duur", "geheel getal")


def _test(draw, name):
    if name == "tussen":
        return draw(st.sampled_from([Test("eq", "p"), Test("eq", "q"), Test("empty"), Test("present")]))
    if name in ("a", "b"):
        return Test("eq", draw(st.booleans()))
    if name == "k":
        return draw(st.sampled_from([Test("eq", "x"), Test("ne", "y"), Test("in", values=("x", "z"))]))
    v = draw(st.integers(0, 8))
    return draw(st.sampled_from([Test("lt", v), Test("ge", v), Test("eq", v),
                                 Test("between", low=min(v, 4), high=max(v, 4), low_inclusive=True,
                                      high_inclusive=False)]))


@st.composite
def tables(draw):
    def rules(prefix, fields, outputs):
        out = []
        for i in range(draw(st.integers(1, 4))):
            chosen = draw(st.lists(st.sampled_from(fields), max_size=2, unique=True))
            outs = {o: draw(st.sampled_from(values)) for o, values in outputs.items()}
            out.append(rule(f"{prefix}{i}", i + 2, {f: _test(draw, f) for f in chosen}, outs, van=VAN))
        return out

    policy1 = draw(st.sampled_from(["FIRST", "PRIORITY", "RULE ORDER"]))
    first = sub("eerste", "FIRST" if policy1 == "RULE ORDER" else policy1, ["a", "k", "n"], ["tussen"],
                rules("T", ["a", "k", "n"], {"tussen": ["p", "q", "r"]}))
    policy2 = draw(st.sampled_from(["FIRST", "PRIORITY", "COLLECT"]))
    if policy2 == "COLLECT":
        aggregation = draw(st.sampled_from(["MAX", "MIN", "SUM", "COUNT"]))
        second = sub("tweede", "COLLECT", ["tussen", "b", "n"], ["duur"],
                     rules("D", ["tussen", "b", "n"], {"duur": [6, 12, 24]}), aggregation=aggregation)
        outputs = [TUSSEN, DUUR]
    else:
        second = sub("tweede", policy2, ["tussen", "b", "n"], ["besluit"],
                     rules("B", ["tussen", "b", "n"], {"besluit": ["afwijzen", "inwilligen", "nader"]}))
        outputs = [TUSSEN, BESLUIT]
    return compile_table(table(INPUTS, outputs, [first, second])), draw(st.sets(st.sampled_from(sorted(FACTS)), min_size=1))


@settings(max_examples=150, deadline=None)
@given(tables(), st.data())
def test_joint_enumeration_equals_brute_force_over_the_whole_domain(case, data):
    c, unknown = case
    unknown = sorted(unknown)
    known = {n: data.draw(st.sampled_from(FACTS[n][1])) for n in FACTS if n not in unknown}
    facts = {"datum": "2024-01-01", **known}
    d = decide(c, facts)
    runs = [decide(c, {**facts, **dict(zip(unknown, combo))})
            for combo in product(*(FACTS[n][1] for n in unknown))]
    for name in d.outputs:
        values = {repr(r.outputs[name]) for r in runs}
        if name in d.unknown_outputs:
            assert len(values) > 1, (name, values)
        else:
            assert values == {repr(d.outputs[name])}, (name, values, d.outputs[name])
    # the missing facts: exactly those whose value alone changes an unknown output
    essential = set()
    combos = list(product(*(FACTS[n][1] for n in unknown)))
    answers = {combo: tuple(repr(r.outputs[o]) for o in d.unknown_outputs) for combo, r in zip(combos, runs)}
    for i, name in enumerate(unknown):
        groups = {}
        for combo, a in answers.items():
            groups.setdefault(combo[:i] + combo[i + 1:], set()).add(a)
        if any(len(g) > 1 for g in groups.values()):
            essential.add(name)
    assert set(d.missing_facts) == essential
    common = set.intersection(*({(m.table, m.regel_id, m.row) for m in r.matched_rows} for r in runs))
    assert {(m.table, m.regel_id, m.row) for m in d.matched_rows} <= common
