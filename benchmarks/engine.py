"""Working Holiday decisions per second, side by side, in one process.

    .venv/bin/python benchmarks/engine.py [--json] [--n N] [--rounds R] [--batch N]

Every path decides the same generated cases of ``uitwisseling/working_holiday`` and must
give the reference's answers (checked first; a path that disagrees is reported, not timed):

* durable    ``decide(compiled, facts, matcher=DurableMatcher())``: the production path
* reference  the same ``decide`` with ``ReferenceMatcher``
* floor      a hand-written Python function of the same rules (no validation, no trace): the bare floor
* fair_floor the same function on the facts as the project's own validator leaves them, with the
             table's Controles check, returning a ``Decision`` with ready-made matched-row records
             (as many as the reference's) and its motivering (the project's sentences, checked word
             for word against decide's): what a hand-written service would cost; the goal is
             durable within 3x of it
* zen        zen-engine on an equivalent JDM graph (derived inputs computed in Python)
* batch      ``policy.evaluation.batch.evaluate_frame`` on ``--batch`` cases at once
             (``floor_over_batch``: the vectorised reference per case against the floor; for
             information, the goal's ratio is ``floor_over_reference``, one case at a time)

It also replays the ``match`` calls that ``decide`` makes, to split a decision's cost into
matching and everything around it: each matcher on the recorded calls, and ``decide`` with a free
matcher (the recorded answers handed back in order), with and without an unknown fact. Figures
and ratios are printed; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policy.catalog import load_table  # noqa: E402
from policy.engine import DurableMatcher  # noqa: E402
from policy.evaluation import decide  # noqa: E402
from policy.reference import ReferenceMatcher  # noqa: E402

WORKBOOK = ROOT / "decision_tables" / "uitwisseling" / "working_holiday.xlsx"
OUTPUTS = ("besluit", "gronden", "geldigheidsduur_maanden")
NATIONALITIES = ["AU", "CA", "NZ", "HK", "KR", "AR", "JP", "TW", "UY", "FR", "US", "BR"]
PLACES = ["ind_loket", "consulaat_generaal_hongkong", "ambassade_buenos_aires", "ntio_taipei", "anders"]

# --------------------------------------------------------------------------- cases


def make_cases(n: int, seed: int = 20261124) -> list[dict[str, Any]]:
    """``n`` valid Working Holiday applications, aimed at the table's boundaries."""
    rng = random.Random(seed)
    cases = []
    for _ in range(n):
        applied = date(2017, 1, 1) + timedelta(days=rng.randrange(3650))
        age = rng.choice([16, 17, 18, 19, 24, 29, 30, 31, 35])
        born = date(applied.year - age, applied.month, min(applied.day, 28)) + timedelta(days=rng.choice([-1, 0, 1, 40]))
        facts: dict[str, Any] = {
            "nationaliteit": rng.choice(NATIONALITIES),
            "geboortedatum": born.isoformat(),
            "aanvraagdatum": applied.isoformat(),
            "indieningsplaats": rng.choice(PLACES),
            "retourticket_of_middelen": rng.random() < 0.9,
            "eerder_uitwisseling_nl": rng.random() < 0.1,
            "ten_laste_algemene_middelen": rng.random() < 0.1,
        }
        if rng.random() < 0.7:
            facts["preregistratie_volgnummer"] = f"PR-{rng.randrange(10**6):06d}"
            if rng.random() < 0.85:
                facts["preregistratie_datum"] = (applied - timedelta(days=rng.choice([0, 30, 89, 90, 91, 150]))).isoformat()
        if rng.random() < 0.8:
            facts["verleend_dit_jaar"] = rng.choice([0, 50, 99, 100, 150, 199, 200, 250])
        cases.append(facts)
    return cases


# --------------------------------------------------------------------------- floor

_QUOTA = {"HK": ((737060, None, 100),), "KR": ((736968, 738885, 100), (738886, None, 200)),
          "AR": ((736511, None, 100),), "JP": ((737516, None, 200),), "TW": ((737516, None, 100),),
          "UY": ((737516, None, 100),)}
_SINCE = {"HK": 737060, "KR": 736968, "AR": 736511, "JP": 737516, "TW": 737516, "UY": 737516}
_OWN_POST = {"HK": "consulaat_generaal_hongkong", "AR": "ambassade_buenos_aires", "TW": "ntio_taipei",
             "UY": "ambassade_buenos_aires"}


def floor(facts: Mapping[str, Any]) -> dict[str, Any]:
    """Vc B2/2.1.1-2.1.2 Working Holiday, written out by hand: the speed floor."""
    return _rules(facts, date.fromisoformat(facts["aanvraagdatum"]), date.fromisoformat(facts["geboortedatum"]),
                  date.fromisoformat)


def make_fair_floor(compiled: Any, cases: list[dict[str, Any]]) -> Callable[[Mapping[str, Any]], Any]:
    """``floor`` behind the project's validation and its Controles check, building the project's
    ``Decision`` with its motivering: what a hand-written service would cost.

    The derived values the sentences show (leeftijd, dagen sinds preregistratie, quotum) are
    worked out by hand; the sentences come from the project's own ``policy.motivering`` on them
    (``main`` checks that they equal the reference's, word for word). Left out, because this
    table has none of them: unknown facts beyond the absent preregistration (worked out by hand
    here), ``beoordeling_vereist`` and the trace (only on request, in decide too).
    ``run(facts)`` returns the outputs; ``run.decision(facts)`` the whole Decision.
    """
    from policy.errors import FactsImplausibleError
    from policy.evaluation.decide import plan_for
    from policy.evaluation.decision import Decision
    from policy.motivering.generate import pieces_for, sentences

    plan = plan_for(compiled)
    pieces = pieces_for(compiled.data)
    rows: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for facts in cases:  # ready-made row records: the reference's rows for each combination of tests
        env = plan.validate(facts)
        key = _row_key(env, env["aanvraagdatum"], env["geboortedatum"])
        if key not in rows:
            rows[key] = decide(compiled, facts, matcher=ReferenceMatcher()).matched_rows

    def decision(facts: Mapping[str, Any]) -> Any:
        env = plan.validate(facts)
        applied = env["aanvraagdatum"]
        born = env["geboortedatum"]
        if born > applied:  # the table's Controles row WH-C01, as decide checks it
            raise FactsImplausibleError([{"regel_id": "WH-C01", "melding": "De geboortedatum ligt na de aanvraagdatum.",
                                          "fields": ["aanvraagdatum", "geboortedatum"],
                                          "controle": "geboortedatum <= aanvraagdatum", "bron": ""}])
        out = _rules(env, applied, born, lambda d: d)
        day = applied.toordinal()
        prereg = env["preregistratie_datum"]
        values = dict(env)
        values.update(out)
        values["leeftijd"] = applied.year - born.year - ((applied.month, applied.day) < (born.month, born.day))
        values["dagen_sinds_preregistratie"] = (applied - prereg).days if prereg is not None else None
        values["quotum"] = next((v for s, e, v in _QUOTA.get(env["nationaliteit"], ())
                                 if s <= day and (e is None or day <= e)), None)
        matched = rows.get(_row_key(env, applied, born), ())  # the rows this hand-written service applied
        return Decision(table_id=plan.table_id, table_version=plan.version, peildatum=applied, outputs=out,
                        matched_rows=matched, facts=env, engine="hand",
                        motivering=tuple(sentences(pieces, out, matched, values, applied)))

    def run(facts: Mapping[str, Any]) -> dict[str, Any]:
        return decision(facts).outputs

    run.decision = decision  # type: ignore[attr-defined]
    return run


def _row_key(env: Mapping[str, Any], applied: date, born: date) -> tuple[Any, ...]:
    """What decides which rows of the table apply, worked out by hand (every test's outcome)."""
    day = applied.toordinal()
    nat = env["nationaliteit"]
    number, prereg = env["preregistratie_volgnummer"], env["preregistratie_datum"]
    age = applied.year - born.year - ((applied.month, applied.day) < (born.month, born.day))
    quota = next((v for s, e, v in _QUOTA.get(nat, ()) if s <= day and (e is None or day <= e)), None)
    return (nat, day >= _SINCE.get(nat, day + 1), env["indieningsplaats"] == _OWN_POST.get(nat), number is None,
            prereg is None, prereg is not None and (applied - prereg).days > 90, age < 18, age > 30,
            env["retourticket_of_middelen"], env["eerder_uitwisseling_nl"], env["ten_laste_algemene_middelen"],
            quota is not None and (env["verleend_dit_jaar"] or 0) >= quota)


def _rules(facts: Mapping[str, Any], applied: date, born: date, as_date: Callable[[Any], date]) -> dict[str, Any]:
    day = applied.toordinal()
    nat = facts["nationaliteit"]
    if nat in ("AU", "CA", "NZ"):
        regeling = "B2/2.1.1"
    elif nat in _SINCE and day >= _SINCE[nat]:
        regeling = "B2/2.1.2"
    else:
        return {"besluit": "niet_van_toepassing", "gronden": [], "geldigheidsduur_maanden": None}
    handling: list[str] = []
    if regeling == "B2/2.1.2":
        if nat in _OWN_POST and facts["indieningsplaats"] != _OWN_POST[nat]:
            handling.append("indieningsplaats")
        if nat in ("KR", "JP"):
            number = facts.get("preregistratie_volgnummer")
            prereg = facts.get("preregistratie_datum")
            if number is None:
                handling.append("preregistratie")
            elif prereg is None:
                handling.append("preregistratie")
            elif (applied - as_date(prereg)).days > 90:
                handling.append("preregistratie")
    if handling:
        return {"besluit": "buiten_behandeling", "gronden": handling, "geldigheidsduur_maanden": None}
    age = applied.year - born.year - ((applied.month, applied.day) < (born.month, born.day))
    refusal = []
    if age < 18 or age > 30:
        refusal.append("leeftijd")
    if facts["retourticket_of_middelen"] is False:
        refusal.append("retourticket")
    if facts["eerder_uitwisseling_nl"] is True:
        refusal.append("eerdere_uitwisseling")
    if facts["ten_laste_algemene_middelen"] is True:
        refusal.append("algemene_middelen")
    if regeling == "B2/2.1.2":
        quota = next((v for s, e, v in _QUOTA.get(nat, ()) if s <= day and (e is None or day <= e)), None)
        if quota is not None and facts.get("verleend_dit_jaar", 0) >= quota:
            refusal.append("quotum")
    if refusal:
        return {"besluit": "afwijzen", "gronden": refusal, "geldigheidsduur_maanden": None}
    return {"besluit": "inwilligen", "gronden": [], "geldigheidsduur_maanden": 12}


# --------------------------------------------------------------------------- zen


def _zen_table(nid: str, policy: str, inputs: list[str], outputs: list[str], rules: list[tuple[list[str], list[str]]],
               output_path: str | None = None) -> dict[str, Any]:
    content: dict[str, Any] = {
        "hitPolicy": policy, "passThrough": True, "inputField": None, "outputPath": output_path,
        "executionMode": "single",
        "inputs": [{"id": f"{nid}i{k}", "name": f, "field": f} for k, f in enumerate(inputs)],
        "outputs": [{"id": f"{nid}o{k}", "name": f, "field": f} for k, f in enumerate(outputs)],
        "rules": [],
    }
    for n, (cells, outs) in enumerate(rules):
        row = {"_id": f"{nid}r{n}"}
        row.update({f"{nid}i{k}": c for k, c in enumerate(cells)})
        row.update({f"{nid}o{k}": o for k, o in enumerate(outs)})
        content["rules"].append(row)
    return {"id": nid, "type": "decisionTableNode", "name": nid, "position": {"x": 0, "y": 0}, "content": content}


def zen_graph() -> dict[str, Any]:
    """The four Working Holiday tables as a JDM graph (dates as ordinals)."""
    b212 = '"B2/2.1.2"'
    ne = '$ != null and $ != "{}"'.format
    regeling = _zen_table("regeling", "first", ["nationaliteit", "dag"], ["regeling"], [
        (['"AU", "CA", "NZ"', ""], ['"B2/2.1.1"']),
        *[([f'"{nat}"', f">= {since}"], [b212]) for nat, since in _SINCE.items()],
        (["", ""], ['"geen"']),
    ])
    handling = _zen_table("buiten", "collect", ["regeling", "nationaliteit", "indieningsplaats", "preregistratie_volgnummer",
                                                 "preregistratie_datum", "dagen_sinds_preregistratie"], ["grond"], [
        *[([b212, f'"{nat}"', ne(post), "", "", ""], ['"indieningsplaats"']) for nat, post in _OWN_POST.items()],
        ([b212, '"KR", "JP"', "", "$ == null", "", ""], ['"preregistratie"']),
        ([b212, '"KR", "JP"', "", "$ != null", "$ == null", ""], ['"preregistratie"']),
        ([b212, '"KR", "JP"', "", "$ != null", "", "$ != null and $ > 90"], ['"preregistratie"']),
    ], output_path="behandelgronden")
    refusal_rows = []
    for reg in ('"B2/2.1.1"', b212):
        refusal_rows += [
            ([reg, "$ != null and $ < 18", "", "", "", ""], ['"leeftijd"']),
            ([reg, "$ != null and $ > 30", "", "", "", ""], ['"leeftijd"']),
            ([reg, "", "false", "", "", ""], ['"retourticket"']),
            ([reg, "", "", "true", "", ""], ['"eerdere_uitwisseling"']),
            ([reg, "", "", "", "true", ""], ['"algemene_middelen"']),
        ]
    refusal_rows.append(([b212, "", "", "", "", "true"], ['"quotum"']))
    refusal = _zen_table("afwijzing", "collect", ["regeling", "leeftijd", "retourticket_of_middelen", "eerder_uitwisseling_nl",
                                                   "ten_laste_algemene_middelen", "quotum_bereikt"], ["grond"],
                         refusal_rows, output_path="afwijzingsgronden")
    decision = _zen_table("besluit", "first", ["regeling", "behandelgronden", "afwijzingsgronden"],
                          ["besluit", "gronden", "geldigheidsduur_maanden"], [
        (['"geen"', "", ""], ['"niet_van_toepassing"', "[]", "null"]),
        (["", "len($) > 0", ""], ['"buiten_behandeling"', "map(behandelgronden, #.grond)", "null"]),
        (["", "", "len($) > 0"], ['"afwijzen"', "map(afwijzingsgronden, #.grond)", "null"]),
        (['"B2/2.1.1", "B2/2.1.2"', "", ""], ['"inwilligen"', "[]", "12"]),
    ])
    nodes = [{"id": "in", "type": "inputNode", "name": "Request", "position": {"x": 0, "y": 0}},
             regeling, handling, refusal, decision,
             {"id": "out", "type": "outputNode", "name": "Response", "position": {"x": 0, "y": 0}}]
    chain = [n["id"] for n in nodes]
    edges = [{"id": f"e{k}", "sourceId": a, "targetId": b, "type": "edge"} for k, (a, b) in enumerate(zip(chain, chain[1:]))]
    return {"contentType": "application/vnd.gorules.decision", "nodes": nodes, "edges": edges}


def make_zen() -> Callable[[Mapping[str, Any]], dict[str, Any]] | None:
    try:
        import zen  # dev-only dependency
    except ImportError:
        return None
    decision = zen.ZenEngine().create_decision(json.dumps(zen_graph()))

    def run(facts: Mapping[str, Any]) -> dict[str, Any]:
        applied = date.fromisoformat(facts["aanvraagdatum"])
        born = date.fromisoformat(facts["geboortedatum"])
        day = applied.toordinal()
        nat = facts["nationaliteit"]
        prereg = facts.get("preregistratie_datum")
        quota = next((v for s, e, v in _QUOTA.get(nat, ()) if s <= day and (e is None or day <= e)), None)
        ctx = dict(facts)
        ctx.update(
            dag=day,
            leeftijd=applied.year - born.year - ((applied.month, applied.day) < (born.month, born.day)),
            dagen_sinds_preregistratie=(applied - date.fromisoformat(prereg)).days if prereg else None,
            quotum_bereikt=quota is not None and facts.get("verleend_dit_jaar", 0) >= quota,
        )
        result = decision.evaluate(ctx)["result"]
        return {name: result.get(name) for name in OUTPUTS}

    return run


# --------------------------------------------------------------------------- timing


def _decide_with(compiled: Any, matcher: Any) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    def run(facts: Mapping[str, Any]) -> dict[str, Any]:
        return decide(compiled, facts, matcher=matcher).outputs

    return run


def time_path(fn: Callable[[Any], Any], cases: list[Any]) -> dict[str, float]:
    """One pass: decisions per second and latency percentiles (µs), by the wall clock; and
    ``cpu_per_second`` by the process's CPU time (all its threads) (on a shared machine the wall clock also counts
    the time other processes had the core; the CPU time counts only this path's work)."""
    clock = time.perf_counter_ns
    lat = []
    cpu0 = time.process_time_ns()
    for facts in cases:
        t0 = clock()
        fn(facts)
        lat.append(clock() - t0)
    cpu = (time.process_time_ns() - cpu0) / 1e9
    lat.sort()
    total = sum(lat) / 1e9
    return {"per_second": len(cases) / total, "cpu_per_second": len(cases) / cpu,
            "p50_us": lat[len(lat) // 2] / 1e3, "p99_us": lat[int(len(lat) * 0.99)] / 1e3}


class _Recorder:
    """A matcher that records the calls ``decide`` makes, answered by the reference."""

    name = "recorder"

    def __init__(self) -> None:
        self.calls: list[tuple[Any, int, dict[str, Any], int]] = []
        self._reference = ReferenceMatcher()

    def match(self, compiled: Any, table_index: int, facts: Mapping[str, Any], peildatum: int) -> list[int]:
        self.calls.append((compiled, table_index, dict(facts), peildatum))
        return self._reference.match(compiled, table_index, facts, peildatum)


class _Replay:
    """A free matcher: answers each ``match`` call with the reference's recorded answer, in the
    order ``decide`` makes them, so that timing ``decide`` with it measures decide alone."""

    name = "replay"

    def __init__(self, answers: list[list[int]]) -> None:
        self.answers = answers
        self._next = iter(answers).__next__

    def rewind(self) -> None:
        self._next = iter(self.answers).__next__

    def match(self, compiled: Any, table_index: int, facts: Mapping[str, Any], peildatum: int) -> list[int]:
        return self._next()


def free_matcher_cost(compiled: Any, cases: list[Any], calls: list[tuple[Any, int, dict[str, Any], int]],
                      rounds: int = 5) -> dict[str, float]:
    """µs per decision of ``decide`` with a free matcher (best of ``rounds`` passes): what decide
    costs around the matcher; split into the cases with and without an unknown fact."""
    reference = ReferenceMatcher()
    replay = _Replay([reference.match(*call) for call in calls])
    out: dict[str, float] = {"decide_free_wrong": float(sum(  # the replay must give decide's own answers
        decide(compiled, f, matcher=replay).outputs != decide(compiled, f, matcher=reference).outputs for f in cases))}
    plan_unknown = _unknown_names(compiled)
    for label, subset in (("all", cases), ("unknown", [f for f in cases if any(f.get(n) is None for n in plan_unknown)]),
                          ("known", [f for f in cases if all(f.get(n) is not None for n in plan_unknown)])):
        recorder = _Recorder()
        for facts in subset:
            decide(compiled, facts, matcher=recorder)
        replay = _Replay([reference.match(*call) for call in recorder.calls])
        best = float("inf")
        for _ in range(rounds):
            replay.rewind()
            t0 = time.perf_counter()
            for facts in subset:
                decide(compiled, facts, matcher=replay)
            best = min(best, time.perf_counter() - t0)
        out[f"decide_free_{label}_us"] = best / max(len(subset), 1) * 1e6
        out[f"decide_free_{label}_cases"] = float(len(subset))
    return out


def _unknown_names(compiled: Any) -> tuple[str, ...]:
    from policy.evaluation.decide import plan_for

    return tuple(sorted(plan_for(compiled).unknown_when_absent))


def matching_cost(compiled: Any, cases: list[Any]) -> dict[str, Any]:
    """µs per decision spent in ``match`` alone, replaying the calls ``decide`` made."""
    recorder = _Recorder()
    for facts in cases:
        decide(compiled, facts, matcher=recorder)
    out: dict[str, Any] = {"calls_per_decision": len(recorder.calls) / len(cases)}
    out.update(free_matcher_cost(compiled, cases, recorder.calls))
    for name, matcher in (("durable", DurableMatcher()), ("reference", ReferenceMatcher())):
        t0 = time.perf_counter()
        for data, index, facts, day in recorder.calls:
            matcher.match(data, index, facts, day)
        out[f"{name}_us_per_decision"] = (time.perf_counter() - t0) / len(cases) * 1e6
    out.update(floors(compiled, cases, recorder.calls))
    return out


def floors(compiled: Any, cases: list[Any], calls: list[tuple[Any, int, dict[str, Any], int]]) -> dict[str, float]:
    """What no change above the engine can remove, µs per decision.

    ``durable_c_calls``: only durable's C calls (assert, read the fired rules, retract), with every
    fact encoded and every ruleset chosen beforehand (the adapter's internals, used here only).
    ``validate_and_derive``: strict validation of the facts and the derived inputs.
    """
    from policy.engine import matcher as adapter
    from policy.evaluation.decide import lookup_parameter, plan_for

    session = adapter._POOL.acquire()
    prepared = []
    shared = adapter._shared(calls[0][0]) if calls else None
    for data, index, facts, day in calls:
        if shared is not None:  # one assertion per decision: at its first table
            if index == 0:
                body, values = shared.prepared.plan.encoder.encode_shared(facts, day, shared.own[0])
                found = shared.prepared
                selected = found.only if found.only is not None else found.index.select(values, day)
                prepared.append((session.prefix + body, selected))
            continue
        plan = adapter._prepare(data, index)
        selected = plan.only if plan.only is not None else plan.index.select(facts, day)
        prepared.append((session.prefix + plan.encode(facts, day), selected))
    t0 = time.perf_counter()
    for fact, selected in prepared:
        if selected:
            adapter._run(fact, selected)
    c_calls = (time.perf_counter() - t0) / len(cases) * 1e6
    adapter._POOL.release(session)

    plan = plan_for(compiled)
    derive = [step for kind, step in plan.steps if kind == "derive"]
    t0 = time.perf_counter()
    for facts in cases:
        env = plan.validate(facts)
        day = env[plan.peildatum_field].toordinal()

        def param(name: Any, key: Any = None, _day: int = day) -> Any:
            return lookup_parameter(plan, name, key, _day)

        for name, fn, _ in derive:
            env[name] = fn(env, param)
    validate_and_derive = (time.perf_counter() - t0) / len(cases) * 1e6
    return {"durable_c_calls_us": c_calls, "validate_and_derive_us": validate_and_derive,
            "asserts_per_decision": sum(len(s) for _, s in prepared) / len(cases)}


def run_batch(compiled: Any, cases: list[dict[str, Any]], n: int, reference: dict[int, dict[str, Any]]) -> dict[str, Any] | None:
    try:
        import pandas as pd

        from policy.evaluation.batch import evaluate_frame
    except ImportError:
        return None
    base = pd.DataFrame(cases)
    frame = base.iloc[[i % len(base) for i in range(n)]].reset_index(drop=True)
    t0 = time.perf_counter()
    out = evaluate_frame(compiled, frame)
    seconds = time.perf_counter() - t0
    wrong = sum(
        1 for i in range(min(n, len(cases)))
        if {k: (list(v) if k == "gronden" and v is not None else v) for k, v in ((k, out.at[i, k]) for k in OUTPUTS)}
        != {k: (None if isinstance(v, float) and v != v else v) for k, v in reference[i].items()}
    )
    return {"cases": n, "seconds": seconds, "per_second": n / seconds, "checked": min(n, len(cases)), "wrong": wrong}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--n", type=int, default=20_000, help="cases per path and round (default 20,000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the median round is reported")
    parser.add_argument("--batch", type=int, default=1_000_000, help="cases for the batch path (0: skip)")
    args = parser.parse_args(argv)

    loaded, diagnostics = load_table(WORKBOOK, table_id="uitwisseling/working_holiday")
    if loaded is None:
        print("working_holiday.xlsx does not load:", *diagnostics, sep="\n", file=sys.stderr)
        return 2
    compiled = loaded.compiled
    cases = make_cases(args.n)
    reference_outputs = {i: _decide_with(compiled, ReferenceMatcher())(f) for i, f in enumerate(cases)}

    paths: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
        "durable": _decide_with(compiled, DurableMatcher()),
        "reference": _decide_with(compiled, ReferenceMatcher()),
        "floor": floor,
        "fair_floor": make_fair_floor(compiled, cases),
    }
    zen_run = make_zen()
    if zen_run is not None:
        paths["zen"] = zen_run
    agreement = {}
    for name, fn in paths.items():
        agreement[name] = sum(1 for i, f in enumerate(cases) if fn(f) != reference_outputs[i])
    # the fair floor's Decision must say what decide's says: the same rows and the same sentences
    fair = paths["fair_floor"].decision  # type: ignore[attr-defined]
    reference_matcher = ReferenceMatcher()
    for f in cases[:2_000]:
        mine, theirs = fair(f), decide(compiled, f, matcher=reference_matcher)
        if mine.motivering != theirs.motivering or mine.matched_rows != theirs.matched_rows:
            agreement["fair_floor"] += 1
    timed = {name: fn for name, fn in paths.items() if agreement[name] == 0}

    rounds: dict[str, list[dict[str, float]]] = {name: [] for name in timed}
    for _ in range(args.rounds):
        for name, fn in timed.items():
            time_path(fn, cases[:1_000])  # warm-up
            rounds[name].append(time_path(fn, cases))
    results = {}
    for name, runs in rounds.items():
        runs.sort(key=lambda r: r["per_second"])
        results[name] = runs[len(runs) // 2]

    def ratio(a: str, b: str, key: str = "per_second") -> float | None:
        return results[a][key] / results[b][key] if a in results and b in results else None

    report: dict[str, Any] = {
        "table": "uitwisseling/working_holiday",
        "version": compiled.version[:12],
        "cases": args.n,
        "rounds": args.rounds,
        "python": platform.python_version(),
        "paths": results,
        "wrong_answers": agreement,
        "matching": matching_cost(compiled, cases[: min(args.n, 5_000)]),
        "ratios": {
            "durable_over_zen": ratio("durable", "zen"),
            "floor_over_reference": ratio("floor", "reference"),
            "durable_over_reference": ratio("durable", "reference"),
            "fair_floor_over_durable": ratio("fair_floor", "durable"),
            "floor_over_durable": ratio("floor", "durable"),
            "fair_floor_over_reference": ratio("fair_floor", "reference"),
        },
        #: the same ratios by CPU time (see ``time_path``): what the paths cost when the machine is shared
        "cpu_ratios": {"durable_over_zen": ratio("durable", "zen", "cpu_per_second"),
                       "durable_over_reference": ratio("durable", "reference", "cpu_per_second"),
                       "fair_floor_over_durable": ratio("fair_floor", "durable", "cpu_per_second")},
        "goals": {"durable_over_zen": ">= 10", "durable_over_reference": ">= 1", "fair_floor_over_durable": "<= 3"},
        "batch": run_batch(compiled, cases, args.batch, reference_outputs) if args.batch else None,
    }
    batch = report["batch"]
    if batch and "floor" in results:
        # The vectorised reference evaluator per case, against the floor deciding case by case
        # (information, not the goal: the goal compares the reference deciding one case at a time).
        report["ratios"]["floor_over_batch"] = results["floor"]["per_second"] / batch["per_second"]
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"Working Holiday ({report['version']}), {args.n:,} cases x {args.rounds} rounds, Python {report['python']}")
    print(f"{'path':<10} {'decisions/s':>12} {'(by CPU)':>10} {'p50 µs':>9} {'p99 µs':>9}  wrong")
    for name in paths:
        r = results.get(name)
        cells = (f"{r['per_second']:>12,.0f} {r['cpu_per_second']:>10,.0f} {r['p50_us']:>9.1f} {r['p99_us']:>9.1f}"
                 if r else f"{'(not timed)':>43}")
        print(f"{name:<10} {cells}  {agreement[name]}")
    m = report["matching"]
    print(f"match() per decision ({m['calls_per_decision']:.1f} calls): durable {m['durable_us_per_decision']:.1f} µs, "
          f"reference {m['reference_us_per_decision']:.1f} µs")
    print(f"floors per decision: durable's C calls alone {m['durable_c_calls_us']:.1f} µs "
          f"({m['asserts_per_decision']:.2f} asserts), validation + derived inputs {m['validate_and_derive_us']:.1f} µs")
    print(f"decide with a free matcher (replayed answers, best of 5): {m['decide_free_all_us']:.1f} µs per decision; "
          f"{m['decide_free_unknown_us']:.1f} µs on the {m['decide_free_unknown_cases']:,.0f} cases with an unknown fact, "
          f"{m['decide_free_known_us']:.1f} on the {m['decide_free_known_cases']:,.0f} others"
          f" (replay wrong: {m['decide_free_wrong']:.0f})")
    if "durable" in results:
        whole = 1e6 / results["durable"]["per_second"]
        report["decide_overhead_us"] = whole - m["durable_us_per_decision"]
        print(f"decide around the matcher (validation, derived, hit policies, Decision; same on both paths): "
              f"{report['decide_overhead_us']:.1f} µs of durable's {whole:.1f} µs per decision")
    for key, value in report["ratios"].items():
        goal = report["goals"].get(key, "")
        print(f"{key:<24} {value:>8.2f}x  {('goal ' + goal) if goal else ''}" if value is not None else f"{key:<24} n/a")
    print("by CPU time: " + ", ".join(f"{key} {value:.2f}x" for key, value in report["cpu_ratios"].items()
                                      if value is not None))
    if batch:
        print(f"batch: {batch['cases']:,} cases in {batch['seconds']:.2f} s = {batch['per_second']:,.0f}/s "
              f"(first {batch['checked']:,} checked, {batch['wrong']} wrong)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
