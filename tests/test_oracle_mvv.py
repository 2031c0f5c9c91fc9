"""Issue 14: a batch of 100,000 generated mvv cases through the vectorised path
(:func:`policy.evaluation.batch.unknown_rows.evaluate_cases`) agrees with the case-by-case engine
(:func:`policy.evaluation.decide`, durable matcher) on the first 10,000 (the oracle pattern of
tests/test_oracle.py).

The cases are written for ``toegang/mvv_vereiste``: nationalities on and off the list of
designated countries (the parameter ``aangewezen_land``), one exemption ground at a time as in a
real application, application dates around 2011-01-01 and later, the end of the earlier permit
around the two-year limit, dates of birth around the 13th and 18th birthdays, the terms of
categories d, f, j and k of art. 3.71(2) Vb around their limits, and facts left out
(unknown) so that the batch path also decides ``onvolledig`` rows. A few per cent come from the
generic generator :func:`policy.impact.make_case`.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

import pandas as pd

from policy.catalog import make_matcher
from policy.errors import PolicyError
from policy.evaluation import decide
from policy.evaluation.batch.unknown_rows import MISSING_COLUMN, STATUS_COLUMN, evaluate_cases
from policy.evaluation.controls import screen_facts
from policy.impact import boundaries, make_case
from tests.bundled import bundled

TABLE = "toegang/mvv_vereiste"
BATCH = 100_000
CHECKED = 10_000
GENERIC_SHARE = 0.03  # cases from policy.impact.make_case
#: Cases with a fact left out. The batch path decides a row whose missing fact could matter one by
#: one (``evaluate_cases``, about 1.5 ms a row here against about 0.06 ms column-wise), so this share
#: sets the runtime: at 5% + the generic cases the 100,000 take about 15 s of CPU.
UNKNOWN_SHARE = 0.05
DURABLE = make_matcher("durable")

DESIGNATED = ["US", "AU", "GB", "GR", "JP", "KR", "VA", "CH", "CA", "NZ", "DE", "PL"]
OTHERS = ["MA", "TR", "EE", "MT", "NL", "SR", "IN", "CN", "AF", "IQ", "GH", "BR"]
FLAGS = ["gemeenschapsonderdaan", "reizen_niet_verantwoord", "slachtoffer_of_getuige_mensenhandel",
         "asielvergunning_direct_voorafgaand", "wijziging_verblijfsvergunning", "amvb_categorie",
         "langdurig_ingezetene_andere_lidstaat"]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def mvv_case(rng: random.Random, spec: dict[str, dict]) -> dict:
    """One application without (mostly) a valid mvv, invoking at most a ground or two."""
    if rng.random() < 0.1:
        aanvraag = date(2011, 1, 1) + timedelta(days=rng.choice([-1, 0, 1]))
    else:
        aanvraag = date(2011, 1, 1) + timedelta(days=rng.randrange(5000))
    facts: dict = {
        "aanvraagdatum": aanvraag.isoformat(),
        "nationaliteit": rng.choice(DESIGNATED if rng.random() < 0.3 else OTHERS),
        "geldige_mvv": rng.random() < 0.1,
    }
    for name in FLAGS:
        facts[name] = False
    ground = rng.random()
    if ground < 0.35:
        facts[rng.choice(FLAGS)] = True
    if facts["wijziging_verblijfsvergunning"] or rng.random() < 0.1:
        facts["einde_vorige_vergunning"] = (_years_before(aanvraag, 2) + timedelta(days=rng.choice([-2, -1, 0, 1, 300]))).isoformat()
    facts["vb_categorie"] = rng.choice(spec["vb_categorie"]["allowed"]) if rng.random() < 0.4 else "geen"
    if facts["vb_categorie"] != "geen" or rng.random() < 0.2:
        birthday = rng.choice([12, 13, 17, 18, 30])
        facts["geboortedatum"] = (_years_before(aanvraag, birthday) + timedelta(days=rng.choice([-1, 0, 1]))).isoformat()
    # the terms of categories d, f, j and k, around their limits (a missing one: UNKNOWN_SHARE)
    facts["jaren_zeeschip_of_mijnbouw"] = rng.choice([0, 6, 7, 8])
    facts["remigratiedatum"] = (_years_before(aanvraag, 1) + timedelta(days=rng.choice([-1, 0, 1, 200]))).isoformat()
    facts["vergunning_hoofdpersoon_verleend_op"] = (aanvraag - timedelta(days=rng.choice([-1, 0, 89, 91, 92, 93]))).isoformat()
    facts["hoofdverblijf_nederland_sinds"] = (_years_before(aanvraag, rng.choice([2, 3, 4])) + timedelta(days=rng.choice([-1, 0, 1]))).isoformat()
    facts["godsdienstleraar"] = rng.random() < 0.15
    facts["turkse_zelfstandige"] = rng.choice(spec["turkse_zelfstandige"]["allowed"])
    facts["bijzondere_groep"] = rng.choice(spec["bijzondere_groep"]["allowed"]) if rng.random() < 0.15 else "geen"
    facts["beroep_hardheidsclausule"] = rng.choice(spec["beroep_hardheidsclausule"]["allowed"]) if rng.random() < 0.5 else "geen"
    facts["bewijs_aanstonds_overgelegd"] = rng.random() < 0.6
    facts["schriftelijk_gewezen"] = rng.random() < 0.7
    facts["verblijf_art8_afgelopen_vijf_jaar"] = rng.random() < 0.3
    if rng.random() < UNKNOWN_SHARE:  # a fact nobody gave is unknown
        del facts[rng.choice([n for n in facts if not spec[n]["required"]])]
    return facts


def outcome(compiled, facts):
    try:
        d = decide(compiled, facts, matcher=DURABLE)
    except PolicyError as exc:
        return ("error", exc.code)
    return (d.outputs, [m.regel_id for m in d.matched_rows], d.status, tuple(d.missing_facts))


def test_batch_of_100000_mvv_cases_agrees_with_the_engine_on_the_first_10000():
    compiled = bundled(TABLE).compiled
    spec = {s["name"]: s for s in compiled.data["inputs"]}
    days, mentioned = boundaries(compiled.data)
    rng = random.Random(20261203)
    cases = [make_case(rng, compiled.data, days, mentioned) if rng.random() < GENERIC_SHARE else mvv_case(rng, spec)
             for _ in range(BATCH)]
    started = time.perf_counter()
    out = evaluate_cases(compiled, pd.DataFrame(cases))
    batch_seconds = time.perf_counter() - started
    assert len(out) == BATCH
    statuses: dict[str, int] = {}
    for i, facts in enumerate(cases[:CHECKED]):
        want = outcome(compiled, facts)
        if want[0] == "error":
            assert out.loc[i, "fout"] is not None or screen_facts(compiled, facts) is not None, facts
            statuses["fout"] = statuses.get("fout", 0) + 1
            continue
        outputs, regels, status, missing = want
        assert out.loc[i, "fout"] is None, (facts, out.loc[i, "fout"])
        got = {name: list(v) if isinstance(v, tuple) else v for name in outputs for v in [out.loc[i, name]]}
        assert got == outputs, facts
        assert list(out.loc[i, "regels"]) == regels, facts
        assert out.loc[i, STATUS_COLUMN] == status, facts
        assert tuple(out.loc[i, MISSING_COLUMN]) == missing, facts
        statuses[status] = statuses.get(status, 0) + 1
    # the cases reach every kind of answer, not only the defaults
    assert {"beslist", "onvolledig", "beoordeling_vereist", "fout"} <= set(statuses), statuses
    assert min(statuses.values()) >= 100, statuses
    print(f"\n{BATCH} mvv cases through evaluate_cases in {batch_seconds:.1f} s; checked {CHECKED}: {statuses}")
